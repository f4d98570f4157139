"""What a draft generated, recorded inside its own .docx, so a later run can tell the writer's
edits from untouched generated text.

Input: the ``Document`` being written (and, when an edited draft was merged, a ``Marking`` that
says which blocks are the writer's and which slots the writer deleted); output: the record, a
short text of entries ``origin:slot:digest`` — one per paragraph, in order — stored twice in the
package, in the two places Word, WPS and LibreOffice keep when they save a file they did not
write:

- custom document properties (``docProps/custom.xml``; 文件 → 属性 → 自定义), in values of at
  most 240 characters (Word truncates longer property values to 255);
- a document variable in ``word/settings.xml`` (``w:docVars``, what Word macros use).

``slot`` names where the paragraph sits in the speech's structure, stable across seeds and new
figures: ``title``, ``front.2`` (the third paragraph before the first numbered part), ``s3.h``
(the heading of the part made from the fourth section of the targets file, a level-1 heading or
the work report's （四）), ``s3.5``, ``x1.0`` (under a heading of no section: 抓落实, the
report's 工作回顾), ``end.0`` (the closing). ``digest`` is 12 hex digits of the
SHA-256 of the paragraph's text as a reader of the file sees it (line breaks dropped).
Origins: ``g`` generated, ``w`` the writer's text kept from an edited draft, ``d`` a slot the
writer deleted (no paragraph; it stays deleted; its digest is of the text it last had); ``f`` a
figure of the targets and the numbers the draft stated for it (``f:r0:86.3,6.8``), so the next
run can tell which figures changed. The
names say nothing of the program: a draft a writer forwards does not name its tool.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from drafter.document import Block, Document, Role
from drafter.records import dataclass
from drafter.writers.sanitise import sanitise_line

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

GENERATED, WRITER, DELETED, FIGURE = "g", "w", "d", "f"
RECORD_HEADER = "draft-record/1"
PROPERTY_PREFIX = "draft_record_"
DOCVAR_NAME = "draft_record"
MAX_VALUE = 240  # characters per custom property value (Word keeps 255)
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the one every custom property uses
_SLOT = re.compile(r"^[a-z0-9.]*$")
_DIGEST = re.compile(r"[0-9a-f]{12}|")
_NUMBERS = re.compile(r"[0-9.,]*")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# a figure's key in the targets file, and its code in the record (review.figures[0] → r0)
_FIGURE_KEY = re.compile(
    r"^(?:review\.figures\[(\d+)\]|goals\[(\d+)\]|sections\[(\d+)\]\.figures\[(\d+)\])$"
)
_FIGURE_CODE = re.compile(r"^(?:r(\d+)|g(\d+)|s(\d+)f(\d+))$")
_SECTION_KEY = re.compile(r"^sections\[(\d+)\]")
# Elements of w:settings that come after w:docVars in the schema's sequence (Word is strict).
_AFTER_DOCVARS = (
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
)


@dataclass(frozen=True, slots=True)
class Entry:
    origin: str  # GENERATED, WRITER or DELETED
    slot: str  # "" for a paragraph the writer added
    digest: str  # "" for a deleted slot


@dataclass(frozen=True, slots=True)
class Marking:
    """Origin and slot of every block of a merged document, and the slots the writer deleted."""

    blocks: tuple[tuple[str, str], ...]
    deleted: tuple[tuple[str, str], ...] = ()  # (slot, digest of the text it had)


def paragraph_text(text: str) -> str:
    """A paragraph's text as compared across saves: line breaks (title lines) dropped."""
    return text.replace("\n", "").replace("\r", "").strip()


def text_digest(text: str) -> str:
    return hashlib.sha256(paragraph_text(text).encode("utf-8")).hexdigest()[:12]


def written_blocks(doc: Document) -> list[Block]:
    """The blocks the writers turn into paragraphs (an empty one writes nothing)."""
    return [block for block in doc.blocks if sanitise_line(block.text).strip()]


