"""Shared fixtures: where the repository, the shipped corpus and ../shared are."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable
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


# What a session fixture builds once for the whole run, not once per xdist worker (mining the
# corpus takes a minute): the first worker to ask builds it in the run's cache folder while holding
# a lock, the others wait for it and read what it wrote. (pytest-xdist's own grouping of tests by
# mark, --dist loadgroup, does not work with pytest 9's node ids.)
def _build_once(name: str, build: Callable[[Path], None]) -> Path:
    """The folder ``build(folder)`` filled, built once per test run."""
    try:
        import fcntl
    except ImportError:  # no file locks (Windows): each process builds its own
        return _build(Path(_CACHE) / "shared" / f"{name}-{os.getpid()}", build)
    folder = Path(_CACHE) / "shared" / name
    folder.parent.mkdir(parents=True, exist_ok=True)
    with open(folder.with_name(f"{name}.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _build(folder, build)


def _build(folder: Path, build: Callable[[Path], None]) -> Path:
    done = folder.with_name(f"{folder.name}.done")
    if not done.exists():
        if folder.exists():
            shutil.rmtree(folder)  # a build that failed half-way
        folder.mkdir(parents=True)
        build(folder)
        done.touch()
    return folder


@pytest.fixture(scope="session")
def build_once() -> Callable[[str, Callable[[Path], None]], Path]:
    """``build_once(name, build)``: the folder ``build`` fills, once for the whole test run."""
    return _build_once


# Property tests (hypothesis) name, in @settings(max_examples=N), how many examples a thorough run
# tries. The everyday run (README's command, CI) tries a third of N, and at least ten (all N when
# N is ten or fewer): each run draws new examples, so the runs together still cover N and more,
# while one run of the whole suite stays within its time. DRAFTER_THOROUGH=1 tries every N.
THOROUGH = os.environ.get("DRAFTER_THOROUGH", "") == "1"


def everyday_examples(thorough: int) -> int:
    """How many examples the everyday run tries of a property test that names ``thorough``."""
    return max(thorough // 3, min(thorough, 10))


def pytest_report_header() -> str:
    if THOROUGH:
        return "hypothesis: every example each test names (DRAFTER_THOROUGH=1)"
    return "hypothesis: a third of the examples each test names (DRAFTER_THOROUGH=1 for all)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if THOROUGH:
        return
    from hypothesis import is_hypothesis_test, settings

    done: set[int] = set()
    for item in items:
        test = getattr(item, "obj", None)
        if test is None or not is_hypothesis_test(test) or id(test) in done:
            continue  # (a parametrised test is one function under several items)
        done.add(id(test))
        # where @given reads the test's settings when it runs (hypothesis has no public way to
        # change them after decoration); fail loudly if that moves, not silently run all
        chosen = test._hypothesis_internal_use_settings
        test._hypothesis_internal_use_settings = settings(
            chosen, max_examples=everyday_examples(chosen.max_examples)
        )
