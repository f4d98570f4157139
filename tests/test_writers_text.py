"""The .md and .txt writers, sanitising, and how their output reads back through the reader."""

from __future__ import annotations

import string
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from writers_sample import sample_document

from drafter.document import Block, Document, Role, Run
from drafter.writers import render_text, write_document
from drafter.writers.sanitise import sanitise_line, sanitise_text

EXPECTED_MD = """\
# 在全县经济工作会议上的讲话

县长　王某某

（2025年2月10日）

同志们：

今天，我们召开全县经济工作会议，总结2024年工作，安排部署今年重点任务。

下面，我讲几点意见。

## 一、坚持正向发力，以更大决心打好攻坚硬仗

### （一）全力以赴抓项目扩投资

**补齐生态短板**。全年实施重点项目56个，完成投资37.6亿元，同比增长6.8%。坚持以习近平新时代中国\
特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，完整准确全面贯彻新发展理念，\
加快构建新发展格局，着力推动高质量发展。

#### 1.加快重点项目建设

##### （1）强化要素保障

（二）全力以赴优环境。营商环境是发展的生命线。一要深化放管服改革，二要强化政务服务。

## 二、聚焦民生福祉，办好群众急难愁盼的实事

坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，完整准确\
全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。

同志们，新的一年任务艰巨、使命光荣。让我们奋力谱写现代化建设新篇章！
"""

EXPECTED_TXT = """\
在全县经济工作会议上的讲话
县长　王某某
（2025年2月10日）

同志们：
　　今天，我们召开全县经济工作会议，总结2024年工作，安排部署今年重点任务。
　　下面，我讲几点意见。
　　一、坚持正向发力，以更大决心打好攻坚硬仗
　　（一）全力以赴抓项目扩投资
　　补齐生态短板。全年实施重点项目56个，完成投资37.6亿元，同比增长6.8%。坚持以习近平新时代中国\
特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，完整准确全面贯彻新发展理念，\
加快构建新发展格局，着力推动高质量发展。
　　1.加快重点项目建设
　　（1）强化要素保障
　　（二）全力以赴优环境。营商环境是发展的生命线。一要深化放管服改革，二要强化政务服务。
　　二、聚焦民生福祉，办好群众急难愁盼的实事
　　坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，完整准确\
全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。
　　同志们，新的一年任务艰巨、使命光荣。让我们奋力谱写现代化建设新篇章！
"""


def test_markdown_of_the_sample() -> None:
    assert render_text(sample_document(), "md") == EXPECTED_MD


def test_text_of_the_sample() -> None:
    assert render_text(sample_document(), "txt") == EXPECTED_TXT


def test_markdown_escapes_what_markdown_would_eat() -> None:
    doc = Document(
        (
            Block.plain(Role.BODY, "*县*等5位同志，县长***，a_b_c，`x`。"),
            Block.plain(Role.BODY, "# 不是标题"),
            Block.plain(Role.BODY, "- 不是列表"),
            Block.plain(Role.BODY, "1. 不是编号列表"),
            Block.plain(Role.BODY, "> 不是引用"),
            Block.plain(Role.HEADING_1, "一、标题以#号结尾#"),
        )
    )
    assert render_text(doc, "md").split("\n\n") == [
        r"\*县\*等5位同志，县长\*\*\*，a\_b\_c，\`x\`。",
        r"\# 不是标题",
        r"\- 不是列表",
        "1\\. 不是编号列表",
        "\\> 不是引用",
        "## 一、标题以#号结尾\\#\n",
    ]


def test_markdown_bold_merges_adjacent_runs_and_skips_pure_punctuation() -> None:
    doc = Document(
        (
            Block(
                Role.BODY,
                (Run("一要", bold=True), Run("抓项目。", bold=True), Run("扩投资。")),
            ),
            Block(Role.BODY, (Run("正文", bold=False), Run("。", bold=True))),
            Block(Role.BODY, (Run("“加快发展”", bold=True), Run("是主题。"))),
        )
    )
    assert render_text(doc, "md").split("\n\n") == [
        "**一要抓项目**。扩投资。",
        "正文。",
        "“**加快发展**”是主题。\n",
    ]


def test_text_writers_sanitise_and_keep_one_paragraph_per_line() -> None:
    doc = Document(
        (
            Block.plain(Role.TITLE, "标\x00题"),
            Block.plain(Role.BODY, "第一行\n第二行\x0c。"),
            Block.plain(Role.BODY, "   "),
        )
    )
    assert render_text(doc, "txt") == "标题\n\n　　第一行第二行。\n"
    assert render_text(doc, "md") == "# 标题\n\n第一行第二行。\n"


def test_empty_document_gives_empty_text() -> None:
    assert render_text(Document(()), "md") == ""
    assert render_text(Document(()), "txt") == ""


