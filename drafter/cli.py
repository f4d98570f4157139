"""The command line: parse arguments, call the pipeline, print. Nothing else lives here.

Every command is a plain function declared with its arguments and options (``drafter.commandline``
parses them and writes the Chinese help); each imports its stage lazily, so ``drafter --help``
and commands that do not need jieba start fast. ``DrafterError`` is caught in exactly one place,
``run``: its Chinese message goes to stderr and the process exits with the error's code, never
with a traceback.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from drafter import __version__
from drafter.commandline import INTEGER, PATH, TEXT, Argument, Command, Option

if TYPE_CHECKING:
    from drafter.pipeline import DraftResult

SUMMARY = "县级政府讲话稿起草助手：挖掘讲话稿语料，按指标文件生成讲话稿，排版并检查。"

# Every command by name, in the order ``drafter --help`` lists them.
COMMANDS: dict[str, Command] = {}


def command(*params: Argument | Option) -> Callable[[Callable[..., object]], Callable[..., object]]:
    """Declare the function as the command of its name, taking ``params``."""

    def declare(run: Callable[..., object]) -> Callable[..., object]:
        COMMANDS[run.__name__] = Command(run.__name__, run, params)
        return run

    return declare


def echo(text: str, *, err: bool = False) -> None:
    """One line to stdout (or stderr), flushed: the two interleave as they are written."""
    stream = sys.stderr if err else sys.stdout
    stream.write(f"{text}\n")
    stream.flush()


MAX_SEED = 1_000_000  # as the targets file's seed: (drafter.targets.model)

# How a .txt/.md file is encoded: the same option for draft, plan and typeset.
ENCODING = Option(
    ("--encoding",),
    "encoding",
    "文本文件的编码：utf-8（默认）、utf-8-bom（带 BOM、Windows 换行，旧版记事本可读）"
    "或 gb18030（中文 Windows 的 ANSI）。",
    kind=TEXT,
    default="utf-8",
)

# The phrase bank a command reads: the same option, help and default wherever it appears.
BANK = Option(("--bank",), "bank", "短语库文件夹；默认用自带的短语库。", kind=PATH)

# The font preset of a .docx (drafter typeset and draft).
FONTS = Option(
    ("--fonts",),
    "fonts",
    "字体方案：gb2312（默认，仿宋_GB2312 等）"
    "或 windows（Windows、WPS 自带的仿宋、楷体、黑体、宋体）。",
    kind=TEXT,
)
FORCE = Option(("--force",), "force", "覆盖已有文件。")
STYLE = Option(("--style",), "style", "排版样式文件（YAML），覆盖默认的公文格式。", kind=PATH)
TEMPLATE = Option(
    ("--template",), "template", "自定义 Jinja 模板（写法见 templates/README.md）。", kind=PATH
)
FORMAT = Option(
    ("--format",), "fmt", "输出格式 docx、md 或 txt；默认按输出文件的扩展名。", kind=TEXT
)
TARGETS_FILE = Argument("file", "指标文件", "指标文件（.yaml）。")


def _print_json(data: object) -> None:
    import json  # only for --json: not on every start

    echo(json.dumps(data, ensure_ascii=False, indent=2))


@command(
    Argument("file", "讲话稿", "讲话稿文件（.txt/.md/.docx/.doc/.wps/.pdf）。"),
    Option(("--json",), "as_json", "输出约定格式的 JSON。"),
    Option(("--verbose", "-v"), "verbose", "显示所用编码和清除的网页杂质。"),
)
def outline(file: Path, as_json: bool, verbose: bool) -> None:
    """显示一篇讲话稿的提纲结构（标题、层级标题、一是二是、过渡语、结尾）。"""
    from drafter.corpus import read_speech
    from drafter.outline import format_outline, parse_outline

    source = read_speech(file)
    if verbose:
        note = f"{source.name}：编码 {source.encoding}"
        if source.traditional:
            note += "，已由繁体转为简体"
        echo(note, err=True)
        for removed in source.removed:
            echo(f"  已清除：{removed}", err=True)
    parsed = parse_outline(source.paragraphs)
    if as_json:
        _print_json(parsed.to_json())
    else:
        echo(format_outline(parsed))


@command(
    Argument("file", "讲话稿", "要检查的讲话稿（.txt/.md/.docx/.doc/.wps/.pdf）。"),
    Option(("--targets", "-t"), "targets", "指标文件（.yaml）：核对数字、县名和年份。", kind=PATH),
    Option(
        ("--county", "-c"),
        "county",
        "本县（市、区）名称：检查是否混入其他地方的名称。",
        kind=TEXT,
    ),
    Option(("--json",), "as_json", "以 JSON 输出检查结果（供其他程序使用）。"),
    Option(
        ("--bank",),
        "bank",
        "短语库文件夹：其中清除的外地名称，以及（用 --county 挖掘的）"
        "本县名称用在其他县稿件中的，都作为外地名称报出。",
        kind=PATH,
    ),
)
def lint(
    file: Path, targets: Path | None, county: str | None, as_json: bool, bank: Path | None
) -> int:
    """检查讲话稿：遗留占位符、外地名称、序号、数字、年份、重复句、标点和乱码。

    发现错误时退出码为 1，只有警告或没有问题时为 0，文件无法读取时为 2。
    """
    from drafter.lint import count_errors, lint_file

    loaded = None
    if targets is not None:
        from drafter.targets import load_targets

        loaded = load_targets(targets)
    foreign: tuple[str, ...] = ()
    if bank is not None:
        from drafter.names.own import foreign_names_of

        foreign = foreign_names_of(bank, county or (loaded.county if loaded else None))
    findings = lint_file(
        file, targets=loaded, county=county, foreign_names=foreign, use_bank=bank is None
    )
    errors, warnings = count_errors(findings)
    if as_json:
        _print_json([item.to_json() for item in findings])
    else:
        for item in findings:
            echo(item.format())
        if findings:
            from drafter.lint import count_todo

            todo = count_todo(findings)
            tail = f"，{todo} 处待补" if todo else ""
            echo(f"共 {errors} 个错误，{warnings} 个警告{tail}。")
        else:
            echo("未发现问题。")
    return 1 if errors else 0


@command(
    TARGETS_FILE,
    Option(
        ("--bank",),
        "bank",
        "短语库文件夹（检查主题是否存在）；默认用自带的短语库。",
        kind=PATH,
    ),
)
def check(file: Path, bank: Path | None) -> None:
    """检查指标文件：列出全部问题（行号、列号和改法）；通过时概述将要起草的稿件。"""
    from drafter.resources import resolve_bank
    from drafter.targets.check import check_targets
    from drafter.targets.summary import summarise_targets

    bank_dir, templates = resolve_bank(bank)
    checked = check_targets(file, bank_dir=bank_dir, templates_dir=templates)
    echo(
        summarise_targets(
            checked.targets, source=str(file), encoding=checked.encoding, notes=checked.notes
        )
    )


@command(
    Argument(
        "file",
        "文件",
        "要写的指标文件；默认为当前文件夹下的“县名.yaml”（不写 --county 时用示例县名）。",
        required=False,
    ),
    Option(
        ("--kind", "-k"),
        "kind",
        "讲话类型（drafter kinds 列出全部）。",
        kind=TEXT,
        default="work_meeting",
    ),
    Option(("--county", "-c"), "county", "县（市、区）名称，替换示例中的县名。", kind=TEXT),
    Option(("--force",), "force", "文件已存在时覆盖。"),
)
def init(file: Path | None, kind: str, county: str | None, force: bool) -> None:
    """生成一份带详细中文注释的指标文件示例，改成本县的数字即可起草。"""
    from drafter.resources import examples_dir
    from drafter.targets.example import init_targets

    written = init_targets(file, kind=kind, county=county, force=force, examples_dir=examples_dir())
    echo(f"已生成 {written}：按注释改成本县的内容后，运行 drafter check {written} 检查。")


@command()
def kinds() -> None:
    """列出可以起草的讲话类型。"""
    from drafter.kinds import SPEECH_KINDS

    width = max(len(kind.name) for kind in SPEECH_KINDS)
    title_width = max(len(kind.title_cn) for kind in SPEECH_KINDS)
    for kind in SPEECH_KINDS:
        title = kind.title_cn.ljust(title_width, "\u3000")  # full-width pad keeps columns
        echo(f"{kind.name.ljust(width)}  {title}  {kind.description}")


def _check_seed(seed: int | None) -> None:
    from drafter.errors import UsageError

    if seed is not None and not 0 <= seed <= MAX_SEED:
        # the same range as the targets file's seed:
        raise UsageError(f"--seed 的值无效：写 0 到 {MAX_SEED} 之间的整数，如 1")


@command(
    TARGETS_FILE,
    Option(
        ("--out", "-o"),
        "out",
        "输出文件（.docx/.md/.txt）；写 - 则把文字输出到屏幕。",
        kind=TEXT,
        required=True,
    ),
    BANK,
    TEMPLATE,
    Option(
        ("--seed",),
        "seed",
        "变体编号：同一文件、同一编号生成完全相同的稿件；默认取指标文件中的 seed。",
        kind=INTEGER,
    ),
    FORMAT,
    FORCE,
    Option(("--ignore-check",), "ignore_check", "自检未通过也写入（问题会列在屏幕上）。"),
    ENCODING,
    Option(("--explain",), "explain", "逐段说明来自哪些短语库条目和指标文件中的哪些项。"),
    Option(("--comments",), "comments", "在 .docx 中以批注标明每句的来源。"),
    STYLE,
    FONTS,
    Option(
        ("--plan",),
        "plan_file",
        "按审定的提纲起草（drafter plan 生成、撰稿人修改过的 .docx/.md/.txt）："
        "提纲中的标题和领句原样保留，删去的部分不写，新加的部分按其话题组织素材。",
        kind=PATH,
    ),
    Option(
        ("--todo",),
        "todo",
        "需要本地事实（项目名称、设施名称、本地品牌、今年的具体数字）的句子也写入，事实处留"
        "【待补：……】（.docx 中黄色突出显示），写完后逐条列出；不加时这样的句子不写。",
    ),
    Option(
        ("--keep",),
        "keep",
        "保留撰稿人在这份稿件（drafter 起草、在 Word/WPS 中改过的 .docx）中的修改："
        "改过和新写的段落原样保留，删去的段落不再出现，未改动的段落重新生成。",
        kind=PATH,
    ),
)
def draft(
    file: Path,
    out: str,
    bank: Path | None,
    template: Path | None,
    seed: int | None,
    fmt: str | None,
    force: bool,
    ignore_check: bool,
    encoding: str,
    explain: bool,
    comments: bool,
    style: Path | None,
    fonts: str | None,
    plan_file: Path | None,
    todo: bool,
    keep: Path | None,
) -> None:
    """按指标文件和短语库起草讲话稿：生成、自检，通过后写入文件。"""
    from drafter.pipeline import run_draft

    _check_seed(seed)
    target = None if out == "-" else Path(out)
    if plan_file is not None or keep is not None:
        from drafter.redraft import run_redraft

        redraft = run_redraft(
            file,
            target,
            plan=plan_file,
            keep=keep,
            bank_dir=bank,
            template=template,
            seed=seed,
            fmt=fmt,
            force=force,
            ignore_check=ignore_check,
            encoding=encoding,
            comments=comments,
            style_path=style,
            fonts=fonts,
        )
        for line in (*redraft.notes, *redraft.report):
            echo(f"提示：{line}", err=True)
        for conflict in redraft.conflicts:
            echo(f"冲突：{conflict}", err=True)
        _echo_draft(redraft.result, target, explain, style, fonts)
        return
    result = run_draft(
        file,
        target,
        bank_dir=bank,
        template=template,
        seed=seed,
        fmt=fmt,
        force=force,
        ignore_check=ignore_check,
        encoding=encoding,
        comments=comments,
        style_path=style,
        fonts=fonts,
        todo=todo,
    )
    _echo_draft(result, target, explain, style, fonts)


def _echo_draft(
    result: DraftResult, target: Path | None, explain: bool, style: Path | None, fonts: str | None
) -> None:
    from drafter.pipeline import explain as explain_document

    for warning in result.warnings:
        echo(f"提示：{warning}", err=True)
    for problem in result.problems:
        echo(f"自检未通过（已按 --ignore-check 写入）：{problem}", err=True)
    if explain:
        echo(explain_document(result.document), err=target is None)
    if target is not None:
        echo(f"已写入 {target}（{result.characters} 字）", err=True)
        _echo_fonts(target, style, fonts)
    todo = result.todo
    if todo:
        echo(f"稿中有 {len(todo)} 处待补的本地事实，请核实后填写：", err=True)
        for number, context in todo:
            echo(f"  第{number}段：……{context}……", err=True)


@command(
    TARGETS_FILE,
    Option(
        ("--out", "-o"),
        "out",
        "输出的提纲（.docx/.md/.txt）；写 - 则输出到屏幕。",
        kind=TEXT,
        required=True,
    ),
    BANK,
    TEMPLATE,
    Option(
        ("--seed",), "seed", "变体编号；默认取指标文件中的 seed（与 draft 相同）。", kind=INTEGER
    ),
    FORMAT,
    FORCE,
    Option(("--comments",), "comments", "在 .docx 中以批注标明每个标题、领句的来源。"),
    STYLE,
    FONTS,
    ENCODING,
)
def plan(
    file: Path,
    out: str,
    bank: Path | None,
    template: Path | None,
    seed: int | None,
    fmt: str | None,
    force: bool,
    comments: bool,
    style: Path | None,
    fonts: str | None,
    encoding: str,
) -> None:
    """生成讲话提纲：标题、各部分标题和领句、各部分篇幅，供领导审定，再用 draft --plan 起草。"""
    from drafter.plan.document import plan_style
    from drafter.plan.draft import make_plan
    from drafter.writers import write_document

    _check_seed(seed)
    target = None if out == "-" else Path(out)
    chosen = plan_style(style, fonts)
    made = make_plan(file, bank_dir=bank, template=template, seed=seed)
    write_document(
        made.document,
        target,
        fmt=fmt,
        style=chosen,
        comments=comments,
        force=force,
        encoding=encoding,
    )
    if target is not None:
        echo(
            f"已写入 {target}（{len(made.plan.parts)} 个部分）：审定、修改后用 "
            f"drafter draft {file} --plan {target} -o 讲话稿.docx 起草",
            err=True,
        )


@command(
    Argument("file", "讲话稿", "已有的讲话稿（.txt/.md/.docx/.doc/.wps/.pdf）。"),
    Option(("--out", "-o"), "out", "输出文件（.docx；也可 .md/.txt）。", kind=PATH, required=True),
    STYLE,
    FORCE,
    FONTS,
    ENCODING,
)
def typeset(
    file: Path, out: Path, style: Path | None, force: bool, fonts: str | None, encoding: str
) -> None:
    """把已有的讲话稿按公文格式排版：标题、讲话人、称谓、各级标题字体、段首句加粗、页码。"""
    from drafter.corpus import read_speech
    from drafter.outline import parse_outline
    from drafter.writers import document_from_outline, resolve_style, write_document

    chosen = resolve_style(style, fonts)
    document = document_from_outline(parse_outline(read_speech(file).paragraphs))
    write_document(document, out, style=chosen, force=force, encoding=encoding)
    echo(f"已写入 {out}（{len(document.blocks)} 段）", err=True)
    _echo_fonts(out, style, fonts)


def _echo_fonts(out: Path, style: Path | None, fonts: str | None) -> None:
    """After a .docx: the fonts the reader's machine needs."""
    from drafter.writers import fonts_note, resolve_style

    if out.suffix.lower() == ".docx":
        echo(fonts_note(resolve_style(style, fonts)), err=True)


