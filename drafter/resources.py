"""Where run-time data lives: the shipped templates, phrase bank, examples and corpus.

In a wheel they are copied into ``drafter/_data/`` (see pyproject.toml); in a source checkout or an
editable install they are the top-level folders of the repository. ``drafter export`` copies the
bank and templates into a folder the writer owns; ``--bank`` given that folder drafts from both
(``resolve_bank``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


BANK_FOLDER = "phrasebank"
TEMPLATES_FOLDER = "templates"


def data_dir(name: str) -> Path:
    """The folder ``name`` (templates, phrasebank, examples, corpus) wherever drafter is
    installed."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"drafter data folder {name!r} not found next to {_PACKAGE}")


CACHE_ENV = "DRAFTER_CACHE_DIR"


def cache_dir() -> Path | None:
    """Where drafter keeps what it can rebuild (bank indexes, compiled patterns):
    ``$DRAFTER_CACHE_DIR`` (empty: no cache), else the platform's user cache folder."""
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


def default_bank_dir() -> Path:
    return data_dir("phrasebank")


def templates_dir() -> Path:
    return data_dir("templates")


def examples_dir() -> Path:
    return data_dir("examples")


def resolve_bank(folder: Path | None) -> tuple[Path, Path]:
    """(bank folder, templates folder) for ``--bank folder``.

    A folder made by ``drafter export`` holds ``phrasebank/`` and ``templates/``: both are used,
    so the writer's edits to either take effect. A bank folder itself (``topics.yaml`` inside) is
    used with the shipped templates; no folder means the shipped bank and templates."""
    if folder is None:
        return default_bank_dir(), templates_dir()
    folder = Path(folder)
    if not (folder / "topics.yaml").is_file() and (folder / BANK_FOLDER / "topics.yaml").is_file():
        own_templates = folder / TEMPLATES_FOLDER
        return folder / BANK_FOLDER, own_templates if own_templates.is_dir() else templates_dir()
    return folder, templates_dir()


def export_files() -> dict[str, bytes]:
    """Relative path → bytes of everything ``drafter export`` writes: the shipped phrase bank
    and templates, each in its own folder."""
    files: dict[str, bytes] = {}
    for name, source in ((BANK_FOLDER, default_bank_dir()), (TEMPLATES_FOLDER, templates_dir())):
        for path in sorted(source.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                files[f"{name}/{path.relative_to(source).as_posix()}"] = path.read_bytes()
    return files


def table_rows(path: Path) -> list[list[str]]:
    """The tab-separated fields of each line of a data file, its blank and ``#`` lines aside."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
