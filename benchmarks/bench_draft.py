"""Draft benchmark: `drafter draft` end to end in a fresh process (figures only, not pass/fail).

    python benchmarks/bench_draft.py [--runs 5] [--example work_meeting]

Prints the wall and CPU time of `python -m drafter draft examples/<kind>.yaml -o X.docx` (default
bank, ~5,000 characters), median over ``--runs`` fresh processes, then the time of each stage in
one process (imports included in the first stage that needs them). The bar from issue 5 is
≤ 1.0 s wall for the whole command. CPU time is shown too: on a loaded machine wall time is noisy.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def fresh_process(example: Path, out: Path) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "drafter", "draft", str(example), "-o", str(out), "--force"],
        cwd=REPO,
        check=True,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def stages(example: Path) -> list[tuple[str, float]]:
    sys.path.insert(0, str(REPO))
    timings: list[tuple[str, float]] = []
    start = time.perf_counter()
    from drafter.phrasebank import load_bank
    from drafter.resources import default_bank_dir

    bank = load_bank(default_bank_dir())
    timings.append(("load bank", time.perf_counter() - start))
    start = time.perf_counter()
    from drafter.targets import load_targets

    targets = load_targets(example, topics=bank.topic_names())
    timings.append(("load targets", time.perf_counter() - start))
    start = time.perf_counter()
    from drafter.pipeline import compose_and_render, self_check, template_for

    _, document = compose_and_render(targets, bank, template_for(targets.kind, None))
    timings.append(("compose + render", time.perf_counter() - start))
    start = time.perf_counter()
    self_check(document, targets, bank)
    timings.append(("self-check (lint)", time.perf_counter() - start))
    start = time.perf_counter()
    from drafter.writers import build_docx

    build_docx(document)
    timings.append(("build .docx", time.perf_counter() - start))
    chars = sum(len("".join(p.split())) for p in document.paragraphs())
    timings.append((f"({chars} characters)", 0.0))
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--example", default="work_meeting")
    args = parser.parse_args()
    example = REPO / "examples" / f"{args.example}.yaml"
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "draft.docx"
        results = [fresh_process(example, out) for _ in range(args.runs)]
    walls = [wall for wall, _ in results]
    cpus = [cpu for _, cpu in results]
    print(f"drafter draft {example.name} → .docx, {args.runs} fresh processes")
    print(f"  wall: median {statistics.median(walls):.3f} s, min {min(walls):.3f} s")
    print(f"  cpu:  median {statistics.median(cpus):.3f} s, min {min(cpus):.3f} s")
    print("stages in one process:")
    for name, seconds in stages(example):
        print(f"  {name:<20} {seconds:.3f} s" if seconds else f"  {name}")


if __name__ == "__main__":
    main()
