"""A plan the writer approved, as compose takes it: each numbered part's share and leads.

Input: a composed ``Part`` (its heading already the plan's, given as the section's title) and
the part's leads from the plan; output: the part with exactly those leads, in the plan's order,
each opening a paragraph of the part's material — the paragraph the bank gave that lead when the
writer kept it, else the one whose words are closest to it, else material composed for it. A
paragraph whose lead the writer deleted is left out (its figures and points move to the part's
first paragraph, so the targets are still said). A part the plan gives no leads is composed
freely. The leads are the writer's words verbatim: only the part's ordinals (一要……) and a
closing 。 are added, as the bank's leads get them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from drafter.compose.model import Paragraph, Part, Piece
from drafter.compose.section import PARAGRAPH_CHARS, compose_part
from drafter.compose.select import Selector, bigrams
from drafter.compose.wording import ORDINAL as ORDINAL
from drafter.compose.wording import ordinal_prefix
from drafter.document import Provenance
from drafter.records import dataclass

_END = "。；，！？：、 "
JOIN_CHARS = 600  # a paragraph that takes left-over material stays under this
TRIM_ABOVE = 1.1  # a part longer than this share of its budget is trimmed
_REQUIRED = re.compile(r"\.(?:figures|points)\[")


def bare_lead(text: str) -> str:
    """A lead as the plan shows it: no ordinal, no closing punctuation."""
    return ORDINAL.sub("", text.strip()).rstrip(_END)


@dataclass(frozen=True, slots=True)
class PartLayout:
    """Per numbered part (the sections of the targets, in order): its weight in the length and
    the leads the plan gives it (empty: compose freely). ``fit`` sizes the part to ``budget``."""

    weights: tuple[float, ...]
    leads: tuple[tuple[str, ...], ...]

    def fit(self, part: Part, selector: Selector, style: str, budget: int) -> Part:
        """``part`` with the plan's heading provenance and leads."""
        index = part.number - 1
        source = part.heading.provenance or Provenance()
        heading = Piece(part.heading.text, replace(source, origin="plan"))
        leads = self.leads[index] if index < len(self.leads) else ()
        if not leads:
            return replace(part, heading=heading)
        paragraphs = _fit_leads(part, leads, selector, style, budget)
        return replace(part, heading=heading, paragraphs=tuple(paragraphs))


def _fit_leads(
    part: Part, leads: tuple[str, ...], selector: Selector, style: str, budget: int
) -> list[Paragraph]:
    # a lead of the plan said in the part as a plain sentence (a run-in head of prose) is the
    # plan's lead, said once, at the head of its item
    paragraphs = [p for p in (_led_by(p, leads) for p in part.paragraphs) if p.pieces or p.lead]
    intro = paragraphs[:1] if paragraphs and paragraphs[0].lead is None else []
    rest = paragraphs[len(intro) :]
    taken = _match(leads, rest)
    missing = [i for i in range(len(leads)) if i not in taken]
    extra = _more_material(part, selector, len(missing)) if missing else []
    bodies = [rest[taken[i]].pieces if i in taken else () for i in range(len(leads))]
    for i in missing:
        bodies[i] = extra.pop(0) if extra else ()
    left = [p for j, p in enumerate(rest) if j not in taken.values()]
    room = max(len(leads) * 40, budget - sum(len(p.text) for p in intro) - len(part.heading.text))
    bodies, required = _fill(leads, bodies, left, room)
    bodies = _trim(bodies, room)
    numbered = _numbered(rest, style)
    items = [
        Paragraph(body, _lead_piece(lead, i, len(leads), style if numbered else "lead", part))
        for i, (lead, body) in enumerate(zip(leads, bodies, strict=True), start=1)
    ]
    if required:
        if intro:
            intro = [Paragraph((*intro[0].pieces, *required))]
        else:
            items[0] = Paragraph((*required, *items[0].pieces), items[0].lead)
    return [*intro, *items]


def _led_by(paragraph: Paragraph, leads: tuple[str, ...]) -> Paragraph:
    """``paragraph`` without the plain sentences that say one of ``leads``; when the first
    does, with it as its lead."""
    said = [i for i, p in enumerate(paragraph.pieces) if bare_lead(p.text) in leads]
    if not said:
        return paragraph
    pieces = tuple(p for i, p in enumerate(paragraph.pieces) if i not in said)
    if paragraph.lead is None and said[0] == 0 and pieces:
        return Paragraph(pieces, paragraph.pieces[0])
    return Paragraph(pieces, paragraph.lead)


