"""Writers benchmark: how long a ~5,000-character draft takes to become a .docx (figures only).

    python benchmarks/bench_writers.py [--chars 5000] [--runs 20]

Prints, for a deterministic speech of about ``--chars`` characters built from the document model
(every sentence with its own provenance, so --comments writes one comment per sentence): the
first build in a fresh process (python-docx import and template load included), with and without
comments, and the median of warm builds in one process; then the .md/.txt renders. Wall-clock
and CPU seconds are both shown: on a busy machine the CPU figure is the steadier one. The bar
from issue 6 is ≤ 0.3 s for the first build.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from drafter.document import (  # noqa: E402
    Block,
    Document,
    DocumentMeta,
    Provenance,
    Role,
    Run,
)

SENTENCES = (
    "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神。",
    "全年实施重点项目56个，完成投资37.6亿元，同比增长6.8%。",
    "一要深化放管服改革，二要强化政务服务，三要优化法治环境。",
    "着力推动高质量发展，统筹发展和安全，扎实推进乡村全面振兴，持续保障和改善民生。",
)
NUMERALS = "一二三四五六七八九十"


def make_document(chars: int) -> Document:
    blocks = [
        Block.plain(Role.TITLE, "在全县经济工作会议上的讲话"),
        Block.plain(Role.SPEAKER, "县长　王某某"),
        Block.plain(Role.DATE, "（2025年2月10日）"),
        Block.plain(Role.SALUTATION, "同志们："),
    ]
    total, section, entry = 0, 0, 0
    while total < chars:
        blocks.append(
            Block.plain(Role.HEADING_1, f"{NUMERALS[section % 10]}、聚焦重点任务，推动工作落实")
        )
        for sub in range(3):
            blocks.append(Block.plain(Role.HEADING_2, f"（{NUMERALS[sub]}）全力以赴抓项目"))
            for _ in range(2):
                runs = [
                    Run("补齐生态短板。", bold=True, provenance=Provenance(entry=f"lead-{entry}"))
                ]
                for index, sentence in enumerate(SENTENCES):
                    entry += 1
                    runs.append(
                        Run(
                            sentence,
                            provenance=Provenance(
                                entry=f"body-{entry}", source="讲话甲.txt", paragraph=index + 1
                            ),
                        )
                    )
                block = Block(Role.BODY, tuple(runs))
                blocks.append(block)
                total += len(block.text)
        section += 1
    meta = DocumentMeta(title="在全县经济工作会议上的讲话", author="县长", seed=1, year=2025)
    return Document(tuple(blocks), meta)


def cold_build(chars: int, *, comments: bool) -> tuple[float, float]:
    """Median (wall, CPU) seconds of importing the writers and building once, in new processes."""
    code = (
        "import time, sys\n"
        f"sys.path.insert(0, {str(REPO)!r}); sys.path.insert(0, {str(REPO / 'benchmarks')!r})\n"
        "from bench_writers import make_document\n"
        f"doc = make_document({chars})\n"
        "t0, c0 = time.perf_counter(), time.process_time()\n"
        "from drafter.writers import build_docx\n"
        f"build_docx(doc, comments={comments})\n"
        "print(time.perf_counter() - t0, time.process_time() - c0)\n"
    )
    walls, cpus = [], []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        wall, cpu = out.stdout.split()
        walls.append(float(wall))
        cpus.append(float(cpu))
    return statistics.median(walls), statistics.median(cpus)


def warm(fn: object, runs: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        fn()  # type: ignore[operator]
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    from drafter.writers import build_docx, render_text

    doc = make_document(args.chars)
    chars = len(doc.text)
    notes = sum(
        1
        for block in doc.blocks
        for index, run in enumerate(block.runs)
        if run.provenance is not None
        and (index + 1 == len(block.runs) or block.runs[index + 1].provenance != run.provenance)
    )
    build_docx(doc)
    figures = {
        "first .docx build in a fresh process (imports included)": cold_build(
            args.chars, comments=False
        ),
        "first .docx build with --comments, fresh process": cold_build(args.chars, comments=True),
        "warm .docx build": warm(lambda: build_docx(doc), args.runs),
        "warm .docx build with comments": warm(lambda: build_docx(doc, comments=True), args.runs),
        "warm .md render": warm(lambda: render_text(doc, "md"), args.runs),
        "warm .txt render": warm(lambda: render_text(doc, "txt"), args.runs),
    }
    print(f"document: {chars} characters, {len(doc.blocks)} paragraphs, {notes} comments")
    print(f"{'':<58} {'wall':>8} {'CPU':>8}")
    for name, (wall, cpu) in figures.items():
        print(f"{name:<58} {wall:>7.4f}s {cpu:>7.4f}s")


if __name__ == "__main__":
    main()
