"""Answers about a sentence that depend on its text alone, kept between runs of the command.

Input: a bank sentence (slots still in it); output: what a rule of ``compose.portable`` says of
it — why it belongs to one county only, whether only a closed meeting should hear it. A draft
asks these of ~3,500 bank sentences, ~90 ms of regular-expression searches, and the answers do
not depend on the targets, the seed, the county or the bank: the next draft, for any county,
reads them instead.

Answers that also depend on a bank's data (whether a sentence names one of the bank's scrubbed
names; how it scores on the bank's topics) are kept per digest of that data, one file each
(``remembered_table``): any county drafted from the same bank reuses them.

``install_verdicts`` (called by the console entry point only, as the pattern cache is) turns the
memory on; ``save_verdicts`` (at exit) writes what this run added. The files are JSON in the cache
folder (data only: text and the answers, never code). They are keyed by the Python version and the
size and modification time of every source and data file of the drafter package, so that any
edit of a rule, a word list or a table is a miss and every answer is asked again. A missing,
corrupt or unwritable file only means the rules run as they always do. Library use (tests, other
programs) is unaffected: without ``install_verdicts`` every call runs its rule.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any, TypeVar

_FORMAT = "drafter-verdicts-1"
_PACKAGE = Path(__file__).resolve().parent
_SUFFIXES = (".py", ".txt", ".yaml", ".yml", ".json")
_MAX_ANSWERS = 30_000  # texts; beyond it the file starts afresh with this run's
_MAX_TABLES = 4  # tables kept per rule of a bank's data (``remembered_table``): four banks'

T = TypeVar("T")

# text → its answers, one per rule in the order of ``_rules`` (``_UNASKED`` where not asked)
_answers: dict[str, list[Any]] = {}
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
            row = _answers.get(text)
            if row is None:
                row = _answers[text] = [_UNASKED] * len(_rules)
            elif len(row) > place and type(row[place]) is not int:
                found: T = row[place]
                return found
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
    import json

    tables: dict[str, dict[str, Any]] = _state.setdefault("tables", {})
    name = f"{rule}-{context}"
    table = tables.get(name)
    if table is None:
        table = tables[name] = {}
        path = _state.get("path")
        if _state.get("on") and path is not None:
            try:
                data = json.loads(path.with_name(f"verdicts-{name}.json").read_bytes())
                answers = data["answers"] if data.get("key") == _key() else {}
                if type(answers) is dict and valid(answers.values()):
                    table.update(answers)
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


def install_verdicts() -> None:
    """Remember this run's answers, and read earlier runs' when a rule is first asked."""
    if _state:
        return
    path = _path()
    _state.update(on=path is not None, path=path)


def _read() -> None:
    import json  # here, not on every start (``--help`` does not read answers)

    _state["read"] = True
    try:
        data = json.loads(_state["path"].read_bytes())
    except (OSError, ValueError):
        return
    if (
        type(data) is not dict
        or data.get("format") != _FORMAT
        or data.get("key") != _key()
        or data.get("rules") != list(_rules)
        or type(data.get("answers")) is not dict
    ):
        return
    answers = data["answers"]
    if all(type(row) is list and len(row) == len(_rules) for row in answers.values()):
        _answers.update(answers)


def save_verdicts() -> None:
    """Write the answers again when this run added some; never fails."""
    path = _state.get("path")
    if path is None:
        return
    for name, size in _state.get("sizes", {}).items():
        table = _state["tables"][name]
        if len(table) != size and len(table) <= _MAX_ANSWERS:
            _write(path.with_name(f"verdicts-{name}.json"), {"key": _key(), "answers": table})
            _state["sizes"][name] = len(table)
            _forget_old(path.parent, name.split("-", 1)[0])
    if not _state.get("added"):
        return
    answers = _answers
    if len(answers) > _MAX_ANSWERS:
        answers = {text: row for text, row in answers.items() if text in _used}
    for row in answers.values():
        row.extend([_UNASKED] * (len(_rules) - len(row)))
    if _write(path, {"format": _FORMAT, "key": _key(), "rules": list(_rules), "answers": answers}):
        _state["added"] = False


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


def _write(path: Path, data: dict[str, Any]) -> bool:
    import json

    try:
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except (TypeError, ValueError):  # an answer that is not data, or text with lone surrogates
        return False
    from drafter.cachefile import save_cache_file

    return save_cache_file(path, payload)


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
