"""One bank entry in YAML ⇄ ``Phrase``: ids, and validation with a Chinese message per problem.

Input: the parsed mapping of one entry (with its line number) from a bank file. Output: a
``Phrase``, or problems naming the file, the line and the entry (all of them, not the first).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from drafter.phrasebank.model import (
    FRAME_SLOTS,
    NAMED_SLOTS,
    SLOT_PATTERN,
    Filler,
    Kind,
    Mode,
    Phrase,
    SourceRef,
)
from drafter.phrasebank.yamlio import Located

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
    Kind.PARAGRAPH: "pg",
}

# the roles a sentence of a paragraph unit can play, and the genres a unit can come from
UNIT_ROLES: tuple[str, ...] = (
    "framing",
    "measure",
    "target",
    "duty",
    "exhortation",
    "review",
    "problem",
)
UNIT_GENRES: tuple[str, ...] = ("report", "speech")

FIGURE_FIELDS: tuple[str, ...] = ("value", "unit", "change", "pp", "rank", "qualifier")

ENTRY_KEYS = frozenset(
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
        "roles",
        "aspect",
        "genre",
        "lead",
        "matters",
    }
)


def phrase_id(kind: Kind, text: str) -> str:
    """A stable short id: the kind's prefix and a hash of the kind and the normalised text."""
    normalised = "".join(text.split())
    digest = hashlib.sha1(f"{kind.value}\n{normalised}".encode()).hexdigest()
    return f"{KIND_PREFIX[kind]}-{digest[:10]}"


class Problems:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.lines.append(f"{self.path}：{where}：{message}")


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


ANY_SLOT = re.compile(r"\{([^{}]*)\}")


def check_slots(text: str, kind: Kind) -> str | None:
    for slot in ANY_SLOT.findall(text):
        if not SLOT_PATTERN.fullmatch("{" + slot + "}"):
            return f"未知的槽位 {{{slot}}}（槽位名用英文，如 {{county}}）"
    stripped = ANY_SLOT.sub("", text)
    if "{" in stripped or "}" in stripped:
        return "text 中的花括号不成对；槽位应写成 {county} 这样的形式"
    for slot in SLOT_PATTERN.findall(text):
        if slot not in NAMED_SLOTS and slot not in FRAME_SLOTS:
            return f"未知的槽位 {{{slot}}}"
        if slot in FRAME_SLOTS and kind is not Kind.HEADING_FRAME:
            return f"槽位 {{{slot}}} 只能用于标题框架（heading_frame）"
    return None


def parse_entry(
    item: Any,
    index: int,
    kind: Kind | None,
    topic_names: frozenset[str],
    problems: Problems,
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
    unknown = sorted(set(item) - ENTRY_KEYS)
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
    slot_problem = check_slots(text, kind)
    if slot_problem:
        problems.add(where, slot_problem)
    if entry_id is not None and not (isinstance(entry_id, str) and entry_id.strip()):
        problems.add(where, "id 应为文字")
    topics = item.get("topics", [])
    if not str_list(topics):
        problems.add(where, "topics 应为话题名列表")
        topics = []
    for topic in topics:
        if topic not in topic_names:
            problems.add(where, f"话题“{topic}”不在 topics.yaml 中")
    support = item.get("support", 1)
    if not is_int(support) or support < 1:
        problems.add(where, "support 应为正整数")
    level = item.get("level")
    if level is not None and (not is_int(level) or not 1 <= level <= 4):
        problems.add(where, "level 应为 1 到 4 的整数")
    style = item.get("style")
    if style is not None and not (isinstance(style, str) and style.strip()):
        problems.add(where, "style 应为文字（如 一是、一要、第一、首先）")
    items = item.get("items", [])
    if not str_list(items):
        problems.add(where, "items 应为文字列表")
        items = []
    indicator = item.get("indicator")
    if indicator is not None and not (isinstance(indicator, str) and indicator.strip()):
        problems.add(where, "indicator 应为指标名称")
    fields = item.get("fields", [])
    if not str_list(fields) or any(f not in FIGURE_FIELDS for f in fields):
        problems.add(where, f"fields 只能包含 {'、'.join(FIGURE_FIELDS)}")
        fields = []
    mode: Mode | None = None
    if item.get("mode") is not None:
        try:
            mode = Mode(item["mode"])
        except ValueError:
            problems.add(where, "mode 应为 achievement（回顾）或 target（目标）")
    roles = item.get("roles", [])
    if not str_list(roles) or any(r not in UNIT_ROLES for r in roles):
        problems.add(where, f"roles 只能包含 {'、'.join(UNIT_ROLES)}")
        roles = []
    elif roles and len(roles) != len(items):
        problems.add(where, "roles 的个数应与 items（句子）相同")
    matters = item.get("matters", [])
    if (
        not isinstance(matters, list)
        or not all(isinstance(m, str) for m in matters)
        or (matters and len(matters) != len(items))
    ):
        problems.add(where, "matters 应为文字列表，个数与 items（句子）相同")
        matters = []
    optional_text: dict[str, str | None] = {}
    for key in ("aspect", "genre", "lead"):
        value = item.get(key)
        if value is not None and not (isinstance(value, str) and value.strip()):
            problems.add(where, f"{key} 应为文字")
            value = None
        optional_text[key] = value
    if optional_text["genre"] not in (None, *UNIT_GENRES):
        problems.add(where, f"genre 应为 {'/'.join(UNIT_GENRES)} 之一")
    frame_slots = (
        tuple(slot for slot in SLOT_PATTERN.findall(text) if slot in FRAME_SLOTS)
        if kind is Kind.HEADING_FRAME and isinstance(text, str)
        else ()
    )
    fillers = parse_fillers(item.get("fillers", []), where, problems, frame_slots)
    sources = parse_sources(item.get("sources", []), where, problems)
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
        roles=tuple(roles),
        aspect=optional_text["aspect"],
        genre=optional_text["genre"],
        lead=optional_text["lead"],
        matters=tuple(matters),
    )


def parse_fillers(
    value: Any, where: str, problems: Problems, slots: tuple[str, ...] = ()
) -> tuple[Filler, ...]:
    """A frame's fillers; ``slots``: the frame's own, each of which every filler fills (a
    filler missing one was left out of every draft without a word)."""
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
        missing = [slot for slot in slots if slot not in values]
        if missing:
            named = "、".join("{" + slot + "}" for slot in missing)
            problems.add(where, f"fillers 中话题“{topic or ''}”的一项缺少槽位 {named} 的文字")
            continue
        fillers.append(Filler(topic=topic, values=tuple(values.items())))
    return tuple(fillers)


def parse_sources(value: Any, where: str, problems: Problems) -> tuple[SourceRef, ...]:
    if not isinstance(value, list):
        problems.add(where, "sources 应为列表")
        return ()
    sources = []
    for source in value:
        if (
            not isinstance(source, dict)
            or set(source) != {"file", "paragraph", "start", "end"}
            or not isinstance(source["file"], str)
            or not all(is_int(source[k]) and source[k] >= 0 for k in ("paragraph", "start", "end"))
            or source["start"] > source["end"]
        ):
            problems.add(where, "sources 的每项应含 file、paragraph、start、end（非负整数）")
            continue
        sources.append(
            SourceRef(source["file"], source["paragraph"], source["start"], source["end"])
        )
    return tuple(sources)
