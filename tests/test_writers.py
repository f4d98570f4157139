"""The .docx writer, checked as a reader gets it: open the file with python-docx/lxml and look at
page setup, the fonts each paragraph and run really gets, styles, page numbers, comments and
properties. The LibreOffice layout check (22 lines × 28 characters) is in test_writers_layout.py.
"""

from __future__ import annotations

import datetime as dt
import io
import posixpath
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.shared import Mm, Pt, Twips
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree  # type: ignore[import-untyped]
from writers_sample import FIGURE, LEAD, OPENING, TARGETS_SHA, sample_document

from drafter.document import Block, Document, DocumentMeta, Provenance, Role, Run
from drafter.errors import OutputError, UsageError
from drafter.writers import DEFAULT_STYLE, Style, build_docx, write_document
from drafter.writers.docx_writer import document_date
from drafter.writers.sanitise import sanitise_line

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


@pytest.fixture(scope="module")
def plain_bytes() -> bytes:
    return build_docx(sample_document())


@pytest.fixture(scope="module")
def package(plain_bytes: bytes) -> Any:
    return docx.Document(io.BytesIO(plain_bytes))


class Resolver:
    """What Word shows for a run: direct formatting, then the run's character style, then the
    paragraph style and its basedOn chain, then the document defaults."""

    def __init__(self, package: Any) -> None:
        self.styles = package.styles.element
        self.by_id = {s.get(q("styleId")): s for s in self.styles.iterfind("w:style", NS)}
        self.defaults = self.styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)

    def chain(self, style_id: str | None) -> Iterator[Any]:
        while style_id:
            style = self.by_id[style_id]
            yield style
            based = style.find("w:basedOn", NS)
            style_id = based.get(q("val")) if based is not None else None

    def run_sources(self, run: Any, paragraph: Any) -> list[Any]:
        sources = [run.find("w:rPr", NS)]
        rstyle = run.find("w:rPr/w:rStyle", NS)
        if rstyle is not None:
            sources += [s.find("w:rPr", NS) for s in self.chain(rstyle.get(q("val")))]
        pstyle = paragraph.find("w:pPr/w:pStyle", NS)
        pid = pstyle.get(q("val")) if pstyle is not None else "Normal"
        sources += [s.find("w:rPr", NS) for s in self.chain(pid)]
        sources.append(self.defaults)
        return [s for s in sources if s is not None]

    def font(self, run: Any, paragraph: Any, slot: str) -> str | None:
        for rpr in self.run_sources(run, paragraph):
            fonts = rpr.find("w:rFonts", NS)
            if fonts is not None and fonts.get(q(slot)) is not None:
                return str(fonts.get(q(slot)))
        return None

    def bold(self, run: Any, paragraph: Any) -> bool:
        for rpr in self.run_sources(run, paragraph):
            b = rpr.find("w:b", NS)
            if b is not None:
                return b.get(q("val"), "1") not in ("0", "false")
        return False

    def size_pt(self, run: Any, paragraph: Any) -> float:
        for rpr in self.run_sources(run, paragraph):
            sz = rpr.find("w:sz", NS)
            if sz is not None:
                return int(sz.get(q("val"))) / 2
        raise AssertionError("no size anywhere")

    def paragraph_value(self, paragraph: Any, path: str, attr: str) -> str | None:
        direct = paragraph.find(f"w:pPr/{path}", NS)
        if direct is not None and direct.get(q(attr)) is not None:
            return str(direct.get(q(attr)))
        pstyle = paragraph.find("w:pPr/w:pStyle", NS)
        for style in self.chain(pstyle.get(q("val")) if pstyle is not None else "Normal"):
            found = style.find(f"w:pPr/{path}", NS)
            if found is not None and found.get(q(attr)) is not None:
                return str(found.get(q(attr)))
        return None


def paragraphs(package: Any) -> list[Any]:
    return list(package.element.body.iterfind("w:p", NS))


def para_text(paragraph: Any) -> str:
    return "".join(t.text or "" for t in paragraph.iter(q("t")))


def find_paragraph(package: Any, start: str) -> Any:
    for paragraph in paragraphs(package):
        if para_text(paragraph).startswith(start):
            return paragraph
    raise AssertionError(f"no paragraph starts with {start!r}")


