"""Merging: generalised phrases from all speeches → one deterministic list of bank entries.

Input: ``Phrase``s (one per place seen, id empty). Output: entries where the same frame seen in
several places (different numbers or names, now slots) is one entry whose ``support`` counts the
places; near-duplicates (differing only in punctuation or spacing) are merged too; ids are stable
hashes of kind and text; entries are sorted by topic (taxonomy order), support and text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from drafter.phrasebank.model import Filler, Kind, Phrase, SourceRef
from drafter.phrasebank.store import phrase_id

MAX_SOURCES = 8

_NOISE = re.compile(r"[\s，、。；：！？,.;:!?“”‘’\"'（）()《》—…·]")


def merge_key(phrase: Phrase) -> tuple[str, str]:
    """Phrases with the same key are one entry."""
    text = _NOISE.sub("", phrase.text)
    if phrase.kind is Kind.FIGURE_FRAME:
        return phrase.kind.value, f"{phrase.indicator}|{phrase.mode}|{text}"
    return phrase.kind.value, text


def merge_phrases(phrases: Iterable[Phrase], topic_order: Sequence[str]) -> tuple[Phrase, ...]:
    """Merge, give ids, sort (see the module docstring)."""
    groups: dict[tuple[str, str], list[Phrase]] = {}
    for phrase in phrases:
        groups.setdefault(merge_key(phrase), []).append(phrase)
    order = {name: index for index, name in enumerate(topic_order)}
    merged = [_merge_group(group, order) for group in groups.values()]
    # ids must be unique per file: two groups whose representative texts are equal (can only
    # happen for figure frames of different indicators) get the indicator in the hash
    seen: dict[str, int] = {}
    final: list[Phrase] = []
    for phrase in sorted(merged, key=lambda p: _sort_key(p, order)):
        key = (
            phrase.text
            if phrase.kind is not Kind.FIGURE_FRAME
            else f"{phrase.text}|{phrase.indicator}|{phrase.mode}"
        )
        entry_id = phrase_id(phrase.kind, key)
        if entry_id in seen:
            seen[entry_id] += 1
            entry_id = phrase_id(phrase.kind, f"{key}#{seen[entry_id]}")
        else:
            seen[entry_id] = 0
        final.append(_with_id(phrase, entry_id))
    return tuple(final)


def _sort_key(phrase: Phrase, order: dict[str, int]) -> tuple[int, int, int, str, str]:
    first = min((order.get(t, len(order)) for t in phrase.topics), default=len(order) + 1)
    kinds = list(Kind)
    return (kinds.index(phrase.kind), first, -phrase.support, phrase.text, phrase.indicator or "")


def _merge_group(group: list[Phrase], order: dict[str, int]) -> Phrase:
    group = sorted(
        group,
        key=lambda p: (
            (p.sources[0].file, p.sources[0].paragraph, p.sources[0].start)
            if p.sources
            else ("", 0, 0)
        ),
    )
    first = group[0]
    sources: list[SourceRef] = []
    for phrase in group:
        for source in phrase.sources:
            if source not in sources:
                sources.append(source)
    topic_counts: dict[str, int] = {}
    for phrase in group:
        for topic in phrase.topics:
            topic_counts[topic] = topic_counts.get(topic, 0) + 1
    topics = tuple(
        sorted(topic_counts, key=lambda t: (-topic_counts[t], order.get(t, len(order)), t))
    )[:3]
    fillers: list[Filler] = []
    for phrase in group:
        for filler in phrase.fillers:
            if filler not in fillers:
                fillers.append(filler)
    support = len({(s.file, s.paragraph, s.start) for s in sources})
    if first.kind is Kind.HEADING_FRAME:
        support = len(group)
    levels = [p.level for p in group if p.level is not None]
    return Phrase(
        id="",
        kind=first.kind,
        text=first.text,
        topics=topics,
        support=support,
        sources=tuple(sorted(sources, key=lambda s: (s.file, s.paragraph, s.start)))[:MAX_SOURCES],
        level=min(levels) if levels else None,
        style=first.style,
        items=first.items,
        fillers=tuple(fillers),
        indicator=first.indicator,
        fields=first.fields,
        mode=first.mode,
    )


def _with_id(phrase: Phrase, entry_id: str) -> Phrase:
    return Phrase(
        id=entry_id,
        kind=phrase.kind,
        text=phrase.text,
        topics=phrase.topics,
        support=phrase.support,
        sources=phrase.sources,
        curated=phrase.curated,
        level=phrase.level,
        style=phrase.style,
        items=phrase.items,
        fillers=phrase.fillers,
        indicator=phrase.indicator,
        fields=phrase.fields,
        mode=phrase.mode,
    )
