"""A tree of words matches as the alternation of the words, longest first, does."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from drafter.mining.aspects import load_aspects
from drafter.mining.topics import TopicTagger
from drafter.phrasebank.topics import load_topics
from drafter.wordpattern import words_pattern


def _alternation(words: set[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))))


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("words", "text"),
    [
        ({"招商", "招商引资", "引资"}, "加强招商引资，招商工作，引资"),
        ({"a", "ab", "abc", "b"}, "abcabxab"),
        ({"a.b", "a*", "(x)"}, "a.b a*b (x) axb"),
        ({"", "ab"}, "xaby"),  # an empty word matches the empty text, as in the alternation
        ({"就业"}, "稳就业保就业"),
    ],
)
def test_same_matches_as_the_alternation(words: set[str], text: str) -> None:
    assert _spans(re.compile(words_pattern(words)), text) == _spans(_alternation(words), text)


def test_same_matches_on_the_corpus_with_the_shipped_word_lists() -> None:
    repo = Path(__file__).parents[1]
    tagger = TopicTagger(load_topics(repo / "phrasebank"))
    lists = [set(tagger.keywords), set(load_aspects().matter_of)]
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(repo.glob("corpus/*.txt"))[:6])
    for words in lists:
        tree, alternation = re.compile(words_pattern(words)), _alternation(words)
        assert _spans(tree, text) == _spans(alternation, text)


def test_same_matches_on_random_words_and_texts() -> None:
    chooser = random.Random(7)
    for _ in range(200):
        words = {"".join(chooser.choices("abc", k=chooser.randint(1, 4))) for _ in range(6)}
        text = "".join(chooser.choices("abcd", k=30))
        assert _spans(re.compile(words_pattern(words)), text) == _spans(_alternation(words), text)
