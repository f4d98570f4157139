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
from collections.abc import Set as AbstractSet

from drafter.outline.markers import (
    ADDRESSEE,
    APPENDIX,
    DASH_LINE,
    DATE_LINE,
    EXHORTATION,
    HEADING_MARKER,
    SALUTATION,
    TASK_ANNOUNCEMENT,
    TITLE_WORDS,
    TRANSITION,
    TURN,
    VOCATIVE_START,
)
from drafter.outline.model import Part, Span
from drafter.outline.sentences import split_sentences
from drafter.records import dataclass

_SPACE = " \t\u3000\xa0"
_SENTENCE_END = re.compile(r"[。！？!?]")
_HAS_HAN = re.compile(r"[\u4e00-\u9fff]")
_PERSON_LINE = re.compile(r"^[\u4e00-\u9fff·•\s]{2,24}$")
_DATE_IN_LINE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?")
# What a report's unnumbered section titles are about.
_SECTION_WORDS = re.compile(
    r"(?:19|20)\d\d年|十[一二三四五六七八九]五|时期|回顾|安排|任务|目标|要求|部署|自身建设|总体|"
    r"主要|展望|总结|计划|思路|新征程"
)
_SECTION_REACH = 4
# "2023年工作回顾", "站在新起点：2012年工作回顾" (a theme before a colon, never at the end).
_SECTION_TITLE = re.compile(
    r"^(?:[\u4e00-\u9fff\d“”《》·]{2,12}：)?[\u4e00-\u9fff\d“”《》·]{4,24}$"
)
# A bracketed note after a speech: "（根据录音整理）", "（此件公开发布）".
_NOTE = re.compile(r"^[（(][^（）()]{1,40}[）)]$")
# Metadata of a scraped page: "发文单位：XX市人民政府", "发文时间：未知", "正文：".
_META_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:][^。！？]{0,30}$")
_MAX_SECTION_TITLE = 30
_THANKS = re.compile(r"^(?:谢谢|谢谢大家|谢谢各位)[！!。]?$")
_MAX_TITLE = 60
_FRONT_SCAN = 16
# A title at the start of a long paragraph: the shortest stretch ending in a genre word.
_GLUED_TITLE = re.compile(
    r"[^。！？，；：]{2,50}?(?:上的讲话|的讲话|讲话稿|讲话|政府工作报告|工作报告|致辞|发言)"
)
_SALUTATION_SEARCH = re.compile(rf"(?:{ADDRESSEE}(?:[、，,和及]\s*)?)+\s*[：:]")
_CLAUSE_MARK = re.compile(r"[。！？，；]")
_GLUED_FRONT = 120
_MIN_OPENING = 10
_MAX_TRANSITION = 150
_TURN_REACH = 12
_MAX_ANNOUNCEMENT = 60
_CLOSING_REACH = 3
_CLOSING_SENTENCES = 8
# A paragraph this long with a sentence end is body text, not front matter.
_MAX_FRONT_BODY = 80
_TITLE_LABEL = re.compile(r"^(?:标题|题目)[：:]\s*")
# The subtitle of a report names its meeting: "2020年1月11日在XX县第十六届人民代表大会第四次会议上".
_MEETING_END = re.compile(r"在.{2,40}(?:会议|大会|会)上[）)]?$")


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
    floor = _third_of_text(paragraphs)
    for index in range(len(paragraphs) - 1, floor - 1, -1):
        if APPENDIX.match(paragraphs[index].strip(_SPACE)):
            # The earliest appendix marker of the final block wins.
            earliest = index
            for earlier in range(index - 1, floor - 1, -1):
                if APPENDIX.match(paragraphs[earlier].strip(_SPACE)):
                    earliest = earlier
            return earliest
    return len(paragraphs)


def _third_of_text(paragraphs: Sequence[str]) -> int:
    """The paragraph where the first third of the characters ends: an appendix table of many
    one-cell lines ("序", "号", "项目名称") must not push the floor past its own 附件1."""
    total = sum(len(p) for p in paragraphs)
    seen = 0
    for index, paragraph in enumerate(paragraphs):
        seen += len(paragraph)
        if seen * 3 >= total:
            return index + 1
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
        elif text and _META_LINE.match(text):
            pass  # "发文单位：……", "正文：": a page's metadata, not the speech
        elif text and salutation_at is None:
            break  # without a salutation the body starts at the first line that is not front
        index += 1

    if salutation_at is None and title is None:
        glued = _glued_front(paragraphs, limit)
        if glued is not None:
            return glued
    if salutation_at is not None:
        paragraph = paragraphs[salutation_at]
        start = _skip_space(paragraph, 0)
        part = Part(paragraph[start:salutation_end], Span(salutation_at, start, salutation_end))
        rest = _skip_space(paragraph, salutation_end)
        if rest < len(paragraph.rstrip(_SPACE)):
            return Front(title, tuple(front), part, salutation_at, rest)
        return Front(title, tuple(front), part, salutation_at + 1, 0)
    return Front(title, tuple(front), None, index, 0)


