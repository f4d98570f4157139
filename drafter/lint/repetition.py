"""Repetition: the same or nearly the same sentence said twice.

Input: paragraphs. Output: one finding per repeated sentence, at its second occurrence.

Sentences are compared without punctuation or spaces. Exact repeats of 10+ characters are errors
(a paste done twice); near repeats (character-bigram Jaccard ≥ 0.8, 12+ characters) are warnings.
Candidates come from an inverted index over each sentence's rarest bigrams (prefix filtering:
two sets with Jaccard ≥ t share one of their first ``n - ceil(t·n) + 1`` tokens in a global
order), so the check stays near-linear on a 50,000-character speech.
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter
from collections.abc import Sequence

from drafter.lint.model import Finding, Severity, finding
from drafter.records import dataclass

_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
_NOISE = re.compile(r"[\s\W_]+")
_EXACT_MIN = 10
_NEAR_MIN = 12
_THRESHOLD = 0.8
_NEAR_PARAGRAPHS = 10


@dataclass(frozen=True, slots=True)
class _Sentence:
    paragraph: int
    text: str
    key: str
    grams: frozenset[str]


def check_repetition(
    paragraphs: Sequence[str], skip: frozenset[int] = frozenset()
) -> list[Finding]:
    """``skip``: paragraph indexes not to compare (title, date lines)."""
    sentences = _sentences(paragraphs, skip)
    findings: list[Finding] = []
    first_seen: dict[str, _Sentence] = {}
    exact_repeats: set[int] = set()
    for number, sentence in enumerate(sentences):
        if len(sentence.key) < _EXACT_MIN:
            continue
        earlier = first_seen.get(sentence.key)
        if earlier is None:
            first_seen[sentence.key] = sentence
            continue
        exact_repeats.add(number)
        # Near each other it is a paste done twice; far apart (review and plan of a work report)
        # a statement may be repeated on purpose.
        near = sentence.paragraph - earlier.paragraph <= _NEAR_PARAGRAPHS
        findings.append(
            finding(
                "repetition.same",
                Severity.ERROR if near else Severity.WARNING,
                sentence.paragraph,
                sentence.text,
                f"与第{earlier.paragraph + 1}段的句子完全重复",
            )
        )
    findings += _adjacent_repeats(paragraphs, skip)
    for earlier, later in _near_pairs(sentences, exact_repeats):
        findings.append(
            finding(
                "repetition.near",
                Severity.WARNING,
                later.paragraph,
                later.text,
                f"与第{earlier.paragraph + 1}段的句子高度相似：“{earlier.text}”",
            )
        )
    return findings


_ADJACENT_MIN = 4  # "确保群众满意。确保群众满意。": too short for the exact check, still a slip


def _adjacent_repeats(paragraphs: Sequence[str], skip: frozenset[int]) -> list[Finding]:
    """A short sentence said twice in a row (the exact check above starts at 10 characters)."""
    findings: list[Finding] = []
    previous: tuple[int, str] | None = None
    for index, text in enumerate(paragraphs):
        if index in skip:
            previous = None
            continue
        for match in _SENTENCE.finditer(text):
            raw = match.group().strip()
            key = _NOISE.sub("", raw)
            if not key:
                continue
            if (
                previous is not None
                and previous[1] == key
                and _ADJACENT_MIN <= len(key) < _EXACT_MIN
                and not key.isdigit()
            ):
                findings.append(
                    finding(
                        "repetition.same",
                        Severity.ERROR,
                        index,
                        raw,
                        "同一句话紧接着说了两遍"
                        + ("" if previous[0] == index else f"（上一句在第{previous[0] + 1}段）"),
                    )
                )
            previous = (index, key)
    return findings


def _sentences(paragraphs: Sequence[str], skip: frozenset[int]) -> list[_Sentence]:
    result: list[_Sentence] = []
    for index, text in enumerate(paragraphs):
        if index in skip:
            continue
        for match in _SENTENCE.finditer(text):
            raw = match.group().strip()
            key = _NOISE.sub("", raw)
            if len(key) < _EXACT_MIN:
                continue
            grams = frozenset(map(operator.add, key, key[1:]))  # (its character pairs)
            result.append(_Sentence(index, raw, key, grams))
    return result


def _near_pairs(
    sentences: Sequence[_Sentence], exact: set[int]
) -> list[tuple[_Sentence, _Sentence]]:
    frequency: Counter[str] = Counter()
    for sentence in sentences:
        frequency.update(sentence.grams)
    # One global order (rarest first, ties by text) so every sentence's prefix agrees. (Sorted
    # by text, then by count: the sort is stable, and both keys are looked up in C.)
    by_rank = sorted(sorted(frequency), key=frequency.__getitem__)
    rank = dict(zip(by_rank, range(len(by_rank)), strict=True))
    index: dict[str, list[int]] = {}
    pairs: list[tuple[_Sentence, _Sentence]] = []
    reported: set[int] = set()
    for number, sentence in enumerate(sentences):
        if len(sentence.key) < _NEAR_MIN or number in exact:
            continue
        ordered = sorted(sentence.grams, key=rank.__getitem__)
        size = len(ordered)
        prefix = ordered[: size - math.ceil(_THRESHOLD * size) + 1]
        candidates: set[int] = set()
        for gram in prefix:
            candidates.update(index.get(gram, ()))
        best: tuple[float, int] | None = None
        for other in sorted(candidates):
            grams = sentences[other].grams
            if sentences[other].key == sentence.key:
                continue
            small, large = sorted((len(grams), size))
            if small < _THRESHOLD * large:
                continue
            score = len(grams & sentence.grams) / len(grams | sentence.grams)
            if score >= _THRESHOLD and (best is None or score > best[0]):
                best = (score, other)
        if best is not None and number not in reported:
            reported.add(number)
            pairs.append((sentences[best[1]], sentence))
        for gram in prefix:
            index.setdefault(gram, []).append(number)
    return pairs
