"""A county's own archive (``drafter mine --county``): its standing names kept for itself, listed
in own.yaml with their years, never used in another county's draft."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from drafter.mining.own import YEAR_FACT, OwnArchive, county_forms, year_of
from drafter.mining.slots import Hit
from drafter.names.own import OWN_FILE, bank_for_county, load_own, render_own
from drafter.phrasebank import PhraseBank, load_bank

ARCHIVE = [f"gaotang-{year}.txt" for year in (2021, 2022, 2023, 2024)]


@pytest.fixture(scope="session")
def own_bank(repo: Path, build_once: Any) -> Path:
    """高唐县's own archive mined into a bank, once per test run (the tests only read it)."""
    from drafter.mining.commands import run_mine

    def mine(folder: Path) -> None:
        run_mine([repo / "corpus" / name for name in ARCHIVE], folder / "bank", county="高唐县")

    return build_once("own-archive", mine) / "bank"


def test_county_forms_and_years() -> None:
    assert county_forms("高唐县") == {"高唐县", "高唐"}
    assert county_forms("海拉尔区") == {"海拉尔区", "海拉尔"}
    assert year_of("gaotang-2024.txt", "") == "2024"
    assert year_of("报告.txt", "政府工作报告\n——2023年1月在……") == "2023"
    assert year_of("报告.txt", "政府工作报告") == "报告.txt"


def test_a_name_of_two_years_is_kept_one_of_one_year_is_not() -> None:
    own = OwnArchive.of(
        "高唐县",
        [("a-2021.txt", "鱼丘湖公园改造。"), ("b-2022.txt", "鱼丘湖水质提升，金城路通车。")],
    )
    assert own.keeps(Hit(0, 3, "place", "鱼丘湖", "名称加地名或单位后缀"))
    assert not own.keeps(Hit(0, 3, "place", "金城路", "路名或街名"))
    # people are never kept (a former leader), nor masks
    assert not own.keeps(Hit(0, 3, "person", "鱼丘湖", "职务前的人名"))
    # a sentence stating one year's fact keeps no name: it is not said again in a later year
    assert not own.keeps(
        Hit(0, 3, "place", "鱼丘湖", "名称加地名或单位后缀"), "鱼丘湖公园建成开放。"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "西城污水处理厂主体工程完工。",
        "官道街片区获批省级城市更新试点片区。",
        "成功承办全省现场推进会。",
    ],
)
def test_year_facts(sentence: str) -> None:
    assert YEAR_FACT.search(sentence)


@pytest.mark.parametrize("sentence", ["加快鱼丘湖片区提升改造。", "推进马颊河生态治理。"])
def test_not_year_facts(sentence: str) -> None:
    assert not YEAR_FACT.search(sentence)


def test_own_file_round_trip(tmp_path: Path) -> None:
    (tmp_path / OWN_FILE).write_text(
        render_own("高唐县", [("鱼丘湖", ("2021", "2022")), ("马颊河", ("2022", "2023"))]),
        encoding="utf-8",
    )
    own = load_own(tmp_path)
    assert own is not None and own.county == "高唐县"
    assert dict(own.names) == {"马颊河": ("2022", "2023"), "鱼丘湖": ("2021", "2022")}
    assert own.is_for("高唐县") and own.is_for("高唐") and not own.is_for("清苑区")
    bank = PhraseBank((), (), ("外县",), ())
    assert set(bank_for_county(bank, own, "清苑区").scrubbed) >= {"鱼丘湖", "马颊河", "高唐"}
    assert "鱼丘湖" not in bank_for_county(bank, own, "高唐县").scrubbed
    assert load_own(tmp_path / "nowhere") is None


def test_mined_archive_keeps_standing_names(own_bank: Path) -> None:
    own = load_own(own_bank)
    assert own is not None and own.county == "高唐县"
    names = dict(own.names)
    assert names, "no name kept"
    assert all(len(years) >= 2 for years in names.values())
    bank = load_bank(own_bank)
    text = "\n".join(p.text for p in bank.phrases if not p.curated)
    # every listed name is held by some entry, as written
    assert all(name in text for name in names)


def test_draft_for_another_county_holds_no_own_name(
    repo: Path, own_bank: Path, tmp_path: Path
) -> None:
    from drafter.pipeline import draft_speech

    source = (repo / "docs" / "reviews" / "targets" / "own-gaotang-2025.yaml").read_text(
        encoding="utf-8"
    )
    other = tmp_path / "other.yaml"
    other.write_text(re.sub("高唐县", "澄宁县", source), encoding="utf-8")
    own = load_own(own_bank)
    assert own is not None
    result = draft_speech(other, bank_dir=own_bank, seed=1)
    text = "\n".join(result.document.paragraphs())
    assert [name for name in (*own.name_list, "高唐") if name in text] == []


