"""``drafter init``: a fully commented targets file for one kind of speech, ready to draft.

The text is the shipped example for that kind (``examples/<kind>.yaml``, each for a county that
does not exist), with the example county's name replaced by the writer's. The result is validated
before it is written, so ``init`` never writes a file that ``check`` would refuse.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from drafter.errors import TargetsError, UsageError
from drafter.kinds import SPEECH_KINDS, SpeechKind, find_kind
from drafter.targets.load import parse_targets
from drafter.targets.messages import clip

DEFAULT_KIND = "work_meeting"

# Characters that would change the meaning of a YAML line, or cannot be in a file name.
_BAD_NAME = re.compile(r"[:：#{}\[\],&*!|>'\"%@`\\/<?\s]")


def _example_path(kind: SpeechKind, examples_dir: Path) -> Path:
    return examples_dir / f"{kind.name}.yaml"


def example_text(kind_name: str, county: str | None, *, examples_dir: Path) -> tuple[str, str]:
    """(YAML text, county) of the commented example for ``kind_name``, for ``county`` when given."""
    kind = find_kind(kind_name)
    if kind is None:
        names = "、".join(f"{k.name}（{k.title_cn}）" for k in SPEECH_KINDS)
        raise UsageError(f"没有“{kind_name}”这种讲话类型；可用：{names}")
    path = _example_path(kind, examples_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        raise TargetsError(
            f"找不到 {kind.title_cn} 的示例文件（drafter 安装不完整）", path=path
        ) from None
    example_county = parse_targets(text, source=path.name).county
    if county is None:
        return text, example_county
    county = county.strip()
    if not county or len(county) > 20 or _BAD_NAME.search(county):
        raise UsageError(
            f"县名“{clip(county)}”不能使用：请只写县（市、区）的名称，如 青禾县，"
            "不要含空格、冒号、引号等符号，20 字以内"
        )
    return text.replace(example_county, county), county


def init_targets(
    path: Path | None,
    *,
    kind: str = DEFAULT_KIND,
    county: str | None = None,
    force: bool = False,
    examples_dir: Path,
) -> Path:
    """Write the example for ``kind`` to ``path`` (default ``<县名>.yaml`` in the current folder),
    atomically; an existing file is replaced only with ``force``. Returns the path written.

    The file is UTF-8 with a byte-order mark and Windows line ends: the form every Notepad
    (including the one in Windows 7, still common in county offices) and WPS open correctly.
    """
    from drafter.output import write_bytes_atomic

    text, name = example_text(kind, county, examples_dir=examples_dir)
    target = path if path is not None else Path(f"{name}.yaml")
    parse_targets(text, source=target.name)  # what we write must pass `check`
    data = codecs.BOM_UTF8 + text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    write_bytes_atomic(target, data, force=force)
    return target
