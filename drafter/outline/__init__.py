"""The outline stage: normalised paragraphs → ``Outline`` (title, parts, headings, runs, leads).

``parse_outline`` is the one grammar of Chinese speech structure that ``drafter outline``, the
miner and lint all read with. It never raises on any text: what it cannot find is left out.
The work is split by concept: ``parts`` (title, salutation, opening, transition, closing),
``headings`` (一、 （一） 1. （1）), ``runs`` (一是/一要/第一/首先), ``leads`` (lead sentences),
``sentences`` (sentence spans) and ``tree`` (the terminal view).
"""

from __future__ import annotations

from collections.abc import Sequence

from drafter.outline.headings import Candidate, accept_headings, find_candidates, to_heading
from drafter.outline.leads import LeadRegion, find_leads
from drafter.outline.model import (
    Enumeration,
    EnumItem,
    Heading,
    LeadSentence,
    Outline,
    Part,
    Span,
)
from drafter.outline.parts import (
    Front,
    find_announcement,
    find_appendix,
    find_closing,
    find_front,
    find_opening,
    find_section_titles,
    find_transition,
    find_turn,
)
from drafter.outline.runs import Region, find_runs
from drafter.outline.sentences import split_sentences
from drafter.outline.tree import format_outline

__all__ = [
    "EnumItem",
    "Enumeration",
    "Heading",
    "LeadSentence",
    "Outline",
    "Part",
    "Span",
    "format_outline",
    "parse_outline",
    "split_sentences",
]

_SPACE = " \t\u3000\xa0"
# Paragraphs after the opening searched for a transition when the speech has no headings.
_REACH = 2


def parse_outline(paragraphs: Sequence[str]) -> Outline:
    """The outline of a speech given as normalised paragraphs (``SourceText.paragraphs``)."""
    paras = tuple(p if isinstance(p, str) else str(p) for p in paragraphs)
    stop = find_appendix(paras)
    front = find_front(paras, stop)
    body = front.body_paragraph
    candidates = [c for c in find_candidates(paras[:stop]) if c.paragraph >= body]
    candidate_paragraphs = {c.paragraph for c in candidates}
    sequence_starts = {c.paragraph for c in candidates if c.level == 1 and c.ordinal == 1}
    sections = find_section_titles(paras, body, stop, candidate_paragraphs, sequence_starts)
    accepted = accept_headings(candidates, restarts=frozenset(s.span.paragraph for s in sections))
    headings = tuple(to_heading(paras, c) for c in accepted)
    heading_starts: dict[int, int] = {}
    for heading in headings:
        heading_starts.setdefault(heading.span.paragraph, heading.span.start)

    opening = find_opening(paras, front, stop, heading_starts)
    closing = find_closing(paras, body, stop, heading_starts, opening)
    transition = _find_transition(paras, body, stop, headings, opening)
    regions, lead_regions = _body_regions(
        paras, front, stop, accepted, sections, (opening, transition, closing)
    )
    return Outline(
        paragraphs=paras,
        title=front.title,
        salutation=front.salutation,
        opening=opening,
        transition=transition,
        closing=closing,
        headings=headings,
        enumerations=find_runs(paras, regions),
        lead_sentences=find_leads(paras, lead_regions),
        front=front.front,
        sections=sections,
    )


def _find_transition(
    paras: tuple[str, ...],
    body: int,
    stop: int,
    headings: tuple[Heading, ...],
    opening: Part | None,
) -> Part | None:
    """The sentence announcing the points (before the first heading), else a report's work-plan
    announcement, else a turn from review to problems ("在肯定成绩的同时……")."""
    after_opening = opening.span.paragraph + 1 if opening is not None else body
    transition: Part | None = None
    if headings:
        head = headings[0].span
        transition = find_transition(paras, body, head.paragraph, head.start)
        if transition is None:
            transition = find_announcement(paras, body, stop)
    elif opening is not None:
        transition = find_transition(paras, opening.span.paragraph, after_opening + _REACH)
    if transition is None and opening is not None:
        until = headings[0].span.paragraph if headings else after_opening + _REACH
        transition = find_turn(paras, opening.span.paragraph, until)
    return transition


def _body_regions(
    paras: tuple[str, ...],
    front: Front,
    stop: int,
    accepted: Sequence[Candidate],
    sections: Sequence[Part],
    parts: tuple[Part | None, Part | None, Part | None],
) -> tuple[list[Region], list[LeadRegion]]:
    """The stretches of body text where runs and lead sentences are looked for.

    Heading texts are left out; each heading's body opens a new scope (runs close there, lead
    sentences are grouped by it), and so does an unnumbered section title. The closing is left
    out, and the opening and transition paragraphs hold no lead sentences.
    """
    opening, transition, closing = parts
    body = front.body_paragraph
    heading_paragraphs = {c.paragraph for c in accepted}
    end = stop
    if closing is not None:
        end = closing.span.paragraph + (1 if closing.span.start > 0 else 0)
    section_paragraphs = {s.span.paragraph for s in sections}
    by_paragraph: dict[int, list[Candidate]] = {}
    for candidate in accepted:
        by_paragraph.setdefault(candidate.paragraph, []).append(candidate)
    regions: list[Region] = []
    lead_regions: list[LeadRegion] = []
    scope = -1
    skip_for_leads = {p.span.paragraph for p in (opening, transition) if p is not None}
    for index in range(body, end):
        paragraph = paras[index]
        if index in section_paragraphs:
            scope += 1
            continue
        if not paragraph.strip(_SPACE):
            continue
        followed = index + 1 < end and index + 1 not in heading_paragraphs
        pieces: list[tuple[int, int, bool]] = []  # (start, end, opens a heading's body)
        here = by_paragraph.get(index, [])
        first = here[0].start if here else len(paragraph)
        start = front.body_offset if index == body else 0
        if start < first:
            pieces.append((start, first, False))
        pieces.extend((c.body_start, c.body_end, True) for c in here)
        if closing is not None and index == closing.span.paragraph:
            cut = closing.span.start  # a closing inside the last paragraph ends its body
            pieces = [(a, min(b, cut), o) for a, b, o in pieces if a < cut]
        for piece_start, piece_end, opens in pieces:
            if opens:
                scope += 1
            regions.append(Region(index, piece_start, piece_end, new_scope=opens))
            if opens or index not in skip_for_leads:
                last = piece_end == len(paragraph)
                lead_regions.append(
                    LeadRegion(index, piece_start, piece_end, scope, followed or not last)
                )

    return regions, lead_regions
