"""A county's own archive mined with ``--county`` and its next report drafted (issue 12's bar).

    python benchmarks/own_archive.py ARCHIVE_DIR COUNTY TARGETS.yaml [--seeds 1 2] [--other 澄宁县]

Mines ``ARCHIVE_DIR`` as ``COUNTY``'s own archive into a temporary bank, drafts ``TARGETS.yaml``
with it for each seed and prints, read from the draft's provenance (what ``--comments`` writes):
the share of characters from the archive, from hand-written entries, from the targets file and
from the templates; numbered headings (levels 1–2) taken from the archive; the length against
the one asked. Then drafts the same targets for ``--other`` county with the same bank and prints
any of the archive's kept names (own.yaml) found in that draft (there should be none).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from composition import draft_shares  # noqa: E402


def main() -> None:
    from drafter.compose.length import within
    from drafter.mining.commands import run_mine
    from drafter.names.own import load_own
    from drafter.pipeline import draft_speech

    parser = argparse.ArgumentParser()
    parser.add_argument("archive", type=Path)
    parser.add_argument("county")
    parser.add_argument("targets", type=Path)
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--other", default="澄宁县")
    args = parser.parse_args()

    bank = Path(tempfile.mkdtemp()) / "bank"
    run_mine([args.archive], bank, county=args.county)
    own = load_own(bank)
    assert own is not None
    print(f"{args.county}：保留本县名称 {len(own.names)} 个")
    for seed in args.seeds:
        result = draft_speech(args.targets, bank_dir=bank, seed=seed)
        counts, headings = draft_shares(result.document, "本县材料")
        total = sum(counts.values()) or 1
        parts = "，".join(
            f"{k} {counts[k] / total:.1%}" for k in ("本县材料", "手工条目", "指标文件", "模板")
        )
        asked = result.targets.length
        fits = "在 ±15% 内" if within(result.characters, asked) else "超出 ±15%"
        print(
            f"  种子 {seed}：{parts}；一、二级标题取自本县材料 {headings[0]}/{headings[1]}；"
            f"{result.characters} 字（要求 {asked}，{fits}）"
        )
    text = args.targets.read_text(encoding="utf-8").replace(args.county, args.other)
    other = Path(tempfile.mkdtemp()) / "other.yaml"
    other.write_text(re.sub(re.escape(args.county[:-1]), args.other[:-1], text), encoding="utf-8")
    result = draft_speech(other, bank_dir=bank, seed=args.seeds[0])
    body = "\n".join(result.document.paragraphs())
    found = [name for name in (*own.name_list, *own.forms) if name in body]
    print(
        f"  为 {args.other} 起草：含本县名称 {len(found)} 个"
        + (f"（{'、'.join(found)}）" if found else "")
    )


if __name__ == "__main__":
    main()
