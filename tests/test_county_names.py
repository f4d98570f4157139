"""Mining finds each source's own county, whose name is foreign to every other county's draft:
also in a scraped report with no title that names itself mostly by its short form, with a
province near its top, or with a two-character name (蠡县) that a cut may garble."""

from __future__ import annotations

from drafter.mining.names import find_county_names


def test_a_report_with_no_title_that_names_itself_by_its_short_form() -> None:
    text = (
        "一、2018年工作回顾\n《河北雄安新区规划纲要》经党中央、国务院批准，北京市对口帮扶。"
        + "容城经济平稳增长，容城城乡面貌明显改善。" * 4
        + "容城县委、县政府高度重视。"
    )
    assert find_county_names(text) == {"容城", "容城县"}


def test_a_two_character_county_is_not_found_inside_a_word() -> None:
    text = "唐县人民政府县长在唐县第十七届人民代表大会上报告工作。" + "唐县发展稳中向好。" * 4
    assert find_county_names(text) == {"唐县"}
    # 示范县 is not 范县
    assert "范县" not in find_county_names("创建国家级示范县。" * 6)


def test_a_cut_gone_wrong_is_no_name() -> None:
    assert find_county_names("各位代表：\n现在，我代表县人民政府向大会报告工作。" * 3) == set()
