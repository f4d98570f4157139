"""What a paragraph is about within its topic: the matters of ``aspects.yaml`` (大气, 水环境 and
土壤 of 生态环保; 就业, 社保 and 救助 of 民生保障 …), each with the words that name it and the
topic it belongs to.

Composing uses them in three ways: a part says each matter in one paragraph; a matter is said
in the part of its own topic (安全生产 in 安全稳定, not in 民生保障), or — when the draft has no
such part — in the first part that takes it up; and a paragraph's lead names the matter of its
sentences (a lead on 公墓 over sentences on 群团 is dropped).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from drafter.phrasebank.model import MATTER_SEPARATOR, Kind, Phrase

ASPECTS_FILE = Path(__file__).with_name("aspects.yaml")


COMMON_WEIGHT = 0.2  # what a word every document uses still says about a matter
MIN_WEIGHT = 0.5  # a text names a matter when its words weigh this much


@dataclass(frozen=True, slots=True)
class Aspects:
    """The matters, the topic each belongs to, and one pattern of all their words (longest
    first, so 招商引资 is read as one word, not also as 招商)."""

    home: dict[str, str]
    matter_of: dict[str, str]  # word → matter
    pattern: re.Pattern[str]
    # word → how much naming it says about a matter: a word most of the corpus's documents use
    # (落实, 责任, 改革) says little; one few use (扬尘, 欠薪) says much. Empty: every word 1.
    weights: dict[str, float] = field(default_factory=dict)

    def weighted(self, doc_freq: Mapping[str, int], documents: int) -> Aspects:
        """The table with each word weighed by the inverse of how many of the corpus's
        ``documents`` use it (``doc_freq``: documents per word)."""
        weights = {
            word: math.log((documents + 1) / (doc_freq.get(word, 0) + 1)) + COMMON_WEIGHT
            for word in self.matter_of
        }
        return replace(self, weights=weights)

    def matter(self, text: str) -> str | None:
        """The matter ``text`` names most (ties: the one named first), or None."""
        found: dict[str, float] = {}
        for match in self.pattern.finditer(text):
            word = match.group()
            matter = self.matter_of[word]
            # insertion order: the matter named first wins a tie
            found[matter] = found.get(matter, 0.0) + self.weights.get(word, 1.0)
        if not found:
            return None
        best = max(found.values())
        if best < MIN_WEIGHT:
            return None  # only words every document says (落实, 推进): no matter of its own
        return next(m for m, n in found.items() if n == best)

    def label(self, text: str) -> str | None:
        """The matter ``text`` names most with the topic it belongs to (安全稳定/安全生产), as a
        bank entry stores it; None when it names none."""
        matter = self.matter(text)
        return None if matter is None else f"{self.home[matter]}{MATTER_SEPARATOR}{matter}"

    def with_matter(self, phrase: Phrase) -> Phrase:
        """A body sentence with its matter (drafting keeps a matter to the part of its own
        topic); other entries as they are."""
        if phrase.kind is not Kind.BODY or phrase.aspect is not None:
            return phrase
        label = self.label(phrase.text)
        return phrase if label is None else replace(phrase, aspect=label)


def parse_aspects(data: object) -> Aspects:
    """``aspects.yaml`` read: topic → matter → words."""
    if not isinstance(data, dict):
        raise ValueError("aspects.yaml: topic → matter → words")
    home: dict[str, str] = {}
    matter_of: dict[str, str] = {}
    for topic, matters in data.items():
        for matter, listed in dict(matters).items():
            home[str(matter)] = str(topic)
            for word in listed:
                matter_of.setdefault(str(word), str(matter))
    ordered = sorted(matter_of, key=lambda w: (-len(w), w))
    return Aspects(home, matter_of, re.compile("|".join(map(re.escape, ordered))))


def load_aspects(path: Path = ASPECTS_FILE) -> Aspects:
    import yaml

    with open(path, encoding="utf-8") as handle:
        return parse_aspects(yaml.safe_load(handle))
