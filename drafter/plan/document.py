"""A ``SpeechPlan`` as a ``Document`` the writers set: .docx in the speech's own styles (the
heading of each part in 黑体, its leads as （一）（二） in 楷体), .md or .txt — one or two
pages a leader reads. Headings and leads keep their provenance, so ``--comments`` shows each
one's source (a mined frame, a curated entry, the writer's own title in the targets file)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.document import Block, Document, DocumentMeta, Role, Run
from drafter.plan.model import SpeechPlan
from drafter.plan.notation import TITLE_MARK, format_annotation, lead_line, part_line

if TYPE_CHECKING:
    from drafter.writers import Style


def plan_document(plan: SpeechPlan) -> Document:
    blocks = [Block.plain(Role.TITLE, plan.title + TITLE_MARK)]
    if plan.speaker_line:
        blocks.append(Block.plain(Role.SPEAKER, plan.speaker_line))
    if plan.date_line:
        blocks.append(Block.plain(Role.DATE, plan.date_line))
    if plan.length:
        front = f"，开篇部分约占{plan.front_share:.0f}%" if plan.front_share else ""
        blocks.append(Block.plain(Role.BODY, f"（全文约{round(plan.length, -2)}字{front}）"))
    for number, part in enumerate(plan.parts, start=1):
        marker = part_line(number, "")
        blocks.append(
            Block(Role.HEADING_1, (Run(marker), Run(part.heading, provenance=part.provenance)))
        )
        annotation = format_annotation(part.topic, part.section, part.share, plan.length)
        blocks.append(Block.plain(Role.BODY, annotation))
        for index, lead in enumerate(part.leads, start=1):
            # a body paragraph in the level-2 heading's font: a run of heading paragraphs would
            # be kept with the next one, pushing whole parts onto the next page
            ordinal = Run(lead_line(index, ""), heading_level=2)
            text = Run(lead.text, heading_level=2, provenance=lead.provenance)
            blocks.append(Block(Role.BODY, (ordinal, text)))
    if plan.closing_share:
        blocks.append(Block.plain(Role.BODY, f"（结束语，约占全文{plan.closing_share:.0f}%）"))
    # no seed: a plan is no draft, and carries no record of generated paragraphs
    return Document(tuple(blocks), DocumentMeta(title=plan.title + TITLE_MARK))


PLAN_LINE_SPACING_PT = 22.0  # 29 lines a page instead of the speech's 22: a plan on two pages


def plan_style(style_path: Path | None, fonts: str | None) -> Style:
    """The speech's style, set closer (a working paper, not the speech) unless the writer
    gave a style file of their own."""
    from drafter.writers import DEFAULT_STYLE, resolve_style

    style = resolve_style(style_path, fonts) or DEFAULT_STYLE
    if style_path is not None:
        return style
    return replace(style, line_spacing_pt=PLAN_LINE_SPACING_PT)
