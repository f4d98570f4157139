"""drafter benchmarks: every command as a ratio to its floor, measured in the same run.

    python benchmarks/run.py [--quick] [--rounds 7] [--mining-sizes 5,20] [--mining-only] [--out F]

Figures, not pass/fail tests. Whole processes of the installed ``drafter`` command are timed
against two floors measured in the same run, interleaved round by round (floor, then each
command, then the floor again in the next round), so a busy machine slows both alike:

* the import floor: this Python running ``import jinja2, docx, yaml`` (what any drafting tool
  built on these libraries pays before doing anything);
* the mining floor: one whole-process ``jieba.lcut`` pass (HMM off) over the same files, its
  dictionary load included.

A ratio is the median of the command's times over the median of its floor's. The limits are
issue 14's. Peak RSS of each process comes from ``os.wait4`` (its own rusage). Mining runs on two
processes: besides its total CPU, its main process's own CPU is shown (the total less what its
children used, written by an exit handler of a small wrapper around ``drafter.main``), which is
the critical path: the wall time an idle two-core machine would take, less the waits at the
barriers. On a busy machine it is the better estimate of that than the wall time. "Warm" runs find
.pyc files and the bank's index in place (as every run after an installed drafter's first one
does); "cold" runs have neither: no bytecode written, an empty cache folder, so the bank's
YAML is parsed and its index written. ``--quick`` runs 3 rounds and mines only the ~1.2 MB of
county reports, once. Inputs come from the shipped ``corpus/`` and ``examples/``; the draft is
for a county the corpus does not hold.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
EXAMPLES = REPO / "examples"

IMPORT_FLOOR = "import jinja2, docx, yaml"
JIEBA_FLOOR = (
    "import sys, pathlib, logging, jieba\n"
    "jieba.setLogLevel(logging.ERROR)\n"
    "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.txt')):\n"
    "    jieba.lcut(p.read_text(encoding='utf-8'), HMM=False)\n"
)
UNSEEN_COUNTY = "云岭县"  # in no file of the corpus
# ``drafter.main`` with an exit handler that reports the CPU time of the processes it reaped
# (mining's workers), so that the main process's own share can be told from the total
MAIN_CPU_WRAPPER = (
    "import atexit, os, sys\n"
    "def _children():\n"
    "    t = os.times()\n"
    "    sys.stderr.write(f'\\nBENCH-CHILDREN-CPU {t.children_user + t.children_system:.4f}\\n')\n"
    "atexit.register(_children)\n"
    "import drafter\n"
    "drafter.main()\n"
)


@dataclass(frozen=True)
class Job:
    name: str
    argv: tuple[str, ...]
    floor: str  # the name of the job this one is divided by ("" for a floor)
    limit: float | None = None  # issue 14's limit on the ratio
    cold: bool = False


@dataclass
class Samples:
    wall: list[float]
    cpu: list[float]
    rss_mb: list[float]
    own_cpu: list[float]  # the main process's own (the total less its reaped children's)

    @property
    def median(self) -> float:
        return statistics.median(self.wall)


# --------------------------------------------------------------------------- running processes

# Linux carries a fork parent's resident memory into the child's ru_maxrss, so children are
# started by this launcher, itself started before the benchmark imports anything heavy: the peak
# RSS of each measured process is then its own.
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
                      "stderr": err.decode("utf-8", "replace")[-800:]}), flush=True)
"""


