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

from drafter.corpus.chars import CHINESE, LETTER

_HAN = LETTER
_CHINESE = CHINESE

# Full-width digits with the ．and ，inside a full-width number (３．５, １，２３４ as a thousands
# separator: exactly three digits follow), letters, ％ and the horizontal bar.
# (Each pattern whose every match starts with one of a few characters is written to start with
# their class or literal, not with a repeat, an alternation of groups or a lookbehind: the regex
# engine then skips from candidate to candidate instead of trying the pattern at every position
# of a 50,000-character text, ~5–50 times faster on a report; ``tests/test_corpus_patterns.py``
# holds each to the plainer form it replaced.)
_FULL_WIDTH_DIGIT = "０-９"
_FULL_WIDTH_OTHER = "\uff21-\uff3a\uff41-\uff5a\uff05\u2015"
_FULL_WIDTH = re.compile(
    f"[{_FULL_WIDTH_DIGIT}{_FULL_WIDTH_OTHER}]"
    f"(?:(?<=[{_FULL_WIDTH_DIGIT}])[０-９]*(?:(?:．[０-９]+)|(?:，[０-９]{{3}}(?![０-９])))*"
    f"|(?<=[{_FULL_WIDTH_OTHER}])[{_FULL_WIDTH_OTHER}]*)"
)
_FULL_WIDTH_MAP = {
    **{chr(0xFF10 + i): chr(0x30 + i) for i in range(10)},
    **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
    **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
    "％": "%",
    "．": ".",
    "，": ",",
    "\u2015": "\u2014",  # horizontal bar (――) as the dash of a date line
}
_FULL_STOP_IN_NUMBER = re.compile(r"．(?<=\d．)(?=\d)")
_DOUBLE_HYPHEN = re.compile(rf"(?:(?<=^)|(?<={_CHINESE}))-{{2}}(?=\d|{_HAN})", re.MULTILINE)

