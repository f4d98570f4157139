"""The page and the package around a speech: input a python-docx ``Document``, output it set up.

- the A4 section with the GB/T 9704 margins, the footer distance and the document grid
  (22 lines × 28 characters, ``document_grid``);
- footers for odd and even pages: "— PAGE —" in 4号 宋体, odd pages right, even pages left, one
  character in from the outer edge (``settings.odd_and_even_pages_header_footer``);
- settings: East-Asian theme language zh-CN, Word 2013+ layout (no "compatibility mode"), no
  punctuation compression (python-docx's template already says so), no rsids;
- what python-docx's template carries that a speech must not: the Word 2010 stylesWithEffects
  copy of the styles (its theme fonts would come back in Word 2010), a bibliography customXml
  part, a thumbnail of an empty page, app.xml naming "Microsoft Macintosh Word". The font table
  is replaced by one naming our fonts, with the common Windows font as ``altName`` so Word
  substitutes 仿宋 for 仿宋_GB2312 on machines without the GB2312 fonts.
"""

from __future__ import annotations

import math

from docx.document import Document as WordDocument
from docx.enum.text import WD_PARAGRAPH_ALIGNMENT
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.package import Package
from docx.shared import Mm, Pt, Twips
from docx.styles.style import CharacterStyle
from docx.text.paragraph import Paragraph

from drafter import __version__
from drafter.writers.docx_styles import set_complex_size, set_run_fonts
from drafter.writers.style import Style, text_width_pt

_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
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


def set_up_page(document: WordDocument, style: Style, page_number: CharacterStyle) -> None:
    """A4 with the official margins, and page numbers in odd and even footers."""
    section = document.sections[0]
    section.page_width = Mm(style.page_width_mm)
    section.page_height = Mm(style.page_height_mm)
    section.top_margin = Mm(style.margin_top_mm)
    section.bottom_margin = Mm(style.margin_bottom_mm)
    section.left_margin = Mm(style.margin_left_mm)
    section.right_margin = Mm(style.margin_right_mm)
    section.header_distance = Mm(15)
    section.footer_distance = Mm(style.footer_distance_mm)
    section.gutter = Twips(0)
    sect_pr = document.element.body.sectPr
    assert sect_pr is not None  # python-docx's template has one
    _drop_rsids(sect_pr)
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is not None:
        for name, value in document_grid(style).items():
            grid.set(qn(f"w:{name}"), value)

    document.settings.odd_and_even_pages_header_footer = True
    _page_number(section.footer.paragraphs[0], style, page_number, odd=True)
    _page_number(section.even_page_footer.paragraphs[0], style, page_number, odd=False)


def document_grid(style: Style) -> dict[str, str]:
    """``w:docGrid`` as GB/T 9704 templates have it: lines and characters, 22 × 28.

    ``charSpace`` is what each character's pitch gains over its size, in 1/4096 pt (Word
    reckons it from the Normal style's size, our body size): 156 mm / 28 = 15.79 pt, 16 pt
    − 0.21 pt → −848. Rounded down, so 28 characters never overflow the line.
    """
    pitch = {"linePitch": str(round(style.line_spacing_pt * 20))}
    if not style.chars_per_line:
        return {**pitch, "type": "lines"}
    delta = text_width_pt(style) / style.chars_per_line - style.body_size_pt
    return {"type": "linesAndChars", **pitch, "charSpace": str(math.floor(delta * 4096))}


def _page_number(
    paragraph: Paragraph, style: Style, character: CharacterStyle, *, odd: bool
) -> None:
    """The page number as "— 1 —" with a PAGE field, one character in from the outer edge."""
    fmt = paragraph.paragraph_format
    inset = Pt(style.page_number_size_pt)
    if odd:
        fmt.right_indent = inset
        paragraph.alignment = WD_PARAGRAPH_ALIGNMENT.RIGHT
    else:
        fmt.left_indent = inset
        paragraph.alignment = WD_PARAGRAPH_ALIGNMENT.LEFT
    font, size = style.page_number_font, style.page_number_size_pt

    def add(
        text: str | None = None, *, field: str | None = None, instruction: str | None = None
    ) -> None:
        run = paragraph.add_run(text, character)
        if style.run_fonts:
            rpr = run.element.get_or_add_rPr()
            set_run_fonts(rpr, font, font, hint=True)
            run.font.size = Pt(size)
            set_complex_size(rpr, size)
        if field is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), field)
            run.element.append(char)
        if instruction is not None:
            instr = OxmlElement("w:instrText")
            instr.set(_XML_SPACE, "preserve")
            instr.text = instruction
            run.element.append(instr)

    add("— ")
    add(field="begin")
    add(instruction=" PAGE ")
    add(field="separate")
    add("1")
    add(field="end")
    add(" —")


