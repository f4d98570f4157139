"""An index of a phrase bank, so that a draft opens the bank and fetches what it needs at once.

Input: a bank folder and the ``PhraseBank`` that ``load_bank`` built from its YAML files. Output,
on a later run: a ``PhraseBank`` over the index that reads only the kinds and topics a draft asks
for (``PhraseBank.over``), or ``None``.

The YAML files stay the bank; the index is derived from them and only ever a shortcut. Parsing
and validating a bank of 10,000 entries takes seconds; opening its index and fetching a draft's
entries takes milliseconds, whatever the bank's size. The index is JSON lines (never pickle: a
file planted in the cache folder must not be able to run code on the next ``drafter draft``; JSON
only describes data, and an entry that does not fit the bank's types is a miss)::

    drafter-bank-index-8
    {"files": …, "package": …, "python": …, "written": …}     the key: see _fresh
    {"topics": …, "scrubbed": …, "sources": …, "kinds": …}    bank data and where each kind is
    [position, id, text, topics, support, sources, mode, …]  one line per entry, grouped by kind

Besides the entries, each kind has a block of its ids and lines (to fetch one entry by its id) and
a block of its texts with their positions and lines (to fetch only the entries whose text passes
a test: a draft looking through the whole body kind for a topic's words builds the few hundred
entries that hold them, not the kind's thousands).

An entry's text is null where it is its items joined (a paragraph unit: its sentences), and a
source file is its number in the head's ``sources`` where it is one of them, and the values a
row ends with that are at their defaults are left out (json's cost is per value: a draft decodes
~4,000 entries, and most set nothing past their aspect).

The key holds size, modification time and SHA-256 of every YAML file of the bank folder, the size
and time of this package's sources, and the Python version. A file whose size and time are as
recorded is unchanged, unless its time was close to when the index was written (an edit in the
same clock tick keeps both): such a file is compared by its SHA-256, as git does with "racily
clean" files. An edited bank or an upgraded drafter is a miss; only banks that loaded without a
problem are indexed, so every error message still comes from the YAML itself.

The index lives in the user's cache folder (``DRAFTER_CACHE_DIR`` overrides it; set to an empty
value it turns the cache off), one file per bank folder path. A missing, unreadable, corrupt or
unwritable index is ignored and the bank is read from its files.

A bank folder may also hold a stored index, ``index.jsonl`` (``drafter mine`` writes it; the
shipped bank has one), so that even the first draft from a bank does not parse its YAML. Its key
is the name, size and SHA-256 of every YAML file it was built from, and the layout of its rows:
it is used only when every YAML file of the folder has exactly that content (an edited
curated.yaml, a file added or removed: the YAML is read, as without it), and then copied into the
cache folder with a key of times, as if built there.
"""

from __future__ import annotations

import hashlib
import json
import mmap
import operator
import os
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from drafter.phrasebank.model import Filler, Kind, Mode, Phrase, PhraseBank, SourceRef, Topic
from drafter.resources import CACHE_ENV as CACHE_ENV
from drafter.resources import cache_dir as cache_dir

_FORMAT = b"drafter-bank-index-8"
_PACKAGE = Path(__file__).resolve().parent
# A file modified this close (ns) before its index was written may have changed again within the
# same timestamp tick: it is compared by content instead (file system clocks tick 1 ns – 2 s).
_RACY_NS = 3_000_000_000
_KINDS = {kind.value: kind for kind in Kind}
_MODES = {mode.value: mode for mode in Mode}
INDEX_FILE = "index.jsonl"  # the index stored in a bank folder (``read_stored``)

# Banks opened in this process, by index path: (key line and the index file's identity, bank).
# Reopening the same bank (the test suite, a batch of drafts) returns the same object, with what
# it has already fetched.
_OPEN: dict[Path, tuple[bytes, PhraseBank]] = {}


def _slot(bank_dir: Path) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        where = str(bank_dir.resolve())
    except OSError:
        return None
    return folder / f"bank-{hashlib.sha256(where.encode()).hexdigest()[:16]}.jsonl"


def _package_stamp() -> list[list[object]]:
    stamps: list[list[object]] = []
    for path in sorted(_PACKAGE.glob("*.py")):
        stat = path.stat()
        stamps.append([path.name, stat.st_size, stat.st_mtime_ns])
    return stamps


