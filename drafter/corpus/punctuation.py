"""Characters and punctuation: text → text written the way a Chinese official text is written.

- full-width digits and Latin letters → ASCII (０-９Ａ-Ｚａ-ｚ, ％ → %, ３．５ → 3.5);
- half-width , : ; ! ? ( ) inside Chinese text → ，：；！？（）, and "…" → “…”;
  numbers keep theirs: 3.5, 1,234, 12:30, 19.2:12.4:68.4, 2024-08-15, 5%; Latin words, URLs and
  e-mail addresses stay as they are;
- a "." that ends a Chinese sentence → 。 (never the "1." of an outline marker or a decimal);
- whitespace: spaces between Chinese characters or around full-width punctuation go, other runs
  of spaces become one, lines are stripped.

Deliberately no NFKC: it would turn ，：（） into ASCII.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Full-width punctuation and quotes: they make their neighbourhood Chinese, like a character.
_CJK_PUNCT = (
    "\u3001-\u3011\u3014-\u301f\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f"
    "\u201c\u201d\u2018\u2019\u2026\u2014"
)
_CHINESE = f"{_HAN}{_CJK_PUNCT}"

_FULL_WIDTH = str.maketrans(
    {
        **{chr(0xFF10 + i): chr(0x30 + i) for i in range(10)},
        **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
        **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
        "％": "%",
        "\u2015": "\u2014",  # horizontal bar (――) as the dash of a date line
    }
)
_FULL_STOP_IN_NUMBER = re.compile(r"(?<=\d)．(?=\d)")
_DOUBLE_HYPHEN = re.compile(rf"(?:(?<=^)|(?<=[{_CHINESE}]))-{{2}}(?=[\d{_HAN}])", re.MULTILINE)

# , ; ! ? : next to Chinese (ignoring spaces) become full-width. Digits on both sides keep the
# ASCII form (1,234 and 12:30 and 19.2:12.4) because neither side is Chinese.
_PUNCT_TO_FULL = {",": "，", ";": "；", "!": "！", "?": "？", ":": "："}
_HALF_PUNCT = re.compile(
    rf"(?<=[{_CHINESE}%]) *([,;!?:](?: *[,;!?:])*)|([,;!?:](?: *[,;!?:])*) *(?=[{_CHINESE}])"
)
# A URL keeps its colon and punctuation.
_URL = re.compile(
    r"(?:https?|ftp)://[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)

_PAREN_PAIR = re.compile(r"\(([^()\n]{0,200})\)")
_HAN_CHAR = re.compile(f"[{_HAN}]")
_CHINESE_CHAR = re.compile(f"[{_CHINESE}]")
_DOUBLE_QUOTED = re.compile(r'"([^"\n]{1,300}?)"')
_SINGLE_QUOTED = re.compile(r"(?<![A-Za-z])'([^'\n]{1,100}?)'(?![A-Za-z])")

# "." after a Chinese character that ends a sentence: at the end of the line, or before a space,
# a Chinese character or a closing quote. Not the "一." of an outline marker at a line start.
_FULL_STOP = re.compile(rf"(?<=[{_HAN}”’）])\.(?=$|\s|[{_HAN}“‘（])", re.MULTILINE)
_NUMERAL_MARKER_DOT = re.compile(r"^([一二三四五六七八九十]{1,3})\.", re.MULTILINE)
_ELLIPSIS = re.compile(rf"(?<=[{_CHINESE}])(?:[.。] *){{2,}}[.。]|\.(?: *\.){{2,}}(?=[{_CHINESE}])")

# Spaces that go: between two Chinese characters/punctuation, or between Chinese and a digit
# (a run-on line's breaks were already turned into line breaks).
_SPACE_IN_CHINESE = re.compile(
    rf"(?<=[{_CHINESE}]) +(?=[{_CHINESE}0-9])|(?<=[0-9%]) +(?=[{_CHINESE}])"
)
_MARKER_SPACE = re.compile(
    rf"^(\d{{1,2}}[.、]|[（(]\d{{1,2}}[）)]) +(?=[{_CHINESE}])", re.MULTILINE
)
_SPACE_RUN = re.compile(r"[ \t]{2,}")


def normalise_width(text: str) -> str:
    """Full-width digits, letters and ％ → ASCII; ３．５ → 3.5; ―― → ——."""
    text = text.translate(_FULL_WIDTH)
    return _FULL_STOP_IN_NUMBER.sub(".", text)


def normalise_punctuation(text: str) -> str:
    """Half-width punctuation inside Chinese text → full-width; numbers, Latin, URLs untouched."""
    if not _HAN_CHAR.search(text):
        return text
    urls: list[str] = []

    def protect(match: re.Match[str]) -> str:
        urls.append(match.group())
        return f"\x00{len(urls) - 1}\x00"

    text = _URL.sub(protect, text)
    text = _until_stable(_DOUBLE_QUOTED, _curly_double, text)  # '""我""' takes two rounds
    text = _until_stable(_SINGLE_QUOTED, _curly_single, text)
    text = _PAREN_PAIR.sub(_full_parens, text)
    text = _NUMERAL_MARKER_DOT.sub("\\1\x01", text)  # shield "一." from the full-stop rule
    text = _ELLIPSIS.sub("……", text)
    text = _FULL_STOP.sub("。", text)
    text = text.replace("\x01", ".")
    text = _HALF_PUNCT.sub(_full_punct, text)
    text = _DOUBLE_HYPHEN.sub("——", text)  # "--2014年2月19日在…" is the dash of a date line
    if urls:
        text = re.sub("\x00(\\d+)\x00", lambda m: urls[int(m.group(1))], text)
    return text


def tidy_spaces(text: str) -> str:
    """Remove spaces inside Chinese text, collapse other runs of spaces, strip every line."""
    text = _SPACE_IN_CHINESE.sub("", text)
    text = _MARKER_SPACE.sub(r"\1", text)
    text = _SPACE_RUN.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def _until_stable(
    pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str], text: str
) -> str:
    previous = None
    while previous != text:  # every round replaces ASCII quotes, so this ends
        previous = text
        text = pattern.sub(replace, text)
    return text


def _full_punct(match: re.Match[str]) -> str:
    marks = match.group(1) or match.group(2)
    return "".join(_PUNCT_TO_FULL[mark] for mark in marks if mark != " ")


def _curly_double(match: re.Match[str]) -> str:
    inner = match.group(1)
    if _HAN_CHAR.search(inner):
        return f"“{inner.strip()}”"
    return match.group()


def _curly_single(match: re.Match[str]) -> str:
    inner = match.group(1)
    if _HAN_CHAR.search(inner):
        return f"‘{inner.strip()}’"
    return match.group()


def _full_parens(match: re.Match[str]) -> str:
    inner = match.group(1)
    string = match.string
    before = string[match.start() - 1] if match.start() > 0 else ""
    after = string[match.end()] if match.end() < len(string) else ""
    if (
        _HAN_CHAR.search(inner)
        or _CHINESE_CHAR.match(before or " ")
        or _CHINESE_CHAR.match(after or " ")
    ):
        return f"（{inner}）"
    return match.group()
