"""The .docx writer: input a ``Document`` (and a ``Style``), output the bytes of a Word file.

The fixed parts come from ``template.static_parts`` (built once per style). This module writes
the speech into word/document.xml — a paragraph per block in its role's style, lead sentences
bold, run-in headings in their heading's character style, fonts on every run — optionally a Word
comment with the provenance of each generated sentence, and the core properties; then zips the
package with fixed dates in a fixed member order, so the same document always gives the same
bytes.

The package is assembled here, as strings, rather than through python-docx: the result is the
same XML python-docx would write (its reader is what the tests open the file with), but building
a 5,000-character draft takes a few milliseconds instead of python-docx's ~0.1 s import, its
~1 ms per comment (``add_comment`` searches every id and stamps the current time) and a re-zip
to undo the timestamps it writes into the archive.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from drafter import __version__
from drafter.document import Block, Document, Role, Run
from drafter.numerals import from_chinese
from drafter.writers.ooxml import line_twips, run_fonts_xml, xml_text
from drafter.writers.sanitise import sanitise_line
from drafter.writers.style import DEFAULT_STYLE, Style
from drafter.writers.styles_part import PARAGRAPH_STYLES, RUN_IN_STYLES
from drafter.writers.template import (
    comments_xml,
    content_types,
    core_xml,
    document_rels,
    document_xml,
    static_parts,
)

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
# Member order inside the zip: content types first (as Word writes them), then a fixed order.
_ORDER = (
    "_rels/.rels",
    "docProps/core.xml",
    "docProps/app.xml",
    "word/document.xml",
    "word/_rels/document.xml.rels",
    "word/styles.xml",
    "word/settings.xml",
    "word/fontTable.xml",
    "word/footer1.xml",
    "word/footer2.xml",
    "word/comments.xml",
)


def build_docx(doc: Document, *, style: Style | None = None, comments: bool = False) -> bytes:
    """The speech as .docx bytes; the same arguments always give the same bytes."""
    style = style or DEFAULT_STYLE
    body, notes = _body_xml(doc, style, comments=comments)
    when = document_date(doc)
    parts = dict(static_parts(style))
    parts["word/document.xml"] = document_xml(style, body)
    parts["docProps/core.xml"] = core_xml(_core_fields(doc, when))
    parts["word/_rels/document.xml.rels"] = document_rels(comments=comments)
    if comments:
        parts["word/comments.xml"] = comments_xml(_comment_items(notes, when))
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        _add_member(archive, "[Content_Types].xml", content_types(comments=comments))
        for name in _ORDER:
            if name in parts:
                _add_member(archive, name, parts[name])
    return stream.getvalue()


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


def _add_member(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    member = zipfile.ZipInfo(name, _ZIP_DATE)
    member.compress_type = zipfile.ZIP_DEFLATED
    member.create_system = 0  # the same bytes on Windows and elsewhere
    member.external_attr = 0
    archive.writestr(member, data, compresslevel=6)


def _comment_items(notes: list[str], when: dt.datetime) -> str:
    """``w:comment`` elements, shaped as Word and python-docx write them."""
    stamp = _w3c(when)
    return "".join(
        f'<w:comment w:id="{number}" w:author="{COMMENT_AUTHOR}" w:date="{stamp}"'
        f' w:initials="{COMMENT_INITIALS}"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
        f'<w:r><w:t xml:space="preserve">{xml_text(note)}</w:t></w:r></w:p></w:comment>'
        for number, note in enumerate(notes)
    )


def _w3c(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _body_xml(doc: Document, style: Style, *, comments: bool) -> tuple[str, list[str]]:
    """Paragraph XML for every block, and the text of each comment (its id is its index).

    With ``comments``, consecutive runs of a paragraph that share a provenance are one sentence
    (a bold lead and its tail, say) and get one comment anchored on exactly those runs.
    """
    out: list[str] = []
    notes: list[str] = []
    blocks = [block for block in doc.blocks if sanitise_line(block.text).strip()]
    front_end = _last_front_index(blocks)
    for index, block in enumerate(blocks):
        style_id = PARAGRAPH_STYLES[block.role][0]
        ppr = f'<w:pStyle w:val="{style_id}"/>'
        if index == front_end and block.role is not Role.TITLE:
            # A blank line's worth of space between the title block and the speech.
            ppr += f'<w:spacing w:after="{line_twips(style)}"/>'
        out.append(f"<w:p><w:pPr>{ppr}</w:pPr>")
        runs = _clean_runs(block)
        for position, run in enumerate(runs):
            note = run.provenance if comments else None
            opens = note is not None and (position == 0 or runs[position - 1].provenance != note)
            closes = note is not None and (
                position + 1 == len(runs) or runs[position + 1].provenance != note
            )
            if opens:
                out.append(f'<w:commentRangeStart w:id="{len(notes)}"/>')
                notes.append(sanitise_line(note.describe()))  # type: ignore[union-attr]
            out.append(_run_xml(run, block.role, style))
            if closes:
                number = len(notes) - 1
                out.append(
                    f'<w:commentRangeEnd w:id="{number}"/><w:r><w:rPr>'
                    '<w:rStyle w:val="CommentReference"/></w:rPr>'
                    f'<w:commentReference w:id="{number}"/></w:r>'
                )
        out.append("</w:p>")
    return "".join(out), notes


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


def _run_xml(run: Run, role: Role, style: Style) -> str:
    """One ``w:r``: character style for run-in headings, fonts on the run, bold."""
    level = run.heading_level if role is Role.BODY else None
    if level is not None and level not in RUN_IN_STYLES:
        level = None
    rpr = ""
    if level is not None:
        rpr += f'<w:rStyle w:val="{RUN_IN_STYLES[level][0]}"/>'
        bold = style.heading_bold(level) or run.bold
        east_asian = style.heading_font(level)
    else:
        bold, east_asian = _role_look(role, style)
        bold = bold or run.bold
    if style.run_fonts:
        rpr += run_fonts_xml(style.latin_font, east_asian, hint=True)
        if bold:
            rpr += "<w:b/><w:bCs/>"
    elif run.bold or (level is not None and style.heading_bold(level)):
        rpr += "<w:b/><w:bCs/>"
    text = xml_text(run.text)
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def _role_look(role: Role, style: Style) -> tuple[bool, str]:
    level = role.heading_level
    if level is not None:
        return style.heading_bold(level), style.heading_font(level)
    if role is Role.TITLE:
        return style.title_bold, style.title_font
    if role in (Role.SPEAKER, Role.DATE):
        return style.speaker_bold, style.speaker_font
    return False, style.body_font


def _core_fields(doc: Document, when: dt.datetime) -> list[tuple[str, str]]:
    """Title, author (the speaker), and what reproduces the draft: version, seed, targets hash."""
    meta = doc.meta
    title = meta.title or next((block.text for block in doc.blocks if block.role is Role.TITLE), "")
    generator = sanitise_line(meta.generator or f"drafter {__version__}")
    facts = [f"生成程序：{generator}"]
    keywords = [generator.replace(" ", "/")]
    if meta.seed is not None:
        facts.append(f"变体编号（seed）：{meta.seed}")
        keywords.append(f"seed={meta.seed}")
    if meta.targets_sha256:
        digest = sanitise_line(meta.targets_sha256)
        facts.append(f"指标文件 SHA-256：{digest}")
        keywords.append(f"targets-sha256={digest}")
    stamp = _w3c(when)
    return [
        ("dc:title", sanitise_line(title).strip()[:255]),
        ("dc:subject", "讲话稿"),
        ("dc:creator", sanitise_line(meta.author).strip()[:255]),
        ("cp:keywords", "; ".join(keywords)),
        ("dc:description", "；".join(facts)),
        ("cp:lastModifiedBy", generator),
        ("cp:revision", "1"),
        ("cp:version", generator),
        ("dc:language", "zh-CN"),
        ("dcterms:created", stamp),
        ("dcterms:modified", stamp),
        ("cp:category", "讲话稿"),
    ]