@command(
    Argument(
        "corpus",
        "语料",
        "讲话稿文件或文件夹（.txt/.md/.docx/.doc/.wps/.pdf），可写多个。",
        many=True,
    ),
    Option(("--out", "-o"), "out", "输出的短语库文件夹。", kind=PATH, required=True),
    Option(("--force",), "force", "短语库文件夹已存在时覆盖。"),
    Option(("--report",), "report", "列出清除的地方名称及原因、舍弃的候选。"),
    Option(
        ("--topics",),
        "topics_file",
        "话题分类文件（topics.yaml）；默认沿用输出短语库或自带的。",
        kind=PATH,
    ),
    Option(
        ("--county", "-c"),
        "county",
        "语料是本县（市、区）自己的历年材料：两年以上出现的本地名称保留原文，只用于本县的稿件。",
        kind=TEXT,
    ),
)
def mine(
    corpus: list[Path],
    out: Path,
    force: bool,
    report: bool,
    topics_file: Path | None,
    county: str | None,
) -> None:
    """从讲话稿语料中挖掘短语库：标题、框架、领句、正文句、数据句式、排比短语等。"""
    from drafter.mining.commands import run_mine
    from drafter.mining.report import format_scrubbed, format_summary

    bar = None
    if sys.stderr.isatty():
        from drafter.terminal import progress_bar

        bar = progress_bar
    had_curated = (out / "curated.yaml").is_file()
    result = run_mine(
        corpus, out, force=force, topics_file=topics_file, progress=bar, county=county
    )
    echo(format_summary(result, detailed=report), err=True)
    if not had_curated and (out / "curated.yaml").is_file():
        echo(
            "已附带自带短语库中的通用手工条目 curated.yaml（不含地名），可按本县情况修改或删除。",
            err=True,
        )
    if report:
        echo(format_scrubbed(result))
    echo(f"短语库已写入 {out}", err=True)


