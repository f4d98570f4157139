"""The things a part of a speech names in one paragraph only, learnt from how reports are written.

A real part on 项目建设 says 用地需求 in the paragraph on land and nowhere else in the part; it
says 项目 in every paragraph. Which words are of the first kind is read from a corpus: for each
word that may name a thing (by jieba's dictionary tag) and each compound of two such words
(用地需求, 倍增计划, 冷链物流), the parts of the corpus's speeches naming it, and how many of
them name it in two paragraphs or more. A term many speeches use (``MIN_SPEECHES``, so no
county's own name), in enough parts to judge (``MIN_PARTS``), and named again in another
paragraph of the part in at most ``MAX_AGAIN`` of them is said once a part. Drafts say it once
too (round 81's writer: 盘子, 用地需求, 倍增计划, 发展基金 each in two paragraphs of one part).

The table (``ONCE_FILE``, shipped with composing, which reads it without jieba) is made from the
shipped corpus: ``python -m drafter.mining.once corpus > drafter/compose/once_terms.tsv``. Its
second kind of row, the shields, are the words holding a term that many parts name in several
paragraphs (社会消费品零售总额 holds 消费品): a draft's scan reads the longest word at a place.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from drafter.outline.model import Outline
from drafter.records import dataclass

ONCE_FILE = Path(__file__).resolve().parent.parent / "compose" / "once_terms.tsv"
MIN_SPEECHES = 5  # speeches using a term: a word of the language, not of one county
MIN_PARTS = 8  # parts naming it: enough to tell how writers use it
MAX_AGAIN = 0.05  # the share of those parts naming it in a second paragraph
# the share of the speeches using a term said once a part that name it in a second part: at
# most this, a speech names it in one part only (秸秆 9%, 研判 17%, 闲置 21%; not 盘活 40%,
# 人才 54%, 结构 54% — a report's review and its plan both count as parts, so a term its
# plan says once and its review again is no such term: the table errs towards saying again)
MAX_OTHER_PARTS = 0.25
# jieba's tags of words that name no thing: function words, numbers, time, place and people's
# names (a government compound or a word jieba lacks has no tag: it may name one)
_NOT_THINGS = frozenset(
    [
        "a",
        "ad",
        "ag",
        "b",
        "c",
        "d",
        "dg",
        "e",
        "f",
        "m",
        "mq",
        "nr",
        "nrfg",
        "nrt",
        "ns",
        "nt",
        "o",
        "p",
        "q",
        "r",
        "rr",
        "rz",
        "t",
        "tg",
        "u",
        "ud",
        "ug",
        "uj",
        "ul",
        "uv",
        "uz",
        "v",
        "y",
        "z",
        "zg",
    ]
)
_SET_PHRASES = frozenset(["i", "l"])  # jieba's tags of idioms and set phrases (成语, 习用语)
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,}$")
SHIELD = "shield"
TERM = "once"
DRAFT_TERM = "draft"  # a term said once a part that a speech names in one part only


def part_paragraphs(outline: Outline) -> list[list[str]]:
    """The body paragraphs of each numbered part of ``outline`` (a heading's own text left
    out, the body running on after it kept), from the first heading to the closing."""
    paragraphs = outline.paragraphs
    starts = {h.span.paragraph: h for h in outline.headings}
    if not starts:
        return []
    # (a closing found before the last heading is a report's thanks after its review)
    closing = outline.closing.span.paragraph if outline.closing else -1
    stop = closing if closing > max(starts) else len(paragraphs)
    parts: list[list[str]] = []
    current: list[str] = []
    for index in range(min(starts), stop):
        heading = starts.get(index)
        if heading is not None:
            if current:
                parts.append(current)
            current = [heading.body] if heading.body else []
            continue
        current.append(paragraphs[index])
    if current:
        parts.append(current)
    return parts


def _terms(words: Sequence[str], tag: dict[str, str | None]) -> set[str]:
    """The words of a paragraph's ``words`` that may name a thing (``_NOT_THINGS``) and its
    compounds of two such words (用地需求, not 推进县城)."""
    found: set[str] = set()
    for i, word in enumerate(words):
        if not _HAN.match(word) or tag.get(word) in _NOT_THINGS:
            continue
        found.add(word)
        before = words[i - 1] if i else ""
        if _HAN.match(before) and tag.get(before) not in _NOT_THINGS and len(before + word) <= 5:
            found.add(before + word)
    return found


@dataclass(frozen=True)
class TermCounts:
    """Per term: the speeches using it (``used``), the parts naming it (``parts``), the parts
    naming it in two paragraphs or more (``again``), the speeches naming it in two parts or
    more (``elsewhere``); and the terms jieba's dictionary tags as set phrases (``formulas``:
    紧紧围绕, 群众反映), which name no thing of their own."""

    used: Counter[str]
    parts: Counter[str]
    again: Counter[str]
    elsewhere: Counter[str]
    formulas: frozenset[str] = frozenset()


def count_terms(speeches: Iterable[Outline]) -> TermCounts:
    """The corpus's ``TermCounts``."""
    from drafter.segment import cut, word_pos

    tags: dict[str, str | None] = {}
    used: Counter[str] = Counter()
    parts: Counter[str] = Counter()
    again: Counter[str] = Counter()
    elsewhere: Counter[str] = Counter()
    for outline in speeches:
        seen: Counter[str] = Counter()
        for part in part_paragraphs(outline):
            counts: Counter[str] = Counter()
            for paragraph in part:
                words = cut(paragraph)
                for word in words:
                    if word not in tags:
                        tags[word] = word_pos(word)
                counts.update(_terms(words, tags))
            for term, n in counts.items():
                parts[term] += 1
                again[term] += n >= 2
            seen.update(counts.keys())
        used.update(seen.keys())
        elsewhere.update(term for term, n in seen.items() if n >= 2)
    formulas = frozenset(word for word, tag in tags.items() if tag in _SET_PHRASES)
    return TermCounts(used, parts, again, elsewhere, formulas)


