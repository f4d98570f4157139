"""``draft --todo``: a sentence that needs a local fact is said with 【待补：…】, highlighted in
the .docx and listed after writing; lint reports it as 待补, not as an error; without ``--todo``
the sentence is left out."""

from __future__ import annotations

import zipfile
from pathlib import Path

from clirunner import run_cli
from test_compose import draft_document, make_bank, make_report, make_targets

from drafter.compose.portable import PLACEHOLDER_PATTERN, with_placeholders
from drafter.compose.select import Selector
from drafter.lint import count_errors, count_todo, lint_speech
from drafter.lint.model import Severity
from drafter.phrasebank.model import Kind, Phrase

REPO = Path(__file__).resolve().parents[1]
FACILITY = "加快推进县中医院门诊楼建设，提升县域医疗服务能力。"


def test_a_particular_the_writer_can_supply_becomes_a_placeholder() -> None:
    assert with_placeholders(FACILITY) == "加快推进【待补：设施名称】建设，提升县域医疗服务能力。"
    assert with_placeholders("年内建成数字经济产业园。") == "年内建成【待补：项目名称】。"
    assert (
        with_placeholders("加快“{county}苹果”品牌认证。") == "加快【待补：本地品牌名称】品牌认证。"
    )
    assert with_placeholders("加快项目建设。") is None
    # a later phase goes with the firm or site that names it (round 71: 启动同光科技【待补】)
    phased = with_placeholders("加快新兴产业发展壮大，启动同光科技二期项目，培育链主企业。")
    assert phased == "加快新兴产业发展壮大，启动【待补：项目名称】，培育链主企业。"


def test_only_with_todo_is_such_a_sentence_said() -> None:
    bank = make_bank()
    plain = Selector(bank, 1, {"county": "青禾县"})
    todo = Selector(bank, 1, {"county": "青禾县"}, todo=True)
    assert plain.fill_text(FACILITY) is None
    filled = todo.fill_text(FACILITY)
    assert filled is not None and PLACEHOLDER_PATTERN.search(filled)
    # a sentence wrong for another reason stays out with --todo too (a leaked place name)
    assert todo.fill_text("学习借鉴“浦江经验”，推进县中医院建设。") is None


def test_a_draft_with_todo_says_it_and_passes_its_check() -> None:
    from test_compose import render

    from drafter.compose.plan import compose_draft
    from drafter.compose.select import set_aside
    from drafter.pipeline import self_check

    on_topic = "加快推进县中医院门诊楼建设，全面提升民生保障水平，办好民生保障实事。"
    extra = [Phrase("bd-todo", Kind.BODY, on_topic, topics=("民生保障",))]
    bank = make_bank(extra=extra)
    targets = make_targets()
    # seeds whose draft does not set the sentence aside (each draft does without a share); of
    # those, most drafts take it (the part chooses among the small bank's sentences by seed)
    seeds = [s for s in range(50) if not set_aside(f"{s}:{targets.county}", on_topic)][:6]
    docs = [render(compose_draft(targets, bank, todo=True, seed=s), targets.kind) for s in seeds]
    holding = [doc for doc in docs if "【待补：设施名称】" in doc.text]
    assert len(holding) >= len(docs) // 2, len(holding)
    doc = holding[0]
    assert self_check(doc, targets, bank) == ()
    _, plain = draft_document(targets, bank)
    assert "待补" not in plain.text and "中医院" not in plain.text


def test_lint_reports_a_placeholder_as_todo_not_as_error() -> None:
    findings = lint_speech(["加快推进【待补：设施名称】建设。", "确保XX县完成任务。"])
    todo = [f for f in findings if f.severity is Severity.TODO]
    assert len(todo) == 1 and "待补" in todo[0].message
    assert count_todo(findings) == 1
    errors, _ = count_errors(findings)
    assert errors == 1  # the XX mask still is one


def test_the_cli_lists_the_placeholders_and_highlights_them(tmp_path: Path) -> None:
    out = tmp_path / "稿.docx"
    result = run_cli(
        ["draft", str(REPO / "examples" / "work_meeting.yaml"), "-o", str(out), "--todo"]
    )
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    count = xml.count("【待补：")
    if count:
        assert f"稿中有 {count} 处待补" in result.output
        assert '<w:highlight w:val="yellow"/>' in xml
    plain = tmp_path / "无待补.docx"
    result = run_cli(["draft", str(REPO / "examples" / "work_meeting.yaml"), "-o", str(plain)])
    with zipfile.ZipFile(plain) as package:
        assert "待补" not in package.read("word/document.xml").decode("utf-8")