def slot_ids(blocks: Sequence[Block]) -> tuple[str, ...]:
    """Each block's slot (see the module docstring)."""
    headings = [i for i, block in enumerate(blocks) if _opens_part(block)]
    tail = _tail_start(blocks, headings[-1]) if headings else len(blocks)
    slots: list[str] = []
    front = 0
    part = ""
    inside = 0
    extra = 0
    seen: set[str] = set()
    for index, block in enumerate(blocks):
        if not headings or index < headings[0]:
            if block.role in (Role.TITLE, Role.SPEAKER, Role.DATE, Role.SALUTATION):
                slot = block.role.value
            else:
                slot = f"front.{front}"
                front += 1
        elif index >= tail:
            slot = f"end.{index - tail}"
        elif _opens_part(block):
            found = _part_id(block)
            if found is None or found in seen:
                extra += 1
                found = f"x{extra}"
            part = found
            seen.add(part)
            inside = 0
            slot = f"{part}.h"
        else:
            slot = f"{part}.{inside}"
            inside += 1
        slots.append(slot)
    # a second title or salutation line (rare in a template): numbered, still unique
    counts: dict[str, int] = {}
    unique = []
    for slot in slots:
        counts[slot] = counts.get(slot, 0) + 1
        unique.append(slot if counts[slot] == 1 else f"{slot}.{counts[slot] - 1}")
    return tuple(unique)


def _opens_part(block: Block) -> bool:
    """A level-1 heading, or a level-2 heading of a section (the work report's parts are
    （一）（二） under 今年工作安排)."""
    return block.role is Role.HEADING_1 or (
        block.role is Role.HEADING_2 and _part_id(block) is not None
    )


def _part_id(block: Block) -> str | None:
    for run in block.runs:
        key = run.provenance.yaml_key if run.provenance else None
        match = _SECTION_KEY.match(key or "")
        if match:
            return f"s{match.group(1)}"
    return None


def _tail_start(blocks: Sequence[Block], last_heading: int) -> int:
    """Where the closing starts: the last part's trailing paragraphs that no part composed
    (template text, or a closing from the bank or the targets file)."""
    start = len(blocks)
    for index in range(len(blocks) - 1, last_heading, -1):
        if not all(_closing_run(run.provenance) for run in blocks[index].runs):
            break
        start = index
    return start


def _closing_run(provenance: object) -> bool:
    if provenance is None:
        return True
    kind = getattr(provenance, "kind", None)
    key = getattr(provenance, "yaml_key", None)
    return kind == "closing" or key == "closing"


def default_marking(doc: Document) -> Marking | None:
    """The marking of a freshly generated draft (None for a speech nothing generated: typeset)."""
    if doc.meta.seed is None:
        return None
    blocks = written_blocks(doc)
    origins = [WRITER if _writers(block) else GENERATED for block in blocks]
    return Marking(tuple(zip(origins, slot_ids(blocks), strict=True)))


def _writers(block: Block) -> bool:
    return bool(block.runs) and all(
        run.provenance is not None and run.provenance.origin == "writer" for run in block.runs
    )


def figure_numbers(doc: Document) -> tuple[tuple[str, str], ...]:
    """The numbers the draft states for each figure of the targets (by the runs that state
    them), so a later run can say which figures changed."""
    found: dict[str, list[str]] = {}
    for block in doc.blocks:
        for run in block.runs:
            key = run.provenance.yaml_key if run.provenance else None
            code = figure_code(key or "")
            if code is not None:
                found.setdefault(code, []).extend(_NUMBER.findall(run.text))
    return tuple((code, ",".join(numbers)) for code, numbers in found.items())


def figure_code(key: str) -> str | None:
    match = _FIGURE_KEY.match(key)
    if match is None:
        return None
    review, goal, section, figure = match.groups()
    if review is not None:
        return f"r{review}"
    if goal is not None:
        return f"g{goal}"
    return f"s{section}f{figure}"


def figure_key(code: str) -> str | None:
    """The targets key of a figure's code in the record (r0 → review.figures[0])."""
    match = _FIGURE_CODE.match(code)
    if match is None:
        return None
    review, goal, section, figure = match.groups()
    if review is not None:
        return f"review.figures[{review}]"
    if goal is not None:
        return f"goals[{goal}]"
    return f"sections[{section}].figures[{figure}]"


def encode_record(entries: Iterable[Entry]) -> str:
    return RECORD_HEADER + "|" + "|".join(f"{e.origin}:{e.slot}:{e.digest}" for e in entries)


def decode_record(text: str) -> tuple[Entry, ...] | None:
    """The entries of a record, or None when ``text`` is no record of ours (or damaged)."""
    head, _, body = text.strip().partition("|")
    if head != RECORD_HEADER:
        return None
    entries = []
    for item in body.split("|") if body else ():
        parts = item.split(":")
        if len(parts) != 3 or parts[0] not in (GENERATED, WRITER, DELETED, FIGURE):
            return None
        origin, slot, digest = parts
        value = _NUMBERS if origin == FIGURE else _DIGEST
        if not _SLOT.match(slot) or not value.fullmatch(digest):
            return None
        entries.append(Entry(origin, slot, digest))
    return tuple(entries)


