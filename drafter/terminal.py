"""The command-line framework speaking Chinese: help screens and usage errors.

typer (and the click it vendors) writes its own help headings and usage errors in English.
Writers read those too, so ``DrafterGroup`` translates them at the two places they surface:
``get_help`` for help screens and ``main`` for usage errors. ``DrafterError`` is caught here, the
single boundary between the pipeline and the person at the terminal.
"""

from __future__ import annotations

import codecs
import errno
import io
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args, get_origin

import typer
from typer._click import Context
from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
from typer._param_types import coerce_cli_path
from typer.core import TyperCommand, TyperGroup, _TyperParameter

from drafter.errors import DrafterError, OutputError

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
    (" <list[Path]>", " <路径>..."),
    (" <list[str]>", " <文字>..."),
    (" <path>", " <路径>"),
    (" <str>", " <文字>"),
    (" <int>", " <整数>"),
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
    (
        re.compile(r"^No such command '(.+?)'\.? Did you mean (.+?)\?$"),
        "没有这个命令：{0}（是不是 {1}？运行 drafter --help 列出全部命令）",
    ),
    (
        re.compile(r"^No such command '(.+?)'\.$"),
        "没有这个命令：{0}（运行 drafter --help 列出全部命令）",
    ),
    (re.compile(r"^Missing command\.$"), "缺少命令"),
    (re.compile(r"^Got unexpected extra arguments?(?:\(s\))? \((.+)\)$"), "多余的参数：{0}"),
    (re.compile(r"^Option '(.+?)' requires an argument\.$"), "选项 {0} 后面需要一个值"),
    (re.compile(r"^Option '(.+?)' requires (\d+) arguments\.$"), "选项 {0} 后面需要 {1} 个值"),
    (
        re.compile(r"^Option '(.+?)' does not take a value\.$"),
        "选项 {0} 不带值：直接写 {0}，不要写“=…”",
    ),
    (re.compile(r"^Argument '(.+?)' takes (\d+) values\.$"), "参数 {0} 要写 {1} 个值"),
    (re.compile(r"^Missing (?:argument|option|parameter) '?(.+?)'?\.\s.*$", re.S), "缺少 {0}"),
    (re.compile(r"^Invalid value: (.+)$", re.S), "值无效：{0}"),
    (re.compile(r"^Invalid value for '(.+?)': (.+)$", re.S), "{0} 的值无效：{1}"),
)

# What typer and pydantic say about a bad value, after "Invalid value for '--seed': ".
_VALUE_PATTERNS = (
    (
        re.compile(r"^\w+ '(.+?)' is not readable\.?$"),
        "{0} 无法读取（没有读取权限），请检查文件权限",
    ),
    (re.compile(r"^\w+ '(.+?)' is not writable\.?$"), "{0} 无法写入（没有写入权限）"),
    (re.compile(r"^\w+ '(.+?)' does not exist\.?$"), "{0} 不存在，请检查文件名和路径"),
    (re.compile(r"^\w+ '(.+?)' is a directory\.?$"), "{0} 是一个文件夹，这里要写文件"),
    (re.compile(r"^\w+ '(.+?)' is a file\.?$"), "{0} 是一个文件，这里要写文件夹"),
    (re.compile(r"^Input should be a valid integer.*$", re.S), "应为整数，例如 1、2、3"),
    (re.compile(r"^Input should be a valid number.*$", re.S), "应为数字"),
    (re.compile(r"^Input should be a valid boolean.*$", re.S), "应为是或否"),
    (re.compile(r"^Input should be a valid path.*$", re.S), "应为文件或文件夹的路径"),
    (re.compile(r"^Input should be .*$", re.S), "格式不对"),
    (re.compile(r"^'(.+?)' is not one of (.+?)\.?$"), "{0} 不是可选的值（可选：{1}）"),
)


_REQUIRED_ARGUMENT = re.compile(r"\{([^{}\s]+)\}")


def translate_help(text: str) -> str:
    for english, chinese in _HELP_WORDS:
        text = text.replace(english, chinese)
    # typer writes a required argument as {file} in the usage line; a writer reads 讲话稿.
    head, newline, rest = text.partition("\n")
    return _REQUIRED_ARGUMENT.sub(r"\1", head) + newline + rest


