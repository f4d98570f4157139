"""Spans of a sentence to be replaced by a named slot, and applying them.

Input: a sentence and the hits found in it by the figure and name detectors. Output: the sentence
with each hit replaced by its ``{slot}``. A hit whose ``slot`` is None means "unsure: drop the
whole entry" (a thin bank is better than a leaked name).
"""

from __future__ import annotations

from collections.abc import Iterable

from drafter.records import dataclass


@dataclass(frozen=True, slots=True)
class Hit:
    """Characters ``start:end`` of a sentence hold ``original``, to become ``{slot}``.

    ``kind`` says what was found (``name``, ``figure``, or ``frame`` for a meeting name or a
    count), ``reason`` why (in Chinese, for the ``--report``)."""

    start: int
    end: int
    slot: str | None
    original: str
    reason: str
    kind: str = "name"


# which hit wins when two overlap: a known part of the frame (meeting name, count), then a
# name, then a figure
_PRIORITY = {"frame": 3, "name": 2, "figure": 1}


def merge_hits(hits: Iterable[Hit]) -> list[Hit]:
    """Hits sorted by position; overlapping hits merged (the wider span wins, an unsure hit wins
    over a slot, a name wins over a figure)."""
    ordered = sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))
    merged: list[Hit] = []
    for hit in ordered:
        if merged and hit.start < merged[-1].end:
            last = merged[-1]
            start, end = last.start, max(last.end, hit.end)
            if last.slot is None or hit.slot is None:
                winner = last if last.slot is None else hit
            else:
                winner = max((last, hit), key=lambda h: _PRIORITY.get(h.kind, 0))
            merged[-1] = Hit(
                start,
                end,
                winner.slot,
                last.original if last.end >= hit.end else last.original + "…",
                winner.reason,
                winner.kind,
            )
            continue
        merged.append(hit)
    return merged


def apply_hits(text: str, hits: Iterable[Hit]) -> str:
    """``text`` with every hit replaced by ``{slot}`` (hits must not be unsure)."""
    out: list[str] = []
    position = 0
    for hit in merge_hits(hits):
        out.append(text[position : hit.start])
        out.append("{" + (hit.slot or "place") + "}")
        position = hit.end
    out.append(text[position:])
    return "".join(out)