def text_runs(paragraph: Any) -> list[Any]:
    return [r for r in paragraph.iterfind("w:r", NS) if r.find("w:t", NS) is not None]


# ---------------------------------------------------------------- page setup


def test_page_is_a4_with_official_margins(package: Any) -> None:
    (section,) = package.sections
    assert abs(section.page_width - Mm(210)) < Mm(0.1)
    assert abs(section.page_height - Mm(297)) < Mm(0.1)
    assert abs(section.top_margin - Mm(37)) < Mm(0.1)
    assert abs(section.bottom_margin - Mm(35)) < Mm(0.1)
    assert abs(section.left_margin - Mm(28)) < Mm(0.1)
    assert abs(section.right_margin - Mm(26)) < Mm(0.1)


def test_every_paragraph_of_the_model_is_there_in_order(package: Any) -> None:
    doc = sample_document()
    assert [para_text(p) for p in paragraphs(package)] == list(doc.paragraphs())
    assert [p.text for p in package.paragraphs] == list(doc.paragraphs())


# ---------------------------------------------------------------- styles and fonts per role

ROLE_LOOK = {
    # role: (first characters, style name, eastAsia font, size pt, bold, alignment)
    Role.TITLE: ("在全县", "讲话标题", "方正小标宋简体", 22.0, False, "center"),
    Role.SPEAKER: ("县长", "讲话人", "楷体_GB2312", 16.0, False, "center"),
    Role.DATE: ("（2025", "讲话日期", "楷体_GB2312", 16.0, False, "center"),
    Role.SALUTATION: ("同志们：", "称谓", "仿宋_GB2312", 16.0, False, "left"),
    Role.BODY: ("下面", "讲话正文", "仿宋_GB2312", 16.0, False, "both"),
    Role.HEADING_1: ("一、", "一级标题", "黑体", 16.0, False, "both"),
    Role.HEADING_2: ("（一）", "二级标题", "楷体_GB2312", 16.0, False, "both"),
    Role.HEADING_3: ("1.", "三级标题", "仿宋_GB2312", 16.0, True, "both"),
    Role.HEADING_4: ("（1）", "四级标题", "仿宋_GB2312", 16.0, False, "both"),
}


@pytest.mark.parametrize("role", list(ROLE_LOOK), ids=lambda role: role.value)
def test_each_role_has_its_style_fonts_size_and_alignment(package: Any, role: Role) -> None:
    start, style_name, east_asian, size, bold, align = ROLE_LOOK[role]
    resolver = Resolver(package)
    paragraph = find_paragraph(package, start)
    style_id = paragraph.find("w:pPr/w:pStyle", NS).get(q("val"))
    assert package.styles[style_name].style_id == style_id
    # The style itself names both font slots, so editing the style is enough.
    style_fonts = resolver.by_id[style_id]
    assert any(
        s.find("w:rPr/w:rFonts", NS) is not None
        and s.find("w:rPr/w:rFonts", NS).get(q("eastAsia")) == east_asian
        for s in resolver.chain(style_id)
    ), style_fonts
    for run in text_runs(paragraph):
        assert resolver.font(run, paragraph, "eastAsia") == east_asian
        assert resolver.font(run, paragraph, "ascii") == "Times New Roman"
        assert resolver.font(run, paragraph, "hAnsi") == "Times New Roman"
        assert resolver.size_pt(run, paragraph) == size
        assert resolver.bold(run, paragraph) is bold
        # Runs carry the East-Asian font too (fonts that stick when pasted elsewhere).
        assert run.find("w:rPr/w:rFonts", NS).get(q("eastAsia")) == east_asian
    assert resolver.paragraph_value(paragraph, "w:jc", "val") == align


def test_body_and_headings_have_two_character_indent_and_exact_spacing(package: Any) -> None:
    resolver = Resolver(package)
    for start in ("下面", "一、", "（一）", "1.", "（1）"):
        paragraph = find_paragraph(package, start)
        assert resolver.paragraph_value(paragraph, "w:ind", "firstLineChars") == "200"
        # 2 × (16 pt − 0.25 pt) in twentieths of a point: on the 28-character grid.
        assert (
            resolver.paragraph_value(paragraph, "w:ind", "firstLine") == "625"
        )  # 2 × 15.79 pt, a hair under
        assert resolver.paragraph_value(paragraph, "w:spacing", "lineRule") == "exact"
        assert resolver.paragraph_value(paragraph, "w:spacing", "line") == "579"  # 28.95 pt
    salutation = find_paragraph(package, "同志们：")
    assert resolver.paragraph_value(salutation, "w:ind", "firstLine") == "0"
    for name in ("讲话正文", "称谓", "一级标题", "二级标题", "三级标题", "四级标题"):
        fmt = package.styles[name].paragraph_format
        assert fmt.line_spacing == Pt(28.95), name
    assert package.styles["讲话正文"].paragraph_format.first_line_indent == Twips(625)


