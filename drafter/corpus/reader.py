"""Reading: a speech file path → :class:`SourceText` (decoded, normalised paragraphs).

.txt is decoded (:mod:`.decode`), .md is decoded and stripped of markup (:mod:`.markdown`), .docx
is read with python-docx (:mod:`.wordfile`), .doc/.wps with olefile (:mod:`.binaryword`), .pdf
with pypdf (:mod:`.pdffile`); all then go through :func:`.normalise`. Every
problem a writer can cause — a missing file, a folder, an unknown extension, an empty, binary or
non-Chinese file, a broken .docx — raises :class:`CorpusError` with one Chinese line naming the
file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from drafter.corpus.chars import LETTER
from drafter.corpus.decode import decode_bytes
from drafter.corpus.model import SourceText
from drafter.corpus.normalise import normalise
from drafter.errors import CorpusError, describe_os_error

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
WORD_SUFFIXES = (".docx",)
# Word 97–2003 and WPS documents (one binary format), and text PDFs.
BINARY_WORD_SUFFIXES = (".doc", ".wps")
PDF_SUFFIXES = (".pdf",)
ALLOWED = "、".join((".txt", ".md", ".docx", ".doc", ".wps", ".pdf"))
DOCUMENT_SUFFIXES = WORD_SUFFIXES + BINARY_WORD_SUFFIXES + PDF_SUFFIXES
READABLE = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + DOCUMENT_SUFFIXES
# A speech is tens of kilobytes; a file this large is not one (and would be slow to read).
MAX_BYTES = 50 * 1024 * 1024

_LETTER = re.compile(LETTER)


def _has_chinese(text: str) -> bool:
    """Any CJK ideograph? (LETTER finds the candidates; a class of the CJK blocks themselves
    would cost milliseconds to compile at every start.)"""
    return any(
        "\u3400" <= found <= "\u9fff" or "\uf900" <= found <= "\ufaff"
        for found in (match.group() for match in _LETTER.finditer(text))
    )


def read_speech(path: Path) -> SourceText:
    """Read one speech file (.txt, .md, .docx, .doc, .wps or .pdf) into normalised paragraphs."""
    path = Path(path)
    suffix = path.suffix.lower()
    _check_file(path, suffix)
    if suffix in DOCUMENT_SUFFIXES:
        _check_size(path)
        # each reader is imported only for its own files: a .txt needs none of them
        if suffix in WORD_SUFFIXES:
            from drafter.corpus.wordfile import read_docx_text

            text = read_docx_text(path)
        elif suffix in PDF_SUFFIXES:
            from drafter.corpus.pdffile import read_pdf_text

            text = read_pdf_text(path)
        else:
            from drafter.corpus.binaryword import read_binary_word_text

            text = read_binary_word_text(path)
        encoding = suffix.lstrip(".")
    else:
        data = _read_bytes(path)
        if not data:
            raise CorpusError("文件为空", path=path)
        try:
            text, encoding = decode_bytes(data)
        except CorpusError as error:
            raise CorpusError(error.message, path=path) from None
        if suffix in MARKDOWN_SUFFIXES:
            from drafter.corpus.markdown import strip_markdown

            text = strip_markdown(text)
    if not text.strip():
        raise CorpusError(
            "文档没有文字" if suffix in DOCUMENT_SUFFIXES else "文件为空（只有空白字符）", path=path
        )
    if not _has_chinese(text):
        raise CorpusError("文件中没有中文，不像是讲话稿", path=path)
    result = normalise(text)
    if not result.paragraphs or not _has_chinese(result.text):
        raise CorpusError("清除网页杂质和乱码后没有剩下正文", path=path)
    return SourceText(
        path=path,
        encoding=encoding,
        paragraphs=result.paragraphs,
        traditional=result.traditional,
        removed=result.removed,
    )


def _check_file(path: Path, suffix: str) -> None:
    if not path.exists():
        if path.is_symlink():  # exists() is False for a link to nowhere or a loop of links
            try:
                path.stat()
            except OSError as error:
                raise CorpusError(f"无法读取：{describe_os_error(error)}", path=path) from None
        raise CorpusError("文件不存在", path=path)
    if path.is_dir():
        raise CorpusError(f"是文件夹，不是文件；请给出一个 {ALLOWED} 文件", path=path)
    if suffix not in READABLE:
        shown = f"“{path.suffix}”" if path.suffix else "（无扩展名）"
        raise CorpusError(f"不支持的文件类型{shown}，只能读取 {ALLOWED} 文件", path=path)


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise CorpusError(f"无法读取：{describe_os_error(error)}", path=path) from None
    if size > MAX_BYTES:
        raise CorpusError(f"文件过大（{size // (1024 * 1024)} MB），不像是一篇讲话稿", path=path)
    if size == 0:
        raise CorpusError("文件为空", path=path)
    if not os.access(path, os.R_OK):
        raise CorpusError("没有读取权限", path=path)


def _read_bytes(path: Path) -> bytes:
    try:
        _check_size(path)
        return path.read_bytes()
    except PermissionError:
        raise CorpusError("没有读取权限", path=path) from None
    except OSError as error:
        raise CorpusError(f"无法读取：{describe_os_error(error)}", path=path) from None
