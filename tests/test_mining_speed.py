"""Mining's quicker ways of asking the same questions give the same answers as the regular
expressions and scans they replaced, on the corpus's own text."""

from __future__ import annotations

import random
import re
from re import _parser  # type: ignore[attr-defined]

import pytest

from drafter import segment
from drafter.mining.names import claims
from drafter.names import rules
from drafter.wordscan import WordScan
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    found: list[str] = []
    for path in sorted(CORPUS.glob("*-*.txt"))[:12]:
        for line in path.read_text(encoding="utf-8").split("\n"):
            found += [s for s in re.split(r"(?<=[。！？；])", line) if s.strip()]
    return found


def test_word_set_finds_what_an_alternation_finds(sentences: list[str]) -> None:
    chooser = random.Random(14)
    words = sorted({w for s in sentences[:400] for w in segment.cut(s) if len(w) >= 2})
    for size in (1, 5, 40, 400):
        chosen = [*chooser.sample(words, size), "县", "“三"]  # one character, a pair with a mark
        pattern = re.compile("|".join(re.escape(w) for w in sorted(chosen, key=len, reverse=True)))
        found = WordScan(chosen)
        answers = [found.search(s) for s in sentences]
        assert answers == [bool(pattern.search(s)) for s in sentences]
        assert any(answers) and not all(answers)
    assert not WordScan([]).search("任何文字")


def test_divisions_in_a_word_are_what_the_gazetteer_alternation_finds(
    sentences: list[str],
) -> None:
    full, stems, _ = rules._gazetteer()
    old = re.compile("|".join(map(re.escape, sorted(full | stems, key=lambda n: (-len(n), n)))))
    windows = [s[i : i + size] for s in sentences[:600] for size in (4, 9) for i in range(0, 30, 3)]
    windows += ["河北省保定市高阳县", "北京大学", "向阳花", "新县医院", "黄河流域"]
    found = [rules._divisions_in(w) for w in windows]
    assert found == [[m.group() for m in old.finditer(w)] for w in windows]
    assert sum(map(len, found)) > 50


def test_zone_and_nature_suffixes_are_the_longest_of_their_class(sentences: list[str]) -> None:
    words = {w for s in sentences for w in segment.cut(s)}
    words |= {suffix for suffix, _ in rules._BY_SUFFIX}
    words |= {
        stem + suffix for stem in ("信息", "智能", "孝义", "") for suffix, _ in rules._BY_SUFFIX
    }

    def zone(word: str) -> tuple[str, str] | None:
        for suffix, cls in rules._BY_SUFFIX:
            if cls.name == "zone" and word.endswith(suffix):
                return suffix, cls.name
        return None

    def nature(word: str) -> str | None:
        return next(
            (
                cls.name
                for suffix, cls in rules._BY_SUFFIX
                if word == suffix and cls.name == "nature"
            ),
            None,
        )

    zones = 0
    for word in sorted(words):
        got = rules.zone_suffix(word)
        assert (None if got is None else (got[0], got[1].name)) == zone(word), word
        cls = rules.nature_suffix_class(word)
        assert (None if cls is None else cls.name) == nature(word), word
        zones += got is not None
    assert zones > 20
    assert rules.zone_suffix("信息智能产业园区") == ("产业园区", rules.SUFFIX_CLASSES[3])


def test_claim_rules_one_by_one_match_as_their_alternation(sentences: list[str]) -> None:
    # every rule matches at least one character: the merge never meets an empty match
    for regex, _ in claims._RULES:
        assert _parser.parse(regex.pattern, regex.flags).getwidth()[0] > 0, regex.pattern
    alternation = re.compile(
        "|".join(f"(?P<r{i}>{regex.pattern})" for i, (regex, _) in enumerate(claims._RULES))
    )
    texts = [*sentences, "全县创建省级文明县城，县三小、县医院新院区建成使用，二级甲等。"]
    total = 0
    for text in texts:
        expected = [(m.lastgroup, m.span()) for m in alternation.finditer(text)]
        got = [(f"r{rule}", m.span()) for rule, m in claims._claim_matches(text)]
        assert got == expected, text
        gated = [(f"r{rule}", m.span()) for rule, m in claims._claim_matches(text, set(text))]
        assert gated == expected, text
        total += len(got)
    assert total > 20


def test_gate_chars_answer_every_gate_as_the_text_s_characters(sentences: list[str]) -> None:
    """``names.gate_chars`` keeps of a sentence only the characters some rule's gate asks
    about: each gate's answer is the one ``set(text)`` gives, and so are the facts found."""
    from drafter.mining.names import _gates, gate_chars
    from drafter.mining.names.facts import fact_gates, fact_hits

    gates = [g for g in (*_gates(), *claims.claim_gates(), *fact_gates()) if g is not None]
    found = 0
    for text in sentences:
        chars = gate_chars(text)
        assert chars <= set(text)
        assert all(g.isdisjoint(chars) == g.isdisjoint(text) for g in gates), text
        facts = fact_hits(text, chars)
        assert facts == fact_hits(text), text
        found += len(facts)
    assert found > 10
