"""The blocks of a phrase bank's index: written from a ``PhraseBank``, read as its ``BankSource``.

Input: a ``PhraseBank`` (writing), or the index's head and the bytes of its blocks (reading).
Output: the head line and the blocks (``render_body``); a ``PhraseBank`` over them that decodes
only the blocks a draft asks for (``open_index``). ``drafter.phrasebank.cache`` keeps the index
in a file and tells whether it is the index of the bank's files now.

Each kind's entries are one block of lines (``rows``), each (kind, topic)'s again one block, so
that any fetch reads and decodes one contiguous block; each kind also has a block of its ids and
lines (to fetch one entry by its id) and a block of its texts with their positions and lines
(to fetch only the entries whose text passes a test: a draft looking through the whole body kind
for a topic's words builds the few hundred entries that hold them, not the kind's thousands).
The commonest such test, whether a text names one of a topic's keywords (``topics.yaml``), is
answered in the index itself: for each kind and topic a block names the entries whose text does
(their positions, starts and sizes of lines: one line of numbers), so a draft neither reads the
kind's texts nor tests them. Where each lead ended in its source paragraph is a block too
(``BankIndex.lead_ends``): a draft asks whether a sentence opened its source's paragraph after a
run-in sub-heading without decoding the lead kind.
"""

from __future__ import annotations

import json
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import compress
from typing import Any

from drafter.fastjson import loads as _loads
from drafter.phrasebank.model import Kind, Phrase, PhraseBank, Topic
from drafter.phrasebank.rows import (
    INT_TYPES,
    STR_TYPES,
    check_str,
    check_strs,
    dumps,
    phrase_of,
    row_of,
)
from drafter.wordscan import WordScan

_KINDS = {kind.value: kind for kind in Kind}
_NEWLINE = re.compile(b"\n")
_ROW_POSITION = re.compile(rb"\n\[(\d+),")  # a line's first value: its entry's position
_PIECE = 1 << 16  # bytes of lines decoded at once (``_line_pieces``)


def _line_columns(columns: list[Any], what: str) -> tuple[list[Any], list[Any], list[Any]]:
    """A block's three columns (the entries' positions, their lines' starts and sizes), each a
    list and all of one length; ``ValueError(what)`` when the index does not hold them so."""
    positions, starts, sizes = columns
    if not (
        type(positions) is list
        and type(starts) is list
        and type(sizes) is list
        and len(positions) == len(starts) == len(sizes)
    ):
        raise ValueError(what)
    return positions, starts, sizes


def _line_pieces(body: Any, start: int, end: int) -> Iterator[Any]:
    """``body[start:end]`` in pieces of about ``_PIECE`` bytes, cut at line breaks (which are
    left out): the pieces' lines are the lines of the whole. A block decoded at once is a few
    strings of ~0.7 MB (the units' kind), each fresh memory faulted in page by page and handed
    back when freed; pieces of 64 KB reuse the same memory."""
    while True:
        found = _NEWLINE.search(body, start + _PIECE, end) if start + _PIECE < end else None
        if found is None:
            yield body[start:end]
            return
        yield body[start : found.start()]
        start = found.end()


def _block_lines(body: Any, span: tuple[int, int, int]) -> tuple[list[int], list[bytes]]:
    """The positions of a block's entries and their lines, none decoded: a row opens with its
    position (``[123,"bd-…``), found in C after each line break."""
    offset, size, count = span
    data = b"\n" + bytes(body[offset : offset + size])
    if len(data) != size + 1 or size < 2 or data[-1] != ord("\n"):
        raise ValueError("truncated index")
    positions = list(map(int, _ROW_POSITION.findall(data)))
    lines = data[1:-1].split(b"\n")
    if not len(lines) == len(positions) == count:
        raise ValueError("truncated index")
    return positions, lines


def _scan_block(
    positions: list[int], starts: list[Any], sizes: list[Any], texts: list[str]
) -> list[bytes]:
    """A kind's entries' positions, lines and texts: the numbers as a line of JSON, the texts
    as plain lines after it (UTF-8 splits ~8 times faster than json decodes the same strings);
    all four as JSON where a text holds a line break."""
    if any("\n" in text for text in texts):
        return [dumps([positions, starts, sizes, texts])]
    return [dumps([positions, starts, sizes]), b"\n", "\n".join(texts).encode("utf-8")]


