"""Particulars only true of the source county, recognised by how official Chinese states them.

Input: one sentence and its jieba tokens. Output: unsure ``Hit``s (slot None: the entry is
dropped) — these are not names a slot could stand for but claims a draft for another county must
never repeat:

* a named facility: a numbered school (县三小, 第二高中), a named building (综合医技楼, 男生公寓楼),
  a rare facility named after the county (海拉尔国际航空港, 世界反法西斯战争海拉尔纪念园),
  a county institution being built (建成县公共卫生中心, 改扩建县中心敬老院), a town district's own
  facility (新城区体育场), a facility listed as the project (失能人员护理中心等项目);
* a creation title the county holds or seeks: 国家/省级 … 示范县/示范区/卫生县/园林城市/
  园林县城/质量安全县, 创建/申创/巩固 … 示范县, … 示范区创建, 复检达标;
* a positioning claim (生态文明高地, …先行区, …核心区, 腹心地带) and a county strategy slogan
  (富民强县, 工业强县, 生态立县);
* a quoted list named as a programme that no other speech quotes (“生态能源、生态农牧、生态旅游”
  三大产业);
* a coined couplet slogan, two four-character phrases that each repeat a character, chained on
  one (实打实干、干就干好), and a campaign named on two verbs sharing their object
  (助企暖企春风行动); roles invented on the chief systems (电子河长);
* a city brand (山水园林城市, 书画名城);
* an administrative level only some provinces have (中省 in Shaanxi, 州委/省州 in an autonomous
  prefecture) and conditions of one region (供暖 in the north, 牦牛/青稞 on the plateau, 沿黄);
* a local office abbreviation (县委目督办, 国动办, 文体广旅局) and a named body given an order
  (房产开发公司要…);
* a list of products only one speech names (纽扣、拉链、家纺 — that county's industries).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache

from drafter import segment
from drafter.mining.names.common import CJK, NameContext, is_generic_word
from drafter.mining.names.quotes import QUOTE_RE
from drafter.mining.slots import Hit
from drafter.names.table import regional_terms
from drafter.prefilter import one_of_gate

_NUM = "一二三四五六七八九十"

# A facility with a number is one particular building or school (县三小, 第二高中, 县一中).
_NUMBERED_FACILITY = re.compile(
    rf"县[{_NUM}]+[小中幼职]"
    rf"|第[{_NUM}]+(?:高级中学|高中|中学|初中|小学|幼儿园|人民医院|医院)"
    rf"|第[{_NUM}]+[^，。；、]{{0,6}}?(?:污水处理厂|水厂|敬老院|养老院)"
)
# A building named by its use is one particular building (县医院综合医技楼, 男生公寓楼).
_BUILDING = re.compile(r"(?:医技|传染|教学|综合|宿舍|公寓|门诊|住院|实验|业务)楼")
# A county institution as the object of building it (建成县公共卫生中心, 改扩建县中心敬老院,
# 县职教中心扩建, 争取实施县域医学中心): that county's project list, not a general measure.
_BUILD = r"(?:建成|新建|改扩建|扩建|迁建|谋划|争取实施|加快建设|启动建设)"
_INSTITUTION = r"县[\u4e00-\u9fff]{1,8}?(?:中心|医院|院|馆|场|校|站)"
_BUILT_INSTITUTION = re.compile(
    rf"{_BUILD}[^，。；]{{0,3}}?{_INSTITUTION}|{_INSTITUTION}(?:扩建|改扩建|迁建)"
)
# A district's own facility (新城区体育场) and a facility standing as the project itself
# (加快失能人员护理中心等项目建设).
_DISTRICT_FACILITY = re.compile(
    r"(?:新城区|老城区|新区)[\u4e00-\u9fff]{0,4}?(?:体育场|体育馆|公园|广场|医院|学校)"
)
# A county institution named as a new site or as put into use (县妇幼保健院新院区, 县中医院……投入
# 使用): one county's building, finished in one year.
_COUNTY_SITE = re.compile(
    r"县[\u4e00-\u9fff]{2,8}?(?:院|馆|中心|校)(?=新院区|新校区|新址|[^，。；]{0,16}投入使用)"
)
_FACILITY_PROJECT = re.compile(
    r"(?:加快|推进|实施|谋划|启动)[\u4e00-\u9fff]{3,12}?(?:中心|馆|院|楼|厂)等(?:项目|工程)"
)

# Creation titles: what a county is, or is made, by a ministry or the province.
_TITLE = (
    r"(?:示范县|示范区|示范市|示范乡镇?|示范村|示范社区|示范基地|示范带|卫生县城?|安全县|模范县|先进县|试点县|"
    r"先行区|森林城市|园林城市|文明城市|园林县城|文明县城|生态县|强县|A级?(?:旅游)?景区|试点示范)"
)
_TITLE_CLAIM = re.compile(
    rf"(?:国家级?|省级|市级|全国|全省|全市)[^，。；、]{{0,14}}?{_TITLE}"
    rf"|(?:创建|申创|争创|创成|获评|荣获|命名|入选|巩固|申报|打造)[^，。；]{{0,16}}?{_TITLE}"
    rf"|{_TITLE}(?:创建|申报|复检|称号)|复检达标"
)
# Positioning claims: where the province or the county places itself.
_HAN = "[\u4e00-\u9fff]"


def _after_two_han(words: Iterable[str]) -> str:
    """An alternation of ``words``, each only after two Chinese characters (…示范基地, not a
    bare 示范基地): the look-behind written after the word, so that every branch of the pattern
    starts with a character and ``re`` skips to where one of them is (5x faster a sentence)."""
    return "|".join(f"{word}(?<={_HAN}{_HAN}{word})" for word in words)


_POSITION = re.compile(
    r"高地|先行区|样板区|桥头堡|核心区|腹心地带|腹心枢纽|"
    + _after_two_han(("示范基地", "经济圈", "商业圈", "风情线"))
    + rf"|型(?<={_HAN}{_HAN}型)、{_HAN}{{2,6}}型(?:发展)?定位"
)
# City brands: 山水园林城市 (山水园林县城, round 18), 书画名城, 茶乡, …之都, …之城 (品质生活之城,
# 奥运冠军之城 of 保定) — titles a city gives itself or was given.
_CITY_BRAND = re.compile(rf"(?<={_HAN}{_HAN})(?:园林城市|园林县城|森林城市|名城|之乡|之都|之城)")
# A named campaign built on two verbs sharing their object (助企暖企春风行动); not 违法违规…,
# 赋能新型…, whose repeated character is the verb.
_NAMED_CAMPAIGN = re.compile(
    r"[\u4e00-\u9fff](?P<object>[\u4e00-\u9fff])[\u4e00-\u9fff](?P=object)"
    r"[\u4e00-\u9fff]{2,4}(?:行动|工程|活动|计划)"
)
# Roles a county invented on top of the chief systems (电子河长, 数字警长).
_COINED_ROLE = re.compile(r"(?:电子|数字|智慧|网格|云)[\u4e00-\u9fff]长(?![制效期远足])")
# County strategy slogans: 富民强县, 工业强县, 生态立县, 强县富民 (not 强县域, 县城, 县委).
_COUNTY_SLOGAN = re.compile(r"[\u4e00-\u9fff]{1,2}(?:立|强|兴|富|旺)县(?![域城委级乡区政人])")
# Levels of government only some provinces have: 中省 (Shaanxi: central and provincial), a
# prefecture (州) above the county.
_REGIONAL_LEVEL = re.compile(r"省州|州委|州政府|州直|州级|全州|我州|本州|州[、和]县")
# Conditions of one region (heating in the north, the plateau's herds and crops, the Yellow River
# bank, 中省 of Shaanxi): the shared table's terms marked "mine" (drafter/names/regional.txt)
_REGIONAL_TERMS = re.compile(
    "|".join(map(re.escape, sorted(regional_terms("mine"), key=len, reverse=True)))
)
# A named body given an order (房产开发公司要…): the county's own company.
_BODY_ORDERED = re.compile(r"[\u4e00-\u9fff]{2,8}(?:公司|集团)(?:要|牵头|负责)")
# A county's numbered slogan of "ones" or classes (“四个一”工作法, “十个一”攻坚行动, “三类”对象):
# every county coins its own; national ones are not counted this way.
_COUNT_SLOGAN = re.compile(rf"“[{_NUM}两]+个一[^”]{{0,2}}”|“[{_NUM}两]+类”")
# A hospital's grade (二级甲等, 三级乙等): a fact of one county's hospital.
_HOSPITAL_GRADE = re.compile(rf"[{_NUM}]级[甲乙丙]等")
# An event the place hosted, by its edition (成功举办第23届国际被动房大会, 保定 2021; 承办第三届创新
# 驱动发展大会): a fact of one place and one year, whatever the event is called. Not a plan to
# hold one (办好第四届市旅发大会) nor a session of a congress (第十四届人民代表大会).
_HOSTED_EVENT = re.compile(
    rf"(?:举办|承办|主办)(?:了)?第[0-9一二三四五六七八九十百]+届(?!人民代表|人大|党代){_HAN}{{2,16}}?"
    r"(?:大会|会议|论坛|峰会|博览会|展览会|交易会|洽谈会|艺术节|文化节|旅游节|运动会|比赛|大赛|锦标赛)"
)
# A county body named as such (县信用联社): the county's own institution.
_COUNTY_BODY = re.compile(r"县[\u4e00-\u9fff]{1,6}?(?:联社|信用社)")
# A couplet of coined four-character phrases, each repeating a character (实打实干、干就干好).
_COUPLET = re.compile(r"([\u4e00-\u9fff]{4})、([\u4e00-\u9fff]{4})")


def claim_hits(
    text: str,
    tokens: Sequence[tuple[str, int, int]],
    context: NameContext,
    chars: Collection[str] | None = None,
) -> list[Hit]:
    """Every particular of the source county in ``text`` (see the module docstring); ``chars``:
    the characters of ``text`` that are in the rules' gates, when the caller has them
    (``names.gate_chars``)."""
    matches = _claim_matches(text, chars)
    # a campaign's name begins a word (助企暖企…, not 打|击违法违规…)
    starts = {start for _, start, _ in tokens} if matches else set()
    hits = [
        Hit(match.start(), match.end(), None, match.group(), _RULES[rule][1])
        for rule, match in matches
        if rule != _CAMPAIGN_RULE or match.start() in starts
    ]
    if "、" in text:
        hits += _couplet_hits(text)  # (two phrases joined by 、)
    hits += _brand_theme_hits(text)
    hits += _quoted_list_hits(text, context)
    hits += _quoted_programme_hits(text, context)
    if "办" in text or "局" in text:
        hits += _office_hits(tokens)  # (an office word holds one of them)
    hits += _product_list_hits(text, tokens, context)
    hits += _county_facility_hits(text, context)
    return hits


# Facilities a county names after itself that few counties have (海拉尔 2012–2018: 提升海拉尔国际
# 航空港地位, 海拉尔热电厂铁路专用线, 东海拉尔发电厂, 世界反法西斯战争海拉尔纪念园二期工程): with
# {county} in them they would give any county an airport or a memorial park. Every county's own
# bodies (县人民医院, 经济开发区, 农业园区) are not among them.
_RARE_FACILITIES = (
    "国际航空港|航空港|航空口岸|口岸|机场|火车站|热电厂|发电厂|电厂|纪念园|纪念馆|要塞|遗址博物馆"
)


@lru_cache(maxsize=256)
def _county_facility_pattern(names: frozenset[str]) -> re.Pattern[str] | None:
    if not names:
        return None
    alternation = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return re.compile(f"(?:{alternation})(?:{_RARE_FACILITIES})")


def _county_facility_hits(text: str, context: NameContext) -> list[Hit]:
    pattern = _county_facility_pattern(context.county_names)
    if pattern is None:
        return []
    return [
        Hit(m.start(), m.end(), None, m.group(), "具名设施（以本县命名的少见设施）")
        for m in pattern.finditer(text)
    ]


_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (_NUMBERED_FACILITY, "具名设施（带编号的学校、医院等）"),
    (_BUILDING, "具名设施（某一栋楼）"),
    (_BUILT_INSTITUTION, "具名设施（本县在建的机构）"),
    (_DISTRICT_FACILITY, "具名设施（城区的某一处）"),
    (_COUNTY_SITE, "具名设施（本县新建的机构）"),
    (_FACILITY_PROJECT, "具名设施（作为项目列出）"),
    (_TITLE_CLAIM, "创建称号（本县已有或在创）"),
    (_POSITION, "本地定位提法"),
    (_COUNTY_SLOGAN, "本县发展口号（…强县）"),
    (_REGIONAL_LEVEL, "只适用于部分省份的层级称谓"),
    (_REGIONAL_TERMS, "只适用于某一地区的条件"),
    (_BODY_ORDERED, "受指派的具名单位"),
    (_CITY_BRAND, "城市名片（本地称号）"),
    (_NAMED_CAMPAIGN, "本地自创的行动名称"),
    (_COINED_ROLE, "本地自创的职务名称"),
    (_COUNT_SLOGAN, "本地自创的编号口号"),
    (_HOSPITAL_GRADE, "具名设施（医院等级）"),
    (_COUNTY_BODY, "具名设施（县属单位）"),
    (_HOSTED_EVENT, "本地举办的某届活动"),
)
_CAMPAIGN_RULE = [regex for regex, _ in _RULES].index(_NAMED_CAMPAIGN)


def _claim_matches(
    text: str, chars: Collection[str] | None = None
) -> list[tuple[int, re.Match[str]]]:
    """(rule, match) of every claim in ``text``: what one alternation of the rules, in their
    order, finds with ``finditer`` (at each place the first rule matching there, the next search
    from the end of that match; every rule matches at least one character), but each rule
    searched on its own. ``re`` skips ahead to where a rule's first characters occur, which it
    cannot do inside an alternation: 0.42 → 0.23 s over the 12,000 sentences of 1.2 MB of
    reports, and no alternation to compile (0.2–0.4 s per process, its regional terms included).
    Given ``chars`` (the text's characters, at least those in the gates), a rule is not
    searched in a text that holds none of its gate's characters (``claim_gates``)."""
    found: list[tuple[int, re.Match[str]]] = []
    if chars is None:
        upcoming = [regex.search(text) for regex, _ in _RULES]
    else:
        upcoming = [
            regex.search(text) if gate is None or not gate.isdisjoint(chars) else None
            for (regex, _), gate in zip(_RULES, claim_gates(), strict=True)
        ]
    while True:
        best, chosen = -1, None
        for rule, match in enumerate(upcoming):
            if match is not None and (chosen is None or match.start() < chosen.start()):
                best, chosen = rule, match
        if chosen is None:
            return found
        found.append((best, chosen))
        end = chosen.end()
        for rule, match in enumerate(upcoming):
            if match is not None and match.start() < end:
                upcoming[rule] = _RULES[rule][0].search(text, end)


@lru_cache(maxsize=1)
def claim_gates() -> tuple[frozenset[str] | None, ...]:
    """Per rule, characters one of which its every match holds (``prefilter.one_of_gate``),
    where there are at most ``_GATE_MAX`` of them: a rule that starts with a class (强县 after
    any two characters, a company's name before 公司) is tried by ``re`` at every place of the
    text, and a set test skips it in most sentences; a broader gate lets most sentences through
    and costs more than the rule's own search, which ``re`` starts only where its first
    characters are (over the 7,799 sentences of 1.2 MB: ~104 → ~74 ms)."""
    gates = [one_of_gate(regex) for regex, _ in _RULES]
    return tuple(gate if gate is not None and len(gate) <= _GATE_MAX else None for gate in gates)


_GATE_MAX = 4


# The theme of a city brand (书画 of 中国书画文化旅游名城, 锦鲤 of 锦鲤之都): the county's own;
# found once in the corpus, it keeps every sentence on the theme out (书画文化、历史文化保护传承……).
BRAND_THEME = "城市名片的主题词"
_BRAND_END = re.compile(r"名城|之乡|之都")
# where a brand's own words begin: after a verb of making it, 的, a list mark or a quote
_BRAND_START = re.compile(r".*(?:的|打造|建设|创建|叫响|擦亮|争创|成为|是|为|和|、|，|“)")
# levels and reach a brand claims before its theme (中国北方服装名城, 现代化中医药之都)
_BRAND_PREFIXES = (
    "现代化",
    "中国",
    "全国",
    "国家",
    "国际",
    "世界",
    "北方",
    "南方",
    "河北省",
    "省级",
)
# brand words every county may use: not a theme of one county
_NOT_THEMES = frozenset(
    {"历史", "文化", "旅游", "生态", "鱼米", "礼仪", "魅力", "艺术", "宜居", "文明", "园林"}
)


def _brand_theme_hits(text: str) -> list[Hit]:
    hits = []
    for end in _BRAND_END.finditer(text):
        before = text[max(0, end.start() - 10) : end.start()]
        cut = _BRAND_START.match(before)
        if cut is None:
            continue  # no start of the brand's words in sight: not a brand
        start = end.start() - len(before) + cut.end()
        words = text[start : end.start()]
        stripped = True
        while stripped:
            stripped = False
            for prefix in _BRAND_PREFIXES:
                if words.startswith(prefix) and len(words) > len(prefix) + 1:
                    words, start = words[len(prefix) :], start + len(prefix)
                    stripped = True
        theme = words[:2]
        if len(theme) == 2 and CJK.match(theme) and theme not in _NOT_THEMES:
            hits.append(Hit(start, start + 2, None, theme, BRAND_THEME))
    return hits


def _frame_repeat(phrase: str) -> bool:
    """A four-character phrase built on a repeated character in place 1 and 3 or 2 and 4
    (实打实干, 把人当人)."""
    return phrase[0] == phrase[2] or phrase[1] == phrase[3]


def _couplet_hits(text: str) -> list[Hit]:
    """Two such phrases chained on one character (实打实干、干就干好) are a coined slogan; the
    common pairs are not chained (应保尽保、应救尽救; 以商招商、以企引企; 落实落细、见行见效)."""
    hits = []
    for match in _COUPLET.finditer(text):
        first, second = match.group(1), match.group(2)
        if _frame_repeat(first) and _frame_repeat(second) and first[-1] == second[0]:
            hits.append(Hit(match.start(), match.end(), None, match.group(), "自创的对句口号"))
    return hits


# What follows a quoted list that names a programme: a count (三大产业, 消费促进四大行动) or the
# county's line of work (工作总思路, 主基调, 发展定位).
_PROGRAMME_AFTER = re.compile(
    rf"[\u4e00-\u9fff]{{0,4}}?[{_NUM}两]+[大个项条]|[\u4e00-\u9fff]{{0,2}}(?:思路|主基调|定位|战略)"
)


def _quoted_list_hits(text: str, context: NameContext) -> list[Hit]:
    """“生态能源、生态农牧、生态旅游”三大产业: a quoted list named as a programme (counted, or the
    county's line of work) that no other speech quotes is that county's own."""
    hits = []
    for match in QUOTE_RE.finditer(text):
        inner = match.group(1)
        parts = [p for p in re.split(r"[、，,]", inner) if p]
        if len(parts) < 2:
            continue
        if context.n_docs >= 3 and context.quote_freq.get(inner, 0) > 1:
            continue
        if not _PROGRAMME_AFTER.match(text, match.end()):
            continue  # “早发现、早干预、早帮扶”要求: a general demand, not a named programme
        hits.append(
            Hit(match.start(), match.end(), None, match.group(), "引号中的本地口号（多项）")
        )
    return hits


# A quoted programme named like a plan (“农业倍增计划”, “百企技改”行动): quoted by one speech only,
# it is that county's own; national ones (“千万工程”) are quoted by many.
_PROGRAMME_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}(?:计划|工程|行动|战略)$")