def test_body_fits_28_characters_on_the_document_grid(package: Any) -> None:
    grid = package.sections[0]._sectPr.find("w:docGrid", NS)
    assert grid.get(q("type")) == "linesAndChars"
    assert grid.get(q("linePitch")) == "579"  # 28.95 pt: 22 lines in 225 mm
    # 156 mm / 28 = 15.793 pt per character: 16 pt + charSpace / 4096.
    char_space = int(grid.get(q("charSpace")))
    assert char_space == -848
    assert 28 * (16 + char_space / 4096) <= 156 * 72 / 25.4 < 28 * (16 + (char_space + 1) / 4096)
    resolver = Resolver(package)
    paragraph = find_paragraph(package, "下面")
    found: dict[str, str] = {}
    for rpr in resolver.run_sources(text_runs(paragraph)[0], paragraph):
        for tag in ("spacing", "w"):
            element = rpr.find(f"w:{tag}", NS)
            if element is not None:
                found.setdefault(tag, element.get(q("val")))
    # No negative character spacing; glyphs at 98 % so LibreOffice puts each in one cell.
    assert found == {"spacing": "0", "w": "98"}


def test_punctuation_may_not_hang_and_display_lines_stay_off_the_grid(package: Any) -> None:
    normal = package.styles["Normal"].element.pPr
    assert normal.find("w:overflowPunct", NS).get(q("val")) == "1"
    for name in ("讲话标题", "讲话人", "讲话日期"):
        ppr = package.styles[name].element.pPr
        assert ppr.find("w:snapToGrid", NS).get(q("val")) == "0", name
    assert package.styles["讲话正文"].element.pPr.find("w:snapToGrid", NS) is None


def test_heading_styles_have_outline_levels_for_the_navigation_pane(package: Any) -> None:
    for level, name in enumerate(("一级标题", "二级标题", "三级标题", "四级标题")):
        style = package.styles[name]
        outline = style.element.find("w:pPr/w:outlineLvl", NS)
        assert outline is not None and outline.get(q("val")) == str(level), name
        assert style.element.find("w:pPr/w:keepNext", NS) is not None
    for name in ("讲话正文", "称谓", "讲话标题"):
        assert package.styles[name].element.find("w:pPr/w:outlineLvl", NS) is None


def test_all_level_1_headings_share_one_style(package: Any) -> None:
    level_1 = [p for p in package.paragraphs if p.text[:2] in ("一、", "二、")]
    assert len(level_1) == 2
    assert {p.style.name for p in level_1} == {"一级标题"}


def test_lead_sentence_is_bold_and_the_rest_is_not(package: Any) -> None:
    resolver = Resolver(package)
    paragraph = find_paragraph(package, "补齐生态短板。")
    runs = text_runs(paragraph)
    assert para_text(paragraph).startswith("补齐生态短板。全年")
    assert "".join(r.findtext("w:t", namespaces=NS) for r in runs[:1]) == "补齐生态短板。"
    assert resolver.bold(runs[0], paragraph) is True
    assert all(resolver.bold(run, paragraph) is False for run in runs[1:])
    assert all(resolver.font(run, paragraph, "eastAsia") == "仿宋_GB2312" for run in runs)


def test_run_in_heading_takes_its_heading_font(package: Any) -> None:
    resolver = Resolver(package)
    paragraph = find_paragraph(package, "（二）全力以赴优环境。")
    heading, body = text_runs(paragraph)
    assert heading.findtext("w:t", namespaces=NS) == "（二）全力以赴优环境。"
    assert resolver.font(heading, paragraph, "eastAsia") == "楷体_GB2312"
    assert resolver.font(body, paragraph, "eastAsia") == "仿宋_GB2312"
    assert (
        heading.find("w:rPr/w:rStyle", NS).get(q("val"))
        == package.styles["二级标题（段内）"].style_id
    )
    assert package.styles["讲话正文"].style_id == paragraph.find("w:pPr/w:pStyle", NS).get(q("val"))