def once_table(speeches: Iterable[Outline]) -> list[tuple[str, str]]:
    """The rows of ``ONCE_FILE``: (term, ``TERM``) for each term said once a part, or
    (term, ``DRAFT_TERM``) where a speech names it in one part only too, (word, ``SHIELD``) for
    each word many speeches use that holds one and is not one; sorted."""
    counts = count_terms(speeches)
    used, parts, again = counts.used, counts.parts, counts.again
    common = {t for t, n in used.items() if n >= MIN_SPEECHES}
    once = {t for t in common if parts[t] >= MIN_PARTS and again[t] <= MAX_AGAIN * parts[t]}
    # (a set phrase is said once a part, as reports do, but names no thing a later part must
    # not name: 紧紧围绕, 群众反映)
    drafted = {
        t for t in once - counts.formulas if counts.elsewhere[t] <= MAX_OTHER_PARTS * used[t]
    }
    # (a word too few parts use to judge shields nothing: 用地需求 is 用地 said once)
    judged = {t for t in common - once if parts[t] >= MIN_PARTS}
    shields = {word for word in judged if any(term in once for term in _inner(word))}
    rows = [(t, DRAFT_TERM if t in drafted else TERM) for t in once]
    rows += [(w, SHIELD) for w in shields]
    return sorted(rows)


def _inner(word: str) -> Iterable[str]:
    """The strings of two characters or more inside ``word``, not ``word`` itself."""
    size = len(word)
    for i in range(size):
        for j in range(i + 2, size + 1):
            if j - i < size:
                yield word[i:j]


def table_of_corpus(folder: Path) -> str:
    """``ONCE_FILE``'s text as the speeches in ``folder`` make it (its README left out)."""
    from drafter.corpus import read_speech
    from drafter.outline import parse_outline

    files = sorted(p for p in folder.iterdir() if p.suffix in {".txt", ".docx", ".md"})
    files = [p for p in files if p.name.lower() != "readme.md"]
    outlines = (parse_outline(read_speech(p).paragraphs) for p in files)
    return "".join(f"{term}\t{kind}\n" for term, kind in once_table(outlines))


def main(argv: Sequence[str]) -> int:
    """``python -m drafter.mining.once CORPUS_DIR``: the table, on standard output."""
    sys.stdout.write(table_of_corpus(Path(argv[0]) if argv else Path("corpus")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
