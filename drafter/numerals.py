"""Chinese numerals as speeches use them: outline numbers 一 … 九十九, and back.

Shared by the outline parser (reading 十一、), compose (writing （十二）) and lint (checking runs).
"""

from __future__ import annotations

DIGITS = "零一二三四五六七八九"
_VALUES = {ch: i for i, ch in enumerate(DIGITS)} | {"〇": 0, "两": 2}


def to_chinese(n: int) -> str:
    """1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九 (the forms used in outline numbers)."""
    if not 0 < n < 100:
        raise ValueError(f"outline numbers run from 1 to 99, not {n}")
    tens, ones = divmod(n, 10)
    if tens == 0:
        return DIGITS[ones]
    head = "" if tens == 1 else DIGITS[tens]
    return head + "十" + (DIGITS[ones] if ones else "")


def from_chinese(text: str) -> int | None:
    """Inverse of ``to_chinese`` (also 〇/零 forms); None when ``text`` is no such numeral."""
    if not text or len(text) > 3:
        return None
    if "十" not in text:
        return _VALUES.get(text) if len(text) == 1 and text != "两" else None
    head, _, tail = text.partition("十")
    if "十" in tail:
        return None
    tens = 1 if head == "" else _VALUES.get(head)
    ones = 0 if tail == "" else _VALUES.get(tail)
    if tens is None or ones is None or tens == 0 or (head and len(head) > 1) or len(tail) > 1:
        return None
    return tens * 10 + ones