def test_a_past_figure_becomes_a_number_to_supply_with_todo() -> None:
    bank = make_bank()
    sentence = "建设高标准农田{number}万亩，新增农民合作社{number}家。"
    assert Selector(bank, 1, {"county": "青禾县"}).fill_text(sentence) is None
    filled = Selector(bank, 1, {"county": "青禾县"}, todo=True).fill_text(sentence)
    assert filled == "建设高标准农田【待补：数字】万亩，新增农民合作社【待补：数字】家。"
    # three figures to supply in one sentence are a table, not a sentence
    crowded = "完成改造{number}户、{number}户、{number}户。"
    assert Selector(bank, 1, {"county": "青禾县"}, todo=True).fill_text(crowded) is None


def test_a_figure_the_targets_file_gives_is_not_asked_for_again() -> None:
    """Round 71's writer: the review stated 农村居民人均可支配收入……增长5.7%, then an area asked
    城乡居民人均可支配收入分别增长【待补：比例】. A sentence leaving a figure to fill that names a
    figure of the targets file, or the measure it names, is not said."""
    bank = make_bank()
    sentence = "城乡居民人均可支配收入分别增长{percent}、{percent}。"
    names = ("农村居民人均可支配收入", "规模以上工业增加值")
    given = Selector(bank, 1, {"county": "青禾县"}, todo=True, figure_names=names)
    assert given.fill_text(sentence) is None
    assert given.fill_text("规上工业增加值增长{percent}。") is None
    other = "新增农民合作社{number}家。"
    assert given.fill_text(other) == "新增农民合作社【待补：数字】家。"
    free = Selector(bank, 1, {"county": "青禾县"}, todo=True)
    asked = "城乡居民人均可支配收入分别增长【待补：比例】、【待补：比例】。"
    assert free.fill_text(sentence) == asked
    # nor by another name of the thing (round 86's writer: 固投 after 固定资产投资完成98.3亿元)
    invest = Selector(bank, 1, {"county": "青禾县"}, todo=True, figure_names=("固定资产投资",))
    asking = "狠抓项目谋划储备，全年完成固投{amount}以上。"
    assert invest.fill_text(asking) is None
    assert free.fill_text(asking) == "狠抓项目谋划储备，全年完成固投【待补：金额】以上。"


def test_lint_does_not_find_a_county_inside_a_word() -> None:
    findings = lint_speech(["新增城区供热面积，提升群众冬季取暖质量。"], county="高唐县")
    assert not [f for f in findings if "增城区" in f.message]
    # nor a word and the character opening another (平安区域), where a real name stays one
    findings = lint_speech(["以更高标准建设更高水平平安区域。"], county="翠屏湾区")
    assert not [f for f in findings if "平安区" in f.message]
    findings = lint_speech(["学习平山县域经济发展的经验。"], county="高唐县")
    assert [f for f in findings if "平山县" in f.message]


def test_with_todo_a_report_s_review_states_records_with_room_for_the_figures() -> None:
    """Round 61's writer: 回顾写“做了什么、做到多少”，缺的指标留占位. With --todo the review
    takes other reviews' records of a figure with the figure left to the writer
    (新增市场主体【待补：数字】家); without it, none of them."""
    from test_compose import _shipped_bank

    from drafter.compose.plan import compose_draft

    targets = make_report(("工业发展", "项目建设", "营商环境", "民生保障"))
    bank = _shipped_bank()
    todo = compose_draft(targets, bank, todo=True, seed=2)
    review = "".join(p.text for p in todo.review_areas)
    assert "【待补：" in review, review
    plain = compose_draft(targets, bank, seed=2)
    assert "待补" not in "".join(p.text for p in plain.review_areas)


