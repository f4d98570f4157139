"""The plan takes up the review's highlights: each in the part on its topic.

Input: the composed parts, the targets file's highlights (``review.highlights``) and the topic each
names most (``Selector.main_topic``). Output: the parts, the part on a highlight's topic opening
with a sentence that builds on it (``highlight_levers.yaml``: an event hosted → 用好……成果; an
assessment passed → 持续巩固……成果; a project completed → 充分发挥……效益; a title won →
巩固……创建成果), after the targets file's own figures and points there.

Why: the review told the highlight and the plan went on as if it had not happened (round 99's
writers: 承办全省乡村旅游现场会，文旅一节却不提; 义务教育已通过优质均衡评估，部署里反倒写推进均衡).
A highlight of no shape in the table, or on a topic the draft has no part on, is not taken up.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from drafter.compose.model import Paragraph, Part, Piece
from drafter.document import Provenance
from drafter.records import dataclass
from drafter.verdicts import remembered_yaml

REPO_HIGHLIGHT_LEVERS = Path(__file__).with_name("highlight_levers.yaml")


@dataclass(frozen=True, slots=True)
class HighlightLever:
    shape: re.Pattern[str]
    say: str
    example: str
    expect: str


@lru_cache(maxsize=1)
def highlight_levers() -> tuple[HighlightLever, ...]:
    """The table of ``highlight_levers.yaml``, in its order."""
    rows = remembered_yaml("highlightlevers", REPO_HIGHLIGHT_LEVERS)
    return tuple(
        HighlightLever(re.compile(row["shape"]), row["say"], row["example"], row["expect"])
        for row in rows
    )


def lever_sentence(highlight: str) -> str | None:
    """The plan's sentence building on ``highlight`` (None: no shape of the table fits)."""
    found = _lever(highlight)
    return found[0] if found is not None else None


def _lever(highlight: str) -> tuple[str, str] | None:
    """The plan's sentence building on ``highlight`` and the thing it names."""
    text = highlight.strip().rstrip("。；;，,")
    for lever in highlight_levers():
        found = lever.shape.match(text)
        if found is not None:
            return lever.say.format(thing=found.group("thing")), found.group("thing")
    return None


# a thing this long said again in the part is the thing the lever names (义务教育优质均衡发展)
THING_CHARS = 6


def highlights_taken_up(
    parts: Sequence[Part],
    highlights: Sequence[str],
    topic_of: Callable[[str], str | None],
) -> list[Part]:
    """``parts`` with each highlight's sentence in the part on its topic (see the module)."""
    result = list(parts)
    for index, highlight in enumerate(highlights):
        lever = _lever(highlight)
        topic = topic_of(highlight) if lever is not None else None
        at = next((i for i, p in enumerate(result) if p.topic == topic), None)
        if lever is None or at is None:
            continue
        sentence, thing = lever
        part = result[at]
        if any(sentence in p.text for p in part.paragraphs):
            continue
        key = f"review.highlights[{index}]"
        piece = Piece(sentence, Provenance(yaml_key=key))
        paragraphs = _without_aims_at(part.paragraphs, thing)
        result[at] = replace(part, paragraphs=_opening_with(paragraphs, piece))
    return result


def _without_aims_at(paragraphs: Sequence[Paragraph], thing: str) -> tuple[Paragraph, ...]:
    """``paragraphs`` without the bank sentences that name ``thing`` as still to do (强化“双减”
    落实，推进义务教育优质均衡发展 after 持续巩固义务教育优质均衡发展成果: round 101's writer —
    已经通过评估，后一句应改为巩固成果); a paragraph left with none goes."""
    if len(thing) < THING_CHARS:
        return tuple(paragraphs)
    kept: list[Paragraph] = []
    for paragraph in paragraphs:
        pieces = tuple(p for p in paragraph.pieces if not (p.mined and thing in p.text))
        if pieces:
            kept.append(
                replace(paragraph, pieces=pieces) if pieces != paragraph.pieces else paragraph
            )
    return tuple(kept)


def _opening_with(paragraphs: Sequence[Paragraph], piece: Piece) -> tuple[Paragraph, ...]:
    """The part's paragraphs, the first one taking ``piece`` after the targets file's own
    figures and points that open it (after its bold lead, where it has one: a sentence of its
    own between the heading and the items read as a stray line)."""
    if not paragraphs:
        return (Paragraph((piece,)),)
    first = paragraphs[0]
    at = 0
    while at < len(first.pieces) and first.pieces[at].told:
        at += 1
    pieces = (*first.pieces[:at], piece, *first.pieces[at:])
    return (replace(first, pieces=pieces), *paragraphs[1:])
