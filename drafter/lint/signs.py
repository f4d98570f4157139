"""Signs: a direction word with a negative number ("增长-3.5%"), wrong in any speech.

Input: paragraphs. Output: findings. The checks against the targets file's own signs live in
``figures``; this one needs no targets file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.lint.model import Finding, Severity, finding, quote_around

_UP = ("增长", "增加", "提高", "上升", "提升", "增幅")
_NEGATIVE_GROWTH = re.compile(r"(增长|增加|提高|上升|下降|减少|降低)\s*[-－−]\s*\d+(?:\.\d+)?")


def check_signs(paragraphs: Sequence[str]) -> list[Finding]:
    """ "增长-3.5%" / "下降-2%": a sign inside a word that already says the direction."""
    findings: list[Finding] = []
    for index, text in enumerate(paragraphs):
        for match in _NEGATIVE_GROWTH.finditer(text):
            word = match.group(1)
            fixed = "下降" if word in _UP else "增长"
            findings.append(
                finding(
                    "figures.sign",
                    Severity.ERROR,
                    index,
                    quote_around(text, match.start(), match.end()),
                    f"“{match.group()}”自相矛盾：负增长应写作“{fixed}”加正数",
                )
            )
    return findings
