"""The shared table of what is and is not a local name (drafter/names/table.py)."""

from __future__ import annotations

from drafter.names.table import county_gazetteer, divisions, is_ordinary, national_terms


def test_divisions_hold_todays_counties_and_no_generic_districts() -> None:
    kinds = {kind for kind, _ in divisions()}
    assert kinds == {"P", "M", "C"}
    counties = county_gazetteer()
    assert {"高唐县", "清苑区", "顺平县", "定兴县", "满城区"} <= counties
    assert not {"城区", "郊区", "矿区"} & counties


def test_ordinary_words_and_national_terms() -> None:
    assert is_ordinary("广大群众") and is_ordinary("供应链")
    assert is_ordinary("双随机、一公开") and is_ordinary("三保障")  # inside a national term
    assert not is_ordinary("鱼丘湖") and not is_ordinary("书画小镇")
    assert "绿水青山就是金山银山" in national_terms()


def test_lint_finds_a_current_county_the_old_list_missed() -> None:
    from drafter.lint import lint_speech

    findings = lint_speech(["各位代表：", "学习借鉴高唐县的经验做法。"], county="清苑区")
    assert any("高唐县" in (f.quote or "") + f.message for f in findings)
