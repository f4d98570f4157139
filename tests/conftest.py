"""Shared fixtures: where the repository, the shipped corpus and ../shared are."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Tests never write to the user's real cache folder (~/.cache/drafter): the bank index, compiled
# patterns and jieba's dictionary cache go to a private folder for this run, made once by the
# process that starts pytest and inherited by its xdist workers and every subprocess, so the
# shipped bank is indexed once per worker at most, not once per process.
_CACHE = os.environ.get("DRAFTER_TEST_CACHE", "")
if not _CACHE or not os.path.isdir(_CACHE):
    _CACHE = tempfile.mkdtemp(prefix="drafter-test-cache-")
    os.environ["DRAFTER_TEST_CACHE"] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, True)
os.environ["DRAFTER_CACHE_DIR"] = _CACHE
# Where bytecode may not be written beside the sources (PYTHONDONTWRITEBYTECODE), the drafter
# processes the tests start keep theirs in this run's folder: compiling drafter's ~200 modules
# from source costs each ``python -m drafter`` 0.3–0.5 s.
if os.environ.pop("PYTHONDONTWRITEBYTECODE", None) is not None:
    os.environ.setdefault("PYTHONPYCACHEPREFIX", os.path.join(_CACHE, "pycache"))

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


# Tests that read the bank mined from the whole corpus share one session fixture (``mined`` in
# test_mining.py): mining takes a minute, and under pytest-xdist every worker that runs one of
# them would mine it again. They go to one worker (``--dist loadgroup``, set in pyproject.toml).
_MINED_FIXTURES = frozenset({"mined", "mined_bank"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _MINED_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.xdist_group("mined-corpus"))
