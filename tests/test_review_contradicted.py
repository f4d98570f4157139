"""A review says nothing done or bettered in general of what the year's shortcomings name
(``review.not_contradicted``): round 139's writers read 教育、文体、卫生事业全面进步 and
……实现群众就近享受优质医疗服务 beside 教育、医疗等公共服务供给与群众期盼还有差距 as 前后矛盾."""

from __future__ import annotations

from drafter.compose.model import Paragraph, Piece
from drafter.compose.review import not_contradicted
from drafter.document import Provenance


def _mined(text: str, kind: str = "body") -> Piece:
    return Piece(text, Provenance(entry=f"{kind[:2]}-{len(text)}", kind=kind, yaml_key="areas"))


def test_a_result_in_general_on_a_field_the_problems_name_goes() -> None:
    lead = _mined("办好教育医疗，群众健康福祉持续增进。", "lead")
    told = Piece(
        "义务教育优质均衡发展通过省级督导评估。", Provenance(yaml_key="review.highlights[0]")
    )
    claimed = _mined("教育、文体、卫生事业全面进步。")
    done = _mined("推进医联体和分级诊疗制度建设，实现群众就近享受优质医疗服务。")
    measure = _mined("招聘教师50名，持续推进教育质量和办学水平“双提升”。")
    area = Paragraph((lead, told, claimed, done, measure))
    problems = Paragraph((Piece("三是教育、医疗等公共服务供给与群众期盼还有差距。"),))
    [kept] = not_contradicted([area], problems)
    assert kept.pieces == (lead, told, measure)
    # (no shortcoming on the field: the review says it)
    other = Paragraph((Piece("二是财政收支平衡压力较大。"),))
    assert not_contradicted([area], other) == (area,)
    assert not_contradicted([area], None) == (area,)


def test_an_area_keeps_two_pieces() -> None:
    lead = _mined("办好教育医疗，群众健康福祉持续增进。", "lead")
    claimed = _mined("教育、文体、卫生事业全面进步。")
    area = Paragraph((lead, claimed))
    problems = Paragraph((Piece("教育、医疗等公共服务供给与群众期盼还有差距。"),))
    assert not_contradicted([area], problems) == (area,)


def test_the_review_claims_no_result_on_a_field_the_targets_file_says_lacks() -> None:
    """Round 140's three writers: 六是医疗服务水平全面提升 (the area's lead) beside the targets
    file's 教育、医疗等公共服务供给与群众期盼还有差距."""
    from types import SimpleNamespace

    from drafter.compose.review import _claims_lacking
    from drafter.compose.select import all_matter_words

    selector = SimpleNamespace(
        lacking=all_matter_words("教育、医疗等公共服务供给与群众期盼还有差距")
    )
    assert _claims_lacking(selector, "医疗服务水平全面提升。")  # type: ignore[arg-type]
    assert _claims_lacking(selector, "教育事业稳步提升。")  # type: ignore[arg-type]
    assert not _claims_lacking(selector, "群众健康福祉持续增进。")  # type: ignore[arg-type]
    assert not _claims_lacking(selector, "公开招聘中小学教师50名。")  # type: ignore[arg-type]
    assert not _claims_lacking(SimpleNamespace(lacking=frozenset()), "医疗服务水平全面提升。")  # type: ignore[arg-type]


def test_a_report_whose_targets_file_says_medicine_lacks_heads_no_area_on_its_gains() -> None:
    from pathlib import Path

    from drafter.pipeline import draft_speech

    targets = Path(__file__).resolve().parent.parent / "docs/reviews/units-round89/targets"
    draft = draft_speech(targets / "wr-wenxi.yaml", seed=150, todo=True).draft
    said = "".join(p.text for p in draft.review_areas)
    assert "教育、医疗" in (draft.problems.text if draft.problems else "")
    assert "医疗服务水平全面提升" not in said and "教育事业稳步提升" not in said
