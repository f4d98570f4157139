"""Numbered headings: normalised paragraphs → accepted ``Heading`` objects, in document order.

Two steps. ``find_candidates`` looks at each paragraph alone: does it open with a marker
(一、 （一） 1. （1）), and where does the heading text end — at the first 。, at the end of the
line, or, when scraped text glued the heading to its body, where the body's first sentence
starts. ``accept_headings`` then looks at the whole document: a level's numbers must run in
sequence inside their parent (一、 then 二、 …; （一） restarts under each 一、), so a
paragraph that happens to open with "三、四季度" or a list of figures numbered 1. 2. 3.
does not become a heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from drafter.numerals import from_chinese
from drafter.outline.markers import (
    BAD_HEADING_END,
    BODY_START_STRONG,
    BODY_START_VERB,
    HEADING_MARKER,
    NUMERAL_LIST_AFTER_MARKER,
)
from drafter.outline.model import Heading, Span

_SPACE = " \t\u3000\xa0"
_END = re.compile(r"[。！？!?]")
_STRONG = tuple(sorted(BODY_START_STRONG, key=len, reverse=True))
_VERB = tuple(sorted(BODY_START_VERB, key=len, reverse=True))
# Words a heading phrase typically ends on ("……建设", "……水平", "……化"): evidence for a split.
_HEADING_END_WORDS = frozenset(
    (
        "建设",
        "发展",
        "工作",
        "水平",
        "能力",
        "体系",
        "机制",
        "质量",
        "成效",
        "效能",
        "环境",
        "产业",
        "短板",
        "治理",
        "改革",
        "开放",
        "创新",
        "保障",
        "安全",
        "稳定",
        "民生",
        "福祉",
        "振兴",
        "增长",
        "动能",
        "格局",
        "优势",
        "基础",
        "底线",
        "任务",
        "目标",
        "项目",
        "品质",
        "活力",
        "合力",
        "力量",
        "局面",
        "篇章",
        "贡献",
        "形势",
        "劲头",
        "作用",
        "责任",
        "作风",
        "本色",
        "融合",
        "城建",
        "环保",
        "投资",
        "消费",
        "服务",
        "管理",
        "升级",
        "提效",
        "质效",
        "落实",
        "攻坚",
        "防线",
        "屏障",
        "支撑",
        "引擎",
        "底色",
        "根基",
        "后劲",
        "红线",
        "转型",
        "品牌",
        "文章",
        "实效",
        "新篇",
        "新局",
        "大局",
        "建管",
        "队伍",
    )
)
# Figures in a numbered line: "地区生产总值1234亿元", "增长6.5%".
_FIGURE = re.compile(
    r"\d[\d.,]*\s*(?:%|％|亿|万|千|元|吨|个|人|户|家|项|公里|亩|平方|米|辆|座|所|次|倍)"
)
_SHORT_CLAUSE = re.compile(r"[^，。；：、]{2,5}，")

# A heading shorter than this with no comma is never split.
_PLAIN_HEADING = 24
# A heading line with no end mark longer than this is really a paragraph.
_MAX_LINE_HEADING = 60
# The longest heading a glued split may produce.
_MAX_SPLIT = 40


@dataclass(frozen=True, slots=True)
class Candidate:
    """A paragraph that opens with a heading marker; not yet checked against its neighbours."""

    paragraph: int
    start: int  # where the marker starts
    level: int
    ordinal: int
    marker: str
    text_start: int
    text_end: int
    body_start: int  # where the body starts in the paragraph (== len when none)
    glued: bool  # True when the heading was split from its body without a 。
    figures: bool  # the heading text states figures (a numbered data line, not a heading)
    clean: bool  # ended by 。 or the end of the line, short: trusted for sibling lengths


def find_candidates(paragraphs: Sequence[str]) -> list[Candidate]:
    """Every paragraph that opens with a heading marker, with its heading text located."""
    first_pass: list[tuple[int, int, re.Match[str]]] = []
    for index, paragraph in enumerate(paragraphs):
        offset = len(paragraph) - len(paragraph.lstrip(_SPACE))
        match = HEADING_MARKER.match(paragraph, offset)
        if match is not None and _marker_plausible(paragraph, match):
            first_pass.append((index, offset, match))
    clean_lengths: dict[int, set[int]] = {}
    results: list[Candidate] = []
    pending: list[tuple[int, int, re.Match[str], int, int]] = []
    for index, offset, match in first_pass:
        level = _level(match)
        paragraph = paragraphs[index]
        text_start = _skip_space(paragraph, match.end())
        end = _first_end(paragraph, text_start)
        head = paragraph[text_start:end]
        if _is_clean(head, end == len(paragraph)):
            clean_lengths.setdefault(level, set()).add(len(head.rstrip("：:")))
        pending.append((index, offset, match, text_start, end))
    for index, offset, match, text_start, end in pending:
        level = _level(match)
        paragraph = paragraphs[index]
        head = paragraph[text_start:end]
        at_line_end = end == len(paragraph)
        text_end, body_start, glued = _locate_text(
            paragraph, text_start, end, clean_lengths.get(level, set())
        )
        if text_end <= text_start:
            continue
        text = paragraph[text_start:text_end]
        results.append(
            Candidate(
                paragraph=index,
                start=offset,
                level=level,
                ordinal=_ordinal(match),
                marker=re.sub(r"\s+", "", match.group()),
                text_start=text_start,
                text_end=text_end,
                body_start=body_start,
                glued=glued,
                figures=_FIGURE.search(text) is not None,
                clean=_is_clean(head, at_line_end),
            )
        )
    return results


def accept_headings(
    paragraphs: Sequence[str],
    candidates: Sequence[Candidate],
    *,
    restarts: frozenset[int] = frozenset(),
) -> tuple[Heading, ...]:
    """The candidates whose numbers run in sequence inside their parent, as ``Heading`` objects.

    ``restarts`` are paragraph indexes of unnumbered section titles ("2024年工作安排"): level-1
    numbering may start again at 一、 after them, as it does in government work reports.
    """
    data_lines = _data_line_groups(candidates)
    nested = _nested_lists(candidates)
    expected = {1: 1, 2: 1, 3: 1, 4: 1}
    started = {1: False, 2: False, 3: False, 4: False}
    accepted: list[Candidate] = []
    restart_points = sorted(restarts)
    restart_cursor = 0
    restart_allowed = False
    for number, candidate in enumerate(candidates):
        while (
            restart_cursor < len(restart_points)
            and restart_points[restart_cursor] < candidate.paragraph
        ):
            restart_cursor += 1
            restart_allowed = True
        level = candidate.level
        if candidate.paragraph in data_lines or number in nested:
            continue
        # A deeper level may open the document's outline (a speech using only （一）), but then it
        # must start at one.
        if (
            level > 1
            and not _has_parent(accepted, level)
            and not started[level]
            and candidate.ordinal != 1
        ):
            continue
        n = candidate.ordinal
        want = expected[level]
        fits = n == want or (started[level] and n == want + 1)
        if not fits and n == 1:
            # 一、 again in mid-sequence: reports restart after an unnumbered section title
            # ("2024年工作安排"); anywhere else it is a list inside the body.
            fits = restart_allowed if level == 1 else True
        if not fits:
            continue
        accepted.append(candidate)
        expected[level] = n + 1
        started[level] = True
        if level == 1:
            restart_allowed = False
        for deeper in range(level + 1, 5):
            expected[deeper] = 1
            started[deeper] = False
    accepted = _drop_lonely_level1(accepted)
    return tuple(_to_heading(paragraphs, c) for c in accepted)


def _nested_lists(candidates: Sequence[Candidate]) -> set[int]:
    """Indexes of candidates that sit inside a numbered sequence of a deeper level.

    When （十二） and （十三） are consecutive siblings, a list "一、… 二、… 三、…" printed between
    them is a list inside （十二）'s body (a report's 十件民生实事), not a new part of the outline.
    Only lists that start again at one are dropped, so an outline numbering its （一）（二）（三）
    straight through several 一、 sections keeps its 二、.
    """
    dropped: set[int] = set()
    last_at_level: dict[int, int] = {}
    for index, candidate in enumerate(candidates):
        previous = last_at_level.get(candidate.level)
        if previous is not None and candidate.ordinal == candidates[previous].ordinal + 1:
            between = [
                j for j in range(previous + 1, index) if candidates[j].level < candidate.level
            ]
            if between and candidates[between[0]].ordinal == 1:
                dropped.update(between)
        last_at_level[candidate.level] = index
    return dropped


def _has_parent(accepted: Sequence[Candidate], level: int) -> bool:
    return any(c.level < level for c in accepted)


def _drop_lonely_level1(accepted: list[Candidate]) -> list[Candidate]:
    """A level-1 sequence of one ("一、" with no "二、") is kept only if it reads as a heading."""
    level1 = [c for c in accepted if c.level == 1]
    if len(level1) != 1 or level1[0].clean:
        return accepted
    return [c for c in accepted if c is not level1[0]]


def _data_line_groups(candidates: Sequence[Candidate]) -> set[int]:
    """Paragraphs of level-3/4 runs whose lines mostly state figures: a numbered data list."""
    dropped: set[int] = set()
    group: list[Candidate] = []

    def flush() -> None:
        if len(group) >= 2 and sum(c.figures for c in group) * 2 > len(group):
            dropped.update(c.paragraph for c in group)
        group.clear()

    for candidate in candidates:
        if candidate.level < 3:
            flush()
            continue
        if group and (candidate.level != group[-1].level or candidate.ordinal == 1):
            flush()
        group.append(candidate)
    flush()
    return dropped


def _to_heading(paragraphs: Sequence[str], c: Candidate) -> Heading:
    paragraph = paragraphs[c.paragraph]
    text = paragraph[c.text_start : c.text_end].strip(_SPACE).rstrip("：:").strip(_SPACE)
    body = paragraph[c.body_start :].strip(_SPACE)
    return Heading(
        level=c.level,
        marker=c.marker,
        text=text,
        span=Span(c.paragraph, c.start, c.text_end),
        body=body,
    )


def _level(match: re.Match[str]) -> int:
    for level in (1, 2, 3, 4):
        if match.group(f"l{level}") is not None:
            return level
    return 0  # pragma: no cover - the pattern has exactly four alternatives


def _ordinal(match: re.Match[str]) -> int:
    for level in (1, 2, 3, 4):
        token = match.group(f"n{level}")
        if token is not None:
            return int(token) if token.isdigit() else (from_chinese(token) or 0)
    return 0  # pragma: no cover


def _marker_plausible(paragraph: str, match: re.Match[str]) -> bool:
    if _ordinal(match) <= 0:
        return False
    rest = paragraph[match.end() :]
    if not rest.strip(_SPACE):
        return False
    level = _level(match)
    if level in (1, 2) and NUMERAL_LIST_AFTER_MARKER.match(rest):
        return False  # "二、三级子公司", "一、二等奖", "三、四季度"
    if level in (3, 4) and rest[:1].isdigit():
        return False  # "2、3月份"
    # "1." before a Latin word or a bare figure is not a heading either.
    return not (level == 3 and match.group().rstrip()[-1:] in ".．" and rest[:1].isascii())


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index] in _SPACE:
        index += 1
    return index


def _first_end(paragraph: str, start: int) -> int:
    match = _END.search(paragraph, start)
    return match.start() if match is not None else len(paragraph)


def _is_clean(head: str, at_line_end: bool) -> bool:
    """A heading text that needs no splitting: short, or a whole line of its own."""
    head = head.strip(_SPACE)
    if not head:
        return False
    if at_line_end:
        return len(head) <= _MAX_LINE_HEADING
    return len(head) <= _PLAIN_HEADING and "，" not in head


def _locate_text(
    paragraph: str, start: int, end: int, sibling_lengths: AbstractSet[int]
) -> tuple[int, int, bool]:
    """(text end, body start, glued) for a heading whose text starts at ``start``.

    ``end`` is the first 。 (or the end of the paragraph). A heading ends there unless the part
    before it is too long to be a heading: then scraped text probably glued the heading to its
    body, and we look for the place where a body sentence starts.
    """
    head = paragraph[start:end]
    at_line_end = end == len(paragraph)
    if at_line_end and len(head) <= _MAX_LINE_HEADING:
        return end, end, False
    if not at_line_end and (len(head) <= _PLAIN_HEADING and "，" not in head):
        return end, _skip_space(paragraph, end + 1), False
    split = find_glued_split(
        head, sibling_lengths, strong_only=not at_line_end and len(head) <= _MAX_SPLIT
    )
    if split is not None:
        return start + split, start + split, True
    if not at_line_end and len(head) <= _MAX_SPLIT:
        return end, _skip_space(paragraph, end + 1), False
    colon = head.find("：")
    if 2 <= colon <= 30:
        return start + colon, _skip_space(paragraph, start + colon + 1), False
    if at_line_end:
        comma = head.find("，")
        if 4 <= comma <= 30:
            return start + comma, start + comma + 1, True
        return start, start, False  # a long line with no end mark and no clue: not a heading
    return end, _skip_space(paragraph, end + 1), False


def find_glued_split(
    head: str, sibling_lengths: AbstractSet[int] = frozenset(), *, strong_only: bool = False
) -> int | None:
    """Where the body starts inside ``head`` (a heading glued to its body's first sentence).

    Scores every position by the cues a writer would use: a typical sentence start right after it
    (今年/我们/要/坚持/深入…), a word doubled across it ("抓项目项目建设是…" — the body often opens
    by repeating the heading's last word), a heading-like word before it (……建设/……水平), a short
    adverbial clause after it ("去年，"), and the length of sibling headings that were not glued
    (parallel headings have parallel lengths). None when no position is convincing.

    ``strong_only``: the text up to the 。 is short enough to be a heading with commas, so split
    only on strong evidence (a typical sentence opening or a doubled word).
    """
    best: tuple[int, int] | None = None  # (score, -position)
    limit = min(len(head) - 2, _MAX_SPLIT)
    for i in range(4, limit + 1):
        before, after = head[i - 1], head[i]
        if before in "，、：；“（" or before in BAD_HEADING_END or after in "，、。：；”）":
            continue
        score = 0
        strong = False
        if head.startswith(_STRONG, i):
            score += 4
            strong = True
        elif head.startswith(_VERB, i):
            score += 2
        if head[i - 2 : i] == head[i : i + 2]:
            score += 3
            strong = True
        if strong_only and not strong:
            continue
        rest = head[i:]
        if "，" not in rest and len(rest) < 20:
            continue  # what follows is no body sentence: "凝心聚力推动|全市高质量发展"
        if head[i - 2 : i] in _HEADING_END_WORDS or before == "化":
            score += 1
        if _SHORT_CLAUSE.match(head, i):
            score += 1
        if i in sibling_lengths:
            score += 2
        last_clause = head[:i].rsplit("，", 1)[-1]
        if len(last_clause) < 4:
            score -= 2
        if score >= 3 and (best is None or (score, -i) > best):
            best = (score, -i)
    return -best[1] if best is not None else None
