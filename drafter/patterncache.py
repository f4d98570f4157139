"""Compiled regular expressions kept between runs of the command.

Input: the patterns drafter (and its libraries) compile while a command starts. Output: the same
``re.Pattern`` objects, built from code compiled by an earlier run.

Python's ``re`` compiles a character class such as ``[\\u4e00-\\u9fff]`` by visiting every code
point of the range in Python code: a pattern with a few CJK classes takes 10–30 ms to compile, and
a ``drafter lint`` or ``drafter draft`` compiles 250 patterns at start-up, 150–200 ms before any
work. The compiled form is a short list of integers. ``install_pattern_cache`` (called by the
console entry point only, never on import) lets ``re`` take that list from a file in the cache
folder for any pattern seen before, and ``save_pattern_cache`` (at exit) adds the ones
compiled this run while a module was imported (the same in every run), and the ones built later
from a run's data that took long to compile (an alternation of a bank's ~1,000 scrubbed names,
5–8 ms: the same bank gives the same pattern on the next run), and the latest few that took a
tenth of a millisecond or more (a draft's terms out of date, the template's lexer: ~4 ms a
draft in all); a quick one is compiled as usual.

The file is data only: integers and text, rebuilt into a pattern by ``_sre.compile``, which
validates the code (malformed code raises; it cannot run anything). A pattern is added only after
the code rebuilt from the file was checked equal to the one ``re`` compiled itself. The file is
keyed by the Python build: another Python ignores it. A missing, corrupt or unwritable file only
means patterns are compiled as usual.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the engine re compiles for
import re
import struct
import sys
import time
from array import array
from pathlib import Path
from typing import Any

_FORMAT = b"drafter-patterns-4"  # 4: patterns built from data that were quicker to compile
# flags in, flags out, state groups, pattern, code and names bytes, origin (_MODULE, _DATA or
# _QUICK)
_ENTRY = struct.Struct("<IIIIIII")
_MODULE, _DATA, _QUICK = 0, 1, 2
_MAX_ENTRIES = 4000  # beyond it the file starts afresh with this run's patterns
# Patterns built from data (a bank's names: one per bank, ~50 KB of code each) kept at most: the
# most recently used. Kept without a bound, the test suite's many banks made a 3.5 MB file that
# took 34 ms to read at every start.
_MAX_DATA = 8
_SLOW_S = 0.002  # a pattern built from a run's data is kept when it took this long to compile
# …and, among the latest ``_MAX_QUICK`` such patterns, when it took this long: small ones (a
# draft's dated terms, 1.5 ms; its level's words; jinja's lexer rules), ~4 ms a draft in all;
# a mine's rules built from its tables on first use (facts.yaml, roles.yaml), ~20 patterns a
# process. (At 32, a mine and a draft pushed each other's out: ~40 patterns compiled anew
# every run, ~30 ms of a mine's main process.)
_MAX_QUICK = 128
_QUICK_S = 0.0001

_table: dict[tuple[int, str], tuple[int, int, bytes, bytes]] = {}
_used: set[tuple[int, str]] = set()
_added: dict[tuple[int, str], tuple[int, int, bytes, bytes]] = {}
# keys of patterns built from data (their origin: _DATA or _QUICK), oldest use first
_data: dict[tuple[int, str], int] = {}
_state: dict[str, Any] = {}


def _key_line() -> bytes:
    return (f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.byteorder}|{sys.maxunicode}").encode()


def _path() -> Path | None:
    from drafter.resources import cache_dir

    folder = cache_dir()
    return None if folder is None else folder / "patterns.bin"


def _internals() -> tuple[Any, Any] | None:
    """The stdlib modules that turn a pattern into code (their names moved in 3.11)."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        try:
            import sre_compile as _compiler
            import sre_parse as _parser
        except ImportError:
            return None
    if not hasattr(_compiler, "_code") or not hasattr(_parser, "parse"):
        return None
    return _compiler, _parser


def install_pattern_cache() -> None:
    """Let ``re`` reuse the code of patterns compiled by earlier runs (once per process)."""
    if _state:
        return
    from drafter.recharset import install_fast_charsets

    install_fast_charsets()  # (patterns not in the file compile ~10 times faster)
    internals = _internals()
    path = _path()
    if internals is None or path is None:
        _state["off"] = True
        return
    compiler, parser = internals
    _read(path)
    original = compiler.compile
    _state.update(compiler=compiler, parser=parser, original=original, path=path)
    code_of = compiler._code

    def code_seen(parsed: Any, flags: int) -> Any:
        # (the parse and code of the pattern ``original`` compiles: what ``_remember`` keeps,
        # not made a second time — half of a first run's ~150 ms of compiling patterns)
        code = code_of(parsed, flags)
        _state["seen"] = (parsed, flags, code)
        return code

    def compile_cached(p: Any, flags: int = 0) -> Any:
        if type(p) is not str or flags & 128:  # bytes, or re.DEBUG (which prints)
            return original(p, flags)
        key = (flags, p)
        found = _table.get(key)
        if found is not None:
            pattern = _rebuild(p, found)
            if pattern is not None:
                _used.add(key)
                origin = _data.pop(key, None)
                if origin is not None:  # the most recently used last
                    _data[key] = origin
                return pattern
        # (CPU time: on a busy machine a quick pattern can take milliseconds of wall time, and
        # kept, push out one that is slow to compile)
        started = time.process_time()
        _state["seen"] = None
        pattern = original(p, flags)
        seen = _state.pop("seen", None)
        if key in _lasting or _at_module_level():
            _remember(key, pattern, parser, compiler, seen)
        else:
            spent = time.process_time() - started
            if spent >= _SLOW_S or spent >= _QUICK_S:
                _remember(key, pattern, parser, compiler, seen)
                _data[key] = _DATA if spent >= _SLOW_S else _QUICK
        return pattern

    compiler.compile = compile_cached
    compiler._code = code_seen


