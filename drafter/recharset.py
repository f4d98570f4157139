"""Compiling regular expressions faster, and into code that searches faster, with CJK in mind.

Input: a pattern as ``re``'s parser gives it; output: its compiled code. Two steps of ``re``'s
compiler (CPython 3.11–3.13) are replaced, by ``install_fast_charsets`` (called with the pattern
cache, by the console entry point only):

* A class such as ``[\u4e00-\u9fff]`` becomes a bitmap: the standard compiler sets the bitmap's
  bytes one code point at a time in Python code (~21,000 steps for that range, ~1 ms; a cold
  start compiled hundreds of them for 0.2–0.3 s of CPU). This module's copy of
  ``_optimize_charset`` sets a range with one slice assignment where the standard one loops;
  every other step is the standard one's, and its output the same: it is used only after it
  gave the standard function's exact output on probe classes (checked once, when a class first
  needs it); on another Python the standard function compiles every class.
* A search skips to the positions holding a character a match can start with only when the
  compiler finds those characters: for an alternation, only when every branch starts with one
  literal character. Where a branch starts with a class or a repeat (不足|[一二三]是|第[一二]、,
  ~8 µs a sentence for suitability's), ``_charset_prefix`` gives the union of the branches'
  first characters too (~1.5 µs). Only the search's skipping changes, never what matches.
"""

from __future__ import annotations

import sys
from typing import Any

_ONE = b"\x01"


def install_fast_charsets() -> bool:
    """Let ``re`` compile character classes with ``_optimize_charset``; False when this Python's
    internals are not the ones it copies (then ``re`` is left as it is)."""
    if not (3, 11) <= sys.version_info[:2] <= (3, 13):
        return False
    try:
        from re import _compiler  # type: ignore[attr-defined]
    except ImportError:
        return False
    original = getattr(_compiler, "_optimize_charset", None)
    prefix = getattr(_compiler, "_get_charset_prefix", None)
    if original is None or prefix is None or "RANGE" not in vars(_compiler):
        return False
    if original is not _choose:
        _state["original"] = original
        _compiler._optimize_charset = _choose
    if prefix is not _charset_prefix:
        _state["prefix"] = prefix
        _compiler._get_charset_prefix = _charset_prefix
    return True


# The standard function (once installed), and whether this module's copy gave its output on the
# probes (None until a class first needed it).
_state: dict[str, Any] = {}


def _choose(
    charset: Any, iscased: Any = None, fixup: Any = None, fixes: Any = None
) -> tuple[Any, bool]:
    """The standard function, unless the class has a range past U+00FF that is not
    case-folded: the standard loop's slow case, which this module's copy sets by slices."""
    from re import _compiler as c  # type: ignore[attr-defined]

    original = _state["original"]
    if fixup or not any(op is c.RANGE and av[1] > 0xFF for op, av in charset):
        return original(charset, iscased, fixup, fixes)  # type: ignore[no-any-return]
    agrees = _state.get("agrees")
    if agrees is None:
        agrees = _state["agrees"] = _agrees(original)
    if not agrees:
        return original(charset, iscased, fixup, fixes)  # type: ignore[no-any-return]
    return _optimize_charset(charset, iscased, fixup, fixes)


def _agrees(original: Any) -> bool:
    """Whether the copy gives the standard function's output on the probe classes."""
    try:
        return all(_optimize_charset(*probe) == original(*probe) for probe in _probes())
    except Exception:  # internals other than expected: keep the standard function
        return False


def _probes() -> list[tuple[Any, ...]]:
    """Classes whose compiled forms must agree: small ranges go through the same steps as large
    ones (a map grown past U+00FF and past the BMP, literals and ranges, CHARSET, BIGCHARSET)
    at a cost of microseconds."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    probes: list[tuple[Any, ...]] = []
    for text, flags in (
        ("[a-z0-9_]", 0),
        ("[\u4e00-\u4e3f]", 0),
        ("[^\u4e00-\u4e3f，。、a-z]", 0),
        ("[\u3400-\u340f\u4e00-\u4e3f\U00020000-\U0002000f]", 0),
        ("[\x00-\u01ff]", 0),
        ("[a-z\u4e00-\u4e0f]", 2),  # re.IGNORECASE: folded, the standard steps
    ):
        op, av = _parser.parse(text, flags)[0]
        if op is not _compiler.IN:
            raise ValueError("not a class")
        if flags:
            sre = _compiler._sre
            probes.append((av, sre.unicode_iscased, sre.unicode_tolower, _compiler._EXTRA_CASES))
        else:
            probes.append((av,))
    return probes


def _optimize_charset(
    charset: Any, iscased: Any = None, fixup: Any = None, fixes: Any = None
) -> tuple[Any, bool]:
    """``re._compiler._optimize_charset`` of CPython 3.11 (PSF licence), with a range of code
    points that is not case-folded set by slices of the bitmap instead of one by one."""
    from re import _compiler as c  # type: ignore[attr-defined]

    out: list[Any] = []
    tail: list[Any] = []
    charmap = bytearray(256)
    hascased = False
    for op, av in charset:
        while True:
            try:
                if op is c.LITERAL:
                    if fixup:
                        lo = fixup(av)
                        charmap[lo] = 1
                        if fixes and lo in fixes:
                            for k in fixes[lo]:
                                charmap[k] = 1
                        if not hascased and iscased(av):
                            hascased = True
                    else:
                        charmap[av] = 1
                elif op is c.RANGE:
                    r = range(av[0], av[1] + 1)
                    if fixup:
                        if fixes:
                            for i in map(fixup, r):
                                charmap[i] = 1
                                if i in fixes:
                                    for k in fixes[i]:
                                        charmap[k] = 1
                        else:
                            for i in map(fixup, r):
                                charmap[i] = 1
                        if not hascased:
                            hascased = any(map(iscased, r))
                    else:
                        _set_range(charmap, av[0], av[1] + 1)
                elif op is c.NEGATE:
                    out.append((op, av))
                else:
                    tail.append((op, av))
            except IndexError:
                if len(charmap) == 256:
                    charmap += b"\0" * 0xFF00
                    continue
                if fixup:
                    hascased = True
                    if op is c.RANGE:
                        op = c.RANGE_UNI_IGNORE
                tail.append((op, av))
            break
    return _compress(charmap, out, tail, charset, hascased)


def _set_range(charmap: bytearray, start: int, end: int) -> None:
    """``charmap[i] = 1`` for i in range(start, end), as the standard loop does it: the bytes
    below the map's end set, then IndexError when the range goes past it."""
    size = len(charmap)
    stop = min(end, size)
    if start < stop:
        charmap[start:stop] = _ONE * (stop - start)
    if end > size:
        raise IndexError("charset index out of range")


