"""Whether a bank sentence could be said in any county, before any audience, this year.

Input: a sentence (slots filled or not); output: the reason it cannot be used, or None. This is
compose's own line of defence on top of mining's scrubbing: mining removes the names it
recognises, but a sentence can still carry another county's particulars without a proper name
in it — a named facility (县医院综合医技楼, 县三小), an office only that county has (县委目督办),
its own quoted slogan (“三大产业”, “富民强县”), a title it is creating (创建省级……示范县), a
region's programme (黄河流域……, 中省督察, 民族团结进步), or a province. Such a sentence is
refused unless the writer's YAML says it (YAML text never passes through here).

Two more lists, documented for writers:

* ``INTERNAL_ONLY`` — lines fit for a closed cadre meeting but not for a public report to the
  people's congress or for business owners (信访群体管控, 谁越雷池……受到惩罚, 高低贵贱,
  意识形态责任制, 为基层减负). ``is_internal`` tells compose to keep them out of work reports and
  symposiums.
* ``STALE`` — phrases of an earlier year (疫情, 消费回补, 证照分离, 全国生态环境保护大会精神 …)
  and 开门红, which only fits a speech given in the first quarter.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from drafter.names.table import national_terms, regional_terms
from drafter.records import dataclass
from drafter.verdicts import remembered, remembered_yaml

# Policy terms said only in some years, with their spans (a data file with an example each).
DATED_FILE = Path(__file__).with_name("dated_terms.yaml")

# A facility of one county, named: 县医院综合医技楼, 县三小, 县职教中心扩建, 第二高中. Generic
# levels (县级医院, 县域医共体, 县城) are not names.
_FACILITY = re.compile(
    r"县(?!级|域|城|乡|委|政府|直|属|内|外|情|长|人大|政协|上下|镇|区|市)"
    r"[\u4e00-\u9fff]{0,5}(医院|卫生院|中学|小学|幼儿园|职教中心|高中|[一二三四五六七八九十]中|"
    r"[一二三四五六七八九十]小|[一二三四五六七八九十]幼|公共卫生中心|体育馆|体育中心|图书馆|"
    r"文化馆|博物馆|会展中心|[\u4e00-\u9fff]楼)"
    r"|第[一二三四五六七八九十]+(高中|中学|小学|幼儿园|医院)"
    r"|(医技|传染|住院|门诊|教学|综合|办公)楼"
    # a phase of one county's project (完成新职中一期建设……同步启动二期建设: round 89 and 93's
    # writers read it in two counties' drafts; 医疗综合体一期主体竣工, 污水处理厂二期投入使用)
    r"|(?<![同上下本每近])[一二三四]期(项目|工程|建设|主体|投入|竣工|完工)"
    # …or named with its phase in brackets (农业综合开发项目水利配套工程（三期）: round 126's
    # writer found it word for word in two counties' reviews)
    r"|[（(][一二三四五六七八九十]期[）)]"
    # a facility named by its side of town (城西污水处理厂, 东区供热站)
    r"|(?:城[东西南北]|[东西南北]城|[东西南北]区)[\u4e00-\u9fff]{0,6}(?:厂|站|馆|中心|医院|学校)"
)
# Two or more named parks, bases or projects listed before 等 (循环经济产业园、绿色建材产业园等项目)
# or a list of facilities finished (完成城市客厅、文化馆、图书馆建设): one county's own projects.
_PROJECT_LIST = re.compile(
    r"(?:[\u4e00-\u9fff]{2,10}(?:产业园|工业园|物流园|园区|小镇|基地|中心|工程|项目)、)+"
    r"[\u4e00-\u9fff]{2,10}(?:产业园|工业园|物流园|园区|小镇|基地|中心|工程|项目)等"
    r"|(?:完成|建成|启用|投用)(?:[\u4e00-\u9fff]{1,6}(?:馆|院|中心|客厅|厅|场|站|楼|厂|桥)、)+"
    r"[\u4e00-\u9fff]{1,6}(?:馆|院|中心|客厅|厅|场|站|楼|厂|桥)(?:建设|改造|工程)?"
)
# Offices only one county has, or its own shorthand for them.
_LOCAL_OFFICE = re.compile(
    r"目督办|督考办|(目标|考核|攻坚)办(?!法|理|事|好)|县委[\u4e00-\u9fff]{1,2}办(?!公)"
)
# Titles a county creates or applies for (国家级……示范县, 申创省级……县) are its own record.
_TITLE_CLAIM = re.compile(
    r"(创建|申创|争创|创成|复检|复审|验收)[^，。；]{0,16}(示范|先进|百强|县|城市|区)"
    r"|(国家级|省级|国家|全国|全省)[^，。；]{0,18}(示范区|示范县|示范市|先进县|百强县)"
    r"|示范(区|县)(创建|建设)"
    # a national or provincial base a county builds (打造全国学生心理发展体验基地: round 95's
    # writers, three of them — 县级承诺“全国”级基地，没有批复依据就是照抄)
    r"|(打造|建设|建成|创建)(全国|国家级|全省|省级)[^，。；]{2,14}(基地|中心|高地)"
)
# A region's programmes, terms of one province, and places: the shared table of regional
# terms (drafter/names/regional.txt) and the provinces of the gazetteer.
_REGIONAL = regional_terms("draft")
# A county's own classification of itself (农业优先型、文旅赋能型发展定位).
_SELF_TYPE = re.compile(
    r"[\u4e00-\u9fff]{2,6}型、[\u4e00-\u9fff]{2,6}型|县内|"
    # what this county is (我县区位优势明显, 我县财政仅仅是“吃饭”财政)
    r"我县[^，。；]{0,6}(是|仅|区位|地处|资源|属于|作为|财政|拥有|素有|位于)"
)
_REGIONAL_RE = re.compile("|".join(sorted(_REGIONAL, key=len, reverse=True)))
# Quoted terms every county uses (national policy words); any other quoted term with a count in
# it (“三大产业”, “四个不摘”) or a county word (“富民强县”) is a local slogan.
NATIONAL_TERMS = frozenset(national_terms())  # drafter/names/national.txt, shared
_QUOTED = re.compile(r"[“‘\"']([^”’\"']{1,40})[”’\"']")
# A count with a classifier (三大产业, 四个不摘, 两区三带) marks a local strategy's slogan.
_COUNTED = re.compile(
    r"[一二三四五六七八九十两双](大|个|项|条|张|化|型|带|区|园|城|基地|廊|心|极|轴|业|县|镇|中心)"
)
_COUNTY_WORD = re.compile(r"县|富民|兴县|立县|强县")
# A count before a word of one or two characters (“四问”, “五控”, “五清三建一改”, “双创双服”):
# the shape of a county's or a city's own campaign. The numbered terms the whole country
# writes (“三权分置”, “一岗双责”, “两新一重”) are in the national list.
_NUMBERED = re.compile(r"[一二三四五六七八九十两双百千万][^一二三四五六七八九十两双百千万、，]")


def _local_quote(text: str) -> str | None:
    """A quoted term that is not a national policy word and reads as a county's own coinage: a
    count (“三大产业”, “三联”机制), a county word (“富民强县”), a list of three, or a short term
    naming a mechanism or brand of its own (“两联”机制, “山水”品牌, “浦江经验”)."""
    for match in _QUOTED.finditer(text):
        term = match.group(1)
        if term in NATIONAL_TERMS:
            continue
        if _COUNTED.search(term) or _COUNTY_WORD.search(term) or term.count("、") >= 2:
            return term
        if _NUMBERED.search(term) and not _PERIOD_TERM.fullmatch(term):
            return term
        after = text[match.end() : match.end() + 3]
        if term.endswith("经验") or (len(term) <= 4 and _COINED.match(after)):
            return term
    return None


# A five-year plan's or a campaign's period (“十四五”, “八五”普法): dated, not local.
_PERIOD_TERM = re.compile(r"[一二三四五六七八九十]{1,3}五")


# What a county names with a quoted coinage of its own: “三联”机制, “乡愁”品牌, “红色”模式.
_COINED = re.compile(r"机制|模式|品牌|体系|工程|行动|计划|目的地|名片|矩阵")


# A place-based 经验 other than the nationally canonical ones (枫桥经验; 千万工程 is a 工程).
_PLACE_EXPERIENCE = re.compile(r"([\u4e00-\u9fff]{2})经验")
_CANONICAL_EXPERIENCE = frozenset({"枫桥"})
_GENERIC_EXPERIENCE = frozenset(
    [
        "先进",
        "成功",
        "典型",
        "有益",
        "宝贵",
        "实践",
        "工作",
        "管理",
        "基层",
        "好的",
        "改革",
        "试点",
        "创新",
        "做法",
        "发展",
        "治理",
        "有效",
        "可行",
        "成熟",
        "经验",
        "示范",
        "借鉴",
        "总结",
        "推广",
        "交流",
        "积累",
        "丰富",
        "历史",
        "执政",
        "群众",
        "复制",
    ]
)
# A presumed inspection: the integration of its feedback is that county's business.
_INSPECTION = re.compile(r"(巡视|巡察|督察|审计|督导)[^，。；]{0,8}(反馈|交办|指出|移交)")
# A finished facility or a completed concrete job in a plan (建成数字经济产业园, 全面完成经营性
# 帮扶资产确权登记): a claim only one county can make.
_FINISHED = re.compile(
    r"(建成|建好|竣工|投用|投运|全面完成|完成|启动)[^，。；、]{1,12}"
    r"(园|馆|中心|站|厂|楼|路|桥|工程|基地|登记|改造|学校|医院|小区|码头|广场|公园)(?![区内外])"
)


MISUSED_FILE = Path(__file__).with_name("misused_terms.txt")


def read_misused_terms(path: Path = MISUSED_FILE) -> tuple[str, ...]:
    """One county's own shorthand for its works (水电路讯 for 水、电、路、通信) and terms a
    source wrote wrongly or misused (危机导向 for 问题导向, 国家总体安全观 for 总体国家安全观):
    the words of ``misused_terms.txt``."""
    return read_word_list(path)


def read_word_list(path: Path) -> tuple[str, ...]:
    """The words of a data file of one word a line, each line's comment (after #) left out."""
    with open(path, encoding="utf-8") as handle:
        lines = (line.split("#", 1)[0].strip() for line in handle)
        return tuple(line for line in lines if line)


