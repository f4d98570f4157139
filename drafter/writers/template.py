"""The empty .docx a speech is poured into: input a ``Style``, output the package's XML parts.

We do not start from python-docx's default template: it carries a theme whose fonts override
ours (asciiTheme/eastAsiaTheme on docDefaults), en-US as the East-Asian language, a thumbnail of
someone else's page, 430 KB of styles parsed on every build and rsids. Instead every part is
written here from the ``Style``, once per style (``template_parts`` is cached), and contains only
what a speech needs:

- styles.xml: docDefaults (Times New Roman for Latin, the body font for Chinese, zh-CN), one
  paragraph style per ``Role`` with Chinese names (讲话标题, 讲话人, 讲话日期, 称谓, 讲话正文,
  一级标题 … 四级标题; headings carry ``w:outlineLvl`` 0–3 for Word's navigation pane), one
  character style per heading level for headings run into a body paragraph, footer and comment
  styles; no theme fonts anywhere;
- settings.xml: different odd/even footers, no punctuation compression, East-Asian layout;
- fontTable.xml: the fonts we name, with the common Windows font as ``altName`` so Word
  substitutes 仿宋 for 仿宋_GB2312 on machines that lack the GB2312 fonts;
- footer1/footer2: "— PAGE —" in 4号 宋体, odd pages right, even pages left, one character in;
- document.xml with the A4 section (margins, footer distance, line pitch) and no paragraphs.
"""

from __future__ import annotations

import functools

from drafter import __version__
from drafter.document import Role
from drafter.writers.style import Style

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_W = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'

# Paragraph style id and Chinese name per role; ids are ASCII so any program can reference them.
PARAGRAPH_STYLES: dict[Role, tuple[str, str]] = {
    Role.TITLE: ("SpeechTitle", "讲话标题"),
    Role.SPEAKER: ("SpeechSpeaker", "讲话人"),
    Role.DATE: ("SpeechDate", "讲话日期"),
    Role.SALUTATION: ("SpeechSalutation", "称谓"),
    Role.BODY: ("SpeechBody", "讲话正文"),
    Role.HEADING_1: ("SpeechHeading1", "一级标题"),
    Role.HEADING_2: ("SpeechHeading2", "二级标题"),
    Role.HEADING_3: ("SpeechHeading3", "三级标题"),
    Role.HEADING_4: ("SpeechHeading4", "四级标题"),
}
# Character styles for a heading set at the start of a body paragraph ("（一）抓项目。项目……").
RUN_IN_STYLES: dict[int, tuple[str, str]] = {
    1: ("SpeechHeading1Char", "一级标题（段内）"),
    2: ("SpeechHeading2Char", "二级标题（段内）"),
    3: ("SpeechHeading3Char", "三级标题（段内）"),
    4: ("SpeechHeading4Char", "四级标题（段内）"),
}

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


@functools.lru_cache(maxsize=8)
def template_parts(style: Style) -> dict[str, bytes]:
    """Package member name → bytes of the empty speech document set in ``style``."""
    parts = {
        "[Content_Types].xml": _content_types(),
        "_rels/.rels": _package_rels(),
        "docProps/core.xml": _core(),
        "docProps/app.xml": _app(),
        "word/document.xml": _document(style),
        "word/_rels/document.xml.rels": _document_rels(),
        "word/styles.xml": _styles(style),
        "word/settings.xml": _settings(),
        "word/fontTable.xml": _font_table(style),
        "word/footer1.xml": _footer(style, odd=True),
        "word/footer2.xml": _footer(style, odd=False),
    }
    return {name: (_DECL + xml).encode("utf-8") for name, xml in parts.items()}


def run_fonts_xml(latin: str, east_asian: str, *, hint: bool = False) -> str:
    """``w:rFonts`` naming every slot, so no theme or default can creep in."""
    latin_q, east_q = quoteattr(latin), quoteattr(east_asian)
    hint_attr = ' w:hint="eastAsia"' if hint else ""
    return (
        f"<w:rFonts w:ascii={latin_q} w:hAnsi={latin_q} w:eastAsia={east_q} w:cs={latin_q}"
        f"{hint_attr}/>"
    )