@command(
    Option(("--kind", "-k"), "kind", "只看某类条目（如 heading、body、领句）。", kind=TEXT),
    Option(("--topic", "-t"), "topic", "只看某个话题。", kind=TEXT),
    Option(("--grep", "-g"), "grep", "只看包含这段文字的条目。", kind=TEXT),
    Option(("--show-source",), "show_source", "显示每条的出处原句（从语料文件中读取）。"),
    Option(("--json",), "as_json", "以 JSON 输出。"),
    BANK,
    Option(("--corpus",), "corpus", "出处原句所在的语料文件夹；默认用自带的 corpus。", kind=PATH),
    Option(("--limit", "-n"), "limit", "最多显示多少条；0 表示不限。", kind=INTEGER, default=0),
)
def phrases(
    kind: str | None,
    topic: str | None,
    grep: str | None,
    show_source: bool,
    as_json: bool,
    bank: Path | None,
    corpus: Path | None,
    limit: int,
) -> None:
    """浏览、检索短语库中的条目。"""
    from drafter.mining.commands import run_phrases
    from drafter.resources import resolve_bank

    listing = run_phrases(
        resolve_bank(bank)[0] if bank is not None else None,
        kind=kind,
        topic=topic,
        grep=grep,
        show_source=show_source,
        as_json=as_json,
        corpus=corpus,
        limit=limit,
    )
    if listing.text:
        echo(listing.text)
    if listing.note:
        echo(listing.note, err=True)