def test_digits_and_latin_use_times_new_roman_everywhere(package: Any) -> None:
    resolver = Resolver(package)
    for paragraph in paragraphs(package):
        for run in text_runs(paragraph):
            assert resolver.font(run, paragraph, "ascii") == "Times New Roman"
            assert resolver.font(run, paragraph, "hAnsi") == "Times New Roman"


def test_no_theme_fonts_and_language_is_zh_cn(plain_bytes: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(plain_bytes)) as archive:
        names = archive.namelist()
        # python-docx's template keeps its theme part, but nothing may refer to its fonts.
        assert "word/styles.xml" in names and "word/document.xml" in names
        for name in names:
            if name.endswith(".xml") and not name.startswith("word/theme/"):
                xml = archive.read(name)
                assert b"Theme=" not in xml, name  # asciiTheme, eastAsiaTheme, hAnsiTheme …
                assert b"cstheme=" not in xml, name
        styles = etree.fromstring(archive.read("word/styles.xml"))
        settings = etree.fromstring(archive.read("word/settings.xml"))
    lang = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert lang.get(q("eastAsia")) == "zh-CN"
    assert settings.find("w:themeFontLang", NS).get(q("eastAsia")) == "zh-CN"
    fonts = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    assert fonts.get(q("eastAsia")) == "仿宋_GB2312"
    assert fonts.get(q("ascii")) == "Times New Roman"


def test_nothing_left_from_a_template(plain_bytes: bytes, package: Any) -> None:
    with zipfile.ZipFile(io.BytesIO(plain_bytes)) as archive:
        names = set(archive.namelist())
        blob = b"".join(archive.read(name) for name in names)
    assert not any(name.startswith(("customXml", "docProps/thumbnail")) for name in names)
    assert b"python-docx" not in blob
    assert b"rsid" not in blob
    assert b"Lorem" not in blob and b"{{" not in blob
    assert package.core_properties.last_modified_by == ""
    # python-docx's template: a Word 2010 copy of its styles (theme fonts and all), a numbering
    # part serving only the list styles we drop, and app.xml naming Mac Word 2011.
    assert not any("stylesWithEffects" in name or "numbering" in name for name in names)
    with zipfile.ZipFile(io.BytesIO(plain_bytes)) as archive:
        app = archive.read("docProps/app.xml")
        settings = etree.fromstring(archive.read("word/settings.xml"))
        fonts = etree.fromstring(archive.read("word/fontTable.xml"))
    assert b"drafter" not in app and b"Macintosh" not in app  # named only when asked
    assert settings.find("w:proofState", NS) is None  # nobody has proof-read the draft yet
    mode = settings.find("w:compat/w:compatSetting[@w:name='compatibilityMode']", NS)
    assert mode.get(q("val")) == "15"  # no "compatibility mode" in Word's title bar
    # Word substitutes 仿宋 for 仿宋_GB2312 on machines without the GB2312 fonts.
    alt = fonts.find("w:font[@w:name='仿宋_GB2312']/w:altName", NS)
    assert alt is not None and alt.get(q("val")) == "仿宋"


def test_every_style_referenced_is_defined() -> None:
    """Unused template styles are dropped: nothing may still point at one of them."""
    data = build_docx(sample_document(), comments=True)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        styles = etree.fromstring(archive.read("word/styles.xml"))
        parts = [etree.fromstring(archive.read(n)) for n in archive.namelist() if "word/" in n]
    defined = {s.get(q("styleId")) for s in styles.iterfind("w:style", NS)}
    referenced = {
        element.get(q("val"))
        for part in parts
        for tag in ("pStyle", "rStyle", "basedOn", "next", "link")
        for element in part.iter(q(tag))
    }
    assert {"SpeechBody", "CommentText", "CommentReference", "PageNumber"} <= referenced
    assert referenced <= defined, referenced - defined


