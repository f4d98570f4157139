"""Decoding speech files: every encoding a writer's files come in, short and long texts."""

from __future__ import annotations

import codecs
import random
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.corpus import decode_bytes
from drafter.corpus.decode import plausibility
from drafter.errors import CorpusError

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"

# Short official phrases (10–30 characters): the hard case for any detector.
SHORT_SIMPLIFIED = (
    "补齐生态短板，推动高质量发展。",
    "同志们：今天我们召开全县经济工作会议。",
    "下面，我讲几点意见。",
    "一要抓项目扩投资，二要抓招商引资。",
    "全县地区生产总值增长5.5%。",
    "坚决守住不发生规模性返贫的底线",
    "让我们在县委的坚强领导下，奋力谱写新篇章！",
    "乡村振兴",
)
SHORT_TRADITIONAL = (
    "補齊生態短板，推動高質量發展。",
    "同志們：今天我們召開全縣經濟工作會議。",
    "下面，我講幾點意見。",
    "一要抓項目擴投資，二要抓招商引資。",
    "全縣地區生產總值增長5.5%。",
    "讓我們在縣委的堅強領導下，奮力譜寫新篇章！",
    "縣人民政府工作報告",
)


def _long_text() -> str:
    return (REPO / "corpus" / "000_462f1ba52c14a0da.txt").read_text(encoding="utf-8")


