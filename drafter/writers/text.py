"""Plain-text writers: input a ``Document``, output the speech as Markdown or as .txt.

Markdown (.md), readable as is and read back by the corpus reader and the outline parser:

- the title is ``# 标题``; headings keep their Chinese markers under ``##`` to ``#####`` by level
  (``## 一、…``, ``### （一）…``, ``#### 1.…``, ``##### （1）…``), so the outline parser finds the
  same structure with or without the ``#`` signs;
- speaker and date lines, the salutation and body paragraphs are plain paragraphs, one per line,
  separated by a blank line;
- bold runs (lead sentences) are ``**…**``; closing punctuation is kept just outside the stars
  (``**补齐生态短板**。``) because CommonMark does not close emphasis between 。 and a Chinese
  character; Markdown characters in the text are backslash-escaped.

Text (.txt), as a writer pastes a speech into WPS or Word: one paragraph per line, no blank lines
between paragraphs except one after the title block; body paragraphs and headings start with
two full-width spaces (the two-character indent of official documents); title, speaker, date and
salutation lines are not indented.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from drafter.document import Block, Document, Role, Run
from drafter.writers.sanitise import sanitise_line

_FRONT = (Role.TITLE, Role.SPEAKER, Role.DATE)
_UNINDENTED = (*_FRONT, Role.SALUTATION)
TXT_INDENT = "\u3000\u3000"


def render_text(doc: Document, fmt: Literal["md", "txt"]) -> str:
    """The whole speech as Markdown or plain text, ending with a line feed."""
    if fmt == "md":
        return _render_md(doc)
    if fmt == "txt":
        return _render_txt(doc)
    raise ValueError(f"unknown text format {fmt!r}")


def _render_txt(doc: Document) -> str:
    lines: list[str] = []
    for index, block in enumerate(doc.blocks):
        text = sanitise_line(block.text).strip()
        if not text:
            continue
        if block.role not in _FRONT and lines and _is_front_end(doc.blocks, index):
            lines.append("")
        lines.append(text if block.role in _UNINDENTED else TXT_INDENT + text)
    return "\n".join(lines) + "\n" if lines else ""


def _is_front_end(blocks: tuple[Block, ...], index: int) -> bool:
    """True for the first block after the leading title/speaker/date lines."""
    return index > 0 and all(block.role in _FRONT for block in blocks[:index])


def _render_md(doc: Document) -> str:
    paragraphs: list[str] = []
    for block in doc.blocks:
        level = block.role.heading_level
        if block.role is Role.TITLE or level is not None:
            text = _escape_heading(sanitise_line(block.text).strip())
            marks = "#" * (level + 1 if level is not None else 1)
            paragraphs.append(f"{marks} {text}" if text else "")
        else:
            paragraphs.append(_md_runs(block.runs))
    body = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
    return body + "\n" if body else ""


def _md_runs(runs: tuple[Run, ...]) -> str:
    # Adjacent bold runs are merged first so that **a****b** never appears.
    merged: list[tuple[str, bool]] = []
    for run in runs:
        text = sanitise_line(run.text)
        if not text:
            continue
        if merged and merged[-1][1] == run.bold:
            merged[-1] = (merged[-1][0] + text, run.bold)
        else:
            merged.append((text, run.bold))
    if merged:
        first, bold = merged[0]
        merged[0] = (first.lstrip(), bold)
        last, bold = merged[-1]
        merged[-1] = (last.rstrip(), bold)
    out: list[str] = []
    for index, (text, bold) in enumerate(merged):
        escaped = _escape(text, line_start=index == 0)
        if not bold:
            out.append(escaped)
            continue
        lead, core, tail = _split_edges(text)
        if not core:
            out.append(escaped)
            continue
        out.append(
            _escape(lead, line_start=index == 0)
            + "**"
            + _escape(core, line_start=False)
            + "**"
            + _escape(tail, line_start=False)
        )
    return "".join(out)


def _split_edges(text: str) -> tuple[str, str, str]:
    """``text`` as (leading punctuation/space, core, trailing punctuation/space)."""
    start, end = 0, len(text)
    while start < end and _is_edge(text[start]):
        start += 1
    while end > start and _is_edge(text[end - 1]):
        end -= 1
    return text[:start], text[start:end], text[end:]


def _is_edge(char: str) -> bool:
    return char.isspace() or unicodedata.category(char).startswith("P")


# Only characters that would change what a Markdown reader shows; "<" is left alone (a speech
# has no HTML) so that readers that do not unescape it see the text unchanged.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
# At the start of a line these begin a heading, quote, list or rule.
_LINE_SPECIAL = re.compile(r"^(#|>|[-+](?=\s|$)|\d+(?=[.)](?:\s|$)))")


def _escape_heading(text: str) -> str:
    # A heading's trailing "#"s would be read as its closing sequence.
    text = _escape(text, line_start=False)
    stripped = text.rstrip("#")
    return stripped + "\\#" * (len(text) - len(stripped))


def _escape(text: str, *, line_start: bool) -> str:
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    if line_start:
        match = _LINE_SPECIAL.match(text)
        if match:
            if match.group(0)[0].isdigit():
                end = match.end()
                text = text[:end] + "\\" + text[end:]
            else:
                text = "\\" + text
    return text