def _quoted_programme_hits(text: str, context: NameContext) -> list[Hit]:
    if context.n_docs < 3:
        return []
    return [
        Hit(match.start(), match.end(), None, match.group(), "引号中的本地计划或工程")
        for match in QUOTE_RE.finditer(text)
        if _PROGRAMME_NAME.search(match.group(1)) and context.quote_freq.get(match.group(1), 0) <= 1
    ]


_NOT_AFTER_OFFICE = frozenset("率理事件法结单")
_OFFICE_OWNERS = frozenset({"县委", "县政府", "市委", "市政府", "区委", "区政府", "政府", "党委"})


def _office_hits(tokens: Sequence[tuple[str, int, int]]) -> list[Hit]:
    """An office abbreviation the dictionary does not know, built of pieces (目+督办 → 目督办,
    国+动+办, 文体+广+旅+局): the source county's own name for an office."""
    hits = []
    for index, (word, _, end) in enumerate(tokens):
        # the office word itself: 办 or 局 on its own, or 督办 (目+督办) — not 开局, 布局, 举办
        if word not in ("办", "局", "督办"):
            continue
        following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
        if following[:1] in _NOT_AFTER_OFFICE:
            continue  # 网办率, 督办事项: the abbreviation of a verb, not of an office
        for back in (1, 2, 3):
            if index - back < 0:
                break
            pieces = [t[0] for t in tokens[index - back : index + 1]]
            whole = "".join(pieces)
            if not CJK.match(whole) or len(whole) < 3:
                continue
            if segment.known_word(whole) or is_generic_word(whole):
                break
            before = pieces[:-1]
            singles = sum(1 for p in before if len(p) == 1)
            if word == "督办":
                # 督办 is a verb too (节点化督办): an office only after 县委/县政府 (县委目督办)
                ahead = tokens[index - back - 1][0] if index - back >= 1 else ""
                if ahead not in _OFFICE_OWNERS:
                    break
            if singles == len(before) or singles >= 2:
                start = tokens[index - back][1]
                hits.append(Hit(start, end, None, whole, "本地机构简称"))
                break
    return hits


