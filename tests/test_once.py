"""The terms a part names in one paragraph only (``drafter.mining.once``) and how composing
keeps to them (``once_words``, ``Selector.names_in_part``)."""

from __future__ import annotations

from pathlib import Path

from drafter.outline import parse_outline

REPO = Path(__file__).resolve().parent.parent


def _report(county: str, parts: list[list[str]]) -> list[str]:
    paragraphs = [f"{county}政府工作报告", "各位代表："]
    numerals = "一二三四五六七八九十"
    for i, part in enumerate(parts):
        paragraphs.append(f"（{numerals[i]}）第{numerals[i]}项工作")
        paragraphs.extend(part)
    return paragraphs


def test_a_part_s_paragraphs_are_read_between_its_headings() -> None:
    from drafter.mining.once import part_paragraphs

    outline = parse_outline(
        _report("甲县", [["加快项目建设。", "保障用地需求。"], ["完善城市功能。"]])
    )
    assert part_paragraphs(outline) == [["加快项目建设。", "保障用地需求。"], ["完善城市功能。"]]


def test_a_term_many_reports_name_once_a_part_is_said_once_and_one_they_repeat_is_not() -> None:
    """盘子 is named in one paragraph of each part, 项目 in every paragraph: the first is a term
    said once a part, the second is not; a word one county alone uses is no term (its name);
    a word holding a term that is said in many paragraphs shields it (争取项目盘子)."""
    from drafter.mining.once import DRAFT_TERM, MIN_PARTS, MIN_SPEECHES, SHIELD, TERM, once_table

    counties = [f"{c}县" for c in "甲乙丙丁戊己庚辛"]
    assert len(counties) >= MIN_SPEECHES
    outlines = []
    for county in counties:
        parts = [
            ["争取更多项目进入省市盘子。", "加快项目建设，强化项目调度。"],
            ["推进项目开工，完善口袋公园。", "抓好项目投产，强化要素保障。"],
        ]
        outlines.append(parse_outline(_report(county, parts)))
    assert len(outlines) * 2 >= MIN_PARTS
    rows = dict(once_table(outlines))
    # (each in one part of each speech too: said once a draft, ``DRAFT_TERM``, as well)
    assert rows.get("盘子") in (TERM, DRAFT_TERM)
    assert rows.get("口袋公园") in (TERM, DRAFT_TERM)
    assert "项目" not in rows  # in both paragraphs of every part
    assert all(kind in {TERM, DRAFT_TERM, SHIELD} for kind in rows.values())
    assert not any("甲县" in term for term in rows)


def test_a_term_speeches_name_in_one_part_only_is_said_once_a_draft() -> None:
    """口袋公园 is named in one part of each speech, 盘子 in two parts of most: both are said
    once a part, only the first once a draft (``DRAFT_TERM``)."""
    from drafter.mining.once import DRAFT_TERM, MAX_OTHER_PARTS, TERM, once_table

    counties = [f"{c}县" for c in "甲乙丙丁戊己庚辛"]
    outlines = []
    for number, county in enumerate(counties):
        parts = [
            ["争取更多项目进入省市盘子。", "加快项目建设，强化项目调度。"],
            ["推进项目开工，完善口袋公园。", "抓好项目投产，强化要素保障。"],
            ["争取更多资金进入省级盘子。", "加快城市更新。"],
        ]
        if number % 4 == 0:  # a speech in four names 盘子 in one part only
            parts[2][0] = "争取更多资金支持。"
        outlines.append(parse_outline(_report(county, parts)))
    rows = dict(once_table(outlines))
    assert MAX_OTHER_PARTS < 6 / 8  # (the speeches naming 盘子 in a second part)
    assert rows.get("口袋公园") == DRAFT_TERM
    assert rows.get("盘子") == TERM


def test_a_set_phrase_is_said_once_a_part_but_names_no_thing_of_a_draft() -> None:
    """紧紧围绕, 群众反映 (jieba's 习用语 and 成语) are said once a part as reports do, but a
    later part may say them: they name no thing (a draft of the README's example fell 15%
    short of its length in its first round with them, and was composed twice)."""
    from drafter.mining.once import DRAFT_TERM, ONCE_FILE, TERM

    rows = dict(line.split("\t") for line in ONCE_FILE.read_text(encoding="utf-8").splitlines())
    assert rows["紧紧围绕"] == TERM and rows["群众反映"] == TERM
    assert rows["秸秆"] == DRAFT_TERM and rows["闲置"] == DRAFT_TERM


