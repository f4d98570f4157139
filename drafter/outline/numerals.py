"""Reading the number out of an outline marker (一、 （二） 3. （4） 第五，)."""

from __future__ import annotations

import re

from drafter.numerals import from_chinese

_MARKER_NUMBER = re.compile(r"[零〇一二三四五六七八九十]+|\d+")


def marker_ordinal(marker: str) -> int:
    """1 for 一、/（一）/1./（1）/一是, 2 for 二、 …; 0 when no number can be read."""
    match = _MARKER_NUMBER.search(marker)
    if match is None:
        return 0
    token = match.group()
    if token.isdigit():
        return int(token)
    return from_chinese(token) or 0
