"""The document model: one speech as blocks of styled runs.

Produced by render (from a composed draft) or by reading a speech file for lint; consumed by the
writers (docx, md, txt) and by lint. Every writer and every check sees the same model, so what
lint checks is exactly what the writer writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


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

    def describe(self) -> str:
        parts: list[str] = []
        if self.entry:
            parts.append(f"短语库条目 {self.entry}" + (f"（{self.kind}）" if self.kind else ""))
        if self.source:
            where = f"第{self.paragraph}段" if self.paragraph is not None else ""
            parts.append(f"来源 {self.source}{where}")
        if self.yaml_key:
            parts.append(f"指标文件 {self.yaml_key}")
        return "；".join(parts) if parts else "由模板生成"


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
