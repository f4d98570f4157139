"""How a plan is written as lines of text, and read back: one grammar for both directions.

    在县政府第一次全体会议上的讲话（提纲）          ← title (the first line), 提纲 marked
    青禾县县长 / （2025年2月10日）                   ← lines before the first part: for reading
    （全文约5000字，开篇部分约占18%）                ← a note in full brackets: ignored
    一、全力以赴抓项目扩投资                           ← a part: 一、二、… (renumbered when read)
    〔话题：项目建设；指标文件重点工作第1项；约占全文16%，约800字〕
    （一）聚焦项目主战场                    ← a lead: （一）, 1. 1、, - or an unmarked line

The bracketed line under a heading ties the part to a topic of the bank and a section of the
targets file (its figures and points) and gives its share; a writer may change or delete it.
"""

from __future__ import annotations

import re

from drafter.numerals import to_chinese
from drafter.records import dataclass

TITLE_MARK = "（提纲）"
PART = re.compile(r"^([一二三四五六七八九十]{1,3})\s*[、.．]\s*(.+)$")
LEAD = re.compile(
    r"^(?:[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}\s*[.．、)）]|[-*+•·●○■□◆]|[①-⑳])\s*(.+)$"
)
NOTE = re.compile(r"^[（(][^）)]*[）)]$")  # a whole line in brackets, not （一）…
ANNOTATION = re.compile(r"^[〔【\[]([^〕】\]]*)[〕】\]]$")
_TOPIC = re.compile(r"话题\s*[：:]\s*([^；;，,\s〕]+)")
_SECTION = re.compile(r"重点工作\s*第\s*(\d{1,2})\s*项")
_SHARE = re.compile(r"约占全文\s*(\d{1,3}(?:\.\d+)?)\s*[%％]")
_CHARS = re.compile(r"约\s*(\d{2,6})\s*字")
_END = "。；;，, \u3000"


@dataclass(frozen=True, slots=True)
class Annotation:
    topic: str | None = None
    section: int | None = None  # 0-based
    share: float | None = None  # percent
    chars: int | None = None


def format_annotation(
    topic: str | None, section: int | None, share: float | None, length: int | None
) -> str:
    items = []
    if topic:
        items.append(f"话题：{topic}")
    if section is not None:
        items.append(f"指标文件重点工作第{section + 1}项")
    if share is not None:
        chars = f"，约{round(share * length / 100, -1):.0f}字" if length else ""
        items.append(f"约占全文{share:.0f}%{chars}")
    return "〔" + "；".join(items) + "〕"


def parse_annotation(text: str) -> Annotation:
    topic = _TOPIC.search(text)
    section = _SECTION.search(text)
    share = _SHARE.search(text)
    chars = _CHARS.search(text)
    return Annotation(
        topic=topic.group(1) if topic else None,
        section=int(section.group(1)) - 1 if section else None,
        share=float(share.group(1)) if share else None,
        chars=int(chars.group(1)) if chars else None,
    )


def part_line(number: int, heading: str) -> str:
    return f"{to_chinese(number)}、{heading}"


def lead_line(number: int, lead: str) -> str:
    return f"（{to_chinese(number)}）{lead}"


def clean_heading(text: str) -> str:
    """A heading or lead as the writer typed it, without the closing 。 (the draft adds its own
    punctuation) and surrounding spaces."""
    return text.strip(" \t\u3000").rstrip(_END).strip(" \t\u3000")


def plain_title(text: str) -> str:
    text = text.strip(" \t\u3000")
    if text.endswith(TITLE_MARK):
        text = text[: -len(TITLE_MARK)]
    return text.rstrip(" \u3000")