# Schema order of the children Word checks (ECMA-376 CT_RPr, CT_PPr, CT_Style): Word refuses
# a file whose properties are out of order, where LibreOffice reads it anyway.
RPR_ORDER = (  # noqa: SIM905 (the schema's sequence, as written in ECMA-376)
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
    "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd "
    "fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath rPrChange"
).split()
PPR_ORDER = (  # noqa: SIM905
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr "
    "shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
    "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
    "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr "
    "sectPr pPrChange"
).split()
STYLE_ORDER = (  # noqa: SIM905
    "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed "
    "qFormat locked personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr"
).split()


@pytest.mark.parametrize("style", [DEFAULT_STYLE, Style(run_fonts=False)], ids=["runs", "styles"])
def test_properties_are_in_schema_order(style: Style) -> None:
    data = build_docx(sample_document(), style=style, comments=True)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {n: etree.fromstring(archive.read(n)) for n in archive.namelist() if "word/" in n}
    checked = 0
    for name, root in parts.items():
        for tag, order in (("rPr", RPR_ORDER), ("pPr", PPR_ORDER), ("style", STYLE_ORDER)):
            for element in root.iter(q(tag)):
                children = [etree.QName(child).localname for child in element]
                assert all(child in order for child in children), (name, tag, children)
                positions = [order.index(child) for child in children]
                assert positions == sorted(positions), (name, tag, children)
                assert len(set(children)) == len(children), (name, tag, children)
                checked += 1
    assert checked > 50


def test_package_is_well_formed_and_every_part_is_declared() -> None:
    data = build_docx(sample_document(), comments=True)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        assert len(names) == len(set(names))
        trees = {name: etree.fromstring(archive.read(name)) for name in names}
    ct = "{http://schemas.openxmlformats.org/package/2006/content-types}"
    types = trees["[Content_Types].xml"]
    declared = {o.get("PartName").lstrip("/") for o in types.iter(f"{ct}Override")}
    defaults = {d.get("Extension") for d in types.iter(f"{ct}Default")}
    parts = {name for name in names if not name.endswith(".rels")} - {"[Content_Types].xml"}
    assert declared <= parts  # every declared part exists
    for name in parts:  # and every part has a content type
        assert name in declared or name.rsplit(".", 1)[-1] in defaults, name
    r_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    reached: set[str] = set()
    for rels_name in (name for name in names if name.endswith(".rels")):
        folder, _, file = rels_name.rpartition("_rels/")
        source = folder + file.removesuffix(".rels")
        assert source == "" or source in parts, rels_name  # rels of a part that exists
        ids = set()
        for rel in trees[rels_name]:
            assert rel.get("TargetMode") != "External", rel.get("Target")
            target = posixpath.normpath(posixpath.join(folder, rel.get("Target"))).lstrip("/")
            assert target in parts, (rels_name, target)  # every target exists
            reached.add(target)
            ids.add(rel.get("Id"))
        if source:
            used = set(trees[source].xpath("//@r:id", namespaces={"r": r_ns}))
            assert used <= ids, (source, used - ids)  # every r:id resolves
    assert reached == parts  # no orphan part left in the zip
    assert "word/comments.xml" in parts and "word/footer2.xml" in parts


# ---------------------------------------------------------------- page numbers


def _footer_paragraph(footer: Any) -> Any:
    (paragraph,) = footer._element.iterfind("w:p", NS)
    return paragraph


def test_page_numbers_odd_right_even_left_with_page_field(package: Any) -> None:
    (section,) = package.sections
    assert package.settings.odd_and_even_pages_header_footer is True
    odd = _footer_paragraph(section.footer)
    even = _footer_paragraph(section.even_page_footer)
    for paragraph in (odd, even):
        instr = "".join(t.text for t in paragraph.iter(q("instrText")))
        assert instr.strip() == "PAGE"
        kinds = [f.get(q("fldCharType")) for f in paragraph.iter(q("fldChar"))]
        assert kinds == ["begin", "separate", "end"]
        assert para_text(paragraph) == "— 1 —"
    assert odd.find("w:pPr/w:jc", NS).get(q("val")) == "right"
    assert even.find("w:pPr/w:jc", NS).get(q("val")) == "left"
    # One character (14 pt = 280 twips) in from the outer edge.
    assert odd.find("w:pPr/w:ind", NS).get(q("right")) == "280"
    assert even.find("w:pPr/w:ind", NS).get(q("left")) == "280"
    resolver = Resolver(package)
    for paragraph in (odd, even):
        for run in text_runs(paragraph):
            assert resolver.font(run, paragraph, "eastAsia") == "宋体"
            assert resolver.font(run, paragraph, "ascii") == "宋体"  # 半角宋体 digits
            assert resolver.size_pt(run, paragraph) == 14.0
            assert run.find("w:rPr/w:rFonts", NS).get(q("eastAsia")) == "宋体"
    assert not section.different_first_page_header_footer


