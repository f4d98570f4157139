"""Shared fixtures: where the repository, the shipped corpus and ../shared are."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Tests never write to the user's real cache folder (~/.cache/drafter): the parsed-bank cache and
# jieba's dictionary cache go to a private folder for this run, inherited by every subprocess.
_CACHE = tempfile.mkdtemp(prefix="drafter-test-cache-")
atexit.register(shutil.rmtree, _CACHE, True)
os.environ["DRAFTER_CACHE_DIR"] = _CACHE

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED
