"""Field types of the targets models: how each kind of value is read, in Chinese when it fails.

Every reader takes what ``yamlload`` produced (a string, ``True``/``False``/``None``, a list or a
dict) and either returns the typed value or raises ``schema.Failure`` carrying the Chinese message
(``fail``). ``Invalid`` lets a model's ``before`` hook hand a problem to the field it concerns, so
the message points at that field's line and column. ``TEXT``, ``OPTIONAL_TEXT`` … are the field
specs the models are written with (``schema.Spec``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from drafter.targets import forms
from drafter.targets.messages import describe as _describe
from drafter.targets.schema import Failure, Spec, many, value

EMPTY = "不能为空，请填写内容"


def fail(message: str, field: str | None = None) -> Failure:
    """A validation error whose Chinese message is shown as is; ``field`` names the key inside
    the current model it is about (for errors raised by a model's ``after`` hook)."""
    return Failure(message, field)


def reading(reader: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def read(raw: Any) -> Any:
        try:
            return reader(raw)
        except forms.FormError as error:
            raise fail(str(error)) from None

    return read


class Invalid:
    """Stands for a value a model validator found wrong, so the field reports it at its place."""

    def __init__(self, message: str) -> None:
        self.message = message


def _text(raw: Any) -> str:
    if isinstance(raw, Invalid):
        raise fail(raw.message)
    if raw is None:
        raise fail(EMPTY)
    if isinstance(raw, bool) or not isinstance(raw, (str, int, Decimal)):
        hint = "（文字里有“: ”时，请给整段文字加引号）" if isinstance(raw, dict) else ""
        raise fail(f"应为一段文字，这里是{_describe(raw)}{hint}")
    text = _tidy(str(raw))
    if not text:
        raise fail(EMPTY)
    return text


# A line break inside a YAML text becomes a space; between two Chinese characters (or full-width
# punctuation) that space is an artefact of the line break, not something the writer typed.
_CJK = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"
_CJK_GAP = re.compile(rf"(?<={_CJK}) (?={_CJK})")


def _tidy(text: str) -> str:
    return _CJK_GAP.sub("", " ".join(text.split()))


def _optional_text(raw: Any) -> str | None:
    return None if raw is None or (isinstance(raw, str) and not raw.strip()) else _text(raw)


def optional(reader: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def read(raw: Any) -> Any:
        if isinstance(raw, Invalid):
            raise fail(raw.message)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        return reading(reader)(raw)

    return read


def read_list(raw: Any) -> Any:
    """An empty key (``goals:``) is an empty list; one text where a list is wanted is an error."""
    if raw is None:
        return ()
    if not isinstance(raw, (list, tuple)):
        raise fail(f"应为列表（每项另起一行，以“- ”开头），这里是{_describe(raw)}")
    return raw


def _amount(raw: Any) -> Decimal:
    return forms.read_amount(raw).number


def _growth(raw: Any) -> Decimal:
    return forms.read_percent(raw, points=False)[0]


def _points(raw: Any) -> Decimal:
    return forms.read_percent(raw, points=True)[0]


TEXT = Spec(value(_text))
OPTIONAL_TEXT = Spec(value(_optional_text), None)
OPTIONAL_NUMBER = Spec(value(optional(_amount)), None)
OPTIONAL_GROWTH = Spec(value(optional(_growth)), None)
OPTIONAL_POINTS = Spec(value(optional(_points)), None)
TEXT_LIST = Spec(many(value(_text), before=read_list), ())


def number_text(number: Decimal | None) -> str | None:
    """A number as the writer wrote it: 6.8 → "6.8", 56 → "56", 1.20 → "1.20" (never 1E+3)."""
    return None if number is None else format(number, "f")
