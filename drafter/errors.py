"""One error hierarchy for everything a user can get wrong.

Every error carries a Chinese message meant for the writer and an exit code. Exceptions never
print; the CLI catches ``DrafterError`` in exactly one place, prints ``str(error)`` to stderr and
exits with ``error.exit_code``. Real bugs are not DrafterErrors and keep their tracebacks.

Exit codes (documented in README):
    0  success
    1  lint found errors / draft self-check failed
    2  bad input (file unreadable, malformed targets, bad bank, bad template, bad arguments)
    3  output could not be written
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


class DrafterError(Exception):
    """Root of all errors shown to the user without a traceback."""

    exit_code: int = 2

    def __init__(self, message: str, *, path: Path | str | None = None) -> None:
        self.message = message
        self.path = Path(path) if path is not None else None
        super().__init__(message)

    def __str__(self) -> str:
        if self.path is not None and not self.message.startswith(str(self.path)):
            return f"{self.path}：{self.message}"
        return self.message


class MultiError(DrafterError):
    """Several problems reported at once, one line each (validation reports everything)."""

    def __init__(self, problems: Sequence[str], *, path: Path | str | None = None) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems), path=None)
        self.path = Path(path) if path is not None else None

    def __str__(self) -> str:
        return "\n".join(self.problems)


class CorpusError(DrafterError):
    """A speech file cannot be read: missing, binary, empty, undecodable, not Chinese."""


class OutlineError(DrafterError):
    """A text was read but has no structure a speech would have."""


class BankError(DrafterError):
    """The phrase bank folder or one of its files is missing or invalid."""


class BankValidationError(MultiError, BankError):
    """Several invalid entries in a phrase bank file."""


class TargetsError(DrafterError):
    """The targets YAML cannot be used."""


class TargetsValidationError(MultiError, TargetsError):
    """Every problem found in a targets file, one line each."""


class TemplateError(DrafterError):
    """A Jinja template is missing, malformed, or fails while rendering."""


class ComposeError(DrafterError):
    """The draft cannot be composed from this bank and these targets."""


class SelfCheckError(MultiError):
    """The composed draft failed its own lint; it is not written unless --force."""

    exit_code = 1


class StyleError(DrafterError):
    """The typesetting style file is malformed."""


class OutputError(DrafterError):
    """The output file cannot be written (exists, folder missing, read-only, locked)."""

    exit_code = 3


class UsageError(DrafterError):
    """Arguments that do not fit together."""
