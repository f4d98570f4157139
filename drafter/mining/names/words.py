"""Word-level name rules: what each jieba word is (dictionary tags, gazetteers, words only one
speech uses), and names built from words before a place or organisation suffix.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from drafter import segment
from drafter.mining.lexicon import (
    COMMON_SINGLE,
    GENERIC_STEMS,
    GEO_NAMES,
    PLACE_SUFFIXES,
    PREFECTURES,
    PROVINCE_SHORT,
    PROVINCES,
)
from drafter.mining.names.common import (
    CJK,
    DETERMINERS,
    DIRECTION_PLACE,
    FUNCTION_CHARS,
    ORG_GENERIC,
    ORG_WORDS,
    TOPONYM_CHARS,
    NameContext,
    Verdict,
    WordInfo,
    is_generic_word,
    is_single,
    suffix_kind,
)
from drafter.mining.slots import Hit
from drafter.names.table import firm_names, is_ordinary

# parts of speech that end a name on its left: verbs, prepositions, conjunctions, particles,
# adverbs, pronouns, numerals
_NOT_IN_NAME_POS = ("v", "p", "c", "u", "d", "r", "m")


@lru_cache(maxsize=65536)
def _may_start_wide(first: str) -> bool:
    return bool(
        (is_single(first) and first not in COMMON_SINGLE)
        or segment.word_tag(first)
        or (segment.word_frequency(first) < 2000 and not is_generic_word(first))
    )


def _wide_stem_hit(
    tokens: Sequence[tuple[str, int, int]], index: int, infos: Sequence[WordInfo]
) -> Hit | None:
    """马 + 文化 + 产业园, 国投 + 控股 + 集团: up to three words before a suffix, one of them a
    rare single character or a dictionary name. (``infos``: the tokens' ``WordInfo``s, which
    say whether each is Chinese and a suffix.)"""
    if not _may_start_wide(tokens[index][0]):
        return None
    stop = index
    while stop < len(tokens) and stop - index < 3 and infos[stop].cjk:
        if infos[stop].suffix and stop > index:
            break
        if tokens[stop][0] in FUNCTION_CHARS:
            return None
        stop += 1
    if stop >= len(tokens) or stop == index or not infos[stop].suffix:
        return None
    suffix = tokens[stop][0]
    kind = suffix_kind(suffix)
    if kind is None:
        return None
    stem_words = [t[0] for t in tokens[index:stop]]
    if kind == "org" and suffix.endswith(("公司", "集团")):
        # whatever names a company right before 公司/集团 is its name (华能公司, 国投控股集团)
        last = stem_words[-1]
        if last in ORG_GENERIC or last in GENERIC_STEMS or is_generic_word(last):
            return None
        begin = stop - 1
        marked_before = [
            position
            for position in range(index, stop - 1)
            if segment.word_tag(tokens[position][0]) or not segment.known_word(tokens[position][0])
        ]
        if marked_before:
            begin = marked_before[0]
        while (
            begin - 1 >= index
            and is_single(tokens[begin][0])
            and is_single(tokens[begin - 1][0])
            and tokens[begin - 1][0] not in FUNCTION_CHARS
        ):
            begin -= 1
        # a rare character names the company together with the words before it (清凉 + 沅 +
        # 公司), up to a verb or a function word
        while (
            begin - 1 >= index
            and is_single(tokens[begin][0])
            and not (segment.word_pos(tokens[begin - 1][0]) or "v").startswith(_NOT_IN_NAME_POS)
        ):
            begin -= 1
        name = "".join(t[0] for t in tokens[begin:stop]) + suffix
        return Hit(tokens[begin][1], tokens[stop][2], "org", name, "名称加单位后缀")
    if len(suffix) < 2 and not (
        suffix in TOPONYM_CHARS and not is_generic_word(stem_words[-1]) and len(stem_words[-1]) >= 2
    ):
        return None
    marked = len(suffix) == 1 or any(
        (is_single(w) and w not in COMMON_SINGLE)
        or segment.word_tag(w) in ("ns", "nr", "nz", "nrt", "nt")
        or DIRECTION_PLACE.match(w)
        for w in stem_words
    )
    if not marked or stem_words[0] in GENERIC_STEMS:
        return None
    # the name starts at its first marked word (抓好 城北 工业园区 → 城北工业园区)
    first_marked = 0
    if len(suffix) >= 2:
        for position, w in enumerate(stem_words):
            if (
                (is_single(w) and w not in COMMON_SINGLE)
                or segment.word_tag(w) in ("ns", "nr", "nz", "nrt", "nt")
                or DIRECTION_PLACE.match(w)
            ):
                first_marked = position
                break
    else:
        first_marked = len(stem_words) - 1
    index += first_marked
    stem_words = stem_words[first_marked:]
    slot = kind
    name = "".join(stem_words) + suffix
    return Hit(tokens[index][1], tokens[stop][2], slot, name, "名称加地名或单位后缀")


def token_hits(tokens: Sequence[tuple[str, int, int]], context: NameContext) -> list[Hit]:
    cache = context.cache
    infos = [cache.get(word) or _new_info(word, context) for word, _, _ in tokens]
    # the words with a place or organisation suffix among the next four: the suffix rules
    # (``_suffix_hit``) start from one of them, and find nothing without a suffix after the word
    near = {position - step for position, info in enumerate(infos) if info.suffix for step in _NEAR}
    # a rule below is tried only from a word it may start a hit on (most are none: a word with
    # no verdict, not a rare single character, with no suffix near or unable to start a name;
    # no word but a Chinese one is any of these), in order, each skipped when the last hit
    # covers it
    hits: list[Hit] = []
    covered = 0
    for index, info in enumerate(infos):
        if (
            info.verdict is None
            and not info.rare_single
            and not (info.may_start_name and index in near)
        ):
            continue
        word, start, end = tokens[index]
        if start < covered:
            continue
        verdict = info.verdict
        hit: Hit | None = None
        if verdict is not None and verdict.first:
            hit = Hit(start, end, verdict.slot, word, verdict.reason)
        else:
            if info.may_start_name and index in near:
                hit = _suffix_hit(tokens, index, infos)
            if hit is None and verdict is not None:
                hit = Hit(start, end, verdict.slot, word, verdict.reason)
            if hit is None and info.rare_single:
                hit = _single_run_hit(tokens, index)
        if hit is None:
            continue
        hits.append(hit)
        covered = hit.end
    return hits


_NEAR = (1, 2, 3, 4)


def _new_info(word: str, context: NameContext) -> WordInfo:
    """``word``'s info, worked out and kept in the speech's cache (``token_hits``)."""
    info = context.cache[word] = _word_info(word, context)
    return info


@lru_cache(maxsize=262144)
def _static_info(word: str) -> WordInfo:
    """The parts of a word's info that do not depend on the corpus (cached across speeches)."""
    cjk = bool(CJK.match(word))
    single = len(word) == 1
    may_start = (
        cjk
        and word not in FUNCTION_CHARS
        and (
            single
            or bool(segment.word_tag(word))
            or segment.word_frequency(word) < 2000
            or bool(DIRECTION_PLACE.match(word))
        )
    )
    return WordInfo(
        cjk,
        suffix_kind(word) is not None,
        cjk and single and word not in COMMON_SINGLE,
        may_start,
        None,
    )


