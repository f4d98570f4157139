"""Mojibake: decoded text → the same text without garbled fragments, plus what was dropped.

Texts copied through the web often carry fragments garbled before they reached us:

- U+FFFD replacement characters (bytes someone's decoder could not read), private-use characters
  and lone surrogates;
- UTF-8 read as Latin-1/CP1252: repaired when it was Chinese ("æ˜¯" → 是), dropped otherwise
  ("Ã©");
- UTF-8 read as GBK: the classic "锟斤拷"/"烫烫烫" fills, and runs of rare characters ("鍙戝竷");
- a Chinese character lost to "?" by a lossy re-encode, often with a stray ASCII byte and rare
  characters around it ("確??諝赓|量" for 確保空氣質量).

A fragment is dropped only where it is garbled; the good text around it stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from drafter.corpus.chars import COMMON_CHARS, LETTER

_Note = Callable[[str], None]

_HAN = LETTER

# Replacement, private-use, non-characters and lone surrogates: never part of a real text.
# (one of them, then the rest of the run: a pattern that starts with a class, not a repeat, is
# searched from candidate to candidate)
_BROKEN_CHARS = "[\ufffd\ue000-\uf8ff\ufffe\uffff\ud800-\udfff\U000f0000-\U0010ffff]"
_BROKEN = re.compile(f"{_BROKEN_CHARS}{_BROKEN_CHARS}*")

# UTF-8 bytes shown as CP1252/Latin-1: a lead byte (Â–ô) followed by 1–3 continuation bytes
# (0x80–0xBF, which CP1252 shows as these letters and symbols).
_CP1252_CONTINUATION = (
    "\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152"
    "\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
)
_LATIN_LEAD = re.compile("[\u00c2-\u00f4]")
_LATIN_MOJIBAKE = re.compile(f"(?:[\u00c2-\u00f4][{_CP1252_CONTINUATION}]{{1,3}})+")

_CJK_TEXT = re.compile(f"{LETTER}|[\u3000-\u303f\uff00-\uffef\u201c\u201d\u2026\u2014]")

# What Visual C++ debug fills and GBK-read U+FFFD look like.
_FILLS = re.compile("(?:锟斤拷)+|(?:烫){2,}|(?:屯){2,}")

# Where a lossy re-encode lost characters: "??" touching Chinese, or one "?" after Chinese
# followed by "!" or ";" or by something no Chinese text has there ("?h級", "?!巴ㄎ键S芪”").
# A real question mark ("怎么办?我们") is followed by ordinary text and is left alone.
_QUESTION_RUN = re.compile(r"\?\?+|\?[!;]?")
_HAN_CHAR = re.compile(_HAN)
_BEFORE_LOST = re.compile(f"{_HAN}|[\u3001-\u3011\uff0c\uff1a\uff1b]")
# Characters that are garbage next to such an anchor: ASCII letters and symbols glued to Chinese,
# Cyrillic, Greek, bopomofo, kana, box drawing, Hangul, extension-block characters.
_ODD = (
    r"[A-Za-z|\\^_`{}~@#$&*+=<>\[\]\u00c0-\u024f\u0370-\u052f\u2500-\u259f\u3040-\u30ff"
    "\u3100-\u312f\u31a0-\u31bf\uac00-\ud7af\U00020000-\U0003134f]"
)
# Garbage continues while fewer than this many ordinary characters separate odd ones.
_ORDINARY_GAP = 4
_SCAN_LIMIT = 40
# Rare characters: at least this many in a row (none in the common tables) is a garbled run.
_RARE_RUN = 3
_MAX_DESCRIBED = 20


@cache
def _odd() -> re.Pattern[str]:
    return re.compile(_ODD)  # compiled on first use: its Hangul range is slow to compile


# The first levels of the two code pages, one line: decoding them took ~3–5 ms a run (outline,
# lint, mine), reading the line well under one (tests/test_corpus_normalise.py checks the file
# against the codecs).
COMMON_HAN_FILE = Path(__file__).with_name("common_han.txt")


@cache
def _common_han() -> frozenset[str]:
    """GB2312 level 1 (3755 characters) ∪ Big5 level 1 (5401) ∪ our frequency table."""
    try:
        chars = frozenset(COMMON_HAN_FILE.read_text(encoding="utf-8").rstrip("\n"))
    except OSError:
        chars = code_page_han()
    return chars | COMMON_CHARS


def code_page_han() -> frozenset[str]:
    """GB2312 level 1 ∪ Big5 level 1, from the codecs (the content of ``common_han.txt``)."""
    gb = _double_bytes(range(0xB0, 0xD8), range(0xA1, 0xFF))
    big5 = _double_bytes(range(0xA4, 0xC7), (*range(0x40, 0x7F), *range(0xA1, 0xFF)))
    return frozenset(gb.decode("gb2312", errors="ignore")) | frozenset(
        big5.decode("big5", errors="ignore")
    )


# The two sets of ``one_script_only``, one line each: building them from the code pages took ~10
# ms a run, reading them ~1 ms (tests/test_corpus_normalise.py checks the file against the codecs).
SCRIPT_ONLY_FILE = Path(__file__).with_name("script_only.txt")


@cache
def _one_script_only() -> tuple[frozenset[str], frozenset[str]]:
    """(simplified-only, traditional-only) characters: in GB2312 but not Big5, and vice versa."""
    try:
        simplified, traditional, _ = SCRIPT_ONLY_FILE.read_text(encoding="utf-8").split("\n")
    except (OSError, ValueError):
        return one_script_only()
    return frozenset(simplified), frozenset(traditional)


def one_script_only() -> tuple[frozenset[str], frozenset[str]]:
    """The sets of ``_one_script_only`` computed from the code pages (the file's content)."""
    gb = _double_bytes(range(0xB0, 0xF8), range(0xA1, 0xFF))
    big5 = _double_bytes(
        (*range(0xA4, 0xC7), *range(0xC9, 0xFA)), (*range(0x40, 0x7F), *range(0xA1, 0xFF))
    )
    simplified = set(gb.decode("gb2312", errors="ignore"))
    traditional = set(big5.decode("big5", errors="ignore"))
    return frozenset(simplified - traditional), frozenset(traditional - simplified)


def _double_bytes(highs: Iterable[int], lows: Iterable[int]) -> bytes:
    """Every two-byte code (high, low), high-major: a code page's block, to decode at once.
    (Rows are filled by slices: a byte-by-byte generator took 25 ms per table.)"""
    low = bytes(lows)
    row = bytearray(2 * len(low))
    row[1::2] = low
    rows = bytearray()
    for high in highs:
        row[0::2] = bytes((high,)) * len(low)
        rows += row
    return bytes(rows)


def _is_rare(char: str) -> bool:
    """A Han character outside GB2312/Big5 level 1 and our frequency table."""
    return ("\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff") and (
        char not in _common_han()
    )


def drop_mojibake(text: str, *, traditional: bool = False) -> tuple[str, tuple[str, ...]]:
    """Drop garbled fragments; return the cleaned text and short descriptions of what went.

    ``traditional`` says the text is written in traditional characters: simplified-only
    characters next to a lost-character mark are then garbage too (and the other way round).
    """
    dropped: list[str] = []

    def note(fragment: str) -> None:
        dropped.append(fragment)

    text = _BROKEN.sub(lambda m: _drop(m.group(), note), text)
    # Repeat: text garbled twice ("ÃÅ½") comes back one layer at a time. Every repair shortens
    # the text, so this ends.
    previous = None if _LATIN_LEAD.search(text) else text
    while previous != text:
        previous = text
        text = _LATIN_MOJIBAKE.sub(lambda m: _repair_latin(m.group(), note), text)
    if "锟" in text or "烫烫" in text or "屯屯" in text:
        text = _FILLS.sub(lambda m: _drop(m.group(), note), text)
    # Repeat: dropping one garble can bring the next "??" next to Chinese text.
    previous = None
    while "?" in text and previous != text:
        previous = text
        text = _drop_question_runs(text, note, traditional=traditional)
    text = _drop_rare_runs(text, note)
    return text, _describe(dropped)


def _drop(fragment: str, note: _Note) -> str:
    note(fragment)
    return ""


def _repair_latin(fragment: str, note: _Note) -> str:
    """Chinese UTF-8 shown as CP1252 ("æ˜¯") comes back ("是"); anything else is dropped."""
    for codec in ("cp1252", "latin-1"):
        try:
            repaired = fragment.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        if repaired.isprintable() and _CJK_TEXT.search(repaired):
            return repaired
    note(fragment)
    return ""


def _drop_question_runs(text: str, note: _Note, *, traditional: bool) -> str:
    simplified_only, traditional_only = _one_script_only()
    wrong_script = simplified_only if traditional else traditional_only

    def odd(char: str) -> bool:
        return bool(_odd().match(char)) or _is_rare(char) or char in wrong_script

    pieces: list[str] = []
    last = 0
    kept_last = ""  # the last character of the output so far
    for match in _QUESTION_RUN.finditer(text):
        start, end = match.span()
        if start < last:
            continue
        # The character before the mark as the output will have it (an earlier garble may
        # just have been dropped): one pass then finds what a second pass would.
        before = text[start - 1] if start > last else kept_last
        after = text[end : end + 1]
        marks = match.group().count("?")
        if marks >= 2:
            anchored = bool(_BEFORE_LOST.match(before or " ") or _HAN_CHAR.match(after or " "))
        else:
            anchored = bool(_HAN_CHAR.match(before or " "))
        if not anchored:
            continue
        # Garbage after the mark: odd characters, fewer than _ORDINARY_GAP ordinary ones apart.
        stop = end
        ordinary = 0
        for index in range(end, min(len(text), end + _SCAN_LIMIT)):
            char = text[index]
            if char.isspace():
                break
            if odd(char):
                stop = index + 1
                ordinary = 0
            else:
                ordinary += 1
                if ordinary >= _ORDINARY_GAP:
                    break
        if stop == end and marks == 1:
            continue  # a real question mark followed by ordinary text
        # Rare characters just before the mark belong to the same garble (not Latin letters:
        # "GDP??" keeps its GDP).
        back = 0
        while (
            start > last
            and back < 3
            and (_is_rare(text[start - 1]) or text[start - 1] in wrong_script)
        ):
            start -= 1
            back += 1
        note(text[start:stop])
        if start > last:
            pieces.append(text[last:start])
            kept_last = text[start - 1]
        last = stop
    pieces.append(text[last:])
    return "".join(pieces)


def _drop_rare_runs(text: str, note: _Note) -> str:
    # The rare characters of this text (usually none or a handful), then where they stand: no
    # pattern of this text's rare characters to compile (~0.5 ms, a new one for nearly every
    # text). Where the class of all rare characters is built (``warm_rare_class``: mining
    # reads many texts) they are found by one search of it, ~0.1 ms a report, where
    # ``set(text)`` makes an object of each of its ~45,000 characters, ~0.9 ms; a command that
    # reads one text does without the class (~4 ms to build, even from the pattern cache).
    if _rare_class.cache_info().currsize:  # built (mining builds it before forking)
        rare = set(_rare_class().findall(text))
    else:
        rare = {char for char in set(text) - _common_han() if _is_rare(char)}
    if len(rare) < _RARE_RUN:
        return text
    spans = _runs(sorted(_places(text, rare)), _RARE_RUN)
    if not spans:
        return text
    pieces: list[str] = []
    last = 0
    for start, end in spans:
        note(text[start:end])
        pieces.append(text[last:start])
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def warm_rare_class() -> None:
    """Build the class of rare characters now, for the many texts to come (mining)."""
    _rare_class()


@cache
def _rare_class() -> re.Pattern[str]:
    """A class of every rare character (``_is_rare``): the two ranges without the common ones,
    written as ranges of what is left (~4,300, built from the ~7,000 common characters in
    them); compiled once and then kept in the pattern cache (``compile_lasting``)."""
    from drafter.patterncache import compile_lasting

    common = _common_han()
    parts: list[str] = []
    for low, high in (("\u3400", "\u9fff"), ("\uf900", "\ufaff")):
        at = ord(low)
        for code in sorted(ord(char) for char in common if low <= char <= high):
            if code > at:
                parts.append(_char_range(at, code - 1))
            at = code + 1
        if at <= ord(high):
            parts.append(_char_range(at, ord(high)))
    return compile_lasting("[" + "".join(parts) + "]")


def _char_range(first: int, last: int) -> str:
    return chr(first) if first == last else f"{chr(first)}-{chr(last)}"


def _places(text: str, chars: Iterable[str]) -> list[int]:
    """Where each of ``chars`` stands in ``text`` (each found by ``str.find``, in C)."""
    places = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            places.append(at)
            at = text.find(char, at + 1)
    return places


def _runs(places: list[int], least: int) -> list[tuple[int, int]]:
    """The (start, end) of each run of ``least`` consecutive places or more (``places``
    sorted): what ``[…]{least,}`` of the characters at them finds."""
    spans = []
    first = 0
    for at in range(1, len(places) + 1):
        if at == len(places) or places[at] != places[at - 1] + 1:
            if at - first >= least:
                spans.append((places[first], places[at - 1] + 1))
            first = at
    return spans


def _describe(dropped: list[str]) -> tuple[str, ...]:
    if not dropped:
        return ()
    shown = [f"乱码“{fragment[:12]}”" for fragment in dropped[:_MAX_DESCRIBED]]
    if len(dropped) > _MAX_DESCRIBED:
        shown.append(f"另有乱码 {len(dropped) - _MAX_DESCRIBED} 处")
    return tuple(shown)
