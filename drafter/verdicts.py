"""Answers about a sentence that depend on its text alone, kept between runs of the command.

Input: a bank sentence (slots still in it); output: what a rule of ``compose.portable`` says of
it — why it belongs to one county only, whether only a closed meeting should hear it. A draft
asks these of ~3,500 bank sentences, ~90 ms of regular-expression searches, and the answers do
not depend on the targets, the seed, the county or the bank: the next draft, for any county,
reads them instead.

Answers that also depend on a bank's data (whether a sentence names one of the bank's scrubbed
names; how it scores on the bank's topics) are kept per digest of that data, one file each
(``remembered_table``): any county drafted from the same bank reuses them.

Sets of a text's character pairs (``remembered_grams``: ``compose.select.bigrams``, ~5,000 texts
a draft, ~20 ms of building ~160,000 new two-character strings and hashing them) are kept too, in
a file of their own: each distinct pair once, each text's pairs as their numbers; read back, a
text's set is built from the pairs already made (~3 times quicker than finding them again).

``install_verdicts`` (called by the console entry point only, as the pattern cache is) turns the
memory on; ``save_verdicts`` (at exit) writes what this run added. The files are a line of JSON (the
answers; ``verdicts.json``'s by rule, each where it was asked) and the texts as lines after it, in
UTF-16 (``_TEXTS``), in the cache folder (data only: text and the answers, never code). They are
keyed by the Python version and the size and modification time of every source and data file of the
drafter package, so that any edit of a rule, a word list or a table is a miss and every answer is
asked again. A missing, corrupt or unwritable file only means the rules run as they always do.
Library use (tests, other programs) is unaffected: without ``install_verdicts`` every call runs its
rule. Besides sentences, a few tables the draft and lint read from the package's text files
(``drafter.names.table``: known places, provinces of county names, regional terms, common words) are
kept the same way.
"""

from __future__ import annotations

import functools
import operator
import os
import sys
from array import array
from collections import Counter, deque
from collections.abc import Callable, Collection, Sequence
from itertools import accumulate, chain, count, pairwise
from pathlib import Path
from typing import Any, TypeVar

# 2: the texts as lines, the answers by rule; 3: in UTF-16; 4: each rule's answers only where
# it was asked (``_sparse``)
_FORMAT = "drafter-verdicts-4"
_PACKAGE = Path(__file__).resolve().parent
_SUFFIXES = (".py", ".txt", ".tsv", ".yaml", ".yml", ".json")
_MAX_ANSWERS = 30_000  # texts; beyond it the file starts afresh with this run's
_MAX_TABLES = 4  # tables kept per rule of a bank's data (``remembered_table``): four banks'
_GRAMS_FORMAT = "drafter-grams-2"  # 2: the pairs, texts and starts after the head, not in it
# The texts after a file's line of JSON: UTF-16 decodes into Python's own two bytes a character
# with little more than a copy (~0.3 ms for the 400 KB of a table's sentences, ~0.85 ms from
# UTF-8; a draft reads ~2.5 MB of them), and takes two bytes a Chinese character, not three.
_TEXTS = "utf-16-le"
# texts kept in a file of pairs (``remembered_grams``): a draft asks ~2,000–6,500, the examples'
# eleven targets files ~8,000 together; beyond it the file keeps this run's texts only (reading
# it back costs ~1.5 µs a text, whether the draft asks it or not)
_MAX_GRAM_TEXTS = 12_000

T = TypeVar("T")

# text → its answers, one per rule in the order of ``_rules`` (``_UNASKED`` where not asked); a
# row read from the file is a tuple (~5,000 of them read, few added to)
_answers: dict[str, list[Any] | tuple[Any, ...]] = {}
_rules: dict[str, int] = {}  # rule → its place in a text's answers
_used: set[str] = set()  # texts asked this run (kept when the file is trimmed)
_state: dict[str, Any] = {}
_UNASKED = 0  # an answer is text, None or a bool: an int means the rule was not asked


def remembered(rule: str) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """Decorate a pure function of a sentence whose answer is text, None or a bool: once
    ``install_verdicts`` ran, its answers come from earlier runs where they can."""
    place = _rules.setdefault(rule, len(_rules))

    def decorate(function: Callable[[str], T]) -> Callable[[str], T]:
        @functools.wraps(function)
        def answer(text: str) -> T:
            if _state.get("read") is None:  # not installed, or not read yet
                if not _state.get("on"):
                    return function(text)
                _read()
            _used.add(text)
            kept = _answers.get(text)
            if kept is None:
                row = _answers[text] = [_UNASKED] * len(_rules)
            elif len(kept) > place and type(kept[place]) is not int:
                found: T = kept[place]
                return found
            else:  # (a row read from the file is a tuple until a rule adds to it)
                row = kept if isinstance(kept, list) else list(kept)
                _answers[text] = row
            while len(row) <= place:
                row.append(_UNASKED)
            found = row[place] = function(text)
            _state["added"] = True
            return found

        return answer

    return decorate


