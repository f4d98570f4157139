"""The phrase bank: mined and curated phrases a draft is composed from.

``load_topics(bank_dir)`` reads the topic taxonomy; ``load_bank(bank_dir)`` reads the whole bank
and ``save_bank(bank, bank_dir, force=...)`` writes it (one YAML file per kind, atomically).
"""

from __future__ import annotations

from drafter.phrasebank.model import (
    SCHEMA_VERSION,
    Filler,
    Kind,
    Mode,
    Phrase,
    PhraseBank,
    SourceRef,
    Topic,
)
from drafter.phrasebank.store import load_bank, phrase_id, save_bank
from drafter.phrasebank.topics import load_topics

__all__ = [
    "SCHEMA_VERSION",
    "Filler",
    "Kind",
    "Mode",
    "Phrase",
    "PhraseBank",
    "SourceRef",
    "Topic",
    "load_bank",
    "load_topics",
    "phrase_id",
    "save_bank",
]
