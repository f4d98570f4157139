"""Clauses a sentence can do without: where a local name sits in one, the clause goes, not the
sentence.

Input: a sentence and the spans of its names no draft can fill (unsure words, places, bodies).
Output: the sentence without the removable clauses that hold them, or without the clauses
between commas that hold them where what is left reads on its own and is most of the sentence
(``KEEP_SHARE``); None when neither leaves a sentence.

Official writing puts its particulars in frames around the measure (以火车站片区等区域为重点，
扎实推进专项整治; 依托立讯精密、平恩康汽配，引进关联配套企业) and in asides (（其中贫困人口…）,
，如…等，): the measure reads complete without them. Each shape is a row of ``CLAUSES`` with an
example it cuts and one it must leave (the tests read them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from drafter.mining.figureless import clauses_free
from drafter.mining.slots import Hit
from drafter.records import dataclass


@dataclass(frozen=True, slots=True)
class Clause:
    """A removable clause: its pattern (the span to cut), why, and an example sentence with the
    text it becomes."""

    name: str
    pattern: re.Pattern[str]
    why: str
    example: str
    becomes: str


CLAUSES: tuple[Clause, ...] = (
    Clause(
        "aside",
        re.compile(r"[（(〔][^（）()〔〕]{1,60}[）)〕]"),
        "括号中的补充说明",
        "完成农村公路改造提升工程50公里（含马营至华川段）。",
        "完成农村公路改造提升工程50公里。",
    ),
    Clause(
        # a frame opening the sentence, up to its first comma: the measure follows
        "opening frame",
        re.compile(
            r"^(?:以|依托|围绕|借助|结合|利用|立足|抢抓|紧扣|聚焦|发挥)[^，。；：]{2,40}?"
            r"(?:为(?:重点|抓手|引领|载体|核心|主线|依托|契机|平台|牵引|龙头|支撑|纽带))?，"
        ),
        "句首的依托、以……为重点等框架",
        "以火车站片区等区域为重点，扎实推进机动三轮车非法运营专项整治。",
        "扎实推进机动三轮车非法运营专项整治。",
    ),
    Clause(
        "example",
        re.compile(r"，(?:如|比如|例如)[^，。；]{2,40}?等(?=[，。；])"),
        "举例的分句",
        "加快特色产业发展，如马营蔬菜、华川苹果等，打造区域品牌。",
        "加快特色产业发展，打造区域品牌。",
    ),
)
# what must be left for a sentence to read as one (CJK characters)
MIN_LEFT = 12
# what a cut between commas keeps of the sentence at least (a sentence mostly about its county's
# things is that county's sentence)
KEEP_SHARE = 0.6
_CJK = re.compile(r"[\u4e00-\u9fff]")


def without_clauses(text: str, bad: Sequence[Hit]) -> str | None:
    """``text`` without the clauses that hold every one of ``bad`` (names no draft fills): the
    removable shapes of ``CLAUSES``, else whole clauses between commas where what is left reads
    on its own by the rules a figure's clause is cut by (``figureless.clauses_free``: no clause
    left leaning on one cut, no frame left without its statement); None when neither cut
    leaves a sentence of ``MIN_LEFT`` characters."""
    if not bad:
        return None
    return _shaped_cut(text, bad) or _plain_cut(text, bad)


def without_words(text: str, words: Iterable[str]) -> str | None:
    """``text`` without the clauses holding any of ``words`` (words only its county writes:
    培育壮大毛绒玩具产业，…), by ``without_clauses``; None when a clause cannot go."""
    hits = [
        Hit(match.start(), match.end(), None, word, "只见于本县的词")
        for word in words
        for match in re.finditer(re.escape(word), text)
    ]
    left = without_clauses(text, hits) if hits else None
    if left is None or any(word in left for word in words):
        return None
    return left


def _plain_cut(text: str, bad: Sequence[Hit]) -> str | None:
    """``text`` without the comma-separated clauses holding ``bad`` (落实“消费提振年”行动计划，
    支持住房改善、新能源汽车、养老服务等消费。 → 支持住房改善、新能源汽车、养老服务等消费。)."""
    marked = text
    for hit in sorted(bad, key=lambda h: h.start, reverse=True):
        marked = marked[: hit.start] + "{place}" + marked[hit.end :]
    left = clauses_free(marked)
    if left is None or "{place}" in left or len(_CJK.findall(left)) < MIN_LEFT:
        return None
    if len(left) < len(text) * KEEP_SHARE:
        return None  # a sentence mostly about its county's things is that county's sentence
    return left


def _shaped_cut(text: str, bad: Sequence[Hit]) -> str | None:
    cuts: list[tuple[int, int]] = []
    for hit in bad:
        span = _clause_around(text, hit)
        if span is None:
            return None
        cuts.append(span)
    left = text
    for start, end in sorted(set(cuts), reverse=True):
        # an example clause keeps the comma after it; a frame or an aside goes whole
        left = left[:start] + left[end:]
    left = left.replace("，，", "，").lstrip("，")
    if len(_CJK.findall(left)) < MIN_LEFT or left == text:
        return None
    return left


def _clause_around(text: str, hit: Hit) -> tuple[int, int] | None:
    for clause in CLAUSES:
        for match in clause.pattern.finditer(text):
            if match.start() <= hit.start and hit.end <= match.end():
                return match.span()
    return None
