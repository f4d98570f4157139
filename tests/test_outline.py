"""The outline parser on hand-written snippets: parts, headings, traps, glued headings, runs, leads.

Snippets imitate how speeches and work reports from other counties, cities and provinces are
written; none is copied from the corpus.
"""

from __future__ import annotations

import pytest

from drafter.outline import format_outline, parse_outline, split_sentences
from drafter.outline.heading_text import find_glued_split
from drafter.outline.model import Outline


def _headings(paragraphs: list[str]) -> list[tuple[int, str, str]]:
    return [(h.level, h.marker, h.text) for h in parse_outline(paragraphs).headings]


def _runs(paragraphs: list[str]) -> list[tuple[str, int, list[str]]]:
    return [
        (e.style, e.count, [i.text for i in e.items])
        for e in parse_outline(paragraphs).enumerations
    ]


def _leads(paragraphs: list[str]) -> list[str]:
    return [lead.text for lead in parse_outline(paragraphs).lead_sentences]


# --- a whole speech -----------------------------------------------------------------------------

SPEECH = [
    "在全县经济工作会议上的讲话",
    "同志们：",
    "今天，我们召开全县经济工作会议，主要任务是总结工作、部署任务。下面，我讲三点意见。",
    "一、提高站位，统一思想",
    "一要提高认识。这是前提，大家务必重视。二要明确责任。这是关键，必须落实到人。",
    "二、突出重点，狠抓落实",
    "（一）全力抓项目。项目是发展的引擎，要紧盯不放。",
    "（二）持续抓产业。产业是富民的根本，要久久为功。",
    "三、转变作风，提升效能",
    "第一，要敢于担当。遇到困难不推诿。第二，要善于落实。定了的事马上办。",
    "同志们，让我们团结一心，奋力谱写高质量发展新篇章！",
]


def test_a_whole_speech_matches_the_contract() -> None:
    outline = parse_outline(SPEECH)
    assert outline.to_json() == {
        "title": "在全县经济工作会议上的讲话",
        "salutation": "同志们：",
        "opening": SPEECH[2],
        "transition": "下面，我讲三点意见。",
        "headings": [
            {"level": 1, "marker": "一、", "text": "提高站位，统一思想"},
            {"level": 1, "marker": "二、", "text": "突出重点，狠抓落实"},
            {"level": 2, "marker": "（一）", "text": "全力抓项目"},
            {"level": 2, "marker": "（二）", "text": "持续抓产业"},
            {"level": 1, "marker": "三、", "text": "转变作风，提升效能"},
        ],
        "enumerations": [
            {"style": "一要", "count": 2, "items": ["提高认识", "明确责任"]},
            {"style": "第一", "count": 2, "items": ["要敢于担当", "要善于落实"]},
        ],
        "lead_sentences": [],
        "closing": SPEECH[-1],
    }


def test_spans_point_at_the_source() -> None:
    outline = parse_outline(SPEECH)
    for heading in outline.headings:
        paragraph = SPEECH[heading.span.paragraph]
        assert paragraph[heading.span.start : heading.span.end] == heading.marker + heading.text
    for enumeration in outline.enumerations:
        for item in enumeration.items:
            quoted = SPEECH[item.span.paragraph][item.span.start : item.span.end]
            assert quoted.startswith(item.marker) and quoted.endswith(item.text)
    assert outline.transition is not None
    span = outline.transition.span
    assert SPEECH[span.paragraph][span.start : span.end] == outline.transition.text


def test_tree_shows_levels_runs_and_parts() -> None:
    tree = format_outline(parse_outline(SPEECH))
    lines = tree.splitlines()
    assert lines[0] == "标题：在全县经济工作会议上的讲话"
    assert "称呼：同志们：" in lines
    assert "过渡：下面，我讲三点意见。" in lines
    assert "一、提高站位，统一思想" in lines
    assert "  （一）全力抓项目" in lines
    assert "  · 一要…（2项）：提高认识｜明确责任" in lines
    assert lines[-1].startswith("结尾：同志们，让我们团结一心")
    # the run sits under its heading, before the next one
    assert (
        lines.index("  · 一要…（2项）：提高认识｜明确责任")
        == lines.index("一、提高站位，统一思想") + 1
    )


