"""Golden outlines of the five corpus speeches: ``drafter outline`` JSON and tree, end to end.

Each speech is read with ``read_speech`` and parsed; the contract JSON and the terminal tree are
compared with ``tests/golden/outline/<name>.json`` and ``<name>.tree.txt``. A difference fails
with a unified diff. Regenerate on purpose only, and read the diff before committing:

    DRAFTER_REGEN_GOLDEN=1 python -m pytest tests/test_outline_golden.py
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path

import pytest

from drafter.corpus import read_speech
from drafter.outline import format_outline, parse_outline

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "golden" / "outline"
SPEECHES = sorted((REPO / "corpus").glob("*.txt"))
REGENERATE = os.environ.get("DRAFTER_REGEN_GOLDEN") == "1"


def _compare(actual: str, golden: Path) -> None:
    if REGENERATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
        return
    assert golden.is_file(), f"{golden} is missing: run with DRAFTER_REGEN_GOLDEN=1 and review it"
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = "\n".join(
            difflib.unified_diff(
                expected.splitlines(),
                actual.splitlines(),
                fromfile=f"golden/{golden.name}",
                tofile="actual",
                lineterm="",
            )
        )
        pytest.fail(f"outline differs from {golden.name}:\n{diff}", pytrace=False)


HELD_OUT = ("gaotang-2025", "boye-2025", "laiyuan-2025", "shunping-2024", "mancheng-2023")


def test_the_corpus_has_the_speeches_and_reports_but_not_the_held_out_ones() -> None:
    names = [p.stem for p in SPEECHES]
    assert sum(1 for n in names if n[:3].isdigit()) == 5
    assert len(names) == 47
    assert not set(HELD_OUT) & set(names)
    readme = (REPO / "corpus" / "README.md").read_text(encoding="utf-8")
    assert all(name in readme for name in HELD_OUT)  # the held-out files are listed


@pytest.mark.parametrize("speech", SPEECHES, ids=lambda p: p.stem)
def test_outline_json_matches_golden(speech: Path) -> None:
    outline = parse_outline(read_speech(speech).paragraphs)
    actual = json.dumps(outline.to_json(), ensure_ascii=False, indent=2) + "\n"
    _compare(actual, GOLDEN / f"{speech.stem}.json")


@pytest.mark.parametrize("speech", SPEECHES, ids=lambda p: p.stem)
def test_outline_tree_matches_golden(speech: Path) -> None:
    outline = parse_outline(read_speech(speech).paragraphs)
    _compare(format_outline(outline) + "\n", GOLDEN / f"{speech.stem}.tree.txt")
