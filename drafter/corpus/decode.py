"""Decoding: the bytes of a text file → ``(text, encoding name)``, never a silent mis-decode.

Order of trust (see ../shared/NOTES.md, "Decoding Chinese text files"):

1. the signature of an office or PDF file saved as .txt: not text, with a hint;
2. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
3. NUL bytes: BOM-less UTF-16/UTF-32 when they fall in alternate bytes; NUL padding at the end
   is dropped; otherwise a binary file;
4. strict UTF-8 (unless it is really short BOM-less UTF-16, or a few GB bytes that happen to be
   valid UTF-8: both checked by plausibility);
5. strict GB18030 and Big5-HKSCS (and BOM-less UTF-16 for pure-Chinese files with no NULs), the
   most plausible by a character-frequency score wins: a correct decode of Chinese text is made
   mostly of common characters, a cross-decode is a random draw from thousands;
6. UTF-8 or GB18030 with a handful of broken bytes (a truncated web page), replaced by U+FFFD
   and dropped later as mojibake;
7. charset-normalizer as a last resort;
8. otherwise :class:`CorpusError` ("不是文本文件" for binary data).

"GBK" and "GB2312" are always decoded as gb18030, their superset.
"""

from __future__ import annotations

import codecs
import re
from functools import cache

from drafter.corpus.chars import COMMON_CHARS, HAN_RANGES, LETTER
from drafter.errors import CorpusError
from drafter.records import dataclass

NOT_TEXT = "不是文本文件（可能是二进制文件或已损坏）"
UNKNOWN_ENCODING = "无法识别文件编码（试过 UTF-8、UTF-16、GB18030、Big5），请另存为 UTF-8 后重试"

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

