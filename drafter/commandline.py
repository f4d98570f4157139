"""The command line as drafter's commands declare it: arguments and options in, Chinese help and
Chinese usage errors out.

Input: a command's declaration (``Command`` with its ``Argument``s and ``Option``s) and the words
after the program's name. Output: the values to call the command's function with, or a
``CommandLineError`` (a ``DrafterError``: shown by the CLI's one boundary, exit code 2), or a help
screen.

It replaces typer, whose import alone cost about as much as the ``--help`` limit (0.48× of the
import floor in instructions). The rules are click's, which drafter's users learnt with typer:
options anywhere after the command, ``--`` ends them, ``--out=x``, ``-o x`` and ``-ox`` alike,
the last of a repeated option wins, a value is the next word whatever it looks like
(``--seed -5``), no abbreviations, and an option's errors name it as declared (``--limit / -n``).
argparse differs in each of those (abbreviations by default, ``-5``, ``--`` after an option, a
list argument split by an option), speaks English, and costs more to import (0.017× of the floor
on top of what drafter's start-up loads anyway; this module 0.010×).

No dataclasses here: every start of ``drafter`` builds these declarations, and a dataclass costs
far more to create than a plain class with ``__slots__``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from drafter.errors import DrafterError

# What a value is written as in help (the metavar after an option's names).
PATH = "路径"
TEXT = "文字"
INTEGER = "整数"

HELP_NAMES = ("-h", "--help")
HELP_TEXT = "显示本帮助并退出。"

# As pydantic read an integer before: spaces around, underscores between digits, ".0" after.
_INTEGER = re.compile(r"[+-]?[0-9]+(?:_[0-9]+)*(?:\.0+)?")


class CommandLineError(DrafterError):
    """A command line drafter cannot run: said with how to get the command's help."""

    exit_code = 2

    def __init__(self, message: str, *, command: str) -> None:
        super().__init__(f"用法错误：{message}\n运行“{command} --help”查看用法。")


class Argument:
    """A positional argument: ``metavar`` is what help and errors call it."""

    __slots__ = ("dest", "help", "kind", "many", "metavar", "required")

    def __init__(
        self,
        dest: str,
        metavar: str,
        help: str,
        *,
        kind: str = PATH,
        required: bool = True,
        many: bool = False,
    ) -> None:
        self.dest = dest
        self.metavar = metavar
        self.help = help
        self.kind = kind
        self.required = required
        self.many = many

    @property
    def label(self) -> str:
        return self.metavar


class Option:
    """An option: a flag when ``kind`` is None, else it takes one value of that kind."""

    __slots__ = ("default", "dest", "help", "kind", "names", "required")

    def __init__(
        self,
        names: tuple[str, ...],
        dest: str,
        help: str,
        *,
        kind: str | None = None,
        default: object = None,
        required: bool = False,
    ) -> None:
        self.names = names
        self.dest = dest
        self.help = help
        self.kind = kind
        self.default = False if kind is None and default is None else default
        self.required = required

    @property
    def label(self) -> str:
        return " / ".join(self.names)


class Command:
    """A command: its name, its help (the function's docstring) and its parameters."""

    __slots__ = ("name", "params", "run")

    def __init__(
        self, name: str, run: Callable[..., object], params: tuple[Argument | Option, ...]
    ):
        self.name = name
        self.run = run
        self.params = params

    @property
    def help(self) -> str:
        """The function's docstring, its indentation taken away (``inspect.cleandoc``, whose
        import costs more than the rest of ``--help``)."""
        first, _, rest = (self.run.__doc__ or "").strip().partition("\n")
        lines = rest.splitlines()
        indent = min((len(line) - len(line.lstrip()) for line in lines if line.strip()), default=0)
        return "\n".join([first, *(line[indent:].rstrip() for line in lines)]).strip()

    @property
    def summary(self) -> str:
        return self.help.split("\n\n", 1)[0].replace("\n", "")


