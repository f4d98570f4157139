"""Normalisation: decoded text → clean simplified text, one paragraph per line.

The steps, in order (each in its own module):

1. line breaks (CRLF, CR, U+2028/2029, and "\\r\\n" written out as text) → LF; a news
   portal's header (column, page title, 时间/作者/来源/阅读 line, 内容摘要) dropped
   (:mod:`.page`); HTML tags and entities left by a scrape (<p>, <br>, &nbsp;, &ldquo;)
   resolved; control and zero-width characters dropped; NBSP and other spaces → " ", tab and
   U+3000 → two spaces (they mark indentation);
2. mojibake fragments dropped (:mod:`.mojibake`); a traditional text → simplified
   (:mod:`.traditional`), so the noise rules match it;
3. inline web noise removed (:mod:`.noise`): font-size boxes, paywall markers, 阅读全文 …;
   full-width digits and letters → ASCII (:mod:`.punctuation`);
4. paragraph boundaries recovered (:mod:`.paragraphs`): run-on lines, indentation, hard wraps;
5. noise lines and page footers dropped (:mod:`.noise`);
6. in a mixed text, traditional paragraphs → simplified (:mod:`.traditional`);
7. half-width punctuation inside Chinese → full-width, spaces inside Chinese removed
   (:mod:`.punctuation`).

``normalise_text`` is idempotent: its output is a fixed point.
"""

from __future__ import annotations

import re

from drafter.corpus.markdown import strip_html
from drafter.corpus.mojibake import drop_mojibake
from drafter.corpus.noise import drop_noise_lines, strip_inline_noise
from drafter.corpus.page import strip_page_header, unescape_breaks
from drafter.corpus.paragraphs import expand_spaces, join_fragments, recover_breaks
from drafter.corpus.punctuation import normalise_punctuation, normalise_width, tidy_spaces
from drafter.corpus.traditional import is_traditional, simplify, to_simplified
from drafter.records import dataclass

# (``\r\n?|[…]`` written to start with one class: see ``punctuation._FULL_WIDTH``)
_LINE_BREAKS = re.compile("[\r\u2028\u2029\x0b\x0c\x85](?:(?<=\r)\n)?")
# Controls (except tab and LF), zero-width characters, soft hyphen, BOM, bidi marks.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]"
)
_HAS_TEXT = re.compile(r"[^\W_]")  # a letter or digit of any script


@dataclass(frozen=True, slots=True)
class Normalised:
    """The result of normalisation with what the reader reports under ``--verbose``."""

    paragraphs: tuple[str, ...]
    traditional: bool
    removed: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def normalise_text(text: str) -> str:
    """Normalise a decoded text; paragraphs are separated by single line breaks."""
    return normalise(text).text


def normalise(text: str) -> Normalised:
    """Normalise a decoded text and report whether it was traditional and what was removed.

    A text that lost noise is normalised once more: what was removed can bring a header line
    or a garble to where a rule recognises it (normalising is idempotent)."""
    first = _normalise_once(text)
    if not first.removed:
        return first
    second = _normalise_once(first.text)
    if second.text == first.text:
        return first
    return Normalised(
        second.paragraphs, first.traditional or second.traditional, first.removed + second.removed
    )


def _normalise_once(text: str) -> Normalised:
    text = _LINE_BREAKS.sub("\n", unescape_breaks(text))
    if "<" in text or "&" in text:
        text = strip_html(text)
    text, header = strip_page_header(text)
    text = _INVISIBLE.sub("", text)
    text = expand_spaces(text)
    traditional = is_traditional(text)
    text, garbled = drop_mojibake(text, traditional=traditional)
    if traditional:
        # A traditional text is converted before the noise rules, which are written in
        # simplified characters (發布時間, 責任編輯, 閱讀全文 must match too).
        text = to_simplified(text)
    text, inline = strip_inline_noise(text)
    if inline:
        # a removed note (##paidend##) can leave a garble next to text it did not touch before
        text, more = drop_mojibake(text, traditional=False)
        garbled = (*garbled, *more)
    # Widths before paragraphs: "Ａ" and "A" must look the same to the paragraph rules.
    text = normalise_width(text)
    lines = recover_breaks(text).split("\n")
    cleaned = drop_noise_lines(lines)
    # A mixed text: its traditional paragraphs (a quoted passage) are converted one by one.
    text, mixed = simplify("\n".join(join_fragments(list(cleaned.paragraphs))))
    if "．" in text:
        # (a number broken over two lines, 0． / 2.5, is whole once its fragments are joined)
        text = normalise_width(text)
    traditional = traditional or mixed
    text = tidy_spaces(text)
    # Tidied before and after: the punctuation rules read neighbours, which spaces would hide.
    text = tidy_spaces(normalise_punctuation(text))
    paragraphs = tuple(line for line in text.split("\n") if _HAS_TEXT.search(line))
    return Normalised(paragraphs, traditional, header + garbled + inline + cleaned.removed)
