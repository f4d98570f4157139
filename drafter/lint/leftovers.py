"""Leftovers: masks and placeholders a writer forgot to fill (XX, ××, *, 某某, 【】, {…}, ____).

Input: paragraphs. Output: one finding per paragraph and kind of placeholder, so a speech full of
``*`` masks gives one line per paragraph, not one per star.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.lint.model import Finding, Severity, finding, quote_around

# What a mask usually stands for, so a single X or × next to it is a mask too ("X县", "×书记").
_NAME_TAIL = (
    r"(?:县|区|市|州|旗|盟|省|镇|乡|村|社区|街道|书记|县长|区长|市长|州长|镇长|乡长|主任|"
    r"局长|部长|主席|同志|先生|女士|公司|集团|企业|项目|产业园|园区|小组|届|次|年|月|日|号|万|亿|个)"
)

_NOTE_WORDS = (
    r"(?:名称|县名|地名|人名|姓名|单位|数字|数据|填写|待定|待补|待核|此处|时间|日期|XX|××)"
)

# Each alternative is a kind of placeholder; the group name is its kind.
_PLACEHOLDER = re.compile(
    rf"""
    # XX / XXX / xx in Chinese text; never inside a Latin word (XXL, XXI, Xbox).
    (?P<letters>(?<![A-Za-z0-9])(?:[XxＸｘ]{{2,}})(?![A-Za-z]))
    # A single X right before what masks usually stand for: "X县", "X书记"; not "X光", "X射线".
  | (?P<letter>(?<![A-Za-z0-9])[XＸ](?={_NAME_TAIL}))
    # ×× / ×××, or × before what masks stand for (a single × is multiplication, 2×3, or part
    # of a name: “数据要素×”).
  | (?P<crosses>[×✕╳]{{2,}}|(?<![0-9０-９\s])×(?={_NAME_TAIL}))
  | (?P<someone>某某+)
    # Circles and boxes standing for missing characters (○○镇, □□); 〇 is zero (二〇二四).
  | (?P<circles>[○◯□■△]{{2,}}|[○◯□](?={_NAME_TAIL}))
    # Blanks to fill: ____, ＿＿, （  ）, 【】.
  | (?P<blank>_{{2,}}|＿{{2,}}|[（(][ \u3000]{{2,}}[）)]|【\s*】)
    # Template slots and editor notes: {{county}}, 【县名】, 【此处插入……】.
  | (?P<slot>\{{[^{{}}\n]{{0,30}}\}}|\{{\{{|\}}\}})
    # 【待补：项目名称】 left by draft --todo: a fact to supply, not a forgotten note
  | (?P<todo>【待补：[^】\n]{{1,12}}】)
  | (?P<note>【[^】\n]{{0,20}}{_NOTE_WORDS}[^】\n]{{0,20}}】)
    # Stars: "*万亩", "*等5位同志" — not markdown bold (**x**) or a bullet at the start.
  | (?P<star>[*＊]+)
    """,
    re.VERBOSE,
)

_MARKDOWN_BOLD = re.compile(r"\*\*[^*\n]+\*\*")

_LABELS = {
    "letters": "遗留占位符",
    "letter": "遗留占位符",
    "crosses": "遗留占位符",
    "someone": "遗留占位符“某某”",
    "circles": "遗留占位符（缺字符号）",
    "blank": "遗留待填空白",
    "slot": "遗留模板变量",
    "note": "遗留编辑批注",
    "todo": "待补的本地事实",
    "star": "遗留屏蔽符号“*”",
}


def check_leftovers(paragraphs: Sequence[str]) -> list[Finding]:
    findings: list[Finding] = []
    for index, text in enumerate(paragraphs):
        bold = [m.span() for m in _MARKDOWN_BOLD.finditer(text)]
        seen: dict[str, list[re.Match[str]]] = {}
        for match in _PLACEHOLDER.finditer(text):
            kind = match.lastgroup or "letters"
            if kind == "star":
                start = match.start()
                if any(a <= start < b for a, b in bold):
                    continue
                # A markdown bullet "* 项目" or a footnote mark at the very start.
                if text[:start].strip() == "" and text[match.end() : match.end() + 1] in " \t":
                    continue
            seen.setdefault(kind, []).append(match)
        for kind, matches in seen.items():
            first = matches[0]
            label = _LABELS[kind]
            if kind in ("letters", "letter", "crosses"):
                label += f"“{first.group()}”"
            extra = f"（本段共{len(matches)}处）" if len(matches) > 1 else ""
            todo = kind == "todo"
            findings.append(
                finding(
                    f"leftovers.{kind}",
                    Severity.TODO if todo else Severity.ERROR,
                    index,
                    quote_around(text, first.start(), first.end()),
                    f"{label}{extra}，请核实后填写"
                    if todo
                    else f"{label}{extra}，请替换为实际内容",
                )
            )
    return findings
