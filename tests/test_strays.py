"""A short bank sentence standing alone as a paragraph (round 130's writers: 打造公共资源交易……
品牌。 between two paragraphs on reform, “一句话单独成段，像列表条目直接贴进来”): it closes the
paragraph before it on its matter, or is left out."""

from __future__ import annotations

from typing import Any, cast

from drafter.compose.model import Paragraph, Piece
from drafter.compose.section import STRAY, strays_joined
from drafter.document import Provenance

REFORM = "深化重点领域和关键环节改革，推动改革举措落地见效，以改革破解发展难题、激发市场活力。"
STATE_FIRMS = "持续深化国资国企改革，完善现代企业制度，推动国有资本向重要行业和关键领域加快集中。"
SHORT_FIRMS = "推进国企改革。"
BRAND = "打造公共资源交易品牌。"
MATTERS = {
    REFORM: "改革创新/重点改革",
    STATE_FIRMS: "改革创新/国企改革",
    SHORT_FIRMS: "改革创新/国企改革",
    BRAND: "营商环境/放管服",
}


class _Matters:
    """The one thing ``strays_joined`` asks of a selector: a piece's matter."""

    def matter_of_piece(self, piece: Piece) -> str | None:
        return MATTERS.get(piece.text)


def _mined(text: str, entry: str = "bd-1") -> Paragraph:
    return Paragraph((Piece(text, Provenance(entry=entry, kind="body")),))


def _joined(paragraphs: list[Paragraph]) -> list[Paragraph]:
    return strays_joined(cast(Any, _Matters()), paragraphs)


def test_a_stray_on_the_matter_of_the_paragraph_before_closes_it() -> None:
    assert len(SHORT_FIRMS) < STRAY <= len(STATE_FIRMS)
    joined = _joined([_mined(STATE_FIRMS), _mined(SHORT_FIRMS)])
    assert [p.text for p in joined] == [STATE_FIRMS + SHORT_FIRMS]


def test_a_stray_on_another_matter_is_left_out() -> None:
    reform, other = _mined(REFORM), _mined(STATE_FIRMS)
    assert _joined([reform, _mined(BRAND), other]) == [reform, other]


def test_a_lead_the_writers_words_and_a_part_of_strays_stay() -> None:
    stray = _mined(BRAND)
    lead = Piece("深化改革。", Provenance(entry="ld-1", kind="lead"))
    headed = Paragraph(_mined(SHORT_FIRMS).pieces, lead=lead)
    writer = Paragraph((Piece("今年，我们将新建标准化厂房5万平方米。"),))
    # a sub-headed paragraph is no stray, and keeps the part from being strays alone
    assert _joined([headed, _mined(REFORM), stray]) == [headed, _mined(REFORM)]
    # the targets file's line is no bank sentence; a part of strays and it keeps them
    assert _joined([stray, writer]) == [stray, writer]
    assert _joined([stray, _mined(SHORT_FIRMS)]) == [stray, _mined(SHORT_FIRMS)]


def test_a_stray_saying_what_the_year_must_say_closes_the_paragraph_before_it_all_the_same() -> (
    None
):
    """Round 153's writers: a report's part on 安全稳定 with no 安全生产 — its answer, a short
    sentence on another matter than the paragraph before, had been left out as a stray."""
    must = "压实安全生产责任。"
    assert len(must) < STRAY
    reform = _mined(REFORM)
    assert _joined([reform, _mined(must), _mined(STATE_FIRMS)]) == [
        Paragraph((*reform.pieces, *_mined(must).pieces)),
        _mined(STATE_FIRMS),
    ]
