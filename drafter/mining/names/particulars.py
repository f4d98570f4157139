"""A county's particulars by who writes them: words and products only one county writes.

Input: each county's words (its speeches' jieba words, the brands the segmenter cut and the
products it names before an industry word, counted in ``workers.segment_speech``), its texts,
and every word's occurrences over the corpus. Output: per county, the words no draft for another
county may say — its products, brands, quarters and industries (麻山药, 橡胶机带, 休闲食品, 保西,
肠衣) — kept out of its sentence entries and paragraph units.

A word only one county writes is no particular by that alone: a corpus of twenty counties holds
hundreds of ordinary words once (紧箍咒, 依存度, 覆盖面广). What marks a particular is that no
dictionary has it (a name the segmenter had to cut), or that the county writes it again and
again as a thing (a noun: a product, a place), in several sentences or years.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from itertools import chain

from drafter import segment
from drafter.mining.names.common import CJK, FUNCTION_CHARS
from drafter.names.table import is_ordinary
from drafter.wordpattern import unquoted
from drafter.wordscan import WordScan

# A dictionary word this frequent in jieba's dictionary is a word of the language, whoever writes it
OWN_WORD_FREQUENCY = 200
# a brand the segmenter cuts (麻|山药) that two neighbouring counties write (蠡县, 博野) is still
# theirs: no word of the dictionary, it is nobody's ordinary word until three counties write it
SPLIT_NAME_COUNTIES = 2
# a dictionary word is a county's particular only when the county writes it at least this many
# times (a product, a place: every year, in several sentences; 紧箍咒 once is a figure of speech)
OWN_WORD_TIMES = 2
# with fewer counties nothing can be shown to be one county's
MIN_COUNTIES = 3


def county_freq(
    county_words: dict[str, set[str]],
    county_texts: dict[str, list[str]],
    found_in: Callable[[WordScan], dict[str, set[str]] | None] | None = None,
) -> Counter[str]:
    """How many counties write each word. A string no dictionary has (a brand the segmenter
    cut, 麻山药; a product before an industry word, 休闲食品) counts for every county whose text
    holds it, however that county's sentences were cut (a neighbour may write 休闲食品 before
    no industry word).

    ``found_in(scan)``: county → the words of ``scan`` its texts hold, when the caller can find
    them faster (mining asks each process for the speeches it holds); None: not asked, the
    texts are searched here."""
    freq = Counter(chain.from_iterable(county_words.values()))
    unknown = set(segment.unknown_words(freq))
    if unknown:
        scan = WordScan(unknown)
        # (a word holding a line break could run from one text of a county into the next)
        asked = found_in is not None and not any("\n" in word for word in unknown)
        by_county = found_in(scan) if found_in is not None and asked else None
        if by_county is None:
            by_county = {
                county: scan.found("\n".join(texts)) for county, texts in county_texts.items()
            }
        found = Counter(word for words in by_county.values() for word in words)
        for word in unknown:
            freq[word] = max(freq[word], found[word])
    return freq


def own_words_by_county(
    county_words: dict[str, set[str]], freq: Counter[str], totals: Mapping[str, int], *, rare: bool
) -> dict[str, frozenset[str]]:
    """Per county, its particulars (see the module docstring): a word no dictionary has that at
    most ``SPLIT_NAME_COUNTIES`` counties write, or a rare noun of the dictionary that its county
    alone writes, ``OWN_WORD_TIMES`` times or more (肠衣, 大枣, 输送带).

    ``rare``: instead, every word rarer than ``OWN_WORD_FREQUENCY`` that its county alone
    writes (the rule before 2026-12-04): its particular where the sentence names a thing of
    the county (``THING``: 桃木疙瘩屠宰加工项目, 七节河, 七山滑雪场 — names no rule knows, in
    sentences whose other words are rare too) or lists things (纽扣、拉链、家纺). Measured on
    corpus/ on 2026-12-04: that rule on every sentence left out 892 body sentences, 676 of them
    for a word written once (紧箍咒, 依存度, 先行者, 涉税)."""
    own, rare_ones = own_and_rare_words(county_words, freq, totals)
    return rare_ones if rare else own


def own_and_rare_words(
    county_words: dict[str, set[str]], freq: Counter[str], totals: Mapping[str, int]
) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """``own_words_by_county`` without and with ``rare``, from one look at each word (the
    two share their first test, which rules out most words)."""
    if len(county_words) < MIN_COUNTIES:
        return {}, {}
    # each distinct word judged once (counties share most of their words), then each county's
    # kept by one set operation
    every: set[str] = set().union(*county_words.values())
    own: set[str] = set()
    rare: set[str] = set()
    # (the words both tests can hold, with their frequencies: ``_rare`` and ``_particular``
    # for them, each dictionary look-up made once)
    for word, frequency in segment.rarer_words(every, OWN_WORD_FREQUENCY).items():
        count = freq[word]
        if frequency == 0:  # no dictionary word
            if count <= SPLIT_NAME_COUNTIES and not commonly_written(word, freq):
                rare.add(word)
                own.add(word)
            continue
        if count <= 1:
            rare.add(word)
            # (the total last: it is summed over every speech)
            if (
                (segment.word_pos(word) or "").startswith("n")
                and word not in segment.GOVERNMENT_WORDS
                and totals[word] >= OWN_WORD_TIMES
            ):
                own.add(word)
    return (
        {county: frozenset(words & own) for county, words in county_words.items()},
        {county: frozenset(words & rare) for county, words in county_words.items()},
    )


def _particular(word: str, freq: Counter[str], totals: Mapping[str, int]) -> bool:
    if len(word) < 2 or segment.word_frequency(word) >= OWN_WORD_FREQUENCY:
        return False
    if not segment.known_word(word):
        return freq[word] <= SPLIT_NAME_COUNTIES
    return (
        freq[word] <= 1
        and totals[word] >= OWN_WORD_TIMES
        and (segment.word_pos(word) or "").startswith("n")
        and word not in segment.GOVERNMENT_WORDS
    )


def _rare(word: str, freq: Counter[str]) -> bool:
    if len(word) < 2 or segment.word_frequency(word) >= OWN_WORD_FREQUENCY:
        return False
    return freq[word] <= (1 if segment.known_word(word) else SPLIT_NAME_COUNTIES)


# A sentence naming one of the county's things: a project, a base, a firm, a park, a works, a
# river or a village (投资…的桃木疙瘩屠宰加工项目建成投产, 加快推进七节河生态修复治理项目)
THING = re.compile(
    r"项目|基地|公司|集团|园区|产业园|工业园|小镇|景区|[^市广会剧商现立战考机]场(?![景所地面合])|"
    r"[^工]厂|[^山江黄运]河(?!长)|湖(?!长)|[^农乡山]村(?![民庄级])|合作社"
)


def speech_own_words(
    own: frozenset[str], rare: frozenset[str], texts: Sequence[str]
) -> frozenset[str]:
    """The words no sentence of a speech may hold: its county's particulars, and its rare
    words written in a sentence that names a thing of the county (``texts``: the speech's
    sentences) — such a word names that thing (桃木疙瘩, 七节), wherever the speech says it."""
    if not rare:
        return own
    from drafter.wordscan import WordScan

    things = "\n".join(text for text in texts if THING.search(text))
    return own | WordScan(rare).found(things) if things else own


# Words that say "an industry of this county" after its product (橡胶机带|产业, 休闲食品|产业集群,
# 生活用纸|产值, 中国休闲食品|之都): the words right before them name what the county makes
# and the zones a place names (长|古城 of 长古城工业园; its other works, 长古城污水处理厂,
# are found by the county's own words)
INDUSTRY_HEADS = frozenset(
    """
    产业 主导产业 特色产业 产业集群 产业链 产值 之都 集聚区 聚集区 产业园 产品 行业 工业园
    工业园区 产业园区
    """.split()  # noqa: SIM905
)
# parts of speech that end a product's name on its left (a verb, adverb, numeral, pronoun,
# function word: 推进|橡胶机带, 两个|产业)
_NOT_PRODUCT_POS = ("p", "c", "u", "d", "r", "m", "q", "f", "t")
# verbs that take an industry as their object (做大做强|休闲食品产业, 加快推动|光伏产业): the
# product's name starts after them
_GOVERNING = frozenset(
    """
    做大 做强 做优 做精 做深 做大做强 发展 大力发展 壮大 培育 打造 扶持 支持 引进 推动 加快
    推进 提升 聚焦 围绕 依托 形成 建设 建成 实施 突出 主攻 延伸 布局 招引 谋划 带动
    """.split()  # noqa: SIM905
)
# a verb this rare is a product's own word (涂装 28), not what the sentence does (签约 440)
_PRODUCT_VERB = 100


def _governed_verb(words: Sequence[str], index: int) -> bool:
    """休闲 of 做强|休闲|食品 (a verb right after the governing verb modifies the product), 涂装
    (a verb the dictionary has seen rarely): a verb that may be part of a product's name."""
    if segment.word_frequency(words[index]) < _PRODUCT_VERB:
        return True
    return index > 0 and words[index - 1] in _GOVERNING


