"""Round 153's writers: a review's area heads naming what its records do not say (四是旅游秩序
持续规范 over 承办全省乡村旅游发展现场推进会), and a report's part on 安全稳定 without 安全生产."""

from __future__ import annotations

from pathlib import Path

from drafter.compose.review import _unsaid_things

REPO = Path(__file__).resolve().parent.parent
TARGETS = REPO / "docs" / "reviews" / "units-round89" / "targets"


def test_an_area_head_naming_a_thing_its_records_do_not_say_is_counted() -> None:
    said = "我们成功承办全省乡村旅游发展现场推进会。"
    topic = ("旅游", "文化", "文旅")
    assert _unsaid_things("旅游秩序持续规范", said, topic) == 1
    assert _unsaid_things("文化旅游持续升温", said, topic) == 0
    health = "义务教育优质均衡发展通过省级督导评估。公开招聘中小学教师【待补：数字】名。"
    assert _unsaid_things("群众健康福祉持续增进", health, ("民生",)) > 0
    assert _unsaid_things("义务教育持续均衡发展", health, ("民生",)) == 0


def test_each_area_head_of_a_drafted_review_names_little_its_records_do_not_say() -> None:
    """(Counted without the area's topic words, which a head names as its field: at most two
    such; round 153's 群众健康福祉持续增进 over 教育 and 住房 named three.)"""
    from drafter.pipeline import draft_speech

    for name in ("wr-wenxi", "wr-ningli"):
        draft = draft_speech(TARGETS / f"{name}.yaml", seed=163, todo=True).draft
        heads = [(p.lead.text, p.pieces) for p in draft.review_areas if p.lead is not None]
        assert len(heads) >= 5
        for head, pieces in heads:
            records = "".join(piece.text for piece in pieces)
            assert _unsaid_things(head.split("是", 1)[-1], records, ()) <= 2, head


def test_a_report_s_part_on_safety_says_work_safety() -> None:
    from drafter.pipeline import draft_speech

    draft = draft_speech(TARGETS / "wr-ningli.yaml", seed=163, todo=True).draft
    safety = [p for p in draft.parts if p.topic == "安全稳定"]
    assert safety
    assert "安全生产" in "".join(g.text for g in safety[0].paragraphs)