def test_a_draft_names_a_term_of_one_part_in_no_later_part() -> None:
    """Round 119's writers: 闲置 in three parts, 秸秆 and 研判 in two. A term speeches name in
    one part only, named in an earlier part, is named in no later one; a term said once a part
    only may be; a draft composed from the whole bank at once (short of material) may too."""
    from drafter.compose.select import Selector, draft_once_words, once_words
    from drafter.phrasebank import load_bank

    assert "闲置" in draft_once_words("清理闲置低效土地，做好园区土地储备。")
    assert "人才" in once_words("加大高端人才引进力度。")
    assert "人才" not in draft_once_words("加大高端人才引进力度。")
    bank = load_bank(REPO / "phrasebank")
    # (闲置 of round 119 is a matter now, named once a draft however composed: same_things.yaml)
    said = "加强上下游配套，完善产业链条。"
    again = "推动上下游企业协作，共建物流配送网络。"
    talent = ["加大高端人才引进力度。", "完善人才服务保障，为人才提供便利。"]
    for aside, refused in ((None, True), (0.0, True), (-1.0, False)):
        options = {} if aside is None else {"aside": aside}
        selector = Selector(bank, 1, {"county": "澄溪县"}, **options)
        selector.start_section("工业发展")
        selector.mark_used(said)
        selector.mark_used(talent[0])
        selector.start_section("城乡建设")
        assert selector.names_said(again) is refused
        assert ("上下游" in selector.plan_words()) is refused
        assert not selector.names_said(talent[1])


def test_the_table_is_that_of_the_shipped_corpus() -> None:
    """``once_terms.tsv`` is made from ``corpus/``: the corpus changes, the table with it."""
    from drafter.mining.once import ONCE_FILE, table_of_corpus

    assert table_of_corpus(REPO / "corpus") == ONCE_FILE.read_text(encoding="utf-8"), (
        "重新生成：python -m drafter.mining.once corpus > drafter/compose/once_terms.tsv"
    )


def test_a_text_s_terms_are_its_longest_words() -> None:
    """Round 81's writer: 争取更多的项目列入省市重点盘子 and 力争更多项目进入省市“大盘子” in one
    part; 社会消费品零售总额 names no 消费品 (a figure's name is said where its figure is)."""
    from drafter.compose.select import once_words

    assert "盘子" in once_words("争取更多的项目列入省市重点盘子，获得更多要素支持。")
    assert "盘子" in once_words("力争更多项目进入省市“大盘子”。")
    assert "消费品" not in once_words("社会消费品零售总额增长6%。")
    assert once_words("加快推进。") == frozenset()


def test_a_part_names_a_term_in_one_paragraph_unless_it_would_fall_short() -> None:
    """The selector turns down a sentence naming a term another sentence of the part named;
    loose (a part short of material), only the things of ``part_words``; the next part may
    name it again. A draft with no material to spare (composed from the whole bank for its
    length) may say it again in the part."""
    from drafter.compose.select import Selector
    from drafter.phrasebank import load_bank

    bank = load_bank(REPO / "phrasebank")
    said = "争取更多的项目列入省市重点盘子，获得更多要素支持。"
    again = "实施产业倍增计划，力争更多项目进入省市“大盘子”。"
    selector = Selector(bank, 1, {"county": "澄溪县"})
    selector.start_section("项目建设")
    selector.mark_used(said)
    assert selector.names_in_part(again)
    assert not selector.names_in_part(again, terms=False)
    selector.start_section("工业发展")
    assert not selector.names_in_part(again)
    whole = Selector(bank, 1, {"county": "澄溪县"}, aside=0.0)
    whole.start_section("项目建设")
    whole.mark_used(said)
    assert not whole.names_in_part(again)


