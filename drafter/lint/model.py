"""Types of the lint stage: what a check reports.

Input of every check is the speech as paragraphs (the same tuple the outline parser reads);
output is a tuple of ``Finding`` objects, ordered by paragraph.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from drafter.records import dataclass


class Severity(str, Enum):
    """An error must be fixed before the speech goes to the leader; a warning asks for a look;
    a 待补 is a fact the writer still has to fill in."""

    ERROR = "error"
    WARNING = "warning"
    TODO = "todo"  # 【待补：……】 left by ``draft --todo``: a fact the writer is to supply

    @property
    def label(self) -> str:
        return {"error": "错误", "warning": "警告", "todo": "待补"}[self.value]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem at one place.

    ``code`` is ``check.detail`` (``leftovers.mask``, ``numbering.gap`` …): the part before the dot
    names the check. ``paragraph`` is 1-based (what a person counts); 0 means the whole speech.
    ``quote`` is the text around the problem, ``message`` says in Chinese what is wrong.
    """

    code: str
    severity: Severity
    paragraph: int
    quote: str
    message: str

    @property
    def check(self) -> str:
        return self.code.partition(".")[0]

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "paragraph": self.paragraph,
            "quote": self.quote,
            "message": self.message,
        }

    def format(self) -> str:
        """``第12段 [错误] 遗留占位符“XX”：……XX县……`` — one line for people."""
        place = f"第{self.paragraph}段" if self.paragraph > 0 else "全文"
        line = f"{place} [{self.severity.label}] {self.message}"
        if self.quote:
            line += f"：“{self.quote}”"
        return line


def quote_around(text: str, start: int, end: int, context: int = 10) -> str:
    """The matched stretch with ``context`` characters either side, marked with …… when cut."""
    left = max(0, start - context)
    right = min(len(text), end + context)
    quote = text[left:right].replace("\n", " ")
    if left > 0:
        quote = "……" + quote
    if right < len(text):
        quote += "……"
    return quote


def finding(code: str, severity: Severity, index: int, quote: str, message: str) -> Finding:
    """A finding at the 0-based paragraph ``index`` (stored 1-based)."""
    return Finding(code, severity, index + 1, quote, message)
