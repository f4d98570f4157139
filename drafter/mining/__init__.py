"""The mining stage: speech files → ``PhraseBank`` (and a ``MiningReport``).

Pipeline (each step its own module)::

    files ─ corpus.read_speech ─ outline.parse_outline ─ extract (candidates per kind)
          ─ segment (one jieba pass per text) ─ names / figures (slots, scrubbing)
          ─ topics (tagging) ─ frames (heading frames) ─ merge (dedup, ids, order) ─ PhraseBank

``mine_bank(paths, topics)`` is what ``drafter mine`` calls; it never writes anything.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter import keep_until_exit
from drafter.corpus.reader import ALLOWED, READABLE
from drafter.errors import CorpusError
from drafter.phrasebank.model import Kind, Phrase, PhraseBank, Topic
from drafter.records import dataclass

if TYPE_CHECKING:
    from drafter.mining.early import EarlyReader
    from drafter.mining.merge import Merger
    from drafter.mining.workers import ReadSpeech, Skipped
    from drafter.wordscan import WordScan

SPEECH_SUFFIXES = READABLE


@dataclass(frozen=True, slots=True)
class CorpusFiles:
    files: tuple[Path, ...]
    skipped: tuple[tuple[str, str], ...]
    # how provenance names each file: its path relative to the folder it was found in (a file
    # named on the command line: its name)
    labels: tuple[str, ...] = ()


def collect_files(paths: Iterable[Path]) -> CorpusFiles:
    """The speech files named by ``paths`` (files, or folders searched recursively), sorted;
    other files in folders are ignored, named files with a wrong suffix are skipped."""
    files: list[tuple[Path, str]] = []
    skipped: list[tuple[str, str]] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and not p.name.startswith((".", "~$"))
            )
            for p in found:
                if p.suffix.lower() in SPEECH_SUFFIXES:
                    files.append((p, p.relative_to(path).as_posix()))
                else:
                    shown = p.suffix or "无扩展名"
                    skipped.append((str(p), f"不是讲话稿文件（{shown}），只读取 {ALLOWED}"))
        elif path.is_file():
            if path.suffix.lower() in SPEECH_SUFFIXES:
                files.append((path, path.name))
            else:
                skipped.append((str(path), f"不是 {ALLOWED} 文件"))
        else:
            skipped.append((str(path), "文件或文件夹不存在"))
    unique: list[tuple[Path, str]] = []
    seen: set[Path] = set()
    labels: set[str] = set()
    for file, label in files:
        if file in seen:
            continue
        seen.add(file)
        # two folders holding the same relative name: fall back to the full path
        if label in labels:
            label = file.as_posix()
        labels.add(label)
        unique.append((file, label))
    return CorpusFiles(
        tuple(f for f, _ in unique), tuple(skipped), tuple(label for _, label in unique)
    )


def mine_bank(
    paths: Sequence[Path],
    topics: Sequence[Topic],
    *,
    progress: Callable[[str, str], None] | None = None,
    workers: int | None = None,
    county: str | None = None,
    aside: Callable[[], None] | None = None,
    said: dict[str, list[str]] | None = None,
) -> tuple[PhraseBank, MiningReport]:
    """Mine the speeches in ``paths`` into a bank tagged with ``topics``.

    Unreadable files are skipped and reported; CorpusError when no file could be read.
    ``progress(step, file name)`` is called once per file for reading and once per speech for
    generalising (so twice per readable file). Both run on ``workers`` processes forked from
    this one (``None``: as many as there are CPUs to use, see ``pool.default_workers``; 1:
    in this process); the bank is the same bytes either way.

    ``county`` declares the files the archive of that county (``mine --county``): its names
    standing over two years or more are kept as written and listed in the report's ``own``.

    ``aside``: the caller's own work for after mining that does not depend on it (the saving's
    reading of the curated file), done here while the workers read (``pool.Split.first``).
    ``said``: filled, when mining runs on several processes, with the keywords of the topics
    each entry's text names (``phrasebank.index.keywords_said``), for the index's rows."""
    from drafter import segment
    from drafter.mining.merge import Merger
    from drafter.mining.own import OwnArchive
    from drafter.mining.pool import Split, default_workers
    from drafter.mining.topics import TopicTagger
    from drafter.mining.units import load_unit_rules
    from drafter.mining.workers import (
        generalise_cost,
        generalise_one,
        prepare_workers,
        read_text,
        segment_speech,
        share,
        share_corpus,
        summary_of,
        warm_speech,
        words_in_text,
    )
    from drafter.phrasebank.index import keywords_said

    corpus = collect_files(paths)
    report = ReportBuilder(skipped=list(corpus.skipped))
    items = list(zip(corpus.files, corpus.labels, strict=True))
    if workers is None:
        workers = default_workers(len(items))
    weights = [_size(path) for path, _ in items]
    # the heaviest files read on the other CPU while this process loads what the workers share
    early = _early_reader(items, weights, workers)
    try:
        # what every process needs, built once before forking: the name tables, the topic
        # tagger, the unit rules and jieba's tables. (A child forked before the tables were
        # loaded read only ~0.4 s before its first speech's county name asked for them: it then
        # loaded its own, ~0.5 s of CPU that saved no time.)
        prepare_workers()
        share({"tagger": TopicTagger(topics), "unit_rules": load_unit_rules()})
        segment.warm_up()
    except BaseException:
        if early is not None:
            early.close(kill=True)
        raise

    def read_done(index: int) -> None:
        if progress is not None:
            progress("读取", items[index][1])

    def generalise_done(index: int) -> None:
        if progress is not None:
            progress("提炼", items[index][1])

    merger = Merger()
    with Split(
        items,
        weights,
        workers,
        read_text,
        segment_speech,
        summary_of,
        generalise_cost,
        warm_speech,
        early,
    ) as split:
        kept = _kept_speeches(items, split.first(read_done, aside), report)
        if not kept:
            if not corpus.files and not corpus.skipped:
                raise CorpusError(f"语料为空：没有找到 {ALLOWED} 讲话稿文件")
            raise CorpusError(
                "语料中没有可读取的讲话稿：" + "；".join(f"{f}：{r}" for f, r in report.skipped)
            )
        speeches = [speech for _, speech in kept]
        own = (
            OwnArchive.of(county, [(s.label, s.source.text) for s in speeches])
            if county is not None
            else None
        )
        wanted = [index for index, _ in kept]

        def found_in_speeches(scan: WordScan) -> list[set[str]]:
            answers = split.ask(words_in_text, scan, wanted)
            return [answers[index] for index in wanted]

        state, county_names, county_words = _corpus_state(speeches, own, found_in_speeches)
        for result in split.second(generalise_one, share_corpus, state, wanted, generalise_done):
            for phrase in result.phrases:
                merger.add(phrase)
            names = report.names
            for key, (count, files) in result.names.items():
                known = names.get(key)
                # (a result's sets are its own: one seen first is taken as it is)
                names[key] = (
                    (count, files) if known is None else (known[0] + count, known[1] | files)
                )
            for reason, count in result.dropped.items():
                report.dropped[reason] = report.dropped.get(reason, 0) + count
            for word, count in result.dropped_words.items():
                report.dropped_words[word] = report.dropped_words.get(word, 0) + count
        # what the index's rows look for in each entry's text, worked out by a worker (idle
        # now) while this process merges (``index.keywords_said``)
        asked = said is not None and split.call(keywords_said, topics, merger.texts())
        bank = _bank_of(merger, topics, (county_names, county_words), own, speeches, report)
        if asked and said is not None:
            said.update(split.called())
    # (what this process alone used: left to its end under the command, not freed here)
    keep_until_exit(kept, speeches, merger, state, county_words, split)
    share({})
    merged = bank.phrases
    counts_by_kind: dict[Kind, int] = Counter(p.kind for p in merged)
    if own is not None:
        report.county = own.county
        report.own = _own_names(own, report, merged)
    return bank, report.build(counts_by_kind)


def _bank_of(
    merger: Merger,
    topics: Sequence[Topic],
    counties: tuple[set[str], dict[str, set[str]]],
    own: OwnArchive | None,
    speeches: Sequence[ReadSpeech],
    report: ReportBuilder,
) -> PhraseBank:
    """The bank of the merged entries: without those naming a source county (``counties``: the
    source counties' names and each county's words), with the names lint is to look for."""
    county_names, county_words = counties
    merged = merger.result([t.name for t in topics])
    # a source county's name left as written where its own speech did not recognise it (定兴经济
    # in a transition of 定兴's report) is caught by the names the other speeches gave it
    foreign = {n for n in county_names if len(n) >= 2} - (own.forms if own else frozenset())
    if foreign:
        pattern = re.compile(
            "|".join(re.escape(n) for n in sorted(foreign, key=lambda n: (-len(n), n)))
        )
        merged = tuple(_drop_named(merged, pattern, report))
    # only names found on strong evidence go to lint's list of foreign names: a doubtful word
    # or a quoted slogan there would flag ordinary text in every draft
    # every source county's name is foreign to a draft for another county, however many of
    # the corpus' reports mention it (neighbours name each other)
    scrubbed = sorted(
        {n for n in county_names if len(n) >= 2}
        | {
            name
            for (name, slot, reason) in report.names
            if slot in ("place", "person", "org", "county")
            and reason.startswith(_STRONG_REASONS)
            and _fit_for_lint(name)
            # a word three counties or more use is an ordinary word (开发区, 产业园), whatever
            # one speech's context made it look like
            and sum(name in words for words in county_words.values()) < COMMON_NAME_COUNTIES
        }
    )
    return PhraseBank(
        phrases=merged,
        topics=tuple(topics),
        scrubbed=tuple(scrubbed),
        sources=tuple(sorted(speech.label for speech in speeches)),
    )


def _early_reader(
    items: Sequence[tuple[Path, str]], weights: Sequence[float], workers: int
) -> EarlyReader | None:
    """A process reading the heaviest files while this one loads jieba's tables (``mining.early``),
    when mining runs on several processes."""
    from drafter.mining.pool import can_fork

    if workers < 2 or len(items) < 2 or not can_fork():
        return None
    from drafter.mining.early import EarlyReader
    from drafter.mining.workers import prepare_reading, read_text

    # (loaded here, before the fork, as this process needs them too: not twice)
    prepare_reading()
    return EarlyReader(items, weights, read_text)


def _kept_speeches(
    items: Sequence[tuple[Path, str]],
    reads: Sequence[ReadSpeech | Skipped],
    report: ReportBuilder,
) -> list[tuple[int, ReadSpeech]]:
    """(item index, speech) of the files to mine, in file order: not the unreadable ones, the
    texts read before, the texts that are not speeches, nor the older versions of a speech
    (each recorded in ``report``)."""
    from drafter.mining.archive import find_versions
    from drafter.mining.workers import Skipped

    digests: dict[str, str] = {}
    readable: list[tuple[int, ReadSpeech]] = []
    for index, ((path, _), read) in enumerate(zip(items, reads, strict=True)):
        if isinstance(read, Skipped):
            report.skipped.append((read.path, read.reason))
            continue
        if read.digest in digests:
            report.skipped.append((str(path), f"与 {digests[read.digest]} 内容相同"))
            continue
        digests[read.digest] = read.label
        if read.problem is not None:
            report.skipped.append((str(path), read.problem))
            continue
        readable.append((index, read))
    # 初稿/定稿 of one speech are counted once (the final one)
    versions = {
        v.label: v
        for v in find_versions(
            [(r.label, items[i][0], r.source) for i, r in readable],
            [r.sentences for _, r in readable],
        )
    }
    kept: list[tuple[int, ReadSpeech]] = []
    for index, read in readable:
        version = versions.get(read.label)
        if version is not None:
            report.skipped.append(
                (
                    str(items[index][0]),
                    f"与 {version.kept} 是同一篇的不同版本（{version.shared} 句相同），"
                    f"只计 {version.kept}",
                )
            )
            continue
        report.files.append(read.label)
        report.paragraphs += len(read.source.paragraphs)
        kept.append((index, read))
    return kept


def _corpus_state(
    speeches: Sequence[ReadSpeech],
    own: OwnArchive | None,
    found_in_speeches: Callable[[WordScan], list[set[str]]] | None = None,
) -> tuple[dict[str, Any], set[str], dict[str, set[str]]]:
    """What the corpus says about words, shared by every speech's generalisation (see
    ``workers.share_corpus``); every source's own county, full and short (定兴县, 定兴); and
    each county's words. ``found_in_speeches(scan)``: the words of ``scan`` each speech's text
    holds, in the order of ``speeches``, when the caller can have them searched where the
    speeches are (else they are searched here)."""
    from drafter.mining.names.particulars import county_freq, own_and_rare_words

    doc_freq: Counter[str] = Counter()
    quote_freq: Counter[str] = Counter()
    # how many counties use each word: a county's reports of several years count once, so a
    # product or place it names every year is still its own
    county_words: dict[str, set[str]] = {}
    # and how many counties quote each text: a county's own numbered slogan, quoted in its
    # report every year (打造“两个中心”, 海拉尔 2012 and 2013), is still its own
    county_quotes: dict[str, set[str]] = {}
    county_names: set[str] = set()
    county_texts: dict[str, list[str]] = {}
    county_of: dict[str, str] = {}
    for speech in speeches:
        doc_freq.update(speech.counts.keys())
        names = speech.county_names | (own.forms if own else frozenset())
        county = max(names, key=len, default=speech.label)
        county_words.setdefault(county, set()).update(speech.counts.keys())
        county_texts.setdefault(county, []).append(speech.source.text)
        county_of[speech.label] = county
        county_names.update(names)
        quote_freq.update(speech.quotes)
        county_quotes.setdefault(county, set()).update(speech.quotes)

    def found_in(scan: WordScan) -> dict[str, set[str]] | None:
        if found_in_speeches is None:
            return None
        by_county: dict[str, set[str]] = {}
        for speech, found in zip(speeches, found_in_speeches(scan), strict=True):
            by_county.setdefault(county_of[speech.label], set()).update(found)
        return by_county

    freq = county_freq(county_words, county_texts, found_in)
    own_words, rare_words = own_and_rare_words(
        county_words, freq, WordTotals([speech.counts for speech in speeches])
    )
    state = {
        "n_docs": len(speeches),
        "doc_freq": doc_freq,
        "quote_freq": quote_freq,
        "quote_counties": Counter(quote for quotes in county_quotes.values() for quote in quotes),
        "salient": _salient_chars({s.label: s.han for s in speeches}),
        "own_words": own_words,
        "rare_words": rare_words,
        "county_of": county_of,
        "counties": len(county_words),
        "own": own,
        # what the corpus says of each word, worked out as the speeches ask (``NameContext``)
        "corpus_words": {},
    }
    return state, county_names, county_words


class WordTotals(Mapping[str, int]):
    """A word's occurrences over all the speeches, as a ``Counter`` of all their counts would
    say (0 for a word none has), worked out when asked: only the few thousand words that
    ``own_and_rare_words`` asks about, where summing every speech's counts into one ``Counter``
    took a Python loop over each speech's ~5,000 words (~15 ms at 1.2 MB, between the phases,
    with the worker waiting)."""

    def __init__(self, counts: Sequence[Mapping[str, int]]) -> None:
        self._counts = counts
        self._known: dict[str, int] = {}

    def __getitem__(self, word: str) -> int:
        total = self._known.get(word)
        if total is None:
            total = self._known[word] = sum(counts.get(word, 0) for counts in self._counts)
        return total

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys(word for counts in self._counts for word in counts))

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _size(path: Path) -> float:
    try:
        return float(path.stat().st_size)
    except OSError:
        return 0.0


def _own_names(own: OwnArchive, report: ReportBuilder, phrases: Sequence[Phrase]) -> list[OwnName]:
    """The names the archive kept as written that some entry of the bank still holds, each with
    the years the archive names it in."""
    from drafter.mining.own import OWN_SLOT, OwnName
    from drafter.names.table import is_ordinary

    kept = {name for (name, slot, _) in report.names if slot == OWN_SLOT}
    blob = "\n".join(
        "\n".join([p.text, *p.items, *(v for f in p.fillers for _, v in f.values)]) for p in phrases
    )
    # words several counties write (列席, 供应链) and national terms are nobody's own names
    return [
        OwnName(name, own.years_of(name))
        for name in sorted(kept)
        if name in blob and not is_ordinary(name) and _fit_for_lint(name)
    ]


SALIENT_MIN_COUNT = 8
COMMON_NAME_COUNTIES = 3


def _salient_chars(counts: dict[str, Counter[str]]) -> dict[str, frozenset[str]]:
    """Per speech (its Chinese characters counted): characters it uses often that no other
    speech uses at all (茶, 硒, 渭) — the signature of a local product or place. Needs three
    speeches or more to mean anything."""
    if len(counts) < 3:
        return {}
    # a character no other speech uses is one whose count over all the speeches is its count
    # here: found with set operations (summing the ~27 counters took a Python loop over each)
    seen: set[str] = set()
    shared: set[str] = set()
    for counter in counts.values():
        shared |= seen.intersection(counter)
        seen.update(counter)
    return {
        label: frozenset(
            ch for ch, n in counter.items() if n >= SALIENT_MIN_COUNT and ch not in shared
        )
        for label, counter in counts.items()
    }


def _fit_for_lint(name: str) -> bool:
    """A name lint may look for in drafts: two characters or more, starting like a name (not
    with a verb or a figure's tail such as 级景区)."""
    from drafter import segment
    from drafter.mining.lexicon import GENERIC_NAMEY

    if len(name) < 2 or not re.match(r"[\u4e00-\u9fff]", name) or name[0] in "级个家项":
        return False
    if name in GENERIC_NAMEY:
        return False
    words = segment.cut(name)
    if (segment.word_pos(words[0]) or "").startswith(("d", "p", "c")):
        return False
    # names do not hold verbs (全力做好一级公路, 蓄能电站 are phrases, not names)
    return not any((segment.word_pos(w) or "").startswith("v") for w in words)


_STRONG_REASONS = (
    "本县名称",
    "省份名称",
    "地级市",
    "江河山脉",
    "省份简称",
    "名称加地名或单位后缀",
    "路名或街名",
    "学校或医院名称",
    "道路起止地名",
    "省名加字号",
    "姓氏加职务",
    "职务前的人名",
    "职务后的人名",
    "并列的地名",
    "词典标为专名（ns",
    "词典标为专名（nt",
    "词典标为专名（nrt",
    "词典标为专名（nrfg",
)


def _drop_named(
    phrases: Sequence[Phrase], pattern: re.Pattern[str], report: ReportBuilder
) -> list[Phrase]:
    """``phrases`` without those holding a match of ``pattern`` (units: without those sentences)."""
    from drafter.mining.workers import without_names

    kept = []
    for phrase in phrases:
        if phrase.kind is Kind.PARAGRAPH:
            unit = without_names(phrase, pattern)
            if unit is not None:
                kept.append(unit)
            continue
        blob = "\n".join(
            [phrase.text, *phrase.items, *(v for f in phrase.fillers for _, v in f.values)]
        )
        if pattern.search(blob):
            report.drop("含语料中某县的县名")
            continue
        kept.append(phrase)
    return kept


from drafter.mining.own import OwnArchive, OwnName  # noqa: E402
from drafter.mining.report import MiningReport, ReportBuilder  # noqa: E402

__all__ = ["CorpusFiles", "MiningReport", "collect_files", "mine_bank"]