def test_written_files_read_back_as_the_same_paragraphs(tmp_path: Path) -> None:
    from drafter.corpus import read_speech

    def squeeze(paragraphs: tuple[str, ...]) -> list[str]:
        # The reader normalises spacing ("县长　王某某" → "县长王某某"); compare the words.
        return ["".join(p.split()) for p in paragraphs]

    doc = sample_document()
    for suffix in (".txt", ".md", ".docx"):
        path = tmp_path / f"draft{suffix}"
        write_document(doc, path)
        assert squeeze(read_speech(path).paragraphs) == squeeze(doc.paragraphs()), suffix


def test_markdown_reads_back_with_headings_and_bold_removed(tmp_path: Path) -> None:
    from drafter.corpus.markdown import strip_markdown

    doc = sample_document()
    lines = [line for line in strip_markdown(render_text(doc, "md")).split("\n") if line]
    assert lines == list(doc.paragraphs())


def test_outline_parser_sees_the_structure_in_every_format(tmp_path: Path) -> None:
    from drafter.corpus import read_speech
    from drafter.outline import parse_outline

    doc = sample_document()
    for suffix in (".txt", ".md", ".docx"):
        path = tmp_path / f"draft{suffix}"
        write_document(doc, path)
        outline = parse_outline(read_speech(path).paragraphs).to_json()
        markers = [(h["level"], h["marker"]) for h in outline["headings"]]
        assert (1, "一、") in markers and (2, "（一）") in markers and (3, "1.") in markers
        assert outline["salutation"] == "同志们："


_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from("\x00\x0b\ud800\ufffe\r\n\t\u2028\x85*_#。，（一）"),
        st.sampled_from(string.ascii_letters),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(list(Role)), _TEXT, st.booleans()), max_size=8))
def test_any_text_renders_without_forbidden_characters(
    items: list[tuple[Role, str, bool]],
) -> None:
    doc = Document(tuple(Block(role, (Run(text, bold=bold),)) for role, text, bold in items))
    for fmt in ("md", "txt"):
        out = render_text(doc, fmt)
        assert sanitise_text(out) == out
        out.encode("utf-8")
        assert "\r" not in out and "\t" not in out
    txt_lines = [line for line in render_text(doc, "txt").split("\n") if line]
    assert len(txt_lines) == sum(1 for _, text, _ in items if sanitise_line(text).strip())


@given(st.text())
def test_sanitise_line_is_idempotent_and_single_line(text: str) -> None:
    once = sanitise_line(text)
    assert sanitise_line(once) == once
    assert len(once.splitlines()) <= 1
    once.encode("utf-8")


_SPEECHLIKE = st.text(
    alphabet=st.sampled_from(
        list("发展项目建设县乡村一二三。，、；：！？“”（）《》—…") + list("0123456789XAB*.% ")
    ),
    min_size=1,
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([Role.TITLE, Role.BODY, Role.HEADING_1, Role.SALUTATION]),
            st.lists(st.tuples(_SPEECHLIKE, st.booleans()), min_size=1, max_size=3),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_markdown_round_trips_through_the_corpus_reader(
    items: list[tuple[Role, list[tuple[str, bool]]]],
) -> None:
    from drafter.corpus.markdown import strip_markdown

    doc = Document(
        tuple(Block(role, tuple(Run(t, bold=b) for t, b in runs)) for role, runs in items)
    )
    expected = [p.strip() for p in doc.paragraphs() if p.strip()]
    lines = [line.strip() for line in strip_markdown(render_text(doc, "md")).split("\n")]
    assert [line for line in lines if line] == expected


def _real_speeches() -> list[Path]:
    repo = Path(__file__).resolve().parents[1]
    extra = repo.parent / "shared" / "corpus-extra"
    files = sorted((repo / "corpus").glob("*.txt"))
    if extra.is_dir():
        files += sorted(extra.glob("*.txt"))
    return files


def test_real_speeches_survive_every_writer(tmp_path: Path) -> None:
    """Real speeches (web debris, masks, odd punctuation) written in all three formats read
    back as the same paragraphs."""
    from drafter.corpus import read_speech

    speeches = _real_speeches()
    assert speeches
    for source in speeches:
        paragraphs = read_speech(source).paragraphs
        body = [Block.plain(Role.BODY, p) for p in paragraphs[1:]]
        doc = Document((Block.plain(Role.TITLE, paragraphs[0]), *body))
        for suffix in (".txt", ".md", ".docx"):
            out = tmp_path / f"{source.stem}{suffix}"
            write_document(doc, out)
            back = read_speech(out).paragraphs
            assert ["".join(p.split()) for p in back] == ["".join(p.split()) for p in paragraphs], (
                source.name,
                suffix,
            )