# ---------------------------------------------------------------- comments


def test_without_comments_flag_there_is_no_comments_part(plain_bytes: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(plain_bytes)) as archive:
        assert not any("comments" in name for name in archive.namelist())
        assert b"commentRangeStart" not in archive.read("word/document.xml")


def test_comments_carry_provenance_of_each_generated_sentence() -> None:
    package = docx.Document(io.BytesIO(build_docx(sample_document(), comments=True)))
    comments = list(package.comments)
    assert [c.text for c in comments] == [
        OPENING.describe(),
        LEAD.describe(),
        FIGURE.describe(),
    ]
    assert "来源 讲话乙.docx第14段" in comments[2].text
    assert "指标文件 重点工作第1项 指标第2项" in comments[2].text
    assert {c.author for c in comments} == {"drafter"}
    assert {c.timestamp for c in comments} == {dt.datetime(2025, 2, 10, tzinfo=dt.timezone.utc)}
    # Each comment is anchored on exactly the sentence it describes.
    body = package.element.body
    anchored: dict[str, str] = {}
    for start in body.iter(q("commentRangeStart")):
        cid = start.get(q("id"))
        text = []
        node = start.getnext()
        while node is not None and not (
            node.tag == q("commentRangeEnd") and node.get(q("id")) == cid
        ):
            text.append("".join(t.text or "" for t in node.iter(q("t"))))
            node = node.getnext()
        anchored[cid] = "".join(text)
    by_id = {str(c.comment_id): c.text for c in comments}
    assert {by_id[cid]: text for cid, text in anchored.items()} == {
        OPENING.describe(): (
            "今天，我们召开全县经济工作会议，总结2024年工作，安排部署今年重点任务。"
        ),
        LEAD.describe(): "补齐生态短板。",
        FIGURE.describe(): "全年实施重点项目56个，完成投资37.6亿元，同比增长6.8%。",
    }


def test_adjacent_runs_with_the_same_provenance_share_one_comment() -> None:
    same = Provenance(entry="body-1", kind="body")
    doc = Document(
        (
            Block(
                Role.BODY,
                (Run("加快发展。", bold=True, provenance=same), Run("持续用力。", provenance=same)),
            ),
        )
    )
    package = docx.Document(io.BytesIO(build_docx(doc, comments=True)))
    assert [c.text for c in package.comments] == ["短语库条目 body-1（正文句）"]


# ---------------------------------------------------------------- properties and repeatability


def test_properties_say_the_title_and_nothing_of_how_the_draft_was_made(
    package: Any, plain_bytes: bytes
) -> None:
    props = package.core_properties
    assert props.title == "在全县经济工作会议上的讲话"
    assert props.author == props.last_modified_by == props.comments == props.keywords == ""
    assert props.version == "" and props.subject == "" and props.category == ""
    with zipfile.ZipFile(io.BytesIO(plain_bytes)) as archive:
        blob = archive.read("docProps/core.xml") + archive.read("docProps/app.xml")
    assert b"drafter" not in blob and TARGETS_SHA.encode() not in blob
    assert "王某某".encode() not in blob


def test_core_properties_record_title_author_version_seed_and_targets_hash_when_asked() -> None:
    data = build_docx(sample_document(), style=Style(record_generator=True))
    package = docx.Document(io.BytesIO(data))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert b"<Application>drafter" in archive.read("docProps/app.xml")
    props = package.core_properties
    assert props.title == "在全县经济工作会议上的讲话"
    assert props.author == "县长　王某某"
    assert "drafter 0.1.0" in props.comments
    assert "7" in props.comments and TARGETS_SHA in props.comments
    assert f"targets-sha256={TARGETS_SHA}" in props.keywords
    assert "seed=7" in props.keywords
    assert props.language == "zh-CN"
    # Fixed, taken from the speech's date line.
    assert props.created == dt.datetime(2025, 2, 10, tzinfo=dt.timezone.utc)
    assert props.modified == dt.datetime(2025, 2, 10, tzinfo=dt.timezone.utc)
    assert props.revision == 1