def test_lint_with_the_bank_names_own_names_only_in_another_county(
    own_bank: Path, tmp_path: Path
) -> None:
    from clirunner import run_cli

    own = load_own(own_bank)
    assert own is not None
    name = next(n for n in own.name_list if len(n) >= 3)
    speech = tmp_path / "讲话.txt"
    speech.write_text(f"各位代表：\n今年，我们将加快{name}建设。\n", encoding="utf-8")
    other = run_cli(["lint", str(speech), "--bank", str(own_bank), "-c", "清苑区"])
    assert other.exit_code == 1 and name in other.output
    mine = run_cli(["lint", str(speech), "--bank", str(own_bank), "-c", "高唐县"])
    assert mine.exit_code == 0, mine.output


def test_phrases_shows_which_entries_hold_own_names(own_bank: Path) -> None:
    from drafter.mining.commands import run_phrases

    own = load_own(own_bank)
    assert own is not None
    name = own.name_list[0]
    listing = run_phrases(own_bank, grep=name)
    assert "含本县名称：" in listing.text and name in listing.text


def test_the_county_s_own_report_thanks_in_its_archive_s_words(
    repo: Path, own_bank: Path, tmp_path: Path
) -> None:
    """After its review, the county's own report thanks as its archive did (its garrison, its
    units), the past year filled in; another county's report keeps the template's thanks."""
    from drafter.pipeline import draft_speech

    targets = repo / "docs" / "reviews" / "targets" / "own-gaotang-2025.yaml"
    own = "\n".join(draft_speech(targets, bank_dir=own_bank, seed=1).document.paragraphs())
    assert "回望走过的2024年" in own and "驻高人民解放军" in own
    other = tmp_path / "other.yaml"
    other.write_text(targets.read_text(encoding="utf-8").replace("高唐县", "澄宁县"), "utf-8")
    text = "\n".join(draft_speech(other, bank_dir=own_bank, seed=1).document.paragraphs())
    assert "驻高" not in text and "回望走过的" not in text


# --- the county's own next report: its own sentences, at length, without past facts ----------


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "强化土地供应能力，稳步推动土地增减挂钩，推进实施耕地占补平衡项目{number}个以上。",
            "强化土地供应能力，稳步推动土地增减挂钩。",
        ),
        (
            "着力推进“1523”领军企业培育计划，力争新增规模以上工业企业{number}家。",
            "着力推进“1523”领军企业培育计划。",
        ),
        ("深入实施行动，推进改革。", "深入实施行动，推进改革。"),  # no figure: as it is
        ("规模以上工业增加值增长{percent}以上。", None),  # the figure is all it says
        ("改造农村危桥{number}座。", None),
        ("重点抓好以下两个方面，实施{number}项工程：一是……", None),
        ("重点做好以下工作：实施{number}项工程。", None),  # what is left introduces the figure
        ("加快项目建设，全年计划总投资{amount}。", None),  # …or leads into it (总投资)
        ("推进建设，完成{number}个。", None),  # too short to stand
        ("依托基层农技推广补助等项目，力争培训高素质农民{number}余人。", None),  # means alone
        (  # the means of the cut clause goes with it
            "紧盯央企、国企、上市公司，围绕主导产业，每年至少举办{number}次集中推介。",
            "紧盯央企、国企、上市公司。",
        ),
    ],
)
def test_a_past_year_s_figure_is_left_out_of_its_sentence(sentence: str, said: str | None) -> None:
    from drafter.compose.wording import without_figures

    assert without_figures(sentence) == said


