"""Saving and loading a phrase bank folder: ``PhraseBank`` ⇄ YAML files.

Layout of a bank folder (schema_version 1, every file UTF-8 YAML, block style, sorted, no time
stamps, so mining twice gives byte-identical files)::

    topics.yaml          topic taxonomy (drafter.phrasebank.topics)
    opening.yaml …       one file per kind (``Kind`` value + .yaml): schema_version, kind, entries
    curated.yaml         entries added by hand (any kind; each names its kind); optional, kept
                         when ``drafter mine --force`` replaces the bank
    scrubbed.yaml        schema_version, sources (files mined), names (local names removed
                         while mining, \\u-escaped; lint flags them in drafts)

A mined entry (file heading_frame.yaml)::

    - id: hf-ff21dbbe8f
      text: 聚焦{A}，在{B}上加力提效
      topics:
      - 项目建设
      support: 1
      level: 1
      fillers:
      - topic: 项目建设
        values:
          A: 投资拉动
          B: 推进项目建设
      sources:
      - file: 002_c64ed3ca129da346.txt
        paragraph: 45
        start: 2
        end: 21

Fields: id (kind prefix + hash of kind and text), text (with {slots}), topics, support (places
seen), level (headings), style and items (ordinal runs; items also for parallel lists), fillers
(heading frames), indicator, fields and mode (figure frames), sources. Only fields that differ
from their default are written. Loading validates every entry and reports all problems at once,
in Chinese, naming the file, the line and the entry id.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from drafter.errors import BankError, BankValidationError
from drafter.phrasebank.model import (
    FRAME_SLOTS,
    NAMED_SLOTS,
    SCHEMA_VERSION,
    SLOT_PATTERN,
    Filler,
    Kind,
    Mode,
    Phrase,
    PhraseBank,
    SourceRef,
    Topic,
)
from drafter.phrasebank.topics import TOPICS_FILE, check_schema_version, dump_topics, load_topics
from drafter.phrasebank.yamlio import Located, dump_yaml, read_yaml

CURATED_FILE = "curated.yaml"
SCRUBBED_FILE = "scrubbed.yaml"

KIND_FILES: dict[Kind, str] = {kind: f"{kind.value}.yaml" for kind in Kind}

KIND_PREFIX: dict[Kind, str] = {
    Kind.OPENING: "op",
    Kind.TRANSITION: "tr",
    Kind.HEADING_FRAME: "hf",
    Kind.HEADING: "hd",
    Kind.ORDINAL_RUN: "or",
    Kind.LEAD: "ld",
    Kind.BODY: "bd",
    Kind.FIGURE_FRAME: "ff",
    Kind.PARALLEL_LIST: "pl",
    Kind.CLOSING: "cl",
}

KIND_NAMES_CN: dict[Kind, str] = {
    Kind.OPENING: "开场",
    Kind.TRANSITION: "过渡",
    Kind.HEADING_FRAME: "标题框架",
    Kind.HEADING: "标题",
    Kind.ORDINAL_RUN: "序列",
    Kind.LEAD: "领句",
    Kind.BODY: "正文句",
    Kind.FIGURE_FRAME: "数据句式",
    Kind.PARALLEL_LIST: "排比短语",
    Kind.CLOSING: "结尾",
}

FIGURE_FIELDS: tuple[str, ...] = ("value", "unit", "change", "pp", "rank", "qualifier")

_ENTRY_KEYS = frozenset(
    {
        "id",
        "kind",
        "text",
        "topics",
        "support",
        "sources",
        "level",
        "style",
        "items",
        "fillers",
        "indicator",
        "fields",
        "mode",
    }
)

_KIND_HEADER = (
    "# drafter 短语库：{name}（{kind}）。本文件由 drafter mine 从语料挖掘生成，重新挖掘会覆盖。\n"
    "# 手工添加的条目请写在 curated.yaml 中。text 中的 {{槽位}} 在起草时填入。\n"
)
_CURATED_HEADER = (
    "# drafter 短语库：手工添加的条目（不会被 drafter mine 覆盖）。\n"
    "# 每个条目写明 kind（opening/transition/heading_frame/heading/ordinal_run/lead/body/\n"
    "# figure_frame/parallel_list/closing）和 text；id 可省略，topics 写 topics.yaml 中的话题名。\n"
)
_SCRUBBED_HEADER = (
    "# drafter 短语库：挖掘的来源文件，以及挖掘时清除的地方名称（地名、人名、单位、项目等）。\n"
    "# 名称以 \\u 转义保存，短语库中不出现外县名称原文；drafter lint 用它检查稿件中的外县名称。\n"
)


def phrase_id(kind: Kind, text: str) -> str:
    """A stable short id: the kind's prefix and a hash of the kind and the normalised text."""
    normalised = "".join(text.split())
    digest = hashlib.sha1(f"{kind.value}\n{normalised}".encode()).hexdigest()
    return f"{KIND_PREFIX[kind]}-{digest[:10]}"


