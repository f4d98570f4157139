"""drafter.patterncache: compiled patterns reused by the next run, equal to freshly compiled ones.

Installing the cache changes how ``re`` compiles in the whole process, so each case runs in its
own interpreter, as the console command does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

_CODE = """
import json, re, sys
from drafter import patterncache
patterncache.install_pattern_cache()
patterns = [
    r"(?<=[\\u3400-\\u9fff”’）》])\\s?[,;:?!](?!\\d)",
    r"(?P<head>[一二三四五六七八九十]+)、(?P<body>[^。]*)",
    r"第(?:[一二三四五六七八九十]+)[条章]",
]
compiled = [re.compile(p, re.M if n == 2 else 0) for n, p in enumerate(patterns)]
found = [
    [m.group() for m in compiled[0].finditer("发展,稳定。项目;招商")],
    compiled[1].match("三、抓项目。").groupdict(),
    compiled[2].findall("第三条和第十二章"),
]
hits = len(patterncache._used) - len(patterncache._added)
patterncache.save_pattern_cache()
print(json.dumps({"hits": hits, "found": found}))
"""


def _run(cache: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", _CODE],
        capture_output=True,
        text=True,
        env={**os.environ, "DRAFTER_CACHE_DIR": str(cache)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_patterns_come_back_from_the_file_and_match_alike(tmp_path: Path) -> None:
    first = _run(tmp_path)
    assert (tmp_path / "patterns.bin").is_file()
    again = _run(tmp_path)
    assert (
        first["found"]
        == again["found"]
        == [
            [",", ";"],
            {"head": "三", "body": "抓项目"},
            ["第三条", "第十二章"],
        ]
    )
    assert first["hits"] == 0
    assert isinstance(again["hits"], int) and again["hits"] >= 3


def test_a_corrupt_or_foreign_file_only_means_compiling_again(tmp_path: Path) -> None:
    expected = _run(tmp_path)["found"]
    data = (tmp_path / "patterns.bin").read_bytes()
    head, key, body = data.split(b"\n", 2)
    for broken in (
        data[: len(data) // 2],  # cut short
        head + b"\n" + b"another python" + b"\n" + body,  # another Python's file
        head + b"\n" + key + b"\n" + bytes(len(body)),  # zeros where the code was
        head + b"\n" + key + b"\n" + body.replace(b"\x01\x00\x00\x00", b"\xff\x00\x00\x00"),
    ):
        (tmp_path / "patterns.bin").write_bytes(broken)
        assert _run(tmp_path)["found"] == expected


_DATA_CODE = """
import json, re, sys
from drafter import patterncache
patterncache.install_pattern_cache()
patterncache._SLOW_S = 0.0  # every pattern built here counts as slow to compile


def bank_names(bank):  # a pattern built from a run's data, as lint builds a bank's names
    return re.compile("|".join(f"县{bank}名{n}" for n in range(5)))


first, last = int(sys.argv[1]), int(sys.argv[2])
found = [bool(bank_names(bank).search(f"县{bank}名3")) for bank in range(first, last)]
hits = len(patterncache._used) - len(patterncache._added)
patterncache.save_pattern_cache()
print(json.dumps({"hits": hits, "found": found}))
"""


def _run_data(cache: Path, first: int, last: int, code: str = _DATA_CODE) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", code, str(first), str(last)],
        capture_output=True,
        text=True,
        env={**os.environ, "DRAFTER_CACHE_DIR": str(cache)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_patterns_built_from_data_are_kept_for_the_latest_few_only(tmp_path: Path) -> None:
    """One per bank, each up to ~50 KB of code: kept without a bound, the test suite's banks
    made a 3.5 MB file that took 34 ms to read at every start."""
    from drafter import patterncache

    assert _run_data(tmp_path, 0, 20)["found"] == [True] * 20
    size = (tmp_path / "patterns.bin").stat().st_size
    again = _run_data(tmp_path, 12, 20)  # the latest eight come back from the file
    assert again["hits"] == patterncache._MAX_DATA == 8
    assert _run_data(tmp_path, 0, 4)["hits"] == 0  # the oldest were dropped
    assert (tmp_path / "patterns.bin").stat().st_size <= size


def test_quicker_patterns_built_from_data_are_kept_for_a_few_more(tmp_path: Path) -> None:
    """Patterns a run builds from its data that compile in a tenth of a millisecond or more
    (a draft's dated terms, its level's words, the template's lexer rules; ~4 ms a draft) are
    kept too, the latest ``_MAX_QUICK`` of them, apart from the slow ones."""
    from drafter import patterncache

    code = _DATA_CODE.replace(
        "patterncache._SLOW_S = 0.0", "patterncache._SLOW_S = 60.0; patterncache._QUICK_S = 0.0"
    )
    assert code != _DATA_CODE
    most = patterncache._MAX_QUICK
    assert most == 128
    assert _run_data(tmp_path, 0, most + 8, code)["found"] == [True] * (most + 8)
    assert _run_data(tmp_path, 0, most + 8, code)["hits"] == most
    assert _run_data(tmp_path, 0, 4, code)["hits"] == 0  # the oldest were dropped
