"""Reading scraped archives: escaped line breaks, a portal's page header and footer, watermarks.

Inputs are short texts written the way collected reports come (../shared/corpus-county shows
the real shapes); none is copied from a file.
"""

from __future__ import annotations

from drafter.corpus import normalise
from drafter.corpus.page import strip_page_header, unescape_breaks

# A portal page as scraped: column, page title, metadata line, counters, summary, then the report.
PORTAL_HEADER = (
    "工作报告\n"
    "2023年青禾县政府工作报告\n"
    "时间：2023-03-30????\t\t\t作者：县域网????\t\t\t来源：政府官网????\t\t\t阅读：\n"
    "156\n"
    "评论：\n"
    "0\n"
    "内容摘要：\n"
    "政 府 工 作 报 告——2023年1月9日在青禾县第七届人民代表大会第二次会议上各位代表：现在，"
    "我代表县人民政府向大会报告工作，请予审议......\n"
)
REPORT = (
    "政 府 工 作 报 告\n"
    "——2023年1月9日在青禾县第七届人民代表大会第二次会议上\n"
    "各位代表：\n"
    "现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和列席会议的同志提出意见。\n"
    "一、2022年工作回顾\n"
    "过去一年，我们坚持稳中求进工作总基调，经济社会保持健康发展。\n"
)


def test_escaped_line_breaks_become_paragraphs() -> None:
    raw = (
        r"各位代表：\r\n现在，我代表县人民政府向大会报告工作。\r\n"
        r"一、过去一年工作回顾\n过去一年，成绩显著。"
    )
    assert normalise(raw).paragraphs == (
        "各位代表：",
        "现在，我代表县人民政府向大会报告工作。",
        "一、过去一年工作回顾",
        "过去一年，成绩显著。",
    )


def test_one_backslash_escape_is_left_alone() -> None:
    # A single "\n" is not evidence of a scraper's escaping (it could be a path or a formula).
    assert unescape_breaks(r"路径 C:\new 不变") == r"路径 C:\new 不变"


def test_html_entities_and_escaped_breaks_together() -> None:
    raw = (
        r"各位代表：\r\n&nbsp; 现在，我代表县人民政府向大会报告工作。&ldquo;十四五&rdquo;开局良好。"
    )
    assert normalise(raw).paragraphs == (
        "各位代表：",
        "现在，我代表县人民政府向大会报告工作。“十四五”开局良好。",
    )


def test_portal_header_is_removed_and_the_report_kept() -> None:
    result = normalise(PORTAL_HEADER + REPORT)
    assert result.paragraphs[:3] == (
        "政府工作报告",
        "——2023年1月9日在青禾县第七届人民代表大会第二次会议上",
        "各位代表：",
    )
    assert not any("内容摘要" in p or "阅读" in p or p == "156" for p in result.paragraphs)
    assert any("时间：2023-03-30" in item for item in result.removed)


def test_page_title_is_kept_when_the_report_has_no_title_of_its_own() -> None:
    untitled = REPORT.split("\n", 1)[1]  # the subtitle is the first line
    result = normalise(PORTAL_HEADER + untitled)
    assert result.paragraphs[0] == "2023年青禾县政府工作报告"
    assert result.paragraphs[1].startswith("——2023年1月9日")


def test_a_speech_that_mentions_time_and_source_is_not_a_header() -> None:
    text = (
        "同志们：\n今天召开全县工作会议，时间紧、任务重。资金来源：县财政安排。作者：不详。\n"
        "一、充分肯定成绩\n"
    )
    stripped, removed = strip_page_header(text)
    assert stripped == text
    assert removed == ()


def test_source_label_before_the_title_on_one_line() -> None:
    raw = r"来源：某某数据网        政府工作报告\r\n各位代表：\r\n现在，我代表县人民政府报告工作。"
    assert normalise(raw).paragraphs[:2] == ("政府工作报告", "各位代表：")


def test_footer_of_link_lists_is_removed_however_long() -> None:
    links = "\n".join(f"{name}2025年政府工作报告\n11-15" for name in ["甲县", "乙县", "丙县"] * 30)
    body = "各位代表：\n" + "现在，我代表县人民政府向大会报告工作，请予审议。" * 20 + "\n"
    text = (
        body + "各位代表！让我们团结一心，奋力谱写新篇章！\n上一篇：\n丁县报告\n相关文章\n" + links
    )
    paragraphs = normalise(text).paragraphs
    assert paragraphs[-1] == "各位代表！让我们团结一心，奋力谱写新篇章！"


def test_footer_start_followed_by_prose_is_kept() -> None:
    body = "现在，我代表县人民政府向大会报告工作，请予审议。" * 20
    text = f"各位代表：\n{body}\n标签：\n{body}\n"
    assert normalise(text).paragraphs[-1] == body


def test_site_watermark_after_the_last_sentence() -> None:
    text = "各位代表！让我们团结一心，奋力谱写新篇章！    搜索马 克 数 据 网"
    assert normalise(text).paragraphs == ("各位代表！让我们团结一心，奋力谱写新篇章！",)


def test_note_references_go_and_the_notes_stay() -> None:
    text = "按照省委“3689” ［1］ 、市委“19”[2]工作部署，扎实推进。\n[1]“3689”：指三项重点工作。"
    assert normalise(text).paragraphs == (
        "按照省委“3689”、市委“19”工作部署，扎实推进。",
        "[1]“3689”：指三项重点工作。",
    )


def test_note_references_in_other_brackets_go_too() -> None:
    """“双减”政策【4】 became “双减”政策【{number}】 in the bank, and with --todo 【【待补：数字】】
    (round 57): 【n】 and 〔n〕 references go as [n] do; a document number 〔2023〕 stays."""
    text = "“双减”政策【4】扎实落地，“首违不罚”〔12〕全面推行，按冀政〔2023〕号文件执行。"
    assert normalise(text).paragraphs == (
        "“双减”政策扎实落地，“首违不罚”全面推行，按冀政〔2023〕号文件执行。",
    )
