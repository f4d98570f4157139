"""Names recognised by their shape in the text: masks, session numbers, road codes, route
endpoints, schools, street names, lists of names before 等…企业/项目, province-named firms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter import segment
from drafter.mining.lexicon import (
    COMMON_SINGLE,
    GENERIC_ACRONYMS,
    GENERIC_STEMS,
    PROVINCES,
)
from drafter.mining.names.common import (
    CJK,
    FUNCTION_CHARS,
    is_generic_word,
    is_single,
)
from drafter.mining.slots import Hit

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


_LIST_OF_NAMES = re.compile(
    r"((?:[\u4e00-\u9fff]{2,12}、)+[\u4e00-\u9fff]{2,12})等(?:[一二三四五六七八九十\d]+[个家所座条])?"
    r"[^，。；、]{0,8}?"
    r"(?:企业|项目|公司|单位|景区|园区|综合体|商业综合体|工程|平台|品牌|基地|产品|道路|公路|桥梁|"
    r"街道|公园|广场|小区|街区|景点|村|镇|乡|节会|展会|博览会|会展|节庆|赛事|活动)"
)


_SCHOOLS = frozenset(
    """
    初中 中学 小学 幼儿园 学校 一中 二中 三中 医院 卫生院 学院 职校 职中 高中
    """.split()  # noqa: SIM905
)


def school_hits(tokens: Sequence[tuple[str, int, int]]) -> list[Hit]:
    """通/和 + 初中: a school or hospital named by characters the segmenter split; 胜利|街 +
    小学 (海拉尔 2016): one named after its street."""
    hits = []
    for index, (word, _, end) in enumerate(tokens):
        if word not in _SCHOOLS:
            continue
        if (
            index >= 2
            and tokens[index - 1][0] in ("路", "街", "道")
            and len(tokens[index - 2][0]) >= 2
            and CJK.match(tokens[index - 2][0])
        ):
            name = "".join(t[0] for t in tokens[index - 2 : index + 1])
            hits.append(Hit(tokens[index - 2][1], end, "org", name, "学校或医院名称"))
            continue
        first = index
        while first > 0 and index - first < 3 and is_single(tokens[first - 1][0]):
            first -= 1
        stem = "".join(t[0] for t in tokens[first:index])
        if len(stem) >= 2 and not all(ch in COMMON_SINGLE or ch in "县乡镇村" for ch in stem):
            hits.append(Hit(tokens[first][1], end, "org", stem + word, "学校或医院名称"))
    return hits


_ROAD_CHARS = frozenset("路街巷桥道园场湖河村镇乡区")


_ROAD_WORDS = frozenset({"路", "街", "巷", "桥", "大道", "大街", "大桥", "广场", "公园"})


def road_hits(tokens: Sequence[tuple[str, int, int]]) -> list[Hit]:
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
            and not is_generic_word(word)
            and (segment.word_pos(word) or "n").startswith("n")
        ):
            hits.append(Hit(start, end, "place", word + suffix, "路名或街名"))
    return hits


def _leading_word(word: str) -> bool:
    """A verb or adverb before a name (鼓励, 推动, 扎实推进, 启动, 力争, 年内)."""
    pos = segment.word_pos(word) or ""
    # 完成|了|边庞路: the verb's particle goes with it
    return pos.startswith(("v", "d", "p", "t", "u")) or word in ("年内", "力争", "全力", "扎实")


def list_hits(text: str, tokens: Sequence[tuple[str, int, int]]) -> list[Hit]:
    """A、B等企业/项目/综合体: items that are not plain dictionary words are names (亿联)."""
    hits = []
    for match in _LIST_OF_NAMES.finditer(text):
        position = match.start(1)
        for item in match.group(1).split("、"):
            start, end = position, position + len(item)
            position = end + 1
            inner = [t for t in tokens if start <= t[1] and t[2] <= end]
            # the list's first item carries the sentence's verb (鼓励|陆港公司, 扎实推进|白石山):
            # the name starts after it
            while len(inner) > 1 and _leading_word(inner[0][0]):
                inner = inner[1:]
                start = inner[0][1]
                item = text[start:end]
            if len(item) > 8:
                # a list item this long holds more than a name (下半年再谋划曹家坝片区开发):
                # no slot can stand for it
                if any(segment.word_tag(t[0]) or is_single(t[0]) for t in inner):
                    hits.append(Hit(start, end, None, item, "并列的专名（…等企业/项目）"))
            elif len(item) >= 3 and item[-1] in _ROAD_CHARS and not is_generic_word(item):
                hits.append(Hit(start, end, "place", item, "并列的地名（…等道路/桥梁）"))
            elif any(segment.word_tag(t[0]) and not is_generic_word(t[0]) for t in inner):
                hits.append(Hit(start, end, "org", item, "并列的专名（…等企业/项目）"))
            elif any(is_single(t[0]) and t[0] not in FUNCTION_CHARS for t in inner):
                hits.append(Hit(start, end, None, item, "并列的专名（…等企业/项目）"))
    return hits


def mask_hits(text: str) -> list[Hit]:
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


def route_hits(tokens: Sequence[tuple[str, int, int]]) -> list[Hit]:
    """新景至平襄段, 汉江桥至彩虹桥道路: both ends of a road are places."""
    hits = []
    for index, (word, _, _) in enumerate(tokens):
        if word != "至":
            continue
        after = index + 1
        while after < len(tokens) and after - index <= 4 and tokens[after][0] not in _ROUTE_ENDS:
            if not CJK.match(tokens[after][0]) or tokens[after][0] in FUNCTION_CHARS:
                break
            after += 1
        if after >= len(tokens) or tokens[after][0] not in _ROUTE_ENDS or after == index + 1:
            continue
        before = index
        while (
            before > 0
            and index - before < 4
            and CJK.match(tokens[before - 1][0])
            and tokens[before - 1][0] not in FUNCTION_CHARS
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


def session_hits(text: str) -> list[Hit]:
    return [
        Hit(m.start(), m.end(), "session", m.group(), "会议届次")
        for m in _SESSION_RE.finditer(text)
        if any(ch not in "第届次" for ch in m.group())
    ]


# A road named by the first characters of the places it joins, with a dash (海—宝农村公路,
# 京—承高速): the two places, abbreviated; no table can prove them, so the sentence is left out.
_JOINED_ENDS = re.compile(
    r"[\u4e00-\u9fff][—–\-－][\u4e00-\u9fff]"
    r"(?=[\u4e00-\u9fff]{0,4}?(?:公路|铁路|高速|线|通道|大道|路))"
)


def code_hits(text: str) -> list[Hit]:
    hits = [
        Hit(m.start(), m.end(), "place", m.group(), "道路或项目编号")
        for m in _CODE_RE.finditer(text)
    ]
    hits += [
        Hit(m.start(), m.end(), None, m.group(), "道路两端地名的简称")
        for m in _JOINED_ENDS.finditer(text)
        # not a dash between words (城镇化—乡村振兴路径: 乡村 is a word)
        if not segment.known_word(text[m.end() - 1 : m.end() + 1])
    ]
    for match in _ACRONYM_RE.finditer(text):
        if match.group() not in GENERIC_ACRONYMS and set(match.group()) - set("XＸ"):
            hits.append(Hit(match.start(), match.end(), None, match.group(), "不明的字母缩写"))
    return hits


def province_firm_hits(tokens: Sequence[tuple[str, int, int]]) -> list[Hit]:
    """河北/焰/中, 甘肃/天/聚: a province and two characters the dictionary cannot join — a
    company named after its home province."""
    hits = []
    for index in range(len(tokens) - 2):
        word, start, _ = tokens[index]
        first, second = tokens[index + 1][0], tokens[index + 2][0]
        if (
            word in PROVINCES
            and is_single(first)
            and is_single(second)
            and first not in FUNCTION_CHARS
            and second not in FUNCTION_CHARS
        ):
            hits.append(
                Hit(start, tokens[index + 2][2], "org", word + first + second, "省名加字号")
            )
    return hits


# a zone's or body's stem is a run of nouns (信息|智能, 园区|建发) or of characters the
# dictionary cannot join: a verb, adjective, distinguishing word or common single character
# ends it on its left (推进|开发区, 强|经济开发区, 优质|国有|公司, 县|医院, 大|集团)
_STEM_POS = ("n", "j")
ZONE_REASON = "名称加园区后缀"
_COUNT = re.compile(r"[0-9０-９一二三四五六七八九十百千两几多]+")
# the level before a kind (县|现代农业园区, 区|人民医院) is the county's, not a name
_LEVELS = frozenset("省市县区乡镇村")


def zone_hits(tokens: Sequence[tuple[str, int, int]]) -> list[Hit]:
    """信息|智能|产业园: every run of nouns before a zone's suffix (产业园, 园区, 公园, 广场 …) is a
    candidate the shared table judges (an ordinary kind, 电子信息产业园, is no hit; a stem of
    ordinary words, 信息智能产业园, is unsure), not only the runs jieba marks as names. A zone
    is one place of one county: the rules that look for rare characters or dictionary tags miss
    those named with ordinary words. (A body named so is mostly a description: 专业服务公司.)"""
    from drafter.names.rules import zone_suffix
    from drafter.names.table import common_words

    hits = []
    for index, (word, _, end) in enumerate(tokens):
        found = zone_suffix(word)
        if found is None:
            continue
        suffix, cls = found
        if len(word) > len(suffix) and (word in common_words() or segment.known_word(word)):
            continue  # 物流园区, 主题公园, 住宅小区: a kind the dictionary knows, whole
        first = index
        while first > 0 and index - first < 3:
            before = tokens[first - 1][0]
            if not CJK.match(before) or before in FUNCTION_CHARS:
                break
            if is_single(before):
                pos = segment.word_pos(before) or "n"
                if before in COMMON_SINGLE or before in _LEVELS or not pos.startswith("n"):
                    break
                if first >= 2 and _COUNT.fullmatch(tokens[first - 2][0]):
                    break  # 启动3|条|园区道路: a count and its classifier say how many
            elif not (segment.word_pos(before) or "").startswith(_STEM_POS):
                break
            first -= 1
        if first == index and len(word) == len(suffix):
            continue  # the suffix alone (公司, 产业园): no name
        name = "".join(t[0] for t in tokens[first : index + 1])
        hits.append(Hit(tokens[first][1], end, cls.slot, name, ZONE_REASON))
    return hits


PLACE_REASON = "名称加山川后缀"


def nature_hits(tokens: Sequence[tuple[str, int, int]]) -> list[Hit]:
    """孝义|河, 仙人|峪: a word of two characters or more (a noun, or one the dictionary cannot
    class) before a river's, lake's or mountain's suffix written as a word of its own is a
    candidate the shared table judges — not only a word jieba tags as a name (孝义 is an
    ordinary word to it, and 孝义河 a river). Not when the suffix ends an ordinary word with
    the character before it (露天|矿|山: 矿山)."""
    from drafter.names.rules import nature_suffix_class

    hits = []
    for index in range(1, len(tokens)):
        word, _, end = tokens[index]
        cls = nature_suffix_class(word)
        if cls is None:
            continue
        before, start, _ = tokens[index - 1]
        if len(before) < 2 or not CJK.match(before) or segment.known_word(before[-1] + word):
            continue
        pos = segment.word_pos(before)
        if pos is not None and not pos.startswith(_STEM_POS) and not _measured_name(before):
            continue
        hits.append(Hit(start, end, cls.slot, before + word, PLACE_REASON))
    return hits


def _measured_name(word: str) -> bool:
    """一亩|泉, 十里|河: a number and a length or area before a river's or spring's suffix names
    it (a count says 两条|河, 一座|山)."""
    return len(word) == 2 and word[0] in "一二三四五六七八九十百千" and word[1] in "亩里丈尺"


SETTLEMENT_REASON = "名称加镇乡"
# the words ``settlement_hits`` starts from
SETTLEMENT_SUFFIXES = ("镇", "乡", "片区", "小镇")
# what a town's or township's suffix, written as a word of its own, is followed by when it is no
# town: the next level (镇街, 镇村, 乡镇) or a distribution (镇镇通)
_NEXT_LEVELS = frozenset("镇乡村街")


def settlement_hits(tokens: Sequence[tuple[str, int, int]]) -> list[Hit]:
    """奋斗|镇, 林口|镇: a word of two characters or more before 镇 or 乡 written as a word of its
    own is a candidate the shared table judges — towns are named with every kind of word, and
    the dictionary marks few of them (奋斗镇 of 海拉尔 reached drafts for other counties). A
    noun before the suffix makes a town the table may prove (林口镇); a verb (奋斗, 建成, 帮扶)
    may as well be a verb on the town (建成|镇|污水处理厂), so the hit is unsure (the sentence is
    left out, and the word is put on no list) unless a verb before it governs the town
    (实施|奋斗|镇). Not a count (十八个|镇, 10|镇), nor a suffix read
    with the next level (推进|镇|街, 天然气|镇|镇通). A quarter of the county seat is named so
    too (火车站|片区, 以火车站片区等区域及县城主干道为重点, 容城 2017; 新城|片区), and a featured
    town by its product (以种苗|小镇为依托, 定兴 2021, in five drafts of round 18; 特色|小镇 and
    康养|小镇 are kinds the table knows)."""
    hits = []
    for index in range(1, len(tokens)):
        word, _, end = tokens[index]
        if word not in SETTLEMENT_SUFFIXES:
            continue
        if index + 1 < len(tokens) and tokens[index + 1][0][:1] in _NEXT_LEVELS:
            continue
        before, start, _ = tokens[index - 1]
        if len(before) < 2 or not CJK.match(before) or _COUNT.search(before):
            continue
        pos = segment.word_pos(before) or "n"
        if pos.startswith(("m", "q", "p", "c", "u", "d", "r", "f")):
            continue
        slot = "place" if pos.startswith(_STEM_POS) or segment.word_tag(before) else None
        if slot is None and index >= 2:
            # a verb right before the stem governs the town, so the stem is no verb: 实施|奋斗|镇,
            # 推进|奋斗|镇|创建 (not 。|建成|镇|污水处理厂)
            governing = segment.word_pos(tokens[index - 2][0]) or ""
            if governing.startswith("v") and len(tokens[index - 2][0]) >= 2:
                slot = "place"
        hits.append(Hit(start, end, slot, before + word, SETTLEMENT_REASON))
    return hits


EVENT_REASON = "全国运动会简称"
# the National Games by their number, as host cities write them (十四冬 of 海拉尔, 十四运 of
# 西安): one county's event, which no slot fills; not 十四五 (a plan), not 十四届冬运会 (written
# out, and found by its 主场馆 where it is one county's)
_GAMES = re.compile(r"(?<![一二三四五六七八九十第])十[一二三四五六七八九]?[冬运残青]会?")


def event_hits(text: str) -> list[Hit]:
    """把十四冬主场馆建设作为头号工程 (海拉尔 2018): the games the county hosts."""
    return [Hit(m.start(), m.end(), None, m.group(), EVENT_REASON) for m in _GAMES.finditer(text)]


CARE_HOME_REASON = "养老机构名称"
_CARE_HOMES = frozenset(("养老院", "敬老院", "养护院", "福利院", "幸福院", "老年公寓"))
_CARE_KINDS = frozenset(("老年", "综合", "中心"))


def care_home_hits(tokens: Sequence[tuple[str, int, int]]) -> list[Hit]:
    """建新|养护|院, 建新|老年|养护|院 (海拉尔 2013–2018): a care home named by a word rare in
    the language (新建 or 农村 before it say which kind, not which home). Unsure: no slot names
    it."""
    from drafter.names.table import common_words

    hits = []
    for index, (word, _, end) in enumerate(tokens):
        if word in _CARE_HOMES:
            first = index
        elif word == "院" and index > 0 and tokens[index - 1][0] + word in _CARE_HOMES:
            first = index - 1
        else:
            continue
        before = first - 1
        while before >= 0 and tokens[before][0] in _CARE_KINDS:
            before -= 1
        if before < 0:
            continue
        stem, start, _ = tokens[before]
        if (
            len(stem) < 2
            or not CJK.match(stem)
            or segment.word_frequency(stem) >= 200
            or stem in common_words()
            or _COUNT.search(stem)
        ):
            continue
        name = "".join(t[0] for t in tokens[before : index + 1])
        hits.append(Hit(start, end, None, name, CARE_HOME_REASON))
    return hits


DIGIT_NAME_REASON = "以数字命名的地名或设施"
# a place or facility named by a number read digit by digit (六二六小河, 六二六建材市场 of
# 海拉尔): no count is written so (六百二十六); not 一二三产业 (the three sectors), not a year
_DIGIT_NAME = re.compile(
    r"(?<![〇一二三四五六七八九十百千万])[〇一二三四五六七八九]{3,}(?![〇一二三四五六七八九十百千万])"
)


def digit_name_hits(text: str) -> list[Hit]:
    """围绕…做好六二六建材市场搬迁的承接工作 (海拉尔 2015): unsure, no slot names it."""
    return [
        Hit(m.start(), m.end(), None, m.group(), DIGIT_NAME_REASON)
        for m in _DIGIT_NAME.finditer(text)
        # nor a year written in characters (二〇三五年远景目标, 一九四九年)
        if not m.group().startswith("一二三")
        and "〇" not in m.group()
        and not (len(m.group()) == 4 and m.group().startswith(("一九", "二〇", "二零")))
    ]


DIVISION_REASON = "被切开的县级行政区名称"
# the levels a county-level division's name ends on
_DIVISION_ENDS = frozenset("区县市旗")


def division_hits(tokens: Sequence[tuple[str, int, int]]) -> list[Hit]:
    """莲池|区 (保定 2025: 莲池区县域科技创新能力全省第一): a county-level division of the
    gazetteer that the segmenter cuts before its level, so no dictionary tag marks it; one or two
    words and the level, named in full (not a bare stem, not 城|区)."""
    from drafter.names.table import county_gazetteer

    gazetteer = county_gazetteer()
    hits = []
    for index, (word, _, end) in enumerate(tokens):
        if word not in _DIVISION_ENDS or index == 0:
            continue
        for first in (index - 1, index - 2):
            if first < 0:
                break
            name = "".join(t[0] for t in tokens[first : index + 1])
            if name in gazetteer and len(name) >= 3:
                hits.append(Hit(tokens[first][1], end, "place", name, DIVISION_REASON))
                break
    return hits


STATIONED_REASON = "驻、来、赴后的地名简称"
_MOVES = frozenset("驻来赴")
_LEVEL_CHARACTERS = frozenset("省市县区乡镇村")
_HAN_WORD = re.compile(r"^[\u4e00-\u9fff]+$")


def stationed_hits(tokens: Sequence[tuple[str, int, int]]) -> list[Hit]:
    """A place named by its first character after 驻, 来 or 赴, which the segmenter leaves
    alone (向驻保部队, 京企来保对接 of 保定; 驻涞, 驻容, 来阜 of its counties): the first character
    of a division of the gazetteer, not a level (驻县单位), an adverb or a verb (五年来|共, 来|抓),
    and no word with the move before it (驻村, 来自). Unsure: no slot says which place."""
    from drafter.names.rules import common_pair
    from drafter.names.table import division_initials

    initials = division_initials()
    hits = []
    for index in range(len(tokens) - 2):
        move, start, _ = tokens[index]
        place, _, end = tokens[index + 1]
        if move not in _MOVES or len(place) != 1 or place not in initials:
            continue
        if place in _LEVEL_CHARACTERS or (segment.word_pos(place) or "x")[:1] in ("d", "p", "c"):
            continue
        if not _HAN_WORD.match(tokens[index + 2][0]):
            continue  # 作为重大政治任务来|抓，: a verb ending the clause
        if segment.known_word(move + place) or common_pair(move + place):
            continue
        hits.append(Hit(start, end, None, move + place, STATIONED_REASON))
    return hits