def _glued_front(paragraphs: Sequence[str], limit: int) -> Front | None:
    """Title, front matter and salutation run together at the start of one long paragraph (a
    speech scraped onto one line): "……上的讲话——2024年1月21日……同志们：今天，……"."""
    index = _first_nonempty(paragraphs, limit)
    if index is None:
        return None
    paragraph = paragraphs[index]
    start = _skip_space(paragraph, 0)
    title_match = _GLUED_TITLE.match(paragraph, start)
    if title_match is None or _CLAUSE_MARK.search(title_match.group()):
        return None
    title_end = title_match.end()
    title = Part(paragraph[start:title_end], Span(index, start, title_end))
    first_end = _SENTENCE_END.search(paragraph, title_end)
    window_end = min(title_end + _GLUED_FRONT, first_end.start() if first_end else len(paragraph))
    salutation = _SALUTATION_SEARCH.search(paragraph, title_end, window_end)
    if salutation is None:
        return Front(title, (), None, index, _skip_space(paragraph, title_end))
    front: tuple[Part, ...] = ()
    between = paragraph[title_end : salutation.start()].strip(_SPACE)
    if between:
        front_start = paragraph.index(between, title_end)
        front = (Part(between, Span(index, front_start, front_start + len(between))),)
    part = Part(salutation.group(), Span(index, salutation.start(), salutation.end()))
    return Front(title, front, part, index, _skip_space(paragraph, salutation.end()))


def _find_salutation(paragraphs: Sequence[str], limit: int) -> tuple[int | None, int]:
    """(index, end of the salutation) of the salutation near the top, or (None, 0)."""
    for index in range(limit):
        text = paragraphs[index]
        stripped = text.strip(_SPACE)
        if HEADING_MARKER.match(stripped):
            break  # the outline has started
        match = SALUTATION.match(stripped)
        glued = match is not None and stripped[match.end() :].strip(_SPACE) != ""
        if match is not None and (not glued or match.group().endswith(("：", ":"))):
            # "同志们！让我们……" is an exhortation; only a colon runs on into the speech.
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
    paragraphs: Sequence[str], front: Front, stop: int, heading_starts: dict[int, int]
) -> Part | None:
    """The first body paragraph, unless the body starts with a heading.

    ``heading_starts`` maps a paragraph to where its first heading starts: in a paragraph that
    swallowed the headings (a one-line file), the opening is the text before the first one.
    """
    index = front.body_paragraph
    while index < stop and not paragraphs[index].strip(_SPACE):
        index += 1
    if index >= stop:
        return None
    offset = front.body_offset if index == front.body_paragraph else 0
    part = whole(paragraphs, index, offset)
    if (
        index not in heading_starts
        and index + 1 < stop
        and index + 1 not in heading_starts
        and not _SENTENCE_END.search(part.text)
        and len(part.text) <= _MAX_SECTION_TITLE
    ):
        index += 1  # a report's body may open with a section title ("2023年工作回顾")
        part = whole(paragraphs, index)
    if index in heading_starts:
        cut = heading_starts[index]
        text = paragraphs[index][part.span.start : cut].rstrip(_SPACE)
        if len(text) < _MIN_OPENING:
            return None
        part = Part(text, Span(index, part.span.start, part.span.start + len(text)))
    if not _SENTENCE_END.search(part.text) and len(part.text) <= 30:
        return None  # a section title, not an opening
    return part


def find_transition(
    paragraphs: Sequence[str], first: int, before: int, before_offset: int | None = None
) -> Part | None:
    """The last sentence announcing the points to come, from paragraph ``first`` up to paragraph
    ``before`` (up to its character ``before_offset`` when given, else not including it)."""
    last = min(before, len(paragraphs) - 1) if before_offset is not None else before - 1
    for index in range(min(last, len(paragraphs) - 1), first - 1, -1):
        paragraph = paragraphs[index]
        limit = before_offset if index == before and before_offset is not None else len(paragraph)
        for start, end in reversed(split_sentences(paragraph[:limit])):
            sentence = paragraph[start:end]
            if TRANSITION.search(sentence) and len(sentence) <= _MAX_TRANSITION:
                return Part(sentence, Span(index, start, end))
    return None


