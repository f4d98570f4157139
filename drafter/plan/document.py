"""A ``SpeechPlan`` as a ``Document`` the writers set: .docx in the speech's own styles (the
heading of each part in 黑体, its leads as （一）（二）), .md or .txt — one or two pages a leader
reads. Headings and leads keep their provenance, so ``--comments`` shows each one's source
(a mined frame, a curated entry, the writer's own title in the targets file)."""

from __future__ import annotations

from drafter.document import Block, Document, DocumentMeta, Role, Run
from drafter.plan.model import SpeechPlan
from drafter.plan.notation import TITLE_MARK, format_annotation, lead_line, part_line


def plan_document(plan: SpeechPlan) -> Document:
    blocks = [Block.plain(Role.TITLE, plan.title + TITLE_MARK)]
    if plan.speaker_line:
        blocks.append(Block.plain(Role.SPEAKER, plan.speaker_line))
    if plan.date_line:
        blocks.append(Block.plain(Role.DATE, plan.date_line))
    if plan.length:
        blocks.append(Block.plain(Role.BODY, f"（全文约{round(plan.length, -2)}字）"))
    if plan.front_share:
        blocks.append(Block.plain(Role.BODY, f"（开篇部分，约占全文{plan.front_share:.0f}%）"))
    for number, part in enumerate(plan.parts, start=1):
        marker = part_line(number, "")
        blocks.append(
            Block(Role.HEADING_1, (Run(marker), Run(part.heading, provenance=part.provenance)))
        )
        annotation = format_annotation(part.topic, part.section, part.share, plan.length)
        blocks.append(Block.plain(Role.BODY, annotation))
        for index, lead in enumerate(part.leads, start=1):
            marker = lead_line(index, "")
            blocks.append(
                Block(Role.HEADING_2, (Run(marker), Run(lead.text, provenance=lead.provenance)))
            )
    if plan.closing_share:
        blocks.append(Block.plain(Role.BODY, f"（结束语，约占全文{plan.closing_share:.0f}%）"))
    # no seed: a plan is no draft, and carries no record of generated paragraphs
    return Document(tuple(blocks), DocumentMeta(title=plan.title + TITLE_MARK))