@command(BANK, Option(("--json",), "as_json", "以 JSON 输出。"))
def topics(bank: Path | None, as_json: bool) -> None:
    """列出话题及各话题在短语库中各类条目的数量。"""
    from drafter.mining.commands import run_topics
    from drafter.resources import resolve_bank

    echo(run_topics(resolve_bank(bank)[0] if bank is not None else None, as_json=as_json))


@command(
    Argument(
        "folder",
        "文件夹",
        "要写入的文件夹（新建）；其中放短语库 phrasebank/ 和模板 templates/。",
    ),
    Option(("--force",), "force", "文件夹已存在（以前导出过）时覆盖。"),
)
def export(folder: Path, force: bool) -> None:
    """把自带的短语库和模板复制到自己的文件夹，修改后用 --bank 文件夹 起草。"""
    from drafter.output import replace_dir_atomic
    from drafter.resources import BANK_FOLDER, export_files

    replace_dir_atomic(folder, export_files(), force=force, marker=f"{BANK_FOLDER}/topics.yaml")
    echo(
        f"已把短语库和模板复制到 {folder}：修改其中的 phrasebank/ 和 templates/ 后，"
        f"用 drafter draft 指标文件.yaml -o 讲话稿.docx --bank {folder} 起草"
        f"（check、phrases、topics 也认 --bank {folder}）。",
        err=True,
    )


