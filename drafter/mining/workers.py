"""The per-speech work of mining, one speech at a time (``mining.pool`` runs it on several cores).

Input: speech files (phase 1: read, outline, extract — ``read_text``, no jieba tables needed —
then segment — ``segment_speech``) and then the read speeches with what the whole corpus says
about words (phase 2: generalise). Output: one result per speech. Phase 2 reads the corpus-wide
state from ``share`` (the tagger and unit rules inherited by forked workers) and
``share_corpus`` (the corpus's word counts, sent to each worker once).
"""

from __future__ import annotations

import hashlib
import re
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import field, replace
from itertools import chain
from pathlib import Path
from typing import Any

from drafter.corpus.model import SourceText
from drafter.errors import CorpusError
from drafter.mining.aspects import Aspects, Said, inherited_matters
from drafter.mining.extract import Candidate
from drafter.mining.names.clauses import without_words
from drafter.mining.report import ReportBuilder
from drafter.outline.markers import HEADING_MARKER, ORDINAL
from drafter.phrasebank.model import Kind, Mode, Phrase, SourceRef
from drafter.records import dataclass
from drafter.wordscan import WordScan


@dataclass(frozen=True, slots=True)
class ReadSpeech:
    """Phase 1 result for one file."""

    label: str
    source: SourceText
    candidates: tuple[Candidate, ...]
    words: dict[str, tuple[str, ...]]  # candidate text → jieba words
    counts: Counter[str]  # word → occurrences in this speech
    digest: str
    # computed here, on the worker, rather than one speech after another in the main process
    problem: str | None  # why the text is not a speech (archive.check_speech), else None
    county_names: frozenset[str]  # the speech's own county, full and short (names.county)
    quotes: frozenset[str]  # the texts it quotes (“……”)
    han: Counter[str]  # its Chinese characters, counted (for salient characters)
    sentences: array[int]  # archive.sentence_digests (to tell versions of one text)


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
    dropped_words: dict[str, int] = field(default_factory=dict)


def read_one(item: tuple[Path, str]) -> ReadSpeech | Skipped:
    """Read, outline, extract and segment one speech file."""
    read = read_text(item)
    return read if isinstance(read, Skipped) else segment_speech(read)


def read_text(item: tuple[Path, str]) -> ReadSpeech | Skipped:
    """Read, outline and extract one speech file: all of reading that needs no jieba tables (its
    ``words`` and ``counts`` are left empty for ``segment_speech``)."""
    from drafter.corpus import read_speech
    from drafter.mining.archive import check_speech, sentence_digests
    from drafter.mining.extract import extract_candidates
    from drafter.mining.names import QUOTE_RE
    from drafter.outline import parse_outline

    path, label = item
    try:
        source = read_speech(path)
    except CorpusError as error:
        return Skipped(str(path), error.message)
    outline = parse_outline(source.paragraphs)
    candidates = tuple(extract_candidates(source, outline, label))
    text = source.text
    every = Counter(text)
    return ReadSpeech(
        label,
        source,
        candidates,
        {},
        Counter(),
        hashlib.sha1(text.encode()).hexdigest(),
        problem=check_speech(source, every),
        county_names=frozenset(),  # (``segment_speech``: it asks the dictionary)
        quotes=frozenset(m.group(1) for m in QUOTE_RE.finditer(text)),
        han=Counter({ch: n for ch, n in every.items() if "\u4e00" <= ch <= "\u9fff"}),
        sentences=sentence_digests(source),
    )