# A thing with a rank of its own (国家级绿色园区, 省级现代农业产业园, 国家全域旅游示范区): a title
# one county won, or a facility it has. Written by few counties, it is theirs — a draft for
# another county must not say 持续增强国家级绿色园区核心竞争力, as if it had one (round 54's
# writer: “指标文件里没有，这个体量的县撑不起”); written by many (省级经济开发区), it is common.
_TITLED = re.compile(
    r"(?:国家级|省级|市级|国家|全国|全省)(?:首批|第[一二三四五六七八九十]+批)?"
    r"[\u4e00-\u9fff]{1,8}?"
    r"(?:园区|开发区|示范区|示范县|示范基地|基地|工作站|景区|保护区|试验区|产业园|小镇|公园|"
    r"实验室|先行区|样板区|技术中心|创新中心|研究中心)"
)


def titled_things(text: str) -> list[str]:
    """The things with a rank of their own that ``text`` names (``_TITLED``). Counted with a
    speech's words, one that few counties write is their own (``own_words`` of mining)."""
    return _TITLED.findall(text) if ("国家" in text or "省" in text or "市级" in text) else []


# A thing a county built, runs or was made a pilot of, named by two words or more before its
# kind (群众|文化|艺术|中心, 新型|智慧|城市|试点, 杰出|创新|人才|培育|计划). Counted with a speech's
# words, one that few counties write is theirs: a draft for another county must not say
# 加快推进群众文化艺术中心运营 or 完成新型智慧城市试点建设 as if it had one (round 130's
# writers: “指标文件里没有，也没加占位符……就是事实性硬伤”). Written by many (农村人居环境整治行动,
# 党群服务中心), it is common; so is a common kind with the county's words before it
# (``common_kind``). Campaigns, works, platforms and brands (行动, 工程, 平台, 品牌) are no such
# kinds: most that one county writes are everybody's (重点民生工程, 城市管理提质行动, 融资平台),
# and counted, they cost 92 body sentences of 5,349. Measured on corpus/ on 2026-12-07 with
# these kinds: 48 more sentences left out (408 → 456), 46 body sentences and 7 paragraph units
# fewer (群众文化艺术中心, 新型智慧城市试点, 杰出创新人才培育计划, 职教中心万亩农业科技示范园).
THING_KINDS = frozenset(
    """
    中心 驿站 中队 大队 试点 示范园 计划 馆 书院 公园 广场 基地
    """.split()  # noqa: SIM905
)
_THING_WORDS = 2  # words naming which one it is: fewer (文化|中心, 蔬菜|品牌) name a kind of thing
_THING_NAME_CHARS = 4
# parts of speech that end a thing's name on its left (a verb, an idiom, a function word, an
# adjective or a word of rank: 重点|民生工程's 最大, 县级|融媒体中心 name no one thing)
_NOT_NAME_POS = (*_NOT_PRODUCT_POS, "i", "l", "a", "b")
# verbs that take a thing as their object, whatever the dictionary tags them (充分发挥 n, 申报 nz)
_USING = frozenset(
    """
    发挥 充分发挥 用好 利用 依托 申报 争创 创建 力争 投用 唱响 建好 管好 启用 争取 建成
    """.split()  # noqa: SIM905
)


