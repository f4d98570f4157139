"""The terminal drafter writes to: console streams that never crash on a character or a full
disk, and the progress bar ``drafter mine`` shows.

Help screens and usage errors are ``drafter.commandline``'s; ``DrafterError`` is caught in
``drafter.cli.run``, the single boundary between the pipeline and the person at the terminal.
"""

from __future__ import annotations

import codecs
import errno
import io
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from drafter.errors import OutputError

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

    It has no ``buffer``: a library that looks for one (to write bytes) writes text through it
    instead of re-wrapping the raw stream with an encoding of its own choice.
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
        if not isinstance(text, str):  # (some libraries probe with b"" for a binary stream)
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


@contextmanager
def progress_bar(total: int) -> Iterator[Callable[[str, str], None]]:
    """The bar ``drafter mine`` shows on a terminal while it reads and generalises the files: one
    line on stderr, rewritten at each step and cleared at the end."""
    stream = sys.stderr
    done = 0
    shown = 0

    def advance(step: str, name: str) -> None:
        nonlocal done, shown
        done += 1
        filled = 30 * done // total if total else 30
        if len(name) > 20:  # the line must fit the terminal, or \r cannot rewrite it
            name = "…" + name[-19:]
        line = f"挖掘讲话稿 {'━' * filled}{'╺' * (30 - filled)} {done}/{total} {step} {name}"
        stream.write("\r" + line + "\x1b[K")
        stream.flush()
        shown = 1

    try:
        yield advance
    finally:
        if shown:
            stream.write("\r\x1b[K")
            stream.flush()
