"""targets stage through the CLI: malformed files get one Chinese line per problem, naming the line.

Each case is a file a writer could plausibly produce, the fragment of the message we expect, the
line it must name (None: the whole file), and the exit code.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from clirunner import run_cli

GOOD = """\
county: 青禾县
kind: work_meeting
meeting: 县政府第一次全体会议
year: 2025
review:
  figures:
    - {name: 地区生产总值, value: 86.3, unit: 亿元, growth: 6.8}
sections:
  - topic: 项目建设
    figures:
      - {name: 重点建设项目, value: 56, unit: 个}
  - topic: 乡村振兴
"""


def _with(line: int, text: str) -> str:
    """GOOD with its line ``line`` (1-based) replaced by ``text``."""
    lines = GOOD.splitlines()
    lines[line - 1] = text
    return "\n".join(lines) + "\n"


def _bomb() -> str:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for i, name in enumerate("bcdefghij"):
        prev = "abcdefghij"[i]
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


FIG = "    - {name: 地区生产总值, value: 86.3, unit: 亿元, growth: %s}"

CASES: list[tuple[str, str | bytes, str, int | None]] = [
    ("growth_not_number", _with(7, FIG % "很快"), "“很快”不是数字，请写成 6.8 或 -3.5（下降）", 7),
    ("bad_indentation", _with(3, "  meeting: 县政府第一次全体会议"), "YAML 格式错误", 3),
    ("tab_indentation", _with(9, "\t- topic: 项目建设"), "制表符（Tab）", 9),
    ("duplicate_key", GOOD + "county: 云溪县\n", "重复的键“county”：第 1 行已经写过", 13),
    ("unknown_key", _with(10, "    figurs:"), "是不是要写“figures”", 10),
    ("chinese_key", "县名: 青禾县\n" + GOOD[GOOD.index("kind") :], "是不是要写“county”", 1),
    ("wrong_type_list", _with(1, "county: [青禾县, 云溪县]"), "应为一段文字，这里是一个列表", 1),
    (
        "missing_required",
        GOOD.replace("meeting: 县政府第一次全体会议\n", ""),
        "缺少必填项 meeting",
        None,
    ),
    ("empty_file", "", "文件是空的", None),
    ("only_comments", "# 还没写\n\n", "文件是空的", None),
    ("top_level_list", "- county: 青禾县\n- kind: work_meeting\n", "整个文件是一个列表", 1),
    ("top_level_scalar", "青禾县\n", "整个文件只有一个值", 1),
    ("unknown_kind", _with(2, "kind: work_meting"), "最接近的：work_meeting", 2),
    ("unknown_topic", _with(9, "  - topic: 项目建议"), "最接近的有：项目建设", 9),
    ("impossible_date", GOOD + "date: 2025-02-30\n", "2025年2月没有30日", 13),
    ("impossible_month", GOOD + "date: 2025年13月1日\n", "没有13月", 13),
    (
        "negative_amount",
        _with(11, "      - {name: 重点建设项目, value: -56, unit: 个}"),
        "数量不能为负",
        11,
    ),
    ("figure_without_data", _with(11, "      - {name: 重点建设项目}"), "没有数据", 11),
    (
        "too_many_sections",
        GOOD + "".join("  - topic: 民生保障\n" for _ in range(11)),
        "最多 12 项",
        8,
    ),
    ("no_sections", GOOD.split("sections:")[0] + "sections: []\n", "至少要写一项重点工作", 8),
    ("undecodable_bytes", b"county: \x80\xff\x80\n", "编码无法识别", None),
    (
        "python_tag",
        _with(1, "county: !!python/object/apply:os.system ['echo PWNED']"),
        "不支持 YAML 类型标记",
        1,
    ),
    ("alias_bomb", _bomb(), "展开别名（*）后超过", None),
    ("recursive_alias", GOOD + "closing: &a [*a]\n", "引用了自己", 13),
    ("full_width_colon", _with(3, "meeting：县政府第一次全体会议"), "全角冒号", 3),
    ("no_space_after_colon", _with(3, "meeting:县政府第一次全体会议"), "后面少了空格", 3),
    ("unclosed_quote", _with(3, 'meeting: "县政府第一次全体会议'), "引号没有配对", 3),
    ("chinese_numeral_year", _with(4, "year: 二〇二五"), "汉字数字", 4),
    ("growth_in_points", _with(7, FIG % "0.5个百分点"), "请写在 change_pp 里", 7),
    (
        "unit_twice",
        _with(11, "      - {name: 项目, value: 86.3亿元, unit: 万元}"),
        "两者不一致",
        11,
    ),
    ("length_out_of_range", GOOD + "length: 100\n", "超出范围", 13),
    ("closing_not_bool", GOOD + "closing: 也许\n", "不是“是/否”", 13),
    ("range_value", _with(11, "      - {name: 项目, value: 50-60, unit: 个}"), "是一个范围", 11),
    ("two_documents", GOOD + "---\ncounty: 云溪县\n", "多个“---”", 13),
    ("word_document", b"PK\x03\x04\x14\x00\x06\x00", "Word 文档", None),
    ("deep_nesting", "county: " + "[" * 60 + "]" * 60 + "\n", "嵌套超过", 1),
    ("date_year_mismatch", GOOD + "date: 2021-02-10\n", "请核对 date 和 year", 4),
    (
        "bad_qualifier",
        _with(11, "      - {name: 项目, value: 5, unit: 个, qualifier: 大约}"),
        "不是可用的限定词",
        11,
    ),
    ("section_is_text", _with(12, "  - 乡村振兴"), "应为键值对", 12),
    ("control_character", _with(3, "meeting: 县政府\x07全体会议"), "控制字符", 3),
    (
        "number_scientific",
        _with(11, "      - {name: 项目, value: 5e3, unit: 个}"),
        "科学计数法",
        11,
    ),
    (
        "review_is_text",
        _with(5, "review: 很好").replace(
            "  figures:\n    - {name: 地区生产总值, value: 86.3, unit: 亿元, growth: 6.8}\n", ""
        ),
        "应为键值对",
        5,
    ),
    ("merge_key", GOOD + "<<: {a: 1}\n", "不支持“<<”", 13),
    ("missing_colon", _with(3, "meeting 县政府第一次全体会议"), "后面缺少冒号", 3),
    ("dash_without_space", _with(12, "  -topic: 乡村振兴"), "“-”后面要空一格", 12),
    ("full_width_hash_comment", _with(1, "county: 青禾县 ＃ 县名"), "全角“＃”不是注释符号", 1),
    ("empty_county", _with(1, "county:"), "不能为空，请填写县名", 1),
    ("huge_number", GOOD + "seed: " + "9" * 5000 + "\n", "位数太多", 13),
    ("full_width_indent", _with(12, "　- topic: 乡村振兴"), "全角空格", 12),
    ("full_width_hyphen", _with(12, "  － topic: 乡村振兴"), "全角横线", 12),
    (
        "full_width_comma_in_braces",
        _with(11, "      - {name: 重点建设项目，value: 56, unit: 个}"),
        "全角逗号",
        11,
    ),
    ("kind_in_chinese_near", _with(2, "kind: 县政府全体大会"), "最接近的：work_meeting", 2),
    ("text_with_colon", GOOD + "speaker: 县长: 张三\n", "YAML 格式错误", 13),
    (
        "key_no_space_flow",
        _with(11, "      - {name:项目, value: 5, unit: 个}"),
        "半角冒号加空格",
        11,
    ),
]


def _check(path: Path, *args: str) -> tuple[int, str, str]:
    result = run_cli(["check", str(path), *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("content", "fragment", "line"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_malformed_file_is_refused_with_its_line(
    tmp_path: Path, content: str | bytes, fragment: str, line: int | None
) -> None:
    path = tmp_path / "青禾县.yaml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    code, out, err = _check(path)
    assert code == 2, (out, err)
    assert out == ""
    assert "Traceback" not in err
    problems = err.strip().splitlines()
    # messages name the file as it was given (here with its folder)
    hits = [p.removeprefix(f"{tmp_path}{os.sep}") for p in problems if fragment in p]
    assert hits, err
    if line is None:
        assert hits[0].startswith("青禾县.yaml: "), hits[0]
    else:
        assert re.match(rf"青禾县\.yaml:{line}:\d+: ", hits[0]), hits[0]
    assert all(re.search(r"[\u4e00-\u9fff]", p) for p in problems)


def test_at_least_25_malformed_cases() -> None:
    assert len(CASES) >= 25
    assert len({case[0] for case in CASES}) == len(CASES)


def test_python_tag_is_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    path = tmp_path / "t.yaml"
    path.write_text(
        _with(1, f"county: !!python/object/apply:os.system ['touch {marker}']")
        + f"speaker: !!python/object/new:pathlib.Path ['{marker}']\n",
        encoding="utf-8",
    )
    code, _, err = _check(path)
    assert code == 2
    assert err.count("不支持 YAML 类型标记") == 2
    assert not marker.exists()


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    path = tmp_path / "多处错误.yaml"
    text = _with(2, "kind: 讲话").replace("growth: 6.8", "growth: 很快")
    text = text.replace("value: 56", "value: -56") + "seed: 第一\nclosing: 也许\n"
    path.write_text(text, encoding="utf-8")
    code, _, err = _check(path)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 5, err
    assert [int(line.split(":")[1]) for line in lines] == [2, 7, 11, 13, 14]
    assert "review.figures[0].growth：“很快”不是数字" in lines[1]
    assert "sections[0].figures[0].value：" in lines[2]


def test_column_points_at_the_value(tmp_path: Path) -> None:
    path = tmp_path / "青禾县.yaml"
    path.write_text(_with(7, FIG % "很快"), encoding="utf-8")
    _, _, err = _check(path)
    column = (FIG % "很快").index("很快") + 1
    assert err.startswith(f"{path}:7:{column}: review.figures[0].growth："), err


def test_missing_file(tmp_path: Path) -> None:
    code, _, err = _check(tmp_path / "没有.yaml")
    assert code == 2
    assert "文件不存在" in err


def test_file_too_big(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text(GOOD + "# " + "很" * 30_000 + "\n", encoding="utf-8")
    code, _, err = _check(path)
    assert code == 2
    assert "KB" in err and "选对了文件" in err


def test_gb18030_file_from_notepad_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "青禾县.yaml"
    path.write_bytes(GOOD.encode("gb18030"))
    code, out, err = _check(path)
    assert code == 0, err
    assert "县名：青禾县" in out
    assert "已按 GBK（GB18030）读取" in out  # said, not silent


def test_utf8_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "青禾县.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8"))
    code, _, err = _check(path)
    assert code == 0, err


def test_topic_checked_against_the_bank_given(tmp_path: Path) -> None:
    bank = tmp_path / "bank"
    bank.mkdir()
    (bank / "topics.yaml").write_text(
        "schema_version: 1\ntopics:\n  - name: 项目建设\n    keywords: [项目]\n"
        "  - name: 茶产业\n    keywords: [茶]\n",
        encoding="utf-8",
    )
    path = tmp_path / "青禾县.yaml"
    path.write_text(_with(12, "  - topic: 茶产业"), encoding="utf-8")
    code, _, err = _check(path)  # the shipped bank has no 茶产业
    assert code == 2 and re.search(r":12:\d+: sections\[1\]\.topic：短语库里没有主题“茶产业”", err)
    code, out, err = _check(path, "--bank", str(bank))
    assert code == 0, err
    assert "二、茶产业" in out


def test_kind_without_template_is_a_check_error(tmp_path: Path) -> None:
    from drafter.errors import TargetsValidationError
    from drafter.targets.check import check_targets

    path = tmp_path / "青禾县.yaml"
    path.write_text(GOOD, encoding="utf-8")
    from drafter.resources import default_bank_dir

    with pytest.raises(TargetsValidationError) as caught:
        check_targets(path, bank_dir=default_bank_dir(), templates_dir=tmp_path)
    assert re.match(
        r"青禾县\.yaml:2:\d+: kind：.*work_meeting.*缺少模板 work_meeting\.j2",
        str(caught.value).removeprefix(f"{tmp_path}{os.sep}"),
    )


def test_utf16_file_from_notepad_unicode_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "青禾县.yaml"
    path.write_bytes(GOOD.encode("utf-16"))  # with BOM, as Notepad's “Unicode” saves
    code, _, err = _check(path)
    assert code == 0, err


def test_many_problems_are_capped_with_a_count(tmp_path: Path) -> None:
    path = tmp_path / "青禾县.yaml"
    bad = "".join(f"    - {{name: 指标{i}, growth: 很快}}\n" for i in range(150))
    path.write_text(GOOD.replace(FIG % "6.8" + "\n", bad), encoding="utf-8")
    code, _, err = _check(path)
    lines = err.strip().splitlines()
    assert code == 2
    assert len(lines) == 101
    assert "另有 50 处问题未列出" in lines[-1]


def test_a_file_far_too_big_for_targets_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "青禾县.yaml"
    path.write_text("county: [" + ",".join(["1"] * 12_000) + "]\n", encoding="utf-8")
    code, _, err = _check(path)
    assert code == 2
    assert "远超指标文件的规模" in err


def test_many_nodes_without_aliases_are_not_blamed_on_aliases(tmp_path: Path) -> None:
    path = tmp_path / "青禾县.yaml"
    path.write_text(GOOD + "".join("  - {topic: x}\n" for _ in range(1600)), encoding="utf-8")
    code, _, err = _check(path)
    assert code == 2
    assert "文件内容超过" in err and "别名" not in err


@pytest.mark.parametrize(
    ("content", "fragment", "line"),
    [case[1:] for case in CASES if isinstance(case[1], str)],
    ids=[case[0] for case in CASES if isinstance(case[1], str)],
)
def test_pure_python_composer_gives_the_same_messages(
    monkeypatch: pytest.MonkeyPatch, content: str, fragment: str, line: int | None
) -> None:
    """Where PyYAML was built without libyaml, the pure-Python composer is used instead."""
    from drafter.errors import TargetsValidationError
    from drafter.phrasebank.topics import load_topics
    from drafter.resources import default_bank_dir
    from drafter.targets import parse_targets, yamlload

    topics = {topic.name for topic in load_topics(default_bank_dir())}
    monkeypatch.setattr(yamlload.yaml, "__with_libyaml__", False)
    with pytest.raises(TargetsValidationError) as caught:
        parse_targets(content, source="青禾县.yaml", topics=topics)
    hits = [p for p in caught.value.problems if fragment in p]
    assert hits, caught.value.problems
    prefix = "青禾县.yaml: " if line is None else f"青禾县.yaml:{line}:"
    assert hits[0].startswith(prefix), hits[0]


def test_a_draft_process_does_not_import_pydantic(tmp_path: Path) -> None:
    """The targets models read their fields themselves: importing pydantic and building models
    with it cost every draft 100–120 ms (issue 14's draft limit is 2.5× the import floor)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    out = tmp_path / "稿.txt"
    code = (
        "import sys\n"
        "from drafter.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as stop:\n"
        "    assert not stop.code, stop.code\n"
        "print('pydantic' in sys.modules, file=sys.stderr)\n"
    )
    argv = ["draft", str(root / "examples" / "work_meeting.yaml"), "-o", str(out)]
    done = subprocess.run(
        [sys.executable, "-c", code, *argv], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith("在")
    assert done.stderr.strip().splitlines()[-1] == "False"


def test_targets_copy_and_pickle_as_values() -> None:
    import copy
    import pickle

    from drafter.targets import parse_targets

    root = Path(__file__).resolve().parents[1]
    targets = parse_targets((root / "examples" / "work_meeting.yaml").read_text(encoding="utf-8"))
    for copied in (
        copy.copy(targets),
        copy.deepcopy(targets),
        pickle.loads(pickle.dumps(targets)),
    ):
        assert copied == targets and hash(copied) == hash(targets) and copied is not targets
        assert copied.sections[0].figures == targets.sections[0].figures
