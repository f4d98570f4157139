"""Word 97–2003 and WPS documents: a .doc / .wps file → the text of its main document.

Both are OLE compound files holding a ``WordDocument`` stream (WPS Office writes its .wps in the
same binary format). The text is found the documented way ([MS-DOC] 2.4.1):

    FIB (start of WordDocument) → which table stream (0Table / 1Table), ccpText, fcClx/lcbClx
    → Clx in the table stream: Prc records (0x01) to skip, then Pcdt (0x02) → PlcPcd:
      n+1 character positions, then n piece descriptors (Pcd, 8 bytes each)
    → each piece: fc with bit 30 set = 8-bit text at fc/2 (cp1252), else UTF-16LE at fc.

Only the first ``ccpText`` characters are the main document (footnotes, headers and text boxes
follow). Field codes (``\\x13 instruction \\x14 result \\x15``) keep their result; cell and row
marks (``\\x07``) end a line; other control characters are dropped. olefile reads the container.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

from drafter.errors import CorpusError

_WORD_MAGIC = 0xA5EC
_COMPRESSED = 0x40000000
# FIB offsets ([MS-DOC] 2.5.1): FibBase flags, FibRgLw97.ccpText, FibRgFcLcb97.fcClx/lcbClx.
_FLAGS = 0x000A
_CCP_TEXT = 0x004C
_FC_CLX = 0x01A2
_ENCRYPTED = 0x0100
_WHICH_TABLE = 0x0200
# Characters of compressed pieces that are not cp1252 at their code ([MS-DOC] 2.4.1 note).
_CP1252_ERRORS = "replace"
_CONTROL = re.compile("[\x00-\x06\x08\x0e-\x12\x16-\x1f]")

NOT_WORD = "不是有效的 Word 97–2003 文档（.doc/.wps），可能已损坏；请在 Word 或 WPS 中另存为 .docx"
ENCRYPTED = "文档设有打开密码，无法读取；请在 Word 或 WPS 中去掉密码后另存为 .docx"


def read_binary_word_text(path: Path) -> str:
    """The main-document text of a .doc or .wps file, paragraphs separated by line breaks."""
    import olefile

    try:
        if not olefile.isOleFile(str(path)):
            raise CorpusError(NOT_WORD, path=path)
        with olefile.OleFileIO(str(path)) as ole:
            if not ole.exists("WordDocument"):
                raise CorpusError(NOT_WORD, path=path)
            word = ole.openstream("WordDocument").read()
            flags, ccp_text, fc_clx, lcb_clx = _fib(word, path)
            if flags & _ENCRYPTED:
                raise CorpusError(ENCRYPTED, path=path)
            table_name = "1Table" if flags & _WHICH_TABLE else "0Table"
            if not ole.exists(table_name):
                raise CorpusError(NOT_WORD, path=path)
            table = ole.openstream(table_name).read()
    except (OSError, struct.error, ValueError, IndexError) as error:
        # olefile's own failures on a malformed container (ValueError from its sector arrays)
        raise CorpusError(NOT_WORD, path=path) from error
    raw = _piece_text(word, table[fc_clx : fc_clx + lcb_clx], ccp_text, path)
    return _clean(raw)


def _fib(word: bytes, path: Path) -> tuple[int, int, int, int]:
    if len(word) < _FC_CLX + 8 or struct.unpack_from("<H", word, 0)[0] != _WORD_MAGIC:
        raise CorpusError(NOT_WORD, path=path)
    flags = struct.unpack_from("<H", word, _FLAGS)[0]
    ccp_text = struct.unpack_from("<i", word, _CCP_TEXT)[0]
    fc_clx, lcb_clx = struct.unpack_from("<II", word, _FC_CLX)
    return flags, ccp_text, fc_clx, lcb_clx


def _piece_text(word: bytes, clx: bytes, ccp_text: int, path: Path) -> str:
    position = 0
    while position < len(clx) and clx[position] == 0x01:  # Prc: skip its grpprl
        (size,) = struct.unpack_from("<H", clx, position + 1)
        position += 3 + size
    if position + 5 > len(clx) or clx[position] != 0x02:
        raise CorpusError(NOT_WORD, path=path)
    (lcb,) = struct.unpack_from("<I", clx, position + 1)
    plc = clx[position + 5 : position + 5 + lcb]
    count = (len(plc) - 4) // 12
    if count <= 0:
        return ""
    cps = struct.unpack_from(f"<{count + 1}i", plc, 0)
    parts: list[str] = []
    for number in range(count):
        start, end = cps[number], min(cps[number + 1], ccp_text)
        if start >= end:
            break
        (fc,) = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * number + 2)
        length = end - start
        if fc & _COMPRESSED:
            offset = (fc & ~_COMPRESSED) // 2
            parts.append(word[offset : offset + length].decode("cp1252", _CP1252_ERRORS))
        else:
            parts.append(word[fc : fc + 2 * length].decode("utf-16-le", "replace"))
    return "".join(parts)


def _clean(raw: str) -> str:
    """Word's marks → text: paragraph and cell ends become line breaks, fields keep results."""
    out: list[str] = []
    depth = 0  # inside a field's instruction (between \x13 and \x14)
    for char in raw:
        if char == "\x13":
            depth += 1
        elif char == "\x14":
            depth = max(0, depth - 1)
        elif char == "\x15":
            depth = max(0, depth - 1) if depth else 0
        elif depth:
            continue
        elif char in "\r\x07\x0b\x0c":
            out.append("\n")
        else:
            out.append(char)
    return _CONTROL.sub("", "".join(out))
