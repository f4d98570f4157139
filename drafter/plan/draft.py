"""The plan flows: ``make_plan`` (``drafter plan``: targets + bank → the draft's plan, written
as .docx/.md/.txt) and ``draft_to_plan`` (``drafter draft --plan``: targets + bank + the plan the
writer approved → a draft that keeps its headings, leads, parts and shares).

Both go through the draft pipeline (``drafter.pipeline``): the plan is the skeleton of exactly
the draft the same targets and seed give, and a draft to an unedited plan is that draft — but
for a speech of more than six parts, which the plan lists in the grouped order without its
groups (``drafter.compose.groups``): drafted to the plan, it keeps the plan's flat layout.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from drafter import __version__
from drafter.compose.length import count_chars
from drafter.document import Document, DocumentMeta
from drafter.pipeline import (
    DraftResult,
    compose_and_render,
    length_warnings,
    load_inputs,
    self_check,
    template_for,
)
from drafter.plan.apply import apply_plan, restore_keys, retitle
from drafter.plan.build import build_plan
from drafter.plan.document import plan_document
from drafter.plan.model import SpeechPlan
from drafter.plan.read import read_plan
from drafter.records import dataclass


@dataclass(frozen=True, slots=True)
class PlanResult:
    plan: SpeechPlan
    document: Document  # the plan as a document (what is written)
    draft: DraftResult  # the draft the plan is the skeleton of


def make_plan(
    targets_path: Path,
    *,
    bank_dir: Path | None = None,
    template: Path | None = None,
    seed: int | None = None,
) -> PlanResult:
    from drafter.pipeline import draft_speech

    result = draft_speech(targets_path, bank_dir=bank_dir, template=template, seed=seed)
    plan = build_plan(result.draft, result.document)
    return PlanResult(plan, plan_document(plan), result)


@dataclass(frozen=True, slots=True)
class PlannedDraft:
    result: DraftResult  # the document's targets keys are the targets file's own
    notes: tuple[str, ...]  # what the plan changed: sections left out, parts added


def draft_to_plan(
    targets_path: Path,
    plan_path: Path,
    *,
    bank_dir: Path | None = None,
    template: Path | None = None,
    seed: int | None = None,
) -> PlannedDraft:
    """The draft of ``targets_path`` to the plan at ``plan_path`` (self-checked against the
    targets as the plan reshaped them: a section the plan leaves out is not missed)."""
    from drafter.resources import resolve_bank, templates_dir

    plan = read_plan(plan_path)
    targets, bank, raw = load_inputs(targets_path, bank_dir)
    topics = {topic.name: topic.keywords for topic in bank.topics}
    applied = apply_plan(plan, targets, topics, path=str(plan_path))
    own = resolve_bank(bank_dir)[1] if bank_dir is not None else None
    chosen = template_for(targets.kind, template, None if own == templates_dir() else own)
    meta = DocumentMeta(
        author=targets.speaker or "",
        seed=targets.seed if seed is None else seed,
        targets_sha256=hashlib.sha256(raw).hexdigest(),
        generator=f"drafter {__version__}",
        year=targets.year,
    )
    planned = applied.targets
    draft, document = compose_and_render(
        planned, bank, chosen, seed=seed, meta=meta, layout=applied.layout
    )
    document = retitle(document, applied.title)
    characters = count_chars(document.paragraphs())
    warnings = length_warnings(draft, characters, planned.length, "短语库素材不足或提纲的领句较少")
    problems = self_check(document, planned, bank)
    document = restore_keys(document, applied.origins)
    result = DraftResult(document, draft, planned, problems, warnings, characters)
    return PlannedDraft(result, applied.notes)
