"""The content words of plan sentences and how rare each is, for telling one idea said twice.

County writers read a draft's 持续提升城市管理精细化、智慧化水平 and, two paragraphs on, 推动城市
管理专业化、信息化、精细化 as one point said twice; a real report says it once. Character pairs
(``select.bigrams``) cannot tell 精细化 from the pair 力实 that 大力实施 happens to hold, so two
sentences in different paragraphs are compared by their words: jieba's words of the corpus's
sentences that may name a thing or an action on one (not function words, numbers, times, places
or people's names), each with the number of sentences holding it, from which drafting weighs it
(inverse document frequency) without jieba, reading each sentence's longest word at each place.

Only words sentences of two counties or more use are kept: a county's own place or project
(one county's archive of several years says it again and again) is not shipped in the table.

A word names a thing (信访, 口袋公园, 城市管理) where the bank's sentences holding it are mostly of
one topic; a phrase of every topic (深入开展, 依法依规, 底线) names none, and two sentences sharing
it make two points.

A thing's sentences mostly of one topic make that topic its home (信访 安全稳定, 口袋公园 城乡
建设): drafting weighs a sentence's rare things by their homes to tell a sentence about another
part's topic (加强知识产权保护，严厉打击侵害民营企业权益的违法犯罪行为 is not said in a part on
工业发展, whatever paragraph of a report it came in).

``python -m drafter.mining.ideas corpus phrasebank > drafter/compose/idea_words.tsv``: the first
line is the number of sentences counted, then one word a line with its count and, for a word
naming a thing, its home topic (``thing`` where too few of the bank's sentences hold it to
tell); sorted.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from drafter.mining.once import _NOT_THINGS
from drafter.outline.sentences import sentence_texts

IDEA_FILE = Path(__file__).resolve().parent.parent / "compose" / "idea_words.tsv"
MIN_COUNTIES = 2  # counties whose sentences use a word: a word of the language, not one place's
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,}$")
# jieba's tags of words naming no idea: those naming no thing (``once._NOT_THINGS``) but the
# verbs and adjectives, which say what is done to a thing (精简 会议, 压减 时限); the commonest
# of them weigh next to nothing, as their counts say
_PLACES = frozenset(["ns", "nt", "nr", "nrt", "nrfg"])  # (jieba tags 城市 and 乡村 as places)
_NO_IDEA = _NOT_THINGS - {"v", "a", "ad", "d"} - _PLACES
THING = "thing"  # the table's mark of a word naming a thing
THING_SHARE = 0.55  # the share of a thing's sentences under its commonest topic
TOPIC_SENTENCES = 5  # fewer bank sentences than this holding a word tell nothing of its topics
# (a county's file is named by its county: gaotang-2023.txt; a speech without one is its own)
_COUNTY = re.compile(r"^([a-z]+)-\d{4}")


def county_of(name: str) -> str:
    """The county a corpus file is of, by its name (``gaotang-2023.txt`` → gaotang)."""
    found = _COUNTY.match(name)
    return found.group(1) if found else name


def sentences_of(paragraphs: Iterable[str]) -> list[str]:
    """The sentences of ``paragraphs`` of six characters or more (``sentence_texts``)."""
    return [s for p in paragraphs for s in sentence_texts(p) if len(s) >= 6]


def idea_table(speeches: Iterable[tuple[str, Sequence[str]]]) -> tuple[int, list[tuple[str, int]]]:
    """The number of sentences of ``speeches`` ((county, paragraphs) each) and, for each word
    sentences of ``MIN_COUNTIES`` counties use, the number of sentences holding it."""
    from drafter.segment import cut, word_pos

    tags: dict[str, str | None] = {}
    held: Counter[str] = Counter()
    counties: dict[str, set[str]] = {}
    total = 0
    for county, paragraphs in speeches:
        for sentence in sentences_of(paragraphs):
            total += 1
            words = _idea_words(cut(sentence), tags, word_pos)
            held.update(words)
            for word in words:
                counties.setdefault(word, set()).add(county)
    rows = sorted((w, n) for w, n in held.items() if len(counties[w]) >= MIN_COUNTIES)
    return total, rows


def _idea_words(
    cut: Sequence[str], tags: dict[str, str | None], tag_of: Callable[[str], str | None]
) -> set[str]:
    """The words of a sentence cut by jieba that may say an idea (``_NO_IDEA``), and each
    pair of neighbouring words of four characters or fewer (河湖 of 河/湖, 城市管理, 信访工作):
    drafting finds every word of the table in a sentence, so a compound and its words count."""
    found: set[str] = set()
    for i, word in enumerate(cut):
        if not _HAN.match(word):
            continue
        if word not in tags:
            tags[word] = tag_of(word)
        if tags[word] not in _NO_IDEA:
            found.add(word)
        before = cut[i - 1] if i else ""
        if before and _HAN.match(before + word) and len(before + word) <= 4:
            found.add(before + word)
    return found


def things_of(words: Iterable[str], sentences: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Of ``words``, those naming a thing, each with its home topic: said under one topic
    (``THING_SHARE`` of the ``sentences``' holding it, (text, topic) each: 信访 0.92 安全稳定,
    口袋公园 1.0 城乡建设), or by too few sentences to tell (``TOPIC_SENTENCES``: no home, "");
    not a phrase of every topic (深入开展 0.31, 依法依规 0.22, 力争 0.20, 底线 0.46 of the
    shipped bank's)."""
    from drafter.wordscan import WordScan

    listed = list(words)
    scan = WordScan(listed)
    topics: dict[str, Counter[str]] = {}
    for text, topic in sentences:
        for word in scan.found(text):
            topics.setdefault(word, Counter())[topic] += 1
    found: dict[str, str] = {}
    for word in listed:
        counts = topics.get(word, Counter())
        total = sum(counts.values())
        if total < TOPIC_SENTENCES:
            found[word] = ""
            continue
        # (the commonest topic, the first by name among equals: the same on every run)
        home, held = min(counts.items(), key=lambda item: (-item[1], item[0]))
        if held >= THING_SHARE * total:
            found[word] = home
    return found