def set_up_package(document: WordDocument, style: Style) -> None:
    """Settings for Chinese text, and the template's leftovers replaced or removed."""
    settings = document.settings.element
    _drop_rsids(settings)
    # The template's rsids, and its claim that spelling and grammar were already checked.
    for tag in ("w:rsids", "w:proofState"):
        found = settings.find(qn(tag))
        if found is not None:
            settings.remove(found)
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")
    tab = settings.find(qn("w:defaultTabStop"))
    if tab is not None:
        tab.set(qn("w:val"), "420")  # two characters of 五号, as Chinese Word has it
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")
    _drop_rsids(document.styles.element)

    part = document.part
    for rId, rel in list(part.rels.items()):
        # The template's numbering serves only its list styles, which define_styles removed.
        if rel.reltype in (RT.CUSTOM_XML, _STYLES_WITH_EFFECTS, RT.FONT_TABLE, RT.NUMBERING):
            part.drop_rel(rId)
    part.relate_to(_font_table(part.package, style), RT.FONT_TABLE)
    package = part.package
    for rId, rel in list(package.rels.items()):
        if rel.reltype in (RT.THUMBNAIL, RT.EXTENDED_PROPERTIES):
            del package.rels[rId]
    app = XmlPart(
        PackURI("/docProps/app.xml"),
        CT.OFC_EXTENDED_PROPERTIES,
        _app(named=style.record_generator),
        package,
    )
    package.relate_to(app, RT.EXTENDED_PROPERTIES)


def _drop_rsids(element: BaseOxmlElement) -> None:
    """Revision-session ids: Word's edit history of the template, noise in a new file."""
    for node in list(element.iter(qn("w:rsid"))):
        node.getparent().remove(node)
    for attr in [name for name in element.attrib if str(name).startswith(qn("w:rsid"))]:
        del element.attrib[attr]


def _font_table(package: Package, style: Style) -> XmlPart:
    names = sorted(
        {
            style.latin_font,
            style.body_font,
            style.title_font,
            style.speaker_font,
            *(style.heading_font(level) for level in (1, 2, 3, 4)),
            style.page_number_font,
        }
    )
    fonts = parse_xml(f"<w:fonts {nsdecls('w')}/>")
    for name in names:
        latin = name.isascii()
        alt = _ALT_NAMES.get(name)
        panose = _PANOSE.get(name) or (_PANOSE.get(alt) if alt else None)
        font = OxmlElement("w:font")
        font.set(qn("w:name"), name)
        children = [("w:altName", alt), ("w:panose1", panose)]
        if latin:
            children += [("w:charset", "00"), ("w:family", "roman"), ("w:pitch", "variable")]
        else:
            children += [("w:charset", "86"), ("w:family", "modern"), ("w:pitch", "fixed")]
        for tag, value in children:
            if value is not None:
                child = OxmlElement(tag)
                child.set(qn("w:val"), value)
                font.append(child)
        fonts.append(font)
    return XmlPart(PackURI("/word/fontTable.xml"), CT.WML_FONT_TABLE, fonts, package)


def _app(*, named: bool) -> BaseOxmlElement:
    """app.xml, naming us only when asked; Word fills in page and word counts when it saves."""
    namespace = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    application = f"<Application>drafter {__version__}</Application>" if named else ""
    return parse_xml(
        f'<Properties xmlns="{namespace}">{application}<DocSecurity>0</DocSecurity></Properties>'
    )