def record_generation(document: WordDocument, doc: Document, marking: Marking | None) -> None:
    """Store the record of ``doc`` (as written into ``document``) in the package."""
    text = record_text(doc, [paragraph.text for paragraph in document.paragraphs], marking)
    if text is None:
        return
    _set_custom_properties(document, text)
    _set_document_variable(document, text)


def record_text(doc: Document, paragraphs: Sequence[str], marking: Marking | None) -> str | None:
    """The record of ``doc`` written as ``paragraphs`` (their texts), None for a speech nothing
    generated (``writers.docx_package`` writes it without python-docx)."""
    marking = marking or default_marking(doc)
    if marking is None:
        return None
    if len(paragraphs) != len(marking.blocks):
        raise AssertionError("record: the marking does not match the written paragraphs")
    entries = [
        Entry(origin, slot, text_digest(paragraph))
        for (origin, slot), paragraph in zip(marking.blocks, paragraphs, strict=True)
    ]
    entries += [Entry(DELETED, slot, digest) for slot, digest in marking.deleted]
    entries += [Entry(FIGURE, code, numbers) for code, numbers in figure_numbers(doc)]
    return encode_record(entries)


def _chunks(text: str) -> list[str]:
    return [text[i : i + MAX_VALUE] for i in range(0, len(text), MAX_VALUE)] or [""]


def _set_custom_properties(document: WordDocument, text: str) -> None:
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    xml = custom_properties_xml(text)
    package = document.part.package
    part = Part(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, xml, package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def custom_properties_xml(text: str) -> bytes:
    """``docProps/custom.xml`` holding the record ``text``."""
    items = []
    for pid, (name, value) in enumerate(_properties(text), start=2):
        items.append(
            f'<property fmtid="{_FMTID}" pid="{pid}" name="{name}">'
            f"<vt:lpwstr>{_escape(value)}</vt:lpwstr></property>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">' + "".join(items) + "</Properties>"
    ).encode("utf-8")


def _escape(text: str) -> str:
    """What ``xml.sax.saxutils.escape`` does (importing it imports urllib, http and email:
    60 ms)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _properties(text: str) -> list[tuple[str, str]]:
    chunks = _chunks(text)
    return [(f"{PROPERTY_PREFIX}count", str(len(chunks)))] + [
        (f"{PROPERTY_PREFIX}{i:03d}", chunk) for i, chunk in enumerate(chunks, start=1)
    ]


def _set_document_variable(document: WordDocument, text: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    settings = document.settings.element
    variables = OxmlElement("w:docVars")
    variable = OxmlElement("w:docVar")
    variable.set(qn("w:name"), DOCVAR_NAME)
    variable.set(qn("w:val"), text)
    variables.append(variable)
    later = {qn(f"w:{name}") for name in _AFTER_DOCVARS} | {
        "{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr"
    }
    for child in settings:
        if child.tag in later:
            child.addprevious(variables)
            return
    settings.append(variables)


def read_record(document: WordDocument) -> tuple[Entry, ...] | None:
    """The record a draft carries: from its custom properties, else its document variable;
    None when neither survived (or the file is no draft of ours)."""
    found = _record_from_properties(document)
    if found is None:
        found = _record_from_variable(document)
    return found


def _record_from_properties(document: WordDocument) -> tuple[Entry, ...] | None:
    from docx.oxml import parse_xml

    for part in document.part.package.iter_parts():
        if part.partname != "/docProps/custom.xml":
            continue
        try:
            root = parse_xml(part.blob)
        except SyntaxError:  # lxml's XMLSyntaxError: a damaged part
            return None
        values: dict[str, str] = {}
        for prop in root:
            name = prop.get("name") or ""
            if name.startswith(PROPERTY_PREFIX):
                values[name[len(PROPERTY_PREFIX) :]] = "".join(prop.itertext())
        count = values.get("count", "")
        if not count.isdigit():
            return None
        chunks = [values.get(f"{i:03d}") for i in range(1, int(count) + 1)]
        if any(chunk is None for chunk in chunks):
            return None
        return decode_record("".join(c for c in chunks if c is not None))
    return None


def _record_from_variable(document: WordDocument) -> tuple[Entry, ...] | None:
    from docx.oxml.ns import qn

    for variable in document.settings.element.iter(qn("w:docVar")):
        if variable.get(qn("w:name")) == DOCVAR_NAME:
            return decode_record(variable.get(qn("w:val")) or "")
    return None