# --------------------------------------------------------------------------- writing


def _entry_data(phrase: Phrase, *, with_kind: bool) -> dict[str, Any]:
    data: dict[str, Any] = {"id": phrase.id}
    if with_kind:
        data["kind"] = phrase.kind.value
    data["text"] = phrase.text
    if phrase.topics:
        data["topics"] = list(phrase.topics)
    data["support"] = phrase.support
    if phrase.level is not None:
        data["level"] = phrase.level
    if phrase.style is not None:
        data["style"] = phrase.style
    if phrase.items:
        data["items"] = list(phrase.items)
    if phrase.indicator is not None:
        data["indicator"] = phrase.indicator
    if phrase.fields:
        data["fields"] = list(phrase.fields)
    if phrase.mode is not None:
        data["mode"] = phrase.mode.value
    if phrase.fillers:
        data["fillers"] = [
            {"topic": f.topic, "values": dict(f.values)} if f.topic else {"values": dict(f.values)}
            for f in phrase.fillers
        ]
    if phrase.sources:
        data["sources"] = [
            {"file": s.file, "paragraph": s.paragraph, "start": s.start, "end": s.end}
            for s in phrase.sources
        ]
    return data


def _escape_names(names: Iterable[str]) -> str:
    """YAML list items with every non-ASCII character \\u-escaped (still valid YAML strings)."""
    lines = []
    for name in names:
        escaped = "".join(
            ch
            if ch.isascii() and ch.isalnum()
            else f"\\u{ord(ch):04x}"
            if ord(ch) <= 0xFFFF
            else f"\\U{ord(ch):08x}"
            for ch in name
        )
        lines.append(f'- "{escaped}"\n')
    return "".join(lines)


def render_bank(bank: PhraseBank) -> dict[str, str]:
    """File name → file text for every file of ``bank`` (what ``save_bank`` writes)."""
    files: dict[str, str] = {TOPICS_FILE: dump_topics(bank.topics)}
    mined = [p for p in bank.phrases if not p.curated]
    curated = [p for p in bank.phrases if p.curated]
    for kind, file_name in KIND_FILES.items():
        entries = [_entry_data(p, with_kind=False) for p in mined if p.kind is kind]
        header = _KIND_HEADER.format(name=KIND_NAMES_CN[kind], kind=kind.value)
        data = {"schema_version": SCHEMA_VERSION, "kind": kind.value, "entries": entries}
        files[file_name] = dump_yaml(data, header)
    if curated:
        data = {
            "schema_version": SCHEMA_VERSION,
            "entries": [_entry_data(p, with_kind=True) for p in curated],
        }
        files[CURATED_FILE] = dump_yaml(data, _CURATED_HEADER)
    scrubbed = dump_yaml({"schema_version": SCHEMA_VERSION, "sources": list(bank.sources)})
    scrubbed += "names:" + (" []\n" if not bank.scrubbed else "\n" + _escape_names(bank.scrubbed))
    files[SCRUBBED_FILE] = _SCRUBBED_HEADER + scrubbed
    return files


def save_bank(
    bank: PhraseBank,
    bank_dir: Path,
    *,
    force: bool = False,
    keep: Mapping[str, str] | None = None,
) -> None:
    """Write ``bank`` as the folder ``bank_dir``, atomically (a staging folder beside it is swapped
    in, so Ctrl-C or a crash never leaves a half-written bank). An existing bank is replaced only
    with ``force``, and a folder that is not a bank (no topics.yaml) never. ``keep`` adds files
    verbatim (a curated.yaml carried over from the bank being replaced)."""
    from drafter.output import replace_dir_atomic

    files = render_bank(bank)
    for name, text in (keep or {}).items():
        files[name] = text
    replace_dir_atomic(Path(bank_dir), files, force=force, marker=TOPICS_FILE)


# --------------------------------------------------------------------------- reading


class _Problems:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.lines.append(f"{self.path}：{where}：{message}")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


_ANY_SLOT = re.compile(r"\{([^{}]*)\}")


