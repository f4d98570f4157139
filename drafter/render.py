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
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from types import CodeType, TracebackType
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
from drafter.records import dataclass

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
MAX_RANGE = 10_000  # longest range() a template may loop over
MAX_OUTPUT = 2_000_000  # characters a template may output (a whole speech is ~10,000)
MAX_SECONDS = 10.0  # a template still running after this is stopped (a loop inside a loop)
MAX_TEMPLATE_BYTES = 512 * 1024  # the shipped templates are 2-6 KB


class _Budget:
    """What one rendering may spend: output characters and time, checked at every output and
    every call the template makes (the sandbox bounds neither)."""

    def __init__(self) -> None:
        self.deadline = time.monotonic() + MAX_SECONDS
        self.output = 0

    def spend(self, characters: int = 0) -> None:
        self.output += characters
        if self.output > MAX_OUTPUT:
            raise SecurityError(f"输出超过 {MAX_OUTPUT} 字（可能是循环次数过多）")
        if time.monotonic() > self.deadline:
            raise SecurityError(f"运行超过 {MAX_SECONDS:.0f} 秒（可能是循环套循环）")


def _guarded_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise SecurityError(f"range() 的范围过大（最多 {MAX_RANGE} 项）")
    return numbers


class _GuardedEnvironment(SandboxedEnvironment):
    """The sandbox with ``*`` and ``**`` checked: Jinja's sandbox does not bound them."""

    intercepted_binops = frozenset({"*", "**"})
    budget: _Budget | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # the shipped templates loaded from their code (``_template``), by that code
        self.shipped: dict[CodeType, jinja2.Template] = {}

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        if __self.budget is not None:
            __self.budget.spend()
        return super().call(__context, __obj, *args, **kwargs)

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
        self.budget = _Budget()

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
) -> _GuardedEnvironment:
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
    env.globals["range"] = _guarded_range
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
        "titled_meeting": titled_meeting(draft.county, draft.meeting, draft.year),
        "speaker": draft.speaker,
        "date_line": draft.date_line,
        "year": draft.year,
        "last_year": draft.last_year,
        "opening": draft.opening,
        "review": draft.review,
        "problems": draft.problems,
        "thanks": draft.thanks,
        "goals": draft.goals,
        "transition": draft.transition,
        "parts": draft.parts,
        # the level-1 points the parts make (fewer than the parts where they are grouped)
        "points": max((p.point or p.number for p in draft.parts), default=0),
        "closing": draft.closing,
        "seed": draft.seed,
        "speaker_line": draft.speaker_line,
        "secretary": draft.secretary,
        "speaker_name": draft.speaker_name,
        "season": draft.season,
        "county_short": draft.county_short,
        "plan_word": draft.plan_word,
        "review_word": draft.review_word,
        "review_span": draft.review_span,
        "variant": draft.variant,
        "business": draft.business,
        "review_areas": draft.review_areas,
        "closing_wanted": draft.closing_wanted,
        "after_congress": draft.after_congress,
        "period": draft.period,
        "phase": draft.phase,
        "plan_name": draft.plan_name,
        "next_plan_name": draft.next_plan_name,
        "guidance": draft.guidance,
        "policy": draft.policy,
        "situation": draft.situation,
        "relayed": draft.relayed,
        "unit": draft.unit,
        "situation_heading": draft.situation_heading,
        "tasks_heading": draft.tasks_heading,
        "review_heading": draft.review_heading,
        "plan_heading": draft.plan_heading,
        "targets": targets,
    }


class _Current:
    """The rendering under way, for an environment kept between renderings."""

    def __init__(self) -> None:
        self.marks = _Marks()

    def finalize(self, value: Any) -> Any:
        return self.marks.finalize(value)


# One environment per template folder for the whole process: it keeps each template compiled
# (Jinja checks the file's time on every use), and compiling is nearly all of a rendering's time
# (~15 ms for a shipped template) while compose re-renders to fit the length.
_ENVIRONMENTS: dict[str, tuple[_GuardedEnvironment, _Current]] = {}


def _environment(folder: Path) -> tuple[_GuardedEnvironment, _Current]:
    found = _ENVIRONMENTS.get(str(folder))
    if found is None:
        current = _Current()
        env = make_environment(jinja2.FileSystemLoader(str(folder)), current.finalize)
        found = _ENVIRONMENTS[str(folder)] = (env, current)
    return found


def _template(env: _GuardedEnvironment, path: Path) -> jinja2.Template:
    """``env.get_template(path.name)``: a shipped template's from its code generated beforehand
    (``drafter.templatecode``: ~4 ms of a draft), any other compiled by Jinja as usual."""
    from drafter.templatecode import shipped_code

    code = shipped_code(env, path)
    if code is None:
        return env.get_template(path.name)
    loaded = env.shipped.get(code)
    if loaded is None:
        loaded = env.shipped[code] = env.template_class.from_code(env, code, env.make_globals(None))
    return loaded


