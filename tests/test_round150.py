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


@pytest.mark.parametrize("seed", [160, 161])
def test_a_part_on_safety_speaks_of_work_safety(seed: int) -> None:
    # rounds 145, 150 and 151's writers: 平安建设一节没有一句安全生产
    from drafter.pipeline import draft_speech

    for name in ("wr-wenxi", "wm-yuluan"):
        parts = draft_speech(TARGETS / f"{name}.yaml", seed=seed, todo=True).draft.parts
        safety = "".join(
            p.text for part in parts if part.topic == "安全稳定" for p in part.paragraphs
        )
        assert "安全生产" in safety, (name, seed)


def test_a_principle_said_again_leaves_the_sentence_developing_a_lead() -> None:
    # round 151's tree: 强化民生保障。 over another report's line on 就业, the unit's own first
    # sentence gone as a principle said twice
    from drafter.compose.model import Paragraph, Piece
    from drafter.compose.section import principle_once
    from drafter.document import Provenance

    unit = Provenance(kind="paragraph", entry="pg-1")
    other = Provenance(kind="body", entry="bd-2")
    before = Paragraph((Piece("坚持以人民为中心的发展思想，持续增进民生福祉。", other),))
    led = Paragraph(
        (
            Piece("坚持在发展中保障和改善民生，让群众共享发展成果。", unit),
            Piece("加大创业担保贷款发放力度，促进创业带动就业。", other),
            Piece("全面深化医疗保障制度改革，持续减轻群众看病用药负担。", unit),
        ),
        Piece("强化民生保障。", unit),
    )
    kept = principle_once([before, led])[1]
    assert kept.pieces[0].provenance == unit and len(kept.pieces) == 3
