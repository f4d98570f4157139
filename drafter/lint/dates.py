"""Dates: a year that contradicts the speech's own year (今年 next to last year's number).

Input: paragraphs and the speech's year (given, from the targets file, or read from the date
line or title). Output: findings.

A copied paragraph keeps its old years: "今年要确保完成2024年目标" in a 2025 speech. Only a
relative year word (今年/去年/明年/前年) and an explicit year in the same clause are compared;
an explicit year used as a comparison base ("比2023年", "较2023年同期", "2023年底以来") or a
range ("2023—2025年") says nothing about which year 今年 is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.lint.model import Finding, Severity, finding, quote_around

_RELATIVE = {"今年": 0, "本年度": 0, "去年": -1, "上一年": -1, "明年": 1, "前年": -2}
_RELATIVE_WORD = re.compile(r"今年|本年度|去年|上一年|明年|前年")
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d)\s*年(?!代)")
_CLAUSE = re.compile(r"[^，。；！？：,;!?:\n]+")
# Before an explicit year: comparison, range or starting point.
_BASE_BEFORE = re.compile(
    r"(?:比|较|与|同|和|及|于|自|从|到|至|截至|截止|—|－|-|~|～|、|对比|相比)\s*$"
)
# After it: a base period or a span ("2023年底", "2023年同期", "2023年以来").
_BASE_AFTER = re.compile(
    r"^\s*(?:年?底|年?末|年初|同期|以来|相比|比|的基础上|基础上|水平|[—－~～-]|、|至|到|"
    r"[一二三四五六七八九十\d]+月|上半年|下半年|前|之前|以前|第[一二三四]季度|[一二三四]季度)"
)
_DATE_LINE = re.compile(r"((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-\d{1,2}-\d{1,2}(?!\d)")
_TITLE_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*年")
_CONVENE = re.compile(r"召开(?:的)?((?:19|20)\d\d)\s*年")


def infer_year(paragraphs: Sequence[str]) -> int | None:
    """The speech's year from its date line, dated title or "今天，我们召开2022年……" opening."""
    head = paragraphs[:8]
    for text in head:
        if len(text) <= 60:
            match = _DATE_LINE.search(text) or _ISO_DATE.search(text)
            if match:
                return int(match.group(1))
    for text in head[:3]:
        match = _TITLE_YEAR.search(text)
        if match and len(text) <= 60:
            return int(match.group(1))
    for text in head[:5]:
        match = _CONVENE.search(text)
        if match:
            return int(match.group(1))
    return None


def check_dates(paragraphs: Sequence[str], year: int | None) -> list[Finding]:
    if year is None:
        return []
    findings: list[Finding] = []
    for index, text in enumerate(paragraphs):
        for clause in _CLAUSE.finditer(text):
            words = list(_RELATIVE_WORD.finditer(clause.group()))
            if not words:
                continue
            years = list(_YEAR.finditer(clause.group()))
            if not years:
                continue
            word = words[0]
            expected = year + _RELATIVE[word.group()]
            for match in years:
                stated = int(match.group(1))
                if stated == expected or _is_base(clause.group(), match):
                    continue
                # Another relative word in the clause may be the one this year belongs to
                # ("去年2024年……今年").
                if any(year + _RELATIVE[w.group()] == stated for w in words):
                    continue
                start = clause.start() + min(word.start(), match.start())
                end = clause.start() + max(word.end(), match.end())
                findings.append(
                    finding(
                        "dates.year",
                        Severity.ERROR,
                        index,
                        quote_around(text, start, end, context=8),
                        f"“{word.group()}”应为{expected}年，但同一句中写的是{stated}年"
                        f"（讲话年度为{year}年），疑为沿用旧稿",
                    )
                )
                break
    return findings


def _is_base(clause: str, match: re.Match[str]) -> bool:
    before = clause[max(0, match.start() - 4) : match.start()]
    after = clause[match.end() : match.end() + 6]
    return bool(_BASE_BEFORE.search(before) or _BASE_AFTER.match(after))
