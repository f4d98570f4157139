"""Types produced by the corpus stage: a speech file read, decoded and normalised."""

from __future__ import annotations

from pathlib import Path

from drafter.records import dataclass


@dataclass(frozen=True, slots=True)
class SourceText:
    """One speech file after reading: normalised paragraphs, ready for the outline parser.

    ``paragraphs`` are simplified Chinese with full-width Chinese punctuation, no web noise, no
    mojibake fragments, no empty entries. Paragraph indexes used in provenance refer to this tuple.
    """

    path: Path
    encoding: str
    paragraphs: tuple[str, ...]
    traditional: bool = False
    removed: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def name(self) -> str:
        return self.path.name
