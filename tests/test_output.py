"""Safe output: atomic replacement, no overwrite without force, Chinese errors, nothing lost."""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from pathlib import Path

import pytest

from drafter import output
from drafter.errors import OutputError
from drafter.output import replace_dir_atomic, staging_dir, write_bytes_atomic, write_text_atomic


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_writes_a_new_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "讲话稿.txt"
    write_text_atomic(target, "同志们：\n")
    assert target.read_text(encoding="utf-8") == "同志们：\n"
    assert leftovers(tmp_path) == []


def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("POSIX permissions")
    target = tmp_path / "a.docx"
    write_bytes_atomic(target, b"x")
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
    target.chmod(0o640)
    write_bytes_atomic(target, b"y", force=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # an existing file keeps its mode


def test_existing_file_is_not_overwritten_without_force(tmp_path: Path) -> None:
    target = tmp_path / "draft.docx"
    target.write_bytes(b"old")
    with pytest.raises(OutputError) as caught:
        write_bytes_atomic(target, b"new")
    error = caught.value
    assert error.exit_code == 3
    assert str(target) in str(error) and "已存在" in str(error) and "--force" in str(error)
    assert target.read_bytes() == b"old"
    write_bytes_atomic(target, b"new", force=True)
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path) == []


def test_missing_folder_is_named(tmp_path: Path) -> None:
    target = tmp_path / "没有的文件夹" / "draft.docx"
    with pytest.raises(OutputError) as caught:
        write_bytes_atomic(target, b"x")
    assert "文件夹不存在" in str(caught.value)
    assert str(target.parent) in str(caught.value)
    assert not target.parent.exists()


def test_parent_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="不是文件夹"):
        write_bytes_atomic(tmp_path / "notes.txt" / "draft.docx", b"x")


def test_target_that_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "draft.docx").mkdir()
    with pytest.raises(OutputError, match="文件夹"):
        write_bytes_atomic(tmp_path / "draft.docx", b"x", force=True)


def test_read_only_folder_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root ignores permission bits, so the refusal of the file system is simulated here; the
    # real chmod case follows and runs when not root.
    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(OutputError) as caught:
        write_bytes_atomic(tmp_path / "draft.docx", b"x")
    assert "只读" in str(caught.value) and str(tmp_path) in str(caught.value)
    assert caught.value.exit_code == 3


@pytest.mark.skipif(
    sys.platform == "win32" or (hasattr(os, "geteuid") and os.geteuid() == 0),
    reason="root (or Windows) writes into read-only folders anyway",
)
def test_read_only_folder_for_real(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="只读"):
            write_bytes_atomic(folder / "draft.docx", b"x")
    finally:
        folder.chmod(0o700)


def test_file_locked_by_word_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "draft.docx"
    target.write_bytes(b"old")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "The process cannot access the file")  # WinError 32 on Windows

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(OutputError) as caught:
        write_bytes_atomic(target, b"new", force=True)
    assert "Word" in str(caught.value) and "关闭" in str(caught.value)
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_failure_mid_write_keeps_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "draft.docx"
    target.write_bytes(b"old")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OutputError, match="磁盘空间不足"):
        write_bytes_atomic(target, b"new" * 1000, force=True)
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_interrupt_mid_write_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "draft.txt"
    target.write_text("old", encoding="utf-8")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_text_atomic(target, "new", force=True)
    assert target.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


# ---------------------------------------------------------------- folders (the phrase bank)


def test_replace_dir_creates_and_replaces_whole_folder(tmp_path: Path) -> None:
    bank = tmp_path / "bank"
    replace_dir_atomic(bank, {"bank.yaml": "version: 1\n", "kinds/opening.yaml": b"- a\n"})
    assert (bank / "kinds" / "opening.yaml").read_bytes() == b"- a\n"
    with pytest.raises(OutputError, match="--force"):
        replace_dir_atomic(bank, {"bank.yaml": "version: 2\n"})
    assert (bank / "bank.yaml").read_text(encoding="utf-8") == "version: 1\n"
    replace_dir_atomic(bank, {"bank.yaml": "version: 2\n"}, force=True, marker="bank.yaml")
    assert sorted(p.name for p in bank.iterdir()) == ["bank.yaml"]  # old files gone
    assert (bank / "bank.yaml").read_text(encoding="utf-8") == "version: 2\n"
    assert leftovers(tmp_path) == []


def test_replace_dir_accepts_an_existing_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "bank").mkdir()
    replace_dir_atomic(tmp_path / "bank", {"bank.yaml": "x"})
    assert (tmp_path / "bank" / "bank.yaml").is_file()


