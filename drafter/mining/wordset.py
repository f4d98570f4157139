"""Whether a text holds any of a set of words (a speech's own words, its recognised names).

Input: the words, then texts; output: yes or no for each text. Mining asked this of a speech's
sentences with a regular-expression alternation of the words, compiled anew for every speech:
10–30 ms per speech and per list (an alternation of ~1,000 literals is parsed and optimised in
Python code), ~0.8 s of CPU for the 1.2 MB set, more than the searches themselves. Here the
words are indexed by their first two characters; a text's character pairs are made in C
(``map``) and matched against them with one set operation, and only the words of the pairs
found are looked for. A word occurs exactly when its first pair does and it is in the text, so
the answer is the alternation's ``search`` made true or false.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable


class WordSet:
    """Words to look for; ``search(text)`` says whether any of them is in ``text``."""

    __slots__ = ("_head_set", "_heads", "_singles")

    def __init__(self, words: Iterable[str]) -> None:
        heads: dict[str, list[str]] = {}
        singles: set[str] = set()
        for word in words:
            if len(word) == 1:
                singles.add(word)
            elif word:
                heads.setdefault(word[:2], []).append(word)
        self._heads = {head: tuple(found) for head, found in heads.items()}
        self._head_set = frozenset(self._heads)
        self._singles = frozenset(singles)

    def search(self, text: str) -> bool:
        """Whether any of the words is in ``text``."""
        if self._singles and not self._singles.isdisjoint(text):
            return True
        heads = self._heads
        for head in self._head_set.intersection(map(operator.add, text, text[1:])):
            for word in heads[head]:
                if word in text:
                    return True
        return False
