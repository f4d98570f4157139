"""Rhetorical series (排比): runs of sentences or sub-heads in one shape, said whole or not at all.

Taken from its series, a member reads as a fragment: 聚焦天更蓝 with no 水更清 nor 土更净;
以根植于心的法治理念依法干 and 以清正廉洁的政治本色干净干 without the other two “××干” (round
73's writer: “排比只剩一截”); 让文化事业更知心 under a part on consumption (round 38). Mining
keeps a series of sub-heads out of the bank's leads and its members' sentences out of the
bank's lone sentences (each stays in its paragraph's unit); composing says a unit's series
whole or leaves it out.
"""

from __future__ import annotations

from collections.abc import Sequence

SERIES_OPENER = (4, 6)  # a series' members open on a clause of this many characters…
LEAD_SERIES = 3  # …a series of sub-heads runs over at least this many paragraphs


def opener(sentence: str) -> str:
    """The sentence's first clause (before its first comma), or "" when it has none."""
    head, comma, _ = sentence.partition("，")
    return head if comma else ""


def series_members(sentences: Sequence[str]) -> frozenset[int]:
    """The indexes of ``sentences`` in a series: neighbours opening on clauses of one length
    (``SERIES_OPENER``) that share their first two characters and another in one place
    (``_framed``: 聚焦天更蓝，……。聚焦土更净，……; 强化创新意识，……。强化担当意识，……) — not
    这一年，……。这一年，…… nor two measures of one verb (深化财税体制改革，……。深化金融体制
    改革: longer openers; 坚持从严治政，……。坚持依法履职，……)."""
    low, high = SERIES_OPENER
    openers = [opener(s) for s in sentences]
    members: set[int] = set()
    for i in range(len(openers) - 1):
        a, b = openers[i], openers[i + 1]
        if low <= len(a) <= high and len(a) == len(b) and a[:2] == b[:2] and _framed(a, b):
            members.update((i, i + 1))
    return frozenset(members)


def _framed(a: str, b: str) -> bool:
    """Two openers of one frame: they differ, and share a character past their common verb in
    the same place (围绕农|业强 / 围绕农|村美; 聚焦天更蓝 / 聚焦土更净; 强化创新意识 / 强化担当意识)
    — not two measures of one verb (坚持从严治政 / 坚持依法履职; 注重基础提升 / 注重迭代转型)."""
    return alike_in_place(a[2:], b[2:])


def alike_in_place(a: str, b: str) -> bool:
    """Two different texts of one length sharing a character in the same place."""
    return a != b and any(x == y for x, y in zip(a, b, strict=True))


def heads_alike(first: str, other: str) -> bool:
    """Two sub-heads in one shape: of one clause, one length, opening and ending on the same
    characters (以绝对忠诚的政治品格自觉干 / 以根植于心的法治理念依法干), or opening on clauses
    alike (围绕农业强，…… / 围绕农村美，……: ``series_members``)."""
    first, other = first.rstrip("。"), other.rstrip("。")
    if not first or not other:
        return False
    if "，" not in first and "，" not in other:
        return len(first) == len(other) and first[0] == other[0] and first[-1] == other[-1]
    if _ends_alike(first, other):
        return True
    return bool(series_members((first + "。", other + "。")))


def _ends_alike(first: str, other: str) -> bool:
    """Two sub-heads opening on the same two characters and ending on short clauses of one
    length with a character in the same place (实施道路优化工程，畅其路 / 实施城市更新工程，
    美其颜 / ……，强其能): one series, its members named by their last clauses."""
    if "，" not in first or "，" not in other or first[:2] != other[:2]:
        return False
    last, other_last = first.rsplit("，", 1)[1], other.rsplit("，", 1)[1]
    return 2 <= len(last) == len(other_last) <= 4 and alike_in_place(last, other_last)


def head_series(heads: Sequence[tuple[int, str]]) -> frozenset[int]:
    """Of a document's sub-heads as (paragraph, text), the paragraphs of those in a series:
    ``LEAD_SERIES`` or more in consecutive paragraphs, each in the first one's shape."""
    at = dict(heads)
    found: set[int] = set()
    for paragraph, text in sorted(at.items()):
        if paragraph - 1 in at and heads_alike(at[paragraph - 1], text):
            continue  # (each run from its first paragraph)
        run = [paragraph]
        while paragraph + len(run) in at and heads_alike(text, at[paragraph + len(run)]):
            run.append(paragraph + len(run))
        if len(run) >= LEAD_SERIES:
            found.update(run)
    return frozenset(found)
