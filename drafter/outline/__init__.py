"""The outline stage: normalised paragraphs → ``Outline`` (title, parts, headings, runs, leads).

``parse_outline`` is the one grammar of Chinese speech structure that ``drafter outline``, the
miner and lint all read with. It never raises on any text: what it cannot find is left out.
The work is split by concept: ``parts`` (title, salutation, opening, transition, closing),
``headings`` (一、 （一） 1. （1）), ``runs`` (一是/一要/第一/首先), ``leads`` (lead sentences),
``sentences`` (sentence spans) and ``tree`` (the terminal view).
"""

from __future__ import annotations

from collections.abc import Sequence

from drafter.outline.headings import accept_headings, find_candidates
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
    find_appendix,
    find_closing,
    find_front,
    find_opening,
    find_section_titles,
    find_transition,
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
_TRANSITION_REACH = 2


def parse_outline(paragraphs: Sequence[str]) -> Outline:
    """The outline of a speech given as normalised paragraphs (``SourceText.paragraphs``)."""
    paras = tuple(p if isinstance(p, str) else str(p) for p in paragraphs)
    stop = find_appendix(paras)
    front = find_front(paras, stop)
    body = front.body_paragraph
    candidates = [c for c in find_candidates(paras[:stop]) if c.paragraph >= body]
    candidate_paragraphs = {c.paragraph for c in candidates}
    sections = find_section_titles(paras, body, stop, candidate_paragraphs)
    headings = accept_headings(
        paras, candidates, restarts=frozenset(s.span.paragraph for s in sections)
    )
    heading_paragraphs = {h.span.paragraph for h in headings}

    opening = find_opening(paras, front, stop, heading_paragraphs)
    first_heading = min(heading_paragraphs, default=None)
    after_opening = opening.span.paragraph + 1 if opening is not None else body
    closing = find_closing(paras, after_opening, stop, heading_paragraphs)
    if first_heading is not None:
        transition = find_transition(paras, body, first_heading)
    elif opening is not None:
        transition = find_transition(
            paras, opening.span.paragraph, after_opening + _TRANSITION_REACH
        )
    else:
        transition = None

    end = closing.span.paragraph if closing is not None else stop
    section_paragraphs = {s.span.paragraph for s in sections}
    body_starts = {h.span.paragraph: _body_offset(paras[h.span.paragraph], h) for h in headings}
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
        start = front.body_offset if index == body else 0
        is_heading = index in body_starts
        if is_heading:
            start = body_starts[index]
            scope += 1
        regions.append(Region(index, start, len(paragraph), new_scope=is_heading))
        if index not in skip_for_leads:
            followed = index + 1 < end and index + 1 not in heading_paragraphs
            lead_regions.append(LeadRegion(index, start, len(paragraph), scope, followed))

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


def _body_offset(paragraph: str, heading: Heading) -> int:
    """Where the body starts in a heading's paragraph (its length when there is no body)."""
    if not heading.body:
        return len(paragraph)
    return len(paragraph.rstrip(_SPACE)) - len(heading.body)