def _match(leads: tuple[str, ...], rest: list[Paragraph]) -> dict[int, int]:
    """Lead index → the paragraph of ``rest`` it opens: the one the bank gave that very lead,
    else the one closest in words (each paragraph once)."""
    taken: dict[int, int] = {}
    for i, lead in enumerate(leads):
        for j, paragraph in enumerate(rest):
            if (
                j not in taken.values()
                and paragraph.lead is not None
                and bare_lead(paragraph.lead.text) == lead
            ):
                taken[i] = j
                break
    for i, lead in enumerate(leads):
        if i in taken:
            continue
        grams = bigrams(lead)
        best: tuple[int, int] | None = None
        for j, paragraph in enumerate(rest):
            if j in taken.values():
                continue
            score = len(grams & bigrams(paragraph.text))
            if best is None or score > best[0]:
                best = (score, j)
        if best is not None:
            taken[i] = best[1]
    return taken


def _size(pieces: tuple[Piece, ...]) -> int:
    return sum(len(p.text) for p in pieces)


def _fill(
    leads: tuple[str, ...], bodies: list[tuple[Piece, ...]], left: list[Paragraph], room: int
) -> tuple[list[tuple[Piece, ...]], list[Piece]]:
    """The material no lead took joins the item closest to it in words while the part is short
    of its share (its own lead, if any, is not said); the rest is left out, but the figures and
    points it carried stay in the part (returned to open it)."""
    bodies = list(bodies)
    left = list(left)
    # a lead nothing was found for first takes the left-over paragraph closest to it in words:
    # the writer's lead is said with material, not alone (nor left out)
    for i, lead in enumerate(leads):
        if bodies[i] or not left:
            continue
        grams = bigrams(lead)
        best = max(range(len(left)), key=lambda j: (len(grams & bigrams(left[j].text)), -j))
        bodies[i] = left.pop(best).pieces
    required: list[Piece] = []
    for paragraph in left:
        total = sum(_size(body) for body in bodies)
        if total < room:
            grams = bigrams(paragraph.text)
            scores = [
                len(grams & bigrams(leads[i] + "".join(p.text for p in bodies[i])))
                for i in range(len(leads))
            ]
            target = max(range(len(leads)), key=lambda i: (scores[i], -_size(bodies[i]), -i))
            if _size(bodies[target]) + _size(paragraph.pieces) <= JOIN_CHARS:
                bodies[target] = bodies[target] + paragraph.pieces
                continue
        required += [p for p in paragraph.pieces if _is_required(p)]
    return bodies, required


def _trim(bodies: list[tuple[Piece, ...]], room: int) -> list[tuple[Piece, ...]]:
    """Items beyond the part's share lose their last sentences (never their first, nor the
    targets' figures and points), longest item first."""
    bodies = list(bodies)
    while sum(_size(body) for body in bodies) > TRIM_ABOVE * room:
        longest = max(range(len(bodies)), key=lambda i: (_size(bodies[i]), -i))
        body = bodies[longest]
        cut = next((k for k in range(len(body) - 1, 0, -1) if not _is_required(body[k])), None)
        if cut is None:
            break
        bodies[longest] = body[:cut] + body[cut + 1 :]
    return bodies


def _is_required(piece: Piece) -> bool:
    key = piece.provenance.yaml_key if piece.provenance else None
    return bool(key and _REQUIRED.search(key))


def _numbered(paragraphs: list[Paragraph], style: str) -> bool:
    """Whether the part was composed as a numbered run (一要……二要……)."""
    if style == "lead":
        return False
    led = [p for p in paragraphs if p.lead is not None]
    return bool(led) and all(
        p.lead is not None and p.lead.text.startswith(ordinal_prefix(i, len(led), style))
        for i, p in enumerate(led, start=1)
    )


def _lead_piece(lead: str, index: int, count: int, style: str, part: Part) -> Piece:
    text = lead if lead.endswith(tuple("。！？")) else lead + "。"
    if style != "lead" and not ORDINAL.match(lead):
        text = ordinal_prefix(index, count, style) + text
    # the bank's provenance when the writer kept the bank's lead
    for paragraph in part.paragraphs:
        if paragraph.lead is not None and bare_lead(paragraph.lead.text) == lead:
            source = paragraph.lead.provenance or Provenance()
            return Piece(text, replace(source, origin="plan"))
    return Piece(text, Provenance(origin="plan"))


def _more_material(part: Part, selector: Selector, count: int) -> list[tuple[Piece, ...]]:
    """Bodies for ``count`` leads the part's own material did not cover: composed sentence by
    sentence on the part's topic, each paragraph's sentences one body."""
    extra = compose_part(
        selector,
        number=part.number,
        topic=part.topic,
        heading=part.heading,
        section=None,
        section_index=part.section,
        budget=PARAGRAPH_CHARS * count + len(part.heading.text),
        style="lead",
        same_section=True,
    )
    bodies = [p.pieces for p in extra.paragraphs if p.pieces]
    return bodies[:count]
