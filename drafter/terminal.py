"""The command-line framework speaking Chinese: help screens and usage errors.

typer (and the click it vendors) writes its own help headings and usage errors in English.
Writers read those too, so ``DrafterGroup`` translates them at the two places they surface:
``get_help`` for help screens and ``main`` for usage errors. ``DrafterError`` is caught here, the
single boundary between the pipeline and the person at the terminal.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from drafter.errors import DrafterError

_HELP_WORDS = (
    ("Usage:", "用法："),
    ("Arguments:", "参数："),
    ("Options:", "选项："),
    ("Commands:", "命令："),
    ("Show this message and exit.", "显示本帮助并退出。"),
    ("[required]", "[必填]"),
    ("[default: ", "[默认："),
    ("[OPTIONS]", "[选项]"),
    ("COMMAND [ARGS]...", "命令 [参数]..."),
)

_USAGE_PATTERNS = (
    (re.compile(r"^Missing argument '(.+?)'\.?$"), "缺少参数 {0}"),
    (re.compile(r"^Missing option '(.+?)'\.?$"), "缺少选项 {0}"),
    (re.compile(r"^Missing parameter: (.+)$"), "缺少参数 {0}"),
    (
        re.compile(r"^No such option: (\S+) \(Possible options: (.+)\)$"),
        "没有这个选项：{0}（可用的有：{1}）",
    ),
    (
        re.compile(r"^No such option: (\S+?)\.? Did you mean (.+?)\?$"),
        "没有这个选项：{0}（是不是 {1}？）",
    ),
    (re.compile(r"^No such option: (\S+)$"), "没有这个选项：{0}"),
    (re.compile(r"^No such command '(.+?)'\.$"), "没有这个命令：{0}"),
    (re.compile(r"^Missing command\.$"), "缺少命令"),
    (re.compile(r"^Got unexpected extra arguments? \((.+)\)$"), "多余的参数：{0}"),
    (re.compile(r"^Option '(.+?)' requires an argument\.$"), "选项 {0} 后面需要一个值"),
    (re.compile(r"^Invalid value for '(.+?)': (.+)$"), "{0} 的值无效：{1}"),
)


def translate_help(text: str) -> str:
    for english, chinese in _HELP_WORDS:
        text = text.replace(english, chinese)
    return text


def translate_usage_error(message: str) -> str:
    for pattern, template in _USAGE_PATTERNS:
        match = pattern.match(message.strip())
        if match:
            return template.format(*(group or "" for group in match.groups()))
    return message


class DrafterCommand(TyperCommand):
    def get_help(self, ctx: Any) -> str:
        return translate_help(super().get_help(ctx))


class DrafterGroup(TyperGroup):
    """The root command group: Chinese help, Chinese usage errors, one error boundary."""

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if type(command) is TyperCommand:
            command.__class__ = DrafterCommand  # same state, Chinese help
        return command

    def get_help(self, ctx: Any) -> str:
        return translate_help(super().get_help(ctx))

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except DrafterError as error:
            typer.echo(str(error), err=True)
            raise typer.Exit(error.exit_code) from None
        except KeyboardInterrupt:
            typer.echo("已中断，未写入任何文件。", err=True)
            raise typer.Exit(130) from None

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        from typer._click.exceptions import ClickException, NoArgsIsHelpError

        try:
            result = super().main(
                args,
                prog_name,
                complete_var,
                standalone_mode=False,
                windows_expand_args=windows_expand_args,
                **extra,
            )
        except NoArgsIsHelpError as error:
            typer.echo(translate_help(error.ctx.get_help()) if error.ctx else "")
            code = 0
        except ClickException as error:
            context = getattr(error, "ctx", None)
            command = context.command_path if context is not None else "drafter"
            typer.echo(
                f"用法错误：{translate_usage_error(error.format_message())}\n"
                f"运行“{command} --help”查看用法。",
                err=True,
            )
            code = error.exit_code
        except typer.Abort:
            typer.echo("已取消。", err=True)
            code = 130
        else:
            code = result if isinstance(result, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code
