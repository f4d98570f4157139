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
_FRONT_SCAN = 16
# A paragraph this long with a sentence end is body text, not front matter.
_MAX_FRONT_BODY = 80
_TITLE_LABEL = re.compile(r"^(?:标题|题目)[：:]\s*")


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
    """Title, front-matter lines and salutation at the top of ``paragraphs[:stop]``.

    Scraped pages put toolbar words, dates and captions around the title ("下载", "打印",
    "时间：2026-02-09"): the salutation is found first, the title is the best title line before
    it, and only recognisable front-matter lines between them are kept.
    """
    limit = min(stop, _FRONT_SCAN)
    salutation_at, salutation_end = _find_salutation(paragraphs, limit)
    title_limit = salutation_at if salutation_at is not None else limit
    title_at = _find_title(paragraphs, title_limit)
    title = _title_part(paragraphs, title_at) if title_at is not None else None

    front: list[Part] = []
    index = title_at + 1 if title_at is not None else 0
    while index < title_limit:
        text = paragraphs[index].strip(_SPACE)
        if text and _is_front_line(text):
            front.append(whole(paragraphs, index))
        elif text and salutation_at is None:
            break  # without a salutation the body starts at the first line that is not front
        index += 1

    if salutation_at is not None:
        paragraph = paragraphs[salutation_at]
        start = _skip_space(paragraph, 0)
        part = Part(paragraph[start:salutation_end], Span(salutation_at, start, salutation_end))
        rest = _skip_space(paragraph, salutation_end)
        if rest < len(paragraph.rstrip(_SPACE)):
            return Front(title, tuple(front), part, salutation_at, rest)
        return Front(title, tuple(front), part, salutation_at + 1, 0)
    return Front(title, tuple(front), None, index, 0)


def _find_salutation(paragraphs: Sequence[str], limit: int) -> tuple[int | None, int]:
    """(index, end of the salutation) of the salutation near the top, or (None, 0)."""
    for index in range(limit):
        text = paragraphs[index]
        stripped = text.strip(_SPACE)
        match = SALUTATION.match(stripped)
        if match is not None:
            return index, _skip_space(text, 0) + match.end()
        if len(stripped) > _MAX_FRONT_BODY and _SENTENCE_END.search(stripped):
            break  # the body has started: a later 各位代表： is inside the speech
    return None, 0


def _find_title(paragraphs: Sequence[str], limit: int) -> int | None:
    """The title line among the first ``limit`` paragraphs: one naming its genre, else the first."""
    first: int | None = None
    for index in range(limit):
        text = paragraphs[index].strip(_SPACE)
        if not text:
            continue
        if len(text) > _MAX_FRONT_BODY and _SENTENCE_END.search(text):
            break
        if _is_title(text):
            if TITLE_WORDS.search(text):
                return index
            if first is None:
                first = index
    if first is not None and not paragraphs[first].strip(_SPACE).isascii():
        return first if first == _first_nonempty(paragraphs, limit) else None
    return None


def _first_nonempty(paragraphs: Sequence[str], limit: int) -> int | None:
    for index in range(limit):
        if paragraphs[index].strip(_SPACE):
            return index
    return None


def _title_part(paragraphs: Sequence[str], index: int) -> Part:
    part = whole(paragraphs, index)
    label = _TITLE_LABEL.match(part.text)
    if label is None:
        return part
    start = part.span.start + label.end()
    return Part(part.text[label.end() :], Span(index, start, part.span.end))


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
