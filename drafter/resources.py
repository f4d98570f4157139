"""Where run-time data lives: the shipped templates, phrase bank and examples.

In a wheel they are copied into ``drafter/_data/`` (see pyproject.toml); in a source checkout or an
editable install they are the top-level folders of the repository.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder ``name`` (templates, phrasebank, examples) wherever drafter is installed."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"drafter data folder {name!r} not found next to {_PACKAGE}")


def default_bank_dir() -> Path:
    return data_dir("phrasebank")


def templates_dir() -> Path:
    return data_dir("templates")


def examples_dir() -> Path:
    return data_dir("examples")
