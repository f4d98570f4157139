"""Figures: the speech against its targets file.

Input: paragraphs and ``Targets``. Output: findings.

* every figure of the file appears: its name, and near the name its own numbers (value with its
  unit, growth as x%, change in percentage points);
* the wording agrees with the sign: never "增长-3.5%", no 下降 for a positive growth, no 增长 for
  a negative one, no 提高 for a negative change in points;
* the unit agrees (86.3 亿元 is not 86.3万元);
* no other number appears (years, dates, outline numbers, 第N次 and 十四五-style words aside):
  an error in a generated draft, a warning in a hand-written speech, which may state more.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation

from drafter.lint.model import Finding, Severity, finding, quote_around
from drafter.records import dataclass
from drafter.targets.model import Figure, Targets

_NUMBER = re.compile(r"(?<![\d.])[-－−]?\d+(?:\.\d+)?(?![\d])")
_UNIT_AFTER = re.compile(
    r"\s*(万亿元|亿元|万元|元|亿|万|%|％|个百分点|[^\d\s，。；、,.;:：（）()]{1,2})"
)
# Numbers that are not quantities: years, dates, order and session numbers.
_NOT_QUANTITY_AFTER = re.compile(r"^\s*(?:月|日|号|时|届|次|期|批|季度|年度?(?!\d))")
_NOT_QUANTITY_BEFORE = re.compile(r"(?:第|No\.|NO\.|编号)\s*$")
_NEAR = 40  # characters after a figure's name where its numbers are looked for
_UP = ("增长", "增加", "提高", "上升", "提升", "增幅")
_DOWN = ("下降", "减少", "降低", "回落", "下滑", "收窄")


@dataclass(frozen=True, slots=True)
class _Expected:
    figure: Figure
    where: str  # 上年回顾 / 今年目标 / 第N部分


def check_figures(
    paragraphs: Sequence[str], targets: Targets, *, generated: bool = False
) -> list[Finding]:
    expected = list(_expected(targets))
    # The same indicator may rise in one place and fall in another (review +2.1, goal -2.1):
    # wording that fits any figure of that name and number is not a contradiction.
    signs: dict[tuple[str, str], set[int]] = {}
    for item in expected:
        for change, text in (
            (item.figure.growth, item.figure.growth_text),
            (item.figure.change_pp, item.figure.change_pp_text),
        ):
            if change is not None and change != 0 and text:
                signs.setdefault((item.figure.name, text), set()).add(1 if change > 0 else -1)
    findings: list[Finding] = []
    for item in expected:
        findings += _check_figure(paragraphs, item, signs)
    findings += _check_unknown_numbers(paragraphs, targets, expected, generated)
    return findings


def _expected(targets: Targets) -> Iterator[_Expected]:
    for figure in targets.review.figures:
        yield _Expected(figure, "上年回顾")
    for figure in targets.goals:
        yield _Expected(figure, "今年目标")
    for number, section in enumerate(targets.sections, start=1):
        for figure in section.figures:
            yield _Expected(figure, f"重点工作第{number}项")


def _name_places(paragraphs: Sequence[str], name: str) -> list[tuple[int, int]]:
    places: list[tuple[int, int]] = []
    for index, text in enumerate(paragraphs):
        start = text.find(name)
        while start >= 0:
            places.append((index, start))
            start = text.find(name, start + 1)
    return places


def _check_figure(
    paragraphs: Sequence[str], item: _Expected, signs: dict[tuple[str, str], set[int]]
) -> list[Finding]:
    figure = item.figure
    places = _name_places(paragraphs, figure.name)
    label = f"指标“{figure.name}”（{item.where}）"
    if not places:
        return [
            finding(
                "figures.missing",
                Severity.ERROR,
                -1,
                figure.name,
                f"{label}在讲话稿中没有出现",
            )
        ]
    findings: list[Finding] = []
    wanted: list[tuple[str, tuple[str, ...]]] = []
    if figure.value_text is not None:
        unit = figure.unit or ""
        wanted.append((figure.value_text, (unit, "％") if unit == "%" else (unit,)))
    if figure.growth is not None and figure.growth != 0:
        wanted.append((figure.growth_text or "", ("%", "％")))
    if figure.change_pp is not None and figure.change_pp != 0:
        wanted.append((figure.change_pp_text or "", ("个百分点", "百分点")))
    for number, units in wanted:
        hit = None
        wrong_unit: tuple[int, int, str] | None = None
        for index, start in places:
            text = paragraphs[index]
            window_end = min(len(text), start + len(figure.name) + _NEAR)
            for match in _NUMBER.finditer(text, start, window_end):
                if not _same_number(match.group(), number):
                    continue
                unit = _unit_after(text, match.end())
                if not units[0] or any(
                    unit.startswith(u) or text.startswith(u, match.end()) for u in units if u
                ):
                    hit = (index, match.start())
                    break
                if wrong_unit is None:
                    wrong_unit = (index, match.start(), unit)
            if hit:
                break
        if hit:
            continue
        if wrong_unit is not None:
            index, position, unit = wrong_unit
            findings.append(
                finding(
                    "figures.unit",
                    Severity.ERROR,
                    index,
                    quote_around(paragraphs[index], position, position + len(number) + len(unit)),
                    f"{label}的单位应为“{units[0]}”，文中写作“{number}{unit}”",
                )
            )
            continue
        index, start = places[0]
        findings.append(
            finding(
                "figures.missing",
                Severity.ERROR,
                index,
                quote_around(paragraphs[index], start, start + len(figure.name)),
                f"{label}的数值“{number}{units[0]}”没有出现在指标名称附近",
            )
        )
    findings += _check_direction(paragraphs, places, figure, label, signs)
    return findings


def _check_direction(
    paragraphs: Sequence[str],
    places: list[tuple[int, int]],
    figure: Figure,
    label: str,
    signs: dict[tuple[str, str], set[int]],
) -> list[Finding]:
    """下降 with a positive growth (or 增长 with a negative one) right before its own number."""
    findings: list[Finding] = []
    checks: list[tuple[Decimal, str, tuple[str, ...]]] = []
    if figure.growth is not None and figure.growth != 0:
        checks.append((figure.growth, figure.growth_text or "", ("%", "％")))
    if figure.change_pp is not None and figure.change_pp != 0:
        checks.append((figure.change_pp, figure.change_pp_text or "", ("个百分点", "百分点")))
    for sign, number, _units in checks:
        opposite = -1 if sign > 0 else 1
        if opposite in signs.get((figure.name, number), set()):
            continue  # another figure of this name moves the other way by the same amount
        wrong = _DOWN if sign > 0 else _UP
        right = "增长/提高" if sign > 0 else "下降/减少"
        for index, start in places:
            text = paragraphs[index]
            window = text[start : min(len(text), start + len(figure.name) + _NEAR)]
            # The window ends where another figure is named (……持平，地区生产总值下降21.0%).
            others = [
                window.find(name, len(figure.name))
                for name, _ in signs
                if name != figure.name and name not in figure.name
            ]
            window = window[: min([o for o in others if o > 0], default=len(window))]
            for word in wrong:
                position = window.find(word + number)
                if position < 0:
                    continue
                at = start + position
                findings.append(
                    finding(
                        "figures.sign",
                        Severity.ERROR,
                        index,
                        quote_around(text, at, at + len(word) + len(number)),
                        f"{label}的变化为{'+' if sign > 0 else '-'}{number}，"
                        f"应写“{right}{number}”，文中写作“{word}{number}”",
                    )
                )
    return findings


def _check_unknown_numbers(
    paragraphs: Sequence[str], targets: Targets, expected: list[_Expected], generated: bool
) -> list[Finding]:
    known: set[str] = set()
    for item in expected:
        figure = item.figure
        for text in (figure.value_text, figure.growth_text, figure.change_pp_text):
            if text:
                known.add(_canonical(text))
    supplied = [
        targets.meeting,
        targets.speaker or "",
        *targets.review.highlights,
        *targets.review.problems,
        *targets.concerns,
        *(f.rank or "" for f in (i.figure for i in expected)),
        *(getattr(i.figure, "period", None) or "" for i in expected),  # 1—6月
    ]
    for section in targets.sections:
        supplied += [section.title or "", *section.points]
    for text in supplied:
        known.update(_canonical(m.group()) for m in _NUMBER.finditer(text))
    known.add(str(targets.length))
    findings: list[Finding] = []
    severity = Severity.ERROR if generated else Severity.WARNING
    for index, text in enumerate(paragraphs):
        strangers: list[re.Match[str]] = []
        for match in _NUMBER.finditer(text):
            if _canonical(match.group()) in known or not _is_quantity(text, match):
                continue
            strangers.append(match)
        if not strangers:
            continue
        first = strangers[0]
        numbers = "、".join(dict.fromkeys(m.group() for m in strangers))
        findings.append(
            finding(
                "figures.unknown",
                severity,
                index,
                quote_around(text, first.start(), first.end()),
                f"数字“{numbers}”不在指标文件中，请核对来源",
            )
        )
    return findings


def _is_quantity(text: str, match: re.Match[str]) -> bool:
    digits = match.group().lstrip("-－−")
    after = text[match.end() : match.end() + 4]
    before = text[max(0, match.start() - 4) : match.start()]
    if _NOT_QUANTITY_AFTER.match(after) or _NOT_QUANTITY_BEFORE.search(before):
        return False
    if len(digits) == 4 and digits.isdigit() and 1949 <= int(digits) <= 2100:
        return False  # a year ("2025—2027", "2025年")
    # An outline number "1." / "（2）" at the start of a paragraph or sentence.
    if after[:1] in ".．、）)" and (
        match.start() == 0 or text[match.start() - 1] in "（(。；：\n "
    ):
        return "." in digits  # (an outline number has no decimal point: 1. / （2）)
    return True


def _canonical(number: str) -> str:
    number = number.replace("－", "-").replace("−", "-").lstrip("-")
    try:
        value = Decimal(number)
    except InvalidOperation:
        return number
    return format(value.normalize(), "f")


def _same_number(found: str, wanted: str) -> bool:
    return _canonical(found) == _canonical(wanted)


def _unit_after(text: str, end: int) -> str:
    match = _UNIT_AFTER.match(text, end)
    return match.group(1) if match else ""
