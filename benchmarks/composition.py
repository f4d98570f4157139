"""What drafts are made of, read from their provenance (the figures of the composition issue).

    python benchmarks/composition.py [--count 30] [--bank phrasebank] [--seed 7] [--out DIR]

Drafts ``--count`` random valid targets files for fictional counties (kinds, lengths 2,500–12,000,
4–9 sections of the bank's topics, figures) and prints, over all of them:

* the share of characters from mined entries, from curated entries, from the targets file and
  from the templates (each run's ``Provenance``: a mined entry names its source file);
* the share of numbered headings (levels 1–3: 一、（一）1.) taken from mined entries;
* how many drafts miss their length by more than 15%, and how many fail their self-check;
* sentences shared between drafts of different counties (mean and worst pair), and the largest
  share of one draft's sentences found in any one source document of the corpus.

``--out DIR`` also writes each targets file and draft (.txt) there, for readers.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_SPLIT = re.compile(r"(?<=[。！？])")
_SYLLABLES = "澄柘宁禾清溪峪岚涧桐榆沂漳汶泸岷淇滦洮湄沅澧郧汝颍"

_FIGURES = [
    ("地区生产总值", "亿元", (80, 400), (3.0, 8.0)),
    ("固定资产投资", "亿元", (30, 200), (-8.0, 12.0)),
    ("社会消费品零售总额", "亿元", (20, 150), (-6.0, 9.0)),
    ("一般公共预算收入", "亿元", (3, 30), (-10.0, 10.0)),
    ("规上工业增加值", None, None, (2.0, 12.0)),
    ("城镇居民人均可支配收入", "元", (25000, 50000), (3.0, 7.0)),
    ("农村居民人均可支配收入", "元", (12000, 26000), (4.0, 9.0)),
]
_KINDS = ("work_meeting", "plenary", "symposium", "work_report")
_MEETINGS = {
    "work_meeting": "县政府第一次全体会议",
    "plenary": "县委经济工作会议",
    "symposium": "民营企业家座谈会",
    "work_report": "县第十八届人民代表大会第四次会议",
}


def random_targets(rng: random.Random, topics: list[str], index: int) -> tuple[str, str]:
    """(county, YAML text) of one random valid targets file."""
    county = _SYLLABLES[index % len(_SYLLABLES)] + rng.choice(_SYLLABLES) + "县"
    kind = rng.choice(_KINDS)
    year = rng.choice((2024, 2025, 2026))
    length = rng.randrange(2500, 12001, 100)
    chosen = rng.sample([t for t in topics if t not in ("抓落实", "作风建设")], rng.randint(4, 9))
    lines = [
        f"county: {county}",
        f"kind: {kind}",
        f"meeting: {_MEETINGS[kind]}",
        f"date: {year}-0{rng.randint(1, 3)}-1{rng.randint(0, 9)}",
        f"length: {length}",
        f"seed: {rng.randint(1, 9)}",
        "review:",
        "  figures:",
    ]
    for name, unit, values, growths in rng.sample(_FIGURES, 4):
        growth = round(rng.uniform(*growths), 1)
        value = f", value: {round(rng.uniform(*values), 1)}, unit: {unit}" if values else ""
        lines.append(f"    - {{name: {name}{value}, growth: {growth}}}")
    lines += ["goals:", f"  - {{name: 地区生产总值, growth: {rng.choice((5, 6, 6.5, 7))}}}"]
    lines.append("sections:")
    for topic in chosen:
        lines.append(f"  - topic: {topic}")
    return county, "\n".join(lines) + "\n"


_VOICE = re.compile(r"^(?:我们将|我们要|要|将)")


def draft_shares(document: Any, mined: str) -> tuple[Counter[str], list[int]]:
    """Characters of ``document`` by where its provenance says they come from (``mined``: the
    label for mined entries), and [mined, all] numbered headings of levels 1–3 (a plenary after the
    congress puts its parts' headings at level 3, under 二、 and its groups)."""
    counts: Counter[str] = Counter()
    headings = [0, 0]
    for block in document.blocks:
        if block.role.heading_level in (1, 2, 3):
            headings[1] += 1
            if any(
                r.provenance and r.provenance.source not in (None, "curated") for r in block.runs
            ):
                headings[0] += 1
        for run in block.runs:
            p = run.provenance
            if p is None:
                kind = "模板"
            elif p.source == "curated":
                kind = "手工条目"
            elif p.source:
                kind = mined
            else:
                kind = "指标文件" if p.yaml_key else "模板"
            counts[kind] += len(run.text)
    return counts, headings


def kind_of(text: str) -> str:
    """The kind a random targets file asks for."""
    found = re.search(r"^kind: (\w+)", text, re.M)
    return found.group(1) if found else "?"


def sentences(text: str) -> list[str]:
    """The text's sentences of 12 characters or more, without a leading 要/我们将 (the voice
    drafting may change)."""
    return [_VOICE.sub("", s.strip()) for s in _SPLIT.split(text) if len(s.strip()) >= 12]


def main() -> None:
    from drafter.compose.length import within
    from drafter.corpus import read_speech
    from drafter.document import Role
    from drafter.phrasebank import load_bank
    from drafter.pipeline import draft_speech

    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=30)
    parser.add_argument("--bank", type=Path, default=ROOT / "phrasebank")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()

    bank = load_bank(args.bank)
    rng = random.Random(args.seed)
    shares: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    headings = [0, 0]
    off_length = 0
    misses: list[str] = []
    failed = 0
    drafts: dict[str, set[str]] = {}
    folder = Path(args.out or tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(args.count):
        county, text = random_targets(rng, list(bank.topic_names()), index)
        path = folder / f"t{index:02d}.yaml"
        path.write_text(text, encoding="utf-8")
        result = draft_speech(path, bank_dir=args.bank)
        failed += bool(result.problems)
        if not within(result.characters, result.targets.length):
            off_length += 1
            wanted = result.targets.length
            misses.append(f"t{index:02d} {kind_of(text)} {result.characters}/{wanted}")
        counted, heads = draft_shares(result.document, "语料")
        shares.update(counted)
        headings = [headings[0] + heads[0], headings[1] + heads[1]]
        for block in result.document.blocks:
            for run in block.runs:
                p = run.provenance
                if p is not None and p.entry:
                    kinds[p.kind or "?"] += len(run.text)
        body = "\n".join(b.text for b in result.document.blocks if b.role is Role.BODY)
        drafts[f"{index}:{county}"] = set(sentences(body))
        (folder / f"t{index:02d}.txt").write_text(body, encoding="utf-8")
    total = sum(shares.values())
    print(f"{args.count} 篇稿件（指标文件与稿件在 {folder}）")
    for kind in ("语料", "手工条目", "指标文件", "模板"):
        print(f"  {kind}：{shares[kind] / total:.1%}")
    mined_share = headings[0] / max(1, headings[1])
    print(f"  一至三级标题取自语料：{headings[0]}/{headings[1]} = {mined_share:.1%}")
    print("  按条目种类：" + "，".join(f"{k} {n / total:.1%}" for k, n in kinds.most_common()))
    print(f"  篇幅偏离超过 15%：{off_length}；自检未通过：{failed}")
    if misses:
        print("  偏离的稿件（实际/要求）：" + "，".join(misses))
    pairs = []
    names = sorted(drafts)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            small = min(len(drafts[a]), len(drafts[b])) or 1
            pairs.append(len(drafts[a] & drafts[b]) / small)
    print(f"  不同县稿件共有句子：平均 {statistics.mean(pairs):.1%}，最多 {max(pairs):.1%}")
    corpus = {
        path.name: set(sentences("\n".join(read_speech(path).paragraphs)))
        for path in sorted((ROOT / "corpus").glob("*.txt"))
    }
    worst = (0.0, "", "")
    for name, said in drafts.items():
        for source, theirs in corpus.items():
            share = len(said & theirs) / max(1, len(said))
            worst = max(worst, (share, name, source))
    print(f"  与单篇来源文件相同句子的最大占比：{worst[0]:.1%}（{worst[1]} ← {worst[2]}）")


if __name__ == "__main__":
    main()
