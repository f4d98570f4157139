"""Robustness as a writer meets it: real processes killed mid-write, two drafts racing for one
file, and a messy archive of a thousand files with some unreadable ones.

These run drafter as a separate process (``python -m drafter``), the way it is used. They are
marked ``slow`` (``-m "not slow"`` leaves them out while working on something else).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "work_meeting.yaml"
DRAFTER = [sys.executable, "-m", "drafter"]


def _run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*DRAFTER, *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def _is_complete_docx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.testzip() is None and "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def _signals_as_a_terminal_would() -> None:
    # Under nohup (or a CI runner) SIGINT is ignored, and a child inherits that: Python then
    # never raises KeyboardInterrupt. Ctrl-C at a terminal is what this test is about.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _leftover_temp_files(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_killing_draft_mid_write_keeps_the_previous_file(tmp_path: Path, sig: int) -> None:
    out = tmp_path / "讲话稿.docx"
    first = _run("draft", str(EXAMPLE), "-o", str(out), "--seed", "1")
    assert first.returncode == 0, first.stderr
    previous = out.read_bytes()
    # Kill a second draft (another seed, so a different file) at a spread of moments across its
    # life: before, during and after writing. Whatever the moment, the file on disk is either
    # the previous draft, whole, or the new one, whole.
    outcomes = set()
    # (From 0.25 s on: a signal while the interpreter itself is still starting is Python's, not
    # ours, to report.)
    for delay in (0.25, 0.45, 0.8, 1.2):
        proc = subprocess.Popen(
            [*DRAFTER, "draft", str(EXAMPLE), "-o", str(out), "--seed", "2", "--force"],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=_signals_as_a_terminal_would if os.name == "posix" else None,
        )
        time.sleep(delay)
        proc.send_signal(sig)
        _, stderr = proc.communicate(timeout=60)
        assert b"Traceback" not in stderr
        assert _is_complete_docx(out)
        outcomes.add("old" if out.read_bytes() == previous else "new")
        if out.read_bytes() != previous:
            out.write_bytes(previous)
        if sig != signal.SIGKILL:
            # A catchable signal also cleans up after itself.
            assert _leftover_temp_files(tmp_path, {out.name}) == []
    assert "old" in outcomes  # the kills did land before the write at least once


def test_killing_mine_mid_write_keeps_the_previous_bank(tmp_path: Path) -> None:
    from drafter.phrasebank import load_bank

    bank = tmp_path / "bank"
    # A few speeches make a whole bank as well as the whole corpus does, in a fraction of the time.
    few = tmp_path / "few"
    few.mkdir()
    for path in sorted((REPO / "corpus").glob("*.txt"))[1:4]:
        (few / path.name).write_bytes(path.read_bytes())
    first = _run("mine", str(few), "-o", str(bank))
    assert first.returncode == 0, first.stderr
    before = {p.name: p.read_bytes() for p in sorted(bank.iterdir())}
    outcomes = set()
    # (a one-file mine takes ~0.9 s warm: the kills fall before, while and after it writes)
    for delay in (0.1, 0.25, 0.4, 0.6, 0.9, 1.4):
        proc = subprocess.Popen(
            [
                *DRAFTER,
                "mine",
                str(REPO / "corpus" / "000_462f1ba52c14a0da.txt"),
                "-o",
                str(bank),
                "--force",
            ],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        after = {p.name: p.read_bytes() for p in sorted(bank.iterdir())}
        if after == before:
            outcomes.add("old")
        else:
            # The new bank landed whole: it loads, and it is the one-file bank.
            assert load_bank(bank).sources == ("000_462f1ba52c14a0da.txt",)
            outcomes.add("new")
            for name in list(after):
                (bank / name).unlink()
            for name, data in before.items():
                (bank / name).write_bytes(data)
    assert "old" in outcomes


def test_two_drafts_racing_for_one_file_leave_one_whole_file(tmp_path: Path) -> None:
    out = tmp_path / "讲话稿.docx"
    expected = {}
    for seed in ("1", "2"):
        single = tmp_path / f"seed{seed}.docx"
        assert _run("draft", str(EXAMPLE), "-o", str(single), "--seed", seed).returncode == 0
        expected[seed] = single.read_bytes()
    for _ in range(3):
        procs = [
            subprocess.Popen(
                [*DRAFTER, "draft", str(EXAMPLE), "-o", str(out), "--seed", seed, "--force"],
                cwd=REPO,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            for seed in ("1", "2")
        ]
        for proc in procs:
            _, stderr = proc.communicate(timeout=120)
            assert proc.returncode == 0, stderr.decode("utf-8", "replace")
        assert out.read_bytes() in expected.values()
        assert _leftover_temp_files(tmp_path, {out.name, "seed1.docx", "seed2.docx"}) == []


def test_a_thousand_file_archive_with_bad_files_mines_and_reports_them(tmp_path: Path) -> None:
    from drafter.corpus import read_speech

    paragraphs: list[str] = []
    for path in sorted((REPO / "corpus").glob("*.txt")):
        paragraphs.extend(read_speech(path).paragraphs)
    rng = random.Random(5)
    archive = tmp_path / "archive"
    archive.mkdir()
    bad: set[str] = set()
    for index in range(1000):
        name = f"{index:04d}"
        if index % 20 == 7:  # 5% unreadable, of several kinds
            kind = index % 3
            if kind == 0:
                path = archive / f"{name}.txt"
                path.write_bytes(os.urandom(2048) + b"\x00" * 64)
            elif kind == 1:
                path = archive / f"{name}.docx"
                path.write_bytes(b"this is not a zip file")
            else:
                path = archive / f"{name}.txt"
                path.write_bytes(b"   \n\n  ")
            bad.add(path.name)
            continue
        # one paragraph a file: a thousand files to read and report on, not a megabyte to mine
        body = rng.choice(paragraphs)
        text = f"在全县工作会议上的讲话\n同志们：\n{body}\n"
        data = text.encode("gb18030" if index % 4 == 0 else "utf-8")
        (archive / f"{name}.txt").write_bytes(data)
    result = _run("mine", str(archive), "-o", str(tmp_path / "bank"))
    assert result.returncode == 0, result.stderr[-2000:]
    reported = result.stdout + result.stderr
    missing = sorted(name for name in bad if name not in reported)
    assert missing == [], f"bad files not reported: {missing[:5]}"
    assert (tmp_path / "bank").is_dir()