def test_only_the_own_county_says_its_measures_without_their_figures(own_bank: Path) -> None:
    """The county's own draft says a past plan's measure without its figure (with --todo it
    asks for this year's); a draft with the shipped bank does neither without --todo."""
    from drafter.compose.select import Selector
    from drafter.resources import resolve_bank

    sentence = "强化土地供应能力，稳步推动土地增减挂钩，推进实施耕地占补平衡项目{number}个以上。"
    bank = bank_for_county(load_bank(own_bank), load_own(own_bank), "高唐县")
    own = Selector(bank, 1, {"county": "高唐县"})
    assert own.own_county
    assert own.fill_text(sentence) == "强化土地供应能力，稳步推动土地增减挂钩。"
    # a span of years is not the deployed year twice
    assert own.fill_text("本轮国土空间规划是从{year}年到{year}年的中长期发展规划。") is None
    asked = Selector(bank, 1, {"county": "高唐县"}, todo=True).fill_text(sentence)
    assert asked is not None and "【待补：数字】个以上" in asked
    # a past measure asking for a figure the targets file gives says it again: left out
    figures = ("新建高标准农田", "新增规上工业企业")
    asking = Selector(bank, 1, {"county": "高唐县"}, todo=True, figure_names=figures)
    assert asking.fill_text("建设{number}万亩高标准农田，打造优质麦良种繁育基地。") is None
    assert asking.fill_text("新增规模以上工业企业{number}家以上。") is None
    assert asking.fill_text(sentence) == asked
    shipped = Selector(load_bank(resolve_bank(None)[0]), 1, {"county": "高唐县"})
    assert not shipped.own_county
    assert shipped.fill_text(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "安全生产连续五年在全市考核中位列“优秀”等次。",
        "抓紧筹办第九届桃花节，强化宣传推介。",
        "加快推进县污水处理厂提标改造，建成投用西城区污水处理厂。",
    ],
)
def test_a_past_year_s_fact_is_not_said_again_by_its_county(sentence: str) -> None:
    from drafter.compose.portable import past_fact

    assert past_fact(sentence) is not None


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("今天，我代表县政府郑重表态：谁跟企业过不去，政府就跟谁过不去。", False),
        ("我们坚信，在县委的坚强领导下，各项事业一定会越来越好！", False),
        ("习近平总书记指出，城市是人集中生活的地方。", False),
        ("全面完成今年的各项任务目标，责任重大，使命光荣。", False),
        ("就业再就业渠道已经拓宽。", False),  # a result
        ("形式主义、官僚主义还不同程度存在，政务效能还需大力提升。", False),  # a shortcoming
        ("加快推进智慧城市管理平台建设，推进最小单元的数字化管理。", True),
        ("落实最严格的耕地保护制度，坚决遏制耕地“非农化”“非粮化”。", True),
    ],
)
def test_an_archive_s_frames_are_not_its_measures(sentence: str, measure: bool) -> None:
    from drafter.compose.suitability import measure_text

    assert measure_text(sentence) is measure


def test_a_numbered_part_s_title_gives_its_sentences_their_mood() -> None:
    """Reports whose review and plan are numbered parts (一、2021年工作回顾 / 二、2022年发展
    思路和工作重点 / 三、全面加强政府自身建设) have no unnumbered section titles: every bank reads
    the mood from the part's title, and what follows the review is plan (34 of the shipped
    reports numbered their parts so, and their reviews were mined as plans)."""
    from drafter.corpus.model import SourceText
    from drafter.mining.extract import extract_candidates, paragraph_modes
    from drafter.outline import parse_outline

    paragraphs = (
        "政府工作报告",
        "各位代表：",
        "现在，我代表县人民政府向大会报告工作，请予审议。",
        "一、2021年工作回顾",
        "过去一年，我们新建改建农村公路，群众出行条件持续改善。",
        "二、2022年发展思路和工作重点",
        "（一）加快项目建设",
        "加快推进重大项目建设，确保早开工、早投产。",
        "（二）推进乡村振兴",
        "加强农村人居环境整治，提升村容村貌。",
        "三、全面加强政府自身建设",
        "坚持依法行政，自觉接受人大监督。",
    )
    outline = parse_outline(paragraphs)
    modes = paragraph_modes(outline, len(paragraphs))
    assert modes[4] == "achievement"
    assert modes[7] == modes[9] == modes[11] == "target"
    source = SourceText(Path("r.txt"), "utf-8", paragraphs)
    bodies = {c.text: c.mode for c in extract_candidates(source, outline) if c.kind.value == "body"}
    assert bodies["过去一年，我们新建改建农村公路，群众出行条件持续改善。"] == "achievement"
    assert bodies["加强农村人居环境整治，提升村容村貌。"] == "target"
    # a part weighing the situation after the review is neither
    weighing = (*paragraphs[:5], "二、当前面临的形势和问题", "发展不平衡不充分的问题仍然突出。")
    outline = parse_outline(weighing)
    assert 6 not in paragraph_modes(outline, len(weighing))


