"""Normalising speech text: one test per rule, per noise pattern and per mojibake kind."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from drafter.corpus import mojibake, normalise, normalise_text, split_paragraphs
from drafter.corpus.mojibake import drop_mojibake

# --- punctuation inside Chinese text -------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("现在,我代表县人民政府", "现在，我代表县人民政府"),
        ("各位代表:", "各位代表："),
        ("加剧;普遍存在", "加剧；普遍存在"),
        ("各位代表!事非经过不知难", "各位代表！事非经过不知难"),
        ("怎么办?我们要", "怎么办？我们要"),
        ("(一)全力以赴抓项目", "（一）全力以赴抓项目"),
        ("(1)加快建设", "（1）加快建设"),
        ("国内生产总值(GDP)增长", "国内生产总值（GDP）增长"),
        ('坚持"两个确立"不动摇', "坚持“两个确立”不动摇"),
        ("增长5%,全县", "增长5%，全县"),
        ("发展 , 稳定", "发展，稳定"),
        ("抓好“三农”工作...", "抓好“三农”工作……"),
    ],
)
def test_half_width_punctuation_in_chinese_becomes_full_width(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize(
    "kept",
    [
        "比例达1.5%",
        "增长3.5个百分点",
        "完成1,234亿元",
        "三次产业结构比为19.2:12.4:68.4",
        "会议于12:30开始",
        "时间为2024-08-15",
        "详见www.gov.cn网站",
        "发邮件至office@example.gov.cn联系",
        "访问https://www.gov.cn/zhengce/index.html查看",
        "推进AI+制造，发展5G应用",
        "Hello, world: fine; ok!",
    ],
)
def test_numbers_latin_words_and_urls_keep_their_punctuation(kept: str) -> None:
    assert normalise_text(kept) == kept


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("补齐生态短板.加快发展", "补齐生态短板。加快发展"),
        ("补齐生态短板.", "补齐生态短板。"),
        ("1.加快建设", "1.加快建设"),
        ("一.全面加强生态文明建设", "一.全面加强生态文明建设"),
        ("增长3.5%", "增长3.5%"),
        ("第3.2条", "第3.2条"),
    ],
)
def test_full_stop_only_where_a_sentence_ends(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


def test_full_width_digits_and_letters_become_ascii() -> None:
    assert normalise_text("增长１２．５％，ＧＤＰ达到ａｂｃ") == "增长12.5%，GDP达到abc"


def test_full_width_number_separators_become_ascii_inside_numbers_only() -> None:
    assert normalise_text("完成１，２３４亿元，增长３．５％。") == "完成1,234亿元，增长3.5%。"
    assert normalise_text("分别为１，２，增长１，２３") == "分别为1，2，增长1，23"


def test_full_width_chinese_punctuation_is_kept() -> None:
    text = "同志们：今年以来，全县上下（一）“两个确立”；好！对吗？"
    assert normalise_text(text) == text


def test_no_nfkc_full_width_stays() -> None:
    assert "，" in normalise_text("我们，要") and "：" in normalise_text("如下：一是")


# --- whitespace ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("政 府 工 作 报 告", "政府工作报告"),
        ("海拉尔区人民政府区长\u3000\u3000杜联合", "海拉尔区人民政府区长杜联合"),
        ("一、 坚持正向发力", "一、坚持正向发力"),
        ("1. 加快建设", "1.加快建设"),
        ("全年增长 5.5% 以上", "全年增长5.5%以上"),
        ("推进 AI 赋能", "推进 AI 赋能"),
        ("同志们\u00a0：", "同志们："),
        ("\t\t今年以来，", "今年以来，"),
        ("  今年以来，  ", "今年以来，"),
    ],
)
def test_spaces_inside_chinese_text_are_removed(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


def test_crlf_and_cr_line_breaks_are_normalised() -> None:
    assert normalise_text("各位代表：\r\n现在。\r再见。\r\n") == "各位代表：\n现在。\n再见。"


def test_blank_lines_and_symbol_only_lines_go() -> None:
    assert normalise_text("标题\n\n\n正文。\n|\n***\n") == "标题\n正文。"


def test_zero_width_and_control_characters_are_dropped() -> None:
    assert normalise_text("同\u200b志\ufeff们\x07：") == "同志们："


# --- paragraphs ------------------------------------------------------------------------------


def test_one_line_speech_is_split_at_spaces_between_paragraphs() -> None:
    line = (
        "2024年某县政府工作报告 ——2024年1月21日在某县人民代表大会上 "
        "各位代表: 现在,我代表县人民政府,向大会报告工作,请予审议。 "
        "2023年工作回顾 2023年是全面贯彻党的二十大精神的开局之年。一年来,我们砥砺奋进。 "
        "一、乡村振兴全面推进。坚持把巩固拓展脱贫攻坚成果作为底线任务。 "
        "二、县域经济蓄势积能。全力保障项目建设要素。"
    )
    assert split_paragraphs(normalise_text(line)) == (
        "2024年某县政府工作报告",
        "——2024年1月21日在某县人民代表大会上",
        "各位代表：",
        "现在，我代表县人民政府，向大会报告工作，请予审议。",
        "2023年工作回顾",
        "2023年是全面贯彻党的二十大精神的开局之年。一年来，我们砥砺奋进。",
        "一、乡村振兴全面推进。坚持把巩固拓展脱贫攻坚成果作为底线任务。",
        "二、县域经济蓄势积能。全力保障项目建设要素。",
    )


def test_split_paragraphs_recovers_raw_text_too() -> None:
    raw = "第一段的内容写在这里。\u3000\u3000第二段的内容写在这里。\n\n第三段。"
    assert split_paragraphs(raw) == ("第一段的内容写在这里。", "第二段的内容写在这里。", "第三段。")


def test_paragraphs_separated_only_by_indentation() -> None:
    text = (
        "\u3000\u3000今年以来，全县上下紧扣高质量发展主线，经济运行承压前行。"
        "\u3000\u3000一、坚持正向发力\u3000\u3000一要客观看待成绩，坚定信心。"
    )
    assert split_paragraphs(normalise_text(text)) == (
        "今年以来，全县上下紧扣高质量发展主线，经济运行承压前行。",
        "一、坚持正向发力",
        "一要客观看待成绩，坚定信心。",
    )


def test_office_and_name_stay_together_in_a_run_on_line() -> None:
    line = (
        "政府工作报告 某县人民政府县长 张三 各位代表: "
        + "现在,我代表县人民政府,向大会报告工作,请予审议。 " * 6
    )
    assert "某县人民政府县长张三" in normalise_text(line).split("\n")


def test_hard_wrapped_paragraphs_are_joined() -> None:
    body = (
        "今年以来全县上下紧扣高质量发展主线全力以赴稳经济保增长守底线经济运行承压前行结构趋优" * 3
    )
    lines = [body[i : i + 20] for i in range(0, len(body), 20)]
    text = "\n".join(
        [
            "\u3000\u3000一、坚持正向发力",
            *["\u3000\u3000" + lines[0], *lines[1:-1], lines[-1] + "。"],
            *["\u3000\u3000" + lines[0], *lines[1:4]],
        ]
    )
    paragraphs = split_paragraphs(normalise_text(text))
    assert paragraphs == ("一、坚持正向发力", body + "。", "".join(lines[:4]))


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (
            ["——2026年1月26日在广东省第十四届", "人民代表大会第五次会议上"],
            "——2026年1月26日在广东省第十四届人民代表大会第五次会议上",
        ),
        (
            ["XX县县长在县委十六届五次全会", "上的讲话"],
            "XX县县长在县委十六届五次全会上的讲话",
        ),
    ],
)
def test_a_wrapped_subtitle_is_joined(lines: list[str], joined: str) -> None:
    text = "\n".join(["政府工作报告", *lines, "各位代表："])
    assert split_paragraphs(normalise_text(text)) == ("政府工作报告", joined, "各位代表：")


def test_a_complete_subtitle_is_not_joined_to_the_next_line() -> None:
    text = "——2024年1月21日在县人民代表大会上\n县长张三\n各位代表："
    assert len(split_paragraphs(normalise_text(text))) == 3


def test_lines_broken_around_inline_elements_are_joined() -> None:
    sentence = "深入打好蓝天、碧水、净土保卫战。持续改善空气质量，以PM"
    text = (
        f"{sentence}\n2.5\n浓度持续下降为主线，推动协同减排。\n实施“揭榜挂帅”\n；“成果找市场”行动。"
    )
    assert split_paragraphs(normalise_text(text)) == (
        "深入打好蓝天、碧水、净土保卫战。持续改善空气质量，以PM2.5浓度持续下降为主线，推动协同减排。",
        "实施“揭榜挂帅”；“成果找市场”行动。",
    )


def test_a_heading_and_its_numbered_body_stay_apart() -> None:
    text = "一、坚持项目为王\n1.加快前期工作。\n（一）抓谋划\n2023年完成投资5亿元。"
    assert len(split_paragraphs(normalise_text(text))) == 4


def test_headings_on_their_own_line_stay_separate() -> None:
    text = "一、坚持正向发力，以更大决心打好攻坚硬仗\n一要客观看待成绩，坚定信心、保持定力。"
    assert len(split_paragraphs(normalise_text(text))) == 2


def test_a_space_before_a_number_in_a_run_on_line_splits_only_after_a_heading() -> None:
    line = "2023年工作回顾 2023年是开局之年，全县地区生产总值增长 5.5%，增速居全市第2位。 " * 4
    paragraphs = split_paragraphs(normalise_text(line))
    assert paragraphs[:2] == (
        "2023年工作回顾",
        "2023年是开局之年，全县地区生产总值增长5.5%，增速居全市第2位。",
    )


def test_a_stray_space_inside_a_long_paragraph_does_not_split_it() -> None:
    text = "今年以来，全县上下紧扣高质量发展主线，" * 12 + "以“三个年”活动为 抓手，稳经济。"
    assert len(split_paragraphs(normalise_text(text))) == 1


# --- web noise -------------------------------------------------------------------------------

SPEECH = "同志们：\n今天我们召开全县经济工作会议，主要任务是安排部署下半年工作。"


@pytest.mark.parametrize(
    "noise",
    [
        "发布:笔杆子 时间:2024-08-15 字数:4662字",
        "来源：新华日报",
        "来源:",
        "时间：2026-02-09",
        "2026年02月10日 07时41分",
        "2024-08-15 10:23:45",
        "责任编辑：李莎莎",
        "（责任编辑：石兰兰）",
        "浏览次数：1234",
        "原标题：某县召开全县经济工作会议",
        "【字号 大 中 小】",
        "【字体：\n大\n中\n小\n】",
        "【字号：\n加大\n还原\n减小\n】",
        "扫一扫在手机打开当前页",
        "打印本页",
        "关闭窗口",
        "打印本页 关闭窗口",
        "【打印】【关闭】",
        "下载\n打印\n全屏\n收藏",
        "分享到：",
        "阅读全文",
        "阅读全文 查看全文",
        "大约剩余30%的内容被隐藏了",
        "##paidbegin##",
        "上一篇：关于做好春节期间安全生产工作的通知",
        "下一篇：某县2023年政府工作报告",
        "版权所有：某县人民政府办公室 ICP备12345678号",
        "Copyright © 2024 某县人民政府 All Rights Reserved",
        "网站标识码：1234567890",
        # a site footer of the held-out 涞源 2025 report (reached a bank entry)
        "凡注明为中国县域原创作品的，未经许可，不得转载！",
        "本站为非营利性网站，若对您造成了侵权，请联系本站，我们会第一时间予以处理。",
        "省长刘小涛代表省人民政府向大会作政府工作报告。本报记者 朱江 摄",
        "abcd39f1fb7f426d9dfb6bd0fa1f2146:",
        "发文单位：某县人民政府",
        "索引号：11620000/2024-00012",
        "原创 某县融媒体 2024-01-05 18:30 发表于甘肃",
        "点击蓝字 关注我们",
        "来源 | 某县融媒体中心",
        "编辑丨张三",
        "首页 > 政务公开 > 领导讲话",
        "分享 收藏 点赞 在看",
        "长按识别二维码关注我们",
        "（完）",
        "【责任编辑：张三】",
    ],
)
def test_noise_line_is_removed(noise: str) -> None:
    result = normalise(f"{noise}\n{SPEECH}\n{noise}")
    assert result.text == SPEECH
    assert result.removed, "what was removed is reported"


def test_inline_noise_is_removed_and_text_kept() -> None:
    text = (
        "##paidbegin##二要聚力招商引资，增强发展动能。##paidend##\n"
        "全年完成投资1.7亿元（来源：某某日报）。\n"
        "做好安全生产工作……阅读全文"
    )
    assert normalise_text(text) == (
        "二要聚力招商引资，增强发展动能。\n全年完成投资1.7亿元。\n做好安全生产工作……"
    )


def test_newspaper_lead_is_removed() -> None:
    assert normalise_text("本报讯（记者 张三）今天，全县经济工作会议召开。") == (
        "今天，全县经济工作会议召开。"
    )


def test_html_left_by_a_scrape_is_resolved() -> None:
    text = "<p>&nbsp;&nbsp;坚持&ldquo;两个确立&rdquo;<br/>做到<span style='x'>两个维护</span></p>"
    assert normalise_text(text) == "坚持“两个确立”\n做到两个维护"


def test_angle_brackets_that_are_not_tags_stay() -> None:
    assert normalise_text("学习<<党章>>，比较a<b的情况") == "学习<<党章>>，比较a<b的情况"


def test_label_and_value_on_separate_lines() -> None:
    text = f"来源:\n四川日报\n责任编辑：\n李莎莎\n{SPEECH}"
    assert normalise_text(text) == SPEECH


def test_title_label_keeps_the_title() -> None:
    assert normalise_text("标题：2023年某市政府工作报告\n正文：\n" + SPEECH) == (
        "2023年某市政府工作报告\n" + SPEECH
    )


def test_footer_with_related_links_is_cut() -> None:
    body = "\n".join(
        ["各位代表：", "现在，我代表省人民政府向大会报告工作。" * 30, "让我们奋勇前进！"]
    )
    footer = "责任编辑：\n李莎莎\n相关链接>>\n关于政府工作报告的决议\n干部群众热议政府工作报告"
    assert normalise_text(f"{body}\n{footer}") == body


def test_wechat_footer_is_cut() -> None:
    body = "同志们：\n" + "今天我们召开全县经济工作会议，安排部署下半年工作。" * 20
    footer = "- END -\n往期推荐\n某县召开全县经济工作会议\n某县举办招商引资推介会"
    assert normalise_text(f"{body}\n{footer}") == body


def test_speech_sentences_mentioning_labels_are_kept() -> None:
    text = (
        "时间就是效率，来源于群众的意见要认真办理。\n"
        "扫码点餐、无人零售等新业态加快发展，要保护版权所有人的合法权益\n"
        "2024年1月21日\n"
        "要把打印、下载等便民服务延伸到村。"
    )
    assert normalise_text(text) == text


def test_a_speech_date_line_is_kept() -> None:
    assert normalise_text("（2024年1月21日）\n" + SPEECH).startswith("（2024年1月21日）")


# --- mojibake --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("确保空气质量\ufffd\ufffd优良", "确保空气质量优良"),
        ("全县\ue000\ue001上下", "全县上下"),
        ("好锟斤拷锟斤拷工作", "好工作"),
        ("烫烫烫烫烫同志们", "同志们"),
        ("中文Ã©测试", "中文测试"),
        ("全县â€œ上下", "全县“上下"),
        ("测试ä¸­æ–‡测试", "测试中文测试"),
        ("发布鍙戝竷时间", "发布时间"),
        ("突破4億元??h級物流中心", "突破4億元級物流中心"),
        ("確??諝赓|量優良天數", "確量優良天數"),
        ("心態加??;普遍存在", "心態加;普遍存在"),
        ("閃\ud800光", "閃光"),
        ("全省GDP??增长", "全省GDP增长"),
    ],
)
def test_mojibake_fragment_is_dropped(raw: str, expected: str) -> None:
    traditional = any(char in raw for char in "億確態數閃")
    cleaned, dropped = drop_mojibake(raw, traditional=traditional)
    assert cleaned == expected
    if "ä¸­" not in raw and "â€œ" not in raw:  # those are repaired, not dropped
        assert dropped


@pytest.mark.parametrize(
    "kept",
    [
        "怎么办?我们要",
        "是吗?!我们",
        "café in 北京",
        "书画名城·康养通渭",
        "闫继红同志",
        "朱镕基同志",
    ],
)
def test_good_text_is_not_mojibake(kept: str) -> None:
    assert drop_mojibake(kept) == (kept, ())


def test_the_class_of_rare_characters_holds_exactly_the_rare_ones() -> None:
    """Mining finds a text's rare characters by one search of this class (``warm_rare_class``)
    where other commands look at each of the text's characters: the same characters."""
    rare = mojibake._rare_class()
    chars = [chr(code) for code in range(0x3000, 0xFB10)]
    assert [c for c in chars if rare.fullmatch(c)] == [c for c in chars if mojibake._is_rare(c)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="坻涞砺鑫陟的是在", max_size=30), st.integers(0, 3))
