"""Punctuation: half-width marks in Chinese text, unmatched pairs, headings ending badly.

Input: paragraphs (for half-width marks, the paragraphs as written, before normalisation turned
them full-width) and the outline. Output: findings.

Chinese official text uses full-width marks (，。：；？！（）“”); a half-width comma or colon
next to a Chinese character is a typing slip. Inside one paragraph quotes, book-title marks and
brackets come in pairs. A heading ends with nothing or 。, never with ，、； and rarely with ：.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from drafter.lint.model import Finding, Severity, finding, quote_around
from drafter.outline.model import Outline

_CJK = "\u3400-\u9fff"
# A half-width mark touching a Chinese character (or a closing quote/bracket that does).
# "." only where it ends a Chinese sentence: never in 1.5, 1. or www.gov.cn.
_HALF = re.compile(
    rf"(?<=[{_CJK}”’）》])\s?[,;:?!](?!\d)|[,;:?!]\s?(?=[{_CJK}“‘（《])"
    rf"|(?<=[{_CJK}])\.(?=\s*$|\s*[{_CJK}“])"
    rf"|(?<=[{_CJK}])\s?\((?=[{_CJK}])|(?<=[{_CJK}])\)|\((?=[{_CJK}])"
    rf'|(?<=[{_CJK}])"|"(?=[{_CJK}])'
)

_PAIRS = {"“": "”", "《": "》", "（": "）", "(": ")", "【": "】", "‘": "’", "〈": "〉"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
# Half-width and full-width brackets close each other without a mismatch finding here: the
# half-width check reports the half-width one.
_SAME = {"(": "（", ")": "）"}
_NAMES = {
    "“": "引号“”",
    "《": "书名号《》",
    "（": "括号（）",
    "【": "方括号【】",
    "‘": "单引号‘’",
    "〈": "书名号〈〉",
}

_BAD_HEADING_END = {
    **dict.fromkeys("，、；,;", Severity.ERROR),
    **dict.fromkeys("：:", Severity.WARNING),
}


def check_halfwidth(raw: Iterable[tuple[int, str]]) -> list[Finding]:
    """``raw`` pairs a paragraph index with the text as written in the file."""
    findings: list[Finding] = []
    for index, text in raw:
        matches = list(_HALF.finditer(text))
        if not matches:
            continue
        first = matches[0]
        marks = "".join(sorted({m.group().strip() for m in matches}))
        extra = f"，本段共{len(matches)}处" if len(matches) > 1 else ""
        findings.append(
            finding(
                "punctuation.halfwidth",
                Severity.WARNING,
                index,
                quote_around(text, first.start(), first.end()),
                f"中文中使用了半角标点“{marks}”{extra}，应改为全角标点",
            )
        )
    return findings


def check_pairs(paragraphs: Sequence[str]) -> list[Finding]:
    problems = [_first_unmatched(text) for text in paragraphs]
    findings: list[Finding] = []
    for index, text in enumerate(paragraphs):
        problem = problems[index]
        if problem is None or _broken_line(paragraphs, problems, index):
            continue
        position, mark = problem
        opener = _CLOSERS.get(mark, mark)
        opener = _SAME.get(opener, opener)
        name = _NAMES.get(opener, f"“{mark}”")
        findings.append(
            finding(
                "punctuation.unmatched",
                Severity.ERROR,
                index,
                quote_around(text, position, position + 1),
                f"{name}不成对（“{mark}”没有与之配对的符号）",
            )
        )
    return findings


def _broken_line(
    paragraphs: Sequence[str], problems: Sequence[tuple[int, str] | None], index: int
) -> bool:
    """A quotation broken over lines (scraped text, or a quote of several paragraphs): an opener
    left open in one paragraph and a closer without opener in one of the next few, with only
    clean paragraphs between."""
    problem = problems[index]
    if problem is None:
        return False
    mark = problem[1]
    step = 1 if mark in _PAIRS else -1
    partner = _PAIRS.get(mark) or _CLOSERS.get(mark)
    other = index + step
    while 0 <= other < len(paragraphs) and abs(other - index) <= _BROKEN_SPAN:
        found = problems[other]
        if found is not None:
            return found[1] == partner
        other += step
    return False


_BROKEN_SPAN = 4


def _first_unmatched(text: str) -> tuple[int, str] | None:
    stack: list[tuple[int, str]] = []
    for position, ch in enumerate(text):
        if ch in _PAIRS:
            # “ inside “…” is a second opener typed for a closer (“十四五“): report the first one
            # only when nothing closes it later.
            stack.append((position, ch))
        elif ch in _CLOSERS:
            want = _SAME.get(_CLOSERS[ch], _CLOSERS[ch])
            for depth in range(len(stack) - 1, -1, -1):
                if _SAME.get(stack[depth][1], stack[depth][1]) == want:
                    unclosed = stack[depth + 1 :]
                    del stack[depth:]
                    if unclosed:
                        return unclosed[0]
                    break
            else:
                if ch in "）)" and _LIST_MARKER.search(text, 0, position):
                    continue
                return position, ch
    return stack[0] if stack else None


# "1）" / "一）" used as a list marker has no opening bracket.
_LIST_MARKER = re.compile(
    r"(?:^|[。；：！？\s])\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[a-zA-Z])$"
)


def check_heading_ends(outline: Outline) -> list[Finding]:
    findings: list[Finding] = []
    for heading in outline.headings:
        if heading.body or heading.level > 2:
            continue
        text = outline.paragraphs[heading.span.paragraph].rstrip()
        if not text:
            continue
        severity = _BAD_HEADING_END.get(text[-1])
        if severity is None:
            continue
        findings.append(
            finding(
                "punctuation.heading_end",
                severity,
                heading.span.paragraph,
                quote_around(text, len(text) - 1, len(text), context=16),
                f"标题“{heading.marker}”以“{text[-1]}”结尾，标题末尾应不加标点或用句号",
            )
        )
    return findings
