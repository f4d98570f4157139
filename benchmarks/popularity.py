"""The sentences drafts for different counties all take: ``drafter/compose/popular.tsv``.

    python benchmarks/popularity.py [--count 60] [--seed 1001] > drafter/compose/popular.tsv

Drafts ``--count`` random valid targets files (the composition benchmark's, another seed) with the
shipped bank and no table of its own (drafting with an empty ``popular.tsv``), and writes each
sentence of the bank that ``POPULAR_FROM`` or more of the drafts took, with the share of drafts
that took it. Drafting sets such a sentence aside more often (``select.set_aside``): two counties'
drafts take the same sentence less often (round 84's blind reader's first giveaway: the same
sentence in two generated paragraphs).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from composition import random_targets  # noqa: E402

POPULAR_FROM = 0.2  # the share of drafts taking a sentence that makes it popular


def main() -> None:
    import drafter.compose.select as select
    from drafter.phrasebank import load_bank
    from drafter.phrasebank.model import Kind
    from drafter.pipeline import draft_speech

    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1001)
    args = parser.parse_args()
    select.popular_shares = lambda: {}  # (the drafts as they are without the table)
    bank = load_bank(ROOT / "phrasebank")
    by_id = {p.id: p for kind in Kind for p in bank.of_kind(kind)}
    rng = random.Random(args.seed)
    taken: Counter[str] = Counter()
    folder = Path(tempfile.mkdtemp())
    for index in range(args.count):
        _, text = random_targets(rng, list(bank.topic_names()), index)
        path = folder / f"t{index:02d}.yaml"
        path.write_text(text, encoding="utf-8")
        result = draft_speech(path)
        used = {
            run.provenance.entry
            for b in result.document.blocks
            for run in b.runs
            if run.provenance is not None and run.provenance.entry
        }
        texts: set[str] = set()
        for entry in used:
            phrase = by_id.get(entry)
            if phrase is not None:
                texts.update(phrase.items if phrase.kind is Kind.PARAGRAPH else (phrase.text,))
        taken.update(texts)
    for text, count in sorted(taken.items(), key=lambda item: (-item[1], item[0])):
        share = count / args.count
        if share >= POPULAR_FROM:
            sys.stdout.write(f"{share:.2f}\t{text}\n")


if __name__ == "__main__":
    main()