def test_a_review_s_places_to_fill_are_counted_apart_from_the_plan_s() -> None:
    """Round 69's writer: 回顾重写为“做了什么、数字多少”. With --todo a review's areas each take
    up to ``AREA_PLACEHOLDER_SENTENCES`` records with the writer's figure to fill, counted apart
    from the draft's ``MAX_PLACEHOLDERS``: the plan keeps its own share of them."""
    from test_compose import _shipped_bank

    from drafter.compose.plan import compose_draft
    from drafter.compose.review import AREA_PLACEHOLDER_SENTENCES, REVIEW_PLACEHOLDERS
    from drafter.compose.select import MAX_PLACEHOLDERS

    topics = ("工业发展", "城乡建设", "生态环保", "农业农村", "文化旅游", "民生保障")
    targets = make_report(topics)
    bank = _shipped_bank()
    most = 0
    for seed in (2, 3):
        draft = compose_draft(targets, bank, todo=True, seed=seed)
        areas = [p for p in draft.review_areas if p.lead is not None]
        counts = [
            sum(bool(PLACEHOLDER_PATTERN.search(s)) for s in p.text.split("。")) for p in areas
        ]
        assert all(n <= AREA_PLACEHOLDER_SENTENCES for n in counts), counts
        most = max(most, *counts)
        review = "".join(p.text for p in draft.review_areas)
        places = len(PLACEHOLDER_PATTERN.findall(review))
        assert MAX_PLACEHOLDERS < places <= REVIEW_PLACEHOLDERS * len(topics), places
        plan = "".join(p.text for part in draft.parts for p in part.paragraphs)
        assert 0 < len(PLACEHOLDER_PATTERN.findall(plan)) <= MAX_PLACEHOLDERS + 2
    # (an area takes as many such records as it may: rounds 128–132's writers read areas of one
    # or two sentences each as 撑不起一年的工作)
    assert most == AREA_PLACEHOLDER_SENTENCES


def test_a_review_without_its_headline_figure_asks_for_it_with_todo() -> None:
    """Every year's review opens on 地区生产总值 (round 65's writer: 回顾不报地区生产总值): with
    --todo a file that gives none gets it first with 【待补】; without --todo, nothing is made up;
    a file that gives it is said as given."""
    from drafter.compose.figures import achievement_paragraph

    figures = [{"name": "一般公共预算收入", "value": 5.0, "unit": "亿元", "growth": 2.2}]
    targets = make_report(["工业发展"], review={"figures": figures})
    asked = achievement_paragraph(targets, todo=True)
    assert asked is not None
    assert asked.text == (
        "2024年，全县地区生产总值达到【待补：金额】，增长【待补：比例】；"
        # (and a report's main figures the file gives none of: ``REVIEW_TODO``)
        "固定资产投资增长【待补：比例】；社会消费品零售总额完成【待补：金额】，增长【待补：比例】；"
        "规上工业增加值增长【待补：比例】；一般公共预算收入完成5.0亿元，增长2.2%。"
    )
    plain = achievement_paragraph(targets)
    assert plain is not None and "地区生产总值" not in plain.text
    given = achievement_paragraph(make_targets(), todo=True)
    assert given is not None and "待补" not in given.text
    # a file with no review figures at all: the headline alone, with --todo only
    bare = make_report(["工业发展"], review={"figures": []})
    assert achievement_paragraph(bare) is None
    alone = achievement_paragraph(bare, todo=True)
    assert alone is not None and alone.text.endswith("增长【待补：比例】。")


def test_a_review_given_after_the_year_s_end_estimates_nothing() -> None:
    """Round 72's writer: a report of 14 March 2025 reviewing 2024 said 预计现代服务业增加值增长
    【待补：比例】 — the year is over, its figures are known (the round's targets file, seed)."""
    from test_compose import _shipped_bank

    from drafter.compose.plan import compose_draft
    from drafter.targets.load import load_targets

    bank = _shipped_bank()
    path = REPO / "docs" / "reviews" / "units-round72" / "targets" / "wr-ningli.yaml"
    targets = load_targets(path, topics=bank.topic_names())
    for seed in (82, 83):
        draft = compose_draft(targets, bank, todo=True, seed=seed)
        assert "预计" not in "".join(p.text for p in draft.review_areas)


def test_a_report_s_goals_ask_for_the_year_s_usual_figures_with_todo() -> None:
    """Round 73's writer: 主要预期目标只写了地区生产总值一项……没有数的也要留【待补】. With
    --todo the usual figures of a year's targets the file gives none for are asked of the
    writer after its own; without --todo, or where the file gives them, none."""
    from drafter.compose.figures import TODO_GOALS, goals_paragraph

    only = make_report(["工业发展"], goals=[{"name": "地区生产总值", "growth": 5}])
    asked = goals_paragraph(only, todo=True)
    assert asked is not None
    assert asked.text.count("【待补：比例】") == len(TODO_GOALS)
    assert asked.text.index("地区生产总值增长5%") < asked.text.index("一般公共预算收入增长【待补")
    plain = goals_paragraph(only)
    assert plain is not None and "待补" not in plain.text
    given = [
        {"name": "地区生产总值", "growth": 5},
        {"name": "一般公共预算收入", "growth": 3},
        {"name": "固定资产投资", "growth": 6},
        {"name": "社会消费品零售总额", "growth": 5},
        {"name": "规模以上工业增加值", "growth": 7},
    ]
    full = goals_paragraph(make_report(["工业发展"], goals=given), todo=True)
    assert full is not None and "待补" not in full.text


