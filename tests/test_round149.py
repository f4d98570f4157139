"""Rules from round 149's writers and the composition benchmark after it: a run of ordinal leads
numbered in order whatever left it, and a report's review told in records with the writer's
figures to fill."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.compose.model import Paragraph, Part, Piece
from drafter.compose.plan import _ordinals_in_order
from drafter.document import Provenance

REPO = Path(__file__).resolve().parent.parent
TARGETS = REPO / "docs" / "reviews" / "units-round89" / "targets"
_MINED = Provenance(kind="body", entry="bd-1")


def test_a_run_of_ordinal_leads_left_with_a_gap_is_numbered_again() -> None:
    # the composition benchmark's seed 7: 一是分类施策抓保障 …… 三是聚焦项目主战场 — the second
    # item's lead had gone, its sentences kept as a plain paragraph
    paragraphs = (
        Paragraph((Piece("用好超长期特别国债和中央预算内投资。", _MINED),)),
        Paragraph((Piece("坚持要素跟着项目走。", _MINED),), Piece("一是分类施策抓保障。")),
        Paragraph((Piece("挖掘潜力，盘活存量。", _MINED),)),
        Paragraph((Piece("三是聚焦项目主战场。坚持项目为王。", _MINED),)),
    )
    part = _ordinals_in_order(Part(2, Piece("全力以赴抓项目"), paragraphs, "项目建设", 0))
    texts = [p.text for p in part.paragraphs]
    assert texts[1].startswith("一是分类施策抓保障。") and texts[3].startswith("二是聚焦项目主战场")
    assert texts[0] == paragraphs[0].text and texts[2] == paragraphs[2].text
    # a run in order, or of two styles, stays as it is
    ordered = Part(2, Piece("抓项目"), (paragraphs[1], paragraphs[2]), "项目建设", 0)
    assert _ordinals_in_order(ordered) == ordered


def test_a_reports_review_with_todo_tells_its_areas_in_records() -> None:
    # round 149's writers: C 稿回顾七条大多只有一两句（回顾只占全文两成）
    from drafter.pipeline import draft_speech

    result = draft_speech(TARGETS / "wr-ningli.yaml", seed=159, todo=True)
    areas = [p for p in result.draft.review_areas if p.lead is not None or "是" in p.text[:3]]
    sentences = [len(p.pieces) for p in areas[1:]]
    assert sum(sentences) / len(sentences) >= 4.8, sentences  # (4.3 at three an area)


@pytest.mark.parametrize(
    ("text", "over"),
    [
        ("深入打好蓝天、碧水、净土保卫战。", True),
        ("坚决打好污染防治攻坚战。", True),
        ("持续开展重型柴油车路检及车辆集中抽检，严厉查处尾气超标排放行为。", False),
        ("以更大力度打好水污染防治攻坚战，确保全县地表水国控断面水质稳定达标。", False),
    ],
)
def test_a_campaign_named_whole_stands_over_the_measures(text: str, over: bool) -> None:
    # round 150's blind reader: 深入打好蓝天碧水净土保卫战 closing a paragraph on 大气 — 总括句
    # 放在了结尾
    from drafter.compose.section import umbrella

    assert umbrella(text) is over


@pytest.mark.parametrize(
    ("marker", "style"),
    [
        ("三是", "一是"),
        ("二要", "一要"),
        ("第二，", "第一"),
        ("其次，", "首先"),
        ("最后，", "首先"),
    ],
)
def test_an_ordinal_markers_style_is_the_one_it_was_made_in(marker: str, style: str) -> None:
    from drafter.compose.wording import ORDINAL, ordinal_prefix, ordinal_style

    assert ORDINAL.match(marker) and ordinal_style(marker) == style
    assert ordinal_prefix(2, 3, style)[:1] in "二第其"


def test_a_part_with_an_empty_paragraph_is_numbered_without_fail() -> None:
    led = Paragraph((Piece("坚持要素跟着项目走。", _MINED),), Piece("三是分类施策抓保障。"))
    part = Part(2, Piece("抓项目"), (Paragraph(()), led, led), "项目建设", 0)
    texts = [p.lead.text for p in _ordinals_in_order(part).paragraphs if p.lead]
    assert texts == ["一是分类施策抓保障。", "二是分类施策抓保障。"]