def test_empty_and_structureless_text() -> None:
    assert parse_outline([]).to_json()["headings"] == []
    assert format_outline(parse_outline([])) == "（未识别出提纲结构）"
    outline = parse_outline(["这是一段没有任何结构的普通文字，只有一句话。"])
    assert outline.headings == () and outline.enumerations == ()


# --- sentences ----------------------------------------------------------------------------------


def test_split_sentences_ends_and_closing_quotes() -> None:
    text = "他说：“好。”然后走了！真的？最后一句没有句号"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "他说：“好。”",
        "然后走了！",
        "真的？",
        "最后一句没有句号",
    ]


def test_split_sentences_semicolons_and_spaces() -> None:
    text = "  一是加强领导；二是压实责任。  "
    assert [text[a:b] for a, b in split_sentences(text)] == ["一是加强领导；", "二是压实责任。"]
    assert split_sentences("") == ()
    assert split_sentences("   ") == ()


# --- false-positive traps -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "二、三级子公司要建立健全内控制度，防范经营风险。",
        "一、二等奖各评出三名，颁发证书和奖金。",
        "三、四季度是全年工作的关键期，要抓紧抓实。",
        "一、二、三产业协调发展，结构不断优化。",
        "2、3月份是春耕备耕的关键时期。",
        "1.5万亩高标准农田全部建成。",
    ],
)
def test_numeral_lists_are_not_headings(paragraph: str) -> None:
    assert _headings(["一、加强领导", paragraph, "二、压实责任"]) == [
        (1, "一、", "加强领导"),
        (1, "二、", "压实责任"),
    ]


def test_stray_enumeration_comma_after_a_bracket_marker() -> None:
    paragraphs = [
        "一、总体要求",
        "（一）、加强领导。要重视。",
        "（二）、压实责任。",
        "（一）、（二）类项目分类管理。",
    ]
    assert _headings(paragraphs) == [
        (1, "一、", "总体要求"),
        (2, "（一）", "加强领导"),
        (2, "（二）", "压实责任"),
    ]


def test_out_of_sequence_level_one_is_rejected() -> None:
    # "三、" right after "一、" does not continue the sequence; "五、" far away neither.
    assert _headings(
        ["一、加强领导", "三、是全年的重点。", "二、压实责任", "五、四季度要冲刺。"]
    ) == [
        (1, "一、", "加强领导"),
        (1, "二、", "压实责任"),
    ]


def test_a_lonely_inline_numbered_line_is_not_an_outline() -> None:
    text = (
        "一、是要坚持问题导向，把工作做实，把短板补齐，确保各项工作落到实处，取得实实在在的成效。"
    )
    assert _headings([text]) == []


def test_multiple_listing_words_are_not_runs() -> None:
    paragraphs = [
        "深化“多证合一、一照一码”改革，推进“一网通办”。",
        "荣获全国第二、第七、第九名，召开第一次全体会议。",
        "说话办事要一是一、二是二，实事求是。",
        "坚持发展第一要务，统一要求，唯一是从。",
    ]
    assert _runs(paragraphs) == []
    assert _headings(paragraphs) == []


def test_dates_and_plans_are_not_headings() -> None:
    paragraphs = ["“十四五”规划实施以来，成效明显。", "2024年1月21日", "十四五时期是关键期。"]
    assert _headings(paragraphs) == []


def test_numbered_list_of_figures_is_not_headings() -> None:
    paragraphs = [
        "一、主要指标完成情况",
        "1.地区生产总值完成156.3亿元，增长6.5%。",
        "2.一般公共预算收入完成8.2亿元，增长5.1%。",
        "3.城镇居民人均可支配收入达到41235元，增长5.8%。",
        "二、今年工作安排",
    ]
    assert _headings(paragraphs) == [(1, "一、", "主要指标完成情况"), (1, "二、", "今年工作安排")]