def translate_usage_error(message: str) -> str:
    for pattern, template in _USAGE_PATTERNS:
        match = pattern.match(message.strip())
        if match:
            groups = [(group or "").replace("' / '", " / ") for group in match.groups()]
            if "值无效" in template:
                groups[-1] = _translate_value_error(groups[-1])
            return template.format(*groups)
    return message


def _translate_value_error(detail: str) -> str:
    for pattern, template in _VALUE_PATTERNS:
        match = pattern.match(detail.strip())
        if match:
            return template.format(*(group or "" for group in match.groups()))
    return detail


@dataclass(frozen=True)
class _PlainRuntimeParam(RuntimeParam):
    """typer's coercion for plain ``Path``/``str``/``bool``/``int`` values, without pydantic.

    typer converts every argument through a pydantic ``TypeAdapter``: importing pydantic and
    building the adapters costs 0.1–0.2 s per process, more than ``drafter outline`` spends on the
    speech. The values our commands take convert the same way in plain Python (``Path(value)``,
    ``int("12")``); anything else (a malformed number, a missing value) goes to typer's own
    adapter, so its error messages stay exactly as they were.
    """

    descriptor: TypeDescriptor
    fallback: list[RuntimeParam] = field(default_factory=list)  # typer's own, built on demand

    def _coerce_value(self, value: Any, param: _TyperParameter, ctx: Context) -> Any:
        annotation = self.annotation
        if _is_list(annotation):
            # each item as typer's list adapter converts it (a lone value is a list of one)
            (item_annotation,) = get_args(annotation)
            items = value if isinstance(value, (list, tuple)) else [value]
            converted = [self._plain(item, item_annotation, param, ctx) for item in items]
            if all(item is not _NOT_PLAIN for item in converted):
                return converted
        else:
            plain = self._plain(value, annotation, param, ctx)
            if plain is not _NOT_PLAIN:
                return plain
        if not self.fallback:
            self.fallback.append(build_runtime_param(self.descriptor))
        return self.fallback[0]._coerce_value(value, param=param, ctx=ctx)

    def _plain(self, value: Any, annotation: Any, param: _TyperParameter, ctx: Context) -> Any:
        """``value`` as ``annotation``, or ``_NOT_PLAIN`` when typer's adapter is to say."""
        if annotation is str and isinstance(value, str):
            return value
        if annotation is bool and isinstance(value, bool):
            return value
        if annotation is int and _is_plain_int(value):
            return int(value)
        if isinstance(annotation, type) and issubclass(annotation, Path):
            path_type = self.parameter_info.path_type or annotation
            assert issubclass(path_type, Path)  # checked by _has_plain_type
            path = path_type(value) if isinstance(value, str) else value
            if isinstance(path, path_type):  # a typed default, or what the user typed
                return coerce_cli_path(
                    path, self.parameter_info, path_type=path_type, param=param, ctx=ctx
                )
        return _NOT_PLAIN


_NOT_PLAIN = object()


def _is_list(annotation: Any) -> bool:
    origin: Any = get_origin(annotation)
    return origin is list


def _is_plain_int(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return (
        isinstance(value, str)
        and value.isascii()
        and value.removeprefix("-").isdigit()
        and (value.removeprefix("-") == "0" or not value.removeprefix("-").startswith("0"))
    )


def _has_plain_type(descriptor: TypeDescriptor) -> bool:
    info = descriptor.parameter_info
    annotation = descriptor.annotation
    if descriptor.file_annotation is not None or info.parser is not None:
        return False
    if _is_list(annotation):  # (mine's corpus: list[Path])
        items = get_args(annotation)
        return len(items) == 1 and _plain_annotation(items[0], info)
    return _plain_annotation(annotation, info)


def _plain_annotation(annotation: Any, info: Any) -> bool:
    if annotation in (str, bool):
        return True
    if annotation is int:
        return info.min is None and info.max is None and not info.clamp
    return (
        isinstance(annotation, type)
        and issubclass(annotation, Path)
        and (info.path_type is None or issubclass(info.path_type, Path))
    )


def _use_plain_coercion(params: Sequence[Any]) -> None:
    for param in params:
        if (
            isinstance(param, _TyperParameter)
            and param._runtime_param is None
            and _has_plain_type(param.type_descriptor)
        ):
            descriptor = param.type_descriptor
            param._runtime_param = _PlainRuntimeParam(
                descriptor.parameter_info, descriptor.annotation, descriptor
            )


class DrafterCommand(TyperCommand):
    def get_help(self, ctx: Any) -> str:
        return translate_help(super().get_help(ctx))

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)
        _use_plain_coercion([option])
        return option


