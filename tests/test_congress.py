"""A work report's 政府自身建设 answers to the congress it is given to
(``plan.congress_answered``): round 140's writers found a report without 接受人大监督、办好建议
提案, which every report to a people's congress says."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TARGETS = REPO / "docs" / "reviews" / "units-round89" / "targets"


@pytest.mark.parametrize(
    ("name", "seed"), [("wr-ningli", 150), ("wr-wenxi", 150), ("wr-zhangtong", 3)]
)
def test_a_reports_own_part_names_the_congress_by_the_standard_wording(
    name: str, seed: int
) -> None:
    from drafter.pipeline import draft_speech

    draft = draft_speech(TARGETS / f"{name}.yaml", seed=seed, todo=True).draft
    own = draft.parts[-1]
    text = "".join(p.text for p in own.paragraphs)
    assert "人大" in text, text