def misused_pattern(terms: Sequence[str]) -> re.Pattern[str]:
    """One pattern of ``terms``; an ellipsis in a term stands for a few characters of the same
    clause (申报…驰名商标 finds 申报“中华老字号”“中国驰名商标”), and quotation marks may stand
    between its characters (新九通一平 finds 新“九通一平”: round 52)."""

    def piece(text: str) -> str:
        return _QUOTE_BETWEEN.join(map(re.escape, text))

    return re.compile(
        "|".join(r"[^，。；！？]{0,12}?".join(map(piece, term.split("…"))) for term in terms)
    )


_QUOTE_BETWEEN = "[“”‘’]?"


_PARTICULAR = misused_pattern(read_misused_terms())


# A town the source county built or named (百里峡艺术小镇, 四季冰雪小镇); 特色小镇 alone is a
# national term.
_NAMED_TOWN = re.compile(
    r"[\u4e00-\u9fff]{2,4}(?:艺术|冰雪|文旅|旅游|康养|温泉|电商|文化|体育|农旅|花卉)小镇"
)
# …or a brand of its name left unquoted at a clause's end (打造服务{county}: the source's
# “服务蠡县”, which all three of round 121's writers read as a broken sentence, 打造服务澜岗);
# not a campaign every county runs under its name (平安, 美丽, 幸福, 法治……{county})
_COUNTY_BRAND = re.compile(
    r"[“‘「][^”’」]{0,12}\{county\}[^”’」]{0,12}[”’」]|"
    r"(打造|叫响|擦亮)(?!平安|美丽|幸福|健康|法治|数字|智慧|文明|和谐|生态|宜居|活力|魅力|"
    r"诚信|书香|新)[\u4e00-\u9fff]{2}\{county\}(?=[。；，])"
)
# What one county achieved or was told (得到……的高度评价, 中考再创佳绩, 荣获, 被评为): a fact
# of that county and year, never another's plan or review.
_RESULT_CLAIM = re.compile(
    r"高度评价|充分肯定|再创佳绩|再创新高|荣获|获评|被评为|被授予|被列为|名列[^，。]{0,4}(?:第|前)|"
    r"荣誉称号|被[^，。；]{1,10}(?:授予|评为|命名为|列为|认定为)|"
    r"位居[^，。]{0,4}(?:第|前)|位列[^，。]{0,4}(?:第|前)|首次[^，。]{0,6}(?:获得|进入)|"
    # a standing kept (中高考成绩继续保持全市先进位次: round 48's writer found it in three
    # counties' plans)
    # (稳定在全市第一方阵: the same standing, kept — a writer's own read it in round 54's example)
    r"(?:保持|稳定在|稳居)[^，。；]{0,8}(?:先进位次|前列|第一方阵|领先地位)|"
    # a record or praise one county earned: 连续五年全市优秀, 受到市主要领导肯定
    r"连续[一二两三四五六七八九十\d]{1,3}年[^，。；]{0,8}(?:优秀|第一|先进|前列|考核)|"
    # (受到市委、市政府主要领导高度肯定: round 28)
    r"受到[^，。；]{0,16}(?:肯定|表彰|表扬|好评)|"
    # (线上电子图书馆被《人民日报》宣传报道, 成功承办第二届……大会, ……即将投入使用: round 31
    # found them among a year's plans)
    r"被[^，。；]{0,12}(?:报道|推广|采纳|表彰|肯定)|成功(?:创建|创成|举办|承办)|即将投入使用|"
    # one county's events of one year: 第三届冰雪运动会, 连续举办三届, 灾后恢复重建
    r"第[一二三四五六七八九十\d]{1,3}届|举办[一二三四五六七八九十\d]{1,3}届|灾后恢复重建|灾后重建|"
    # an anniversary is one year's event (建国70周年阅兵安保: round 39 found it in a review of 2024)
    r"[一二三四五六七八九十百\d]{1,4}周年|"
    # what a county says of its own state (文化馆、图书馆……是我们县城建设的短板: round 135's
    # three writers found it in three counties' drafts — a fact of the county that wrote it)
    r"(?:是|成为)(?:我们|我县|全县)[^，。；]{0,12}(?:短板|弱项|瓶颈|薄弱环节)|"
    # a county's own documents and its own list of industries
    r"出台《|制定出台《|以[^，。；]{4,30}为代表的|以[^，。；]{4,30}、[^，。；]{2,20}为(?:主导|支柱)的"
)


