"""``drafter check``: a targets file validated against the bank and templates in use.

Input: the targets file, the phrase bank folder (its topics) and the templates folder. Output:
``Targets`` (and, via ``summary``, what the draft will contain), or ``TargetsValidationError``
with every problem. Only light imports: no jieba, no docx, so a check takes a fraction of a second.
"""

from __future__ import annotations

from pathlib import Path

from drafter.targets.load import load_targets
from drafter.targets.model import Targets


def check_targets(path: Path, *, bank_dir: Path, templates_dir: Path | None) -> Targets:
    """Validate ``path``: topics must be in the bank at ``bank_dir``, the kind must have its
    template in ``templates_dir`` (not checked when None)."""
    from drafter.phrasebank.topics import load_topics

    topics = frozenset(topic.name for topic in load_topics(bank_dir))
    return load_targets(path, topics=topics, templates_dir=templates_dir)
