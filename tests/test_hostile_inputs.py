"""Hostile inputs and environments (issue 13): each ends in a clear Chinese message, never a
traceback, never silent wrong output, never a planted file executed."""

from __future__ import annotations

import os
import pickle
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from drafter.phrasebank import PhraseBank

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "work_meeting.yaml"


def _drafter(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "drafter", *args],
        capture_output=True,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        timeout=120,
    )


# --------------------------------------------------------------------------- item 7: the cache


class _Planted:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("touch PLANTED_RAN",))


def _small_bank(folder: Path) -> PhraseBank:
    from drafter.phrasebank import Kind, Phrase, Topic, load_bank, save_bank

    lead = Phrase(id="ld-1", kind=Kind.LEAD, text="补齐生态短板。", topics=("生态环保",))
    save_bank(PhraseBank((lead,), (Topic("生态环保", ("生态",)),)), folder)
    return load_bank(folder)


def test_a_planted_pickle_in_the_cache_folder_is_never_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from drafter.phrasebank.cache import _slot, read_cached, write_cached

    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    bank_dir = tmp_path / "bank"
    bank = _small_bank(bank_dir)
    write_cached(bank_dir, bank)
    slot = _slot(bank_dir)
    assert slot is not None and slot.is_file()
    assert read_cached(bank_dir) == bank
    format_line, key_line, head, _ = slot.read_bytes().split(b"\n", 3)
    assert head.startswith(b"{"), "JSON, not pickle"
    # the planted file keeps the index's first lines, so it passes every freshness check
    slot.write_bytes(format_line + b"\n" + key_line + b"\n" + pickle.dumps(_Planted()))
    assert read_cached(bank_dir) is None
    assert not (tmp_path / "PLANTED_RAN").exists()


def test_a_cache_copy_that_does_not_fit_the_bank_types_is_a_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from drafter.phrasebank import Kind, load_bank
    from drafter.phrasebank.cache import _slot, read_cached, write_cached

    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    bank_dir = tmp_path / "bank"
    write_cached(bank_dir, _small_bank(bank_dir))
    slot = _slot(bank_dir)
    assert slot is not None
    format_line, key_line, head, body = slot.read_bytes().split(b"\n", 3)
    good_row = body.split(b"\n")[0]
    bad_heads = (b'{"phrases": 1}', b"[]", b'"x"', b"{", b'{"topics": [], "kinds": 1}')
    for bad in bad_heads:
        slot.write_bytes(format_line + b"\n" + key_line + b"\n" + bad + b"\n")
        assert read_cached(bank_dir) is None
    bad_rows = (
        good_row.replace(b'"ld-1"', b"7"),  # an id that is a number
        good_row.replace(b'["\xe7\x94\x9f', b'[["\xe7\x94\x9f'),  # topics nested
        good_row[: len(good_row) // 2],  # cut short
        b"[]",
    )
    for row in bad_rows:
        # the same length, so the header's byte spans still fit: the head opens, and the bad
        # entry is found when it is fetched; it is then read from the YAML, never an error
        row = row[: len(good_row)].ljust(len(good_row))
        slot.write_bytes(
            format_line + b"\n" + key_line + b"\n" + head + b"\n" + row + body[len(good_row) :]
        )
        bank = load_bank(bank_dir)
        assert [p.text for p in bank.of_kind(Kind.LEAD)] == ["补齐生态短板。"]
        assert [p.id for p in bank.of_kind(Kind.LEAD, "生态环保")] == ["ld-1"]
        assert len(bank.phrases) == 1


# --------------------------------------------------------------------------- item 5: jieba cache


def test_jieba_caches_in_a_private_folder_not_the_shared_temporary_one(tmp_path: Path) -> None:
    code = (
        "from drafter import segment; segment.cut('全力以赴抓项目');"
        "print(segment._private_cache_dir())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        env={**os.environ, "DRAFTER_CACHE_DIR": str(tmp_path)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().strip() == str(tmp_path / "jieba")
    assert (tmp_path / "jieba" / "jieba.cache").is_file()
    assert b"Traceback" not in result.stderr


# --------------------------------------------------------------------------- item 5: the console


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_a_console_that_cannot_show_chinese_gets_question_marks_and_one_ascii_hint(
    encoding: str,
) -> None:
    for args in (["kinds"], ["--help"], ["check", "不存在.yaml"]):
        result = _drafter(*args, env={"PYTHONIOENCODING": encoding})
        assert b"Traceback" not in result.stderr, (args, result.stderr)
        assert result.returncode == (2 if args[0] == "check" else 0), (args, result.stderr)
        result.stdout.decode(encoding)  # what was written is what the console can show
        hints = [line for line in result.stderr.split(b"\n") if b"chcp 65001" in line]
        assert len(hints) == 1 and hints[0].isascii(), result.stderr
    plain = _drafter("kinds")
    assert "县政府全体会议讲话" in plain.stdout.decode("utf-8")
    assert b"chcp" not in plain.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_output_to_a_full_device_is_a_chinese_message_not_a_traceback(tmp_path: Path) -> None:
    speech = tmp_path / "讲话.txt"
    speech.write_text("同志们：\n一、抓项目\n项目是发展的生命线。\n", encoding="utf-8")
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "drafter", "outline", str(speech)],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=60,
        )
    message = result.stderr.decode("utf-8")
    assert result.returncode == 3, message
    assert "Traceback" not in message and "磁盘已满" in message


