"""The outline parser on hand-written snippets: headings, runs, lead sentences, parts, traps."""

from __future__ import annotations

from drafter.outline import format_outline, parse_outline, split_sentences


def _levels(paragraphs: list[str]) -> list[tuple[int, str, str]]:
    return [(h.level, h.marker, h.text) for h in parse_outline(paragraphs).headings]


def test_speech_with_salutation_transition_headings_runs_and_closing() -> None:
    outline = parse_outline(
        [
            "在全县经济工作会议上的讲话",
            "同志们：",
            "今天，我们召开全县经济工作会议。下面，我讲三点意见。",
            "一、提高站位，统一思想",
            "一要提高认识。这是前提。二要明确责任。这是关键。",
            "二、突出重点，狠抓落实",
            "（一）全力抓项目。项目是发展的引擎。",
            "（二）持续抓产业。产业是基础。",
            "同志们，让我们团结一心，奋力谱写新篇章！",
        ]
    )
    data = outline.to_json()
    assert data["title"] == "在全县经济工作会议上的讲话"
    assert data["salutation"] == "同志们："
    assert data["opening"] == "今天，我们召开全县经济工作会议。下面，我讲三点意见。"
    assert data["transition"] == "下面，我讲三点意见。"
    assert data["headings"] == [
        {"level": 1, "marker": "一、", "text": "提高站位，统一思想"},
        {"level": 1, "marker": "二、", "text": "突出重点，狠抓落实"},
        {"level": 2, "marker": "（一）", "text": "全力抓项目"},
        {"level": 2, "marker": "（二）", "text": "持续抓产业"},
    ]
    assert data["enumerations"] == [{"style": "一要", "count": 2, "items": ["提高认识", "明确责任"]}]
    assert data["closing"] == "同志们，让我们团结一心，奋力谱写新篇章！"
    tree = format_outline(outline)
    assert "  （一）全力抓项目" in tree
    assert "一要…（2项）" in tree


def test_split_sentences_keeps_closing_quote() -> None:
    text = "他说：“好。”然后走了！真的？"
    assert [text[a:b] for a, b in split_sentences(text)] == ["他说：“好。”", "然后走了！", "真的？"]


def test_numeral_lists_are_not_headings() -> None:
    assert _levels(["二、三级子公司要加强管理。", "一、二等奖各一名。"]) == []