def word_static_info(word: str) -> WordInfo:
    """What ``token_hits`` knows of ``word`` whatever the corpus (kept, see ``warm_speech``)."""
    return _static_info(word)


def _word_info(word: str, context: NameContext) -> WordInfo:
    """``word``'s info in this speech: what the corpus says of it (worked out once for all the
    speeches, ``_corpus_info``), unless this speech's own rules say more (``_first_verdict``)."""
    known = context.corpus_words.get(word)
    if known is None:
        known = context.corpus_words[word] = _corpus_info(word, context)
    info, by_speech = known
    if not info.cjk:
        return info
    verdict = _first_verdict(word, context)
    if verdict is None:
        if not by_speech:
            return info
        verdict = _speech_verdict(word, context)
    return info if verdict is None else info._replace(verdict=verdict)


def _first_verdict(word: str, context: NameContext) -> Verdict | None:
    """The verdicts on a Chinese word that only its speech gives, and that come before any other:
    its county's name, a character only this speech keeps using."""
    if (
        len(word) == 1
        and context.n_docs < 3
        and word not in COMMON_SINGLE
        and segment.word_frequency(word) < 500
        and context.speech_count(word) >= 3
    ):
        # too few speeches to compare: a rare character this speech keeps using (硒) marks a
        # local product or place
        return Verdict(None, "本篇反复出现的生僻字（疑为地方产品或地名）", True)
    names = context.county_names
    # (a name inside the word is shorter than it: most words are one or two characters)
    if names and (
        word in names or (len(word) > _shortest(names) and _any_name(names).search(word))
    ):
        return Verdict("county", "本县名称", True)
    if context.salient_chars and not context.salient_chars.isdisjoint(word):
        return Verdict(None, "本篇特有的字（疑为地方产品或地名）", True)
    return None