def _unique_ids(bank: PhraseBank) -> dict[str, list[str]]:
    """The kinds none of whose ids is said twice, each with the heads of its ids (what comes
    before a "-": bd of bd-cb6a3474fc): an entry fetched by its id may then be one already
    built, and an id of another head is none of the kind's (``BankIndex.entry``)."""
    unique: dict[str, list[str]] = {}
    for kind in Kind:
        found = [p.id for p in bank.phrases if p.kind is kind]
        if len(found) == len(set(found)):
            unique[kind.value] = sorted({_id_head(entry_id) for entry_id in found})
    return unique


def _id_head(entry_id: str) -> str:
    return entry_id.partition("-")[0]


def _keyword_scan(topics: Sequence[Topic]) -> tuple[WordScan, dict[str, list[str]]]:
    """The topics' keywords as one scan, and for each keyword the topics it is a keyword of."""
    topics_of: dict[str, list[str]] = {}  # keyword → the topics it is a keyword of
    for topic in topics:
        for word in dict.fromkeys(topic.keywords):
            if word:
                topics_of.setdefault(word, []).append(topic.name)
    return WordScan(topics_of), topics_of


def keywords_said(topics: Sequence[Topic], texts: Iterable[str]) -> dict[str, list[str]]:
    """For each of ``texts``, the keywords of ``topics`` it names, sorted: what ``render_body``
    looks for in each entry's text, worked out beforehand (mining asks a worker process while
    it merges the bank, ~30 ms of the index's rendering at 1.2 MB of reports)."""
    scan, _ = _keyword_scan(topics)
    return {text: sorted(scan.found(text)) for text in texts}


def render_body(bank: PhraseBank, said: Mapping[str, list[str]] | None = None) -> bytes:
    """The index's head line (the bank's data and where each block is) and its blocks.
    ``said``: ``keywords_said`` of some of the entries' texts, when worked out already."""
    blocks: list[bytes] = []
    offset = 0

    def block(rows: list[bytes]) -> list[int]:
        nonlocal offset
        data = b"".join(rows)
        blocks.append(data)
        where = [offset, len(data), len(rows)]
        offset += len(data)
        return where

    kinds: dict[str, list[int]] = {}
    on_topic: dict[str, dict[str, list[int]]] = {}
    naming: dict[str, dict[str, list[int]]] = {}  # per kind and topic: the entries naming it
    keywords = {topic.name: topic.keywords for topic in bank.topics}
    keyword_scan, topics_of = _keyword_scan(bank.topics)
    known = said or {}
    ids: dict[str, list[int]] = {}  # per kind: its ids, starts and sizes of lines
    scan: dict[str, list[int]] = {}
    files = {name: number for number, name in enumerate(bank.sources)}
    # each kind's entries and their positions in the bank, in the bank's order (one pass)
    of_kind: dict[Kind, list[tuple[int, Phrase]]] = {kind: [] for kind in Kind}
    for n, p in enumerate(bank.phrases):
        of_kind[p.kind].append((n, p))
    for kind in Kind:
        entries = of_kind[kind]
        positions = [n for n, _ in entries]
        rows = [(p, dumps(row_of(n, p, files)) + b"\n") for n, p in entries]
        kinds[kind.value] = block([row for _, row in rows])
        # each entry's id and where its line is, to fetch one entry by its id alone
        at, where = kinds[kind.value][0], []
        line_starts: list[int] = []
        for phrase, row in rows:
            where.append([phrase.id, at, len(row)])
            line_starts.append(at)
            at += len(row)
        columns = [[entry_id for entry_id, _, _ in where], [a for _, a, _ in where]]
        ids[kind.value] = block([dumps([*columns, [size for _, _, size in where]])])
        # each entry's position, line and text, in the kind's order, to test texts first
        scan[kind.value] = block(
            _scan_block(
                positions,
                [at for _, at, _ in where],
                [size for _, _, size in where],
                [phrase.text for phrase, _ in rows],
            )
        )
        topics: dict[str, list[bytes]] = {}
        for phrase, row in rows:
            for topic in dict.fromkeys(phrase.topics):
                topics.setdefault(topic, []).append(row)
        on_topic[kind.value] = {topic: block(found) for topic, found in topics.items()}
        # each topic's entries whose text names one of its keywords, in the kind's order
        named: dict[str, list[list[int]]] = {}
        for position, (phrase, row), start in zip(positions, rows, line_starts, strict=True):
            words = known.get(phrase.text)
            if words is None:
                words = sorted(keyword_scan.found(phrase.text))
            for name in dict.fromkeys(t for word in words for t in topics_of[word]):
                positions_of, starts_of, sizes_of = named.setdefault(name, [[], [], []])
                positions_of.append(position)
                starts_of.append(start)
                sizes_of.append(len(row))
        naming[kind.value] = {
            name: block([dumps(named[name])]) for name in keywords if name in named
        }
    # where each run-in sub-heading ended in its source paragraph (``BankIndex.lead_ends``)
    ends = {
        (files.get(ref.file, ref.file), ref.paragraph, ref.end): None
        for _, lead in of_kind[Kind.LEAD]
        for ref in lead.sources
    }
    head = {
        "topics": [[t.name, list(t.keywords), list(t.related)] for t in bank.topics],
        "sources": list(bank.sources),
        "kinds": kinds,
        "on_topic": on_topic,
        "naming": naming,
        "ids": ids,
        "scan": scan,
        "unique": _unique_ids(bank),
        "lead_ends": block([dumps([list(end) for end in ends])]),
    }
    # the names scrubbed from the bank \u-escaped, as scrubbed.yaml holds them: a bank folder
    # (which may hold this index) never shows another county's names as text
    scrubbed = json.dumps(list(bank.scrubbed), separators=(",", ":")).encode("ascii")
    head_line = b'{"scrubbed":' + scrubbed + b"," + dumps(head)[1:]
    return b"".join([head_line, b"\n", *blocks])


