"""Heading frames: sibling headings of one level → a shared frame with slots and each one's fillers.

Input: the texts of sibling headings (same level, same parent, one numbered run of one speech),
e.g. 聚焦巩固成果，在乡村全面振兴上加力提效 / 聚焦投资拉动，在推进项目建设上加力提效 / ….
Output: ``Frame("聚焦{A}，在{B}上加力提效", fillers)`` where each filler is the (slot, text) pairs
one sibling used. Parallel headings in Chinese speeches repeat a skeleton (坚持…，以更…; …抓…;
…在…中…) and vary the rest; the skeleton is found by repeatedly taking the longest substring all
siblings share and splitting around it (a multi-string Ratcliff–Obershelp alignment).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.phrasebank.model import FRAME_SLOTS
from drafter.records import dataclass

# Single characters worth keeping as a constant piece of a frame (抓, 在…中, 以更…).
_GLUE_CHARS = frozenset("在以为上中抓促强推保稳提扩优补与和及的把向于对是更让使要")
_PUNCTUATION = frozenset("，、；：“”‘’（）《》—·")
MAX_SLOTS = 3
MAX_FILLER = 16


@dataclass(frozen=True, slots=True)
class Frame:
    text: str  # with {A} {B} …
    fillers: tuple[tuple[tuple[str, str], ...], ...]  # per sibling: (slot, text) pairs


def _longest_common(segments: Sequence[str]) -> str:
    shortest = min(segments, key=len)
    for length in range(len(shortest), 0, -1):
        found = []
        for start in range(len(shortest) - length + 1):
            piece = shortest[start : start + length]
            if all(piece in segment for segment in segments):
                found.append(piece)
        usable = [p for p in found if _usable_piece(p)]
        if usable:
            return sorted(usable)[0]
    return ""


def _usable_piece(piece: str) -> bool:
    if len(piece) >= 2:
        return True
    return piece in _GLUE_CHARS or piece in _PUNCTUATION


def _pieces(segments: Sequence[str]) -> list[str | None]:
    """Constant pieces (str) and slots (None) that all ``segments`` follow, in order."""
    if all(not s for s in segments):
        return []
    if any(not s for s in segments):
        return [None] if any(segments) else []
    common = _longest_common(segments)
    if not common:
        return [None]
    lefts, rights = [], []
    for segment in segments:
        at = segment.index(common)
        lefts.append(segment[:at])
        rights.append(segment[at + len(common) :])
    return [*_pieces(lefts), common, *_pieces(rights)]


def align_headings(texts: Sequence[str]) -> Frame | None:
    """The frame ``texts`` share, or None when they share too little (or differ too much)."""
    if len(texts) < 2 or len(set(texts)) < 2:
        return None
    pieces = _pieces(texts)
    # merge neighbouring slots
    merged: list[str | None] = []
    for piece in pieces:
        if piece is None and merged and merged[-1] is None:
            continue
        merged.append(piece)
    slots = sum(1 for p in merged if p is None)
    constant = "".join(p for p in merged if p is not None)
    cjk = sum(1 for ch in constant if "\u4e00" <= ch <= "\u9fff")
    if slots == 0 or slots > MAX_SLOTS or cjk == 0 or (cjk == 1 and slots > 2):
        return None
    names = [FRAME_SLOTS[n] for n in range(slots)]
    fillers = []
    for text in texts:
        values = _fill(text, merged)
        if values is None:
            return None
        if any(len(v) > MAX_FILLER for v in values):
            return None
        fillers.append(tuple(zip(names, values, strict=True)))
    frame_text = "".join(
        "{" + names[i] + "}" if piece is None else piece for i, piece in _number_slots(merged)
    )
    return Frame(frame_text, tuple(fillers))


def _number_slots(pieces: Sequence[str | None]) -> list[tuple[int, str | None]]:
    out: list[tuple[int, str | None]] = []
    slot = 0
    for piece in pieces:
        if piece is None:
            out.append((slot, None))
            slot += 1
        else:
            out.append((-1, piece))
    return out


def _fill(text: str, pieces: Sequence[str | None]) -> tuple[str, ...] | None:
    """What each slot of ``pieces`` holds in ``text`` (None: ``text`` does not follow them):
    the values of ``^piece(.+?)piece…$`` matched against ``text``, found without compiling
    that pattern (one for every group of headings)."""
    if "\n" in text:  # (``.`` stops at a line break, ``$`` stands before a last one)
        parts = ["(.+?)" if piece is None else re.escape(piece) for piece in pieces]
        match = re.match("^" + "".join(parts) + "$", text)
        return None if match is None else match.groups()
    values = _fill_from(text, 0, pieces, 0)
    return None if values is None else tuple(values)


def _fill_from(text: str, at: int, pieces: Sequence[str | None], k: int) -> list[str] | None:
    """``_fill`` from ``text[at:]`` and ``pieces[k:]``: each slot takes the shortest text
    after which the rest follows (as ``(.+?)`` does, trying longer ones in turn)."""
    if k == len(pieces):
        return [] if at == len(text) else None
    piece = pieces[k]
    if piece is not None:
        return (
            _fill_from(text, at + len(piece), pieces, k + 1) if text.startswith(piece, at) else None
        )
    for end in range(at + 1, len(text) + 1):
        rest = _fill_from(text, end, pieces, k + 1)
        if rest is not None:
            return [text[at:end], *rest]
    return None
