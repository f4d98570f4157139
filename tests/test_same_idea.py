"""Two sentences of a part saying one idea in other words (``select.same_idea_in``): tuned on
the pairs county writers named as said twice, against the pairs of sentences real plan
paragraphs hold side by side."""

from __future__ import annotations

import itertools
from functools import lru_cache
from pathlib import Path

from drafter.compose.select import _COMMON, bigrams, same_idea_in
from drafter.compose.units import sentence_idf
from drafter.phrasebank import load_bank
from drafter.phrasebank.model import Kind, Mode

ROOT = Path(__file__).resolve().parent.parent
PAIRS = Path(__file__).with_name("data") / "same_idea_pairs.tsv"


@lru_cache(maxsize=1)
def _plan_paragraphs() -> tuple[tuple[str, ...], ...]:
    """The shipped bank's plan paragraphs of two sentences or more (read through its index)."""
    bank = load_bank(ROOT / "phrasebank")
    return tuple(
        tuple(unit.items)
        for unit in bank.of_kind(Kind.PARAGRAPH)
        if unit.mode is Mode.TARGET and len(unit.items) >= 2
    )


def _content(text: str) -> frozenset[str]:
    return frozenset(bigrams(text) - _COMMON)


def test_pairs_writers_named_are_one_idea_and_real_neighbours_seldom_are() -> None:
    paragraphs = _plan_paragraphs()
    idf = sentence_idf([s for p in paragraphs for s in p])
    rare = max(idf.values())
    named = [line.split("\t") for line in PAIRS.read_text(encoding="utf-8").splitlines()]
    found = sum(same_idea_in(_content(a), _content(b), idf, rare) for a, b in named)
    real = [(a, b) for p in paragraphs for a, b in itertools.combinations(p, 2)]
    alike = sum(same_idea_in(_content(a), _content(b), idf, rare) for a, b in real)
    assert len(named) >= 25 and len(real) >= 3000
    assert found >= 0.4 * len(named), f"{found} of {len(named)} named pairs found"
    assert alike <= 0.008 * len(real), f"{alike} of {len(real)} real pairs read as one idea"


def test_a_measure_on_another_thing_is_another_idea() -> None:
    idf = sentence_idf([s for p in _plan_paragraphs() for s in p])
    rare = max(idf.values())
    a = _content("支持企业开拓市场，组织参加各类展销对接活动，稳定企业订单。")
    assert same_idea_in(a, _content("帮助企业稳订单、拓市场、保运行。"), idf, rare)
    assert not same_idea_in(a, _content("依法保护民营企业产权和企业家权益。"), idf, rare)