def render_text(template: Template, context: Mapping[str, Any], marks: _Marks | None = None) -> str:
    """Render ``template`` with ``context``; TemplateError (file and line) on any failure."""
    marks = marks or _Marks()
    path = template.path
    if not path.is_file():
        if path.is_dir():
            raise TemplateError("这是一个文件夹，不是模板文件（.j2）", path=path)
        if path.exists():
            raise TemplateError("这不是普通文件（是设备或管道），不是模板文件", path=path)
        raise TemplateError("模板文件不存在", path=path)
    if path.stat().st_size > MAX_TEMPLATE_BYTES:
        raise TemplateError(
            f"模板文件超过 {MAX_TEMPLATE_BYTES // 1024} KB，不像讲话稿模板：请确认选对了文件",
            path=path,
        )
    env, current = _environment(path.parent)
    current.marks = marks
    env.budget = marks.budget
    try:
        loaded = _template(env, path)
        chunks: list[str] = []
        for chunk in loaded.generate(**context):  # streamed, so literal text counts too
            marks.budget.spend(len(chunk))
            chunks.append(chunk)
        return "".join(chunks)
    except jinja2.TemplateSyntaxError as error:
        raise TemplateError(
            f"{path}:{error.lineno}：模板语法错误：{_syntax_message(error.message or '')}",
            path=path,
        ) from None
    except jinja2.UndefinedError as error:
        line = _template_line(error.__traceback__, path)
        raise TemplateError(
            f"{path}:{line}：模板使用了未定义的变量（{_undefined_name(error)}）；"
            "可用的变量见 templates/README.md",
            path=path,
        ) from None
    except SecurityError as error:
        where = _where(error.__traceback__, path)
        raise TemplateError(
            f"{where}：模板中不允许的操作：{_security_message(str(error))}", path=path
        ) from None
    except jinja2.TemplateError as error:
        where = _where(error.__traceback__, path)
        raise TemplateError(
            f"{where}：模板出错：{_syntax_message(error.message or '')}", path=path
        ) from None
    except (
        TypeError,
        ValueError,
        AttributeError,
        KeyError,
        IndexError,
        ZeroDivisionError,
        OverflowError,
        MemoryError,
    ) as error:
        where = _where(error.__traceback__, path)
        raise TemplateError(
            f"{where}：模板运行出错：{_RUNTIME_ERRORS[type(error).__name__]}", path=path
        ) from None
    except UnicodeDecodeError:
        raise TemplateError("模板文件不是 UTF-8 编码，请另存为 UTF-8", path=path) from None
    except RecursionError:
        raise TemplateError("模板嵌套过深（宏或循环递归）", path=path) from None


_RUNTIME_ERRORS = {
    "TypeError": "数据类型不对（例如数字和文字相加，或给不能调用的值加了括号）",
    "ValueError": "值不合适（例如把文字当数字用）",
    "AttributeError": "没有这个属性",
    "KeyError": "没有这个键",
    "IndexError": "下标超出范围",
    "ZeroDivisionError": "除数为零",
    "OverflowError": "数字或范围过大",
    "MemoryError": "占用内存过多（结果过大）",
}

# Jinja's syntax messages, in the writer's words: (pattern, Chinese with {0}, {1} … for groups).
_SYNTAX_MESSAGES = (
    (
        r"Encountered unknown tag '(.+?)'\. Jinja was looking for the following tags: (.+?)\. "
        r"The innermost block that needs to be closed is '(.+?)'\.",
        "不认识的标签 {0}：这里应为 {1}（需要结束的是 {2} 块）",
    ),
    (r"Encountered unknown tag '(.+?)'\..*", "不认识的标签 {0}（拼写错了吗？）"),
    (
        r"Unexpected end of template\. Jinja was looking for the following tags: (.+?)\. "
        r"The innermost block that needs to be closed is '(.+?)'\.",
        "模板到结尾还缺少 {0}（{1} 块没有结束）",
    ),
    (r"[Uu]nexpected end of template, expected '(.+?)'\.?", "模板到结尾还缺少 {0}"),
    (r"[Uu]nexpected end of template.*", "模板意外结束（有没有结束的块或括号）"),
    (r"expected token '(.+?)', got '(.+?)'", "这里应为 {0}，却写了 {1}"),
    (r"unexpected '(.+?)'", "这里不应出现 {0}"),
    (r"unexpected char '(.+?)' at \d+", "不认识的字符 {0}"),
    (r"tag name expected", "{%% 后面缺少标签名"),
    (r"missing end of comment tag", "注释没有结束（缺少 #}})"),
    (r"[Bb]lock '(.+?)' defined twice", "块 {0} 定义了两次"),
    (r"no filter named '(.+?)'", "没有名为 {0} 的过滤器（可用的见 templates/README.md）"),
    (r"no test named '(.+?)'", "没有名为 {0} 的测试"),
    (r"[Cc]an't assign to .*", "这里不能赋值"),
    (r"unexpected end of string", "引号没有结束"),
)
_TOKEN_NAMES = {
    "end of print statement": "}}",
    "end of statement block": "%}",
    "end of template": "模板结尾",
    "begin of print statement": "{{",
    "begin of statement block": "{%",
    "name": "名称",
    "integer": "整数",
    "string": "文字",
}
_SYNTAX_PATTERNS = tuple((re.compile(p, re.S), t) for p, t in _SYNTAX_MESSAGES)