def remembered_table(
    rule: str, context: str, valid: Callable[[Collection[Any]], bool] = lambda answers: True
) -> dict[str, Any]:
    """The answers of ``rule`` about sentences within ``context`` (a digest of the data the
    rule reads besides the sentence: a bank's scrubbed names, its topics' keywords): a dict the
    caller looks a sentence up in and adds its answers to (JSON values). Earlier runs' answers
    are in it once ``install_verdicts`` ran (when ``valid`` accepts them all, else none); else
    it is a plain dict of this run's. (``valid`` is asked of all the answers at once: checked
    one by one in Python, ~6,000 took ~2 ms.)"""
    tables: dict[str, dict[str, Any]] = _state.setdefault("tables", {})
    name = f"{rule}-{context}"
    table = tables.get(name)
    if table is None:
        table = tables[name] = {}
        path = _state.get("path")
        if _state.get("on") and path is not None:
            try:
                data, texts = _load_lines(path.with_name(f"verdicts-{name}.json").read_bytes())
                answers = data["answers"] if data.get("key") == _key() else []
                if type(answers) is list and len(answers) == len(texts) and valid(answers):
                    table.update(zip(texts, answers, strict=True))
            except (OSError, ValueError, TypeError, KeyError, AttributeError):
                table.clear()
            _state.setdefault("sizes", {})[name] = len(table)
    return table


def remembered_file(rule: str, path: Path, parse: Callable[[str], Any]) -> Any:
    """``parse`` of the text of the data file ``path`` (a YAML table beside the code), kept as
    JSON between runs by a digest of the file's bytes, once ``install_verdicts`` ran: libyaml
    takes ~3 ms for a table of 15 KB every draft, reading it back from JSON ~0.2 ms. What does
    not come back from JSON as it went in (a date, a key that is not text) is parsed every run."""
    import hashlib
    import json

    raw = path.read_bytes()
    table = remembered_table(rule, hashlib.sha256(raw).hexdigest()[:24])
    if "data" in table:
        return table["data"]
    data = parse(raw.decode("utf-8"))
    try:
        if json.loads(json.dumps(data, ensure_ascii=False)) == data:
            table["data"] = data
    except (TypeError, ValueError):
        pass
    return data


def remembered_yaml(rule: str, path: Path) -> Any:
    """The YAML data file ``path`` parsed (libyaml when present), kept between runs as
    ``remembered_file`` keeps it."""
    return remembered_file(rule, path, parse_yaml)


