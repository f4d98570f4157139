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


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except BrokenPipeError:  # `drafter outline x | head`
        sys.stderr.close()
        sys.exit(0)
