"""One paragraph of a part for each matter (``drafter.compose.homes``)."""

from __future__ import annotations

import zlib

from drafter.compose.homes import one_home_per_matter
from drafter.compose.model import Paragraph, Part, Piece
from drafter.document import Provenance

# the matter each test sentence is labelled with (as mining labels a bank entry)
MATTERS = {
    "深入开展安全生产和消防安全专项整治。": "安全稳定/安全生产",
    "全面提升经营单位安全生产管理水平，坚决遏制重特大安全事故发生。": "安全稳定/安全生产",
    "加强危险化学品、燃气等重点行业领域隐患排查治理。": "安全稳定/安全生产",
    "完善信访工作机制，规范信访工作流程，畅通群众诉求表达渠道。": "安全稳定/信访",
    "做好矛盾纠纷排查、信访积案化解，着力解决好群众反映强烈的突出问题。": "安全稳定/信访",
    "提升应急管理能力。": "安全稳定/应急",
    "完善突发事件应急处置体系，提高防灾减灾抗灾救灾能力。": "安全稳定/应急",
    "统筹加强自然灾害防治，建设专业化应急救援队伍，保障人民群众生命财产安全。": "安全稳定/应急",
    "加强应急物资储备，提升基层应急救援能力。": "安全稳定/应急",
}


def _piece(text: str, kind: str = "body", entry: str | None = None) -> Piece:
    return Piece(text, Provenance(entry=entry or f"bd-{zlib.crc32(text.encode()):08x}", kind=kind))


def _part(*paragraphs: tuple[Piece, ...], room: int = 0) -> Part:
    return Part(
        number=1,
        heading=Piece("守牢安全发展底线"),
        paragraphs=tuple(Paragraph(pieces) for pieces in paragraphs),
        topic="安全稳定",
        section=0,
        room=room,
    )


def _matter(piece: Piece) -> str | None:
    return MATTERS.get(piece.text)


def _texts(part: Part) -> list[list[str]]:
    return [[p.text for p in paragraph.pieces] for paragraph in part.paragraphs]


SAFETY = [
    "深入开展安全生产和消防安全专项整治。",
    "全面提升经营单位安全生产管理水平，坚决遏制重特大安全事故发生。",
]
PETITIONS = [
    "完善信访工作机制，规范信访工作流程，畅通群众诉求表达渠道。",
    "做好矛盾纠纷排查、信访积案化解，着力解决好群众反映强烈的突出问题。",
]
GAS = "加强危险化学品、燃气等重点行业领域隐患排查治理。"


def test_a_sentence_goes_to_the_paragraph_saying_most_on_its_matter() -> None:
    part = _part(
        tuple(map(_piece, SAFETY)),
        (*map(_piece, PETITIONS), _piece(GAS)),
    )
    moved = one_home_per_matter(part, _matter)
    assert _texts(moved) == [[*SAFETY, GAS], PETITIONS]
    assert sum(len(p.text) for p in moved.paragraphs) == sum(len(p.text) for p in part.paragraphs)


def test_a_paragraph_opener_and_the_targets_files_own_stay() -> None:
    told = Piece(GAS, Provenance(entry="bd-1", kind="body", yaml_key="sections[0].points[0]"))
    part = _part(tuple(map(_piece, SAFETY)), (_piece(GAS), *map(_piece, PETITIONS), told))
    assert one_home_per_matter(part, _matter) == part


def test_a_lone_opener_heads_the_paragraph_its_matter_went_to() -> None:
    """提升应急管理能力。 would stand alone once 完善突发事件应急处置体系…… went to the paragraph on
    应急: it heads that paragraph instead."""
    head, rest = "提升应急管理能力。", "完善突发事件应急处置体系，提高防灾减灾抗灾救灾能力。"
    relief = [
        "统筹加强自然灾害防治，建设专业化应急救援队伍，保障人民群众生命财产安全。",
        "加强应急物资储备，提升基层应急救援能力。",
    ]
    part = _part((_piece(head), _piece(rest)), tuple(map(_piece, relief)))
    assert _texts(one_home_per_matter(part, _matter)) == [[head, *relief, rest]]


def test_a_units_paragraph_takes_no_other_sentence_and_one_is_left_out_only_with_room() -> None:
    """A real report's paragraph goes on with no sentence of another report: a sentence whose
    matter a unit says stays where it is, unless the part has text beyond its share."""
    unit = tuple(_piece(text, "paragraph", "pg-1") for text in SAFETY)
    part = _part(unit, (*map(_piece, PETITIONS), _piece(GAS)), room=10_000)
    assert one_home_per_matter(part, _matter) == part
    size = sum(len(p.text) for p in part.paragraphs)
    roomy = _part(unit, (*map(_piece, PETITIONS), _piece(GAS)), room=size - len(GAS))
    assert _texts(one_home_per_matter(roomy, _matter)) == [SAFETY, PETITIONS]


def test_what_the_home_says_already_is_not_said_again() -> None:
    again = "深入开展安全生产和消防安全专项整治行动。"
    MATTERS[again] = "安全稳定/安全生产"
    part = _part(tuple(map(_piece, SAFETY)), (*map(_piece, PETITIONS), _piece(again)))
    size = sum(len(p.text) for p in part.paragraphs)
    assert one_home_per_matter(part, _matter) == part  # (no room to do without it)
    roomy = _part(tuple(map(_piece, SAFETY)), (*map(_piece, PETITIONS), _piece(again)), room=1)
    assert _texts(one_home_per_matter(roomy, _matter)) == [SAFETY, PETITIONS]
    assert size > 1


def test_an_opener_whose_home_was_emptied_stays() -> None:
    """A paragraph's sentences all moved on before its opener would follow them there: the
    opener stays where it is (a draft of the composition benchmark raised IndexError here)."""
    from drafter.compose.homes import _Moves

    opener = _piece("提升应急管理能力。")
    moves = _Moves([[opener], []], [["安全稳定/应急"], []], (), 0)
    assert not moves.place(opener, "安全稳定/应急", 1, opener=True)
    assert moves.paragraphs == [[opener], []]
