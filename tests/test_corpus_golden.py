"""Golden normalised texts of the five corpus speeches: what every later stage reads.

A change in reading shows as a unified diff here. To accept a change on purpose, read the diff,
then regenerate::

    DRAFTER_REGEN_GOLDEN=1 python -m pytest tests/test_corpus_golden.py
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from drafter.corpus import read_speech

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "golden" / "corpus"
SPEECHES = sorted((REPO / "corpus").glob("*.txt"))


def _render(path: Path) -> str:
    source = read_speech(path)
    header = [
        f"# {path.name}",
        f"# encoding: {source.encoding}",
        f"# traditional: {'yes' if source.traditional else 'no'}",
        *(f"# removed: {item}" for item in source.removed),
        "",
    ]
    return "\n".join(header + list(source.paragraphs)) + "\n"


@pytest.mark.parametrize("path", SPEECHES, ids=[p.stem[:3] for p in SPEECHES])
def test_corpus_speech_reads_as_its_golden_text(path: Path) -> None:
    actual = _render(path)
    golden = GOLDEN / f"{path.stem}.txt"
    if os.environ.get("DRAFTER_REGEN_GOLDEN") == "1":
        GOLDEN.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=f"golden/corpus/{golden.name}",
                tofile="read_speech",
            )
        )
        pytest.fail(f"{path.name} reads differently (DRAFTER_REGEN_GOLDEN=1 to accept):\n{diff}")


def test_every_speech_has_a_golden_text() -> None:
    assert SPEECHES
    assert sorted(p.name for p in GOLDEN.glob("*.txt")) == [p.name for p in SPEECHES]
