"""The shared rule table of what is a local name (drafter/names/rules.py), both directions, and
the hand-labelled words of an unseen archive (tests/data/names_labelled.tsv)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from drafter.names.rules import KIND_SHAPES, SUFFIX_CLASSES, judge_word, kind_lines_from_corpus

DATA = Path(__file__).parent / "data" / "names_labelled.tsv"
# the bar of issue 12: of the words made into slots, ordinary words at most 2%
ORDINARY_SLOT_BAR = 0.02


def _words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize(
    "word",
    # the words issue 12's reader found made into {place}/{org}, and kinds of places and bodies
    _words(
        "养老金 广大群众 建立健全 明显改善 新兴产业 阳光 入市 平原 "
        "样板路 特色小镇 副中心镇 文创产业园 电子信息产业园 水务集团 城投公司 "
        "美丽乡村 普惠性幼儿园 区内湾 双随机、一公开 三保障"
    ),
)
def test_ordinary_words_are_never_names(word: str) -> None:
    assert not judge_word(word).is_name


@pytest.mark.parametrize(
    "word",
    _words(
        "奋斗镇 十四冬主场馆 龙津路 百里峡 河钢集团 华能公司 时风集团 "
        "马颊河 石佛镇 柿子沟 尧帝路 高唐县 保定 河北省 黄河流域 长江 涞源湖 "
        "北京大学 城北工业园区 书画小镇 西成铁路 群科新区 通和初中"
    ),
)
def test_names_by_division_or_by_stem_and_suffix(word: str) -> None:
    judgement = judge_word(word)
    assert judgement.is_name, judgement
    assert judgement.slot in ("place", "org")


@pytest.mark.parametrize(
    "word",
    # no evidence either way: the sentence is left out, and the word is not called a name
    ["大关", "中科", "擂台赛", "安委会", "少跑路", "全力支持白石山", "呼伦贝尔市推进公交公司"],
)
def test_a_tag_or_a_phrase_alone_is_no_name(word: str) -> None:
    assert not judge_word(word).is_name


@pytest.mark.parametrize(
    "word",
    # a road named by words every county writes: a kind of road official writing coins (卡脖路,
    # 外联路, 瓶颈路 of round 3's samples) or every county's road of that name (迎宾路, 平安大街):
    # left out of the bank, but no evidence of a county for lint's list
    _words("卡脖路 外联路 瓶颈路 断头路 迎宾路 平安大街 南环路"),
)
def test_a_road_named_by_common_words_is_unsure(word: str) -> None:
    assert judge_word(word).verdict == "unsure"


@pytest.mark.parametrize(
    "word",
    # round 3 (2026-12-03, held-out reports and 高阳 2018): a county named by one common
    # character read out of 新县医院 / 和县医院, an abolished county's stem (海岛县 → 海岛), a
    # slogan cut at 村 (联县带村), a verb the segmenter split before a school (获批|初中), a
    # county's platform firms (区文发公司, 园区建发公司), a province's abbreviation (川东)
    _words("新县医院 和县医院 海岛 联县带村 以城带乡 获批初中 区文发公司 建发公司 川东"),
)
def test_round_three_ordinary_words_are_no_names(word: str) -> None:
    assert not judge_word(word).is_name


@pytest.mark.parametrize("shape", KIND_SHAPES, ids=lambda k: k.name)
def test_each_kind_shape_example(shape) -> None:  # type: ignore[no-untyped-def]
    assert judge_word(shape.accept).is_ordinary
    assert not judge_word(shape.reject).is_ordinary


def test_a_place_cut_out_of_ordinary_words() -> None:
    from drafter.names.rules import cut_from_words

    text = "实施城容城貌综合整治"
    assert cut_from_words(text, 3, 5) == "frame"  # 容城 of 城容城貌
    assert cut_from_words("大力实施科技兴海，加快", 6, 8) == "pairs"  # 兴海 of 科技兴海
    assert cut_from_words("在保定考察", 1, 3) is None  # a division named in full


@pytest.mark.parametrize("cls", SUFFIX_CLASSES, ids=lambda c: c.name)
def test_each_suffix_class_example(cls) -> None:  # type: ignore[no-untyped-def]
    assert judge_word(cls.accept).is_name
    assert not judge_word(cls.reject).is_name


def test_kinds_file_is_what_the_corpus_gives(repo: Path) -> None:
    # kinds.txt is generated (write_kinds_file); a hand edit there would be lost
    shipped = (repo / "drafter" / "names" / "kinds.txt").read_text(encoding="utf-8")
    lines = [line for line in shipped.splitlines() if line and not line.startswith("#")]
    assert lines == kind_lines_from_corpus(repo / "corpus")


def test_lint_reads_generic_town_stems_from_the_shared_table() -> None:
    from drafter.lint import lint_speech

    def places(text: str) -> list[str]:
        findings = lint_speech(["同志们：", text], county="青禾县")
        return [f.message for f in findings if f.code in ("names.town", "names.place")]

    assert not places("到特色镇、中心镇学习，打造示范县。")
    assert places("到石佛镇学习。")  # a town of a stem and 镇 (not in the place list)
    # a conjunction before a verb and its object (或回乡投资创业) is no town's stem (the
    # composition benchmark's self-check failed a draft on 或回乡)
    assert not places("在外人士，或回乡投资创业，或帮助招商引资。")
    # 镇街 is the towns and subdistricts together (a property test's draft: 谋划镇街卫生院……)
    assert not places("推进“一站式”服务，谋划镇街卫生院新建改建项目。")


def _labelled() -> list[tuple[str, str, str]]:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            sample, word, label, _ = line.split("\t")
            rows.append((sample, word, label))
    return rows


def test_labelled_words_of_an_unseen_archive() -> None:
    """Judged alone, the labelled words of every sample (see the data file's header): ordinary
    words called names within issue 12's bar, and no local name called ordinary (which would
    leave it in the bank) but 世界银行."""
    verdicts: Counter[tuple[str, str]] = Counter()
    leaked = []
    for _, word, label in _labelled():
        verdict = judge_word(word).verdict
        verdicts[label, verdict] += 1
        if label == "N" and verdict == "ordinary":
            leaked.append(word)
    names = sum(n for (_, verdict), n in verdicts.items() if verdict == "name")
    # measured 2026-12-03, round 3: 3 of 368 (通江; 容城 and 兴海, which mining reads out of
    # 城容城貌 and 科技兴海 by their context: test_a_place_cut_out_of_ordinary_words)
    assert verdicts["O", "name"] / names <= ORDINARY_SLOT_BAR, (verdicts["O", "name"], names)
    # 世界银行 only: written by three counties of the corpus, and no county's own name
    assert leaked == ["世界银行"]


def test_labelled_words_never_used_to_tune() -> None:
    """Samples 0 and 2 of round 2 (drawn before and after its tuning) and 6 of round 3 (海拉尔
    2019, labelled with the final rules): no ordinary word called a name."""
    named = [
        word
        for sample, word, label in _labelled()
        if sample in ("0", "2", "6") and label == "O" and judge_word(word).is_name
    ]
    assert named == []


def test_round_three_mining_shapes() -> None:
    """Places no dictionary tag marks, found by the shapes official writing gives them: a river
    by its suffix (孝义|河, which the shipped bank held as text), a zone named by ordinary words
    (信息|智能|产业园, the leak of rounds 2 and 3), a road by its ends' first characters
    (海—宝农村公路, 海拉尔 2019); not a dash between words, nor a kind (物流园区)."""
    from drafter.mining.names import NameContext, find_names

    def found(text: str) -> list[str]:
        return [h.original for h in find_names(text, NameContext(doc_freq={}, n_docs=5))]

    assert "孝义河" in found("④孝义河河道综合整治工程")
    # a number and a length or area before it names a spring or river (round 49: 一亩泉 reached
    # two counties' drafts); a count does not
    assert "一亩泉" in found("完成一亩泉饮用水水源保护区优化设置。")
    assert "十里河" in found("全面治理十里河，打造滨水景观带。")
    assert not found("加快两条河道综合治理。")
    assert "信息智能产业园" in found("信息智能产业园南北地块标准车间投入使用。")
    assert "海—宝" in found("投资2599万元的海—宝农村公路通车。")
    assert not found("推进新型城镇化—乡村振兴路径。")
    assert not found("谋划物流园区建设，降低企业物流成本。")


LEAKS = Path(__file__).parent / "data" / "names_leaks.tsv"


def _leaks() -> list[tuple[str, str, str, str, str]]:
    rows = []
    for line in LEAKS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            sample, county, sentence, name, status = line.split("\t")
            rows.append((sample, county, sentence, name, status))
    return rows


@pytest.mark.parametrize(
    "row", [r for r in _leaks() if r[4] == "caught"], ids=lambda r: f"{r[0]}-{r[3]}"
)
def test_round_four_leaks_are_caught(row: tuple[str, str, str, str, str]) -> None:
    """Every local name rounds 4 and 5 found left in a sampled bank entry (names_leaks.tsv) and
    marked caught now leaves its sentence out: an unsure hit (or a place or body slot no draft
    fills) over the name."""
    from drafter.mining.names import NameContext, find_names

    _, county, sentence, name, _ = row
    context = NameContext(doc_freq={}, n_docs=5, county_names=frozenset({county, county + "区"}))
    at = sentence.index(name.strip("“”"))
    end = at + len(name.strip("“”"))
    covering = [
        hit
        for hit in find_names(sentence, context)
        if hit.start < end and at < hit.end and hit.slot in (None, "place", "org", "project")
    ]
    assert covering, (name, [(h.original, h.slot) for h in find_names(sentence, context)])


def test_round_four_shapes() -> None:
    """Towns named by any word (奋斗|镇, which jieba splits and reads as a verb), not a count or
    a kind (10镇, 移风易俗示范镇), nor a verb on the town (建成镇污水处理厂: unsure at most)."""
    from drafter.mining.names import NameContext, find_names

    def found(text: str) -> dict[str, str | None]:
        return {h.original: h.slot for h in find_names(text, NameContext(doc_freq={}, n_docs=5))}

    assert found("推进奋斗镇创建国家级环境优美乡镇工作。") == {"奋斗镇": "place"}
    assert found("建成镇污水处理厂2座。").get("建成镇", None) is None
    assert not found("年内建成10个以上移风易俗示范镇、20个以上移风易俗示范村。")
    assert not found("全县乡镇区划调整为10镇7乡。")
    assert not found("新建养老院3所，改造敬老院5所，推进互助幸福院建设。")
    assert not found("深入实施“十四五”规划。")


@pytest.mark.parametrize(
    "word",
    # round 4 (海拉尔 2013/2017): a kind of 小区 (有效解决城区弃管小区), a line (输配电线路 of
    # 次干道路、变电站、输配电线路等基础设施工程), a camp jieba tags as a person (冰雪冬令营)
    _words("弃管小区 输配电线路 冬令营 夏令营"),
)
def test_round_four_ordinary_words_are_no_names(word: str) -> None:
    assert judge_word(word).is_ordinary


def test_a_road_on_a_common_word_keeps_its_name() -> None:
    # 山路 is a word, 中山路 a road: the words that are no road are listed, not every 路 word
    assert not judge_word("中山路").is_ordinary
    assert judge_word("满洲里路").is_name


def test_numbers_read_digit_by_digit_name_a_place_but_years_do_not() -> None:
    from drafter.mining.names import NameContext, find_names

    def found(text: str) -> list[str]:
        return [h.original for h in find_names(text, NameContext(doc_freq={}, n_docs=5))]

    assert found("实施六二六小河沿河景观建设。")  # 海拉尔's river, 626 read digit by digit
    assert not found("实现二〇三五年远景目标，促进一二三产业融合发展。")


def test_round_five_shapes() -> None:
    """保定 2014–2026: a county-level division the segmenter cuts before its level (莲池|区), a
    city brand ending 之城, a laboratory named by a proper stem (燕赵电力实验室); not a kind
    with a level before it (省级重点镇), a change of level (乡改镇), a count before a title
    (8个名校长), a laboratory of a kind (国家重点实验室)."""
    from drafter.mining.names import NameContext, find_names

    def found(text: str) -> dict[str, str | None]:
        return {h.original: h.slot for h in find_names(text, NameContext(doc_freq={}, n_docs=5))}

    assert found("莲池区县域科技创新能力全省第一。") == {"莲池区": "place"}
    assert "之城" in found("聚焦品质生活之城建设重大需求。")
    assert found("高水平建设燕赵电力实验室。") == {"燕赵电力实验室": None}
    assert not found("积极推进国家和省级重点镇建设。")
    assert not found("推进乡改镇、村改居工作。")
    assert not found("办好8个名校长、41个名师工作室。")
    assert not found("争取一批国家重点实验室等科研机构在我市布局。")
    assert not found("城区道路改造。")


def test_brands_the_segmenter_cuts_are_counted_as_words() -> None:
    """粤|旺 (博野 2024), 麻|山药 (蠡县 2020–2022, 博野 2021), 保|西 (顺平 2008, 唐县 2020) —
    leaks of the shipped bank that drafts for other counties used — are counted as words, so
    mining's own words of one county (or two neighbours) keep their sentences out; ordinary
    writing the segmenter cuts as finely gives none."""
    from drafter import segment
    from drafter.mining.names.words import split_names

    def names(text: str) -> list[str]:
        return split_names(segment.cut(text))

    assert names("推动粤旺一产尽快投入运行、二产加快实施。") == ["粤旺"]
    assert names("深化麻山药农业创新驿站建设。") == ["麻山药"]
    assert names("建设保西养老中心。") == ["保西"]
    assert names("推动保北地区打造全市发展最快的经济增长极。") == ["保北"]
    assert not names("新北环、新西环列入省交通厅“十四五”建设规划。")
    assert not names("及时调整全县低保金、特困金标准。")
    assert not names("圆满承办国家卫生应急暨京津冀联合演练。")
    assert not names("深入实施“藏粮于地、藏粮于技”战略。")


@pytest.mark.parametrize("name", ["粤旺", "麻山药", "保西", "邸北", "固德", "品质生活之城"])
def test_shipped_bank_holds_no_round_five_leak(repo: Path, name: str) -> None:
    """One county's brand, product, quarter or city brand that the shipped bank held in body,
    lead or paragraph entries (粤旺 reached 17 of 30 drafts for other counties)."""
    for kind in ("body", "lead", "paragraph"):
        text = (repo / "phrasebank" / f"{kind}.yaml").read_text(encoding="utf-8")
        assert name not in text, (kind, name)


def test_round_five_places_after_a_move_and_hosted_events() -> None:
    """驻保部队, 京企来保 (保定), 驻高人民解放军 (高阳, in the shipped bank): a place named by its
    first character after 驻/来/赴; 成功举办第23届国际被动房大会: an event hosted, by its edition.
    Not 驻村, 五年来共, 驻县单位, 任务来抓, nor a session of a congress."""
    from drafter.mining.names import NameContext, find_names

    def reasons(text: str) -> set[str]:
        return {h.reason for h in find_names(text, NameContext(doc_freq={}, n_docs=5))}

    moved = "驻、来、赴后的地名简称"
    assert moved in reasons("支持驻保部队工作。")
    assert moved in reasons("向驻高人民解放军、武警官兵致以敬意。")
    assert moved in reasons("依托河北大学等驻保高校智力资源。")
    for text in ("派出驻村工作组。", "五年来共实施1000万元以上项目。", "向驻县单位致以敬意。"):
        assert moved not in reasons(text), text
    assert moved not in reasons("把它作为重大政治任务来抓。")
    hosted = "本地举办的某届活动"
    assert hosted in reasons("成功举办第23届国际被动房大会。")
    assert hosted not in reasons("在县第十四届人民代表大会第二次会议上。")
