"""Local-name scrubbing: a sentence → the hits that must not enter the bank as literal text.

Input: one sentence (simplified Chinese), its jieba words, and what the corpus says about words
(in how many speeches each occurs, the speech's own county name). Output: ``Hit``s — a span to
replace by ``{county}``, ``{place}``, ``{person}``, ``{org}``, ``{project}``, ``{session}`` or
``{number}``, or an unsure hit (slot None) that drops the entry.

How Chinese official writing shows a name, and what the rules look at:

* masks the source used for names and numbers: ``XX县``, ``*``, ``×××``;
* session numbers: 十四届四次全会, 第十九届人民代表大会第四次会议 → ``{session}``;
* road and project codes: G247, S565线, 541XX段;
* people: a surname and a title (向书记), a name before a title (陈刚书记, 红辉同志), a title then
  a name (县长 宗学谦);
* words jieba's dictionary tags as place/person/organisation names (ns/nr/nt), except the
  ordinary words it mis-tags (城市, 深度);
* provinces, their one-character names in compounds (陇中, 秦巴), big rivers and mountains;
* a word before a place or organisation suffix (蒿坪河, 马营镇, 华能公司, 擂鼓台森林公园);
* unknown words (not in the dictionary) that occur in only one speech, and runs of rare single
  characters (an unknown name split apart: 蒿/坪) — unsure, so the entry is dropped;
* quoted names (“夏亲水”, “绿满陇中”): a quotation whose words are unknown or names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from drafter import segment
from drafter.mining.lexicon import (
    COMMON_SINGLE,
    GENERIC_ACRONYMS,
    GENERIC_NAMEY,
    GENERIC_STEMS,
    GEO_NAMES,
    ORG_SUFFIXES,
    PERSON_TITLES,
    PLACE_SUFFIXES,
    PREFECTURES,
    PROVINCE_SHORT,
    PROVINCES,
    SURNAMES,
)
from drafter.mining.slots import Hit

CJK = re.compile(r"^[\u3400-\u9fff]+$")

_MASK = r"(?:[XxＸｘ]{2,}|[×＊*]+|某某)"
_NUMBER_AFTER = (
    "0123456789０１２３４５６７８９.．%％万亿千百个家户座项亩吨人名所条公里米届次件场栋套辆台张期批"
)
_MASK_RE = re.compile(_MASK + r"(?P<suffix>县|区|市|州|省|乡|镇|村|街道|社区|同志|等)?")
_SESSION_RE = re.compile(
    r"第?[〇零一二三四五六七八九十两\d＊*]+届"
    r"(?:县委|市委|州委|省委|人民代表大会|人大|县人民政府|人民政府|政协|党代会|全国人大)?"
    r"(?:常委会)?第?[〇零一二三四五六七八九十两\d＊*]+次"
)
_CODE_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:[GSXYCgsxyc]\d{1,4}[＊*]?(?:线|段)?|\d{2,4}(?:[XxＸ]{2}|[＊*])?段|\d{3,4}(?=沿线|国道|省道|县道|风景道))"
)
_ACRONYM_RE = re.compile(r"(?<![A-Za-z])[A-Z]{2,}(?![A-Za-z])")
QUOTE_RE = re.compile(r"[“「『\"]([^”」』\"]{1,30})[”」』\"]")
_BOOK_RE = re.compile(r"《([^》]{1,60})》")
_CN_NUMERAL = set("一二三四五六七八九十百千万两双")
_LIST_OF_NAMES = re.compile(
    r"((?:[\u4e00-\u9fff]{2,12}、)+[\u4e00-\u9fff]{2,12})等(?:[一二三四五六七八九十\d]+[个家所座条])?"
    r"[^，。；、]{0,8}?"
    r"(?:企业|项目|公司|单位|景区|园区|综合体|商业综合体|工程|平台|品牌|基地|产品|道路|公路|桥梁|"
    r"街道|公园|广场|小区|街区|景点|村|镇|乡)"
)


_SCHOOLS = frozenset(
    """
    初中 中学 小学 幼儿园 学校 一中 二中 三中 医院 卫生院 学院 职校 职中 高中
    """.split()  # noqa: SIM905
)


def _school_hits(tokens: Sequence[tuple[str, int, int]]) -> list[Hit]:
    """通/和 + 初中: a school or hospital named by characters the segmenter split."""
    hits = []
    for index, (word, _, end) in enumerate(tokens):
        if word not in _SCHOOLS:
            continue
        first = index
        while first > 0 and index - first < 3 and _is_single(tokens[first - 1][0]):
            first -= 1
        stem = "".join(t[0] for t in tokens[first:index])
        if len(stem) >= 2 and not all(ch in COMMON_SINGLE or ch in "县乡镇村" for ch in stem):
            hits.append(Hit(tokens[first][1], end, "org", stem + word, "学校或医院名称"))
    return hits


_ROAD_CHARS = frozenset("路街巷桥道园场湖河村镇乡区")
_ROAD_WORDS = frozenset({"路", "街", "巷", "桥", "大道", "大街", "大桥", "广场", "公园"})


def _road_hits(tokens: Sequence[tuple[str, int, int]]) -> list[Hit]:
    """耕读/路, 书画/路: a word and a stand-alone 路/街/桥 (ordinary ones are single words: 道路,
    思路, 公路), so the pair is a name."""
    hits = []
    for index in range(1, len(tokens)):
        word, start, _ = tokens[index - 1]
        suffix, _, end = tokens[index]
        if (
            suffix in _ROAD_WORDS
            and 2 <= len(word) <= 3
            and CJK.match(word)
            and word not in GENERIC_STEMS
            and not _is_generic_word(word)
            and (segment.word_pos(word) or "n").startswith("n")
        ):
            hits.append(Hit(start, end, "place", word + suffix, "路名或街名"))
    return hits


def _list_hits(text: str, tokens: Sequence[tuple[str, int, int]]) -> list[Hit]:
    """A、B等企业/项目/综合体: items that are not plain dictionary words are names (亿联)."""
    hits = []
    for match in _LIST_OF_NAMES.finditer(text):
        position = match.start(1)
        for item in match.group(1).split("、"):
            start, end = position, position + len(item)
            position = end + 1
            inner = [t for t in tokens if start <= t[1] and t[2] <= end]
            if len(item) >= 3 and item[-1] in _ROAD_CHARS and not _is_generic_word(item):
                hits.append(Hit(start, end, "place", item, "并列的地名（…等道路/桥梁）"))
            elif any(segment.word_tag(t[0]) and not _is_generic_word(t[0]) for t in inner):
                hits.append(Hit(start, end, "org", item, "并列的专名（…等企业/项目）"))
            elif any(_is_single(t[0]) and t[0] not in _FUNCTION for t in inner):
                hits.append(Hit(start, end, None, item, "并列的专名（…等企业/项目）"))
    return hits


_ORG_GENERIC = frozenset(
    """
    国有 平台 相关 有关 子 母 分 总 控股 投资 建设 开发 运营 管理 融资 物流 快递 电力 燃气 供水
    科技 保险 担保 资产 文旅 水务 热力 房产 地产 开发区 各类 企业 上市 外资 民营 保安
    """.split()  # noqa: SIM905
)
_MULTI_SUFFIXES = tuple(s for s in (*PLACE_SUFFIXES, *ORG_SUFFIXES) if len(s) >= 2 and s != "中心")
_TOPONYM_CHARS = frozenset("滩坪坝峡沟塬峁湾寨堡屯庄洼岔垭岭峪坳墩铺岗坡庙寺观")
_DIRECTION_PLACE = re.compile(r"^(?:城[东西南北]|[东西南北]城|[东西南北][关郊])$")


@lru_cache(maxsize=65536)
def _suffix_kind(word: str) -> str | None:
    """ "place"/"org" when ``word`` is (or ends like) a place or organisation suffix."""
    if word in _ORG_WORDS or word.endswith(("公司", "集团")):
        return "org"
    if word in PLACE_SUFFIXES:
        return "place"
    if len(word) >= 3 and word.endswith(_MULTI_SUFFIXES):
        return "org" if word.endswith(tuple(ORG_SUFFIXES)) else "place"
    if len(word) == 3 and word[-1] in PLACE_SUFFIXES and word[:-1] in GENERIC_STEMS:
        return "place"
    return None


@lru_cache(maxsize=65536)
def _may_start_wide(first: str) -> bool:
    return bool(
        (_is_single(first) and first not in COMMON_SINGLE)
        or segment.word_tag(first)
        or (segment.word_frequency(first) < 2000 and not _is_generic_word(first))
    )


def _wide_stem_hit(tokens: Sequence[tuple[str, int, int]], index: int) -> Hit | None:
    """马 + 文化 + 产业园, 国投 + 控股 + 集团: up to three words before a suffix, one of them a
    rare single character or a dictionary name."""
    if not _may_start_wide(tokens[index][0]):
        return None
    stop = index
    while stop < len(tokens) and stop - index < 3 and CJK.match(tokens[stop][0]):
        word = tokens[stop][0]
        if _suffix_kind(word) is not None and stop > index:
            break
        if word in _FUNCTION:
            return None
        stop += 1
    if stop >= len(tokens) or stop == index:
        return None
    suffix = tokens[stop][0]
    kind = _suffix_kind(suffix)
    if kind is None:
        return None
    stem_words = [t[0] for t in tokens[index:stop]]
    if kind == "org" and suffix.endswith(("公司", "集团")):
        # whatever names a company right before 公司/集团 is its name (华能公司, 国投控股集团)
        last = stem_words[-1]
        if last in _ORG_GENERIC or last in GENERIC_STEMS or _is_generic_word(last):
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
            and _is_single(tokens[begin][0])
            and _is_single(tokens[begin - 1][0])
            and tokens[begin - 1][0] not in _FUNCTION
        ):
            begin -= 1
        name = "".join(t[0] for t in tokens[begin:stop]) + suffix
        return Hit(tokens[begin][1], tokens[stop][2], "org", name, "名称加单位后缀")
    if len(suffix) < 2 and not (
        suffix in _TOPONYM_CHARS
        and not _is_generic_word(stem_words[-1])
        and len(stem_words[-1]) >= 2
    ):
        return None
    marked = len(suffix) == 1 or any(
        (_is_single(w) and w not in COMMON_SINGLE)
        or segment.word_tag(w) in ("ns", "nr", "nz", "nrt", "nt")
        or _DIRECTION_PLACE.match(w)
        for w in stem_words
    )
    if not marked or stem_words[0] in GENERIC_STEMS:
        return None
    # the name starts at its first marked word (抓好 城北 工业园区 → 城北工业园区)
    first_marked = 0
    if len(suffix) >= 2:
        for position, w in enumerate(stem_words):
            if (
                (_is_single(w) and w not in COMMON_SINGLE)
                or segment.word_tag(w) in ("ns", "nr", "nz", "nrt", "nt")
                or _DIRECTION_PLACE.match(w)
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


_DETERMINERS = frozenset("全各我本该每外邻其此这那两几多一二三四五六七八九十百千万进入到驻")
_FUNCTION = frozenset("的了和与及或在是为对把被将从向以于由到至等我你他们、，。；：")


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
    # word → verdict, filled while scrubbing this speech (words repeat: look each up once)
    cache: dict[str, _WordInfo] = field(default_factory=dict, compare=False, repr=False)

    def speech_count(self, word: str) -> int:
        return self.counts.get(word, 0)

    def in_one_speech(self, word: str) -> bool:
        """True when ``word`` occurs in at most one speech (always True for a one-speech corpus,
        where nothing can be shown to be shared)."""
        return self.n_docs < 2 or self.doc_freq.get(word, 0) <= 1


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
    hits += _mask_hits(text)
    hits += _session_hits(text)
    hits += _code_hits(text)
    tokens = token_spans(text, words)
    people = _person_hits(text, tokens)
    hits += people
    free = (
        [t for t in tokens if not any(h.start < t[2] and t[1] < h.end for h in people)]
        if people
        else tokens
    )
    hits += _token_hits(free, context)
    hits += _list_hits(text, tokens)
    hits += _school_hits(tokens)
    hits += _road_hits(tokens)
    hits += _province_firm_hits(tokens)
    hits += _route_hits(tokens)
    hits += _quote_hits(text, context)
    return hits


# --------------------------------------------------------------------------- string rules


def _mask_hits(text: str) -> list[Hit]:
    hits = []
    for match in _MASK_RE.finditer(text):
        suffix = match.group("suffix") or ""
        after = text[match.end() : match.end() + 1]
        before = text[max(match.start() - 1, 0) : match.start()]
        start, end = match.start(), match.end()
        if suffix in ("县", "区", "市"):
            slot = "county"
        elif suffix in ("州", "省", "乡", "镇", "村", "街道", "社区"):
            slot = "place"
        elif suffix in ("同志", "等"):
            slot, end = "person", match.end() - len(suffix)
        elif (
            (after and after in _NUMBER_AFTER)
            or before in ("第", ".", "．")
            or (after in ("A", "a") and text[match.end() : match.end() + 2] in ("A级", "a级"))
        ):
            slot = "number"
        else:
            slot = "county"
        hits.append(Hit(start, end, slot, text[start:end], "遮盖符（原文隐去的名称或数字）"))
    return hits


_ROUTE_ENDS = frozenset(
    """
    段 公路 高速 高速公路 铁路 线 连接线 快速路 大道 道路 环线 连通
    通道 干线 城际 一级公路 二级公路 三级公路 旅游公路 国道 省道
    """.split()  # noqa: SIM905
)


def _route_hits(tokens: Sequence[tuple[str, int, int]]) -> list[Hit]:
    """新景至平襄段, 汉江桥至彩虹桥道路: both ends of a road are places."""
    hits = []
    for index, (word, _, _) in enumerate(tokens):
        if word != "至":
            continue
        after = index + 1
        while after < len(tokens) and after - index <= 4 and tokens[after][0] not in _ROUTE_ENDS:
            if not CJK.match(tokens[after][0]) or tokens[after][0] in _FUNCTION:
                break
            after += 1
        if after >= len(tokens) or tokens[after][0] not in _ROUTE_ENDS or after == index + 1:
            continue
        before = index
        while (
            before > 0
            and index - before < 4
            and CJK.match(tokens[before - 1][0])
            and tokens[before - 1][0] not in _FUNCTION
            and not (segment.word_pos(tokens[before - 1][0]) or "").startswith("v")
        ):
            before -= 1
        for first, last in ((before, index), (index + 1, after)):
            if first < last:
                name = "".join(t[0] for t in tokens[first:last])
                if name not in GENERIC_STEMS and len(name) >= 2:
                    hits.append(
                        Hit(tokens[first][1], tokens[last - 1][2], "place", name, "道路起止地名")
                    )
    return hits


def _session_hits(text: str) -> list[Hit]:
    return [
        Hit(m.start(), m.end(), "session", m.group(), "会议届次")
        for m in _SESSION_RE.finditer(text)
        if any(ch not in "第届次" for ch in m.group())
    ]


def _code_hits(text: str) -> list[Hit]:
    hits = [
        Hit(m.start(), m.end(), "place", m.group(), "道路或项目编号")
        for m in _CODE_RE.finditer(text)
    ]
    for match in _ACRONYM_RE.finditer(text):
        if match.group() not in GENERIC_ACRONYMS and set(match.group()) - set("XＸ"):
            hits.append(Hit(match.start(), match.end(), None, match.group(), "不明的字母缩写"))
    return hits


def _quote_hits(text: str, context: NameContext) -> list[Hit]:
    """A quotation is a local name when its words are names or unknown to the dictionary and
    found in this speech only (“夏亲水”, “绿满陇中”, “5155”); slogans shared by speeches or made
    of ordinary words stay (“放管服”, “四个不摘”)."""
    hits = []
    for regex in (QUOTE_RE, _BOOK_RE):
        for match in regex.finditer(text):
            inner = match.group(1)
            start, end = match.span()
            if re.search(r"[A-Za-z0-9０-９＋+]", inner) and not re.fullmatch(
                r"[一二三四五六七八九十两]*(?:5G|4G|AAA|\d+A)[\u4e00-\u9fff]*", inner
            ):
                hits.append(Hit(start, end, "project", match.group(), "引号中的编号名称"))
                continue
            if regex is _BOOK_RE:
                continue  # names inside titles are found by the word rules
            if _quoted_unknown(inner, context):
                hits.append(Hit(start, end, None, match.group(), "引号中的专名（只见于一篇讲话）"))
    return hits


def _ordinary_phrase(text: str, context: NameContext) -> bool:
    """Made only of dictionary words that are not names and of common single characters."""
    parts = [p for p in re.split(r"[、，,]", text) if p]
    if len(parts) > 1:
        return all(_ordinary_phrase(part, context) for part in parts)
    if not CJK.match(text) or any(ch in context.salient_chars for ch in text):
        return False
    for word in segment.cut(text):
        if len(word) == 1:
            if word not in COMMON_SINGLE:
                return False
        elif not segment.known_word(word) or segment.word_tag(word) or word in GEO_NAMES:
            return False
    return True


def _quoted_unknown(inner: str, context: NameContext) -> bool:
    if segment.known_word(inner) or _is_generic_word(inner):
        return False
    if context.n_docs >= 3:
        # with enough speeches, a quotation only one speech makes is that county's own slogan,
        # brand or project (“五比五看”, “夏亲水”); shared ones are general (“四个不摘”). A short
        # phrase of ordinary words is general even when one speech has it (“提产业”, “保民生”).
        if context.quote_freq.get(inner, 0) > 1:
            return False
        counted = any(ch in _CN_NUMERAL for ch in inner)
        return counted or not _ordinary_phrase(inner, context)
    if any(ch in _CN_NUMERAL for ch in inner):
        return True  # a counted slogan no other speech shares (“五比五看”, “八个一”)
    if not context.in_one_speech(inner):
        return False
    words = [w for w in segment.cut(inner) if CJK.match(w)]
    if not words:
        return False
    singles = [w for w in words if len(w) == 1]
    unknown = [w for w in words if len(w) > 1 and not segment.known_word(w)]
    numbered = any(ch in _CN_NUMERAL for ch in inner[:1] + inner[-1:])
    if numbered and not unknown and context.n_docs < 3:
        return False  # 三个年, 四个不摘: a counted slogan, when there are too few speeches to tell
    rare_singles = [w for w in singles if w not in COMMON_SINGLE]
    return bool(unknown) or len(rare_singles) >= 2 or any(segment.word_tag(w) for w in words)


# --------------------------------------------------------------------------- word rules


_ANY_TITLE = re.compile("|".join(sorted(PERSON_TITLES, key=len, reverse=True)))


def _person_hits(text: str, tokens: Sequence[tuple[str, int, int]]) -> list[Hit]:
    if not _ANY_TITLE.search(text):
        return []
    hits = []
    for index, (word, start, end) in enumerate(tokens):
        previous = tokens[index - 1][0] if index > 0 else ""
        following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
        # 向书记, 李县长: one surname character right before a title, after a pause or verb.
        if (
            len(word) == 1
            and word in SURNAMES
            and following in PERSON_TITLES
            and following not in ("代表", "委员", "同志")
            and (
                not previous
                or not CJK.match(previous)
                or previous in ("由", "请", "和", "与", "及")
            )
        ):
            hits.append(Hit(start, end, "person", word, "姓氏加职务"))
        # 陈刚书记, 红辉同志: a two- or three-character name right before a title.
        elif (
            following in PERSON_TITLES
            and 2 <= len(word) <= 3
            and CJK.match(word)
            and (not segment.known_word(word) or (segment.word_tag(word) or "").startswith("nr"))
            and word not in GENERIC_NAMEY
        ):
            hits.append(Hit(start, end, "person", word, "职务前的人名"))
        # 县长 宗学谦: a title, a space, then a name.
        elif word in PERSON_TITLES and index + 2 < len(tokens) and tokens[index + 1][0].isspace():
            name, name_start, name_end = tokens[index + 2]
            if 2 <= len(name) <= 3 and CJK.match(name) and not segment.known_word(name):
                hits.append(Hit(name_start, name_end, "person", name, "职务后的人名"))
    # 陈/刚 书记, 红/辉 同志: a name the segmenter split into characters, right before a title
    for index, (word, start, _) in enumerate(tokens):
        if word not in PERSON_TITLES or word in ("代表", "委员"):
            continue
        first = index
        while first > 0 and index - first < 3 and _is_single(tokens[first - 1][0]):
            first -= 1
        if index - first >= 2 and not any(t[0] in _FUNCTION for t in tokens[first:index]):
            name = "".join(t[0] for t in tokens[first:index])
            hits.append(Hit(tokens[first][1], start, "person", name, "职务前的人名"))
    # a name split into single characters after a title: 县长 宗/学/谦
    for match in re.finditer(
        r"(?:县长|书记|主任|市长|局长)[ \u3000]+([\u4e00-\u9fff]{2,3})(?=[ \u3000]|$)", text
    ):
        hits.append(Hit(match.start(1), match.end(1), "person", match.group(1), "职务后的人名"))
    return hits


def _name_slot(word: str, tag: str | None) -> str:
    if tag == "nt" or word.endswith(tuple(s for s in ORG_SUFFIXES if len(s) > 1)):
        return "org"
    if tag in ("nr", "nrfg") and not word.endswith(PLACE_SUFFIXES):
        return "place"  # jieba's nr covers many place names (安康, 秦岭); people are found above
    return "place"


_GENERIC_WORDS = (
    GENERIC_NAMEY
    | frozenset(segment.GOVERNMENT_WORDS)
    | frozenset(segment.GOVERNMENT_ABBREVIATIONS)
)


def _is_generic_word(word: str) -> bool:
    return word in _GENERIC_WORDS


def _is_single(word: str) -> bool:
    return len(word) == 1 and bool(CJK.match(word))


class _Verdict(NamedTuple):
    """What one word is on its own (cached per speech): a slot (None: unsure) and a reason;
    ``first`` verdicts apply before the suffix rules (the county's name, a salient character)."""

    slot: str | None
    reason: str
    first: bool


def _token_hits(tokens: Sequence[tuple[str, int, int]], context: NameContext) -> list[Hit]:
    hits: list[Hit] = []
    count = len(tokens)
    cache = context.cache
    infos: list[_WordInfo] = []
    for word, _, _ in tokens:
        info = cache.get(word)
        if info is None:
            info = cache[word] = _word_info(word, context)
        infos.append(info)
    # suffix_near[i]: a place/organisation suffix among the next four words
    suffix_near = [False] * (count + 1)
    last_suffix = -10
    for position in range(count - 1, -1, -1):
        suffix_near[position] = last_suffix - position <= 4
        if infos[position].suffix:
            last_suffix = position
    index = 0
    while index < count:
        info = infos[index]
        if not info.cjk:
            index += 1
            continue
        word, start, end = tokens[index]
        verdict = info.verdict
        hit: Hit | None = None
        if verdict is not None and verdict.first:
            hit = Hit(start, end, verdict.slot, word, verdict.reason)
        else:
            if suffix_near[index] and info.may_start_name:
                hit = _suffix_hit(tokens, index)
            if hit is None and verdict is not None:
                hit = Hit(start, end, verdict.slot, word, verdict.reason)
            if hit is None and info.rare_single:
                hit = _single_run_hit(tokens, index)
        if hit is None:
            index += 1
            continue
        hits.append(hit)
        while index < count and tokens[index][1] < hit.end:
            index += 1
    return hits


class _WordInfo(NamedTuple):
    cjk: bool
    suffix: bool
    rare_single: bool
    may_start_name: bool  # worth trying the suffix rules from here
    verdict: _Verdict | None


@lru_cache(maxsize=262144)
def _static_info(word: str) -> _WordInfo:
    """The parts of a word's info that do not depend on the corpus (cached across speeches)."""
    cjk = bool(CJK.match(word))
    single = len(word) == 1
    may_start = (
        cjk
        and word not in _FUNCTION
        and (
            single
            or bool(segment.word_tag(word))
            or segment.word_frequency(word) < 2000
            or bool(_DIRECTION_PLACE.match(word))
        )
    )
    return _WordInfo(
        cjk,
        _suffix_kind(word) is not None,
        cjk and single and word not in COMMON_SINGLE,
        may_start,
        None,
    )


def _word_info(word: str, context: NameContext) -> _WordInfo:
    info = _static_info(word)
    if not info.cjk:
        return info
    verdict = _word_verdict(word, context)
    return info if verdict is None else info._replace(verdict=verdict)


def _province_firm_hits(tokens: Sequence[tuple[str, int, int]]) -> list[Hit]:
    """河北/焰/中, 甘肃/天/聚: a province and two characters the dictionary cannot join — a
    company named after its home province."""
    hits = []
    for index in range(len(tokens) - 2):
        word, start, _ = tokens[index]
        first, second = tokens[index + 1][0], tokens[index + 2][0]
        if (
            word in PROVINCES
            and _is_single(first)
            and _is_single(second)
            and first not in _FUNCTION
            and second not in _FUNCTION
        ):
            hits.append(
                Hit(start, tokens[index + 2][2], "org", word + first + second, "省名加字号")
            )
    return hits


def _word_verdict(word: str, context: NameContext) -> _Verdict | None:
    if not CJK.match(word):
        return None
    if (
        len(word) == 1
        and context.n_docs < 3
        and word not in COMMON_SINGLE
        and segment.word_frequency(word) < 500
        and context.speech_count(word) >= 3
    ):
        # too few speeches to compare: a rare character this speech keeps using (硒) marks a
        # local product or place
        return _Verdict(None, "本篇反复出现的生僻字（疑为地方产品或地名）", True)
    if word in context.county_names or any(name in word for name in context.county_names):
        return _Verdict("county", "本县名称", True)
    if context.salient_chars and any(ch in context.salient_chars for ch in word):
        return _Verdict(None, "本篇特有的字（疑为地方产品或地名）", True)
    hit = _word_hit(word, 0, len(word), context)
    return None if hit is None else _Verdict(hit.slot, hit.reason, False)


@lru_cache(maxsize=262144)
def _static_verdict(word: str) -> tuple[_Verdict | None, bool]:
    """What a word is regardless of the corpus, and whether the corpus rules may still apply
    (they only concern words rarer than ~1000 in jieba's dictionary, and brand names)."""
    if word in PROVINCES:
        return _Verdict("place", "省份名称", False), False
    if word in GEO_NAMES:
        return _Verdict("place", "江河山脉或地区名称", False), False
    if word in PREFECTURES:
        return _Verdict("place", "地级市或州的名称", False), False
    if len(word) == 2 and word[0] in PROVINCE_SHORT and word[1] in "中东西南北":
        return _Verdict("place", "省份简称组成的地名", False), False
    if len(word) < 2 or _is_generic_word(word):
        return None, False
    tag = segment.word_tag(word)
    if tag in ("ns", "nr", "nrt", "nrfg", "nt"):
        return _Verdict("org" if tag == "nt" else "place", f"词典标为专名（{tag}）", False), False
    frequency = segment.word_frequency(word)
    if tag == "nz" and frequency < 100:
        # brands and firms (华润, 华能) are rare proper nouns even when several speeches name them
        return _Verdict(None, "词典标为专名（nz），罕见", False), False
    return None, frequency < 1000 or tag == "nz"


def _word_hit(word: str, start: int, end: int, context: NameContext) -> Hit | None:
    if word in context.generic and word not in PROVINCES and word not in PREFECTURES:
        return None
    verdict, more = _static_verdict(word)
    if verdict is not None:
        return Hit(start, end, verdict.slot, word, verdict.reason)
    if not more or not context.in_one_speech(word):
        return None
    tag = segment.word_tag(word)
    frequency = segment.word_frequency(word)
    if tag == "nz" and frequency < 200:
        return Hit(start, end, None, word, "词典标为专名（nz），只见于一篇讲话")
    pos = segment.word_pos(word)
    if len(word) >= 3 and frequency <= 5 and pos not in ("l", "i") and not _generic_head(word):
        return Hit(start, end, None, word, "罕见词，只见于一篇讲话")
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
        return Hit(start, end, None, word, "本篇反复出现的罕见词（疑为地方产业或产品）")
    if (
        context.n_docs < 3
        and thing
        and (frequency < 200 or (pos == "n" and frequency < 1000))
        and len(word) <= 3
        and context.speech_count(word) >= 3
    ):
        # too few speeches to compare: a word rare in the language but repeated here is the
        # county's own product or industry (拉面, 修脚)
        return Hit(start, end, None, word, "本篇反复出现的罕见词（疑为地方产业或产品）")
    if (
        pos == "n"
        and len(word) <= 3
        and frequency < 1000
        and context.speech_count(word) >= 2
        and context.n_docs >= 3
    ):
        return Hit(start, end, None, word, "本篇特有的名词（疑为地方产业或产品）")
    return None


def _generic_head(word: str) -> bool:
    """国有企业, 长效机制: a compound ending in a common word is an ordinary term."""
    head = word[-2:]
    return len(word) >= 4 and segment.word_frequency(head) >= 1000 and not segment.word_tag(head)


def _suffix_hit(tokens: Sequence[tuple[str, int, int]], index: int) -> Hit | None:
    """Unknown characters followed by a place or organisation suffix: 群/科 + 新区, 马/营 + 镇,
    华能 + 公司."""
    stop = index
    while stop < len(tokens) and _is_single(tokens[stop][0]) and tokens[stop][0] not in _FUNCTION:
        stop += 1
    first = tokens[index][0]
    wide = _wide_stem_hit(tokens, index)
    if wide is not None:
        return wide
    if stop == index:
        # a whole word before an organisation suffix: 华能公司
        if (
            index + 1 < len(tokens)
            and tokens[index + 1][0] in _ORG_WORDS
            and not _is_generic_word(first)
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
        if suffix not in PLACE_SUFFIXES and suffix not in _ORG_WORDS:
            continue
        stem = "".join(t[0] for t in tokens[index:suffix_at])
        if not stem or stem in GENERIC_STEMS or stem[-1] in _DETERMINERS or stem[0] in "年月日":
            continue
        if len(stem) == 1 and (stem in COMMON_SINGLE or stem in GENERIC_STEMS):
            continue
        if all(ch in COMMON_SINGLE for ch in stem):
            continue
        slot = "org" if suffix in _ORG_WORDS else "place"
        return Hit(
            tokens[index][1], tokens[suffix_at][2], slot, stem + suffix, "名称加地名或单位后缀"
        )
    return None


_ORG_WORDS = frozenset(ORG_SUFFIXES) - {"中心"}


def _single_run_hit(tokens: Sequence[tuple[str, int, int]], index: int) -> Hit | None:
    """Two or more uncommon single characters in a row: an unknown name the segmenter split."""
    stop = index
    while (
        stop < len(tokens) and _is_single(tokens[stop][0]) and tokens[stop][0] not in COMMON_SINGLE
    ):
        stop += 1
    if stop - index < 2:
        return None
    text = "".join(t[0] for t in tokens[index:stop])
    return Hit(tokens[index][1], tokens[stop - 1][2], None, text, "连续的生僻单字（疑为专名）")


_COUNTY_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff])(县|市|区|旗)")
_NOT_IN_COUNTY_STEM = frozenset(
    "全各我本该每外邻省市州乡镇村年月日区强大小新老一二三四五六七八九十两到至和与及城的在是为"
)


