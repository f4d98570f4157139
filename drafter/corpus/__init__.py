"""The corpus stage: speech files (.txt in any Chinese encoding, .md, .docx) → :class:`SourceText`.

Public API::

    read_speech(path) -> SourceText            # read, decode, normalise; raises CorpusError
    decode_bytes(data) -> (text, encoding)     # never silently mis-decodes
    normalise_text(text) -> str                # idempotent; simplified, full-width punctuation
    split_paragraphs(text) -> tuple[str, ...]  # paragraph recovery
"""

from __future__ import annotations

from drafter.corpus.decode import decode_bytes
from drafter.corpus.model import SourceText
from drafter.corpus.normalise import normalise, normalise_text
from drafter.corpus.paragraphs import split_paragraphs
from drafter.corpus.reader import read_speech

__all__ = [
    "SourceText",
    "decode_bytes",
    "normalise",
    "normalise_text",
    "read_speech",
    "split_paragraphs",
]
