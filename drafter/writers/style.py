"""Every font and layout choice of the .docx in one place: ``Style``, and its YAML override file.

Input: an optional style file (``--style FILE``, a small YAML mapping of the keys below); output:
a frozen ``Style``. The defaults follow GB/T 9704-2012 and county-office practice (see
/work/shared/NOTES.md): A4, margins 37/35/28/26 mm, 22 lines × 28 characters, title 2号
方正小标宋简体, speaker and date 3号 楷体_GB2312, body 3号 仿宋_GB2312, 一、 黑体,
（一） 楷体_GB2312, 1. 仿宋_GB2312 bold, digits and Latin in Times New Roman, page numbers
4号 宋体.

Sizes in the file may be written as Chinese type sizes (三号, 3号, 小四) or in points (16, 16pt,
10.5磅).
Every problem in the file is reported at once, each with file:line:column and the key.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

from drafter.errors import StyleError, describe_os_error
from drafter.records import dataclass

_MAX_STYLE_BYTES = 64 * 1024  # a style file is a few dozen lines

# Chinese type sizes (字号) in points, as Word and WPS define them.
TYPE_SIZES: dict[str, float] = {
    "初号": 42,
    "小初": 36,
    "一号": 26,
    "小一": 24,
    "二号": 22,
    "小二": 18,
    "三号": 16,
    "小三": 15,
    "四号": 14,
    "小四": 12,
    "五号": 10.5,
    "小五": 9,
    "六号": 7.5,
    "小六": 6.5,
    "七号": 5.5,
    "八号": 5,
}
_DIGIT_NAMES = dict(zip("012345678", "初一二三四五六七八", strict=True))


@dataclass(frozen=True, slots=True)
class Style:
    """How a speech is set. Field names are the keys of the style file; sizes are in points."""

    # Page (millimetres). A4 with the GB/T 9704 margins gives a 156 × 225 mm text block.
    page_width_mm: float = 210.0
    page_height_mm: float = 297.0
    margin_top_mm: float = 37.0
    margin_bottom_mm: float = 35.0
    margin_left_mm: float = 28.0
    margin_right_mm: float = 26.0
    # Distance from the bottom edge of the page to the page-number line: GB/T 9704 puts the
    # number's dashes about 7 mm below the text block.
    footer_distance_mm: float = 25.3
    # Exactly 28.95 pt per line fits 22 lines in the 225 mm block (Word and LibreOffice).
    line_spacing_pt: float = 28.95
    # 28 characters of 16 pt do not fit 156 mm (448 pt > 442 pt). Word's document grid
    # (linesAndChars, as GB/T 9704 templates have it) sets them 15.79 pt apart; chars_per_line 0
    # writes no character grid.
    chars_per_line: int = 28
    # LibreOffice puts a character on the grid in as many cells as its width needs: a 16 pt
    # glyph in a 15.79 pt cell takes two (14 characters per line). At 98 % width it takes one.
    char_scale_percent: int = 98
    # Extra space between characters (negative: tighter). Without the grid, −0.25 pt makes
    # 28 characters fit.
    char_spacing_pt: float = 0.0
    first_line_indent_chars: float = 2.0
    latin_font: str = "Times New Roman"
    # Also write the fonts on every run, not only on the styles: they then survive pasting into
    # another office's template and WPS quirks, but editing a style's font in Word no longer
    # changes text that is already there.
    run_fonts: bool = True

    title_font: str = "方正小标宋简体"
    title_size_pt: float = 22.0
    title_bold: bool = False
    speaker_font: str = "楷体_GB2312"
    speaker_size_pt: float = 16.0
    speaker_bold: bool = False
    body_font: str = "仿宋_GB2312"
    body_size_pt: float = 16.0
    heading1_font: str = "黑体"
    heading1_bold: bool = False
    heading2_font: str = "楷体_GB2312"
    heading2_bold: bool = False
    heading3_font: str = "仿宋_GB2312"
    heading3_bold: bool = True
    heading4_font: str = "仿宋_GB2312"
    heading4_bold: bool = False
    heading_size_pt: float = 16.0
    page_number_font: str = "宋体"
    page_number_size_pt: float = 14.0
    # The file's properties name the generator, seed and targets hash (and the speaker as
    # author) only when asked: a draft forwarded to others should not say how it was made.
    record_generator: bool = False

    def heading_font(self, level: int) -> str:
        fonts = (self.heading1_font, self.heading2_font, self.heading3_font, self.heading4_font)
        return fonts[level - 1]

    def heading_bold(self, level: int) -> bool:
        bolds = (self.heading1_bold, self.heading2_bold, self.heading3_bold, self.heading4_bold)
        return bolds[level - 1]


DEFAULT_STYLE = Style()

# Font presets (``--fonts`` or the style key ``fonts``). gb2312: the faces GB/T 9704 names, as
# county offices install them. windows: what every stock Windows 10/11 (and so every WPS on it)
# has. Windows has no 小标宋; 华文中宋 comes with Microsoft Office, not with Windows or WPS,
# so the title is 宋体 bold, the one heavy Song face every such machine has.
FONT_PRESETS: dict[str, dict[str, Any]] = {
    "gb2312": {
        "title_font": "方正小标宋简体",
        "title_bold": False,
        "speaker_font": "楷体_GB2312",
        "body_font": "仿宋_GB2312",
        "heading1_font": "黑体",
        "heading2_font": "楷体_GB2312",
        "heading3_font": "仿宋_GB2312",
        "heading4_font": "仿宋_GB2312",
    },
    "windows": {
        "title_font": "宋体",
        "title_bold": True,
        "speaker_font": "楷体",
        "body_font": "仿宋",
        "heading1_font": "黑体",
        "heading2_font": "楷体",
        "heading3_font": "仿宋",
        "heading4_font": "仿宋",
    },
}
_FONT_FIELDS = ("title_font", "speaker_font", "body_font", "page_number_font", "latin_font")


def font_preset(name: str) -> dict[str, Any]:
    """The style fields of a font preset; raises ``StyleError`` for an unknown name."""
    preset = FONT_PRESETS.get(name.strip().lower())
    if preset is None:
        raise StyleError(f"没有名为“{name}”的字体方案：可选 {'、'.join(FONT_PRESETS)}。")
    return preset


def resolve_style(path: Path | None, fonts: str | None = None) -> Style | None:
    """The style of a style file and/or a font preset (``fonts`` wins over the file's
    ``fonts`` key; fonts the file names itself win over both); None when neither is given."""
    if path is None and fonts is None:
        return None
    return load_style(path, fonts=fonts)


def required_fonts(style: Style) -> tuple[str, ...]:
    """Every font the document names, in the order a reader meets them."""
    names = [
        *(getattr(style, field) for field in _FONT_FIELDS[:3]),
        *(style.heading_font(level) for level in (1, 2, 3, 4)),
        *(getattr(style, field) for field in _FONT_FIELDS[3:]),
    ]
    return tuple(dict.fromkeys(names))


def fonts_note(style: Style | None) -> str:
    """One line for the writer: the fonts the reader's machine needs, and what to do without."""
    chosen = style or load_style(None)
    names = "、".join(required_fonts(chosen))
    note = f"本稿使用的字体：{names}（打开或打印的电脑上需装有这些字体）"
    if any(name.endswith(("_GB2312", "简体", "_GBK")) for name in required_fonts(chosen)):
        note += "；电脑上没有 GB2312 字体时，可加 --fonts windows 改用 Windows 自带字体"
    return note + "。"


