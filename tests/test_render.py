"""render: the sandboxed Jinja environment and rendered markup → Document."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_compose import make_bank, make_targets

from drafter.compose.model import Paragraph, Piece
from drafter.compose.plan import compose_draft
from drafter.document import Provenance, Role
from drafter.errors import TemplateError
from drafter.render import Template, _Marks, parse_rendered, render_speech, render_text


def write(tmp_path: Path, text: str, name: str = "t.j2") -> Template:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return Template(path, user=True)


def test_tags_bold_and_provenance_become_blocks_and_runs() -> None:
    marks = _Marks()
    lead = Piece("补齐生态短板。", Provenance(entry="ld-1", kind="lead"))
    body = Piece("加快补齐基础设施短板。", Provenance(entry="bd-1", kind="body", yaml_key="x"))
    text = "【标题】在会上的讲话\n\n【一级标题】一、抓生态\n" + marks.finalize(
        Paragraph((body,), lead)
    )
    blocks = parse_rendered(text, marks)
    assert [b.role for b in blocks] == [Role.TITLE, Role.HEADING_1, Role.BODY]
    runs = blocks[2].runs
    assert runs[0].text == "补齐生态短板。" and runs[0].bold
    assert runs[0].provenance and runs[0].provenance.entry == "ld-1"
    assert runs[1].text == "加快补齐基础设施短板。" and not runs[1].bold
    assert runs[1].provenance and runs[1].provenance.yaml_key == "x"


def test_none_prints_nothing(tmp_path: Path) -> None:
    out = render_text(write(tmp_path, "a{{ x }}b"), {"x": None})
    assert out == "ab"


def test_undefined_variable_names_the_template_line(tmp_path: Path) -> None:
    template = write(tmp_path, "第一行\n第二行\n{{ nonsense }}\n")
    with pytest.raises(TemplateError) as caught:
        render_text(template, {})
    message = str(caught.value)
    assert "t.j2:3" in message and "nonsense" in message


def test_syntax_error_names_the_line(tmp_path: Path) -> None:
    template = write(tmp_path, "好\n{% for x in %}\n")
    with pytest.raises(TemplateError, match=r"t\.j2:2"):
        render_text(template, {})


def test_huge_repetition_is_refused(tmp_path: Path) -> None:
    template = write(tmp_path, "{{ 'x' * 50000000 }}")
    with pytest.raises(TemplateError, match="不允许"):
        render_text(template, {})
    template = write(tmp_path, "{{ 10 ** 100000 }}", "p.j2")
    with pytest.raises(TemplateError, match="不允许"):
        render_text(template, {})


def test_sandbox_blocks_attribute_escapes(tmp_path: Path) -> None:
    template = write(tmp_path, "{{ ''.__class__.__mro__ }}")
    with pytest.raises(TemplateError):
        render_text(template, {})


def test_missing_template_file(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="不存在"):
        render_text(Template(tmp_path / "none.j2"), {})


def test_user_template_gets_functions_and_draft(tmp_path: Path) -> None:
    draft = compose_draft(make_targets(), make_bank())
    template = write(
        tmp_path,
        "【标题】{{ county }}{{ meeting }}讲话\n"
        "{% for part in parts %}\n"
        "【一级标题】{{ cn(loop.index) }}、{{ part.heading }}\n"
        "{% endfor %}\n"
        "共{{ count_words(parts | length) }}部分；{{ join_list(['甲', '乙', '丙']) }}。\n",
    )
    doc = render_speech(draft, template)
    texts = doc.paragraphs()
    assert texts[0] == "青禾县县政府第一次全体会议讲话"
    assert texts[1].startswith("一、") and texts[4].startswith("四、")
    assert texts[-1] == "共四部分；甲、乙和丙。"
    assert doc.blocks[1].runs[-1].provenance is not None  # heading keeps its provenance


def test_empty_output_is_an_error(tmp_path: Path) -> None:
    draft = compose_draft(make_targets(), make_bank())
    with pytest.raises(TemplateError, match="没有输出"):
        render_speech(draft, write(tmp_path, "{# 空 #}\n"))


@pytest.mark.parametrize("kind", ["work_meeting", "plenary", "symposium", "work_report"])
def test_shipped_templates_render_every_kind(kind: str) -> None:
    targets = make_targets(kind=kind)
    draft = compose_draft(targets, make_bank())
    repo = Path(__file__).resolve().parents[1]
    doc = render_speech(draft, Template(repo / "templates" / f"{kind}.j2"))
    texts = doc.paragraphs()
    salutation = {"work_report": "各位代表：", "symposium": "同志们、朋友们："}.get(
        kind, "同志们："
    )
    assert salutation in texts
    if kind == "work_report":
        assert texts[0] == "青禾县政府工作报告"
        assert texts[-1].startswith("各位代表")
    else:
        assert texts[0] == "在青禾县人民政府2025年第一次全体会议上的讲话"
    assert not any(ch in doc.text for ch in "\x1e\x1f*{}")


def test_the_shipped_templates_code_is_current() -> None:
    """``drafter/templatecode.json`` holds the code Jinja generates for each shipped template
    (after editing one: ``python -m drafter.templatecode``)."""
    from drafter.resources import templates_dir
    from drafter.templatecode import _CODE_FILE, render_file

    assert _CODE_FILE.read_bytes() == render_file(templates_dir()), (
        "templates/ changed: run python -m drafter.templatecode"
    )


def test_a_shipped_template_renders_from_its_code_as_jinja_compiles_it(tmp_path: Path) -> None:
    import shutil

    import jinja2

    from drafter.render import _environment
    from drafter.resources import templates_dir
    from drafter.templatecode import shipped_code

    draft = compose_draft(make_targets(), make_bank())
    for shipped in sorted(templates_dir().glob("*.j2")):
        copy = tmp_path / shipped.name
        shutil.copyfile(shipped, copy)
        env, _ = _environment(tmp_path)
        code = shipped_code(env, copy)
        assert code is not None and code.co_filename == str(copy)
        jinja_own = env.compile(copy.read_text(encoding="utf-8"), copy.name, str(copy))
        assert code.co_consts == jinja_own.co_consts  # (the same code, nested functions too)
        fast = render_speech(draft, Template(copy))
        # the same template compiled by Jinja itself: an edited copy that says the same
        edited = tmp_path / "edited" / shipped.name
        edited.parent.mkdir(exist_ok=True)
        edited.write_text(copy.read_text(encoding="utf-8") + "{# 注释 #}", encoding="utf-8")
        assert shipped_code(_environment(edited.parent)[0], edited) is None
        assert render_speech(draft, Template(edited)) == fast
    # another environment's options: Jinja compiles
    other = jinja2.sandbox.SandboxedEnvironment(loader=jinja2.FileSystemLoader(str(tmp_path)))
    assert shipped_code(other, tmp_path / "work_meeting.j2") is None


def test_a_runtime_error_in_a_shipped_template_names_its_file_and_line(tmp_path: Path) -> None:
    import shutil

    from drafter.resources import templates_dir

    copy = tmp_path / "work_meeting.j2"
    shutil.copyfile(templates_dir() / "work_meeting.j2", copy)
    with pytest.raises(TemplateError) as caught:
        render_text(Template(copy), {})  # (no variables: the first one used is undefined)
    assert f"{copy}:" in str(caught.value) and ":?" not in str(caught.value)


@pytest.mark.parametrize(
    ("county", "meeting", "titled"),
    [
        ("桐渚县", "县政府第一次全体会议", "桐渚县人民政府第一次全体会议"),
        ("澜岗县", "县委十四届八次全会", "澜岗县委十四届八次全会"),
        ("青禾区", "区政府常务会议", "青禾区人民政府常务会议"),
        ("青禾县", "全县经济工作会议", "全县经济工作会议"),
        ("青禾县", "青禾县民营企业家座谈会", "青禾县民营企业家座谈会"),
    ],
)
def test_a_title_names_the_county_whose_meeting_it_is(
    county: str, meeting: str, titled: str
) -> None:
    from drafter.render import titled_meeting

    assert titled_meeting(county, meeting) == titled
    if "全体会议" in meeting:
        # (the year after the government's full name: 桐渚县人民政府2025年第一次全体会议)
        assert titled_meeting(county, meeting, 2025) == titled.replace("政府", "政府2025年", 1)
        assert titled_meeting(county, "县政府第十八届第一次全体会议", 2025) == (
            county + "人民政府第十八届第一次全体会议"
        )


def test_every_thanks_of_a_work_report_names_the_parties_and_the_people_s_bodies() -> None:
    """Round 135's writer: a report's thanks left out 民主党派、工商联、无党派人士 — every
    variant of the work report's thanks names them."""
    text = (Path(__file__).resolve().parents[1] / "templates" / "work_report.j2").read_text(
        encoding="utf-8"
    )
    thanks = [line for line in text.splitlines() if "表示衷心的感谢" in line]
    assert len(thanks) >= 3
    assert all("各民主党派、工商联、无党派人士" in line for line in thanks)