def run(argv: Sequence[str], prog: str = "drafter") -> int:
    """Run the command line ``argv`` (the words after the program's name); return the exit code.

    The one boundary between the pipeline and the person at the terminal: a ``DrafterError``
    (usage errors too) is shown in Chinese on stderr, without a traceback, and becomes its exit
    code; Ctrl-C is 130. Anything else is a bug and keeps its traceback."""
    from drafter.commandline import (
        HELP_NAMES,
        CommandLineError,
        command_help,
        group_help,
        parse_command,
        unknown_command,
    )
    from drafter.errors import DrafterError

    try:
        for at, word in enumerate(argv):
            if word == "--version":
                echo(f"drafter {__version__}")
                return 0
            if word in HELP_NAMES:
                break
            if word.startswith("-"):
                raise CommandLineError(f"没有这个选项：{word}", command=prog)
            chosen = COMMANDS.get(word)
            if chosen is None:
                raise unknown_command(word, list(COMMANDS), prog)
            path = f"{prog} {word}"
            values = parse_command(chosen, argv[at + 1 :], path)
            if values is None:
                echo(command_help(chosen, path))
                return 0
            code = chosen.run(**values)
            return code if isinstance(code, int) else 0
        echo(group_help(prog, SUMMARY, list(COMMANDS.values())))
        return 0
    except DrafterError as error:
        echo(str(error), err=True)
        return error.exit_code
    except KeyboardInterrupt:
        echo("已中断，未写入任何文件。", err=True)
        return 130


