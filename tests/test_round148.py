"""Rules from round 147's writers: a government plenary after the congress weighs the year's
situation and carries out the goals the congress set; a review item says more than its figure."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafter.compose.model import Piece
from drafter.compose.review import _targets_own
from drafter.document import Provenance

REPO = Path(__file__).resolve().parent.parent
TARGETS = REPO / "docs" / "reviews" / "units-round89" / "targets"


@pytest.mark.parametrize("seed", [157, 158])
def test_a_plenary_after_the_congress_weighs_the_situation_and_the_goals_it_set(seed: int) -> None:
    # round 147's writer: 标题是“把握发展形势”，正文只有上年数字和今年目标，外部形势、政策机遇
    # 一句没讲；人代会已通过报告，目标应写“县人代会确定的主要目标”
    from drafter.pipeline import draft_speech

    result = draft_speech(TARGETS / "wm-yuluan.yaml", seed=seed, todo=True)
    text = "\n".join(result.document.paragraphs())
    tops = re.findall(r"^\s*([一二三]、.*)$", text, flags=re.M)
    first = text[text.index(tops[0]) : text.index(tops[1])]
    assert "从今年形势看" in first and "政策" in first
    assert "县人代会确定的2025年经济社会发展主要目标是：" in first


def test_a_work_report_before_the_year_has_no_such_paragraph() -> None:
    from drafter.pipeline import draft_speech

    result = draft_speech(TARGETS / "wr-wenxi.yaml", seed=157, todo=True)
    text = "\n".join(result.document.paragraphs())
    assert "从今年形势看" not in text and "县人代会确定的" not in text


def test_a_review_item_says_more_than_one_sentence() -> None:
    # round 147's writer: 三是消费市场保持平稳。全县社会消费品零售总额完成41.4亿元，增长1.7%。
    # — 一句话就算一条; the figure goes to the opening instead
    from drafter.pipeline import draft_speech

    for seed in (157, 158):
        result = draft_speech(TARGETS / "wr-ningli.yaml", seed=seed, todo=True)
        areas = [
            p for p in result.draft.review_areas if re.match(r"^[一二三四五六七八九]是", p.text)
        ]
        assert len(areas) >= 4, seed
        for area in areas:
            assert len(area.pieces) >= 2 or (area.lead is None and len(area.pieces) >= 3), area.text
        opening = "".join(p.text for p in result.draft.review)
        assert "社会消费品零售总额" in opening or any("社会消费品零售总额" in p.text for p in areas)


def test_a_figure_of_the_targets_file_is_told_apart_from_a_bank_sentence() -> None:
    figure = Piece(
        "全县社会消费品零售总额完成41.4亿元，增长1.7%。", Provenance(yaml_key="review.figures[1]")
    )
    record = Piece("全县社会消费品零售总额完成41.4亿元。", Provenance(kind="body", entry="bd-1"))
    highlight = Piece(
        "成功承办全省乡村旅游发展现场推进会。", Provenance(yaml_key="review.highlights[0]")
    )
    assert _targets_own(figure, "review.figures")
    assert not _targets_own(record, "review.figures")
    assert not _targets_own(highlight, "review.figures")


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("建设人民满意的服务型政府。", True),
        ("完善政府常务会学法制度，全面推进法治政府建设。", True),
        ("政府承诺的事要一诺千金，谋定的事要一以贯之。", True),
        ("把政府工作全面纳入法治轨道。", True),
        ("积极稳妥化解地方政府隐性债务。", False),
        ("完善党委领导、政府负责、民主协商、社会协同的社会治理体系。", False),
        ("做好地方政府专项债券项目谋划储备。", False),
    ],
)
def test_lines_on_the_governments_own_conduct_are_told(text: str, own: bool) -> None:
    from drafter.compose.portable import is_government_own

    assert is_government_own(text) is own


@pytest.mark.parametrize("seed", [152, 153, 158])
def test_a_party_committees_meeting_hears_nothing_of_the_governments_own_conduct(seed: int) -> None:
    # rounds 147 and 148's writers: 县委全会暨经济工作会议上，作风部分讲成了政府自身建设
    # （建设人民满意的服务型政府、政府常务会学法、政府承诺的事要一诺千金）
    from drafter.compose.portable import is_government_own
    from drafter.pipeline import draft_speech

    result = draft_speech(TARGETS / "pl-langang.yaml", seed=seed, todo=True)
    lines = [line for line in result.document.paragraphs() if is_government_own(line)]
    assert not lines, lines
    # …which a government's own meeting does say, where its material has it
    meeting = draft_speech(TARGETS / "wm-yuluan.yaml", seed=seed, todo=True)
    assert any(is_government_own(line) for line in meeting.document.paragraphs())


@pytest.mark.parametrize(
    ("text", "problem", "marked"),
    [
        (
            "力争两条主导产业链全年营业收入增长{number}%以上。",
            "外地数字",
            "力争【待补：数字】条主导产业链全年营业收入增长{number}%以上。",
        ),
        ("做强三大主导产业，壮大产业集群。", "外地数字", None),
        ("力争早日实现风电项目零突破。", "外地事项", None),
        ("全面提升图书馆、文化馆标准，确保通过省专项验收。", "外地事项", None),
        ("打好三大攻坚战。", None, None),
        ("推动一二三产业融合发展。", None, None),
    ],
)
def test_another_countys_own_state_is_not_said_as_this_ones(
    text: str, problem: str | None, marked: str | None
) -> None:
    # rounds 147 and 148's writers: “两条主导产业链”“风电项目零突破”“确保通过省专项验收”看起来
    # 很具体，其实是套来的，最危险
    from drafter.compose.portable import portability_problem, with_placeholders

    found = portability_problem(text)
    assert (found or "").startswith(problem or "") and (found is None) == (problem is None)
    assert with_placeholders(text) == marked
