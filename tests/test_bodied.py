"""A sub-heading over nothing is not said (``section._bodied``): round 135's writer set had
精准纾困解难。 as a paragraph of its own, its sentences all said elsewhere in the draft."""

from __future__ import annotations

from drafter.compose.model import Paragraph, Part, Piece
from drafter.compose.section import _bodied
from drafter.document import Provenance


class _Used:
    def __init__(self, *texts: str) -> None:
        self.used = set(texts)


def test_an_item_whose_sentences_all_went_is_gone_and_its_lead_free() -> None:
    lead = Piece("精准纾困解难。", Provenance(entry="ld-1", kind="lead"))
    body = Piece("提升行政效能。", Provenance(entry="bd-1", kind="body"))
    selector = _Used(lead.text, body.text)
    built = [(lead, []), (None, [body])]
    assert _bodied(selector, built) == [(None, [body])]  # type: ignore[arg-type]
    assert lead.text not in selector.used


def test_the_self_check_names_a_sub_heading_over_nothing() -> None:
    from drafter.compose.check import _heads_over_nothing
    from drafter.document import Block, Document, Role, Run

    bare = Block(Role.BODY, (Run("精准纾困解难。", bold=True),))
    led = Block(Role.BODY, (Run("提升行政效能。", bold=True), Run("全面实行政府权责清单制度。")))
    heading = Block.plain(Role.HEADING_2, "（四）聚焦优化服务")
    problems = _heads_over_nothing(Document((heading, led, bare)))
    assert problems == ["第3段：小标题“精准纾困解难。”下面没有内容"]


def test_where_every_item_lost_its_sentences_the_sub_headings_are_said_plainly() -> None:
    """A topic given again and again, its material spent: the part says its sub-headings as
    sentences rather than stand with a heading alone."""
    first = Piece("精准纾困解难。", Provenance(entry="ld-1", kind="lead"))
    second = Piece("提升行政效能。", Provenance(entry="ld-2", kind="lead"))
    selector = _Used(first.text, second.text)
    built = [(first, []), (second, [])]
    assert _bodied(selector, built) == [(None, [first]), (None, [second])]  # type: ignore[arg-type]
    assert selector.used == {first.text, second.text}


def test_a_body_paragraph_of_blank_runs_is_no_sub_heading() -> None:
    from drafter.compose.check import _heads_over_nothing
    from drafter.document import Block, Document, Role, Run

    blank = Block(Role.BODY, (Run("  ", bold=True), Run(" ")))
    assert _heads_over_nothing(Document((blank,))) == []


def test_the_self_check_names_a_numbered_heading_over_nothing() -> None:
    from drafter.compose.check import _heads_over_nothing
    from drafter.document import Block, Document, Role

    body = Block.plain(Role.BODY, "全面实行政府权责清单制度。")
    doc = Document(
        (
            Block.plain(Role.HEADING_1, "八、坚定不移抓作风建设"),
            body,
            Block.plain(Role.HEADING_1, "九、坚定不移抓任务落实"),
            Block.plain(Role.HEADING_1, "十、坚持实干为先"),
            Block.plain(Role.HEADING_2, "（一）压实责任"),
            body,
        )
    )
    assert _heads_over_nothing(doc) == ["第3段：标题“九、坚定不移抓任务落实”下面没有内容"]


def _part(number: int, topic: str, said: bool, point: int = 0, within: int = 0) -> Part:
    paragraphs = (Paragraph((Piece(f"{topic}的措施。"),)),) if said else ()
    head = Piece(f"{topic}的板块") if within == 1 else None
    return Part(
        number,
        Piece(topic),
        paragraphs,
        topic,
        None,
        point=point,
        within=within,
        group_heading=head,
    )


def test_a_part_the_wording_emptied_is_not_said_and_the_points_are_counted_again() -> None:
    """Round 138's writer: 九、坚定不移抓任务落实 over the season's work alone — the kind's
    closing part had lost its one paragraph (a county's situation, not a plan)."""
    from drafter.compose.plan import _bodied_parts

    plain = [_part(1, "项目建设", True), _part(2, "抓落实", False), _part(3, "作风建设", True)]
    kept = _bodied_parts(plain)
    assert [(p.number, p.topic) for p in kept] == [(1, "项目建设"), (2, "作风建设")]
    grouped = [
        _part(1, "项目建设", False, 1, 1),
        _part(2, "招商引资", True, 1, 2),
        _part(3, "营商环境", True, 1, 3),
        _part(4, "民生保障", True, 2),
        _part(5, "抓落实", False, 3),
        _part(6, "作风建设", True, 4),
    ]
    kept = _bodied_parts(grouped)
    shape = [(p.topic, p.point, p.within, p.group_heading is not None) for p in kept]
    assert shape == [
        ("招商引资", 1, 1, True),
        ("营商环境", 1, 2, False),
        ("民生保障", 2, 0, False),
        ("作风建设", 3, 0, False),
    ]
    assert [p.number for p in kept] == [1, 2, 3, 4]
