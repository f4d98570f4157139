"""A paragraph reads as written by one hand: leftover sentences grouped by matter, no reflection
among measures; each county's draft does without its own share of the bank (set_aside)."""

from __future__ import annotations

from pathlib import Path

from drafter.compose.model import Piece
from drafter.compose.section import LEFT_SENTENCES, _holding_together
from drafter.compose.select import SET_ASIDE, Selector, provenance_of, set_aside
from drafter.phrasebank import load_bank
from drafter.phrasebank.model import Kind

REPO = Path(__file__).resolve().parents[1]
BANK = load_bank(REPO / "phrasebank")


def _pieces(matter: str, count: int) -> list[Piece]:
    found = [p for p in BANK.of_kind(Kind.BODY, matter.split("/")[0]) if p.aspect == matter]
    assert len(found) >= count, matter
    return [Piece(p.text, provenance_of(p)) for p in found[:count]]


def test_leftover_sentences_make_one_paragraph_per_matter() -> None:
    selector = Selector(BANK, 1, {"county": "澄溪县"})
    work = _pieces("民生保障/就业", 3)
    care = _pieces("民生保障/养老", 2)
    reflection = Piece("事实证明，只要我们真心实意为群众办实事，就一定能赢得群众的拥护和支持。")
    mixed = [work[0], care[0], work[1], reflection, care[1], work[2]]
    for piece in mixed:
        selector.used.add(piece.text)
    groups = _holding_together(selector, mixed)
    assert [list(g) for g in groups] == [[work[0], work[1], work[2]], [care[0], care[1]]]
    assert reflection.text not in selector.used  # left out, free again


def test_a_leftover_paragraph_is_short() -> None:
    selector = Selector(BANK, 1, {"county": "澄溪县"})
    work = _pieces("民生保障/就业", LEFT_SENTENCES + 2)
    groups = _holding_together(selector, work)
    assert len(groups) == 1 and len(groups[0]) == LEFT_SENTENCES


def test_set_aside_is_a_stable_share_drawn_by_the_draft() -> None:
    ids = [f"bd-{i:05d}" for i in range(4000)]
    one = [i for i in ids if set_aside("7:澄溪县", i)]
    assert abs(len(one) / len(ids) - SET_ASIDE) < 0.03
    assert one == [i for i in ids if set_aside("7:澄溪县", i)]
    other = {i for i in ids if set_aside("7:沅榆县", i)}
    both = len(set(one) & other) / len(ids)
    assert abs(both - SET_ASIDE**2) < 0.03  # two counties set aside independently
    assert not set_aside("", ids[0])
