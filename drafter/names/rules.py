"""Whether a flagged word is a local name: the rule table mining, drafting and lint share.

Input: a word (石佛镇, 养老金, 文创产业园). Output: a ``Judgement`` — ``name`` (with the slot it
takes and why), ``ordinary`` (why no county owns it) or ``unsure`` (neither can be shown: the
caller leaves the sentence out rather than slot or keep the word).

A Chinese place or body is written as a proper stem and a suffix of its kind (奋斗+镇, 南环+路,
百里+峡, 马颊+河, 十四冬+主场馆, 河钢+集团), or is a division of the gazetteer (高唐县, 保定,
河北省). jieba's dictionary tag alone is no evidence: it tags 平原, 入市, 阳光, 广大群众 and
建立健全 as names. So a word is a name only on positive evidence, and ordinary when:

* it is a national term (``national.txt``) or a word of ``ordinary.txt``;
* three or more counties of the corpus write it (``common_words.txt``), and it is no division;
* the dictionary's tag is its only evidence and the word is common in the language, or it is
  two ordinary words the dictionary happens to list together (广大+群众, 加大+力度);
* its stem names a kind, not one place (``kinds.txt``: 特色小镇, 样板路, 文创产业园, 水务集团 —
  stems three or more counties write before a suffix of the same class), or it is a verb phrase
  (少跑路).

How a stem must look depends on the suffix's class (``SUFFIX_CLASSES``): towns, roads and natural
features are named with ordinary words too (奋斗镇, 平安大街, 柿子沟); zones and bodies named with
ordinary words are kinds (电子信息产业园, 城投公司), so their stem must be proper.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from drafter import segment
from drafter.records import dataclass

_HERE = Path(__file__).parent
KINDS_FILE = _HERE / "kinds.txt"
ORDINARY_FILE = _HERE / "ordinary.txt"
# a word the dictionary tags as a name but the language uses this often is an ordinary word
# unless other evidence says otherwise (泉水 593, 江河 601, 平原 7457; 大关 176, 两河 212)
COMMON_TAGGED = 500
# a county's stem the dictionary has seen fewer times than this is no word of the language
# (涞源 5, 高唐 9; 大关 176, 沙河 385)
RARE_STEM = 50
_NAME_TAGS = ("ns", "nt", "nz", "nr", "nrt", "nrfg")
# a stem ending on a verb or adverb, or opening on a determiner, is a phrase, not a name
_PHRASE_POS = ("v", "d", "p", "c", "u", "r", "m", "q")
_DETERMINER_START = frozenset("全各本该每我其此这那进入到驻在和与及或对把将向以于为由从")
# 十四冬, 二青会: an event named by its number
_EVENT_STEM = re.compile(r"^[一二三四五六七八九十]{1,3}[运冬青残全亚城农民]会?$")


@dataclass(frozen=True, slots=True)
class SuffixClass:
    """Suffixes of one kind of place or body, the slot they take, whether a stem of ordinary
    words may name one (奋斗镇: yes; 电子信息产业园: no), and an example each way."""

    name: str
    suffixes: tuple[str, ...]
    slot: str
    ordinary_stem: bool
    accept: str
    reject: str


SUFFIX_CLASSES: tuple[SuffixClass, ...] = (
    SuffixClass(
        "settlement",
        ("街道", "社区", "片区", "小镇", "镇", "乡", "村", "庄", "屯", "寨", "堡", "营", "铺"),
        "place",
        True,
        "奋斗镇",
        "副中心镇",
    ),
    SuffixClass(
        "road",
        ("铁路", "公路", "大道", "大街", "大桥", "高速", "环线", "路", "街", "巷", "桥", "段"),
        "place",
        True,
        "龙津路",
        "样板路",
    ),
    SuffixClass(
        "nature",
        (
            "水库",
            "河",
            "湖",
            "山",
            "峡",
            "谷",
            "沟",
            "峪",
            "岭",
            "滩",
            "坪",
            "湾",
            "潭",
            "淀",
            "岛",
            "泉",
            "洲",
        ),
        "place",
        True,
        "百里峡",
        "山洪沟",
    ),
    SuffixClass(
        "zone",
        (
            "产业园区",
            "工业园区",
            "产业园",
            "工业园",
            "科技园",
            "物流园",
            "主场馆",
            "体育场",
            "体育馆",
            "开发区",
            "园区",
            "公园",
            "广场",
            "景区",
            "小区",
            "林场",
            "电站",
            "场馆",
            "新区",
        ),
        "place",
        False,
        "十四冬主场馆",
        "文创产业园",
    ),
    SuffixClass(
        "body",
        (
            "有限公司",
            "股份公司",
            "研究院",
            "实验室",
            "合作社",
            "卫生院",
            "幼儿园",
            "公司",
            "集团",
            "中学",
            "小学",
            "初中",
            "高中",
            "学校",
            "医院",
            "大学",
            "学院",
            "酒店",
            "银行",
        ),
        "org",
        False,
        "河钢集团",
        "水务集团",
    ),
)
SETTLEMENT = SUFFIX_CLASSES[0]
_BY_CLASS_NAME = {suffix: cls.name for cls in SUFFIX_CLASSES for suffix in cls.suffixes}
_BY_SUFFIX = sorted(
    ((suffix, cls) for cls in SUFFIX_CLASSES for suffix in cls.suffixes),
    key=lambda pair: -len(pair[0]),
)
# the same, by a suffix's first character and by its last (each list in ``_BY_SUFFIX``'s order):
# only those can start or end where one character stands
_BY_FIRST: dict[str, list[tuple[str, SuffixClass]]] = {}
_BY_LAST: dict[str, list[tuple[str, SuffixClass]]] = {}
for _pair in _BY_SUFFIX:
    _BY_FIRST.setdefault(_pair[0][:1], []).append(_pair)
    _BY_LAST.setdefault(_pair[0][-1:], []).append(_pair)


def _suffixes_of(name: str) -> dict[str, SuffixClass]:
    """Each suffix of the classes named ``name`` with the first class that has it (in
    ``_BY_SUFFIX``'s order): mining asks of every word of every sentence whether it ends on a
    zone's suffix or is a natural feature's, so a look-up per suffix length replaces a scan of
    all ~80 suffixes."""
    found: dict[str, SuffixClass] = {}
    for suffix, cls in _BY_SUFFIX:
        if cls.name == name:
            found.setdefault(suffix, cls)
    return found


_ZONE_SUFFIXES = _suffixes_of("zone")
_ZONE_LENGTHS = sorted({len(suffix) for suffix in _ZONE_SUFFIXES}, reverse=True)
_ZONE_LAST = frozenset(suffix[-1] for suffix in _ZONE_SUFFIXES)
_NATURE_SUFFIXES = _suffixes_of("nature")


@dataclass(frozen=True, slots=True)
class KindShape:
    """A shape of word that names a kind or a slogan, never one place or body: the pattern (on
    the whole word), why, and an example each way (the test reads them)."""

    name: str
    pattern: re.Pattern[str]
    why: str
    accept: str  # a word of this shape (ordinary)
    reject: str  # a name the shape must not take


KIND_SHAPES: tuple[KindShape, ...] = (
    # a county's state platform firms go by their field and 投/发/控/建: 城投公司, 交投集团,
    # 区文发公司 (文化发展), 园区建发公司 — every county has them; 华能公司, 河钢集团 are names
    KindShape(
        "platform firm",
        re.compile(r"^[区县市]?[城交国文农水建产旅金科园能商城]{1,2}[投发控建](?:公司|集团)$"),
        "国有平台公司的类别（城投、建发、文发）",
        "区文发公司",
        "华能公司",
    ),
    # two verb-object pairs on two levels of settlement (联县带村, 以城带乡, 强镇带村): a
    # slogan cut at the settlement suffix, not a village
    KindShape(
        "settlement couplet",
        re.compile(r"^[^县乡镇村城区][县乡镇城区][^县乡镇村城区][乡镇村]$"),
        "对仗口号（联县带村）",
        "联县带村",
        "小王庄村",
    ),
    # one level of settlement turned into another (推进乡改镇、村改居, 保定 2021; 撤县设市):
    # a reform of divisions, not a town
    KindShape(
        "level change",
        re.compile(r"^[县乡镇村][改转][县乡镇村居区市街]$"),
        "区划调整的说法（乡改镇、村改居）",
        "乡改镇",
        "石改镇",
    ),
)


@dataclass(frozen=True, slots=True)
class Judgement:
    verdict: str  # "name", "ordinary" or "unsure"
    why: str
    slot: str | None = None

    @property
    def is_name(self) -> bool:
        return self.verdict == "name"

    @property
    def is_ordinary(self) -> bool:
        return self.verdict == "ordinary"


def _lines(path: Path) -> tuple[str, ...]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip())


@lru_cache(maxsize=1)
def _kind_table() -> dict[str, frozenset[str]]:
    """``kinds.txt``: stem → the suffix classes it names a kind of ("*": every class)."""
    table: dict[str, set[str]] = {}
    for line in _lines(KINDS_FILE):
        stem, _, classes = line.partition(" ")
        table.setdefault(stem, set()).update(classes.split() or ["*"])
    return {stem: frozenset(classes) for stem, classes in table.items()}


def is_kind(stem: str, cls: SuffixClass) -> bool:
    """特色 before 小镇, 样板 before 路, 城投 before 公司: a stem that names a kind of place or
    body before a suffix of ``cls``."""
    classes = _kind_table().get(stem)
    return classes is not None and ("*" in classes or cls.name in classes)


@lru_cache(maxsize=1)
def ordinary_words() -> frozenset[str]:
    """Words the dictionary mis-tags that no rule here catches (沧桑): ``ordinary.txt``."""
    return frozenset(_lines(ORDINARY_FILE))


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[frozenset[str], frozenset[str], tuple[int, ...]]:
    """(divisions, big rivers and mountains; bare county stems; the lengths of either, longest
    first, for ``_divisions_in``)."""
    from drafter.mining.lexicon import GEO_NAMES, PREFECTURES, PROVINCES
    from drafter.names.table import county_gazetteer, divisions

    full = set(PROVINCES) | set(PREFECTURES) | set(GEO_NAMES)
    full |= {name for _, name in divisions()} | set(county_gazetteer())
    # a bare stem only of today's counties: an archive names an abolished county in full
    # (海岛县 of 1950s Shandong makes no 海岛)
    today = {name for kind, name in divisions() if kind == "C"}
    stems = {name[:-1] for name in today if len(name) >= 3 and name[-1] in "县区市旗"}
    lengths = tuple(sorted({len(name) for name in full | stems if name}, reverse=True))
    return frozenset(full), frozenset(stems), lengths


def _divisions_in(word: str) -> list[str]:
    """The gazetteer's names and stems in ``word``, read left to right, the longest at each
    place, one after another without overlap: what an alternation of them all, longest first,
    finds with ``finditer``. (That alternation of ~3,600 names took 0.2–0.7 s to compile, before
    any mining could start; words are short, so a look-up per length and place is quick.)"""
    full, stems, lengths = _gazetteer()
    found = []
    at = 0
    while at < len(word):
        for length in lengths:
            name = word[at : at + length]
            if len(name) == length and (name in full or name in stems):
                found.append(name)
                at += length
                break
        else:
            at += 1
    return found


# (cached: a speech asks about the same words sentence after sentence; 10,520 questions about
# 3,669 words at 1.2 MB)
@lru_cache(maxsize=65536)
def in_gazetteer(word: str) -> bool:
    """A division (高唐县, 保定, 河北省), a big river or mountain, or a county's bare stem that
    no three counties write as a word (高唐; not 平原, 朝阳, 古城)."""
    from drafter.names.table import common_words

    full, stems, _ = _gazetteer()
    if word in full:
        return True
    # a county's bare stem, unless it is a word of the language (安宁, 凤凰, 平原, 朝阳, and
    # 大关 and 惠农 that three counties write); a stem the dictionary knows as a rare place is
    # the county however many neighbours write it (涞源)
    return (
        word in stems
        and (segment.known_word(word) or len(word) >= 3)  # 站前 of 站前广场 is no county
        and (
            word not in common_words()
            or (segment.word_tag(word) == "ns" and segment.word_frequency(word) < RARE_STEM)
        )
        and segment.word_frequency(word) < COMMON_TAGGED
        and not _compound(word)
    )


@lru_cache(maxsize=65536)
def holds_division(word: str) -> bool:
    """北京大学, 河北省绿色工业园区, 黄河流域: a word holding a division or a big river or
    mountain (a county's bare stem only as the whole word: 向阳花 holds no 向阳区; a county
    of one common character only as the whole word: 新县医院 is a new county hospital)."""
    full, _, _ = _gazetteer()
    return in_gazetteer(word) or any(
        name in full and not _weak_division(name) for name in _divisions_in(word)
    )


def _weak_division(name: str) -> bool:
    """新县, 和县: a county named by one character so common that 新县医院 (a new county
    hospital) or 和县医院 (and the county hospital) read it out of ordinary words."""
    from drafter.mining.lexicon import COMMON_SINGLE

    return len(name) == 2 and name[1] in "县区市旗" and name[0] in COMMON_SINGLE


# Verdicts depend on the word and on the tables only: cached, as the same words are judged in
# sentence after sentence (mining judged ~3,600 words of 1.2 MB of reports, 0.4 s, uncached).
@lru_cache(maxsize=65536)
def judge_word(word: str) -> Judgement:
    """Name, ordinary or unsure, for a word a name rule flagged (see the module docstring)."""
    ordinary = ordinary_why(word)
    if ordinary is not None:
        return Judgement("ordinary", ordinary)
    if in_gazetteer(word):
        return Judgement("name", "行政区划或山川名称", "place")
    shaped = _shape(word)  # 江苏农商联合银行; not 呼伦贝尔市推进公交公司
    if shaped is not None:
        return shaped
    if holds_division(word):
        return Judgement("name", "含行政区划或山川名称", "place")  # 黄河流域
    # the dictionary's tag alone (大关, 中科, 擂台赛, 安委会) is no evidence either way
    return Judgement("unsure", "无法确认是专名")


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def cut_from_words(text: str, start: int, end: int) -> str | None:
    """Whether ``text[start:end]``, a short word read as a place name, is cut out of ordinary
    writing: "frame" when it starts between two copies of one character (容城 of 城容城貌, 村容
    村貌: ordinary); "pairs" when its first character pairs with the one before it as three
    counties of the corpus write them, and its last with the one after or with the end of the
    clause (兴海 of 科技兴海: unsure); else None. A division named in full (保定, 山东, 黄河) or
    a word of four characters or more is never cut."""
    full, _, _ = _gazetteer()
    if text[start:end] in full or end - start > 3:
        return None
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before and start + 1 < len(text) and text[start + 1] == before:
        return "frame"
    from drafter.names.table import common_bigrams

    pairs = common_bigrams()
    # 科技|兴海 (科技兴海, as 科技兴农): joined to the word before it as three counties write
    # that pair, and to the one after too, or to nothing after (the end of a clause)
    joined_after = not _CJK_CHAR.match(after) or text[end - 1] + after in pairs
    if before and before + text[start] in pairs and joined_after:
        return "pairs"
    return None


@lru_cache(maxsize=65536)
def ordinary_why(word: str) -> str | None:
    """Why ``word`` is no county's own name, or None."""
    from drafter.names.table import common_words, in_national_term

    bare = word.strip("“”「」《》")
    if len(bare) < 2:
        return "单字"
    if bare in ordinary_words():
        return "常用词（ordinary.txt）"
    for shape in KIND_SHAPES:
        if shape.pattern.match(bare):
            return shape.why
    if in_gazetteer(bare):
        return None  # 长江 of 长江经济带 is still a river
    if in_national_term(bare):  # (the term itself, or inside one)
        return "全国通用提法"
    if holds_division(bare):
        return None
    suffix = _suffix_of(bare)
    if bare in common_words() and (
        suffix is None
        or not suffix[1].ordinary_stem
        # 美丽乡村, 中心城区: a dictionary word; 南环路, 奋斗镇 are no words of the dictionary
        or (segment.known_word(bare) and not segment.word_tag(bare))
    ):
        return "三个以上县的材料都用的词"
    tag = segment.word_tag(bare)
    if suffix is None and tag is not None:
        if segment.word_frequency(bare) >= COMMON_TAGGED:
            return "常用词（词典标注不足为凭）"
        if len(bare) >= 4 and _compound(bare):
            return "两个常用词的组合（词典标注不足为凭）"
    return None


def _plain(word: str) -> bool:
    """An ordinary word: untagged (or common) in the dictionary, a government compound
    (电子信息, 营商环境) or a word three counties of the corpus write."""
    from drafter.names.table import common_words

    if word in common_words() or word in segment.GOVERNMENT_WORDS:
        return True
    tag = segment.word_tag(word)
    frequency = segment.word_frequency(word)
    return (
        segment.known_word(word) and (tag is None or frequency >= COMMON_TAGGED) and frequency >= 50
    )


def suffix_class(suffix: str) -> str | None:
    """The class of a place's or body's suffix written alone (河: nature, 营: settlement), or
    None."""
    return _BY_CLASS_NAME.get(suffix)


def suffix_after(text: str, position: int) -> str:
    """The longest suffix of a place or body written at ``text[position:]``, or ""."""
    for suffix, _ in _BY_FIRST.get(text[position : position + 1], ()):
        if text.startswith(suffix, position):
            return suffix
    return ""


def zone_suffix(word: str) -> tuple[str, SuffixClass] | None:
    """The suffix of a zone ``word`` ends on (产业园 of 信息|智能|产业园), with its class; None
    for any other word."""
    if word[-1:] not in _ZONE_LAST:
        return None
    for length in _ZONE_LENGTHS:
        suffix = word[-length:]
        cls = _ZONE_SUFFIXES.get(suffix) if len(word) >= length else None
        if cls is not None:
            return suffix, cls
    return None


def nature_suffix_class(word: str) -> SuffixClass | None:
    """The class of a natural feature's suffix when ``word`` is one, alone (河 of 孝义|河, 峪
    of 仙人|峪); None otherwise. (Settlements and roads are named with every kind of word,
    体验村, 力争村: the dictionary's marks find those.)"""
    return _NATURE_SUFFIXES.get(word)


def _suffix_of(word: str) -> tuple[str, SuffixClass] | None:
    for suffix, cls in _BY_LAST.get(word[-1:], ()):
        if word.endswith(suffix) and len(word) > len(suffix):
            return suffix, cls
    return None


def _shape(word: str) -> Judgement | None:
    """A stem and a suffix of a kind of place or body: a name when the stem is proper."""
    from drafter.names.table import common_words

    found = _suffix_of(word)
    if found is None:
        return None
    suffix, cls = found
    stem = word[: -len(suffix)]
    if _phrase(list(segment.cut(stem))):
        # 少跑路, 力争年内开发区, 呼伦贝尔市推进公交公司: a phrase, which may hold a name
        return Judgement("unsure", f"短语加{suffix}")
    if holds_division(stem) and not _weak_division(stem):
        return Judgement("name", f"地名加{suffix}", cls.slot)
    if suffix == "段":
        # a section is named by the place it runs through (高阳段 because 高阳 is a county;
        # 旧城段, the old town's section, is no name)
        return (
            Judgement("name", "地名加段", cls.slot)
            if judge_word(stem).is_name
            else Judgement("unsure", "段前不是可确认的地名")
        )
    if _EVENT_STEM.match(stem):
        return Judgement("name", f"赛事简称加{suffix}", cls.slot)
    if len(stem) < 2:
        from drafter.mining.lexicon import COMMON_SINGLE

        if not cls.ordinary_stem and stem in COMMON_SINGLE:
            return Judgement("ordinary", f"常用字加{suffix}")  # 水电站, 大医院, 新公司
        return Judgement("unsure", f"单字加{suffix}")  # 南街, 净街, 江河
    if stem[-1] in _DESCRIPTIVE:
        return Judgement("ordinary", f"描述词加{suffix}")  # 普惠性幼儿园, 研究型大学, 五星级酒店
    words = list(segment.cut(stem))
    head = segment.cut(word)[-1]
    if (
        cls.name == "settlement"
        and len(suffix) < len(head) < len(word)
        and _plain(head)
        and segment.word_frequency(head) >= 1000
    ):
        return Judgement("ordinary", f"常用词“{head}”")  # 美丽|乡村, 农村
    if is_kind(stem, cls) or is_kind(_without_level(stem), cls):
        # 样板路, 特色小镇, 文创产业园; a level before a kind names none (省级重点镇 of 积极推进
        # 国家和省级重点镇建设, 保定 2014)
        return Judgement("ordinary", f"类别词加{suffix}")
    if cls.ordinary_stem and is_kind(words[-1], cls):
        if all(is_kind(w, cls) or len(w) == 1 for w in words):
            return Judgement("ordinary", f"类别词加{suffix}")  # 副/中心|镇
        # 哈克文化|特色|小镇: a kind after a name is that name's
        return Judgement("unsure", f"{suffix}前的类别词前另有名称")
    if cls.ordinary_stem and _opens_on_word(words):
        # 全力支持白石山, 通双车道公路: ordinary words before the suffix, which may hold a name
        return Judgement("unsure", f"短语加{suffix}")
    if (
        cls.ordinary_stem
        and len(words) == 1
        and (segment.word_pos(stem) or "").startswith(_PLACE_POS)
    ):
        return Judgement("ordinary", f"方位词加{suffix}")  # 区内湾, 城内河
    if cls.name == "road" and len(suffix) == 1 and word[-2:] in _NOT_ROADS:
        return Judgement("ordinary", f"常用词“{word[-2:]}”")  # 输配电|线路
    if cls.name == "road" and _common_stem(stem):
        # 外联路, 卡脖路, 瓶颈路 (official writing names kinds of road so: 产业路, 旅游路, 断头
        # 路), 迎宾路, 平安大街 (every county has one): the word does not say which county
        return Judgement("unsure", f"常用词加{suffix}，不能确认是哪里的")
    if cls.ordinary_stem:
        return Judgement("name", f"名称加{suffix}", cls.slot)  # 奋斗镇, 龙津路, 马颊河
    # a zone or body: the kind words at its end are its kind (宏福|现代农业|产业园)
    stripped = False
    while len(words) > 1 and len(words[-1]) >= 2 and is_kind(words[-1], cls):
        words.pop()
        stripped = True
    if is_kind("".join(words), cls):
        return Judgement("ordinary", f"类别词加{suffix}")  # 富/硒|农业|产业园
    if _proper(words):
        return Judgement("name", f"专名加{suffix}", cls.slot)  # 华能公司, 宏福现代农业产业园
    # 专科卫生院; a zone named by one ordinary word is one county's zone (现代中药工业园区 of 安国,
    # 电子信息产业园): unsure below, as a zone of several ordinary words is
    if (
        cls.name != "zone"
        and not stripped
        and len(words) == 1
        and _plain(words[0])
        and words[0] in common_words()
    ):
        return Judgement("ordinary", f"常用词加{suffix}")
    # a body named by an ordinary word is one body (友谊公司, 向阳幼儿园), or a kind (普惠性幼儿园)
    # 书画|文创|产业园, 高山|苹果|园区: ordinary words that may name one zone
    return Judgement("unsure", f"{suffix}前不是可确认的专名")  # 河钢集团, 零碳产业园


# the level a kind is given (省级重点镇, 国家级产业园): no part of a name
_LEVELS = ("国家级", "省级", "市级", "县级", "国家", "全国", "全省", "全市")


def _without_level(stem: str) -> str:
    for level in _LEVELS:
        if stem.startswith(level) and len(stem) > len(level) + 1:
            return stem[len(level) :]
    return stem


# words ending in a road's one-character suffix that name no road: 实施了次干道路、变电站、
# 输配电线路等基础设施工程 (海拉尔 2017); a road named so (中山路: 山路) keeps its name
_NOT_ROADS = frozenset("线路 电路 网路 思路 出路 套路 门路 回路 管路 水路 陆路".split())  # noqa: SIM905


# a stem opening on one of these is a phrase: determiners (全县, 各乡), prepositions and
# conjunctions, and the adverbs of 少跑路, 多跑腿
# and classifiers after a count (80个|弃管小区)
_PHRASE_START = frozenset(
    "全各本该每我其此这那进入到驻在和与及或对把将向以于为由从少多不再更都个座处批"
)


def _phrase(words: list[str]) -> bool:
    """少/跑, 力争/年内, 积极/推进: a phrase rather than a name's stem."""
    if len(words) < 2:
        return False
    if words[0][0] in _PHRASE_START and len(words[0]) == 1:
        return True
    return any(
        len(w) >= 2
        and not segment.word_tag(w)
        and (segment.word_pos(w) or "").startswith(("v", "d", "p", "c"))
        for w in words
    )


def _opens_on_word(words: list[str]) -> bool:
    """全力支持|白石|山, 通/双/车道|公路: an ordinary word of two characters or more in a stem of
    several words (a town's or road's name is one word or a run of characters)."""
    from drafter.names.table import common_words

    return len(words) >= 2 and any(
        len(w) >= 2 and w in common_words() and not segment.word_tag(w) for w in words
    )


# what a stem ending on these describes is a kind (普惠性, 研究型, 开放式, 五星级)
_DESCRIPTIVE = frozenset("性型式级类")
# a quarter of the county seat (城北, 东城, 西关, 南郊)
_DIRECTION = re.compile(r"^(?:城[东西南北]|[东西南北]城|[东西南北][关郊])$")
# locative and time words (区内, 城外, 近期) name no place
_PLACE_POS = ("f", "s", "t")


def _common_stem(stem: str) -> bool:
    """An ordinary word (瓶颈, 迎宾), or characters the dictionary cannot join that three
    counties of the corpus write together (卡|脖 of 卡脖子): no stem of one county's own."""
    if _plain(stem):
        return True
    words = segment.cut(stem)
    bigrams = _common_bigrams()
    return all(len(w) == 1 for w in words) and all(
        stem[i : i + 2] in bigrams for i in range(len(stem) - 1)
    )


def _compound(word: str) -> bool:
    """新+一轮, 大力+开展, 红色+旅游, 广大+群众: two ordinary parts the dictionary lists as one
    word (often with a name tag and frequency 3)."""
    from drafter.mining.lexicon import COMMON_SINGLE

    for cut in range(1, len(word)):
        head, tail = word[:cut], word[cut:]
        head_ok = head in COMMON_SINGLE if len(head) == 1 else _plain(head)
        tail_ok = tail in COMMON_SINGLE if len(tail) == 1 else _plain(tail)
        if head_ok and tail_ok:
            return True
    return False


@lru_cache(maxsize=1)
def _common_bigrams() -> frozenset[str]:
    """Pairs of characters three counties of the corpus write together (获批, 卡脖 of 卡脖子),
    or inside their common words and government compounds (普惠 of 普惠金融): characters a
    name's stem would not be made of."""
    from drafter.names.table import common_bigrams, common_words

    words = set(common_words()) | set(segment.GOVERNMENT_WORDS)
    return frozenset(w[i : i + 2] for w in words for i in range(len(w) - 1)) | common_bigrams()


def common_pair(pair: str) -> bool:
    """Two characters three counties of the corpus write together, or that join inside their
    common words (获批, 卡脖): no seam inside one county's own name."""
    return pair in _common_bigrams()


def _proper(words: list[str]) -> bool:
    """A word the dictionary tags as a place, body or brand that the language uses rarely and
    that is no compound of ordinary words (华能, 宏福, 清华; not 新一轮, 红色旅游), a division,
    or characters no ordinary word joins (群/科, 河/钢; not 普/惠/性): what makes a zone's or
    body's stem one name."""
    if _DIRECTION.match("".join(words)):
        return True  # 城北工业园区, 西关小学: a county's own quarter
    if len(words) >= 2 and all(len(w) == 1 for w in words):
        run = "".join(words)
        if words[0] in _PHRASE_START:
            return False
        return all(run[i : i + 2] not in _common_bigrams() for i in range(len(run) - 1))
    return any(
        (holds_division(w) and not _weak_division(w))
        or (
            not _weak_division(w)
            and (segment.word_tag(w) or "nr")[:2] in ("ns", "nz", "nt")
            and segment.word_frequency(w) < COMMON_TAGGED
            and not _compound(w)
        )
        for w in words
        if len(w) >= 2
    )


KIND_COUNTIES = 3


def count_kind_stems(texts_by_county: list[tuple[str, str]], extra: set[str]) -> list[str]:
    """The content of ``kinds.txt``: stems of two to four characters that ``KIND_COUNTIES`` or
    more counties write right before a suffix of one class (特色+小镇, 城投+公司, 样板+路), plus
    ``extra`` (the hand-kept kinds); no division. For towns, roads and natural features only a
    dictionary word counts (南环 of 南环路 is each county's own road)."""
    found: dict[tuple[str, str], set[str]] = {}
    pattern = re.compile("|".join(re.escape(s) for s, _ in _BY_SUFFIX))
    for county, text in texts_by_county:
        for match in pattern.finditer(text):
            cls = dict(_BY_SUFFIX)[match.group()]
            for length in (2, 3, 4):
                stem = text[max(match.start() - length, 0) : match.start()]
                if len(stem) < length or not re.fullmatch(r"[\u4e00-\u9fff]+", stem):
                    break
                found.setdefault((stem, cls.name), set()).add(county)
    lines = set(extra)
    for (stem, name), counties in found.items():
        if len(counties) < KIND_COUNTIES or holds_division(stem):
            continue
        ordinary_stem = next(c.ordinary_stem for c in SUFFIX_CLASSES if c.name == name)
        # a road or river several counties share (拒马河, 京昆高速, 迎宾路) is still one road,
        # one river; a town's stem must be an untagged dictionary word (中心, 重点, 建制)
        if name in ("road", "nature"):
            continue
        if ordinary_stem and (not segment.known_word(stem) or segment.word_tag(stem)):
            continue
        lines.add(f"{stem} {name}")
    return sorted(lines)


# Kinds no corpus count finds (coinages of the 2020s, bodies by kind), read in five unseen
# reports on 2026-12-03 (文创产业园, 零碳产业园, 绿电产业园, 蓄能电站, 水务集团, 三甲医院 …), and
# in 海拉尔 2013/2017 on 2026-12-04 (有效解决城区弃管小区和卫生死角脏乱差问题)
HAND_KINDS = frozenset(
    """
    样板 精品 示范 景观 主干 副中心 中心 文创 零碳 绿电 蓄能 抽水蓄能 滑雪 郊野 三甲 中职 水务
    城投 交投 国投 重点 新兴 富硒 都市农业 现代农业 智慧 数字 五星级 星级 央企子 三级子 山洪
    康养 冰雪 温泉 农旅 花卉 艺术 经济技术 总部经济 国家文化 弃管 老旧
    """.split()  # noqa: SIM905
)
# lint's generic town and county stems (特色镇, 示范县, 全镇, 我县): kinds before 镇/乡/县 only
SETTLEMENT_KINDS = frozenset(
    """
    一个 下乡 专业 两个 两县 中小 乡镇 产业 产粮 人才 低碳 体育 健康 兄弟 先进
    入镇 全乡 全县 全国 全市 全省 全镇 农业 创建 到镇 功能 区县 千亿 卫星 卫生
    历史 县乡 县区 县镇 发展 古镇 各个 各乡 各县 各镇 名县 名镇 周边 和美 和谐
    品牌 品质 商贸 回乡 园区 园林 国家 均衡 城乡 城区 城镇 外县 多个 大县 宜业
    宜居 家乡 富裕 小城 小镇 少数 山区 工业 工贸 市县 市级 平安 幸福 建制 建设
    开放 强县 强镇 我乡 我县 我镇 振兴 提升 故乡 教育 文化 文旅 文明 新区 新型
    新镇 旅游 无废 普惠 景区 本乡 本县 本镇 村镇 标杆 模范 欠薪 每个 毗邻 民族
    治理 法治 活力 片区 特色 生态 电商 畜牧 百亿 百强 相邻 省市 省级 社区 科技
    粮食 红色 经济 绿色 美丽 老乡 老区 试点 该乡 该县 该镇 财政 质量 贫困 辖区
    边境 达标 返乡 进镇 送医 送戏 送课 邻县 郊县 重镇 集中 集镇 革命 领跑 魅力
    """.split()  # noqa: SIM905
)


def kind_lines_from_corpus(corpus: Path) -> list[str]:
    """The lines of ``kinds.txt`` for a corpus folder whose files are named ``county-year.txt``
    (the shipped ``corpus/``)."""
    from drafter.corpus.reader import read_speech
    from drafter.mining.lexicon import GENERIC_STEMS
    from drafter.mining.names.common import ORG_GENERIC

    texts = []
    for path in sorted(corpus.glob("*.txt")):
        county = path.name.split("-")[0] if "-" in path.name else path.name
        texts.append((county, "\n".join(read_speech(path).paragraphs)))
    extra = {w for w in GENERIC_STEMS | ORG_GENERIC | HAND_KINDS if len(w) >= 2}
    lines = count_kind_stems(texts, extra) + [f"{w} settlement" for w in SETTLEMENT_KINDS]
    return sorted(set(lines))


def write_kinds_file(corpus: Path, out: Path = KINDS_FILE) -> int:
    """Regenerate ``kinds.txt`` from ``corpus``; returns the number of lines written."""
    lines = kind_lines_from_corpus(corpus)
    header = (
        "# Stems that name a kind of place or body before a suffix, not one of them (特色+小镇,\n"
        "# 样板+路, 文创+产业园, 城投+公司): a stem and the suffix class it names a kind of, or a\n"
        "# stem alone for every class. Stems three or more counties of drafter's corpus/ write\n"
        "# before a suffix of one class (for towns only untagged dictionary words; roads and\n"
        "# rivers several counties share, 拒马河, 迎宾路, stay names), and the hand-kept kinds\n"
        "# (HAND_KINDS, SETTLEMENT_KINDS; mining's generic stems). Generated by\n"
        "# drafter.names.rules.write_kinds_file(Path('corpus')); do not edit by hand.\n"
    )
    out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)
