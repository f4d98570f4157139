"""Topic tagging: a text's jieba words → the taxonomy topics whose keywords they hit.

Input: simplified text and the bank's ``Topic``s. Output: topic names, best first. A keyword hits
when it is one of the text's words, or (for keywords of three or more characters, which jieba may
split differently) when it occurs in the text. Ties keep the taxonomy order, so tagging is
deterministic.
"""

from __future__ import annotations

from collections.abc import Sequence

from drafter import segment
from drafter.phrasebank.model import Topic


class TopicTagger:
    """Tags texts with the topics of one taxonomy."""

    def __init__(self, topics: Sequence[Topic]) -> None:
        self.topics = tuple(topics)
        self._order = {topic.name: index for index, topic in enumerate(self.topics)}
        self._by_word: dict[str, list[str]] = {}
        self._long: list[tuple[str, str]] = []
        for topic in self.topics:
            for keyword in topic.keywords:
                self._by_word.setdefault(keyword, []).append(topic.name)
                if len(keyword) >= 3:
                    self._long.append((keyword, topic.name))
        self.keywords = frozenset(self._by_word)

    def scores(self, text: str, words: Sequence[str] | None = None) -> dict[str, int]:
        """topic → number of keyword hits in ``text`` (``words``: its jieba words, if known)."""
        scores: dict[str, int] = {}
        if words is None:
            words = segment.cut(text)
        seen: set[str] = set()
        for word in words:
            for name in self._by_word.get(word, ()):
                scores[name] = scores.get(name, 0) + 1
            seen.add(word)
        for keyword, name in self._long:
            if keyword not in seen and keyword in text:
                scores[name] = scores.get(name, 0) + 1
        return scores

    def tag(
        self, text: str, words: Sequence[str] | None = None, *, limit: int = 2
    ) -> tuple[str, ...]:
        """The best topics of ``text`` (at most ``limit``; those scoring at least half the best)."""
        scores = self.scores(text, words)
        if not scores:
            return ()
        best = max(scores.values())
        ranked = sorted(scores.items(), key=lambda item: (-item[1], self._order[item[0]]))
        return tuple(name for name, score in ranked[:limit] if score * 2 >= best)