class Launcher:
    def __init__(self, work: Path, source: Path | None = None) -> None:
        self.work = work
        self.source = source
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _LAUNCHER_CODE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def env(self, cold: bool) -> dict[str, str]:
        env = dict(os.environ)
        env.pop("PYTHONPATH", None)  # the installed command, as a writer runs it
        if self.source is not None:  # another checkout (--source): python -m drafter from it
            env["PYTHONPATH"] = str(self.source)
        if cold:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
            env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.mkdtemp(dir=self.work)))
            env["DRAFTER_CACHE_DIR"] = str(Path(tempfile.mkdtemp(dir=self.work)))
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(self.work / "pycache")
            env["DRAFTER_CACHE_DIR"] = str(self.work / "drafter-cache")
        return env

    def run(self, job: Job) -> tuple[float, float, float, float]:
        """Wall time (s), CPU time (s), peak RSS (MB) of one whole process, and its own CPU time
        without its children's when it reports theirs (``MAIN_CPU_WRAPPER``)."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        request = {"argv": list(job.argv), "cwd": str(self.work), "env": self.env(job.cold)}
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        result = json.loads(self.proc.stdout.readline())
        if result["rc"] not in (0, 1):  # lint exits 1 when it finds errors
            raise RuntimeError(f"{job.name} exited {result['rc']}: {result['stderr']}")
        own = result["cpu"]
        for line in result["stderr"].splitlines():
            if line.startswith("BENCH-CHILDREN-CPU "):
                own = result["cpu"] - float(line.split()[1])
        return result["wall"], result["cpu"], result["rss"] / 1024, own

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait()


def interleave(launcher: Launcher, jobs: Sequence[Job], rounds: int) -> dict[str, Samples]:
    """One warm-up of each job, then ``rounds`` rounds of every job in turn."""
    for job in jobs:
        launcher.run(job)
    samples = {job.name: Samples([], [], [], []) for job in jobs}
    for _ in range(rounds):
        for job in jobs:
            wall, cpu, rss, own = launcher.run(job)
            samples[job.name].wall.append(wall)
            samples[job.name].cpu.append(cpu)
            samples[job.name].rss_mb.append(rss)
            samples[job.name].own_cpu.append(own)
    return samples


# --------------------------------------------------------------------------- inputs


def drafter_command(source: Path | None = None) -> list[str]:
    """The installed console script beside this Python, else ``python -m drafter``."""
    script = Path(sys.executable).with_name("drafter")
    if source is not None:
        return [sys.executable, "-m", "drafter"]
    return [str(script)] if script.is_file() else [sys.executable, "-m", "drafter"]


def corpus_paragraphs() -> list[str]:
    paragraphs: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        paragraphs.extend(line.strip() for line in lines if len(line.strip()) > 40)
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


def county_reports(folder: Path, megabytes: float) -> Path:
    """The corpus's county reports (name-year.txt), in name order, up to ``megabytes`` MB.

    Beyond what the corpus holds (~1.6 MB), made-up reports of the same size as the real ones:
    each takes its paragraphs, in a seeded random order, from all the reports. Copies of the real
    files would not do: mining skips a file whose text it has already read (and two files that
    share most of their sentences, as versions of one speech), so it would generalise only the
    first ~1.6 MB however much is asked. Made-up reports share some paragraphs with each other
    (and so some of jieba's work, which mining caches), the real ones do not."""
    folder.mkdir(parents=True, exist_ok=True)
    reports = sorted(p for p in CORPUS.glob("*-*.txt"))
    written = 0
    for path in reports:
        if written >= megabytes * 1_000_000:
            return folder
        data = path.read_bytes()
        (folder / path.name).write_bytes(data)
        written += len(data)
    paragraphs = [
        line for path in reports for line in path.read_text(encoding="utf-8").split("\n") if line
    ]
    chooser = random.Random(2026)
    number = 0
    while written < megabytes * 1_000_000:
        size = len(reports[number % len(reports)].read_bytes())
        text: list[str] = []
        length = 0
        while length < size:
            paragraph = chooser.choice(paragraphs)
            text.append(paragraph)
            length += len(paragraph.encode("utf-8")) + 1
        data = "\n".join(text).encode("utf-8")
        (folder / f"mixed-{number:04d}.txt").write_bytes(data)
        written += len(data)
        number += 1
    return folder


def unseen_targets(work: Path) -> Path:
    text = (EXAMPLES / "work_meeting.yaml").read_text(encoding="utf-8")
    path = work / "unseen.yaml"
    path.write_text(text.replace("青禾县", UNSEEN_COUNTY), encoding="utf-8")
    return path


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.glob("*.txt")) / 1_000_000