@lru_cache(maxsize=64)
def _shortest(names: frozenset[str]) -> int:
    return min(map(len, names), default=0)


@lru_cache(maxsize=64)
def _any_name(names: frozenset[str]) -> re.Pattern[str]:
    """A search for any of ``names`` (asked of most words of a speech: one call in C)."""
    return re.compile("|".join(map(re.escape, sorted(names))))


@lru_cache(maxsize=262144)
def _static_verdict(word: str) -> tuple[Verdict | None, bool]:
    """What a word is regardless of the corpus, and whether the corpus rules may still apply
    (they only concern words rarer than ~1000 in jieba's dictionary, and brand names)."""
    if word in PROVINCES:
        return Verdict("place", "省份名称", False), False
    if word in GEO_NAMES:
        return Verdict("place", "江河山脉或地区名称", False), False
    if word in PREFECTURES:
        return Verdict("place", "地级市或州的名称", False), False
    if len(word) == 2 and word[0] in PROVINCE_SHORT and word[1] in "中东西南北":
        return Verdict("place", "省份简称组成的地名", False), False
    if len(word) < 2 or is_generic_word(word):
        return None, False
    if word in firm_names() and not is_ordinary(word):
        # 大唐|700万吨露天矿: a state firm's project is one county's (unsure: no slot names it)
        return Verdict(None, "大型企业简称（firms.txt）", False), False
    tag = segment.word_tag(word)
    if tag in ("ns", "nr", "nrt", "nrfg", "nt"):
        return Verdict("org" if tag == "nt" else "place", f"词典标为专名（{tag}）", False), False
    frequency = segment.word_frequency(word)
    if tag == "nz" and frequency < 100:
        # brands and firms (华润, 华能) are rare proper nouns even when several speeches name them
        return Verdict(None, "词典标为专名（nz），罕见", False), False
    return None, frequency < 1000 or tag == "nz"


def _corpus_info(word: str, context: NameContext) -> tuple[WordInfo, bool]:
    """``word``'s info with its verdict from the dictionary and the whole corpus (the same in
    every speech), and whether how often its speech uses it may still give it one
    (``_speech_verdict``: a rare word only one speech uses)."""
    info = _static_info(word)
    if not info.cjk:
        return info, False
    verdict, by_speech = _corpus_verdict(word, context)
    return (info if verdict is None else info._replace(verdict=verdict)), by_speech


def _corpus_verdict(word: str, context: NameContext) -> tuple[Verdict | None, bool]:
    if word in context.generic and word not in PROVINCES and word not in PREFECTURES:
        return None, False
    verdict, more = _static_verdict(word)
    if verdict is not None:
        return verdict, False
    if not more or not context.in_one_speech(word):
        return None, False
    tag = segment.word_tag(word)
    frequency = segment.word_frequency(word)
    if tag == "nz" and frequency < 200:
        return Verdict(None, "词典标为专名（nz），只见于一篇讲话", False), False
    pos = segment.word_pos(word)
    if len(word) >= 3 and frequency <= 5 and pos not in ("l", "i") and not _generic_head(word):
        return Verdict(None, "罕见词，只见于一篇讲话", False), False
    return None, True