def test_level_three_headings_are_kept_when_they_are_headings() -> None:
    paragraphs = [
        "一、推进产业发展",
        "（一）做强工业",
        "1.壮大龙头企业。支持骨干企业扩能改造。",
        "2.培育专精特新。新增专精特新企业5家。",
        "（1）强化政策支持。落实奖补政策。",
        "（2）优化服务保障。开展入企服务。",
    ]
    assert _headings(paragraphs) == [
        (1, "一、", "推进产业发展"),
        (2, "（一）", "做强工业"),
        (3, "1.", "壮大龙头企业"),
        (3, "2.", "培育专精特新"),
        (4, "（1）", "强化政策支持"),
        (4, "（2）", "优化服务保障"),
    ]


def test_half_width_markers() -> None:
    paragraphs = [
        "一.加强领导",
        "(一)健全机制。建立台账。",
        "(二)压实责任。",
        "1、细化分工",
        "2、强化督查",
        "二.狠抓落实",
    ]
    assert _headings(paragraphs) == [
        (1, "一.", "加强领导"),
        (2, "(一)", "健全机制"),
        (2, "(二)", "压实责任"),
        (3, "1、", "细化分工"),
        (3, "2、", "强化督查"),
        (1, "二.", "狠抓落实"),
    ]


def test_glossary_after_the_closing_is_not_outline() -> None:
    paragraphs = [
        "一、加强领导。要高度重视。",
        "二、狠抓落实。要真抓实干。",
        "各位代表！让我们团结奋斗，共创美好未来！",
        "名词解释：",
        "1.“两新”：是指大规模设备更新和消费品以旧换新。",
        "2.“两重”：是指国家重大战略实施和重点领域安全能力建设。",
    ]
    outline = parse_outline(paragraphs)
    assert [h.text for h in outline.headings] == ["加强领导", "狠抓落实"]
    assert outline.closing is not None and outline.closing.text.startswith("各位代表！")


def test_nested_list_between_sibling_headings_is_dropped() -> None:
    paragraphs = [
        "一、过去一年工作回顾",
        "二、今年工作安排",
        "（一）扩大有效需求。要多措并举。",
        "（二）办好民生实事。今年继续办好十件民生实事：",
        "一、提高城乡低保标准。",
        "二、新建改建幼儿园。",
        "三、改造老旧小区。",
        "（三）加强自身建设。要从严治政。",
    ]
    assert [m for _, m, _ in _headings(paragraphs)] == [
        "一、",
        "二、",
        "（一）",
        "（二）",
        "（三）",
    ]


def test_report_numbering_restarts_after_a_section_title() -> None:
    paragraphs = [
        "2024年XX县政府工作报告",
        "各位代表：",
        "现在，我代表县人民政府，向大会报告工作，请予审议。",
        "2023年工作回顾",
        "一年来，我们主要抓了两个方面的工作：",
        "一、经济运行稳中向好。全年地区生产总值增长6%。",
        "二、民生福祉持续增进。民生支出占比达到80%。",
        "2024年工作安排",
        "今年政府工作的总体要求是：坚持稳中求进。",
        "一、聚焦产业发展，在转型升级上求突破。坚持工业强县。",
        "二、聚焦城乡融合，在品质提升上求突破。坚持以人为本。",
        "各位代表！让我们携手并进，奋力谱写新篇章！",
    ]
    outline = parse_outline(paragraphs)
    assert [h.marker for h in outline.headings] == ["一、", "二、", "一、", "二、"]
    assert [s.text for s in outline.sections] == ["2023年工作回顾", "2024年工作安排"]
    assert outline.salutation is not None and outline.salutation.text == "各位代表："
    assert outline.transition is not None
    assert outline.transition.text == "一年来，我们主要抓了两个方面的工作："
    tree = format_outline(outline)
    assert tree.index("【2024年工作安排】") < tree.index("一、聚焦产业发展")


def test_an_inline_list_in_the_opening_does_not_take_the_outline() -> None:
    opening = (
        "今天召开会议，主要任务是：一、传达上级精神；二、部署全年工作。这次会议很重要，大家要认真领会，"
        "会后抓好贯彻落实，确保各项工作落到实处，以实际行动推动高质量发展，为完成全年目标任务打下坚实基础。"
        "下面，我讲两点意见。"
    )
    assert _headings([opening, "一、提高认识", "要重视。", "二、狠抓落实", "要落实。"]) == [
        (1, "一、", "提高认识"),
        (1, "二、", "狠抓落实"),
    ]


