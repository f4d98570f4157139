"""Ordinal runs in the body: regions of paragraphs → ``Enumeration`` objects in document order.

A run is two or more items numbered in sequence: 一是/二是/三是, 一要/二要, 第一，/第二，,
其一/其二, 首先/其次/再次/最后, 一方面/另一方面. Items may sit in one paragraph or open
consecutive paragraphs; runs of different families nest (一要 … 一是 二是 三是 … 二要 …) and a
heading closes every open run.

An item starts only at a sentence or clause boundary (the paragraph start, after 。；：！？), so
"第一要务", "统一要求", "唯一是" never count; after a comma only when it continues an open run
("一是…，二是…"). "一是一、二是二" is a saying, not a run.

Mixed runs: real speeches number "一要……二是……三要……" (one writer's slip, or an editor's). When a
是/要 item fits no run of its own family but continues the other family's open run, it joins that
run: the run keeps the style of its first item and each item keeps its own marker, so lint can
point at the odd one out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import field

from drafter.numerals import from_chinese
from drafter.outline.markers import (
    ITEM_BOUNDARY,
    ORDINAL,
    SAYING_AFTER_ORDINAL,
    SEQUENCE_WORDS,
)
from drafter.outline.model import Enumeration, EnumItem, Span
from drafter.records import dataclass

_SPACE = " \t\u3000\xa0"
_ITEM_END = re.compile(r"[。！？；!?;]")
_NEXT_AFTER_COMMA = re.compile(
    r"[，,](?=\s*(?:[二三四五六七八九十]{1,2}[是要]|第[二三四五六七八九十]{1,2}[，,：:]|"
    r"其次|再次|最后|另一方面))"
)
_MIXABLE = frozenset({"shi", "yao"})


@dataclass(frozen=True, slots=True)
class Region:
    """Characters ``start:end`` of paragraph ``paragraph``; ``new_scope`` right after a heading."""

    paragraph: int
    start: int
    end: int
    new_scope: bool = False


@dataclass(slots=True)
class _Run:
    family: str
    expected: int
    items: list[EnumItem] = field(default_factory=list)


def find_runs(paragraphs: Sequence[str], regions: Sequence[Region]) -> tuple[Enumeration, ...]:
    """Every ordinal run of two or more items in ``regions``, ordered by its first item."""
    found: list[Enumeration] = []
    open_runs: dict[str, _Run] = {}
    last_touched: list[str] = []

    def close(family: str) -> None:
        run = open_runs.pop(family, None)
        if family in last_touched:
            last_touched.remove(family)
        if run is not None and len(run.items) >= 2:
            style = _style(run.items[0].marker)
            found.append(Enumeration(style=style, items=tuple(run.items)))

    def touch(family: str) -> None:
        if family in last_touched:
            last_touched.remove(family)
        last_touched.append(family)

    for region in regions:
        if region.new_scope:
            for family in sorted(open_runs):
                close(family)
        paragraph = paragraphs[region.paragraph]
        for match in ORDINAL.finditer(paragraph, region.start, region.end):
            family, number = _family_number(match)
            if number <= 0:
                continue
            position = match.start()
            boundary = _boundary(paragraph, position, region.start)
            if boundary == "none":
                continue
            item_start = _skip_space(paragraph, match.end())
            if family in _MIXABLE and SAYING_AFTER_ORDINAL.match(paragraph, item_start):
                continue  # "一是一、二是二"
            item = _item(paragraph, region, match, item_start)
            if item is None:
                continue
            if number == 1:
                if boundary == "comma" and family != "side":
                    continue  # only 一方面 opens a run after a comma ("变化，一方面，……")
                close(family)
                open_runs[family] = _Run(family, 2, [item])
                touch(family)
                continue
            target = _target_run(open_runs, last_touched, family, number)
            if target is None:
                continue
            target.items.append(item)
            target.expected = number + 1
            touch(target.family)
    for family in sorted(open_runs):
        close(family)
    found.sort(key=lambda e: (e.items[0].span.paragraph, e.items[0].span.start))
    return tuple(found)


def _target_run(
    open_runs: dict[str, _Run], last_touched: list[str], family: str, number: int
) -> _Run | None:
    own = open_runs.get(family)
    if own is not None and _fits(own, number):
        return own
    if family in _MIXABLE:
        for other in reversed(last_touched):
            run = open_runs.get(other)
            if other != family and other in _MIXABLE and run is not None and _fits(run, number):
                return run
    return None


def _fits(run: _Run, number: int) -> bool:
    if run.family == "seq":
        # 首先 → 其次 → 再次 → 最后: 最后 may close the run at any point after the second item.
        return number == run.expected or (number == 9 and run.expected >= 2)
    return number == run.expected


def _family_number(match: re.Match[str]) -> tuple[str, int]:
    family = match.lastgroup or ""
    if family == "seq":
        return family, SEQUENCE_WORDS.get(match.group("w_seq"), 0)
    if family == "side":
        return family, 1 if match.group("w_side") == "一方面" else 2
    token = match.group(f"n_{family}")
    return family, from_chinese(token) or 0


def _boundary(paragraph: str, position: int, region_start: int) -> str:
    """'start', 'comma' or 'none': what precedes an ordinal marker at ``position``."""
    index = position - 1
    while index >= region_start and paragraph[index] in _SPACE:
        index -= 1
    if index < region_start:
        return "start"
    before = paragraph[index]
    if before in ITEM_BOUNDARY:
        return "start"
    if before in "，,":
        return "comma"
    return "none"


def _item(paragraph: str, region: Region, match: re.Match[str], item_start: int) -> EnumItem | None:
    while item_start < region.end and paragraph[item_start] in "，,：:、":
        item_start += 1
    end_match = _ITEM_END.search(paragraph, item_start, region.end)
    item_end = end_match.start() if end_match is not None else region.end
    # "一要加强领导，二要压实责任。": the next item after a comma ends this one.
    next_item = _NEXT_AFTER_COMMA.search(paragraph, item_start, item_end)
    if next_item is not None:
        item_end = next_item.start()
    text = paragraph[item_start:item_end].strip(_SPACE)
    if not text:
        return None
    marker = match.group().rstrip("，,：:、").strip(_SPACE)
    return EnumItem(marker=marker, text=text, span=Span(region.paragraph, match.start(), item_end))


def _style(marker: str) -> str:
    return marker.rstrip("，,：:、")


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index] in _SPACE:
        index += 1
    return index
