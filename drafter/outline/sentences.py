"""Splitting a normalised paragraph into sentences: ``str`` → spans ``(start, end)``.

A sentence ends at 。！？； (a run of them counts as one end, "！？"), and a closing quote or
bracket right after the end belongs to the sentence ("……”。" and "……。”" both end after the
quote). Half-width ! ? ; are accepted as ends too, since not every text reaches us normalised.
The spans cover the whole paragraph except whitespace between sentences; the last sentence may
lack an end mark.
"""

from __future__ import annotations

import re

# One sentence: anything up to an end mark (or the end of the text), then closing quotes/brackets.
_SENTENCE = re.compile(r"[^。！？；!?;]*(?:[。！？；!?;]+[”’」』）)]*|$)")
_SPACE = " \t\u3000\xa0"


def split_sentences(paragraph: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans of ``paragraph``: ``paragraph[start:end]`` is a sentence with its end mark."""
    spans: list[tuple[int, int]] = []
    length = len(paragraph)
    for match in _SENTENCE.finditer(paragraph):
        start, end = match.span()
        while start < end and paragraph[start] in _SPACE:
            start += 1
        stripped_end = end
        while stripped_end > start and paragraph[stripped_end - 1] in _SPACE:
            stripped_end -= 1
        if stripped_end > start:
            spans.append((start, stripped_end))
        if end >= length:
            break
    return tuple(spans)


def sentence_texts(paragraph: str) -> tuple[str, ...]:
    """The sentences of ``paragraph`` as strings (convenience for callers that need no spans)."""
    return tuple(paragraph[start:end] for start, end in split_sentences(paragraph))


def strip_end(sentence: str) -> str:
    """A sentence without its end marks and surrounding space: "补齐生态短板。" → "补齐生态短板"."""
    return sentence.strip(_SPACE).rstrip("。！？；!?;").strip(_SPACE)
