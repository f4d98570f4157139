"""The command line: parse arguments, call the pipeline, print. Nothing else lives here.

Every command imports its stage lazily, so ``drafter --help`` and commands that do not need jieba
start fast. ``DrafterError`` is caught in exactly one place (``DrafterGroup.invoke`` in
``drafter.terminal``): its Chinese
message goes to stderr and the process exits with the error's code, never with a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from drafter import __version__
from drafter.terminal import DrafterGroup

app = typer.Typer(
    cls=DrafterGroup,
    name="drafter",
    help="县级政府讲话稿起草助手：挖掘讲话稿语料，按指标文件生成讲话稿，排版并检查。",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"drafter {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="显示版本号并退出。"),
    ] = False,
) -> None:
    """县级政府讲话稿起草助手。"""


def _print_json(data: object) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


@app.command()
def outline(
    file: Annotated[Path, typer.Argument(help="讲话稿文件（.txt/.md/.docx）。")],
    as_json: Annotated[bool, typer.Option("--json", help="输出约定格式的 JSON。")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="显示所用编码和清除的网页杂质。")
    ] = False,
) -> None:
    """显示一篇讲话稿的提纲结构（标题、层级标题、一是二是、过渡语、结尾）。"""
    from drafter.corpus import read_speech
    from drafter.outline import format_outline, parse_outline

    source = read_speech(file)
    if verbose:
        note = f"{source.name}：编码 {source.encoding}"
        if source.traditional:
            note += "，已由繁体转为简体"
        typer.echo(note, err=True)
        for removed in source.removed:
            typer.echo(f"  已清除：{removed}", err=True)
    parsed = parse_outline(source.paragraphs)
    if as_json:
        _print_json(parsed.to_json())
    else:
        typer.echo(format_outline(parsed))


@app.command()
def check(
    file: Annotated[Path, typer.Argument(help="指标文件（.yaml）。")],
    bank: Annotated[
        Path | None,
        typer.Option("--bank", help="短语库文件夹（检查主题是否存在）；默认用自带的短语库。"),
    ] = None,
) -> None:
    """检查指标文件：列出全部问题（行号、列号和改法）；通过时概述将要起草的稿件。"""
    from drafter.resources import default_bank_dir, templates_dir
    from drafter.targets.check import check_targets
    from drafter.targets.summary import summarise_targets

    targets = check_targets(
        file,
        bank_dir=bank if bank is not None else default_bank_dir(),
        templates_dir=templates_dir(),
    )
    typer.echo(summarise_targets(targets, source=file.name))


@app.command()
def init(
    file: Annotated[
        Path | None,
        typer.Argument(
            help="要写的指标文件；默认为当前文件夹下的“县名.yaml”。", show_default=False
        ),
    ] = None,
    kind: Annotated[
        str, typer.Option("--kind", "-k", help="讲话类型（drafter kinds 列出全部）。")
    ] = "work_meeting",
    county: Annotated[
        str | None, typer.Option("--county", "-c", help="县（市、区）名称，替换示例中的县名。")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="文件已存在时覆盖。")] = False,
) -> None:
    """生成一份带详细中文注释的指标文件示例，改成本县的数字即可起草。"""
    from drafter.resources import examples_dir
    from drafter.targets.example import init_targets

    written = init_targets(file, kind=kind, county=county, force=force, examples_dir=examples_dir())
    typer.echo(f"已生成 {written}：按注释改成本县的内容后，运行 drafter check {written} 检查。")


@app.command()
def kinds() -> None:
    """列出可以起草的讲话类型。"""
    from drafter.kinds import SPEECH_KINDS

    width = max(len(kind.name) for kind in SPEECH_KINDS)
    for kind in SPEECH_KINDS:
        typer.echo(f"{kind.name.ljust(width)}  {kind.title_cn}：{kind.description}")


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except BrokenPipeError:  # `drafter outline x | head`
        sys.stderr.close()
        sys.exit(0)
