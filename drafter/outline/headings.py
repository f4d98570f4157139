"""Numbered headings: normalised paragraphs → accepted ``Heading`` objects, in document order.

Two steps. ``find_candidates`` looks at each paragraph alone: does it open with a marker
(一、 （一） 1. （1）) — or, in a paragraph that swallowed several, follow a sentence end — and
where does the heading text end (``heading_text``). ``accept_headings`` then looks at the
whole document: a level's numbers must run in sequence inside their parent (一、 then 二、 …;
（一） restarts under each 一、), so a paragraph that happens to open with "三、四季度" or a list
of figures numbered 1. 2. 3. does not become a heading.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from drafter.numerals import from_chinese
from drafter.outline.heading_text import (
    GRAM,
    MAX_LINE_HEADING,
    Siblings,
    is_clean,
    locate_text,
    skip_space,
    usual_lengths,
)
from drafter.outline.markers import HEADING_MARKER, NUMERAL_LIST_AFTER_MARKER
from drafter.outline.model import Heading, Span
from drafter.records import dataclass

_SPACE = " \t\u3000\xa0"
_END = re.compile(r"[。！？!?]")
# Inline heading markers: right after a sentence end, inside a long paragraph.
_INLINE_MARKER = re.compile(r"(?P<end>[。！？：])\s*(?P<marker>[一二三四五六七八九十（(])")
_INLINE_MIN = 150
_RUN_IN_MIN = 20
# How far ahead a skipped number is looked for.
_LOOKAHEAD = 60
# Figures in a numbered line: "地区生产总值1234亿元", "增长6.5%".
_FIGURE = re.compile(
    r"\d[\d.,]*\s*(?:%|％|亿|万|千|元|吨|个|人|户|家|项|公里|亩|平方|米|辆|座|所|次|倍)"
)
_NUMBER_RANGE = re.compile(r"\s*\d{1,3}(?:[、，,.．~～\-—月日号%％个]|$)")


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
    body_end: int  # the next heading site in the paragraph, or the paragraph's end
    inline: bool = False  # found inside a paragraph, after a sentence end


def find_candidates(paragraphs: Sequence[str]) -> list[Candidate]:
    """Every heading marker that opens a paragraph (or, in a long paragraph, follows a 。), with
    its heading text located."""
    sites = _find_sites(paragraphs)
    clean_lengths: dict[int, Counter[int]] = {}
    grams: dict[int, Counter[str]] = {}
    located: list[tuple[_Site, int, int]] = []
    for site in sites:
        paragraph = paragraphs[site.paragraph]
        text_start = _text_start(paragraph, site)
        end = _first_end(paragraph, text_start, site.end)
        head = paragraph[text_start:end]
        level = _level(site.match)
        if is_clean(head, end == site.end):
            clean_lengths.setdefault(level, Counter())[len(head.rstrip("：:"))] += 1
        grams.setdefault(level, Counter()).update(
            {head[k : k + GRAM] for k in range(min(len(head), MAX_LINE_HEADING) - GRAM + 1)}
        )
        located.append((site, text_start, end))
    results: list[Candidate] = []
    for site, text_start, end in located:
        level = _level(site.match)
        paragraph = paragraphs[site.paragraph]
        head = paragraph[text_start:end]
        at_line_end = end == site.end
        siblings = Siblings(usual_lengths(clean_lengths.get(level)), grams.get(level, Counter()))
        text_end, body_start, glued = locate_text(paragraph, text_start, end, site.end, siblings)
        if text_end <= text_start:
            continue
        text = paragraph[text_start:text_end]
        results.append(
            Candidate(
                paragraph=site.paragraph,
                start=site.start,
                level=level,
                ordinal=_ordinal(site.match),
                marker=re.sub(r"\s+", "", site.match.group()),
                text_start=text_start,
                text_end=text_end,
                body_start=body_start,
                glued=glued,
                figures=_FIGURE.search(text) is not None,
                clean=is_clean(head, at_line_end),
                body_end=site.end,
                inline=site.inline,
            )
        )
    return results


@dataclass(frozen=True, slots=True)
class _Site:
    paragraph: int
    start: int
    end: int  # where the next heading site in the paragraph starts, or the paragraph's end
    match: re.Match[str]
    inline: bool


def _find_sites(paragraphs: Sequence[str]) -> list[_Site]:
    sites: list[_Site] = []
    for index, paragraph in enumerate(paragraphs):
        starts: list[tuple[int, re.Match[str], bool]] = []
        offset = len(paragraph) - len(paragraph.lstrip(_SPACE))
        match = HEADING_MARKER.match(paragraph, offset)
        if match is not None and _marker_plausible(paragraph, match):
            starts.append((offset, match, False))
        if len(paragraph) >= _RUN_IN_MIN:
            # A paragraph that swallowed several (a one-line file, lost line breaks): 一、 and
            # （一） right after a sentence end may open headings too; the sequence check decides.
            # A （二） run into its sibling's body ("（一）扩大投资。……。（二）加快乡村振兴。……")
            # is common in reports at any length; 一、 only in a long paragraph (a one-line file).
            for inline in _INLINE_MARKER.finditer(paragraph):
                marker = HEADING_MARKER.match(paragraph, inline.start("marker"))
                # After a colon only 一、 ("抓好九个方面工作：一、……"): "（一）" after a colon is
                # a list inside the sentence.
                colon = inline.group("end") == "："
                if (
                    marker is not None
                    and (_level(marker) == 2 or len(paragraph) >= _INLINE_MIN)
                    and _level(marker) <= (1 if colon else 2)
                    and (not colon or _ordinal(marker) == 1)
                    and _marker_plausible(paragraph, marker)
                ):
                    starts.append((inline.start("marker"), marker, True))
        for number, (start, marker, is_inline) in enumerate(starts):
            end = starts[number + 1][0] if number + 1 < len(starts) else len(paragraph)
            sites.append(_Site(index, start, end, marker, is_inline))
    return sites


def accept_headings(
    candidates: Sequence[Candidate],
    *,
    restarts: frozenset[int] = frozenset(),
) -> tuple[Candidate, ...]:
    """The candidates whose numbers run in sequence inside their parent.

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
        if (
            candidate.inline
            and candidate.ordinal == 1
            and _line_start_one_follows(candidates, number)
        ):
            continue  # "主要任务是：一、……" in the opening; the outline's 一、 comes later
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
        fits = n == want or (
            started[level]
            and n == want + 1
            and not candidate.inline
            and not _missing_comes_later(candidates, number, want)
        )
        if not fits and n == 1 and not candidate.inline:
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
    return tuple(_drop_lonely_level1(accepted))


