"""Font presets, the font of every character, and where long centred lines break."""

from __future__ import annotations

import io
import itertools
from pathlib import Path
from typing import Any

import docx
import pytest
from writers_sample import sample_document

from drafter.document import Block, Document, Role
from drafter.errors import StyleError
from drafter.writers import build_docx, load_style, required_fonts, resolve_style
from drafter.writers.display_lines import break_offsets

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _fonts(element: Any) -> dict[str, str]:
    found = element.find(f"{W}rPr/{W}rFonts")
    return {} if found is None else {k.removeprefix(W): v for k, v in found.attrib.items()}


def test_windows_preset_names_only_fonts_a_stock_windows_has(tmp_path: Path) -> None:
    style = resolve_style(None, "windows")
    assert style is not None
    assert set(required_fonts(style)) == {"宋体", "楷体", "仿宋", "黑体", "Times New Roman"}
    assert style.title_bold  # 宋体 bold stands in for 小标宋
    path = tmp_path / "样式.yaml"
    path.write_text("fonts: windows\nheading2_bold: true\n", encoding="utf-8")
    from_file = load_style(path)
    assert from_file.body_font == "仿宋" and from_file.heading2_bold
    # --fonts wins over the file's key; fonts the file names itself win over both.
    path.write_text("fonts: windows\nbody_font: 仿宋_GB2312\n", encoding="utf-8")
    assert load_style(path, fonts="gb2312").title_font == "方正小标宋简体"
    assert load_style(path).body_font == "仿宋_GB2312"
    assert resolve_style(None, None) is None
    assert "仿宋_GB2312" in required_fonts(load_style(None))


def test_unknown_preset_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StyleError, match="gb2312、windows"):
        resolve_style(None, "mac")
    path = tmp_path / "样式.yaml"
    path.write_text("fonts: mac\n", encoding="utf-8")
    with pytest.raises(StyleError, match=":1:1：键 fonts"):
        load_style(path)


@pytest.mark.parametrize("preset", ["gb2312", "windows"])
def test_every_run_names_both_fonts_and_hints_east_asian(preset: str) -> None:
    style = resolve_style(None, preset)
    text = "“十五五”——开局之年……增长5.2%，‘两重’项目。"
    blocks = (Block.plain(Role.TITLE, "标题"), Block.plain(Role.BODY, text))
    package = docx.Document(io.BytesIO(build_docx(Document(blocks), style=style)))
    assert style is not None
    for paragraph in package.paragraphs:
        for run in paragraph.runs:
            fonts = _fonts(run.element)
            assert fonts["ascii"] == fonts["hAnsi"] == "Times New Roman"
            assert fonts["eastAsia"] in required_fonts(style)
            # Quotation marks, dashes and ellipses are shared by both scripts: the hint
            # gives them the Chinese font.
            assert fonts["hint"] == "eastAsia"
    body = package.styles["讲话正文"].element
    normal = package.styles["Normal"].element
    assert _fonts(normal)["hint"] == "eastAsia"
    assert _fonts(normal)["eastAsia"] == style.body_font or _fonts(body)


SUBTITLE = "——2025年1月14日在柘宁县第十八届人民代表大会第四次会议上"


@pytest.mark.parametrize(
    ("text", "capacity", "lines"),
    [
        (SUBTITLE, 28, ["——2025年1月14日", "在柘宁县第十八届人民代表大会第四次会议上"]),
        ("在全县2025年经济工作暨优化营商环境推进大会上的讲话", 20,
         ["在全县2025年经济工作暨", "优化营商环境推进大会上的讲话"]),
        ("在全县经济工作会议上的讲话", 20, ["在全县经济工作会议上的讲话"]),
    ],
)  # fmt: skip
def test_long_lines_break_where_a_reader_would(text: str, capacity: int, lines: list[str]) -> None:
    cuts = (0, *break_offsets(text, capacity), len(text))
    parts = [text[a:b] for a, b in itertools.pairwise(cuts)]
    assert parts == lines
    assert all(len(part) >= 3 for part in parts)


def test_docx_breaks_the_subtitle_with_a_line_break() -> None:
    blocks = (Block.plain(Role.TITLE, "柘宁县政府工作报告"), Block.plain(Role.SPEAKER, SUBTITLE))
    package = docx.Document(io.BytesIO(build_docx(Document(blocks))))
    subtitle = package.paragraphs[1]
    assert subtitle.text == "——2025年1月14日\n在柘宁县第十八届人民代表大会第四次会议上"
    assert "\n" not in package.paragraphs[0].text
    assert build_docx(Document(blocks)) == build_docx(Document(blocks))


def test_typeset_uses_the_same_layout(tmp_path: Path) -> None:
    from clirunner import run_cli

    source = tmp_path / "稿.txt"
    source.write_text(
        "柘宁县政府工作报告\n" + SUBTITLE + "\n各位代表：\n　　现在，我代表县人民政府报告工作。\n",
        encoding="utf-8",
    )
    out = tmp_path / "稿.docx"
    result = run_cli(["typeset", str(source), "-o", str(out), "--fonts", "windows"])
    assert result.exit_code == 0, result.output
    assert "本稿使用的字体：宋体" in result.output
    package = docx.Document(str(out))
    assert package.sections[0]._sectPr.find(f"{W}docGrid").get(f"{W}type") == "linesAndChars"
    assert package.core_properties.title == "柘宁县政府工作报告"
    assert package.core_properties.author == ""
    assert any("\n在柘宁县" in p.text for p in package.paragraphs)
    assert sample_document().blocks  # the shared sample still builds with the presets