def segment_speech(read: ReadSpeech | Skipped) -> ReadSpeech | Skipped:
    """``read`` with the jieba words of its candidates, its words counted and its own county
    (``names.find_county_names``, which asks jieba's dictionary)."""
    from drafter import segment
    from drafter.mining.names import find_county_names
    from drafter.mining.names.particulars import (
        industry_phrases,
        named_things,
        quoted_things,
        titled_things,
    )
    from drafter.mining.names.words import split_names

    if isinstance(read, Skipped):
        return read
    words: dict[str, tuple[str, ...]] = {}
    for candidate in read.candidates:
        if candidate.kind in (Kind.ORDINAL_RUN, Kind.PARALLEL_LIST, Kind.CLOSING):
            continue
        if candidate.text not in words:
            words[candidate.text] = segment.cut(candidate.text)
    # every word counted, then the Chinese ones kept (in the order they first occur, as
    # counting only those would give): one test per distinct word, not per occurrence
    every = Counter(chain.from_iterable(words.values()))
    counts: Counter[str] = Counter({w: n for w, n in every.items() if _CJK.match(w)})
    # brands the segmenter cuts (粤|旺) are counted as words: one only its county writes is
    # among that county's own words
    counts.update(name for ws in words.values() for name in split_names(ws))
    # and the products it names before an industry word (橡胶|机|带|产业): one only its county
    # writes is that county's industry
    counts.update(name for ws in words.values() for name in industry_phrases(ws))
    # and the things with a rank of their own it names (国家级绿色园区): one few counties
    # write is theirs
    counts.update(name for text in words for name in titled_things(text))
    # and the things it built, runs or was made a pilot of (群众文化艺术中心, 新型智慧城市试点):
    # one few counties write is theirs
    counts.update(name for ws in words.values() for name in named_things(ws))
    counts.update(name for text in words for name in quoted_things(text))
    return replace(
        read, words=words, counts=counts, county_names=find_county_names(read.source.text)
    )


def summary_of(read: ReadSpeech | Skipped) -> ReadSpeech | Skipped:
    """What the main process needs of a speech read on a worker (the worker keeps the rest, its
    candidates and their words, for generalising it): less to send between processes."""
    if isinstance(read, Skipped):
        return read
    return replace(read, candidates=(), words={})


def generalise_cost(read: ReadSpeech | Skipped) -> float:
    """How long generalising ``read`` will take, in no unit: the characters of its counted words
    (a summary keeps them). Over the corpus's reports it follows the time taken more closely
    (correlation 0.90) than the file's size does (0.85)."""
    if isinstance(read, Skipped):
        return 0.0
    return float(sum(len(word) * count for word, count in read.counts.items()))


def warm_speech(read: ReadSpeech | Skipped) -> None:
    """Fill the caches that generalising ``read`` reads and that do not depend on the corpus
    (each word's own verdict, the words of its parallel lists' sentences): a worker does so
    while the main process works out what the corpus says (``pool.Split``), then generalises
    that much faster. The caches' answers are the same whenever they are worked out."""
    from drafter import segment
    from drafter.mining.names.words import word_static_info

    if isinstance(read, Skipped):
        return
    for candidate in read.candidates:
        if candidate.kind is Kind.PARALLEL_LIST and candidate.context not in read.words:
            segment.cut(candidate.context)
    for words in read.words.values():
        for word in words:
            word_static_info(word)


def words_in_text(scan: WordScan, read: ReadSpeech | Skipped) -> set[str]:
    """The words of ``scan`` that ``read``'s text holds: asked of the process that read it
    (``pool.Split.ask``), so that the two processes search their own speeches at once while
    ``mining._corpus_state`` waits for the answer."""
    return set() if isinstance(read, Skipped) else scan.found(read.source.text)


_CJK = re.compile(r"^[\u4e00-\u9fff]+$")


# Phase 2 runs a function of the speech's index over state shared by forking (never pickled).
_SHARED: dict[str, Any] = {}


def share(state: dict[str, Any]) -> None:
    """Make ``state`` visible to ``generalise_one`` (and to workers forked afterwards)."""
    _SHARED.clear()
    _SHARED.update(state)


def share_corpus(state: dict[str, Any]) -> None:
    """Add ``state`` (what the corpus says about words: ``mining._corpus_state``) to what this
    process shares; the topic tagger and the unit rules were shared before forking."""
    _SHARED.update(state)


