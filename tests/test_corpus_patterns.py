"""Normalising's whole-text patterns, written to start with a class or a literal (so that the
regex engine skips from candidate to candidate), find exactly what their plainer forms found.

Each plainer form is the pattern as it stood before; a rewrite that matched anything else, or
anywhere else, would change every bank mined from the corpus.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.corpus import mojibake, punctuation
from drafter.corpus.chars import CHINESE

# (``drafter.corpus.normalise`` is also the name of a function ``drafter.corpus`` exports)
normalise = sys.modules["drafter.corpus.normalise"]

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# (pattern now, its plainer form, the characters that matter to it)
PAIRS = {
    "full width": (
        punctuation._FULL_WIDTH,
        re.compile(
            "[０-９]+(?:(?:．[０-９]+)|(?:，[０-９]{3}(?![０-９])))*"
            "|[\uff21-\uff3a\uff41-\uff5a\uff05\u2015]+"
        ),
        "０９．，ＡｚＺ％\u2015 1a中",
    ),
    "full stop in a number": (
        punctuation._FULL_STOP_IN_NUMBER,
        re.compile(r"(?<=\d)．(?=\d)"),
        "１9．.0中 ",
    ),
    "ellipsis": (
        punctuation._ELLIPSIS,
        re.compile(rf"[.。](?<={CHINESE}[.。])(?: *[.。]){{2,}}|\.(?: *\.){{2,}}(?={CHINESE})"),
        ".。 中a，",
    ),
    "space run": (punctuation._SPACE_RUN, re.compile(r"[ \t]{2,}"), " \ta中"),
    "broken characters": (
        mojibake._BROKEN,
        re.compile("[\ufffd\ue000-\uf8ff\ufffe\uffff\ud800-\udfff\U000f0000-\U0010ffff]+"),
        "\ufffd\ue000\uf8ff\U000f0000中a",
    ),
    "line breaks": (
        normalise._LINE_BREAKS,
        re.compile("\r\n?|[\u2028\u2029\x0b\x0c\x85]"),
        "\r\n\u2028\x0b\x85a中",
    ),
}

# patterns whose plain form found line starts with ``^`` (they now find the line break before)
LINE_START_PAIRS = {
    "numeral marker dot": (
        punctuation._NUMERAL_MARKER_DOT,
        re.compile(r"^([一二三四五六七八九十]{1,3})\.", re.MULTILINE),
        "\\1\x01",
        "一二十.。\n a",
    ),
    "marker space": (
        punctuation._MARKER_SPACE,
        re.compile(rf"^(\d{{1,2}}[.、]|[（(]\d{{1,2}}[）)]) +(?={CHINESE})", re.MULTILINE),
        r"\1",
        "12.、（()） \n中a",
    ),
}

HALF_PUNCT_PLAIN = re.compile(r" *([,;!?:](?: *[,;!?:])*) *")


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(match.span(), match.group()) for match in pattern.finditer(text)]


def _corpus_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*-*.txt"))[:6]]


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_a_rewritten_pattern_matches_what_its_plain_form_matched(name: str) -> None:
    now, plain, alphabet = PAIRS[name]

    @settings(max_examples=600, deadline=None)
    @given(st.text(alphabet=alphabet, max_size=24))
    def check(text: str) -> None:
        assert _spans(now, text) == _spans(plain, text)

    check()
    for text in _corpus_texts():
        assert _spans(now, text) == _spans(plain, text)


@pytest.mark.parametrize("name", sorted(LINE_START_PAIRS))
def test_a_line_start_pattern_replaces_what_its_plain_form_replaced(name: str) -> None:
    now, plain, replacement, alphabet = LINE_START_PAIRS[name]

    @settings(max_examples=600, deadline=None)
    @given(st.text(alphabet=alphabet, max_size=24))
    def check(text: str) -> None:
        shifted = "\n" + replacement
        assert punctuation._at_line_starts(now, shifted, text) == plain.sub(replacement, text)

    check()
    for text in _corpus_texts():
        assert punctuation._at_line_starts(now, "\n" + replacement, text) == plain.sub(
            replacement, text
        )


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=" ,;!?:a中.", max_size=24))
def test_half_width_marks_are_found_as_before(text: str) -> None:
    # the run of marks the plain form captured is the match without its spaces at either end
    now = [(m.span(), m.group().strip(" ")) for m in punctuation._HALF_PUNCT.finditer(text)]
    plain = [(m.span(), m.group(1)) for m in HALF_PUNCT_PLAIN.finditer(text)]
    assert now == plain
