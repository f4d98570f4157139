"""render stage: a composed ``Draft`` + a Jinja template → ``Document``.

The template lays the speech out as lines of text. A line may start with a tag naming its role —
【标题】 【讲话人】 【日期】 【称呼】 【一级标题】 【二级标题】 【三级标题】 【四级标题】 — and an
untagged line is a body paragraph; ``**…**`` sets text in bold (lead sentences). Blank lines are
ignored. templates/README.md documents the tags, variables and functions for writers.

Templates run in Jinja's sandbox with undefined variables as errors, ``None`` printed as nothing,
and ``*``/``**`` guarded so a user template cannot build huge strings. Every error becomes a
``TemplateError`` naming the template file and line. Text coming from the draft carries its
provenance through rendering: ``finalize`` prefixes each composed piece with an invisible marker
that the line parser turns back into the run's ``Provenance``.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from drafter.compose.model import Draft, Paragraph, Piece
from drafter.compose.unit import localise, unit_of
from drafter.compose.wording import (
    count_words,
    format_number,
    join_list,
    ordinal_prefix,
    outline_marker,
    state_achievement,
    state_target,
)
from drafter.document import Block, Document, DocumentMeta, Provenance, Role, Run
from drafter.errors import TemplateError
from drafter.numerals import to_chinese

ROLE_TAGS: dict[str, Role] = {
    "标题": Role.TITLE,
    "讲话人": Role.SPEAKER,
    "日期": Role.DATE,
    "称呼": Role.SALUTATION,
    "一级标题": Role.HEADING_1,
    "二级标题": Role.HEADING_2,
    "三级标题": Role.HEADING_3,
    "四级标题": Role.HEADING_4,
    "正文": Role.BODY,
}
_TAG = re.compile(r"^【(" + "|".join(ROLE_TAGS) + r")】")
_MARK_START, _MARK_END = "\x1f", "\x1e"
_TOKEN = re.compile(r"\x1f(\d+)\x1e|\*\*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

MAX_REPEAT = 20_000  # longest string or list a template may build with * (characters or items)
MAX_POWER = 64


class _GuardedEnvironment(SandboxedEnvironment):
    """The sandbox with ``*`` and ``**`` checked: Jinja's sandbox does not bound them."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator_: str, left: Any, right: Any) -> Any:
        if operator_ == "*":
            for seq, times in ((left, right), (right, left)):
                if (
                    isinstance(seq, (str, list, tuple))
                    and isinstance(times, int)
                    and len(seq) * max(times, 0) > MAX_REPEAT
                ):
                    raise SecurityError("重复次数过大（* 运算的结果过长）")
            return operator.mul(left, right)
        if operator_ == "**":
            if isinstance(right, (int, float)) and abs(right) > MAX_POWER:
                raise SecurityError("乘方的指数过大（** 运算）")
            return operator.pow(left, right)
        return super().call_binop(context, operator_, left, right)


@dataclass(frozen=True, slots=True)
class Template:
    """A template to render: its path, and whether it is a writer's own (for messages)."""

    path: Path
    user: bool = False


class _Marks:
    """Provenance by marker number, filled while the template renders."""

    def __init__(self) -> None:
        self.table: list[Provenance | None] = [None]

    def mark(self, provenance: Provenance | None) -> str:
        if provenance is None:
            return f"{_MARK_START}0{_MARK_END}"
        self.table.append(provenance)
        return f"{_MARK_START}{len(self.table) - 1}{_MARK_END}"

    def piece(self, piece: Piece) -> str:
        return self.mark(piece.provenance) + _clean(piece.text) + self.mark(None)

    def paragraph(self, paragraph: Paragraph) -> str:
        head = f"**{self.piece(paragraph.lead)}**" if paragraph.lead else ""
        return head + "".join(self.piece(p) for p in paragraph.pieces)

    def finalize(self, value: Any) -> Any:
        if value is None:
            return ""
        if isinstance(value, Piece):
            return self.piece(value)
        if isinstance(value, Paragraph):
            return self.paragraph(value)
        return value


def _clean(text: str) -> str:
    return _CONTROL.sub("", text).replace("\n", "")


def make_environment(
    loader: jinja2.BaseLoader, finalize: Callable[[Any], Any]
) -> SandboxedEnvironment:
    env = _GuardedEnvironment(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=finalize,
    )
    env.filters.update(TEMPLATE_FILTERS)
    env.globals.update(TEMPLATE_FUNCTIONS)
    return env


TEMPLATE_FUNCTIONS: dict[str, Callable[..., Any]] = {
    "cn": to_chinese,
    "count_words": count_words,
    "join_list": join_list,
    "outline_marker": outline_marker,
    "ordinal": ordinal_prefix,
    "achievement": state_achievement,
    "target": state_target,
    "number": format_number,
}
TEMPLATE_FILTERS: dict[str, Callable[..., Any]] = {
    "cn": to_chinese,
    "join_list": join_list,
    "number": format_number,
    "achievement": state_achievement,
    "target": state_target,
}


def draft_context(draft: Draft, targets: object | None = None) -> dict[str, Any]:
    """The variables a template sees (the one place a dict crosses a stage boundary)."""
    return {
        "kind": draft.kind,
        "county": draft.county,
        "meeting": draft.meeting,
        "speaker": draft.speaker,
        "date_line": draft.date_line,
        "year": draft.year,
        "last_year": draft.last_year,
        "opening": draft.opening,
        "review": draft.review,
        "problems": draft.problems,
        "goals": draft.goals,
        "transition": draft.transition,
        "parts": draft.parts,
        "closing": draft.closing,
        "seed": draft.seed,
        "speaker_line": draft.speaker_line,
        "county_short": draft.county_short,
        "plan_word": draft.plan_word,
        "review_word": draft.review_word,
        "review_span": draft.review_span,
        "variant": draft.variant,
        "business": draft.business,
        "review_areas": draft.review_areas,
        "closing_wanted": draft.closing_wanted,
        "period": draft.period,
        "phase": draft.phase,
        "unit": draft.unit,
        "targets": targets,
    }