# --------------------------------------------------------------------------- the bar


def bar_jobs(work: Path, drafter: list[str]) -> list[Job]:
    py = sys.executable
    speech = work / "speech-50k.txt"
    speech.write_text(make_speech(corpus_paragraphs(), 50_000, 1), encoding="utf-8")
    targets = unseen_targets(work)
    draft_txt = work / "draft.txt"
    made = subprocess.run(
        [*drafter, "draft", str(targets), "-o", str(draft_txt), "--force"],
        capture_output=True,
        text=True,
        cwd=work,
    )
    if made.returncode != 0:
        raise SystemExit(f"drafting the draft to lint failed:\n{made.stderr}")
    docx = work / "draft.docx"
    return [
        Job("import floor: `import jinja2, docx, yaml`", (py, "-c", IMPORT_FLOOR), ""),
        Job("python -c pass", (py, "-c", "pass"), "import"),
        Job("drafter --help", (*drafter, "--help"), "import", 0.5),
        Job("outline of 50,000 characters", (*drafter, "outline", str(speech)), "import", 1.2),
        Job("lint of a draft", (*drafter, "lint", str(draft_txt)), "import", 1.2),
        Job("check of a targets file", (*drafter, "check", str(targets)), "import"),
        Job(
            f"draft to .docx ({UNSEEN_COUNTY})",
            (*drafter, "draft", str(targets), "-o", str(docx), "--force"),
            "import",
            2.5,
        ),
    ]


def cold_jobs(work: Path, drafter: list[str]) -> list[Job]:
    py = sys.executable
    targets = work / "unseen.yaml"
    return [
        Job("import floor, cold", (py, "-c", IMPORT_FLOOR), "", cold=True),
        Job("drafter --help, cold", (*drafter, "--help"), "import", cold=True),
        Job(
            "draft to .docx, cold: no .pyc, no bank index",
            (*drafter, "draft", str(targets), "-o", str(work / "cold.docx"), "--force"),
            "import",
            cold=True,
        ),
    ]


def mining_jobs(work: Path, drafter: list[str], megabytes: float) -> list[Job]:
    folder = county_reports(work / f"reports-{megabytes:g}MB", megabytes)
    out = work / f"bank-{megabytes:g}MB"
    jobs = [
        Job(
            f"jieba floor ({megabytes:g} MB)",
            (sys.executable, "-c", JIEBA_FLOOR, str(folder)),
            "",
        ),
        Job(
            f"mine {folder_mb(folder):.1f} MB",
            # ``drafter.main`` as the console script runs it, in a wrapper that reports the
            # CPU time of mining's worker processes (``MAIN_CPU_WRAPPER``)
            (
                sys.executable,
                "-c",
                MAIN_CPU_WRAPPER,
                "mine",
                str(folder),
                "-o",
                str(out),
                "--force",
            ),
            "jieba",
            1.3 if megabytes < 2 else None,
        ),
    ]
    return jobs


STAGE_PROBE = """
import json, sys, time
clock = time.process_time
spent = {}
mark = [clock()]
def lap(name):
    now = clock()
    spent[name] = spent.get(name, 0.0) + now - mark[0]
    mark[0] = now
import gc
gc.set_threshold(50_000, 20, 20)  # as the console entry point (drafter.main) sets it
from drafter.patterncache import install_pattern_cache
install_pattern_cache()
from drafter.verdicts import install_verdicts, save_verdicts
install_verdicts()  # as the console entry point does
import drafter.cli
gc.freeze()
gc.disable()  # as the entry point does for a draft
lap("import the CLI (after Python started)")
import drafter.phrasebank.cache as cache
bank_cost = {"ms": 0.0}
def timed(fn):
    def wrapper(*args, **kwargs):
        start = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            bank_cost["ms"] += (clock() - start) * 1000
    return wrapper
import drafter.phrasebank.store as store
store.read_cached = timed(cache.read_cached)
index_class = getattr(cache, "BankIndex", None) or cache._Index  # (older trees: _Index)
# (lead_ends: where the leads ended in their sources, a block of the index from format 10 on)
names = ("of_kind", "of_kind_on", "all", "entry", "of_kind_where", "of_kind_naming", "lead_ends")
for name in names:
    if hasattr(index_class, name):
        setattr(index_class, name, timed(getattr(index_class, name)))
from pathlib import Path
import drafter.pipeline as pipeline
from drafter.writers import resolve_style, write_document
lap("import the pipeline (targets, compose, render, lint)")
targets, bank, raw = pipeline.load_inputs(Path(sys.argv[1]), None)
lap("load the targets file")
template = pipeline.template_for(targets.kind, None)
draft, document = pipeline.compose_and_render(targets, bank, template)
lap("compose and render")
pipeline.self_check(document, targets, bank)
lap("self-check (lint)")
write_document(document, Path(sys.argv[2]), style=resolve_style(None, None), force=True)
lap("write the .docx (from the style's skeleton package)")
save_verdicts()
print(json.dumps({"stages": spent, "bank": bank_cost["ms"]}))
"""


