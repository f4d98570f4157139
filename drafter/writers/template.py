"""The fixed parts of a speech .docx: input a ``Style``, output the package's XML parts.

We do not start from python-docx's default template: it carries a theme whose fonts override
ours (asciiTheme/eastAsiaTheme on docDefaults), en-US as the East-Asian language, a thumbnail of
someone else's page, 430 KB of styles and rsids. Every part is written here instead, once per
style (``static_parts`` is cached), with only what a speech needs:

- styles.xml (``styles_part``);
- settings.xml: different odd/even footers, no punctuation compression, East-Asian layout;
- fontTable.xml: the fonts we name, with the common Windows font as ``altName`` so Word
  substitutes 仿宋 for 仿宋_GB2312 on machines that lack the GB2312 fonts;
- footer1/footer2: "— PAGE —" in 4号 宋体, odd pages right, even pages left, one character in;
- the A4 section (margins, footer distance, line pitch) closing document.xml;
- content types and relationships, with or without a comments part.
"""

from __future__ import annotations

import functools

from drafter import __version__
from drafter.writers.ooxml import (
    W_NAMESPACES,
    XML_DECLARATION,
    half_points,
    line_twips,
    quoteattr,
    run_fonts_xml,
    twips_mm,
    twips_pt,
    xml_text,
)
from drafter.writers.style import Style
from drafter.writers.styles_part import styles_xml

# Common substitutes: Windows ships 仿宋/楷体 (not the *_GB2312 fonts) since Windows Vista.
_ALT_NAMES = {
    "仿宋_GB2312": "仿宋",
    "楷体_GB2312": "楷体",
    "方正小标宋简体": "宋体",
    "方正小标宋_GBK": "宋体",
    "仿宋": "FangSong",
    "楷体": "KaiTi",
    "黑体": "SimHei",
    "宋体": "SimSun",
}
_PANOSE = {
    "Times New Roman": "02020603050405020304",
    "宋体": "02010600030101010101",
    "黑体": "02010609060101010101",
    "仿宋": "02010609060101010101",
    "楷体": "02010609060101010101",
}


@functools.lru_cache(maxsize=8)
def static_parts(style: Style) -> dict[str, bytes]:
    """Member name → bytes of every part that does not depend on the speech itself."""
    parts = {
        "_rels/.rels": _package_rels(),
        "docProps/app.xml": _app(),
        "word/styles.xml": styles_xml(style),
        "word/settings.xml": _settings(),
        "word/fontTable.xml": _font_table(style),
        "word/footer1.xml": _footer(style, odd=True),
        "word/footer2.xml": _footer(style, odd=False),
    }
    return {name: (XML_DECLARATION + xml).encode("utf-8") for name, xml in parts.items()}


def xml_part(xml: str) -> bytes:
    return (XML_DECLARATION + xml).encode("utf-8")


def document_xml(style: Style, body: str) -> bytes:
    """word/document.xml: the paragraphs ``body`` followed by the page section."""
    return xml_part(
        f"<w:document {W_NAMESPACES}><w:body>{body}{section_xml(style)}</w:body></w:document>"
    )


def comments_xml(items: str) -> bytes:
    return xml_part(f"<w:comments {W_NAMESPACES}>{items}</w:comments>")


def content_types(*, comments: bool) -> bytes:
    ct = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    overrides = [
        ("/word/document.xml", f"{ct}.document.main+xml"),
        ("/word/styles.xml", f"{ct}.styles+xml"),
        ("/word/settings.xml", f"{ct}.settings+xml"),
        ("/word/fontTable.xml", f"{ct}.fontTable+xml"),
        ("/word/footer1.xml", f"{ct}.footer+xml"),
        ("/word/footer2.xml", f"{ct}.footer+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", f"{ct.rsplit('.', 1)[0]}.extended-properties+xml"),
    ]
    if comments:
        overrides.append(("/word/comments.xml", f"{ct}.comments+xml"))
    items = "".join(
        f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides
    )
    return xml_part(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels"'
        ' ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f"{items}</Types>"
    )


def _package_rels() -> str:
    base = "http://schemas.openxmlformats.org"
    return (
        f'<Relationships xmlns="{base}/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{base}/officeDocument/2006/relationships/officeDocument"'
        ' Target="word/document.xml"/>'
        f'<Relationship Id="rId2" Type="{base}/package/2006/relationships/metadata/core-properties"'
        ' Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3"'
        f' Type="{base}/officeDocument/2006/relationships/extended-properties"'
        ' Target="docProps/app.xml"/>'
        "</Relationships>"
    )


def document_rels(*, comments: bool) -> bytes:
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    rels = [
        ("rId1", "styles", "styles.xml"),
        ("rId2", "settings", "settings.xml"),
        ("rId3", "fontTable", "fontTable.xml"),
        ("rId4", "footer", "footer1.xml"),
        ("rId5", "footer", "footer2.xml"),
    ]
    if comments:
        rels.append(("rId6", "comments", "comments.xml"))
    items = "".join(
        f'<Relationship Id="{rid}" Type="{base}/{kind}" Target="{target}"/>'
        for rid, kind, target in rels
    )
    return xml_part(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f"{items}</Relationships>"
    )


