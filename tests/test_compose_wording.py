"""Figures in words: every rule of ../shared/spec/targets.md, one test each."""

from __future__ import annotations

from decimal import Decimal

import pytest

from drafter.compose.wording import (
    change_words,
    count_words,
    format_number,
    join_list,
    numbers_of,
    ordinal_prefix,
    outline_marker,
    pp_words,
    state_achievement,
    state_target,
)
from drafter.targets import Figure


def fig(**fields: object) -> Figure:
    return Figure.model_validate(fields)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (Decimal("86.3"), "86.3"),
        (Decimal("56"), "56"),
        (Decimal("1.20"), "1.20"),
        (56, "56"),
        (86.3, "86.3"),
        (1e16, "10000000000000000"),
        ("3.5", "3.5"),
    ],
)
def test_numbers_are_shown_as_written(value: object, shown: str) -> None:
    assert format_number(value) == shown  # type: ignore[arg-type]


def test_growth_positive_negative_zero() -> None:
    assert change_words(Decimal("6.8")) == "增长6.8%"
    assert change_words(Decimal("-3.5")) == "下降3.5%"
    assert change_words(Decimal("0")) == "与上年持平"
    assert change_words(Decimal("0.0")) == "与上年持平"


def test_percentage_points() -> None:
    assert pp_words(Decimal("0.2")) == "提高0.2个百分点"
    assert pp_words(Decimal("-0.2")) == "下降0.2个百分点"
    assert pp_words(Decimal("0")) == "与上年持平"


def test_achievement_value_unit_growth() -> None:
    text = state_achievement(fig(name="地区生产总值", value=86.3, unit="亿元", growth=6.8))
    assert text == "地区生产总值达到86.3亿元，增长6.8%"


def test_achievement_negative_growth_never_reads_as_growth() -> None:
    text = state_achievement(fig(name="固定资产投资", value=41.2, unit="亿元", growth=-3.5), "完成")
    assert text == "固定资产投资完成41.2亿元，下降3.5%"
    assert "增长-" not in text and "增长" not in text


def test_achievement_zero_growth_is_flat() -> None:
    text = state_achievement(fig(name="一般公共预算收入", value=5.86, unit="亿元", growth=0))
    assert text.endswith("与上年持平")
    assert "增长0" not in text


def test_achievement_growth_only_with_rank() -> None:
    text = state_achievement(fig(name="规上工业增加值", growth=5.2, rank="全市第三"))
    assert text == "规上工业增加值增长5.2%，增速居全市第三"


def test_achievement_rank_only() -> None:
    assert (
        state_achievement(fig(name="营商环境评价", rank="全省前列")) == "营商环境评价位居全省前列"
    )


def test_achievement_rate_with_points() -> None:
    text = state_achievement(fig(name="城镇登记失业率", value=3.1, unit="%", change_pp=-0.2))
    assert text == "城镇登记失业率为3.1%，比上年下降0.2个百分点"


def test_achievement_points_only() -> None:
    text = state_achievement(fig(name="森林覆盖率", change_pp=1.5))
    assert text == "森林覆盖率比上年提高1.5个百分点"


def test_achievement_value_only_without_unit() -> None:
    assert state_achievement(fig(name="新增市场主体", value=1200)) == "新增市场主体达到1200"


def test_target_growth_with_qualifier() -> None:
    assert (
        state_target(fig(name="地区生产总值", growth=7, qualifier="以上"))
        == "地区生产总值增长7%以上"
    )
    assert (
        state_target(fig(name="居民收入", growth=6.5, qualifier="左右")) == "居民收入增长6.5%左右"
    )


def test_target_growth_without_qualifier() -> None:
    assert state_target(fig(name="一般公共预算收入", growth=6)) == "一般公共预算收入增长6%"


def test_target_value_with_qualifier_follows_the_value() -> None:
    text = state_target(fig(name="项目总投资", value=37.6, unit="亿元", qualifier="以上"))
    assert text == "项目总投资达到37.6亿元以上"


