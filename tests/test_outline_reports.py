"""The outline of county work reports as they reach a writer's archive.

Unit tests use short reports written the way official texts are; the last tests read the 47 real
county reports in ../shared/corpus-county (skipped when ../shared is not beside the checkout).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus import normalise, read_speech
from drafter.outline import Outline, parse_outline


def _outline(*lines: str) -> Outline:
    return parse_outline(normalise("\n".join(lines)).paragraphs)


def _headings(outline: Outline, level: int) -> list[str]:
    return [h.text for h in outline.headings if h.level == level]


# --- front matter, opening, closing --------------------------------------------------------------

REPORT = (
    "政 府 工 作 报 告",
    "——2024年1月17日在青禾县第十八届人民代表大会第三次会议上",
    "青禾县人民政府县长  张三",
    "各位代表：",
    "现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席会议的同志提出意见。",
    "一、2023年工作回顾",
    "过去一年，我们坚持稳中求进工作总基调，经济社会保持健康发展。",
    "二、2024年重点工作",
    "（一）扩大有效投资。全年实施重点项目50个。",
    "各位代表！蓝图已经绘就，奋斗正当其时。让我们团结一心，奋力谱写青禾高质量发展新篇章！",
)


def test_report_title_subtitle_and_speaker_are_front_matter() -> None:
    outline = _outline(*REPORT)
    assert outline.title is not None and outline.title.text == "政府工作报告"
    assert [p.text for p in outline.front] == [
        "——2024年1月17日在青禾县第十八届人民代表大会第三次会议上",
        "青禾县人民政府县长张三",
    ]
    assert _headings(outline, 1) == ["2023年工作回顾", "2024年重点工作"]
    assert not any("会议上" in s.text for s in outline.lead_sentences)


def test_report_opening_and_closing() -> None:
    data = _outline(*REPORT).to_json()
    assert data["opening"].startswith("现在，我代表县人民政府，向大会报告工作")
    assert data["closing"].startswith("各位代表！蓝图已经绘就")


def test_subtitle_without_a_dash_is_not_the_title() -> None:
    outline = _outline("2023年1月9日在青禾县第七届人民代表大会第二次会议上", *REPORT[2:])
    assert outline.title is None
    assert outline.front[0].text.startswith("2023年1月9日在青禾县")


def test_closing_inside_the_last_paragraph_keeps_its_vocative() -> None:
    outline = _outline(
        "各位代表：",
        "现在，我代表县人民政府向大会报告工作。一、抓项目。项目是发展的生命线，全年新开工项目30个。"
        "二、抓民生。民生是最大的政治，我们要办好十件民生实事。各位代表！让我们团结一心，奋力谱写新篇章！",
    )
    assert outline.closing is not None
    assert outline.closing.text == "各位代表！让我们团结一心，奋力谱写新篇章！"


def test_numbered_notes_after_a_report_are_an_appendix() -> None:
    outline = _outline(
        *REPORT,
        "※名词解释※",
        "[1]“放管服”：简政放权、放管结合、优化服务。",
        "[2]“两不愁三保障”：不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障。",
    )
    assert outline.closing is not None and outline.closing.text.startswith("各位代表！")


# --- run-in headings -----------------------------------------------------------------------------


def test_level2_headings_run_into_a_long_paragraph() -> None:
    outline = _outline(
        "一、2023年工作回顾",
        "过去一年，我们坚持稳中求进。（一）三大攻坚战强力突破。坚决贯彻中央决策部署，防范化解重大风险，"
        "脱贫攻坚成果持续巩固。（二）产业结构持续优化。坚持工业强县，新增规上企业12家。",
        "二、2024年重点工作",
        "（一）扩大有效投资。全年实施重点项目50个。（二）加快乡村振兴。抓好粮食生产。",
    )
    level2 = [h for h in outline.headings if h.level == 2]
    assert [h.text for h in level2] == [
        "三大攻坚战强力突破",
        "产业结构持续优化",
        "扩大有效投资",
        "加快乡村振兴",
    ]
    assert level2[0].body.startswith("坚决贯彻中央决策部署")
    assert level2[3].body == "抓好粮食生产。"


@pytest.mark.parametrize(
    "paragraph",
    [
        # An ordinal run and numbered items inside sentences are not headings.
        "今天召开全县工作会议。主要任务是：一是总结工作，二是部署任务。要抓好1.项目建设和2.招商引资。",
        # A numeral list after a marker: 二、三产业, 一、二等奖.
        "全县经济稳中有进。一、二、三产业协调发展，一、二等奖各有增加，继续保持良好态势和发展势头。",
        # （一） after a colon is a list inside the sentence.
        "会议要求：（一）抓项目；（二）抓招商。各乡镇要认真贯彻，确保各项工作落到实处，取得实效。",
    ],
)
def test_numbers_inside_sentences_are_not_headings(paragraph: str) -> None:
    outline = _outline("同志们：", paragraph * 3)
    assert outline.headings == ()


# --- level-1 headings glued to their body in one-line texts --------------------------------------


def test_glued_level1_headings_are_cut_before_their_body() -> None:
    outline = _outline(
        "各位代表：现在，我代表县人民政府向大会报告工作，请予审议。"
        "一、保护和激发市场主体活力改革开放以来，我县民营经济不断壮大，成为稳增长促就业的重要力量。"
        "二、推动产业转型升级产业是发展的根基，我们要坚持工业立县，加快传统产业改造提升。"
        "三、持续改善民生福祉民生是最大的政治，我们要办好十件民生实事。"
        "各位代表！让我们团结一心，奋力谱写新篇章！"
    )
    assert _headings(outline, 1) == [
        "保护和激发市场主体活力",
        "推动产业转型升级",
        "持续改善民生福祉",
    ]
    assert outline.headings[0].body.startswith("改革开放以来，")
    assert outline.opening is not None and outline.opening.text.startswith("现在，我代表")
    assert outline.closing is not None and outline.closing.text.startswith("各位代表！")


def test_heading_with_its_own_stop_is_not_cut() -> None:
    outline = _outline(
        "一、坚持改革开放以来形成的好经验。我们要继续发扬。",
        "二、推动产业转型升级。产业是发展的根基。",
    )
    assert _headings(outline, 1) == ["坚持改革开放以来形成的好经验", "推动产业转型升级"]


# --- the 47 real county reports ------------------------------------------------------------------

# Files that are not whole reports: a news story about a report; reports collected from their
# first heading on (no salutation, no opening).
NEWS_STORY = {"mancheng-2021.txt"}
FROM_FIRST_HEADING = {
    "rongcheng-2015.txt",
    "rongcheng-2017.txt",
    "rongcheng-2019.txt",
    "rongcheng-2020.txt",
}
# Reports whose parts are unnumbered section titles (2023年工作回顾 …) over （一）（二）.
SECTIONS_ONLY = {"fuping-2013.txt", "fuping-2017.txt", "fuping-2020.txt", "fuping-2022.txt"}


@pytest.fixture(scope="module")
def county_outlines(shared_dir: Path) -> dict[str, Outline]:
    files = sorted((shared_dir / "corpus-county").glob("*.txt"))
    assert len(files) == 47
    return {f.name: parse_outline(read_speech(f).paragraphs) for f in files}


def test_county_reports_yield_opening_closing_and_headings(
    county_outlines: dict[str, Outline],
) -> None:
    missing: list[str] = []
    for name, outline in county_outlines.items():
        if name in NEWS_STORY:
            continue
        if name not in FROM_FIRST_HEADING and outline.opening is None:
            missing.append(f"{name}: no opening")
        elif outline.opening is not None and "我代表" not in outline.opening.text:
            missing.append(f"{name}: opening {outline.opening.text[:20]}")
        if outline.closing is None or not outline.closing.text.startswith("各位代表"):
            missing.append(f"{name}: closing {outline.closing and outline.closing.text[:20]}")
        level1 = [h for h in outline.headings if h.level == 1]
        level2 = [h for h in outline.headings if h.level == 2]
        if name in SECTIONS_ONLY:
            if len(outline.sections) < 2 or len(level2) < 5:
                missing.append(f"{name}: {len(outline.sections)} sections, {len(level2)} （一）")
        elif len(level1) < 2:
            missing.append(f"{name}: {len(level1)} level-1 headings")
    assert missing == []


def test_county_reports_have_no_web_page_left(county_outlines: dict[str, Outline]) -> None:
    for name, outline in county_outlines.items():
        text = "\n".join(outline.paragraphs)
        for junk in ("\\r\\n", "&nbsp;", "内容摘要", "阅读：", "上一篇", "马克数据网"):
            assert junk not in text, (name, junk)
        if outline.title is not None:
            assert outline.title.text.endswith("政府工作报告"), (name, outline.title.text)
        for part in outline.front:
            assert "各位代表" not in part.text and len(part.text) <= 60, (name, part.text)
