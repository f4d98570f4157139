"""targets stage commands: `drafter check` on the examples, `drafter init`, `drafter kinds`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from clirunner import CliResult, run_cli

from drafter.kinds import SPEECH_KINDS, find_kind, get_kind
from drafter.targets import load_targets

REPO = Path(__file__).resolve().parents[1]
# examples/ also holds other files (a typesetting style); targets files start with `county:`.
EXAMPLES = sorted(
    path
    for path in (REPO / "examples").glob("*.yaml")
    if re.search(r"^county:", path.read_text(encoding="utf-8"), flags=re.M)
)


def test_one_example_per_kind() -> None:
    assert sorted(p.stem for p in EXAMPLES) == sorted(k.name for k in SPEECH_KINDS)
    for path in EXAMPLES:
        assert load_targets(path).kind == path.stem


def test_examples_are_for_different_counties() -> None:
    counties = [load_targets(path).county for path in EXAMPLES]
    assert len(set(counties)) == len(counties)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_example_passes_check(path: Path) -> None:
    result = run_cli(["check", str(path)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    targets = load_targets(path)
    out = result.stdout
    assert out.startswith(f"{path}：检查通过")
    assert f"县名：{targets.county}" in out
    assert get_kind(targets.kind).title_cn in out
    assert f"重点工作：{len(targets.sections)} 部分" in out
    for section in targets.sections:
        assert section.topic in out


def test_check_summary_counts() -> None:
    result = run_cli(["check", str(REPO / "examples" / "work_meeting.yaml")])
    out = result.stdout
    assert "上年回顾：指标 5 项，亮点 2 项，问题 3 项" in out
    assert "一、项目建设：全力以赴抓项目扩投资（指标 2 项，必写事项 1 项）" in out
    assert "固定资产投资41.2亿元，下降3.5%" in out
    assert "城镇登记失业率3.1%，下降0.2个百分点" in out
    assert "主要预期目标：3 项" in out
    assert "地区生产总值增长7%以上" in out


@pytest.mark.parametrize("kind", [k.name for k in SPEECH_KINDS])
def test_init_writes_a_file_that_passes_check(tmp_path: Path, kind: str) -> None:
    target = tmp_path / f"{kind}.yaml"
    result = run_cli(["init", str(target), "--kind", kind, "--county", "白鹭县"])
    assert result.exit_code == 0, result.stderr
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "BOM: old Notepad and WPS detect UTF-8"
    assert raw.count(b"\r\n") == raw.count(b"\n"), "Windows line ends"
    text = raw.decode("utf-8-sig")
    assert text.count("#") > 20, "fully commented"
    example_county = load_targets(REPO / "examples" / f"{kind}.yaml").county
    assert example_county not in text
    check = run_cli(["check", str(target)])
    assert check.exit_code == 0, check.stderr
    assert "县名：白鹭县" in check.stdout
    assert load_targets(target).kind == kind


def test_init_default_name_is_the_county(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli(["init", "--county", "白鹭县"])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "白鹭县.yaml").is_file()
    assert "drafter check 白鹭县.yaml" in result.stdout


def test_init_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "mine.yaml"
    target.write_text("county: 我写了一半\n", encoding="utf-8")
    result = run_cli(["init", str(target)])
    assert result.exit_code == 3
    assert "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "county: 我写了一半\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.yaml"], "no temp file left"
    forced = run_cli(["init", str(target), "--force"])
    assert forced.exit_code == 0, forced.stderr
    assert load_targets(target).kind == "work_meeting"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--kind", "speech"], "没有“speech”这种讲话类型"),
        (["--county", "青禾县: 坏"], "不能使用"),
        (["--county", "   "], "不能使用"),
    ],
)
def test_init_bad_arguments(tmp_path: Path, args: list[str], fragment: str) -> None:
    target = tmp_path / "x.yaml"
    result = run_cli(["init", str(target), *args])
    assert result.exit_code == 2
    assert fragment in result.stderr
    assert not target.exists()


def test_init_into_missing_folder(tmp_path: Path) -> None:
    result = run_cli(["init", str(tmp_path / "没有" / "x.yaml")])
    assert result.exit_code == 3
    assert re.search(r"[\u4e00-\u9fff]", result.stderr)


def test_kinds_lists_every_kind_with_a_chinese_description() -> None:
    result = run_cli(["kinds"])
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert len(lines) == len(SPEECH_KINDS) >= 4
    for kind, line in zip(SPEECH_KINDS, lines, strict=True):
        assert line.startswith(kind.name)
        assert kind.title_cn in line and kind.description in line
    titles = {k.name: k.title_cn for k in SPEECH_KINDS}
    assert titles["work_meeting"] == "县政府全体会议讲话"
    assert titles["plenary"] == "全会上的经济工作讲话"
    assert titles["symposium"] == "座谈会讲话"
    assert titles["work_report"] == "政府工作报告"


def test_every_kind_has_its_template() -> None:
    for kind in SPEECH_KINDS:
        assert (REPO / "templates" / kind.template).is_file(), kind.template


def test_find_kind() -> None:
    assert find_kind("政府工作报告") is get_kind("work_report")
    assert find_kind("work-meeting") is get_kind("work_meeting")
    assert find_kind("讲话") is None
    with pytest.raises(KeyError):
        get_kind("speech")
    assert get_kind("work_report").salutation == "各位代表："


def test_readme_first_command_drafts_the_work_meeting_example() -> None:
    readme = REPO / "README.md"
    if not readme.is_file():
        pytest.skip("README.md not written yet")
    assert "examples/work_meeting.yaml" in readme.read_text(encoding="utf-8")


def test_check_notices_what_is_valid_but_probably_unmeant(tmp_path: Path) -> None:
    result = _checked(
        tmp_path,
        "length: 900\n"
        "goals:\n  - {name: 地区生产总值, growth: 7}\n  - {name: 地区生产总值, growth: 8}\n"
        "sections:\n  - topic: 项目建设\n  - topic: 项目建设\n  - topic: 民生保障\n"
        "  - topic: 生态环保\n  - topic: 作风建设\n",
    )
    notes = [line for line in result.stdout.splitlines() if "提示：" in line]
    # (and, at a length this short, maybe the length the bank reaches: ``reached_length``)
    notes = [line for line in notes if "最短也有约" not in line]
    assert len(notes) == 3, result.stdout
    # (the second 项目建设, with nothing of its own, is written into the first: four parts)
    assert "重点工作第二项与第一项主题都是“项目建设”" in notes[0]
    assert "并入第一项" in notes[0]
    assert "“地区生产总值”写了 2 次" in notes[1]
    assert "要写 4 个部分，每部分不到 250 字" in notes[2]
    assert "一、项目建设（指标 0 项，重点工作第二项并入这一部分）" in result.stdout
    assert "四、作风建设" in result.stdout


def test_check_notices_a_repeated_topic_that_keeps_its_own_part(tmp_path: Path) -> None:
    """A topic listed again with its own figures or points stays a part of its own (its
    figures are its matter); only a bare repeat is folded into the first."""
    result = _checked(
        tmp_path,
        "length: 6000\n"
        "sections:\n  - topic: 项目建设\n  - topic: 民生保障\n  - topic: 项目建设\n"
        "    points: [推动物流园二期年内开工]\n",
    )
    assert "并入" not in result.stdout
    assert "第一、第三部分主题都是“项目建设”且未写标题" in result.stdout
    assert "三、项目建设（指标 0 项，必写事项 1 项）" in result.stdout


def _checked(tmp_path: Path, rest: str) -> CliResult:
    """``drafter check`` of a plenary of 青禾县 for 2025 with ``rest`` (length, goals, sections);
    it passes."""
    path = tmp_path / "青禾县.yaml"
    head = "county: 青禾县\nkind: plenary\nmeeting: 县委全会\nyear: 2025\n"
    path.write_text(head + rest, encoding="utf-8")
    result = run_cli(["check", str(path)])
    assert result.exit_code == 0, result.stderr
    return result


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_examples_draw_no_notices(path: Path) -> None:
    result = run_cli(["check", str(path)])
    assert "提示：" not in result.stdout
