"""drafter.recharset: a character class compiles to exactly the code the standard library gives.

Each case compares the code ``re``'s compiler produces with the standard ``_optimize_charset``
and with this module's (``_choose``, as installed), in this process, without installing it.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import drafter
from drafter import recharset

pytestmark = pytest.mark.skipif(
    not (3, 11) <= sys.version_info[:2] <= (3, 13), reason="re's internals of 3.11–3.13"
)


def _code(pattern: str, flags: int, fast: bool, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    original = recharset._state.get("original", _compiler._optimize_charset)
    with monkeypatch.context() as patch:
        patch.setitem(recharset._state, "original", original)
        patch.setattr(_compiler, "_optimize_charset", recharset._choose if fast else original)
        parsed = _parser.parse(pattern, flags)
        return list(_compiler._code(parsed, flags))


def _drafter_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern a module of drafter holds at its top level (in lists and dicts
    too): the classes drafter compiles."""
    found: dict[tuple[str, int], re.Pattern[str]] = {}

    def take(value: Any) -> None:
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            found.setdefault((value.pattern, value.flags), value)
        elif isinstance(value, list | tuple | frozenset | set):
            for item in value:
                take(item)
        elif isinstance(value, dict):
            for item in value.values():
                take(item)

    for info in pkgutil.walk_packages(drafter.__path__, "drafter."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            take(value)
    return list(found.values())


def test_every_pattern_of_drafter_compiles_to_the_same_code(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from re import _compiler  # type: ignore[attr-defined]

    # the copy is the one used (it agrees on the probes), not the standard function behind it
    assert recharset._agrees(recharset._state.get("original", _compiler._optimize_charset))
    patterns = _drafter_patterns()
    cjk = [p for p in patterns if re.search(r"\\u[4-9][0-9a-f]{3}|[\u3400-\u9fff]", p.pattern)]
    assert len(patterns) > 200 and len(cjk) > 50
    for pattern in patterns:
        flags = pattern.flags & ~re.UNICODE
        slow = _code(pattern.pattern, flags, False, monkeypatch)
        assert _code(pattern.pattern, flags, True, monkeypatch) == slow, pattern.pattern


_POINTS = st.one_of(
    st.integers(0x20, 0x7E),
    st.integers(0x80, 0x2FF),
    st.integers(0x3000, 0x303F),
    st.integers(0x4E00, 0x9FFF),
    st.integers(0xFF00, 0xFFFF),
    st.integers(0x10000, 0x2A6DF),
)


@st.composite
def _classes(draw: st.DrawFn) -> tuple[str, int]:
    parts = []
    for _ in range(draw(st.integers(1, 5))):
        low = draw(_POINTS)
        high = draw(st.one_of(st.just(low), st.integers(low, min(low + 30000, 0x10FFFF))))
        parts.append(
            re.escape(chr(low)) if low == high else f"{re.escape(chr(low))}-{re.escape(chr(high))}"
        )
    negate = "^" if draw(st.booleans()) else ""
    flags = draw(st.sampled_from([0, re.IGNORECASE]))
    return f"[{negate}{''.join(parts)}]", flags


@settings(max_examples=60, deadline=None)
@given(_classes())
def test_any_class_compiles_to_the_same_code(case: tuple[str, int]) -> None:
    pattern, flags = case
    with pytest.MonkeyPatch.context() as monkeypatch:
        slow = _code(pattern, flags, False, monkeypatch)
        assert _code(pattern, flags, True, monkeypatch) == slow
