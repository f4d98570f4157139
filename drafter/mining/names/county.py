"""The speech's own county (or district, city) name, from its title or its most named X县."""

from __future__ import annotations

import operator
import re
from functools import lru_cache

from drafter import segment
from drafter.mining.lexicon import (
    GENERIC_STEMS,
)
from drafter.mining.names.common import (
    CJK,
    is_generic_word,
)
from drafter.names.table import county_gazetteer, divisions

_COUNTY_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff])(县|市|区|旗)")


_NOT_IN_COUNTY_STEM = frozenset(
    "全各我本该每外邻省市州乡镇村年月日区强大小新老一二三四五六七八九十两到至和与及城的在是为"
)


def find_county_names(text: str) -> frozenset[str]:
    """The speech's own county (or district, city), from its whole text: the X县/X区/X市 named in
    its title or front lines, else the one named most often in the body, with its short form
    (通渭县 → 通渭县, 通渭; 海拉尔区 → 海拉尔). Empty when the speech never names it (masked)."""
    head = text[:300]
    for match in _COUNTY_SUFFIX.finditer(head):
        found = _county_at(text, head, match.start(), match.group(1), strict=False)
        # a province or prefecture near the top (《河北雄安新区规划纲要》, 北京市) is not the
        # speech's own county: a county's report opens on its own county-level name
        # (a name the gazetteer does not know is a cut gone wrong: 代表顺平县 → 代表顺平)
        if found is not None and max(found, key=len) in county_gazetteer():
            return found
    best: tuple[int, str, str] | None = None
    counted: dict[str, int] = {}  # a name → its occurrences (a body names its county often)
    for match in _COUNTY_SUFFIX.finditer(text):
        at, level = match.start(), match.group(1)
        found = _county_at(text, text, at, level, strict=True)
        if found is None or _above_county(max(found, key=len)):
            continue
        full = max(found, key=len)
        count = counted.get(full, -1)
        if count < 0:
            count = counted[full] = text.count(full)
        if count >= 3 and (best is None or (count, len(full)) > (best[0], len(best[1]))):
            best = (count, full, min(found, key=len))
    # a scraped report with no title that names itself by its short name (容城 29 times,
    # 容城县 twice), or whose name the rules above cut wrong (调研蠡县 for 蠡县): the
    # county-level division it names most, unless the name found above is named as often
    listed = _listed(text)
    known = best is not None and best[1] in county_gazetteer()
    if best is not None and known and (listed is None or best[0] >= listed[0]):
        return frozenset(best[1:])
    # a name the gazetteer does not know is a cut gone wrong (代表县, 经开区): none rather
    # than an ordinary word made a foreign name
    return listed[1] if listed is not None else frozenset()


def _listed(text: str) -> tuple[int, frozenset[str]] | None:
    """The county-level division (by the gazetteer) the text names most, at least three times
    in full or five by its short form (容城县 / 容城 in a scraped report with no title), with
    its short form, and how often it is named; None when no county is named that often."""
    best: tuple[int, str] | None = None
    # the text's characters and character pairs, made in one pass: a name is looked for in the
    # text only when its first pair occurs (a scan of the whole text per name was ~10 ms)
    present = set(text)
    pairs = set(map(operator.add, text, text[1:]))
    for full in county_gazetteer():
        if full[0] not in present or (len(full) > 1 and full[:2] not in pairs) or full not in text:
            continue
        if len(full) < 3:
            # a two-character name hides inside ordinary words (示范县, 乡镇和县直): only its
            # occurrences that do not continue a word count, five at least
            count = sum(
                1
                for at in _places(text, full)
                if at == 0 or not segment.known_word(text[at - 1] + full[0])
            )
            weight = count if count >= 5 else 0
        else:
            count = text.count(full)
            weight = text.count(full[:-1])
            weight = weight if count >= 3 or weight >= 5 else 0
        if weight and (best is None or (weight, full) > best):
            best = (weight, full)
    if best is None:
        return None
    full = best[1]
    return best[0], frozenset({full, full[:-1]} if len(full) >= 3 else {full})


def _places(text: str, word: str) -> list[int]:
    """Where ``word`` stands in ``text``, left to right, each after the last one's end (as
    ``re.finditer`` of the word finds it, without a pattern to compile for each name)."""
    places = []
    at = text.find(word)
    while at >= 0:
        places.append(at)
        at = text.find(word, at + len(word))
    return places


def _above_county(name: str) -> bool:
    """A province or a prefecture-level city (北京市, 保定市), and not also a county's name."""
    return name in _upper_divisions() and name not in county_gazetteer()


@lru_cache(maxsize=1)
def _upper_divisions() -> frozenset[str]:
    return frozenset(name for kind, name in divisions() if kind in ("P", "M"))


def _county_at(
    text: str, where: str, at: int, level: str, *, strict: bool
) -> frozenset[str] | None:
    """The name ending at ``where[at]`` before the suffix ``level``, if it looks like one: the
    longest stem (2–4 characters) seen as often as the shortest, at least twice in ``text``."""
    choice: str | None = None
    base = 0
    for length in (2, 3, 4):
        stem = where[max(at - length, 0) : at]
        if len(stem) < length or not CJK.match(stem):
            break
        if any(ch in _NOT_IN_COUNTY_STEM for ch in stem) or stem in GENERIC_STEMS:
            break
        tail = stem[-1] + level
        listed = stem + level in county_gazetteer()  # 定兴县, though 兴县 reads as a word
        if not listed and segment.known_word(tail) and not segment.word_tag(tail):
            break  # 景区, 园区, 山区: the suffix belongs to an ordinary word
        if is_generic_word(stem):
            break
        if (
            strict
            and not listed
            and any(
                segment.known_word(part) and not segment.word_tag(part)
                for part in {stem[:2], stem[-2:], stem}
            )
        ):
            break  # in the body only names the dictionary does not know as ordinary words
        before = where[at - length - 1 : at - length] if at - length > 0 else ""
        if strict and before and segment.known_word(before + stem[0]):
            break  # 成果找市场: the stem starts inside a word
        count = text.count(stem + level)
        if length == 2:
            base = count
        if count < 2 or count < base:
            break
        choice = stem
    if choice is None:
        return None
    return frozenset({choice + level, choice})
