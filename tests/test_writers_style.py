"""The style file: every typesetting choice overridable, every mistake named with file:line."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from writers_sample import sample_document

from drafter.errors import StyleError
from drafter.writers import DEFAULT_STYLE, Style, build_docx, load_style
from drafter.writers.style import TYPE_SIZES, parse_size

REPO = Path(__file__).resolve().parents[1]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "样式.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_example_loads_and_changes_what_it_says() -> None:
    style = load_style(REPO / "examples" / "style-fangsong.yaml")
    assert style.body_font == "仿宋"
    assert style.heading2_font == "楷体" and style.heading2_bold is True
    assert style.margin_top_mm == DEFAULT_STYLE.margin_top_mm
    package = docx.Document(io.BytesIO(build_docx(sample_document(), style=style)))
    fonts = package.styles["讲话正文"].element.find(
        "w:rPr/w:rFonts", {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    )
    normal = package.styles["Normal"].element.rPr.rFonts
    assert fonts is None or fonts.get(fonts.tag.replace("rFonts", "eastAsia")) is None
    assert normal.get(normal.tag.replace("rFonts", "eastAsia")) == "仿宋"
    assert package.styles["二级标题"].font.bold is True


def test_sizes_in_chinese_type_sizes_and_points(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "title_size_pt: 小二\nbody_size_pt: 3号\nheading_size_pt: 16pt\n"
        "page_number_size_pt: 四号\nspeaker_size_pt: 15\nmargin_top_mm: 35.5\n"
        "line_spacing_pt: 28pt\nchar_spacing_pt: 0\nheading2_bold: 是\n",
    )
    style = load_style(path)
    assert style.title_size_pt == 18
    assert style.body_size_pt == 16
    assert style.heading_size_pt == 16
    assert style.page_number_size_pt == 14
    assert style.speaker_size_pt == 15
    assert style.margin_top_mm == 35.5
    assert style.line_spacing_pt == 28
    assert style.char_spacing_pt == 0
    assert style.heading2_bold is True


@pytest.mark.parametrize(
    ("raw", "points"),
    [
        ("初号", 42),
        ("小初", 36),
        ("二号", 22),
        ("2号", 22),
        ("小四", 12),
        ("小4号", 12),
        ("五号", 10.5),
        ("10.5磅", 10.5),
        ("12", 12),
        (" 16 pt ", 16),
        ("0号", 42),
    ],
)
def test_parse_size(raw: str, points: float) -> None:
    assert parse_size(raw) == points


@pytest.mark.parametrize("raw", ["大号", "小", "16px", "", "号"])
def test_parse_size_rejects(raw: str) -> None:
    assert parse_size(raw) is None


def test_type_size_table_is_the_standard_one() -> None:
    assert TYPE_SIZES["二号"] == 22 and TYPE_SIZES["三号"] == 16 and TYPE_SIZES["四号"] == 14


def test_empty_file_means_defaults(tmp_path: Path) -> None:
    assert load_style(write(tmp_path, "# 只有注释\n")) == Style()


def test_all_problems_reported_at_once_with_file_line_and_key(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "body_fnot: 仿宋\n"
        "title_size_pt: 特大号\n"
        "heading2_bold: 也许\n"
        "margin_top_mm: 370\n"
        "body_font: 仿宋\n"
        "body_font: 楷体\n"
        "speaker_font: [楷体]\n"
        "margin_left_mm: 二十八\n",
    )
    with pytest.raises(StyleError) as caught:
        load_style(path)
    message = str(caught.value)
    lines = message.splitlines()
    assert len(lines) == 7, message
    assert lines[0].startswith(f"{path}:1:1：") and "body_fnot" in lines[0]
    assert "是不是 body_font" in lines[0]
    assert f"{path}:2:1：" in lines[1] and "title_size_pt" in lines[1] and "特大号" in lines[1]
    assert f"{path}:3:1：" in lines[2] and "true 或 false" in lines[2]
    assert f"{path}:4:1：" in lines[3] and "超出" in lines[3]
    assert f"{path}:6:1：" in lines[4] and "重复" in lines[4]
    assert f"{path}:7:1：" in lines[5] and "speaker_font" in lines[5]
    assert f"{path}:8:1：" in lines[6] and "不是数字" in lines[6]
    assert caught.value.exit_code == 2


def test_margins_that_leave_no_text_block(tmp_path: Path) -> None:
    with pytest.raises(StyleError, match="版心"):
        load_style(write(tmp_path, "margin_left_mm: 90\nmargin_right_mm: 90\n"))


def test_file_that_is_not_a_mapping(tmp_path: Path) -> None:
    with pytest.raises(StyleError, match="键: 值"):
        load_style(write(tmp_path, "- body_font: 仿宋\n"))


def test_yaml_syntax_error_names_line(tmp_path: Path) -> None:
    path = write(tmp_path, "body_font: 仿宋\ntitle_font: [未闭合\n")
    with pytest.raises(StyleError) as caught:
        load_style(path)
    assert str(path) in str(caught.value) and "YAML" in str(caught.value)


def test_missing_and_undecodable_files(tmp_path: Path) -> None:
    with pytest.raises(StyleError, match="找不到"):
        load_style(tmp_path / "none.yaml")
    bad = tmp_path / "gbk.yaml"
    bad.write_bytes("body_font: 仿宋\n".encode("gbk"))
    with pytest.raises(StyleError, match="UTF-8"):
        load_style(bad)
    with pytest.raises(StyleError, match="文件夹"):
        load_style(tmp_path)


def test_style_is_frozen_and_hashable() -> None:
    style = Style()
    with pytest.raises(AttributeError):
        style.body_font = "宋体"  # type: ignore[misc]
    assert hash(style) == hash(Style())


def test_a_size_of_zero_points_is_refused_not_read_as_chu_hao(tmp_path: Path) -> None:
    from drafter.errors import StyleError
    from drafter.writers.style import parse_size

    assert parse_size("0") == 0.0 and parse_size("初号") == 42 and parse_size("3号") == 16
    path = tmp_path / "样式.yaml"
    path.write_text("body_size_pt: 0\n", encoding="utf-8")
    with pytest.raises(StyleError, match="超出合理范围"):
        load_style(path)
