"""Check that a speed change leaves every draft byte for byte as it was.

``record FOLDER`` runs the installed ``drafter draft`` over every targets file of
``examples/``, ``docs/reviews/targets/`` and ``docs/reviews/units-round89/targets/`` and one
unseen county (``examples/work_meeting.yaml`` with 青禾县 renamed 云岭县): seeds 1 and 7 to .docx
and to .txt, and for seed 1 ``--comments`` (.docx), ``--explain`` and ``--todo`` (.md). Each
run's outputs, stdout, stderr and exit code go into FOLDER with ``manifest.json``, the sha256 of
each. ``compare A B`` lists every case whose hashes differ between two manifests and exits 1 if
any does.

Runs are sequential and start in FOLDER with relative output names, so messages that name the
output file read the same whatever FOLDER is. Set ``DRAFTER_CACHE_DIR`` to choose the cache the
drafts use (empty folder: a cold run; the same folder again: a warm one).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_GLOBS = (
    "examples/*.yaml",
    "docs/reviews/targets/*.yaml",
    "docs/reviews/units-round89/targets/*.yaml",
)
UNSEEN = "unseen-yunling.yaml"

# (name, extension, extra options, seed): what each targets file is drafted with.
VARIANTS: tuple[tuple[str, str, tuple[str, ...], int], ...] = (
    ("s1", "docx", (), 1),
    ("s7", "docx", (), 7),
    ("s1", "txt", (), 1),
    ("s7", "txt", (), 7),
    ("s1-comments", "docx", ("--comments",), 1),
    ("s1-explain", "md", ("--explain",), 1),
    ("s1-todo", "md", ("--todo",), 1),
)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _targets(folder: Path) -> list[Path]:
    """The targets files, plus the unseen county written into ``folder``."""
    found = sorted(path for pattern in TARGET_GLOBS for path in ROOT.glob(pattern))
    unseen = folder / UNSEEN
    source = (ROOT / "examples" / "work_meeting.yaml").read_text(encoding="utf-8")
    unseen.write_text(source.replace("青禾县", "云岭县"), encoding="utf-8")
    return [*found, unseen]


def _drafter() -> str:
    beside = Path(sys.executable).parent / "drafter"
    return str(beside) if beside.exists() else (shutil.which("drafter") or "drafter")


def _run_case(
    folder: Path, targets: Path, variant: tuple[str, str, tuple[str, ...], int]
) -> dict[str, object]:
    """One draft: its output file's hash (if written), stdout, stderr and exit code."""
    name, ext, options, seed = variant
    out_name = f"{targets.stem}.{name}.{ext}"
    out = folder / out_name
    out.unlink(missing_ok=True)
    command = [_drafter(), "draft", str(targets), "-o", out_name, "--seed", str(seed), *options]
    done = subprocess.run(command, cwd=folder, capture_output=True, check=False)
    (folder / f"{out_name}.stdout").write_bytes(done.stdout)
    (folder / f"{out_name}.stderr").write_bytes(done.stderr)
    return {
        "output": _sha(out.read_bytes()) if out.exists() else None,
        "stdout": _sha(done.stdout),
        "stderr": _sha(done.stderr),
        "exit": done.returncode,
    }


def record(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict[str, object]] = {}
    for targets in _targets(folder):
        label = targets.relative_to(ROOT) if targets.is_relative_to(ROOT) else Path(targets.name)
        for variant in VARIANTS:
            key = f"{label} {variant[0]}.{variant[1]}"
            manifest[key] = _run_case(folder, targets, variant)
            print(key, manifest[key]["exit"], flush=True)
    text = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True)
    (folder / "manifest.json").write_text(text + "\n", encoding="utf-8")
    print(f"{len(manifest)} cases recorded in {folder / 'manifest.json'}")


def compare(first: Path, second: Path) -> int:
    """Print each case that differs; 0 when none does."""
    a = json.loads((first / "manifest.json").read_text(encoding="utf-8"))
    b = json.loads((second / "manifest.json").read_text(encoding="utf-8"))
    differ = 0
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            differ += 1
            print(f"DIFFERS: {key}: {a.get(key)} != {b.get(key)}")
    print(f"{len(set(a) | set(b))} cases, {differ} differ")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("record").add_argument("folder", type=Path)
    both = commands.add_parser("compare")
    both.add_argument("first", type=Path)
    both.add_argument("second", type=Path)
    args = parser.parse_args()
    if args.command == "record":
        record(args.folder.resolve())
        return 0
    return compare(args.first, args.second)


if __name__ == "__main__":
    sys.exit(main())