def _syntax_message(message: str) -> str:
    """Jinja's English message as a Chinese one; an unknown message gets a general hint."""
    for pattern, template in _SYNTAX_PATTERNS:
        match = pattern.fullmatch(message.strip())
        if match:
            groups = [
                _TOKEN_NAMES.get(g, g).replace("' or '", " 或 ").replace("'", "")
                for g in match.groups()
            ]
            return template.replace("{%%", "{%").replace("#}}", "#}").format(*groups)
    return "写法有误：请检查这一行的 {% %}、{{ }} 是否成对，标签和变量名是否拼写正确"


def _security_message(message: str) -> str:
    """The sandbox's English refusal as a Chinese one (our own guards already speak Chinese)."""
    if re.search(r"[\u4e00-\u9fff]", message):
        return message
    match = re.search(r"access to attribute '(.+?)' of '(.+?)' object is unsafe", message)
    if match:
        return f"不能访问 {match.group(2)} 的内部属性 {match.group(1)}（模板在沙箱中运行）"
    match = re.search(r"Range too big", message)
    if match:
        return f"range() 的范围过大（最多 {MAX_RANGE} 项）"
    return "模板在沙箱中运行，不能调用这个函数或访问这个属性"


def _undefined_name(error: jinja2.UndefinedError) -> str:
    match = re.search(r"'([^']+)' is undefined", str(error))
    if match:
        return match.group(1)
    match = re.search(r"has no attribute '([^']+)'", str(error))
    return f"属性 {match.group(1)}" if match else str(error)


def _where(trace: TracebackType | None, path: Path) -> str:
    """``file:line`` of the template line that failed, or just the file when no line is known
    (the output budget runs out between two lines)."""
    line = _template_line(trace, path)
    return f"{path}:{line}" if line != "?" else str(path)


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
    """Text taken verbatim from the targets file (a point, a figure clause, a highlight) or
    from the writer's plan."""
    return (
        provenance is not None
        and provenance.entry is None
        and (provenance.yaml_key is not None or provenance.origin is not None)
    )


_ASKING = "【待补："  # a placeholder's opening (``portable.PLACEHOLDER``)
# a sentence holding a placeholder, as its own piece of a text (the pieces between kept)
_ASKING_SENTENCE = re.compile(r"([^。！？；]*【待补：[^。！？；]*[。！？；]?)")


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
        # a sentence asking the writer for a fact (【待补：姓名】) is a run of its own: the .docx
        # highlights the run that holds one, and a template's paragraph is one run otherwise
        # (刚才，【待补：姓名】书记作了重要讲话…… highlighted the whole opening paragraph)
        for piece in _ASKING_SENTENCE.split(text) if _ASKING in text else (text,):
            if not piece:
                continue
            last = runs[-1] if runs else None
            if (
                last is not None
                and last.bold == bold
                and last.provenance == provenance
                and _ASKING not in piece
                and _ASKING not in last.text
            ):
                runs[-1] = Run(last.text + piece, bold=bold, provenance=provenance)
            else:
                runs.append(Run(piece, bold=bold, provenance=provenance))

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


def titled_meeting(county: str, meeting: str, year: int | None = None) -> str:
    """The meeting as a speech's title names it: 县政府第一次全体会议 → 桐渚县人民政府2025年第一次
    全体会议, 县委十四届八次全会 → 澜岗县委十四届八次全会 (a title read outside the county says
    whose); 全县……会议 and a meeting already naming the county stay as written. A government's
    plenary meeting numbered within a year (第一次全体会议) names the ``year`` when it names
    neither a year nor a term (届): round 61's writer read 县政府第一次全体会议 alone as a new
    government's first meeting."""
    unit = county[-1:] if county else ""
    titled = meeting
    if unit and meeting.startswith(unit) and not meeting.startswith(county):
        titled = county + meeting[1:]
    # (a title names the government in full: 峪滦县人民政府, not 峪滦县政府 — round 126's writer)
    government = f"{county}政府" if county else ""
    if government and titled.startswith(government):
        titled = f"{county}人民政府{titled[len(government) :]}"
    if year and _NUMBERED_PLENARY.search(meeting) and not _DATED_OR_TERMED.search(meeting):
        # (the year after the government's name: 峪滦县人民政府2025年第一次全体会议)
        full = f"{county}人民政府"
        titled = (
            f"{full}{year}年{titled[len(full) :]}"
            if county and titled.startswith(full)
            else f"{year}年{titled}"
        )
    return titled


_NUMBERED_PLENARY = re.compile(r"政府第[一二三四五六七八九十]+次全体(?:会议|会)")
_DATED_OR_TERMED = re.compile(r"\d{4}年|[一二三四五六七八九十]+届|届")
