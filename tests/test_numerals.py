"""Chinese outline numerals: 一 … 九十九 and back, and reading numbers out of markers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter.numerals import from_chinese, to_chinese
from drafter.outline.numerals import marker_ordinal


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "一"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (12, "十二"),
        (20, "二十"),
        (21, "二十一"),
        (99, "九十九"),
    ],
)
def test_to_chinese(n: int, text: str) -> None:
    assert to_chinese(n) == text
    assert from_chinese(text) == n


@given(st.integers(min_value=1, max_value=99))
def test_round_trip(n: int) -> None:
    assert from_chinese(to_chinese(n)) == n


@pytest.mark.parametrize("n", [0, -1, 100])
def test_out_of_range(n: int) -> None:
    with pytest.raises(ValueError):
        to_chinese(n)


@pytest.mark.parametrize("text", ["", "二二", "十十", "百", "一百", "两", "abc", "十二三"])
def test_not_a_numeral(text: str) -> None:
    assert from_chinese(text) is None


@pytest.mark.parametrize(
    ("marker", "n"),
    [
        ("一、", 1),
        ("（十一）", 11),
        ("(3)", 3),
        ("12.", 12),
        ("第五，", 5),
        ("二是", 2),
        ("首先", 0),
    ],
)
def test_marker_ordinal(marker: str, n: int) -> None:
    assert marker_ordinal(marker) == n