def test_own_units_keep_plan_sentences_with_their_figures(own_bank: Path) -> None:
    """A unit of the county's own plan keeps a sentence holding that year's figure (drafting
    leaves the figure out or asks for this year's); a review unit, and any other bank, do not."""
    from drafter.mining.units import (
        FILLABLE_SLOTS,
        OWN_FIGURE_SLOTS,
        load_unit_rules,
        usable_sentence,
    )
    from drafter.phrasebank.model import Kind, Mode

    rules = load_unit_rules()
    assert not usable_sentence("新建{number}个村级服务站。", rules)
    assert usable_sentence(
        "新建{number}个村级服务站。", rules, fillable=FILLABLE_SLOTS | OWN_FIGURE_SLOTS
    )
    units = load_bank(own_bank).of_kind(Kind.PARAGRAPH)
    figures = [u for u in units if any("{number}" in item for item in u.items)]
    assert figures and all(u.mode is Mode.TARGET for u in figures)


def test_a_long_own_report_adds_its_archive_s_parts_and_ends_on_its_own_building(
    repo: Path, own_bank: Path, tmp_path: Path
) -> None:
    """Asked for more than its sections hold, the county's report adds parts its archive says
    most about (not 抓落实, a meeting's closing part), before its 作风建设 section, which stays
    its 三、加强政府自身建设."""
    from drafter.compose.plan import OWN_ADDED_WARNING, filler_topics
    from drafter.pipeline import draft_speech, load_inputs

    source = repo / "docs" / "reviews" / "targets" / "own-gaotang-2025-untitled.yaml"
    targets_file = tmp_path / "long.yaml"
    targets_file.write_text(
        re.sub(r"^length: \d+", "length: 12000", source.read_text(encoding="utf-8"), flags=re.M),
        encoding="utf-8",
    )
    targets, bank, _ = load_inputs(targets_file, own_bank)
    added = filler_topics(targets, bank)
    assert added and "抓落实" not in added and "作风建设" not in added
    result = draft_speech(targets_file, bank_dir=own_bank, seed=1)
    parts = result.draft.parts
    assert len(parts) > len(targets.sections)
    assert any(w.startswith(OWN_ADDED_WARNING) for w in result.warnings)
    assert parts[-1].topic == "作风建设" and parts[-1].section is not None
    lines = list(result.document.paragraphs())
    own_part = next(i for i, line in enumerate(lines) if line.startswith("三、"))
    assert parts[-1].paragraphs[0].text.startswith(lines[own_part + 1][:10])


def test_a_thin_own_part_is_topped_up_with_the_archive_s_measures_of_its_topic(
    own_bank: Path,
) -> None:
    """A part the county's units left short takes its archive's unsaid measures of its own
    topic, each once, none a result; a draft with another bank takes none this way."""
    from drafter.compose.own import own_rest
    from drafter.compose.select import Selector
    from drafter.compose.units import said_done
    from drafter.resources import resolve_bank

    def one_each(selector: Selector, pieces: list[Any]) -> list[tuple[Any, ...]]:
        return [(piece,) for piece in pieces]

    bank = bank_for_county(load_bank(own_bank), load_own(own_bank), "高唐县")
    own = Selector(bank, 1, {"county": "高唐县"})
    own.start_section("生态环保")
    paragraphs = own_rest(own, "生态环保", 600, "sections[5].topic", one_each)
    texts = [p.text for p in paragraphs]
    assert texts and len(set(texts)) == len(texts)
    assert sum(map(len, texts)) >= 300
    entries = {p.id: p for p in bank.phrases}
    for paragraph in paragraphs:
        (piece,) = paragraph.pieces
        assert piece.provenance is not None and piece.provenance.entry in entries
        assert entries[piece.provenance.entry].topics[0] == "生态环保"
        assert not said_done(piece.text)
    shipped = Selector(load_bank(resolve_bank(None)[0]), 1, {"county": "高唐县"})
    assert own_rest(shipped, "生态环保", 600, None, one_each) == []


def test_leftover_sentences_go_to_the_part_they_belong_in(own_bank: Path) -> None:
    """Once the parts are composed, the archive's plan sentences no part took are grouped by
    the part of the draft each belongs in: its matter's, or its first topic's when the draft
    has that part; never a review, a result, nor a hand-written entry. Another bank's draft
    takes none this way."""
    from drafter.compose.own import _RESULT, leftover_homes
    from drafter.compose.select import Selector
    from drafter.phrasebank.model import MATTER_SEPARATOR, Mode
    from drafter.resources import resolve_bank

    bank = bank_for_county(load_bank(own_bank), load_own(own_bank), "高唐县")
    topics = ["工业发展", "农业农村", "城乡建设", "作风建设"]
    homes = leftover_homes(Selector(bank, 1, {"county": "高唐县"}), topics)
    assert list(homes) == topics and all(homes.values())
    for topic, found in homes.items():
        for candidate in found:
            phrase = candidate.phrase
            assert not phrase.curated and phrase.mode is not Mode.ACHIEVEMENT
            assert not _RESULT.search(candidate.text)
            matter = (phrase.aspect or "").partition(MATTER_SEPARATOR)[0]
            if matter in topics:
                assert topic == matter
            elif phrase.topics[:1] and phrase.topics[0] in topics:
                assert topic == phrase.topics[0]
    shipped = Selector(load_bank(resolve_bank(None)[0]), 1, {"county": "高唐县"})
    assert not any(leftover_homes(shipped, topics).values())


