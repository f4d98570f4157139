"""`drafter plan` and `drafter draft --plan`: the plan a leader approves, edited as a writer
would (rename, reorder, delete, add, rewrite a lead, change a share), then drafted to.

One plan and one planned draft per session (each a full composition with the shipped bank).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from clirunner import run_cli

from drafter.plan.model import PlanLead, PlanPart, SpeechPlan
from drafter.plan.notation import parse_annotation
from drafter.plan.read import parse_plan, read_plan

# a county no example and no golden file uses
TARGETS = """\
county: 澜溪县
kind: work_meeting
meeting: 县政府第二次全体会议
speaker: 县长
date: 2026-02-12
length: 3200
seed: 3
review:
  figures:
    - {name: 地区生产总值, value: 64.2, unit: 亿元, growth: 5.9}
  problems: [产业结构偏重，新动能不足]
goals:
  - {name: 地区生产总值, growth: 6, qualifier: 左右}
sections:
  - topic: 项目建设
    figures:
      - {name: 省市重点项目, value: 21, unit: 个}
    points: [确保高铁站前片区项目6月底前开工]
  - topic: 乡村振兴
    figures:
      - {name: 高标准农田, value: 3.6, unit: 万亩}
  - topic: 工业发展
    title: 坚定不移推进工业强县
  - topic: 生态环保
  - topic: 民生保障
"""
NEW_PART = "大力发展文化旅游产业"
NEW_LEADS = ("擦亮山水文旅品牌", "培育乡村旅游新业态")
RENAMED = "项目为王，大抓项目抓大项目"
MY_LEAD = "奋力建强园区平台"


def invoke(*args: str) -> tuple[int, str, str]:
    result = run_cli(list(args))
    return result.exit_code, result.stdout, result.stderr


@dataclass(frozen=True)
class Round:
    targets: Path
    plan_md: str  # as drafter wrote it (the text of its paragraphs)
    original: SpeechPlan
    edited: SpeechPlan  # as the writer left it
    deleted_lead: str
    draft: docx.document.Document
    stderr: str
    code: int
    plan_docx_path: Path
    plan_path: Path
    draft_path: Path


def _edit(plan: SpeechPlan) -> tuple[str, str]:
    """The writer's edits, as Markdown lines; returns (text, the lead deleted)."""
    parts = {part.topic: part for part in plan.parts}
    project, industry, ecology, livelihood = (
        parts["项目建设"],
        parts["工业发展"],
        parts["生态环保"],
        parts["民生保障"],
    )
    deleted = industry.leads[-1].text if len(industry.leads) > 1 else ""
    industry_leads = [MY_LEAD] + [lead.text for lead in industry.leads[1:-1]]
    lines = [f"# {plan.title}（提纲）", "", "澜溪县县长", ""]

    def part(number: str, heading: str, note: str, leads: list[str]) -> None:
        lines.extend([f"## {number}、{heading}", "", note, ""])
        for i, lead in enumerate(leads):
            lines.extend([f"{i + 1}. {lead}", ""])

    part(
        "一",
        RENAMED,
        "〔话题：项目建设；指标文件：重点工作第1项；篇幅：约占全文16%〕",
        [lead.text for lead in project.leads],
    )
    # reordered: 生态环保 before 工业发展; 乡村振兴 deleted; 民生保障 given a larger share
    part(
        "二",
        ecology.heading,
        "〔话题：生态环保；指标文件：重点工作第4项；篇幅：约占全文8%〕",
        [lead.text for lead in ecology.leads],
    )
    part(
        "三",
        industry.heading,
        "〔话题：工业发展；指标文件：重点工作第3项；篇幅：约占全文16%〕",
        industry_leads,
    )
    part(
        "五",
        livelihood.heading,
        "〔话题：民生保障；指标文件：重点工作第5项；篇幅：约占全文26%〕",
        [lead.text for lead in livelihood.leads],
    )
    part("六", NEW_PART, "", list(NEW_LEADS))  # added: no bracketed line, topic from its words
    duty = plan.parts[-1]
    part(
        "七",
        duty.heading,
        f"〔话题：{duty.topic}；篇幅：约占全文6%〕",
        [lead.text for lead in duty.leads],
    )
    return "\n".join(lines) + "\n", deleted


