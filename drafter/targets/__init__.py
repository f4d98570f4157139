"""targets stage: the county's targets YAML → validated, frozen ``Targets``.

``load_targets(path)`` / ``parse_targets(text)`` return ``Targets`` or raise
``TargetsValidationError`` listing every problem, one Chinese line each (file:line:col: key：…).
"""

from drafter.targets.fields import number_text
from drafter.targets.load import load_targets, parse_targets, read_targets_text
from drafter.targets.model import Figure, Review, Section, Targets

__all__ = [
    "Figure",
    "Review",
    "Section",
    "Targets",
    "load_targets",
    "number_text",
    "parse_targets",
    "read_targets_text",
]
