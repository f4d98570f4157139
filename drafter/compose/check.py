"""Compose's own invariants, checked on the rendered ``Document`` before anything is written.

Input: the document, the targets and the bank; output: Chinese problem lines naming the place
(第N段). Together with ``drafter.lint.lint_speech`` in generated mode this is the self-check of
``drafter draft``: nothing left of a slot or a mask, no local name from the bank's sources, every
figure present exactly once with its own numbers, no number the targets did not give, level-1
numbering continuous, every point, highlight and problem present verbatim, no sentence twice.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from drafter.compose.figures import verbatim
from drafter.compose.timeframe import time_frame
from drafter.compose.wording import FigureLike, numbers_of
from drafter.document import Document, Role
from drafter.numerals import from_chinese
from drafter.phrasebank.model import PhraseBank
from drafter.targets import Targets
from drafter.wordscan import WordScan

_LEFTOVER = re.compile(r"\{[^{}]{0,20}\}|[{}｛｝]|[*＊]|[XＸ]{2,}|[×✕]{1,}|○○|□")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# an outline number opening a paragraph (a level-3 heading's 1., a run's （2）): no figure
_OUTLINE = re.compile(r"^\s*(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)])")
_SENTENCE = re.compile(r"[^。！？]+[。！？]")
_HEADING_1 = re.compile(r"^([一二三四五六七八九十]{1,3})、")


def _where(index: int) -> str:
    return f"第{index + 1}段"


def _period(figure: FigureLike) -> str:
    """The figure's own period (1—6月), whose numbers the targets file gave."""
    return getattr(figure, "period", None) or ""


def _allowed_numbers(targets: Targets) -> set[str]:
    allowed = {str(targets.year), str(targets.year - 1)}
    if targets.date:
        allowed |= {str(targets.date.year), str(targets.date.month), str(targets.date.day)}
    texts = [targets.county, targets.meeting, targets.speaker or ""]
    texts += list(targets.review.highlights) + list(targets.review.problems)
    texts += list(targets.concerns)
    for section in targets.sections:
        texts += [section.title or "", section.topic, *section.points]
    for _, figure in targets.keyed_figures():
        allowed.update(numbers_of(figure))
        texts += [figure.name, figure.unit or "", figure.rank or "", _period(figure)]
    for text in texts:
        allowed.update(_NUMBER.findall(text))
    return allowed


def check_document(
    doc: Document,
    targets: Targets,
    bank: PhraseBank,
    *,
    foreign_names: Sequence[str] | None = None,
) -> tuple[str, ...]:
    """Every broken invariant, one Chinese line each. ``foreign_names``: the scrubbed names to
    look for (default: all of the bank's)."""
    names = bank.scrubbed if foreign_names is None else foreign_names
    paragraphs = doc.paragraphs()
    return (
        *_paragraph_problems(paragraphs, targets, tuple(name for name in names if len(name) >= 2)),
        *_figure_problems(doc, targets),
        *_verbatim_problems(doc.text, targets),
        *_numbering_problems(doc),
        *_repeated_sentences(paragraphs),
        *_heads_over_nothing(doc),
    )


def _heads_over_nothing(doc: Document) -> list[str]:
    """A body paragraph that is its bold sub-heading alone (精准纾困解难。 over nothing: round
    135) says nothing under it."""
    problems = []
    for index, block in enumerate(doc.blocks):
        said = [run for run in block.runs if run.text.strip()]
        if block.role == Role.BODY and said and all(r.bold or r.heading_level for r in said):
            problems.append(f"{_where(index)}：小标题“{block.text}”下面没有内容")
        # a numbered heading followed at once by one of its level or above (九、 over nothing)
        level = block.role.heading_level
        after = doc.blocks[index + 1].role.heading_level if index + 1 < len(doc.blocks) else None
        if level and after and after <= level:
            problems.append(f"{_where(index)}：标题“{block.text}”下面没有内容")
    return problems