@pytest.fixture(scope="session")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Round:
    folder = tmp_path_factory.mktemp("plan")
    targets = folder / "澜溪县.yaml"
    targets.write_text(TARGETS, encoding="utf-8")
    plan_path = folder / "提纲.docx"
    # the first variant whose plan has sub-heads (the edits below change one): which variants
    # have them follows the bank, not this test
    for seed in range(1, 9):
        code, _, err = invoke(
            "plan", str(targets), "-o", str(plan_path), "--comments", "--seed", str(seed), "--force"
        )
        assert code == 0, err
        original = read_plan(plan_path)
        if any(part.leads for part in original.parts):
            break
    targets.write_text(TARGETS.replace("seed: 3\n", f"seed: {seed}\n"), encoding="utf-8")
    assert "draft" in err and "--plan" in err
    text, deleted = _edit(original)
    edited_path = folder / "提纲-审定.md"
    edited_path.write_text(text, encoding="utf-8")
    out = folder / "讲话稿.docx"
    code, _, err = invoke("draft", str(targets), "--plan", str(edited_path), "-o", str(out))
    return Round(
        targets,
        "\n".join(p.text for p in docx.Document(str(plan_path)).paragraphs),
        original,
        read_plan(edited_path),
        deleted,
        docx.Document(str(out)) if out.exists() else docx.Document(),
        err,
        code,
        plan_path,
        edited_path,
        out,
    )


def _headings(document: docx.document.Document) -> list[str]:
    return [
        re.sub(r"^[一二三四五六七八九十]+、", "", p.text)
        for p in document.paragraphs
        if p.style is not None and p.style.name == "一级标题"
    ]


def _parts(document: docx.document.Document) -> dict[str, str]:
    """Each part's heading → its text."""
    parts: dict[str, str] = {}
    current = None
    for paragraph in document.paragraphs:
        if paragraph.style is not None and paragraph.style.name == "一级标题":
            current = re.sub(r"^[一二三四五六七八九十]+、", "", paragraph.text)
            parts[current] = ""
        elif current is not None:
            parts[current] += paragraph.text + "\n"
    return parts


def test_plan_shows_title_parts_headings_leads_and_shares(planned: Round) -> None:
    plan = planned.original
    assert plan.title == "在澜溪县人民政府2026年第二次全体会议上的讲话"
    # (a long title is set on two lines, as the .docx sets it)
    title = "在澜溪县人民政府2026年第二次全体会议上的讲话（提纲）"
    assert title in planned.plan_md.replace("\n", "")
    assert [part.topic for part in plan.parts][:5] == [
        "项目建设",
        "工业发展",
        "乡村振兴",
        "生态环保",
        "民生保障",
    ]
    assert [part.section for part in plan.parts][:5] == [0, 2, 1, 3, 4]
    assert all(part.share and part.share >= 1 for part in plan.parts)
    assert 60 <= sum(part.share or 0 for part in plan.parts) <= 100
    assert any(part.leads for part in plan.parts)
    # one or two pages: a leader reads it at a glance
    assert len(planned.plan_md) < 2500


def test_draft_keeps_every_heading_of_the_plan_verbatim_in_its_order(planned: Round) -> None:
    assert planned.code == 0, planned.stderr
    assert _headings(planned.draft) == [part.heading for part in planned.edited.parts]
    assert _headings(planned.draft)[0] == RENAMED


def test_deleted_part_and_its_figures_stay_out(planned: Round) -> None:
    text = "\n".join(p.text for p in planned.draft.paragraphs)
    deleted = next(p.heading for p in planned.original.parts if p.topic == "乡村振兴")
    assert deleted not in text
    assert "3.6万亩" not in text  # the deleted section's figure
    assert "重点工作第2项（乡村振兴）不在提纲中" in planned.stderr
    assert "21个" in text and "确保高铁站前片区项目6月底前开工" in text  # the kept section's


def test_added_part_gets_material_on_its_topic(planned: Round) -> None:
    body = _parts(planned.draft)[NEW_PART]
    assert len(body) > 150
    assert sum(body.count(word) for word in ("旅游", "文旅", "景区", "文化")) >= 3
    assert f"“{NEW_PART}”是新加的部分，按话题“文化旅游”组织素材" in planned.stderr


def test_every_lead_of_the_plan_is_in_its_part_and_a_deleted_lead_is_not(planned: Round) -> None:
    parts = _parts(planned.draft)
    for part in planned.edited.parts:
        for lead in part.leads:
            assert lead.text in parts[part.heading], (part.heading, lead.text)
    assert MY_LEAD in parts[planned.edited.parts[2].heading]
    if planned.deleted_lead:
        # no paragraph opens on it, after its ordinal if any (一是; a sentence may hold its
        # words: 支持企业与知名高校……)
        opening = planned.deleted_lead.rstrip("。") + "。"
        lines = [line.strip() for text in parts.values() for line in text.splitlines()]
        assert not any(opening in line[: len(opening) + 3] for line in lines)


