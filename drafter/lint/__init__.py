"""Lint: check a speech — ours or hand-written — before it goes to the leader.

Input: a speech's paragraphs (``Document.paragraphs()``, or a file read by ``lint_file``), and
optionally its outline, targets file, county and names that must not appear. Output: a tuple of
``Finding`` ordered by paragraph. ``drafter lint`` prints them; ``drafter draft`` runs the same
checks on its own draft (``generated=True``: every number must come from the targets file, every
name is suspect).

Checks, one module each: leftovers (XX, *, 某某), names (other counties, towns, officials),
numbering (headings, 一是/二是 runs, "讲N点意见"), figures (against the targets file), dates
(今年 vs the speech's year), repetition, punctuation, mojibake.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.lint.dates import check_dates, infer_year
from drafter.lint.leftovers import check_leftovers
from drafter.lint.model import Finding, Severity
from drafter.lint.mojibake import check_mojibake
from drafter.lint.names import check_names
from drafter.lint.numbering import check_numbering
from drafter.lint.punctuation import check_halfwidth, check_heading_ends, check_pairs
from drafter.lint.repetition import check_repetition
from drafter.lint.signs import check_signs

if TYPE_CHECKING:
    from drafter.outline.model import Outline
    from drafter.targets.model import Targets

__all__ = ["Finding", "Severity", "bank_names", "count_errors", "lint_file", "lint_speech"]


def lint_speech(
    paragraphs: Sequence[str],
    *,
    outline: Outline | None = None,
    targets: Targets | None = None,
    county: str | None = None,
    foreign_names: Collection[str] = (),
    year: int | None = None,
    generated: bool = False,
    raw: Iterable[tuple[int, str]] | None = None,
) -> tuple[Finding, ...]:
    """Every finding in the speech, ordered by paragraph, errors first within a paragraph.

    ``raw`` pairs paragraph indexes with the text as written in the file (before normalisation),
    for the half-width punctuation and mojibake checks; by default the paragraphs themselves.
    """
    paragraphs = tuple(paragraphs)
    if outline is None:
        from drafter.outline import parse_outline

        outline = parse_outline(paragraphs)
    if county is None and targets is not None:
        county = targets.county
    if year is None:
        year = targets.year if targets is not None else infer_year(paragraphs)
    pieces = tuple(raw) if raw is not None else tuple(enumerate(paragraphs))

    findings: list[Finding] = []
    findings += check_leftovers(paragraphs)
    findings += _check_raw_mojibake(pieces)
    findings += check_halfwidth(pieces)
    findings += check_pairs(paragraphs)
    findings += check_heading_ends(outline)
    findings += check_repetition(paragraphs, skip=_front_matter(outline))
    findings += check_dates(paragraphs, year)
    findings += check_numbering(outline)
    findings += check_names(
        paragraphs,
        county=county,
        foreign_names=foreign_names,
        allowed_text=_targets_text(targets),
        speaker_surname=_speaker_surname(targets),
        generated=generated,
    )
    findings += check_signs(paragraphs)
    if targets is not None:
        from drafter.lint.figures import check_figures

        findings += check_figures(paragraphs, targets, generated=generated)
    return _ordered(findings)


def lint_file(
    path: Path,
    *,
    outline: Outline | None = None,
    targets: Targets | None = None,
    county: str | None = None,
    foreign_names: Collection[str] = (),
    year: int | None = None,
    generated: bool = False,
    use_bank: bool = True,
) -> tuple[Finding, ...]:
    """Read ``path`` (.txt in any Chinese encoding, .md, .docx) and lint it.

    With ``use_bank`` the default phrase bank's scrubbed names are added to ``foreign_names``,
    unless the file is one of the bank's own sources (its names are its own). Raises
    ``CorpusError`` when the file cannot be read.
    """
    from drafter.lint.reading import read_lint_source

    source = read_lint_source(Path(path))
    names = set(foreign_names)
    if use_bank:
        sources, scrubbed = bank_names()
        if source.name not in sources:
            names.update(scrubbed)
    return lint_speech(
        source.paragraphs,
        outline=outline,
        targets=targets,
        county=county,
        foreign_names=names,
        year=year,
        generated=generated,
        raw=source.raw,
    )


@lru_cache(maxsize=1)
def bank_names() -> tuple[frozenset[str], tuple[str, ...]]:
    """(source file names, scrubbed names) of the default phrase bank; empty when there is none.

    Only ``scrubbed.yaml`` is read, not the whole bank: lint must stay fast.
    """
    try:
        from drafter.resources import default_bank_dir

        bank_dir = default_bank_dir()
    except FileNotFoundError:
        return frozenset(), ()
    path = bank_dir / "scrubbed.yaml"
    if not path.is_file():
        return frozenset(), ()
    import yaml

    # libyaml when present: the names are \u escapes, ~0.3 s for PyYAML's pure-Python scanner
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return frozenset(), ()
    if not isinstance(data, dict):
        return frozenset(), ()
    sources = data.get("sources") or []
    names = data.get("names") or []
    return (
        frozenset(str(s) for s in sources if isinstance(s, str)),
        tuple(sorted({str(n) for n in names if isinstance(n, str) and n.strip()})),
    )


def count_errors(findings: Iterable[Finding]) -> tuple[int, int]:
    """(errors, warnings); 待补 places are neither (``count_todo``)."""
    errors = warnings = 0
    for item in findings:
        if item.is_error:
            errors += 1
        elif item.severity is not Severity.TODO:
            warnings += 1
    return errors, warnings


def count_todo(findings: Iterable[Finding]) -> int:
    """The 【待补：……】 places still to fill."""
    return sum(1 for item in findings if item.severity is Severity.TODO)


def _check_raw_mojibake(pieces: Sequence[tuple[int, str]]) -> list[Finding]:
    from dataclasses import replace

    found: list[Finding] = []
    for index, text in pieces:
        for item in check_mojibake((text,)):
            found.append(replace(item, paragraph=index + 1))
    return found


def _front_matter(outline: Outline) -> frozenset[int]:
    parts = (outline.title, outline.salutation)
    return frozenset(part.span.paragraph for part in parts if part is not None)


def _targets_text(targets: Targets | None) -> str:
    if targets is None:
        return ""
    texts = [
        targets.meeting,
        targets.speaker or "",
        *targets.review.highlights,
        *targets.review.problems,
    ]
    for section in targets.sections:
        texts += [section.title or "", *section.points]
    return "\n".join(texts)


def _speaker_surname(targets: Targets | None) -> str | None:
    if targets is None or not targets.speaker:
        return None
    # "县长 张三" / "张三县长": a name is the part that is not a title.
    for token in targets.speaker.replace("同志", " ").split():
        if token and token[0] not in "县区市镇乡副常书记长主":
            return token[0]
    return None


def _ordered(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    unique = {(f.paragraph, f.code, f.quote, f.message): f for f in findings}
    return tuple(
        sorted(
            unique.values(),
            key=lambda f: (
                f.paragraph,
                f.severity is not Severity.ERROR,
                f.code,
                f.quote,
                f.message,
            ),
        )
    )
