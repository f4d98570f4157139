"""Read a plan (提纲) the writer edited: input a .docx, .md or .txt file; output a
``SpeechPlan`` with the headings and leads exactly as the writer typed them (only a closing 。
and the outline markers are dropped; parts are renumbered by their order). The grammar is
``drafter.plan.notation``. Nothing is normalised: a writer's 「」 or half-width comma stays.
"""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

from drafter.errors import CorpusError, PlanError
from drafter.plan.model import PlanLead, PlanPart, SpeechPlan
from drafter.plan.notation import (
    ANNOTATION,
    LEAD,
    NOTE,
    PART,
    clean_heading,
    parse_annotation,
    plain_title,
)

MAX_PLAN_BYTES = 2 * 1024 * 1024  # a plan is one or two pages


def read_plan(path: Path) -> SpeechPlan:
    """The plan at ``path``; PlanError naming the file when it cannot be read or has no part."""
    return parse_plan(plan_lines(Path(path)), path=Path(path))


def plan_lines(path: Path) -> list[str]:
    if not path.is_file():
        raise PlanError("找不到提纲文件，请检查文件名", path=path)
    if path.stat().st_size > MAX_PLAN_BYTES:
        raise PlanError("文件太大，不像一份提纲（提纲通常只有一两页）", path=path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return _docx_lines(path)
    if suffix not in (".md", ".txt"):
        raise PlanError(
            f"不支持的提纲格式 {suffix or '（无扩展名）'}：请用 .docx、.md 或 .txt", path=path
        )
    from drafter.corpus.decode import decode_bytes

    try:
        text, _ = decode_bytes(path.read_bytes())
    except CorpusError as error:
        raise PlanError(f"无法读取提纲：{error.message}", path=path) from None
    if suffix == ".md":
        from drafter.corpus.markdown import strip_markdown

        text = strip_markdown(text)
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _docx_lines(path: Path) -> list[str]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    from drafter.corpus.wordfile import NOT_DOCX

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise PlanError(NOT_DOCX, path=path) from None
    return [_marked(paragraph) for paragraph in document.paragraphs]


# Paragraph styles that make a line a part or a lead whatever its text begins with (Word's
# automatic numbering keeps 一、 out of the text): ours, and Word's and WPS's built-in headings.
_PART_STYLES = ("SpeechHeading1", "一级标题", "Heading 1", "标题 1")
_LEAD_STYLES = ("SpeechHeading2", "二级标题", "Heading 2", "标题 2")


def _marked(paragraph: object) -> str:
    text = str(getattr(paragraph, "text", "")).replace("\n", "")
    style = getattr(paragraph, "style", None)
    names = {getattr(style, "style_id", None), getattr(style, "name", None)}
    bare = text.strip(" \t\u3000")
    if bare and names & set(_PART_STYLES) and not PART.match(bare):
        return "一、" + bare  # renumbered by order when read
    if bare and names & set(_LEAD_STYLES) and not (LEAD.match(bare) or PART.match(bare)):
        return "（一）" + bare
    return text


def parse_plan(lines: list[str], *, path: Path | None = None) -> SpeechPlan:
    title = ""
    parts: list[PlanPart] = []
    for raw in lines:
        line = raw.strip(" \t\u3000\ufeff")
        if not line:
            continue
        if not title:
            title = plain_title(line)
            continue
        part = PART.match(line)
        if part:
            heading = clean_heading(part.group(2))
            if heading:
                parts.append(PlanPart(heading=heading))
            continue
        if not parts:
            continue  # speaker, date and notes before the first part
        annotation = ANNOTATION.match(line)
        if annotation:
            found = parse_annotation(annotation.group(1))
            parts[-1] = replace(
                parts[-1],
                topic=found.topic,
                section=found.section,
                share=found.share,
                chars=found.chars,
            )
            continue
        lead = LEAD.match(line)
        if lead is None and NOTE.match(line):
            continue
        text = clean_heading(lead.group(1) if lead else line)
        if text:
            parts[-1] = replace(parts[-1], leads=(*parts[-1].leads, PlanLead(text)))
    if not parts:
        raise PlanError(
            "提纲中没有找到任何“一、二、三……”部分：每个部分的标题另起一行，以“一、”“二、”开头",
            path=path,
        )
    return SpeechPlan(title=title, parts=tuple(parts))
