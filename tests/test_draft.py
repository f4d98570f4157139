"""`drafter draft` end to end: CLI, output formats, self-check, --explain, golden drafts."""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path

import pytest
from clirunner import run_cli
from test_compose import make_bank

from drafter.compose.plan import ADDED_WARNING, MUST_WARNING
from drafter.phrasebank import save_bank

REPO = Path(__file__).resolve().parents[1]
KINDS = ("work_meeting", "plenary", "symposium", "work_report")
EXAMPLES = [REPO / "examples" / f"{kind}.yaml" for kind in KINDS]
GOLDEN = REPO / "tests" / "golden" / "drafts"


def draft(*args: str) -> tuple[int, str, str]:
    result = run_cli(["draft", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def bank_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bank") / "bank"
    save_bank(make_bank(), path)
    return path


@pytest.fixture()
def targets(tmp_path: Path) -> Path:
    path = tmp_path / "青禾县.yaml"
    path.write_text(
        "county: 青禾县\nkind: work_meeting\nmeeting: 县政府第一次全体会议\nspeaker: 县长\n"
        "date: 2025-02-10\nlength: 2500\n"
        "review:\n  figures:\n    - {name: 地区生产总值, value: 86.3, unit: 亿元, growth: 6.8}\n"
        "    - {name: 固定资产投资, value: 41.2, unit: 亿元, growth: -3.5}\n"
        "  problems: [项目储备不足]\n"
        "goals:\n  - {name: 地区生产总值, growth: 7, qualifier: 以上}\n"
        "sections:\n  - topic: 项目建设\n    points: [确保新建风电场项目3月底前开工]\n"
        "  - topic: 生态环保\n  - topic: 民生保障\n",
        encoding="utf-8",
    )
    return path


def test_draft_to_stdout(targets: Path, bank_dir: Path) -> None:
    code, out, _ = draft(str(targets), "-o", "-", "--bank", str(bank_dir))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "在青禾县人民政府2025年第一次全体会议上的讲话"
    assert "固定资产投资完成41.2亿元，下降3.5%" in out
    # 下面，我讲N点意见 counts the parts the draft has (the small test bank may add parts of the
    # kind's own to reach the length)
    from drafter.numerals import to_chinese

    parts = [line for line in lines if re.match(r"^\u3000*[一二三四五六七八九十]+、", line)]
    assert parts and f"下面，我讲{to_chinese(len(parts))}点意见。" in out


def test_draft_docx_has_headings_and_bold_leads(
    targets: Path, bank_dir: Path, tmp_path: Path
) -> None:
    import docx

    bold = False
    for seed in ("1", "2", "3"):  # the small test bank gives a part leads under some seeds
        out = tmp_path / f"稿{seed}.docx"
        code, _, err = draft(str(targets), "-o", str(out), "--bank", str(bank_dir), "--seed", seed)
        assert code == 0, err
        document = docx.Document(str(out))
        texts = [p.text for p in document.paragraphs if p.text]
        # (a long title set on two lines, broken between words)
        assert texts[0].replace("\n", "") == "在青禾县人民政府2025年第一次全体会议上的讲话"
        assert any(t.startswith("一、") for t in texts)
        bold = bold or any(
            r.bold and r.text for p in document.paragraphs for r in p.runs if p.text[:2] != "一、"
        )
    assert bold


def test_same_seed_same_bytes_other_seed_differs(
    targets: Path, bank_dir: Path, tmp_path: Path
) -> None:
    outputs = {}
    for name, seed in (("a", "5"), ("b", "5"), ("c", "6")):
        for ext in ("md", "docx"):
            path = tmp_path / f"{name}.{ext}"
            assert (
                draft(str(targets), "-o", str(path), "--bank", str(bank_dir), "--seed", seed)[0]
                == 0
            )
            outputs[name, ext] = path.read_bytes()
    assert outputs["a", "md"] == outputs["b", "md"]
    assert outputs["a", "docx"] == outputs["b", "docx"]
    assert outputs["a", "md"] != outputs["c", "md"]


def test_existing_file_is_not_overwritten(targets: Path, bank_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "稿.md"
    out.write_text("原稿", encoding="utf-8")
    code, _, err = draft(str(targets), "-o", str(out), "--bank", str(bank_dir))
    assert code == 3 and "force" in err.lower()
    assert out.read_text(encoding="utf-8") == "原稿"
    assert draft(str(targets), "-o", str(out), "--bank", str(bank_dir), "--force")[0] == 0
    assert out.read_text(encoding="utf-8") != "原稿"


def test_failing_self_check_writes_nothing_unless_told_to(
    targets: Path, bank_dir: Path, tmp_path: Path
) -> None:
    template = tmp_path / "坏模板.j2"
    template.write_text(
        "【标题】在{{ meeting }}上的讲话\n今天，XX县召开会议。\n"
        "{% for part in parts %}\n【一级标题】{{ part.marker }}{{ part.heading }}\n{% endfor %}\n",
        encoding="utf-8",
    )
    out = tmp_path / "稿.md"
    args = [str(targets), "-o", str(out), "--bank", str(bank_dir), "--template", str(template)]
    code, _, err = draft(*args)
    assert code == 1
    assert "自检未通过" in err and "XX" in err
    assert "review.figures[0]" in err  # the template dropped the review: figures are missing
    assert not out.exists()
    # --force only allows replacing a file; writing a failed draft is its own choice
    assert draft(*args, "--force")[0] == 1 and not out.exists()
    code, _, err = draft(*args, "--ignore-check")
    assert code == 0 and out.exists()
    assert "已按 --ignore-check 写入" in err


def test_template_error_names_the_line(targets: Path, bank_dir: Path, tmp_path: Path) -> None:
    template = tmp_path / "t.j2"
    template.write_text("【标题】讲话\n{{ no_such_thing }}\n", encoding="utf-8")
    code, _, err = draft(
        str(targets), "-o", "-", "--bank", str(bank_dir), "--template", str(template)
    )
    assert code == 2
    assert "t.j2:2" in err and "no_such_thing" in err
    assert "Traceback" not in err


def test_explain_names_entries_and_yaml_keys(targets: Path, bank_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "稿.md"
    code, stdout, _ = draft(str(targets), "-o", str(out), "--bank", str(bank_dir), "--explain")
    assert code == 0
    assert "短语库条目 bd-" in stdout and "来源 000_test.txt第4段" in stdout
    assert "指标文件 上年指标第2项" in stdout
    assert "指标文件 重点工作第1项 要点第1项" in stdout
    assert "［正文］" in stdout and "［body］" not in stdout


def test_comments_carry_provenance_into_docx(targets: Path, bank_dir: Path, tmp_path: Path) -> None:
    import docx

    out = tmp_path / "稿.docx"
    code, _, err = draft(str(targets), "-o", str(out), "--bank", str(bank_dir), "--comments")
    assert code == 0, err
    comments = list(docx.Document(str(out)).comments)
    assert any("短语库条目" in c.text for c in comments)


def test_bad_targets_file_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "坏.yaml"
    path.write_text("county: 青禾县\nkind: 讲话\n", encoding="utf-8")
    code, _, err = draft(str(path), "-o", "-")
    assert code == 2 and "坏.yaml" in err and "Traceback" not in err


def test_draft_help_is_chinese() -> None:
    result = run_cli(["draft", "--help"])
    assert result.exit_code == 0
    assert "起草讲话稿" in result.stdout and "--explain" in result.stdout


# --- golden drafts: the shipped examples with the shipped bank --------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_golden_draft(example: Path) -> None:
    code, out, err = draft(str(example), "-o", "-", "--format", "txt")
    assert code == 0, err
    golden = GOLDEN / f"{example.stem}.txt"
    if os.environ.get("DRAFTER_REGEN_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(out, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    if out != expected:
        diff = "\n".join(
            difflib.unified_diff(
                expected.splitlines(), out.splitlines(), str(golden), "draft", lineterm=""
            )
        )
        pytest.fail(f"draft differs from {golden.name} (DRAFTER_REGEN_GOLDEN=1 to accept):\n{diff}")


def test_style_file_passes_through_to_docx(targets: Path, bank_dir: Path, tmp_path: Path) -> None:
    style = tmp_path / "样式.yaml"
    style.write_text("body_font: 宋体\n", encoding="utf-8")
    out = tmp_path / "稿.docx"
    code, _, err = draft(
        str(targets), "-o", str(out), "--bank", str(bank_dir), "--style", str(style)
    )
    assert code == 0, err
    import docx

    xml = docx.Document(str(out)).styles.element.xml
    assert "宋体" in xml


def test_bad_style_file_is_reported_before_anything_is_written(
    targets: Path, bank_dir: Path, tmp_path: Path
) -> None:
    style = tmp_path / "样式.yaml"
    style.write_text("no_such_key: 1\n", encoding="utf-8")
    out = tmp_path / "稿.docx"
    code, _, err = draft(
        str(targets), "-o", str(out), "--bank", str(bank_dir), "--style", str(style)
    )
    assert code == 2 and "样式.yaml" in err
    assert not out.exists()


def test_a_draft_that_reaches_its_length_carries_no_thin_part_warning() -> None:
    from drafter.pipeline import draft_speech

    result = draft_speech(REPO / "examples" / "work_meeting.yaml")
    assert abs(result.characters - result.targets.length) <= 0.15 * result.targets.length
    assert result.warnings == ()


def test_a_draft_that_falls_short_names_its_thin_parts(tmp_path: Path) -> None:
    from drafter.pipeline import draft_speech

    targets = tmp_path / "short.yaml"
    targets.write_text(
        "county: 青禾县\nkind: work_meeting\nmeeting: 县政府第一次全体会议\n"
        "date: 2025-02-10\nlength: 20000\nsections:\n  - topic: 文化旅游\n  - topic: 营商环境\n",
        encoding="utf-8",
    )
    result = draft_speech(targets)
    assert any("相差超过 15%" in w for w in result.warnings)
    assert any("素材不足" in w for w in result.warnings)
    # two sections cannot carry 20,000 characters: the draft adds parts a work meeting has
    # anyway, and says which
    added = [w for w in result.warnings if w.startswith(ADDED_WARNING)]
    assert added and "生态环保" in added[0]
    assert "文化旅游" not in added[0] and "营商环境" not in added[0]
    # the parts any work meeting has (安全稳定, 民生保障) come first, named apart
    musts = [w for w in result.warnings if w.startswith(MUST_WARNING)]
    assert musts and "安全稳定" in musts[0] and "民生保障" in musts[0]
    assert "民生保障" not in added[0]
