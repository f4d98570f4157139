"""The project as a stranger meets it: README commands, CI script, help, start-up cost."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from clirunner import run_cli

REPO = Path(__file__).resolve().parents[1]


def _readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```bash\n(.+?)\n```", text, flags=re.S)


def test_readme_opens_with_exactly_two_commands() -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    head = text.split("\n## ", 1)[0]
    blocks = re.findall(r"```bash\n(.+?)\n```", head, flags=re.S)
    assert len(blocks) == 2
    assert all("\n" not in block for block in blocks), "each is one command line"
    install, test = blocks
    assert "drafter draft examples/" in install
    assert ".[test]" in test and "pytest" in test


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    test_command = _readme_commands()[1]
    assert test_command.replace(" -q", "") in ci.replace(" -q", "")


def test_first_command_names_a_shipped_example() -> None:
    install = _readme_commands()[0]
    example = re.search(r"drafter draft (\S+)", install)
    assert example is not None
    assert (REPO / example.group(1)).is_file()


def _command_names() -> list[str]:
    from drafter.cli import COMMANDS

    return sorted(COMMANDS)


def test_every_command_has_chinese_help() -> None:
    names = _command_names()
    assert "outline" in names
    for name in names:
        result = run_cli([name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        assert re.search(r"[\u4e00-\u9fff]", result.output), name


def test_help_names_every_option_with_its_help_and_default() -> None:
    """What ``--help`` says of each argument and option, whatever the line breaks."""
    from drafter.cli import COMMANDS
    from drafter.commandline import Option

    def flat(text: str) -> str:
        return re.sub(r"\s+", "", text)

    root = flat(run_cli(["--help"]).stdout)
    for name, command in COMMANDS.items():
        assert flat(f"{name}{command.summary}") in root, name
        shown = flat(run_cli([name, "-h"]).stdout)
        assert flat(command.help) in shown, name
        for param in command.params:
            assert flat(param.help) in shown, (name, param.dest)
            if isinstance(param, Option):
                names = ", ".join(sorted(param.names, key=lambda n: n.startswith("--")))
                assert flat(names) in shown, (name, names)
                if param.required:
                    assert flat(f"{param.help}  [必填]") in shown, (name, param.dest)
                elif param.kind is not None and param.default is not None:
                    assert flat(f"[默认：{param.default}]") in shown, (name, param.dest)
            else:
                assert flat(f"{param.metavar} <{param.kind}>") in shown, (name, param.dest)


def test_options_and_arguments_are_read_as_before() -> None:
    """The rules writers learnt with typer: options anywhere, ``--`` ends them, ``--out=x``,
    ``-ox``, the last of a repeated option wins, a value that starts with a dash is a value."""
    from drafter.cli import COMMANDS
    from drafter.commandline import parse_command

    draft = COMMANDS["draft"]
    read = parse_command(
        draft,
        ["-o", "a.docx", "t.yaml", "--seed=3", "--force", "-ob.docx", "--format", "-x"],
        "drafter draft",
    )
    assert read is not None
    assert (read["file"], read["out"], read["seed"], read["force"], read["fmt"]) == (
        Path("t.yaml"),
        "b.docx",
        3,
        True,
        "-x",
    )
    assert read["encoding"] == "utf-8" and read["explain"] is False and read["bank"] is None
    read = parse_command(draft, ["-o", "-", "--", "-t.yaml"], "drafter draft")
    assert read is not None and read["file"] == Path("-t.yaml")
    assert parse_command(draft, ["--seed", "x", "-h"], "drafter draft") is None  # help first
    mined = parse_command(COMMANDS["mine"], ["a", "-o", "b", "c", "--force"], "drafter mine")
    assert mined is not None and mined["corpus"] == [Path("a"), Path("c")]
    for seed, value in (("01", 1), ("+3", 3), (" 3 ", 3), ("3.0", 3), ("1_000", 1000)):
        read = parse_command(draft, ["t.yaml", "-o", "-", "--seed", seed], "drafter draft")
        assert read is not None and read["seed"] == value, seed
    for bad in ("abc", "3.5", "1e3", "٣", ""):
        result = run_cli(["draft", "t.yaml", "-o", "-", "--seed", bad])
        assert result.exit_code == 2 and "--seed 的值无效：应为整数" in result.stderr, bad


def test_version() -> None:
    result = run_cli(["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("drafter ")


def test_help_does_not_import_heavy_modules() -> None:
    # (told at exit: the command ends the process when it is done, ``drafter._end_now``)
    code = (
        "import atexit, sys, runpy; sys.argv=['drafter','--help']\n"
        "def told():\n"
        "    heavy = [m for m in ('jieba', 'docx', 'opencc', 'pydantic', 'jinja2')\n"
        "             if m in sys.modules]\n"
        "    print('HEAVY', heavy, flush=True)\n"
        "atexit.register(told)\n"
        "runpy.run_module('drafter', run_name='__main__')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    ).stdout
    assert "HEAVY []" in out


def test_usage_errors_are_chinese_with_exit_2() -> None:
    missing = run_cli(["outline"])
    assert missing.exit_code == 2
    assert "缺少参数" in missing.output and "--help" in missing.output
    bogus = run_cli(["outline", "x.txt", "--jsn"])
    assert bogus.exit_code == 2
    assert "没有这个选项：--jsn" in bogus.output
    unknown = run_cli(["nosuchcommand"])
    assert unknown.exit_code == 2
    assert "没有这个命令" in unknown.output
    assert "Traceback" not in missing.output + bogus.output + unknown.output


def test_help_screens_have_no_english_framework_words() -> None:
    result = run_cli(["--help"])
    assert result.exit_code == 0
    for word in ("Usage:", "Options:", "Commands:", "Show this message"):
        assert word not in result.output
    assert "用法：" in result.output


def test_bare_drafter_shows_help() -> None:
    result = run_cli([])
    assert result.exit_code == 0
    assert "命令：" in result.output


def test_usage_lines_name_arguments_in_chinese() -> None:
    for command, argument in (("outline", "讲话稿"), ("draft", "指标文件"), ("lint", "讲话稿")):
        usage = run_cli([command, "--help"]).output.splitlines()[0]
        assert usage.endswith(argument), usage
        assert "{" not in usage
    draft_help = run_cli(["draft", "--help"]).output
    assert "<路径>" in draft_help and "<path>" not in draft_help
