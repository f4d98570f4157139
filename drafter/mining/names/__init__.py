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
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from drafter import segment
from drafter.mining.lexicon import GENERIC_NAMEY
from drafter.mining.names.claims import claim_hits
from drafter.mining.names.common import NameContext
from drafter.mining.names.county import find_county_names
from drafter.mining.names.people import person_hits
from drafter.mining.names.quotes import QUOTE_RE, quote_hits
from drafter.mining.names.shapes import (
    SETTLEMENT_REASON,
    ZONE_REASON,
    care_home_hits,
    code_hits,
    digit_name_hits,
    division_hits,
    event_hits,
    list_hits,
    mask_hits,
    nature_hits,
    province_firm_hits,
    road_hits,
    route_hits,
    school_hits,
    session_hits,
    settlement_hits,
    stationed_hits,
    zone_hits,
)
from drafter.mining.names.words import token_hits
from drafter.mining.slots import Hit
from drafter.wordpattern import words_pattern

__all__ = ["QUOTE_RE", "NameContext", "find_county_names", "find_names", "token_spans"]


def token_spans(text: str, words: Sequence[str] | None = None) -> list[tuple[str, int, int]]:
    """jieba's words of ``text`` with their character offsets."""
    if words is None:
        words = segment.cut(text)
    if not words:
        return []
    ends = list(accumulate(map(len, words)))
    return list(zip(words, [0, *ends[:-1]], ends, strict=True))


def find_names(
    text: str,
    context: NameContext,
    words: Sequence[str] | None = None,
    chars: set[str] | None = None,
) -> list[Hit]:
    """Every local name in ``text`` (see the module docstring for the rules); ``words`` are the
    jieba words of ``text`` and ``chars`` its ``gate_chars`` when the caller has them already."""
    hits: list[Hit] = []
    # the characters of the text that a rule's gate asks about (``gate_chars``)
    if chars is None:
        chars = gate_chars(text)
    hits += mask_hits(text)
    if _may_hold(_gates().session, chars):
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
    # a rule below that starts from certain words or a pattern is run only on a sentence holding
    # a character of each such word or needed by the pattern (``_gates``): most sentences hold
    # none, and the rule would find nothing
    gates = _gates()
    if _may_hold(gates.names_list, chars):
        hits += list_hits(text, tokens)
    if not gates.school.isdisjoint(chars):
        hits += school_hits(tokens)
    if not gates.road.isdisjoint(chars):
        hits += road_hits(tokens)
    if not gates.province.isdisjoint(chars):
        hits += province_firm_hits(tokens)
    if not gates.route.isdisjoint(chars):
        hits += route_hits(tokens)
    hits += quote_hits(text, context)
    for found in (
        zone_hits(tokens) if not gates.zone.isdisjoint(chars) else [],
        nature_hits(tokens) if not gates.nature.isdisjoint(chars) else [],
        settlement_hits(tokens) if not gates.settlement.isdisjoint(chars) else [],
        care_home_hits(tokens) if not gates.care_home.isdisjoint(chars) else [],
        event_hits(text) if _may_hold(gates.event, chars) else [],
        digit_name_hits(text),
        division_hits(tokens) if not gates.division.isdisjoint(chars) else [],
        stationed_hits(tokens) if not gates.stationed.isdisjoint(chars) else [],
    ):
        if found:
            hits += [
                hit
                for hit in found
                if not any(h.start < hit.end and hit.start < h.end for h in hits)
            ]
    hits = _drop_inside_ordinary_words(text, hits)
    hits = [judged for hit in hits if (judged := _judged(hit, text, tokens)) is not None]
    hits += claim_hits(text, tokens, context, chars)
    return hits


class _Gates(NamedTuple):
    """For each rule of ``find_names`` that starts from a word of its own (学校 for
    ``school_hits``, 至 for ``route_hits``), one character of each such word: a sentence holding
    none of them has none of the words, so the rule finds nothing in it. Made from the rules'
    own word lists, so a word added to a list is in its gate too. (Over the 7,800 sentences of
    1.2 MB of reports the rules' gates let 3–52% of the sentences through.)"""

    school: frozenset[str]
    road: frozenset[str]
    province: frozenset[str]
    route: frozenset[str]
    zone: frozenset[str]
    nature: frozenset[str]
    settlement: frozenset[str]
    care_home: frozenset[str]
    division: frozenset[str]
    stationed: frozenset[str]
    # the characters a pattern's every match holds (``drafter.prefilter``; None: any text)
    names_list: frozenset[str] | None
    session: frozenset[str] | None
    event: frozenset[str] | None


def _may_hold(gate: frozenset[str] | None, chars: Iterable[str]) -> bool:
    return gate is None or not gate.isdisjoint(chars)


def gate_chars(text: str) -> set[str]:
    """The characters of ``text`` that are in a gate of the sentence rules (``find_names``'s,
    the claims' and the facts' gates): for every such gate, ``gate.isdisjoint`` of them says
    what it says of ``set(text)``. One search of a class of those ~130 characters, in C: a
    sentence holds ~6 of them, where ``set(text)`` makes an object of each of its ~40
    characters (2.7 against 7 µs a sentence)."""
    return set(_gate_class().findall(text))


@lru_cache(maxsize=1)
def _gate_class() -> re.Pattern[str]:
    from drafter.mining.names.claims import claim_gates
    from drafter.mining.names.facts import fact_gates

    every: set[str] = set()
    for gate in (*_gates(), *claim_gates(), *fact_gates()):
        if gate is not None:
            every |= gate
    return re.compile("[" + "".join(re.escape(c) for c in sorted(every)) + "]")