def bank_sentences(folder: Path) -> list[tuple[str, str]]:
    """The sentences of the bank in ``folder`` that have a topic, each with its first."""
    from drafter.phrasebank import load_bank
    from drafter.phrasebank.model import Kind

    bank = load_bank(folder)
    found: list[tuple[str, str]] = []
    for kind in (Kind.BODY, Kind.PARAGRAPH, Kind.LEAD):
        for phrase in bank.of_kind(kind):
            if phrase.topics and not phrase.curated:
                texts = phrase.items if kind is Kind.PARAGRAPH else (phrase.text,)
                found.extend((text, phrase.topics[0]) for text in texts)
    return found


def table_of_corpus(folder: Path, bank: Path) -> str:
    """``IDEA_FILE``'s text as the speeches in ``folder`` make it (its README left out), the
    words naming things told by the topics of the bank in ``bank``."""
    from drafter.corpus import read_speech

    files = sorted(p for p in folder.iterdir() if p.suffix in {".txt", ".docx", ".md"})
    files = [p for p in files if p.name.lower() != "readme.md"]
    speeches = ((county_of(p.name), read_speech(p).paragraphs) for p in files)
    total, rows = idea_table(speeches)
    things = things_of((w for w, _ in rows), bank_sentences(bank))
    marks = {word: home or THING for word, home in things.items()}
    return f"{total}\n" + "".join(f"{w}\t{n}\t{marks.get(w, '')}\n" for w, n in rows)


def main(argv: Sequence[str]) -> int:
    """``python -m drafter.mining.ideas [CORPUS_DIR [BANK_DIR]]``: the table, on standard
    output."""
    corpus = Path(argv[0]) if argv else Path("corpus")
    bank = Path(argv[1]) if len(argv) > 1 else Path("phrasebank")
    sys.stdout.write(table_of_corpus(corpus, bank))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
