"""A sub-heading over nothing is not said (``section._bodied``): round 135's writer set had
精准纾困解难。 as a paragraph of its own, its sentences all said elsewhere in the draft."""

from __future__ import annotations

from drafter.compose.model import Piece
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
