"""A parsed copy of a phrase bank, so that each ``drafter draft`` need not re-read its YAML.

Input: a bank folder (its ``*.yaml`` files, as bytes) and the ``PhraseBank`` that ``load_bank``
built from them. Output, on a later run: that same ``PhraseBank``, or ``None``.

Reading and validating the shipped bank (~300 KB of YAML, ~1,200 entries) takes ~0.1 s, a tenth
of a whole ``drafter draft``; unpickling the result takes ~0.01 s. The copy is keyed by a SHA-256
of every YAML file in the folder, of the source of the package that reads them (this folder) and
of the Python version, so an edited bank or an upgraded drafter is simply a miss. Only banks that
loaded without a problem are kept, so every error message still comes from the YAML itself.

The copy lives in the user's cache folder (``DRAFTER_CACHE_DIR`` overrides it; set to an empty
value it turns the cache off), one file per bank folder path. It is only ever a shortcut: a
missing, unreadable, corrupt or unwritable copy is ignored and the bank is read from its files.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path

from drafter.phrasebank.model import PhraseBank

CACHE_ENV = "DRAFTER_CACHE_DIR"
_FORMAT = b"drafter-bank-cache-1"
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
    return folder / f"bank-{hashlib.sha256(where.encode()).hexdigest()[:16]}.pickle"


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
            bank = pickle.load(stream)
    except Exception:  # a shortcut only: any broken copy (truncated, old classes) is a miss
        return None
    return bank if isinstance(bank, PhraseBank) else None


def write_cached(bank_dir: Path, bank: PhraseBank) -> None:
    """Keep ``bank`` (just loaded from ``bank_dir``) for the next run; never fails."""
    slot = _slot(bank_dir)
    key = _key(bank_dir)
    if slot is None or key is None:
        return
    try:
        payload = key + b"\n" + pickle.dumps(bank, protocol=pickle.HIGHEST_PROTOCOL)
        slot.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=slot.name, suffix=".tmp", dir=slot.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
            os.replace(temporary, slot)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except (OSError, pickle.PicklingError, RecursionError):
        return