def generalise_one(speech: ReadSpeech) -> SpeechResult:
    """Generalise ``speech`` with what the corpus says about words (``share``)."""
    from drafter import segment
    from drafter.mining.generalise import Generaliser
    from drafter.mining.names import NameContext
    from drafter.mining.names.particulars import speech_own_words
    from drafter.mining.units import build_units, speech_genre

    tagger = _SHARED["tagger"]
    report = ReportBuilder()
    generaliser = Generaliser(tagger, report)
    own = _SHARED.get("own")
    county_names = speech.county_names
    if own is not None:
        county_names |= own.forms  # the declared county is this speech's county
    context = NameContext(
        doc_freq=_SHARED["doc_freq"],
        n_docs=_SHARED["n_docs"],
        county_names=county_names,
        counts=speech.counts,
        generic=tagger.keywords,
        salient_chars=_SHARED["salient"].get(speech.label, frozenset()),
        quote_freq=_SHARED["quote_freq"],
        quote_counties=_SHARED["quote_counties"],
        counties=_SHARED["counties"],
        own=own,
        corpus_words=_SHARED["corpus_words"],
        rare=_SHARED["rare_words"].get(_SHARED["county_of"].get(speech.label), frozenset()),
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
        if candidate.kind in _SENTENCE_KINDS and unit_rules.particular_in(key, own is not None):
            report.drop("本县特有的产业或首创")  # its industries named in a list, its firsts
            continue
        produced = list(generaliser.generalise(candidate, words, context))
        if candidate.kind in (Kind.BODY, Kind.LEAD) and candidate.mode:
            # a report's section says whether its sentences were done or are to be done (and
            # its leads: 工业经济提质增效 heads a review's area, not a plan's part)
            mood = Mode.ACHIEVEMENT if candidate.mode == "achievement" else Mode.TARGET
            produced = [
                replace(p, mode=mood) if p.kind is candidate.kind and p.mode is None else p
                for p in produced
            ]
        # (a member of a series is said with its series, in its paragraph's unit, not alone)
        result.phrases.extend(p for p in produced if not (candidate.series and p.kind is Kind.BODY))
        if candidate.kind in (Kind.BODY, Kind.LEAD):
            # one sentence per candidate: its figure-free version when it has one (the last)
            said = [p for p in produced if p.kind is candidate.kind]
            unit_parts.extend((candidate, p) for p in said[-1:])
        if candidate.kind is Kind.HEADING and candidate.group >= 0:
            groups.setdefault(candidate.group, []).append((candidate, words))
    for number in sorted(groups):
        members = groups[number]
        result.phrases.extend(
            generaliser.heading_frames([m[0] for m in members], [m[1] for m in members], context)
        )
    # words only this speech's county writes that name its particulars (its products, brands)
    county = _SHARED["county_of"].get(speech.label)
    rare = _SHARED["rare_words"].get(county, frozenset())
    own_words = speech_own_words(
        _SHARED["own_words"].get(county, frozenset()),
        rare,
        [c.text for c in speech.candidates if c.kind in (Kind.BODY, Kind.LEAD)],
    )
    result.phrases = _whole_sentences(result.phrases, own_words, rare, report)
    # the headings of a run of items written into one paragraph (以协调发展为目标，在……上谋突破)
    # are no sentences of a paragraph: neither body sentences nor a unit's
    heads = _InlineHeads(speech.source.paragraphs)
    result.phrases = [
        p for p in result.phrases if p.kind is not Kind.BODY or not heads.holds(p.sources[0])
    ]
    unit_parts = [(c, p) for c, p in unit_parts if not heads.holds(c.source)]
    # each sentence's matter (大气, 就业 …): drafting says it in the part of its own topic
    labels: dict[str, str | None] = {}  # (its units' sentences are among them)
    result.phrases = _with_matters(result.phrases, speech, unit_rules.aspects, heads, labels)
    result.phrases.extend(
        build_units(
            unit_parts,
            tagger,
            speech_genre(speech.source.paragraphs),
            own_words,
            unit_rules,
            own_archive=own is not None,
            labels=labels,
        )
    )
    result.phrases = drop_known_names(result.phrases, report)
    result.names = report.names
    result.dropped = report.dropped
    result.dropped_words = report.dropped_words
    return result


def _with_matters(
    phrases: list[Phrase],
    speech: ReadSpeech,
    aspects: Aspects,
    heads: _InlineHeads,
    labels: dict[str, str | None],
) -> list[Phrase]:
    """Each body sentence and lead with the matter its words name (``labels`` keeps the labels
    worked out); a body sentence naming none, with the matter of the head of its item where it
    stood (``aspects.inherited_matters``)."""
    inherited = _inherited_matters(speech, aspects, heads, labels)
    found: list[Phrase] = []
    for phrase in phrases:
        phrase = aspects.with_matter(phrase, labels)
        if phrase.kind is Kind.BODY and phrase.aspect is None and phrase.sources:
            source = phrase.sources[0]
            label = inherited.get(source.paragraph, {}).get(source.start)
            if label is not None:
                phrase = replace(phrase, aspect=label)
        found.append(phrase)
    return found


def _inherited_matters(
    speech: ReadSpeech, aspects: Aspects, heads: _InlineHeads, labels: dict[str, str | None]
) -> dict[int, dict[int, str]]:
    """Per paragraph of the speech, its sentences (by their start) that take the matter of their
    item's head: the item heads (一是打赢蓝天保卫战。（一）……) found in the paragraph's text, its
    leads and its inline heads heading the body sentences after them."""
    said: dict[int, list[Said]] = {}
    spans: dict[int, list[tuple[int, int]]] = {}
    for number, text in enumerate(speech.source.paragraphs):
        for start, end in item_heads(text):
            label = aspects.kept_label(text[start:end], labels)
            said.setdefault(number, []).append(Said(start, label, True))
            spans.setdefault(number, []).append((start, end))
    for candidate in speech.candidates:
        source = candidate.source
        if candidate.kind not in (Kind.BODY, Kind.LEAD) or any(
            start <= source.start < end for start, end in spans.get(source.paragraph, ())
        ):
            continue  # (an item head is said above)
        label = aspects.kept_label(candidate.text, labels)
        heading = candidate.kind is Kind.LEAD or heads.holds(source)
        said.setdefault(source.paragraph, []).append(Said(source.start, label, heading))
    return {number: inherited_matters(sentences) for number, sentences in said.items()}


_SENTENCE = re.compile(r"[^。！？；]+[。！？；]?")


def item_heads(paragraph: str) -> list[tuple[int, int]]:
    """Where the sentences of ``paragraph`` that open an item start and end (一是打赢蓝天保卫战。
    二要……。（一）……。第一，……): an item's sentences go on with its matter."""
    found: list[tuple[int, int]] = []
    for match in _SENTENCE.finditer(paragraph):
        text = match.group()
        bare = text.lstrip()
        at = match.start() + len(text) - len(bare)
        if ORDINAL.match(bare) or HEADING_MARKER.match(bare):
            found.append((at, match.end()))
    return found


class _InlineHeads:
    """Which sentences of a speech head the items of a run written into one paragraph
    (``units.inline_heads``), worked out per paragraph when first asked."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = paragraphs
        self.found: dict[int, frozenset[str]] = {}

    def holds(self, source: SourceRef) -> bool:
        from drafter.mining.units import inline_heads
        from drafter.outline.sentences import strip_end

        if not 0 <= source.paragraph < len(self.paragraphs):
            return False
        heads = self.found.get(source.paragraph)
        if heads is None:
            heads = self.found[source.paragraph] = frozenset(
                map(strip_end, inline_heads(self.paragraphs[source.paragraph]))
            )
        text = self.paragraphs[source.paragraph][source.start : source.end]
        return bool(heads) and strip_end(text) in heads


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
    phrases: list[Phrase],
    own_words: frozenset[str],
    listed: frozenset[str],
    report: ReportBuilder,
) -> list[Phrase]:
    """The sentence entries a draft can say as they are: none holding a name slot no draft fills
    (推进{place}建设), none naming what only its county has (毛绒玩具, 书画小镇 — as a unit's
    sentence would not)."""
    pattern = WordScan(own_words) if own_words else None
    # a list of things (纽扣、拉链、家纺) names its county's products with words it writes once
    things = WordScan(own_words | listed) if listed else pattern
    rare: WordScan | None = None  # (none of ``listed`` left beside the words cut: built once asked)
    kept = []
    for phrase in phrases:
        if phrase.kind in _SENTENCE_KINDS:
            blob = "\n".join((phrase.text, *phrase.items))
            if _UNFILLED.search(blob):
                report.drop("含起草时无法填写的名称槽位")
                continue
            scan = things if phrase.kind is Kind.PARALLEL_LIST else pattern
            if scan is not None and scan.search(blob):
                found = scan.found(blob)
                # (a sentence keeps its other clauses where the words sit in clauses of their own)
                left = without_words(phrase.text, found) if phrase.kind is Kind.BODY else None
                if left is not None and listed and rare is None:
                    rare = WordScan(listed)
                if left is None or (rare is not None and rare.search(left)):
                    report.drop("含只见于本县的词", min(found))
                    continue
                phrase = replace(phrase, text=left)
        kept.append(phrase)
    return kept


_WORD_LEVEL_REASONS = ("遮盖符", "词典标为专名", "省份", "江河山脉", "本篇特有的字", "本县名称")


def drop_known_names(phrases: list[Phrase], report: ReportBuilder) -> list[Phrase]:
    """Safety net for one speech: a name recognised anywhere in it (``report.names``) is not let
    through elsewhere in it (群科新区 found by its suffix also hides a bare 群科)."""
    from drafter.mining.own import OWN_SLOT

    found: set[str] = set()
    for name, slot, reason in report.names:
        if slot in ("number", "session", OWN_SLOT) or reason.startswith(_WORD_LEVEL_REASONS):
            continue  # word-level verdicts apply wherever the word occurs; masks are not names
        bare = name.strip("“”「」《》…")
        if len(bare) >= 2 and re.search(r"[\u4e00-\u9fff]", bare):
            found.add(bare)
    if not found:
        return phrases
    pattern = WordScan(found)
    kept = []
    for phrase in phrases:
        if phrase.kind is Kind.PARAGRAPH:
            unit = without_names(phrase, pattern)
            if unit is None:
                report.drop("含本篇已识别的专名")
            else:
                kept.append(unit)
            continue
        blob = "\n".join(
            [
                phrase.text,
                *phrase.items,
                phrase.indicator or "",
                *(value for filler in phrase.fillers for _, value in filler.values),
            ]
        )
        if pattern.search(blob):
            report.drop("含本篇已识别的专名")
            continue
        kept.append(phrase)
    return kept


def without_names(unit: Phrase, pattern: re.Pattern[str] | WordScan) -> Phrase | None:
    """A paragraph unit without its sentences that name a recognised name (None when too few
    sentences are left to make a paragraph)."""
    from dataclasses import replace

    from drafter.mining.units import min_sentences

    if unit.lead is not None and pattern.search(unit.lead):
        unit = replace(unit, lead=None)
    keep = [i for i, item in enumerate(unit.items) if not pattern.search(item)]
    if len(keep) == len(unit.items):
        return unit
    if len(keep) < min_sentences(unit.lead):
        return None
    items = tuple(unit.items[i] for i in keep)
    return replace(
        unit,
        items=items,
        roles=tuple(unit.roles[i] for i in keep),
        matters=tuple(unit.matters[i] for i in keep) if unit.matters else (),
        text="".join(items),
    )


def prepare_reading() -> None:
    """Load what reading many files needs (``read_text``): before the early reader is forked
    (``mining.early``), ahead of the rest of ``prepare_workers``."""
    from drafter.corpus import read_speech  # noqa: F401
    from drafter.corpus.mojibake import warm_rare_class
    from drafter.mining import archive, extract, names  # noqa: F401
    from drafter.outline import parse_outline  # noqa: F401

    warm_rare_class()


def prepare_workers() -> None:
    """Load, before forking, what every process needs: the modules of reading and generalising,
    and the name tables they build on first use (jieba's tables are loaded next, by
    ``segment.warm_up``, also before forking)."""
    from drafter.corpus import read_speech  # noqa: F401
    from drafter.corpus.mojibake import warm_rare_class
    from drafter.mining import archive, extract, generalise, names, units  # noqa: F401
    from drafter.mining.names import _ordinary_words
    from drafter.names import rules, table
    from drafter.outline import parse_outline  # noqa: F401

    for build in (
        _ordinary_words,
        table.county_gazetteer,
        rules.ordinary_words,
        rules._gazetteer,
        rules._kind_table,
        table.common_words,
        table.national_terms,
        table.divisions,
        warm_rare_class,
    ):
        build()
