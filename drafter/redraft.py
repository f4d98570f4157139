"""Drafting again, the writer's way: to an approved plan (``--plan``) and/or keeping the edits the
writer made in an earlier draft (``--keep``). Input: the targets file, the bank, optionally a
plan and an edited .docx; output: the draft written (with the record of what it generated), the
warnings, and a report of what was kept, what was regenerated, and every figure the writer's
text and the targets now disagree on. The stages: ``drafter.plan`` (plan → draft),
``drafter.pipeline`` (the draft itself and its self-check), ``drafter.keep`` (merge, conflicts).

The self-check is the new draft's (before the writer's paragraphs go in): the writer's own text
is theirs, its figures are reported as conflicts, never changed.
"""

from __future__ import annotations

from pathlib import Path

from drafter.errors import OutputError, SelfCheckError, UsageError
from drafter.pipeline import DraftResult
from drafter.records import dataclass


@dataclass(frozen=True, slots=True)
class Redraft:
    result: DraftResult  # the document is the one written (the writer's paragraphs merged in)
    notes: tuple[str, ...]  # what the plan changed
    report: tuple[str, ...]  # what --keep kept, regenerated and left deleted
    conflicts: tuple[str, ...]  # the writer's figures the targets now give differently


def run_redraft(
    targets_path: Path,
    out: Path | None,
    *,
    plan: Path | None = None,
    keep: Path | None = None,
    bank_dir: Path | None = None,
    template: Path | None = None,
    seed: int | None = None,
    fmt: str | None = None,
    force: bool = False,
    ignore_check: bool = False,
    comments: bool = False,
    style_path: Path | None = None,
    fonts: str | None = None,
    encoding: str = "utf-8",
) -> Redraft:
    from drafter.writers import resolve_style, write_document

    edited = None
    if keep is not None:
        from drafter.keep.edited import read_edited

        _check_keep_target(keep, out, fmt, force)
        edited = read_edited(keep)  # before drafting: a file without a record fails at once
    style = resolve_style(style_path, fonts)
    notes: tuple[str, ...] = ()
    if plan is not None:
        from drafter.plan.draft import draft_to_plan

        planned = draft_to_plan(targets_path, plan, bank_dir=bank_dir, template=template, seed=seed)
        result, notes = planned.result, planned.notes
    else:
        from drafter.pipeline import draft_speech

        result = draft_speech(targets_path, bank_dir=bank_dir, template=template, seed=seed)
    if result.problems and not ignore_check:
        raise SelfCheckError(
            [f"{targets_path}：稿件自检未通过，未写入文件（可加 --ignore-check 照样写入）："]
            + [f"  {problem}" for problem in result.problems]
        )
    report: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()
    marking = None
    if edited is not None:
        from drafter.keep.conflicts import figure_changes, figure_conflicts
        from drafter.keep.merge import merge_kept
        from drafter.targets import load_targets

        merged = merge_kept(result.document, edited)
        # the figures as the targets file gives them (keys of the file, not of a plan)
        targets = load_targets(Path(targets_path))
        stated = {
            run.provenance.yaml_key
            for block in result.document.blocks
            for run in block.runs
            if run.provenance is not None and run.provenance.yaml_key
        }
        conflicts = figure_conflicts(merged.document, targets, stated)
        changes = figure_changes(edited.entries, targets)
        notes = (*notes, *edited.notes, *changes)
        report = keep_report(
            merged.kept,
            merged.edited,
            merged.written,
            merged.deleted,
            merged.regenerated,
            merged.changed,
        )
        marking = merged.marking
        result = DraftResult(
            merged.document,
            result.draft,
            result.targets,
            result.problems,
            result.warnings,
            _characters(merged.document.paragraphs()),
        )
    write_document(
        result.document,
        out,
        fmt=fmt,
        style=style,
        comments=comments,
        force=force,
        encoding=encoding,
        marking=marking,
    )
    return Redraft(result, notes, report, conflicts)


def keep_report(
    kept: tuple[int, ...],
    edited: int,
    written: int,
    deleted: int,
    regenerated: int,
    changed: tuple[int, ...],
) -> tuple[str, ...]:
    """What --keep did, in the writer's words (paragraph numbers are the new draft's)."""
    lines = [
        f"保留撰稿人的文字 {len(kept)} 段（改过的 {edited} 段、新写的 {written} 段，"
        f"以及此前保留的）：{_numbers(kept)}",
        f"撰稿人删去的 {deleted} 段仍不写入",
        f"未改动的 {regenerated} 段已重新生成，其中文字有变化的 {len(changed)} 段："
        + _numbers(changed),
    ]
    return tuple(lines)


def _numbers(indexes: tuple[int, ...]) -> str:
    if not indexes:
        return "无"
    shown = "、".join(f"第{i + 1}段" for i in indexes[:30])
    return shown + ("等" if len(indexes) > 30 else "")


def _characters(paragraphs: tuple[str, ...]) -> int:
    from drafter.compose.length import count_chars

    return count_chars(paragraphs)


def _check_keep_target(keep: Path, out: Path | None, fmt: str | None, force: bool) -> None:
    """The writer's edited file is replaced only when they ask (``--force``)."""
    if out is None:
        return
    try:
        same = Path(out).exists() and Path(out).resolve() == Path(keep).resolve()
    except OSError:
        same = False
    if same and not force:
        raise OutputError(
            f"{out}：这是 --keep 读取的、撰稿人改过的稿件本身。覆盖它需加 --force"
            "（建议另存为新文件，如 讲话稿-第2稿.docx，保留原稿）"
        )
    chosen = (fmt or Path(out).suffix.lstrip(".")).lower()
    if chosen != "docx":
        raise UsageError(
            "--keep 的结果请写成 .docx：Markdown 和纯文本带不了生成记录，下一轮就无法再保留修改"
        )
