"""Word list numbering: a paragraph of a .docx → the marker Word draws before it ("一、", "（一）").

Writers often let Word number the headings of a speech (a multilevel list "一、/（一）/1."). The
marker is then not in the paragraph's text but computed from numbering.xml: each list level
has a start value, a number format (chineseCounting, decimal …) and a text pattern ("%1、",
"（%1）", "%1.%2"). This module keeps the counters while the paragraphs are read in order, so
the outline parser sees the headings as the reader of the printed page does.
"""

from __future__ import annotations

from typing import Any

from drafter.numerals import to_chinese
from drafter.records import dataclass

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LEVELS = 9
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"


@dataclass(frozen=True, slots=True)
class _Level:
    start: int
    format: str
    text: str


class ListNumbering:
    """The list counters of one document, advanced paragraph by paragraph in reading order."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[str, dict[int, _Level]] = {}
        self._abstract_of: dict[str, str] = {}
        self._overrides: dict[str, dict[int, int]] = {}
        self._style_numbering: dict[str, tuple[str, int]] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._read_numbering(document)
        self._read_styles(document)

    def marker(self, paragraph: Any) -> str:
        """The marker Word shows before ``paragraph`` ("" when it is not in a numbered list)."""
        numbering = self._paragraph_numbering(paragraph)
        if numbering is None:
            return ""
        num_id, level = numbering
        abstract = self._abstract_of.get(num_id)
        if abstract is None or level not in self._levels.get(abstract, {}):
            return ""
        levels = self._levels[abstract]
        counters = self._counters.setdefault(num_id, [None] * _LEVELS)
        current = counters[level]
        counters[level] = self._start(num_id, level) if current is None else current + 1
        for deeper in range(level + 1, _LEVELS):
            counters[deeper] = None
        spec = levels[level]
        if spec.format in ("bullet", "none"):
            return ""
        text = spec.text
        for index in range(_LEVELS):
            placeholder = f"%{index + 1}"
            if placeholder not in text:
                continue
            value = counters[index]
            if value is None:
                value = self._start(num_id, index)
            other = levels.get(index, spec)
            text = text.replace(placeholder, _format_number(value, other.format))
        return text

    def _start(self, num_id: str, level: int) -> int:
        override = self._overrides.get(num_id, {}).get(level)
        if override is not None:
            return override
        spec = self._levels[self._abstract_of[num_id]].get(level)
        return spec.start if spec else 1

    def _paragraph_numbering(self, paragraph: Any) -> tuple[str, int] | None:
        properties = paragraph.find(f"{_W}pPr")
        if properties is not None:
            num_pr = properties.find(f"{_W}numPr")
            if num_pr is not None:
                found = _num_pr(num_pr)
                if found is not None:
                    return None if found[0] == "0" else found
            style = properties.find(f"{_W}pStyle")
            if style is not None:
                return self._style_numbering.get(style.get(f"{_W}val") or "")
        return None

    def _read_numbering(self, document: Any) -> None:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return  # no numbering part: nothing is numbered
        for abstract in root.iterchildren(f"{_W}abstractNum"):
            abstract_id = abstract.get(f"{_W}abstractNumId") or ""
            self._levels[abstract_id] = {
                int(level.get(f"{_W}ilvl") or 0): _read_level(level)
                for level in abstract.iterchildren(f"{_W}lvl")
            }
        for num in root.iterchildren(f"{_W}num"):
            num_id = num.get(f"{_W}numId") or ""
            reference = num.find(f"{_W}abstractNumId")
            if reference is None:
                continue
            self._abstract_of[num_id] = reference.get(f"{_W}val") or ""
            for override in num.iterchildren(f"{_W}lvlOverride"):
                start = override.find(f"{_W}startOverride")
                if start is not None:
                    level = int(override.get(f"{_W}ilvl") or 0)
                    value = int(start.get(f"{_W}val") or 1)
                    self._overrides.setdefault(num_id, {})[level] = value

    def _read_styles(self, document: Any) -> None:
        try:
            root = document.styles.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for style in root.iterchildren(f"{_W}style"):
            properties = style.find(f"{_W}pPr")
            num_pr = properties.find(f"{_W}numPr") if properties is not None else None
            if num_pr is None:
                continue
            found = _num_pr(num_pr)
            if found is not None and found[0] != "0":
                self._style_numbering[style.get(f"{_W}styleId") or ""] = found


def _num_pr(num_pr: Any) -> tuple[str, int] | None:
    num_id = num_pr.find(f"{_W}numId")
    if num_id is None:
        return None
    level = num_pr.find(f"{_W}ilvl")
    try:
        ilvl = int(level.get(f"{_W}val")) if level is not None else 0
    except (TypeError, ValueError):
        ilvl = 0
    return num_id.get(f"{_W}val") or "0", min(max(ilvl, 0), _LEVELS - 1)


def _read_level(level: Any) -> _Level:
    def value(tag: str, default: str) -> str:
        node = level.find(f"{_W}{tag}")
        found = node.get(f"{_W}val") if node is not None else None
        return found if found is not None else default

    try:
        start = int(value("start", "1"))
    except ValueError:
        start = 1
    return _Level(start=start, format=value("numFmt", "decimal"), text=value("lvlText", ""))


def _format_number(value: int, number_format: str) -> str:
    """One counter in one of Word's number formats (the ones Chinese documents use)."""
    if number_format in (
        "chineseCounting",
        "chineseCountingThousand",
        "chineseLegalSimplified",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
        "japaneseCounting",
        "ideographLegalTraditional",
    ):
        return to_chinese(value)
    if number_format == "ideographDigital" or number_format == "taiwaneseDigital":
        return "".join("〇一二三四五六七八九"[int(digit)] for digit in str(value))
    if number_format in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and (
        1 <= value <= len(_CIRCLED)
    ):
        return _CIRCLED[value - 1]
    if number_format == "ideographTraditional" and 1 <= value <= len(_HEAVENLY_STEMS):
        return _HEAVENLY_STEMS[value - 1]
    if number_format in ("upperLetter", "lowerLetter") and value >= 1:
        letter = chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if number_format == "upperLetter" else letter.lower()
    if number_format in ("upperRoman", "lowerRoman") and 1 <= value < 4000:
        roman = _roman(value)
        return roman if number_format == "upperRoman" else roman.lower()
    if number_format == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    numerals = (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    )  # fmt: skip
    out = []
    for amount, letters in numerals:
        count, value = divmod(value, amount)
        out.append(letters * count)
    return "".join(out)
