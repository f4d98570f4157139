"""drafter benchmarks: figures, not pass/fail tests.

    python benchmarks/run.py [--quick] [--out benchmarks/RESULTS.md]

Every figure is measured in this run next to a baseline measured in the same run (a bare Python
start-up for whole-process timings, one plain ``jieba.lcut`` pass for mining), so results from
different machines compare as ratios. Whole processes are timed with their peak resident memory
taken from ``os.wait4`` (the child's own rusage). Inputs are generated deterministically from the
shipped ``corpus/`` and ``examples/``.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
EXAMPLES = REPO / "examples"


@dataclass(frozen=True)
class ProcessFigure:
    name: str
    median_s: float
    peak_mb: float
    runs: int
    cpu_s: float = 0.0  # median user+sys: the steadier figure on a busy machine


# Where the timed processes keep their bytecode and drafter's parsed-bank cache (set by main to
# the run's temporary folder). An installed drafter has .pyc files (pip compiles them at install)
# and caches the shipped bank after its first run; the warm-up run of each command writes both
# here, even where PYTHONDONTWRITEBYTECODE is set for development. ``cold`` runs get neither.
STATE: dict[str, Path] = {}


def _process_env(cold: bool) -> dict[str, str]:
    # The source tree first on the path, so the figures are for this checkout even when an
    # older drafter is installed.
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    )
    if cold:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["DRAFTER_CACHE_DIR"] = ""
        env.pop("PYTHONPYCACHEPREFIX", None)
    elif STATE:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(STATE["work"] / "pycache")
        env["DRAFTER_CACHE_DIR"] = str(STATE["work"] / "drafter-cache")
    return env


def run_process(argv: Sequence[str], cwd: Path, *, cold: bool = False) -> tuple[float, float]:
    """Wall time (s) and peak RSS (MB) of one whole process."""
    wall, peak, _ = _run_process(argv, cwd, cold=cold)
    return wall, peak


# Linux carries a fork parent's resident memory into the child's ru_maxrss, so children are
# started by this launcher, itself started before the benchmark imports anything heavy: the peak
# RSS of each measured process is then its own (floor: a bare interpreter, the baseline row).
_LAUNCHER_CODE = """
import json, os, subprocess, sys, time
for line in sys.stdin:
    job = json.loads(line)
    start = time.perf_counter()
    proc = subprocess.Popen(job["argv"], cwd=job["cwd"], env=job["env"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    print(json.dumps({"wall": wall, "rss": usage.ru_maxrss, "cpu": usage.ru_utime + usage.ru_stime,
                      "rc": os.waitstatus_to_exitcode(status),
                      "stderr": err.decode("utf-8", "replace")[-500:]}), flush=True)
"""
_launcher: subprocess.Popen[str] | None = None


def _start_launcher() -> subprocess.Popen[str]:
    global _launcher
    if _launcher is None:
        _launcher = subprocess.Popen(
            [sys.executable, "-c", _LAUNCHER_CODE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
    return _launcher


def _run_process(argv: Sequence[str], cwd: Path, *, cold: bool) -> tuple[float, float, float]:
    """Wall time (s), peak RSS (MB) and CPU time (s) of one whole process."""
    launcher = _start_launcher()
    assert launcher.stdin is not None and launcher.stdout is not None
    job = {"argv": list(argv), "cwd": str(cwd), "env": _process_env(cold)}
    launcher.stdin.write(json.dumps(job) + "\n")
    launcher.stdin.flush()
    result = json.loads(launcher.stdout.readline())
    if result["rc"] not in (0, 1):  # lint exits 1 when it finds errors
        raise RuntimeError(f"{' '.join(argv)} exited {result['rc']}: {result['stderr']}")
    return result["wall"], result["rss"] / 1024, result["cpu"]


def time_process(
    name: str, argv: Sequence[str], cwd: Path, runs: int, *, cold: bool = False
) -> ProcessFigure:
    _run_process(argv, cwd, cold=cold)  # warm the page cache, .pyc files and the bank cache
    samples = [_run_process(argv, cwd, cold=cold) for _ in range(runs)]
    return ProcessFigure(
        name,
        statistics.median(s[0] for s in samples),
        max(s[1] for s in samples),
        runs,
        statistics.median(s[2] for s in samples),
    )


sys.path.insert(0, str(REPO))


def corpus_paragraphs() -> list[str]:
    from drafter.corpus import read_speech

    paragraphs: list[str] = []
    for path in sorted(CORPUS.glob("*")):
        paragraphs.extend(read_speech(path).paragraphs)
    return paragraphs


def make_speech(paragraphs: Sequence[str], chars: int, seed: int) -> str:
    """A speech of about ``chars`` characters: paragraphs of the corpus in a seeded order."""
    rng = random.Random(seed)
    out: list[str] = ["在全县经济工作会议上的讲话", "同志们："]
    total = 0
    while total < chars:
        paragraph = rng.choice(paragraphs)
        out.append(paragraph)
        total += len(paragraph)
    return "\n".join(out) + "\n"


def make_corpus(folder: Path, megabytes: float, seed: int = 7) -> list[Path]:
    """~``megabytes`` MB of UTF-8 speeches of ~40 KB each, deterministic for a seed."""
    paragraphs = corpus_paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    written = 0
    index = 0
    while written < megabytes * 1_000_000:
        text = make_speech(paragraphs, 13_000, seed * 100_003 + index)
        path = folder / f"speech_{index:05d}.txt"
        path.write_text(text, encoding="utf-8")
        written += len(text.encode("utf-8"))
        files.append(path)
        index += 1
    return files


def measure(fn: Callable[[], object], runs: int = 3) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def bench_processes(work: Path, runs: int) -> list[ProcessFigure]:
    drafter = [sys.executable, "-m", "drafter"]
    speech = work / "speech-50k.txt"
    speech.write_text(make_speech(corpus_paragraphs(), 50_000, 1), encoding="utf-8")
    example = EXAMPLES / "work_meeting.yaml"
    figures = [
        time_process("python -c pass (baseline)", [sys.executable, "-c", "pass"], work, runs),
        time_process("drafter --help", [*drafter, "--help"], work, runs),
        time_process("drafter outline (50k chars)", [*drafter, "outline", str(speech)], work, runs),
        time_process("drafter check", [*drafter, "check", str(example)], work, runs),
        time_process(
            "drafter draft (txt)",
            [*drafter, "draft", str(example), "-o", str(work / "d.txt"), "--force"],
            work,
            runs,
        ),
        time_process(
            "drafter draft (docx)",
            [*drafter, "draft", str(example), "-o", str(work / "d.docx"), "--force"],
            work,
            runs,
        ),
        time_process("drafter lint (50k chars)", [*drafter, "lint", str(speech)], work, runs),
        time_process(
            "drafter draft (docx), cold: no .pyc, no bank cache",
            [*drafter, "draft", str(example), "-o", str(work / "d.docx"), "--force"],
            work,
            runs,
            cold=True,
        ),
    ]
    return figures


def bench_mining(work: Path, sizes: Sequence[float]) -> list[tuple[float, float, float, float]]:
    """Per size: (MB, mining s, one jieba.lcut pass s, peak MB of the mining process)."""
    rows = []
    for size in sizes:
        folder = work / f"corpus-{size:g}MB"
        files = make_corpus(folder, size)
        text = "\n".join(p.read_text(encoding="utf-8") for p in files)
        megabytes = len(text.encode("utf-8")) / 1_000_000
        lcut = _jieba_pass_seconds(folder)
        out = work / f"bank-{size:g}MB"
        wall, peak = run_process(
            [sys.executable, "-m", "drafter", "mine", str(folder), "-o", str(out), "--force"],
            work,
        )
        rows.append((megabytes, wall, lcut, peak))
    return rows


def _jieba_pass_seconds(folder: Path) -> float:
    """One plain jieba.lcut pass over the folder, as a whole process (dictionary load included,
    like mining's)."""
    code = (
        "import sys, pathlib, jieba, logging\n"
        "jieba.setLogLevel(logging.ERROR)\n"
        "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.txt')):\n"
        "    jieba.lcut(p.read_text(encoding='utf-8'))\n"
    )
    wall, _ = run_process([sys.executable, "-c", code, str(folder)], REPO)
    return wall


def bench_draft_scaling(work: Path, lengths: Sequence[int]) -> list[tuple[int, int, float]]:
    """Per target length: (target, characters produced, seconds in-process)."""
    import yaml

    from drafter.pipeline import draft_speech as draft_document

    base = yaml.safe_load((EXAMPLES / "work_meeting.yaml").read_text(encoding="utf-8"))
    rows = []
    for length in lengths:
        data = dict(base, length=length)
        path = work / f"targets-{length}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        draft_document(path)  # warm
        seconds = measure(functools.partial(draft_document, path))
        chars = len(draft_document(path).document.text)
        rows.append((length, chars, seconds))
    return rows


def bench_draft_throughput(seconds: float = 3.0) -> float:
    from drafter.pipeline import draft_speech as draft_document

    path = EXAMPLES / "work_meeting.yaml"
    draft_document(path)
    count = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        draft_document(path)
        count += 1
    return count / (time.perf_counter() - start)


def versions() -> str:
    from importlib.metadata import version

    names = ["drafter", "jieba", "python-docx", "jinja2", "typer", "pydantic", "pyyaml", "opencc"]
    found = []
    for name in names:
        try:
            found.append(f"{name} {version(name)}")
        except Exception:  # a package not installed is simply not listed
            continue
    return ", ".join(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs, smaller corpora")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "RESULTS.md")
    args = parser.parse_args()
    _start_launcher()
    runs = 3 if args.quick else 7
    sizes = [1, 2] if args.quick else [1, 2, 5, 10]
    lengths = [2000, 5000] if args.quick else [2000, 5000, 10000, 20000]

    lines = [
        "# drafter benchmark results",
        "",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
        f"- Python {platform.python_version()}; {versions()}",
        f"- command: `python benchmarks/run.py{' --quick' if args.quick else ''}`",
        "",
    ]
    with tempfile.TemporaryDirectory(prefix="drafter-bench-") as tmp:
        work = Path(tmp)
        STATE["work"] = work
        figures = bench_processes(work, runs)
        baseline = figures[0].median_s
        lines += [
            "## Whole processes",
            "",
            f"Median of {runs} runs after one warm-up; ratio = time / bare Python start-up.",
            "The warm-up writes .pyc files and the parsed-bank cache into the run's temporary",
            "folder, as the first run of an installed drafter does; the cold row has neither.",
            "CPU = user + sys of the process (steadier than wall time on a busy machine).",
            "",
            "| command | median wall (s) | median CPU (s) | × baseline | peak RSS (MB) |",
            "|---|---:|---:|---:|---:|",
        ]
        lines += [
            f"| {f.name} | {f.median_s:.3f} | {f.cpu_s:.3f} | {f.median_s / baseline:.1f} "
            f"| {f.peak_mb:.0f} |"
            for f in figures
        ]
        mining = bench_mining(work, sizes)
        lines += [
            "",
            "## Mining throughput and growth",
            "",
            "Whole `drafter mine` process vs one plain `jieba.lcut` pass (also a whole process,",
            "dictionary load included) over the same generated corpus, in the same run.",
            "",
            "| corpus (MB) | mine (s) | MB/s | jieba.lcut pass (s) | ratio | peak RSS (MB) |",
            "|---:|---:|---:|---:|---:|---:|",
        ]
        lines += [
            f"| {mb:.1f} | {wall:.2f} | {mb / wall:.2f} | {lcut:.2f} | {wall / lcut:.2f} "
            f"| {peak:.0f} |"
            for mb, wall, lcut, peak in mining
        ]
        scaling = bench_draft_scaling(work, lengths)
        lines += [
            "",
            "## Drafting cost by length (in one process, .docx not written)",
            "",
            "| target length | characters drafted | seconds | µs per character |",
            "|---:|---:|---:|---:|",
        ]
        lines += [
            f"| {length} | {chars} | {secs:.3f} | {secs / max(chars, 1) * 1e6:.1f} |"
            for length, chars, secs in scaling
        ]
        rate = bench_draft_throughput(2.0 if args.quick else 5.0)
        lines += ["", f"Batch drafting in one process: {rate:.1f} drafts per second.", ""]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
