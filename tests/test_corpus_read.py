"""Reading speech files: .txt/.md/.docx, the five corpus speeches, every error a writer meets."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import opencc
import pytest
from clirunner import run_cli
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.corpus import SourceText, read_speech
from drafter.errors import CorpusError

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
SHARED = Path(__file__).resolve().parents[2] / "shared"

SPEECH = (
    "在全县经济工作会议上的讲话\n"
    "同志们：\n"
    "今天我们召开全县经济工作会议，主要任务是安排部署下半年工作。\n"
    "一、坚持项目为王\n"
    "一要抓谋划，二要抓开工。\n"
    "同志们，让我们在县委的坚强领导下，奋力谱写新篇章！\n"
)


def _corpus(name_prefix: str) -> SourceText:
    (path,) = CORPUS.glob(f"{name_prefix}_*.txt")
    return read_speech(path)


# --- formats ---------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16", "big5"])
def test_txt_in_any_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "讲话.txt"
    text = SPEECH if encoding != "big5" else opencc.OpenCC("s2tw").convert(SPEECH)
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    source = read_speech(path)
    assert source.paragraphs[1] == "同志们："
    assert source.paragraphs[3] == "一、坚持项目为王"
    assert len(source.paragraphs) == 6
    assert source.encoding == {"big5": "big5hkscs"}.get(encoding, encoding)
    assert source.traditional == (encoding == "big5")
    assert source.path == path and source.name == "讲话.txt"


def test_markdown_markup_is_stripped_and_text_kept(tmp_path: Path) -> None:
    path = tmp_path / "讲话.md"
    path.write_text(
        "---\ntitle: 讲话\n---\n"
        "# 在全县经济工作会议上的讲话\n\n"
        "**同志们**：\n\n"
        "> 今天我们召开[全县经济工作会议](https://example.gov.cn)，安排部署下半年工作。\n\n"
        "## 一、坚持项目为王\n\n"
        "- 一要抓谋划，二要抓开工。\n"
        "* 三要抓投产。\n\n"
        "1. 加快建设进度。\n\n"
        "![图片](a.png)\n\n"
        "| 指标 | 目标 |\n|---|---|\n| 地区生产总值 | 增长6% |\n\n"
        "```\n附：数据表\n```\n"
        "*等5位同志作了发言。\n",
        encoding="utf-8",
    )
    assert read_speech(path).paragraphs == (
        "在全县经济工作会议上的讲话",
        "同志们：",
        "今天我们召开全县经济工作会议，安排部署下半年工作。",
        "一、坚持项目为王",
        "一要抓谋划，二要抓开工。",
        "三要抓投产。",
        "1.加快建设进度。",
        "图片",
        "指标",
        "目标",
        "地区生产总值",
        "增长6%",
        "附：数据表",
        "*等5位同志作了发言。",
    )


def _write_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> None:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, cells in zip(grid.rows, table, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
    document.add_paragraph("同志们，让我们奋力谱写新篇章！")
    document.save(str(path))


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "讲话.docx"
    _write_docx(
        path,
        ["在全县经济工作会议上的讲话", "同志们:", "\u3000\u3000今天我们召开会议。", ""],
        table=[["指标", "目标"], ["地区生产总值", "增长6%"]],
    )
    source = read_speech(path)
    assert source.encoding == "docx"
    assert source.paragraphs == (
        "在全县经济工作会议上的讲话",
        "同志们：",
        "今天我们召开会议。",
        "指标",
        "目标",
        "地区生产总值",
        "增长6%",
        "同志们，让我们奋力谱写新篇章！",
    )


_NUMBERING = (
    '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ' w:abstractNumId="90">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:lvlText w:val="%1、"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:lvlText w:val="（%2）"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%3."/></w:lvl>'
    '<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
    '<w:lvlText w:val="•"/></w:lvl>'
    "</w:abstractNum>"
)


def test_word_list_numbers_are_put_back(tmp_path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    document = Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(_NUMBERING))
    numbering.append(
        parse_xml(
            '<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
            ' w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
        )
    )
    items = [
        (None, "同志们："),
        (0, "坚持项目为王"),
        (1, "抓谋划"),
        (2, "加快前期工作。"),
        (2, "加快开工建设。"),
        (3, "要点"),
        (1, "抓开工"),
        (0, "坚持改革创新"),
        (1, "深化改革"),
    ]
    for level, text in items:
        paragraph = document.add_paragraph(text)
        if level is not None:
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().set(qn("w:val"), str(level))
            num_pr.get_or_add_numId().set(qn("w:val"), "90")
    path = tmp_path / "讲话.docx"
    document.save(str(path))
    assert read_speech(path).paragraphs == (
        "同志们：",
        "一、坚持项目为王",
        "（一）抓谋划",
        "1.加快前期工作。",
        "2.加快开工建设。",
        "要点",
        "（二）抓开工",
        "二、坚持改革创新",
        "（一）深化改革",
    )


def test_traditional_paragraphs_of_a_mixed_docx_become_simplified(tmp_path: Path) -> None:
    path = tmp_path / "報告.docx"
    _write_docx(path, ["各位代表：", "現在，我代表縣人民政府向大會報告工作。"])
    source = read_speech(path)
    assert source.traditional
    assert source.paragraphs[1] == "现在，我代表县人民政府向大会报告工作。"
    assert source.paragraphs[2] == "同志们，让我们奋力谱写新篇章！"


def test_suffix_case_does_not_matter(tmp_path: Path) -> None:
    path = tmp_path / "讲话.TXT"
    path.write_text(SPEECH, encoding="utf-8")
    assert read_speech(path).paragraphs[0] == "在全县经济工作会议上的讲话"


# --- errors ----------------------------------------------------------------------------------


def _error(path: Path) -> CorpusError:
    with pytest.raises(CorpusError) as caught:
        read_speech(path)
    message = str(caught.value)
    assert path.name in message, "the message names the file"
    assert "\n" not in message, "one line"
    assert re.search("[\u4e00-\u9fff]", message), "in Chinese"
    return caught.value


def test_missing_file(tmp_path: Path) -> None:
    assert "不存在" in str(_error(tmp_path / "没有这个文件.txt"))


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "讲话稿.txt"
    folder.mkdir()
    assert "文件夹" in str(_error(folder))


@pytest.mark.parametrize("name", ["讲话.rtf", "讲话.xls", "讲话", "讲话.pages"])
def test_unknown_extension_names_the_allowed_ones(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(SPEECH, encoding="utf-8")
    message = str(_error(path))
    assert "不支持" in message
    assert all(suffix in message for suffix in (".txt", ".md", ".docx", ".doc", ".wps", ".pdf"))


@pytest.mark.parametrize("content", [b"", b"   \r\n\t\n", "\u3000\u3000\n".encode()])
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_empty_or_whitespace_only(tmp_path: Path, content: bytes, suffix: str) -> None:
    path = tmp_path / f"讲话{suffix}"
    path.write_bytes(content)
    assert "为空" in str(_error(path))


def test_empty_docx(tmp_path: Path) -> None:
    path = tmp_path / "讲话.docx"
    Document().save(str(path))
    assert "没有文字" in str(_error(path))


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 16,
        b"\x7fELF\x02\x01\x01\x00" + bytes(200) + bytes(range(256)),
    ],
)
def test_binary_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "讲话.txt"
    path.write_bytes(content)
    assert "不是文本文件" in str(_error(path))


@pytest.mark.parametrize(
    ("content", "hint"),
    [
        (b"PK\x03\x04" + bytes(300), ".docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(300), ".doc"),
        (b"%PDF-1.4\n" + bytes(range(256)), "PDF"),
    ],
)
def test_office_file_saved_as_txt_gets_a_hint(tmp_path: Path, content: bytes, hint: str) -> None:
    path = tmp_path / "讲话.txt"
    path.write_bytes(content)
    message = str(_error(path))
    assert "不是文本文件" in message and hint in message


def test_text_padded_with_nul_bytes_is_still_text(tmp_path: Path) -> None:
    path = tmp_path / "讲话.txt"
    path.write_bytes(SPEECH.encode("utf-8") + bytes(512))
    assert read_speech(path).paragraphs[-1] == "同志们，让我们在县委的坚强领导下，奋力谱写新篇章！"


@pytest.mark.parametrize(
    "content",
    [b"Hello, this is an English report.\n", "Résumé du rapport.\n".encode("cp1252")],
)
def test_text_without_chinese(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "讲话.txt"
    path.write_bytes(content)
    assert "没有中文" in str(_error(path))


def test_only_web_noise(tmp_path: Path) -> None:
    path = tmp_path / "讲话.txt"
    path.write_text("阅读全文\n打印本页 关闭窗口\n", encoding="utf-8")
    assert "正文" in str(_error(path))


@pytest.mark.parametrize(
    "content",
    [
        b"this is not a zip",
        b"PK\x03\x04" + bytes(100),
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500),
    ],
    ids=["text", "broken-zip", "old-doc"],
)
def test_docx_that_is_not_a_docx(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "讲话.docx"
    path.write_bytes(content)
    assert "Word" in str(_error(path))


def test_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "讲话.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "你好")
    assert "Word" in str(_error(path))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "讲话.txt"
    path.write_text(SPEECH, encoding="utf-8")
    path.chmod(0)
    assert "权限" in str(_error(path))


def test_cli_prints_one_chinese_line_and_exits_non_zero(tmp_path: Path) -> None:
    path = tmp_path / "空.txt"
    path.write_bytes(b"")
    result = run_cli(["outline", str(path)])
    assert result.exit_code == 2
    assert result.output.strip() == f"{path}：文件为空"


def test_cli_verbose_shows_the_encoding(tmp_path: Path) -> None:
    path = tmp_path / "讲话.txt"
    path.write_bytes(SPEECH.encode("gb18030"))
    result = run_cli(["outline", "--verbose", str(path)])
    assert result.exit_code == 0, result.output
    assert "编码 gb18030" in result.output


def test_heavy_libraries_load_only_when_a_file_needs_them() -> None:
    script = (
        "import sys\n"
        "from drafter.corpus import read_speech\n"
        "heavy = ('opencc', 'charset_normalizer', 'docx', 'jieba')\n"
        f"read_speech({str(CORPUS / '000_462f1ba52c14a0da.txt')!r})\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        f"read_speech({str(CORPUS / '002_c64ed3ca129da346.txt')!r})\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.split("\n")[:2] == ["[]", "['opencc']"]


# --- the five corpus speeches ----------------------------------------------------------------


def test_corpus_000_mojibake_free_and_complete() -> None:
    source = _corpus("000")
    assert source.paragraphs[0] == "在全县党政领导干部座谈会上的讲话"
    assert not source.traditional
    assert sum(p.startswith(("一、", "二、", "三、")) for p in source.paragraphs) == 3


def test_corpus_002_one_line_becomes_simplified_paragraphs_without_mojibake() -> None:
    source = _corpus("002")
    assert source.traditional
    assert len(source.paragraphs) > 60
    assert source.paragraphs[:4] == (
        "2024年通渭县政府工作报告",
        "——2024年1月21日在通渭县第十九届人民代表大会第四次会议上",
        "通渭县人民政府县长宗学谦",
        "各位代表：",
    )
    text = source.text
    assert "縣" not in text and "發展" not in text
    assert not re.search(r"[?？]{2}|\ufffd|諝|赓|鍧|ㄎ|А", text)
    assert "比例达94%以上" in text, "good text around a garble is kept"
    assert "激发经济社会发展的动能活力" in text
    assert any("乱码" in item for item in source.removed)
    headings = [p[:2] for p in source.paragraphs if re.match("[一二三四五六七八]、", p)]
    assert headings == ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、"] * 2


def test_corpus_003_loses_its_paywall_markers() -> None:
    source = _corpus("003")
    assert "paid" not in source.text
    assert source.paragraphs[2] == "一、坚持正向发力，以更大决心打好攻坚硬仗"
    assert source.paragraphs[-1].startswith("同志们，实干是最好的方法论")


def test_corpus_004_loses_its_header_and_truncation_note() -> None:
    source = _corpus("004")
    assert source.paragraphs[:2] == ("县长在全县人民政府全体会议上的讲话", "同志们：")
    assert not re.search("发布|字数|阅读全文|查看全文|剩余|隐藏", source.text)
    assert "：" in source.paragraphs[2] and ":" not in source.paragraphs[2]


@pytest.mark.parametrize("prefix", ["000", "001", "003", "004"])
@pytest.mark.parametrize("separator", [" ", "\u3000\u3000", "    ", "\r\n\r\n", "\r\n\u3000\u3000"])
def test_corpus_speech_on_one_line_or_reformatted_gives_the_same_paragraphs(
    tmp_path: Path, prefix: str, separator: str
) -> None:
    paragraphs = _corpus(prefix).paragraphs
    path = tmp_path / "讲话.txt"
    path.write_bytes(separator.join(paragraphs).encode("gb18030"))
    assert read_speech(path).paragraphs == paragraphs


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
@pytest.mark.parametrize("width", [24, 36])
@pytest.mark.parametrize("marking", ["indent", "blank"])
def test_corpus_speech_hard_wrapped_gives_the_same_paragraphs(
    tmp_path: Path, prefix: str, width: int, marking: str
) -> None:
    paragraphs = _corpus(prefix).paragraphs
    lines: list[str] = []
    for paragraph in paragraphs:
        chunks = [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
        if marking == "indent":
            chunks[0] = "\u3000\u3000" + chunks[0]
        lines.extend(chunks)
        if marking == "blank":
            lines.append("")
    path = tmp_path / "讲话.txt"
    path.write_text("\r\n".join(lines), encoding="utf-8")
    assert read_speech(path).paragraphs == paragraphs


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_corpus_speech_is_clean(prefix: str) -> None:
    source = _corpus(prefix)
    assert source.encoding == "utf-8"
    for paragraph in source.paragraphs:
        assert paragraph == paragraph.strip() and paragraph
        assert not re.search(r"[\u4e00-\u9fff][,;!?:(][\u4e00-\u9fff]", paragraph), paragraph
        assert not re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", paragraph), paragraph


# --- corpus-extra: real pages as scraped -----------------------------------------------------


@pytest.fixture(scope="module")
def extra() -> Path:
    folder = SHARED / "corpus-extra"
    if not folder.is_dir():
        pytest.skip("../shared/corpus-extra is not beside this checkout")
    return folder


def test_extra_gb18030_reports_read_as_gb18030(extra: Path) -> None:
    for path in sorted(extra.glob("*.gb18030.txt")):
        source = read_speech(path)
        assert source.encoding == "gb18030"
        assert source.paragraphs[0] == "政府工作报告", path.name
        assert source.paragraphs[3] == "各位代表：", path.name


def test_extra_scraped_headers_and_footers_are_removed(extra: Path) -> None:
    noise = re.compile(
        "字号|字体|打印|关闭窗口|扫一扫|责任编辑|来源|下载|全屏|收藏|相关链接|分享|本报记者"
    )
    for name in ("jiangsu", "sichuan", "baoding"):
        (path,) = extra.glob(f"{name}-*.txt")
        source = read_speech(path)
        assert not noise.search("\n".join(source.paragraphs[:8] + source.paragraphs[-3:])), name
        assert any(p.startswith("各位代表") for p in source.paragraphs[:8]) or name == "baoding"
        assert source.removed
    (sichuan,) = extra.glob("sichuan-*.txt")
    assert read_speech(sichuan).paragraphs[-1].startswith("20.")


# --- properties ------------------------------------------------------------------------------


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".md", ".docx"]))
def test_read_speech_raises_only_corpus_errors(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"任意{suffix}"
    path.write_bytes(data)
    try:
        source = read_speech(path)
    except CorpusError as error:
        assert path.name in str(error)
    else:
        assert source.paragraphs
        assert all(p.strip() == p and p for p in source.paragraphs)