# Particulars a draft can still use when the writer supplies the fact (``--todo``): the
# pattern, what the writer is asked for, and how much of the match stays (a verb before it).
PLACEHOLDER = "【待补：{}】"
PLACEHOLDER_PATTERN = re.compile(r"【待补：[^】]{1,12}】")
# A project's later phase named by its firm or site (启动同光科技二期项目): the name goes with
# the phase (round 71: 启动同光科技【待补：设施名称】 kept another county's firm).
_PHASED = re.compile(
    r"(启动|推进|建设|实施|完成|加快|开工|建成|推动|做好|抓好)[\u4e00-\u9fff]{2,8}?[一二三]期(?:项目|工程)"
)
# A facility named by the source county's name (将{county}民政事业服务中心打造成……, 优化{county}
# 众创空间; not its 人民医院, which every county has): filled, it reads as this county's own (rounds
# 117 and 118's writers: A、B 两篇只换了县名, 伪本地事实).
_COUNTY_FACILITY = re.compile(
    r"\{county\}(?!委|政府|人民政府|人大|政协|党委|纪委)[\u4e00-\u9fff]{0,8}?"
    r"(?:服务中心|创新中心|空间|馆|学校|中学|小学|公司|集团|产业园|基地|广场|公园)"
)
# the count of that county's chains or industries (``_COUNTED_CHAINS``), for the writer to give
_CHAIN_COUNT = re.compile(
    r"(?<![第每一])[两二三四五六七八九十]{1,2}(?=[条个](?:主导|特色|优势|重点|支柱|首位)?"
    r"(?:产业链|产业集群|主导产业|支柱产业|特色产业|首位产业))"
)
_PLACEHOLDERS: tuple[tuple[re.Pattern[str], str, int], ...] = (
    (_COUNTY_BRAND, "本地品牌名称", 1),
    (_COUNTY_FACILITY, "设施名称", 0),
    (_NAMED_TOWN, "小镇名称", 0),
    (_PHASED, "项目名称", 1),
    (_FACILITY, "设施名称", 0),
    (_FINISHED, "项目名称", 1),
    (_CHAIN_COUNT, "数字", 0),
)