# --- glued headings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("glued", "heading"),
    [
        ("全力以赴抓项目项目建设是经济发展的引擎，要紧盯不放", "全力以赴抓项目"),
        (
            "把握发展形势，鼓足干事劲头去年，我们面对多重压力，稳住了经济大盘",
            "把握发展形势，鼓足干事劲头",
        ),
        ("全面加强生态文明建设深入贯彻生态环境保护大会精神，坚持生态优先", "全面加强生态文明建设"),
        ("聚焦民生保障今年以来，全县民生支出占比持续提高，群众获得感增强", "聚焦民生保障"),
        ("2026年重点工作今年是“十五五”开局之年", "2026年重点工作"),
        (
            "坚持稳中求进，推动高质量发展一是扩大有效投资，二是提振消费",
            "坚持稳中求进，推动高质量发展",
        ),
    ],
)
def test_glued_heading_is_split_where_the_body_starts(glued: str, heading: str) -> None:
    assert find_glued_split(glued) == len(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "聚焦巩固成果，在乡村全面振兴上加力提效",
        "凝心聚力推动全市经济高质量发展",
        "坚持以人民为中心的发展思想",
        "在打好“三大攻坚战”上聚焦发力，助推全面建成小康社会",
    ],
)
def test_headings_that_are_not_glued_are_not_split(heading: str) -> None:
    assert _headings(
        ["（一）" + heading + "。正文第一句，内容很长很长。", "（二）第二个标题。正文。"]
    )[0] == (2, "（一）", heading)


def test_glued_heading_in_a_document() -> None:
    paragraphs = [
        "一、把握发展形势，鼓足干事劲头，凝聚发展合力去年，我们面对经济下行压力，迎难而上。",
        "二、紧盯目标任务，全力攻坚克难做好今年的工作，意义重大、责任重大。",
        "（一）全力以赴抓项目项目建设是经济发展的引擎，要紧盯不放。",
        "（二）持续发力抓产业产业是高质量发展的基础，是群众增收的支撑。",
    ]
    outline = parse_outline(paragraphs)
    assert [h.text for h in outline.headings] == [
        "把握发展形势，鼓足干事劲头，凝聚发展合力",
        "紧盯目标任务，全力攻坚克难",
        "全力以赴抓项目",
        "持续发力抓产业",
    ]
    assert outline.headings[0].body.startswith("去年，我们面对")


def test_one_line_speech_keeps_its_structure() -> None:
    text = (
        "在全市重点工作推进会上的讲话同志们：今天，我们召开全市重点工作推进会，"
        "主要任务是盘点进度、压实责任。下面，我讲两点意见。"
        "一、认清形势，坚定信心。上半年，全市经济运行总体平稳。一是工业生产稳中有升。"
        "规上工业增加值增长6%。二是消费市场持续回暖。社会消费品零售总额增长5%。"
        "二、突出重点，狠抓落实。下半年任务依然繁重。补齐基础短板。加快推进道路、管网建设，"
        "提升城市承载能力。壮大特色产业。支持龙头企业扩产增效，带动农民增收。"
        "同志们，让我们以更加昂扬的斗志，奋力夺取全年目标任务全面胜利！"
    )
    outline = parse_outline([text])
    data = outline.to_json()
    assert data["title"] == "在全市重点工作推进会上的讲话"
    assert data["salutation"] == "同志们："
    assert data["transition"] == "下面，我讲两点意见。"
    assert [(h["marker"], h["text"]) for h in data["headings"]] == [
        ("一、", "认清形势，坚定信心"),
        ("二、", "突出重点，狠抓落实"),
    ]
    assert data["enumerations"] == [
        {"style": "一是", "count": 2, "items": ["工业生产稳中有升", "消费市场持续回暖"]}
    ]
    assert data["lead_sentences"] == ["补齐基础短板", "壮大特色产业"]
    assert data["closing"] == "同志们，让我们以更加昂扬的斗志，奋力夺取全年目标任务全面胜利！"
    assert data["opening"].startswith("今天，我们召开") and data["opening"].endswith("两点意见。")


# --- parts --------------------------------------------------------------------------------------


