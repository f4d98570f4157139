"""Hostile inputs and environments (issue 13): each ends in a clear Chinese message, never a
traceback, never silent wrong output, never a planted file executed."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "work_meeting.yaml"


def _drafter(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "drafter", *args],
        capture_output=True,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        timeout=120,
    )


# --------------------------------------------------------------------------- item 7: the cache


class _Planted:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("touch PLANTED_RAN",))


def test_a_planted_pickle_in_the_cache_folder_is_never_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from drafter.phrasebank import load_bank
    from drafter.phrasebank.cache import _key, _slot, read_cached
    from drafter.resources import default_bank_dir

    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    bank_dir = default_bank_dir()
    bank = load_bank(bank_dir)  # writes the cache
    slot, key = _slot(bank_dir), _key(bank_dir)
    assert slot is not None and key is not None and slot.is_file()
    assert slot.read_bytes().split(b"\n", 1)[1].lstrip().startswith(b"{"), "JSON, not pickle"
    slot.write_bytes(key + b"\n" + pickle.dumps(_Planted()))
    assert read_cached(bank_dir) is None
    assert load_bank(bank_dir) == bank
    assert not (tmp_path / "PLANTED_RAN").exists()


def test_a_cache_copy_that_does_not_fit_the_bank_types_is_a_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from drafter.phrasebank import load_bank
    from drafter.phrasebank.cache import _key, _slot, read_cached
    from drafter.resources import default_bank_dir

    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path))
    bank_dir = default_bank_dir()
    load_bank(bank_dir)
    slot, key = _slot(bank_dir), _key(bank_dir)
    assert slot is not None and key is not None
    for payload in (b'{"phrases": 1}', b"[]", b'"x"', b"{"):
        slot.write_bytes(key + b"\n" + payload)
        assert read_cached(bank_dir) is None


# --------------------------------------------------------------------------- item 5: jieba cache


def test_jieba_caches_in_a_private_folder_not_the_shared_temporary_one(tmp_path: Path) -> None:
    code = (
        "from drafter import segment; segment.cut('全力以赴抓项目');"
        "print(segment._private_cache_dir())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        env={**os.environ, "DRAFTER_CACHE_DIR": str(tmp_path)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().strip() == str(tmp_path / "jieba")
    assert (tmp_path / "jieba" / "jieba.cache").is_file()
    assert b"Traceback" not in result.stderr