def county_brand(text: str) -> bool:
    """``text`` (slots still in it) quotes a brand or slogan made of the source county's name
    (“{county}苹果”, “{county}好人”; unquoted at a clause's end: 打造服务{county}), or names a
    facility by it ({county}民政事业服务中心): once filled it would read as this county's own."""
    # (a brand names the slot: most sentences have none, and are not searched)
    return "{county}" in text and (
        _COUNTY_BRAND.search(text) is not None or _COUNTY_FACILITY.search(text) is not None
    )


def with_placeholders(text: str) -> str | None:
    """``text`` with each particular a writer can supply (a county brand, a named facility, a
    project to build) replaced by 【待补：…】, or None when it holds none of them. Whether the
    rest can be said is for the caller to check."""
    changed = text
    for pattern, label, keep in _PLACEHOLDERS:

        def mark(match: re.Match[str], label: str = label, keep: int = keep) -> str:
            # (a pattern of alternatives keeps its verb only where it has one)
            head = (match.group(keep) or "") if keep else ""
            return head + PLACEHOLDER.format(label)

        changed = pattern.sub(mark, changed)
    return changed if changed != text else None


@remembered("portable")
def portability_problem(text: str) -> str | None:
    """Why ``text`` belongs to one county (or region) only, or None when any county can say it.

    ``text`` may still hold ``{slots}``: they are ignored (a {county} slot is this county),
    except inside quotation marks, where the county's name made a brand or a slogan of the
    source county (“{county}苹果”, “{county}好人”)."""
    found = _first_shape(text, _SLOT_SHAPES)
    if found is not None:
        return found
    text = re.sub(r"\{[A-Za-z_]+\}", "", text)
    found = _first_shape(text, _NAME_SHAPES)
    if found is not None:
        return found
    term = _local_quote(text)
    if term is not None:
        return f"地方口号“{term}”"
    for match in _PLACE_EXPERIENCE.finditer(text):
        place = match.group(1)
        if "的" in place or "好" in place:
            continue
        if place not in _CANONICAL_EXPERIENCE and place not in _GENERIC_EXPERIENCE:
            return f"地方经验“{match.group(0)}”"
    return _first_shape(text, _LATE_SHAPES) or _done_work(text)


def _first_shape(text: str, shapes: tuple[tuple[re.Pattern[str], str], ...]) -> str | None:
    """“{label}“{match}”” for the first of ``shapes`` found in ``text``, or None. (Each shape
    searched on its own: one alternation of them all was slower, 25 µs a sentence against 17,
    as ``re`` drops each pattern's own literal-prefix scan inside an alternation.)"""
    for pattern, label in shapes:
        found = pattern.search(text)
        if found:
            return f"{label}“{found.group(0)}”"
    return None