def _speech_verdict(word: str, context: NameContext) -> Verdict | None:
    """A rare word only one speech uses (``_corpus_verdict``), by how often that speech does."""
    frequency = segment.word_frequency(word)
    pos = segment.word_pos(word)
    # products and industries are nouns (拉面, 书画) or rare verbs (修脚); compounds of common
    # words (长效机制) and adverbs, adjectives, idioms are not
    thing = (pos or "n").startswith("n") or (pos == "v" and frequency < 20)
    if (
        thing
        and frequency < 50
        and not _generic_head(word)
        and context.speech_count(word) >= 2
        and context.n_docs >= 3
    ):
        return Verdict(None, "本篇反复出现的罕见词（疑为地方产业或产品）", False)
    if (
        context.n_docs < 3
        and thing
        and (frequency < 200 or (pos == "n" and frequency < 1000))
        and len(word) <= 3
        and context.speech_count(word) >= 3
    ):
        # too few speeches to compare: a word rare in the language but repeated here is the
        # county's own product or industry (拉面, 修脚)
        return Verdict(None, "本篇反复出现的罕见词（疑为地方产业或产品）", False)
    if (
        pos == "n"
        and len(word) <= 3
        and frequency < 1000
        and context.speech_count(word) >= 2
        and context.n_docs >= 3
    ):
        return Verdict(None, "本篇特有的名词（疑为地方产业或产品）", False)
    return None


def _generic_head(word: str) -> bool:
    """国有企业, 长效机制: a compound ending in a common word is an ordinary term."""
    head = word[-2:]
    return len(word) >= 4 and segment.word_frequency(head) >= 1000 and not segment.word_tag(head)


def _suffix_hit(
    tokens: Sequence[tuple[str, int, int]], index: int, infos: Sequence[WordInfo]
) -> Hit | None:
    """Unknown characters followed by a place or organisation suffix: 群/科 + 新区, 马/营 + 镇,
    华能 + 公司."""
    stop = index
    while (
        stop < len(tokens) and is_single(tokens[stop][0]) and tokens[stop][0] not in FUNCTION_CHARS
    ):
        stop += 1
    first = tokens[index][0]
    wide = _wide_stem_hit(tokens, index, infos)
    if wide is not None:
        return wide
    if stop == index:
        # a whole word before an organisation suffix: 华能公司
        if (
            index + 1 < len(tokens)
            and tokens[index + 1][0] in ORG_WORDS
            and not is_generic_word(first)
            and first not in GENERIC_STEMS
            and CJK.match(first)
            and segment.word_frequency(first) < 2000
        ):
            end = tokens[index + 1][2]
            return Hit(tokens[index][1], end, "org", first + tokens[index + 1][0], "名称加单位后缀")
        return None
    # the run itself may end in a one-character suffix (马/营/镇)
    for suffix_at in (stop, stop - 1):
        if suffix_at >= len(tokens) or suffix_at < index:
            continue
        suffix = tokens[suffix_at][0]
        if suffix not in PLACE_SUFFIXES and suffix not in ORG_WORDS:
            continue
        stem = "".join(t[0] for t in tokens[index:suffix_at])
        if not stem or stem in GENERIC_STEMS or stem[-1] in DETERMINERS or stem[0] in "年月日":
            continue
        if len(stem) == 1 and (stem in COMMON_SINGLE or stem in GENERIC_STEMS):
            continue
        if all(ch in COMMON_SINGLE for ch in stem):
            continue
        slot = "org" if suffix in ORG_WORDS else "place"
        return Hit(
            tokens[index][1], tokens[suffix_at][2], slot, stem + suffix, "名称加地名或单位后缀"
        )
    return None


