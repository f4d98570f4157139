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


# --------------------------------------------------------------------------- first characters


def _compiled(pattern: str, flags: int, fast: bool, monkeypatch: pytest.MonkeyPatch) -> Any:
    from re import _compiler  # type: ignore[attr-defined]

    standard = recharset._state.get("prefix", _compiler._get_charset_prefix)
    with monkeypatch.context() as patch:
        patch.setitem(recharset._state, "prefix", standard)
        patch.setattr(
            _compiler, "_get_charset_prefix", recharset._charset_prefix if fast else standard
        )
        return _compiler.compile(pattern, flags)


def _found(pattern: Any, text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_every_pattern_of_drafter_finds_the_same_with_first_characters(
    repo: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where a pattern's code changes (it now names the characters a match starts with), it
    finds the same matches in the corpus's sentences and the bank's."""
    texts = [
        line
        for path in sorted((repo / "corpus").glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ][:1500]
    texts += [line for line in (repo / "phrasebank" / "body.yaml").read_text("utf-8").splitlines()][
        :1500
    ]
    changed = 0
    for pattern in _drafter_patterns():
        slow = _compiled(pattern.pattern, pattern.flags, False, monkeypatch)
        fast = _compiled(pattern.pattern, pattern.flags, True, monkeypatch)
        if fast == slow:
            continue
        changed += 1
        for text in texts:
            assert _found(fast, text) == _found(slow, text), (pattern.pattern, text)
    assert changed > 20  # (suitability's, portability's …: each branch starts with a class)


_PIECES = st.sampled_from(
    [
        "a",
        "b",
        "甲",
        "乙",
        "[ab]",
        "[甲乙丙]",
        "[^a]",
        "a+",
        "[甲乙]{2}",
        "b*",
        "(?:a|乙)",
        "(丙)",
        "(?=a)",
        "^",
        "$",
        "(?<=b)",
        ".",
        "\\d",
        "[\\w]",
        "(?i:a)",
        "a?",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(_PIECES, min_size=1, max_size=3), min_size=1, max_size=4),
    st.lists(st.text("ab甲乙丙1 ", max_size=12), min_size=1, max_size=5),
    st.sampled_from([0, re.IGNORECASE, re.ASCII]),
)
def test_any_alternation_finds_the_same_with_first_characters(
    branches: list[list[str]], texts: list[str], flags: int
) -> None:
    pattern = "|".join("".join(branch) for branch in branches)
    with pytest.MonkeyPatch.context() as monkeypatch:
        slow = _compiled(pattern, flags, False, monkeypatch)
        fast = _compiled(pattern, flags, True, monkeypatch)
    for text in texts:
        assert _found(fast, text) == _found(slow, text)
        assert bool(fast.search(text)) == bool(slow.search(text))
