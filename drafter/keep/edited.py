"""Read a draft the writer has edited in Word or WPS: its paragraphs and the record it carries.

Input: the path of a .docx made by ``drafter draft`` and since edited; output: an ``Edited`` —
each body paragraph's role (from its paragraph style), its runs (text, bold) as the editor saved
them (Word splits runs at every edit; they are joined again here), and the record of
``drafter.keep.record``. python-docx is imported here only.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.document import Role
from drafter.errors import KeepError
from drafter.keep.record import Entry, paragraph_text, read_record
from drafter.records import dataclass

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

# Our paragraph styles by id and by name (drafter.writers.docx_styles), as an editor keeps them.
_ROLES: dict[str, Role] = {
    "SpeechTitle": Role.TITLE,
    "SpeechSpeaker": Role.SPEAKER,
    "SpeechDate": Role.DATE,
    "SpeechSalutation": Role.SALUTATION,
    "SpeechBody": Role.BODY,
    "SpeechHeading1": Role.HEADING_1,
    "SpeechHeading2": Role.HEADING_2,
    "SpeechHeading3": Role.HEADING_3,
    "SpeechHeading4": Role.HEADING_4,
    "讲话标题": Role.TITLE,
    "讲话人": Role.SPEAKER,
    "讲话日期": Role.DATE,
    "称谓": Role.SALUTATION,
    "讲话正文": Role.BODY,
    "一级标题": Role.HEADING_1,
    "二级标题": Role.HEADING_2,
    "三级标题": Role.HEADING_3,
    "四级标题": Role.HEADING_4,
}


@dataclass(frozen=True, slots=True)
class EditedParagraph:
    role: Role
    runs: tuple[tuple[str, bool], ...]  # (text, bold), neighbours of one look joined

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.runs)


@dataclass(frozen=True, slots=True)
class Edited:
    path: Path
    paragraphs: tuple[EditedParagraph, ...]  # non-empty paragraphs, in order
    entries: tuple[Entry, ...]
    notes: tuple[str, ...] = ()  # what could not be kept (tables)


def read_edited(path: Path) -> Edited:
    """The edited draft at ``path``; KeepError when it is no .docx or carries no record."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    from drafter.corpus.wordfile import NOT_DOCX

    path = Path(path)
    if not path.is_file():
        raise KeepError("找不到要保留修改的稿件（--keep），请检查文件名", path=path)
    if path.suffix.lower() != ".docx":
        raise KeepError(
            "--keep 只接受 drafter 起草、撰稿人改过的 .docx 文件"
            "（Word、WPS 另存为 .docx 即可；.doc/.wps 格式不带生成记录）",
            path=path,
        )
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise KeepError(NOT_DOCX, path=path) from None
    entries = read_record(document)
    if entries is None:
        raise KeepError(
            "文件中没有起草记录：它不是 drafter 起草的 .docx，或保存它的软件删去了记录"
            "（文件 → 属性 → 自定义中的 draft_record_*）。无法区分哪些段落是撰稿人改过的，"
            "请改用 drafter 新起草的稿件",
            path=path,
        )
    from docx.oxml.ns import qn

    body = document.element.body
    if any(True for tag in ("w:ins", "w:del") for _ in body.iter(qn(tag))):
        raise KeepError(
            "稿件中还有未处理的修订（修订模式下的插入、删除）：请在 Word/WPS 中"
            "“接受所有修订”（或拒绝）并保存后，再运行 --keep",
            path=path,
        )
    notes = []
    if document.tables:
        notes.append(
            f"{path.name} 中有 {len(document.tables)} 个表格：--keep 只保留段落文字，"
            "表格没有写入新稿，请手工补上"
        )
    paragraphs = []
    for paragraph in document.paragraphs:
        runs = _runs(paragraph)
        if paragraph_text("".join(text for text, _ in runs)):
            paragraphs.append(EditedParagraph(_role(paragraph), runs))
    return Edited(path, tuple(paragraphs), entries, tuple(notes))


def _role(paragraph: object) -> Role:
    style = getattr(paragraph, "style", None)
    for name in (getattr(style, "style_id", None), getattr(style, "name", None)):
        if name in _ROLES:
            return _ROLES[name]
    return Role.BODY


def _runs(paragraph: Paragraph) -> tuple[tuple[str, bool], ...]:
    """The paragraph's text by look: bold or not (a lead sentence), line breaks dropped."""
    joined: list[tuple[str, bool]] = []
    runs: list[Run] = []
    for item in paragraph.iter_inner_content():  # runs, and the runs of hyperlinks
        runs.extend(item.runs if hasattr(item, "runs") else [item])
    for run in runs:
        text = run.text.replace("\n", "").replace("\r", "")
        if not text:
            continue
        bold = bool(run.bold) or _style_bold(run)
        if joined and joined[-1][1] == bold:
            joined[-1] = (joined[-1][0] + text, bold)
        else:
            joined.append((text, bold))
    # trimmed as the writers trim a paragraph (and as its digest was taken)
    if joined:
        joined[0] = (joined[0][0].lstrip(), joined[0][1])
        joined[-1] = (joined[-1][0].rstrip(), joined[-1][1])
    return tuple((text, bold) for text, bold in joined if text)


def _style_bold(run: object) -> bool:
    style = getattr(run, "style", None)
    font = getattr(style, "font", None)
    return bool(getattr(font, "bold", False)) if getattr(style, "style_id", None) else False
