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


class PlanError(DrafterError):
    """A speech plan (提纲) cannot be read or does not fit the targets and the bank."""


class KeepError(DrafterError):
    """An edited draft given to --keep cannot be read or carries no record of its generation."""


class StyleError(DrafterError):
    """The typesetting style file is malformed."""


class OutputError(DrafterError):
    """The output file cannot be written (exists, folder missing, read-only, locked)."""

    exit_code = 3


class UsageError(DrafterError):
    """Arguments that do not fit together."""


# What the system says when a file cannot be opened, in the writer's words (strerror is English).
_OS_REASONS: dict[str, str] = {
    "ENOENT": "文件不存在",
    "EACCES": "没有读取或写入权限",
    "EPERM": "操作不被允许（权限不足）",
    "ELOOP": "符号链接绕成了圈（链接最终指回自己），请检查链接指向",
    "EISDIR": "这是一个文件夹，不是文件",
    "ENOTDIR": "路径中的某一段不是文件夹",
    "ENAMETOOLONG": "文件名太长",
    "ENOSPC": "磁盘空间不足",
    "EDQUOT": "超出磁盘配额",
    "EROFS": "所在的磁盘是只读的",
    "EIO": "磁盘读写出错（磁盘或网络盘可能有故障）",
    "EBUSY": "文件正被其他程序占用",
    "ETXTBSY": "文件正被其他程序占用",
    "EINVAL": "文件名无效",
    "EMFILE": "打开的文件太多",
    "ENXIO": "设备不存在",
    "ENODEV": "设备不存在",
    "ESTALE": "网络盘上的文件已失效，请重新打开文件夹",
}


def describe_os_error(error: OSError) -> str:
    """A short Chinese reason for an ``OSError`` (``strerror`` is in the system's English)."""
    import errno as errno_names

    name = errno_names.errorcode.get(error.errno or 0, "")
    if name in _OS_REASONS:
        return _OS_REASONS[name]
    return f"系统错误 {name or error.errno or type(error).__name__}"