@lru_cache(maxsize=1)
def _gates() -> _Gates:
    from drafter.mining.lexicon import PROVINCES
    from drafter.mining.names import shapes
    from drafter.names import rules
    from drafter.prefilter import regex_gate

    def last(words: Iterable[str]) -> frozenset[str]:
        return frozenset(word[-1] for word in words)

    return _Gates(
        school=last(shapes._SCHOOLS),
        road=last(shapes._ROAD_WORDS),
        province=last(PROVINCES),
        route=frozenset("至"),
        zone=frozenset(rules._ZONE_LAST),
        nature=last(rules._NATURE_SUFFIXES),
        settlement=last(shapes.SETTLEMENT_SUFFIXES),
        care_home=last(shapes._CARE_HOMES) | {"院"},
        division=frozenset(shapes._DIVISION_ENDS),
        stationed=frozenset(shapes._MOVES),
        names_list=regex_gate(shapes._LIST_OF_NAMES),
        session=regex_gate(shapes._SESSION_RE),
        event=regex_gate(shapes._GAMES),
    )


# What the shared table (drafter/names/rules.py) decides: every place or body found by the rules
# above (a dictionary tag, a suffix, a road shape, a list, a gazetteer, a province's abbreviation
# and a direction) is a name only on positive evidence (a division; a proper stem and a suffix of
# its kind); ordinary words (养老金, 平原, 样板路, 文创产业园) are no hits; the rest are unsure,
# which leaves the sentence out of the bank without putting the word on lint's list. Only what
# the text itself marks is not judged: a mask (XX县), a road code (G234), a session number.
_NOT_JUDGED = ("遮盖符", "道路或项目编号", "本县名称", "会议届次")
# Verdicts on a word alone (its rarity in this speech): wrong when the table says the word is
# ordinary (three or more counties of the corpus write it, a national term).
_RUN_VERDICT = "连续的生僻单字"  # 征|迁, 村|改|居: judged by ``ordinary_run``
_WORD_VERDICTS = (
    "罕见词",
    "本篇特有的名词",
    "本篇反复出现的罕见词",
)


def _judged(hit: Hit, text: str, tokens: Sequence[tuple[str, int, int]]) -> Hit | None:
    """``hit`` as the shared table judges it: kept, made unsure (slot None), or dropped."""
    from drafter.names.rules import cut_from_words, judge_word, ordinary_why, suffix_after
    from drafter.names.writing import ordinary_run

    if hit.kind != "name" or hit.reason.startswith(_NOT_JUDGED):
        return hit
    if hit.slot in ("place", "org") or hit.reason.startswith(("词典标为专名", SETTLEMENT_REASON)):
        # a suffix written after the word, as a word of its own, is judged with it (华川|村,
        # 凤凰|谷; not 徐徐|铺开)
        after = next((w for w, a, _ in tokens if a == hit.end), "")
        judgement = judge_word(hit.original)
        if after and suffix_after(after, 0) == after and not judgement.is_name:
            judgement = judge_word(hit.original + after)
        if (
            judgement.is_ordinary
            and judgement.why.startswith("类别词")
            # its words before were read already (a zone's run; the word before 镇/乡)
            and not hit.reason.startswith((ZONE_REASON, SETTLEMENT_REASON))
        ):
            # 书画|文创产业园: a kind with a name before it is one zone
            before = _name_before(hit.start, tokens)
            if before and _an_area(before):
                return None  # 城区|弃管小区: the area the kind lies in, no name
            if before and not judge_word(before + hit.original).is_ordinary:
                start = hit.start - len(before)
                return Hit(start, hit.end, None, before + hit.original, f"{hit.reason}（名称在前）")
        if judgement.is_ordinary:
            return None
        cut = cut_from_words(text, hit.start, hit.end) if judgement.is_name else None
        if cut == "frame":
            return None  # 城容城貌 holds no 容城
        if cut == "pairs":
            return replace(hit, slot=None, reason=f"{hit.reason}，疑从常用词中切出")
        if hit.slot is None or judgement.is_name:
            return hit
        return replace(hit, slot=None, reason=f"{hit.reason}，{judgement.why}")
    if hit.reason.startswith(_RUN_VERDICT) and ordinary_run(hit.original) is not None:
        return None
    if hit.reason.startswith(_WORD_VERDICTS) and ordinary_why(hit.original) is not None:
        return None
    return hit


def _name_before(start: int, tokens: Sequence[tuple[str, int, int]]) -> str:
    """The word right before ``start`` when it may be part of a name (a noun, not a verb,
    function word or punctuation): 书画 of 书画文创产业园."""
    for word, _, end in tokens:
        if end == start:
            pos = segment.word_pos(word) or "n"
            if len(word) >= 2 and CJK_RUN.fullmatch(word) and pos.startswith(("n", "j")):
                return word
            return ""
    return ""


CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _an_area(word: str) -> bool:
    """城区, 市区, 县城, 农村: an ordinary word for an area of any county (it ends on a level of
    settlement), which says where a kind lies, not which one (有效解决城区弃管小区和卫生死角脏乱差
    问题, 海拉尔 2017)."""
    from drafter.names.rules import judge_word

    return word[-1] in "区城乡村镇县市" and judge_word(word).is_ordinary


def _drop_inside_ordinary_words(text: str, hits: list[Hit]) -> list[Hit]:
    """A slot inside a word government texts use as an ordinary word (错峰 → 峰, 以城带乡 →
    城带乡, 水电路讯 → 水电路, 阳奉阴违) is a split or a mis-tag, not a name."""
    if all(hit.slot is None for hit in hits):
        return hits  # (an unsure hit is kept whatever word it is in)
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
    # their alternation longest first, written as a tree (the same matches, found faster)
    return re.compile(words_pattern(ordinary))