_FIELDS = {field.name: field for field in dataclasses.fields(Style)}
# Friendly ranges that catch typos (a margin of 370 mm) without second-guessing an office.
_MM_RANGES = {"page_width_mm": (50.0, 1000.0), "page_height_mm": (50.0, 1000.0)}
_MARGIN_RANGE = (0.0, 100.0)
_PT_RANGE = (4.0, 100.0)


def load_style(path: Path | None, *, fonts: str | None = None) -> Style:
    """Read a style file; keys not given keep their defaults (or the font preset's: ``fonts``,
    else the file's ``fonts`` key). Raises ``StyleError``."""
    if path is None:
        return dataclasses.replace(DEFAULT_STYLE, **font_preset(fonts or "gb2312"))
    import yaml

    path = Path(path)
    if path.exists() and not path.is_dir() and not path.is_file():  # /dev/zero, a named pipe
        raise StyleError("这不是普通文件（是设备或管道），不是排版样式文件（.yaml）。", path=path)
    try:
        with path.open("rb") as stream:
            data = stream.read(_MAX_STYLE_BYTES + 1)
        if len(data) > _MAX_STYLE_BYTES:
            raise StyleError(
                f"文件超过 {_MAX_STYLE_BYTES // 1024} KB，不像排版样式文件：请确认选对了文件。",
                path=path,
            )
        text = data.decode("utf-8-sig")
    except FileNotFoundError:
        raise StyleError("找不到排版样式文件。", path=path) from None
    except UnicodeDecodeError:
        raise StyleError(
            "排版样式文件不是 UTF-8 编码的文本，请用 UTF-8 保存。", path=path
        ) from None
    except IsADirectoryError:
        raise StyleError("这是一个文件夹，不是排版样式文件（.yaml）。", path=path) from None
    except PermissionError:
        raise StyleError("没有读取排版样式文件的权限。", path=path) from None
    except OSError as error:
        raise StyleError(
            f"无法读取排版样式文件（{describe_os_error(error)}）。", path=path
        ) from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark is not None else str(path)
        raise StyleError(f"{where}：YAML 格式错误，请检查缩进和冒号。", path=path) from None
    if root is None:
        return load_style(None, fonts=fonts)
    if not isinstance(root, yaml.MappingNode):
        raise StyleError(
            f"{path}:{root.start_mark.line + 1}:1：排版样式文件应是“键: 值”的列表。", path=path
        )
    values: dict[str, Any] = {}
    problems: list[str] = []
    seen: set[str] = set()
    for key_node, value_node in root.value:
        where = f"{path}:{key_node.start_mark.line + 1}:{key_node.start_mark.column + 1}"
        key = str(key_node.value)
        if key in seen:
            problems.append(f"{where}：键 {key} 重复出现，请只保留一个。")
            continue
        seen.add(key)
        if key == "fonts":
            if not isinstance(value_node, yaml.ScalarNode) or (
                str(value_node.value).strip().lower() not in FONT_PRESETS
            ):
                problems.append(f"{where}：键 fonts 应是 {'、'.join(FONT_PRESETS)} 之一。")
            elif fonts is None:
                fonts = str(value_node.value)
            continue
        field = _FIELDS.get(key)
        if field is None:
            import difflib

            close = difflib.get_close_matches(key, list(_FIELDS), n=1)
            hint = (
                f"，是不是 {close[0]}？" if close else "。可用的键见 examples/style-fangsong.yaml。"
            )
            problems.append(f"{where}：未知的键 {key}{hint}")
            continue
        if not isinstance(value_node, yaml.ScalarNode):
            problems.append(f"{where}：键 {key} 的值应是一个数或一段文字。")
            continue
        value, problem = _convert(key, value_node.value)
        if problem:
            problems.append(f"{where}：键 {key}：{problem}")
        else:
            values[key] = value
    if problems:
        raise StyleError("\n".join(problems), path=path)
    preset = font_preset(fonts or "gb2312")
    style = dataclasses.replace(DEFAULT_STYLE, **{**preset, **values})
    width = style.page_width_mm - style.margin_left_mm - style.margin_right_mm
    height = style.page_height_mm - style.margin_top_mm - style.margin_bottom_mm
    if width < 50 or height < 50:
        raise StyleError(
            f"{path}：页边距太大，版心只剩 {width:g} × {height:g} 毫米（至少 50 × 50）。", path=path
        )
    return style


