"""Paragraph recovery: text with line breaks → text where every paragraph boundary is a line break.

Speeches reach us in three shapes besides the normal one-paragraph-per-line:

- a whole speech on one line, paragraphs separated by a single space ("…任务。 过去一年，…",
  "…工作回顾 2023年是…"): in such a run-on line, a space after a sentence end or between two
  Chinese characters is a paragraph break;
- paragraphs separated only by indentation: two ideographic spaces or several spaces in the middle
  of a line ("…意见。　　一、…");
- hard-wrapped text (every line cut at the same width): a full-width line without a sentence end
  continues on the next line, unless the next line is indented or starts a heading;
- lines a web page broke around an inline element ("…以PM" / "2.5" / "浓度…", a line starting
  with "；"), and a subtitle wrapped before its "…会议上" end: joined back.

Headings and titles on their own line always stay separate paragraphs. Spaces that are not
breaks are left for the whitespace rules in :mod:`drafter.corpus.punctuation`.
"""

from __future__ import annotations

import re

from drafter.corpus.chars import LETTER

_HAN = LETTER
# A paragraph may end after these (full- and half-width sentence ends, closing quotes/brackets).
_END = "。！？；：…!?;:”’」』）)】"
# What can start a paragraph: Chinese, a digit (2023年…, 10.…), an opening quote or bracket, a dash.
_START = f"(?:{_HAN}|[0-9０-９“‘「『（(【《—])"

# A gap of two or more spaces inside a line (tabs and U+3000 count as two spaces).
_WIDE_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
# A single-space gap in a context where, in a run-on line, it separates paragraphs.
_CONTEXT_GAP = re.compile(f"(?<=(?:{_HAN}|[{_END}])) +(?={_START})")
# Do not break right after an outline marker: "一、 加强", "（一） 加强", "1. 加强".
_MARKER_BEFORE = re.compile(
    r"(?:^|[\s。！？；])(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|\d{1,2}[.．、])$"
)
# "…县人民政府县长 宗学谦": an office and the name after it stay together.
_OFFICE_BEFORE = re.compile(r"(?:长|長|书记|書記|主任|主席|委员|委員)$")
_NAME_AFTER = re.compile(f"(?:{_HAN}|·){{2,4}}(?: |$)")
# "增长 5%" is one sentence, "2023年工作回顾 2023年是…" a heading and its body: before a digit, a
# space after a character breaks only a heading-like run (short, no inner punctuation).
_DIGIT_AFTER_WORD = re.compile(f"{_HAN} +[0-9０-９]")
_HEADING_LIKE = re.compile(r"^[^，、；：,;:。！？!?]{1,40}$")
_SENTENCE_END = re.compile(r"[。！？!?]")
# A period beside a Chinese character, which punctuation normalising makes 。 (我.我 → 我。我): a
# sentence end to the heading test as 。 is, or a second pass would judge the line otherwise
# (normalising is idempotent; the property test found 我.我<br>X joined on the second pass only).
_CJK_PERIOD = re.compile(r"(?<=[\u4e00-\u9fff])[.．]|[.．](?=[\u4e00-\u9fff])")
_SENTENCE_END_BEFORE = re.compile(r"(?:[。！？!?；;…]|[。！？!?][”’」』])$")
_HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d)"
    r"|第[一二三四五六七八九十\d]{1,3}[章节部分条篇])"
)

_SUBTITLE_START = re.compile(r"^(?:——|—|--|[（(]?\d{4}年\d{1,2}月\d{1,2}日在|.{2,40}在)")
_SUBTITLE_END = re.compile(r"(?:上|上的(?:讲话|报告|发言|致辞|工作报告)|讲话|报告)[）)]?$")
_SENTENCE_MARK = re.compile(r"[。！？；，,;!?]")

_HAS_TEXT = re.compile(r"[^\W_]")
# A paragraph never starts with a closing mark. (Not "?" or "？": at a line start it may be
# a lost character, which the mojibake rules judge by what precedes it on the line.)
_CLOSING = frozenset("，。、；：！）」』》〉】,.;:!)")
_DECIMAL_OR_UNIT = re.compile(r"^(?:\d+\.\d+|[A-Za-z][A-Za-z0-9]{0,5})$")

