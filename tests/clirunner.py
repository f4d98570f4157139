"""Run drafter's command line inside the test process, as a writer would at the terminal.

``run_cli(["draft", "t.yaml", "-o", "-"])`` calls ``drafter.cli.run`` with the words after the
program's name and returns what the terminal would show: the exit code, stdout, stderr, and both
interleaved as they were written (``output``). An exception that is not a ``DrafterError`` is a
bug and propagates with its traceback.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class CliResult:
    exit_code: int
    stdout: str
    stderr: str
    output: str


class _Stream(io.StringIO):
    """One of the two streams; everything written also goes to ``both``."""

    def __init__(self, both: io.StringIO) -> None:
        super().__init__()
        self._both = both

    def write(self, text: str) -> int:
        self._both.write(text)
        return super().write(text)


def run_cli(args: Sequence[str | os.PathLike[str]]) -> CliResult:
    from drafter.cli import run

    both = io.StringIO()
    out, err = _Stream(both), _Stream(both)
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        try:
            code = run([os.fspath(arg) for arg in args])
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    finally:
        sys.stdout, sys.stderr = saved
    return CliResult(code, out.getvalue(), err.getvalue(), both.getvalue())
