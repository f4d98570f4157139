"""Archive formats: Word 97–2003 (.doc), WPS (.wps) and text PDFs, and the files that cannot be
read named with what to do.

The .doc fixture (tests/data/archive/讲话.doc) was written by LibreOffice from a seven-paragraph
.docx; a .wps is the same binary format (WPS Office writes its .wps so). PDFs are written here by
hand: a Type0 font with Identity-H codes equal to the Unicode code points and a ToUnicode map, the
way office software exports Chinese text.
"""

from __future__ import annotations

import shutil
import zlib
from pathlib import Path

import pytest

from drafter.corpus import normalise, read_speech
from drafter.errors import CorpusError
from drafter.outline import parse_outline

DATA = Path(__file__).resolve().parent / "data" / "archive"
DOC = DATA / "讲话.doc"

LINES = (
    "在全县经济工作会议上的讲话",
    "同志们：",
    "今天，我们召开全县经济工作会议，主要任务是总结工作、部署任务。",
    "一、充分肯定成绩",
    "过去一年，全县地区生产总值增长6.5%，Office 2003 兼容。",
    "二、明确重点任务",
    "同志们，让我们团结一心，奋力谱写新篇章！",
)


def _error(path: Path) -> str:
    with pytest.raises(CorpusError) as caught:
        read_speech(path)
    return str(caught.value)


# --- .doc and .wps ---------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".doc", ".wps", ".DOC"])
def test_word97_document_reads_as_its_paragraphs(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"讲话{suffix}"
    shutil.copyfile(DOC, path)
    source = read_speech(path)
    assert source.paragraphs == normalise("\n".join(LINES)).paragraphs
    outline = parse_outline(source.paragraphs)
    assert [h.text for h in outline.headings] == ["充分肯定成绩", "明确重点任务"]
    assert outline.closing is not None


def test_field_codes_keep_their_result() -> None:
    from drafter.corpus.binaryword import _clean

    raw = "共\x13 PAGE \x142\x15页\r下一段\x07表格\r"
    assert _clean(raw) == "共2页\n下一段\n表格\n"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"not an office file at all" * 20, "不是有效的 Word 97"),
        # an OLE container without a WordDocument stream (an .xls renamed)
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000), "另存为 .docx"),
    ],
)
def test_broken_doc_is_named_with_what_to_do(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "旧文件.doc"
    path.write_bytes(content)
    message = _error(path)
    assert "旧文件.doc" in message and expected in message


def test_encrypted_doc_asks_for_the_password_to_be_removed(tmp_path: Path) -> None:
    import olefile

    data = bytearray(DOC.read_bytes())
    ole = olefile.OleFileIO(str(DOC))
    word = bytearray(ole.openstream("WordDocument").read())
    ole.close()
    flags = int.from_bytes(word[10:12], "little") | 0x0100  # FibBase.fEncrypted
    start = data.find(bytes(word[:64]))
    assert start >= 0
    data[start + 10 : start + 12] = flags.to_bytes(2, "little")
    path = tmp_path / "加密.doc"
    path.write_bytes(bytes(data))
    assert "密码" in _error(path)


# --- PDF -------------------------------------------------------------------------------------


def _pdf(pages: list[list[str]], *, encrypt: bool = False) -> bytes:
    """A minimal text PDF: each page's lines in a CID font whose codes are the code points."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    # one bfchar per character used (a whole-plane bfrange would make pypdf build a 65,536-entry
    # map for every read)
    used = sorted({ord(char) for lines in pages for line in lines for char in line})
    blocks = [used[i : i + 100] for i in range(0, len(used), 100)]
    chars = b"".join(
        b"%d beginbfchar\n%s\nendbfchar\n"
        % (len(block), b"\n".join(b"<%04X> <%04X>" % (c, c) for c in block))
        for block in blocks
    )
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        + chars
        + b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    to_unicode = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap))
    descendant = add(
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> >>"
    )
    font = add(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H"
        b" /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (descendant, to_unicode)
    )
    pages_id = len(objects) + 2 * len(pages) + 1
    kids = []
    for lines in pages:
        ops = [b"BT /F1 16 Tf 20 TL 50 780 Td"]
        for line in lines:
            ops.append(b"<%s> Tj T*" % line.encode("utf-16-be").hex().upper().encode())
        ops.append(b"ET")
        stream = zlib.compress(b"\n".join(ops))
        content = add(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream)
        )
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842]"
                b" /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                % (pages_id, font, content)
            )
        )
    refs = b" ".join(b"%d 0 R" % k for k in kids)
    add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids)))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    extra = b" /Encrypt << /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>" if encrypt else b""
    out += b"trailer\n<< /Size %d /Root %d 0 R%s /ID [<01><01>] >>\n" % (
        len(objects) + 1,
        catalog,
        extra,
    )
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_text_pdf_reads_as_its_lines_without_page_numbers(tmp_path: Path) -> None:
    path = tmp_path / "讲话.pdf"
    path.write_bytes(_pdf([[*LINES[:4], "— 1 —"], [*LINES[4:], "— 2 —"]]))
    source = read_speech(path)
    assert source.encoding == "pdf"
    assert source.paragraphs == normalise("\n".join(LINES)).paragraphs


def test_scanned_pdf_is_named_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "扫描件.pdf"
    path.write_bytes(_pdf([["— 1 —"], ["— 2 —"]]))
    message = _error(path)
    assert "扫描件.pdf" in message and "扫描件" in message and "文字版 PDF" in message


def test_broken_pdf(tmp_path: Path) -> None:
    path = tmp_path / "坏.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    message = _error(path)
    assert "坏.pdf" in message and "不是有效的 PDF" in message


def test_encrypted_pdf_is_named_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "加密.pdf"
    path.write_bytes(_pdf([list(LINES)], encrypt=True))
    message = _error(path)
    assert "加密.pdf" in message and "密码" in message
