"""A speech someone already wrote, as a ``Document``: input an ``Outline``, output the model.

This is how ``drafter typeset`` sets a hand-written speech (.txt, .md or .docx) in the office
format: the outline parser has already found the title, the lines under it, the salutation, the
numbered headings and the lead sentences; each paragraph gets the matching role, a heading that
runs into its paragraph ("（一）全力以赴抓项目。项目建设是……") becomes a run-in heading run,
and lead sentences become bold runs. Everything else is body text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from drafter.document import Block, Document, DocumentMeta, Role, Run

if TYPE_CHECKING:  # importing drafter.outline loads the whole parser (~0.1 s)
    from drafter.outline.model import Outline

# A date line under the title: （2025年2月10日）, 2025年2月10日, （二〇二五年二月十日）.
_DATE_LINE = re.compile(
    r"^[（(]?\s*[\d〇零一二三四五六七八九十]{2,4}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日\s*[）)]?$"
)
_STOPS = "。．.！？"


def document_from_outline(outline: Outline) -> Document:
    """Every paragraph of ``outline`` as a block with its role; headings and leads as runs."""
    paragraphs = outline.paragraphs
    roles: dict[int, Role] = {}
    if outline.title is not None:
        roles[outline.title.span.paragraph] = Role.TITLE
    for part in outline.front:
        index = part.span.paragraph
        roles.setdefault(index, Role.DATE if _DATE_LINE.match(paragraphs[index]) else Role.SPEAKER)
    if outline.salutation is not None:
        roles.setdefault(outline.salutation.span.paragraph, Role.SALUTATION)
    for part in outline.sections:
        roles.setdefault(part.span.paragraph, Role.HEADING_1)
    # paragraph → (start, end, heading level or 0 for a bold lead sentence)
    marks: dict[int, list[tuple[int, int, int]]] = {}
    for heading in outline.headings:
        index, span = heading.span.paragraph, heading.span
        if index in roles or not 1 <= heading.level <= 4:
            continue
        text = paragraphs[index]
        end = _through_stop(text, span.end)
        if span.start == 0 and not text[end:].strip():
            roles[index] = Role.heading(heading.level)
        else:
            marks.setdefault(index, []).append((span.start, end, heading.level))
    for lead in outline.lead_sentences:
        index, span = lead.span.paragraph, lead.span
        if roles.get(index, Role.BODY) is Role.BODY:
            marks.setdefault(index, []).append(
                (span.start, _through_stop(paragraphs[index], span.end), 0)
            )
    blocks = []
    for index, text in enumerate(paragraphs):
        role = roles.get(index, Role.BODY)
        if role is Role.BODY and index in marks:
            blocks.append(Block(role, _runs(text, marks[index])))
        else:
            blocks.append(Block.plain(role, text))
    title = outline.title.text if outline.title is not None else ""
    return Document(tuple(blocks), DocumentMeta(title=title))


def _through_stop(text: str, end: int) -> int:
    """Spans stop before the sentence's 。; the heading or lead sentence includes it."""
    return end + 1 if end < len(text) and text[end] in _STOPS else end


def _runs(text: str, marks: list[tuple[int, int, int]]) -> tuple[Run, ...]:
    runs: list[Run] = []
    position = 0
    for start, end, level in sorted(marks):
        if start < position or start >= end:
            continue  # overlapping or empty: keep the first
        if start > position:
            runs.append(Run(text[position:start]))
        runs.append(Run(text[start:end], bold=level == 0, heading_level=level or None))
        position = end
    if position < len(text):
        runs.append(Run(text[position:]))
    return tuple(runs)
