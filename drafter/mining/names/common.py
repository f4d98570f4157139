"""Shared pieces of name scrubbing: the corpus context, word classes, suffix kinds."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import field
from functools import lru_cache
from typing import NamedTuple

from drafter import segment
from drafter.mining.lexicon import (
    GENERIC_NAMEY,
    GENERIC_STEMS,
    ORG_SUFFIXES,
    PLACE_SUFFIXES,
)
from drafter.mining.own import OwnArchive
from drafter.records import dataclass

CJK = re.compile(r"^[\u3400-\u9fff]+$")


CN_NUMERALS = set("一二三四五六七八九十百千万两双")


ORG_GENERIC = frozenset(
    """
    国有 平台 相关 有关 子 母 分 总 控股 投资 建设 开发 运营 管理 融资 物流 快递 电力 燃气 供水
    科技 保险 担保 资产 文旅 水务 热力 房产 地产 开发区 各类 企业 上市 外资 民营 保安
    商场 餐饮 星级 快递 物业 家政 旅行 连锁 精品 品牌 知名 骨干 龙头 规上 中小 小微 本地 县属
    市属 省属 国家 地方 运营 发展 文化 旅游 商贸 商业 农业 工业 医药 能源 新能源 通信 电信
    移动 联通 铁塔 邮政 石油 石化 电网 供电 自来水 公交 客运 货运 旅游公司 专业 龙头企业
    """.split()  # noqa: SIM905
)


MULTI_SUFFIXES = tuple(s for s in (*PLACE_SUFFIXES, *ORG_SUFFIXES) if len(s) >= 2 and s != "中心")


TOPONYM_CHARS = frozenset("滩坪坝峡沟塬峁湾寨堡屯庄洼岔垭岭峪坳墩铺岗坡庙寺观")


DIRECTION_PLACE = re.compile(r"^(?:城[东西南北]|[东西南北]城|[东西南北][关郊])$")


@lru_cache(maxsize=65536)
def suffix_kind(word: str) -> str | None:
    """ "place"/"org" when ``word`` is (or ends like) a place or organisation suffix."""
    if word in ORG_WORDS or word.endswith(("公司", "集团")):
        return "org"
    if word in PLACE_SUFFIXES:
        return "place"
    if len(word) >= 3 and word.endswith(MULTI_SUFFIXES):
        return "org" if word.endswith(tuple(ORG_SUFFIXES)) else "place"
    if len(word) == 3 and word[-1] in PLACE_SUFFIXES and word[:-1] in GENERIC_STEMS:
        return "place"
    return None


DETERMINERS = frozenset("全各我本该每外邻其此这那两几多一二三四五六七八九十百千万进入到驻")


FUNCTION_CHARS = frozenset("的了和与及或在是为对把被将从向以于由到至等我你他们、，。；：")


@dataclass(frozen=True, slots=True)
class NameContext:
    """What the corpus says about words, for the rules that need more than one sentence."""

    doc_freq: Mapping[str, int]  # word → number of speeches it occurs in
    n_docs: int
    county_names: frozenset[str] = frozenset()  # this speech's own county (通渭县, 通渭)
    counts: Mapping[str, int] = field(default_factory=dict)  # word → occurrences in this speech
    generic: frozenset[str] = frozenset()  # topic keywords: ordinary words by definition
    # characters frequent in this speech and absent from all others (茶, 硒 in a tea county)
    salient_chars: frozenset[str] = frozenset()
    quote_freq: Mapping[str, int] = field(default_factory=dict)  # quoted text → speeches quoting it
    quote_counties: Mapping[str, int] = field(default_factory=dict)  # … → counties quoting it
    counties: int = 0  # how many counties the corpus holds (what "one county only" can mean)
    # the declared county's own archive (mine --county): its standing names are kept as written
    own: OwnArchive | None = None
    # words only this speech's county uses, rare in the language (``own_and_rare_words``): a
    # sentence that lost a clause for a name keeps none of them (the name's neighbours)
    rare: frozenset[str] = frozenset()
    # word → verdict, filled while scrubbing this speech (words repeat: look each up once)
    cache: dict[str, WordInfo] = field(default_factory=dict, compare=False, repr=False)
    # word → what the dictionary and the whole corpus say of it, and whether its speech may say
    # more (``words._corpus_info``): the same in every speech, so shared by the speeches of one
    # corpus (``mining._corpus_state``)
    corpus_words: dict[str, tuple[WordInfo, bool]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def speech_count(self, word: str) -> int:
        return self.counts.get(word, 0)

    def in_one_speech(self, word: str) -> bool:
        """True when ``word`` occurs in at most one speech (always True for a one-speech corpus,
        where nothing can be shown to be shared)."""
        return self.n_docs < 2 or self.doc_freq.get(word, 0) <= 1


GENERIC_WORDS = (
    GENERIC_NAMEY
    | frozenset(segment.GOVERNMENT_WORDS)
    | frozenset(segment.GOVERNMENT_ABBREVIATIONS)
)


def is_generic_word(word: str) -> bool:
    return word in GENERIC_WORDS


def is_single(word: str) -> bool:
    # (``CJK.match`` of one character, without the regular expression: called for most words)
    return len(word) == 1 and "\u3400" <= word <= "\u9fff"


class Verdict(NamedTuple):
    """What one word is on its own (cached per speech): a slot (None: unsure) and a reason;
    ``first`` verdicts apply before the suffix rules (the county's name, a salient character)."""

    slot: str | None
    reason: str
    first: bool


class WordInfo(NamedTuple):
    cjk: bool
    suffix: bool
    rare_single: bool
    may_start_name: bool  # worth trying the suffix rules from here
    verdict: Verdict | None


ORG_WORDS = frozenset(ORG_SUFFIXES) - {"中心"}