def test_report_front_matter() -> None:
    paragraphs = [
        "下载",
        "打印",
        "2025年XX省政府工作报告",
        "——2025年1月15日在XX省第十四届人民代表大会第三次会议上",
        "时间：2025-01-20",
        "省长 王某某",
        "各位代表：",
        "现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。",
        "一、2024年工作回顾",
        "过去一年，我们攻坚克难，完成了全年目标任务。",
        "二、2025年工作安排",
        "今年要重点抓好以下两个方面的工作：",
        "各位代表，让我们更加紧密地团结起来，为建设美好家园而努力奋斗！",
    ]
    outline = parse_outline(paragraphs)
    assert outline.title is not None and outline.title.text == "2025年XX省政府工作报告"
    assert [p.text for p in outline.front] == [
        "——2025年1月15日在XX省第十四届人民代表大会第三次会议上",
        "省长 王某某",
    ]
    assert outline.salutation is not None and outline.salutation.text == "各位代表："
    assert outline.opening is not None and outline.opening.text.startswith("现在，我代表")
    assert outline.transition is not None
    assert outline.transition.text == "今年要重点抓好以下两个方面的工作："
    assert outline.closing is not None and outline.closing.span.paragraph == 12


@pytest.mark.parametrize(
    ("salutation", "rest"),
    [
        ("各位委员、同志们：", ""),
        ("各位代表，各位委员，同志们：", ""),
        ("同志们、朋友们：", ""),
        ("同志们：", "今天，我们在这里召开会议。"),
    ],
)
def test_salutations(salutation: str, rest: str) -> None:
    outline = parse_outline(
        ["在全县大会上的讲话", salutation + rest, "今天的会议很重要，大家要认真贯彻。"]
    )
    assert outline.salutation is not None and outline.salutation.text == salutation
    assert outline.opening is not None
    assert outline.opening.text == (rest or "今天的会议很重要，大家要认真贯彻。")


def test_speech_without_title_or_salutation_opens_with_its_first_paragraph() -> None:
    paragraphs = [
        "今天，我们召开全县安全生产工作会议，主要任务是部署安全生产工作。我先就三个方面的工作讲几点意见。",
        "一、提高思想认识",
        "安全生产是底线。",
        "二、压实各方责任",
        "责任重于泰山。",
    ]
    outline = parse_outline(paragraphs)
    assert outline.title is None and outline.salutation is None
    assert outline.opening is not None and outline.opening.span.paragraph == 0
    assert outline.transition is not None
    assert outline.transition.text == "我先就三个方面的工作讲几点意见。"
    assert outline.closing is None


@pytest.mark.parametrize(
    "sentence",
    [
        "下面，我讲几点意见。",
        "下面，我就抓好下半年工作，再强调四个方面的意见。",
        "我先就经济工作讲六点意见。",
        "借此机会，我讲三点意见。",
        "下面，结合全县实际，我谈几点看法。",
    ],
)
def test_transition_sentences(sentence: str) -> None:
    outline = parse_outline(
        ["今天，我们召开全县工作会议。" + sentence, "一、加强领导", "二、狠抓落实"]
    )
    assert outline.transition is not None and outline.transition.text == sentence


def test_turn_is_the_transition_when_nothing_announces_points() -> None:
    paragraphs = [
        "今天，我们召开全县工作会议，总结上半年工作。上半年，全县经济运行稳中有进。",
        "在肯定成绩的同时，也要清醒看到，我们还存在不少困难和问题。",
        "要坚定信心，迎难而上。",
    ]
    outline = parse_outline(paragraphs)
    assert outline.transition is not None
    assert outline.transition.text.startswith("在肯定成绩的同时")


def test_closing_is_found_before_thanks_and_signature() -> None:
    paragraphs = [
        "今天，我们召开全县工作会议，部署全年工作。",
        "一、加强领导",
        "要切实加强组织领导。",
        "二、狠抓落实",
        "要真抓实干，务求实效。",
        "同志们，任务艰巨，使命光荣。让我们撸起袖子加油干！",
        "谢谢大家！",
    ]
    outline = parse_outline(paragraphs)
    assert outline.closing is not None and outline.closing.span.paragraph == 5