_COMMON_CLASS = "".join(sorted(COMMON_CHARS))
_COMMON_PUNCT = (
    "\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\u201c\u201d\u2018\u2019\u2026\u2014\u00b7"
)
# Full-width Chinese punctuation counts as good evidence too: real text is full of it.
_GOOD = re.compile(f"[{_COMMON_CLASS}\u3001\u3002{_COMMON_PUNCT}\uff05]")
# What a wrong decode produces and real Chinese prose does not: control characters, C1 controls,
# private-use and replacement characters, kana, half-width katakana, box drawing, Greek and
# Cyrillic, Hangul, rare CJK extension blocks, compatibility ideographs.
_BAD_CLASS = (
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u0370-\u052f\u2500-\u259f\u3040-\u30ff\u3400-\u4dbf"
    "\uac00-\ud7ff\ue000-\uf8ff\uf900-\ufaff\ufe10-\ufe1f\uff61-\uff9f\ufffd"
    "\U00020000-\U0010ffff]"
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LETTER = re.compile(LETTER)
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_UNCLEAN_CLASS = f"[^\t\n\r\x20-\x7e\u4e00-\u9fff\u3001-\u3011{_COMMON_PUNCT}]"
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_WHITESPACE = re.compile(r"\s")
_LONE_CR = re.compile(r"\S\r(?!\n)\S")

# Scores are computed on a prefix: enough to decide, cheap on a 50,000-character speech.
_SAMPLE = 20_000
# Below this a strict decode is not trusted on its own (real text scores 0.5–1.0, cross-decodes
# of Chinese 0.0–0.3).
_PLAUSIBLE = 0.35
# ...unless the decode is clean (only ASCII, Chinese characters and punctuation): then short
# texts of less frequent characters ("崭新篇章" scores 0.25) pass, while a random draw of
# characters (European text read as GB18030) scores about 0.03.
_PLAUSIBLE_IF_CLEAN = 0.2
# Encodings charset-normalizer may propose that a Chinese writer's file can really be in; a
# Western one lets a French or English file reach the "no Chinese text" message.
_DETECTABLE = frozenset(
    {
        "utf_8",
        "utf_16",
        "utf_16_le",
        "utf_16_be",
        "utf_32",
        "utf_32_le",
        "utf_32_be",
        "gb18030",
        "gbk",
        "gb2312",
        "hz",
        "big5",
        "big5hkscs",
        "cp950",
        "cp936",
        "ascii",
        "latin_1",
        "cp1252",
        "iso8859_15",
    }
)
# A decode with a few broken bytes (a truncated page, stray CP1252 quotes in UTF-8) is accepted
# when they are at most 3 or this share of the text, and the rest reads as Chinese.
_MAX_BROKEN = 0.01


@cache
def _bad() -> re.Pattern[str]:
    return re.compile(_BAD_CLASS)  # compiled on first use: big ranges are slow to compile


@cache
def _han() -> re.Pattern[str]:
    return re.compile(f"[{HAN_RANGES}]")


@cache
def _unclean() -> re.Pattern[str]:
    return re.compile(_UNCLEAN_CLASS)


@dataclass(frozen=True, slots=True)
class _Candidate:
    text: str
    encoding: str
    score: float
    good: int = 0
    clean: bool = False

    @property
    def rank(self) -> float:
        # Between near-equal scores, the decode with more common characters wins: "年度乡村振兴"
        # in UTF-16 is also valid Big5, as six ASCII letters around one character.
        return self.score + 0.02 * min(self.good, 10)


def plausibility(text: str) -> float:
    """How much ``text`` looks like correctly decoded Chinese, from about -2 (garbage) to 1.

    Only non-ASCII characters count: (common characters − 2 × impossible ones) / non-ASCII.
    Pure ASCII text scores 0.
    """
    sample = text[:_SAMPLE]
    total = len(_NON_ASCII.findall(sample))
    if total == 0:
        return 0.0
    good = len(_GOOD.findall(sample))
    bad = len(_bad().findall(sample))
    return (good - 2 * bad) / total


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a text file; return the text and the name of the encoding used.

    Raises :class:`CorpusError` (without a path; the reader adds it) for binary data and for
    bytes no Chinese encoding explains.
    """
    if data.startswith(tuple(signature for signature, _ in _SIGNATURES)):
        raise CorpusError(_describe_binary(data))
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), name
            except UnicodeDecodeError:
                # A few broken sequences (a truncated file) are dropped later as mojibake.
                text = data[len(bom) :].decode(codec, errors="replace")
                if text.count("\ufffd") <= max(3, len(text) * _MAX_BROKEN):
                    return text, name
                raise CorpusError(
                    f"不是文本文件（有 {name} 标记，但后面的内容无法按 {name} 解码）"
                ) from None

    if b"\x00" in data:
        wide = _decode_wide(data)
        if wide is not None:
            return wide
        # A text file padded with NULs at the end, or with a stray one, is still text.
        stripped = data.rstrip(b"\x00")
        if not stripped or stripped.count(0) > max(2, len(stripped) // 1000):
            raise CorpusError(_describe_binary(data))
        data = stripped.replace(b"\x00", b"")

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if len(data) % 2 == 0 and _maybe_unmarked_utf16(text):
            unmarked = _best_strict(data, ("utf-16-le", "utf-16-be"))
            if unmarked is not None and unmarked.score >= max(0.5, plausibility(text) + 0.3):
                return unmarked.text, unmarked.encoding
        if _maybe_other_encoding(text):
            other = _best_strict(data)
            if other is not None and other.score >= _PLAUSIBLE and other.clean:
                return other.text, other.encoding
        if _looks_binary(text):
            raise CorpusError(_describe_binary(data))
        return text, "utf-8"

    best = _best_strict(data)
    if best is not None and (
        best.score >= _PLAUSIBLE or (best.score >= _PLAUSIBLE_IF_CLEAN and best.clean)
    ):
        return best.text, best.encoding

    broken = _best_lenient(data)
    if broken is not None:
        return broken.text, broken.encoding

    detected = _detect(data)
    if detected is not None:
        return detected

    if _looks_undecodable(data):
        raise CorpusError(_describe_binary(data))
    raise CorpusError(UNKNOWN_ENCODING)


def _maybe_unmarked_utf16(text: str) -> bool:
    """Valid UTF-8 that may really be short BOM-less UTF-16 of Chinese text.

    "乡村振兴" in UTF-16-LE is the ASCII "aNQg/ctQ"; "、重大规" is "\x010͑'Yĉ". Real ASCII text
    has spaces or line breaks, and real UTF-8 text has no control characters.
    """
    if _CONTROL.search(text) or "\x0b" in text:
        return True
    if text.isascii():
        # A lone CR inside a "word" is the byte 0x0D of a UTF-16 code unit.
        return not _WHITESPACE.search(text) or bool(_LONE_CR.search(text))
    # Non-ASCII but not a single Chinese character ("ZP}Y͑ޞ" is 做好重點 in UTF-16-LE).
    return not _LETTER.search(text)


def _maybe_other_encoding(text: str) -> bool:
    """Valid UTF-8 without a Chinese character or an ASCII word, only odd non-ASCII symbols: a
    short GB or Big5 text can be valid UTF-8 by accident ("目150" in GB18030 reads as "Ŀ150").
    A European text ("Résumé") has ASCII letters around its accents and is left alone."""
    return (
        not text.isascii()
        and not _LETTER.search(text)
        and not _ASCII_LETTER.search(text)
        and plausibility(text) <= 0
    )


def _decode_wide(data: bytes) -> tuple[str, str] | None:
    """BOM-less UTF-32/UTF-16: NUL bytes sit in fixed positions of each code unit."""
    candidates: list[_Candidate] = []
    for codec, unit in (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2)):
        if len(data) % unit:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" in text or _looks_binary(text):
            continue
        candidates.append(_Candidate(text, codec, _wide_score(text)))
    if not candidates:
        return None
    best = max(candidates, key=lambda c: c.score)
    if best.score < 0.6:
        return None
    return best.text, best.encoding


def _wide_score(text: str) -> float:
    """Share of characters that are plausible in a text file (ASCII text, common Chinese)."""
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    non_ascii = len(_NON_ASCII.findall(sample))
    ascii_count = len(sample) - non_ascii
    good = len(_GOOD.findall(sample))
    bad = len(_bad().findall(sample))
    # Rare but valid characters (names, symbols) are neutral; impossible ones count against.
    neutral = non_ascii - good - bad
    return (ascii_count + good + 0.5 * neutral - 2 * bad) / len(sample)


def _best_strict(
    data: bytes, codecs_to_try: tuple[str, ...] = ("gb18030", "big5hkscs", "utf-16-le", "utf-16-be")
) -> _Candidate | None:
    candidates: list[_Candidate] = []
    for codec in codecs_to_try:
        if codec.startswith("utf-16") and len(data) % 2:
            continue
        # Pure-Chinese UTF-16 without BOM has no NUL bytes at all, hence tried here too.
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            continue
        sample = text[:_SAMPLE]
        candidates.append(
            _Candidate(
                text,
                codec,
                plausibility(text),
                good=len(_GOOD.findall(sample)),
                clean=not _unclean().search(sample),
            )
        )
    if not candidates:
        return None
    # max() keeps the first of equal ranks: gb18030 wins ties (mainland files are the norm).
    return max(candidates, key=lambda c: c.rank)


def _best_lenient(data: bytes) -> _Candidate | None:
    """UTF-8 or GB18030 with a few broken byte sequences (truncated or spliced web text)."""
    candidates: list[_Candidate] = []
    for codec in ("utf-8", "gb18030"):
        text = data.decode(codec, errors="replace")
        broken = text.count("\ufffd")
        if broken > max(3, len(text) * _MAX_BROKEN) or _looks_binary(text):
            continue
        score = plausibility(text)
        if score >= _PLAUSIBLE:
            candidates.append(_Candidate(text, codec, score))
    if not candidates:
        return None
    return max(candidates, key=lambda c: c.score)


def _detect(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None:
        return None
    text = str(match)
    if match.encoding not in _DETECTABLE and _han().search(text):
        # Chinese characters out of, say, Shift-JIS or cp1006 would be a silent mis-decode; a
        # text with none (a European file) may pass and meet the reader's "no Chinese" message.
        return None
    if not text.strip() or _looks_binary(text) or plausibility(text) < 0:
        return None
    return text, _canonical_name(match.encoding)


def _canonical_name(name: str) -> str:
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return name
    if canonical in {"gbk", "gb2312"}:
        return "gb18030"
    return canonical


def _looks_binary(text: str) -> bool:
    """Control characters other than tab, newlines and form feed: more than a stray one."""
    controls = len(_CONTROL.findall(text[:_SAMPLE]))
    return controls > max(2, len(text[:_SAMPLE]) // 200)


# What a writer may have saved under .txt by mistake, by the first bytes of the file.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "看起来是 Word 文档或压缩包；Word 文档请使用 .docx 扩展名"),
    (b"\xd0\xcf\x11\xe0", "看起来是旧版 Word（.doc）或 WPS 文件；请另存为 .docx 或 .txt"),
    (b"%PDF", "看起来是 PDF 文件；请复制其中文字另存为 .txt"),
    (b"{\\rtf", "看起来是 RTF 文件；请在 Word 或 WPS 中另存为 .docx"),
)


def _describe_binary(data: bytes) -> str:
    for signature, hint in _SIGNATURES:
        if data.startswith(signature):
            return f"不是文本文件（{hint}）"
    return NOT_TEXT


def _looks_undecodable(data: bytes) -> bool:
    replaced = data.decode("gb18030", errors="replace")
    return replaced.count("\ufffd") > len(replaced) // 20 or _looks_binary(replaced)