def find_announcement(paragraphs: Sequence[str], first: int, stop: int) -> Part | None:
    """The last short sentence announcing a work plan ("重点抓好以下八个方面的工作："): the
    transition of a work report, whose review comes before it."""
    found: Part | None = None
    for index in range(first, stop):
        paragraph = paragraphs[index]
        for start, end in split_sentences(paragraph):
            if end - start <= _MAX_ANNOUNCEMENT and TASK_ANNOUNCEMENT.search(paragraph, start, end):
                found = Part(paragraph[start:end], Span(index, start, end))
    return found


def find_turn(paragraphs: Sequence[str], first: int, before: int) -> Part | None:
    """A weaker transition, from review to problems: "在肯定成绩的同时，也要清醒看到……"."""
    for index in range(first, min(before, len(paragraphs))):
        paragraph = paragraphs[index]
        for start, end in split_sentences(paragraph):
            turn = TURN.search(paragraph, start, min(end, start + _TURN_REACH))
            if turn is not None and end - start <= _MAX_TRANSITION:
                return Part(paragraph[start:end], Span(index, start, end))
    return None


def find_closing(
    paragraphs: Sequence[str],
    first: int,
    stop: int,
    heading_starts: dict[int, int],
    opening: Part | None = None,
) -> Part | None:
    """The closing exhortation: one of the last few paragraphs before ``stop``, or the closing
    sentences of the last paragraph when the speech reached us as one long paragraph."""
    seen = 0
    for index in range(stop - 1, first - 1, -1):
        text = paragraphs[index].strip(_SPACE)
        if not text or _THANKS.match(text) or _is_front_line(text) or _NOTE.match(text):
            continue
        is_opening = opening is not None and index == opening.span.paragraph
        if index not in heading_starts and not is_opening and _is_closing(text):
            return whole(paragraphs, index)
        if seen == 0:
            inline = _closing_inside(paragraphs, index)
            if inline is not None:
                return inline
        if index in heading_starts or is_opening:
            return None
        seen += 1
        if seen >= _CLOSING_REACH:
            break
    return None


def _is_closing(text: str) -> bool:
    if "让我们" in text:
        return True
    return bool(VOCATIVE_START.match(text)) and (
        bool(EXHORTATION.search(text)) or text.endswith(("！", "!"))
    )


def _closing_inside(paragraphs: Sequence[str], index: int) -> Part | None:
    """The closing that starts inside a long last paragraph: a 同志们，/各位代表！ sentence near the
    end, followed by an exhortation."""
    paragraph = paragraphs[index]
    spans = split_sentences(paragraph)
    if len(spans) < 2:
        return None
    for number in range(len(spans) - 1, max(0, len(spans) - _CLOSING_SENTENCES) - 1, -1):
        start = spans[number][0]
        if number == 0:
            break
        if VOCATIVE_START.match(paragraph, start) or paragraph.startswith("让我们", start):
            before = spans[number - 1]
            if number > 1 and SALUTATION.fullmatch(paragraph[before[0] : before[1]].strip(_SPACE)):
                start = before[0]  # "各位代表！" is a sentence of its own before "让我们……"
            rest = paragraph[start:].rstrip(_SPACE)
            if _is_closing(rest):
                return Part(rest, Span(index, start, start + len(rest)))
    return None


def find_section_titles(
    paragraphs: Sequence[str],
    first: int,
    stop: int,
    heading_paragraphs: AbstractSet[int],
    sequence_starts: AbstractSet[int] = frozenset(),
) -> tuple[Part, ...]:
    """Unnumbered section titles of reports ("2023年工作回顾", "加强政府自身建设").

    A short line without an end mark is a section title when it names a part of a report (a
    year, 回顾, 安排, 任务 …) or when a new 一、 sequence (``sequence_starts``) follows it;
    other such lines are unnumbered sub-headings, which the lead-sentence finder takes.
    """
    found: list[Part] = []
    for index in range(first, stop):
        text = paragraphs[index].strip(_SPACE)
        if index in heading_paragraphs or not _SECTION_TITLE.match(text):
            continue
        if index + 1 >= stop:
            continue
        following = paragraphs[index + 1].rstrip(_SPACE)
        if not _SENTENCE_END.search(following) and not following.endswith(("：", ":")):
            continue
        opens_sequence = any(index < start <= index + _SECTION_REACH for start in sequence_starts)
        if not (opens_sequence or _SECTION_WORDS.search(text)):
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
    if DASH_LINE.match(text) or (_DATE_IN_LINE.search(text) and _MEETING_END.search(text)):
        return False  # the subtitle under the title, not the title
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
