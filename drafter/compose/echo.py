"""A clause said twice in one paragraph, the second time in other words, is said once.

Sentences of several documents put in one paragraph each end or open on their own general
clause, and two of them often name one thing twice: 有效防控各类风险。有效防控金融风险、地方债务
风险等各类风险 (round 136's writers, in two drafts); 更好地统筹发展与安全。坚持统筹发展和安全;
a unit's own sentence 积极破解项目用地难题，……，加速破解用地难题. Whole-sentence checks
(``select.same_idea_in``) do not see them: the clause is a small part of either sentence.

Two clauses echo when the smaller one's matter, its opening words of how and what to do cut away
(``select.clause_objects``'s ``_ACTING`` and a few more), is nearly all in the other's, begins
with what the other holds and ends on the other's own last word (各类风险 / ……等各类风险: one head,
风险). A clause that names the thing as the modifier of another (风险防控 / 风险防控化解方案) does
not end on its word, and stays. The smaller clause goes: the general restatement, not the
particular one. A paragraph's sub-head (its bold lead, or a short first sentence) stays; a unit's
sentences keep their writer's wording across sentences (新征程上，…… 新征程上，…… is a figure of
speech), and only a clause said again further on in the same sentence goes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from drafter.compose.model import Paragraph, Piece
from drafter.compose.select import _ACTING, _COMMON

# what opens a clause before its matter, beyond ``_ACTING``
# (更好地统筹发展与安全 / 坚持统筹发展和安全)
_LEADING = tuple(
    sorted(
        {*_ACTING, "坚持", "更好地", "更加", "要", "始终", "我们要", "我们将", "将", "着力"},
        key=lambda word: (-len(word), word),
    )
)
_CLAUSE = re.compile(r"[^，。；：！？]+[，。；：！？]?")
_CHINESE = re.compile(r"[\u4e00-\u9fff]+")
_UNSPLIT = re.compile(r"[“”‘’《》【】（）()]")  # a clause holding these is not cut
MIN_MATTER = 4  # characters of a clause's matter to weigh
MIN_SHARED = 3  # content bigrams the two share, at least…
SHARE = 0.75  # …and at least this share of the smaller one's
SUB_HEAD = 16  # characters of a first sentence of one clause that heads its paragraph


@lru_cache(maxsize=16384)
def matter(clause: str) -> str:
    """What ``clause`` acts on: its Chinese characters (与 read as 和), its opening words of how and
    what to do cut one after another while ``MIN_MATTER`` characters stay."""
    text = "".join(_CHINESE.findall(clause)).replace("与", "和")
    cut = True
    while cut:
        cut = False
        for word in _LEADING:
            if text.startswith(word) and len(text) - len(word) >= MIN_MATTER:
                text, cut = text[len(word) :], True
                break
    return text


@lru_cache(maxsize=16384)
def _pairs(text: str) -> frozenset[str]:
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


@lru_cache(maxsize=16384)
def _content_pairs(text: str) -> frozenset[str]:
    return _pairs(text) - _COMMON


def echoes(smaller: str, larger: str) -> bool:
    """The clause ``smaller`` says again what ``larger`` says (their matters: ``matter``)."""
    small, large = matter(smaller), matter(larger)
    if len(small) < MIN_MATTER or len(small) > len(large) or small[:2] not in large:
        return False
    grams = _content_pairs(small)
    shared = grams & _pairs(large)
    return (
        len(shared) >= MIN_SHARED
        and len(shared) >= SHARE * len(grams)
        and small[:2] in large
        and large.endswith(small[-2:])
    )


def clauses(text: str) -> list[str]:
    """``text``'s clauses, each with the mark that ends it."""
    return _CLAUSE.findall(text)


def _cuttable(clause: str) -> bool:
    return _UNSPLIT.search(clause) is None and not clause[-1:].isdigit()


def _without(text: str, at: int) -> str:
    """``text`` without its clause ``at``: the clause before it takes its closing mark."""
    parts = clauses(text)
    if at == len(parts) - 1 and at > 0:
        parts[at - 1] = parts[at - 1][:-1] + parts[at][-1:]
    del parts[at]
    return "".join(parts)


def _sub_head(pieces: Sequence[Piece], index: int) -> bool:
    """The piece at ``index`` is its paragraph's sub-head: a short first sentence of one clause."""
    text = pieces[index].text
    return index == 0 and len(clauses(text)) == 1 and len(text) <= SUB_HEAD


def clauses_once(paragraph: Paragraph) -> Paragraph:
    """``paragraph`` with each clause that echoes another (``echoes``) cut from its bank sentence,
    or that sentence left out where it is all that clause (see the module's note)."""
    pieces = list(paragraph.pieces)
    while (found := _echo(paragraph, pieces)) is not None:
        index, at = found
        text = pieces[index].text
        if len(clauses(text)) == 1:
            del pieces[index]
        else:
            pieces[index] = replace(pieces[index], text=_without(text, at))
    return (
        paragraph if tuple(pieces) == paragraph.pieces else replace(paragraph, pieces=tuple(pieces))
    )


def _echo(paragraph: Paragraph, pieces: Sequence[Piece]) -> tuple[int, int] | None:
    """The first clause to cut: (its piece, its place among the piece's clauses), or None."""
    cut = [(i, k, c) for i, piece in enumerate(pieces) for k, c in enumerate(clauses(piece.text))]
    head = paragraph.lead.text if paragraph.lead is not None else ""
    for x, (i, k, first) in enumerate(cut):
        for j, m, second in cut[x + 1 :]:
            if i == j and m == k + 1:
                continue  # a clause and the one after it develop one matter (做优营商环境，打造……)
            if i != j and not _apart(pieces[i], pieces[j]):
                continue
            for (pi, at, small), large in (((j, m, second), first), ((i, k, first), second)):
                piece = pieces[pi]
                if not piece.mined or not _cuttable(small) or not echoes(small, large):
                    continue
                whole = len(clauses(piece.text)) == 1
                if whole and (len(pieces) == 1 or _sub_head(pieces, pi)):
                    continue
                if head and small.rstrip("，。；：！？") in head:
                    continue
                return pi, at
    return None


def _apart(a: Piece, b: Piece) -> bool:
    """Two pieces of different bank entries, or a bank sentence and the draft's own words."""
    if a.provenance is None or b.provenance is None:
        return True
    return a.provenance.entry != b.provenance.entry
