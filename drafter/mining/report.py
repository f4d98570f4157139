"""What a mining run did: files, paragraphs, entries per kind, names scrubbed, files skipped.

Input: events recorded while mining. Output: a frozen ``MiningReport`` and its Chinese summary
(``format_summary``) and scrub list (``format_scrubbed``) for ``drafter mine [--report]``.
"""

from __future__ import annotations

from dataclasses import field

from drafter.mining.own import OwnName
from drafter.phrasebank.model import Kind
from drafter.phrasebank.store import KIND_NAMES_CN
from drafter.records import dataclass

_SLOT_NAMES_CN = {
    "county": "本县名称",
    "place": "地名",
    "person": "人名",
    "org": "单位名称",
    "project": "项目或专名",
    "session": "会议届次",
    "number": "数字",
    None: "整条舍弃",
    "own": "本县名称，保留原文",
}


_NAME_SLOTS = ("county", "place", "person", "org", "project")


@dataclass(frozen=True, slots=True)
class ScrubbedName:
    name: str
    slot: str | None  # None: the entry holding it was dropped
    reason: str
    count: int
    files: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MiningReport:
    files: tuple[str, ...]
    skipped: tuple[tuple[str, str], ...]  # (file, reason)
    paragraphs: int
    entries: tuple[tuple[Kind, int], ...]
    scrubbed: tuple[ScrubbedName, ...]
    dropped: tuple[tuple[str, int], ...]  # (reason, candidates dropped)
    # (word, candidates dropped for it): the doubtful words that cost the bank most
    dropped_words: tuple[tuple[str, int], ...] = ()
    county: str | None = None  # the archive's own county (mine --county)
    own: tuple[OwnName, ...] = ()  # its names kept as written, with their years

    @property
    def total_entries(self) -> int:
        return sum(count for _, count in self.entries)


@dataclass
class ReportBuilder:
    """Collects events while mining (mutable; ``build`` freezes it)."""

    files: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    paragraphs: int = 0
    names: dict[tuple[str, str | None, str], tuple[int, set[str]]] = field(default_factory=dict)
    dropped: dict[str, int] = field(default_factory=dict)
    dropped_words: dict[str, int] = field(default_factory=dict)
    county: str | None = None
    own: list[OwnName] = field(default_factory=list)

    def name(self, name: str, slot: str | None, reason: str, file: str) -> None:
        key = (name, slot, reason)
        count, files = self.names.get(key, (0, set()))
        files.add(file)
        self.names[key] = (count + 1, files)

    def drop(self, reason: str, word: str = "") -> None:
        """One candidate left out for ``reason`` (and for ``word``, the doubtful word or the
        county's own word that made it so, when there is one)."""
        self.dropped[reason] = self.dropped.get(reason, 0) + 1
        if word:
            self.dropped_words[word] = self.dropped_words.get(word, 0) + 1

    def build(self, entries: dict[Kind, int]) -> MiningReport:
        scrubbed = tuple(
            ScrubbedName(name, slot, reason, count, tuple(sorted(files)))
            for (name, slot, reason), (count, files) in sorted(
                self.names.items(), key=lambda item: (item[0][0], item[0][1] or "", item[0][2])
            )
        )
        return MiningReport(
            files=tuple(self.files),
            skipped=tuple(self.skipped),
            paragraphs=self.paragraphs,
            entries=tuple((kind, entries.get(kind, 0)) for kind in Kind),
            scrubbed=scrubbed,
            dropped=_by_count(self.dropped),
            dropped_words=_by_count(self.dropped_words),
            county=self.county,
            own=tuple(self.own),
        )


def _by_count(counts: dict[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


# how many of the words that cost the most candidates --report lists
TOP_DROPPED_WORDS = 60


def format_summary(report: MiningReport, *, detailed: bool = False) -> str:
    """The end-of-run summary, in Chinese (``detailed``: the --report listing follows, so the
    summary does not point at --report)."""
    lines = [
        f"挖掘完成：读取 {len(report.files)} 个文件，{report.paragraphs} 个段落，"
        f"得到 {report.total_entries} 条短语。"
    ]
    lines.append("各类条目：" + "，".join(f"{KIND_NAMES_CN[k]} {n}" for k, n in report.entries))
    replaced = {s.name for s in report.scrubbed if s.slot in _NAME_SLOTS}
    doubtful = {s.name for s in report.scrubbed if s.slot is None}
    lines.append(
        f"地方名称换成槽位 {len(replaced)} 个，疑为专名的词 {len(doubtful)} 个；"
        f"因此舍弃候选 {sum(n for _, n in report.dropped)} 条"
        + ("（明细见下）。" if detailed else "（加 --report 查看明细）。")
    )
    if report.county is not None:
        lines.append(
            f"本县（{report.county}）两年以上出现的名称保留原文 {len(report.own)} 个"
            "（见短语库中的 own.yaml），只用于本县的稿件。"
        )
    if report.skipped:
        lines.append(f"跳过 {len(report.skipped)} 个文件：")
        lines += [f"  {file}：{reason}" for file, reason in report.skipped]
    return "\n".join(lines)


def format_scrubbed(report: MiningReport) -> str:
    """The --report detail: every name scrubbed, what it became and why; drop reasons."""
    lines = ["清除的名称（名称 → 处理方式：原因 ×次数 [文件]）："]
    for item in report.scrubbed:
        lines.append(
            f"  {item.name} → {_SLOT_NAMES_CN.get(item.slot, item.slot)}：{item.reason}"
            f" ×{item.count} [{'、'.join(item.files)}]"
        )
    lines.append("舍弃的候选（原因：条数）：")
    lines += [f"  {reason}：{count}" for reason, count in report.dropped]
    if report.dropped_words:
        lines.append(
            f"舍弃候选最多的词（前 {TOP_DROPPED_WORDS} 个，词：条数；"
            "常用词出现在这里说明识别规则过严）："
        )
        lines += [f"  {word}：{count}" for word, count in report.dropped_words[:TOP_DROPPED_WORDS]]
    return "\n".join(lines)