def open_index(
    head: dict[str, Any], body: memoryview, fallback: Callable[[], PhraseBank] | None
) -> PhraseBank:
    topics = tuple(
        Topic(check_str(name), check_strs(words), check_strs(related))
        for name, words, related in head["topics"]
    )
    kinds = {_KINDS[value]: _span(where) for value, where in head["kinds"].items()}
    on_topic = {
        (_KINDS[value], check_str(topic)): _span(where)
        for value, spans in head["on_topic"].items()
        for topic, where in spans.items()
    }
    sources = check_strs(head["sources"])
    ids = {_KINDS[value]: _span(where) for value, where in head["ids"].items()}
    scan = {_KINDS[value]: _span(where) for value, where in head["scan"].items()}
    unique = {
        _KINDS[value]: frozenset(check_strs(heads)) for value, heads in head["unique"].items()
    }
    naming = {
        (_KINDS[value], check_str(topic)): _span(where)
        for value, spans in head["naming"].items()
        for topic, where in spans.items()
    }
    lead_ends = _span(head["lead_ends"])
    index = BankIndex(
        body, kinds, on_topic, sources, fallback, ids, scan, unique, naming, lead_ends
    )
    return PhraseBank.over(index, topics, check_strs(head["scrubbed"]), sources)


def _span(where: Any) -> tuple[int, int, int]:
    offset, size, count = where
    if not {type(offset), type(size), type(count)} <= INT_TYPES:
        raise TypeError("not a span")
    return offset, size, count


