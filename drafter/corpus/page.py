"""The page a speech was scraped from: raw text → text without the page's own header and escapes.

Two things a collected archive carries that are not the speech:

- line breaks written out as text: a scraper stored ``\\r\\n`` (backslash, r, backslash, n)
  instead of a line break, so a whole report reads as one line with "\\r\\n" between paragraphs.
  Chinese prose never contains a backslash escape: "\\r\\n" is a line break, and so are two or
  more "\\n";
- the header of a county-news portal, in front of the speech::

      工作报告                                  ← the portal's column
      2020年安国市政府工作报告                   ← the page title
      时间：2023-03-30  作者：中国县域  来源：政府官网  阅读：
      299
      评论：
      0
      内容摘要：
      政 府 工 作 报 告——2020年1月9日在……各位代表：现在，我代表……一、2019年工作回顾……   ← a
                                                  truncated copy of the opening, ending in ......

  The header is recognised by its metadata line (two or more of 时间/作者/来源/阅读/评论 labels on
  one line) near the top; everything from the top down to that line, the counters and labels
  after it, and the summary are removed. The speech's own title follows.
"""

from __future__ import annotations

import re

# "\r\n", "\n", "\r" and "\t" written out as text.
_ESCAPED_BREAK = re.compile(r"\\r\\n|\\n|\\r")
_ESCAPED_TAB = re.compile(r"\\t")
_MIN_ESCAPES = 2

_PAGE_LABELS = "时间|日期|发布时间|作者|来源|阅读|阅读数|浏览|浏览次数|点击|评论|编辑|责任编辑"
_LABEL = re.compile(f"(?:{_PAGE_LABELS})\\s*[:：]")
# Lines of the header after the metadata line: "299", "评论：", "0", "阅读：1234".
_COUNTER = re.compile(f"^(?:\\d+|(?:{_PAGE_LABELS}|分享|收藏)\\s*[:：]?\\s*\\d*)$")
_SUMMARY_LABEL = re.compile(r"^(?:内容摘要|内容提要|摘要|导读)\s*[:：]\s*")
# A summary is cut short: "…是深入贯彻落......", "…落实……".
_TRUNCATED = re.compile(r"(?:\.{3,}|…+|。{3,})\s*$")
_MAX_META_LINE = 200
# …and it opens on a label or a date ("来源：县政府办 时间：2024-01-05", "2023-03-30 作者："):
# a line with two labels inside ("我来源：我、来源：", two fragments joined) is not a header
# (normalising is idempotent)
_LABEL_FIRST = re.compile(
    f"^\\s*(?:\\d{{4}}\\s*[-年/.]|[【\\[（(]?\\s*(?:{_PAGE_LABELS})\\s*[:：])"
)
_HEADER_REACH = 6  # the metadata line is among the first lines
_MAX_TOP_LINE = 40  # a column name or page title above it is short
# A page title names the genre: "2020年涞水县政府工作报告".
_GENRE = re.compile(r"(?:报告|讲话|致辞|发言)$")
# The speech's own title in its first lines: "政 府 工 作 报 告", "政府工作报告——2022年1月…".
_OWN_TITLE = re.compile(r"^[^。，：:]{0,24}(?:报告|讲话|致辞|发言)(?:$|——|—)")
_OWN_TITLE_REACH = 3
_LETTER_GAPS = re.compile(r"[\s?？]+")
# "来源：百度XX数据网        政府工作报告": a source label and the title on one line, split by a
# wide gap.
_SOURCE_BEFORE_TITLE = re.compile(r"^\s*(?:来源|作者|出处)\s*[:：][^\n]{1,30}?\s{4,}(?=\S)")


def unescape_breaks(text: str) -> str:
    """Literal ``\\r\\n`` / ``\\n`` / ``\\r`` (and ``\\t``) written as text → real ones."""
    if "\\" not in text:
        return text
    if "\\r\\n" not in text and len(_ESCAPED_BREAK.findall(text)) < _MIN_ESCAPES:
        return text  # one "\n" alone may be a path or a formula; "\r\n" never is
    return _ESCAPED_TAB.sub("\t", _ESCAPED_BREAK.sub("\n", text))


def strip_page_header(text: str) -> tuple[str, tuple[str, ...]]:
    """Remove a portal's header (column, page title, metadata, counters, summary) at the top.

    ``text`` has LF line breaks. Returns the text and what was removed, for ``--verbose``.
    """
    if "：" not in text[:2000] and ":" not in text[:2000]:
        return text, ()
    lines = text.split("\n")
    first = _SOURCE_BEFORE_TITLE.match(text)
    if first is not None:
        return text[first.end() :], ("网页信息：" + _quote(first.group().strip()),)
    meta = _metadata_line(lines)
    if meta is None:
        return text, ()
    top = [line.strip() for line in lines[:meta] if line.strip()]
    if any(len(line) > _MAX_TOP_LINE or "。" in line for line in top):
        return text, ()  # the speech has started above it: not a page header
    end = meta + 1
    while end < len(lines) and (not lines[end].strip() or _COUNTER.match(lines[end].strip())):
        end += 1
    summary = _SUMMARY_LABEL.match(lines[end].strip()) if end < len(lines) else None
    if summary is not None:
        rest = lines[end].strip()[summary.end() :]
        end += 1
        if not rest:
            # The summary is the next line, when it is a truncated copy of the opening.
            while end < len(lines) and not lines[end].strip():
                end += 1
            if end < len(lines) and _TRUNCATED.search(lines[end]):
                end += 1
    removed = tuple("网页信息：" + _quote(line.strip()) for line in lines[:end] if line.strip())
    kept = lines[end:]
    page_title = _page_title(top)
    if page_title is not None and not _has_own_title(kept):
        # The speech reached us without its title line: the page's title is the only one.
        kept.insert(0, page_title)
    return "\n".join(kept), removed


def _page_title(top: list[str]) -> str | None:
    titles = [line for line in top if _GENRE.search(line) and not _LABEL.search(line)]
    return max(titles, key=len) if titles else None


def _has_own_title(lines: list[str]) -> bool:
    seen = 0
    for line in lines:
        text = _LETTER_GAPS.sub("", line)  # "政 府 工 作 报 告", "政??府??工"
        if not text:
            continue
        if _OWN_TITLE.match(text):
            return True
        seen += 1
        if seen >= _OWN_TITLE_REACH:
            break
    return False


def _metadata_line(lines: list[str]) -> int | None:
    seen = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if (
            len(_LABEL.findall(line)) >= 2
            and "。" not in line
            and len(line) <= _MAX_META_LINE
            and _LABEL_FIRST.match(line)
        ):
            return index
        seen += 1
        if seen >= _HEADER_REACH:
            break
    return None


def _quote(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
