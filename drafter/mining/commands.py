"""The ``mine``, ``phrases`` and ``topics`` commands behind ``drafter.cli``: they check their
arguments, call the stage and return what the user is to read — a ``MiningReport``, or the text
for stdout and the note for stderr. Only ``drafter.cli`` prints. Everything a user reads here is
Chinese; errors are raised as ``DrafterError`` for the CLI's single boundary.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter.errors import BankError, CorpusError, UsageError
from drafter.phrasebank.model import Kind, Phrase, Topic
from drafter.phrasebank.store import CURATED_FILE, KIND_NAMES_CN
from drafter.records import dataclass

if TYPE_CHECKING:
    from drafter.mining.report import MiningReport
    from drafter.phrasebank.model import PhraseBank

# ``drafter.cli`` draws the progress bar: given the number of steps, it opens a bar and hands back
# the function mining calls after each step (step name, file name)
Advance = Callable[[str, str], None]
ProgressBar = Callable[[int], AbstractContextManager[Advance]]

# fewer files than this are mined without a bar: it would only flicker
PROGRESS_MIN_FILES = 4


@dataclass(frozen=True, slots=True)
class Listing:
    """What a browsing command shows: ``text`` for stdout, ``note`` (counts, nothing found)
    for stderr."""

    text: str
    note: str = ""


def _default_bank() -> Path:
    from drafter.resources import default_bank_dir

    try:
        return default_bank_dir()
    except FileNotFoundError:
        raise BankError("找不到自带的短语库文件夹 phrasebank，请用 --bank 指定") from None


def _topics_for(out: Path, topics_file: Path | None) -> tuple[Topic, ...]:
    from drafter.phrasebank.topics import TOPICS_FILE, load_topics, parse_topics
    from drafter.phrasebank.yamlio import read_yaml

    if topics_file is not None:
        if not topics_file.is_file():
            raise BankError("话题分类文件不存在", path=topics_file)
        return parse_topics(read_yaml(topics_file), topics_file)
    if (out / TOPICS_FILE).is_file():
        return load_topics(out)
    return load_topics(_default_bank())


def run_mine(
    corpus: Sequence[Path],
    out: Path,
    *,
    force: bool = False,
    topics_file: Path | None = None,
    progress: ProgressBar | None = None,
    county: str | None = None,
) -> MiningReport:
    """Mine ``corpus`` into the bank folder ``out``; the report says what was mined and scrubbed
    (``format_summary``/``format_scrubbed`` turn it into text). ``progress`` draws a bar when
    there are enough files to need one."""
    from drafter import keep_until_exit
    from drafter.errors import OutputError
    from drafter.mining import collect_files, mine_bank
    from drafter.mining.pool import default_workers, ending_later
    from drafter.phrasebank.store import read_curated

    out = Path(out)
    if out.exists() and not force:
        raise OutputError("短语库文件夹已存在，未覆盖；如需覆盖，请加 --force", path=out)
    if out.exists() and not out.is_dir():
        raise OutputError("已存在同名文件（不是文件夹），未覆盖；请换一个输出文件夹", path=out)
    if not out.parent.is_dir():
        raise OutputError(
            f"文件夹不存在：{out.parent}。请先创建该文件夹，或换一个输出位置", path=out
        )
    topics = _topics_for(out, topics_file)
    keep: dict[str, str] = {}
    if (out / CURATED_FILE).is_file():
        keep[CURATED_FILE] = (out / CURATED_FILE).read_text(encoding="utf-8")
    elif topics_file is None and not (out / "topics.yaml").is_file():
        # A new bank with the shipped topics starts with the shipped hand-written entries
        # (generic wording, no local names), so a county's own archive drafts at full length
        # from the start; the writer may edit or delete curated.yaml.
        shipped = _default_bank() / CURATED_FILE
        if shipped.is_file() and shipped.resolve() != (out / CURATED_FILE).resolve():
            keep[CURATED_FILE] = shipped.read_text(encoding="utf-8")
    files = collect_files(corpus)
    if not files.files:
        reasons = "；".join(f"{f}：{r}" for f, r in files.skipped)
        raise CorpusError(
            "语料为空：没有找到 .txt/.md/.docx/.doc/.wps/.pdf 讲话稿文件"
            + (f"（{reasons}）" if reasons else "")
        )
    workers = default_workers(len(files.files))
    # the curated file carried over, read while the workers read the corpus (its entries depend
    # on the topics alone): the saving would otherwise read it after mining, with nothing else
    # running
    curated_file = keep.get(CURATED_FILE)
    curated_bytes = None if curated_file is None else curated_file.encode("utf-8")
    curated_read: list[tuple[tuple[Phrase, ...] | None]] = []
    # what the index's rows look for in each entry's text, worked out during mining
    said: dict[str, list[str]] = {}

    def read_curated_file() -> None:
        curated_read.append((read_curated(topics, curated_bytes, out),))

    # (the workers' exits waited for once the bank is written: ``ending_later``)
    with ending_later():
        if progress is not None and len(files.files) >= PROGRESS_MIN_FILES:
            # two steps per file: read, then generalise
            with progress(2 * len(files.files)) as advance:
                bank, result = mine_bank(
                    corpus,
                    topics,
                    progress=advance,
                    county=county,
                    workers=workers,
                    aside=read_curated_file,
                    said=said,
                )
        else:
            bank, result = mine_bank(
                corpus, topics, county=county, workers=workers, aside=read_curated_file, said=said
            )
        curated = curated_read[0] if curated_read else None
        _save_mined(bank, result, out, (workers, said), keep, (curated_bytes, curated), force=force)
    keep_until_exit(bank, said)  # (see ``keep_until_exit``: the command ends with mining)
    return result


def _save_mined(
    bank: PhraseBank,
    result: MiningReport,
    out: Path,
    rendering: tuple[int, dict[str, list[str]]],
    keep: dict[str, str],
    curated: tuple[bytes | None, tuple[tuple[Phrase, ...] | None] | None],
    *,
    force: bool,
) -> None:
    """Write the mined ``bank`` (and the files ``keep`` carries over) as the folder ``out``.
    ``rendering``: the processes to render on and the keywords each entry's text names, as
    far as mining worked them out (``mine_bank``'s ``said``); ``curated``: the curated file's
    bytes and, when read already, its entries (in a tuple)."""
    from drafter.mining.pool import start_bank_files
    from drafter.phrasebank.store import save_bank

    files_kept = dict(keep)
    if result.county is not None:
        from drafter.names.own import OWN_FILE, render_own

        files_kept[OWN_FILE] = render_own(
            result.county, [(name.name, name.years) for name in result.own]
        )
    workers, said = rendering
    curated_bytes, curated_read = curated
    rendered, pending = start_bank_files(bank, workers, curated_bytes, out, curated_read, said)
    try:
        # (the rows last: a helper process may still be rendering them)
        save_bank(
            bank,
            out,
            force=force,
            keep=files_kept,
            rendered=rendered,
            index=True,
            index_rows=pending.rows,
        )
    finally:
        pending.close()
    if keep and pending.rows() is None:
        _check_curated(out)  # its problems, all at once (a file that loads has an index)


def _check_curated(out: Path) -> None:
    """The curated file carried over must still fit the (possibly new) topics (the mined files
    were just written from a valid bank: they are not read back)."""
    from drafter.phrasebank.store import check_curated

    check_curated(out)


# --------------------------------------------------------------------------- browsing


def _parse_kind(text: str) -> Kind:
    for kind in Kind:
        if text in (kind.value, KIND_NAMES_CN[kind]):
            return kind
    choices = "、".join(f"{k.value}（{KIND_NAMES_CN[k]}）" for k in Kind)
    raise UsageError(f"没有这类条目：{text}。可用的有：{choices}")


def _phrase_json(phrase: Phrase) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": phrase.id,
        "kind": phrase.kind.value,
        "text": phrase.text,
        "topics": list(phrase.topics),
        "support": phrase.support,
        "curated": phrase.curated,
        "sources": [
            {"file": s.file, "paragraph": s.paragraph, "start": s.start, "end": s.end}
            for s in phrase.sources
        ],
    }
    if phrase.level is not None:
        data["level"] = phrase.level
    if phrase.style is not None:
        data["style"] = phrase.style
    if phrase.items:
        data["items"] = list(phrase.items)
    if phrase.fillers:
        data["fillers"] = [{"topic": f.topic, "values": dict(f.values)} for f in phrase.fillers]
    if phrase.indicator is not None:
        data["indicator"] = phrase.indicator
        data["fields"] = list(phrase.fields)
        data["mode"] = phrase.mode.value if phrase.mode else None
    return data


class _SourceReader:
    """Reads the original sentence an entry came from, out of the corpus folder."""

    def __init__(self, corpus: Path | None) -> None:
        self.corpus = corpus
        self._cache: dict[str, tuple[str, ...] | None] = {}

    def sentence(self, file: str, paragraph: int, start: int, end: int) -> str:
        if self.corpus is None:
            return "（找不到语料文件夹，请用 --corpus 指定）"
        if file not in self._cache:
            from drafter.corpus import read_speech

            path = self.corpus / file
            try:
                self._cache[file] = read_speech(path).paragraphs if path.is_file() else None
            except CorpusError:
                self._cache[file] = None
        paragraphs = self._cache[file]
        if paragraphs is None or paragraph >= len(paragraphs):
            return f"（在 {self.corpus} 中找不到来源文件 {file}）"
        return paragraphs[paragraph][start:end]


def _corpus_dir(corpus: Path | None) -> Path | None:
    if corpus is not None:
        return corpus
    from drafter.resources import data_dir

    try:
        return data_dir("corpus")
    except FileNotFoundError:
        return None


def run_phrases(
    bank_dir: Path | None,
    *,
    kind: str | None = None,
    topic: str | None = None,
    grep: str | None = None,
    show_source: bool = False,
    as_json: bool = False,
    corpus: Path | None = None,
    limit: int = 0,
) -> Listing:
    """The entries of the bank that match the filters, as text (or JSON)."""
    from drafter.phrasebank.store import load_bank

    bank = load_bank(bank_dir or _default_bank())
    wanted = _parse_kind(kind) if kind else None
    if topic is not None and topic not in bank.topic_names():
        raise UsageError(f"没有这个话题：{topic}。可用的有：{'、'.join(bank.topic_names())}")
    if limit < 0:
        raise UsageError("--limit 应为不小于 0 的整数")
    selected = [
        p
        for p in bank.phrases
        if (wanted is None or p.kind is wanted)
        and (topic is None or topic in p.topics)
        and (grep is None or _matches(p, grep))
    ]
    if limit:
        selected = selected[:limit]
    reader = _SourceReader(_corpus_dir(corpus)) if show_source else None
    own = _own_names_of(bank_dir or _default_bank())
    if as_json:
        rows = []
        for phrase in selected:
            row = _phrase_json(phrase)
            if own is not None:
                row["own_names"] = _own_in(phrase, own)
            if reader is not None:
                row["source_text"] = [
                    reader.sentence(s.file, s.paragraph, s.start, s.end) for s in phrase.sources
                ]
            rows.append(row)
        return Listing(json.dumps(rows, ensure_ascii=False, indent=2))
    if not selected:
        return Listing("", "没有符合条件的条目。")
    lines: list[str] = []
    for phrase in selected:
        topics = "、".join(phrase.topics) or "未分类"
        flag = "，手工" if phrase.curated else ""
        held = _own_in(phrase, own) if own is not None else []
        if held:
            flag += f"，含本县名称：{'、'.join(held)}"
        if phrase.indicator is not None:
            mode = {"achievement": "回顾", "target": "目标"}.get(
                phrase.mode.value if phrase.mode else "", "不限"
            )
            topics = f"指标：{phrase.indicator}，{mode}；{topics}"
        lines.append(
            f"[{KIND_NAMES_CN[phrase.kind]}] {phrase.id}  {phrase.text}"
            f"  （{topics}；出现 {phrase.support} 处{flag}）"
        )
        lines += [
            f"    · {item}" for item in (phrase.items if phrase.kind is Kind.ORDINAL_RUN else ())
        ]
        for filler in phrase.fillers:
            values = "，".join(f"{slot}={value}" for slot, value in filler.values)
            lines.append(f"    · {filler.topic or '未分类'}：{values}")
        if reader is not None:
            for source in phrase.sources:
                original = reader.sentence(source.file, source.paragraph, source.start, source.end)
                lines.append(f"    出处 {source.file} 第 {source.paragraph + 1} 段：{original}")
    return Listing("\n".join(lines), f"共 {len(selected)} 条。")


def _own_names_of(bank_dir: Path) -> tuple[str, ...] | None:
    """The names a bank mined with --county keeps for its county (None for other banks)."""
    from drafter.names.own import load_own
    from drafter.resources import resolve_bank

    own = load_own(resolve_bank(bank_dir)[0])
    return own.name_list if own is not None else None


def _own_in(phrase: Phrase, names: tuple[str, ...]) -> list[str]:
    blob = "\n".join(
        [phrase.text, *phrase.items, *(v for f in phrase.fillers for _, v in f.values)]
    )
    return [name for name in names if name in blob]


def _matches(phrase: Phrase, needle: str) -> bool:
    # an id as --explain prints it (bd-…) finds its entry too
    if needle in phrase.text or needle in (phrase.indicator or "") or needle == phrase.id:
        return True
    if any(needle in item for item in phrase.items):
        return True
    return any(needle in value for filler in phrase.fillers for _, value in filler.values)


def run_topics(bank_dir: Path | None, *, as_json: bool = False) -> str:
    """Every topic with its entry counts per kind, as a table (or JSON)."""
    from drafter.phrasebank.store import load_bank

    bank = load_bank(bank_dir or _default_bank())
    counts: dict[str, dict[Kind, int]] = {t.name: {} for t in bank.topics}
    untagged: dict[Kind, int] = {}
    for phrase in bank.phrases:
        targets = [counts[t] for t in phrase.topics if t in counts] or [untagged]
        for target in targets:
            target[phrase.kind] = target.get(phrase.kind, 0) + 1
    if as_json:
        data = [
            {
                "topic": t.name,
                "keywords": list(t.keywords),
                "counts": {k.value: counts[t.name].get(k, 0) for k in Kind},
            }
            for t in bank.topics
        ]
        return json.dumps(data, ensure_ascii=False, indent=2)
    kinds = list(Kind)
    lines = ["话题".ljust(6, "　") + " " + " ".join(KIND_NAMES_CN[k] for k in kinds)]
    for name, row in [*counts.items(), ("（未分类）", untagged)]:
        cells = " ".join(str(row.get(k, 0)).rjust(len(KIND_NAMES_CN[k]) * 2) for k in kinds)
        lines.append(name.ljust(6, "　") + " " + cells)
    return "\n".join(lines)