def _compress(
    charmap: bytearray, out: list[Any], tail: list[Any], charset: Any, hascased: bool
) -> tuple[Any, bool]:
    """The standard function's second half, unchanged: the bitmap as literals and ranges, a
    CHARSET or a BIGCHARSET."""
    from re import _compiler as c  # type: ignore[attr-defined]

    runs: list[tuple[int, int]] | None = []
    q = 0
    while True:
        p = charmap.find(1, q)
        if p < 0:
            break
        assert runs is not None
        if len(runs) >= 2:
            runs = None
            break
        q = charmap.find(0, p)
        if q < 0:
            runs.append((p, len(charmap)))
            break
        runs.append((p, q))
    if runs is not None:
        for p, q in runs:
            if q - p == 1:
                out.append((c.LITERAL, p))
            else:
                out.append((c.RANGE, (p, q - 1)))
        out += tail
        if hascased or len(out) < len(charset):
            return out, hascased
        return charset, hascased
    if len(charmap) == 256:
        data = c._mk_bitmap(charmap)
        out.append((c.CHARSET, data))
        out += tail
        return out, hascased
    frozen = bytes(charmap)
    comps: dict[bytes, int] = {}
    mapping = bytearray(256)
    block = 0
    chunks = bytearray()
    for i in range(0, 65536, 256):
        chunk = frozen[i : i + 256]
        if chunk in comps:
            mapping[i // 256] = comps[chunk]
        else:
            mapping[i // 256] = comps[chunk] = block
            block += 1
            chunks += chunk
    bitmap = c._mk_bitmap(chunks)
    bitmap[0:0] = [block, *c._bytes_to_codes(mapping)]
    out.append((c.BIGCHARSET, bitmap))
    out += tail
    return out, hascased


# --------------------------------------------------------------------------- first characters


def _charset_prefix(pattern: Any, flags: int) -> Any:
    """``re._compiler._get_charset_prefix``, and where it finds none, the characters every match
    must start with when each branch of the pattern starts with a character or a class (不足|
    [一二三]是|第[一二三]、): the standard one looks into a branch only when each starts with one
    character, so ``re`` tries every branch at every position of the text."""
    from re import _compiler as c  # type: ignore[attr-defined]

    found = _state["prefix"](pattern, flags)
    if found is not None or flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE):
        return found
    return _first_characters(pattern.data, c)


def _first_characters(items: Any, c: Any) -> list[Any] | None:
    """The class (as ``re``'s parser writes one) of the characters a non-empty match of the
    sequence ``items`` starts with, or None when that is not known (any character, a negated
    class, flags, a group referred to again, or a sequence that may match nothing)."""
    first = _sequence_first(items, c)
    return None if first is None or first[1] else first[0]


# ``_sequence_first`` and ``_item_first`` give (the class of a match's first characters, whether
# the match may be empty), or None when they cannot tell.
_First = tuple[list[Any], bool] | None


def _sequence_first(items: Any, c: Any) -> _First:
    union: list[Any] = []
    for item in items:
        found = _item_first(item, c)
        if found is None:
            return None
        union += found[0]
        if not found[1]:
            return union, False  # this item takes a character: the match starts by now
    return union, True


def _item_first(item: Any, c: Any) -> _First:
    op, av = item
    if op is c.LITERAL:
        return [(op, av)], False
    if op is c.IN:
        return None if any(each is c.NEGATE for each, _ in av) else (list(av), False)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return [], True  # zero width: the next item takes the first character
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        low, _, repeated = av
        inner = _sequence_first(repeated.data, c)
        return None if inner is None else (inner[0], inner[1] or low == 0)
    if op is c.SUBPATTERN:
        _, add_flags, del_flags, inner_pattern = av
        return None if add_flags or del_flags else _sequence_first(inner_pattern.data, c)
    if op is c.BRANCH:
        union: list[Any] = []
        empty = False
        for branch in av[1]:
            found = _sequence_first(branch.data, c)
            if found is None:
                return None
            union += found[0]
            empty = empty or found[1]
        return union, empty
    return None
