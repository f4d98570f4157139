"""An index of a phrase bank, so that a draft opens the bank and fetches what it needs at once.

Input: a bank folder and the ``PhraseBank`` that ``load_bank`` built from its YAML files. Output,
on a later run: a ``PhraseBank`` over the index that reads only the kinds and topics a draft asks
for (``PhraseBank.over``), or ``None``.

The YAML files stay the bank; the index is derived from them and only ever a shortcut. Parsing
and validating a bank of 10,000 entries takes seconds; opening its index and fetching a draft's
entries takes milliseconds, whatever the bank's size. The index is JSON lines (never pickle: a
file planted in the cache folder must not be able to run code on the next ``drafter draft``; JSON
only describes data, and an entry that does not fit the bank's types is a miss)::

    drafter-bank-index-10
    {"files": …, "package": …, "python": …, "written": …}     the key: see _fresh
    {"topics": …, "scrubbed": …, "sources": …, "kinds": …}    bank data and where each kind is
    [position, id, text, topics, support, sources, mode, …]  one line per entry, grouped by kind

The head and the blocks are ``drafter.phrasebank.index``'s, each entry's line
``drafter.phrasebank.rows``'; this module keeps them in a file and tells whether it is the index
of the bank's files now.

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
import os
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from drafter.phrasebank.index import BankIndex as BankIndex
from drafter.phrasebank.index import open_index, render_body
from drafter.phrasebank.model import PhraseBank
from drafter.phrasebank.rows import ROW_LAYOUT, dumps
from drafter.resources import CACHE_ENV as CACHE_ENV
from drafter.resources import cache_dir as cache_dir

_FORMAT = b"drafter-bank-index-10"
_PACKAGE = Path(__file__).resolve().parent
# A file modified this close (ns) before its index was written may have changed again within the
# same timestamp tick: it is compared by content instead (file system clocks tick 1 ns – 2 s).
_RACY_NS = 3_000_000_000
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
        _write_slot(slot, b"".join([_FORMAT, b"\n", dumps(renewed), b"\n", rest]))
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


def render_stored(
    files: Mapping[str, bytes], bank: PhraseBank | None, body: bytes | None = None
) -> bytes:
    """The index of ``bank`` to store beside its files (``files``: name → the bytes written;
    those whose name ends in .yaml are its key): what ``read_stored`` reads. ``body``: the
    index's rows (``render_body`` of the bank) when they were rendered already, elsewhere."""
    if body is None:
        assert bank is not None
        body = render_body(bank)
    return stored_head(files) + body


def stored_head(files: Mapping[str, bytes]) -> bytes:
    """The lines of the stored index before its rows (``render_stored``): its format and its
    key, the size and SHA-256 of each YAML file of ``files``."""
    key = {
        "layout": _LAYOUT,
        "files": [
            [name, len(data), hashlib.sha256(data).hexdigest()]
            for name, data in sorted(files.items())
            if name.endswith(".yaml")
        ],
    }
    return b"".join([_FORMAT, b"\n", dumps(key), b"\n"])


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
        _write_slot(slot, b"".join([_FORMAT, b"\n", dumps(key), b"\n", rest]))
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
        bank = open_index(head, memoryview(mapped)[start:], fallback)
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


# --------------------------------------------------------------------------- the file


def _render_index(key: dict[str, Any], bank: PhraseBank) -> bytes:
    return b"".join([_FORMAT, b"\n", dumps(key), b"\n", render_body(bank)])


# What a stored index's rows mean (``read_stored``): another format or another layout of rows is
# a stored index of another kind, never read as this one.
_LAYOUT = f"{_FORMAT.decode()} {ROW_LAYOUT}"
