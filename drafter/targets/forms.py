"""Forms people type into a targets file, read into exact values.

Writers type what they see in last year's report: ``6.8%``, ``-3.5%``, ``下降3.5%``,
``86.3亿元``, ``1.2万``, full-width ``６．８``, ``2025年2月10日``, ``20分钟``. Each reader
here returns the value or raises ``FormError`` with a Chinese message that says what to write
instead. Numbers become ``Decimal`` built from the text itself, so ``6.8`` stays ``6.8`` and
``1.20`` stays ``1.20`` (no binary float ever touches a figure).
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

from drafter.records import dataclass

#: Speaking rate used for ``length: 20分钟``: a county leader reading a prepared speech aloud
#: manages about 200-240 characters a minute (punctuation included); 220 is the middle.
CHARS_PER_MINUTE = 220

MIN_LENGTH = 500
MAX_LENGTH = 50000

QUALIFIERS = ("以上", "左右", "以内", "以下", "内外", "上下")

# Full-width forms of digits and number punctuation (U+FF10…) and the minus signs typed by IMEs.
_WIDE = str.maketrans(
    {chr(0xFF10 + i): str(i) for i in range(10)}
    | {"．": ".", "，": ",", "％": "%", "＋": "+", "／": "/", "：": ":", "\u3000": " "}
    | dict.fromkeys("－−﹣–—", "-")
)

_NUMBER = r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_NUMBER_RE = re.compile(rf"^\s*({_NUMBER})\s*(.*?)\s*$")
_CHINESE_NUMERAL_RE = re.compile(r"^[零〇一二两三四五六七八九十百千万亿点负]+")
_UNIT_RE = re.compile(r"^[^\d\s,;；，。]{1,8}$")
_MAGNITUDES = ("万", "亿", "千", "百")


class FormError(ValueError):
    """A value a writer typed that cannot be read; the message says what to write instead."""


def widen_to_ascii(text: str) -> str:
    """Full-width digits and signs → ASCII (only those; Chinese punctuation is left alone)."""
    return text.translate(_WIDE)


def _show(raw: object) -> str:
    if isinstance(raw, bool):
        return "“true”" if raw else "“false”"
    text = str(raw)
    return f"“{text[:30]}…”" if len(text) > 30 else f"“{text}”"


MAX_DIGITS = 15  # more than any county figure (15230, 86.3, 0.05); keeps numbers printable


def _long(text: str) -> bool:
    return sum(ch.isdigit() for ch in text) > MAX_DIGITS


def _too_long(raw: object) -> FormError:
    return FormError(f"{_show(raw)}位数太多（超过 {MAX_DIGITS} 位）：请检查这个数")


def _decimal(text: str) -> Decimal:
    if _long(text):
        raise _too_long(text)
    number = Decimal(text.replace(",", ""))
    if number == 0:
        number = abs(number)  # -0 → 0
    return number


@dataclass(frozen=True, slots=True)
class Amount:
    """``86.3亿元以上`` read apart: number, unit as written (may be None), qualifier."""

    number: Decimal
    unit: str | None = None
    qualifier: str | None = None


def _split_qualifier(rest: str) -> tuple[str, str | None]:
    for word in QUALIFIERS:
        if rest.endswith(word):
            return rest[: -len(word)].strip(), word
    return rest, None


def _number_error(raw: object, example: str, fallback: str | None = None) -> FormError:
    """The most helpful message for a number we could not read; ``fallback`` when none fits."""
    text = str(raw).strip()
    if isinstance(raw, bool):
        return FormError(f"{_show(raw)}不是数字，请写成 {example}")
    if _CHINESE_NUMERAL_RE.match(text):
        return FormError(f"{_show(raw)}是汉字数字，请写阿拉伯数字，如 {example}")
    if re.search(r"\d\s*[-~～至到]\s*\d", widen_to_ascii(text)):
        return FormError(
            f"{_show(raw)}是一个范围，请只写一个数，如 {example}，再用 qualifier 写“左右”"
        )
    if re.match(r"^\s*[约近超逾]", text):
        return FormError(
            f"{_show(raw)}：请去掉“{text.strip()[0]}”，只写数字，再用 qualifier 写“左右”或“以上”"
        )
    if re.search(r"\d[eE][+-]?\d", text):
        return FormError(f"{_show(raw)}：请不要用科学计数法，直接写成 {example} 这样的普通数字")
    return FormError(fallback or f"{_show(raw)}不是数字，请写成 {example}")


def read_amount(raw: object) -> Amount:
    """``86.3``, ``86.3亿元``, ``1.2万``, ``37.6亿元以上``, ``3.1%``, ``15,230`` → Amount."""
    if isinstance(raw, bool) or raw is None:
        raise _number_error(raw, "86.3 或 86.3亿元")
    if isinstance(raw, (int, Decimal)):
        return Amount(_decimal(str(raw)))
    if isinstance(raw, float):
        return Amount(_decimal(repr(raw)))
    text = widen_to_ascii(str(raw))
    match = _NUMBER_RE.match(text)
    if match is None:
        raise _number_error(raw, "86.3 或 86.3亿元")
    number, rest = match.group(1), match.group(2)
    rest, qualifier = _split_qualifier(rest)
    if rest and not _UNIT_RE.match(rest):
        raise _number_error(
            raw,
            "86.3 或 86.3亿元",
            f"{_show(raw)}看不懂：请只写数字和单位，如 86.3亿元，"
            "或分开写 value: 86.3 和 unit: 亿元",
        )
    return Amount(_decimal(number), rest or None, qualifier)


# growth: 6.8 / 6.8% / -3.5% / 增长6.8% / 下降3.5% / 持平 / 7%以上
_RISE_WORDS = ("增长", "提高", "上升", "增加", "提升")
_FALL_WORDS = ("下降", "降低", "减少", "回落", "负增长")
_FLAT_WORDS = ("持平", "与上年持平", "零增长")


def read_percent(raw: object, *, points: bool) -> tuple[Decimal, str | None]:
    """A growth rate in percent (``points=False``) or a change in percentage points.

    Returns the signed number and a qualifier (以上/左右…) when one was written after it.
    """
    example = "-0.2（下降0.2个百分点）或 0.5" if points else "6.8 或 -3.5（下降）"
    if isinstance(raw, bool) or raw is None:
        raise _number_error(raw, example)
    if isinstance(raw, (int, float, Decimal)):
        return _decimal(repr(raw) if isinstance(raw, float) else str(raw)), None
    text = widen_to_ascii(str(raw)).strip()
    if text in _FLAT_WORDS:
        return Decimal(0), None
    sign = ""
    for word in _RISE_WORDS:
        if text.startswith(word):
            text = text[len(word) :].strip()
            break
    else:
        for word in _FALL_WORDS:
            if text.startswith(word):
                text, sign = text[len(word) :].strip(), "-"
                break
    if text.startswith("负"):
        text, sign = text[1:].strip(), "-"
    text, qualifier = _split_qualifier(text)
    match = _NUMBER_RE.match(text)
    if match is None:
        raise _number_error(raw, example)
    number, rest = match.group(1), match.group(2).strip()
    if sign and number.startswith(("-", "+")):
        raise FormError(f"{_show(raw)}：“下降”和负号只写一个，请写成 {example}")
    if points:
        if rest not in ("", "个百分点", "百分点", "pp"):
            if rest == "%":
                raise FormError(f"{_show(raw)}：change_pp 是百分点变化，请去掉“%”，写成 -0.2")
            raise _number_error(raw, example, f"{_show(raw)}看不懂，请写成 {example}")
    elif rest not in ("", "%"):
        if rest in ("个百分点", "百分点"):
            raise FormError(f"{_show(raw)}是百分点变化，请写在 change_pp 里，如 change_pp: -0.2")
        raise _number_error(raw, example, f"{_show(raw)}看不懂，请写成 {example}")
    return _decimal(sign + number), qualifier


def read_integer(raw: object, *, example: str, unit: str = "") -> int:
    """A whole number, allowing full-width digits and a trailing unit word (年, 字)."""
    if isinstance(raw, bool) or raw is None:
        raise _number_error(raw, example)
    if isinstance(raw, int):
        return raw
    text = widen_to_ascii(str(raw)).strip().replace(",", "")
    for suffix in (unit + "度", unit) if unit else ():
        if text.endswith(suffix):
            text = text[: -len(suffix)].strip()
            break
    if not re.fullmatch(r"[+-]?\d+", text):
        raise _number_error(raw, example)
    if _long(text):
        raise _too_long(raw)
    return int(text)


_DATE_RES = (
    re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$"),
)


def read_date(raw: object) -> datetime.date:
    """``2025-02-10``, ``2025/2/10``, ``2025.2.10``, ``2025年2月10日`` (full-width digits too)."""
    if isinstance(raw, datetime.date):
        return raw
    text = widen_to_ascii(str(raw)).strip()
    for pattern in _DATE_RES:
        match = pattern.match(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            try:
                return datetime.date(year, month, day)
            except ValueError:
                if not 1 <= month <= 12:
                    raise FormError(f"{_show(raw)}：没有{month}月，请写成 2025-02-10") from None
                raise FormError(
                    f"{_show(raw)}：{year}年{month}月没有{day}日，请检查日期，写成 2025-02-10"
                ) from None
    raise FormError(f"{_show(raw)}不是日期，请写成 2025-02-10 或 2025年2月10日")


def read_length(raw: object) -> int:
    """Target length in characters: ``5000``, ``5000字``, ``0.5万字``, ``20分钟`` (× 220/min)."""
    example = "5000（字）或 20分钟"
    if isinstance(raw, bool) or raw is None:
        raise _number_error(raw, example)
    text = widen_to_ascii(str(raw)).strip().replace(",", "")
    if _long(text):
        raise _too_long(raw)
    minutes = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(?:分钟|分|min|minutes?)", text)
    if minutes:
        chars = int(Decimal(minutes.group(1)) * CHARS_PER_MINUTE)
    else:
        hours = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(?:个)?小时", text)
        words = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(万|千)?\s*(?:字|个字)?", text)
        if hours:
            chars = int(Decimal(hours.group(1)) * 60 * CHARS_PER_MINUTE)
        elif words:
            scale = {"万": 10000, "千": 1000, None: 1}[words.group(2)]
            chars = int(Decimal(words.group(1)) * scale)
        else:
            raise _number_error(raw, example)
    if not MIN_LENGTH <= chars <= MAX_LENGTH:
        raise FormError(
            f"{_show(raw)}约合 {chars} 字，超出范围：请写 {MIN_LENGTH}–{MAX_LENGTH} 之间的字数，"
            f"或 3–220 分钟（按每分钟 {CHARS_PER_MINUTE} 字计）"
        )
    return chars


def read_bool(raw: object) -> bool:
    """``true``/``false`` and what people type instead: 是/否, yes/no, 要/不要."""
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("true", "yes", "y", "on", "是", "要", "需要", "写", "1"):
        return True
    if text in ("false", "no", "n", "off", "否", "不要", "不需要", "不写", "0"):
        return False
    raise FormError(f"{_show(raw)}不是“是/否”，请写 true（要）或 false（不要）")


def merge_unit(amount: Amount, unit: str | None) -> str | None:
    """The unit when ``value`` carried one (``86.3亿元``) and ``unit`` may have been written too.

    ``1.2万`` with ``unit: 人`` reads as 1.2万人; a unit written twice must agree.
    Raises FormError when the two cannot be put together without guessing.
    """
    if amount.unit is None:
        return unit
    if unit is None or unit == amount.unit:
        return amount.unit
    if amount.unit in _MAGNITUDES and not unit.startswith(_MAGNITUDES):
        return amount.unit + unit
    raise FormError(
        f"数值里写了单位“{amount.unit}”，unit 又写了“{unit}”，两者不一致：请只在 unit 里写一次单位"
    )