def parse_yaml(text: str) -> Any:
    """YAML text parsed with libyaml's safe loader where the build has it (~10 times quicker
    than the pure-Python one), else the pure-Python safe loader."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)


def remembered_grams(
    rule: str,
) -> Callable[[Callable[[str], frozenset[str]]], Callable[[str], frozenset[str]]]:
    """Decorate a pure function of a text whose answer is a set of two-character strings (the
    text's character pairs): once ``install_verdicts`` ran, its answers come from earlier runs'
    file where they can, each built when first asked."""

    def decorate(function: Callable[[str], frozenset[str]]) -> Callable[[str], frozenset[str]]:
        @functools.wraps(function)
        def answer(text: str) -> frozenset[str]:
            tables: dict[str, _GramTable] | None = _state.get("grams")
            table = tables.get(rule) if tables is not None else None
            if table is None:
                if not _state.get("on"):
                    return function(text)
                table = _read_grams(rule)
            found = table.sets.get(text)
            if found is None:
                found = table.sets[text] = table.made(text, function)
            return found

        return answer

    return decorate


def counted_grams(
    rule: str, texts: Sequence[str], function: Callable[[str], frozenset[str]]
) -> Counter[str]:
    """For each pair, how many of ``texts`` hold it: ``Counter`` of ``function``'s sets of them
    chained, where ``function`` is the rule's (decorated by ``remembered_grams``). Once
    ``install_verdicts`` ran, the texts of earlier runs' file are counted by their pairs'
    numbers, no set made for them (a draft counts ~4,000 clauses of its units, and makes the
    sets of the few hundred it weighs); the others are asked of ``function``."""
    tables: dict[str, _GramTable] | None = _state.get("grams")
    table = tables.get(rule) if tables is not None else None
    if table is None:
        if not _state.get("on"):
            return Counter(chain.from_iterable(map(function, texts)))
        table = _read_grams(rule)
    return table.counted(texts, function)


class _GramTable:
    """One rule's sets of pairs: those asked this run (``sets``) and those of the file, by the
    place of their pairs' numbers (``where``, ``starts``, ``numbers``) in its list of pairs;
    ``counts``: the file's texts this run counted without making their sets (``counted``)."""

    __slots__ = ("added", "counts", "numbers", "pairs", "sets", "starts", "where")

    def __init__(
        self,
        pairs: list[str] | None = None,
        where: dict[str, int] | None = None,
        starts: Sequence[int] | None = None,
        numbers: array[int] | None = None,
    ) -> None:
        self.pairs = pairs or []
        self.where = where or {}
        self.starts = starts or [0]
        self.numbers = numbers if numbers is not None else array("I")
        self.sets: dict[str, frozenset[str]] = {}
        self.counts: set[str] = set()
        self.added = False

    def made(self, text: str, function: Callable[[str], frozenset[str]]) -> frozenset[str]:
        place = self.where.get(text)
        if place is None:
            self.added = True
            return function(text)
        numbers = self.numbers[self.starts[place] : self.starts[place + 1]]
        try:
            return frozenset(map(self.pairs.__getitem__, numbers))
        except IndexError:  # (a malformed file)
            return function(text)

    def counted(
        self, texts: Sequence[str], function: Callable[[str], frozenset[str]]
    ) -> Counter[str]:
        """``counted_grams`` of ``texts``: those of the file by their numbers (each number once
        in a text: the file holds the numbers of a set), the others' sets made or asked; all
        counted at once, in C."""
        sets, where, starts, numbers = self.sets, self.where, self.starts, self.numbers
        made: list[frozenset[str]] = []
        filed: list[str] = []  # the texts counted by their numbers
        runs: list[array[int]] = []  # …and their numbers
        for text in texts:
            found = sets.get(text)
            if found is None:
                place = where.get(text)
                if place is not None:
                    filed.append(text)
                    runs.append(numbers[starts[place] : starts[place + 1]])
                    continue
                found = function(text)
            made.append(found)
        numbered = map(self.pairs.__getitem__, chain.from_iterable(runs))
        try:
            counts = Counter(chain(chain.from_iterable(made), numbered))
        except IndexError:  # (a malformed file: its texts asked as ``made`` would)
            return Counter(chain.from_iterable(map(function, texts)))
        self.counts.update(filed)
        return counts


def _grams_path(rule: str) -> Path | None:
    path = _state.get("path")
    return None if path is None else path.with_name(f"verdicts-{rule}.bin")


def _read_grams(rule: str) -> _GramTable:
    """The rule's file read (an empty table when it is missing, of another package or
    malformed): a line of JSON (the sizes of what follows), then the pairs as one text and the
    texts as lines, both in ``_TEXTS`` (the texts in the JSON instead where one holds a line
    break), where each text's numbers start and the numbers, as bytes."""
    import json

    table = _GramTable()
    try:
        path = _grams_path(rule)
        data = path.read_bytes() if path is not None else b""
        end = data.find(b"\n")
        info = json.loads(data[:end]) if end > 0 else {}
        if (
            type(info) is dict
            and info.get("format") == _GRAMS_FORMAT
            and info.get("key") == _key()
            and info.get("byteorder") == sys.byteorder
        ):
            sizes = info["sizes"]
            body = memoryview(data)[end + 1 :]
            if not (
                type(sizes) is list
                and len(sizes) == 4
                and set(map(type, sizes)) <= {int}
                and min(sizes) >= 0
                and sum(sizes) == len(body)
            ):
                raise ValueError("not a file of pairs")
            cuts = list(accumulate(sizes, initial=0))
            pairs = str(body[cuts[0] : cuts[1]], _TEXTS)
            texts = info.get("texts")
            if texts is None:
                texts = str(body[cuts[1] : cuts[2]], _TEXTS).split("\n")
            starts = array("I")
            starts.frombytes(body[cuts[2] : cuts[3]])
            numbers = array(info["typecode"])
            numbers.frombytes(body[cuts[3] : cuts[4]])
            if (
                len(pairs) % 2 == 0
                and type(texts) is list
                and set(map(type, texts)) <= {str}
                and len(starts) == len(texts) + 1
                and starts[0] == 0
                and starts[-1] == len(numbers)
                and all(a <= b for a, b in pairwise(starts))
            ):
                # (a number beyond the pairs is an IndexError when its set is built: ``made``)
                table = _GramTable(
                    list(map(operator.add, pairs[::2], pairs[1::2])),
                    dict(zip(texts, range(len(texts)), strict=True)),
                    starts,
                    numbers,
                )
    except (OSError, ValueError, TypeError, KeyError, AttributeError, IndexError):
        table = _GramTable()
    _state.setdefault("grams", {})[rule] = table
    return table


def _save_grams(rule: str, table: _GramTable) -> None:
    """Write the rule's file again when this run asked a text it did not hold: this run's texts,
    and the file's others while there are not too many."""
    import json

    path = _grams_path(rule)
    if path is None or not table.added:
        return
    kept = dict(table.sets)
    for text in table.counts:  # (asked this run too, though no set was made)
        if text not in kept:
            kept[text] = table.made(text, frozenset)
    if len(kept) + len(table.where) <= _MAX_GRAM_TEXTS:
        for text in table.where:
            if text not in kept:
                kept[text] = table.made(text, frozenset)  # (from the file's numbers)
    sets = list(kept.values())
    if any(type(found) is not frozenset for found in sets):
        return
    # every text's pairs in one list, checked and numbered in C (~66,000 pairs for a draft's
    # ~5,000 texts: a loop over them took ~20 ms of a first draft)
    pairs = list(chain.from_iterable(sets))
    if not set(map(type, pairs)) <= {str} or not set(map(len, pairs)) <= {2}:
        return  # (not pairs: nothing is written)
    # (each pair numbered where it first comes, text by text)
    numbers_of = dict(zip(dict.fromkeys(pairs), count()))
    starts = array("I", accumulate(map(len, sets), initial=0))
    numbers = array("H" if len(numbers_of) <= 0xFFFF else "I", map(numbers_of.__getitem__, pairs))
    texts = list(kept)
    lines = bool(texts) and not any("\n" in text for text in texts)
    try:
        parts = [
            "".join(numbers_of).encode(_TEXTS),
            "\n".join(texts).encode(_TEXTS) if lines else b"",
            starts.tobytes(),
            numbers.tobytes(),
        ]
        head: dict[str, Any] = {
            "format": _GRAMS_FORMAT,
            "key": _key(),
            "byteorder": sys.byteorder,
            "typecode": numbers.typecode,
            "sizes": [len(part) for part in parts],
        }
        if not lines:
            head["texts"] = texts
        line = json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except (TypeError, ValueError):  # (text with lone surrogates)
        return
    from drafter.cachefile import save_cache_file

    if save_cache_file(path, b"".join([line, b"\n", *parts])):
        table.added = False


def install_verdicts() -> None:
    """Remember this run's answers, and read earlier runs' when a rule is first asked. (A table
    asked before, by a module as it was imported, stays this run's own.)"""
    if "on" in _state:
        return
    path = _path()
    _state.update(on=path is not None, path=path)


def _read() -> None:
    _state["read"] = True
    try:
        data, texts = _load_lines(_state["path"].read_bytes())
        if (
            type(data) is not dict
            or data.get("format") != _FORMAT
            or data.get("key") != _key()
            or data.get("rules") != list(_rules)
        ):
            return
        # (each rule's answers, in the texts' order)
        columns = [_dense(column, len(texts)) for column in data["columns"]]
        if len(columns) == len(_rules):
            _answers.update(zip(texts, zip(*columns, strict=True), strict=True))
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return


def save_verdicts() -> None:
    """Write the answers again when this run added some; never fails."""
    path = _state.get("path")
    if path is None:
        return
    for rule, grams in _state.get("grams", {}).items():
        _save_grams(rule, grams)
    for name, size in _state.get("sizes", {}).items():
        table = _state["tables"][name]
        if len(table) != size and len(table) <= _MAX_ANSWERS:
            head = {"key": _key(), "answers": list(table.values())}
            _write(path.with_name(f"verdicts-{name}.json"), head, list(table))
            _state["sizes"][name] = len(table)
            _forget_old(path.parent, name.split("-", 1)[0])
    if not _state.get("added"):
        return
    answers = _answers
    if len(answers) > _MAX_ANSWERS:
        answers = {text: row for text, row in answers.items() if text in _used}
    rows = [[*row, *[_UNASKED] * (len(_rules) - len(row))] for row in answers.values()]
    columns = [_sparse(column) for column in zip(*rows, strict=True)]
    head = {"format": _FORMAT, "key": _key(), "rules": list(_rules), "columns": columns}
    if not answers:
        head["columns"] = [[[], []] for _ in _rules]
    if _write(path, head, list(answers)):
        _state["added"] = False


def _sparse(column: Sequence[Any]) -> list[list[Any]]:
    """A rule's answers as the file keeps them: the places of the texts it was asked of and its
    answers there. (Most texts were not asked of most rules: their ``_UNASKED`` written out were
    ~40,000 numbers, ~3 ms of json's decoding at every draft.)"""
    asked = [n for n, answer in enumerate(column) if type(answer) is not int]
    return [asked, [column[n] for n in asked]]


def _dense(column: Any, size: int) -> list[Any]:
    """A rule's answers for each of ``size`` texts from what ``_sparse`` wrote (``_UNASKED``
    where it was not asked); ValueError or TypeError when it is not that."""
    asked, answers = column
    if (
        type(asked) is not list
        or type(answers) is not list
        or len(asked) != len(answers)
        or not set(map(type, asked)) <= {int}
        or (asked and (min(asked) < 0 or max(asked) >= size))
    ):
        raise ValueError("not a rule's answers")
    dense: list[Any] = [_UNASKED] * size
    # (each answer put in place in C: ~12,000 of them)
    deque(map(dense.__setitem__, asked, answers), maxlen=0)
    return dense


def _forget_old(folder: Path, rule: str) -> None:
    """Keep the tables of a rule for the most recently used few banks (each ~0.3 MB)."""
    try:
        found = sorted(
            folder.glob(f"verdicts-{rule}-*.json"), key=lambda f: f.stat().st_mtime_ns, reverse=True
        )
        for old in found[_MAX_TABLES:]:
            old.unlink(missing_ok=True)
    except OSError:
        return


def _write(path: Path, data: dict[str, Any], texts: list[str]) -> bool:
    """Write ``data`` (JSON) and the texts its answers are about: as lines after it, in
    ``_TEXTS`` (split ~8 times faster than json decodes the same strings, and the texts are
    most of a file), or in it where a text holds a line break (``_load_lines`` reads both)."""
    import json

    lines = bool(texts) and not any("\n" in text for text in texts)
    if not lines:
        data = {**data, "texts": texts}
    try:
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        if lines:
            payload += b"\n" + "\n".join(texts).encode(_TEXTS)
    except (TypeError, ValueError):  # an answer that is not data, or text with lone surrogates
        return False
    from drafter.cachefile import save_cache_file

    return save_cache_file(path, payload)


def _load_lines(raw: bytes) -> tuple[Any, list[str]]:
    """The data and the texts ``_write`` wrote; ValueError (or TypeError) when it is not.
    (Decoded as ``drafter.fastjson`` decodes: a draft reads ~16 such files.)"""
    from drafter.fastjson import loads

    end = raw.find(b"\n")
    data = loads(raw if end < 0 else raw[:end])
    if type(data) is not dict:
        raise ValueError("not a file of answers")
    if end < 0:
        texts = data["texts"]
        if type(texts) is not list or not set(map(type, texts)) <= {str}:
            raise ValueError("not a file of answers")
        return data, texts
    # (decoded from the file's bytes as they are: the texts are most of the file)
    return data, str(memoryview(raw)[end + 1 :], _TEXTS).split("\n")


def _path() -> Path | None:
    from drafter.resources import cache_dir

    folder = cache_dir()
    return None if folder is None else folder / "verdicts.json"


def _key() -> str:
    """The Python version and every rule's source: each file of the package by size and time."""
    key = _state.get("key")
    if key is None:
        import hashlib

        stamps: list[str] = [sys.version]
        folders = [str(_PACKAGE)]
        while folders:
            with os.scandir(folders.pop()) as entries:
                for entry in sorted(entries, key=lambda e: e.name):
                    if entry.is_dir(follow_symlinks=False):
                        if entry.name != "__pycache__":
                            folders.append(entry.path)
                    elif entry.name.endswith(_SUFFIXES):
                        stat = entry.stat()
                        stamps.append(f"{entry.path}|{stat.st_size}|{stat.st_mtime_ns}")
        key = _state["key"] = hashlib.sha256("\n".join(stamps).encode()).hexdigest()
    return str(key)