def core_xml(fields: list[tuple[str, str]]) -> bytes:
    """docProps/core.xml from (qualified element name, text) pairs, in the order given."""
    items = []
    for name, value in fields:
        attrs = ' xsi:type="dcterms:W3CDTF"' if name.startswith("dcterms:") else ""
        items.append(f"<{name}{attrs}>{xml_text(value)}</{name}>")
    return xml_part(
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{"".join(items)}'
        "</cp:coreProperties>"
    )


def _app() -> str:
    return (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
        'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Application>drafter {__version__}</Application><DocSecurity>0</DocSecurity>"
        "</Properties>"
    )


@functools.lru_cache(maxsize=8)
def section_xml(style: Style) -> str:
    return (
        "<w:sectPr>"
        '<w:footerReference w:type="even" r:id="rId5"/>'
        '<w:footerReference w:type="default" r:id="rId4"/>'
        f'<w:pgSz w:w="{twips_mm(style.page_width_mm)}" w:h="{twips_mm(style.page_height_mm)}"/>'
        f'<w:pgMar w:top="{twips_mm(style.margin_top_mm)}"'
        f' w:right="{twips_mm(style.margin_right_mm)}"'
        f' w:bottom="{twips_mm(style.margin_bottom_mm)}"'
        f' w:left="{twips_mm(style.margin_left_mm)}"'
        f' w:header="851" w:footer="{twips_mm(style.footer_distance_mm)}" w:gutter="0"/>'
        '<w:cols w:space="425"/>'
        # A line pitch without a grid type: Word and WPS show the pitch, nothing snaps to a
        # character grid (a linesAndChars grid made LibreOffice set 14 characters per line).
        f'<w:docGrid w:linePitch="{line_twips(style)}"/>'
        "</w:sectPr>"
    )


def _settings() -> str:
    return (
        f"<w:settings {W_NAMESPACES}>"
        '<w:zoom w:percent="100"/>'
        '<w:defaultTabStop w:val="420"/>'
        "<w:evenAndOddHeaders/>"
        # Compressing punctuation would squeeze more than 28 characters into some lines.
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        "<w:compat><w:useFELayout/>"
        '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"'
        ' w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
        "</w:settings>"
    )


def _fonts(style: Style) -> list[str]:
    names = [
        style.latin_font,
        style.body_font,
        style.title_font,
        style.speaker_font,
        *(style.heading_font(level) for level in (1, 2, 3, 4)),
        style.page_number_font,
    ]
    return sorted(set(names))


def _font_table(style: Style) -> str:
    entries = []
    for name in _fonts(style):
        latin = name.isascii()
        alt = _ALT_NAMES.get(name)
        panose = _PANOSE.get(alt or name) if not latin else _PANOSE.get(name)
        entries.append(
            f"<w:font w:name={quoteattr(name)}>"
            + (f"<w:altName w:val={quoteattr(alt)}/>" if alt else "")
            + (f'<w:panose1 w:val="{panose}"/>' if panose else "")
            + (
                '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/>'
                if latin
                else '<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/>'
            )
            + "</w:font>"
        )
    return f"<w:fonts {W_NAMESPACES}>{''.join(entries)}</w:fonts>"


def _footer(style: Style, *, odd: bool) -> str:
    # One character in from the outer edge: right on odd pages, left on even pages.
    inset = twips_pt(style.page_number_size_pt)
    indent = f'<w:ind w:right="{inset}"/>' if odd else f'<w:ind w:left="{inset}"/>'
    align = "right" if odd else "left"

    font = style.page_number_font
    size = half_points(style.page_number_size_pt)
    direct = (
        run_fonts_xml(font, font, hint=True) + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
        if style.run_fonts
        else ""
    )
    rpr = f'<w:rPr><w:rStyle w:val="PageNumber"/>{direct}</w:rPr>'

    def run(inner: str) -> str:
        return f"<w:r>{rpr}{inner}</w:r>"

    return (
        f"<w:ftr {W_NAMESPACES}><w:p><w:pPr>"
        f'<w:pStyle w:val="Footer"/>{indent}<w:jc w:val="{align}"/></w:pPr>'
        + run('<w:t xml:space="preserve">— </w:t>')
        + run('<w:fldChar w:fldCharType="begin"/>')
        + run('<w:instrText xml:space="preserve"> PAGE </w:instrText>')
        + run('<w:fldChar w:fldCharType="separate"/>')
        + run("<w:t>1</w:t>")
        + run('<w:fldChar w:fldCharType="end"/>')
        + run('<w:t xml:space="preserve"> —</w:t>')
        + "</w:p></w:ftr>"
    )
