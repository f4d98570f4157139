"""A parsed copy of a phrase bank, so that each ``drafter draft`` need not re-read its YAML.

Input: a bank folder (its ``*.yaml`` files, as bytes) and the ``PhraseBank`` that ``load_bank``
built from them. Output, on a later run: that same ``PhraseBank``, or ``None``.

Reading and validating the shipped bank (~300 KB of YAML, ~1,200 entries) takes ~0.1 s, a tenth
of a whole ``drafter draft``. The copy is plain JSON rebuilt field by field into the bank's frozen
dataclasses (never pickle: a file planted in the cache folder must not be able to run code on the
next ``drafter draft``; JSON can only describe data, and anything that does not fit the bank's
types is a miss). The copy is keyed by a SHA-256
of every YAML file in the folder, of the source of the package that reads them (this folder) and
of the Python version, so an edited bank or an upgraded drafter is simply a miss. Only banks that
loaded without a problem are kept, so every error message still comes from the YAML itself.

The copy lives in the user's cache folder (``DRAFTER_CACHE_DIR`` overrides it; set to an empty
value it turns the cache off), one file per bank folder path. It is only ever a shortcut: a
missing, unreadable, corrupt or unwritable copy is ignored and the bank is read from its files.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import hashlib
import json
import os
import sys
import tempfile
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from drafter.phrasebank.model import PhraseBank

CACHE_ENV = "DRAFTER_CACHE_DIR"
_FORMAT = b"drafter-bank-cache-2-json"
_PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path | None:
    """Where cached banks go: ``$DRAFTER_CACHE_DIR``, else the platform's user cache folder."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured) if configured.strip() else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "drafter" / "Cache" if base else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "drafter"
    try:
        return Path.home() / ".cache" / "drafter"
    except RuntimeError:  # no home directory
        return None


def _key(bank_dir: Path) -> bytes | None:
    digest = hashlib.sha256(_FORMAT)
    digest.update(sys.version.encode())
    try:
        for source in sorted(_PACKAGE.glob("*.py")):
            digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
        for path in sorted(bank_dir.glob("*.yaml")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    except OSError:
        return None
    return digest.hexdigest().encode()


def _slot(bank_dir: Path) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        where = str(bank_dir.resolve())
    except OSError:
        return None
    return folder / f"bank-{hashlib.sha256(where.encode()).hexdigest()[:16]}.json"


def read_cached(bank_dir: Path) -> PhraseBank | None:
    """The bank cached for exactly the files now in ``bank_dir``, or None."""
    slot = _slot(bank_dir)
    key = _key(bank_dir)
    if slot is None or key is None:
        return None
    try:
        with slot.open("rb") as stream:
            if stream.readline().rstrip(b"\n") != key:
                return None
            data = json.loads(stream.read().decode("utf-8"))
        bank = _decode(PhraseBank, data)
    except (OSError, ValueError, TypeError, KeyError, RecursionError):
        return None  # a shortcut only: a truncated, edited or foreign copy is a miss
    return bank if isinstance(bank, PhraseBank) else None


def write_cached(bank_dir: Path, bank: PhraseBank) -> None:
    """Keep ``bank`` (just loaded from ``bank_dir``) for the next run; never fails."""
    slot = _slot(bank_dir)
    key = _key(bank_dir)
    if slot is None or key is None:
        return
    try:
        payload = key + b"\n" + json.dumps(_encode(bank), ensure_ascii=False).encode("utf-8")
        slot.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=slot.name, suffix=".tmp", dir=slot.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
            os.replace(temporary, slot)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except (OSError, TypeError, ValueError, RecursionError):
        return


# --------------------------------------------------------------------------- data only


def _encode(value: Any) -> Any:
    """A frozen dataclass tree as JSON data: dataclass → object of its init fields, enum → value,
    tuple → list. Anything else raises TypeError (then nothing is cached)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            item.name: _encode(getattr(value, item.name))
            for item in dataclasses.fields(value)
            if item.init and not item.name.startswith("_")
        }
    if isinstance(value, enum.Enum):
        return _encode(value.value)
    if isinstance(value, (tuple, list)):
        return [_encode(item) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


def _decode(hint: Any, data: Any) -> Any:
    """Rebuild a value of type ``hint`` from JSON data; ValueError/TypeError if it does not fit."""
    return _decoder(hint)(data)


@functools.cache
def _decoder(hint: Any) -> Callable[[Any], Any]:
    """One checking converter per type, built once (type hints are slow to resolve)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        optional = len(options) < len(typing.get_args(hint))
        if len(options) != 1:
            raise TypeError(f"cannot cache {hint}")
        inner = _decoder(options[0])
        return lambda data: None if data is None and optional else inner(data)
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            return lambda data: tuple(item(value) for value in _list(data))
        parts = [_decoder(arg) for arg in args]

        def fixed(data: Any) -> tuple[Any, ...]:
            values = _list(data)
            if len(values) != len(parts):
                raise ValueError("wrong tuple length")
            return tuple(part(value) for part, value in zip(parts, values, strict=True))

        return fixed
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        fields = {
            f.name: _decoder(hints[f.name])
            for f in dataclasses.fields(hint)
            if f.init and not f.name.startswith("_")
        }
        names = set(fields)
        cls = hint

        def build(data: Any) -> Any:
            if not isinstance(data, dict) or set(data) != names:
                raise ValueError(f"not a {cls.__name__}")
            return cls(**{name: convert(data[name]) for name, convert in fields.items()})

        return build
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint
    if hint in (str, int, bool, float):

        def plain(data: Any) -> Any:
            if type(data) is not hint:
                raise TypeError(f"{data!r} is not a {hint.__name__}")
            return data

        return plain
    raise TypeError(f"cannot cache {hint}")


def _list(data: Any) -> list[Any]:
    if not isinstance(data, list):
        raise TypeError("expected a list")
    return data
