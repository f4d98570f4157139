"""Reading a targets file as a person saved it: bytes → text, and the slips YAML explains badly.

``decode_bytes`` accepts UTF-8 (with or without BOM), UTF-16 with BOM and GB18030 (what Windows
Notepad saves as “ANSI” on Chinese Windows); ``scan_lines`` finds, line by line, the mistakes
people make in Notepad or WPS that PyYAML reports confusingly or not at all.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

from drafter.records import dataclass
from drafter.targets.messages import Problem

MAX_BYTES = 32 * 1024  # a real targets file is 2-10 KB


@dataclass(frozen=True, slots=True)
class Place:
    line: int  # 1-based
    column: int  # 1-based


# --- bytes → text -------------------------------------------------------------------------------


def decode_bytes(raw: bytes) -> tuple[str | None, str, str | None]:
    """(text, encoding, problem). GB18030 is what Windows Notepad saves as “ANSI” on Chinese
    Windows, so it is accepted; a file that is neither UTF-8 nor GB18030 gets a message."""
    if len(raw) > MAX_BYTES:
        return (
            None,
            "",
            (
                f"文件有 {len(raw) // 1024} KB，指标文件一般只有几 KB：请确认选对了文件"
                f"（上限 {MAX_BYTES // 1024} KB）"
            ),
        )
    if raw.startswith(b"PK\x03\x04"):
        return (
            None,
            "",
            (
                "这是 Word 文档或压缩包，不是 YAML 文本：请用 `drafter init` 生成指标文件，"
                "用记事本编辑后保存"
            ),
        )
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            try:
                return raw.decode(name), name, None
            except UnicodeDecodeError:
                break
    if b"\x00" in raw:
        return (
            None,
            "",
            "这不是文本文件（含有二进制内容）：请用记事本另存为 UTF-8 编码的 .yaml 文件",
        )
    try:
        return raw.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    if _looks_like_big5(raw):
        return (
            None,
            "",
            (
                "文件是繁体中文的 Big5 编码：请在记事本中“另存为”，编码选“UTF-8”后再试"
                "（稿件用简体字，县名、会议名等也请改为简体）"
            ),
        )
    try:
        return raw.decode("gb18030"), "gb18030", None
    except UnicodeDecodeError:
        return (
            None,
            "",
            (
                "文件编码无法识别（既不是 UTF-8 也不是 GBK/GB18030）：请在记事本中“另存为”，"
                "编码选“UTF-8”后再试"
            ),
        )


def _looks_like_big5(raw: bytes) -> bool:
    """Big5 bytes often decode as GB18030 too, into nonsense: the decode that reads as Chinese
    wins (drafter.corpus.decode's character-frequency score)."""
    from drafter.corpus.decode import plausibility

    try:
        big5 = raw.decode("big5hkscs")
    except UnicodeDecodeError:
        return False
    try:
        gb = plausibility(raw.decode("gb18030"))
    except UnicodeDecodeError:
        gb = -2.0
    return plausibility(big5) >= 0.35 and plausibility(big5) > gb + 0.3


# --- text checks PyYAML would report badly ---------------------------------------------------

# Control characters, and lone surrogates (only an API caller can pass them; no decode makes them).
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
SURROGATES_RE = re.compile(r"[\ud800-\udfff]")


def line_column(text: str, index: int) -> Place:
    line = text.count("\n", 0, index) + 1
    start = text.rfind("\n", 0, index) + 1
    return Place(line, index - start + 1)


@lru_cache(maxsize=4)
def line_checks(known_keys: frozenset[str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """``scan_lines``'s patterns for a set of keys, with their messages. Built once a process;
    called while a module is imported (``drafter.targets.load``), so that the pattern cache keeps
    them between runs (``drafter.patterncache``: nine patterns, six of them alternations of the
    keys, ~2.5 ms)."""
    # longest first; in name order among equals, so the patterns are the same every run
    keys = "|".join(sorted(sorted(map(re.escape, known_keys)), key=len, reverse=True))
    return (
        (
            re.compile(rf"(?:^\s*(?:-\s+)?|[{{,，]\s*)({keys})\s*："),
            "“{0}”后面是全角冒号“：”，请改成半角冒号加空格“: ”",
        ),
        (
            re.compile(rf"^\s*(?:-\s+)?({keys}):(?=[^\s:/])"),
            "“{0}:”后面少了空格：请写成“{0}: …”",
        ),
        (
            re.compile(rf"，\s*()(?=(?:{keys})\s*[:：])"),
            "花括号里各项之间用了全角逗号“，”：请改成半角逗号“, ”",
        ),
        (
            re.compile(rf"(?:^\s*(?:-\s+)?|[{{,]\s*)({keys}):(?=\u3000)"),
            "“{0}:”后面是全角空格：请改成半角空格，写成“{0}: …”",
        ),
        (re.compile(r"^[ \t]*()(?=\u3000)"), "行首用了全角空格，YAML 只认半角空格：请改成半角空格"),
        (re.compile(r"^\s*()(?=－)"), "列表项用了全角横线“－”：请改成半角“- ”（横线后加空格）"),
        (
            re.compile(rf"^\s*(?:-\s+)?({keys})[ \u3000]+(?![\s:：#])"),
            "“{0}”后面缺少冒号：请写成“{0}: …”（半角冒号，后面空一格）",
        ),
        (
            re.compile(rf"^\s*()-(?=(?:{keys})\b|[\u4e00-\u9fff])"),
            "列表项的“-”后面要空一格：请写成“- …”",
        ),
        (re.compile(r"\s()(?=＃)"), "全角“＃”不是注释符号：注释请用半角“#”（前面空一格）"),
    )


def scan_lines(text: str, known_keys: frozenset[str]) -> list[Problem]:
    """Mistakes people make that YAML reports confusingly or not at all: tabs or full-width
    spaces in indentation, a full-width colon after a key (county：青禾县), no space after the
    colon (county:青禾县), a full-width comma or hyphen where YAML needs ASCII ones, invisible
    control characters."""
    problems: list[Problem] = []
    checks = line_checks(known_keys)
    for number, line in enumerate(text.split("\n"), start=1):
        indent = len(line) - len(line.lstrip(" \t"))
        content = line[indent:].strip()
        if not content or content.startswith("#"):
            continue
        if "\t" in line[:indent]:
            problems.append(
                Problem(
                    number,
                    line.index("\t") + 1,
                    None,
                    "行首缩进用了制表符（Tab），YAML 只认空格：请把 Tab 换成空格",
                )
            )
        for pattern, message in checks:
            for match in pattern.finditer(line):
                column = match.end() if match.group(1) else match.start(1) + 1
                problems.append(Problem(number, column, None, message.format(match.group(1))))
    for match in _CONTROL_RE.finditer(text):
        place = line_column(text, match.start())
        problems.append(
            Problem(
                place.line,
                place.column,
                None,
                f"这里有不可见的控制字符（U+{ord(match.group()):04X}），请删掉",
            )
        )
    return problems


# Where a YAML scalar may begin: the start of a line (after indentation or "- "), after ": ",
# after "[", "{" or ",".
_QUOTE_START_RE = re.compile(r"(?:^\s*(?:-\s+)*|:\s+|[\[{,]\s*)([\"'])")


def unclosed_quote(text: str) -> Problem | None:
    """The first line that opens a quoted value and does not close it.

    YAML lets a quoted value run on to later lines, so it reports the mistake only where the
    quotes finally stop pairing up, often many lines later; a targets file never needs a quoted
    value longer than a line, so the line that opened it is the one to show."""
    for number, line in enumerate(text.split("\n"), start=1):
        position = 0
        while True:
            match = _QUOTE_START_RE.search(line, position)
            if match is None:
                break
            quote = match.group(1)
            start = match.end()
            end = _closing_quote(line, start, quote)
            if end is None:
                return Problem(
                    number,
                    match.start(1) + 1,
                    None,
                    f"引号没有配对：这一行以 {quote} 开头的值没有结束的 {quote}，"
                    f"请在值的末尾补上，或去掉开头的 {quote}",
                )
            position = end + 1
            if "#" in line[position:].split(quote)[0]:
                break  # the rest is a comment
    return None


def _closing_quote(line: str, start: int, quote: str) -> int | None:
    index = start
    while index < len(line):
        char = line[index]
        if quote == '"' and char == "\\":
            index += 2
            continue
        if char == quote:
            if quote == "'" and line[index + 1 : index + 2] == "'":
                index += 2  # '' is an escaped quote inside single quotes
                continue
            return index
        index += 1
    return None
