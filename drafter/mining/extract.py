"""Per-kind extraction: one speech's ``SourceText`` and ``Outline`` → raw ``Candidate``s.

Candidates are still literal source text with their provenance; ``generalise`` turns them into
bank entries (slots, scrubbing, topics). What is taken, following how a county speech is built:

* opening — the sentences of the opening paragraph (今天，我们召开……，主要任务是……);
* transition — the outline's transition and any sentence that turns the speech (下面，我讲几点
  意见 / 在肯定成绩的同时，也要清醒看到 / 刚才……我完全同意);
* heading / heading frame — every numbered heading; siblings grouped for frames;
* ordinal run — each 一是/一要/第一/首先 run with its item leads;
* lead — the short lead sentences (补齐生态短板);
* body — every other sentence of running text;
* parallel list — three or more short parallel phrases joined by 、 (稳存量、扩增量、优结构);
* figure frame — clauses stating an indicator with numbers (from body sentences);
* closing — the closing paragraph (同志们，……让我们……！).
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Generator, Iterator, Mapping, Sequence
from dataclasses import fields

from drafter.corpus.model import SourceText
from drafter.outline.model import Heading, Outline, Span
from drafter.outline.parts import find_appendix, find_front
from drafter.outline.sentences import split_sentences
from drafter.phrasebank.model import Kind, SourceRef
from drafter.records import dataclass
from drafter.series import head_series, series_members


@dataclass(frozen=True, slots=True)
class Candidate:
    """Literal text seen in a source, before generalisation.

    ``context`` is extra text used only for topic tagging (a heading's body); ``section``, a
    heading's whole section (to its next heading of its level or above), which names the topic
    of a heading naming its own weakly; ``around``, a body sentence's paragraph, which names
    the topic of a sentence naming its own weakly."""

    kind: Kind
    text: str
    source: SourceRef
    level: int | None = None
    style: str | None = None
    items: tuple[str, ...] = ()
    markers: tuple[str, ...] = ()
    context: str = ""
    group: int = -1  # heading frames: siblings share a group number
    mode: str = ""  # "target"/"achievement" when the section says so (2024年重点工作 / 工作回顾)
    around: str = ""
    series: bool = False  # a body sentence in a series (drafter.series): in its unit only
    section: str = ""

    def __reduce__(self) -> tuple[type[Candidate], tuple[object, ...]]:
        # pickled by its fields' values, in order (as ``Phrase``): mining's early reader sends
        # the ~300–500 candidates of each file it reads to the main process (``mining.early``)
        return Candidate, _CANDIDATE_FIELDS(self)


_CANDIDATE_FIELDS = operator.attrgetter(*(f.name for f in fields(Candidate)))


_TRANSITION = re.compile(
    r"^(?:下面|接下来|按照会议安排|根据会议安排)[，,]?.{0,40}?(?:讲|谈|强调|提|说)"
    r"[^。]{0,12}?(?:意见|看法|要求|问题)|在肯定成绩的同时|也要清醒(?:地)?(?:看到|认识到)|"
    r"^刚才[，,].{0,120}?(?:我完全同意|我都同意|讲得很好|很到位)|^一年来[，,]我们主要抓了|"
    r"^围绕(?:以上|上述)目标|重点抓好[一二三四五六七八九十几]+个方面"
)
_OPENING_CUE = re.compile(r"今天|召开|主要任务|这次会议|本次会议|会议安排|今年是|开局之年|关键之年")
_MARKER = re.compile(
    r"^(?:[一二三四五六七八九十]+(?:是|要|抓|靠)|第[一二三四五六七八九十]+[，、,]|首先[，,]|其次[，,]|"
    r"再次[，,]|最后[，,]|同时[，,]|另外[，,])"
)
_PARALLEL = re.compile(r"(?:[\u4e00-\u9fff“”]{2,}、){2,}[\u4e00-\u9fff“”]{2,}")
_SENTENCE_END = ("。", "！", "？")


def _ref(file: str, span: Span | tuple[int, int, int]) -> SourceRef:
    if isinstance(span, Span):
        return SourceRef(file, span.paragraph, span.start, span.end)
    return SourceRef(file, span[0], span[1], span[2])


def _heading_groups(headings: tuple[Heading, ...]) -> list[list[int]]:
    """Indexes of sibling runs: same parent, same level, restarting at ordinal 1."""
    groups: dict[tuple[int, int, int], list[int]] = {}
    stack: list[int] = []  # indexes of open headings, outer first
    run_of: dict[tuple[int, int], int] = {}
    for index, heading in enumerate(headings):
        while stack and headings[stack[-1]].level >= heading.level:
            stack.pop()
        parent = stack[-1] if stack else -1
        key = (parent, heading.level)
        if key not in run_of or heading.ordinal == 1:
            run_of[key] = run_of.get(key, -1) + 1
        groups.setdefault((parent, heading.level, run_of[key]), []).append(index)
        stack.append(index)
    return [members for _, members in sorted(groups.items(), key=lambda kv: kv[1][0])]


def extract_candidates(
    source: SourceText, outline: Outline, file: str | None = None
) -> Iterator[Candidate]:
    """Every candidate of every kind in one speech; ``file`` names it in provenance (the path
    relative to the corpus folder; the file name by default)."""
    file = source.name if file is None else file
    paragraphs = source.paragraphs
    stop = find_appendix(paragraphs)  # 有关用语说明 / 名词解释: not part of the speech
    body_paragraph = find_front(paragraphs, stop).body_paragraph
    skip_paragraphs: set[int] = set(range(body_paragraph)) | set(range(stop, len(paragraphs)))
    for part in (outline.title, outline.salutation, *outline.front, *outline.sections):
        if part is not None:
            skip_paragraphs.add(part.span.paragraph)
    taken: set[tuple[int, int]] = set()  # (paragraph, start) of sentences used as another kind

    # opening
    opening_paragraph = outline.opening.span.paragraph if outline.opening else None
    if opening_paragraph is not None:
        for start, end in split_sentences(paragraphs[opening_paragraph])[:4]:
            sentence = paragraphs[opening_paragraph][start:end]
            if _OPENING_CUE.search(sentence) and len(sentence) <= 160:
                taken.add((opening_paragraph, start))
                yield Candidate(Kind.OPENING, sentence, _ref(file, (opening_paragraph, start, end)))

    # closing
    if outline.closing is not None:
        span = outline.closing.span
        skip_paragraphs.add(span.paragraph)
        yield Candidate(Kind.CLOSING, outline.closing.text, _ref(file, span))

    heading_starts = yield from _headings(outline, paragraphs, file)
    yield from _ordinal_runs(outline, file, taken)
    modes = paragraph_modes(outline, len(paragraphs))
    cuts = yield from _leads(outline, paragraphs, file, heading_starts, taken, modes)

    # transitions, body sentences, parallel lists, figures
    transition = outline.transition
    if transition is not None:
        taken.add((transition.span.paragraph, transition.span.start))
        yield Candidate(Kind.TRANSITION, transition.text, _ref(file, transition.span))
    body = _Body(file, outline, heading_starts, taken, cuts, modes)
    for number, paragraph in enumerate(paragraphs):
        if number not in skip_paragraphs:
            yield from body.sentences(number, paragraph, number == opening_paragraph)


def _headings(
    outline: Outline, paragraphs: tuple[str, ...], file: str
) -> Generator[Candidate, None, dict[int, list[tuple[int, int]]]]:
    """The outline's headings, each with its group of siblings (for heading frames); returns
    where each paragraph's headings stand."""
    heading_starts: dict[int, list[tuple[int, int]]] = {}
    for group_number, members in enumerate(_heading_groups(outline.headings)):
        for index in members:
            heading = outline.headings[index]
            heading_starts.setdefault(heading.span.paragraph, []).append(
                (heading.span.start, heading.span.end)
            )
            yield Candidate(
                Kind.HEADING,
                heading.text,
                _ref(file, _text_span(paragraphs, heading)),
                level=heading.level,
                context=_section_text(outline, index),
                group=group_number if len(members) >= 2 else -1,
                section=_section_text(outline, index, whole=True),
            )
    return heading_starts


def _ordinal_runs(outline: Outline, file: str, taken: set[tuple[int, int]]) -> Iterator[Candidate]:
    """The outline's runs of two or more ordinal items (一是……二是……); their sentences are
    ``taken``."""
    for enumeration in outline.enumerations:
        if enumeration.count < 2:
            continue
        items = tuple(item.text for item in enumeration.items)
        markers = tuple(item.marker for item in enumeration.items)
        first = enumeration.items[0]
        for item in enumeration.items:
            taken.add((item.span.paragraph, item.span.start))
        yield Candidate(
            Kind.ORDINAL_RUN,
            "；".join(items),
            _ref(file, first.span),
            style=enumeration.style,
            items=items,
            markers=markers,
            context="".join(items),
        )


def _leads(
    outline: Outline,
    paragraphs: Sequence[str],
    file: str,
    heading_starts: dict[int, list[tuple[int, int]]],
    taken: set[tuple[int, int]],
    modes: Mapping[int, str],
) -> Generator[Candidate, None, dict[int, list[int]]]:
    """The outline's lead sentences (a review's lead says what was done: 工业经济提质增效; a
    plan's what is to be done), none of a series of sub-heads (以……自觉干。以……依法干。……);
    returns where each paragraph is cut by its headings and leads, in order."""
    cuts: dict[int, list[int]] = {n: [start for start, _ in h] for n, h in heading_starts.items()}
    in_series = head_series([(lead.span.paragraph, lead.text) for lead in outline.lead_sentences])
    for lead in outline.lead_sentences:
        cuts.setdefault(lead.span.paragraph, []).append(lead.span.start)
        taken.add((lead.span.paragraph, lead.span.start))
        if lead.span.paragraph in in_series:
            continue
        after = paragraphs[lead.span.paragraph][lead.span.end : lead.span.end + 200]
        yield Candidate(
            Kind.LEAD,
            lead.text,
            _ref(file, lead.span),
            context=after,
            mode=modes.get(lead.span.paragraph, ""),
        )
    for starts in cuts.values():
        starts.sort()
    return cuts


@dataclass(frozen=True, slots=True)
class _Body:
    """What a body paragraph's sentences are read against: the speech's file, outline, where
    its headings stand, the sentences taken as another kind, where
    its headings and leads cut each paragraph, and each paragraph's mode."""

    file: str
    outline: Outline
    heading_starts: dict[int, list[tuple[int, int]]]
    taken: set[tuple[int, int]]
    cuts: dict[int, list[int]]
    modes: Mapping[int, str]

    def section_title(self, number: int) -> str:
        """The headings a paragraph sits under (for topic tagging when the sentence has none),
        but not a part's title naming its mode: 2020年政府工作总体思路和目标任务 names no topic
        (its 目标任务 tagged every sentence of the plan 抓落实)."""
        path = self.outline.heading_path(number)
        return "".join(h.text for h in path if not section_mode(h.text))

    def sentences(self, number: int, paragraph: str, opening: bool) -> Iterator[Candidate]:
        """Paragraph ``number``'s transitions, parallel lists and body sentences (``opening``:
        it is the speech's opening paragraph, whose taken sentences are openings)."""
        heads = self.heading_starts.get(number, [])
        spans = split_sentences(paragraph)
        in_run = series_members([paragraph[start:end] for start, end in spans])
        for index, (start, end) in enumerate(spans):
            if any(h_start <= start < h_end for h_start, h_end in heads):
                continue
            sentence = paragraph[start:end]
            ref = _ref(self.file, (number, start, end))
            if (
                (number, start) not in self.taken
                and _TRANSITION.search(sentence)
                and len(sentence) <= 120
            ):
                yield Candidate(Kind.TRANSITION, sentence, ref)
                continue
            for match in _PARALLEL.finditer(sentence):
                yield Candidate(
                    Kind.PARALLEL_LIST,
                    match.group(),
                    ref,
                    items=tuple(match.group().split("、")),
                    context=sentence,
                )
            if opening and (number, start) in self.taken:
                continue
            marker = _MARKER.match(sentence)
            body_start = start + (marker.end() if marker else 0)
            body = paragraph[body_start:end]
            if (number, start) in self.taken and len(body) < 40:
                continue
            if not body.endswith(_SENTENCE_END) or not 12 <= len(body) <= MAX_BODY:
                continue
            if body.startswith(_DASH):
                continue  # ——生态环境治理得到新改善: a sub-title under a heading, not a sentence
            stray = _STRAY_END.search(body)  # 资助工作。？: a stray mark of the source
            if stray is not None:
                end -= len(body) - stray.start(1) - 1
                body = body[: stray.start(1) + 1]
            yield Candidate(
                Kind.BODY,
                body,
                _ref(self.file, (number, body_start, end)),
                mode=self.modes.get(number, ""),
                context=self.section_title(number),
                around=_stretch(paragraph, self.cuts.get(number, ()), start),
                series=index in in_run,
            )


def _stretch(paragraph: str, cuts: Sequence[int], start: int) -> str:
    """The stretch of ``paragraph`` a sentence at ``start`` stands in: from the heading or lead
    sentence before it to the next (a scraped report runs several leads and their sentences
    into one paragraph: 工业经济加力提速。…… 项目建设加快推进。……)."""
    at = bisect.bisect_right(cuts, start)  # (``cuts`` in order)
    begin = cuts[at - 1] if at else 0
    end = cuts[at] if at < len(cuts) else len(paragraph)
    return paragraph[begin:end]


_DASH = ("—", "－", "-")
_STRAY_END = re.compile(r"([。；])[？?！!]+$")
MAX_BODY = 240  # characters: a report's long measure sentences are whole sentences too

_REVIEW_SECTION = re.compile(r"回顾|过去|去年|上年|一年来|五年来")
_PLAN_SECTION = re.compile(r"重点工作|主要任务|总体要求|工作安排|目标任务|工作打算|奋斗目标|今年")


def paragraph_modes(outline: Outline, count: int) -> dict[int, str]:
    """The mode of each paragraph from the part of the report it is in (回顾 / 重点工作): the
    part an unnumbered section title opens (2023年工作回顾), or where no such title names a
    mode, the part a level-1 heading names (一、2021年工作回顾 — most county reports number
    their parts so; their review was read as plan by its wording alone). In a report, what
    follows its review is to come: a later level-1 heading naming no mode (二、2022年发展思路和
    工作重点, 三、全面加强政府自身建设) is plan, unless it weighs the situation (形势, 问题)."""
    marks = [(part.span.paragraph, section_mode(part.text)) for part in outline.sections]
    if not any(mode for _, mode in marks):
        reviewed = False
        for heading in outline.headings:
            if heading.level != 1:
                continue
            mode = section_mode(heading.text)
            if not mode and reviewed and not _WEIGHING.search(heading.text):
                mode = "target"
            reviewed = reviewed or mode == "achievement"
            if mode or reviewed:
                marks.append((heading.span.paragraph, mode))
    marks.sort(key=operator.itemgetter(0))
    modes: dict[int, str] = {}
    for index, (start, mode) in enumerate(marks):
        last = marks[index + 1][0] if index + 1 < len(marks) else count
        if mode:
            modes.update(dict.fromkeys(range(start, last), mode))
    return modes


# A part that weighs where the county stands rather than saying what was done or is to be.
_WEIGHING = re.compile(r"形势|问题|不足|差距|挑战|机遇")


def section_mode(title: str) -> str:
    """Review (achievement) or plan (target) by a section's title (2023年工作回顾 / 2024年工作
    安排), or "" when the title says neither."""
    if _REVIEW_SECTION.search(title):
        return "achievement"
    if _PLAN_SECTION.search(title):
        return "target"
    return ""


def _text_span(paragraphs: tuple[str, ...], heading: Heading) -> Span:
    """The span of the heading's text (without its marker) inside its paragraph."""
    paragraph = paragraphs[heading.span.paragraph]
    at = paragraph.find(heading.text, heading.span.start)
    if at < 0:
        return heading.span
    return Span(heading.span.paragraph, at, at + len(heading.text))


OPENING_READ = 400  # characters of a heading's body read for its topic…
SECTION_READ = 1500  # …and of its whole section


def _section_text(outline: Outline, index: int, *, whole: bool = False) -> str:
    """The heading's own body and the paragraphs up to the next heading (for topic tagging);
    ``whole``: up to the next heading of its level or above (一、坚定不移抓高效投入 is about
    the projects its （一）（二）（三） take up)."""
    heading = outline.headings[index]
    limit = SECTION_READ if whole else OPENING_READ
    following = next(
        (
            h.span.paragraph
            for h in outline.headings[index + 1 :]
            if not whole or h.level <= heading.level
        ),
        len(outline.paragraphs),
    )
    parts = [heading.body]
    for number in range(heading.span.paragraph + 1, max(following, heading.span.paragraph + 1)):
        parts.append(outline.paragraphs[number])
        if sum(len(p) for p in parts) >= limit:
            break
    return "".join(parts)[:limit]
