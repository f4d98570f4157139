"""Numbering: headings and ordinal runs out of sequence, and "讲N点意见" that miscounts.

Input: the outline (headings with level and marker) and its paragraphs. Output: findings.

* Headings: under one parent, 一、二、三、 (and （一） 1. （1）) count up by one. A repeat, a gap
  or a step back is an error; starting again at 一 is allowed (a work report numbers its review
  and its plan separately). A （一） before any 一、 in a speech that has 一、 headings is an error.
* Ordinal runs (一是/二是, 一要/二要, 第一，/第二，, 其一/其二) in the body, with the outline's
  marker grammar: a 要 item continuing a 是 run (一要……二是……三要) is a mixed run; 一是……三是
  is a skip; 二是……二是 a repeat. Runs of different families nest (一要 [一是 二是] 二要) and a
  heading closes every open run.
* A transition that announces a number of points ("下面，我讲四点意见", "强调四个方面的意见")
  must be followed by that many parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.lint.model import Finding, Severity, finding, quote_around
from drafter.numerals import from_chinese, to_chinese
from drafter.outline.markers import ITEM_BOUNDARY, ORDINAL, SAYING_AFTER_ORDINAL
from drafter.outline.model import Heading, Outline
from drafter.records import dataclass

_LEVEL_NAMES = {1: "一级标题", 2: "二级标题", 3: "三级标题", 4: "四级标题"}
_CHECKED_FAMILIES = frozenset({"shi", "yao", "di", "qi"})
_SPACE = " \t\u3000\xa0"

# "讲四点意见", "强调四个方面的意见", "抓好九个方面工作", "从三个方面谈几点体会".
_ANNOUNCE = re.compile(
    r"(?:讲|谈|强调|提|说|抓好|做好|部署|突出|把握|聚焦|围绕|从)(?:以下|这么|这)?"
    r"(?P<n>[一二三四五六七八九十两]{1,3}|\d{1,2})(?:点|个方面|方面|个问题|条意见)"
    r"(?:的)?(?:意见|看法|体会|要求|建议|工作|重点工作|任务|重点|问题|内容)?"
)


def check_numbering(outline: Outline) -> list[Finding]:
    findings = _check_headings(outline)
    findings += _check_empty_parts(outline)
    runs, run_findings = _scan_runs(outline)
    findings += run_findings
    findings += _check_announcements(outline, runs)
    return findings


# --- headings -------------------------------------------------------------------------------


def _check_headings(outline: Outline) -> list[Finding]:
    findings: list[Finding] = []
    paragraphs = outline.paragraphs
    last: dict[int, int] = {}  # level → last ordinal under the current parent
    has_level1 = any(h.level == 1 for h in outline.headings)
    seen_levels: set[int] = set()
    warned_no_top = False
    for heading in outline.headings:
        level, number = heading.level, heading.ordinal
        for deeper in [lv for lv in last if lv > level]:
            del last[deeper]
        text = paragraphs[heading.span.paragraph]
        quote = quote_around(text, heading.span.start, heading.span.end, context=0)
        if level > 1 and not any(lv < level for lv in seen_levels):
            if level == 2 and has_level1:
                findings.append(
                    finding(
                        "numbering.orphan_heading",
                        Severity.ERROR,
                        heading.span.paragraph,
                        quote,
                        f"二级标题“{heading.marker}”前面没有一级标题（一、二、……）",
                    )
                )
            elif level == 2 and not warned_no_top and not has_level1:
                warned_no_top = True
                findings.append(
                    finding(
                        "numbering.orphan_heading",
                        Severity.WARNING,
                        heading.span.paragraph,
                        quote,
                        "全文只有（一）（二）……而没有一级标题（一、二、……），请确认层级",
                    )
                )
        seen_levels.add(level)
        if number <= 0:
            continue
        previous = last.get(level)
        last[level] = number
        name = _LEVEL_NAMES.get(level, "标题")
        if previous is None:
            if number != 1:
                findings.append(
                    finding(
                        "numbering.gap",
                        Severity.ERROR,
                        heading.span.paragraph,
                        quote,
                        f"{name}编号从“{heading.marker}”开始，缺少前面的序号",
                    )
                )
            continue
        if number == 1 and previous > 1:
            continue  # numbering starts again (a new part of a work report)
        if number == previous:
            code, message = "numbering.repeat", f"{name}编号“{heading.marker}”重复"
        elif number > previous + 1:
            code, message = (
                "numbering.gap",
                f"{name}编号跳号：上一个是{_cn(previous)}，此处是“{heading.marker}”",
            )
        elif number < previous:
            code, message = (
                "numbering.order",
                f"{name}编号顺序错乱：上一个是{_cn(previous)}，此处是“{heading.marker}”",
            )
        else:
            continue
        findings.append(finding(code, Severity.ERROR, heading.span.paragraph, quote, message))
    return findings


def _check_empty_parts(outline: Outline) -> list[Finding]:
    """A heading followed directly by a heading of its own level or above (or by nothing): its
    part says nothing ("二、抓落实" straight after "一、抓项目" with no paragraph between)."""
    findings: list[Finding] = []
    paragraphs = outline.paragraphs
    headings = sorted(outline.headings, key=lambda h: (h.span.paragraph, h.span.start))
    for number, heading in enumerate(headings):
        if heading.body.strip() or paragraphs[heading.span.paragraph][heading.span.end :].strip():
            continue  # the heading runs into its body on the same line
        following = headings[number + 1] if number + 1 < len(headings) else None
        if following is not None:
            between = paragraphs[heading.span.paragraph + 1 : following.span.paragraph]
            if any(text.strip() for text in between) or following.level > heading.level:
                continue
        elif any(text.strip() for text in paragraphs[heading.span.paragraph + 1 :]):
            continue
        name = _LEVEL_NAMES.get(heading.level, "标题")
        text = paragraphs[heading.span.paragraph]
        findings.append(
            finding(
                "numbering.empty_part",
                Severity.ERROR,
                heading.span.paragraph,
                quote_around(text, heading.span.start, heading.span.end, context=0),
                f"{name}下面没有内容"
                + ("，紧接着就是下一个标题" if following is not None else "，全文到此结束"),
            )
        )
    return findings


def _cn(number: int) -> str:
    return to_chinese(number) if 0 < number < 100 else str(number)


# --- ordinal runs ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Run:
    family: str
    marker: str
    paragraph: int
    position: int
    last: int
    count: int = 1
    nested: bool = False


_FAMILY_WORD = {"shi": "是", "yao": "要"}


def _scan_runs(outline: Outline) -> tuple[list[_Run], list[Finding]]:
    """Every run (for announcement counts) and every mixed, skipped or repeated item."""
    paragraphs = outline.paragraphs
    scope_starts: dict[int, int] = {}
    for heading in outline.headings:
        scope_starts.setdefault(heading.span.paragraph, heading.span.start)
    runs: list[_Run] = []
    findings: list[Finding] = []
    stack: list[_Run] = []
    for index, text in enumerate(paragraphs):
        if index in scope_starts:
            stack.clear()
        for match in ORDINAL.finditer(text):
            family = match.lastgroup or ""
            if family not in _CHECKED_FAMILIES:
                continue
            number = from_chinese(match.group(f"n_{family}")) or 0
            if number <= 0:
                continue
            boundary = _boundary(text, match.start())
            if boundary == "none":
                continue
            if family in _FAMILY_WORD and SAYING_AFTER_ORDINAL.match(text, match.end()):
                continue
            marker = match.group().rstrip("，,：:、")
            if number == 1:
                while (
                    stack and stack[-1].family != family and any(r.family == family for r in stack)
                ):
                    stack.pop()
                if stack and stack[-1].family == family:
                    stack.pop()
                run = _Run(family, marker, index, match.start(), 1, nested=bool(stack))
                stack.append(run)
                runs.append(run)
                continue
            own = next((r for r in reversed(stack) if r.family == family), None)
            quote = quote_around(text, match.start(), match.end(), context=12)
            if own is not None:
                while stack[-1] is not own:
                    stack.pop()
                if number == own.last + 1:
                    own.last, own.count = number, own.count + 1
                    continue
                if boundary == "comma" and own.paragraph != index:
                    continue
                if number == own.last:
                    code, message = "numbering.run_repeat", f"序号“{marker}”重复"
                elif number > own.last + 1:
                    code, message = (
                        "numbering.run_gap",
                        f"序号跳号：上一项是第{_cn(own.last)}项，此处是“{marker}”",
                    )
                else:
                    code, message = (
                        "numbering.run_order",
                        f"序号顺序错乱：上一个是第{_cn(own.last)}项，此处是“{marker}”",
                    )
                own.last = max(own.last, number)
                findings.append(finding(code, Severity.ERROR, index, quote, message))
                continue
            top = stack[-1] if stack else None
            # Inside one paragraph a comma separates items too: 一要抓项目，二是抓招商
            if (
                top is not None
                and top.last == number - 1
                and (boundary != "comma" or top.paragraph == index)
            ):
                # 一要……二是: the item continues a run of the other family.
                first = top.marker
                top.last, top.count = number, top.count + 1
                findings.append(
                    finding(
                        "numbering.run_mixed",
                        Severity.ERROR,
                        index,
                        quote,
                        f"序号用语不统一：前面用“{first}”，此处用“{marker}”，应统一为"
                        f"“{_cn(number)}{first[-1] if top.family in _FAMILY_WORD else ''}”",
                    )
                )
                continue
            if boundary == "comma":
                continue
            findings.append(
                finding(
                    "numbering.run_gap",
                    Severity.WARNING,
                    index,
                    quote,
                    f"序号“{marker}”前面没有找到第一项（如“{_first_marker(family)}”）",
                )
            )
            run = _Run(family, marker, index, match.start(), number, nested=bool(stack))
            stack.append(run)
    return runs, findings


def _first_marker(family: str) -> str:
    return {"shi": "一是", "yao": "一要", "di": "第一", "qi": "其一"}.get(family, "一")


def _boundary(text: str, position: int) -> str:
    index = position - 1
    while index >= 0 and text[index] in _SPACE:
        index -= 1
    if index < 0:
        return "start"
    before = text[index]
    if before in ITEM_BOUNDARY or before in "、":
        return "start"
    if before in "，,":
        return "comma"
    return "none"


# --- announced counts -----------------------------------------------------------------------


def _check_announcements(outline: Outline, runs: Sequence[_Run]) -> list[Finding]:
    findings: list[Finding] = []
    paragraphs = outline.paragraphs
    headings = outline.headings
    for index, text in enumerate(paragraphs):
        if len(text) > 400 and index not in _transition_indexes(outline):
            # announcements sit in short transition paragraphs or at the end of the opening
            tail = text[-120:]
            offset = len(text) - len(tail)
        else:
            tail, offset = text, 0
        for match in _ANNOUNCE.finditer(tail):
            announced = _number(match.group("n"))
            if announced is None or announced < 2:
                continue
            start = offset + match.start()
            counted = _count_following(headings, runs, index, offset + match.end(), paragraphs)
            if counted is None or counted == announced:
                continue
            findings.append(
                finding(
                    "numbering.announced",
                    Severity.ERROR,
                    index,
                    quote_around(text, start, offset + match.end(), context=8),
                    f"预告讲{_cn(announced)}点（个方面），但其后实际有{_cn(counted)}个部分",
                )
            )
    return findings


def _place(heading: Heading) -> tuple[int, int]:
    return heading.span.paragraph, heading.span.start


def _transition_indexes(outline: Outline) -> set[int]:
    return {outline.transition.span.paragraph} if outline.transition is not None else set()


def _number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    if token == "两":
        return 2
    return from_chinese(token)


def _count_following(
    headings: Sequence[Heading],
    runs: Sequence[_Run],
    index: int,
    position: int,
    paragraphs: Sequence[str],
) -> int | None:
    """How many parts follow the announcement at ``paragraphs[index][position]``: the next
    run of sibling headings, or a run of 一是/一要 items that starts right after it."""
    next_heading = next(
        (h for h in headings if (h.span.paragraph, h.span.start) > (index, position)), None
    )
    for run in runs:
        if (run.paragraph, run.position) < (index, position):
            continue
        before_heading = next_heading is None or (run.paragraph, run.position) < (
            next_heading.span.paragraph,
            next_heading.span.start,
        )
        if before_heading and run.paragraph <= index + 1:
            return run.count
        break
    if next_heading is None or next_heading.span.paragraph > index + 2 or next_heading.ordinal != 1:
        return None
    level = next_heading.level
    count = 0
    for heading in headings:
        if (heading.span.paragraph, heading.span.start) < (
            next_heading.span.paragraph,
            next_heading.span.start,
        ):
            continue
        if heading.level < level:
            break
        if heading.level == level:
            if heading.ordinal == 1 and count > 0:
                break
            count += 1
    return count