def test_shares_follow_the_plan(planned: Round) -> None:
    parts = _parts(planned.draft)
    livelihood = next(p.heading for p in planned.edited.parts if p.topic == "民生保障")
    ecology = next(p.heading for p in planned.edited.parts if p.topic == "生态环保")
    # asked 26% against 8% of 3,200 characters (832 and 256): the larger share gives the
    # larger part. Neither reaches its share exactly: the bank's 民生保障 material after the
    # draft's own filters (one point per sentence, one matter per sub-head, the terms a year no
    # longer says) fills about half to two thirds of its 26% (47.6% after round 53's filters),
    # and an 8% part is still one paragraph with its sub-head.
    asked = 3200
    assert len(parts[livelihood]) > len(parts[ecology])
    assert len(parts[livelihood]) >= 0.45 * 0.26 * asked
    assert len(parts[ecology]) <= 2 * 0.08 * asked


def test_plan_docx_with_comments_names_each_headings_source(planned: Round) -> None:
    out = planned.plan_docx_path
    document = docx.Document(str(out))
    comments = [c.text for c in document.comments]
    assert any("指标文件 重点工作第3项" in c for c in comments)  # the writer's own title
    assert any("短语库条目" in c for c in comments)  # a mined or curated heading
    assert [p.heading for p in read_plan(out).parts][1] == "坚定不移推进工业强县"
    headings = [
        p for p in document.paragraphs if p.style is not None and p.style.name == "一级标题"
    ]
    assert headings[0].text.startswith("一、")
    # a plan is no draft: it records no generated paragraphs
    assert "draft_record" not in "".join(
        part.blob.decode("utf-8", "replace")
        for part in document.part.package.iter_parts()
        if part.partname.endswith(".xml")
    )


def test_plan_and_keep_together_over_a_second_round(planned: Round, tmp_path: Path) -> None:
    """The writer edits the planned draft in Word, the figures change, and the draft is
    regenerated with another seed, to the same plan, keeping the edits."""
    document = docx.Document(str(planned.draft_path))
    body = [p for p in document.paragraphs if p.style is not None and p.style.name == "讲话正文"]
    target = body[-3]
    for run in list(target.runs)[1:]:
        run._r.getparent().remove(run._r)
    target.runs[0].text = "撰稿人重写的这一段，讲清楚为什么要这样做。"
    written = target.text
    edited = tmp_path / "讲话稿-改.docx"
    document.save(str(edited))
    targets = tmp_path / "澜溪县.yaml"
    targets.write_text(TARGETS.replace("value: 21, unit: 个", "value: 25, unit: 个"), "utf-8")
    out = tmp_path / "讲话稿-第2稿.docx"
    code, _, err = invoke(
        "draft",
        str(targets),
        "--plan",
        str(planned.plan_path),
        "--keep",
        str(edited),
        "--seed",
        "5",
        "-o",
        str(out),
    )
    assert code == 0, err
    second = docx.Document(str(out))
    texts = [p.text for p in second.paragraphs]
    assert written in texts
    assert _headings(second) == [part.heading for part in planned.edited.parts]
    assert "25个" in "".join(texts) and "21个" not in "".join(texts)
    assert "保留撰稿人的文字 1 段" in err


# --- reading a plan: the writer's text as typed -------------------------------------------


def test_reading_keeps_the_writers_words_and_renumbers() -> None:
    plan = parse_plan(
        [
            "在全县经济工作会议上的讲话（提纲）",
            "（开篇部分，约占全文10%）",
            "三、抓项目，“稳”字当头。",
            "〔话题：项目建设；指标文件：重点工作第2项；篇幅：约占全文20%（约1000字）〕",
            "（一）盯紧签约项目",
            "2、抓好在建项目",
            "- 谋划储备项目",
            "抓好项目要素保障",
            "（此处请领导定夺）",
            "一、抓民生",
        ]
    )
    assert plan.title == "在全县经济工作会议上的讲话"
    assert [p.heading for p in plan.parts] == ["抓项目，“稳”字当头", "抓民生"]
    first = plan.parts[0]
    assert [lead.text for lead in first.leads] == [
        "盯紧签约项目",
        "抓好在建项目",
        "谋划储备项目",
        "抓好项目要素保障",
    ]
    assert (first.topic, first.section, first.share, first.chars) == ("项目建设", 1, 20.0, 1000)
    assert plan.parts[1] == PlanPart(heading="抓民生")


def test_annotation_parts_are_each_optional() -> None:
    assert parse_annotation("话题：民生保障").topic == "民生保障"
    assert parse_annotation("篇幅：约1200字").chars == 1200
    assert parse_annotation("").section is None


