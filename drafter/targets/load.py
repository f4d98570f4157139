"""targets stage: a targets YAML file (path or text) → ``Targets``, or every problem at once.

Steps: decode bytes (UTF-8, or GB18030 as Notepad saves it) → compose YAML nodes with places →
plain data → models (``schema``) → their issues mapped back to the line and column of the node
they concern, in Chinese. All problems are collected and raised together as
``TargetsValidationError`` (exit code 2).
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any

from drafter.errors import TargetsValidationError, describe_os_error
from drafter.targets.fields import EMPTY
from drafter.targets.messages import (
    KEY_NAMES,
    MISSING_HINTS,
    Loc,
    Problem,
    clip,
    describe,
    did_you_mean,
)
from drafter.targets.model import KNOWN_KEYS, Figure, Review, Section, Targets
from drafter.targets.rawtext import MAX_BYTES, Place, decode_bytes, line_checks
from drafter.targets.schema import Issue, ValidationError
from drafter.targets.yamlload import Loaded, load_yaml

# the line checks of a targets file's keys, built while this module is imported so that the
# pattern cache keeps them between runs (see ``line_checks``)
line_checks(KNOWN_KEYS)


def load_targets(
    path: Path, *, topics: Collection[str] | None = None, templates_dir: Path | None = None
) -> Targets:
    """Read and validate the targets file at ``path``.

    ``topics``: the valid topic names (None: any topic is accepted). ``templates_dir``: when
    given, the kind must have its template there.
    """
    path = Path(path)
    text, _encoding = read_targets_text(path)
    return parse_targets(
        text, source=str(path), topics=topics, templates_dir=templates_dir, path=path
    )


def read_targets_text(path: Path) -> tuple[str, str]:
    """The text of the file at ``path`` and the encoding it was read in (utf-8, utf-8-sig,
    utf-16 or gb18030); a TargetsValidationError when it cannot be read as text."""
    path = Path(path)
    source = str(path)
    try:
        if path.exists() and not path.is_dir() and not path.is_file():
            # /dev/zero would be read for ever, a named pipe would wait for ever
            message = "这不是普通文件（是设备或管道）：请给出 .yaml 指标文件"
            raise _error([Problem(None, None, None, message)], source, path)
        with path.open("rb") as stream:
            raw = stream.read(MAX_BYTES + 1)  # decode_bytes refuses more than MAX_BYTES
    except FileNotFoundError:
        raise _error(
            [Problem(None, None, None, "文件不存在：请检查文件名和路径")], source, path
        ) from None
    except IsADirectoryError:
        raise _error(
            [Problem(None, None, None, "这是一个文件夹，不是指标文件")], source, path
        ) from None
    except OSError as error:
        message = f"无法读取文件（{describe_os_error(error)}）"
        raise _error([Problem(None, None, None, message)], source, path) from None
    text, encoding, problem = decode_bytes(raw)
    if text is None:
        raise _error([Problem(None, None, None, problem or "无法读取")], source, path)
    return text, encoding


def parse_targets(
    text: str,
    *,
    source: str = "<targets>",
    topics: Collection[str] | None = None,
    templates_dir: Path | None = None,
    path: Path | None = None,
) -> Targets:
    """Validate targets given as YAML text; ``source`` names it in messages."""
    text = text.removeprefix("\ufeff")
    loaded = load_yaml(text, KNOWN_KEYS)
    problems = list(loaded.problems)
    data = loaded.data
    if loaded.data is None and not problems:
        problems.append(
            Problem(
                None, None, None, "文件是空的（或只有注释）：请用 `drafter init` 生成一份示例再修改"
            )
        )
    elif not problems or isinstance(data, dict):
        if not isinstance(data, dict):
            problems.append(_not_a_mapping(data, loaded))
        else:
            try:
                names = None if topics is None else frozenset(topics)
                targets = Targets.model_validate(
                    data, context={"topics": names, "templates": templates_dir}
                )
            except ValidationError as error:
                # A value the loader already refused (a tag, a duplicate) is not reported twice.
                refused = loaded.refused
                problems.extend(p for p in _translate(error, loaded) if not _under(p.loc, refused))
            else:
                if not problems:
                    return targets
    raise _error(problems, source, path)


def _under(loc: Loc | None, refused: Collection[Loc]) -> bool:
    return loc is not None and any(loc[: len(r)] == r for r in refused)


MAX_SHOWN = 100  # beyond this, more lines help nobody: fix these and check again


def _error(problems: list[Problem], source: str, path: Path | None) -> TargetsValidationError:
    ordered = _dedupe(problems)
    lines = [p.format(source) for p in ordered[:MAX_SHOWN]]
    if len(ordered) > MAX_SHOWN:
        lines.append(
            f"{source}: 另有 {len(ordered) - MAX_SHOWN} 处问题未列出："
            "请先改正以上问题，再运行 drafter check"
        )
    return TargetsValidationError(lines, path=path)


def _dedupe(problems: list[Problem]) -> list[Problem]:
    """Sort by place; drop a later message on a line the line scan already explained."""
    scanned = {p.line for p in problems if p.loc is None and p.line is not None}
    kept: list[Problem] = []
    seen: set[tuple[Any, ...]] = set()
    for problem in problems:
        if problem.loc is not None and problem.line in scanned:
            continue
        key = (problem.line, problem.column, problem.loc, problem.message)
        if key not in seen:
            seen.add(key)
            kept.append(problem)
    return sorted(kept, key=lambda p: (p.line or 0, p.column or 0))


def _not_a_mapping(data: object, loaded: Loaded) -> Problem:
    place = loaded.values.get(())
    line, column = (place.line, place.column) if place else (None, None)
    if isinstance(data, list):
        message = "整个文件是一个列表：最外层应是“county: …”“kind: …”这样的键值对，不要在行首写“- ”"
    elif isinstance(data, str) and any(mark in data for mark in ("：", ":")):
        message = (
            f"读成了一整段文字{describe(data)}：键和值之间要用半角冒号加空格，如“county: 青禾县”"
        )
    else:
        message = f"整个文件只有一个值{describe(data)}：应写成“county: 青禾县”这样一行一项的键值对"
    return Problem(line, column, None, message)


# --- validation issues → problems ---------------------------------------------------------------


def _model_at(loc: Loc) -> type[Any]:
    """The model whose fields sit at ``loc`` (the path of a mapping)."""
    names = [part for part in loc if isinstance(part, str)]
    if not names:
        return Targets
    if names[-1] in ("figures", "goals"):
        return Figure
    if names == ["review"]:
        return Review
    if names == ["sections"]:
        return Section
    return Targets


def _place_of(loaded: Loaded, loc: Loc, *, key: bool = False) -> Place | None:
    """Where ``loc`` is written: its value, or its key when asked or when the value is a block
    that starts on a later line (``sections:`` then ``- topic: …``); else the nearest parent."""
    probe = loc
    while True:
        value = loaded.values.get(probe)
        name = loaded.keys.get(probe)
        if name is not None and (key or value is None or value.line > name.line):
            return name
        if value is not None:
            return value
        if not probe:
            return None
        probe = probe[:-1]


def _translate(error: ValidationError, loaded: Loaded) -> list[Problem]:
    problems: list[Problem] = []
    issues: tuple[Issue, ...] = error.issues
    bad_date = any(issue.loc == ("date",) for issue in issues)
    for issue in issues:
        loc = issue.loc
        kind = issue.kind
        value = issue.input
        if kind == "drafter":
            if issue.field is not None:
                loc = (*loc, issue.field)
            place = _place_of(loaded, loc)
            message = issue.message
            name = loc[-1] if loc else None
            if message == EMPTY and isinstance(name, str) and name in KEY_NAMES:
                example = MISSING_HINTS.get(name)
                message = f"不能为空，请填写{KEY_NAMES[name]}" + (
                    f"，如 {example}" if example else ""
                )
            problems.append(_at(place, loc, message))
            continue
        if kind == "missing":
            if loc == ("year",) and bad_date:
                continue  # the year would come from the date, which is reported
            parent = loc[:-1]
            name = str(loc[-1])
            hint = MISSING_HINTS.get(name, f"{name}: …")
            place = loaded.values.get(parent) if parent else None
            what = KEY_NAMES.get(name, name)
            problems.append(_at(place, loc, f"缺少必填项 {name}（{what}）：请写上 {hint}"))
            continue
        if kind == "extra_forbidden":
            name = str(loc[-1])
            allowed = sorted(_model_at(loc[:-1]).model_fields)
            if ":" in name or "：" in name:
                key = name.replace("：", ":").split(":")[0]
                message = f"“{clip(name)}”：键和值之间要用半角冒号加空格，如“{clip(key)}: …”"
            else:
                message = f"不认识的键“{clip(name)}”{did_you_mean(name, allowed)}"
                if not message.endswith("？"):
                    message += f"。这里可用的键：{'、'.join(allowed)}"
            problems.append(_at(_place_of(loaded, loc, key=True), loc, message))
            continue
        place = _place_of(loaded, loc)
        if kind in ("too_short", "too_long") and loc and loc[-1] == "sections":
            count = len(value) if isinstance(value, (list, tuple)) else 0
            message = (
                "至少要写一项重点工作：在 sections 下写“- topic: 项目建设”"
                if kind == "too_short"
                else f"写了 {count} 项重点工作，最多 12 项：请合并或删减"
            )
        elif kind in ("model_type", "dict_type", "model_attributes_type"):
            message = f"应为键值对（下一行缩进两格写“键: 值”），这里是{describe(value)}"
        elif kind in ("tuple_type", "list_type"):
            message = f"应为列表（每项另起一行，以“- ”开头），这里是{describe(value)}"
        else:
            message = f"取值{describe(value)}不对（{issue.message}）"
        problems.append(_at(place, loc, message))
    return problems


def _at(place: Place | None, loc: Loc, message: str) -> Problem:
    if place is None:
        return Problem(None, None, loc, message)
    return Problem(place.line, place.column, loc, message)