def named_things(words: Sequence[str]) -> list[str]:
    """The things ``words`` name by two words or more before their kind (``THING_KINDS``): the
    words right before the kind, back to a verb, idiom or function word, at most four."""
    found: list[str] = []
    if THING_KINDS.isdisjoint(words):
        return found  # (most sentences name no such thing)
    for index, word in enumerate(words):
        if word not in THING_KINDS:
            continue

        def ends(before: str, at: int, index: int = index) -> bool:
            if before in THING_KINDS or before in _USING:
                return True
            pos = segment.word_pos(before) or "n"
            # (a governing verb right before the kind is of its name: 培育|计划, 提升|行动)
            governs = before in _GOVERNING and at < index - 1
            # 加快|推进|群众文化艺术中心, 实施|杰出创新人才培育计划
            return governs or pos == "v" or pos.startswith(_NOT_NAME_POS)

        parts = _words_before(words, index, 4, ends)
        # (and each shorter name of it, for ``common_kind``: 专项整治行动 of 安全生产专项整治行动)
        for start in range(len(parts) - _THING_WORDS + 1):
            if len("".join(parts[start:])) >= _THING_NAME_CHARS:
                found.append("".join(parts[start:]) + word)
    return found


# A thing named in quotes, the quotes holding its kind (“环卫驿站”, “一区一基地一中心”) or its
# kind right after them (“铁骑”中队, “拿地即开工”试点): quotes mark a name, one word before the
# kind is enough (round 130's writers read 成立“铁骑”中队 and 继续扩大“环卫驿站”覆盖面 in
# drafts for other counties; 14 of seed 7's 30 drafts said the second). Measured on corpus/ on
# 2026-12-07: 66 such names few counties write (bare, as most write 雨露计划 and 以人民为中心
# unquoted), in 87 of 19,710 sentences.
_KIND_ALTERNATIVES = "|".join(sorted(THING_KINDS, key=len, reverse=True))
_QUOTED_THING = re.compile(
    rf"“[\u4e00-\u9fff]{{1,12}}”(?:{_KIND_ALTERNATIVES})"
    rf"|“[\u4e00-\u9fff]{{0,11}}(?:{_KIND_ALTERNATIVES})”"
)


