"""The plan of a composed draft: input the ``Draft`` and its rendered ``Document``; output the
``SpeechPlan`` a leader reads — the draft's title, its numbered parts with their headings and
leads, and each part's share of the characters (``compose.length.count_chars``)."""

from __future__ import annotations

from drafter.compose.layout import bare_lead
from drafter.compose.length import count_chars
from drafter.compose.model import Draft
from drafter.document import Document, Role
from drafter.plan.model import PlanLead, PlanPart, SpeechPlan


def build_plan(draft: Draft, document: Document) -> SpeechPlan:
    total = max(1, count_chars(document.paragraphs()))
    headings = [i for i, block in enumerate(document.blocks) if block.role is Role.HEADING_1]
    front = count_chars(b.text for b in document.blocks[: headings[0]]) if headings else 0
    parts = []
    in_parts = 0
    for part in draft.parts:
        chars = len(part.heading.text) + sum(len(p.text) for p in part.paragraphs)
        in_parts += chars
        leads = tuple(
            PlanLead(bare_lead(p.lead.text), p.lead.provenance)
            for p in part.paragraphs
            if p.lead is not None and bare_lead(p.lead.text)
        )
        parts.append(
            PlanPart(
                heading=part.heading.text,
                leads=leads,
                topic=part.topic,
                section=part.section,
                share=_percent(chars, total),
                provenance=part.heading.provenance,
            )
        )
    closing = max(0, total - front - in_parts)
    title = next((b.text for b in document.blocks if b.role is Role.TITLE), draft.meeting)
    return SpeechPlan(
        title=title,
        parts=tuple(parts),
        length=total,
        front_share=_percent(front, total),
        closing_share=_percent(closing, total) if closing > 20 else None,
        speaker_line=next((b.text for b in document.blocks if b.role is Role.SPEAKER), ""),
        date_line=next((b.text for b in document.blocks if b.role is Role.DATE), ""),
    )


def _percent(chars: int, total: int) -> float:
    return max(1.0, round(100 * chars / total))