def test_a_speech_whose_speaker_the_file_does_not_name_asks_for_it_with_todo() -> None:
    """Round 73's writer: 没有署名……指标文件没给讲话人，应留【待补】. With --todo a speech's
    speaker line asks for the speaker; without it there is none; a named speaker is said."""
    from test_compose import _shipped_bank

    from drafter.compose.plan import compose_draft

    bank = _shipped_bank()
    unnamed = make_targets(speaker=None)
    asked = "青禾县【待补：讲话人职务】　【待补：姓名】"
    assert compose_draft(unnamed, bank, todo=True).speaker_line == asked
    assert compose_draft(unnamed, bank).speaker_line == ""
    assert compose_draft(make_targets(), bank).speaker_line == "青禾县县长"


def test_a_speaker_named_by_post_only_is_asked_for_the_name_with_todo() -> None:
    """Round 94's writer, all four drafts: 署名只有“县委副书记、县长”，没有姓名，也没留待补;
    “刚才，县委书记作了重要讲话”按惯例称“××书记”. With --todo the speaker line (a speech's
    and a report's) leaves the name to fill after the posts and the secretary is ××书记; a
    speaker field that names the speaker is said as given."""
    from test_compose import _shipped_bank

    from drafter.compose.plan import compose_draft, names_speaker

    bank = _shipped_bank()
    posts = make_targets(speaker="县委副书记、县长")
    drafted = compose_draft(posts, bank, todo=True)
    assert drafted.speaker_line == "青禾县委副书记、县长　【待补：姓名】"
    assert drafted.secretary == "【待补：姓名】书记"
    plain = compose_draft(posts, bank)
    assert (plain.speaker_line, plain.secretary) == ("青禾县委副书记、县长", "县委书记")
    named = make_targets(speaker="县长 王立明")
    assert compose_draft(named, bank, todo=True).speaker_line == "青禾县县长王立明"
    assert not names_speaker("常务副县长") and names_speaker("张立军同志")
    report = make_targets(kind="work_report", meeting="县第十八届人民代表大会第四次会议")
    assert compose_draft(report, bank, todo=True).speaker_name == "　【待补：姓名】"
    assert compose_draft(report, bank).speaker_name == ""


def test_a_report_s_review_states_the_main_figures_it_was_not_given_with_todo() -> None:
    """Round 95's writers: a report set 固定资产投资 and 规上工业增加值 targets for 2025, and its
    review gave no 2024 base for either. With --todo a report's review states the main figures
    (``figures.REVIEW_TODO``) the file gives none of, after the headline, for the writer to fill;
    a figure given is said as given; without --todo, none is asked."""
    from test_compose import make_report

    from drafter.compose.figures import achievement_paragraph

    given = [{"name": "一般公共预算收入", "value": 5.0, "unit": "亿元", "growth": 2.2}]
    targets = make_report(["工业发展"], review={"figures": given})
    text = achievement_paragraph(targets, todo=True).text
    assert text.startswith(
        "2024年，全县地区生产总值达到【待补：金额】，增长【待补：比例】；固定资产投资"
    )
    assert "规上工业增加值增长【待补：比例】" in text and "社会消费品零售总额完成【待补" in text
    assert text.count("一般公共预算收入") == 1 and "5.0亿元" in text
    assert "；；" not in text and text.endswith("。")
    plain = achievement_paragraph(targets).text
    assert "待补" not in plain


def test_only_the_sentence_asking_for_a_fact_stands_out_in_a_template_paragraph() -> None:
    """The .docx highlights a run holding 【待补：……】; a template paragraph was one run, so
    “刚才，【待补：姓名】书记作了重要讲话……” highlighted the whole opening (read as pictures
    on 6 December). The asking sentence is a run of its own, the rest of the paragraph another."""
    from test_compose import _shipped_bank, render

    from drafter.compose.plan import compose_draft

    targets = make_targets(kind="plenary", meeting="县委经济工作会议", date="2024-12-26")
    document = render(compose_draft(targets, _shipped_bank(), seed=1, todo=True), "plenary")
    block = next(b for b in document.blocks if b.text.startswith("刚才，"))
    asking = [run.text for run in block.runs if "【待补：" in run.text]
    assert asking == [
        "刚才，【待补：姓名】书记作了重要讲话，对做好明年经济工作提出了明确要求，我完全赞同。"
    ]
    assert len(block.runs) >= 2 and "".join(run.text for run in block.runs) == block.text
