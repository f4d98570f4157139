"""The plan takes up the review's highlights (``drafter.compose.highlights``)."""

from __future__ import annotations

from typing import Any

from drafted import shipped_bank
from test_compose import draft_document, make_report

from drafter.compose.highlights import highlight_levers, lever_sentence


def test_every_lever_of_the_table_gives_its_example_sentence() -> None:
    for lever in highlight_levers():
        assert lever.shape.match(lever.example), lever.example
        assert lever_sentence(lever.example) == lever.expect


def test_a_highlight_of_no_known_shape_is_not_taken_up() -> None:
    assert lever_sentence("全县粮食总产量再创新高") is None
    assert lever_sentence("营商环境持续优化") is None


def test_the_part_on_a_highlights_topic_builds_on_it() -> None:
    """Round 99's writers: 承办全省乡村旅游现场会，文旅一节却不提; 义务教育已通过优质均衡评估，
    部署里反倒写推进均衡. The part on each highlight's topic says the sentence building on it,
    once, in its first paragraph; a highlight on a topic the draft has no part on is not."""
    review: dict[str, Any] = {
        "figures": [{"name": "地区生产总值", "value": 120.5, "unit": "亿元", "growth": 5.6}],
        "highlights": [
            "成功承办全省乡村旅游发展现场推进会",
            "义务教育优质均衡发展通过省级督导评估",
            "县城供水管网改造工程全面完工",
        ],
    }
    targets = make_report(["文化旅游", "教育卫生", "工业发展"], review=review)
    draft, _ = draft_document(targets, shipped_bank(), seed=3)
    said = {part.topic: "".join(p.text for p in part.paragraphs) for part in draft.parts}
    tourism = lever_sentence(review["highlights"][0])
    schools = lever_sentence(review["highlights"][1])
    assert tourism is not None and schools is not None
    assert said["文化旅游"].count(tourism) == 1
    assert said["教育卫生"].count(schools) == 1
    first = next(p for p in draft.parts if p.topic == "教育卫生").paragraphs[0]
    assert schools in first.text
    # the thing passed is not planned again (round 101's writer: 持续巩固义务教育优质均衡发展成果
    # and, in the same paragraph, 推进义务教育优质均衡发展)
    assert said["教育卫生"].count("义务教育优质均衡发展") == 1
    water = lever_sentence(review["highlights"][2])
    assert water is not None
    assert not any(water in text for topic, text in said.items() if topic != "城乡建设")


def test_a_sentence_planning_the_thing_a_highlight_achieved_goes() -> None:
    from drafter.compose.highlights import highlights_taken_up
    from drafter.compose.model import Paragraph, Part, Piece
    from drafter.document import Provenance

    def mined(text: str) -> Piece:
        return Piece(text, Provenance(entry="bd-1", kind="body"))

    plan = mined("强化“双减”落实，推进义务教育优质均衡发展。")
    other = mined("推进公办幼儿园建设，有序扩建初中小学。")
    part = Part(1, Piece("办好人民满意教育"), (Paragraph((other, plan)),), "教育卫生", 0)
    [taken] = highlights_taken_up(
        [part], ["义务教育优质均衡发展通过省级督导评估"], lambda _: "教育卫生"
    )
    texts = [p.text for p in taken.paragraphs[0].pieces]
    assert texts == ["持续巩固义务教育优质均衡发展成果。", other.text]
