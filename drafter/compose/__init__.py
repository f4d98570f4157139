"""compose stage: validated ``Targets`` + ``PhraseBank`` → ``Draft`` (seeded, deterministic).

Modules by concept: ``wording`` (figures in words, numerals, lists), ``plan`` (the macro-structure
of each kind and ``compose_draft``), ``select`` (seeded choice of safe, on-topic bank entries),
``suitability`` (whether a sentence suits a part), ``headings`` (parallel level-1 headings),
``section`` (one numbered part), ``figures`` (review, problems, goals, targets), ``length``, and
``check`` (compose's own invariants, run on the rendered document before it is written).
"""

from __future__ import annotations

from drafter.compose.model import Draft, Paragraph, Part, Piece
from drafter.compose.plan import compose_draft

__all__ = ["Draft", "Paragraph", "Part", "Piece", "compose_draft"]