def _file_stamps(bank_dir: Path) -> list[list[object]]:
    """[name, size, mtime_ns, sha256] of every YAML file of the bank (written with the index)."""
    stamps: list[list[object]] = []
    for path in sorted(bank_dir.glob("*.yaml")):
        data = path.read_bytes()
        stat = path.stat()
        stamps.append([path.name, len(data), stat.st_mtime_ns, hashlib.sha256(data).hexdigest()])
    return stamps


def _fresh(bank_dir: Path, key: dict[str, Any]) -> tuple[bool, list[list[object]] | None]:
    """Whether the bank folder's files are the ones the index was built from (see the module
    docstring): by size and time, by content only where the time cannot tell. With the answer
    yes, the files' stamps as they are now when some had to be read to tell (so the key can be
    renewed once their times are safely past), else None."""
    if key.get("python") != sys.version or key.get("package") != _package_stamp():
        return False, None
    written = key.get("written")
    files = key.get("files")
    if not isinstance(written, int) or not isinstance(files, list):
        return False, None
    names = sorted(path.name for path in bank_dir.glob("*.yaml"))
    if names != [stamp[0] for stamp in files if isinstance(stamp, list) and stamp]:
        return False, None
    now: list[list[object]] = []
    read = False
    for stamp in files:
        name, size, mtime, digest = stamp
        path = bank_dir / name
        stat = path.stat()
        now.append([name, size, stat.st_mtime_ns, digest])
        if stat.st_size != size:
            return False, None
        if stat.st_mtime_ns == mtime and mtime < written - _RACY_NS:
            continue
        read = True
        if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            return False, None
    return True, now if read else None


