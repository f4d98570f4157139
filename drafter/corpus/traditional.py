"""Traditional → simplified: text → the same text in simplified characters, when it is traditional.

Conversion uses the official ``opencc`` package with the ``tw2s`` configuration (it converts
著力/沿著/著眼 correctly, see ../shared/NOTES.md). It runs only when the text is detectably
traditional, so simplified text is never touched (tw2s would turn a simplified 乾隆 into 干隆).
In a mixed text (a simplified speech quoting a traditional passage) only the traditional
paragraphs change.
opencc is imported on first use and the converter is created once.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Protocol

from drafter.corpus.chars import SIMPLIFIED_MARKERS, TRADITIONAL_MARKERS

_TRADITIONAL = re.compile(f"[{TRADITIONAL_MARKERS}]")
_SIMPLIFIED = re.compile(f"[{SIMPLIFIED_MARKERS}]")
_SAMPLE = 50_000


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


def is_traditional(text: str) -> bool:
    """True when traditional-only characters clearly outnumber simplified-only ones."""
    sample = text[:_SAMPLE]
    traditional = len(_TRADITIONAL.findall(sample))
    if traditional == 0:
        return False
    simplified = len(_SIMPLIFIED.findall(sample))
    # One traditional-only character and no simplified one is enough ("一、發展").
    return traditional > 2 * simplified and (traditional >= 2 or simplified == 0)


def simplify(text: str) -> tuple[str, bool]:
    """Convert a traditional text, or the traditional paragraphs of a mixed one.

    Returns the text and whether anything was converted.
    """
    if is_traditional(text):
        return to_simplified(text), True
    lines = text.split("\n")
    changed = False
    for index, line in enumerate(lines):
        if _TRADITIONAL.search(line) and is_traditional(line):
            lines[index] = to_simplified(line)
            changed = True
    return "\n".join(lines), changed


def to_simplified(text: str) -> str:
    """Convert traditional characters to simplified with OpenCC ``tw2s``."""
    return _converter().convert(text)


@cache
def _converter() -> _Converter:
    import opencc

    converter: _Converter = opencc.OpenCC("tw2s")
    return converter
