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
    hits = [hit for hit in hits if not _not_a_name(hit)]
    hits += claim_hits(text, tokens, context)
    return hits


# Verdicts on a word alone (its dictionary tag, its rarity in this speech): wrong when three or
# more counties of the corpus write the word (弘扬, 广大群众 and 高峰 are tagged as people's names,
# 江河 and 朝阳 as places). Shapes (a suffix, a road, a title) are evidence of their own.
_WORD_VERDICTS = (
    "词典标为专名",
    "罕见词",
    "本篇特有的名词",
    "本篇反复出现的罕见词",
)


def _not_a_name(hit: Hit) -> bool:
    return (
        _common_word(hit)
        or _mistagged_person(hit)
        or _generic_stem(hit)
        or (hit.kind == "name" and _national(hit.original))
    )


def _national(name: str) -> bool:
    """“互联网+政务服务”, 双随机、一公开: a national term, quoted or not, is nobody's name."""
    from drafter.names.table import national_terms

    bare = name.strip("“”「」《》")
    return len(bare) >= 2 and any(bare == term or bare in term for term in national_terms())


_SUFFIX_REASONS = ("名称加地名或单位后缀", "名称加单位后缀")
# a road or bridge is named whatever its stem (南环路, 外联路, 迎宾大道 are one road each)
_ROAD_SUFFIXES = (
    "路",
    "街",
    "巷",
    "大道",
    "大街",
    "桥",
    "大桥",
    "环线",
    "高速",
    "公路",
    "线",
    "段",
)


# Suffixes of zones a county sets up by kind (its 产业园 of some industry): after ordinary words
# they name the kind. Natural features and villages (柿子沟, 官道沟) and companies (城投公司, 财信
# 集团) are named with ordinary words too, so their suffixes are not among them.
_ZONE_KINDS = frozenset(
    {
        "产业园",
        "产业园区",
        "园区",
        "工业园",
        "工业园区",
        "科技园",
        "示范园",
        "物流园",
        "景区",
        "电站",
        "中心",
        "公园",
    }
)


def _plain_words(stem: str) -> bool:
    """``stem`` is dictionary words, none tagged as a name (电子信息, 智能装备; not 清华智宜,
    济西, 七山, 马营)."""
    words = segment.cut(stem) if stem else ()
    if not any(len(w) >= 2 for w in words):
        return False  # 马营: characters, not words (a town's name)
    return all(
        segment.known_word(w)
        and not segment.word_tag(w)
        # a single character only when common (三级子; not the 涞 or 坪 of a place's name)
        and (len(w) >= 2 or segment.word_frequency(w) >= _COMMON_CHAR)
        for w in words
    )


_COMMON_CHAR = 1000


def _generic_stem(hit: Hit) -> bool:
    """文创+产业园, 三级+医院, 智慧+园区, 央企子+公司: a suffix after a word several counties write
    names a kind of place or body, not one of them (鱼丘+湖, 济临+高速 stay names)."""
    from drafter.mining.lexicon import (
        GEO_NAMES,
        ORG_SUFFIXES,
        PLACE_SUFFIXES,
        PREFECTURES,
        PROVINCES,
    )
    from drafter.names.table import common_words, county_gazetteer

    if hit.kind != "name" or not hit.reason.startswith((*_SUFFIX_REASONS, "并列的地名")):
        return False
    name = hit.original
    suffixes = [s for s in (*PLACE_SUFFIXES, *ORG_SUFFIXES) if name.endswith(s) and s != name]
    if not suffixes:
        return False
    suffix = max(suffixes, key=len)
    stem = name[: -len(suffix)].lstrip("和与及或的在、")  # 和|文创产业园: a split, not the name
    if suffix in _ROAD_SUFFIXES or stem in GEO_NAMES or stem in PROVINCES or stem in PREFECTURES:
        return False  # 黄河流域, 河北省…: a known place before the suffix
    if stem in county_gazetteer() or any(stem + lv in county_gazetteer() for lv in "县区市旗"):
        return False
    if suffix in _ZONE_KINDS and _plain_words(stem):
        return True  # 电子信息产业园, 零碳产业园, 水务集团: a kind of zone or body
    if segment.word_tag(stem) in ("nz", "nt", "ns"):
        return False  # 华能公司: a stem the dictionary knows as a name (nr tags are mostly wrong)
    return stem in common_words() or _national(stem)


# What a place's name ends on (石佛镇, 迎宾路, 西二环): a word so tagged is a place, not a person.
_PLACE_ENDINGS = frozenset("路街巷道环镇乡村区县市州河湖江山岭峪沟庄寨屯营堡桥港湾岛园场淀")


def _mistagged_person(hit: Hit) -> bool:
    """A word jieba's dictionary tags as a person's name, found without any title beside it
    (高峰, 弘扬, 温馨, 成绩斐然, 广大群众): in a government speech it is an ordinary word. The
    people in a speech carry a title (陈刚书记) and are found by the people rules."""
    return (
        hit.kind == "name"
        and hit.reason.startswith(("词典标为专名（nr", "词典标为专名（nrt"))
        and hit.original[-1:] not in _PLACE_ENDINGS
    )


def _common_word(hit: Hit) -> bool:
    """A hit that is only a word several counties use, and no place the gazetteer knows."""
    from drafter.mining.lexicon import GEO_NAMES, PREFECTURES, PROVINCES
    from drafter.names.table import common_words, county_gazetteer

    if hit.kind != "name" or not hit.reason.startswith(_WORD_VERDICTS):
        return False
    word = hit.original
    if word not in common_words() or word[-1:] in _PLACE_ENDINGS:
        return False  # 南环路, 马颊河: a place several counties name alike is still one place
    if any(geo in word for geo in GEO_NAMES):
        return False  # 黄河流域
    return not (
        word in PROVINCES
        or word in GEO_NAMES
        or word in PREFECTURES
        or word in county_gazetteer()
        or any(word + level in county_gazetteer() for level in "县区市旗")
    )


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