_RUN_ON_MIN_LENGTH = 100
_RUN_ON_MIN_GAPS = 3
# More than one space per this many characters is letter spacing, not paragraph breaks.
_LETTER_SPACING = 4
_NARROW_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f]")
_WIDE_SPACES = re.compile("[\u3000\t]")
_TERMINAL = frozenset("。！？；：…!?;:.”’」』）)】")


def split_paragraphs(text: str) -> tuple[str, ...]:
    """Recover paragraph boundaries and return the non-empty paragraphs, stripped."""
    text = expand_spaces(text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = join_fragments(recover_breaks(text).split("\n"))
    return tuple(line.strip() for line in lines if line.strip())


def expand_spaces(text: str) -> str:
    """NBSP and other spaces → " "; tab and U+3000 → two spaces, so they read as indentation."""
    # Regexes, not str.translate: translate looks up a dict per character (10 ms on 50,000).
    return _WIDE_SPACES.sub("  ", _NARROW_SPACES.sub(" ", text))


def recover_breaks(text: str) -> str:
    """Make every paragraph boundary a line break (lines keep their inner spaces otherwise).

    Expects spaces already expanded (:func:`expand_spaces`). Lines broken around inline
    elements are joined afterwards by :func:`join_fragments` (after noise lines are gone).
    """
    lines = _join_wrapped_subtitle(_join_hard_wraps(text.split("\n")))
    out: list[str] = []
    for line in lines:
        out.extend(_split_line(line))
    return "\n".join(out)


def _split_line(line: str) -> list[str]:
    content = line.strip()
    if " " not in content or content.count(" ") * _LETTER_SPACING > len(content):
        # No gap, or letter-spaced text ("政 府 工 作 报 告"): no paragraph breaks here.
        return [content]
    wide = [m.span() for m in _WIDE_GAP.finditer(content)]
    context = [m.span() for m in _CONTEXT_GAP.finditer(content)]
    if len(content) >= _RUN_ON_MIN_LENGTH and len(set(wide) | set(context)) >= _RUN_ON_MIN_GAPS:
        # A run-on line: every gap between paragraphs-like contexts is a break.
        gaps = sorted(set(wide) | set(context))
    elif len(wide) >= 2:
        # Paragraphs separated by indentation only ("…前行。　　一、坚持正向发力　　一要…").
        gaps = wide
    else:
        # One wide gap: a break after a sentence end or a heading ("…意见。　　一、…",
        # "一、坚持正向发力　　一要…"); "区长　　杜联合" stays one line.
        gaps = [
            span
            for span in wide
            if _SENTENCE_END_BEFORE.search(content, 0, span[0])
            or _HEADING_START.match(content[: span[0]])
        ]
        if not gaps:
            gaps = _heading_body_gap(content)
    if not gaps:
        return [content]
    pieces: list[str] = []
    last = 0
    for start, end in gaps:
        pending = content[last:start]
        if (
            content[end] in _CLOSING
            or _MARKER_BEFORE.search(pending)
            or (_OFFICE_BEFORE.search(pending) and _NAME_AFTER.match(content, end))
            or (
                end - start == 1  # a wide gap is an explicit break
                and _DIGIT_AFTER_WORD.match(content, start - 1)
                and not _heading_like(pending)
            )
        ):
            continue
        pieces.append(pending)
        last = end
    pieces.append(content[last:])
    return [piece for piece in pieces if piece]


def _heading_body_gap(content: str) -> list[tuple[int, int]]:
    """The space between a numbered heading and its body on one line ("（一）坚定不移抓项目 项目是
    发展的生命线。…"): a writer's visible break, lost once spaces between Chinese characters go."""
    marker = _HEADING_START.match(content)
    if marker is None:
        return []
    gap = _CONTEXT_GAP.search(content, marker.end())
    if gap is None:
        return []
    head = content[marker.end() : gap.start()]
    body_start = content[gap.end() : gap.end() + 1]
    if 2 <= len(head) <= 40 and not _SENTENCE_END.search(head) and not body_start.isdigit():
        # (Not before a digit: "1. 完成投资 5亿元" is one sentence with a space in it.)
        return [gap.span()]
    return []


def _heading_like(text: str) -> bool:
    """A title or heading: short and without inner punctuation, or a numbered heading that
    has no sentence end ("一、以“开门红”为总抓手，快速激发稳定增长新动能")."""
    if _HEADING_LIKE.match(text) and not _CJK_PERIOD.search(text):
        return True
    return bool(_HEADING_START.match(text)) and len(text) <= 60 and not _SENTENCE_END.search(text)


def join_fragments(lines: list[str]) -> list[str]:
    """Join lines a web page broke around an inline element back into their sentence.

    - A line cannot start with a closing mark (，。、；：！？）”): it continues the line before
      ("…“揭榜" + "；“成果找市场”…").
    - A subscript or superscript on a line of its own ("…以PM" + "2.5" + "浓度持续下降…")
      belongs to the sentence around it.
    """
    joined: list[str] = []
    glue_next = False
    for line in lines:
        text = line.strip()
        if not _HAS_TEXT.search(text):
            # Blank and symbol-only lines go here: the rules must not depend on lines the
            # output will not have (idempotence).
            continue
        previous = joined[-1].rstrip() if joined else ""
        if previous and glue_next and not _HEADING_START.match(text):
            joined[-1] = previous + text
            glue_next = False
            continue
        glue_next = False
        if previous and text[0] in _CLOSING:
            joined[-1] = previous + text
            continue
        if (
            previous
            and previous[-1] not in _TERMINAL
            and _is_inline_fragment(text, previous)
            and not _heading_like(previous)
        ):
            # A sentence cut mid-way (not a heading, no end mark): its rest is the next line.
            joined[-1] = previous + text
            glue_next = True
            continue
        joined.append(line)
    return joined


def _is_inline_fragment(text: str, previous: str) -> bool:
    if _DECIMAL_OR_UNIT.match(text):
        return True
    # "CO" + "2", "m" + "3": digits right after Latin letters.
    return text.isdigit() and len(text) <= 2 and previous[-1].isascii() and previous[-1].isalpha()


def _join_wrapped_subtitle(lines: list[str]) -> list[str]:
    """Join a title or date line wrapped on the web page before its "…会议上" / "上的讲话" end.

    "——2026年1月26日在广东省第十四届" + "人民代表大会第五次会议上": the subtitle of a speech
    always ends with 上 (在…会议上) or 上的讲话/报告; a wrapped one ends with neither.
    """
    joined: list[str] = []
    for line in lines:
        text = line.strip()
        previous = joined[-1].strip() if joined else ""
        if (
            previous
            and text
            and len(previous) <= 60
            and _SUBTITLE_START.match(previous)
            and not _SUBTITLE_END.search(previous)
            and len(text) <= 30
            and _SUBTITLE_END.search(text)
            and not _SENTENCE_MARK.search(previous + text)
        ):
            joined[-1] = joined[-1].rstrip() + text
            continue
        joined.append(line)
    return joined


def _join_hard_wraps(lines: list[str]) -> list[str]:
    """Join the lines of hard-wrapped paragraphs (all cut at about the same width).

    A full-width line continues on the next one unless that is indented, follows a blank line
    or starts a heading. Where the document marks its paragraphs (indentation or blank lines), a
    full line ending in 。 continues too: the wrap fell on a sentence end, not a paragraph end.
    """
    stripped = [line.strip() for line in lines]
    open_lengths = [len(text) for text in stripped if len(text) >= 20 and text[-1] not in _TERMINAL]
    non_empty = sum(1 for text in stripped if text)
    if len(open_lengths) < 5 or len(open_lengths) < 0.4 * non_empty:
        return lines
    width = _median(open_lengths)
    similar = sum(1 for length in open_lengths if abs(length - width) <= 0.15 * width)
    if similar < 0.7 * len(open_lengths):
        return lines  # ragged: these are headings or long lines, not a fixed wrap width
    indented_lines = sum(
        1 for line, text in zip(lines, stripped, strict=True) if text and line[:1].isspace()
    )
    blank_lines = len(stripped) - non_empty
    # Paragraphs marked by indentation or blank lines (a few are enough: paragraphs are long).
    marked = 3 <= indented_lines < non_empty or blank_lines >= 3
    joined: list[str] = []
    continues = False
    for line, text in zip(lines, stripped, strict=True):
        indented = line[:1].isspace()
        if continues and text and not indented and not _HEADING_START.match(text):
            joined[-1] = joined[-1] + text
        else:
            joined.append(line)
        last = joined[-1].strip()
        full = bool(text) and len(text) >= 0.85 * width
        continues = full and (marked or last[-1] not in _TERMINAL)
    return joined


def _median(values: list[int]) -> float:
    """``statistics.median`` of ``values`` (not imported for this alone: it brings ``fractions``
    and ``decimal``, ~4 ms of every command's start)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2