def _renew_key(slot: Path, key: dict[str, Any], stamps: list[list[object]]) -> None:
    """Write the index again with the files' present times, once those are far enough in the
    past to be trusted, so later runs tell freshness by size and time alone; never fails."""
    written = time.time_ns()
    if any(not isinstance(s[2], int) or s[2] >= written - _RACY_NS for s in stamps):
        return
    try:
        _, _, rest = slot.read_bytes().split(b"\n", 2)
        renewed = dict(key, files=stamps, written=written)
        payload = b"".join([_FORMAT, b"\n", _dumps(renewed), b"\n", rest])
        handle, temporary = tempfile.mkstemp(prefix=slot.name, suffix=".tmp", dir=slot.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
            os.replace(temporary, slot)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        return


def read_cached(
    bank_dir: Path, fallback: Callable[[], PhraseBank] | None = None
) -> PhraseBank | None:
    """A bank over the index of exactly the files now in ``bank_dir``, or None. An entry of the
    index found malformed when it is fetched is fetched from ``fallback()`` instead (the bank read
    from its YAML files), never an error of its own."""
    slot = _slot(bank_dir)
    if slot is None:
        return None
    return _read_index(slot, lambda key: _fresh(bank_dir, key), fallback)


def read_stored(
    bank_dir: Path, fallback: Callable[[], PhraseBank] | None = None
) -> PhraseBank | None:
    """A bank over the index stored in ``bank_dir`` (``INDEX_FILE``) when it was built from
    exactly the YAML files now there, or None; it is then also copied into the cache folder, so
    that later runs find it there (and tell freshness by the files' times)."""
    path = bank_dir / INDEX_FILE
    stamps: list[list[object]] = []

    def fresh(key: dict[str, Any]) -> tuple[bool, None]:
        stamps.extend(_stored_fresh(bank_dir, key))
        return bool(stamps), None

    bank = _read_index(path, fresh, fallback)
    if bank is not None:
        _copy_to_cache(bank_dir, path, stamps)
    return bank


def render_stored(files: Mapping[str, bytes], bank: PhraseBank) -> bytes:
    """The index of ``bank`` to store beside its files (``files``: name → the bytes written;
    those whose name ends in .yaml are its key): what ``read_stored`` reads."""
    key = {
        "layout": _LAYOUT,
        "files": [
            [name, len(data), hashlib.sha256(data).hexdigest()]
            for name, data in sorted(files.items())
            if name.endswith(".yaml")
        ],
    }
    return _render_index(key, bank)


def _stored_fresh(bank_dir: Path, key: dict[str, Any]) -> list[list[object]]:
    """[name, size, mtime_ns, sha256] of the folder's YAML files when they are the ones the
    stored index names (by content), else []."""
    files = key.get("files")
    if key.get("layout") != _LAYOUT or type(files) is not list:
        return []
    paths = sorted(bank_dir.glob("*.yaml"))
    if [path.name for path in paths] != [s[0] for s in files if type(s) is list and s]:
        return []
    stamps: list[list[object]] = []
    for path, (name, size, digest) in zip(paths, files, strict=True):
        stat = path.stat()
        if stat.st_size != size:
            return []
        data = path.read_bytes()
        if len(data) != size or hashlib.sha256(data).hexdigest() != digest:
            return []
        stamps.append([name, size, stat.st_mtime_ns, digest])
    return stamps


def _copy_to_cache(bank_dir: Path, stored: Path, stamps: list[list[object]]) -> None:
    """The stored index as the cache folder's index of ``bank_dir``; never fails."""
    slot = _slot(bank_dir)
    if slot is None:
        return
    try:
        _, _, rest = stored.read_bytes().split(b"\n", 2)
        key = {
            "python": sys.version,
            "package": _package_stamp(),
            "written": time.time_ns(),
            "files": stamps,
        }
        _write_slot(slot, b"".join([_FORMAT, b"\n", _dumps(key), b"\n", rest]))
    except (OSError, ValueError):
        return


def _read_index(
    path: Path,
    fresh: Callable[[dict[str, Any]], tuple[bool, list[list[object]] | None]],
    fallback: Callable[[], PhraseBank] | None,
) -> PhraseBank | None:
    """The bank over the index file ``path`` when ``fresh`` accepts its key (and says, with
    the key's files as they are now, whether the key is to be renewed), or None."""
    slot = path
    try:
        with slot.open("rb") as stream:
            if stream.readline().rstrip(b"\n") != _FORMAT:
                return None
            key_line = stream.readline()
            key = json.loads(key_line)
            if not isinstance(key, dict):
                return None
            is_fresh, stamps = fresh(key)
            if not is_fresh:
                return None
            stat = os.fstat(stream.fileno())
            stamp = key_line + f"{stat.st_ino} {stat.st_size} {stat.st_mtime_ns}".encode()
            opened = _OPEN.get(slot)
            if opened is not None and opened[0] == stamp:
                if stamps is not None:
                    _renew_key(slot, key, stamps)
                return opened[1]
            head = json.loads(stream.readline())
            start = stream.tell()
            # the entries are read when asked for, from this snapshot of the file (a newer index
            # written meanwhile replaces the file, not what is mapped here)
            mapped = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
        bank = _open_index(head, memoryview(mapped)[start:], fallback)
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
        return None  # a shortcut only: a truncated, edited or foreign index is a miss
    _OPEN[slot] = (stamp, bank)
    if stamps is not None:
        _renew_key(slot, key, stamps)  # this run's mapping stays on the file it opened
    return bank


def write_cached(bank_dir: Path, bank: PhraseBank) -> None:
    """Index ``bank`` (just loaded from ``bank_dir``) for the next run; never fails."""
    slot = _slot(bank_dir)
    if slot is None:
        return
    try:
        key = {
            "python": sys.version,
            "package": _package_stamp(),
            "written": time.time_ns(),
            "files": _file_stamps(bank_dir),
        }
        _write_slot(slot, _render_index(key, bank))
    except (OSError, TypeError, ValueError, RecursionError):
        return


def _write_slot(slot: Path, payload: bytes) -> None:
    slot.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=slot.name, suffix=".tmp", dir=slot.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
        os.replace(temporary, slot)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------- writing


def _dumps(value: object) -> bytes:
    return _ENCODE(value).encode("utf-8")


# (json.dumps with arguments builds an encoder at each call: ~9,000 rows a bank)
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _row(position: int, phrase: Phrase, files: dict[str, int]) -> list[object]:
    if (  # (most entries set nothing past their aspect: their row without the 19 values' work)
        phrase.curated is False
        and phrase.level is None
        and phrase.style is None
        and not phrase.items
        and not phrase.fillers
        and phrase.indicator is None
        and not phrase.fields
        and not phrase.roles
        and phrase.genre is None
        and phrase.lead is None
        and not phrase.matters
    ):
        row: list[object] = [
            position,
            phrase.id,
            phrase.text,
            list(phrase.topics),
            phrase.support,
            [[files.get(s.file, s.file), s.paragraph, s.start, s.end] for s in phrase.sources],
        ]
        if phrase.aspect is not None:
            row += [None if phrase.mode is None else phrase.mode.value, phrase.aspect]
        elif phrase.mode is not None:
            row.append(phrase.mode.value)
        return row
    return _full_row(position, phrase, files)


def _full_row(position: int, phrase: Phrase, files: dict[str, int]) -> list[object]:
    joined = bool(phrase.items) and phrase.text == "".join(phrase.items)
    row = [
        position,
        phrase.id,
        None if joined else phrase.text,
        list(phrase.topics),
        phrase.support,
        [[files.get(s.file, s.file), s.paragraph, s.start, s.end] for s in phrase.sources],
        None if phrase.mode is None else phrase.mode.value,
        phrase.aspect,
        phrase.curated,
        phrase.level,
        phrase.style,
        list(phrase.items),
        [[f.topic, [list(pair) for pair in f.values]] for f in phrase.fillers],
        phrase.indicator,
        list(phrase.fields),
        list(phrase.roles),
        phrase.genre,
        phrase.lead,
        list(phrase.matters),
    ]
    # values left at their default at the end of a row are not written (most entries set none
    # past the aspect): the fewer values, the faster json decodes a block
    while len(row) > len(_REQUIRED) and _is_default(row[-1], _DEFAULTS[len(row) - 1]):
        row.pop()
    return row


def _scan_block(
    positions: list[int], starts: list[Any], sizes: list[Any], texts: list[str]
) -> list[bytes]:
    """A kind's entries' positions, lines and texts: the numbers as a line of JSON, the texts
    as plain lines after it (UTF-8 splits ~8 times faster than json decodes the same strings);
    all four as JSON where a text holds a line break."""
    if any("\n" in text for text in texts):
        return [_dumps([positions, starts, sizes, texts])]
    return [_dumps([positions, starts, sizes]), b"\n", "\n".join(texts).encode("utf-8")]


def _unique_ids(bank: PhraseBank) -> dict[str, list[str]]:
    """The kinds none of whose ids is said twice, each with the heads of its ids (what comes
    before a "-": bd of bd-cb6a3474fc): an entry fetched by its id may then be one already
    built, and an id of another head is none of the kind's (``_Index.entry``)."""
    unique: dict[str, list[str]] = {}
    for kind in Kind:
        found = [p.id for p in bank.phrases if p.kind is kind]
        if len(found) == len(set(found)):
            unique[kind.value] = sorted({_id_head(entry_id) for entry_id in found})
    return unique


def _id_head(entry_id: str) -> str:
    return entry_id.partition("-")[0]


def _is_default(value: object, default: object) -> bool:
    return type(value) is type(default) and value == default


def _render_index(key: dict[str, Any], bank: PhraseBank) -> bytes:
    """The index: each kind's entries as one block of lines, then each (kind, topic)'s entries
    again as one block, so that any fetch reads and decodes one contiguous block."""
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
    ids: dict[str, list[int]] = {}  # per kind: its ids, starts and sizes of lines
    scan: dict[str, list[int]] = {}
    files = {name: number for number, name in enumerate(bank.sources)}
    for kind in Kind:
        rows = [
            (p, _dumps(_row(n, p, files)) + b"\n")
            for n, p in enumerate(bank.phrases)
            if p.kind is kind
        ]
        kinds[kind.value] = block([row for _, row in rows])
        # each entry's id and where its line is, to fetch one entry by its id alone
        at, where = kinds[kind.value][0], []
        for phrase, row in rows:
            where.append([phrase.id, at, len(row)])
            at += len(row)
        columns = [[entry_id for entry_id, _, _ in where], [a for _, a, _ in where]]
        ids[kind.value] = block([_dumps([*columns, [size for _, _, size in where]])])
        # each entry's position, line and text, in the kind's order, to test texts first
        scan[kind.value] = block(
            _scan_block(
                [n for n, p in enumerate(bank.phrases) if p.kind is kind],
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
    head = {
        "topics": [[t.name, list(t.keywords), list(t.related)] for t in bank.topics],
        "sources": list(bank.sources),
        "kinds": kinds,
        "on_topic": on_topic,
        "ids": ids,
        "scan": scan,
        "unique": _unique_ids(bank),
    }
    # the names scrubbed from the bank \u-escaped, as scrubbed.yaml holds them: a bank folder
    # (which may hold this index) never shows another county's names as text
    scrubbed = json.dumps(list(bank.scrubbed), separators=(",", ":")).encode("ascii")
    head_line = b'{"scrubbed":' + scrubbed + b"," + _dumps(head)[1:]
    return b"".join([_FORMAT, b"\n", _dumps(key), b"\n", head_line, b"\n", *blocks])


# --------------------------------------------------------------------------- reading


def _open_index(
    head: dict[str, Any], body: memoryview, fallback: Callable[[], PhraseBank] | None
) -> PhraseBank:
    topics = tuple(
        Topic(_str(name), _strs(words), _strs(related)) for name, words, related in head["topics"]
    )
    kinds = {_KINDS[value]: _span(where) for value, where in head["kinds"].items()}
    on_topic = {
        (_KINDS[value], _str(topic)): _span(where)
        for value, spans in head["on_topic"].items()
        for topic, where in spans.items()
    }
    sources = _strs(head["sources"])
    ids = {_KINDS[value]: _span(where) for value, where in head["ids"].items()}
    scan = {_KINDS[value]: _span(where) for value, where in head["scan"].items()}
    unique = {_KINDS[value]: frozenset(_strs(heads)) for value, heads in head["unique"].items()}
    index = _Index(body, kinds, on_topic, sources, fallback, ids, scan, unique)
    return PhraseBank.over(index, topics, _strs(head["scrubbed"]), sources)


def _span(where: Any) -> tuple[int, int, int]:
    offset, size, count = where
    if not {type(offset), type(size), type(count)} <= _INT:
        raise TypeError("not a span")
    return offset, size, count


class _Index:
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
    ) -> None:
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
        data = bytes(self._body[offset : offset + size])
        if len(data) != size or not data.endswith(b"\n"):
            raise ValueError("truncated index")
        rows = json.loads(b"[" + data[:-1].replace(b"\n", b",") + b"]")
        if len(rows) != count:
            raise ValueError("truncated index")
        built = self._built
        named = self._named if kind in self._unique else {}
        files = self._files
        found: list[tuple[int, Phrase]] = []
        for row in rows:
            phrase = built.get(row[0]) if type(row) is list and row else None
            if phrase is None or phrase.kind is not kind:
                position, phrase = _phrase(row, kind, files)
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
        try:
            return tuple(phrase for _, phrase in self._rows(self._kinds.get(kind), kind))
        except _Malformed:
            return self._from_yaml().of_kind(kind)

    def of_kind_on(self, kind: Kind, topic: str) -> tuple[Phrase, ...]:
        try:
            rows = self._rows(self._on_topic.get((kind, topic)), kind)
        except _Malformed:
            return self._from_yaml().of_kind(kind, topic)
        return tuple(phrase for _, phrase in rows)

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
            row = json.loads(bytes(self._body[offset : offset + size]))
            phrase = self._built.get(row[0]) if type(row) is list and row else None
            if phrase is None or phrase.kind is not kind:
                position, phrase = _phrase(row, kind, self._files)
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

    def _passing(self, kind: Kind, test: Callable[[str], object]) -> list[tuple[int, Phrase]]:
        if self._read is not None:
            raise ValueError("malformed bank index")
        span = self._scan.get(kind)
        if span is None:
            raise KeyError("no texts")  # an index without them: read the YAML
        offset, size, _ = span
        numbers, _, plain = bytes(self._body[offset : offset + size]).partition(b"\n")
        columns = json.loads(numbers)
        if len(columns) == 3:
            columns.append(plain.decode("utf-8").split("\n") if columns[0] else [])
        positions, starts, sizes, texts = columns
        if not len(positions) == len(starts) == len(sizes) == len(texts):
            raise ValueError("not a kind's texts")
        built = self._built
        named = self._named if kind in self._unique else {}
        body = self._body
        found: list[tuple[int, Phrase | None]] = []
        lines: list[bytes] = []  # the lines of the passing entries not yet built
        wanted: list[str] = []  # and the texts they passed with
        for position, start, length, text in zip(positions, starts, sizes, texts, strict=True):
            if type(text) is not str or not test(text):
                continue
            phrase = built.get(position)
            if phrase is None or phrase.kind is not kind:
                lines.append(bytes(body[start : start + length]))
                wanted.append(text)
                phrase = None
            found.append((position, phrase))
        rows = iter(json.loads(b"[" + b",".join(lines) + b"]") if lines else ())
        texts_of = iter(wanted)
        result: list[tuple[int, Phrase]] = []
        for position, phrase in found:
            if phrase is None:
                at, phrase = _phrase(next(rows), kind, self._files)
                if at != position or phrase.text != next(texts_of):
                    raise ValueError("not the entry's line")
                built[position] = named[phrase.id] = phrase
            result.append((position, phrase))
        return result

    def _id_lines(self, kind: Kind) -> dict[str, tuple[int, int]]:
        span = self._ids.get(kind)
        if span is None:
            raise KeyError("no ids")  # an index without them: read the YAML
        offset, size, _ = span
        entry_ids, starts, sizes = json.loads(bytes(self._body[offset : offset + size]))
        # three columns, checked and paired in C (a loop over ~4,500 ids took ~10 ms)
        if (
            not len(entry_ids) == len(starts) == len(sizes)
            or not set(map(type, entry_ids)) <= _STR
            or not set(map(type, starts)) | set(map(type, sizes)) <= _INT
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


# The checks raise TypeError when a value read from the index is not of the entry's type. They
# run on every entry fetched, so they test whole lists at once (``set(map(type, …))``).
_STR = frozenset({str})
_INT = frozenset({int})
_LIST = frozenset({list})
_OPT_STR = frozenset({str, type(None)})


def _str(value: Any) -> str:
    if type(value) is not str:
        raise TypeError("not a str")
    return value


def _strs(value: Any) -> tuple[str, ...]:
    if type(value) is not list or not set(map(type, value)) <= _STR:
        raise TypeError("not a list of str")
    return tuple(value)


# A row's values, in this order: the first six always, the rest up to the last that is not at
# its default (``_row``); a row read is padded with the defaults again.
_REQUIRED = ("position", "id", "text", "topics", "support", "sources")
_DEFAULTS: tuple[Any, ...] = (
    *(None for _ in _REQUIRED),
    None,  # mode
    None,  # aspect
    False,  # curated
    None,  # level
    None,  # style
    [],  # items
    [],  # fillers
    None,  # indicator
    [],  # fields
    [],  # roles
    None,  # genre
    None,  # lead
    [],  # matters
)


def _phrase(row: Any, kind: Kind, files: tuple[str, ...]) -> tuple[int, Phrase]:
    if type(row) is list and len(_REQUIRED) <= len(row) <= _SHORT:
        return _short_phrase(row, kind, files)
    if type(row) is not list or not len(_REQUIRED) <= len(row) <= len(_DEFAULTS):
        raise TypeError("not an entry")
    if len(row) < len(_DEFAULTS):
        row = row + list(_DEFAULTS[len(row) :])  # (the default lists are only read)
    (
        position,
        id_,
        text,
        topics,
        support,
        sources,
        mode,
        aspect,
        curated,
        level,
        style,
        items,
        fillers,
        indicator,
        fields,
        roles,
        genre,
        lead,
        matters,
    ) = row
    # one comparison per value (an entry is checked on every fetch: ~4,000 a draft)
    if (
        type(position) is not int
        or type(id_) is not str
        or (type(text) is not str and (text is not None or not items))
        or type(topics) is not list
        or type(support) is not int
        or type(sources) is not list
        or (mode is not None and type(mode) is not str)
        or (aspect is not None and type(aspect) is not str)
        or type(curated) is not bool
        or (level is not None and type(level) is not int)
        or (style is not None and type(style) is not str)
        or type(items) is not list
        or type(fillers) is not list
        or (indicator is not None and type(indicator) is not str)
        or type(fields) is not list
        or type(roles) is not list
        or (genre is not None and type(genre) is not str)
        or (lead is not None and type(lead) is not str)
        or type(matters) is not list
        # the lists of text, mostly empty, checked at once
        or not set(map(type, [*topics, *items, *fields, *roles, *matters])) <= _STR
    ):
        raise TypeError("not an entry")
    phrase: Any = _new(_OpenPhrase)
    phrase.id = id_
    phrase.kind = kind
    phrase.text = "".join(items) if text is None else text
    phrase.topics = tuple(topics)
    phrase.support = support
    phrase.sources = tuple([_source(ref, files) for ref in sources]) if sources else ()
    phrase.curated = curated
    phrase.level = level
    phrase.style = style
    phrase.items = tuple(items)
    phrase.fillers = (
        tuple(
            Filler(topic if topic is None else _str(topic), tuple(map(_pair, values)))
            for topic, values in fillers
        )
        if fillers
        else ()
    )
    phrase.indicator = indicator
    phrase.fields = tuple(fields)
    phrase.mode = None if mode is None else _MODES[mode]
    phrase.roles = tuple(roles)
    phrase.aspect = aspect
    phrase.genre = genre
    phrase.lead = lead
    phrase.matters = tuple(matters)
    phrase.__class__ = Phrase
    return position, phrase


_SHORT = len(_REQUIRED) + 2  # a row that ends at its aspect (most of them: ``_short_phrase``)


def _short_phrase(row: list[Any], kind: Kind, files: tuple[str, ...]) -> tuple[int, Phrase]:
    """``_phrase`` of a row that sets nothing past its mode and aspect, with the checks and
    stores of the values it does not hold left out (a draft builds ~4,000 such entries)."""
    if len(row) == _SHORT:
        position, id_, text, topics, support, sources, mode, aspect = row
    else:
        position, id_, text, topics, support, sources = row[: len(_REQUIRED)]
        mode = row[len(_REQUIRED)] if len(row) > len(_REQUIRED) else None
        aspect = None
    if (
        type(position) is not int
        or type(id_) is not str
        or type(text) is not str  # (a null text is its items joined: there are none)
        or type(topics) is not list
        or type(support) is not int
        or type(sources) is not list
        or (mode is not None and type(mode) is not str)
        or (aspect is not None and type(aspect) is not str)
        or not set(map(type, topics)) <= _STR
    ):
        raise TypeError("not an entry")
    phrase: Any = _new(_OpenPhrase)
    phrase.id = id_
    phrase.kind = kind
    phrase.text = text
    phrase.topics = tuple(topics)
    phrase.support = support
    phrase.sources = tuple([_source(ref, files) for ref in sources]) if sources else ()
    phrase.curated = False
    phrase.level = None
    phrase.style = None
    phrase.items = ()
    phrase.fillers = ()
    phrase.indicator = None
    phrase.fields = ()
    phrase.mode = None if mode is None else _MODES[mode]
    phrase.roles = ()
    phrase.aspect = aspect
    phrase.genre = None
    phrase.lead = None
    phrase.matters = ()
    phrase.__class__ = Phrase
    return position, phrase


def _source(ref: Any, files: tuple[str, ...]) -> SourceRef:
    file, paragraph, start, end = ref
    if type(file) is int and 0 <= file < len(files):
        file = files[file]
    if (
        type(file) is not str
        or type(paragraph) is not int
        or type(start) is not int
        or type(end) is not int
    ):
        raise TypeError("not a source")
    source: Any = _new(_OpenSourceRef)
    source.file = file
    source.paragraph = paragraph
    source.start = start
    source.end = end
    source.__class__ = SourceRef
    built: SourceRef = source  # (typed without a call to typing.cast: ~4,000 a draft)
    return built


# Entries and their sources are built as instances of a class with the same slots and no frozen
# __setattr__, then given their own class (CPython allows it between classes of one layout):
# storing to a slot by name is a few nanoseconds, where a frozen dataclass's __init__ goes
# through object.__setattr__ and even the slot descriptors' __set__ cost ~10 times as much
# (decoding builds ~4,000 entries a draft). A field added to Phrase or SourceRef and not set
# above fails at import.
_new = object.__new__


def _open_class(cls: type, names: str) -> type:
    """A class of ``cls``'s slots, all of them ``names`` (or the import fails), unfrozen."""
    slots = cls.__dict__.get("__slots__")
    if slots is None or sorted(names.split()) != sorted(cls.__dataclass_fields__):  # type: ignore[attr-defined]
        raise ImportError(f"{cls.__name__}'s fields changed: update phrasebank.cache")
    return type(f"_Open{cls.__name__}", (), {"__slots__": tuple(slots)})


_OpenPhrase = _open_class(
    Phrase,
    "id kind text topics support sources curated level style items fillers indicator fields "
    "mode roles aspect genre lead matters",
)
_OpenSourceRef = _open_class(SourceRef, "file paragraph start end")

# What a stored index's rows mean (``read_stored``): a change of the entries' fields or of the
# row's order of values is a stored index of another layout, never read as this one.
_LAYOUT = " ".join(
    [_FORMAT.decode(), *Phrase.__dataclass_fields__, *_REQUIRED, str(len(_DEFAULTS))]
)


def _pair(value: Any) -> tuple[str, str]:
    slot, text = value
    return _str(slot), _str(text)
