"""The per-speech work of mining, and running it over many speeches on several cores.

Input: speech files (phase 1: read, outline, extract, segment) and then the read speeches with
what the whole corpus says about words (phase 2: generalise). Output, in file order: one result
per speech. Generalising can be spread over worker processes forked after jieba is initialised
(so they share its dictionary); results come back in order, so the bank is the same bytes as a
single-process run. Without ``fork`` (Windows) everything runs in-process.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from drafter.corpus.model import SourceText
from drafter.errors import CorpusError
from drafter.mining.extract import Candidate
from drafter.mining.report import ReportBuilder
from drafter.phrasebank.model import Kind, Phrase

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class ReadSpeech:
    """Phase 1 result for one file."""

    label: str
    source: SourceText
    candidates: tuple[Candidate, ...]
    words: dict[str, tuple[str, ...]]  # candidate text → jieba words
    counts: Counter[str]  # word → occurrences in this speech
    digest: str


@dataclass(frozen=True, slots=True)
class Skipped:
    path: str
    reason: str


@dataclass
class SpeechResult:
    """Phase 2 result for one speech: its phrases and what the report should record."""

    phrases: list[Phrase] = field(default_factory=list)
    names: dict[tuple[str, str | None, str], tuple[int, set[str]]] = field(default_factory=dict)
    dropped: dict[str, int] = field(default_factory=dict)


def read_one(item: tuple[Path, str]) -> ReadSpeech | Skipped:
    """Read, outline, extract and segment one speech file."""
    import re

    from drafter import segment
    from drafter.corpus import read_speech
    from drafter.mining.extract import extract_candidates
    from drafter.outline import parse_outline

    path, label = item
    try:
        source = read_speech(path)
    except CorpusError as error:
        return Skipped(str(path), error.message)
    outline = parse_outline(source.paragraphs)
    candidates = tuple(extract_candidates(source, outline, label))
    words: dict[str, tuple[str, ...]] = {}
    for candidate in candidates:
        if candidate.kind in (Kind.ORDINAL_RUN, Kind.PARALLEL_LIST, Kind.CLOSING):
            continue
        if candidate.text not in words:
            words[candidate.text] = segment.cut(candidate.text)
    cjk = re.compile(r"^[\u4e00-\u9fff]+$")
    counts: Counter[str] = Counter(w for ws in words.values() for w in ws if cjk.match(w))
    digest = hashlib.sha1("\n".join(source.paragraphs).encode()).hexdigest()
    return ReadSpeech(label, source, candidates, words, counts, digest)


# A word only one county of the corpus uses, and rare in jieba's dictionary, is taken for a
# particular of that speech's county (a product, a place, a firm) and kept out of its units.
OWN_WORD_FREQUENCY = 200

# Phase 2 runs a function of the speech's index over state shared by forking (never pickled).
_SHARED: dict[str, Any] = {}


def share(state: dict[str, Any]) -> None:
    """Make ``state`` visible to ``generalise_one`` (and to workers forked afterwards)."""
    _SHARED.clear()
    _SHARED.update(state)


def generalise_one(index: int) -> SpeechResult:
    """Generalise speech number ``index`` of the shared corpus."""
    from drafter import segment
    from drafter.mining.generalise import Generaliser
    from drafter.mining.names import NameContext, find_county_names
    from drafter.mining.units import build_units, speech_genre

    speech: ReadSpeech = _SHARED["speeches"][index]
    tagger = _SHARED["tagger"]
    report = ReportBuilder()
    generaliser = Generaliser(tagger, report)
    own = _SHARED.get("own")
    county_names = find_county_names(speech.source.text)
    if own is not None:
        county_names |= own.forms  # the declared county is this speech's county
    context = NameContext(
        doc_freq=_SHARED["doc_freq"],
        n_docs=len(_SHARED["speeches"]),
        county_names=county_names,
        counts=speech.counts,
        generic=tagger.keywords,
        salient_chars=_SHARED["salient"].get(speech.label, frozenset()),
        quote_freq=_SHARED["quote_freq"],
        own=own,
    )
    result = SpeechResult()
    unit_rules = _SHARED["unit_rules"]
    groups: dict[int, list[tuple[Candidate, tuple[str, ...]]]] = {}
    unit_parts: list[tuple[Candidate, Phrase]] = []
    for candidate in speech.candidates:
        # a parallel list is judged on its sentence's words
        key = candidate.context if candidate.kind is Kind.PARALLEL_LIST else candidate.text
        words = speech.words.get(key)
        if words is None:
            words = segment.cut(key)
        if candidate.kind in _SENTENCE_KINDS and unit_rules.particular.search(key):
            report.drop("本县特有的产业或首创")  # its industries named in a list, its firsts
            continue
        produced = list(generaliser.generalise(candidate, words, context))
        result.phrases.extend(produced)
        if candidate.kind in (Kind.BODY, Kind.LEAD):
            unit_parts.extend((candidate, p) for p in produced if p.kind is candidate.kind)
        if candidate.kind is Kind.HEADING and candidate.group >= 0:
            groups.setdefault(candidate.group, []).append((candidate, words))
    for number in sorted(groups):
        members = groups[number]
        result.phrases.extend(
            generaliser.heading_frames([m[0] for m in members], [m[1] for m in members], context)
        )
    county_freq = _SHARED["county_freq"]
    own_words = frozenset(
        word
        for word in speech.counts
        if len(word) >= 2
        and county_freq.get(word, 0) <= 1
        and _SHARED["counties"] >= 3
        and segment.word_frequency(word) < OWN_WORD_FREQUENCY
    )
    result.phrases = _whole_sentences(result.phrases, own_words, report)
    result.phrases.extend(
        build_units(
            unit_parts,
            tagger,
            speech_genre(speech.source.paragraphs),
            own_words,
            unit_rules,
        )
    )
    result.names = report.names
    result.dropped = report.dropped
    return result


_SENTENCE_KINDS = frozenset(
    {
        Kind.BODY,
        Kind.LEAD,
        Kind.PARALLEL_LIST,
        Kind.HEADING,
        Kind.OPENING,
        Kind.CLOSING,
        Kind.TRANSITION,
    }
)
# slots no draft fills: a sentence holding one is stored half-slotted, its particulars lost
_UNFILLED = re.compile(r"\{(?:place|org|project|person)\}")


def _whole_sentences(
    phrases: list[Phrase], own_words: frozenset[str], report: ReportBuilder
) -> list[Phrase]:
    """The sentence entries a draft can say as they are: none holding a name slot no draft fills
    (推进{place}建设), none naming what only its county has (毛绒玩具, 书画小镇 — as a unit's
    sentence would not)."""
    pattern = _words_pattern(own_words) if own_words else None
    kept = []
    for phrase in phrases:
        if phrase.kind in _SENTENCE_KINDS:
            blob = "\n".join((phrase.text, *phrase.items))
            if _UNFILLED.search(blob):
                report.drop("含起草时无法填写的名称槽位")
                continue
            if pattern is not None and pattern.search(blob):
                report.drop("含只见于本县的词")
                continue
        kept.append(phrase)
    return kept


def _words_pattern(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))))


def run_ordered(
    function: Callable[[T], R],
    items: Sequence[T],
    workers: int,
    done: Callable[[int], None] | None = None,
) -> Iterator[R]:
    """``function`` over ``items``, results in order; on ``workers`` forked processes if > 1.
    ``done(i)`` is called as result ``i`` arrives (for a progress bar)."""
    if workers <= 1 or len(items) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for index, item in enumerate(items):
            result = function(item)
            if done is not None:
                done(index)
            yield result
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        for index, result in enumerate(pool.imap(function, items, chunksize=1)):
            if done is not None:
                done(index)
            yield result
