"""The Word styles of a speech: input a python-docx ``Document`` and a ``Style``, output the styles.

docDefaults name Times New Roman for Latin and digits and the body font for Chinese, with zh-CN
as the East-Asian language; the theme-font attributes of python-docx's template are removed
from every style, so no theme font overrides ours. Each ``Role`` gets a real paragraph style with
a Chinese name (讲话标题, 讲话人, 讲话日期, 称谓, 讲话正文, 一级标题 … 四级标题), so a writer
changes every level-1 heading by editing one style; heading styles carry ``w:outlineLvl`` 0–3 for
Word's and WPS's navigation pane. Each heading level also has a character style for a heading
run into a body paragraph ("（一）全力以赴抓项目。项目建设是……"). The footer, page-number and
comment styles complete the set. Every role style states its own fonts, size and line spacing,
so it reads correctly on its own and survives being copied into another document.

python-docx has no API for the East-Asian font slot, character spacing, ``w:firstLineChars`` or
the document defaults: those are set on its oxml elements here, in schema order.
"""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING, WD_PARAGRAPH_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.font import CT_RPr
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt, Twips
from docx.styles.style import BaseStyle, CharacterStyle, ParagraphStyle

from drafter.document import Role
from drafter.records import dataclass
from drafter.writers.style import Style, text_width_pt

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
PAGE_NUMBER_STYLE = ("PageNumber", "page number")
# The style ids python-docx's add_comment writes into every comment.
COMMENT_TEXT_STYLE = ("CommentText", "annotation text")
COMMENT_REFERENCE_STYLE = ("CommentReference", "annotation reference")