# The shapes of one county's particulars, as (pattern, what the match is), in the order they
# are tried: those read with the slots still in (a brand made with {county}), then the others.
_SLOT_SHAPES = (
    (_COUNTY_BRAND, "本地品牌"),
    (_COUNTY_FACILITY, "本县具名设施"),
    (_RESULT_CLAIM, "一地的成绩"),
    (_NAMED_TOWN, "具名小镇"),
)
_NAME_SHAPES = (
    (_FACILITY, "具名设施"),
    (_PROJECT_LIST, "具名项目"),
    (_LOCAL_OFFICE, "地方机构简称"),
    (_TITLE_CLAIM, "创建称号"),
    (_REGIONAL_RE, "地域性表述"),
    (_SELF_TYPE, "本地定位"),
)
# An amount in words (支持实体经济贷款余额达到百亿以上, 打造两个百亿级产业集群): another county's
# figure, which the targets file did not give (round 32's writer: 这个数在指标文件里没有出处).
# Not 千万工程 (a national programme) nor 万众创新: the amount is 亿, or 万 before a unit.
_WORDED_AMOUNT = re.compile(
    r"[十百千两一二三四五六七八九]+亿|[一二两三四五六七八九十百千]+万(?:元|亩|吨|人|户|千瓦|平方米|头|只)"
)
# A count of things in words (实施三家公立医院和疾控中心改造提升工程, 城区两座污水处理厂, 力争填补
# 两个规模以上企业行业空白, 强化八支队伍建设): how many that county has or plans, which the
# writer's county may not (round 41's writer read each in two or three counties' drafts).
_COUNTED_THINGS = re.compile(
    r"(?<![第每一])[两二三四五六七八九十]{1,2}(?:家|所|座|支|处)(?!门)|"
    # a county's own numbered programme or industries (聚焦九大改革攻坚行动, 做强六大产业: rounds
    # 85 and 89's writers — 前后都没说是哪九个); not the nation's 三大攻坚战
    r"[四五六七八九十]大[^，。；、]{0,6}(?:行动|工程|产业|攻坚|板块|集群)|"
    r"[两二三四五六七八九十]{1,2}个(?:规模以上|省级|国家级|市级)"
)
# A work named by where it lies in that county (东部旅游通道, 西部新城, 南部片区), and the way its
# county town grows (县城东扩北延, 县城南部功能定位: round 52's writer read the town growing east,
# north and south in one draft): its geography.
_PLACED_WORK = re.compile(
    r"(?:东|西|南|北|东南|东北|西南|西北)部[^，。；、]{0,6}(?:通道|新城|新区|片区|组团|环线|大道|老城)|"
    # the second of its kind that county builds (第二消防站, 第三污水处理厂: round 53)
    r"第[二三四五六七八九](?:消防站|污水处理厂|水厂|中学|小学|幼儿园|人民医院)|"
    # the year that county named for a work (设施农业突破年: round 53, in two counties' drafts)
    r"[^，。；、]{2,6}(?:突破年|攻坚年|提升年|推进年)|"
    r"(?:县城|城区|主城)(?:[东西南北][部扩拓延进移]|向[东西南北])|[东西南北][扩拓延][东西南北][延扩拓进]"
)
# How many chains or leading industries that county has (力争两条主导产业链全年营业收入增长……,
# 做强三大主导产业: rounds 147 and 148's writers — 指标文件没有“两条主导产业链”，是哪两条也没写):
# its own configuration, which the writer gives (``_CHAIN_COUNT``) or the sentence is not said.
_COUNTED_CHAINS = re.compile(
    r"(?<![第每一])[两二三四五六七八九十]{1,2}[条大个](?:主导|特色|优势|重点|支柱|首位)?"
    r"(?:产业链|产业集群|主导产业|支柱产业|特色产业|首位产业)"
)
# A first of its kind that county has yet to have (力争早日实现风电项目零突破: round 148's writers —
# “零突破”等于断言本县一个都没有) and an assessment it is up for (确保通过省专项验收: rounds 147
# and 148's, 验收对象不明): its own state and calendar.
_ITS_OWN_STATE = re.compile(
    r"零突破|零的突破|(?:确保|力争|争取|顺利)通过(?:国家|省|市)[^，。；]{0,12}"
    r"(?:验收|复审|复核|评估|考核|评审)"
    # the grade its hospitals have or seek (中医院创三级 in one review, 中医院争创“二甲” in the
    # plan: round 150's three writers, 前后矛盾)
    r"|创[“”\"']?[二三][级甲]|[二三]甲医院|[二三]级甲等"
)
_LATE_SHAPES = (
    (_WORDED_AMOUNT, "外地数字"),
    (_COUNTED_THINGS, "外地数字"),
    (_COUNTED_CHAINS, "外地数字"),
    (_ITS_OWN_STATE, "外地事项"),
    (_PLACED_WORK, "具名设施"),
    (_PARTICULAR, "一地用语或误用"),
    (_INSPECTION, "巡视督察反馈"),
    (_FINISHED, "具体建成事项"),
)


# A work of another county finished, said as what happened (智慧旅游指挥中心完工，线上平台完成
# 开发; 中心路东延工程竣工通车; 已建成): not 竣工 naming a stage (审批推进、竣工投产全链条),
# nor an aim (确保年内竣工投用, 入冬取暖前全部完工) nor a thing already there (对已建成公园的).
_DONE = re.compile(
    r"(?:完工|竣工)(?=[，。；]|通车|投用|投运|并网|交付|\{)|(?<![对的])已经?(?:完成|建成|实现|启动)"
)
_AIM_BEFORE = re.compile(r"确保|力争|争取|年底|年内|月底|之前|前[^，。；]{0,8}$|将|要")


def _done_work(text: str) -> str | None:
    """“具体建成事项“……””for the first work ``text`` says was finished (``_DONE``) whose
    clause does not set it as an aim (``_AIM_BEFORE``), or None."""
    for match in _DONE.finditer(text):
        clause = re.split(r"[，。；]", text[: match.start()])[-1]
        if not _AIM_BEFORE.search(clause):
            return f"具体建成事项“{clause[-8:]}{match.group(0)}”"
    return None


def is_portable(text: str) -> bool:
    return portability_problem(text) is None