def test_mid_speech_vocative_is_not_the_closing() -> None:
    paragraphs = [
        "今天，我们召开全县工作会议，部署全年工作。",
        "同志们，过去一年成绩来之不易！",
        "一、加强领导",
        "要切实加强组织领导。",
        "二、狠抓落实",
        "要真抓实干，务求实效。",
        "会后，各部门要认真抓好贯彻落实。",
        "县政府办要加强督查。",
        "各乡镇要及时报告进展情况。",
    ]
    assert parse_outline(paragraphs).closing is None


# --- ordinal runs -------------------------------------------------------------------------------


def test_runs_across_paragraphs_and_nested_runs() -> None:
    paragraphs = [
        "一、抓好经济工作",
        "一要稳增长。一是扩大投资。投资是关键。二是促进消费。消费是基础。",
        "二要调结构。产业结构要优化。",
        "三要防风险。风险要化解。",
    ]
    assert _runs(paragraphs) == [
        ("一要", 3, ["稳增长", "调结构", "防风险"]),
        ("一是", 2, ["扩大投资", "促进消费"]),
    ]


def test_mixed_run_keeps_the_first_style_and_each_marker() -> None:
    paragraphs = [
        "三、保障改善民生",
        "一要保障民生。要兜牢底线。二是守住返贫底线。三要强化环境治理。",
    ]
    outline = parse_outline(paragraphs)
    assert [(e.style, e.count) for e in outline.enumerations] == [("一要", 3)]
    assert [i.marker for i in outline.enumerations[0].items] == ["一要", "二是", "三要"]
    assert "混用" in format_outline(outline)


def test_heading_closes_runs() -> None:
    paragraphs = ["一、甲", "一是加强领导。", "二、乙", "二是压实责任。三是强化督查。"]
    assert _runs(paragraphs) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("工作中要做到：第一，提高站位。第二，强化担当。第三，狠抓落实。", ("第一", 3)),
        ("首先，要统一思想。其次，要压实责任。最后，要严格考核。", ("首先", 3)),
        ("其一，抓项目。其二，抓产业。", ("其一", 2)),
        ("一方面，要扩大投资。另一方面，要促进消费。", ("一方面", 2)),
        ("存在的问题：一是基础薄弱；二是结构不优；三是动能不足。", ("一是", 3)),
        ("要抓好三件事，一是抓项目，二是抓招商，三是抓服务。", None),
        ("首先要统一思想。其次要压实责任。最后要严格考核。", ("首先", 3)),
    ],
)
def test_run_styles(text: str, expected: tuple[str, int] | None) -> None:
    runs = _runs([text])
    if expected is None:
        assert runs == []  # a run has to start at a sentence boundary, not after a comma
    else:
        assert [(style, count) for style, count, _ in runs] == [expected]


def test_run_items_separated_by_commas() -> None:
    assert _runs(["工作中，一要加强领导，二要压实责任，三要强化督查。"]) == []  # no boundary
    assert _runs(["一要加强领导，二要压实责任，三要强化督查。"]) == [
        ("一要", 3, ["加强领导", "压实责任", "强化督查"])
    ]


def test_run_items_stop_at_the_first_sentence_end() -> None:
    assert _runs(["一是经济基础薄弱，项目支撑不足；二是安全隐患较多。"]) == [
        ("一是", 2, ["经济基础薄弱，项目支撑不足", "安全隐患较多"])
    ]


def test_a_numeral_before_a_noun_of_yao_is_no_item() -> None:
    # 六要素, 三要件 are nouns: "围绕……六要素" does not jump a 一要 run to its sixth item
    assert _runs(["一要加强领导。围绕“吃住行游购娱”六要素，完善设施。二要压实责任。"]) == [
        ("一要", 2, ["加强领导", "压实责任"])
    ]


def test_a_single_item_is_no_run() -> None:
    assert _runs(["首先，感谢大家。今天的会议很重要。最后，我再强调一点。"]) == [
        ("首先", 2, ["感谢大家", "我再强调一点"])
    ]
    assert _runs(["一是加强领导。此外还要加强宣传。"]) == []


# --- lead sentences -----------------------------------------------------------------------------


