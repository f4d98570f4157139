"""`drafter draft --keep`: a draft the writer edited in Word (runs split, comments removed, a
heading renamed, paragraphs rewritten, deleted and added) is regenerated with another seed and
new figures; every edited paragraph stays byte for byte, deleted ones stay deleted, untouched
ones are regenerated, and every figure the writer's text now contradicts is reported.

The merge itself is tested on small documents (no composition); the round trip through the CLI
composes twice per session with the shipped bank.
"""

from __future__ import annotations

import copy
import io
import itertools
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from clirunner import run_cli
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from drafter.document import Block, Document, DocumentMeta, Provenance, Role
from drafter.keep.edited import read_edited
from drafter.keep.merge import merge_kept
from drafter.keep.record import decode_record, encode_record, read_record, slot_ids
from drafter.writers import build_docx

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

TARGETS = """\
county: 柳塘县
kind: work_meeting
meeting: 县政府第一次全体会议
speaker: 县长
date: 2026-02-09
length: 3000
seed: 2
review:
  figures:
    - {name: 地区生产总值, value: 71.4, unit: 亿元, growth: 6.2}
    - {name: 一般公共预算收入, value: 4.37, unit: 亿元, growth: 3.1}
  problems: [项目储备不足，投资后劲乏力]
sections:
  - topic: 项目建设
    figures:
      - {name: 省市重点项目, value: 18, unit: 个}
  - topic: 乡村振兴
  - topic: 民生保障
"""
# the new figures: one the writer's edited paragraph states (a conflict), one only generated
# text states (regenerated with the new number)
NEW_TARGETS = TARGETS.replace(
    "value: 71.4, unit: 亿元, growth: 6.2", "value: 73.9, unit: 亿元, growth: 6.6"
).replace("value: 18, unit: 个", "value: 24, unit: 个")
REVIEW_EDIT = ("过去一年，", "过去的一年，")  # (in every wording of the review's opening)
NEW_HEADING = "二、坚定不移推进乡村全面振兴"
WRITERS_OWN = "柳塘县今年要把和美乡村建设作为头号民生工程，一个村一个村地抓落实。"


def invoke(*args: str) -> tuple[int, str, str]:
    result = run_cli(list(args))
    return result.exit_code, result.stdout, result.stderr