# What one year of a county saw (连续五年在全市考核…, 第九届桃花节, 建成投用, 巡视反馈): its own
# county may not say it again as this year's either, though its names are its own.
_PAST_FACT_SHAPES = (
    (_INSPECTION, "巡视督察反馈"),
    (_FINISHED, "具体建成事项"),
)


def past_fact(text: str) -> str | None:
    """Why ``text`` states a fact of the year it was written (a result, an edition of an
    event, a finished work, an inspection's findings), or None. (Read as
    ``portability_problem`` reads them: a result with its slots, the others without.)"""
    found = _first_shape(text, ((_RESULT_CLAIM, "一地的成绩"),))
    plain = re.sub(r"\{[A-Za-z_]+\}", "", text)
    return found or _first_shape(plain, _PAST_FACT_SHAPES) or _done_work(plain)


# Lines for a closed meeting of cadres: controlling petitioners, threats of punishment, scolding
# departments, internal Party-work duties and the cadres' own workload.
_INTERNAL = re.compile(
    r"信访[^，。；]{0,6}(管控|群体)|群体性上访|上访|维稳|惩罚|追责问责|严肃问责|严厉问责|"
    r"高低贵贱|意识形态|为基层减负|基层减负|松绑减负|精简会议|文山会海|会议文件|督查检查考核|"
    r"一把手|主要负责同志|分管领导|各乡镇|(?<!向)各[\u4e00-\u9fff]{0,4}(部门|单位)|各级干部|广大干部(?!群众)|干部职工|"
    r"政治纪律|政治规矩|智慧警务|对尚未整改|挂牌督办|通报批评|约谈|相关部门|有关部门|牵头单位|"
    r"责任单位|[\u4e00-\u9fff]{1,4}局(、[\u4e00-\u9fff]{1,4}局)*要|副县长|各分管|我也将|"
    # a department told what to do (统计部门要加强业务指导: round 76's writer, in a report)
    r"[\u4e00-\u9fff]{2}部门要|"
    # a call on the cadres (全县上下要心往一处想……: round 67's writer, in a report to the congress)
    r"全县上下[^，。；]{0,4}(?:要|务必|必须)|"
    # a dispatch meeting's words (精准做好统计入库工作，保证各项指标数据应统尽统; 具体工作中，
    # 我们要: round 118's three writers, in a report — 内部调度会的话)
    r"统计入库|应统尽统|具体工作中|"
    # the cadres' own toil and the Party committee's authority (用我们的辛苦指数赢得人民群众的满意
    # 指数; 自觉维护县委权威: round 124's writers, in a report to the congress — 自我表功)
    r"辛苦指数|维护县委权威"
)


# What business owners at a symposium have no stake in: village self-government, cadre
# appraisal, inspections, state-owned enterprise and land-system reform, first-quarter drives.
_CADRE_BUSINESS = re.compile(
    r"积分制|清单制|村民自治|村规民约|督查|督办|考核|干部|党员|党组织|国有企业改革|国企改革|"
    r"平台公司|土地制度|宅基地|承包地|开门红|巡察|纪律|廉政|问责|信访|扫黑|移风易俗|"
    r"压实责任|传导压力|党的领导|党的全面领导|政府治理体系|履行职责|村（社区）|村级|乡镇"
)


@remembered("cadre")
def is_cadre_business(text: str) -> bool:
    """A line for cadres, not for business owners (企业家座谈会)."""
    return _CADRE_BUSINESS.search(text) is not None


# Sentences only a work report says (to 人大代表 and 政协委员): a speech leaves them out.
_REPORT_ONLY = re.compile(r"人大|政协|代表建议|代表委员|代表和委员|各位代表|委员提案|向大会|提请")


# Lines on the government's own conduct (服务型政府, 政府常务会学法, 政府承诺的事要一诺千金): a
# government's report or meeting says them, a party committee's meeting — where the county head
# speaks to every township and department — does not (rounds 147 and 148's writers: 县委全会讲成
# 了政府工作报告，作风部分只讲“政府系统”).
_GOVERNMENT_OWN = re.compile(
    r"政府(?:系统|自身|常务会|承诺|工作(?!报告)|职能|执行力|公信力|部门|各项工作|的?权力|效能"
    r"|作风|形象|班子|党组|法律顾问|职责|治理效能|内部权力)"
    r"|(?:服务型|法治|廉洁|诚信|学习|务实|效率|责任|阳光|数字|人民满意的)政府"
)


def is_government_own(text: str) -> bool:
    """A line on the government's own conduct, for its report and its own meetings."""
    return _GOVERNMENT_OWN.search(text) is not None


# A line that addresses the hearers opens or turns a speech where the template puts it.
_ADDRESS = re.compile(r"^(?:各位代表|同志们|各位企业家|朋友们)")


@functools.lru_cache(maxsize=8192)  # (asked again of a sentence each time a part is pooled)
def addresses_hearers(text: str) -> bool:
    """A line that opens on its hearers (各位代表，民之所望……): not a body sentence."""
    return _ADDRESS.match(text) is not None