# What python-docx's template keeps: the defaults Word expects, and the footer styles we reuse.
# Its other 158 styles (Heading 1, list, table styles …) are Word's built-ins, offered by Word
# from its latent styles whenever a writer wants one; kept, they would crowd the style list and
# slow every python-docx style lookup (each one scans the whole list).
_TEMPLATE_STYLES_KEPT = frozenset(
    ("Normal", "DefaultParagraphFont", "TableNormal", "NoList", "Footer", "FooterChar")
)
_THEME_FONT_ATTRS = tuple(
    qn(f"w:{name}") for name in ("asciiTheme", "eastAsiaTheme", "hAnsiTheme", "cstheme")
)
# Schema order (CT_RPr, CT_PPrBase): the children that must follow the one being inserted.
_RPR_AFTER_SPACING = (
    "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr",
    "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
    "w:specVanish", "w:oMath",
)  # fmt: skip
_RPR_AFTER_SZ_CS = _RPR_AFTER_SPACING[5:]
_PPR_AFTER_AUTO_SPACE_DN = (
    "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)  # fmt: skip
_PPR_AFTER_OVERFLOW_PUNCT = (
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    *_PPR_AFTER_AUTO_SPACE_DN,
)


@dataclass(frozen=True, slots=True)
class SpeechStyles:
    """The styles a speech's paragraphs and runs are set in."""

    paragraph: dict[Role, ParagraphStyle]
    run_in: dict[int, CharacterStyle]
    page_number: CharacterStyle


def define_styles(document: WordDocument, style: Style) -> SpeechStyles:
    """Set the document defaults and add one style per role; returns the styles to apply."""
    styles = document.styles
    for unused in styles.element.findall(qn("w:style")):
        if unused.get(qn("w:styleId")) not in _TEMPLATE_STYLES_KEPT:
            styles.element.remove(unused)
    for fonts in styles.element.iter(qn("w:rFonts")):
        _drop_theme_fonts(fonts)
    _set_doc_defaults(document, style)
    line = Pt(style.line_spacing_pt)

    normal = styles["Normal"]
    _paragraph_look(normal, line=line, align=WD_PARAGRAPH_ALIGNMENT.JUSTIFY)
    normal.paragraph_format.widow_control = False  # a full page keeps all 22 lines
    ppr = normal.element.get_or_add_pPr()
    # Punctuation stays inside the type area. LibreOffice (7.4 measured; its DOCX import maps
    # this flag the other way round) hangs a line-end "。" into the margin unless the value is 1,
    # and with tight spacing it then printed no mark at all (39 marks lost in four drafts).
    # Word reads 1 as its own default for Chinese.
    _insert_ordered(ppr, _val("w:overflowPunct", "1"), _PPR_AFTER_OVERFLOW_PUNCT)
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
        # No automatic space between Chinese and Latin/digits: it breaks the 28-character grid.
        _insert_ordered(ppr, _val(tag, "0"), _PPR_AFTER_AUTO_SPACE_DN)
    _run_look(
        normal, style, style.body_font, size=style.body_size_pt, spacing=style.char_spacing_pt
    )
    if style.chars_per_line and style.char_scale_percent != 100:
        set_char_scale(normal.element.get_or_add_rPr(), style.char_scale_percent)

    added = {role: _add_paragraph_style(document, *ids) for role, ids in PARAGRAPH_STYLES.items()}
    centred = WD_PARAGRAPH_ALIGNMENT.CENTER
    title = added[Role.TITLE]
    # A blank line's worth of space under the title, on the line grid.
    _paragraph_look(title, line=line, after=line, align=centred)
    _run_look(
        title, style, style.title_font, size=style.title_size_pt, bold=style.title_bold, spacing=0
    )
    _off_grid(title)
    for role in (Role.SPEAKER, Role.DATE):
        _off_grid(added[role])
        _paragraph_look(added[role], line=line, align=centred)
        _run_look(
            added[role],
            style,
            style.speaker_font,
            size=style.speaker_size_pt,
            bold=style.speaker_bold,
            spacing=0,
        )
    salutation = added[Role.SALUTATION]
    _paragraph_look(salutation, line=line, align=WD_PARAGRAPH_ALIGNMENT.LEFT)
    _first_line_indent(salutation, chars=0, width=Twips(0))
    body = added[Role.BODY]
    _paragraph_look(body, line=line)
    chars = style.first_line_indent_chars
    # A hair under whole cells: LibreOffice rounds the grid pitch down to whole twips and
    # starts the text in the next cell, so 2 × 15.79 pt set 25 characters on a first line.
    _first_line_indent(body, chars=chars, width=Pt(chars * character_pitch(style) * 0.99))

    order = [Role.TITLE, Role.SPEAKER, Role.DATE, Role.SALUTATION, Role.BODY]
    for role in order:
        added[role].base_style = normal
    for role, following in zip(order, [*order[1:], Role.BODY], strict=True):
        added[role].next_paragraph_style = added[following]

    run_in: dict[int, CharacterStyle] = {}
    for level in (1, 2, 3, 4):
        heading = added[Role.heading(level)]
        heading.base_style = body
        heading.next_paragraph_style = body
        _paragraph_look(heading, line=line)
        heading.paragraph_format.keep_with_next = True
        heading.element.get_or_add_pPr().get_or_add_outlineLvl().val = level - 1
        font, bold = style.heading_font(level), style.heading_bold(level)
        _run_look(heading, style, font, size=style.heading_size_pt, bold=bold)
        character = _add_character_style(document, *RUN_IN_STYLES[level])
        _run_look(character, style, font, size=style.heading_size_pt, bold=bold)
        run_in[level] = character

    return SpeechStyles(added, run_in, _support_styles(document, style))


def _support_styles(document: WordDocument, style: Style) -> CharacterStyle:
    """Footer, page-number and comment styles; returns the page-number style."""
    styles = document.styles
    page_font, page_size = style.page_number_font, style.page_number_size_pt
    footer = styles["Footer"]
    footer.paragraph_format.tab_stops.clear_all()  # the template's stops are for Letter paper
    # An exact line, so the number sits at the same height whatever the font's metrics.
    _paragraph_look(footer, line=Pt(page_size * 1.25))
    _off_grid(footer)
    _first_line_indent(footer, chars=0, width=Twips(0))
    _run_look(footer, style, page_font, latin=page_font, size=page_size, spacing=0)

    page_number = _add_character_style(document, *PAGE_NUMBER_STYLE, quick=False)
    _run_look(page_number, style, page_font, latin=page_font, size=page_size)
    set_run_fonts(page_number.element.get_or_add_rPr(), page_font, page_font, hint=True)

    comment_text = _add_paragraph_style(document, *COMMENT_TEXT_STYLE, quick=False)
    comment_text.base_style = styles["Normal"]
    comment_text.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    _paragraph_look(comment_text, line=None, align=WD_PARAGRAPH_ALIGNMENT.LEFT)
    _off_grid(comment_text)
    _first_line_indent(comment_text, chars=0, width=Twips(0))
    _run_look(comment_text, style, "宋体", size=10.5, spacing=0)
    reference = _add_character_style(document, *COMMENT_REFERENCE_STYLE, quick=False)
    reference.font.size = Pt(10.5)
    return page_number


def _add_paragraph_style(
    document: WordDocument, style_id: str, name: str, *, quick: bool = True
) -> ParagraphStyle:
    added = _add(document, WD_STYLE_TYPE.PARAGRAPH, style_id, name, quick=quick)
    assert isinstance(added, ParagraphStyle)
    return added


def _add_character_style(
    document: WordDocument, style_id: str, name: str, *, quick: bool = True
) -> CharacterStyle:
    added = _add(document, WD_STYLE_TYPE.CHARACTER, style_id, name, quick=quick)
    assert isinstance(added, CharacterStyle) and not isinstance(added, ParagraphStyle)
    added.base_style = document.styles["Default Paragraph Font"]
    return added


def _add(
    document: WordDocument, kind: WD_STYLE_TYPE, style_id: str, name: str, *, quick: bool
) -> BaseStyle:
    """A new style; ``quick`` ones are ours (in the style gallery), the others are Word's
    built-ins (page number, annotation text …), written as Word writes them."""
    added: BaseStyle = document.styles.add_style(name, kind, builtin=not quick)
    added.style_id = style_id
    if quick:
        added.quick_style = True
    else:
        added.priority = 99
        added.unhide_when_used = True
    return added


def character_pitch(style: Style) -> float:
    """Points from one body character to the next: the grid's pitch, else size plus spacing."""
    if style.chars_per_line:
        return text_width_pt(style) / style.chars_per_line
    return style.body_size_pt + style.char_spacing_pt


def _off_grid(target: ParagraphStyle) -> None:
    """Centred lines in their own size (title, speaker, date, footer) keep their natural
    spacing: LibreOffice would give each 22 pt title character two grid cells, and each run of
    digits a whole number of cells."""
    ppr = target.element.get_or_add_pPr()
    _insert_ordered(ppr, _val("w:snapToGrid", "0"), _PPR_AFTER_AUTO_SPACE_DN[3:])


def _paragraph_look(
    target: ParagraphStyle,
    *,
    line: Pt | None,
    after: Pt | None = None,
    align: WD_PARAGRAPH_ALIGNMENT | None = None,
) -> None:
    fmt = target.paragraph_format
    fmt.space_before = Twips(0)
    fmt.space_after = after if after is not None else Twips(0)
    if line is not None:
        fmt.line_spacing = line
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    if align is not None:
        fmt.alignment = align


def _first_line_indent(target: ParagraphStyle, *, chars: float, width: Twips | Pt) -> None:
    """First-line indent in characters (what Word and WPS honour) and its width (the fallback)."""
    target.paragraph_format.first_line_indent = Twips(round(width.twips))
    ind = target.element.get_or_add_pPr().get_or_add_ind()
    ind.set(qn("w:firstLineChars"), str(round(chars * 100)))


def _run_look(
    target: ParagraphStyle | CharacterStyle,
    style: Style,
    east_asian: str,
    *,
    size: float,
    latin: str | None = None,
    bold: bool | None = None,
    spacing: float | None = None,
) -> None:
    """Fonts for both slots, bold on or off, character spacing and size of a style."""
    rpr = target.element.get_or_add_rPr()
    set_run_fonts(rpr, latin or style.latin_font, east_asian, hint=True)
    if bold is not None:
        target.font.bold = bold
        complex_bold = rpr.get_or_add_bCs()
        if not bold:
            complex_bold.set(qn("w:val"), "0")
    if spacing is not None:
        set_char_spacing(rpr, spacing)
    target.font.size = Pt(size)
    set_complex_size(rpr, size)


def set_run_fonts(rpr: CT_RPr, latin: str, east_asian: str, *, hint: bool = False) -> None:
    """``w:rFonts`` naming every slot (python-docx's ``font.name`` sets only ascii and hAnsi)."""
    fonts = rpr.get_or_add_rFonts()
    _drop_theme_fonts(fonts)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:cs"), latin)
    if hint:
        # Characters Unicode shares between scripts (“ ” ‘ ’ —— …… ·) are drawn with the
        # East-Asian font; Latin letters and digits keep the Latin one.
        fonts.set(qn("w:hint"), "eastAsia")


def set_char_spacing(rpr: CT_RPr, points: float) -> None:
    spacing = rpr.find(qn("w:spacing"))
    if spacing is None:
        spacing = OxmlElement("w:spacing")
        _insert_ordered(rpr, spacing, _RPR_AFTER_SPACING)
    spacing.set(qn("w:val"), str(round(points * 20)))


def set_char_scale(rpr: CT_RPr, percent: int) -> None:
    """``w:w``: glyph width in percent (Word's 字符缩放)."""
    scale = rpr.find(qn("w:w"))
    if scale is None:
        scale = OxmlElement("w:w")
        _insert_ordered(rpr, scale, _RPR_AFTER_SPACING[1:])
    scale.set(qn("w:val"), str(percent))


def set_complex_size(rpr: CT_RPr, points: float) -> None:
    size = rpr.find(qn("w:szCs"))
    if size is None:
        size = OxmlElement("w:szCs")
        _insert_ordered(rpr, size, _RPR_AFTER_SZ_CS)
    size.set(qn("w:val"), str(round(points * 2)))


def _set_doc_defaults(document: WordDocument, style: Style) -> None:
    """Times New Roman and the body font, the body size, zh-CN; no template paragraph spacing."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults is not None  # python-docx's template has them
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    set_run_fonts(rpr, style.latin_font, style.body_font, hint=True)
    rpr.get_or_add_sz().val = Pt(style.body_size_pt)
    set_complex_size(rpr, style.body_size_pt)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        _insert_ordered(rpr, lang, _RPR_AFTER_SPACING[-3:])
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    ppr = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
    spacing = ppr.find(qn("w:spacing")) if ppr is not None else None
    if ppr is not None and spacing is not None:
        ppr.remove(spacing)  # 10 pt after and 1.15 lines: Word 2010's look, not an office's


def _drop_theme_fonts(fonts: BaseOxmlElement) -> None:
    for attr in _THEME_FONT_ATTRS:
        fonts.attrib.pop(attr, None)


def _val(tag: str, value: str) -> BaseOxmlElement:
    element = OxmlElement(tag)
    element.set(qn("w:val"), value)
    return element


def _insert_ordered(
    parent: BaseOxmlElement, child: BaseOxmlElement, successors: tuple[str, ...]
) -> None:
    """Insert ``child`` before the first of its schema successors present (Word is strict)."""
    for name in successors:
        found = parent.find(qn(name))
        if found is not None:
            found.addprevious(child)
            return
    parent.append(child)