def test_same_document_gives_byte_identical_docx(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = sample_document()
    first = build_docx(doc, comments=True)
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 86_400 * 400)  # a year later
    assert build_docx(doc, comments=True) == first
    assert build_docx(doc) != first  # and the comparison can fail
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert archive.namelist()[0] == "[Content_Types].xml"


def test_file_date_from_a_date_line_in_chinese_numerals() -> None:
    doc = Document((Block.plain(Role.DATE, "（二〇二四年十二月三十一日）"),))
    assert document_date(doc) == dt.datetime(2024, 12, 31, tzinfo=dt.timezone.utc)
    bad = Document((Block.plain(Role.DATE, "（2024年2月30日）"),), DocumentMeta(year=2024))
    assert document_date(bad) == dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)


def test_file_date_without_a_date_line_comes_from_the_year() -> None:
    doc = Document((Block.plain(Role.BODY, "正文。"),), DocumentMeta(year=2031))
    package = docx.Document(io.BytesIO(build_docx(doc)))
    assert package.core_properties.created == dt.datetime(2031, 1, 1, tzinfo=dt.timezone.utc)
    bare = docx.Document(io.BytesIO(build_docx(Document((Block.plain(Role.BODY, "正文。"),)))))
    assert bare.core_properties.created == dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
    assert bare.core_properties.title == ""


# ---------------------------------------------------------------- sanitising


def test_characters_xml_cannot_carry_are_removed() -> None:
    dirty = "加快\x00发展\x0b，\x1f推动\ud800高质量\ufffe发展\uffff。\x7f"
    doc = Document(
        (Block.plain(Role.TITLE, "标题\x0c"), Block(Role.BODY, (Run(dirty, provenance=OPENING),)))
    )
    package = docx.Document(io.BytesIO(build_docx(doc, comments=True)))
    assert [p.text for p in package.paragraphs] == ["标题", "加快发展，推动高质量发展。"]


def test_line_breaks_inside_a_block_do_not_split_or_break_the_paragraph() -> None:
    doc = Document((Block.plain(Role.BODY, "第一行\n第二行\r\nand\nmore"),))
    package = docx.Document(io.BytesIO(build_docx(doc)))
    assert [p.text for p in package.paragraphs] == ["第一行第二行and more"]
    assert package.element.body.find(".//w:br", NS) is None


def test_empty_blocks_are_dropped() -> None:
    doc = Document(
        (Block.plain(Role.BODY, "  "), Block.plain(Role.BODY, "正文。"), Block(Role.BODY, ()))
    )
    package = docx.Document(io.BytesIO(build_docx(doc)))
    assert [p.text for p in package.paragraphs] == ["正文。"]


# ---------------------------------------------------------------- style overrides


def test_style_override_changes_fonts_and_bold() -> None:
    style = Style(body_font="仿宋", heading2_bold=True, heading2_font="楷体", title_size_pt=18)
    package = docx.Document(io.BytesIO(build_docx(sample_document(), style=style)))
    resolver = Resolver(package)
    body = find_paragraph(package, "下面")
    assert resolver.font(text_runs(body)[0], body, "eastAsia") == "仿宋"
    heading = find_paragraph(package, "（一）")
    assert resolver.font(text_runs(heading)[0], heading, "eastAsia") == "楷体"
    assert resolver.bold(text_runs(heading)[0], heading) is True
    title = find_paragraph(package, "在全县")
    assert resolver.size_pt(text_runs(title)[0], title) == 18.0
    assert package.styles["二级标题"].font.bold is True


def test_fonts_on_styles_only_when_run_fonts_is_off() -> None:
    style = Style(run_fonts=False)
    package = docx.Document(io.BytesIO(build_docx(sample_document(), style=style)))
    resolver = Resolver(package)
    for paragraph in paragraphs(package):
        for run in text_runs(paragraph):
            assert run.find("w:rPr/w:rFonts", NS) is None
    # What the reader gets is unchanged: the styles carry the fonts.
    heading = find_paragraph(package, "一、")
    assert resolver.font(text_runs(heading)[0], heading, "eastAsia") == "黑体"
    lead = find_paragraph(package, "补齐")
    assert resolver.bold(text_runs(lead)[0], lead) is True
    run_in = find_paragraph(package, "（二）")
    assert resolver.font(text_runs(run_in)[0], run_in, "eastAsia") == "楷体_GB2312"