def test_force_does_not_wipe_a_folder_that_is_not_ours(tmp_path: Path) -> None:
    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "工作总结.docx").write_bytes(b"precious")
    with pytest.raises(OutputError, match=r"bank\.yaml"):
        replace_dir_atomic(documents, {"bank.yaml": "x"}, force=True, marker="bank.yaml")
    assert (documents / "工作总结.docx").read_bytes() == b"precious"


def test_failure_while_staging_keeps_the_old_folder(tmp_path: Path) -> None:
    bank = tmp_path / "bank"
    replace_dir_atomic(bank, {"bank.yaml": "old"})
    with pytest.raises(RuntimeError), staging_dir(bank, force=True) as stage:
        (stage / "bank.yaml").write_text("half", encoding="utf-8")
        raise RuntimeError("mining failed")
    assert (bank / "bank.yaml").read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_failed_swap_puts_the_old_folder_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bank = tmp_path / "bank"
    replace_dir_atomic(bank, {"bank.yaml": "old"})
    real_replace = os.replace
    calls: list[str] = []

    def second_fails(src: str | Path, dst: str | Path) -> None:
        calls.append(str(src))
        if len(calls) == 2:
            raise PermissionError(13, "locked")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", second_fails)
    with pytest.raises(OutputError):
        replace_dir_atomic(bank, {"bank.yaml": "new"}, force=True)
    assert (bank / "bank.yaml").read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_replace_dir_rejects_paths_outside_the_folder(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        replace_dir_atomic(tmp_path / "bank", {"../escape.txt": "x"})
    assert not (tmp_path / "escape.txt").exists()
    assert not (tmp_path / "bank").exists()


def test_replace_dir_missing_parent(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="文件夹不存在"):
        replace_dir_atomic(tmp_path / "no" / "bank", {"bank.yaml": "x"})


def test_umask_is_read_without_changing_it() -> None:
    before = os.umask(0o027)
    try:
        output._umask.cache_clear()
        assert output._umask() == 0o027
        assert os.umask(0o027) == 0o027
    finally:
        os.umask(before)
        output._umask.cache_clear()


def test_long_file_name_is_written_or_refused_in_chinese(tmp_path: Path) -> None:
    fits = tmp_path / ("讲" * 80 + ".txt")  # 244 bytes in UTF-8: within the usual 255
    write_text_atomic(fits, "x")
    assert fits.read_text(encoding="utf-8") == "x"
    too_long = tmp_path / ("讲" * 90 + ".txt")
    with pytest.raises(OutputError, match="文件名太长"):
        write_text_atomic(too_long, "x")
    assert leftovers(tmp_path) == []


def test_invalid_file_name_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def invalid(src: object, dst: object) -> None:
        raise OSError(errno.EINVAL, "Invalid argument")  # Windows: "讲话:稿.docx"

    monkeypatch.setattr(os, "replace", invalid)
    with pytest.raises(OutputError, match="文件名无效"):
        write_text_atomic(tmp_path / "a.txt", "x")
    assert leftovers(tmp_path) == []


# --------------------------------------------------------------------------- issue 13, item 8


def test_a_written_folder_follows_the_umask(tmp_path: Path) -> None:
    import stat

    from drafter.output import replace_dir_atomic

    previous = os.umask(0o022)
    output._umask.cache_clear()
    try:
        replace_dir_atomic(tmp_path / "bank", {"topics.yaml": "x", "sub/a.yaml": "y"})
    finally:
        os.umask(previous)
        output._umask.cache_clear()
    assert stat.S_IMODE((tmp_path / "bank").stat().st_mode) == 0o755
    assert stat.S_IMODE((tmp_path / "bank" / "topics.yaml").stat().st_mode) == 0o644


def test_force_does_not_replace_a_read_only_file(tmp_path: Path) -> None:
    from drafter.errors import OutputError
    from drafter.output import write_text_atomic

    path = tmp_path / "定稿.txt"
    path.write_text("定稿", encoding="utf-8")
    path.chmod(0o444)
    with pytest.raises(OutputError, match="只读"):
        write_text_atomic(path, "新稿", force=True)
    assert path.read_text(encoding="utf-8") == "定稿"
    path.chmod(0o644)
    write_text_atomic(path, "新稿", force=True)
    assert path.read_text(encoding="utf-8") == "新稿"


def test_a_folder_in_a_read_only_place_does_not_blame_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from drafter.output import replace_dir_atomic

    def refuse(*args: object, **kwargs: object) -> str:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkdtemp", refuse)
    with pytest.raises(OutputError) as caught:
        replace_dir_atomic(tmp_path / "bank", {"topics.yaml": "x"})
    assert "只读" in str(caught.value) and "Word" not in str(caught.value)
