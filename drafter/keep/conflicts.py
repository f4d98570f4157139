"""Where the writer's kept text and the targets file disagree about a figure.

Input: the merged ``Document`` (writer's paragraphs marked ``origin="writer"``) and the
``Targets`` it was drafted from; output: one Chinese line per conflict. A conflict is a number
the writer typed right after a figure's name (up to the end of the clause group: 。 or ；, or
the next figure's name) that is not one of the numbers the targets file now gives for it —
"地区生产总值达到86.3亿元" when the file now says 88.1. Conflicts are reported, never resolved:
the writer's text stays as it is. A figure the new draft no longer states anywhere (its
paragraph was the writer's to change or delete) is reported too; so is every figure whose
numbers changed since the draft the writer edited (``figure_changes``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence

from drafter.compose.wording import FigureLike, numbers_of
from drafter.document import Document, describe_key
from drafter.keep.record import FIGURE, Entry, figure_key
from drafter.targets import Targets

WINDOW = 40  # characters after a figure's name that can still state it
_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.]*\s*[年月日])")
_STOP = re.compile(r"[。；！？]")


def describe_figure(figure: FigureLike) -> str:
    """What the targets file gives for a figure, as a writer reads it: 88.1亿元，增长7.2%."""
    parts: list[str] = []
    if figure.value is not None:
        parts.append(f"{_plain(figure.value)}{figure.unit or ''}")
    if figure.growth is not None:
        growth = float(figure.growth)
        word = "增长" if growth > 0 else "下降" if growth < 0 else "持平"
        parts.append(word + (f"{_plain(abs(growth))}%" if growth else ""))
    if figure.change_pp is not None:
        change = float(figure.change_pp)
        word = "提高" if change > 0 else "下降" if change < 0 else "持平"
        parts.append(word + (f"{_plain(abs(change))}个百分点" if change else ""))
    if figure.rank:
        parts.append(figure.rank)
    return "，".join(parts)


def _plain(number: object) -> str:
    text = f"{float(str(number)):.6f}".rstrip("0").rstrip(".")
    return text


def figure_conflicts(
    document: Document, targets: Targets, expected: Collection[str] | None = None
) -> tuple[str, ...]:
    """Every conflict between the writer's paragraphs and the targets' figures (see above).
    ``expected``: the figure keys the new draft stated before the writer's paragraphs went in
    (a figure of a section the plan left out is not missed); default: every figure."""
    figures = list(targets.keyed_figures())
    names = [figure.name for _, figure in figures]
    found: list[str] = []
    stated: set[str] = set()
    for index, block in enumerate(document.blocks, start=1):
        writers = bool(block.runs) and all(
            run.provenance is not None and run.provenance.origin == "writer" for run in block.runs
        )
        if not writers:
            for run in block.runs:
                if run.provenance is not None and run.provenance.yaml_key:
                    stated.add(run.provenance.yaml_key)
            continue
        text = block.text
        for name in dict.fromkeys(names):
            same = [(key, figure) for key, figure in figures if figure.name == name]
            for typed in _typed_numbers(text, name, names):
                typed_plain = [_plain(n) for n in typed]

                def fit(item: tuple[str, FigureLike], typed_plain: list[str] = typed_plain) -> int:
                    wanted = {_plain(n) for n in numbers_of(item[1])}
                    return sum(n in wanted for n in typed_plain) - len(typed_plain)

                key, figure = max(same, key=fit)  # first of the best: the review before goals
                stated.add(key)
                if fit((key, figure)) == 0:
                    continue
                wanted = {_plain(n) for n in numbers_of(figure)}
                wrong = [n for n in typed if _plain(n) not in wanted]
                found.append(
                    f"第{index}段（撰稿人原文）写的{figure.name}是"
                    f"{'、'.join(wrong)}，指标文件（{describe_key(key)}）现为"
                    f"{describe_figure(figure)}：请核对，程序未改动这段文字"
                )
    for key, figure in figures:
        if key not in stated and (expected is None or key in expected):
            found.append(
                f"指标文件{describe_key(key)}（{figure.name}，{describe_figure(figure)}）"
                "原在撰稿人改过或删去的段落中，本稿没有写入：如需要请自行补上"
            )
    return tuple(found)


def _typed_numbers(text: str, name: str, names: list[str]) -> Iterator[list[str]]:
    """For each mention of ``name`` in ``text``: the numbers stated for it."""
    start = text.find(name)
    while start >= 0:
        after = start + len(name)
        window = text[after : after + WINDOW]
        stop = _STOP.search(window)
        if stop:
            window = window[: stop.start()]
        for other in names:
            if other != name and other in window and name not in other:
                window = window[: window.index(other)]
        numbers = _NUMBER.findall(window)
        if numbers:
            yield numbers
        start = text.find(name, after)


def figure_changes(entries: Sequence[Entry], targets: Targets) -> tuple[str, ...]:
    """The figures whose numbers the targets file changed since the draft the writer edited
    (by the numbers that draft stated for each, kept in its record)."""
    old = {figure_key(e.slot): e.digest.split(",") for e in entries if e.origin == FIGURE}
    changes = []
    for key, figure in targets.keyed_figures():
        before = [n for n in old.get(key, []) if n]
        if not before:
            continue
        now = [_plain(n) for n in numbers_of(figure)]
        if not set(now) <= {_plain(n) for n in before}:
            changes.append(
                f"指标有变化：{describe_key(key)}（{figure.name}）上一稿为{'、'.join(before)}，"
                f"现为{describe_figure(figure)}"
            )
    return tuple(changes)
