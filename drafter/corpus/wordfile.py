"""Word documents: a .docx file → its paragraphs as text, in reading order, tables included.

python-docx gives the body paragraphs; tables are read cell by cell (a merged cell once), each
cell paragraph on its own line; list numbers Word draws ("一、", "（一）") are put back in front
of their paragraphs (:mod:`.wordnumbering`). A file that is not a .docx (not a zip, an old
.doc renamed, a corrupt package) raises :class:`CorpusError`.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from drafter.corpus.wordnumbering import ListNumbering
from drafter.errors import CorpusError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NOT_DOCX = (
    "不是有效的 Word 文档（.docx），可能已损坏；"
    "如果是旧版 .doc 文件，请在 Word 或 WPS 中另存为 .docx"
)


def read_docx_text(path: Path) -> str:
    """Return the text of every paragraph of the document body and its tables, one per line."""
    if not zipfile.is_zipfile(path):
        raise CorpusError(NOT_DOCX, path=path)
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError  # type: ignore[import-untyped]

    try:
        document = Document(str(path))
        numbering = ListNumbering(document)
        lines = list(_body_lines(document.element.body, numbering))
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        XMLSyntaxError,
        KeyError,
        ValueError,
        OSError,
    ) as error:
        raise CorpusError(NOT_DOCX, path=path) from error
    return "\n".join(lines)


def _body_lines(body: Any, numbering: ListNumbering) -> Iterator[str]:
    for child in body.iterchildren():
        if child.tag == f"{_W}p":
            # Word draws list numbers ("一、", "（一）") that are not in the text: put them back.
            yield numbering.marker(child) + _paragraph_text(child)
        elif child.tag == f"{_W}tbl":
            yield from _table_lines(child, numbering)
        elif child.tag == f"{_W}sdt":  # content controls wrap paragraphs and tables
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _body_lines(content, numbering)


def _table_lines(table: Any, numbering: ListNumbering) -> Iterator[str]:
    # A horizontally merged cell is one w:tc (gridSpan), so each cell is met once here.
    for row in table.iterchildren(f"{_W}tr"):
        for cell in row.iterchildren(f"{_W}tc"):
            props = cell.find(f"{_W}tcPr")
            if props is not None:
                merge = props.find(f"{_W}vMerge")
                if merge is not None and merge.get(f"{_W}val") != "restart":
                    continue  # continuation of a vertically merged cell: its text is above
            yield from _body_lines(cell, numbering)


def _paragraph_text(paragraph: Any) -> str:
    """Text of runs, hyperlinks and fields; tabs as spaces, line breaks as line breaks."""
    parts: list[str] = []
    # Only run content: w:pPr also holds w:tab elements (tab stops). w:delText (deleted text
    # under track changes) is not part of the speech and is not read.
    for run in paragraph.iter(f"{_W}r"):
        for node in run.iterchildren(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
            tag = node.tag
            if tag == f"{_W}t":
                parts.append(node.text or "")
            elif tag == f"{_W}tab":
                parts.append("\t")
            elif node.get(f"{_W}type") in (None, "textWrapping"):
                parts.append("\n")
    return "".join(parts)
