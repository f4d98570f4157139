"""targets stage: the forms people type are read exactly, and numbers keep how they were written."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from drafter.errors import TargetsValidationError
from drafter.targets import Figure, Targets, parse_targets
from drafter.targets.forms import CHARS_PER_MINUTE

HEAD = "county: 青禾县\nkind: work_meeting\nmeeting: 县政府全体会议\nyear: 2025\n"


def _targets(extra: str = "", sections: str = "sections:\n  - topic: 项目建设\n") -> Targets:
    return parse_targets(HEAD + extra + sections, source="t.yaml")


def _figure(body: str) -> Figure:
    return _targets(f"goals:\n  - {{name: 指标, {body}}}\n").goals[0]


@pytest.mark.parametrize(
    ("body", "value", "unit", "growth", "change_pp", "qualifier"),
    [
        ("growth: 6.8", None, None, "6.8", None, None),
        ("growth: 6.8%", None, None, "6.8", None, None),
        ('growth: "-3.5%"', None, None, "-3.5", None, None),
        ("growth: −3.5%", None, None, "-3.5", None, None),  # U+2212 minus from an IME
        ("growth: －3.5％", None, None, "-3.5", None, None),  # full-width
        ("growth: 下降3.5%", None, None, "-3.5", None, None),
        ("growth: 增长6.8%", None, None, "6.8", None, None),
        ("growth: 负3.5", None, None, "-3.5", None, None),
        ("growth: 持平", None, None, "0", None, None),
        ("growth: +6.8", None, None, "6.8", None, None),
        ("growth: ７．２％", None, None, "7.2", None, None),
        ("growth: 7%以上", None, None, "7", None, "以上"),
        ("value: 100亿元, growth: 7%以上", "100", "亿元", "7", None, "以上"),
        ("growth: 0.10", None, None, "0.10", None, None),
        ("value: 86.3亿元", "86.3", "亿元", None, None, None),
        ("value: 86.3亿元, unit: 亿元", "86.3", "亿元", None, None, None),
        ("value: 1.2万, unit: 人", "1.2", "万人", None, None, None),
        ("value: 1.2万人", "1.2", "万人", None, None, None),
        ("value: 1.2万", "1.2", "万", None, None, None),
        ("value: 37.6亿元以上", "37.6", "亿元", None, None, "以上"),
        ("value: 37.6亿元以上, qualifier: 以上", "37.6", "亿元", None, None, "以上"),
        ("value: １５２３０, unit: 元", "15230", "元", None, None, None),
        ("value: '15,230', unit: 元", "15230", "元", None, None, None),
        ("value: 1.20, unit: 万吨", "1.20", "万吨", None, None, None),
        ("value: 56, unit: 个", "56", "个", None, None, None),
        ("value: 3.1%", "3.1", "%", None, None, None),
        ("value: 0.0000001, unit: 吨", "0.0000001", "吨", None, None, None),
        ("value: 3.1, unit: '%', change_pp: -0.2", "3.1", "%", None, "-0.2", None),
        ("value: 3.1, unit: '%', change_pp: 下降0.2个百分点", "3.1", "%", None, "-0.2", None),
        ("value: 61.2, unit: '%', change_pp: 提高1.4个百分点", "61.2", "%", None, "1.4", None),
        ("value: -2, unit: ℃", "-2", "℃", None, None, None),  # signed units may be negative
        ("rank: 全市第三", None, None, None, None, None),
        ("value: 4.5, unit: “%”, qualifier: ‘以内’", "4.5", "%", None, None, "以内"),
    ],
)
def test_human_forms_of_a_figure(
    body: str,
    value: str | None,
    unit: str | None,
    growth: str | None,
    change_pp: str | None,
    qualifier: str | None,
) -> None:
    figure = _figure(body)
    assert figure.value_text == value
    assert figure.unit == unit
    assert (None if figure.growth is None else format(figure.growth, "f")) == growth
    assert (None if figure.change_pp is None else format(figure.change_pp, "f")) == change_pp
    assert figure.qualifier == qualifier


@pytest.mark.parametrize("written", ["6.8", "56", "1.20", "0.05", "15230", "100.00", "7"])
def test_numbers_round_trip_as_written(written: str) -> None:
    figure = _figure(f"value: {written}, unit: 亿元, growth: {written}")
    assert figure.value_text == written
    assert figure.growth_text == written
    assert figure.value == Decimal(written)


def test_growth_text_drops_the_sign_of_a_decline() -> None:
    figure = _figure("growth: -3.5, change_pp: -0.2")
    assert figure.growth == Decimal("-3.5")
    assert figure.growth_text == "3.5"
    assert figure.change_pp_text == "0.2"


@pytest.mark.parametrize(
    "written",
    ["2025-02-10", "2025-2-10", "2025/2/10", "2025.02.10", "2025年2月10日", "２０２５年２月１０日"],
)
def test_dates(written: str) -> None:
    targets = _targets(f"date: {written}\n")
    assert targets.date == datetime.date(2025, 2, 10)


@pytest.mark.parametrize("written", ["2025", "2025年", "2025年度", "２０２５"])
def test_year_forms(written: str) -> None:
    assert (
        parse_targets(HEAD.replace("2025", written) + "sections: [{topic: 项目建设}]").year == 2025
    )


def test_year_defaults_to_the_date_and_review_year_is_the_year_before() -> None:
    text = (
        HEAD.replace("year: 2025\n", "") + "date: 2025年2月10日\nsections:\n  - topic: 项目建设\n"
    )
    targets = parse_targets(text)
    assert targets.year == 2025
    assert targets.review_year == 2024


def test_a_december_meeting_may_deploy_the_next_year() -> None:
    targets = _targets("date: 2024-12-27\n")
    assert (targets.year, targets.date) == (2025, datetime.date(2024, 12, 27))


@pytest.mark.parametrize(
    ("written", "chars"),
    [
        ("5000", 5000),
        ("5000字", 5000),
        ("'5,000'", 5000),
        ("0.5万字", 5000),
        ("8千字", 8000),
        ("２０分钟", 20 * CHARS_PER_MINUTE),
        ("20分钟", 20 * CHARS_PER_MINUTE),
        ("1小时", 60 * CHARS_PER_MINUTE),
        ("12.5分钟", int(12.5 * CHARS_PER_MINUTE)),
    ],
)
def test_length(written: str, chars: int) -> None:
    assert _targets(f"length: {written}\n").length == chars


def test_speaking_rate_is_220_per_minute() -> None:
    assert CHARS_PER_MINUTE == 220
    assert _targets("length: 20分钟\n").length == 4400


def test_defaults() -> None:
    targets = _targets()
    assert targets.length == 5000
    assert targets.seed == 1
    assert targets.closing is True
    assert targets.speaker is None and targets.date is None
    assert targets.review.is_empty and targets.goals == ()
    assert targets.speech_kind.template == "work_meeting.j2"


@pytest.mark.parametrize(
    ("written", "expected"),
    [("true", True), ("false", False), ("否", False), ("是", True), ("no", False), ("要", True)],
)
def test_closing_accepts_what_people_type(written: str, expected: bool) -> None:
    assert _targets(f"closing: {written}\n").closing is expected


@pytest.mark.parametrize(
    ("written", "kind"), [("政府工作报告", "work_report"), ("Plenary", "plenary")]
)
def test_kind_by_chinese_name_or_any_case(written: str, kind: str) -> None:
    targets = parse_targets(HEAD.replace("work_meeting", written) + "sections: [{topic: 项目建设}]")
    assert targets.kind == kind


def test_yaml_1_1_surprises_stay_text() -> None:
    text = (
        "county: no\nkind: work_meeting\nmeeting: '12:30'\nspeaker: on\nyear: 2025\n"
        "sections:\n  - topic: 项目建设\n    title: 0755\n    points: [yes, 12:30, 1_000]\n"
        "review:\n  figures:\n    - {name: off, rank: 3}\n"
    )
    targets = parse_targets(text)
    assert targets.county == "no"
    assert targets.speaker == "on"
    assert targets.sections[0].title == "0755"
    assert targets.sections[0].points == ("yes", "12:30", "1_000")
    assert targets.review.figures[0].name == "off"
    assert targets.review.figures[0].rank == "3"


def test_empty_and_null_values_mean_not_given() -> None:
    targets = _targets("review:\ngoals:\nspeaker: ~\ndate: null\nclosing: false\n")
    assert targets.review.is_empty and targets.goals == ()
    assert targets.speaker is None and targets.date is None
    assert targets.closing is False
    quoted = _targets("closing: 'false'\nspeaker: 'null'\n")
    assert quoted.closing is False  # read as 是/否 text
    assert quoted.speaker == "null"  # quoted: the writer meant the text


def test_text_is_kept_but_whitespace_is_tidied() -> None:
    targets = _targets("speaker: '  县长 '\n")
    assert targets.speaker == "县长"


def test_a_line_break_inside_chinese_text_leaves_no_space() -> None:
    text = (
        "review:\n  problems:\n    - 项目储备不足，\n      投资增长乏力\n"
        "    - 建成 5G\n      基站\n    - |\n      民生领域\n      短板较多\n"
    )
    problems = _targets(text).review.problems
    assert problems == ("项目储备不足，投资增长乏力", "建成 5G 基站", "民生领域短板较多")


def test_models_are_frozen() -> None:
    targets = _targets()
    with pytest.raises(Exception, match="frozen"):
        targets.county = "别的县"


def test_all_figures_in_file_order() -> None:
    targets = _targets(
        "review:\n  figures:\n    - {name: 甲, growth: 1}\ngoals:\n  - {name: 乙, growth: 2}\n",
        "sections:\n  - topic: 项目建设\n    figures:\n      - {name: 丙, value: 3, unit: 个}\n",
    )
    assert [f.name for f in targets.all_figures()] == ["甲", "乙", "丙"]


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ("growth: 很快", "“很快”不是数字"),
        ("growth: 6.8-7", "是一个范围"),
        ("growth: 下降-3.5", "只写一个"),
        ("value: 约86.3, unit: 亿元", "请去掉“约”"),
        ("value: 五十六, unit: 个", "汉字数字"),
        ("value: 1.2万, unit: 万元", "两者不一致"),
        ("change_pp: 0.2%", "去掉“%”"),
        ("value: 5, growth: 7%以上, qualifier: 左右", "请只保留一个"),
        ("unit: 亿元, growth: 5", "却没有 value"),
        ("value: -3, unit: 家", "数量不能为负"),
        ("value: -3", "数量不能为负"),
        ("growth: true", "不是数字"),
        ("value: 100亿元以上, growth: 7", "它修饰的是 growth"),
        ("value: 3.1%, change_pp: 0.2个百分点以上", "它修饰的是 value"),
    ],
)
def test_ambiguous_forms_are_errors_that_say_what_to_write(body: str, fragment: str) -> None:
    with pytest.raises(TargetsValidationError) as caught:
        _figure(body)
    assert fragment in str(caught.value)
    assert str(caught.value).startswith("t.yaml:6:")