def test_a_unit_leaves_out_a_sentence_naming_a_term_another_paragraph_of_the_part_named() -> None:
    """Units keep to it as sentences do: the part named 盘子 in one paragraph, a unit's
    sentence naming it again stays out, its other sentences stay; relaxed (a part given again
    and again), it may stay."""
    from drafter.compose.select import once_words
    from drafter.compose.units import UnitLedger, _fresh
    from tests.test_units import _matter_view

    said = once_words("争取更多的项目列入省市重点盘子。")
    unit = _matter_view(
        "pg-p", ["全面加快项目建设，狠抓项目策划。", "力争更多项目进入省市“大盘子”。"], ""
    )
    ledger = UnitLedger({}, expected_sentences=40, aside="")
    assert _fresh(unit, ledger, frozenset(), set(), set(), words=said) == (0,)
    assert _fresh(unit, ledger, frozenset(), set(), set(), words=said, relaxed=True) == (0, 1)
    assert _fresh(unit, ledger, frozenset(), set(), set()) == (0, 1)


def test_a_review_measure_ending_on_no_result_reads_as_a_plan_whatever_its_source() -> None:
    """Round 81's writer read half a review's sentences as plans: measures of other reviews
    whose figures were cut. A record ends on what it did or leaves a figure to fill."""
    from drafter.compose.review import reads_planned

    assert reads_planned("围绕主导产业延链补链，推动上下游企业集聚发展。")
    assert reads_planned("加强重点企业运行监测，帮助企业解决用工、资金、原料等困难。")
    assert not reads_planned("新增规上工业企业【待补：数字】家。")
    assert not reads_planned("开展农村人居环境整治，村容村貌明显改善。")


def test_a_smaller_share_set_aside_is_part_of_the_whole_share() -> None:
    """A draft short of material is composed again with half its share set aside, then with
    the sentences most drafts take only, then none: the half sets aside only entries the whole
    share does (the draft stays near the one it was), and a share below 0 sets aside nothing."""
    from drafter.compose.select import SET_ASIDE, aside_key, aside_share, set_aside

    full = aside_key("7:澄溪县", SET_ASIDE)
    half = aside_key("7:澄溪县", SET_ASIDE / 2)
    assert full == "7:澄溪县" and aside_share(half) == ("7:澄溪县", SET_ASIDE / 2)
    assert aside_key("7:澄溪县", -1.0) == "" and aside_key("", SET_ASIDE) == ""
    entries = [f"加强第{n}批重点企业帮扶，落实惠企政策。" for n in range(400)]
    by_full = {e for e in entries if set_aside(full, e)}
    by_half = {e for e in entries if set_aside(half, e)}
    assert by_half < by_full
    assert 0.3 < len(by_full) / len(entries) < 0.5 and 0.1 < len(by_half) / len(entries) < 0.3
    # the whole bank's round (share 0) does without no ordinary sentence…
    whole = aside_key("7:澄溪县", 0.0)
    assert whole and not any(set_aside(whole, e) for e in entries)


def test_the_whole_bank_s_round_still_does_without_what_most_drafts_take() -> None:
    """Seed 7's composition benchmark: 严查未批先建…… in 19 of 30 drafts, most of them composed
    again from the whole bank for their length. At share 0 a sentence most drafts take is set
    aside in about as many drafts as take it; one few take is not."""
    from drafter.compose.select import (
        WHOLE_POPULAR_FROM,
        aside_key,
        popular_share,
        popular_shares,
        set_aside,
    )

    shares = popular_shares()
    popular = max(shares, key=lambda text: (shares[text], text))
    rare = next(text for text, share in sorted(shares.items()) if share < WHOLE_POPULAR_FROM)
    assert popular_share(0.0, popular) == shares[popular] and popular_share(0.0, rare) == 0.0
    keys = [aside_key(f"{seed}:澄溪县", 0.0) for seed in range(300)]
    out = sum(set_aside(key, popular) for key in keys) / len(keys)
    assert abs(out - shares[popular]) < 0.1
    assert not any(set_aside(key, rare) for key in keys)