def parse_command(command: Command, args: Sequence[str], path: str) -> dict[str, object] | None:
    """The values of ``command``'s parameters from ``args``, by ``dest``; None when help was
    asked for. ``path`` is how errors name the command (``drafter draft``)."""
    options: dict[str, Option] = {}
    for param in command.params:
        if isinstance(param, Option):
            for name in param.names:
                options[name] = param
    given: dict[str, str | bool] = {}
    positional: list[str] = []
    wants_help = False
    pending = list(args)
    pending.reverse()
    while pending:
        word = pending.pop()
        if word == "--":
            positional.extend(reversed(pending))
            break
        if word[:1] != "-" or len(word) == 1:
            positional.append(word)
            continue
        name, equals, explicit = word.partition("=")
        if name == "--help":
            if equals:
                raise CommandLineError(
                    "选项 --help 不带值：直接写 --help，不要写“=…”", command=path
                )
            wants_help = True
            continue
        option = options.get(name) if name.startswith("--") else None
        if option is not None:
            if option.kind is None:
                if equals:
                    raise CommandLineError(
                        f"选项 {name} 不带值：直接写 {name}，不要写“=…”", command=path
                    )
                given[option.dest] = True
            elif equals:
                given[option.dest] = explicit
            elif pending:
                given[option.dest] = pending.pop()
            else:
                raise CommandLineError(f"选项 {name} 后面需要一个值", command=path)
            continue
        if word.startswith("--"):
            longs = [known for known in options if known.startswith("--")] + ["--help"]
            raise _no_such_option(name, longs, path)
        for at in range(1, len(word)):  # -o x, -ox, -vo x
            short = "-" + word[at]
            if short == "-h":
                wants_help = True
                continue
            option = options.get(short)
            if option is None:
                raise CommandLineError(f"没有这个选项：{short}", command=path)
            if option.kind is None:
                given[option.dest] = True
                continue
            rest = word[at + 1 :]
            if rest:
                given[option.dest] = rest
            elif pending:
                given[option.dest] = pending.pop()
            else:
                raise CommandLineError(f"选项 {short} 后面需要一个值", command=path)
            break
    if wants_help:
        return None
    # Each argument's words, then every parameter in click's order: the options given, as they
    # were first given; the arguments; the options not given. The first problem is the one told.
    words: dict[str, list[str]] = {}
    for param in command.params:
        if isinstance(param, Argument):
            taken = len(positional) if param.many else min(len(positional), 1)
            words[param.dest], positional = positional[:taken], positional[taken:]
    by_dest = {param.dest: param for param in command.params}
    order = [by_dest[dest] for dest in given]
    order += [param for param in command.params if isinstance(param, Argument)]
    order += [param for param in command.params if param.dest not in given and param not in order]
    values: dict[str, object] = {}
    for param in order:
        if isinstance(param, Argument):
            got = words[param.dest]
            if not got and param.required:
                raise CommandLineError(f"缺少参数 {param.metavar}", command=path)
            converted = [_convert(word, param, path) for word in got]
            values[param.dest] = converted if param.many else (converted[0] if got else None)
            continue
        value = given.get(param.dest)
        if value is None:
            if param.required:
                raise CommandLineError(f"缺少选项 {param.label}", command=path)
            values[param.dest] = param.default
        elif isinstance(value, bool):
            values[param.dest] = value
        else:
            values[param.dest] = _convert(value, param, path)
    if positional:
        raise CommandLineError(f"多余的参数：{' '.join(positional)}", command=path)
    return values


def _no_such_option(name: str, known: list[str], path: str) -> CommandLineError:
    from difflib import get_close_matches

    close = get_close_matches(name, known)
    if close:
        return CommandLineError(
            f"没有这个选项：{name}（可用的有：{'、'.join(sorted(close))}）", command=path
        )
    return CommandLineError(f"没有这个选项：{name}", command=path)


def unknown_command(name: str, known: Sequence[str], path: str) -> CommandLineError:
    from difflib import get_close_matches

    close = get_close_matches(name, known)
    if close:
        suggested = "、".join(f"“{match}”" for match in close)
        return CommandLineError(
            f"没有这个命令：{name}（是不是{suggested}？运行 drafter --help 列出全部命令）",
            command=path,
        )
    return CommandLineError(
        f"没有这个命令：{name}（运行 drafter --help 列出全部命令）", command=path
    )


def _convert(word: str, param: Argument | Option, path: str) -> object:
    if param.kind == INTEGER:
        stripped = word.strip()
        if not _INTEGER.fullmatch(stripped):
            raise CommandLineError(f"{param.label} 的值无效：应为整数，例如 1、2、3", command=path)
        return int(stripped.split(".", 1)[0].replace("_", ""))
    if param.kind == PATH:
        value = Path(word)
        # a file named on the command line that exists but cannot be read: said now, before any
        # work (as typer said it)
        if os.path.exists(value) and not os.access(value, os.R_OK):
            raise CommandLineError(
                f"{param.label} 的值无效：{word} 无法读取（没有读取权限），请检查文件权限",
                command=path,
            )
        return value
    return word


