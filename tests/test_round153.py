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


def test_a_part_s_duties_go_to_the_departments_of_what_it_says() -> None:
    """Round 153's blind reader: a paragraph on 金融风险 and 债务 closing on 应急管理、公安、
    信访等部门. A part's departments are counted by what its sentences say; its topic's own
    count for more, but not for all."""
    from drafter.compose.duties import MOST_DEPARTMENTS, departments_of, duty_table
    from drafter.compose.model import Paragraph, Part, Piece

    table = duty_table()
    assert table.matters
    risk = [
        "有效防控金融风险、地方债务风险等各类风险。",
        "严格政府债务管理，积极化解隐性债务，规范融资借贷行为。",
        "严厉打击非法集资，守住不发生系统性金融风险底线。",
        "压实安全生产责任，深入开展重点领域排查整治。",
    ]
    part = Part(1, Piece("防范化解风险"), (Paragraph(tuple(map(Piece, risk))),), "安全稳定", 0)
    named = departments_of(part, table)[:MOST_DEPARTMENTS]
    assert "财政" in named and "金融" in named, named
    assert "信访" not in named
    quiet = Part(
        1, Piece("平安建设"), (Paragraph((Piece("建设更高水平的平安县。"),)),), "安全稳定", 0
    )
    assert departments_of(quiet, table)[:3] == table.departments["安全稳定"].split("、")
