"""The document model: one speech as blocks of styled runs.

Produced by render (from a composed draft) or by reading a speech file for lint; consumed by the
writers (docx, md, txt) and by lint. Every writer and every check sees the same model, so what
lint checks is exactly what the writer writes.
"""

from __future__ import annotations

import re
from enum import Enum

from drafter.records import dataclass


class Role(str, Enum):
    """What a block is in the speech; each role is one Word style in the .docx."""

    TITLE = "title"
    SPEAKER = "speaker"  # 县长 XXX / ——在……上的讲话 lines under the title
    DATE = "date"  # （2025年2月10日）
    SALUTATION = "salutation"  # 同志们：
    BODY = "body"
    HEADING_1 = "heading1"  # 一、
    HEADING_2 = "heading2"  # （一）
    HEADING_3 = "heading3"  # 1.
    HEADING_4 = "heading4"  # （1）

    @property
    def label(self) -> str:
        """What the role is called in --explain (标题, 正文, 一级标题 …)."""
        return ROLE_LABELS[self.value]

    @property
    def heading_level(self) -> int | None:
        return {"heading1": 1, "heading2": 2, "heading3": 3, "heading4": 4}.get(self.value)

    @classmethod
    def heading(cls, level: int) -> Role:
        return {1: cls.HEADING_1, 2: cls.HEADING_2, 3: cls.HEADING_3, 4: cls.HEADING_4}[level]


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a generated sentence came from, shown as a Word comment with ``--comments``."""

    entry: str | None = None  # phrase bank entry id
    kind: str | None = None  # entry kind (opening, body, figure_frame …)
    source: str | None = None  # source speech file name
    paragraph: int | None = None  # paragraph number in the source (1-based for people)
    yaml_key: str | None = None  # targets key path that filled it (sections[0].figures[1])
    origin: str | None = None  # "plan": from the writer's approved plan; "writer": kept text

    def describe(self) -> str:
        """The comment text of ../shared/spec/provenance.md (contract v1), all in Chinese:
        短语库条目 ID（种类）；来源 FILE第N段 or 来源 手工条目；指标文件 上年指标第1项."""
        parts: list[str] = []
        if self.entry:
            kind = KIND_LABELS.get(self.kind, self.kind) if self.kind else None
            parts.append(f"短语库条目 {self.entry}" + (f"（{kind}）" if kind else ""))
        if self.source == CURATED_SOURCE:
            parts.append("来源 手工条目")
        elif self.source:
            where = f"第{self.paragraph}段" if self.paragraph is not None else ""
            parts.append(f"来源 {self.source}{where}")
        if self.yaml_key:
            parts.append(f"指标文件 {describe_key(self.yaml_key)}")
        if self.origin in ORIGIN_LABELS:
            parts.append(ORIGIN_LABELS[self.origin])
        return "；".join(parts) if parts else "由模板生成"


# The labels people read in --explain and in .docx comments (one place for all of them).
CURATED_SOURCE = "curated"  # Provenance.source of an entry from curated.yaml
KIND_LABELS: dict[str, str] = {
    "opening": "开场",
    "transition": "过渡",
    "heading_frame": "标题框架",
    "heading": "标题",
    "ordinal_run": "序列",
    "lead": "领句",
    "body": "正文句",
    "paragraph": "段落",
    "figure_frame": "数据句式",
    "parallel_list": "排比短语",
    "closing": "结尾",
}
# Text the writer gave us, not the bank: a heading or lead of the approved plan (提纲), a
# paragraph kept from the writer's edited draft (撰稿人原文).
ORIGIN_LABELS: dict[str, str] = {"plan": "提纲", "writer": "撰稿人原文"}
ROLE_LABELS: dict[str, str] = {
    "title": "标题",
    "speaker": "讲话人",
    "date": "日期",
    "salutation": "称呼",
    "body": "正文",
    "heading1": "一级标题",
    "heading2": "二级标题",
    "heading3": "三级标题",
    "heading4": "四级标题",
}
_KEY_LABELS: dict[str, str] = {
    "review": "上年",
    "figures": "指标",
    "highlights": "亮点",
    "problems": "问题",
    "goals": "预期目标",
    "sections": "重点工作",
    "points": "要点",
    "title": "标题",
    "topic": "主题",
    "meeting": "会议名称",
    "closing": "结尾号召",
    "county": "县名",
    "speaker": "讲话人",
    "date": "日期",
    "year": "年度",
}
_KEY_PART = re.compile(r"^([A-Za-z_]+)(?:\[(\d+)\])?$")


def describe_key(key: str) -> str:
    """A targets key path in the writer's words: review.figures[0] → 上年指标第1项,
    sections[2].points[0] → 重点工作第3项 要点第1项. An unknown key stays as it is."""
    words: list[str] = []
    glue = False  # 上年 joins the word after it: 上年指标, 上年亮点
    for part in key.split("."):
        match = _KEY_PART.match(part)
        if match is None or match.group(1) not in _KEY_LABELS:
            return key
        word = _KEY_LABELS[match.group(1)]
        if match.group(2) is not None:
            word += f"第{int(match.group(2)) + 1}项"
        if glue and words:
            words[-1] += word
        else:
            words.append(word)
        glue = match.group(1) == "review"
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text with one look. ``heading_level`` marks a run-in heading set in the
    heading font at the start of a body paragraph ("（一）全力以赴抓项目。项目建设是……")."""

    text: str
    bold: bool = False
    heading_level: int | None = None
    provenance: Provenance | None = None


@dataclass(frozen=True, slots=True)
class Block:
    role: Role
    runs: tuple[Run, ...]

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)

    @classmethod
    def plain(cls, role: Role, text: str, provenance: Provenance | None = None) -> Block:
        return cls(role, (Run(text, provenance=provenance),))


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    title: str = ""
    author: str = ""  # the speaker
    seed: int | None = None
    targets_sha256: str | None = None
    generator: str = ""  # "drafter 0.1.0"
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    blocks: tuple[Block, ...]
    meta: DocumentMeta = DocumentMeta()

    def paragraphs(self) -> tuple[str, ...]:
        """Plain text of every block, in order: what the outline parser and lint read."""
        return tuple(block.text for block in self.blocks)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs())
