"""The speech plan (提纲) a leader approves before the full text is written.

``SpeechPlan``: the title, the numbered parts in order — each with its heading (level 1), its
leads (level 2: the sub-points the part makes), its topic, the targets section it comes from and
its share of the length. Built from a draft (``plan.build``), written as .docx/.md/.txt
(``plan.document``), read back after the writer's edits (``plan.read``) and applied to the
targets when drafting (``plan.apply``).
"""

from __future__ import annotations

from drafter.document import Provenance
from drafter.records import dataclass


@dataclass(frozen=True, slots=True)
class PlanLead:
    text: str  # without ordinal and closing 。
    provenance: Provenance | None = None


@dataclass(frozen=True, slots=True)
class PlanPart:
    heading: str  # without its marker (一、) and closing 。
    leads: tuple[PlanLead, ...] = ()
    topic: str | None = None  # a topic of the bank; None: to be told by the heading's words
    section: int | None = None  # 0-based index into the targets' sections; None: none
    share: float | None = None  # percent of the whole speech; None: the writer did not say
    chars: int | None = None  # characters, when the writer gave the part's length that way
    provenance: Provenance | None = None  # where the heading came from (for --comments)


@dataclass(frozen=True, slots=True)
class SpeechPlan:
    title: str
    parts: tuple[PlanPart, ...]
    length: int | None = None  # characters of the whole speech
    front_share: float | None = None  # the opening before the first part, percent
    closing_share: float | None = None  # the closing after the last part, percent
    speaker_line: str = ""
    date_line: str = ""
