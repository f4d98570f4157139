"""PDF documents: a text PDF → its text, page by page, through pypdf.

A PDF has no paragraphs, only positioned lines: pypdf gives the lines of each page in reading
order, and the paragraph rules of :mod:`.paragraphs` join the hard-wrapped ones. Page headers and
footers ("— 3 —", a lone page number) are dropped here, where the page boundaries are known.

A PDF without a text layer (a scan), an encrypted one, or one pypdf cannot parse raises
:class:`CorpusError` saying what to do: a text PDF, or the document saved as .docx.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from drafter.errors import CorpusError

NOT_PDF = "不是有效的 PDF 文件，可能已损坏；请用原文档另存为 .docx 或重新导出 PDF"
SCANNED = (
    "PDF 中没有可读取的文字（可能是扫描件或图片）；请用文字版 PDF，"
    "或在 WPS/Word 中把原文档另存为 .docx"
)
ENCRYPTED = "PDF 设有密码或禁止复制，无法读取；请用没有密码的文字版 PDF，或另存为 .docx"
# A page number line: "— 3 —", "- 3 -", "3", "第3页", "第 3 页 共 10 页".
_PAGE_NUMBER = re.compile(r"^[—–\-\s]*\d{1,4}[—–\-\s]*$|^第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?$")
# Fewer Chinese characters than this (in all, and per page) and the text layer is not the text
# (a scan with an OCR'd page number or a stamp's caption).
_MIN_CHARS = 20
_MIN_CHARS_PER_PAGE = 5


def read_pdf_text(path: Path) -> str:
    """The text of every page of a text PDF, one line per line of the page."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError

    # pypdf warns through logging about harmless oddities of real files; they are not ours to show.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise CorpusError(ENCRYPTED, path=path)
            except (NotImplementedError, PdfReadError, DependencyError) as error:
                raise CorpusError(ENCRYPTED, path=path) from error
        pages = [page.extract_text() or "" for page in reader.pages]
    except CorpusError:
        raise
    except (PdfReadError, OSError, ValueError, KeyError, TypeError) as error:
        raise CorpusError(NOT_PDF, path=path) from error
    lines = [
        line
        for page in pages
        for line in page.splitlines()
        if line.strip() and not _PAGE_NUMBER.match(line.strip())
    ]
    chinese = sum(1 for line in lines for char in line if "\u4e00" <= char <= "\u9fff")
    if chinese < max(_MIN_CHARS, _MIN_CHARS_PER_PAGE * len(pages)):
        raise CorpusError(SCANNED, path=path)
    return "\n".join(lines)