def _check_slots(text: str, kind: Kind) -> str | None:
    for slot in _ANY_SLOT.findall(text):
        if not SLOT_PATTERN.fullmatch("{" + slot + "}"):
            return f"未知的槽位 {{{slot}}}（槽位名用英文，如 {{county}}）"
    stripped = _ANY_SLOT.sub("", text)
    if "{" in stripped or "}" in stripped:
        return "text 中的花括号不成对；槽位应写成 {county} 这样的形式"
    for slot in SLOT_PATTERN.findall(text):
        if slot not in NAMED_SLOTS and slot not in FRAME_SLOTS:
            return f"未知的槽位 {{{slot}}}"
        if slot in FRAME_SLOTS and kind is not Kind.HEADING_FRAME:
            return f"槽位 {{{slot}}} 只能用于标题框架（heading_frame）"
    return None


def _parse_entry(
    item: Any,
    index: int,
    kind: Kind | None,
    topic_names: frozenset[str],
    problems: _Problems,
) -> Phrase | None:
    line = f"（第 {item.line} 行）" if isinstance(item, Located) and item.line else ""
    where = f"第 {index} 个条目{line}"
    if not isinstance(item, dict):
        problems.add(where, "条目应为含 text 等键的映射")
        return None
    entry_id = item.get("id")
    if isinstance(entry_id, str) and entry_id:
        where = f"条目 {entry_id}{line}"
    count = len(problems.lines)
    unknown = sorted(set(item) - _ENTRY_KEYS)
    if unknown:
        problems.add(where, f"未知的键 {'、'.join(unknown)}")
    if kind is None:
        raw_kind = item.get("kind")
        try:
            kind = Kind(raw_kind)
        except ValueError:
            choices = "/".join(k.value for k in Kind)
            problems.add(where, f"kind 应为 {choices} 之一，现为 {raw_kind!r}")
            return None
    elif "kind" in item and item["kind"] != kind.value:
        problems.add(where, f"kind 与文件不符（本文件只收 {kind.value}）")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.add(where, "缺少 text（条目的文字）")
        return None
    slot_problem = _check_slots(text, kind)
    if slot_problem:
        problems.add(where, slot_problem)
    if entry_id is not None and not (isinstance(entry_id, str) and entry_id.strip()):
        problems.add(where, "id 应为文字")
    topics = item.get("topics", [])
    if not _str_list(topics):
        problems.add(where, "topics 应为话题名列表")
        topics = []
    for topic in topics:
        if topic not in topic_names:
            problems.add(where, f"话题“{topic}”不在 topics.yaml 中")
    support = item.get("support", 1)
    if not _is_int(support) or support < 1:
        problems.add(where, "support 应为正整数")
    level = item.get("level")
    if level is not None and (not _is_int(level) or not 1 <= level <= 4):
        problems.add(where, "level 应为 1 到 4 的整数")
    style = item.get("style")
    if style is not None and not (isinstance(style, str) and style.strip()):
        problems.add(where, "style 应为文字（如 一是、一要、第一、首先）")
    items = item.get("items", [])
    if not _str_list(items):
        problems.add(where, "items 应为文字列表")
        items = []
    indicator = item.get("indicator")
    if indicator is not None and not (isinstance(indicator, str) and indicator.strip()):
        problems.add(where, "indicator 应为指标名称")
    fields = item.get("fields", [])
    if not _str_list(fields) or any(f not in FIGURE_FIELDS for f in fields):
        problems.add(where, f"fields 只能包含 {'、'.join(FIGURE_FIELDS)}")
        fields = []
    mode: Mode | None = None
    if item.get("mode") is not None:
        try:
            mode = Mode(item["mode"])
        except ValueError:
            problems.add(where, "mode 应为 achievement（回顾）或 target（目标）")
    fillers = _parse_fillers(item.get("fillers", []), where, problems)
    sources = _parse_sources(item.get("sources", []), where, problems)
    if len(problems.lines) > count:
        return None
    return Phrase(
        id=entry_id.strip() if isinstance(entry_id, str) else phrase_id(kind, text),
        kind=kind,
        text=text,
        topics=tuple(topics),
        support=support,
        sources=sources,
        level=level,
        style=style,
        items=tuple(items),
        fillers=fillers,
        indicator=indicator,
        fields=tuple(fields),
        mode=mode,
    )


