"""Small OOXML helpers shared by the .docx parts: namespaces, escaping, units, font slots."""

from __future__ import annotations

from drafter.writers.style import Style

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
W_NAMESPACES = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'


def xml_text(text: str) -> str:
    """``text`` escaped for XML character data (xml.sax.saxutils costs 25 ms of imports)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quoteattr(value: str) -> str:
    """``value`` as a double-quoted XML attribute value."""
    return '"' + xml_text(value).replace('"', "&quot;") + '"'


def twips_mm(mm: float) -> int:
    return round(mm / 25.4 * 1440)


def twips_pt(pt: float) -> int:
    return round(pt * 20)


def half_points(pt: float) -> int:
    return round(pt * 2)


def line_twips(style: Style) -> int:
    return twips_pt(style.line_spacing_pt)


def run_fonts_xml(latin: str, east_asian: str, *, hint: bool = False) -> str:
    """``w:rFonts`` naming every slot, so no theme or default can creep in."""
    latin_q, east_q = quoteattr(latin), quoteattr(east_asian)
    hint_attr = ' w:hint="eastAsia"' if hint else ""
    return (
        f"<w:rFonts w:ascii={latin_q} w:hAnsi={latin_q} w:eastAsia={east_q} w:cs={latin_q}"
        f"{hint_attr}/>"
    )