def _paragraph_problems(
    paragraphs: Sequence[str], targets: Targets, scrubbed: Sequence[str]
) -> list[str]:
    """Paragraph by paragraph: what is left of a slot or a mask, a name of the bank's sources
    (``scrubbed``) that is not the county's or the meeting's, a number the targets did not give."""
    problems: list[str] = []
    allowed = _allowed_numbers(targets)
    # (a paragraph naming none of the ~1,000 names, most of them, found so in one scan)
    scan = _names_scan(tuple(scrubbed))
    for index, text in enumerate(paragraphs):
        leftover = _LEFTOVER.search(text)
        if leftover:
            problems.append(f"{_where(index)}：残留占位符或遮盖符号“{leftover.group(0)}”")
        for name in scrubbed if scan.occurs(text) else ():
            if name in text and name not in targets.county and name not in targets.meeting:
                problems.append(f"{_where(index)}：出现语料来源地的名称“{name}”")
        for number in _NUMBER.findall(_OUTLINE.sub("", text, count=1)):
            if number not in allowed:
                problems.append(f"{_where(index)}：数字“{number}”不是指标文件给出的")
    return problems


@lru_cache(maxsize=4)
def _names_scan(names: tuple[str, ...]) -> WordScan:
    """The scan of a bank's scrubbed names (a draft that re-composes checks each draft)."""
    return WordScan(names)


def _figure_problems(doc: Document, targets: Targets) -> list[str]:
    """Every figure exactly once, by the run that states it, with its own numbers."""
    problems: list[str] = []
    seen: Counter[str] = Counter()
    texts: dict[str, str] = {}
    for block in doc.blocks:
        for run in block.runs:
            if run.provenance and run.provenance.yaml_key:
                seen[run.provenance.yaml_key] += 1
                texts[run.provenance.yaml_key] = run.text
    for key, figure in targets.keyed_figures():
        if seen[key] == 0:
            problems.append(f"指标 {key}（{figure.name}）没有写入稿件")
        elif seen[key] > 1:
            problems.append(f"指标 {key}（{figure.name}）在稿件中出现了 {seen[key]} 次")
        else:
            missing = [n for n in numbers_of(figure) if n not in texts[key]]
            if missing:
                problems.append(f"指标 {key}（{figure.name}）缺少数字 {'、'.join(missing)}")
    return problems


def _verbatim_problems(whole: str, targets: Targets) -> list[str]:
    """The writer's highlights, problems, concerns (a symposium's) and points, each somewhere
    in the ``whole`` text word for word."""
    verbatims = [("review.highlights", h) for h in targets.review.highlights]
    verbatims += [("review.problems", p) for p in targets.review.problems]
    if targets.kind == "symposium":
        verbatims += [("concerns", c) for c in targets.concerns]
    # (a point's 年内 said in December is the year deployed: ``TimeFrame.planned``)
    frame = time_frame(targets)
    for s, section in enumerate(targets.sections):
        verbatims += [(f"sections[{s}].points", frame.planned(p)) for p in section.points]
    return [
        f"{key}：“{verbatim(text)[:20]}”没有原样写入稿件"
        for key, text in verbatims
        if verbatim(text) and verbatim(text) not in whole
    ]


def _numbering_problems(doc: Document) -> list[str]:
    """Level-1 numbering: 一、二、三…, no gap, no repeat."""
    problems: list[str] = []
    expected = 1
    for index, block in enumerate(doc.blocks):
        if block.role is not Role.HEADING_1:
            continue
        match = _HEADING_1.match(block.text)
        number = from_chinese(match.group(1)) if match else None
        if number is None:
            continue
        if number != expected:
            found = match.group(1) if match else ""
            problems.append(
                f"{_where(index)}：一级标题编号应为“{_cn(expected)}、”，实为“{found}、”"
            )
        expected = (number or expected) + 1
    return problems


def _repeated_sentences(paragraphs: Sequence[str]) -> list[str]:
    """A sentence of ten characters or more said twice anywhere in the document."""
    counts = Counter(
        sentence.strip()
        for text in paragraphs
        for sentence in _SENTENCE.findall(text)
        if len(sentence.strip()) >= 10
    )
    return [
        f"句子重复 {count} 次：“{sentence[:24]}…”"
        for sentence, count in sorted(counts.items())
        if count > 1
    ]


def _cn(n: int) -> str:
    from drafter.numerals import to_chinese

    return to_chinese(n) if 0 < n < 100 else str(n)