def test_default_style_is_the_documented_one() -> None:
    assert Style() == DEFAULT_STYLE
    assert (DEFAULT_STYLE.margin_top_mm, DEFAULT_STYLE.margin_bottom_mm) == (37, 35)
    assert (DEFAULT_STYLE.margin_left_mm, DEFAULT_STYLE.margin_right_mm) == (28, 26)
    assert DEFAULT_STYLE.line_spacing_pt == 28.95


# ---------------------------------------------------------------- write_document


def test_write_document_picks_the_format_from_the_extension(tmp_path: Path) -> None:
    doc = sample_document()
    for name in ("draft.docx", "draft.md", "draft.txt"):
        write_document(doc, tmp_path / name)
    assert zipfile.is_zipfile(tmp_path / "draft.docx")
    assert (tmp_path / "draft.md").read_text(encoding="utf-8").startswith("# 在全县经济工作会议")
    assert (tmp_path / "draft.txt").read_text(encoding="utf-8").startswith("在全县经济工作会议")
    write_document(doc, tmp_path / "as-text.out", fmt="txt")
    assert (tmp_path / "as-text.out").read_text(encoding="utf-8").startswith("在全县")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "as-text.out",
        "draft.docx",
        "draft.md",
        "draft.txt",
    ]


def test_write_document_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "draft.docx"
    target.write_bytes(b"old")
    with pytest.raises(OutputError) as caught:
        write_document(sample_document(), target)
    assert caught.value.exit_code == 3
    assert "--force" in str(caught.value) and "draft.docx" in str(caught.value)
    assert target.read_bytes() == b"old"
    write_document(sample_document(), target, force=True)
    assert zipfile.is_zipfile(target)


def test_write_document_to_stdout_and_bad_formats(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    write_document(sample_document(), None, fmt="md")
    assert capsys.readouterr().out.startswith("# 在全县经济工作会议上的讲话\n")
    write_document(sample_document(), None)
    assert capsys.readouterr().out.startswith("在全县经济工作会议上的讲话\n")
    with pytest.raises(UsageError, match="Word 文件不能输出到屏幕"):
        write_document(sample_document(), None, fmt="docx")
    with pytest.raises(UsageError, match=r"\.pdf"):
        write_document(sample_document(), tmp_path / "x.pdf")
    with pytest.raises(UsageError, match="扩展名"):
        write_document(sample_document(), tmp_path / "draft")
    with pytest.raises(UsageError, match="--comments"):
        write_document(sample_document(), tmp_path / "x.md", comments=True)
    assert list(tmp_path.iterdir()) == []


def test_stdout_that_cannot_encode_a_character(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.TextIOWrapper(io.BytesIO(), encoding="gbk")
    monkeypatch.setattr(sys, "stdout", stream)
    doc = Document((Block.plain(Role.BODY, "加快发展😀。"),))
    write_document(doc, None, fmt="txt")
    stream.seek(0)
    assert stream.buffer.getvalue().decode("gbk") == "　　加快发展?。\n"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(list(Role)),
            st.lists(
                st.tuples(st.text(max_size=20), st.booleans(), st.sampled_from([None, 1, 2, 3, 4])),
                max_size=3,
            ),
        ),
        max_size=6,
    ),
    st.text(max_size=10),
)
def test_any_text_gives_a_valid_docx_with_the_sanitised_text(
    items: list[tuple[Role, list[tuple[str, bool, int | None]]]], note: str
) -> None:
    blocks = tuple(
        Block(
            role,
            tuple(
                Run(text, bold=bold, heading_level=level, provenance=Provenance(entry=note))
                for text, bold, level in runs
            ),
        )
        for role, runs in items
    )
    data = build_docx(Document(blocks, DocumentMeta(title=note, author=note)), comments=True)
    package = docx.Document(io.BytesIO(data))
    expected = ["".join(sanitise_line(run.text) for run in block.runs).strip() for block in blocks]
    # a long title is set on two lines (a w:br, read back as a line feed): the text is the same
    found = [p.text.replace("\n", "") for p in package.paragraphs]
    assert found == [text for text in expected if text]
