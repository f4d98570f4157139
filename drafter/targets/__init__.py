"""targets stage: the county's targets YAML → validated, frozen ``Targets``.

Public API (contract: ../shared/spec/targets.md)::

    load_targets(path, *, topics=None, templates_dir=None) -> Targets
    parse_targets(text, *, source="<targets>", topics=None, templates_dir=None) -> Targets
    read_targets_text(path) -> (text, encoding)      # UTF-8 (BOM or not), UTF-16 with BOM, GB18030

Both raise ``TargetsValidationError`` (exit code 2) listing every problem, one Chinese line each:
``青禾县.yaml:6:46: review.figures[0].growth：“很快”不是数字，请写成 6.8 或 -3.5（下降）``.
``topics`` are the valid topic names (from the bank's topics.yaml); ``templates_dir``, when
given, must hold the kind's template. Numbers are ``Decimal`` built from the text the writer
typed; ``number_text`` (and ``Figure.value_text``/``growth_text``/``change_pp_text``) show them
as written.
"""

from drafter.targets.fields import number_text
from drafter.targets.load import load_targets, parse_targets, read_targets_text
from drafter.targets.model import (
    Figure,
    Review,
    Section,
    Targets,
    folded_sections,
    folding_notes,
    listed_sections,
)

__all__ = [
    "Figure",
    "Review",
    "Section",
    "Targets",
    "folded_sections",
    "folding_notes",
    "listed_sections",
    "load_targets",
    "number_text",
    "parse_targets",
    "read_targets_text",
]