# , ; ! ? : next to Chinese (ignoring spaces) become full-width. Digits on both sides keep the
# ASCII form (1,234 and 12:30 and 19.2:12.4) because neither side is Chinese.
_PUNCT_TO_FULL = {",": "，", ";": "；", "!": "！", "?": "？", ":": "："}
# (`` *([,;!?:](?: *[,;!?:])*) *`` as alternatives that each start with one character: the run of
# marks is the match without its spaces at either end)
_HALF_PUNCT = re.compile(
    "  *[,;!?:](?: *[,;!?:])* *|" + "|".join(f"\\{mark}(?: *[,;!?:])* *" for mark in ",;!?:")
)
# A URL keeps its colon and punctuation.
_URL = re.compile(
    r"(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)

_PAREN_PAIR = re.compile(r"\(([^()\n]{0,200})\)")
_HAN_CHAR = re.compile(_HAN)
_CHINESE_CHAR = re.compile(_CHINESE)
_DOUBLE_QUOTED = re.compile(r'"([^"\n]{1,300}?)"')
_SINGLE_QUOTED = re.compile(r"'(?<![A-Za-z]')([^'\n]{1,100}?)'(?![A-Za-z])")

# "." after a Chinese character that ends a sentence: at the end of the line, or before a space,
# a Chinese character or a closing quote. Not the "一." of an outline marker at a line start.
# (Each pattern starts with its literal character, lookbehind after it: the regex engine then
# jumps from candidate to candidate instead of testing every position of a 50,000-character text.)
_FULL_STOP = re.compile(rf"\.(?<=(?:{_HAN}|[”’）])\.)(?=$|\s|{_HAN}|[“‘（])", re.MULTILINE)
# (a line's start as the line break before it: ``_at_line_starts``)
_NUMERAL_MARKER_DOT = re.compile(r"\n([一二三四五六七八九十]{1,3})\.")
_ELLIPSIS = re.compile(
    rf"[.。](?= *[.。])"
    rf"(?:(?<={_CHINESE}[.。])(?: *[.。]){{2,}}|(?<=\.)(?: *\.){{2,}}(?={_CHINESE}))"
)

# Spaces that go: between two Chinese characters/punctuation, or between Chinese and a digit
# (a run-on line's breaks were already turned into line breaks). The space comes first and the
# lookbehind after it (as in _FULL_STOP): 0.3 ms instead of 16 ms on 50,000 characters.
_SPACE_IN_CHINESE = re.compile(
    rf" (?<={_CHINESE} ) *(?={_CHINESE}|[0-9])| (?<=[0-9%] ) *(?={_CHINESE})"
)
_MARKER_SPACE = re.compile(rf"\n(\d{{1,2}}[.、]|[（(]\d{{1,2}}[）)]) +(?={_CHINESE})")
_SPACE_RUN = re.compile(r"[ \t][ \t]+")


def normalise_width(text: str) -> str:
    """Full-width digits, letters and ％ → ASCII; ３．５ → 3.5; １，２３４ → 1,234; ―― → ——."""
    text = _FULL_WIDTH.sub(lambda m: "".join(_FULL_WIDTH_MAP[c] for c in m.group()), text)
    return _FULL_STOP_IN_NUMBER.sub(".", text)


def normalise_punctuation(text: str) -> str:
    """Half-width punctuation inside Chinese text → full-width; numbers, Latin, URLs untouched."""
    if not _HAN_CHAR.search(text):
        return text
    urls: list[str] = []

    def protect(match: re.Match[str]) -> str:
        urls.append(match.group())
        return f"\x00{len(urls) - 1}\x00"

    if "://" in text or "@" in text:
        text = _URL.sub(protect, text)
    # Each rule reads its neighbours, and another rule may have just made a neighbour Chinese
    # ("(),我": the comma turns first, then the brackets can): repeat until nothing changes.
    # Every round only turns ASCII marks full-width, so this ends (two rounds in practice).
    previous = None
    while previous != text:
        previous = text
        text = _convert_marks(text)
    if urls:
        text = re.sub("\x00(\\d+)\x00", lambda m: urls[int(m.group(1))], text)
    return text


def _convert_marks(text: str) -> str:
    if '"' in text:
        text = _until_stable(_DOUBLE_QUOTED, _curly_double, text)  # '""我""' takes two rounds
    if "'" in text:
        text = _until_stable(_SINGLE_QUOTED, _curly_single, text)
    if "(" in text:
        text = _PAREN_PAIR.sub(_full_parens, text)
    if "." in text:
        text = _at_line_starts(_NUMERAL_MARKER_DOT, "\n\\1\x01", text)  # shield "一." from 。
        text = _ELLIPSIS.sub("……", text)
        text = _FULL_STOP.sub("。", text)
        text = text.replace("\x01", ".")
    text = _HALF_PUNCT.sub(_full_punct, text)
    if "--" in text:
        text = _DOUBLE_HYPHEN.sub("——", text)  # "--2014年2月19日在…": the dash of a date line
    return text


def tidy_spaces(text: str) -> str:
    """Remove spaces inside Chinese text, collapse other runs of spaces, strip every line."""
    text = _SPACE_IN_CHINESE.sub("", text)
    text = _at_line_starts(_MARKER_SPACE, "\n\\1", text)
    text = _SPACE_RUN.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def _at_line_starts(pattern: re.Pattern[str], replacement: str, text: str) -> str:
    """``pattern`` (which starts with a line break) replaced at the start of every line of
    ``text``, the first included, as ``^`` in multiline mode would find them."""
    return pattern.sub(replacement, "\n" + text)[1:]


def _until_stable(
    pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str], text: str
) -> str:
    previous = None
    while previous != text:  # every round replaces ASCII quotes, so this ends
        previous = text
        text = pattern.sub(replace, text)
    return text


def _full_punct(match: re.Match[str]) -> str:
    """, ; ! ? : (and runs of them) next to Chinese, ignoring spaces, become full-width."""
    string, start, end = match.string, match.start(), match.end()
    before = string[start - 1] if start else ""
    after = string[end] if end < len(string) else ""
    if before == "%" or _CHINESE_CHAR.match(before or " ") or _CHINESE_CHAR.match(after or " "):
        return "".join(_PUNCT_TO_FULL[mark] for mark in match.group() if mark != " ")
    return match.group()


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