class BankIndex:
    """The ``BankSource`` behind an indexed bank: decodes a block of entries when asked for."""

    def __init__(
        self,
        body: memoryview,
        kinds: dict[Kind, tuple[int, int, int]],
        on_topic: dict[tuple[Kind, str], tuple[int, int, int]],
        files: tuple[str, ...] = (),
        fallback: Callable[[], PhraseBank] | None = None,
        ids: dict[Kind, tuple[int, int, int]] | None = None,
        scan: dict[Kind, tuple[int, int, int]] | None = None,
        unique: dict[Kind, frozenset[str]] | None = None,
        naming: dict[tuple[Kind, str], tuple[int, int, int]] | None = None,
        lead_ends: tuple[int, int, int] | None = None,
    ) -> None:
        self._lead_ends = lead_ends  # the block of where the leads ended in their sources
        self._ends: frozenset[tuple[str, int, int]] | None = None  # …read from it once
        # per kind and topic, the block naming the entries whose text names a keyword of it
        self._naming = naming
        self._ids = ids or {}  # per kind, the block of its entries' ids and lines
        # the kinds whose ids are unique, and their entries built so far by id
        self._unique = unique or {}
        self._named: dict[str, Phrase] = {}
        self._scan = scan or {}  # per kind, the block of its entries' positions, lines, texts
        self._by_id: dict[Kind, dict[str, tuple[int, int]]] = {}
        self._files = files  # the bank's source files, which entries name by number
        self._body = body
        self._kinds = kinds
        self._on_topic = on_topic
        self._fallback = fallback
        self._read: PhraseBank | None = None  # the bank read from YAML, once an entry was bad
        # entries already built, by position: a kind's block and its topics' blocks hold the
        # same rows, each decoded by json but built and checked once
        self._built: dict[int, Phrase] = {}
        self._built_of: dict[Kind, int] = {}  # how many of each kind's entries are built
        # per kind, its entries' positions, line starts and sizes, and texts, read from its scan
        # block once (a draft asks of the body kind's texts three times, and a kind decoded
        # after some of its topics needs only its lines not built yet)
        self._lines: dict[Kind, tuple[list[Any], list[Any], list[Any]]] = {}
        self._texts: dict[Kind, list[str]] = {}
        self._order: dict[Kind, dict[Any, int]] = {}  # …and each entry's place among them

    def _from_yaml(self) -> PhraseBank:
        if self._fallback is None:
            raise ValueError("malformed bank index")
        if self._read is None:
            self._read = self._fallback()
        return self._read

    def _decode(self, span: tuple[int, int, int] | None, kind: Kind) -> list[tuple[int, Phrase]]:
        if span is None or span[2] == 0:
            return []
        offset, size, count = span
        data = self._body[offset : offset + size]
        if len(data) != size or not size or data[-1] != ord("\n"):
            raise ValueError("truncated index")
        # (decoded from the index's bytes as they are, then read as lists: ~1.3 MB a draft)
        rows: list[Any] = []
        for piece in _line_pieces(self._body, offset, offset + size - 1):
            text = str(piece, "utf-8", "surrogatepass")
            rows.extend(_loads("[" + text.replace("\n", ",") + "]"))
        if len(rows) != count:
            raise ValueError("truncated index")
        built = self._built
        named = self._named if kind in self._unique else {}
        before = len(built)
        found = self._built_rows(rows, kind, named)
        self._built_of[kind] = self._built_of.get(kind, 0) + len(built) - before
        return found

    def _built_rows(
        self, rows: list[Any], kind: Kind, named: dict[str, Phrase]
    ) -> list[tuple[int, Phrase]]:
        """The entries of ``rows``, built where not built yet."""
        built, files = self._built, self._files
        found: list[tuple[int, Phrase]] = []
        for row in rows:
            phrase = built.get(row[0]) if type(row) is list and row else None
            if phrase is None or phrase.kind is not kind:
                position, phrase = phrase_of(row, kind, files)
                built[position] = named[phrase.id] = phrase
                found.append((position, phrase))
            else:
                found.append((row[0], phrase))
        return found

    def _rows(self, span: tuple[int, int, int] | None, kind: Kind) -> list[tuple[int, Phrase]]:
        """The entries of a block; ``_Malformed`` when the index does not hold them as data of
        the bank's types (the caller then reads the YAML)."""
        if self._read is not None:
            raise _Malformed
        try:
            return self._decode(span, kind)
        except (TypeError, ValueError, KeyError, IndexError, AttributeError, RecursionError):
            raise _Malformed from None

    def of_kind(self, kind: Kind) -> tuple[Phrase, ...]:
        span = self._kinds.get(kind)
        if (
            self._read is None
            and span
            and kind in self._scan
            and self._built_of.get(kind, 0) * 4 > span[2]
        ):
            # a kind whose topics' blocks built a quarter of it already (the units, the leads):
            # only the other entries' lines decoded (the kind's block in one piece is quicker
            # for a kind little of which is built)
            try:
                lines = self._kind_lines(kind)
                if len(lines[0]) != span[2]:
                    raise ValueError("not the kind's lines")
                return tuple(phrase for _, phrase in self._named_rows(kind, *lines))
            except (TypeError, ValueError, KeyError, IndexError, AttributeError, RecursionError):
                return self._from_yaml().of_kind(kind)
        try:
            return tuple(phrase for _, phrase in self._rows(span, kind))
        except _Malformed:
            return self._from_yaml().of_kind(kind)

    def of_kind_on(self, kind: Kind, topic: str) -> tuple[Phrase, ...]:
        try:
            rows = self._rows(self._on_topic.get((kind, topic)), kind)
        except _Malformed:
            return self._from_yaml().of_kind(kind, topic)
        return tuple(phrase for _, phrase in rows)

    def of_kind_on_kept(
        self, kind: Kind, topic: str, refused: Callable[[str], object]
    ) -> tuple[Phrase, ...]:
        """``of_kind_on`` without the entries whose text ``refused`` refuses: their texts are
        read from the kind's scan block and tested first, and only the lines of those kept and
        not built yet are decoded."""
        span = self._on_topic.get((kind, topic))
        try:
            if self._read is not None:
                raise ValueError("malformed bank index")
            if span is None or span[2] == 0:
                return ()
            positions, lines = _block_lines(self._body, span)
            rows = self._kept_lines(kind, positions, refused, lines=lines)
            return tuple(phrase for _, phrase in rows)
        except (TypeError, ValueError, KeyError, IndexError, AttributeError, RecursionError):
            whole = self._from_yaml().of_kind(kind, topic)
            return tuple(phrase for phrase in whole if not refused(phrase.text))

    def entry(self, kind: Kind, entry_id: str) -> Phrase | None:
        """The entry of ``kind`` with the id ``entry_id`` (the last, should two share it):
        its line alone is decoded."""
        heads = self._unique.get(kind)
        if heads is not None:
            named = self._named.get(entry_id)
            if named is not None and named.kind is kind:
                return named  # (built already: the only entry of the kind with this id)
            if _id_head(entry_id) not in heads:
                return None  # (an id of another kind's)
        try:
            lines = self._by_id.get(kind)
            if lines is None:
                lines = self._by_id[kind] = self._id_lines(kind)
            where = lines.get(entry_id)
            if where is None:
                return None
            offset, size = where
            row = _loads(bytes(self._body[offset : offset + size]))
            phrase = self._built.get(row[0]) if type(row) is list and row else None
            if phrase is None or phrase.kind is not kind:
                position, phrase = phrase_of(row, kind, self._files)
                self._built[position] = phrase
            return phrase
        except (TypeError, ValueError, KeyError, IndexError, AttributeError, RecursionError):
            return self._from_yaml().entry(kind, entry_id)

    def of_kind_where(self, kind: Kind, test: Callable[[str], object]) -> tuple[Phrase, ...]:
        """The entries of ``kind`` whose text passes ``test``, in bank order: the kind's texts
        are tested first, and only the lines of those that pass are decoded."""
        try:
            return tuple(phrase for _, phrase in self._passing(kind, test))
        except (TypeError, ValueError, KeyError, IndexError, AttributeError, RecursionError):
            return self._from_yaml().of_kind_where(kind, test)

    def of_kind_naming(
        self, kind: Kind, topic: str, refused: Callable[[str], object] | None = None
    ) -> tuple[Phrase, ...]:
        """The entries of ``kind`` whose text names one of ``topic``'s keywords, in bank order
        (but those whose text ``refused`` refuses: their texts tested first, ``_kept_lines``):
        the index names them, and only the lines of those not built yet are decoded."""
        try:
            if self._read is not None or self._naming is None:
                raise ValueError("no entries named")  # an index without them: read the YAML
            span = self._naming.get((kind, topic))
            if span is None or span[2] == 0:
                return ()
            offset, size, _ = span
            columns = _loads(bytes(self._body[offset : offset + size]))
            if type(columns) is not list or len(columns) != 3:
                raise ValueError("not a topic's entries")
            positions, starts, sizes = _line_columns(columns, "not a topic's entries")
            if refused is None:
                rows = self._named_rows(kind, positions, starts, sizes)
            else:
                rows = self._kept_lines(kind, positions, refused, starts=starts, sizes=sizes)
            return tuple(phrase for _, phrase in rows)
        except (TypeError, ValueError, KeyError, IndexError, AttributeError, RecursionError):
            return self._from_yaml().of_kind_naming(kind, topic, refused)

    def _named_rows(
        self,
        kind: Kind,
        positions: list[Any],
        starts: list[Any],
        sizes: list[Any],
        texts: list[str] | None = None,
        *,
        lines: list[bytes] | None = None,
    ) -> list[tuple[int, Phrase]]:
        """The entries at ``positions`` whose lines are at ``starts`` (of ``sizes`` bytes), or
        are ``lines``: those built already as they are, the others' lines decoded at once and
        built; with ``texts``, each entry built is checked to have its text."""
        built = self._built
        named = self._named if kind in self._unique else {}
        body = self._body
        found: list[tuple[int, Phrase | None]] = []
        todo: list[bytes] = []  # the lines of the entries not yet built
        wanted: list[str] = []  # and their texts, when given
        for n, position in enumerate(positions):
            phrase = built.get(position)
            if phrase is None or phrase.kind is not kind:
                if lines is not None:
                    line = lines[n]
                else:
                    start, length = starts[n], sizes[n]
                    if type(start) is not int or type(length) is not int or start < 0:
                        raise ValueError("not an entry's line")
                    line = bytes(body[start : start + length])
                    if len(line) != length:
                        raise ValueError("truncated index")
                if len(line) < 2:
                    raise ValueError("not an entry's line")
                todo.append(line)
                if texts is not None:
                    wanted.append(texts[n])
                phrase = None
            found.append((position, phrase))
        decoded = _loads(b"[" + b",".join(todo) + b"]") if todo else []
        if len(decoded) != len(todo):
            raise ValueError("not the entries' lines")
        rows = iter(decoded)
        texts_of = iter(wanted) if texts is not None else None
        result: list[tuple[int, Phrase]] = []
        before = len(built)
        for position, phrase in found:
            if phrase is None:
                at, phrase = phrase_of(next(rows), kind, self._files)
                if at != position or (texts_of is not None and phrase.text != next(texts_of)):
                    raise ValueError("not the entry's line")
                built[position] = named[phrase.id] = phrase
            result.append((position, phrase))
        self._built_of[kind] = self._built_of.get(kind, 0) + len(built) - before
        return result

    def _kept_lines(
        self,
        kind: Kind,
        positions: list[Any],
        refused: Callable[[str], object],
        *,
        starts: list[Any] | None = None,
        sizes: list[Any] | None = None,
        lines: list[bytes] | None = None,
    ) -> list[tuple[int, Phrase]]:
        """``_named_rows`` of the entries at ``positions`` but those whose text ``refused``
        refuses: the texts are the kind's scan block's, tested before any line is decoded (a
        draft's body topics refuse two thirds of their entries, which are never built)."""
        texts = self._kind_texts(kind)
        order = self._order.get(kind)
        if order is None:  # each entry's place in the kind's order, by its position
            order = self._order[kind] = {p: n for n, p in enumerate(self._kind_lines(kind)[0])}
        texts_of = list(map(texts.__getitem__, map(order.__getitem__, positions)))
        kept = list(compress(range(len(positions)), map(operator.not_, map(refused, texts_of))))
        return self._named_rows(
            kind,
            [positions[n] for n in kept],
            [] if starts is None else [starts[n] for n in kept],
            [] if sizes is None else [sizes[n] for n in kept],
            [texts_of[n] for n in kept],
            lines=None if lines is None else [lines[n] for n in kept],
        )

    def _passing(self, kind: Kind, test: Callable[[str], object]) -> list[tuple[int, Phrase]]:
        if self._read is not None:
            raise ValueError("malformed bank index")
        texts = self._kind_texts(kind)  # (first: the block's numbers are read with its texts)
        positions, starts, sizes = self._kind_lines(kind)
        # (the texts tested by ``map`` and the passing ones picked by ``compress``, both in C:
        # ~5,800 texts a call, where a loop in Python cost as much as the tests)
        passing = list(compress(range(len(texts)), map(test, texts)))
        return self._named_rows(
            kind,
            [positions[n] for n in passing],
            [starts[n] for n in passing],
            [sizes[n] for n in passing],
            [texts[n] for n in passing],
        )

    def _kind_lines(self, kind: Kind) -> tuple[list[Any], list[Any], list[Any]]:
        """The positions, line starts and sizes of ``kind``'s entries, in the kind's order (the
        numbers of its scan block, read once)."""
        lines = self._lines.get(kind)
        if lines is None:
            self._read_scan(kind, with_texts=False)
            lines = self._lines[kind]
        return lines

    def _kind_texts(self, kind: Kind) -> list[str]:
        """The texts of ``kind``'s entries, in the kind's order (its scan block's, read once)."""
        texts = self._texts.get(kind)
        if texts is None:
            self._read_scan(kind, with_texts=True)
            texts = self._texts[kind]
        return texts

    def _read_scan(self, kind: Kind, *, with_texts: bool) -> None:
        span = self._scan.get(kind)
        if span is None:
            raise KeyError("no texts")  # an index without them: read the YAML
        offset, size, _ = span
        body = self._body
        # the numbers' line, and the texts' lines decoded from the index as they are where they
        # are wanted (the block is not copied: ~0.8 MB for the body kind)
        newline = _NEWLINE.search(body, offset, offset + size)
        cut = offset + size if newline is None else newline.start()
        columns = _loads(bytes(body[offset:cut]))
        if type(columns) is not list or len(columns) not in (3, 4):
            raise ValueError("not a kind's texts")
        texts: list[Any] | None = None
        if len(columns) == 4:
            texts = columns.pop()
        elif with_texts and newline is None:
            texts = [""] if columns[0] else []
        elif with_texts:
            texts = []
            if columns[0]:
                for piece in _line_pieces(body, cut + 1, offset + size):
                    texts.extend(str(piece, "utf-8").split("\n"))
        positions, starts, sizes = _line_columns(columns, "not a kind's lines")
        if texts is not None:
            if not (type(texts) is list and len(texts) == len(positions)):
                raise ValueError("not a kind's texts")
            if not set(map(type, texts)) <= STR_TYPES:
                raise TypeError("not a kind's texts")
            self._texts[kind] = texts
        self._lines[kind] = (positions, starts, sizes)

    def lead_ends(self) -> frozenset[tuple[str, int, int]]:
        """(file, paragraph, end) of every source of the bank's leads, from their block: the
        lead kind is not decoded for it (~1,250 entries)."""
        if self._ends is not None:
            return self._ends  # (a draft composed again asks again)
        try:
            if self._read is not None or self._lead_ends is None:
                raise ValueError("no lead ends")  # an index without them: read the YAML
            offset, size, _ = self._lead_ends
            ends = _loads(bytes(self._body[offset : offset + size]))
            if type(ends) is not list:
                raise ValueError("not the leads' ends")
            files = self._files
            found: list[tuple[str, int, int]] = []
            for file, paragraph, end in ends:
                if type(file) is int and 0 <= file < len(files):
                    file = files[file]
                if type(file) is not str or type(paragraph) is not int or type(end) is not int:
                    raise TypeError("not a lead's end")
                found.append((file, paragraph, end))
            self._ends = frozenset(found)
            return self._ends
        except (TypeError, ValueError, KeyError, IndexError, AttributeError, RecursionError):
            return self._from_yaml().lead_ends()

    def _id_lines(self, kind: Kind) -> dict[str, tuple[int, int]]:
        span = self._ids.get(kind)
        if span is None:
            raise KeyError("no ids")  # an index without them: read the YAML
        offset, size, _ = span
        entry_ids, starts, sizes = _loads(bytes(self._body[offset : offset + size]))
        # three columns, checked and paired in C (a loop over ~4,500 ids took ~10 ms)
        if (
            not len(entry_ids) == len(starts) == len(sizes)
            or not set(map(type, entry_ids)) <= STR_TYPES
            or not set(map(type, starts)) | set(map(type, sizes)) <= INT_TYPES
            or (starts and (min(starts) < 0 or min(sizes) < 0))
            or (starts and max(map(operator.add, starts, sizes)) > len(self._body))
        ):
            raise ValueError("not an entry's line")
        # (the last of an id, as a dict of the kind is)
        return dict(zip(entry_ids, zip(starts, sizes, strict=True), strict=True))

    def all(self) -> tuple[Phrase, ...]:
        try:
            rows = [row for kind in Kind for row in self._rows(self._kinds.get(kind), kind)]
        except _Malformed:
            return self._from_yaml().phrases
        rows.sort(key=lambda row: row[0])
        return tuple(phrase for _, phrase in rows)


class _Malformed(Exception):
    """An index block that is not the bank's data."""
