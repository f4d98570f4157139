"""Where a long centred line breaks: input a title or subtitle line and how many characters fit,
output the offsets where a reader would break it.

A word processor fills a centred line to the margin and leaves the rest alone on the next line:
"——2025年1月14日在……第四次会议上" ends with 议上 by itself. An office breaks such a line
where the sense allows and balances the parts: after the date, before 在……上, after a comma,
never inside a number or a 10-character name. Widths are counted in full-width characters
(digits and Latin letters are half as wide), so the estimate holds for Word and LibreOffice.
"""

from __future__ import annotations

import math
import unicodedata

# Characters a line does not end on (openings), and characters a line does not start with.
_NO_END = "（(《“‘〈【——"
_NO_START = "）)》”’〉】，。、；：！？…—·"
# Where a reader breaks a title or subtitle, best first: (what ends the first line, what starts
# the next, bonus in characters of imbalance it is worth).
_GOOD_BREAKS: tuple[tuple[str, str, float], ...] = (
    ("日", "在", 6.0),  # ——2025年1月14日 / 在……会议上
    ("", "在", 4.0),
    ("，", "", 4.0),
    ("、", "", 2.0),
    ("暨", "", 3.0),  # 经济工作暨 / 优化营商环境推进大会上的讲话
    ("", "上的讲话", 3.0),
    ("", "的讲话", 2.0),
    ("", "工作", 1.0),
    ("", "关于", 2.0),
)
_SHORTEST_PART = 3.0  # no last line of one or two characters
MAX_LINES = 3  # a title or subtitle runs to three lines at most


def char_width(char: str) -> float:
    """Width in full-width characters: half for ASCII letters, digits and space."""
    if char.isascii():
        return 0.5
    return 1.0 if unicodedata.east_asian_width(char) in "WFA" else 0.5


def text_width(text: str) -> float:
    return sum(char_width(char) for char in text)


def break_offsets(text: str, capacity: float) -> tuple[int, ...]:
    """Offsets in ``text`` after which to start a new line, so that every part fits in
    ``capacity`` full-width characters and the parts are as even as the sense allows."""
    total = text_width(text)
    if capacity <= 0 or total <= capacity:
        return ()
    count = math.ceil(total / capacity)
    if count > MAX_LINES:
        return ()  # not a title line but a paragraph set as one: it wraps as text does
    offsets: list[int] = []
    start = 0
    for remaining in range(count, 1, -1):
        cut = _best_cut(text, start, capacity, remaining)
        if cut is None:
            break
        offsets.append(cut)
        start = cut
    return tuple(offsets)


def _best_cut(text: str, start: int, capacity: float, parts: int) -> int | None:
    """The offset ending the next line of ``parts`` lines still to set from ``start``."""
    rest = text_width(text[start:])
    target = rest / parts
    best: tuple[float, int] | None = None
    width = 0.0
    for cut in range(start + 1, len(text)):
        width += char_width(text[cut - 1])
        if width > capacity:
            break
        after = rest - width
        if after > capacity * (parts - 1) or width < _SHORTEST_PART or after < _SHORTEST_PART:
            continue
        if not _may_break(text, cut):
            continue
        score = abs(width - target) - _bonus(text, cut)
        if best is None or score < best[0]:
            best = (score, cut)
    return best[1] if best else None


def _may_break(text: str, cut: int) -> bool:
    before, after = text[cut - 1], text[cut]
    if before in _NO_END or after in _NO_START:
        return False
    # Not inside a number, a Latin word, or a run of dashes or dots.
    return not (before.isascii() and after.isascii() and (before + after).strip() == before + after)


def _bonus(text: str, cut: int) -> float:
    head, tail = text[:cut], text[cut:]
    bonus = 0.0
    for ends, starts, worth in _GOOD_BREAKS:
        if head.endswith(ends) and tail.startswith(starts):
            bonus = max(bonus, worth)
    return bonus