def _single_run_hit(tokens: Sequence[tuple[str, int, int]], index: int) -> Hit | None:
    """Two or more uncommon single characters in a row: an unknown name the segmenter split."""
    stop = index
    while (
        stop < len(tokens) and is_single(tokens[stop][0]) and tokens[stop][0] not in COMMON_SINGLE
    ):
        stop += 1
    if stop - index < 2:
        return None
    text = "".join(t[0] for t in tokens[index:stop])
    return Hit(tokens[index][1], tokens[stop - 1][2], None, text, "连续的生僻单字（疑为专名）")


# nouns of measure, which name no product (入学率, 产量, 总额)
_MEASURE_ENDS = frozenset("率量额值数度比")
# what may stand next to an uncommon character as part of one name: not a verb, adverb,
# numeral, measure word, pronoun or function word
_NOT_NAME_PART_POS = ("v", "d", "p", "c", "u", "m", "q", "r")


@lru_cache(maxsize=65536)
def _may_split(word: str) -> bool:
    """An uncommon character standing alone that the dictionary tags as a name or an
    abbreviation (粤, 麻; not 碳, 辍, 驻): what ``split_names`` may join to a neighbour (asked of
    every word of every sentence: kept per word)."""
    if not (is_single(word) and word not in COMMON_SINGLE and word not in FUNCTION_CHARS):
        return False
    return segment.word_tag(word) is not None or segment.word_pos(word) == "j"


def split_names(words: Sequence[str]) -> list[str]:
    """Brands, firms and products the dictionary does not know, as the segmenter cuts them: an
    uncommon character standing alone joined to the character or noun beside it (粤|旺 of 粤旺
    一产, 麻|山药, 长|古城 of 长古城污水处理厂), where the two characters that meet are a pair
    no three counties of the corpus write together and the whole is no dictionary word. Counted
    with a speech's words, one only a single county writes is that county's own (``own_words``
    of mining), as any rare word only one county writes."""
    from drafter.names.rules import common_pair

    found = []
    last = len(words) - 1
    for index, word in enumerate(words):
        if len(word) != 1:
            continue  # (both rules below start from a single character)
        # (the direction after it first, as ``_quarter_of_prefecture`` does: rules out most words)
        if (
            index < last
            and words[index + 1] in _DIRECTIONS
            and _quarter_of_prefecture(words, index)
        ):
            found.append(word + words[index + 1])
            continue
        if not _may_split(word):
            continue
        for other in (index - 1, index + 1):
            if other < 0 or other >= len(words):
                continue
            neighbour = words[other]
            if not CJK.match(neighbour) or neighbour in FUNCTION_CHARS:
                continue
            pos = segment.word_pos(neighbour) or "x"
            if pos.startswith(_NOT_NAME_PART_POS):
                continue
            if len(neighbour) > 1 and (
                other < index
                or not pos.startswith("n")
                or is_ordinary(neighbour)
                or neighbour[-1] in _MEASURE_ENDS
            ):
                # a noun after it names the thing (麻|山药), not one before, nor a word every
                # county writes (低保|金|标准, 带头|崇|法治, 国家卫生应急|暨|京津冀), nor a
                # measure (毛|入学率: a gross rate)
                continue
            joined = neighbour + word if other < index else word + neighbour
            meet = neighbour[-1] + word if other < index else word + neighbour[0]
            if common_pair(meet) or segment.known_word(joined):
                continue
            found.append(joined)
    return found


_DIRECTIONS = frozenset("东西南北")


def _quarter_of_prefecture(words: Sequence[str], index: int) -> bool:
    """保|西 of 保西养老中心 (唐县), 保|北 地区 (保定): a part of a prefecture named by its
    first character and a direction, which the segmenter cuts as two characters; not an
    adjective or a joining character before a direction (新|北环, 和|南拒马河)."""
    # (the direction first: it rules out almost every word before anything is imported)
    if index + 1 >= len(words) or words[index + 1] not in _DIRECTIONS:
        return False
    from drafter.names.rules import common_pair
    from drafter.names.table import prefecture_initials

    word = words[index]
    if not is_single(word) or word in FUNCTION_CHARS or word not in prefecture_initials():
        return False
    if (segment.word_pos(word) or "x").startswith("a"):
        return False
    joined = word + words[index + 1]
    return not common_pair(joined) and not segment.known_word(joined)