def _long_traditional() -> str:
    return (REPO / "corpus" / "002_c64ed3ca129da346.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("text", SHORT_SIMPLIFIED)
@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16-le", "utf-16-be"])
def test_short_simplified_text_decodes_exactly(text: str, encoding: str) -> None:
    decoded, used = decode_bytes(text.encode(encoding))
    assert decoded == text
    assert used == encoding


@pytest.mark.parametrize("text", SHORT_SIMPLIFIED[:-1])
def test_short_gbk_and_gb2312_text_is_reported_as_gb18030(text: str) -> None:
    for encoding in ("gbk", "gb2312"):
        assert decode_bytes(text.encode(encoding)) == (text, "gb18030")


@pytest.mark.parametrize("text", SHORT_TRADITIONAL)
@pytest.mark.parametrize("encoding", ["big5", "big5hkscs"])
def test_short_traditional_text_in_big5_decodes_exactly(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == (text, "big5hkscs")


@pytest.mark.parametrize("text", SHORT_TRADITIONAL)
def test_short_traditional_text_in_utf8_and_gb18030(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")
    assert decode_bytes(text.encode("gb18030")) == (text, "gb18030")


@pytest.mark.parametrize(
    ("bom_encoding", "name"),
    [("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("utf-32", "utf-32")],
)
@pytest.mark.parametrize("text", [SHORT_SIMPLIFIED[0], SHORT_TRADITIONAL[1], "乡村振兴"])
def test_byte_order_mark_decides(bom_encoding: str, name: str, text: str) -> None:
    decoded, used = decode_bytes(text.encode(bom_encoding))
    assert decoded == text
    assert used == name


@pytest.mark.parametrize("bom", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_utf16_with_explicit_bom_of_either_byte_order(bom: bytes) -> None:
    codec = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"
    text = _long_text()
    assert decode_bytes(bom + text.encode(codec)) == (text, "utf-16")


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16-le", "utf-16-be", "utf-16"]
)
def test_long_simplified_speech_in_every_encoding(encoding: str) -> None:
    text = _long_text()
    decoded, used = decode_bytes(text.encode(encoding))
    assert decoded == text
    assert used == {"gbk": "gb18030"}.get(encoding, encoding)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5hkscs", "utf-16-le", "utf-16-be"])
def test_long_traditional_speech_in_every_encoding(encoding: str) -> None:
    # Keep what Big5 can encode: the report's mojibake fragments are not Big5 characters.
    text = _long_traditional().encode("big5hkscs", errors="ignore").decode("big5hkscs")
    decoded, used = decode_bytes(text.encode(encoding))
    assert decoded == text
    assert used == encoding


def test_crlf_text_keeps_its_line_breaks_for_the_normaliser() -> None:
    text = "各位代表：\r\n现在，我代表县人民政府向大会报告工作。\r\n"
    assert decode_bytes(text.encode("gb18030")) == (text, "gb18030")


def test_characters_outside_gb2312_decode_in_gb18030() -> None:
    # 镕/堃/喆 are GBK-only; 䶮 needs a four-byte GB18030 sequence.
    text = "朱镕基同志指出，要坚持实事求是。王堃、李喆、刘䶮同志参加会议。"
    assert decode_bytes(text.encode("gb18030")) == (text, "gb18030")
    gbk_text = text.replace("、刘䶮", "")
    assert decode_bytes(gbk_text.encode("gbk")) == (gbk_text, "gb18030")


def test_a_few_gb_bytes_that_are_valid_utf8_are_still_gb() -> None:
    assert decode_bytes("目150".encode("gb18030")) == ("目150", "gb18030")
    assert decode_bytes("Résumé du rapport".encode()) == ("Résumé du rapport", "utf-8")


def test_ascii_text_is_utf8() -> None:
    assert decode_bytes(b"Hello, world\n") == ("Hello, world\n", "utf-8")


def test_utf8_with_a_few_broken_bytes_keeps_the_rest() -> None:
    text = _long_text()
    data = text[:1000].encode() + b"\xff\xfe" + text[1000:].encode()
    decoded, used = decode_bytes(data)
    assert used == "utf-8"
    assert decoded.count("\ufffd") <= 2
    assert "生态文明" in decoded


def test_truncated_file_with_a_bom_keeps_its_text() -> None:
    data = ("\ufeff" + _long_text()).encode("utf-8")[:-1]  # cut inside the last character
    text, used = decode_bytes(data)
    assert used == "utf-8-sig" and "生态文明" in text


def test_bom_followed_by_garbage_is_not_text() -> None:
    with pytest.raises(CorpusError, match="不是文本文件"):
        decode_bytes(codecs.BOM_UTF8 + bytes(range(128, 256)) * 4)


def test_correct_decode_scores_higher_than_cross_decode() -> None:
    text = SHORT_SIMPLIFIED[0] + SHORT_SIMPLIFIED[1]
    cross = text.encode("gb18030").decode("big5hkscs", errors="replace")
    assert plausibility(text) > 0.8
    assert plausibility(cross) < plausibility(text) - 0.5


def _zip_bytes() -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>" * 50)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4,
        bytes(range(256)) * 8,
        b"\x00" * 100,
        random.Random(7).randbytes(4096),
        _zip_bytes(),
        "各位代表：".encode() + b"\x00\x01\x02\x03" * 40 + "同志们".encode(),
    ],
    ids=["png", "all-bytes", "nuls", "random", "zip", "text-with-binary"],
)
def test_binary_data_is_not_text(data: bytes) -> None:
    with pytest.raises(CorpusError, match="不是文本文件"):
        decode_bytes(data)


@pytest.fixture(scope="module")
def extra_gb18030() -> list[Path]:
    folder = SHARED / "corpus-extra"
    if not folder.is_dir():
        pytest.skip("../shared/corpus-extra is not beside this checkout")
    return sorted(folder.glob("*.gb18030.txt"))


def test_corpus_extra_gb18030_reports_decode_as_gb18030(extra_gb18030: list[Path]) -> None:
    assert extra_gb18030, "the hailaer reports are GB18030"
    for path in extra_gb18030:
        text, used = decode_bytes(path.read_bytes())
        assert used == "gb18030", path.name
        assert "政府工作报告" in text.replace(" ", "")


def test_corpus_extra_utf8_reports_decode_as_utf8(extra_gb18030: list[Path]) -> None:
    others = [p for p in (SHARED / "corpus-extra").glob("*.txt") if ".gb18030." not in p.name]
    assert others
    for path in others:
        assert decode_bytes(path.read_bytes())[1] == "utf-8", path.name


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_never_raises_anything_but_corpus_error(data: bytes) -> None:
    try:
        text, used = decode_bytes(data)
    except CorpusError as error:
        assert error.message
    else:
        assert isinstance(text, str)
        assert used


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1))
def test_any_utf8_chinese_round_trips(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")