def test_a_plan_without_parts_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "提纲.txt"
    path.write_text("讲话提纲\n先讲形势，再讲任务。\n", encoding="utf-8")
    code, _, err = invoke("draft", str(path), "--plan", str(path), "-o", "-")
    assert code == 2
    assert "没有找到任何“一、二、三……”部分" in err


def test_an_added_part_no_topic_fits_is_refused_with_what_to_write(
    planned: Round, tmp_path: Path
) -> None:
    path = tmp_path / "提纲.txt"
    path.write_text("讲话（提纲）\n一、关于若干事项的说明\n（一）其他\n", encoding="utf-8")
    code, _, err = invoke("draft", str(planned.targets), "--plan", str(path), "-o", "-")
    assert code == 2
    assert "看不出讲的是哪个话题" in err and "〔话题：某某〕" in err
    assert "Traceback" not in err


def test_unknown_topic_and_section_are_all_reported_at_once(planned: Round, tmp_path: Path) -> None:
    path = tmp_path / "提纲.txt"
    path.write_text(
        "讲话（提纲）\n一、抓项目\n〔话题：项目见设〕\n二、抓民生\n〔指标文件：重点工作第9项〕\n",
        encoding="utf-8",
    )
    code, _, err = invoke("draft", str(planned.targets), "--plan", str(path), "-o", "-")
    assert code == 2
    assert "“项目见设”不在短语库中" in err and "重点工作第9项" in err


def test_plan_help_is_chinese() -> None:
    code, out, _ = invoke("plan", "--help")
    assert code == 0 and "提纲" in out and "--comments" in out
    code, out, _ = invoke("draft", "--help")
    assert "--plan" in out and "--keep" in out


def test_plan_model_is_frozen() -> None:
    lead = PlanLead("抓项目")
    with pytest.raises(AttributeError):
        lead.text = "x"  # type: ignore[misc]


def test_a_docx_plan_whose_markers_word_numbered_away_still_reads(tmp_path: Path) -> None:
    from drafter.plan.document import plan_document
    from drafter.writers import build_docx

    plan = SpeechPlan(
        title="在全县工作会议上的讲话",
        parts=(
            PlanPart("抓项目", (PlanLead("盯紧签约项目"),), "项目建设", 0, 30.0),
            PlanPart("抓民生", (), "民生保障", 1, 20.0),
        ),
        length=3000,
    )
    document = docx.Document(io.BytesIO(build_docx(plan_document(plan))))
    for paragraph in document.paragraphs:  # automatic numbering keeps the markers out of the text
        for run in paragraph.runs:
            run.text = re.sub(r"^(?:[一二]、|（一）)", "", run.text)
    path = tmp_path / "提纲.docx"
    document.save(str(path))
    read = read_plan(path)
    assert [p.heading for p in read.parts] == ["抓项目", "抓民生"]
    assert [lead.text for lead in read.parts[0].leads] == ["盯紧签约项目"]
    assert (read.parts[1].topic, read.parts[1].section, read.parts[1].share) == (
        "民生保障",
        1,
        20.0,
    )


def test_a_lead_the_writer_approved_stays_when_its_sentence_moves() -> None:
    """A sub-head whose first sentence went (a call, to the part's end) heads nothing it names
    and goes — but not one the writer approved in the plan (加强就业和社保工作 went missing
    from its part when the bank changed)."""
    from drafter.compose.model import Paragraph, Part, Piece
    from drafter.compose.plan import _in_place
    from drafter.document import Provenance

    bank = Provenance(entry="bd-1", kind="body")
    call = Piece("只要我们齐心协力，就一定能把民生实事办好。", bank)
    measure = Piece("加强困难群众基本生活保障。", bank)
    opening = Paragraph((Piece("全面做好民生工作。", bank), Piece("办好民生实事。", bank)))
    closing = Paragraph((Piece("抓好民生工程。", bank), Piece("兜牢民生底线。", bank)))

    def leads(origin: str | None) -> list[str]:
        lead = Piece("加强就业和社保工作。", Provenance(origin=origin))
        item = Paragraph((call, measure), lead)
        part = Part(
            number=1,
            heading=Piece("一、民生"),
            paragraphs=(opening, item, closing),
            topic="民生保障",
            section=None,
        )
        return [p.lead.text for p in _in_place(part, False).paragraphs if p.lead is not None]

    assert leads(None) == []  # (the bank's sub-head over a sentence it does not name goes)
    assert leads("plan") == ["加强就业和社保工作。"]
