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