class DrafterGroup(TyperGroup):
    """The root command group: Chinese help, Chinese usage errors, one error boundary."""

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if type(command) is TyperCommand:
            command.__class__ = DrafterCommand  # same state, Chinese help
        return command

    def get_help(self, ctx: Any) -> str:
        return translate_help(super().get_help(ctx))

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)
        _use_plain_coercion([option])
        return option

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

        _use_plain_coercion(self.params)
        for subcommand in self.commands.values():
            _use_plain_coercion(subcommand.params)
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
            if command == "drafter":
                named = [arg for arg in (args or sys.argv[1:]) if arg in self.commands]
                if named:
                    command = f"drafter {named[0]}"
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


# --------------------------------------------------------------------------- the console streams

# Encodings that can show every character drafter writes.
_FULL_ENCODINGS = frozenset({"utf-8", "utf-16", "utf-32", "gb18030", "utf-8-sig"})

CONSOLE_HINT = (
    "drafter: this console cannot show Chinese ({encoding}); characters it cannot show were "
    "written as '?'. To see them, switch the console to UTF-8: in Windows run 'chcp 65001' "
    "(or set PYTHONUTF8=1), elsewhere set PYTHONIOENCODING=utf-8 or a UTF-8 locale "
    "(LANG=zh_CN.UTF-8); or write to a file with -o.\n"
)


class ConsoleStream(io.TextIOBase):
    """stdout or stderr as drafter writes to it: never a crash because of the console.

    - A character the console's encoding cannot show (cp1252, ascii, cp936 for a rare character)
      is written as "?" and remembered, so the CLI can add one plain-ASCII hint at the end.
    - A write that fails for lack of room (``-o - > /dev/full``) becomes an ``OutputError`` with
      a Chinese message, caught at the CLI's one boundary like every other.

    It has no ``buffer``: click then writes through it instead of re-wrapping the raw stream with
    an encoding of its own choice.
    """

    def __init__(self, stream: Any, *, name: str) -> None:
        super().__init__()
        self._stream = stream
        self._name = name
        raw = getattr(stream, "encoding", None) or "utf-8"
        try:
            self._encoding = codecs.lookup(raw).name
        except LookupError:
            self._encoding = "utf-8"
        self.replaced = False

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding

    @property
    def errors(self) -> str:  # type: ignore[override]
        return "replace"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return bool(self._stream.isatty())

    def fileno(self) -> int:
        return int(self._stream.fileno())

    def write(self, text: str) -> int:
        if not isinstance(text, str):  # click probes with b"" to find a binary stream
            raise TypeError("ConsoleStream writes text only")
        shown = text
        if self._encoding not in _FULL_ENCODINGS:
            try:
                text.encode(self._encoding)
            except UnicodeEncodeError:
                shown = text.encode(self._encoding, "replace").decode(self._encoding)
                self.replaced = True
        try:
            self._stream.write(shown)
        except BrokenPipeError:
            raise
        except OSError as error:
            raise self._failure(error) from None
        return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise self._failure(error) from None

    def _failure(self, error: OSError) -> OutputError:
        if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            reason = "磁盘已满（或超出配额）"
        else:
            reason = f"系统错误号 {error.errno}"
        return OutputError(
            f"无法把结果写到{self._name}：{reason}，输出不完整。"
            "请腾出空间，或用 -o 写到另一个文件夹中的文件。"
        )


def install_console_streams() -> tuple[ConsoleStream, ...]:
    """Wrap ``sys.stdout``/``sys.stderr`` in ``ConsoleStream``s (once); return the wrappers."""
    installed: list[ConsoleStream] = []
    for attribute, name in (("stdout", "标准输出"), ("stderr", "标准错误输出")):
        stream = getattr(sys, attribute)
        if stream is None:
            continue
        if not isinstance(stream, ConsoleStream):
            stream = ConsoleStream(stream, name=name)
            setattr(sys, attribute, stream)
        installed.append(stream)
    return tuple(installed)


def console_hint(streams: Sequence[ConsoleStream]) -> str | None:
    """The one plain-ASCII line for a console that could not show everything, or None."""
    for stream in streams:
        if stream.replaced:
            return CONSOLE_HINT.format(encoding=stream.encoding)
    return None
