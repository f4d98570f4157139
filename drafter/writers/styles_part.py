"""styles.xml of a speech: input a ``Style``, output the XML of the styles part.

docDefaults name Times New Roman for Latin and digits and the body font for Chinese, with zh-CN as
the East-Asian language and no theme fonts. Each ``Role`` gets a real paragraph style with a
Chinese name (讲话标题, 讲话人, 讲话日期, 称谓, 讲话正文, 一级标题 … 四级标题), so a writer
changes every level-1 heading by editing one style; heading styles carry ``w:outlineLvl`` 0–3 for
Word's and WPS's navigation pane. Each heading level also has a character style for a heading run
into a body paragraph ("（一）全力以赴抓项目。项目建设是……"). Footer, page-number and comment
styles complete the set. Every role style states its own fonts, size and line spacing, so it reads
correctly on its own and survives being copied into another document.
"""

from __future__ import annotations

from drafter.document import Role
from drafter.writers.ooxml import (
    W_NAMESPACES,
    half_points,
    line_twips,
    quoteattr,
    run_fonts_xml,
    twips_pt,
)
from drafter.writers.style import Style

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


def styles_xml(style: Style) -> str:
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
    return f"<w:styles {W_NAMESPACES}>{defaults}{''.join(styles)}</w:styles>"
