"""The writers stage: input a ``Document``, output a .docx, .md or .txt file (or text on stdout).

- ``build_docx`` — the speech set as a county office sets it (GB/T 9704-2012), as bytes;
- ``render_text`` — Markdown or plain text;
- ``write_document`` — picks the format from the file extension and writes safely
  (``drafter.output``: temporary file + rename, no overwrite without ``force``);
- ``Style`` / ``load_style`` / ``resolve_style`` — every typesetting choice, overridable by a
  YAML style file and a font preset (``--fonts gb2312|windows``); ``fonts_note`` says which
  fonts the reader's machine needs;
- ``document_from_outline`` — a speech someone already wrote, as a ``Document`` to typeset.

The .docx is built with python-docx (``docx_writer``, ``docx_styles``, ``docx_page``), imported
only when a .docx is written: importing this package stays light for the other commands.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from drafter.document import Document
from drafter.errors import UsageError
from drafter.writers.docx_writer import build_docx
from drafter.writers.from_outline import document_from_outline
from drafter.writers.style import (
    DEFAULT_STYLE,
    FONT_PRESETS,
    Style,
    fonts_note,
    load_style,
    required_fonts,
    resolve_style,
)
from drafter.writers.text import render_text

if TYPE_CHECKING:
    from drafter.keep.record import Marking

__all__ = [
    "DEFAULT_STYLE",
    "FONT_PRESETS",
    "FORMATS",
    "Style",
    "build_docx",
    "document_from_outline",
    "fonts_note",
    "load_style",
    "render_text",
    "required_fonts",
    "resolve_style",
    "write_document",
]

FORMATS = ("docx", "md", "txt")
# Text file encodings: utf-8 (LF), utf-8-bom (BOM and CRLF: what Notepad before Windows 10 1903
# reads as UTF-8) and gb18030 (CRLF: "ANSI" on Chinese Windows, for old office tools).
TEXT_ENCODINGS = ("utf-8", "utf-8-bom", "gb18030")


def write_document(
    doc: Document,
    out: Path | None,
    *,
    fmt: str | None = None,
    style: Style | None = None,
    comments: bool = False,
    force: bool = False,
    encoding: str = "utf-8",
    marking: Marking | None = None,
) -> None:
    """Write ``doc`` to ``out`` (format from ``fmt`` or the extension), or as text to stdout.

    ``encoding`` (text files only): one of ``TEXT_ENCODINGS``. Raises ``UsageError`` for an
    unknown format or .docx to stdout, ``OutputError`` when the file cannot be written.
    """
    from drafter.output import write_bytes_atomic, write_text_atomic

    chosen = _choose_format(out, fmt)
    if encoding not in TEXT_ENCODINGS:
        raise UsageError(f"不支持的编码 {encoding}：可选 {'、'.join(TEXT_ENCODINGS)}。")
    if encoding != "utf-8" and (chosen == "docx" or out is None):
        raise UsageError("--encoding 只适用于写到 .txt 或 .md 文件。")
    if chosen != "docx" and comments:
        raise UsageError("--comments 只适用于 .docx 输出：Markdown 和纯文本无法携带批注。")
    if out is None:
        if chosen == "docx":
            raise UsageError(
                "Word 文件不能输出到屏幕：请用 -o 指定 .docx 文件名，或改用 md/txt 格式。"
            )
        _write_stdout(render_text(doc, _text_format(chosen)))
        return
    if chosen == "docx":
        if comments:
            data = build_docx(doc, style=style, comments=comments, marking=marking)
        else:  # the same bytes, without python-docx (from a skeleton kept per style)
            from drafter.writers.docx_package import write_package

            data = write_package(doc, style=style, marking=marking)
        write_bytes_atomic(out, data, force=force)
    else:
        text = render_text(doc, _text_format(chosen))
        if encoding != "utf-8":  # for Windows tools: CRLF line ends, BOM or the ANSI code page
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        codec = {"utf-8-bom": "utf-8-sig", "gb18030": "gb18030"}.get(encoding, "utf-8")
        write_text_atomic(out, text, force=force, encoding=codec)


def _choose_format(out: Path | None, fmt: str | None) -> str:
    if fmt is not None:
        chosen = fmt.lower().lstrip(".")
        if chosen not in FORMATS:
            raise UsageError(f"不支持的输出格式 {fmt}：可选 docx、md、txt。")
        suffix = Path(out).suffix.lower().lstrip(".") if out is not None else ""
        if suffix in FORMATS and suffix != chosen:
            # x.docx holding plain text opens in Word as garbage: the two must agree.
            raise UsageError(
                f"{out}：扩展名是 .{suffix}，而 --format 是 {chosen}，两者不一致。"
                f"请把文件名改成 .{chosen} 结尾，或去掉 --format（按扩展名输出）。"
            )
        return chosen
    if out is None:
        return "txt"
    suffix = Path(out).suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    if not suffix:
        raise UsageError(f"{out}：输出文件没有扩展名，请写成 .docx、.md 或 .txt。")
    raise UsageError(f"{out}：不支持的输出格式 .{suffix}：请写成 .docx、.md 或 .txt。")


def _text_format(fmt: str) -> Literal["md", "txt"]:
    return "md" if fmt == "md" else "txt"


def _write_stdout(text: str) -> None:
    """Print the speech; a console that cannot show a character (cp936) gets "?" for it."""
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
        sys.stdout.write(text.encode(encoding, "replace").decode(encoding))
    sys.stdout.flush()
