"""``drafter check``: a targets file validated against the bank and templates in use.

Input: the targets file, the phrase bank folder (its topics) and the templates folder. Output:
``Checked`` (the targets and the encoding the file was read in; ``summary`` tells what the draft
will contain), or ``TargetsValidationError`` with every problem. Only light imports: no jieba,
no docx, so a check takes a fraction of a second.
"""

from __future__ import annotations

from pathlib import Path

from drafter.records import dataclass
from drafter.targets.load import parse_targets, read_targets_text
from drafter.targets.model import Targets


@dataclass(frozen=True, slots=True)
class Checked:
    targets: Targets
    encoding: str  # utf-8, utf-8-sig, utf-16 or gb18030
    notes: tuple[str, ...] = ()  # what the bank tells about the draft to come (material.py)


def check_targets(path: Path, *, bank_dir: Path, templates_dir: Path | None) -> Checked:
    """Validate ``path``: topics must be in the bank at ``bank_dir``, the kind must have its
    template in ``templates_dir`` (not checked when None). The bank is read whole, to note a topic
    without material or a length it cannot reach."""
    from drafter.phrasebank import load_bank
    from drafter.targets.material import material_notes

    text, encoding = read_targets_text(path)
    bank = load_bank(bank_dir)
    topics = frozenset(bank.topic_names())
    targets = parse_targets(
        text, source=str(path), topics=topics, templates_dir=templates_dir, path=path
    )
    return Checked(targets, encoding, tuple(material_notes(targets, bank)))