def test_target_rate_within() -> None:
    text = state_target(fig(name="城镇登记失业率", value=4.5, unit="%", qualifier="以内"))
    assert text == "城镇登记失业率控制在4.5%以内"


def test_target_negative_and_zero_growth() -> None:
    assert state_target(fig(name="单位GDP能耗", growth=-3)) == "单位GDP能耗下降3%"
    assert state_target(fig(name="粮食产量", growth=0)) == "粮食产量与上年持平"


def test_target_value_and_growth_qualifier_on_growth() -> None:
    text = state_target(fig(name="地区生产总值", value=92, unit="亿元", growth=7, qualifier="左右"))
    assert text == "地区生产总值达到92亿元、增长7%左右"


def test_target_rank() -> None:
    assert state_target(fig(name="综合考核", rank="全市前三")) == "综合考核进入全市前三"
    assert state_target(fig(name="综合考核", rank="全市第二")) == "综合考核排名全市第二"


def test_target_points() -> None:
    text = state_target(fig(name="森林覆盖率", change_pp=0.5, qualifier="以上"))
    assert text == "森林覆盖率提高0.5个百分点以上"


def test_numbers_of_a_figure() -> None:
    figure = fig(name="固定资产投资", value=41.2, unit="亿元", growth=-3.5)
    assert numbers_of(figure) == ("41.2", "3.5")
    assert numbers_of(fig(name="x", growth=0)) == ()


def test_lists_joined_with_dun_and_he() -> None:
    assert join_list([]) == ""
    assert join_list(["项目"]) == "项目"
    assert join_list(["项目", "产业"]) == "项目和产业"
    assert join_list(["项目", "产业", "民生"]) == "项目、产业和民生"


def test_outline_markers_and_ordinals() -> None:
    assert outline_marker(11, 1) == "十一、"
    assert outline_marker(2, 2) == "（二）"
    assert outline_marker(3, 3) == "3."
    assert outline_marker(4, 4) == "（4）"
    assert ordinal_prefix(2, 3, "一要") == "二要"
    assert ordinal_prefix(3, 3, "一是") == "三是"
    assert ordinal_prefix(1, 3, "第一") == "第一，"
    assert [ordinal_prefix(i, 3, "首先") for i in (1, 2, 3)] == ["首先，", "其次，", "最后，"]


def test_count_words_says_liang_for_two() -> None:
    assert count_words(2) == "两"
    assert count_words(4) == "四"
    assert count_words(12) == "十二"


def test_target_verbs_by_metric() -> None:
    from drafter.compose.wording import target_word

    assert state_target(fig(name="新增规上工业企业", value=8, unit="家")) == "新增规上工业企业8家"
    assert state_target(fig(name="城镇新增就业", value=5000, unit="人")) == "城镇新增就业5000人"
    assert state_target(fig(name="重点项目", value=56, unit="个")) == "实施重点项目56个"
    assert (
        state_target(fig(name="亿元以上项目", value=40, unit="个", qualifier="以上"))
        == "实施亿元以上项目不少于40个"
    )
    assert (
        state_target(fig(name="重点项目年度投资", value=65, unit="亿元", qualifier="以上"))
        == "完成重点项目年度投资65亿元以上"
    )
    assert target_word(fig(name="粮食产量", value=12, unit="万吨")) == "确保"
    assert target_word(fig(name="城镇登记失业率", value=4.5, unit="%", qualifier="以内")) == "确保"
    assert target_word(fig(name="地区生产总值", growth=7, qualifier="左右")) == ""
    assert target_word(fig(name="地区生产总值", growth=7, qualifier="以上")) == "力争"


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("我们也清醒的认识到问题", "我们也清醒地认识到问题。"),
        ("要积极的推进改革", "要积极地推进改革。"),
        ("实施积极的财政政策", "实施积极的财政政策。"),  # before a noun: 的
    ],
)
def test_an_adverb_before_its_verb_is_written_with_de(written: str, said: str) -> None:
    from drafter.compose.select import normalise_sentence

    assert normalise_sentence(written) == said
