"""``drafter outline``: the tree and the contract JSON, through the command line (``clirunner``);
and the parser's properties on arbitrary text (hypothesis)."""

from __future__ import annotations

import json
from pathlib import Path

from clirunner import run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.outline import format_outline, parse_outline, split_sentences

SPEECH = """在全县经济工作会议上的讲话

同志们：

今天，我们召开全县经济工作会议。下面，我讲两点意见。

一、提高站位，统一思想

一要提高认识。这是前提。二要明确责任。这是关键。

二、突出重点，狠抓落实

（一）全力抓项目。项目是发展的引擎。

（二）持续抓产业。产业是富民的根本。

同志们，让我们团结一心，奋力谱写新篇章！
"""


def _write(tmp_path: Path, text: str, name: str = "speech.txt", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_outline_prints_the_tree(tmp_path: Path) -> None:
    result = run_cli(["outline", str(_write(tmp_path, SPEECH))])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "标题：在全县经济工作会议上的讲话"
    assert "一、提高站位，统一思想" in lines
    assert "  （一）全力抓项目" in lines
    assert "  · 一要…（2项）：提高认识｜明确责任" in lines
    assert lines[-1].startswith("结尾：同志们，让我们团结一心")


def test_outline_json_is_exactly_the_contract(tmp_path: Path) -> None:
    result = run_cli(["outline", str(_write(tmp_path, SPEECH)), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == [
        "title",
        "salutation",
        "opening",
        "transition",
        "headings",
        "enumerations",
        "lead_sentences",
        "closing",
    ]
    assert data["title"] == "在全县经济工作会议上的讲话"
    assert data["salutation"] == "同志们："
    assert data["transition"] == "下面，我讲两点意见。"
    assert [h["marker"] for h in data["headings"]] == ["一、", "二、", "（一）", "（二）"]
    assert data["enumerations"] == [
        {"style": "一要", "count": 2, "items": ["提高认识", "明确责任"]}
    ]
    assert data["closing"] == "同志们，让我们团结一心，奋力谱写新篇章！"


def test_outline_json_of_a_gbk_file_with_half_width_punctuation(tmp_path: Path) -> None:
    text = SPEECH.replace("：", ":").replace("，", ",").replace("（", "(").replace("）", ")")
    path = _write(tmp_path, text, encoding="gb18030")
    result = run_cli(["outline", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["salutation"] == "同志们："
    assert [h["text"] for h in data["headings"]] == [
        "提高站位，统一思想",
        "突出重点，狠抓落实",
        "全力抓项目",
        "持续抓产业",
    ]


def test_outline_of_the_corpus_speech(repo: Path) -> None:
    speech = repo / "corpus" / "001_d1703f28c5e62f13.txt"
    result = run_cli(["outline", str(speech), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [h["marker"] for h in data["headings"] if h["level"] == 1] == ["一、", "二、", "三、"]
    assert [(e["style"], e["count"]) for e in data["enumerations"]] == [
        ("一要", 3),
        ("一是", 3),
        ("第一", 3),
    ]


def test_outline_of_a_missing_file_is_a_chinese_error(tmp_path: Path) -> None:
    result = run_cli(["outline", str(tmp_path / "nope.txt")])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert "nope.txt" in result.output


def test_outline_process_does_not_import_pydantic(tmp_path: Path, repo: Path) -> None:
    """typer converted the FILE argument through pydantic (0.1–0.2 s a process); drafter's own
    command line keeps ``drafter outline`` free of it."""
    import subprocess
    import sys

    path = _write(tmp_path, SPEECH)
    code = (
        "import sys\n"
        "sys.argv = ['drafter', 'outline', sys.argv[1]]\n"
        "from drafter.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as stop:\n"
        "    assert not stop.code, stop.code\n"
        "print('pydantic' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], cwd=repo, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "一、提高站位，统一思想" in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "False"


def test_bad_argument_values_are_told_in_chinese(tmp_path: Path) -> None:
    result = run_cli(["draft", str(tmp_path / "t.yaml"), "--seed", "abc"])
    assert result.exit_code == 2
    assert "--seed 的值无效：应为整数" in result.output
    assert "valid integer" not in result.output


def test_outline_help() -> None:
    result = run_cli(["outline", "--help"])
    assert result.exit_code == 0
    assert "--json" in result.stdout


# --- properties ---------------------------------------------------------------------------------

# Text made of the characters that matter to the parser, so the interesting paths are reached.
_WORDS = (
    "同志们",
    "各位代表",
    "让我们",
    "下面，我讲",
    "几点意见",
    "工作",
    "建设",
    "发展",
    "今年",
    "——",
)
_ALPHABET = st.sampled_from(
    [
        *"一二三四五六七八九十是要第其首先次最后方面（）()、，。：；！？“”.．1234567890 \u3000",
        *_WORDS,
    ]
)
_PARAGRAPH = st.lists(_ALPHABET, max_size=40).map("".join)
_CHINESE_TEXT = st.lists(_PARAGRAPH, max_size=12)


@settings(max_examples=300, deadline=None)
@given(_CHINESE_TEXT)
def test_parse_outline_never_raises_and_json_is_sound(paragraphs: list[str]) -> None:
    outline = parse_outline(paragraphs)
    data = outline.to_json()
    json.dumps(data, ensure_ascii=False)
    for enumeration in data["enumerations"]:
        assert enumeration["count"] == len(enumeration["items"]) >= 2
    for heading in outline.headings:
        assert 1 <= heading.level <= 4
        quoted = paragraphs[heading.span.paragraph][heading.span.start : heading.span.end]
        assert "".join(quoted.split()).startswith(heading.marker)  # spaces inside are dropped
    for enumeration in outline.enumerations:
        for item in enumeration.items:
            assert item.text in paragraphs[item.span.paragraph][item.span.start : item.span.end]
    for lead in outline.lead_sentences:
        assert paragraphs[lead.span.paragraph][lead.span.start : lead.span.end] == lead.text
    parts = (
        outline.title,
        outline.salutation,
        outline.opening,
        outline.transition,
        outline.closing,
    )
    for part in (*parts, *outline.front, *outline.sections):
        if part is not None:
            assert paragraphs[part.span.paragraph][part.span.start : part.span.end] == part.text
    format_outline(outline)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=8))
def test_parse_outline_never_raises_on_any_text(paragraphs: list[str]) -> None:
    outline = parse_outline(paragraphs)
    json.dumps(outline.to_json(), ensure_ascii=False)
    assert isinstance(format_outline(outline), str)


@settings(max_examples=300, deadline=None)
@given(_PARAGRAPH)
def test_sentence_spans_cover_the_text_in_order(paragraph: str) -> None:
    spans = split_sentences(paragraph)
    position = 0
    for start, end in spans:
        assert position <= start < end <= len(paragraph)
        assert paragraph[position:start].strip(" \t\u3000\xa0") == ""
        position = end
    assert paragraph[position:].strip(" \t\u3000\xa0") == ""
