"""The prefilter skips a search only where the pattern cannot match."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from drafter.mining.units import load_unit_rules
from drafter.prefilter import Prefiltered, needed_characters, one_of_gate


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        ("首家|全国首", ({"首", "家"}, {"全", "国", "首"})),
        ("ab?c", ({"a", "c"},)),
        ("(?:ab|ac)d", ({"a", "d"},)),
        ("x(?=y)z", ({"x", "z"},)),
        ("(?:[^，]{2,10}、)+[^，]{2,10}等(?:主导|特色)产业", ({"、", "等", "产", "业"},)),
    ],
)
def test_the_characters_each_branch_needs(pattern: str, needs: tuple[set[str], ...]) -> None:
    assert needed_characters(pattern) == tuple(frozenset(n) for n in needs)


@pytest.mark.parametrize("pattern", ["a|b", "a*", "(?i)abc", "x|[ab]", "(?i:a)b?"])
def test_no_filter_where_a_branch_needs_nothing_sure(pattern: str) -> None:
    assert needed_characters(pattern) is None


def test_the_units_particulars_find_what_their_pattern_finds() -> None:
    particular = load_unit_rules().particular
    assert particular.needs is not None  # (else this tests nothing)
    texts = [
        "培育了机械、纺织、食品加工等主导产业",
        "建成全省首家县级数据中心",
        "全国首批试点",
        "机械、纺织等产业",  # one 、 too few for the second branch, no 主导…
        "全面推进乡村振兴",
    ]
    corpus = Path(__file__).parents[1] / "corpus"
    for path in sorted(corpus.glob("*.txt"))[:6]:
        texts += re.split("[。；\n]", path.read_text(encoding="utf-8"))
    chooser = random.Random(3)
    texts += [
        "".join(chooser.choice("首家全省国批等、产业行主导，机械") for _ in range(n))
        for n in range(1, 40)
        for _ in range(20)
    ]
    found = 0
    for text in texts:
        expected = particular.pattern.search(text)
        got = particular.search(text)
        assert (got and got.span()) == (expected and expected.span()), text
        found += expected is not None
    assert found >= 3


def test_prefiltered_search_is_the_pattern_s() -> None:
    prefiltered = Prefiltered("首家|全国首|第一")
    assert prefiltered.gate is not None
    assert prefiltered.gate.pattern == "第|首"  # one character each branch needs
    assert prefiltered.search("全省首家") is not None
    assert prefiltered.search("全国第二") is None
    assert prefiltered.search("全国首创") is not None
    assert Prefiltered("a|b").gate is None


@pytest.mark.parametrize(
    ("pattern", "gate"),
    [
        (r"[\u4e00-\u9fff]{2,8}(?:公司|集团)(?:要|牵头|负责)", {"公", "集"}),
        (r"[\u4e00-\u9fff]{1,2}(?:立|强|兴|富|旺)县", {"县"}),
        (r"(?<=[一-鿿])(?:名城|之乡)", {"名", "之"}),
        (r"(?:医技|教学)?楼", {"楼"}),
        (r"[一-鿿]+|县", None),
        (r"(?i:ab)c", {"c"}),
    ],
)
def test_one_of_gate_holds_a_character_of_every_match(pattern: str, gate: set[str] | None) -> None:
    found = one_of_gate(re.compile(pattern))
    assert found == (None if gate is None else frozenset(gate))