def compile_lasting(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)`` for a pattern that is the same in every run but built on first
    use, from the package's own data (too slow to build while its module is imported): kept
    in the cache file as a module's patterns are, not among the few built from a run's data."""
    _lasting.add((0, pattern))
    return re.compile(pattern)


_lasting: set[tuple[int, str]] = set()  # keys of ``compile_lasting``'s patterns


def _at_module_level() -> bool:
    """Whether the pattern is compiled while a module is imported (a constant of that module, the
    same in every run), not later by a function (a pattern built from this run's data)."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__") in _RE_MODULES:
        frame = frame.f_back  # type: ignore[assignment]
    # a module's statement, or a class body or function it runs while it is imported (a
    # pattern built from a word list the module reads)
    return frame is not None and "<module>" in (
        frame.f_code.co_name,
        frame.f_back.f_code.co_name if frame.f_back is not None else "",
    )


_RE_MODULES = frozenset({"re", "re._compiler", "sre_compile", __name__})


def _rebuild(text: str, entry: tuple[int, int, bytes, bytes]) -> Any:
    flags, groups, code, names = entry
    groupindex: dict[str, int] = {}
    if names:
        parts = names.decode("utf-8").split("\0")
        for name, index in zip(parts[::2], parts[1::2], strict=True):
            groupindex[name] = int(index)
    indexgroup: list[str | None] = [None] * groups
    for group_name, group in groupindex.items():
        indexgroup[group] = group_name
    try:
        return _sre.compile(
            text, flags, array("I", code).tolist(), groups - 1, groupindex, tuple(indexgroup)
        )
    except (RuntimeError, TypeError, ValueError, IndexError, OverflowError):
        return None  # not code this Python accepts: compile it again


def _remember(
    key: tuple[int, str], pattern: Any, parser: Any, compiler: Any, seen: Any = None
) -> None:
    """Keep ``pattern``'s code; ``seen``: the parse, flags and code its compiling made (else
    made here again). The entry is kept only when the pattern rebuilt from it is ``pattern``
    (the same text, flags and code)."""
    flags, text = key
    try:
        if seen is not None and seen[1] == flags:
            parsed, code_list = seen[0], seen[2]
        else:
            parsed = parser.parse(text, flags)
            code_list = compiler._code(parsed, flags)
        code = array("I", code_list).tobytes()
        names = "\0".join(f"{n}\0{i}" for n, i in parsed.state.groupdict.items()).encode()
        entry = (flags | parsed.state.flags, parsed.state.groups, code, names)
    except (TypeError, ValueError, OverflowError, AttributeError):
        return
    if _rebuild(text, entry) == pattern:  # same flags, same code: safe to reuse
        _table[key] = entry
        _added[key] = entry
        _used.add(key)


def _read(path: Path) -> None:
    try:
        data = path.read_bytes()
    except OSError:
        return
    # (the file's lines found in place: it is ~0.6 MB, each copy of it fresh memory)
    first = data.find(b"\n")
    second = data.find(b"\n", first + 1) if first >= 0 else -1
    if second < 0 or data[:first] != _FORMAT or data[first + 1 : second] != _key_line():
        return
    table: dict[tuple[int, str], tuple[int, int, bytes, bytes]] = {}
    built_from_data: dict[tuple[int, str], int] = {}
    view = memoryview(data)[second + 1 :]
    at = 0
    try:
        while at < len(view):
            flags, flags_out, groups, p_len, c_len, n_len, origin = _ENTRY.unpack_from(view, at)
            at += _ENTRY.size
            text = bytes(view[at : at + p_len]).decode("utf-8", "surrogatepass")
            at += p_len
            code = bytes(view[at : at + 4 * c_len])
            at += 4 * c_len
            names = bytes(view[at : at + n_len])
            at += n_len
            if len(code) != 4 * c_len or len(names) != n_len or groups < 1:
                return
            table[(flags, text)] = (flags_out, groups, code, names)
            if origin in (_DATA, _QUICK):
                built_from_data[(flags, text)] = origin
            elif origin != _MODULE:
                return
    except (struct.error, UnicodeDecodeError):
        return
    _table.update(table)
    _data.update(built_from_data)


def save_pattern_cache() -> None:
    """Write the file again when this run compiled slow patterns it did not hold; never fails."""
    path = _state.get("path")
    if not _added or path is None:
        return
    keep = {key: entry for key, entry in _table.items() if key not in _data}
    if len(keep) > _MAX_ENTRIES:
        keep = {key: keep[key] for key in _used if key in keep}
    for origin, most in ((_DATA, _MAX_DATA), (_QUICK, _MAX_QUICK)):
        recent = [key for key, kind in _data.items() if kind == origin and key in _table]
        keep.update((key, _table[key]) for key in recent[-most:])
    chunks = [_FORMAT, b"\n", _key_line(), b"\n"]
    for (flags, text), (flags_out, groups, code, names) in keep.items():
        encoded = text.encode("utf-8", "surrogatepass")
        chunks.append(
            _ENTRY.pack(
                flags,
                flags_out,
                groups,
                len(encoded),
                len(code) // 4,
                len(names),
                _data.get((flags, text), _MODULE),
            )
        )
        chunks += [encoded, code, names]
    from drafter.cachefile import save_cache_file

    save_cache_file(path, b"".join(chunks))
    _added.clear()
