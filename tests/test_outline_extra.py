"""The outline parser on real work reports it was not written from (../shared/corpus-extra).

These files are not shipped: the tests skip when ../shared is not beside the checkout. The
level-1 lists and level-2 counts below were checked by hand against the source texts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus import read_speech
from drafter.outline import Outline, format_outline, parse_outline

LEVEL_ONE = {
    "jiangsu-zfgzbg-2026.txt": [
        "“十四五”时期和2025年工作回顾",
        "“十五五”时期工作总体要求和目标任务",
        "2026年重点工作",
    ],
    "sichuan-zfgzbg-2026.txt": [
        "2025年工作回顾和“十四五”发展主要成绩",
        "“十五五”发展的主要考虑",
        "2026年工作安排",
    ],
    # The 十件民生实事 numbered 一、…十、 inside （十二） are a list, not level-1 headings.
    "guangdong-zfgzbg-2026.txt": [
        "2025年和“十四五”时期工作回顾",
        "“十五五”时期的主要目标和重点任务",
        "2026年工作安排",
    ],
    "hailaer-zfgzbg-2014.gb18030.txt": ["2013年工作回顾", "2014年工作安排"],
    "hailaer-zfgzbg-2015.gb18030.txt": ["2014年工作回顾", "2015年工作安排"],
    "hailaer-zfgzbg-2016.gb18030.txt": [
        "“十二五”时期和2015年工作回顾",
        "“十三五”经济社会发展的主要目标和任务",
        "2016年工作安排",
    ],
    "hailaer-zfgzbg-2018.gb18030.txt": ["2017年工作回顾", "2018年工作安排"],
    "baoding-zfgzbg-2023.txt": [],
}

# Level-2 headings per level-1 section (baoding has only level 2).
LEVEL_TWO = {
    "jiangsu-zfgzbg-2026.txt": [6, 5, 10],
    "sichuan-zfgzbg-2026.txt": [0, 0, 10],
    "guangdong-zfgzbg-2026.txt": [0, 0, 14],
    "hailaer-zfgzbg-2014.gb18030.txt": [4, 5],
    "hailaer-zfgzbg-2015.gb18030.txt": [5, 10],
    "hailaer-zfgzbg-2016.gb18030.txt": [4, 0, 8],
    "hailaer-zfgzbg-2018.gb18030.txt": [0, 8],
    "baoding-zfgzbg-2023.txt": [10],
}


@pytest.fixture(scope="module")
def extra(shared_dir: Path) -> Path:
    folder = shared_dir / "corpus-extra"
    if not folder.is_dir():
        pytest.skip("../shared/corpus-extra is missing")
    return folder


def _outline(folder: Path, name: str) -> Outline:
    return parse_outline(read_speech(folder / name).paragraphs)


@pytest.mark.parametrize("name", sorted(LEVEL_ONE))
def test_level_one_headings(extra: Path, name: str) -> None:
    outline = _outline(extra, name)
    assert [h.text for h in outline.headings if h.level == 1] == LEVEL_ONE[name]


@pytest.mark.parametrize("name", sorted(LEVEL_TWO))
def test_level_two_headings_per_section(extra: Path, name: str) -> None:
    outline = _outline(extra, name)
    counts: list[int] = []
    for heading in outline.headings:
        if heading.level == 1:
            counts.append(0)
        elif heading.level == 2:
            if not counts:
                counts.append(0)
            counts[-1] += 1
    assert counts == LEVEL_TWO[name]
    # and each section's level-2 numbers run 1, 2, 3 …
    expected = 1
    for heading in outline.headings:
        if heading.level == 1:
            expected = 1
        elif heading.level == 2:
            assert heading.ordinal == expected, heading
            expected += 1


@pytest.mark.parametrize("name", sorted(LEVEL_ONE))
def test_reports_have_their_parts(extra: Path, name: str) -> None:
    outline = _outline(extra, name)
    assert outline.title is not None and "报告" in outline.title.text
    assert outline.transition is not None
    assert outline.closing is not None
    assert "让我们" in outline.closing.text or "我们要" in outline.closing.text
    if name != "baoding-zfgzbg-2023.txt":  # a newspaper version without the salutation
        assert outline.salutation is not None and outline.salutation.text == "各位代表："
        assert outline.opening is not None and outline.opening.text.startswith("现在，我代表")


def test_glossary_items_are_not_headings(extra: Path) -> None:
    outline = _outline(extra, "sichuan-zfgzbg-2026.txt")
    assert all(h.level <= 2 for h in outline.headings)
    assert "“两重”" not in format_outline(outline)


def test_report_leads_under_their_headings(extra: Path) -> None:
    outline = _outline(extra, "hailaer-zfgzbg-2018.gb18030.txt")
    leads = [lead.text for lead in outline.lead_sentences]
    for expected in ("打好精准脱贫攻坚战", "强化民生保障惠民", "信念坚定方能行稳致远"):
        assert expected in leads
