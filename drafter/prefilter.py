"""A regular expression's search skipped where none of its matches can be.

Input: a pattern; output: ``Prefiltered``, which searches as the compiled pattern does but first
asks whether the text holds the characters some branch of the pattern needs (every literal
outside optional parts: ``首家`` needs 首 and 家; ``(?:[^，]{2,10}、)+[^，]{2,10}等产业``
needs 、, 等, 产 and 业). A text lacking them for every branch cannot match, and ``in`` tests
cost far less than a search whose branches start with a broad class, which ``re`` tries at every
position.
Only where the search runs changes, never what it finds (``tests/test_prefilter.py``).
"""

from __future__ import annotations

import re
from typing import Any


class Prefiltered:
    """``pattern`` compiled, with its ``search`` skipped on texts that cannot match."""

    __slots__ = ("needs", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        self.needs = needed_characters(pattern)

    def search(self, text: str) -> re.Match[str] | None:
        needs = self.needs
        if needs is not None and not any(all(c in text for c in need) for need in needs):
            return None
        return self.pattern.search(text)


def needed_characters(pattern: str) -> tuple[frozenset[str], ...] | None:
    """For each top-level branch of ``pattern``, the characters every match of that branch
    holds; None when some branch needs none (or the pattern is not one this can read: flags
    that change what a literal matches), as nothing can then be ruled out."""
    try:
        from re import _parser  # type: ignore[attr-defined]
    except ImportError:  # (another Python's internals)
        return None
    parsed = _parser.parse(pattern)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    items = list(parsed)
    branches = items[0][1][1] if len(items) == 1 and items[0][0] is _parser.BRANCH else [items]
    needs = []
    for branch in branches:
        need = _needed(branch, _parser)
        if not need:
            return None
        needs.append(frozenset(need))
    return tuple(needs)


def _needed(items: Any, parser: Any) -> set[str]:
    """The characters every match of the sequence ``items`` holds."""
    need: set[str] = set()
    for op, value in items:
        if op is parser.LITERAL:
            need.add(chr(value))
        elif op is parser.SUBPATTERN:
            if not value[1] & re.IGNORECASE:  # (?i:…) matches other cases too
                need |= _needed(value[-1], parser)
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT):
            low, _, inner = value
            if low >= 1:
                need |= _needed(inner, parser)
        elif op is parser.ATOMIC_GROUP:
            need |= _needed(value, parser)
        elif op is parser.BRANCH:
            # what every alternative needs
            alternatives = [_needed(branch, parser) for branch in value[1]]
            need |= set.intersection(*alternatives) if alternatives else set()
        # anything else (classes, look-arounds, anchors, back-references) needs nothing sure
    return need