@example("坻涞砺的鑫陟坻涞", 3)
def test_rare_runs_are_where_the_class_of_their_characters_finds_them(
    text: str, rare_count: int
) -> None:
    """``_runs`` of the places of some characters: what ``[those]{3,}`` finds (the pattern
    ``_drop_rare_runs`` once compiled for every text)."""
    chars = "坻涞砺鑫陟"[: rare_count + 2]
    pattern = re.compile(f"[{chars}]{{3,}}")
    spans = mojibake._runs(sorted(mojibake._places(text, chars)), 3)
    assert spans == [m.span() for m in pattern.finditer(text)]


# --- traditional ---------------------------------------------------------------------------


def test_traditional_text_becomes_simplified() -> None:
    result = normalise("我們要著力推動縣域經濟高質量發展，沿著正確方向前進。")
    assert result.traditional
    assert result.text == "我们要着力推动县域经济高质量发展，沿着正确方向前进。"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("一、發展", "一、发展"), ("同志們：", "同志们："), ("各位代表", "各位代表")],
)
def test_short_traditional_text_becomes_simplified(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


def test_traditional_web_noise_is_removed_too() -> None:
    text = (
        "發布時間：2024-01-05 來源：縣政府辦\n【字體：大 中 小】\n各位代表：\n"
        "現在，我代表縣人民政府向大會報告工作，請予審議。\n閱讀全文\n責任編輯：張三"
    )
    assert normalise_text(text) == "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。"


def test_simplified_text_is_untouched_by_conversion() -> None:
    text = "乾隆年间的著名建筑要保护好，显著提升文物保护水平。"
    result = normalise(text)
    assert not result.traditional
    assert result.text == text


# --- properties ----------------------------------------------------------------------------

CHINESE_LIKE = st.lists(
    st.sampled_from(
        list("我们要坚持发展经济县委政府一二三是、，。：；！？“”（）()《》 \n\t\u3000.,:;!?\"'%")
        + list("0123456789０１２ＡＢａ%．％XxAB-—…·")
        + ["\r\n", "\ufffd", "??", "阅读全文", "来源:", "##paidend##", "锟斤拷", "Ã©", "\u00a0"]
        + ["同志们：", "一、", "（一）", "1.", "一是", "。 ", "责任编辑：", "發展", "國家"]
        + ["&nbsp;", "<br>", "<p>", "&lt;", "&amp;", "&ldquo;", "PM", "2.5", "——", "本报讯"]
    ),
    max_size=120,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(CHINESE_LIKE)
@example("一、 坚持 发展。 二、 坚持")
@example('"发展"' * 3)
def test_normalise_is_idempotent_on_chinese_like_text(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_normalise_is_idempotent_and_total_on_arbitrary_text(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert "\r" not in once


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "（一）坚定不移抓项目 项目是发展的生命线。",
            ("（一）坚定不移抓项目", "项目是发展的生命线。"),
        ),
        (
            "(二)持之以恒抓产业 要做强主导产业，培育新兴产业。",
            ("（二）持之以恒抓产业", "要做强主导产业，培育新兴产业。"),
        ),
        ("一、强化担当 确保落实。各级要扛起责任。", ("一、强化担当", "确保落实。各级要扛起责任。")),
        # A space in a sentence that merely starts with a marker-like word stays.
        ("1. 完成投资 5亿元。", ("1.完成投资5亿元。",)),
        (
            "（一）加强党的建设。全面从严治党 永远在路上。",
            ("（一）加强党的建设。全面从严治党永远在路上。",),
        ),
    ],
)
def test_space_between_heading_and_body_is_a_break(line: str, expected: tuple[str, ...]) -> None:
    assert normalise_text(line).split("\n") == list(expected)


def test_the_one_script_characters_file_is_what_the_code_pages_give() -> None:
    """``script_only.txt`` holds the simplified-only and traditional-only characters that GB2312
    and Big5 give on this Python (regenerate it from ``mojibake.one_script_only`` if not)."""
    simplified, traditional = mojibake.one_script_only()
    lines = mojibake.SCRIPT_ONLY_FILE.read_text(encoding="utf-8").split("\n")
    assert lines == ["".join(sorted(simplified)), "".join(sorted(traditional)), ""]
    assert "们" in simplified and "們" in traditional


def test_the_common_characters_file_is_what_the_code_pages_give() -> None:
    """``common_han.txt`` holds the first levels of GB2312 and Big5 as this Python decodes them
    (regenerate it from ``mojibake.code_page_han`` if not)."""
    chars = mojibake.code_page_han()
    text = mojibake.COMMON_HAN_FILE.read_text(encoding="utf-8")
    assert text == "".join(sorted(chars)) + "\n"
    assert "们" in chars and "們" in chars and len(chars) > 6000


def test_a_line_with_a_period_beside_chinese_is_judged_alike_on_both_passes() -> None:
    """Found by the property test: 我.我<br>X was joined only on the second pass (its 我.我 read
    as a heading until the period became 。)."""
    once = normalise_text("我.我<br>X")
    assert normalise_text(once) == once


def test_two_labels_joined_from_two_fragments_are_not_a_page_header() -> None:
    """Hypothesis on a clean machine: '我来源:我' and '、来源:' on two lines were joined into one
    line with two labels, which a second normalising took for a portal's metadata line and
    removed. A metadata line opens on its label or its date."""
    text = "我来源:我\r\n、来源:"
    once = normalise_text(text)
    assert once and normalise_text(once) == once
    portal = "来源：县政府办 时间：2024-01-05\n政府工作报告\n各位代表：现在我代表县政府报告工作。"
    assert "县政府办" not in normalise_text(portal)