def draft_stages(launcher: Launcher, targets: Path, rounds: int) -> tuple[list[Row], float]:
    """Median CPU ms of each stage of a draft in one warm process, and of the bank's part
    (opening its index and fetching entries, inside the stages that ask for them)."""
    env = launcher.env(cold=False)
    runs: list[dict[str, float]] = []
    bank: list[float] = []
    for _ in range(rounds):
        result = subprocess.run(
            [sys.executable, "-c", STAGE_PROBE, str(targets), str(launcher.work / "stages.docx")],
            env=env,
            cwd=launcher.work,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise SystemExit(f"stage probe failed:\n{result.stderr}")
        data = json.loads(result.stdout.strip().splitlines()[-1])
        runs.append(data["stages"])
        bank.append(data["bank"])
    stages = [(name, statistics.median(run[name] for run in runs) * 1000) for name in runs[0]]
    return stages, statistics.median(bank)


Row = tuple[str, float]


# --------------------------------------------------------------------------- report


def table(
    jobs: Sequence[Job],
    samples: dict[str, Samples],
    floors: dict[str, str],
    *,
    own: bool = False,
) -> list[str]:
    """One row per job; ``own``: with the main process's own CPU time and its ratio to the
    floor's CPU (the critical path of a command on several processes)."""
    lines = [
        "| command | median wall (s) | median CPU (s) | floor | ratio (wall) | ratio (CPU) "
        "| limit | peak RSS (MB) |" + (" main process CPU (s) | its ratio |" if own else ""),
        "|---|---:|---:|---|---:|---:|---:|---:|" + ("---:|---:|" if own else ""),
    ]
    for job in jobs:
        got = samples[job.name]
        cpu = statistics.median(got.cpu)
        if job.floor:
            floor = samples[floors[job.floor]]
            ratio = got.median / floor.median
            cpu_ratio = cpu / statistics.median(floor.cpu)
            verdict = "" if job.limit is None else (" ✓" if ratio <= job.limit else " ✗")
            ratio_cell = f"{ratio:.2f}× | {cpu_ratio:.2f}×"
            limit_cell = f"{job.limit}×{verdict}" if job.limit is not None else ""
            floor_cell = job.floor
        else:
            ratio_cell, limit_cell, floor_cell = "1.00× | 1.00×", "", "(floor)"
        row = (
            f"| {job.name} | {got.median:.3f} | {cpu:.3f} | {floor_cell} "
            f"| {ratio_cell} | {limit_cell} | {max(got.rss_mb):.0f} |"
        )
        if own:
            mine = statistics.median(got.own_cpu)
            base = statistics.median(samples[floors[job.floor]].cpu) if job.floor else mine
            row += f" {mine:.3f} | {mine / base:.2f}× |"
        lines.append(row)
    return lines


def versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    names = ["jinja2", "python-docx", "pyyaml", "pydantic", "jieba"]
    found = []
    for name in names:
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            continue
    return ", ".join(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="3 rounds, mining ~1.2 MB once")
    parser.add_argument("--rounds", type=int, help="rounds of the interleaved commands")
    parser.add_argument(
        "--mining-sizes", help="MB of county reports to mine besides ~1.2 (e.g. 5,20)", default=""
    )
    parser.add_argument("--no-mining", action="store_true", help="leave mining out")
    parser.add_argument("--mining-only", action="store_true", help="only the mining section")
    parser.add_argument("--out", type=Path, help="also write the results here (Markdown)")
    parser.add_argument(
        "--source",
        type=Path,
        help="time `python -m drafter` from this checkout instead (e.g. an older commit "
        "exported with git archive, or a worktree)",
    )
    args = parser.parse_args()
    rounds = args.rounds or (3 if args.quick else 7)
    mining_rounds = args.rounds or (1 if args.quick else 3)
    sizes = [float(s) for s in args.mining_sizes.split(",") if s.strip()]

    lines = [
        "# drafter benchmark results",
        "",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
        f"- Python {platform.python_version()}; {versions()}",
        f"- command: `python benchmarks/run.py {' '.join(sys.argv[1:])}`",
        f"- {rounds} interleaved rounds after one warm-up; medians; ratio = median of the "
        "command / median of its floor in the same run",
        "",
    ]
    work = Path(tempfile.mkdtemp(prefix="drafter-bench-"))
    launcher = Launcher(work, args.source)
    try:
        drafter = drafter_command(args.source)
        if args.mining_only:
            lines += mining_section(launcher, work, drafter, sizes, mining_rounds)
            return _finish(lines, args.out, launcher, work)
        jobs = bar_jobs(work, drafter)
        samples = interleave(launcher, jobs, rounds)
        floors = {"import": jobs[0].name}
        lines += ["## Commands against the import floor (warm)", ""]
        lines += table(jobs, samples, floors)
        print("\n".join(lines), flush=True)

        stages, bank_ms = draft_stages(launcher, work / "unseen.yaml", rounds)
        stage_lines = [
            "",
            f"## Where a draft's CPU time goes (one warm process, medians of {rounds})",
            "",
            "| stage | CPU (ms) |",
            "|---|---:|",
            *(f"| {name} | {ms:.0f} |" for name, ms in stages),
            "",
            f"Opening the bank's index and fetching what the draft asks for (inside the stages "
            f"above): {bank_ms:.1f} ms of CPU (limit 30 ms).",
        ]
        print("\n".join(stage_lines), flush=True)
        lines += stage_lines

        cold = cold_jobs(work, drafter)
        cold_samples = interleave(launcher, cold, max(3, rounds // 2))
        cold_lines = ["", "## Cold: no .pyc files, an empty cache folder", ""]
        cold_lines += table(cold, cold_samples, {"import": cold[0].name})
        print("\n".join(cold_lines), flush=True)
        lines += cold_lines

        if not args.no_mining:
            lines += mining_section(launcher, work, drafter, sizes, mining_rounds)
    finally:
        launcher.close()
        shutil.rmtree(work, ignore_errors=True)
    _finish(lines, args.out, launcher, work)


def mining_section(
    launcher: Launcher, work: Path, drafter: list[str], sizes: list[float], rounds: int
) -> list[str]:
    """Mining ~1.2 MB (and ``sizes`` MB) against one jieba pass over the same files."""
    lines = ["", "## Mining against one jieba pass over the same files", ""]
    for number, size in enumerate([1.2, *sizes]):
        pair = mining_jobs(work, drafter, size)
        rows = table(pair, interleave(launcher, pair, rounds), {"jieba": pair[0].name}, own=True)
        lines += rows if number == 0 else rows[2:]
    print("\n".join(lines), flush=True)
    return lines


def _finish(lines: list[str], out: Path | None, launcher: Launcher, work: Path) -> None:
    launcher.close()
    shutil.rmtree(work, ignore_errors=True)
    if out:
        out.write_text("\n".join([*lines, ""]), encoding="utf-8")


if __name__ == "__main__":
    main()