def _convert(key: str, raw: str) -> tuple[object, str | None]:
    default = getattr(DEFAULT_STYLE, key)
    if isinstance(default, bool):
        lowered = raw.strip().lower()
        if lowered in ("true", "yes", "on", "是", "加粗"):
            return True, None
        if lowered in ("false", "no", "off", "否", "不加粗"):
            return False, None
        return None, f"应写 true 或 false，而不是“{raw}”。"
    if isinstance(default, str):
        name = raw.strip()
        if not name or len(name) > 64 or any(ord(ch) < 32 for ch in name):
            return None, "字体名不能为空，也不能过长。"
        return name, None
    if key.endswith("_pt") and key not in ("line_spacing_pt", "char_spacing_pt"):
        size = parse_size(raw)
        if size is None:
            return None, f"“{raw}”不是字号：请写 三号、小四、16 或 16pt。"
        return _in_range(size, _PT_RANGE, "磅")
    units = ("mm", "毫米") if key.endswith("_mm") else ("pt", "磅")
    number = _parse_number(raw, units=("%", "字") if key in _WHOLE_KEYS else units)
    if number is None:
        unit = "毫米" if key.endswith("_mm") else ("个" if key in _WHOLE_KEYS else "磅")
        return None, f"“{raw}”不是数字（单位：{unit}）。"
    if key.endswith("_mm"):
        return _in_range(number, _MM_RANGES.get(key, _MARGIN_RANGE), "毫米")
    if key == "char_spacing_pt":
        return _in_range(number, (-5.0, 5.0), "磅")
    if key == "first_line_indent_chars":
        return _in_range(number, (0.0, 10.0), "字")
    if key == "chars_per_line":
        return _whole(number, (0, 60), "字")
    if key == "char_scale_percent":
        return _whole(number, (50, 200), "%")
    return _in_range(number, (6.0, 100.0), "磅")