def test_inline_lead_sentences() -> None:
    paragraphs = [
        "一、全面加强生态建设。坚持生态优先。补齐生态短板。加强调查研究，加快补齐设施短板，"
        "推动村庄清洁常态化。加大国土绿化。统筹各方力量，完成义务植树任务。",
        "二、壮大特色产业",
        "做强品牌。积极组建运营公司，持续加大推广力度。做优服务。落实扶持政策，解决后顾之忧。",
    ]
    assert _leads(paragraphs) == ["补齐生态短板", "加大国土绿化", "做强品牌", "做优服务"]


def test_paragraph_leads_in_a_report() -> None:
    paragraphs = [
        "（一）推进乡村振兴",
        "巩固拓展脱贫攻坚成果。健全防返贫动态监测机制，守住底线。建成投用公共实训基地。加强培训。",
        "扛牢粮食安全责任。落实耕地保护制度，稳定粮食播种面积。",
        "践行群众路线，打造服务政府。衡量政府工作的标准是群众满不满意。",
    ]
    assert _leads(paragraphs) == [
        "巩固拓展脱贫攻坚成果",
        "扛牢粮食安全责任",
        "践行群众路线，打造服务政府",
    ]


def test_a_paragraph_running_several_leads_is_cut_at_each() -> None:
    # a scraped report runs its leads and their bodies into one paragraph: leads alike in
    # form are leads, parallel to the first or not; a short result inside stays a fact
    paragraphs = [
        "三、突出重点，全力抓好今年工作",
        "（四）破解难题推动创新发展",
        "加强基础设施建设。加大水电、交通、通讯等基础设施建设力度。抓好建设用地供应。"
        "积极争取上级支持，千方百计争取用地指标。切实改善金融环境。组织好银企对接，"
        "加大对企业的扶持力度。不断创优发展环境。对重点企业实行挂牌保护，及时解决突出问题。",
        "城市功能更加完善。完成城区道路改造，打通断头路五条。西城污水处理厂主体工程完工。"
        "新增停车泊位一千余个，缓解停车难题。城市管理更加精细。推行网格化管理，市容明显改观。",
    ]
    assert _leads(paragraphs) == [
        "加强基础设施建设",
        "抓好建设用地供应",
        "切实改善金融环境",
        "不断创优发展环境",
        "城市功能更加完善",
        "城市管理更加精细",
    ]


def test_unnumbered_sub_headings_on_their_own_lines_are_leads() -> None:
    paragraphs = [
        "一、加强生态建设",
        "补齐生态短板",
        "加强调查研究，加快补齐设施短板。",
        "加大国土绿化",
        "统筹各方力量，完成植树任务。",
        "二、壮大特色产业",
    ]
    outline = parse_outline(paragraphs)
    assert [lead.text for lead in outline.lead_sentences] == ["补齐生态短板", "加大国土绿化"]
    assert outline.sections == ()


def test_statements_are_not_lead_sentences() -> None:
    paragraphs = [
        "一、总结成绩",
        "我完全同意。成绩来之不易，大家辛苦了。取得如此成绩实属不易。依法行政是生命线。",
        "任务非常艰巨。我们要迎难而上，努力完成任务。",
    ]
    assert _leads(paragraphs) == []


def test_a_lone_short_sentence_is_not_a_lead() -> None:
    paragraphs = ["一、加强监管", "加强食品安全监管。要落实属地责任，守住安全底线。"]
    assert _leads(paragraphs) == []


# --- robustness ---------------------------------------------------------------------------------


def test_parse_never_raises_on_odd_input() -> None:
    odd = [
        "",
        "   ",
        "一、",
        "（一）",
        "1.",
        "一是",
        "第一，",
        "同志们：",
        "。。。",
        "一、" * 50,
        "（" * 30 + "一）",
        "一是一是一是。二是。",
        "\x00\ufeff\u3000",
    ]
    outline = parse_outline(odd)
    assert isinstance(outline, Outline)
    for enumeration in outline.enumerations:
        assert enumeration.count == len(enumeration.items) >= 2


def test_deterministic() -> None:
    assert parse_outline(SPEECH).to_json() == parse_outline(list(SPEECH)).to_json()
    assert format_outline(parse_outline(SPEECH)) == format_outline(parse_outline(tuple(SPEECH)))
