"""The readable terminal tree of an ``Outline`` (``drafter outline FILE``): ``Outline`` → ``str``.

Plain text, one element per line: the fixed parts with a Chinese label, headings indented two
spaces per level below 一、, and under each heading the ordinal runs and lead sentences that open
in its section.
"""

from __future__ import annotations

from bisect import bisect_right

from drafter.outline.model import Enumeration, Heading, LeadSentence, Outline, Part, Span

_INDENT = "  "
_SHORT = 40


def format_outline(outline: Outline) -> str:
    """The outline as an indented tree, ready to print."""
    lines: list[str] = []
    if outline.title is not None:
        lines.append(f"标题：{outline.title.text}")
    for part in outline.front:
        lines.append(f"{_INDENT}{part.text}")
    _part(lines, "称呼", outline.salutation, short=False)
    _part(lines, "开头", outline.opening)
    _part(lines, "过渡", outline.transition)

    # Headings and unnumbered section titles, in document order: each owns the text after it.
    anchors: list[tuple[Span, Heading | Part]] = sorted(
        [(h.span, h) for h in outline.headings] + [(p.span, p) for p in outline.sections],
        key=lambda anchor: (anchor[0].paragraph, anchor[0].start),
    )
    keys = [(span.paragraph, span.start) for span, _ in anchors]
    runs: dict[int, list[Enumeration]] = {}
    for enumeration in outline.enumerations:
        runs.setdefault(_owner(keys, enumeration.items[0].span), []).append(enumeration)
    leads: dict[int, list[LeadSentence]] = {}
    for lead in outline.lead_sentences:
        leads.setdefault(_owner(keys, lead.span), []).append(lead)

    _details(lines, _INDENT, runs.get(-1, []), leads.get(-1, []))
    for number, (_span, anchor) in enumerate(anchors):
        if isinstance(anchor, Heading):
            indent = _INDENT * (anchor.level - 1)
            lines.append(f"{indent}{anchor.marker}{anchor.text}")
        else:
            indent = ""
            lines.append(f"【{anchor.text}】")
        _details(lines, indent + _INDENT, runs.get(number, []), leads.get(number, []))
    _part(lines, "结尾", outline.closing)
    if not lines:
        return "（未识别出提纲结构）"
    return "\n".join(lines)


def _part(lines: list[str], label: str, part: Part | None, *, short: bool = True) -> None:
    if part is not None:
        lines.append(f"{label}：{_shorten(part.text) if short else part.text}")


def _details(
    lines: list[str], indent: str, runs: list[Enumeration], leads: list[LeadSentence]
) -> None:
    for enumeration in runs:
        items = "｜".join(_shorten(item.text, 16) for item in enumeration.items)
        kinds = {item.marker[-1] for item in enumeration.items if item.marker[-1] in "是要"}
        mixed = "，混用" if len(kinds) > 1 else ""
        lines.append(f"{indent}· {enumeration.style}…（{enumeration.count}项{mixed}）：{items}")
    if leads:
        lines.append(f"{indent}· 领句：" + "｜".join(lead.text for lead in leads))


def _owner(keys: list[tuple[int, int]], span: Span) -> int:
    """Index of the heading whose section holds ``span`` (-1 before the first heading)."""
    return bisect_right(keys, (span.paragraph, span.start)) - 1


def _shorten(text: str, limit: int = _SHORT) -> str:
    return text if len(text) <= limit else text[:limit] + "……"