# --------------------------------------------------------------------------- item 6: usage errors


@pytest.mark.parametrize(
    ("argv", "chinese"),
    [
        (["drfat"], "没有这个命令：drfat"),
        (["draft", str(EXAMPLE), "-o", "-", "--seed", "abc"], "--seed 的值无效：应为整数"),
        (["outline", str(EXAMPLE), "extra"], "多余的参数：extra"),
        (["draft", str(EXAMPLE), "-o", "-", "--force=yes"], "选项 --force 不带值"),
        (["phrases", "-n", "x"], "--limit / -n 的值无效：应为整数"),
        (["draft", str(EXAMPLE)], "缺少选项 --out / -o"),
        (["draft", str(EXAMPLE), "-o", "-", "--forse"], "没有这个选项：--forse"),
        (["draft", str(EXAMPLE), "--seed"], "选项 --seed 后面需要一个值"),
        (["mine", "-o", "bank"], "缺少参数 语料"),
    ],
)
def test_usage_errors_are_chinese(argv: list[str], chinese: str) -> None:
    from clirunner import run_cli

    result = run_cli(argv)
    assert result.exit_code == 2, result.output
    message, hint = result.stderr.splitlines()
    assert chinese in message and message.startswith("用法错误："), message
    assert not re.search(r"[A-Za-z]{3,} [a-z]{3,}", message), message
    assert hint.startswith("运行“drafter ") and hint.endswith(" --help”查看用法。"), hint
    assert "Traceback" not in result.output and not result.stdout


def test_a_missing_file_named_on_the_command_line_is_told_in_chinese() -> None:
    from clirunner import run_cli

    result = run_cli(["check", "没有这个文件.yaml"])
    assert result.exit_code == 2 and "不存在" in result.stderr, result.output
    assert not re.search(r"[A-Za-z]{3,} [a-z]{3,}", result.stderr), result.stderr


def test_mistyped_command_and_bad_seed_through_the_cli() -> None:
    from clirunner import run_cli

    typo = run_cli(["drfat"])
    assert typo.exit_code == 2 and "没有这个命令：drfat" in typo.output and "draft" in typo.output
    seed = run_cli(["draft", str(EXAMPLE), "-o", "-", "--seed", "abc"])
    assert seed.exit_code == 2 and "应为整数" in seed.output and "Input" not in seed.output
    bare = run_cli(["draft", str(EXAMPLE), "-o"])
    assert bare.exit_code == 2 and "drafter draft --help" in bare.output
    helped = run_cli(["mine", "--help"])
    assert "list[" not in helped.output and "<路径>..." in helped.output


# --------------------------------------------------------------------------- item 2: --format


def test_format_that_contradicts_the_extension_is_refused(tmp_path: Path) -> None:
    from drafter.errors import UsageError
    from drafter.writers import _choose_format

    with pytest.raises(UsageError, match="不一致"):
        _choose_format(tmp_path / "x.docx", "txt")
    assert _choose_format(tmp_path / "x.docx", "docx") == "docx"
    assert _choose_format(tmp_path / "x.text", "txt") == "txt"


# --------------------------------------------------------------------------- items 5, 6: templates


