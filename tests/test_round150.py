"""Rules from round 150's writers: the government's own conduct said in its own part only, a
hospital's grade as that county's own state, a misnamed reform left out."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TARGETS = REPO / "docs" / "reviews" / "units-round89" / "targets"


@pytest.mark.parametrize(
    ("name", "seed"), [("wr-wenxi", 160), ("wm-yuluan", 160), ("wr-ningli", 159)]
)
def test_the_governments_own_conduct_is_said_in_its_own_part(name: str, seed: int) -> None:
    # rounds 139–150's writers: 加强对政府内部权力的制约，强化……城市管理等重点领域和关键环节的
    # 监管 in 城乡建设, 建设人民满意的服务型政府 in 民生
    from drafter.compose.portable import is_government_own
    from drafter.compose.select import OWN_CONDUCT_TOPICS
    from drafter.pipeline import draft_speech

    result = draft_speech(TARGETS / f"{name}.yaml", seed=seed, todo=True)
    strays = [
        (part.topic, piece.text)
        for part in result.draft.parts
        if part.topic not in OWN_CONDUCT_TOPICS
        for paragraph in part.paragraphs
        for piece in paragraph.pieces
        if piece.mined and is_government_own(piece.text)
    ]
    assert not strays, strays


@pytest.mark.parametrize(
    "text",
    [
        "推进中医院创三级、妇幼保健院创二级医院。",
        "中医院争创“二甲”。",
        "力争建成三甲医院。",
    ],
)
def test_a_hospitals_grade_is_that_countys_own(text: str) -> None:
    # round 150's three writers: 回顾说中医院“创三级”，部署又说“争创二甲” — 前后矛盾
    from drafter.compose.portable import portability_problem

    assert portability_problem(text) is not None


def test_a_misnamed_reform_is_not_said() -> None:
    # round 150's writers: “药品支付方式改革”应为“医保支付方式改革”
    from drafter.compose.portable import portability_problem

    assert portability_problem("深化药品支付方式改革。") is not None
    assert portability_problem("深化医保支付方式改革。") is None