def test_a_county_s_list_of_industries_is_its_own_and_stays_in_its_own_archive() -> None:
    """Round 81's writer: 人工智能、大数据等新兴产业, 电子信息、高端制造、军民融合等战略性新兴
    产业 in other counties' drafts — a county's own list of industries, as 电力电气、食品加工等
    传统优势产业 is. Mined from the county's own archive, it is that county's and stays; its
    firsts are one year's facts and do not."""
    from drafter.mining.units import load_unit_rules, usable_sentence

    rules = load_unit_rules()
    lists = [
        "加快发展人工智能、大数据等新兴产业。",
        "积极培育电子信息、高端制造、军民融合等战略性新兴产业。",
        "做强电力电气、食品加工等传统优势产业。",
    ]
    for text in lists:
        assert rules.particular_in(text)
        assert not rules.particular_in(text, own_archive=True)
        assert not usable_sentence(text, rules)
        assert usable_sentence(text, rules, own_archive=True)
    assert rules.particular_in("建成全省首家县级数据中心。", own_archive=True)
    assert not rules.particular_in("加快发展战略性新兴产业。")


def test_a_result_names_the_thing_improved_before_the_words_not_after() -> None:
    """Round 83's writer read 持续实施亮化工程和景观绿化，不断提升城市品位 and 持续改善空气质量
    in a review as plans: the thing improved stands after the words, as a plan's aim does.
    水环境不断改善 and 路域秩序持续规范 are records; what fell is an outcome either way."""
    from drafter.compose.review import reads_planned

    assert reads_planned("持续实施亮化工程和景观绿化，不断提升城市品位。")
    assert reads_planned("强力推进大气污染防治工作，持续改善空气质量。")
    assert reads_planned("围绕主导产业延链补链，形成特色鲜明的产业集群。")
    assert not reads_planned("严格落实河湖长制，水环境不断改善。")
    assert not reads_planned("深化多部门联合执法模式，路域秩序持续规范。")
    assert not reads_planned("深化平安建设，有效降低刑事和治安案件发生。")


def test_a_sentence_most_drafts_take_is_set_aside_more_often() -> None:
    """Round 84's blind reader's first giveaway: the same sentence in two generated paragraphs
    (drafts for different counties took it). A sentence of ``popular.tsv`` (the share of drafts
    for random counties that took it) is set aside in more drafts, up to ``MAX_ASIDE``; a draft
    from the whole bank (share 0) in as many as took it; a draft setting nothing aside (a share
    below 0, a county's own archive: no key) still sets nothing aside."""
    from drafter.compose.select import (
        MAX_ASIDE,
        SET_ASIDE,
        popular_share,
        popular_shares,
        set_aside,
    )

    table = popular_shares()
    assert table, "重新生成：python benchmarks/popularity.py > drafter/compose/popular.tsv"
    text = max(table, key=table.__getitem__)
    assert SET_ASIDE < popular_share(SET_ASIDE, text) <= MAX_ASIDE
    assert popular_share(SET_ASIDE, "不在表中的句子。") == SET_ASIDE
    assert popular_share(0.0, text) == table[text] and popular_share(-1.0, "不在表中的句子。") < 0
    assert not set_aside("", text)
    keys = [f"{seed}:澄溪县{n}" for seed in range(1, 5) for n in range(60)]
    share = sum(set_aside(key, text) for key in keys) / len(keys)
    assert share > SET_ASIDE + 0.1


def test_the_popular_sentences_are_sentences_of_the_shipped_bank() -> None:
    """``popular.tsv`` is made from drafts of the shipped bank: re-mined, the bank's sentences
    change and the table is made again (a sentence no longer in the bank is set aside for
    nothing)."""
    from drafter.compose.select import popular_shares
    from drafter.phrasebank import load_bank
    from drafter.phrasebank.model import Kind

    bank = load_bank(REPO / "phrasebank")
    texts = {p.text for kind in Kind for p in bank.of_kind(kind)}
    texts |= {item for p in bank.of_kind(Kind.PARAGRAPH) for item in p.items}
    missing = [t for t in popular_shares() if t not in texts]
    assert not missing, missing[:3]


def test_a_sentence_going_through_what_a_sentence_before_listed_does_not_stand_alone() -> None:
    """The read-through of the example draft: 逐一制定实施方案，明确具体路径和项目支撑 stood as a
    paragraph of its own — 逐一 of what? It leans on the sentence it followed in its report."""
    from drafter.compose.suitability import _fits

    assert not _fits("逐一制定实施方案，明确具体路径和项目支撑，确保可操作、能落地、如期实现。")
    assert not _fits("分别落实包联责任，确保按期完成。")
    assert _fits("制定实施方案，明确具体路径和项目支撑。")
