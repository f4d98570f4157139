"""Mojibake: fragments garbled by a wrong decoding (锟斤拷, Ã©, U+FFFD, GBK read off by one byte).

Input: paragraphs as read from the file, before any clean-up that would drop the fragments.
Output: one finding per garbled stretch.

Three kinds of evidence:
* markers that are only ever produced by broken decoding (U+FFFD, 锟斤拷, 烫烫烫, 屯屯屯, Ã©);
* private-use characters (a font's symbols or an unmapped GBK code);
* GBK bytes decoded at the wrong offset, as seen in scraped speeches: Chinese text suddenly
  sprinkled with Cyrillic, box-drawing or bopomofo letters and half-width "?"s where the
  decoder gave up ("?!叭龓А奔", "确??諝赓|量"). One such character may be a real symbol, so
  a stretch needs two pieces of evidence within a few characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.lint.model import Finding, Severity, finding, quote_around

_CERTAIN = re.compile(
    r"\ufffd+|(?:锟斤拷)+|(?:烫){3,}|(?:屯){3,}|锘匡|"
    # UTF-8 read as Latin-1/cp1252: Ã© â€œ ä¸­ — a lead byte letter followed by a C1/Latin-1 sign.
    r"[ÂÃÅÆÐÑâãäåæçèéêëìíîïð][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]+"
)
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]+")

# Letters that GBK stores in its symbol rows and that turn up when GBK is decoded off by a byte.
_ODD = "\u0370-\u03ff\u0400-\u04ff\u2500-\u257f\u3040-\u30ff\u3100-\u312f"
_CJK = "\u3400-\u9fff"
# One piece of evidence each: an odd letter touching Chinese; a half-width ? glued inside Chinese
# text (?! and ?? count twice); a lone Latin letter between Chinese characters.
_EVIDENCE = re.compile(
    rf"(?P<odd>[{_ODD}])"
    rf"|(?P<qq>\?[?!])"
    rf"|(?P<q>(?<=[{_CJK}])\?(?=[{_CJK}])|(?<=[{_CJK}])\?(?=[A-Za-z][{_CJK}]))"
    rf"|(?P<latin>(?<=[{_CJK}?])[A-Za-z](?=[{_CJK}|]))"
)
_WINDOW = 6


def check_mojibake(paragraphs: Sequence[str]) -> list[Finding]:
    findings: list[Finding] = []
    for index, text in enumerate(paragraphs):
        for match in _CERTAIN.finditer(text):
            findings.append(_garbled(index, text, match.start(), match.end()))
        for match in _PRIVATE_USE.finditer(text):
            findings.append(
                finding(
                    "mojibake.private_use",
                    Severity.ERROR,
                    index,
                    quote_around(text, match.start(), match.end()),
                    f"含有无法显示的私用区字符（U+{ord(match.group()[0]):04X}），可能是乱码或特殊字体符号",
                )
            )
        for start, end in _misaligned_stretches(text):
            findings.append(_garbled(index, text, start, end))
    return findings


def _garbled(index: int, text: str, start: int, end: int) -> Finding:
    return finding(
        "mojibake.garbled",
        Severity.ERROR,
        index,
        quote_around(text, start, end, context=6),
        "疑似乱码（编码错误产生的无意义字符），请对照原文修正",
    )


def _misaligned_stretches(text: str) -> list[tuple[int, int]]:
    """Stretches with at least two pieces of evidence no more than ``_WINDOW`` characters apart."""
    hits: list[tuple[int, int, int]] = []  # start, end, weight
    for match in _EVIDENCE.finditer(text):
        kind = match.lastgroup
        if kind == "odd" and not _touches_cjk(text, match.start(), match.end()):
            continue
        hits.append((match.start(), match.end(), 2 if kind == "qq" else 1))
    stretches: list[tuple[int, int]] = []
    group: list[tuple[int, int, int]] = []
    for hit in hits:
        if group and hit[0] - group[-1][1] > _WINDOW:
            _close(group, stretches)
            group = []
        group.append(hit)
    _close(group, stretches)
    return stretches


def _close(group: list[tuple[int, int, int]], stretches: list[tuple[int, int]]) -> None:
    if group and sum(weight for _, _, weight in group) >= 2:
        stretches.append((group[0][0], group[-1][1]))


def _touches_cjk(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return any("\u3400" <= ch <= "\u9fff" for ch in (before, after) if ch)