def _terminate(signum: int, frame: object) -> None:
    # Treat `kill` like Ctrl-C, so every `finally` that removes a temporary file still runs.
    raise KeyboardInterrupt


def main() -> None:
    """Run the CLI (entry point behind ``drafter.main``)."""
    from drafter.errors import OutputError
    from drafter.terminal import console_hint, install_console_streams

    streams = install_console_streams()
    signal.signal(signal.SIGTERM, _terminate)
    code: int | str | None = 0
    try:
        code = run(sys.argv[1:], _program_name())
    except SystemExit as done:
        code = done.code
    except KeyboardInterrupt:  # arrived outside a command (while parsing arguments)
        sys.stderr.write("已中断，未写入任何文件。\n")
        code = 130
    except BrokenPipeError:  # `drafter outline x | head`
        _quiet_broken_pipe()
        sys.exit(0)
    try:
        sys.stdout.flush()  # what is still buffered fails here, not at interpreter exit
    except BrokenPipeError:
        _quiet_broken_pipe()
    except OutputError as error:
        sys.stderr.write(f"{error}\n")
        code = error.exit_code
    hint = console_hint(streams)
    if hint is not None and sys.__stderr__ is not None:
        sys.__stderr__.write(hint)
    sys.exit(code)


def _program_name() -> str:
    """How help and usage errors name the program: as it was started."""
    import os

    name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else "drafter"
    if name in ("__main__.py", "-c", ""):
        return "python -m drafter"
    return os.path.splitext(name)[0] if name.endswith((".exe", ".py")) else name


def _quiet_broken_pipe() -> None:
    # The reader went away: nothing more can be shown, and Python must not complain at exit.
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ is not None else 1)
    finally:
        os.close(devnull)
