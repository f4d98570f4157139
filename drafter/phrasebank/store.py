"""Saving and loading a phrase bank folder: ``PhraseBank`` ⇄ YAML files.

Layout of a bank folder (schema_version 1, every file UTF-8 YAML, block style, sorted, no time
stamps, so mining twice gives byte-identical files)::

    topics.yaml          topic taxonomy (drafter.phrasebank.topics)
    opening.yaml …       one file per kind (``Kind`` value + .yaml): schema_version, kind, entries
    curated.yaml         entries added by hand (any kind; each names its kind); optional, kept
                         when ``drafter mine --force`` replaces the bank
    scrubbed.yaml        schema_version, sources (files mined), names (local names removed
                         while mining, \\u-escaped; lint flags them in drafts)
    index.jsonl          derived: the bank's index, keyed by the SHA-256 of the YAML files
                         (drafter.phrasebank.cache); optional, used only when they match

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

from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from drafter.errors import BankError, BankValidationError
from drafter.phrasebank.cache import (
    INDEX_FILE,
    read_cached,
    read_stored,
    stored_head,
    write_cached,
)
from drafter.phrasebank.entries import KIND_PREFIX as KIND_PREFIX
from drafter.phrasebank.entries import (
    Problems,
    parse_entry,
)
from drafter.phrasebank.entries import phrase_id as phrase_id
from drafter.phrasebank.index import render_body
from drafter.phrasebank.model import (
    SCHEMA_VERSION,
    Kind,
    Phrase,
    PhraseBank,
    Topic,
)
from drafter.phrasebank.topics import TOPICS_FILE, check_schema_version, dump_topics, load_topics
from drafter.phrasebank.yamlio import dump_yaml, parse_yaml, read_yaml

CURATED_FILE = "curated.yaml"
SCRUBBED_FILE = "scrubbed.yaml"

KIND_FILES: dict[Kind, str] = {kind: f"{kind.value}.yaml" for kind in Kind}

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
    Kind.PARAGRAPH: "段落",
}


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
    if phrase.lead is not None:
        data["lead"] = phrase.lead
    if phrase.roles:
        data["roles"] = list(phrase.roles)
    if phrase.aspect is not None:
        data["aspect"] = phrase.aspect
    if any(phrase.matters):
        data["matters"] = list(phrase.matters)
    if phrase.genre is not None:
        data["genre"] = phrase.genre
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


def render_bank(bank: PhraseBank, names: Container[str] | None = None) -> dict[str, str]:
    """File name → file text for every file of ``bank`` (what ``save_bank`` writes), or for
    those of them in ``names``."""

    def wanted(name: str) -> bool:
        return names is None or name in names

    files: dict[str, str] = {}
    if wanted(TOPICS_FILE):
        files[TOPICS_FILE] = dump_topics(bank.topics)
    mined = [p for p in bank.phrases if not p.curated]
    curated = [p for p in bank.phrases if p.curated]
    for kind, file_name in KIND_FILES.items():
        if not wanted(file_name):
            continue
        entries = [_entry_data(p, with_kind=False) for p in mined if p.kind is kind]
        header = _KIND_HEADER.format(name=KIND_NAMES_CN[kind], kind=kind.value)
        data = {"schema_version": SCHEMA_VERSION, "kind": kind.value, "entries": entries}
        files[file_name] = dump_yaml(data, header)
    if curated and wanted(CURATED_FILE):
        data = {
            "schema_version": SCHEMA_VERSION,
            "entries": [_entry_data(p, with_kind=True) for p in curated],
        }
        files[CURATED_FILE] = dump_yaml(data, _CURATED_HEADER)
    if wanted(SCRUBBED_FILE):
        scrubbed = dump_yaml({"schema_version": SCHEMA_VERSION, "sources": list(bank.sources)})
        scrubbed += "names:" + (
            " []\n" if not bank.scrubbed else "\n" + _escape_names(bank.scrubbed)
        )
        files[SCRUBBED_FILE] = _SCRUBBED_HEADER + scrubbed
    return files


def save_bank(
    bank: PhraseBank,
    bank_dir: Path,
    *,
    force: bool = False,
    keep: Mapping[str, str] | None = None,
    rendered: Mapping[str, str] | None = None,
    index: bool = False,
    index_rows: bytes | Callable[[], bytes | bytearray | None] | None = None,
) -> None:
    """Write ``bank`` as the folder ``bank_dir``, atomically (a staging folder beside it is swapped
    in, so Ctrl-C or a crash never leaves a half-written bank). An existing bank is replaced only
    with ``force``, and a folder that is not a bank (no topics.yaml) never. ``keep`` adds files
    verbatim (a curated.yaml carried over from the bank being replaced). ``rendered``: the
    bank's files as ``render_bank`` gives them, when the caller has rendered them already.
    ``index``: also store the bank's index in the folder (``cache.read_stored``), so that even
    the first draft from it does not parse the YAML (``drafter mine`` asks for it);
    ``index_rows``: its rows, when the caller has rendered them already (``index_rows``), or
    the function that gives them (None: the curated file does not load), asked for after the
    other files are written (another process may be rendering them meanwhile)."""
    from drafter.output import replace_dir_atomic

    files: dict[str, str | bytes] = dict(rendered if rendered is not None else render_bank(bank))
    for name, text in (keep or {}).items():
        files[name] = text
    if not index:
        replace_dir_atomic(Path(bank_dir), files, force=force, marker=TOPICS_FILE)
        return
    data = {
        name: text.encode("utf-8") if isinstance(text, str) else text
        for name, text in files.items()
    }
    # (the key first: the YAML files' digests need not wait for the rows)
    head = stored_head(data)

    def stored_index() -> dict[str, tuple[bytes | bytearray, ...]]:
        if callable(index_rows):
            rows = index_rows()
        else:
            rows = index_rows or _rows_of(bank, data.get(CURATED_FILE), Path(bank_dir))
        return {} if rows is None else {INDEX_FILE: (head, rows)}

    replace_dir_atomic(Path(bank_dir), data, force=force, marker=TOPICS_FILE, late=stored_index)


def _rows_of(bank: PhraseBank, curated_file: bytes | None, bank_dir: Path) -> bytes | None:
    return index_rows(bank, curated_file, bank_dir)  # (``save_bank``'s argument has this name)


def index_rows(bank: PhraseBank, curated_file: bytes | None, bank_dir: Path) -> bytes | None:
    """The rows of the index to store with ``bank`` (``cache.render_body``) as loading its
    files would give it: its mined entries, kind by kind, and the entries of the curated file
    ``curated_file`` (its bytes as written; None when that file does not load)."""
    curated = curated_entries(bank, curated_file, bank_dir)
    return None if curated is None else rows_with(bank, curated)


def curated_entries(
    bank: PhraseBank, curated_file: bytes | None, bank_dir: Path
) -> tuple[Phrase, ...] | None:
    """The entries of the curated file ``curated_file`` (its bytes as written) of ``bank`` as
    loading them gives them: none without the file, None when it does not load."""
    return read_curated(bank.topics, curated_file, bank_dir)


def read_curated(
    topics: Iterable[Topic], curated_file: bytes | None, bank_dir: Path
) -> tuple[Phrase, ...] | None:
    """``curated_entries`` of a bank with the topics ``topics`` (all that they depend on), so
    that mining can read them before its bank is made."""
    if curated_file is None:
        return ()
    path = bank_dir / CURATED_FILE
    topic_names = frozenset(t.name for t in topics)
    try:
        text = curated_file.decode("utf-8-sig")
        return _parse_entries(parse_yaml(text, path), path, None, topic_names, curated=True)
    except (BankError, UnicodeDecodeError):
        return None  # (the bank does not load: no index stands for it)


def rows_with(
    bank: PhraseBank, curated: tuple[Phrase, ...], said: Mapping[str, list[str]] | None = None
) -> bytes:
    """``index_rows`` of ``bank`` with the curated file's entries ``curated``
    (``curated_entries``); ``said``: see ``index.render_body``."""
    order = {kind: number for number, kind in enumerate(KIND_FILES)}
    mined = sorted((p for p in bank.phrases if not p.curated), key=lambda p: order[p.kind])
    # as the files read back: a unit none of whose sentences has a matter writes no matters
    mined = [replace(p, matters=()) if p.matters and not any(p.matters) else p for p in mined]
    indexed = PhraseBank(
        phrases=(*mined, *curated), topics=bank.topics, scrubbed=bank.scrubbed, sources=bank.sources
    )
    return render_body(indexed, said)


def _parse_entries_file(
    path: Path, kind: Kind | None, topic_names: frozenset[str], *, curated: bool = False
) -> tuple[Phrase, ...]:
    return _parse_entries(read_yaml(path), path, kind, topic_names, curated=curated)


def _parse_entries(
    data: Any, path: Path, kind: Kind | None, topic_names: frozenset[str], *, curated: bool
) -> tuple[Phrase, ...]:
    check_schema_version(data, path)
    problems = Problems(path)
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
        phrase = parse_entry(item, index, kind, topic_names, problems)
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
    # Parsing and validating the YAML of a large bank takes seconds; its index (a derived file in
    # the cache folder, drafter.phrasebank.cache) opens in milliseconds and fetches only what a
    # draft asks for. The index is rebuilt whenever a file of the bank changes.
    cached = read_cached(bank_dir, fallback=lambda: _read_bank(bank_dir))
    if cached is None:  # the index stored in the folder, when it is of exactly these files
        cached = read_stored(bank_dir, fallback=lambda: _read_bank(bank_dir))
    if cached is not None:
        return cached
    bank = _read_bank(bank_dir)
    write_cached(bank_dir, bank)
    return bank


def check_curated(bank_dir: Path) -> None:
    """BankError (all problems at once) when the bank's curated file does not fit its topics:
    what ``load_bank`` would report of it, without reading the mined files."""
    bank_dir = Path(bank_dir)
    curated_path = bank_dir / CURATED_FILE
    if not curated_path.is_file():
        return
    topic_names = frozenset(t.name for t in load_topics(bank_dir))
    try:
        _parse_entries_file(curated_path, None, topic_names, curated=True)
    except BankValidationError as error:
        raise BankValidationError(error.problems, path=bank_dir) from None


def _read_bank(bank_dir: Path) -> PhraseBank:
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
