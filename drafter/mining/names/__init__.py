"""Local-name scrubbing: a sentence → the hits that must not enter the bank as literal text.

Input: one sentence (simplified Chinese), its jieba words, and what the corpus says about words
(in how many speeches each occurs, the speech's own county name). Output: ``Hit``s — a span to
replace by ``{county}``, ``{place}``, ``{person}``, ``{org}``, ``{project}``, ``{session}`` or
``{number}``, or an unsure hit (slot None) that drops the entry.

How Chinese official writing shows a name, and where the rules live:

* ``shapes`` — masks the source used (``XX县``, ``*``, ``×××``); session numbers (十四届四次全会 →
  ``{session}``); road codes (G247, 541XX段); route ends (新景至平襄段); schools (通和初中); street
  names (耕读路); lists of names before 等…企业/项目/道路; companies named after a province;
* ``people`` — a surname and a title (向书记), a name before a title (陈刚书记, 红辉同志), a title
  then a name (县长 宗学谦);
* ``words`` — words jieba's dictionary tags as names (ns/nr/nt) except the ordinary words it
  mis-tags (城市, 深度); provinces, prefecture cities, big rivers and mountains; a word or unknown
  characters before a place or organisation suffix (蒿坪河, 马营镇, 华能公司); words and characters
  only one speech uses again and again (拉面, 硒 — the county's own products); unknown
  characters in a row (蒿/坪) — unsure, so the entry is dropped;
* ``quotes`` — a quotation only one speech makes (“夏亲水”, “五比五看”) unless it is made of
  ordinary words (“提产业”);
* ``county`` — the speech's own county, district or city (通渭县, 通渭) → ``{county}``;
* ``claims`` — particulars only true of the source county that no slot can stand for (named
  facilities such as 县三小, creation titles such as 省级农产品质量安全县, positioning claims,
  quoted local slogans, regional levels such as 中省, office abbreviations such as 县委目督办) —
  the entry is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from drafter import segment
from drafter.mining.lexicon import GENERIC_NAMEY
from drafter.mining.names.claims import claim_hits
from drafter.mining.names.common import NameContext
from drafter.mining.names.county import find_county_names
from drafter.mining.names.people import person_hits
from drafter.mining.names.quotes import QUOTE_RE, quote_hits
from drafter.mining.names.shapes import (
    code_hits,
    list_hits,
    mask_hits,
    province_firm_hits,
    road_hits,
    route_hits,
    school_hits,
    session_hits,
)
from drafter.mining.names.words import token_hits
from drafter.mining.slots import Hit

__all__ = ["QUOTE_RE", "NameContext", "find_county_names", "find_names", "token_spans"]


def token_spans(text: str, words: Sequence[str] | None = None) -> list[tuple[str, int, int]]:
    """jieba's words of ``text`` with their character offsets."""
    spans = []
    position = 0
    for word in segment.cut(text) if words is None else words:
        spans.append((word, position, position + len(word)))
        position += len(word)
    return spans


def find_names(text: str, context: NameContext, words: Sequence[str] | None = None) -> list[Hit]:
    """Every local name in ``text`` (see the module docstring for the rules); ``words`` are the
    jieba words of ``text`` when the caller has them already."""
    hits: list[Hit] = []
    hits += mask_hits(text)
    hits += session_hits(text)
    hits += code_hits(text)
    tokens = token_spans(text, words)
    people = person_hits(text, tokens)
    hits += people
    free = (
        [t for t in tokens if not any(h.start < t[2] and t[1] < h.end for h in people)]
        if people
        else tokens
    )
    hits += token_hits(free, context)
    hits += list_hits(text, tokens)
    hits += school_hits(tokens)
    hits += road_hits(tokens)
    hits += province_firm_hits(tokens)
    hits += route_hits(tokens)
    hits += quote_hits(text, context)
    hits = _drop_inside_ordinary_words(text, hits)
    hits += claim_hits(text, tokens, context)
    return hits


def _drop_inside_ordinary_words(text: str, hits: list[Hit]) -> list[Hit]:
    """A slot inside a word government texts use as an ordinary word (错峰 → 峰, 以城带乡 →
    城带乡, 水电路讯 → 水电路, 阳奉阴违) is a split or a mis-tag, not a name."""
    if not hits:
        return hits
    covered = [m.span() for m in _ordinary_words().finditer(text)]
    if not covered:
        return hits
    return [
        hit
        for hit in hits
        if hit.slot is None or not any(a <= hit.start and hit.end <= b for a, b in covered)
    ]


@lru_cache(maxsize=1)
def _ordinary_words() -> re.Pattern[str]:
    from drafter.names.table import national_terms

    # national terms (双随机、一公开, 两不愁三保障) hold no local name either
    ordinary = {w for w in GENERIC_NAMEY if len(w) >= 2} | set(national_terms())
    words = sorted(ordinary, key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in words))