def test_leftovers_are_said_once_in_paragraphs_of_a_few_sentences(own_bank: Path) -> None:
    from drafter.compose.own import MERGED_SENTENCES, leftover_homes, own_leftovers
    from drafter.compose.select import Selector

    def one_each(selector: Selector, pieces: list[Any]) -> list[tuple[Any, ...]]:
        return [(piece,) for piece in pieces]

    bank = bank_for_county(load_bank(own_bank), load_own(own_bank), "高唐县")
    selector = Selector(bank, 1, {"county": "高唐县"})
    homes = leftover_homes(selector, ["城乡建设", "生态环保"])
    selector.start_section("城乡建设")
    paragraphs = own_leftovers(selector, homes["城乡建设"], 500, None, one_each)
    texts = [piece.text for p in paragraphs for piece in p.pieces]
    assert 500 <= sum(map(len, texts)) < 500 + 160  # about what was missing
    assert len(set(texts)) == len(texts)
    assert all(len(p.pieces) <= MERGED_SENTENCES for p in paragraphs)
    assert len(paragraphs) < len(texts)  # one-sentence groups were joined
    # taken now, they are not taken again for another part
    again = own_leftovers(selector, homes["城乡建设"], 500, None, one_each)
    assert not {piece.text for p in again for piece in p.pieces} & set(texts)


@pytest.mark.parametrize(
    ("sentence", "result"),
    [
        ("基础设施全面改善，城市功能品质持续提升，乡村振兴迈出坚实步伐。", True),
        ("自主创新能力显著增强，研发和试验发展经费支出占生产总值比重明显提高。", True),
        ("实施城乡供水改造工程，持续提升农村饮水安全保障水平。", False),
        ("推动智慧安防小区建设提档升级。", False),
        ("深入打好蓝天保卫战，推动空气质量持续改善。", False),
    ],
)
def test_a_result_is_no_leftover_measure(sentence: str, result: bool) -> None:
    from drafter.compose.own import _RESULT

    assert bool(_RESULT.search(sentence)) is result


def test_the_county_s_next_report_reaches_most_of_its_length_from_its_archive(
    repo: Path, own_bank: Path
) -> None:
    """Issue 12's bar: 10,000 characters asked of a county's own four reports (no --todo)."""
    from drafter.compose.length import within
    from drafter.pipeline import draft_speech

    source = repo / "docs" / "reviews" / "targets" / "own-gaotang-2025-untitled.yaml"
    result = draft_speech(source, bank_dir=own_bank, seed=1)
    assert result.targets.length == 10000
    assert within(result.characters, 10000)


def test_an_added_own_part_is_one_its_archive_can_say_in_its_own_words(own_bank: Path) -> None:
    """A part added to a long own report is on a topic the archive holds enough sentences of,
    first or second (fewer, and the part would be said in hand-written words); a topic the
    archive says a few times only is not one."""
    from collections import Counter

    from drafter.compose.plan import own_filler_topics
    from drafter.names.own import ARCHIVE_ENOUGH
    from drafter.phrasebank.model import Kind, Mode

    bank = bank_for_county(load_bank(own_bank), load_own(own_bank), "高唐县")
    # (its plan sentences: a review's say no part of a plan — 商贸消费 of 高唐's archive had
    # twelve sentences, most of its reviews, and its added part was said in hand-written words)
    mined = Counter(
        t
        for p in bank.of_kind(Kind.BODY)
        if not p.curated and p.mode is not Mode.ACHIEVEMENT
        for t in p.topics[:2]
    )
    added = own_filler_topics(bank, set())
    assert added and all(mined[topic] >= ARCHIVE_ENOUGH for topic in added)
    thin = {topic for topic, count in mined.items() if 0 < count < ARCHIVE_ENOUGH}
    assert thin and not thin & set(added)