def _content_types() -> str:
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
    items = "".join(
        f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides
    )
    return (
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


def _document_rels() -> str:
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    rels = [
        ("rId1", "styles", "styles.xml"),
        ("rId2", "settings", "settings.xml"),
        ("rId3", "fontTable", "fontTable.xml"),
        ("rId4", "footer", "footer1.xml"),
        ("rId5", "footer", "footer2.xml"),
    ]
    items = "".join(
        f'<Relationship Id="{rid}" Type="{base}/{kind}" Target="{target}"/>'
        for rid, kind, target in rels
    )
    return (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f"{items}</Relationships>"
    )


def _core() -> str:
    # Filled per document through python-docx's core_properties; nothing from a template remains.
    return (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'
    )


def _app() -> str:
    return (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
        'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Application>drafter {__version__}</Application><DocSecurity>0</DocSecurity>"
        "</Properties>"
    )


def _document(style: Style) -> str:
    return (
        f"<w:document {_W}><w:body><w:sectPr>"
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
        "</w:sectPr></w:body></w:document>"
    )


def _settings() -> str:
    return (
        f"<w:settings {_W}>"
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
    return f"<w:fonts {_W}>{''.join(entries)}</w:fonts>"


def _footer(style: Style, *, odd: bool) -> str:
    # One character in from the outer edge: right on odd pages, left on even pages.
    inset = twips_pt(style.page_number_size_pt)
    indent = f'<w:ind w:right="{inset}"/>' if odd else f'<w:ind w:left="{inset}"/>'
    align = "right" if odd else "left"

    def run(inner: str) -> str:
        return f'<w:r><w:rPr><w:rStyle w:val="PageNumber"/></w:rPr>{inner}</w:r>'

    return (
        f'<w:ftr {_W}><w:p><w:pPr><w:pStyle w:val="Footer"/>{indent}<w:jc w:val="{align}"/>'
        "</w:pPr>"
        + run('<w:t xml:space="preserve">— </w:t>')
        + run('<w:fldChar w:fldCharType="begin"/>')
        + run('<w:instrText xml:space="preserve"> PAGE </w:instrText>')
        + run('<w:fldChar w:fldCharType="separate"/>')
        + run("<w:t>1</w:t>")
        + run('<w:fldChar w:fldCharType="end"/>')
        + run('<w:t xml:space="preserve"> —</w:t>')
        + "</w:p></w:ftr>"
    )


def _ppr(
    *,
    spacing_after: int = 0,
    line: int | None = None,
    indent: str = "",
    keep_next: bool = False,
    jc: str | None = None,
    outline: int | None = None,
) -> str:
    """A style's ``w:pPr`` in schema order (keepNext … spacing, ind, jc, outlineLvl)."""
    parts = []
    if keep_next:
        parts.append("<w:keepNext/>")
    spacing = ""
    if line is not None:
        spacing += f' w:line="{line}" w:lineRule="exact"'
    if spacing_after:
        spacing += f' w:after="{spacing_after}"'
    if spacing:
        parts.append(f'<w:spacing w:before="0"{spacing}/>')
    if indent:
        parts.append(indent)
    if jc:
        parts.append(f'<w:jc w:val="{jc}"/>')
    if outline is not None:
        parts.append(f'<w:outlineLvl w:val="{outline}"/>')
    return f"<w:pPr>{''.join(parts)}</w:pPr>" if parts else ""


def _rpr(
    style: Style,
    *,
    east_asian: str | None = None,
    latin: str | None = None,
    bold: bool | None = None,
    char_spacing: float | None = None,
    size: float | None = None,
) -> str:
    """A style's ``w:rPr`` in schema order (rFonts, b, bCs, spacing, sz, szCs)."""
    parts = []
    if east_asian is not None or latin is not None:
        parts.append(run_fonts_xml(latin or style.latin_font, east_asian or style.body_font))
    if bold is not None:
        parts.append("<w:b/><w:bCs/>" if bold else '<w:b w:val="0"/><w:bCs w:val="0"/>')
    if char_spacing is not None:
        parts.append(f'<w:spacing w:val="{twips_pt(char_spacing)}"/>')
    if size is not None:
        parts.append(f'<w:sz w:val="{half_points(size)}"/><w:szCs w:val="{half_points(size)}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def _style(
    kind: str,
    style_id: str,
    name: str,
    body: str,
    *,
    based_on: str | None = None,
    next_id: str | None = None,
    default: bool = False,
    quick: bool = True,
    priority: int | None = None,
) -> str:
    attrs = f' w:type="{kind}" w:styleId="{style_id}"' + (' w:default="1"' if default else "")
    head = f"<w:name w:val={quoteattr(name)}/>"
    if based_on:
        head += f'<w:basedOn w:val="{based_on}"/>'
    if next_id:
        head += f'<w:next w:val="{next_id}"/>'
    if priority is not None:
        head += f'<w:uiPriority w:val="{priority}"/>'
    if quick:
        head += "<w:qFormat/>"
    return f"<w:style{attrs}>{head}{body}</w:style>"


def body_indent_xml(style: Style) -> str:
    """First-line indent of ``first_line_indent_chars`` characters of body text."""
    chars = style.first_line_indent_chars
    width = style.body_size_pt + style.char_spacing_pt
    return (
        f'<w:ind w:firstLineChars="{round(chars * 100)}" w:firstLine="{twips_pt(chars * width)}"/>'
    )


def _styles(style: Style) -> str:
    line = line_twips(style)
    body_size = style.body_size_pt
    latin = style.latin_font
    defaults = (
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        + run_fonts_xml(latin, style.body_font)
        + f'<w:sz w:val="{half_points(body_size)}"/><w:szCs w:val="{half_points(body_size)}"/>'
        + '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
        + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        # No widow/orphan control: a full page keeps all 22 lines, as in printed speeches.
        # No automatic space between Chinese and Latin/digits: it breaks the 28-character grid.
        + '<w:widowControl w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>'
        + "</w:pPr></w:pPrDefault></w:docDefaults>"
    )
    styles = [
        _style(
            "paragraph",
            "Normal",
            "Normal",
            _ppr(line=line, jc="both")
            + _rpr(
                style,
                east_asian=style.body_font,
                latin=latin,
                char_spacing=style.char_spacing_pt,
                size=body_size,
            ),
            default=True,
        ),
        _style(
            "character",
            "DefaultParagraphFont",
            "Default Paragraph Font",
            "",
            default=True,
            quick=False,
            priority=1,
        ),
    ]
    title_id, title_name = PARAGRAPH_STYLES[Role.TITLE]
    speaker_id, speaker_name = PARAGRAPH_STYLES[Role.SPEAKER]
    date_id, date_name = PARAGRAPH_STYLES[Role.DATE]
    salutation_id, salutation_name = PARAGRAPH_STYLES[Role.SALUTATION]
    body_id, body_name = PARAGRAPH_STYLES[Role.BODY]
    styles += [
        _style(
            "paragraph",
            title_id,
            title_name,
            # A blank line's worth of space under the title, on the line grid.
            _ppr(line=line, spacing_after=line, jc="center")
            + _rpr(
                style,
                east_asian=style.title_font,
                latin=latin,
                bold=style.title_bold,
                char_spacing=0,
                size=style.title_size_pt,
            ),
            based_on="Normal",
            next_id=speaker_id,
        ),
        _style(
            "paragraph",
            speaker_id,
            speaker_name,
            _ppr(line=line, jc="center")
            + _rpr(
                style,
                east_asian=style.speaker_font,
                latin=latin,
                bold=style.speaker_bold,
                char_spacing=0,
                size=style.speaker_size_pt,
            ),
            based_on="Normal",
            next_id=date_id,
        ),
        _style(
            "paragraph",
            date_id,
            date_name,
            _ppr(line=line, jc="center")
            + _rpr(
                style,
                east_asian=style.speaker_font,
                latin=latin,
                bold=style.speaker_bold,
                char_spacing=0,
                size=style.speaker_size_pt,
            ),
            based_on="Normal",
            next_id=salutation_id,
        ),
        _style(
            "paragraph",
            salutation_id,
            salutation_name,
            _ppr(line=line, indent='<w:ind w:firstLineChars="0" w:firstLine="0"/>', jc="left"),
            based_on="Normal",
            next_id=body_id,
        ),
        _style(
            "paragraph",
            body_id,
            body_name,
            _ppr(line=line, indent=body_indent_xml(style)),
            based_on="Normal",
            next_id=body_id,
        ),
    ]
    for level in (1, 2, 3, 4):
        style_id, name = PARAGRAPH_STYLES[Role.heading(level)]
        char_id, char_name = RUN_IN_STYLES[level]
        font, bold = style.heading_font(level), style.heading_bold(level)
        styles.append(
            _style(
                "paragraph",
                style_id,
                name,
                _ppr(keep_next=True, line=line, outline=level - 1)
                + _rpr(style, east_asian=font, latin=latin, bold=bold, size=style.heading_size_pt),
                based_on=body_id,
                next_id=body_id,
            )
        )
        styles.append(
            _style(
                "character",
                char_id,
                char_name,
                _rpr(style, east_asian=font, latin=latin, bold=bold, size=style.heading_size_pt),
                based_on="DefaultParagraphFont",
            )
        )
    page_font = style.page_number_font
    styles += [
        _style(
            "paragraph",
            "Footer",
            "footer",
            # An exact line, so the number sits at the same height whatever the font's metrics.
            '<w:pPr><w:spacing w:before="0" w:after="0"'
            f' w:line="{twips_pt(style.page_number_size_pt * 1.25)}" w:lineRule="exact"/>'
            '<w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>'
            + _rpr(
                style,
                east_asian=page_font,
                latin=page_font,
                char_spacing=0,
                size=style.page_number_size_pt,
            ),
            based_on="Normal",
            quick=False,
            priority=99,
        ),
        _style(
            "character",
            "PageNumber",
            "page number",
            "<w:rPr>"
            + run_fonts_xml(page_font, page_font, hint=True)
            + f'<w:sz w:val="{half_points(style.page_number_size_pt)}"/>'
            + f'<w:szCs w:val="{half_points(style.page_number_size_pt)}"/></w:rPr>',
            based_on="DefaultParagraphFont",
            quick=False,
            priority=99,
        ),
        _style(
            "paragraph",
            "CommentText",
            "annotation text",
            '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
            '<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr>'
            + _rpr(style, east_asian="宋体", latin=latin, char_spacing=0, size=10.5),
            based_on="Normal",
            quick=False,
            priority=99,
        ),
        _style(
            "character",
            "CommentReference",
            "annotation reference",
            '<w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr>',
            based_on="DefaultParagraphFont",
            quick=False,
            priority=99,
        ),
    ]
    return f"<w:styles {_W}>{defaults}{''.join(styles)}</w:styles>"
