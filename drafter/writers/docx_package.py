"""The .docx written as text into a package skeleton: the same bytes as ``build_docx``, without
importing python-docx on every run.

Input: a ``Document``, a ``Style`` and the record's ``Marking``; output: the .docx bytes.
Importing python-docx (and lxml) and building the package through its API cost a draft
150–200 ms of CPU, more than the rest of writing; yet all of the package but the paragraphs,
the record and the title depends only on the style. So python-docx builds, once per style, a
*skeleton* with ``build_docx``'s own steps (styles, page, footers, package settings) and probe
paragraphs: one per role (its ``w:pPr``, plain and with the space after the title block) and
one per look a run can have (its ``w:rPr``, plain and with the yellow highlight of a
【待补：…】 placeholder), with marker values in the core properties and the record. The
skeleton is taken apart into text — the package's parts in order, the two halves of
``word/document.xml`` around the body, the ``w:pPr`` and ``w:rPr`` of every role and look — and
kept in the cache folder as JSON (data only; a missing or damaged file is built again).

Writing a speech then joins strings: each paragraph as python-docx serialises it (``<w:p>``,
its role's ``w:pPr``, a ``<w:r>`` per run with its look's ``w:rPr`` and ``<w:t>`` texts escaped
as lxml escapes them, ``<w:br/>`` at the line breaks of long front lines), the record
(``drafter.keep.record``) and the core properties put in place of the markers, and the package
zipped as ``build_docx`` zips it. ``tests/test_writers_package.py`` checks the bytes equal
``build_docx``'s. Comments (``--comments``) are written by ``build_docx`` itself: each needs a
part of its own that python-docx numbers.
"""

from __future__ import annotations

import base64
import hashlib
import io
import itertools
import json
import os
import sys
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter import __version__
from drafter.document import Document, Role, Run
from drafter.records import dataclass
from drafter.writers.docx_writer import (
    CORE_TEXT,
    PlannedParagraph,
    document_date,
    plan_body,
    run_look,
)
from drafter.writers.style import DEFAULT_STYLE, Style

if TYPE_CHECKING:
    from drafter.keep.record import Marking

_FORMAT = 1  # of the skeleton file; a change of what it holds changes this
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_HIGHLIGHT = "【待补："  # a run holding a placeholder is highlighted (docx_writer._RunWriter)
_DOCUMENT = "word/document.xml"
_SETTINGS = "word/settings.xml"
_CORE = "docProps/core.xml"
_CUSTOM = "docProps/custom.xml"
_RECORD_MARK = "@@DRAFTER-RECORD@@"
_DATE_MARK = (1901, 1, 1)  # created and modified, replaced by the speech's date
_PROBE = "@@DRAFTER-{}@@"
_WRITERS = Path(__file__).resolve().parent

Look = tuple[Role, int | None, bool]


@dataclass(frozen=True, slots=True)
class Skeleton:
    members: tuple[tuple[str, bytes], ...]  # the package's parts in zip order
    head: str  # word/document.xml up to the first paragraph of the body
    tail: str  # from the body's section properties to the end
    paragraph: dict[tuple[Role, bool], str]  # (role, spaced) → w:pPr as serialised ("" if none)
    run: dict[tuple[Look, bool], str]  # (look, highlighted) → w:rPr as serialised ("" if none)
    levels: frozenset[int]  # run-in heading levels that have a character style
    core_marks: dict[str, str]  # core property → its marker in docProps/core.xml
    date_mark: str  # the marker date as core.xml writes it


def write_package(
    doc: Document, *, style: Style | None = None, marking: Marking | None = None
) -> bytes:
    """``build_docx(doc, style=style, marking=marking)``'s bytes (no comments)."""
    from drafter.keep.record import custom_properties_xml, record_text
    from drafter.writers.docx_writer import core_values

    style = style or DEFAULT_STYLE
    planned = plan_body(doc, style)
    # each paragraph's text as python-docx reads it back (a line break is "\n", which the
    # record's digest drops)
    texts = ["".join(run.text for run in paragraph.runs) for paragraph in planned]
    record = record_text(doc, texts, marking)
    skeleton = load_skeleton(style, record=record is not None)
    body = _body(planned, skeleton)
    when = document_date(doc).strftime("%Y-%m-%dT%H:%M:%SZ")
    core = core_values(doc, record=style.record_generator)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in skeleton.members:
            if name == _DOCUMENT:
                data = (skeleton.head + body + skeleton.tail).encode("utf-8")
            elif name == _CORE:
                text = data.decode("utf-8").replace(skeleton.date_mark, when)
                for field, mark in skeleton.core_marks.items():
                    text = text.replace(mark, _text(core[field]))
                data = text.encode("utf-8")
            elif name == _SETTINGS and record is not None:
                data = data.replace(_RECORD_MARK.encode(), _attribute(record).encode("utf-8"))
            elif name == _CUSTOM and record is not None:
                data = custom_properties_xml(record)
            member = zipfile.ZipInfo(name, _ZIP_DATE)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.create_system = 0
            member.external_attr = 0
            target.writestr(member, data, compresslevel=6)
    return out.getvalue()