def _product_list_hits(
    text: str, tokens: Sequence[tuple[str, int, int]], context: NameContext
) -> list[Hit]:
    """纽扣、拉链、家纺: three or more single nouns in a list, most of them used by this speech
    only — the products of that county's industries."""
    hits: list[Hit] = []
    if context.n_docs < 3 or text.count("、") < 2:
        return hits
    run: list[tuple[str, int, int]] = []

    def close() -> None:
        if len(run) >= 3 and context.n_docs >= 3:
            own = sum(1 for word, _, _ in run if context.in_one_speech(word))
            if own * 3 >= len(run) * 2:
                start, end = run[0][1], run[-1][2]
                hits.append(Hit(start, end, None, text[start:end], "本地产品（只见于一篇讲话）"))

    expect_word = True
    for word, start, end in tokens:
        if expect_word:
            if _plain_noun(word):
                run.append((word, start, end))
                expect_word = False
                continue
            close()
            run = []
            continue
        if word == "、":
            expect_word = True
            continue
        close()
        run = [(word, start, end)] if _plain_noun(word) else []
        expect_word = not run
    close()
    return hits


# jieba's frequency below which a noun is a particular product rather than a field of work
# (纽扣 119, 拉链 67 against 燃气 221, 消防 259, and 交通, 水利, 人力 in the tens of thousands)
_PRODUCT_FREQUENCY = 150


@lru_cache(maxsize=65536)
def _plain_noun(word: str) -> bool:
    pos = segment.word_pos(word)
    return (
        len(word) >= 2
        and CJK.match(word) is not None
        and segment.known_word(word)
        and (pos == "n" or (pos is None and len(word) == 2))
        and segment.word_frequency(word) < _PRODUCT_FREQUENCY
    )