def _parse_fillers(value: Any, where: str, problems: _Problems) -> tuple[Filler, ...]:
    if not isinstance(value, list):
        problems.add(where, "fillers 应为列表")
        return ()
    fillers = []
    for filler in value:
        values = filler.get("values") if isinstance(filler, dict) else None
        topic = filler.get("topic") if isinstance(filler, dict) else None
        if (
            not isinstance(values, dict)
            or not values
            or not all(isinstance(k, str) and isinstance(v, str) for k, v in values.items())
            or (topic is not None and not isinstance(topic, str))
            or set(filler) - {"topic", "values"}
        ):
            problems.add(where, "fillers 的每项应含 values（槽位 → 文字）和可选的 topic")
            continue
        fillers.append(Filler(topic=topic, values=tuple(values.items())))
    return tuple(fillers)


def _parse_sources(value: Any, where: str, problems: _Problems) -> tuple[SourceRef, ...]:
    if not isinstance(value, list):
        problems.add(where, "sources 应为列表")
        return ()
    sources = []
    for source in value:
        if (
            not isinstance(source, dict)
            or set(source) != {"file", "paragraph", "start", "end"}
            or not isinstance(source["file"], str)
            or not all(_is_int(source[k]) and source[k] >= 0 for k in ("paragraph", "start", "end"))
            or source["start"] > source["end"]
        ):
            problems.add(where, "sources 的每项应含 file、paragraph、start、end（非负整数）")
            continue
        sources.append(
            SourceRef(source["file"], source["paragraph"], source["start"], source["end"])
        )
    return tuple(sources)


def _parse_entries_file(
    path: Path, kind: Kind | None, topic_names: frozenset[str], *, curated: bool = False
) -> tuple[Phrase, ...]:
    data = read_yaml(path)
    check_schema_version(data, path)
    problems = _Problems(path)
    allowed = {"schema_version", "entries"} | ({"kind"} if kind is not None else set())
    extra = sorted(set(data) - allowed)
    if extra:
        problems.add("顶层", f"未知的键 {'、'.join(extra)}")
    if kind is not None and data.get("kind", kind.value) != kind.value:
        problems.add("顶层", f"kind 应为 {kind.value}")
    entries = data.get("entries")
    if entries is None:
        entries = []
    if not isinstance(entries, list):
        raise BankError("entries 应为条目列表", path=path)
    phrases: list[Phrase] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(entries, 1):
        phrase = _parse_entry(item, index, kind, topic_names, problems)
        if phrase is None:
            continue
        if phrase.id in seen:
            problems.add(f"条目 {phrase.id}", f"id 与第 {seen[phrase.id]} 个条目重复")
            continue
        seen[phrase.id] = index
        if curated:
            phrase = _with_curated(phrase)
        phrases.append(phrase)
    if problems.lines:
        raise BankValidationError(problems.lines, path=path)
    return tuple(phrases)


def _with_curated(phrase: Phrase) -> Phrase:
    return replace(phrase, curated=True)


def _load_scrubbed(path: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if not path.is_file():
        return (), ()
    data = read_yaml(path)
    check_schema_version(data, path)
    sources = data.get("sources") or []
    names = data.get("names") or []
    if not all(isinstance(v, str) for v in (*sources, *names)) or not (
        isinstance(sources, list) and isinstance(names, list)
    ):
        raise BankError("sources 和 names 应为文字列表", path=path)
    return tuple(sources), tuple(names)


def load_bank(bank_dir: Path) -> PhraseBank:
    """Read and validate the bank in ``bank_dir``; BankError (all problems at once) if invalid.

    Missing kind files are allowed (a bank may have no entries of a kind); ``topics.yaml`` is
    required."""
    bank_dir = Path(bank_dir)
    if not bank_dir.is_dir():
        raise BankError("短语库文件夹不存在", path=bank_dir)
    topics: tuple[Topic, ...] = load_topics(bank_dir)
    topic_names = frozenset(t.name for t in topics)
    phrases: list[Phrase] = []
    problems: list[str] = []
    for kind, file_name in KIND_FILES.items():
        path = bank_dir / file_name
        if not path.is_file():
            continue
        try:
            phrases.extend(_parse_entries_file(path, kind, topic_names))
        except BankValidationError as error:
            problems.extend(error.problems)
    curated_path = bank_dir / CURATED_FILE
    if curated_path.is_file():
        try:
            phrases.extend(_parse_entries_file(curated_path, None, topic_names, curated=True))
        except BankValidationError as error:
            problems.extend(error.problems)
    if problems:
        raise BankValidationError(problems, path=bank_dir)
    sources, scrubbed = _load_scrubbed(bank_dir / SCRUBBED_FILE)
    return PhraseBank(phrases=tuple(phrases), topics=topics, scrubbed=scrubbed, sources=sources)