def _render_user_template(tmp_path: Path, body: str) -> str:
    from drafter.errors import TemplateError
    from drafter.render import Template, render_text

    path = tmp_path / "我的模板.j2"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        render_text(Template(path, user=True), {"x": 1})
    return str(caught.value)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("{% for i in range(300000) %}{{ i }}{% endfor %}\n", "range() 的范围过大"),
        (
            "{% for i in range(10000) %}{% for j in range(10000) %}xxxxxxxxxx"
            "{% endfor %}{% endfor %}\n",
            "输出超过",
        ),
        ("第一行\n{% for i in [1] %}x{% endfro %}\n", "不认识的标签 endfro"),
        ('{{ "a".__class__ }}\n', "不能访问 str 的内部属性 __class__"),
        ('{{ x + "a" }}\n', "数据类型不对"),
        ("{{ x \n", "缺少 }}"),
        ("{% if x %}\n", "if 块没有结束"),
    ],
)
def test_template_faults_are_chinese_with_file_and_no_english(
    tmp_path: Path, body: str, expected: str
) -> None:
    message = _render_user_template(tmp_path, body)
    assert expected in message
    assert "我的模板.j2" in message
    assert not re.search(r"[A-Za-z]{4,} [a-z]{3,}", message.replace("range()", "")), message


def test_a_line_number_is_given_for_a_syntax_error(tmp_path: Path) -> None:
    message = _render_user_template(tmp_path, "第一行\n第二行\n{% endfro %}\n")
    assert "我的模板.j2:3：" in message


# --------------------------------------------------------------------------- item 6: files, YAML


def _check_message(path: Path) -> str:
    from drafter.errors import TargetsValidationError
    from drafter.targets import load_targets

    with pytest.raises(TargetsValidationError) as caught:
        load_targets(path)
    message = str(caught.value)
    assert not re.search(r"[A-Za-z]{3,} [a-z]{3,}", message), message  # no parser English
    return message


def _example_lines() -> list[str]:
    return EXAMPLE.read_text(encoding="utf-8").split("\n")


def test_full_width_space_after_a_colon_is_named_on_its_own_line(tmp_path: Path) -> None:
    lines = _example_lines()
    number = next(i for i, line in enumerate(lines) if line.startswith("county: "))
    lines[number] = lines[number].replace("county: ", "county:\u3000")
    path = tmp_path / "t.yaml"
    path.write_text("\n".join(lines), encoding="utf-8")
    message = _check_message(path)
    assert f"t.yaml:{number + 1}:" in message and "全角空格" in message


def test_unclosed_quote_is_reported_where_it_was_opened(tmp_path: Path) -> None:
    lines = _example_lines()
    number = next(i for i, line in enumerate(lines) if line.startswith("meeting: "))
    lines[number] = lines[number].replace("meeting: ", 'meeting: "')
    path = tmp_path / "t.yaml"
    path.write_text("\n".join(lines), encoding="utf-8")
    message = _check_message(path)
    assert message.count("\n") == 0, message
    assert f"t.yaml:{number + 1}:" in message and "引号没有配对" in message