@functools.lru_cache(maxsize=8192)  # (asked again of a sentence each time a part is pooled)
def is_report_only(text: str) -> bool:
    """A line only a government work report says (主动接受人大监督, 办好代表建议)."""
    return _REPORT_ONLY.search(text) is not None


@remembered("internal")
def is_internal(text: str) -> bool:
    """A line only a closed cadre meeting should hear."""
    return _INTERNAL.search(text) is not None


# Phrases of past years: the epidemic and the recovery after it, reforms long completed, calls
# to study a meeting held years ago, and poverty-alleviation terms replaced since 2021.
STALE: tuple[str, ...] = (
    "疫情",
    "新冠",
    "消费回补",
    "复工复产",
    "六稳",
    "六保",
    "证照分离",
    "网上政务大厅",
    "全国生态环境保护大会精神",
    "四个不摘",
    "两不愁三保障",
    "脱贫攻坚战",
    "决战决胜",
    "全面建成小康社会",
    "十三五",
    "主题教育",
    "加速回升",
    "恢复性增长",
    "后一阶段",
    "下一阶段",
    "专项整治三年行动",
)
_STALE_RE = re.compile("|".join(STALE))
# 开门红 is a word of the quarter's start (January and February): a report given on 14 March
# asking for 首季开门红 asks for what is half done (round 33's county writer).
_FIRST_QUARTER = re.compile(r"开门红|首季")
FIRST_QUARTER_UNTIL = 2  # the last month a speech may ask for 开门红


# Campaigns with an end year: said in a later year they are stale.
_CAMPAIGN_ENDS: tuple[tuple[str, int], ...] = (("治本攻坚三年行动", 2026),)


def is_stale(text: str, month: int | None, year: int | None = None) -> bool:
    """A phrase of an earlier year, a campaign that has ended, or 开门红 after February."""
    if _STALE_RE.search(text):
        return True
    if year is not None and any(name in text and year > end for name, end in _CAMPAIGN_ENDS):
        return True
    return (month is None or month > FIRST_QUARTER_UNTIL) and _FIRST_QUARTER.search(
        text
    ) is not None


def in_span(year: int, start: int | None, end: int | None) -> bool:
    """``year`` falls in the span ``start``–``end`` (inclusive; a missing end is open)."""
    return (start is None or year >= start) and (end is None or year <= end)


@dataclass(frozen=True, slots=True)
class DatedTerm:
    """A policy term said only in some years (脱贫攻坚战 until 2020, 十五五 from 2025)."""

    term: str
    start: int | None
    end: int | None
    example: str

    def fits(self, year: int) -> bool:
        return in_span(year, self.start, self.end)


@functools.cache
def _dated_file() -> Any:
    """``dated_terms.yaml``, read once per process (libyaml when present; its parsed form is kept
    between runs: ``remembered_yaml``)."""
    return remembered_yaml("datedterms", DATED_FILE)


@dataclass(frozen=True, slots=True)
class DatedYear:
    """A year a sentence names by what happened in it (``years`` of ``dated_terms.yaml``): the
    ``{year}`` the pattern finds is said as the year deployed or the one before it."""

    pattern: re.Pattern[str]
    last: bool  # the year before the year deployed
    example: str


@functools.cache
def load_dated_years() -> tuple[DatedYear, ...]:
    """The ``years`` table of ``dated_terms.yaml``, its patterns compiled once per process."""
    return tuple(
        DatedYear(re.compile(str(item["pattern"])), item["year"] == "last", str(item["example"]))
        for item in _dated_file().get("years", ())
    )


def dated_years(text: str) -> str:
    """``text`` with each ``{year}`` the table says is the year before the one deployed as
    ``{last_year}`` (抓好{year}年度各级考核评估反馈问题整改 → {last_year})."""
    if "{year}" not in text:
        return text
    for rule in load_dated_years():
        if rule.last:
            text = rule.pattern.sub("{last_year}", text)
    return text


@dataclass(frozen=True, slots=True)
class Renamed:
    """A term said by another name from a year on (``renamed`` of ``dated_terms.yaml``)."""

    pattern: re.Pattern[str]
    say: str
    start: int
    example: str


@dataclass(frozen=True, slots=True)
class Season:
    """The work of a season a speech asks for only in some months (``seasons`` of
    ``dated_terms.yaml``: 秋冬季防火 not in February)."""

    pattern: re.Pattern[str]
    months: frozenset[int]
    example: str


@functools.cache
def load_seasons() -> tuple[Season, ...]:
    """The ``seasons`` table of ``dated_terms.yaml``."""
    return tuple(
        Season(re.compile(item["pattern"]), frozenset(item["months"]), item["example"])
        for item in _dated_file().get("seasons", ())
    )


def out_of_season(text: str, month: int | None) -> bool:
    """``text`` asks for the work of a season that a speech given in ``month`` has behind it or
    far ahead (做好秋冬季防火 in February: round 117 and 118's writers)."""
    return month is not None and any(
        month not in season.months and season.pattern.search(text) for season in load_seasons()
    )


@functools.cache
def load_renamed() -> tuple[Renamed, ...]:
    """The ``renamed`` table of ``dated_terms.yaml``."""
    return tuple(
        Renamed(re.compile(item["pattern"]), item["say"], item["from"], item["example"])
        for item in _dated_file().get("renamed", ())
    )