def find_county_names(text: str) -> frozenset[str]:
    """The speech's own county (or district, city), from its whole text: the X县/X区/X市 named in
    its title or front lines, else the one named most often in the body, with its short form
    (通渭县 → 通渭县, 通渭; 海拉尔区 → 海拉尔). Empty when the speech never names it (masked)."""
    head = text[:300]
    for match in _COUNTY_SUFFIX.finditer(head):
        found = _county_at(text, head, match.start(), match.group(1), strict=False)
        if found is not None:
            return found
    best: tuple[int, str, str] | None = None
    for match in _COUNTY_SUFFIX.finditer(text):
        at, level = match.start(), match.group(1)
        found = _county_at(text, text, at, level, strict=True)
        if found is None:
            continue
        full = max(found, key=len)
        count = text.count(full)
        if count >= 3 and (best is None or (count, len(full)) > (best[0], len(best[1]))):
            best = (count, full, min(found, key=len))
    return frozenset(best[1:]) if best is not None else frozenset()


def _county_at(
    text: str, where: str, at: int, level: str, *, strict: bool
) -> frozenset[str] | None:
    """The name ending at ``where[at]`` before the suffix ``level``, if it looks like one: the
    longest stem (2–4 characters) seen as often as the shortest, at least twice in ``text``."""
    choice: str | None = None
    base = 0
    for length in (2, 3, 4):
        stem = where[max(at - length, 0) : at]
        if len(stem) < length or not CJK.match(stem):
            break
        if any(ch in _NOT_IN_COUNTY_STEM for ch in stem) or stem in GENERIC_STEMS:
            break
        tail = stem[-1] + level
        if segment.known_word(tail) and not segment.word_tag(tail):
            break  # 景区, 园区, 山区: the suffix belongs to an ordinary word
        if _is_generic_word(stem):
            break
        if strict and any(
            segment.known_word(part) and not segment.word_tag(part)
            for part in {stem[:2], stem[-2:], stem}
        ):
            break  # in the body only names the dictionary does not know as ordinary words
        before = where[at - length - 1 : at - length] if at - length > 0 else ""
        if strict and before and segment.known_word(before + stem[0]):
            break  # 成果找市场: the stem starts inside a word
        count = text.count(stem + level)
        if length == 2:
            base = count
        if count < 2 or count < base:
            break
        choice = stem
    if choice is None:
        return None
    return frozenset({choice + level, choice})
