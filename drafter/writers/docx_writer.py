"""The .docx writer: input a ``Document`` (and a ``Style``), output the bytes of a Word file.

Built with python-docx from its default template (a package Word opens cleanly): the styles
(``docx_styles``), the page and its footers (``docx_page``), then a paragraph per block in its
role's style — lead sentences bold, run-in headings in their heading's character style, fonts on
every run — optionally a Word comment with the provenance of each generated sentence, and the
core properties. Everything time-dependent is fixed (comment dates, core dates, zip member
dates), so the same document always gives the same bytes. The properties carry the title only,
unless the style asks to record the generator. Long title and subtitle lines get line breaks
where a reader would break them (``display_lines``).

python-docx (and lxml) is imported inside ``build_docx`` only: commands that write no .docx
never pay for it.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import itertools
import math
import re
import zipfile
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from drafter import __version__
from drafter.document import Block, Document, Role, Run
from drafter.numerals import from_chinese
from drafter.records import dataclass
from drafter.writers.sanitise import sanitise_line
from drafter.writers.style import DEFAULT_STYLE, Style

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run as DocxRun

    from drafter.keep.record import Marking
    from drafter.writers.docx_styles import SpeechStyles

COMMENT_AUTHOR = "drafter"
COMMENT_INITIALS = "DR"
_FRONT = (Role.TITLE, Role.SPEAKER, Role.DATE)
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_FALLBACK_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
_DATE = re.compile(
    r"([\d〇零一二三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月"
    r"\s*([\d一二三四五六七八九十]{1,3})\s*日"
)
_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
# Core properties python-docx refuses beyond 255 characters.
_MAX_PROPERTY = 255


def build_docx(
    doc: Document,
    *,
    style: Style | None = None,
    comments: bool = False,
    marking: Marking | None = None,
) -> bytes:
    """The speech as .docx bytes; the same arguments always give the same bytes. A draft
    records what it generated, per paragraph (``drafter.keep.record``; ``marking`` when some of
    it is the writer's, kept from an edited draft)."""
    import docx

    from drafter.keep.record import record_generation
    from drafter.writers.docx_page import set_up_package, set_up_page
    from drafter.writers.docx_styles import define_styles

    style = style or DEFAULT_STYLE
    when = document_date(doc)
    document = docx.Document()
    styles = define_styles(document, style)
    set_up_page(document, style, styles.page_number)
    set_up_package(document, style)
    _write_body(document, doc, style, styles, comments=comments)
    record_generation(document, doc, marking)
    if comments:
        _fix_comment_dates(document, when)
    _set_core_properties(document, doc, when, record=style.record_generator)
    stream = io.BytesIO()
    document.save(stream)
    return _reproducible_zip(stream.getvalue())


def document_date(doc: Document) -> dt.datetime:
    """A fixed timestamp for the file: the speech's date line, else 1 January of its year."""
    for block in doc.blocks:
        if block.role in (Role.DATE, Role.SPEAKER, Role.TITLE):
            match = _DATE.search(block.text)
            if match:
                year = int(match.group(1).translate(_YEAR_DIGITS))
                month, day = _number(match.group(2)), _number(match.group(3))
                try:
                    return dt.datetime(year, month or 0, day or 0, tzinfo=dt.timezone.utc)
                except ValueError:
                    continue
    if doc.meta.year is not None and 1900 <= doc.meta.year <= 9999:
        return dt.datetime(doc.meta.year, 1, 1, tzinfo=dt.timezone.utc)
    return _FALLBACK_DATE


def _number(text: str) -> int | None:
    """12 or 十二 (a month or a day)."""
    return int(text) if text.isdigit() else from_chinese(text)


def _reproducible_zip(data: bytes) -> bytes:
    """python-docx's package re-zipped with fixed member dates and attributes, same order."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, _ZIP_DATE)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.create_system = 0  # the same bytes on Windows and elsewhere
            member.external_attr = 0
            target.writestr(member, source.read(info), compresslevel=6)
    return out.getvalue()


def _write_body(
    document: WordDocument, doc: Document, style: Style, styles: SpeechStyles, *, comments: bool
) -> None:
    """A paragraph per non-empty block, runs in order, comments on generated sentences.

    With ``comments``, consecutive runs of a paragraph that share a provenance are one sentence
    (a bold lead and its tail, say) and get one comment anchored on exactly those runs. Each
    python-docx ``add_comment`` costs ~0.4 ms and scans every earlier comment for a free id:
    ~0.08 s for the ~180 sentences of a 5,000-character draft, growing quadratically beyond.
    """
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    writer = _RunWriter(style, styles)
    # What ``add_paragraph(style=...)`` writes, looked up once per role, not once per paragraph
    # (python-docx searches the styles part for the default style every time).
    style_ids = {
        role: document.styles.get_style_id(paragraph_style, WD_STYLE_TYPE.PARAGRAPH)
        for role, paragraph_style in styles.paragraph.items()
    }
    for planned in plan_body(doc, style):
        paragraph = document.add_paragraph()
        paragraph._p.style = style_ids[planned.role]
        if planned.spaced:
            paragraph.paragraph_format.space_after = Pt(style.line_spacing_pt)
        runs = list(planned.runs)
        written = [
            writer.add(paragraph, run, planned.role, breaks=list(inside))
            for run, inside in zip(runs, planned.breaks, strict=True)
        ]
        if not comments:
            continue
        start = 0
        for position, run in enumerate(runs):
            note = run.provenance
            if position + 1 < len(runs) and runs[position + 1].provenance == note:
                continue
            if note is not None:
                document.add_comment(
                    written[start : position + 1],
                    text=sanitise_line(note.describe()),
                    author=COMMENT_AUTHOR,
                    initials=COMMENT_INITIALS,
                )
            start = position + 1


@dataclass(frozen=True, slots=True)
class PlannedParagraph:
    """One paragraph of the .docx body, as both writers write it (``docx_package`` too)."""

    role: Role
    spaced: bool  # the last line of the title block: a blank line's worth of space after it
    runs: tuple[Run, ...]  # sanitised, trimmed
    breaks: tuple[tuple[int, ...], ...]  # per run: offsets in its text of a line break (w:br)


def plan_body(doc: Document, style: Style) -> list[PlannedParagraph]:
    """A paragraph per non-empty block: its runs cleaned, long front lines broken."""
    blocks = [block for block in doc.blocks if sanitise_line(block.text).strip()]
    front_end = _last_front_index(blocks)
    planned: list[PlannedParagraph] = []
    for index, block in enumerate(blocks):
        runs = _clean_runs(block)
        cuts = _line_breaks(runs, block.role, style)
        breaks: list[tuple[int, ...]] = []
        offset = 0
        for run in runs:
            breaks.append(
                tuple(cut - offset for cut in cuts if offset < cut < offset + len(run.text))
            )
            offset += len(run.text)
        spaced = index == front_end and block.role is not Role.TITLE
        planned.append(PlannedParagraph(block.role, spaced, tuple(runs), tuple(breaks)))
    return planned


def run_look(run: Run, role: Role, run_in_levels: Collection[int]) -> tuple[Role, int | None, bool]:
    """What decides a run's formatting: its paragraph's role, its run-in heading level (a body
    paragraph's only, and only a level with a character style), and bold."""
    level = run.heading_level if role is Role.BODY else None
    if level is not None and level not in run_in_levels:
        level = None
    return role, level, run.bold


def _line_breaks(runs: list[Run], role: Role, style: Style) -> tuple[int, ...]:
    """Where a long title, speaker or date line breaks (``display_lines``), as text offsets."""
    from drafter.writers.display_lines import break_offsets
    from drafter.writers.style import text_width_pt

    if role not in _FRONT:
        return ()
    size = style.title_size_pt if role is Role.TITLE else style.speaker_size_pt
    scale = style.char_scale_percent / 100 if style.chars_per_line else 1.0
    capacity = math.floor(text_width_pt(style) / (size * scale + style.char_spacing_pt))
    return break_offsets("".join(run.text for run in runs), capacity)


def _last_front_index(blocks: list[Block]) -> int:
    index = -1
    for position, block in enumerate(blocks):
        if block.role not in _FRONT:
            break
        index = position
    return index if index + 1 < len(blocks) else -1


def _clean_runs(block: Block) -> list[Run]:
    """The block's runs with sanitised text, empty runs dropped, paragraph ends trimmed."""
    runs = [
        Run(text, run.bold, run.heading_level, run.provenance)
        for run in block.runs
        if (text := sanitise_line(run.text))
    ]
    while runs and not runs[0].text.strip():
        runs.pop(0)
    while runs and not runs[-1].text.strip():
        runs.pop()
    if runs:
        first, last = runs[0], runs[-1]
        runs[0] = Run(first.text.lstrip(), first.bold, first.heading_level, first.provenance)
        last = runs[-1]
        runs[-1] = Run(last.text.rstrip(), last.bold, last.heading_level, last.provenance)
    return runs


class _RunWriter:
    """Adds runs; each distinct look is formatted once through python-docx.

    A look is (role, run-in heading level, bold): its character style, both font slots and bold.
    The first run of a look is formatted with python-docx; later runs get a copy of that run's
    finished ``w:rPr`` — formatting every run through the API cost ~1 ms per run, a tenth of a
    second for a 5,000-character speech.
    """

    def __init__(self, style: Style, styles: SpeechStyles) -> None:
        self._style = style
        self._styles = styles
        self._looks: dict[tuple[Role, int | None, bool], BaseOxmlElement | None] = {}

    def add(
        self, paragraph: Paragraph, run: Run, role: Role, *, breaks: list[int] | None = None
    ) -> DocxRun:
        """The run, with a line break (``w:br``) before each offset in ``breaks``."""
        from drafter.writers.docx_styles import RUN_IN_STYLES

        key = run_look(run, role, RUN_IN_STYLES)
        level = key[1]
        added = paragraph.add_run()
        # CT_R.add_t: python-docx's run.text setter scans the text character by character for
        # tabs and breaks, which sanitise_line has already turned into spaces.
        bounds = [0, *(breaks or []), len(run.text)]
        for index, (start, end) in enumerate(itertools.pairwise(bounds)):
            if index:
                added.element.add_br()
            added.element.add_t(run.text[start:end])
        if key in self._looks:
            rpr = self._looks[key]
            if rpr is not None:
                added.element.insert(0, copy.deepcopy(rpr))
        else:
            self._format(added, run, role, level)
            rpr = added.element.rPr
            self._looks[key] = copy.deepcopy(rpr) if rpr is not None else None
        if "【待补：" in run.text:
            # a fact the writer is to supply (draft --todo): the sentence stands out
            from docx.enum.text import WD_COLOR_INDEX

            added.font.highlight_color = WD_COLOR_INDEX.YELLOW
        return added

    def _format(self, added: DocxRun, run: Run, role: Role, level: int | None) -> None:
        """Character style for a run-in heading, fonts on the run, bold."""
        from drafter.writers.docx_styles import set_run_fonts

        style = self._style
        if level is not None:
            added.style = self._styles.run_in[level]
            bold = style.heading_bold(level) or run.bold
            east_asian = style.heading_font(level)
        else:
            bold, east_asian = _role_look(role, style)
            bold = bold or run.bold
        if style.run_fonts:
            set_run_fonts(added.element.get_or_add_rPr(), style.latin_font, east_asian, hint=True)
            if bold:
                added.font.bold = True
        elif run.bold or (level is not None and style.heading_bold(level)):
            added.font.bold = True


def _role_look(role: Role, style: Style) -> tuple[bool, str]:
    level = role.heading_level
    if level is not None:
        return style.heading_bold(level), style.heading_font(level)
    if role is Role.TITLE:
        return style.title_bold, style.title_font
    if role in (Role.SPEAKER, Role.DATE):
        return style.speaker_bold, style.speaker_font
    return False, style.body_font


def _fix_comment_dates(document: WordDocument, when: dt.datetime) -> None:
    """python-docx stamps each comment with the current time: use the speech's date instead."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn

    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    for rel in document.part.rels.values():
        if rel.reltype == RT.COMMENTS:  # none when no sentence has a provenance
            for comment in rel.target_part.element.iter(qn("w:comment")):
                comment.set(qn("w:date"), stamp)


def _set_core_properties(
    document: WordDocument, doc: Document, when: dt.datetime, *, record: bool
) -> None:
    """Title, language and dates; with ``record`` also the author (the speaker) and what
    reproduces the draft (``core_values``)."""
    props = document.core_properties
    apply_core_values(props, core_values(doc, record=record), when.replace(tzinfo=None))


#: The core properties that are text, in the order they are first set (the order python-docx
#: appends the elements the template lacks).
CORE_TEXT = (
    "title",
    "subject",
    "author",
    "keywords",
    "comments",
    "last_modified_by",
    "version",
    "category",
)


def apply_core_values(props: Any, values: dict[str, str], when: Any) -> None:
    """Set python-docx's core properties: ``values`` (see ``core_values``), revision 1,
    language zh-CN, created and modified ``when`` (naive UTC)."""
    for name in CORE_TEXT[:6]:
        setattr(props, name, values[name])
    props.revision = 1
    props.version = values["version"]
    props.language = "zh-CN"
    props.category = values["category"]
    props.created = when
    props.modified = when


def core_values(doc: Document, *, record: bool) -> dict[str, str]:
    """The text core properties: the title only, or with ``record`` also the author (the
    speaker) and what reproduces the draft: version, seed, targets hash.

    Every field python-docx's template filled ("python-docx", 2013 dates) is overwritten: a
    draft a writer forwards says nothing of how it was made unless the writer asks
    (``record_generator``); ``--comments`` is where each sentence's source is shown.
    """
    meta = doc.meta
    title = meta.title or next((block.text for block in doc.blocks if block.role is Role.TITLE), "")
    values = dict.fromkeys(CORE_TEXT, "")
    values["title"] = _property(title)
    if not record:
        return values
    generator = _property(meta.generator or f"drafter {__version__}")
    facts = [f"生成程序：{generator}"]
    keywords = [generator.replace(" ", "/")]
    if meta.seed is not None:
        facts.append(f"变体编号（seed）：{meta.seed}")
        keywords.append(f"seed={meta.seed}")
    if meta.targets_sha256:
        digest = sanitise_line(meta.targets_sha256)
        facts.append(f"指标文件 SHA-256：{digest}")
        keywords.append(f"targets-sha256={digest}")
    values.update(
        subject="讲话稿",
        category="讲话稿",
        author=_property(meta.author),
        keywords=_property("; ".join(keywords)),
        comments=_property("；".join(facts)),
        last_modified_by=generator,
        version=generator,
    )
    return values


def _property(text: str) -> str:
    return sanitise_line(text).strip()[:_MAX_PROPERTY]
