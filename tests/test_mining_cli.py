"""The mine, phrases and topics commands: what a writer sees at the terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clirunner import run_cli

from drafter.phrasebank import load_bank

SPEECH_A = """在全县经济工作会议上的讲话

同志们：

今天，我们召开全县经济工作会议，主要任务是安排部署今年经济工作。

下面，我讲三点意见。

一、聚焦项目建设，在扩大有效投资上加力提效

今年以来，全县完成固定资产投资3.2亿元，增长7.68%。要全力以赴稳存量、扩增量、优结构、提质量。一要抓项目推进。二要抓资金争取。三要抓招商引资。

二、聚焦生态环保，在改善环境质量上加力提效

要深入打好污染防治攻坚战，持续改善生态环境质量。

三、聚焦民生保障，在增进民生福祉上加力提效

要坚持以人民为中心的发展思想，办好民生实事。

同志们，让我们在县委的坚强领导下，真抓实干，奋力谱写高质量发展新篇章！
"""

# Another speech: the same opening and figure frames with other words and numbers, its own
# parts (were most of its sentences SPEECH_A's, it would be a version of it, counted once).
SPEECH_B = (
    SPEECH_A.replace("3.2亿元，增长7.68%", "5.6亿元，增长9.1%")
    .replace("全县经济工作会议", "县政府全体会议")
    .replace(
        "二、聚焦生态环保，在改善环境质量上加力提效", "二、聚焦乡村振兴，在推进农业现代化上加力提效"
    )
    .replace(
        "要深入打好污染防治攻坚战，持续改善生态环境质量。",
        "要巩固拓展脱贫攻坚成果，扎实推进和美乡村建设。",
    )
    .replace(
        "三、聚焦民生保障，在增进民生福祉上加力提效", "三、聚焦安全稳定，在守牢安全底线上加力提效"
    )
    .replace(
        "要坚持以人民为中心的发展思想，办好民生实事。",
        "要统筹发展和安全，坚决防范化解各类风险隐患。",
    )
    .replace("在县委的坚强领导下，真抓实干，", "振奋精神，攻坚克难，")
)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(SPEECH_A, encoding="utf-8")
    (folder / "b.txt").write_text(SPEECH_B, encoding="gb18030")
    return folder


def test_mine_writes_a_bank_and_summarises(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "bank"
    result = run_cli(["mine", str(corpus), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "挖掘完成：读取 2 个文件" in result.stderr
    assert "短语库已写入" in result.stderr
    bank = load_bank(out)
    texts = {p.text for p in bank.phrases}
    assert "聚焦{A}，在{B}上加力提效" in texts
    assert "稳存量、扩增量、优结构、提质量" in texts
    # the same frame with different numbers is one entry seen twice
    (figure,) = [p for p in bank.phrases if p.indicator == "固定资产投资"]
    assert figure.support == 2 and len(figure.sources) == 2
    opening = [p for p in bank.phrases if p.kind.value == "opening" and not p.curated]
    assert [p.text for p in opening] == [
        "今天，我们召开{meeting}，主要任务是安排部署今年经济工作。"
    ]
    assert opening[0].support == 2


def test_existing_bank_is_not_overwritten_without_force(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "bank"
    assert run_cli(["mine", str(corpus), "-o", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    again = run_cli(["mine", str(corpus), "-o", str(out)])
    assert again.exit_code == 3
    assert "--force" in again.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    forced = run_cli(["mine", str(corpus), "-o", str(out), "--force"])
    assert forced.exit_code == 0, forced.output


def test_curated_file_survives_remining(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "bank"
    assert run_cli(["mine", str(corpus), "-o", str(out)]).exit_code == 0
    curated = "schema_version: 1\nentries:\n  - kind: lead\n    text: 补齐生态短板\n"
    (out / "curated.yaml").write_text(curated, encoding="utf-8")
    assert run_cli(["mine", str(corpus), "-o", str(out), "--force"]).exit_code == 0
    assert (out / "curated.yaml").read_text(encoding="utf-8") == curated
    assert any(p.curated for p in load_bank(out).phrases)


def test_unreadable_file_is_skipped_and_reported(corpus: Path, tmp_path: Path) -> None:
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    (corpus / "notes.pdf").write_bytes(b"%PDF")
    result = run_cli(["mine", str(corpus), "-o", str(tmp_path / "bank")])
    assert result.exit_code == 0, result.output
    # each skipped file is named with its reason: notes.pdf is read as a PDF and found broken
    assert "跳过 2 个文件" in result.stderr and "broken.txt" in result.stderr
    assert "notes.pdf：不是有效的 PDF 文件" in result.stderr


def test_versions_of_one_speech_are_counted_once(tmp_path: Path) -> None:
    import os

    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "b.txt").write_text(SPEECH_B, encoding="utf-8")
    (folder / "讲话（定稿）.txt").write_text(SPEECH_A, encoding="utf-8")
    draft = folder / "讲话（修改稿）.txt"
    draft.write_text(SPEECH_A.replace("办好民生实事。", "办好十件民生实事。"), encoding="utf-8")
    os.utime(draft, (2_000_000_000, 2_000_000_000))  # modified last, but not the final version
    result = run_cli(["mine", str(folder), "-o", str(tmp_path / "bank")])
    assert result.exit_code == 0, result.output
    assert "读取 2 个文件" in result.stderr
    assert "讲话（修改稿）.txt：与 讲话（定稿）.txt 是同一篇的不同版本" in result.stderr
    bank = load_bank(tmp_path / "bank")
    files = {ref.file for phrase in bank.phrases for ref in phrase.sources}
    assert files == {"b.txt", "讲话（定稿）.txt"}
    opening = [p for p in bank.phrases if p.kind.value == "opening" and not p.curated]
    assert [p.support for p in opening] == [2]  # once for the speech, once for b.txt


def test_folder_of_non_speech_files_is_refused_with_reasons(tmp_path: Path) -> None:
    folder = tmp_path / "project"
    folder.mkdir()
    (folder / "README.md").write_text(
        "# drafter\n\nInstall with pip, then run `drafter mine corpus -o bank`. 安装后运行。\n",
        encoding="utf-8",
    )
    (folder / "main.py").write_text("print('hello')\n", encoding="utf-8")
    (folder / "说明.txt").write_text("本文件夹存放程序。\n", encoding="utf-8")
    result = run_cli(["mine", str(folder), "-o", str(tmp_path / "bank")])
    assert result.exit_code != 0
    assert "没有可读取的讲话稿" in result.stderr
    assert "README.md：不像讲话稿" in result.stderr
    assert "main.py：不是讲话稿文件（.py）" in result.stderr
    assert "说明.txt：不像讲话稿" in result.stderr
    assert not (tmp_path / "bank").exists()


def test_empty_corpus_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_cli(["mine", str(empty), "-o", str(tmp_path / "bank")])
    assert result.exit_code == 2
    assert "语料为空" in result.stderr
    assert not (tmp_path / "bank").exists()
    missing = run_cli(["mine", str(tmp_path / "nope"), "-o", str(tmp_path / "b")])
    assert missing.exit_code == 2 and "不存在" in missing.stderr


def test_report_lists_scrubbed_names(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    text = SPEECH_A.replace("要深入打好", "要加快群科新区污水处理厂建设，深入打好")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    result = run_cli(["mine", str(folder), "-o", str(tmp_path / "bank"), "--report"])
    assert result.exit_code == 0, result.output
    assert "群科新区 → 地名" in result.stdout
    bank_text = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "bank").iterdir())
    assert "群科" not in bank_text


@pytest.fixture()
def bank(corpus: Path, tmp_path: Path) -> Path:
    out = tmp_path / "bank"
    assert run_cli(["mine", str(corpus), "-o", str(out)]).exit_code == 0
    return out


def test_phrases_filters_and_json(bank: Path) -> None:
    result = run_cli(["phrases", "--bank", str(bank), "--kind", "heading_frame"])
    assert result.exit_code == 0, result.output
    assert "聚焦{A}，在{B}上加力提效" in result.stdout
    assert "A=项目建设" in result.stdout
    as_json = run_cli(["phrases", "--bank", str(bank), "--kind", "领句", "--json", "--grep", "zzz"])
    assert as_json.exit_code == 0 and json.loads(as_json.stdout) == []
    by_topic = run_cli(["phrases", "--bank", str(bank), "--topic", "生态环保", "--json"])
    rows = json.loads(by_topic.stdout)
    assert rows and all("生态环保" in row["topics"] for row in rows)


def test_phrases_show_source_prints_the_original_sentence(bank: Path, corpus: Path) -> None:
    result = run_cli(
        [
            "phrases",
            "--bank",
            str(bank),
            "--grep",
            "固定资产投资",
            "--show-source",
            "--corpus",
            str(corpus),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "今年以来，全县完成固定资产投资3.2亿元，增长7.68%。" in result.stdout


def test_phrases_rejects_unknown_kind_and_topic(bank: Path) -> None:
    kind = run_cli(["phrases", "--bank", str(bank), "--kind", "poem"])
    assert kind.exit_code == 2 and "没有这类条目" in kind.stderr
    topic = run_cli(["phrases", "--bank", str(bank), "--topic", "航天"])
    assert topic.exit_code == 2 and "没有这个话题" in topic.stderr


def test_topics_lists_counts_per_kind(bank: Path) -> None:
    result = run_cli(["topics", "--bank", str(bank)])
    assert result.exit_code == 0, result.output
    assert "项目建设" in result.stdout and "标题框架" in result.stdout
    data = json.loads(run_cli(["topics", "--bank", str(bank), "--json"]).stdout)
    assert {row["topic"] for row in data} >= {"项目建设", "生态环保", "抓落实"}
    assert all(set(row["counts"]) >= {"heading", "body"} for row in data)


def test_shipped_bank_browsing_with_sources() -> None:
    result = run_cli(["phrases", "--kind", "figure_frame", "--limit", "3", "--show-source"])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("[数据句式]") == 3
    assert "出处 " in result.stdout and "找不到" not in result.stdout


def test_progress_bar_path_mines_the_same_bank(corpus: Path, tmp_path: Path) -> None:
    from collections.abc import Callable, Iterator
    from contextlib import contextmanager

    from drafter.mining.commands import PROGRESS_MIN_FILES, run_mine

    for copy in range(PROGRESS_MIN_FILES):  # enough files to call for a bar
        # (versions of a.txt: read, then counted once)
        (corpus / f"c{copy}.txt").write_text(SPEECH_A.replace("三点", f"{copy + 2}点"), "utf-8")

    steps: list[tuple[str, str]] = []
    totals: list[int] = []

    @contextmanager
    def bar(total: int) -> Iterator[Callable[[str, str], None]]:
        totals.append(total)
        yield lambda step, name: steps.append((step, name))

    files = sorted(corpus.iterdir())
    run_mine([corpus], tmp_path / "with", progress=bar)
    run_mine([corpus], tmp_path / "plain")
    # two steps per file (read, generalise; versions of one speech are generalised once), and
    # the same bank with or without the bar
    assert totals == [2 * len(files)]
    # (in the order the worker processes finish them)
    assert sorted(name for step, name in steps if step == "读取") == [f.name for f in files]
    assert len(steps) == len(files) + 2
    for name in ("body.yaml", "heading.yaml", "scrubbed.yaml"):
        with_bar = (tmp_path / "with" / name).read_bytes()
        assert with_bar == (tmp_path / "plain" / name).read_bytes()


def test_commands_return_text_and_do_not_print(
    capsys: pytest.CaptureFixture[str], repo: Path
) -> None:
    from drafter.mining.commands import run_phrases, run_topics

    listing = run_phrases(repo / "phrasebank", kind="closing")
    table = run_topics(repo / "phrasebank")
    assert capsys.readouterr() == ("", "")
    assert "[结尾]" in listing.text and listing.note.startswith("共 ")
    assert table.splitlines()[0].startswith("话题")
    assert run_phrases(repo / "phrasebank", grep="不会出现的文字").note == "没有符合条件的条目。"


def test_output_problems_are_reported_before_mining(corpus: Path, tmp_path: Path) -> None:
    nested = run_cli(["mine", str(corpus), "-o", str(tmp_path / "no" / "bank")])
    assert nested.exit_code == 3 and "文件夹不存在" in nested.stderr
    afile = tmp_path / "bank.txt"
    afile.write_text("x", encoding="utf-8")
    clash = run_cli(["mine", str(corpus), "-o", str(afile), "--force"])
    assert clash.exit_code == 3 and afile.read_text(encoding="utf-8") == "x"
    other = tmp_path / "documents"
    other.mkdir()
    (other / "a.docx").write_bytes(b"x")
    foreign = run_cli(["mine", str(corpus), "-o", str(other), "--force"])
    assert foreign.exit_code == 3 and (other / "a.docx").exists()


def test_custom_topics_file(corpus: Path, tmp_path: Path) -> None:
    topics = tmp_path / "topics.yaml"
    topics.write_text(
        "schema_version: 1\ntopics:\n  - name: 招商\n    keywords: [招商引资, 资金]\n",
        encoding="utf-8",
    )
    out = tmp_path / "bank"
    result = run_cli(["mine", str(corpus), "-o", str(out), "--topics", str(topics)])
    assert result.exit_code == 0, result.output
    bank = load_bank(out)
    assert bank.topic_names() == ("招商",)
    assert any("招商" in p.topics for p in bank.phrases)
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\ntopics: []\n", encoding="utf-8")
    failed = run_cli(["mine", str(corpus), "-o", str(tmp_path / "b2"), "--topics", str(bad)])
    assert failed.exit_code == 2 and "bad.yaml" in failed.stderr


REPO = Path(__file__).resolve().parents[1]


def test_a_new_bank_starts_with_the_shipped_curated_entries(tmp_path: Path) -> None:
    from drafter.phrasebank import load_bank
    from drafter.resources import default_bank_dir

    out = tmp_path / "我县短语库"
    result = run_cli(["mine", str(REPO / "corpus" / "001_d1703f28c5e62f13.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "curated.yaml" in result.output
    shipped = (default_bank_dir() / "curated.yaml").read_bytes()
    assert (out / "curated.yaml").read_bytes() == shipped
    assert any(p.curated for p in load_bank(out).phrases)
    # Re-mining keeps the writer's edited copy, not the shipped one.
    (out / "curated.yaml").write_text(
        shipped.decode("utf-8").replace("schema_version: 1", "schema_version: 1\n# 本县修改"),
        encoding="utf-8",
    )
    again = run_cli(
        ["mine", str(REPO / "corpus" / "001_d1703f28c5e62f13.txt"), "-o", str(out), "--force"],
    )
    assert again.exit_code == 0, again.output
    assert "本县修改" in (out / "curated.yaml").read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_installed_command_mines_on_worker_processes_and_exits(tmp_path: Path) -> None:
    """The console command (its SIGTERM handler installed, as a writer runs it) mines on worker
    processes and ends: a worker that inherited the handler once hung the pool's shutdown."""
    import os
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[1]
    # the two shortest county reports: two files are mined on two worker processes, as four are,
    # in half the time (the hang was in the pool's shutdown, whatever the files)
    files = sorted((repo / "corpus").glob("*-*.txt"), key=lambda p: (p.stat().st_size, p.name))[:2]
    for path in files:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    env = dict(os.environ)
    env["PYTHONPATH"] = str(repo)
    command = [sys.executable, "-c", "import drafter; drafter.main()", "mine", str(tmp_path)]
    for run in range(3):
        done = subprocess.run(
            [*command, "-o", str(tmp_path / f"bank{run}"), "--force"],
            capture_output=True,
            env=env,
            timeout=180,
            cwd=tmp_path,
        )
        assert done.returncode == 0, done.stderr.decode()
    first = sorted((tmp_path / "bank0").iterdir())
    for run in (1, 2):
        for path in first:
            assert (tmp_path / f"bank{run}" / path.name).read_bytes() == path.read_bytes()


