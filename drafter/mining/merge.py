"""Merging: generalised phrases from all speeches → one deterministic list of bank entries.

Input: ``Phrase``s (one per place seen, id empty). Output: entries where the same frame seen in
several places (different numbers or names, now slots) is one entry whose ``support`` counts the
places; near-duplicates (differing only in punctuation or spacing) are merged too; ids are stable
hashes of kind and text; entries are sorted by topic (taxonomy order), support and text.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import field, fields
from typing import Any

from drafter.phrasebank.model import Filler, Kind, Phrase, SourceRef
from drafter.phrasebank.store import phrase_id
from drafter.records import dataclass

MAX_SOURCES = 8

_NOISE = re.compile(r"[\s，、。；：！？,.;:!?“”‘’\"'（）()《》—…·]")


def merge_key(phrase: Phrase) -> tuple[str, str]:
    """Phrases with the same key are one entry."""
    text = _NOISE.sub("", phrase.text)
    if phrase.kind is Kind.FIGURE_FRAME:
        return phrase.kind.value, f"{phrase.indicator}|{phrase.mode}|{text}"
    return phrase.kind.value, text


@dataclass
class _Group:
    first: Phrase
    first_key: tuple[str, int, int]
    count: int = 0
    sources: set[SourceRef] = field(default_factory=set)
    # (a plain dict: a ``Counter`` is built by Python code, ~1 µs for each of ~5,700 groups)
    topic_counts: dict[str, int] = field(default_factory=dict)
    fillers: dict[Filler, tuple[str, int, int]] = field(default_factory=dict)
    levels: set[int] = field(default_factory=set)


def _source_key(phrase: Phrase) -> tuple[str, int, int]:
    if not phrase.sources:
        return ("", 0, 0)
    first = phrase.sources[0]
    return (first.file, first.paragraph, first.start)


class Merger:
    """Merges phrases as they come (one speech at a time), keeping one group per entry."""

    def __init__(self) -> None:
        self._groups: dict[tuple[str, str], _Group] = {}

    def add(self, phrase: Phrase) -> None:
        key = merge_key(phrase)
        source_key = _source_key(phrase)
        group = self._groups.get(key)
        if group is None:
            group = self._groups[key] = _Group(phrase, source_key)
        elif source_key < group.first_key:
            group.first, group.first_key = phrase, source_key
        group.count += 1
        group.sources.update(phrase.sources)
        # (a phrase's topics come best first: a topic counts more the earlier it stands, so
        # that one source's entry keeps the order its words gave, not the taxonomy's)
        counts, ranks = group.topic_counts, len(phrase.topics)
        for rank, topic in enumerate(phrase.topics):
            counts[topic] = counts.get(topic, 0) + ranks - rank
        for filler in phrase.fillers:
            known = group.fillers.get(filler)
            if known is None or source_key < known:
                group.fillers[filler] = source_key
        if phrase.level is not None:
            group.levels.add(phrase.level)

    def texts(self) -> list[str]:
        """The texts of the entries to come (``result``), each once."""
        return list(dict.fromkeys(group.first.text for group in self._groups.values()))

    def result(self, topic_order: Sequence[str]) -> tuple[Phrase, ...]:
        """The merged entries with ids, sorted (see the module docstring)."""
        order = {name: index for index, name in enumerate(topic_order)}
        # each entry's first phrase and what merging changes in it, made into one Phrase only
        # once its id is known (building Phrases is most of the cost here: each is built from
        # its fields in order, at half the cost of ``dataclasses.replace``)
        merged = [_merged(group, order) for group in self._groups.values()]
        # ids must be unique per file: two groups whose texts are equal (figure frames of
        # different indicators) get the indicator in the hash
        seen: dict[str, int] = {}
        final: list[Phrase] = []
        fields_of, at = _FIELDS_OF, _MERGED_AT
        keys = _sort_keys(merged, order)
        for first, changes in map(
            merged.__getitem__, sorted(range(len(merged)), key=keys.__getitem__)
        ):
            key = (
                first.text
                if first.kind is not Kind.FIGURE_FRAME
                else f"{first.text}|{first.indicator}|{first.mode}"
            )
            entry_id = phrase_id(first.kind, key)
            if entry_id in seen:
                seen[entry_id] += 1
                entry_id = phrase_id(first.kind, f"{key}#{seen[entry_id]}")
            else:
                seen[entry_id] = 0
            # (all fields read at once, in C, and the merged ones put in their places)
            values = list(fields_of(first))
            values[at["id"]] = entry_id
            for name, value in changes.items():
                values[at[name]] = value
            final.append(Phrase(*values))
        return tuple(final)


_FIELDS = tuple(f.name for f in fields(Phrase))  # in the order ``Phrase`` takes them
_FIELDS_OF = operator.attrgetter(*_FIELDS)
_MERGED_AT = {name: number for number, name in enumerate(_FIELDS)}


def merge_phrases(phrases: Iterable[Phrase], topic_order: Sequence[str]) -> tuple[Phrase, ...]:
    """Merge, give ids, sort (see the module docstring)."""
    merger = Merger()
    for phrase in phrases:
        merger.add(phrase)
    return merger.result(topic_order)


_KIND_AT = {kind: number for number, kind in enumerate(Kind)}


def _sort_keys(
    merged: Sequence[tuple[Phrase, dict[str, Any]]], order: dict[str, int]
) -> list[tuple[int, int, int, str, str]]:
    """Each merged entry's place: by kind (in ``Kind``'s order), its best topic (in the
    taxonomy's order; a topic not in it after them, no topic last), support (most first), text
    and indicator. (Worked out in one loop: ~5,700 entries at 1.2 MB of reports, on the main
    process's path after mining.)"""
    kind_at, unknown = _KIND_AT, len(order)
    get = order.get
    keys = []
    for first, changes in merged:
        topics: tuple[str, ...] = changes["topics"]
        if len(topics) == 1:
            rank = get(topics[0], unknown)
        else:
            rank = min([get(t, unknown) for t in topics], default=unknown + 1)
        keys.append(
            (kind_at[first.kind], rank, -changes["support"], first.text, first.indicator or "")
        )
    return keys


def _merged(group: _Group, order: dict[str, int]) -> tuple[Phrase, dict[str, Any]]:
    first = group.first
    counts = group.topic_counts
    # (most entries are seen once, with one topic or none, one source and no fillers: nothing
    # to sort)
    if len(counts) <= 1:
        topics = tuple(counts)
    else:
        topics = tuple(sorted(counts, key=lambda t: (-counts[t], order.get(t, len(order)), t)))[:3]
    # (only heading frames have fillers: most groups have none to sort)
    fillers = (
        tuple(
            filler
            for filler, _ in sorted(
                group.fillers.items(),
                key=lambda item: (
                    (item[1], first.fillers.index(item[0]))
                    if item[0] in first.fillers
                    else (item[1], 0)
                ),
            )
        )
        if group.fillers
        else ()
    )
    if len(group.sources) <= 1:
        sources = list(group.sources)
        support = len(sources)
    else:
        sources = sorted(group.sources, key=lambda s: (s.file, s.paragraph, s.start, s.end))
        support = len({(s.file, s.paragraph, s.start) for s in sources})
    if first.kind is Kind.HEADING_FRAME:
        support = group.count
    if first.kind is Kind.PARAGRAPH:
        topics = first.topics  # a unit's first topic is the one its heading names
    return first, {
        "topics": topics,
        "support": support,
        "sources": tuple(sources)[:MAX_SOURCES],
        "level": min(group.levels) if group.levels else None,
        "fillers": fillers,
    }