def test_big5_targets_file_gets_a_chinese_message(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    text = EXAMPLE.read_text(encoding="utf-8").replace("县政府", "縣政府")
    path.write_bytes(text.encode("big5", errors="replace"))
    assert "Big5" in _check_message(path)


def test_symlink_loop_is_told_in_chinese(tmp_path: Path) -> None:
    from drafter.errors import CorpusError
    from drafter.lint import lint_file

    (tmp_path / "a.yaml").symlink_to(tmp_path / "b.yaml")
    (tmp_path / "b.yaml").symlink_to(tmp_path / "a.yaml")
    assert "符号链接绕成了圈" in _check_message(tmp_path / "a.yaml")
    with pytest.raises(CorpusError, match="符号链接绕成了圈"):
        lint_file(tmp_path / "a.yaml", targets=None, county=None)


def test_a_folder_given_as_targets_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clirunner import run_cli

    monkeypatch.chdir(tmp_path)
    result = run_cli(["check", "."])
    assert result.exit_code == 2
    assert result.output.startswith(".: 这是一个文件夹"), result.output


def test_broken_curated_yaml_is_a_chinese_message_with_its_line(tmp_path: Path) -> None:
    import shutil

    from drafter.errors import BankError
    from drafter.phrasebank import load_bank
    from drafter.resources import default_bank_dir

    # a bank of its topics and its curated entries (the mined files, 3 MB of YAML to parse,
    # are not what this is about)
    bank = tmp_path / "bank"
    bank.mkdir()
    for name in ("topics.yaml", "curated.yaml"):
        shutil.copy2(default_bank_dir() / name, bank / name)
    curated = bank / "curated.yaml"
    lines = curated.read_text(encoding="utf-8").count("\n")
    with curated.open("a", encoding="utf-8") as stream:
        stream.write("  - kind: body\n    text: [未闭合\n  - x\n")
    with pytest.raises(BankError) as caught:
        load_bank(bank)
    message = str(caught.value)
    assert "curated.yaml" in message and f"第 {lines + 2} 行" in message, message
    assert not re.search(r"[A-Za-z]{3,} [a-z]{3,}", message), message


# --------------------------------------------------------------------------- items 1, 10: check


def _checked_notes(targets_text: str, tmp_path: Path, bank: Path | None = None) -> list[str]:
    from drafter.resources import default_bank_dir, templates_dir
    from drafter.targets.check import check_targets
    from drafter.targets.summary import notice_targets

    path = tmp_path / "t.yaml"
    path.write_text(targets_text, encoding="utf-8")
    checked = check_targets(
        path, bank_dir=bank or default_bank_dir(), templates_dir=templates_dir()
    )
    return [*notice_targets(checked.targets), *checked.notes]


def test_check_warns_about_a_topic_without_material(tmp_path: Path) -> None:
    import shutil

    from drafter.resources import default_bank_dir

    bank = tmp_path / "bank"
    shutil.copytree(default_bank_dir(), bank)
    topics = bank / "topics.yaml"
    topics.write_text(
        topics.read_text(encoding="utf-8") + "  - name: 低空经济\n    keywords: [低空经济]\n",
        encoding="utf-8",
    )
    text = EXAMPLE.read_text(encoding="utf-8").replace("topic: 工业发展", "topic: 低空经济", 1)
    notes = _checked_notes(text, tmp_path, bank)
    assert any("低空经济" in note and "没有正文素材" in note for note in notes), notes


def test_check_warns_about_a_topic_listed_three_times_and_the_kinds_own_part(
    tmp_path: Path,
) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    for topic in ("工业发展", "乡村振兴"):
        text = text.replace(f"topic: {topic}", "topic: 项目建设", 1)
    notes = _checked_notes(text, tmp_path)
    assert any("项目建设" in note and "写了 3 次" in note for note in notes), notes


def test_check_says_a_work_meeting_adds_its_own_part(tmp_path: Path) -> None:
    from clirunner import run_cli

    result = run_cli(["check", str(EXAMPLE)])
    assert result.exit_code == 0
    assert "全稿共 7 部分，讲七点意见" in result.stdout
    assert "七、抓落实" in result.stdout


def test_check_warns_about_one_figure_used_twice_through_an_alias(tmp_path: Path) -> None:
    text = (
        "county: 青禾县\nkind: work_meeting\nmeeting: 县政府第一次全体会议\nyear: 2025\n"
        "review:\n  figures:\n"
        "    - &gdp {name: 地区生产总值, value: 86.3, unit: 亿元, growth: 6.8}\n"
        "goals:\n  - *gdp\n"
        "sections:\n  - topic: 项目建设\n  - topic: 工业发展\n"
    )
    notes = _checked_notes(text, tmp_path)
    assert any("完全相同" in note and "地区生产总值" in note for note in notes), notes


def test_check_says_what_length_the_bank_reaches(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    short = re.sub(r"(?m)^length: .*$", "length: 500", text)
    notes = _checked_notes(short, tmp_path)
    assert any("最短也有约" in note for note in notes), notes


def test_kind_accepts_the_chinese_names_writers_use() -> None:
    from drafter.kinds import find_kind

    for name, key in (
        ("座谈会", "symposium"),
        ("座谈会讲话", "symposium"),
        ("政府工作报告", "work_report"),
        ("全体会议", "work_meeting"),
        ("全会", "plenary"),
    ):
        found = find_kind(name)
        assert found is not None and found.name == key, name


# --------------------------------------------------------------------------- item 9: export


def test_export_copies_bank_and_templates_and_drafts_from_them(tmp_path: Path) -> None:
    from clirunner import run_cli

    from drafter.resources import resolve_bank

    folder = tmp_path / "我的短语库"
    assert run_cli(["export", str(folder)]).exit_code == 0
    assert (folder / "phrasebank" / "topics.yaml").is_file()
    template = folder / "templates" / "work_meeting.j2"
    assert resolve_bank(folder) == (folder / "phrasebank", folder / "templates")
    again = run_cli(["export", str(folder)])
    assert again.exit_code == 3 and "--force" in again.output
    # the writer's edit to the exported template shows in the draft
    template.write_text(
        template.read_text(encoding="utf-8").replace("同志们：", "同志们好："), encoding="utf-8"
    )
    drafted = run_cli(["draft", str(EXAMPLE), "-o", "-", "--bank", str(folder)])
    assert "同志们好：" in drafted.stdout, drafted.output[-500:]


def test_the_wheel_ships_the_corpus_for_show_source() -> None:
    config = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    force_include = config.split("[tool.hatch.build.targets.wheel.force-include]", 1)[1]
    assert '"corpus" = "drafter/_data/corpus"' in force_include.split("\n[", 1)[0]


# --------------------------------------------------------------------------- item 11


def test_check_questions_a_county_without_its_suffix_and_implausible_figures(
    tmp_path: Path,
) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace("county: 青禾县", "county: 青禾", 1)
    text = text.replace("growth: 6.8}", "growth: 1000}", 1)
    text = re.sub(r"value: 86\.3,", "value: 0,", text, count=1)
    notes = _checked_notes(text, tmp_path)
    assert any("不以县、市、区、旗结尾" in note for note in notes), notes
    assert any("1000%" in note for note in notes), notes
    assert any("数值是 0" in note for note in notes), notes


def test_seed_option_takes_the_same_range_as_the_targets_file() -> None:
    from clirunner import run_cli

    result = run_cli(["draft", str(EXAMPLE), "-o", "-", "--seed", "-5"])
    assert result.exit_code == 2 and "0 到 1000000" in result.output


def test_phrases_grep_finds_an_id_that_explain_printed() -> None:
    from drafter.mining.commands import run_phrases
    from drafter.phrasebank import load_bank
    from drafter.resources import default_bank_dir

    entry = load_bank(default_bank_dir()).phrases[0]
    listing = run_phrases(
        None,
        kind=None,
        topic=None,
        grep=entry.id,
        show_source=False,
        as_json=False,
        corpus=None,
        limit=0,
    )
    assert entry.id in listing.text


def test_txt_for_old_windows_tools_has_a_bom_and_crlf(tmp_path: Path) -> None:
    from writers_sample import sample_document

    from drafter.errors import UsageError
    from drafter.writers import write_document

    write_document(sample_document(), tmp_path / "a.txt", encoding="utf-8-bom")
    data = (tmp_path / "a.txt").read_bytes()
    assert (
        data.startswith(b"\xef\xbb\xbf")
        and b"\r\n" in data
        and b"\n" not in data.replace(b"\r\n", b"")
    )
    write_document(sample_document(), tmp_path / "b.txt", encoding="gb18030")
    assert "同志们" in (tmp_path / "b.txt").read_bytes().decode("gb18030")
    write_document(sample_document(), tmp_path / "c.txt")
    assert b"\r\n" not in (tmp_path / "c.txt").read_bytes()
    with pytest.raises(UsageError):
        write_document(sample_document(), tmp_path / "d.docx", encoding="gb18030")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_devices_given_as_input_files_are_refused_not_read_for_ever(tmp_path: Path) -> None:
    from drafter.errors import StyleError, TargetsValidationError, TemplateError
    from drafter.render import Template, render_text
    from drafter.targets import load_targets
    from drafter.writers import load_style

    with pytest.raises(TargetsValidationError, match="不是普通文件"):
        load_targets(Path("/dev/zero"))
    with pytest.raises(StyleError, match="不是普通文件"):
        load_style(Path("/dev/zero"))
    with pytest.raises(TemplateError, match="不是普通文件"):
        render_text(Template(Path("/dev/zero"), user=True), {})
    pipe = tmp_path / "管道.yaml"
    os.mkfifo(pipe)
    with pytest.raises(TargetsValidationError, match="不是普通文件"):
        load_targets(pipe)


def test_an_unreadable_file_is_told_in_chinese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (as root every file is readable: make the permission check itself say no)
    from clirunner import run_cli

    import drafter.commandline as commandline

    path = tmp_path / "ok.yaml"
    path.write_text("county: 青禾县\n", encoding="utf-8")
    real_access = os.access
    monkeypatch.setattr(
        commandline.os,
        "access",
        lambda p, mode: False if str(p) == str(path) else real_access(p, mode),
    )
    result = run_cli(["check", str(path)])
    assert result.exit_code == 2
    assert "无法读取" in result.output and "not readable" not in result.output, result.output


def test_tests_never_write_to_the_users_cache_folder() -> None:
    from drafter.phrasebank.cache import cache_dir

    folder = cache_dir()
    assert folder is not None
    assert folder != Path.home() / ".cache" / "drafter"
    assert Path(tempfile.gettempdir()) in folder.parents