def quoted_things(text: str) -> list[str]:
    """The things ``text`` names in quotes (``_QUOTED_THING``), each as written and bare
    (“铁骑”中队 and 铁骑中队): counted with a speech's words, the bare name says how many
    counties write it, quoted or not (``commonly_written``); a sentence is searched for both."""
    if "“" not in text:
        return []
    found: list[str] = []
    for match in _QUOTED_THING.finditer(text):
        found.extend((match.group(), unquoted(match.group())))
    return found


def commonly_written(name: str, freq: Counter[str]) -> bool:
    """A name no dictionary has that is common all the same: a quoted thing many counties
    write bare (“雨露计划”), or a thing of a common kind (``common_kind``)."""
    bare = unquoted(name)
    if bare != name and freq[bare] > SPLIT_NAME_COUNTIES:
        return True
    return common_kind(bare, freq)


def common_kind(name: str, freq: Counter[str]) -> bool:
    """A thing's name (``named_things``) whose shorter name many counties write: a common kind
    of thing with a county's words before it (安全生产|专项整治行动, 农村|人居环境整治行动), not
    a thing of the county's own (群众|文化艺术中心: 文化艺术中心 is as rare)."""
    kind = next((k for k in THING_KINDS if name.endswith(k)), None)
    if kind is None:
        return False
    shortest = len(kind) + _THING_NAME_CHARS
    return any(
        freq[name[start:]] > SPLIT_NAME_COUNTIES for start in range(1, len(name) - shortest + 1)
    )


def industry_phrases(words: Sequence[str]) -> list[str]:
    """The names of a county's products as it writes them before an industry word, one to
    three words joined (橡胶|机|带 of 橡胶机带产业, 休闲|食品 of 休闲食品产业集群), three
    characters or more, that are no dictionary word and no word the table calls ordinary.
    Counted with a speech's words, one only its county writes is that county's own word
    (``own_words`` of mining): a draft for another county must not say 做大做强休闲食品主导产业."""
    found: list[str] = []
    if INDUSTRY_HEADS.isdisjoint(words):
        return found  # (most sentences name no industry)

    def ends(before: str, at: int) -> bool:
        pos = segment.word_pos(before) or "n"
        if before in _GOVERNING or pos.startswith(_NOT_PRODUCT_POS) or before in INDUSTRY_HEADS:
            return True  # 做强|休闲食品, 积极|培育, 两个|产业
        # 成功|签约|光伏; not 做强|休闲|食品, nor 机|带 (a cut name's character)
        return pos.startswith("v") and len(before) > 1 and not _governed_verb(words, at)

    for index, word in enumerate(words):
        if word not in INDUSTRY_HEADS:
            continue
        parts = _words_before(words, index, 3, ends)
        for start in range(len(parts) - 1, -1, -1):
            joined = "".join(parts[start:])
            if len(joined) >= 3 and not segment.known_word(joined) and not is_ordinary(joined):
                found.append(joined)
    return found


def _words_before(
    words: Sequence[str], index: int, most: int, ends: Callable[[str, int], bool]
) -> list[str]:
    """The words right before ``words[index]``, in their order, back to a word that is not
    Chinese, a function character or one ``ends(word, its index)`` stops at; ``most`` at most."""
    parts: list[str] = []
    at = index
    while at > 0 and len(parts) < most:
        before = words[at - 1]
        if not CJK.match(before) or before in FUNCTION_CHARS or ends(before, at - 1):
            break
        parts.insert(0, before)
        at -= 1
    return parts