def texts(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def _split_runs(paragraph: Paragraph, text: str) -> None:
    """What Word saves after an edit: the paragraph's text in several runs of one look."""
    first = paragraph.runs[0]._r if paragraph.runs else None
    rpr = first.rPr if first is not None else None
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    cuts = [0, len(text) // 3, 2 * len(text) // 3, len(text)]
    for start, end in itertools.pairwise(cuts):
        run = paragraph.add_run(text[start:end])
        if rpr is not None:
            run._r.insert(0, copy.deepcopy(rpr))


def _remove_comments(document: docx.document.Document) -> None:
    body = document.element.body
    for tag in ("w:commentRangeStart", "w:commentRangeEnd"):
        for element in list(body.iter(qn(tag))):
            element.getparent().remove(element)
    for reference in list(body.iter(qn("w:commentReference"))):
        run = reference.getparent()
        run.getparent().remove(run)
    for rel in list(document.part.rels.values()):
        if rel.reltype.endswith("/comments"):
            document.part.drop_rel(rel.rId)


@dataclass(frozen=True)
class Edits:
    folder: Path
    first: list[str]  # the first draft's paragraphs
    edited_path: Path
    edited: list[str]  # paragraphs the writer changed or wrote
    deleted: list[str]
    untouched: list[str]  # body paragraphs of the parts the writer did not touch
    second: list[str]  # the regenerated draft's paragraphs
    stderr: str
    code: int


def _edit_like_word(source: Path, target: Path) -> tuple[list[str], list[str], list[str]]:
    document = docx.Document(str(source))
    _remove_comments(document)
    paragraphs = document.paragraphs
    edited: list[str] = []
    deleted: list[str] = []
    headings = [i for i, p in enumerate(paragraphs) if p.style.name == "一级标题"]
    review = next(p for p in paragraphs if "地区生产总值" in p.text)
    _split_runs(review, review.text.replace(*REVIEW_EDIT, 1))
    edited.append(review.text)
    heading = paragraphs[headings[1]]
    _split_runs(heading, NEW_HEADING)
    edited.append(heading.text)
    # in the first part: the writer rewrites the end of its second paragraph stating no figure
    # (the first's, when the part has one), deletes the one after it (when it has one)
    first_part = [paragraphs[i] for i in range(headings[0] + 1, headings[1])]
    plain = [p for p in first_part[1:] if not re.search(r"\d", p.text)] or first_part[:1]
    body = plain[0]
    _split_runs(body, body.text.rstrip("。") + "，一刻也不能放松。")
    edited.append(body.text)
    after = first_part.index(body) + 1
    if after < len(first_part):
        gone = first_part[after]
        deleted.append(gone.text)
        gone._p.getparent().remove(gone._p)
    # after the second heading: a paragraph of the writer's own
    new = copy.deepcopy(paragraphs[headings[1] + 1]._p)
    paragraphs[headings[1] + 1]._p.addprevious(new)
    written = Paragraph(new, heading._parent)
    _split_runs(written, WRITERS_OWN)
    edited.append(written.text)
    # the closing: deleted
    closing = paragraphs[-1]
    deleted.append(closing.text)
    closing._p.getparent().remove(closing._p)
    untouched = [
        p.text
        for p in document.paragraphs[headings[2] + 1 :]
        if p.style.name == "讲话正文" and p.text not in edited
    ]
    document.save(str(target))
    return edited, deleted, untouched


@pytest.fixture(scope="session")
def kept(tmp_path_factory: pytest.TempPathFactory) -> Edits:
    folder = tmp_path_factory.mktemp("keep")
    targets = folder / "柳塘县.yaml"
    targets.write_text(TARGETS, encoding="utf-8")
    first = folder / "讲话稿.docx"
    code, _, err = invoke("draft", str(targets), "-o", str(first), "--comments")
    assert code == 0, err
    edited_path = folder / "讲话稿-改.docx"
    edited, deleted, untouched = _edit_like_word(first, edited_path)
    targets.write_text(NEW_TARGETS, encoding="utf-8")
    second = folder / "讲话稿-第2稿.docx"
    code, _, err = invoke(
        "draft", str(targets), "--keep", str(edited_path), "--seed", "11", "-o", str(second)
    )
    return Edits(
        folder,
        texts(first),
        edited_path,
        edited,
        deleted,
        untouched,
        texts(second) if second.exists() else [],
        err,
        code,
    )


def test_every_edited_paragraph_stays_byte_for_byte(kept: Edits) -> None:
    assert kept.code == 0, kept.stderr
    for text in kept.edited:
        assert text in kept.second, text
    document = docx.Document(str(kept.folder / "讲话稿-第2稿.docx"))
    heading = next(p for p in document.paragraphs if p.text == NEW_HEADING)
    assert heading.style.name == "一级标题"  # the writer's heading is still a heading
    position = kept.second.index(NEW_HEADING)
    assert kept.second[position + 1] == WRITERS_OWN  # where the writer put it


def test_deleted_paragraphs_stay_deleted(kept: Edits) -> None:
    assert kept.deleted
    for text in kept.deleted:
        assert text not in kept.second
    assert not kept.second[-1].startswith("同志们")  # the closing the writer deleted


def test_untouched_paragraphs_are_regenerated(kept: Edits) -> None:
    assert kept.untouched
    still = [text for text in kept.untouched if text in kept.second]
    # another seed: new material (the template's own lines — 会后，县政府办公室要…… — stay as
    # they are: at most half of what the writer left untouched)
    assert len(still) <= len(kept.untouched) / 2, still
    assert "已重新生成" in kept.stderr


def test_new_figures_reach_regenerated_text_and_conflicts_are_reported(kept: Edits) -> None:
    text = "\n".join(kept.second)
    assert "24个" in text and "18个" not in text  # generated: the new figure
    assert "71.4亿元" in text  # the writer's paragraph keeps what the writer had
    conflicts = [line for line in kept.stderr.splitlines() if line.startswith("冲突：")]
    assert len(conflicts) == 1
    assert "地区生产总值是71.4、6.2" in conflicts[0] and "73.9亿元，增长6.6%" in conflicts[0]
    assert "撰稿人原文" in conflicts[0]
    changes = [line for line in kept.stderr.splitlines() if "指标有变化" in line]
    assert len(changes) == 2  # every changed figure, whoever's paragraph states it
    assert "上年指标第1项（地区生产总值）上一稿为71.4、6.2，现为73.9亿元，增长6.6%" in changes[0]
    assert "（省市重点项目）上一稿为18，现为24个" in changes[1]


def test_the_new_draft_records_the_writers_paragraphs_as_theirs(kept: Edits) -> None:
    entries = read_record(docx.Document(str(kept.folder / "讲话稿-第2稿.docx")))
    assert entries is not None
    origins = {entry.origin for entry in entries}
    assert origins == {"g", "w", "d", "f"}
    assert sum(entry.origin == "w" for entry in entries) == len(kept.edited)


def test_writing_over_the_kept_file_needs_force(kept: Edits) -> None:
    targets = kept.folder / "柳塘县.yaml"
    before = kept.edited_path.read_bytes()
    code, _, err = invoke(
        "draft", str(targets), "--keep", str(kept.edited_path), "-o", str(kept.edited_path)
    )
    assert code == 3
    assert "--force" in err and "撰稿人改过的稿件本身" in err
    assert kept.edited_path.read_bytes() == before


def test_a_docx_without_a_record_is_refused(kept: Edits, tmp_path: Path) -> None:
    plain = tmp_path / "别人的稿子.docx"
    plain.write_bytes(build_docx(Document((Block.plain(Role.BODY, "同志们，今天开会。"),))))
    code, _, err = invoke(
        "draft",
        str(kept.folder / "柳塘县.yaml"),
        "--keep",
        str(plain),
        "-o",
        str(tmp_path / "x.docx"),
    )
    assert code == 2
    assert "没有起草记录" in err and "Traceback" not in err


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice not installed")
def test_the_record_survives_a_libreoffice_save(kept: Edits, tmp_path: Path) -> None:
    """LibreOffice rewrites the whole package (style ids, run layout, property order) and drops
    document variables; the custom properties carry the record through."""
    assert SOFFICE is not None
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(tmp_path),
            str(kept.edited_path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    saved = read_edited(tmp_path / kept.edited_path.name)
    original = read_edited(kept.edited_path)
    assert saved.entries == original.entries
    assert [p.text for p in saved.paragraphs] == [p.text for p in original.paragraphs]
    assert [p.role for p in saved.paragraphs] == [p.role for p in original.paragraphs]


# --- the merge on small documents ---------------------------------------------------------


def _document(texts_by_part: list[list[str]], closing: str, seed: int = 1) -> Document:
    blocks = [
        Block.plain(Role.TITLE, "在全县工作会议上的讲话"),
        Block.plain(Role.SALUTATION, "同志们："),
        Block.plain(Role.BODY, f"开场{seed}。", Provenance(kind="opening", entry="o1")),
    ]
    for number, texts_ in enumerate(texts_by_part):
        key = f"sections[{number}]"
        blocks.append(
            Block.plain(
                Role.HEADING_1, f"{'一二三'[number]}、第{number}部分", Provenance(yaml_key=key)
            )
        )
        blocks += [Block.plain(Role.BODY, t, Provenance(entry="p", yaml_key=key)) for t in texts_]
    blocks.append(Block.plain(Role.BODY, closing))
    return Document(tuple(blocks), DocumentMeta(seed=seed))


def _edited(
    document: Document, edit: dict[int, str | None], insert: dict[int, str], tmp: Path
) -> Path:
    """``document`` written, then paragraph i replaced (None: deleted), new text before i."""
    word = docx.Document(io.BytesIO(build_docx(document)))
    paragraphs = word.paragraphs
    for index, text in insert.items():
        new = copy.deepcopy(paragraphs[index]._p)
        paragraphs[index]._p.addprevious(new)
        _split_runs(Paragraph(new, paragraphs[index]._parent), text)
    for index, text in edit.items():
        if text is None:
            paragraphs[index]._p.getparent().remove(paragraphs[index]._p)
        else:
            _split_runs(paragraphs[index], text)
    path = tmp / f"edited-{len(list(tmp.iterdir()))}.docx"
    word.save(str(path))
    return path


def test_slots_name_front_parts_and_closing() -> None:
    document = _document([["甲。", "乙。"], ["丙。"]], "同志们，加油！")
    assert slot_ids(document.blocks) == (
        "title",
        "salutation",
        "front.0",
        "s0.h",
        "s0.0",
        "s0.1",
        "s1.h",
        "s1.0",
        "end.0",
    )


def test_record_text_round_trips_and_rejects_damage() -> None:
    document = _document([["甲。"]], "结束。")
    word = docx.Document(io.BytesIO(build_docx(document)))
    entries = read_record(word)
    assert entries is not None and len(entries) == len(document.blocks)
    assert decode_record(encode_record(entries)) == entries
    assert decode_record("draft-record/1|g:s0.0:XYZ") is None
    assert decode_record("something else") is None


def test_merge_over_three_rounds(tmp_path: Path) -> None:
    first = _document([["甲一。", "甲二。", "甲三。"], ["乙一。", "乙二。"]], "同志们，加油！")
    # paragraphs: 0 title, 1 salutation, 2 opening, 3 h0, 4-6 part one, 7 h1, 8-9 part two, 10 end
    path = _edited(
        first, {5: "甲二，撰稿人改过。", 6: None, 10: None}, {8: "撰稿人新写的一段。"}, tmp_path
    )
    second = _document(
        [["新甲一。", "新甲二。", "新甲三。", "新甲四。"], ["新乙一。", "新乙二。"]],
        "同志们，前进！",
        seed=2,
    )
    merged = merge_kept(second, read_edited(path))
    result = merged.document.paragraphs()
    assert result == (
        "在全县工作会议上的讲话",
        "同志们：",
        "开场2。",
        "一、第0部分",
        "新甲一。",
        "甲二，撰稿人改过。",
        "新甲四。",
        "二、第1部分",
        "撰稿人新写的一段。",
        "新乙一。",
        "新乙二。",
    )  # 甲三's slot and the closing were deleted: they stay out
    assert (merged.edited, merged.written, merged.deleted) == (1, 1, 2)
    assert len(merged.kept) == 2
    # round three: nothing edited; the writer's paragraphs stay, deleted slots stay deleted
    again = tmp_path / "round2.docx"
    again.write_bytes(build_docx(merged.document, marking=merged.marking))
    third = _document(
        [["三甲一。", "三甲二。", "三甲三。", "三甲四。"], ["三乙一。"]], "同志们，奋斗！", seed=3
    )
    result = merge_kept(third, read_edited(again)).document.paragraphs()
    assert "甲二，撰稿人改过。" in result and "撰稿人新写的一段。" in result
    assert "三甲三。" not in result and "同志们，奋斗！" not in result
    assert "三甲一。" in result and "三甲四。" in result and "三乙一。" in result


def test_a_deleted_part_leaves_no_gap_in_the_numbering(tmp_path: Path) -> None:
    first = _document([["甲。"], ["乙。"], ["丙。"]], "完。")
    # 0 title 1 salutation 2 opening 3 h0 4 甲 5 h1 6 乙 7 h2 8 丙 9 end
    path = _edited(first, {5: None, 6: None}, {}, tmp_path)
    second = _document([["甲2。"], ["乙2。"], ["丙2。"]], "完2。", seed=2)
    result = merge_kept(second, read_edited(path)).document.paragraphs()
    assert [t for t in result if "部分" in t] == ["一、第0部分", "二、第2部分"]
    assert "乙2。" not in result


def test_writers_runs_keep_their_bold(tmp_path: Path) -> None:
    first = _document([["甲。"]], "完。")
    word = docx.Document(io.BytesIO(build_docx(first)))
    paragraph = word.paragraphs[4]
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    paragraph.add_run("抓项目").bold = True
    paragraph.add_run("。项目是发展的生命线。")
    path = tmp_path / "bold.docx"
    word.save(str(path))
    merged = merge_kept(_document([["甲2。"]], "完2。", seed=2), read_edited(path))
    block = next(b for b in merged.document.blocks if b.text.startswith("抓项目"))
    assert [(run.text, run.bold) for run in block.runs] == [
        ("抓项目", True),
        ("。项目是发展的生命线。", False),
    ]
    assert all(run.provenance == Provenance(origin="writer") for run in block.runs)
    assert Provenance(origin="writer").describe() == "撰稿人原文"


def test_merged_draft_is_written_byte_for_byte_the_same(tmp_path: Path) -> None:
    first = _document([["甲。", "乙。"]], "完。")
    path = _edited(first, {5: "乙，改过。"}, {}, tmp_path)
    second = _document([["甲2。", "乙2。"]], "完2。", seed=2)
    one = merge_kept(second, read_edited(path))
    two = merge_kept(second, read_edited(path))
    assert build_docx(one.document, marking=one.marking) == build_docx(
        two.document, marking=two.marking
    )


def test_plan_and_keep_modules_do_not_import_jieba() -> None:
    code = (
        "import sys, drafter.cli, drafter.plan.draft, drafter.plan.read, drafter.redraft, "
        "drafter.keep.merge, drafter.keep.conflicts, drafter.keep.edited; "
        "assert 'jieba' not in sys.modules, 'jieba imported'"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_unresolved_tracked_changes_are_refused(tmp_path: Path) -> None:
    from drafter.errors import KeepError

    word = docx.Document(io.BytesIO(build_docx(_document([["甲。"]], "完。"))))
    paragraph = word.paragraphs[4]._p
    inserted = paragraph.makeelement(qn("w:ins"), {qn("w:id"): "1", qn("w:author"): "撰稿人"})
    inserted.append(copy.deepcopy(paragraph.r_lst[0]))
    paragraph.append(inserted)
    path = tmp_path / "修订.docx"
    word.save(str(path))
    with pytest.raises(KeepError, match="接受所有修订"):
        read_edited(path)


def test_a_table_the_writer_added_is_named_as_not_kept(tmp_path: Path) -> None:
    word = docx.Document(io.BytesIO(build_docx(_document([["甲。"]], "完。"))))
    word.add_table(rows=2, cols=2)
    path = tmp_path / "表格.docx"
    word.save(str(path))
    notes = read_edited(path).notes
    assert len(notes) == 1 and "1 个表格" in notes[0]


def test_a_parts_items_are_renumbered_in_their_new_order() -> None:
    """One regenerated item left out (its slot the writer's) leaves no gap: 一是 二是 五是 read
    as a slip (the keep round after the composer's order changed)."""
    from drafter.document import Block, Role, Run
    from drafter.keep.merge import _renumbered

    def body(text: str) -> Block:
        return Block(Role.BODY, (Run(text),))

    blocks = [
        Block(Role.HEADING_1, (Run("一、抓项目"),)),
        body("一是抓好用地。保障用地。"),
        body("二是强化保障。要素跟着项目走。"),
        body("抓好建设用地供应。（写稿人的段落）"),
        body("五是强化调度。"),
        Block(Role.HEADING_1, (Run("二、抓振兴"),)),
        body("三是壮大集体经济。"),
    ]
    origins = ["g", "g", "g", "w", "g", "g", "g"]
    texts = [b.text for b in _renumbered(blocks, origins)]
    assert texts[4] == "三是强化调度。"
    assert texts[6] == "一是壮大集体经济。"
    assert texts[3] == "抓好建设用地供应。（写稿人的段落）"


def test_a_broken_edited_file_is_named_in_chinese_and_nothing_is_written(tmp_path: Path) -> None:
    """A --keep file that is no Word document: a Chinese message naming it (no exception's
    English name), a non-zero exit, no draft written."""
    targets = tmp_path / "柳塘县.yaml"
    targets.write_text(TARGETS, encoding="utf-8")
    broken = tmp_path / "讲话稿-改.docx"
    broken.write_bytes(b"PK\x03\x04junk")
    out = tmp_path / "讲话稿-第2稿.docx"
    code, _, err = invoke("draft", str(targets), "--keep", str(broken), "-o", str(out))
    assert code != 0
    assert "讲话稿-改.docx" in err and "不是有效的 Word 文档" in err
    assert not re.search(r"[A-Za-z]+Error", err)
    assert not out.exists()
