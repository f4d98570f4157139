"""Where a heading's text ends and its body starts: one paragraph → (text end, body start).

A heading ends at its first 。 or at the end of its line. Scraped text sometimes loses the line
break (and the 。) after a heading, gluing it to the first sentence of its body:
"（一）全力以赴抓项目项目建设是经济发展的引擎，……". ``find_glued_split`` then finds where
the body starts from the cues a writer would use (see its docstring).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set as AbstractSet

from drafter.outline.markers import (
    BAD_HEADING_END,
    BODY_START_SINCE,
    BODY_START_STRONG,
    BODY_START_TEMPORAL,
    BODY_START_VERB,
    HEADING_END_WORDS,
)
from drafter.records import dataclass

_SPACE = " \t\u3000\xa0"
_STRONG = tuple(sorted(BODY_START_STRONG, key=len, reverse=True))
_VERB = tuple(sorted(BODY_START_VERB, key=len, reverse=True))
_SHORT_CLAUSE = re.compile(r"[^，。；：、]{2,5}，")
_CLAUSE_END = re.compile(r"[，。；：、]")
# A heading opening with a quoted term or a year, which its body may repeat.
_TERM_OPENING = re.compile(r"[“\d]")
_YEAR = re.compile(r"(?:19|20)\d\d年")
_VERB_SET = frozenset(BODY_START_VERB)
_TEMPORAL = tuple(sorted(BODY_START_TEMPORAL, key=len, reverse=True))
# A body opening on a time clause: "改革开放以来，", "党的十八大以来，". The clause starts where a
# heading word ends (……活力|改革开放以来), else at a time word, else four characters before 以来.
_SINCE = re.compile(r"以来[，,]")
_SINCE_CLAUSE = range(2, 7)
_TIME_WORDS = tuple(sorted(BODY_START_SINCE, key=len, reverse=True))
# A body whose subject repeats a word of the heading: "推动产业转型升级|产业是发展的根基，".
_SUBJECT_VERB = ("是", "作为", "始终", "一直", "既是")

# A heading shorter than this with no comma is never split.
_PLAIN_HEADING = 24
# A heading line with no end mark longer than this is really a paragraph.
MAX_LINE_HEADING = 60
# Up to this length a heading with commas is split only on strong evidence.
_STRONG_ONLY = 30
# The longest heading a glued split may produce.
_MAX_SPLIT = 40
# Parallel headings: a four-character ending shared by this many headings of the level.
GRAM = 4
_PARALLEL = 3


def skip_space(text: str, index: int, end: int | None = None) -> int:
    """The first index from ``index`` (before ``end``) that is not a space."""
    stop = len(text) if end is None else end
    while index < stop and text[index] in _SPACE:
        index += 1
    return index


@dataclass(frozen=True, slots=True)
class Siblings:
    """What the other headings of the same level look like: parallel headings share it."""

    lengths: AbstractSet[int]
    grams: Counter[str]


def usual_lengths(lengths: Counter[int] | None) -> frozenset[int]:
    """Lengths shared by at least two and half of the clean headings of a level: parallel
    headings ("全力以赴抓项目", "持续发力抓产业") have one length, ordinary ones scatter."""
    if not lengths:
        return frozenset()
    total = sum(lengths.values())
    return frozenset(n for n, count in lengths.items() if count >= 2 and count * 2 >= total)


def is_clean(head: str, at_line_end: bool) -> bool:
    """A heading text that needs no splitting: short, or a whole line of its own."""
    head = head.strip(_SPACE)
    if not head:
        return False
    if at_line_end:
        return len(head) <= MAX_LINE_HEADING
    return len(head) <= _PLAIN_HEADING and "，" not in head


def locate_text(
    paragraph: str, start: int, end: int, stop: int, siblings: Siblings
) -> tuple[int, int, bool]:
    """(text end, body start, glued) for a heading whose text starts at ``start``.

    ``end`` is the first 。 (or ``stop``, where the heading's segment ends). A heading ends there
    unless the part before it is too long to be a heading: then scraped text probably glued the
    heading to its body, and we look for the place where a body sentence starts.
    """
    head = paragraph[start:end]
    at_line_end = end == stop
    after_end = skip_space(paragraph, end + 1, stop) if not at_line_end else stop
    if at_line_end and len(head) <= MAX_LINE_HEADING:
        return end, stop, False
    if not at_line_end and (len(head) <= _PLAIN_HEADING and "，" not in head):
        # A plain heading; only a time word or a doubled word shows a glued body
        # ("2026年重点工作|今年是……", "全力以赴抓项目|项目建设是……").
        split = find_glued_split(head, siblings.lengths, siblings.grams, strong_only=True)
        if split is not None:
            return start + split, start + split, True
        return end, after_end, False
    split = find_glued_split(
        head,
        siblings.lengths,
        siblings.grams,
        strong_only=not at_line_end and len(head) <= _STRONG_ONLY,
    )
    if split is not None:
        return start + split, start + split, True
    if not at_line_end and len(head) <= _MAX_SPLIT:
        return end, after_end, False
    colon = head.find("：")
    if 2 <= colon <= 30:
        return start + colon, skip_space(paragraph, start + colon + 1, stop), False
    if at_line_end:
        comma = head.find("，")
        if 4 <= comma <= 30:
            return start + comma, start + comma + 1, True
        return start, start, False  # a long line with no end mark and no clue: not a heading
    return end, after_end, False


def find_glued_split(
    head: str,
    sibling_lengths: AbstractSet[int] = frozenset(),
    sibling_grams: Counter[str] | None = None,
    *,
    strong_only: bool = False,
) -> int | None:
    """Where the body starts inside ``head`` (a heading glued to its body's first sentence).

    Scores every position by the cues a writer would use: a typical sentence start right after it
    (今年/我们/要/坚持/深入…), a word doubled across it ("抓项目项目建设是…" — the body often opens
    by repeating the heading's last word), a heading-like word before it (……建设/……水平), a short
    adverbial clause after it ("去年，"), and the length of sibling headings that were not glued
    (parallel headings have parallel lengths) or endings. None when no position is convincing.

    ``strong_only``: the text up to the 。 is short enough to be a heading with commas, so split
    only on strong evidence (a typical sentence opening or a doubled word).
    """
    best: tuple[int, int] | None = None  # (score, position): ties go to the later split
    limit = min(len(head) - 2, _MAX_SPLIT)
    short_head = len(head) <= _STRONG_ONLY
    since = _since_start(head)
    for i in range(4, limit + 1):
        before, after = head[i - 1], head[i]
        if before in "，、：；“（第" or before in BAD_HEADING_END or after in "，、。：；”）":
            continue
        score = 0
        strong = False
        temporal = head.startswith(_TEMPORAL, i) or bool(_YEAR.match(head, i))
        if temporal and before.isdigit():
            continue
        if temporal or head.startswith(_STRONG, i):
            score += 4
            strong = True
        elif head.startswith(_VERB, i):
            if _first_clause_length(head, i) < 4:
                continue  # "聚焦品质|提升，在……": a body does not open with a two-character clause
            # One-character openers (把/以/从) also sit inside headings: weaker evidence.
            score += 1 if _opener_length(head, i) == 1 else 2
        elif i == since:
            score += 4
            strong = True
        if head[i : i + 2] in head[:i] and head.startswith(_SUBJECT_VERB, i + 2):
            score += 4  # "持续改善民生福祉|民生是最大的政治"
            strong = True
        elif head[i - 2 : i] == head[i : i + 2] or (
            _TERM_OPENING.match(head) and head.startswith(head[:3], i)
        ):
            # "抓项目|项目建设是……", "“十四五”时期……|“十四五”时期是……": the body repeats a word.
            score += 3
            strong = True
        if i in sibling_lengths:
            score += 2
        if score == 0:
            continue  # nothing says a body starts here
        clauses = head[:i].split("，")
        parallel = len(clauses) >= 2 and len(clauses[-1]) == len(clauses[-2]) >= 4
        if strong_only and not (strong or (parallel and score >= 2)):
            continue  # a verb opener after parallel clauses ("……，全力攻坚克难|做好……") will do
        rest = head[i:]
        if short_head and not temporal and "，" not in rest and len(rest) < 20:
            continue  # what follows is no body sentence: "凝心聚力推动|全市高质量发展"
        tail = head[i - 2 : i]
        if tail in HEADING_END_WORDS or before == "化":
            score += 1
        elif tail in _VERB_SET:
            score -= 3  # "……重点工作做好|今年的工作": a heading does not end on 做好
        if _SHORT_CLAUSE.match(head, i):
            score += 1
        if parallel:
            score += 1  # parallel clauses of equal length: "紧盯目标任务，全力攻坚克难"
        if sibling_grams is not None and sibling_grams[head[i - GRAM : i]] >= _PARALLEL:
            score += 1  # parallel headings end alike: "……上加力提效"
        last_clause = head[:i].rsplit("，", 1)[-1]
        if len(last_clause) < 4:
            score -= 2
        if i > _STRONG_ONLY:
            score -= 1  # headings are rarely longer than thirty characters
        if last_clause.startswith("在") and before in "上中下里":
            continue  # "在打好“三大攻坚战”上|聚焦发力": 在……上 needs its verb
        # A long stretch with no comma cannot be one heading: weaker evidence will do.
        threshold = 2 if not short_head and "，" not in head[:i] else 3
        if score >= threshold and (best is None or (score, i) >= best):
            best = (score, i)
    return best[1] if best is not None else None


def _since_start(head: str) -> int | None:
    """Where a "……以来，" time clause opening the body starts inside ``head``, if any."""
    match = _SINCE.search(head, 6)
    if match is None:
        return None
    starts = [match.start() - n for n in _SINCE_CLAUSE if match.start() - n >= 4]
    for start in sorted(starts):  # the longest clause first
        if head[start - 2 : start] in HEADING_END_WORDS or head.startswith(_TIME_WORDS, start):
            return start
    fallback = match.start() - 4
    return fallback if fallback >= 4 else None


def _opener_length(text: str, start: int) -> int:
    return max(len(word) for word in _VERB if text.startswith(word, start))


def _first_clause_length(text: str, start: int) -> int:
    match = _CLAUSE_END.search(text, start)
    return (match.start() if match is not None else len(text)) - start
