"""Safe output for every command that writes: input bytes/text and a path, output a file in place.

A file is written to a temporary file in the same folder, flushed to disk and renamed over the
target with ``os.replace``, so a reader (or Word) never sees a half-written file and a crash
leaves the old file intact. An existing file is replaced only with ``force``. Everything that can
go wrong — a missing folder, a read-only folder, a file held open by Word or WPS on Windows, a
full disk — becomes an ``OutputError`` (exit code 3) with a Chinese message naming the path.

``replace_dir_atomic`` does the same for a folder of files (the phrase bank written by
``drafter mine``): it fills a staging folder next to the target, then swaps it into place.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from drafter.errors import OutputError, describe_os_error

_FORCE_HINT = "如需覆盖，请加 --force。"
_LOCKED_HINT = (
    "文件可能正在被 Word 或 WPS 打开（或是只读文件）：请关闭该文件后重试，或换一个文件名。"
)


def write_bytes_atomic(path: Path, data: bytes, *, force: bool = False) -> None:
    """Write ``data`` to ``path`` atomically; an existing file is replaced only with ``force``."""
    path = Path(path)
    try:
        _check_target_file(path, force=force)
    except OSError as error:  # stat() itself fails: name too long, invalid, no access
        raise _os_error(error, path) from None
    # A short prefix: the temporary name must not hit the file-name length limit before the
    # real name does.
    tmp = _create_temp(path.parent, prefix=f".{path.name[:32]}.", suffix=".tmp", target=path)
    try:
        with open(tmp, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(tmp, _new_file_mode(path))
        # Checked again just before the rename: another program may have created it meanwhile.
        if not force and path.exists():
            raise OutputError(f"文件已存在，未覆盖。{_FORCE_HINT}", path=path)
        _replace(tmp, path)
    except OSError as error:
        raise _os_error(error, path) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def write_text_atomic(
    path: Path, text: str, *, force: bool = False, encoding: str = "utf-8"
) -> None:
    """Write ``text`` (line ends as given, no translation) to ``path`` atomically."""
    write_bytes_atomic(path, text.encode(encoding), force=force)


def replace_dir_atomic(
    target: Path,
    files: Mapping[str, bytes | str],
    *,
    force: bool = False,
    marker: str | None = None,
    late: Callable[[], Mapping[str, bytes | str | tuple[bytes | bytearray, ...]]] | None = None,
) -> None:
    """Replace the folder ``target`` with exactly ``files`` (relative POSIX paths → content).

    The new folder is written completely beside the target before anything is touched. An existing
    non-empty target is replaced only with ``force`` and, when ``marker`` is given, only if it
    contains that file — so ``--force`` with a mistyped path cannot wipe an unrelated folder.
    ``late()``: more files, asked for once ``files`` are written (what another process is still
    making: the bank's index); a file's content may be given in pieces, written one after
    another (the index's head and its rows, never joined into one more copy of ~4 MB).
    """
    with staging_dir(target, force=force, marker=marker) as stage:
        _write_into(stage, files)
        if late is not None:
            _write_into(stage, late())


def _write_into(
    stage: Path, files: Mapping[str, bytes | str | tuple[bytes | bytearray, ...]]
) -> None:
    for name in sorted(files):
        relative = Path(name)
        if relative.is_absolute() or ".." in relative.parts:
            raise ValueError(f"not a relative path inside the folder: {name!r}")
        dest = stage / relative
        dest.parent.mkdir(parents=True, exist_ok=True)
        content = files[name]
        if isinstance(content, tuple):
            with dest.open("wb") as out:
                for piece in content:
                    out.write(piece)
        else:
            dest.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)


@contextlib.contextmanager
def staging_dir(target: Path, *, force: bool = False, marker: str | None = None) -> Iterator[Path]:
    """Yield an empty folder beside ``target``; on a clean exit it replaces ``target``.

    If the body raises, the staging folder is removed and ``target`` is untouched. The swap is two
    renames (old target aside, staging folder in); if the second fails the old one is put back.
    """
    target = Path(target)
    try:
        _check_target_dir(target, force=force, marker=marker)
    except OSError as error:
        raise _os_error(error, target) from None
    try:
        stage = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    except OSError as error:  # the folder it goes in is read-only (no Word file is involved)
        raise _os_error(error, target, creating=True) from None
    try:
        yield stage
        # mkdtemp makes the folder private (0o700); a bank on a shared drive must be readable
        # by colleagues exactly as the user's umask says, like any folder they create.
        os.chmod(stage, 0o777 & ~_umask())
        _check_target_dir(target, force=force, marker=marker)
        _swap_dir(stage, target)
    except OSError as error:
        raise _os_error(error, target) from None
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _swap_dir(stage: Path, target: Path) -> None:
    if not target.exists():
        os.replace(stage, target)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
    os.rmdir(old)  # only the unique name is wanted; rename needs it free on Windows
    os.replace(target, old)
    try:
        os.replace(stage, target)
    except OSError:
        os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _check_target_file(path: Path, *, force: bool) -> None:
    _check_parent(path)
    if path.is_dir():
        raise OutputError(
            "这是一个文件夹，不能作为输出文件：请写出文件名（如 讲话稿.docx）。", path=path
        )
    if path.exists() and not force:
        raise OutputError(f"文件已存在，未覆盖。{_FORCE_HINT}", path=path)
    if path.exists() and _is_read_only(path):
        # Someone made it read-only (a final version kept safe): --force is not enough to undo
        # that without a word, and the rename would replace it silently.
        raise OutputError(
            "文件是只读的（可能是有意保护的定稿），即使加了 --force 也不覆盖。"
            "如确要覆盖，请先去掉只读属性（Windows：文件属性中取消“只读”；其他系统：chmod u+w），"
            "或换一个文件名。",
            path=path,
        )


def _is_read_only(path: Path) -> bool:
    """No write permission bit for anyone (checked on the bits: os.access is always True for
    root, and Windows maps its read-only attribute to these bits)."""
    return not path.stat().st_mode & 0o222


def _check_target_dir(target: Path, *, force: bool, marker: str | None) -> None:
    _check_parent(target)
    if target.exists() and not target.is_dir():
        raise OutputError("已存在同名文件（不是文件夹），未覆盖。请换一个输出文件夹。", path=target)
    if target.is_dir() and any(target.iterdir()):
        if not force:
            raise OutputError(f"文件夹已存在且不为空，未覆盖。{_FORCE_HINT}", path=target)
        if marker is not None and not (target / marker).is_file():
            raise OutputError(
                f"文件夹中没有 {marker}，看起来不是 drafter 写的，即使加了 --force 也不会覆盖它。"
                "请换一个输出文件夹。",
                path=target,
            )


def _check_parent(path: Path) -> None:
    parent = path.parent
    if parent.is_dir():
        return
    if parent.exists():
        raise OutputError(f"输出位置 {parent} 不是文件夹，无法写入。", path=path)
    raise OutputError(f"文件夹不存在：{parent}。请先创建该文件夹，或换一个输出位置。", path=path)


def _create_temp(folder: Path, *, prefix: str, suffix: str, target: Path) -> str:
    try:
        handle, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)
    except OSError as error:
        raise _os_error(error, target, creating=True) from None
    os.close(handle)
    return name


def _replace(tmp: str, path: Path) -> None:
    try:
        os.replace(tmp, path)
    except PermissionError:
        # On Windows a file open in Word or WPS cannot be replaced (WinError 5/32).
        raise OutputError(f"无法替换已有文件。{_LOCKED_HINT}", path=path) from None


def _os_error(error: OSError, path: Path, *, creating: bool = False) -> OutputError:
    if isinstance(error, PermissionError) or error.errno in (
        errno.EACCES,
        errno.EPERM,
        errno.EROFS,
    ):
        if creating or error.errno == errno.EROFS:
            return OutputError(
                f"没有写入权限：文件夹 {path.parent} 是只读的。请换一个可写的文件夹。", path=path
            )
        return OutputError(f"无法写入。{_LOCKED_HINT}", path=path)
    if error.errno == errno.ENOSPC:
        return OutputError("磁盘空间不足，未写入。原有文件未改动。", path=path)
    if error.errno == errno.ENAMETOOLONG:
        return OutputError("文件名太长，请换一个短一些的文件名。", path=path)
    if error.errno == errno.EINVAL:
        return OutputError(
            '文件名无效：不能含有 \\ / : * ? " < > | 等字符，请换一个文件名。', path=path
        )
    reason = describe_os_error(error)
    return OutputError(f"写入失败（{reason}），原有文件未改动。", path=path)


def _new_file_mode(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets what ``open()`` would give it."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_umask()


@functools.cache
def _umask() -> int:
    # os.umask can only be read by setting it; read it once and put it straight back.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
