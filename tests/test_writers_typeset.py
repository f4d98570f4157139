"""Typesetting a speech someone already wrote: outline → document → .docx (drafter typeset)."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import docx
from clirunner import run_cli

from drafter.document import Role, Run
from drafter.outline.model import Heading, LeadSentence, Outline, Part, Span
from drafter.writers import document_from_outline

PARAGRAPHS = (
    "在全县经济工作会议上的讲话",
    "县长　王某某",
    "（2025年2月10日）",
    "同志们：",
    "今天，我们召开全县经济工作会议。",
    "一、坚持正向发力",
    "（一）全力以赴抓项目。项目建设是经济发展的引擎。",
    "补齐生态短板。加大国土绿化力度。",
    "2.加快重点项目建设。",
    "同志们，让我们奋力谱写新篇章！",
)


def hand_made_outline() -> Outline:
    def part(index: int) -> Part:
        return Part(PARAGRAPHS[index], Span(index, 0, len(PARAGRAPHS[index])))

    return Outline(
        paragraphs=PARAGRAPHS,
        title=part(0),
        front=(part(1), part(2)),
        salutation=part(3),
        headings=(
            Heading(1, "一、", "坚持正向发力", Span(5, 0, 8)),
            Heading(
                2, "（一）", "全力以赴抓项目", Span(6, 0, 10), body="项目建设是经济发展的引擎。"
            ),
            Heading(3, "2.", "加快重点项目建设", Span(8, 0, 10)),
        ),
        lead_sentences=(LeadSentence("补齐生态短板", Span(7, 0, 6)),),
    )


def test_roles_run_in_headings_and_leads_from_the_outline() -> None:
    doc = document_from_outline(hand_made_outline())
    assert doc.paragraphs() == PARAGRAPHS  # not a character lost or added
    assert [block.role for block in doc.blocks] == [
        Role.TITLE,
        Role.SPEAKER,
        Role.DATE,
        Role.SALUTATION,
        Role.BODY,
        Role.HEADING_1,
        Role.BODY,
        Role.BODY,
        Role.HEADING_3,  # "2.加快重点项目建设。": a heading with its 。 and nothing after
        Role.BODY,
    ]
    assert doc.blocks[6].runs == (
        Run("（一）全力以赴抓项目。", heading_level=2),
        Run("项目建设是经济发展的引擎。"),
    )
    assert doc.blocks[7].runs == (Run("补齐生态短板。", bold=True), Run("加大国土绿化力度。"))
    assert doc.meta.title == "在全县经济工作会议上的讲话"


def test_overlapping_marks_keep_the_first() -> None:
    outline = hand_made_outline()
    leads = (*outline.lead_sentences, LeadSentence("生态短板", Span(7, 2, 6)))
    doc = document_from_outline(dataclasses.replace(outline, lead_sentences=leads))
    assert doc.blocks[7].runs[0] == Run("补齐生态短板。", bold=True)
    assert doc.paragraphs() == PARAGRAPHS


def test_typeset_command_sets_a_hand_written_speech(tmp_path: Path) -> None:
    source = tmp_path / "讲话.txt"
    source.write_text("\n".join(PARAGRAPHS) + "\n", encoding="gb18030")
    out = tmp_path / "讲话.docx"
    result = run_cli(["typeset", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    package = docx.Document(io.BytesIO(out.read_bytes()))
    styles = [p.style.name if p.style is not None else None for p in package.paragraphs]
    assert styles[0] == "讲话标题"
    assert styles[3] == "称谓"
    assert "一级标题" in styles
    assert package.paragraphs[0].text == "在全县经济工作会议上的讲话"
    # Without --force an existing file is kept and the exit code says output failed.
    again = run_cli(["typeset", str(source), "-o", str(out)])
    assert again.exit_code == 3
    assert "--force" in again.output


def test_typeset_reports_a_bad_style_file(tmp_path: Path) -> None:
    source = tmp_path / "讲话.txt"
    source.write_text("\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    style = tmp_path / "样式.yaml"
    style.write_text("body_font: 仿宋\nbody_size: 三号\n", encoding="utf-8")
    result = run_cli(
        ["typeset", str(source), "-o", str(tmp_path / "x.docx"), "--style", str(style)]
    )
    assert result.exit_code == 2
    assert f"{style}:2:1" in result.output and "body_size" in result.output
    assert not (tmp_path / "x.docx").exists()