def to_heading(paragraphs: Sequence[str], candidate: Candidate) -> Heading:
    """The ``Heading`` of an accepted candidate; ``body`` runs to the next heading or line end."""
    paragraph = paragraphs[candidate.paragraph]
    text = paragraph[candidate.text_start : candidate.text_end]
    text = text.strip(_SPACE).rstrip("：:").strip(_SPACE)
    body = paragraph[candidate.body_start : candidate.body_end].strip(_SPACE)
    return Heading(
        level=candidate.level,
        marker=candidate.marker,
        text=text,
        span=Span(candidate.paragraph, candidate.start, candidate.text_end),
        body=body,
    )


def _line_start_one_follows(candidates: Sequence[Candidate], index: int) -> bool:
    """True when a later paragraph opens with number one at this level: an inline 一、 before it
    is a list inside a sentence."""
    level = candidates[index].level
    for later in candidates[index + 1 :]:
        if later.level < level and not later.inline and level > 1:
            return False  # a new parent: its （一） starts its own list
        if later.level == level and later.ordinal == 1 and not later.inline:
            return True
    return False


def _missing_comes_later(candidates: Sequence[Candidate], index: int, missing: int) -> bool:
    """True when the number skipped by ``candidates[index]`` turns up later in the same parent:
    then this candidate is out of order ("一、… 三、是全年的重点。 二、…"), not after a lost one."""
    level = candidates[index].level
    for later in candidates[index + 1 : index + 1 + _LOOKAHEAD]:
        if later.level < level:
            return False
        if later.level == level and later.ordinal == missing:
            return True
    return False


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
    if level in (2, 4) and rest.startswith("、"):
        rest = rest[1:]  # "（一）、加强领导": a stray 、 after the bracket
    if level in (1, 2) and NUMERAL_LIST_AFTER_MARKER.match(rest):
        return False  # "二、三级子公司", "一、二等奖", "三、四季度"
    if rest.lstrip(_SPACE).startswith(("是", "要", "则")):
        return False  # "一、是要坚持……": a run written with a stray 、, not a heading
    if level in (3, 4) and _NUMBER_RANGE.match(rest):
        return False  # "2、3月份", "1、2号楼" (a year, "1、2023年工作回顾", is fine)
    # "1." before a Latin word or a bare figure is not a heading either.
    return not (level == 3 and match.group().rstrip()[-1:] in ".．" and rest[:1].isascii())


def _text_start(paragraph: str, site: _Site) -> int:
    """Where the heading text starts: after the marker, spaces and the stray 、 of "（一）、"."""
    start = skip_space(paragraph, site.match.end(), site.end)
    if _level(site.match) in (2, 4) and paragraph.startswith("、", start):
        start = skip_space(paragraph, start + 1, site.end)
    return start


def _first_end(paragraph: str, start: int, stop: int) -> int:
    match = _END.search(paragraph, start, stop)
    return match.start() if match is not None else stop
