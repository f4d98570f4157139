"""The fixed parts of a speech: paragraphs → title, front matter, salutation, opening, transition,
closing, unnumbered section titles and where an appendix starts.

How a Chinese speech or work report is laid out, top to bottom:

    title            在全县经济工作会议上的讲话 / 2024年XX县政府工作报告 (one short line, no 。)
    front matter     ——2024年1月21日在……上 / （2025年2月10日） / 县长 张三 (short lines)
    salutation       同志们： / 各位代表： / 各位委员、同志们：
    opening          the first body paragraph (今天，我们召开…… / 现在，我代表县人民政府……)
    transition       下面，我讲几点意见。 — often the last sentence of the opening, or of the
                     paragraph just before 一、
    body             numbered headings, runs, lead sentences; reports add unnumbered section
                     titles (2023年工作回顾 / 2024年重点工作 / 加强政府自身建设)
    closing          同志们，……让我们……！ — the last paragraph or one of the last few
    appendix         有关用语说明： / 名词解释 / 附件 (not part of the speech)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from drafter.outline.markers import (
    APPENDIX,
    DASH_LINE,
    DATE_LINE,
    EXHORTATION,
    HEADING_MARKER,
    SALUTATION,
    TITLE_WORDS,
    TRANSITION,
    VOCATIVE_START,
)
from drafter.outline.model import Part, Span
from drafter.outline.sentences import split_sentences

_SPACE = " \t\u3000\xa0"
_SENTENCE_END = re.compile(r"[。！？!?]")
_HAS_HAN = re.compile(r"[\u4e00-\u9fff]")
_PERSON_LINE = re.compile(r"^[\u4e00-\u9fff·•\s]{2,24}$")
_DATE_IN_LINE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?")
_SECTION_TITLE = re.compile(r"^[\u4e00-\u9fff\d“”《》·]{4,24}$")
_THANKS = re.compile(r"^(?:谢谢|谢谢大家|谢谢各位)[！!。]?$")
_MAX_TITLE = 60
_FRONT_SCAN = 8


@dataclass(frozen=True, slots=True)
class Front:
    """The parts before the body, and where the body starts."""

    title: Part | None
    front: tuple[Part, ...]
    salutation: Part | None
    body_paragraph: int  # index of the first body paragraph
    body_offset: int  # where the body starts inside it (after a glued salutation)


def whole(paragraphs: Sequence[str], index: int, start: int = 0) -> Part:
    """Paragraph ``index`` from ``start`` as a Part."""
    text = paragraphs[index]
    end = len(text.rstrip(_SPACE))
    start = min(_skip_space(text, start), end)
    return Part(text[start:end], Span(index, start, end))


def find_appendix(paragraphs: Sequence[str]) -> int:
    """Index of the first appendix paragraph in the last part of the text (len when none)."""
    floor = len(paragraphs) // 3
    for index in range(len(paragraphs) - 1, floor - 1, -1):
        if APPENDIX.match(paragraphs[index].strip(_SPACE)):
            # The earliest appendix marker of the final block wins.
            earliest = index
            for earlier in range(index - 1, floor - 1, -1):
                if APPENDIX.match(paragraphs[earlier].strip(_SPACE)):
                    earliest = earlier
            return earliest
    return len(paragraphs)


def find_front(paragraphs: Sequence[str], stop: int) -> Front:
    """Title, front-matter lines and salutation at the top of ``paragraphs[:stop]``."""
    title: Part | None = None
    front: list[Part] = []
    index = 0
    limit = min(stop, _FRONT_SCAN)
    while index < limit and not paragraphs[index].strip(_SPACE):
        index += 1
    if index < limit and _is_title(paragraphs[index]):
        title = whole(paragraphs, index)
        index += 1
    while index < limit:
        text = paragraphs[index].strip(_SPACE)
        if not text:
            index += 1
            continue
        salutation = SALUTATION.match(text)
        if salutation is not None:
            start = _skip_space(paragraphs[index], 0)
            end = start + salutation.end()
            part = Part(paragraphs[index][start:end], Span(index, start, end))
            rest = _skip_space(paragraphs[index], end)
            if rest < len(paragraphs[index].rstrip(_SPACE)):
                return Front(title, tuple(front), part, index, rest)
            return Front(title, tuple(front), part, index + 1, 0)
        if (title is not None or front) and _is_front_line(text):
            front.append(whole(paragraphs, index))
            index += 1
            continue
        if title is None and not front and _is_front_line(text) and index + 1 < limit:
            # A speaker or date line before the title is rare; treat as front matter only when a
            # salutation follows soon.
            break
        break
    return Front(title, tuple(front), None, index, 0)


def find_opening(
    paragraphs: Sequence[str], front: Front, stop: int, heading_paragraphs: set[int]
) -> Part | None:
    """The first body paragraph, unless the body starts with a heading."""
    index = front.body_paragraph
    while index < stop and not paragraphs[index].strip(_SPACE):
        index += 1
    if index >= stop or index in heading_paragraphs:
        return None
    offset = front.body_offset if index == front.body_paragraph else 0
    part = whole(paragraphs, index, offset)
    if not _SENTENCE_END.search(part.text) and len(part.text) <= 30:
        return None  # a section title, not an opening
    return part


def find_transition(paragraphs: Sequence[str], first: int, before: int) -> Part | None:
    """The last sentence announcing the points to come, in paragraphs ``first`` … ``before - 1``."""
    for index in range(min(before, len(paragraphs)) - 1, first - 1, -1):
        paragraph = paragraphs[index]
        for start, end in reversed(split_sentences(paragraph)):
            sentence = paragraph[start:end]
            if TRANSITION.search(sentence) and len(sentence) <= 150:
                return Part(sentence, Span(index, start, end))
    return None


def find_closing(
    paragraphs: Sequence[str], first: int, stop: int, heading_paragraphs: set[int]
) -> Part | None:
    """The closing exhortation: one of the last few paragraphs before ``stop``."""
    seen = 0
    for index in range(stop - 1, first - 1, -1):
        text = paragraphs[index].strip(_SPACE)
        if not text or _THANKS.match(text) or _is_front_line(text):
            continue
        if index in heading_paragraphs:
            return None
        if "让我们" in text or (
            VOCATIVE_START.match(text) and (EXHORTATION.search(text) or text.endswith(("！", "!")))
        ):
            return whole(paragraphs, index)
        seen += 1
        if seen >= 3:
            break
    return None


def find_section_titles(
    paragraphs: Sequence[str], first: int, stop: int, heading_paragraphs: set[int]
) -> tuple[Part, ...]:
    """Unnumbered section titles of reports ("2023年工作回顾", "加强政府自身建设")."""
    found: list[Part] = []
    for index in range(first, stop):
        text = paragraphs[index].strip(_SPACE)
        if index in heading_paragraphs or not _SECTION_TITLE.match(text):
            continue
        if index + 1 >= stop or not _SENTENCE_END.search(paragraphs[index + 1]):
            continue
        found.append(whole(paragraphs, index))
    return tuple(found)


def _is_title(text: str) -> bool:
    text = text.strip(_SPACE)
    if not text or len(text) > _MAX_TITLE or not _HAS_HAN.search(text):
        return False
    if SALUTATION.match(text) or HEADING_MARKER.match(text) or _SENTENCE_END.search(text[:-1]):
        return False
    if text.endswith(("。", "：", ":")):
        return False
    return bool(TITLE_WORDS.search(text)) or len(text) <= 40


def _is_front_line(text: str) -> bool:
    if len(text) > _MAX_TITLE or _SENTENCE_END.search(text) or text.endswith(("：", ":")):
        return False
    if DASH_LINE.match(text) or DATE_LINE.match(text) or _DATE_IN_LINE.search(text):
        return True
    if HEADING_MARKER.match(text):
        return False
    return bool(_PERSON_LINE.match(text)) and len(text.replace(" ", "")) <= 16


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index] in _SPACE:
        index += 1
    return index
