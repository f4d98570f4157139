"""Make text safe for XML: input text from the document model, output text python-docx accepts.

XML 1.0 cannot carry C0 control characters other than tab, line feed and carriage return, lone
UTF-16 surrogates (they cannot even be encoded as UTF-8), or the non-characters U+FFFE/U+FFFF.
python-docx raises ValueError or UnicodeEncodeError on them, deep inside a build. Text scraped
from web pages and old Word files does contain them (form feeds, NULs, stray surrogates from
broken GB18030/UTF-16 round trips), so every writer passes its text through here first.
"""

from __future__ import annotations

import re

# Everything XML 1.0 forbids, plus DEL and the C1 controls, which are legal but invisible junk in
# a speech. Tab and line feed are kept here; writers decide what to do with them.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def sanitise_text(text: str) -> str:
    """``text`` without characters XML cannot carry; CR/LF, lone CR, U+2028/9 become LF."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        # Unicode line/paragraph separators: editors and str.splitlines() break lines there.
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return _ILLEGAL.sub("", text)


def sanitise_line(text: str) -> str:
    """``text`` as one line of a paragraph: sanitised, with line breaks and tabs as spaces.

    A paragraph of the model is one paragraph of the output; an embedded line feed would become
    a manual line break in Word (python-docx) or a new paragraph in .txt/.md.
    """
    text = sanitise_text(text)
    if "\n" in text:
        # A line break inside Chinese text is a hard wrap: join without a space. Between Latin
        # words or digits it stands for a space.
        text = _CJK_BREAK.sub("", text).replace("\n", " ")
    if "\t" in text:
        text = text.replace("\t", " ")
    return text


_CJK_BREAK = re.compile(r"(?<=[^\x00-\x7f])\n+|\n+(?=[^\x00-\x7f])")
