"""Whether a run of characters or a quoted phrase is ordinary writing: positive evidence the
name rules ask for before they leave a sentence out.

Input: a run of single characters the segmenter could not join (征|迁, 风|肃|纪, 马|营), or a
quotation (“交房即办证”, “硒望顺平”). Output: why the run is ordinary (or None), whether the
phrase is made only of ordinary writing. Both read the shared table (``rules``): what three
counties of the corpus write, the gazetteer, the regional terms, the places' suffixes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from drafter import segment
from drafter.names.rules import (
    COMMON_TAGGED,
    common_pair,
    holds_division,
    in_gazetteer,
    ordinary_why,
    suffix_class,
)

# characters that name a province, a capital or a region in short (京 of 环京, 津 of 津石高速,
# 雄 of 雄安, 淀 of 入淀 — 白洋淀): a run holding one may be a place even when three counties
# write it (several 保定 counties write 雄安, 京雄)
_PLACE_MARKS = frozenset("京津冀沪渝晋辽皖闽赣鲁豫鄂湘粤琼蜀黔滇陕陇蒙桂藏浙雄淀")


# Depends on the run and on the tables only (as ``rules.judge_word``): cached, as one speech
# meets the same runs sentence after sentence (half of the 1,405 runs of 1.2 MB are repeats,
# and each is ~0.05 ms: the regional terms are read one by one).
@lru_cache(maxsize=65536)
def ordinary_run(run: str) -> str | None:
    """Why a run of single characters the segmenter could not join (征|迁, 办|复, 代|煤, 风|肃|纪
    of 正风肃纪) is ordinary writing, or None: the table calls it ordinary, or each pair of its
    characters is one three counties of the corpus write together and none of its characters
    names a province or region in short (京|雄, 津|石 stay unsure), nor is it inside a regional
    term. A name cut so (马|营, 定|瓷, 流|罗) has a pair only its county writes."""
    from drafter.names.table import regional_terms

    why = ordinary_why(run)
    if why is not None or len(run) < 2:
        return why
    if _PLACE_MARKS & set(run) or in_gazetteer(run) or holds_division(run):
        return None
    if suffix_class(run[-1]) not in (None, "body"):
        return None  # 唐|河, 马|营: a stem and a place's suffix is the shape of a name
    if any(run in term or term in run for term in regional_terms("draft")):
        return None
    if all(common_pair(run[i : i + 2]) for i in range(len(run) - 1)):
        return "常见字对（三个以上县都写）"
    return None


# a single character this common in the language (督, 勇, 煤, 即) is ordinary writing
COMMON_CHAR = 500
_PHRASE_SPLIT = re.compile(r"[^\u4e00-\u9fff]+")


def plain_phrase(text: str) -> bool:
    """Whether ``text`` (a quotation: “交房即办证”, “滚石上山、爬坡过坎”, “减煤、抑尘、控车、治企”)
    is made only of ordinary writing: dictionary words with no name tag (or common ones),
    words the table calls ordinary, common single characters, and runs of characters three
    counties write together; no division, no big river or mountain. (Whether one county's
    slogan made of ordinary words, “新颜值、新消费、新产业”, is its own is a matter of who
    quotes it: ``mining.names.quotes``.)"""
    parts = [part for part in _PHRASE_SPLIT.split(text) if part]
    if not parts:
        return False
    for part in parts:
        if holds_division(part):
            return False
        run = ""
        for word in [*segment.cut(part), ""]:
            if len(word) == 1:
                run += word
                continue
            if len(run) >= 2 and ordinary_run(run) is None and not all(map(_common_char, run)):
                return False
            if len(run) == 1 and not _common_char(run):
                return False
            run = ""
            if word and not _plain_word(word):
                return False
    return True


def _common_char(char: str) -> bool:
    tag = segment.word_tag(char)
    frequency = segment.word_frequency(char)
    return frequency >= COMMON_CHAR and (tag is None or frequency >= COMMON_TAGGED)


def _plain_word(word: str) -> bool:
    from drafter.names.table import is_ordinary

    if is_ordinary(word) or word in segment.GOVERNMENT_WORDS:
        return True
    if not segment.known_word(word) or in_gazetteer(word):
        return False
    return segment.word_tag(word) is None or segment.word_frequency(word) >= COMMON_TAGGED