def test_the_console_command_ends_mining_with_its_messages_and_exit_code(tmp_path: Path) -> None:
    """``mine`` ends without the interpreter's teardown (``drafter._end_now``): what it printed
    is all there, the exit code is the command's, and a failure still says why."""
    import os
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[1]
    shortest = min(repo.glob("corpus/*-*.txt"), key=lambda p: (p.stat().st_size, p.name))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / shortest.name).write_bytes(shortest.read_bytes())
    (tmp_path / "empty").mkdir()
    env = dict(os.environ, PYTHONPATH=str(repo), DRAFTER_CACHE_DIR=str(tmp_path / "cache"))
    command = [sys.executable, "-c", "import drafter; drafter.main()", "mine"]
    done = subprocess.run(
        [*command, str(tmp_path / "in"), "-o", str(tmp_path / "bank")],
        capture_output=True,
        env=env,
        timeout=180,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert "短语库已写入" in done.stderr.decode()
    assert (tmp_path / "bank" / "body.yaml").is_file()
    failed = subprocess.run(
        [*command, str(tmp_path / "empty"), "-o", str(tmp_path / "bank2")],
        capture_output=True,
        env=env,
        timeout=180,
        cwd=tmp_path,
    )
    assert failed.returncode not in (0, 120), failed.stderr.decode()
    assert "语料为空" in failed.stderr.decode()
    assert not (tmp_path / "bank2").exists()


def test_mine_process_imports_neither_pydantic_nor_jieba(corpus: Path, tmp_path: Path) -> None:
    """Neither pydantic (typer converted the corpus paths through it, ~0.08 s) nor jieba (needed
    only to build its tables once) is on mining's path once the tables are cached. The paths
    arrive as a list of ``Path``."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import drafter.mining.commands as commands\n"
        "real = commands.run_mine\n"
        "def seen(corpus, *args, **kwargs):\n"
        "    print(repr(corpus), file=sys.stderr)\n"
        "    return real(corpus, *args, **kwargs)\n"
        "commands.run_mine = seen\n"
        "sys.argv = ['drafter', 'mine', *sys.argv[1:]]\n"
        "from drafter.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as stop:\n"
        "    assert not stop.code, stop.code\n"
        "print('pydantic' in sys.modules, 'jieba' in sys.modules, file=sys.stderr)\n"
    )
    env = {**os.environ, "DRAFTER_CACHE_DIR": str(tmp_path / "cache")}
    one = sorted(corpus.glob("*.txt"))[0]
    runs = [
        subprocess.run(
            [
                sys.executable,
                "-c",
                code,
                str(corpus),
                str(one),
                "-o",
                str(tmp_path / "b"),
                "--force",
            ],
            cwd=Path(__file__).parents[1],
            env=env,
            capture_output=True,
            text=True,
        )
        for _ in range(2)
    ]
    for run in runs:
        assert run.returncode == 0, run.stderr
    last = runs[1].stderr.strip().splitlines()
    assert last[-1] == "False False"
    assert f"[PosixPath('{corpus}'), PosixPath('{one}')]" in runs[1].stderr or os.name == "nt"