def render_text(template: Template, context: Mapping[str, Any], marks: _Marks | None = None) -> str:
    """Render ``template`` with ``context``; TemplateError (file and line) on any failure."""
    marks = marks or _Marks()
    path = template.path
    if not path.is_file():
        raise TemplateError("模板文件不存在", path=path)
    env = make_environment(jinja2.FileSystemLoader(str(path.parent)), marks.finalize)
    try:
        loaded = env.get_template(path.name)
        return loaded.render(**context)
    except jinja2.TemplateSyntaxError as error:
        raise TemplateError(
            f"{path}:{error.lineno}：模板语法错误：{error.message}", path=path
        ) from None
    except jinja2.UndefinedError as error:
        line = _template_line(error.__traceback__, path)
        raise TemplateError(
            f"{path}:{line}：模板使用了未定义的变量（{_undefined_name(error)}）；"
            "可用的变量见 templates/README.md",
            path=path,
        ) from None
    except SecurityError as error:
        line = _template_line(error.__traceback__, path)
        raise TemplateError(f"{path}:{line}：模板中不允许的操作：{error}", path=path) from None
    except jinja2.TemplateError as error:
        line = _template_line(error.__traceback__, path)
        raise TemplateError(f"{path}:{line}：模板出错：{error}", path=path) from None
    except (
        TypeError,
        ValueError,
        AttributeError,
        KeyError,
        IndexError,
        ZeroDivisionError,
    ) as error:
        line = _template_line(error.__traceback__, path)
        raise TemplateError(
            f"{path}:{line}：模板运行出错：{type(error).__name__}: {error}", path=path
        ) from None
    except UnicodeDecodeError:
        raise TemplateError("模板文件不是 UTF-8 编码，请另存为 UTF-8", path=path) from None
    except RecursionError:
        raise TemplateError("模板嵌套过深（宏或循环递归）", path=path) from None


def _undefined_name(error: jinja2.UndefinedError) -> str:
    match = re.search(r"'([^']+)' is undefined", str(error))
    if match:
        return match.group(1)
    match = re.search(r"has no attribute '([^']+)'", str(error))
    return f"属性 {match.group(1)}" if match else str(error)


def _template_line(trace: TracebackType | None, path: Path) -> str:
    """The template line of the innermost traceback frame that runs the template."""
    line: int | None = None
    name = str(path)
    while trace is not None:
        frame = trace.tb_frame
        if frame.f_code.co_filename in (name, str(path.resolve())):
            line = trace.tb_lineno
        trace = trace.tb_next
    return str(line) if line is not None else "?"


def parse_rendered(
    text: str, marks: _Marks, *, unit: str = "县", county: str = ""
) -> tuple[Block, ...]:
    """Lines of rendered markup → blocks of runs (role tags, ** bold, provenance markers).
    Text that is not the writer's own (template words, glue, bank sentences) is said in the
    words of the county's ``unit`` (区委, 全区 for a district)."""
    blocks: list[Block] = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip(" \t\r\u3000")
        if not line:
            continue
        role = Role.BODY
        match = _TAG.match(line)
        if match:
            role = ROLE_TAGS[match.group(1)]
            line = line[match.end() :].strip(" \t\u3000")
        runs = _runs(line, marks, unit, county)
        if runs and "".join(run.text for run in runs).strip():
            blocks.append(Block(role, runs))
    return tuple(blocks)


def _writers_own(provenance: Provenance | None) -> bool:
    """Text taken verbatim from the targets file (a point, a figure clause, a highlight)."""
    return provenance is not None and provenance.entry is None and provenance.yaml_key is not None


def _runs(line: str, marks: _Marks, unit: str = "县", county: str = "") -> tuple[Run, ...]:
    runs: list[Run] = []
    bold = False
    provenance: Provenance | None = None
    position = 0

    def add(text: str) -> None:
        text = _clean(text)
        if not text:
            return
        if unit != "县" and not _writers_own(provenance):
            text = localise(text, unit, county).replace("\0", "县")
        if runs and runs[-1].bold == bold and runs[-1].provenance == provenance:
            runs[-1] = Run(runs[-1].text + text, bold=bold, provenance=provenance)
        else:
            runs.append(Run(text, bold=bold, provenance=provenance))

    for match in _TOKEN.finditer(line):
        add(line[position : match.start()])
        position = match.end()
        if match.group(0) == "**":
            bold = not bold
        else:
            index = int(match.group(1))
            provenance = marks.table[index] if index < len(marks.table) else None
    add(line[position:])
    return tuple(runs)


def render_speech(
    draft: Draft,
    template: Template,
    *,
    targets: object | None = None,
    meta: DocumentMeta | None = None,
) -> Document:
    """The draft laid out by ``template`` as a ``Document``."""
    marks = _Marks()
    text = render_text(template, draft_context(draft, targets), marks)
    blocks = parse_rendered(text, marks, unit=unit_of(draft.county), county=draft.county)
    if not blocks:
        raise TemplateError("模板没有输出任何内容", path=template.path)
    title = next((b.text for b in blocks if b.role is Role.TITLE), "")
    meta = meta or DocumentMeta()
    meta = DocumentMeta(
        title=meta.title or title,
        author=meta.author or draft.speaker,
        seed=draft.seed if meta.seed is None else meta.seed,
        targets_sha256=meta.targets_sha256,
        generator=meta.generator,
        year=meta.year if meta.year is not None else draft.year,
    )
    return Document(blocks, meta)
