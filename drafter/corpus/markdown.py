"""Markup: the text of a .md file (or HTML left in a scraped .txt) → the text without markup.

Headings (#), emphasis (** __), list markers (- * +), block quotes (>), links and images, inline
code, code fences, tables, horizontal rules, HTML tags and front matter go; the words stay.
Numbered list items keep their number: in a speech "1." is an outline marker, not markup.
A single "*" is kept: speeches published with masked names use it ("*县", "*等5位同志").
"""

from __future__ import annotations

import re

_FRONT_MATTER = re.compile(r"\A---\n.*?\n(?:---|\.\.\.)\n", re.DOTALL)
_FENCE = re.compile(r"^\s*(?:```|~~~).*$", re.MULTILINE)
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_SETEXT_RULE = re.compile(r"^\s{0,3}(?:=+|-{3,}|\*{3,}|_{3,}|(?:[-*_]\s*){3,})\s*$", re.MULTILINE)
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+", re.MULTILINE)
_BULLET = re.compile(r"^(\s*)[-*+]\s+", re.MULTILINE)
_TABLE_RULE = re.compile(
    r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.MULTILINE
)
_TABLE_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.MULTILINE)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
_LINK_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+.*$", re.MULTILINE)
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]+|[^>\s@]+@[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = re.compile(r"`+([^`\n]*)`+")
_BREAK_TAG = re.compile(r"<\s*(?:br|/p|p|/div|div|/li|li)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_SET_ASIDE = re.compile("\x00(\\d+)\x01")


# Tags a scraped page leaves in its text; a block tag ends a paragraph.
_HTML_BLOCK = re.compile(
    r"<\s*/?\s*(?:br|p|div|li|tr|h[1-6]|section|article|blockquote|table|ul|ol)\b[^<>]{0,200}>",
    re.IGNORECASE,
)
_HTML_INLINE = re.compile(
    r"<\s*/?\s*(?:span|font|strong|b|i|em|u|a|img|sub|sup|small|big|td|th|tbody|thead|o:p|st1:\w+)"
    r"\b[^<>]{0,300}>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,7}|#[xX][0-9A-Fa-f]{2,6});")


def strip_html(text: str) -> str:
    """Remove HTML tags a scrape left (block tags become line breaks) and resolve entities."""
    text = _HTML_BLOCK.sub("\n", text)
    text = _HTML_INLINE.sub("", text)
    return _ENTITY.sub(_resolve_entity, text)


def _resolve_entity(match: re.Match[str]) -> str:
    # &lt; &gt; &amp; stay: resolved, they could make a tag or an entity the next time round.
    import html  # (here: its table of entities takes ~2 ms to import, and few texts need it)

    resolved = html.unescape(match.group())
    return match.group() if resolved in ("<", ">", "&") else resolved


def strip_markdown(text: str) -> str:
    """Remove Markdown markup, keep the text; each block ends up on its own line.

    Escaped characters (\\_ \\*) are set aside first, so that no markup rule reads them as
    markup (a text with _M_M_ in it written as \\_M\\_M\\_ is not emphasis)."""
    text = _ESCAPE.sub(lambda m: f"\x00{ord(m.group(1))}\x01", text)
    text = _FRONT_MATTER.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _FENCE.sub("", text)
    text = _TABLE_RULE.sub("", text)
    text = _TABLE_ROW.sub(lambda m: "\n".join(cell.strip() for cell in m.group(1).split("|")), text)
    text = _HEADING.sub(r"\1", text)
    text = _SETEXT_RULE.sub("", text)
    text = _QUOTE.sub("", text)
    text = _BULLET.sub(r"\1", text)
    text = _LINK_DEFINITION.sub("", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _STRIKE.sub(r"\1", text)
    text = _EMPHASIS_UNDERSCORE.sub(r"\1", text)
    text = _BREAK_TAG.sub("\n", text)
    text = _TAG.sub("", text)
    return _SET_ASIDE.sub(lambda m: chr(int(m.group(1))), text)