def renamed_in(year: int) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The renames a sentence of a draft for ``year`` takes (those from that year or before)."""
    return tuple((r.pattern, r.say) for r in load_renamed() if r.start <= year)


def load_dated_terms() -> tuple[DatedTerm, ...]:
    """The table in ``dated_terms.yaml`` beside this module."""
    data = _dated_file()
    return tuple(
        DatedTerm(item["term"], item.get("from"), item.get("to"), item["example"])
        for item in data["terms"]
    )


def out_of_date(year: int, terms: Sequence[DatedTerm]) -> re.Pattern[str] | None:
    """One pattern of every term not said in ``year`` (None when all are). A term listed more
    than once (过去五年: the years a county's congress is elected) is said in any of its spans."""
    said = {t.term for t in terms if t.fits(year)}
    # longest first; in name order among equals, so the pattern is the same every run (a set's
    # order changes with the process: the pattern cache never saw the pattern twice)
    stale = sorted(sorted({t.term for t in terms} - said), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, stale))) if stale else None


@dataclass(frozen=True, slots=True)
class PlanPeriod:
    """Where a year stands in the five-year plans: the plan's name, the next one's, and 开局
    (its first year) / 收官 (its last) / "" (between)."""

    name: str
    next_name: str
    phase: str


def guidance_of(year: int) -> str:
    """The congress and plenary sessions a year's work carries out (``guidance`` of
    ``dated_terms.yaml``): the year's own line, else the latest listed before it, else the
    earliest."""
    rows = sorted((int(row["year"]), str(row["text"])) for row in _dated_file()["guidance"])
    before = [text for listed, text in rows if listed <= year]
    return before[-1] if before else rows[0][1]


def policy_of(year: int) -> str:
    """The central economic work conference's policy orientation for ``year`` (``policy`` of
    ``dated_terms.yaml``), or "" for a year it does not list."""
    return _of_year("policy", year)


def situation_of(year: int) -> str:
    """The central economic work conference's judgment of the situation of ``year``
    (``situation`` of ``dated_terms.yaml``), or "" for a year it does not list."""
    return _of_year("situation", year)


def _of_year(table: str, year: int) -> str:
    """The text ``table`` of ``dated_terms.yaml`` gives for ``year``, or ""."""
    rows = {int(row["year"]): str(row["text"]) for row in _dated_file().get(table, ())}
    return rows.get(year, "")


def relayed_of(year: int, date: dt.date | None) -> str:
    """The central meetings whose spirit a work report of ``year`` given on ``date`` carries
    out: the economic work conference's, and the national 两会's once they closed (``sessions``
    of ``dated_terms.yaml``; a year not listed: the conference's alone)."""
    closed = {
        int(row["year"]): dt.date.fromisoformat(str(row["closed"]))
        for row in _dated_file().get("sessions", ())
    }
    after = date is not None and year in closed and date > closed[year]
    return "中央经济工作会议和全国两会精神" if after else "中央经济工作会议精神"


@dataclass(frozen=True, slots=True)
class DatedMust:
    """What a year's plan says on a topic (``musts`` of ``dated_terms.yaml``)."""

    words: tuple[str, ...]
    topics: tuple[str, ...]
    start: int | None
    end: int | None
    example: str
    kinds: tuple[str, ...] = ()  # the kinds of speech it is for (none listed: every kind)

    def fits(self, year: int, kind: str | None = None) -> bool:
        """For a plan of ``year`` (and of ``kind``, when given)."""
        if kind is not None and self.kinds and kind not in self.kinds:
            return False
        return in_span(year, self.start, self.end)


@functools.cache
def load_dated_musts() -> tuple[DatedMust, ...]:
    """The ``musts`` table of ``dated_terms.yaml``."""
    return tuple(
        DatedMust(
            tuple(item["words"]),
            tuple(item["topics"]),
            item.get("from"),
            item.get("to"),
            item["example"],
            tuple(item.get("kinds", ())),
        )
        for item in _dated_file().get("musts", ())
    )


@functools.lru_cache(maxsize=1)
def _must_words() -> tuple[str, ...]:
    """The terms a year's plan must say (``dated_terms.yaml``'s ``musts``), each once."""
    return tuple(dict.fromkeys(word for must in load_dated_musts() for word in must.words))


def musts_in(text: str) -> frozenset[str]:
    """The terms a year's plan must say (``dated_terms.yaml``'s ``musts``) ``text`` names."""
    return frozenset(word for word in _must_words() if word in text)


def says_must(text: str) -> bool:
    """``text`` names a term a year's plan must say (``dated_terms.yaml``'s ``musts``)."""
    return any(word in text for word in _must_words())


def plan_period(year: int) -> PlanPeriod:
    """The five-year plan ``year`` falls in, from the ``plans`` table of ``dated_terms.yaml``."""
    plans = _dated_file()["plans"]
    for index, plan in enumerate(plans):
        if plan["from"] <= year <= plan["to"]:
            following = plans[index + 1]["name"] if index + 1 < len(plans) else ""
            phase = "开局" if year == plan["from"] else "收官" if year == plan["to"] else ""
            return PlanPeriod(plan["name"], following, phase)
    return PlanPeriod("", "", "")
