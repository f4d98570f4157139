"""Drafts that many tests read, made once per test process (not a test module).

Drafting is deterministic for a seed and what it returns is frozen, so a test that only reads a
draft of a shipped example (its headings, its wording, its sources) can share the draft another
test already made. Last measured, ~half of the suite's drafting was the same few drafts made again
by different tests. Tests about drafting itself (same seed, same bytes; a process killed
mid-write; drafting through the CLI) make their own drafts and do not use these.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from drafter.compose.model import Draft
from drafter.compose.plan import compose_draft
from drafter.document import Document
from drafter.phrasebank import PhraseBank, load_bank
from drafter.pipeline import DraftResult, draft_speech
from drafter.render import Template, render_speech
from drafter.resources import default_bank_dir
from drafter.targets import Targets, load_targets

REPO = Path(__file__).resolve().parents[1]


@cache
def shipped_bank() -> PhraseBank:
    """The committed bank, ``phrasebank/``."""
    return load_bank(REPO / "phrasebank")


@cache
def shipped_yaml_bank() -> PhraseBank:
    """The committed bank read from its YAML files, not its index (~1.7 s a read)."""
    from drafter.phrasebank.store import _read_bank

    return _read_bank(REPO / "phrasebank")


@cache
def example_targets(kind: str) -> Targets:
    """``examples/{kind}.yaml``, loaded against the committed bank's topics."""
    return load_targets(REPO / "examples" / f"{kind}.yaml", topics=shipped_bank().topic_names())


@cache
def example_draft(kind: str, seed: int) -> tuple[Targets, Draft, Document]:
    """``examples/{kind}.yaml`` composed from the committed bank with ``seed`` (no length loop,
    no self-check: ``compose_draft`` and the kind's template, as ``test_compose`` drafts)."""
    targets = example_targets(kind)
    draft = compose_draft(targets, shipped_bank(), seed=seed)
    document = render_speech(draft, Template(REPO / "templates" / f"{targets.kind}.j2"))
    return targets, draft, document


def speech(path: Path, seed: int | None, bank_dir: Path | None = None) -> DraftResult:
    """``draft_speech(path, seed=seed, bank_dir=bank_dir)``, as ``drafter draft`` drafts (made
    again if the targets file has changed since)."""
    folder = (bank_dir or default_bank_dir()).resolve()
    return _speech(path.resolve(), path.read_bytes(), seed, folder)


@cache
def _speech(path: Path, content: bytes, seed: int | None, bank_dir: Path) -> DraftResult:
    return draft_speech(path, seed=seed, bank_dir=bank_dir)