def _body(planned: list[PlannedParagraph], skeleton: Skeleton) -> str:
    out: list[str] = []
    for paragraph in planned:
        ppr = skeleton.paragraph[(paragraph.role, paragraph.spaced)]
        runs: list[str] = []
        for run, breaks in zip(paragraph.runs, paragraph.breaks, strict=True):
            look = run_look(run, paragraph.role, skeleton.levels)
            rpr = skeleton.run[(look, _HIGHLIGHT in run.text)]
            bounds = [0, *breaks, len(run.text)]
            pieces = [rpr]
            for index, (start, end) in enumerate(itertools.pairwise(bounds)):
                if index:
                    pieces.append("<w:br/>")
                pieces.append(_t(run.text[start:end]))
            runs.append("<w:r>" + "".join(pieces) + "</w:r>")
        if ppr or runs:
            out.append("<w:p>" + ppr + "".join(runs) + "</w:p>")
        else:
            out.append("<w:p/>")
    return "".join(out)


def _t(text: str) -> str:
    """A ``w:t`` as python-docx's ``add_t`` makes it and lxml writes it."""
    space = ' xml:space="preserve"' if len(text.strip()) < len(text) else ""
    return f"<w:t{space}>{_text(text)}</w:t>"


def _text(text: str) -> str:
    """Text content escaped as lxml escapes it."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def _attribute(text: str) -> str:
    """An attribute value escaped as lxml escapes it."""
    return _text(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


# --- the skeleton: built by python-docx once per style, kept as JSON ---------------------------


def load_skeleton(style: Style, *, record: bool) -> Skeleton:
    """The skeleton for ``style`` (with the record's parts or without), from the cache folder
    when it holds it, else built (and kept)."""
    from drafter.resources import cache_dir

    key = _key(style, record)
    folder = cache_dir()
    path = None if folder is None else folder / f"docx-{key[:24]}.json"
    if path is not None:
        try:
            data = json.loads(path.read_bytes())
            if data.get("key") == key:
                return _from_json(data)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass  # built again below
    data = _shipped(style, record) or _build(style, record=record)
    data["key"] = key
    skeleton = _from_json(data)
    if path is not None:
        _save(path, json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return skeleton


def _key(style: Style, record: bool) -> str:
    """What the skeleton depends on: the style, the code that builds it (size and time of this
    package's sources and of the record's: an edited or upgraded drafter builds it again) and
    the libraries that wrote it."""
    from importlib.util import find_spec

    sources = []
    for path in _sources():
        try:
            stat = path.stat()
        except OSError:
            continue
        sources.append((path.name, stat.st_size, stat.st_mtime_ns))
    libraries = []
    for name in ("docx", "lxml"):
        spec = find_spec(name)
        origin = spec.origin if spec is not None else None
        try:
            found = os.stat(origin) if origin else None
        except OSError:
            found = None
        libraries.append((origin, found.st_size if found else 0, found.st_mtime_ns if found else 0))
    what = repr((_FORMAT, __version__, sys.version, sources, libraries, record, style))
    return hashlib.sha256(what.encode("utf-8")).hexdigest()


# --- skeletons shipped with the package -------------------------------------------------------
#
# A first draft (an empty cache folder) would import python-docx and build the skeleton: ~160 ms,
# as much as composing the draft. The default style's skeletons (with the record's parts and
# without) are shipped in ``skeletons.json`` beside this module (``python -m
# drafter.writers.docx_package`` writes it), keyed by what they are built from: the style, the
# bytes of the writers' sources and the versions of python-docx and lxml. Any other style, an
# edited writer or another library version builds its own, as before. A test keeps the file
# current.

_SHIPPED_FILE = Path(__file__).with_name("skeletons.json")


def _shipped(style: Style, record: bool) -> dict[str, Any] | None:
    """The shipped skeleton's data for ``style`` (as ``_build`` returns it), if one is shipped
    for it and for these sources and libraries."""
    try:
        shipped = json.loads(_SHIPPED_FILE.read_bytes())
        key = _shipped_key(style, record)
        entry = shipped["skeletons"].get(key) if key is not None else None
        if type(entry) is not dict:
            return None
        blobs = shipped["blobs"]
        members = [[name, blobs[number]] for name, number in entry["members"]]
        return {**entry, "members": members}
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        return None


def _shipped_key(style: Style, record: bool) -> str | None:
    """What a shipped skeleton depends on (its sources by their bytes, not their times: they are
    another copy's); None when a library's version cannot be read."""
    sources = []
    for path in _sources():
        try:
            sources.append((path.name, hashlib.sha256(path.read_bytes()).hexdigest()))
        except OSError:
            continue
    # (by their major and minor versions: a patch release of lxml, 6.2.0 → 6.2.1 on 6 December
    # 2026, writes the same XML, and a fresh install takes the newest — CI had built every draft
    # from python-docx again)
    versions = [_release(_version(name)) for name in ("docx", "lxml")]
    if None in versions:
        return None
    what = repr((_FORMAT, __version__, sources, versions, record, style))
    return hashlib.sha256(what.encode("utf-8")).hexdigest()


def _sources() -> list[Path]:
    """The sources the skeleton is built by: this package's and the record's."""
    return [*sorted(_WRITERS.glob("*.py")), _WRITERS.parent / "keep" / "record.py"]


def _release(version: str | None) -> str | None:
    """A version's major and minor parts (6.2 of 6.2.1)."""
    return ".".join(version.split(".")[:2]) if version is not None else None


def _version(name: str) -> str | None:
    """The ``__version__`` a library's ``__init__.py`` sets, read without importing it."""
    from importlib.util import find_spec

    try:
        spec = find_spec(name)
        origin = spec.origin if spec is not None else None
        text = Path(origin).read_text(encoding="utf-8") if origin else ""
    except (OSError, ValueError, ImportError, UnicodeDecodeError):
        return None
    for line in text.splitlines():
        name_, equals, value = line.partition("=")
        if equals and name_.strip() == "__version__":
            return value.strip().strip("\"'")
    return None


def write_shipped(path: Path = _SHIPPED_FILE) -> None:
    """Build the default style's skeletons and write them to ``path`` (their members' parts
    once each: the two share most of them)."""
    blobs: list[str] = []
    skeletons: dict[str, Any] = {}
    for record in (False, True):
        data = _build(DEFAULT_STYLE, record=record)
        members = []
        for name, blob in data["members"]:
            if blob not in blobs:
                blobs.append(blob)
            members.append([name, blobs.index(blob)])
        key = _shipped_key(DEFAULT_STYLE, record)
        if key is None:
            raise SystemExit("python-docx or lxml: no version found")
        skeletons[key] = {**data, "members": members}
    text = json.dumps({"blobs": blobs, "skeletons": skeletons}, ensure_ascii=False, indent=0)
    path.write_text(text + "\n", encoding="utf-8")


def _save(path: Path, data: bytes) -> None:
    """Write the cache file atomically; a cache that cannot be written is no error."""
    from drafter.cachefile import save_cache_file

    save_cache_file(path, data)


def _looks(levels: list[int]) -> list[Look]:
    found: list[Look] = []
    for role in Role:
        for level in [None, *(levels if role is Role.BODY else [])]:
            found += [(role, level, False), (role, level, True)]
    return found


def _build(style: Style, *, record: bool) -> dict[str, Any]:
    """Build the skeleton with python-docx: ``build_docx``'s steps on probe paragraphs."""
    import datetime as dt

    import docx

    from drafter.keep.record import _set_custom_properties, _set_document_variable
    from drafter.writers.docx_page import set_up_package, set_up_page
    from drafter.writers.docx_styles import RUN_IN_STYLES, define_styles
    from drafter.writers.docx_writer import (
        _reproducible_zip,
        _RunWriter,
        apply_core_values,
    )

    levels = sorted(RUN_IN_STYLES)
    looks = _looks(levels)
    blocks = []
    probes: list[tuple[str, Any]] = []  # (marker, what it probes)
    for role in Role:
        for spaced in (False, True):
            mark = _PROBE.format(f"P{len(probes)}")
            probes.append((mark, ("paragraph", role, spaced)))
            blocks.append((role, spaced, [Run(mark)]))
    for look in looks:
        role, level, bold = look
        plain = _PROBE.format(f"R{len(probes)}")
        probes.append((plain, ("run", look, False)))
        marked = _PROBE.format(f"R{len(probes)}") + _HIGHLIGHT + "x】"
        probes.append((marked, ("run", look, True)))
        runs = [Run(plain, bold, level), Run(marked, bold, level)]
        blocks.append((role, False, runs))

    document = docx.Document()
    styles = define_styles(document, style)
    set_up_page(document, style, styles.page_number)
    set_up_package(document, style)
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    writer = _RunWriter(style, styles)
    style_ids = {
        role: document.styles.get_style_id(paragraph_style, WD_STYLE_TYPE.PARAGRAPH)
        for role, paragraph_style in styles.paragraph.items()
    }
    for role, spaced, runs in blocks:
        paragraph = document.add_paragraph()
        paragraph._p.style = style_ids[role]
        if spaced:
            paragraph.paragraph_format.space_after = Pt(style.line_spacing_pt)
        for run in runs:
            writer.add(paragraph, run, role, breaks=[])
    if record:
        _set_custom_properties(document, "x")
        _set_document_variable(document, _RECORD_MARK)
    marks = {name: _PROBE.format(f"CORE-{name}") for name in CORE_TEXT}
    when = dt.datetime(*_DATE_MARK)
    apply_core_values(document.core_properties, marks, when)
    stream = io.BytesIO()
    document.save(stream)
    package = _reproducible_zip(stream.getvalue())
    with zipfile.ZipFile(io.BytesIO(package)) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]

    xml = dict(members)[_DOCUMENT].decode("utf-8")
    paragraph_xml: dict[str, str] = {}
    run_xml: dict[str, str] = {}
    first_start: int | None = None
    last_end = 0
    for mark, (what, *probe) in probes:
        at = xml.index(f">{mark}")
        t_start = xml.rindex("<w:t", 0, at)
        r_start = xml.rindex("<w:r>", 0, t_start)
        p_start = xml.rindex("<w:p>", 0, r_start)
        if first_start is None:
            first_start = p_start
        last_end = xml.index("</w:p>", at) + len("</w:p>")
        if what == "paragraph":
            role, spaced = probe
            paragraph_xml[f"{role.value}|{int(spaced)}"] = xml[p_start + len("<w:p>") : r_start]
        else:
            (role, level, bold), highlighted = probe
            run_xml[_look_key((role, level, bold), highlighted)] = xml[
                r_start + len("<w:r>") : t_start
            ]
    tail_start = xml.rindex("<w:sectPr")
    if first_start is None or xml[last_end:tail_start]:
        raise AssertionError("docx skeleton: the probe paragraphs are not the whole body")
    date_mark = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    core = dict(members)[_CORE].decode("utf-8")
    if date_mark not in core or not all(mark in core for mark in marks.values()):
        raise AssertionError("docx skeleton: core properties not where expected")
    return {
        "format": _FORMAT,
        "members": [[name, base64.b64encode(data).decode("ascii")] for name, data in members],
        "head": xml[:first_start],
        "tail": xml[tail_start:],
        "paragraph": paragraph_xml,
        "run": run_xml,
        "levels": levels,
        "core_marks": marks,
        "date_mark": date_mark,
    }


def _look_key(look: Look, highlighted: bool) -> str:
    role, level, bold = look
    return f"{role.value}|{'' if level is None else level}|{int(bold)}|{int(highlighted)}"


def _from_json(data: dict[str, Any]) -> Skeleton:
    if data["format"] != _FORMAT:
        raise ValueError("another skeleton format")
    levels = [int(level) for level in data["levels"]]
    paragraph = {}
    for role in Role:
        for spaced in (False, True):
            paragraph[(role, spaced)] = str(data["paragraph"][f"{role.value}|{int(spaced)}"])
    run = {}
    for look in _looks(levels):
        for highlighted in (False, True):
            run[(look, highlighted)] = str(data["run"][_look_key(look, highlighted)])
    members = tuple((str(name), base64.b64decode(blob)) for name, blob in data["members"])
    return Skeleton(
        members=members,
        head=str(data["head"]),
        tail=str(data["tail"]),
        paragraph=paragraph,
        run=run,
        levels=frozenset(levels),
        core_marks={str(k): str(v) for k, v in data["core_marks"].items()},
        date_mark=str(data["date_mark"]),
    )


if __name__ == "__main__":
    write_shipped()