# --------------------------------------------------------------------------------------- help


def command_help(command: Command, path: str) -> str:
    """The help screen of one command."""
    usage = [path, "[选项]"]
    rows: list[tuple[str, str]] = []
    for param in command.params:
        if isinstance(param, Argument):
            shown = param.metavar + ("..." if param.many else "")
            usage.append(shown if param.required else f"[{shown}]")
            rows.append(
                (
                    f"{param.metavar} <{param.kind}>{'...' if param.many else ''}",
                    param.help + ("  [必填]" if param.required else ""),
                )
            )
    lines = [f"用法： {' '.join(usage)}", ""]
    lines.extend(_paragraphs(command.help))
    if rows:
        lines.extend(["", "参数："])
        lines.extend(_table(rows))
    options: list[tuple[str, str]] = []
    for param in command.params:
        if isinstance(param, Option):
            names = ", ".join(sorted(param.names, key=lambda name: name.startswith("--")))
            if param.kind is not None:
                names += f" <{param.kind}>"
            text = param.help
            if param.required:
                text += "  [必填]"
            elif param.kind is not None and param.default is not None:
                text += f"  [默认：{param.default}]"
            options.append((names, text))
    options.append((", ".join(HELP_NAMES), HELP_TEXT))
    lines.extend(["", "选项："])
    lines.extend(_table(options))
    return "\n".join(lines)


def group_help(path: str, summary: str, commands: Sequence[Command]) -> str:
    """The help screen of ``drafter`` itself: its options and every command."""
    lines = [f"用法： {path} [选项] 命令 [参数]...", ""]
    lines.extend(_paragraphs(summary))
    lines.extend(["", "选项："])
    lines.extend(_table([("--version", "显示版本号并退出。"), (", ".join(HELP_NAMES), HELP_TEXT)]))
    lines.extend(["", "命令："])
    lines.extend(_table([(command.name, command.summary) for command in commands]))
    return "\n".join(lines)


def _paragraphs(text: str) -> list[str]:
    lines: list[str] = []
    for number, paragraph in enumerate(text.split("\n\n")):
        if number:
            lines.append("")
        lines.extend(_wrap(paragraph.replace("\n", ""), _width() - 2, "  "))
    return lines


def _table(rows: Sequence[tuple[str, str]]) -> list[str]:
    """Two columns: the names, then their help wrapped under itself."""
    first = min(max(_display_width(name) for name, _ in rows), 30)
    lines: list[str] = []
    for name, text in rows:
        indent = " " * (2 + first + 2)
        width = max(_width() - len(indent), 20)
        wrapped = _wrap(text, width, "")
        if _display_width(name) > first:
            lines.append(f"  {name}")
        else:
            head = wrapped.pop(0) if wrapped else ""
            pad = " " * (first - _display_width(name))
            lines.append(f"  {name}{pad}  {head}".rstrip())
        lines.extend(indent + line for line in wrapped)
    return lines


def _width() -> int:
    """Columns to lay help out in: the terminal's, at most 100."""
    try:
        columns = int(os.environ.get("COLUMNS", "") or os.get_terminal_size(1).columns)
    except (OSError, ValueError):
        columns = 80
    return max(min(columns, 100), 40)


# Chinese text breaks between any two characters, except before closing punctuation and after
# opening punctuation; a run of Latin letters, digits and ASCII signs stays whole.
_CLOSING = set("，。、；：？！）》”’」』】…—")
_OPENING = set("（《“‘「『【")
_TOKENS = re.compile(r"[\x21-\x7e]+|\s+|.", re.S)


def _wrap(text: str, width: int, indent: str) -> list[str]:
    tokens: list[str] = []
    for token in _TOKENS.findall(text):
        if tokens and (token[0] in _CLOSING or tokens[-1][-1] in _OPENING):
            tokens[-1] += token
        else:
            tokens.append(token)
    lines: list[str] = []
    line = ""
    for token in tokens:
        if line and _display_width(line + token.rstrip()) > width - len(indent):
            lines.append(indent + line.rstrip())
            line = token.lstrip()
        else:
            line += token
    if line.strip() or not lines:
        lines.append(indent + line.rstrip())
    return lines


def _display_width(text: str) -> int:
    return sum(
        2 if ord(char) >= 0x1100 and not 0xFF61 <= ord(char) <= 0xFFDC else 1 for char in text
    )
