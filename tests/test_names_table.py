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


def test_regional_terms_one_table_for_compose_and_mining() -> None:
    """drafter/names/regional.txt: compose refuses every term (and the gazetteer's provinces) in
    a draft; mining drops the sentences of the terms marked "mine"."""
    from drafter.compose.portable import portability_problem
    from drafter.mining.names import NameContext
    from drafter.mining.names.claims import claim_hits
    from drafter.names.table import province_short_names, regional_terms

    assert set(regional_terms("mine")) < set(regional_terms("draft"))
    assert {"河北", "内蒙古", "广西"} <= set(province_short_names())
    assert portability_problem("推动京津冀协同发展走深走实。")  # a "draft" term
    assert portability_problem("学习浙江“千万工程”经验。")  # a province, from the gazetteer
    assert portability_problem("做好冬季供暖保障工作。")  # a "mine" term, refused too

    def dropped(text: str) -> bool:
        context = NameContext(doc_freq={}, n_docs=5)
        return any(h.slot is None for h in claim_hits(text, [], context))

    assert dropped("做好冬季供暖保障工作。")
    assert not dropped("推动京津冀协同发展走深走实。")  # a region's own archive says it


def test_people_one_table_for_mining_and_lint() -> None:
    """drafter/names/people.py: mining's {person} and lint's officials read one table."""
    from drafter.lint import lint_speech
    from drafter.mining.names import NameContext, find_names
    from drafter.names.people import COMMON_SURNAMES, LEADER_TITLES, PERSON_TITLES, SURNAMES

    assert set(COMMON_SURNAMES) <= SURNAMES and set(LEADER_TITLES) <= set(PERSON_TITLES)
    hits = find_names("王书记强调，要抓好落实。", NameContext(doc_freq={}, n_docs=5))
    assert any(h.slot == "person" for h in hits)
    findings = lint_speech(["同志们：", "王书记强调，要抓好落实。"], county="青禾县")
    assert any(f.code == "names.person" for f in findings)
    findings = lint_speech(["同志们：", "水利局长和各位县长参加会议。"], county="青禾县")
    assert not any(f.code == "names.person" for f in findings)  # 利 of 水利 is no surname