def _whole(value: float, bounds: tuple[int, int], unit: str) -> tuple[object, str | None]:
    if value != int(value):
        return None, f"{value:g} 应是整数。"
    checked, problem = _in_range(value, (float(bounds[0]), float(bounds[1])), unit)
    return (int(value), None) if problem is None else (checked, problem)


def _in_range(value: float, bounds: tuple[float, float], unit: str) -> tuple[object, str | None]:
    low, high = bounds
    if not low <= value <= high:
        return None, f"{value:g} 超出合理范围（{low:g}–{high:g} {unit}）。"
    return value, None


_WHOLE_KEYS = ("chars_per_line", "char_scale_percent")
_NUMBER = re.compile(r"^\s*([+-]?\d+(?:\.\d+)?)\s*([a-z%\u4e00-\u9fff]*)\s*$", re.IGNORECASE)


def _parse_number(raw: str, *, units: tuple[str, ...]) -> float | None:
    match = _NUMBER.match(raw)
    if match is None or (match.group(2) and match.group(2).lower() not in units):
        return None
    return float(match.group(1))


def parse_size(raw: str | float) -> float | None:
    """Points from a size: 三号, 3号, 小四, 小4号, 16, 16pt or 10.5磅; None if it is not one."""
    if isinstance(raw, (int, float)):
        return float(raw)
    text = raw.strip().replace(" ", "")
    if not text.endswith("号") and (number := _parse_number(text, units=("pt", "磅"))) is not None:
        return number  # a bare number is points: 0 is 0 pt (refused), not 0号 = 初号
    name = text.removesuffix("号")
    name = "".join(_DIGIT_NAMES.get(ch, ch) for ch in name)
    for candidate in (name, name + "号"):
        if candidate in TYPE_SIZES:
            return TYPE_SIZES[candidate]
    return _parse_number(text, units=("pt", "磅"))


def text_width_pt(style: Style) -> float:
    """The width of the text block (the page less its left and right margins), in points."""
    width_mm = style.page_width_mm - style.margin_left_mm - style.margin_right_mm
    return width_mm * 72 / 25.4
