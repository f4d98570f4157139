"""Seeded selection of phrase-bank entries: which sentence, for which topic, in what order.

Input: a ``PhraseBank`` and the values compose can put into slots; output: filled ``Piece``s.
A bank entry is usable only when every slot can be filled and nothing from another county can
leak through it: no digits (a number the targets did not give), no masks (*, XX, ××), no Latin
letters, no scrubbed local name, no unbalanced quotes. Among usable entries the selector prefers
the ones most on topic (topic keywords counted in the text, the entry's own topic tags) and lets
the seed decide between near-equals, so another seed gives visibly different sentences while the
same seed always gives the same ones. No text is used twice in one draft.
"""

from __future__ import annotations

import hashlib
import json
import operator
import random
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from itertools import chain, repeat
from pathlib import Path
from typing import Any

from drafter.compose.model import Paragraph, Piece
from drafter.compose.portable import (
    PLACEHOLDER,
    PLACEHOLDER_PATTERN,
    addresses_hearers,
    county_brand,
    dated_years,
    is_cadre_business,
    is_government_own,
    is_internal,
    is_report_only,
    is_stale,
    load_dated_terms,
    out_of_date,
    out_of_season,
    past_fact,
    portability_problem,
    renamed_in,
    with_placeholders,
)
from drafter.compose.products import load_products, untold_products
from drafter.compose.regional import foreign_terms, load_regional_terms
from drafter.compose.timeframe import TimeFrame
from drafter.compose.unit import convertible, localise, unit_of
from drafter.compose.wording import without_figures
from drafter.document import Provenance
from drafter.errors import ComposeError
from drafter.names.own import OwnCountyBank
from drafter.names.table import province_of
from drafter.phrasebank.model import (
    MATTER_SEPARATOR,
    SLOT_PATTERN,
    Kind,
    Mode,
    Phrase,
    PhraseBank,
    foreign_matter,
    matter_name,
)
from drafter.records import dataclass
from drafter.verdicts import (
    counted_grams,
    remembered,
    remembered_grams,
    remembered_table,
    remembered_yaml,
)
from drafter.wordpattern import unquoted
from drafter.wordscan import WordScan

# Anything that would put a number, a mask or a foreign token into the draft: ASCII and
# full-width digits, Latin letters (XX, G247, 5G), mask characters, stray slot braces.
UNSAFE = re.compile(r"[0-9０-９A-Za-zＡ-Ｚａ-ｚ*＊×✕○〇□■{}｛｝#@_\\/|<>〈〉+＋]")
# Words that presume another speech before this one (再强调, 刚才……同志讲的).
_SEQUEL = re.compile(
    r"再强调|再讲几点|再提几点|刚才[^，。；]{0,8}(同志|讲话|讲了)|"
    # controlling petitioners is not said in any speech that may be printed
    r"信访群体管控|群体性上访|"
    # threats (谁越雷池一步，谁就要受到惩罚) are not said to the people's representatives either
    r"越雷池|受到惩罚|"
    # a leader's words to his own staff, not for a printed speech (知耻后勇不停步; 对内要求：
    # 今年主要经济指标增速均要超过全市平均水平 — round 31's writer: 不能出现在人代会报告里)
    r"知耻后勇|对内要求|"
    # a sentence without its subject or its premise, which stood in the sentence before it in
    # its source (……的第一个五年。是定兴创新绿色高质量发展的历史性窗口期: round 31): said
    # after another sentence it predicates or concludes on that one
    r"^(?:是(?!非)|也是|就是|都是|正是|而是|并且|而且|从而|进而|因而|所以|因此|为此|但是|然而|"
    r"可是|不过|否则|于是|但(?!凡))"
)
# A speaker's feeling looking back over the years (回首五年的心路历程，……点点滴滴都是曾经奋斗
# 留下的足迹; 变化令人欣慰，发展令人振奋): said in the reflection closing a term's report, never
# among a part's measures nor in a year's review by area (round 31 found both there).
_MOOD = re.compile(
    r"心路历程|点点滴滴|令人(?:欣慰|振奋|鼓舞|自豪|感动)|一路走来|[一二三四五六七八九十]年的时光|"
    # the climate praised (在国家强大政治引领下，……环境大好、信心十足: round 32 read it closing
    # two paragraphs of two drafts)
    r"(?:信心|动能|干劲|底气|后劲)十足|环境大好|"
    # a report's closing pledge (我们将紧紧团结和依靠全县广大干部群众……不负时代、不负韶华、
    # 不负人民: round 40's writer read it in the middle of a part of a 县委全会 speech)
    r"不负[^，。；]{0,4}、不负|决不辜负|紧紧团结和?依靠|交上[^，。；]{0,8}答卷"
)
# A sentence that says what the matter is or which thought guides it (深入学习贯彻习近平生态
# 文明思想，……; 牢固树立“两山”理念，……): a paragraph opens on it, it does not come after measures.
FRAMER = re.compile(
    r"^(?:深入学习贯彻|认真学习贯彻|全面贯彻|深入贯彻|认真贯彻|坚决贯彻|坚持以|牢固树立|始终坚持|"
    r"坚定不移地?贯彻)[^，。；]{0,24}(?:思想|理念|精神|导向|原则|战略|方针)"
    # what guides the matter (以习近平总书记关于……的重要指示精神为指引; 坚持以乡村振兴为统领:
    # round 36's reader read both after measures, mid-paragraph, as the seam of a stitched one)
    r"|^(?:坚持)?以[^，。；]{2,40}为(?:指引|统领|引领|主线|根本遵循|遵循|中心)(?=[，。；])"
    # what comes first (坚持把……作为首要任务)
    r"|^(?:坚持|始终|坚决)?把[^，。；]{2,24}作为[^，。；]{0,10}(?:首要任务|头等大事|第一要务|总抓手|重中之重)"
    # a political stance (深刻领悟“两个确立”……, 增强“四个意识”……): round 37's writer read one
    # between 过紧日子 and 柔性执法
    r"|^[^，。；]{0,8}(?:两个确立|两个维护|四个意识)"
    # …said after a call to politics first (旗帜鲜明讲政治，拥护“两个确立”……: round 89's
    # writer read it after 法治政府 and 过紧日子 — politics comes first in a part)
    r"|^(?:始终|坚持)?旗帜鲜明地?讲政治"
    # …and one to uphold the party's authority (自觉维护县委权威，确保各项工作始终沿着正确的方向
    # 前进: round 95's blind reader read it closing a paragraph on 八项规定 as a splice)
    r"|^(?:自觉|坚决|始终)?维护[^，。；]{0,12}权威"
)
SENTENCE_END = "。！？"
# the entries a piece's matter is read from, by the kind its provenance names
_MATTER_KINDS = {kind.value: kind for kind in (Kind.BODY, Kind.PARAGRAPH, Kind.LEAD)}
_QUOTE_PAIRS = (("“", "”"), ("‘", "’"), ("《", "》"), ("（", "）"), ("(", ")"), ("【", "】"))
# any mark of a pair (a search: testing the sentence's characters against a set of the marks
# took three times as long, one string object per character)
_QUOTE_MARK = re.compile(
    "[" + re.escape("".join(char for pair in _QUOTE_PAIRS for char in pair)) + "]"
)

# Sentence roles inside a paragraph, for ordering: first what the matter is (situation), then
# what to do (measures), last what is demanded of whom (requirement).
SITUATION, MEASURE, REQUIREMENT = 0, 1, 2
_SITUATION = re.compile(
    r"任务(?:很重|重|艰巨|繁重)[，、。]|压力(?:很大|较大|大)[，。]|既有[^，。]{0,8}机遇|"
    # a saying of the General Secretary opens the paragraph it grounds (round 31 read 习近平
    # 总书记强调，民族要复兴，乡村必振兴 after a measure, at the end of a paragraph)
    r"^习近平总书记(?:强调|指出|说)|"
    # where the county stands (峪滦发展正处于一个非常关键的时期……: round 31, mid-paragraph)
    r"^[^，。；]{0,12}(?:正处于|正处在|处在|站在)[^，。；]{0,20}(?:时期|阶段|起点|关口|窗口期)|"
    # what a matter is, its subject set off by a comma (推动……高质量发展，是新的长征路)
    r"^[^，。；要]{2,16}，(?:是|就是|既是)[^，。；]{2,}|"
    r"^(当前|目前|近年来|从.{1,8}看|[^，。；要]{2,10}(是|就是|事关|关系)[^，。；]{2,}|"
    r".{2,12}是.{0,12}(基础|关键|引擎|支撑|根本|保障|命脉|重中之重|生命线|底线|抓手|牛鼻子|"
    r"大事|要务|基石|动力|前提|必由之路|主战场|主阵地))"
)
# A demand after a clause (对新上项目，要严格……; not 要求, 要素, 要点, 要件, 要害, 要是, 要紧)
_MID_DEMAND = re.compile(r"，(?:一定)?要(?![求素点件害是紧])(?=[\u4e00-\u9fff])")
# a report's sentence opening on a demand of those below (一定要抓住招商这个“牛鼻子”: round 86's
# writer — 报告是向代表报告“我们将……”，“一定要”是布置给下级的话)
_OPEN_DEMAND = re.compile(r"^(?:一定要|务必要?|必须要)(?=[\u4e00-\u9fff])")
# (我们必须……兑现庄严承诺 too: round 95's blind reader read one mid-paragraph as a closing line)
_REQUIREMENT = re.compile(
    r"^(要|必须|务必|我们必须|我们一定要|各乡镇|各部门|各级|各单位|全县上下|同时，|总之)"
)


@lru_cache(maxsize=8192)  # (a sentence is offered again to each part that pools it)
def sentence_role(text: str) -> int:
    if _says_situation(text):
        return SITUATION
    if _REQUIREMENT.search(text):
        return REQUIREMENT
    return MEASURE


# A principle the paragraph's measures follow (坚持把发展经济的着力点放在实体经济上; 把激活和扩大
# 消费摆在优先位置; 坚持总体国家安全观不动摇): what a paragraph states first, once (round 119's
# writers: 先总后分, 提领句放在段尾).
_PRINCIPLE = re.compile(
    # (必须坚持以人民为中心的发展思想; 永远把人民对美好生活的向往作为奋斗目标: round 128's
    # writers read both between two measures as slogans put in mid-paragraph)
    r"^(?:要|我们要|我们将|必须)?(?:进一步)?"
    r"(?:坚持|始终坚持|始终|永远|坚定不移地?|牢固树立|树牢|把|将)"
    r"[^。；！]{0,24}?(?:摆在|放在|作为|理念|思想|方向|不动摇|导向|战略|优先|首位|着力点|总抓手|"
    r"生命线|第一要务|头等大事|重中之重)"
)


def states_principle(text: str) -> bool:
    """``text`` states the principle its paragraph's measures follow (``_PRINCIPLE``)."""
    return _PRINCIPLE.match(text) is not None


# Mining's table of the roles a sentence plays in its paragraph (framing, measure, duty,
# exhortation …), read here for sentences of several documents put in one paragraph: a real
# paragraph frames first and ends on its duties and its pledge.
ROLES_FILE = Path(__file__).resolve().parent.parent / "mining" / "roles.yaml"


@lru_cache(maxsize=1)
def _role_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    rules = remembered_yaml("roles", ROLES_FILE)["roles"]
    return tuple((rule["role"], re.compile(rule["pattern"])) for rule in rules)


def opens_in_role(text: str, role: str) -> bool:
    """``text`` opens with what the pattern of ``role`` in mining's table finds (从发展机遇看,
    站在新的历史起点上 of ``problem``), whichever rule of the table comes first."""
    return any(name == role and pattern.match(text) for name, pattern in _role_rules())


@lru_cache(maxsize=8192)
def mined_role(text: str) -> str:
    """The role ``text`` plays in a paragraph by mining's table (``roles.yaml``; its first rule
    that matches), ``measure`` where none does."""
    return next((role for role, pattern in _role_rules() if pattern.search(text)), "measure")


@remembered("situation")  # (its runs tried at every place, backtracking: kept between runs)
def _says_situation(text: str) -> bool:
    return _SITUATION.search(text) is not None


def _balanced(text: str) -> bool:
    if _QUOTE_MARK.search(text) is None:  # most sentences: no mark to count (asked of every one)
        return True
    return all(text.count(left) == text.count(right) for left, right in _QUOTE_PAIRS)


# Inside a sentence a county speaks of itself by its short name (健康柘宁, 落地澄川, 叫响澄川绿色
# 农产品, 让澄川百姓……, 谱写澄川高质量发展新篇章): the full name (澄川县) names the county as an
# institution — its government, committee, congress, the Nth session — a document's title, the
# county town and its people as a whole (澄川县人民). Round 22 read 让岷淇县百姓、推动岷淇县传统
# 企业 as a stranger's words.
_FULL_NAME = re.compile(
    r"\{county\}(?=人民政府|政府|县委|委|人大|政协|人民|第|城|境内|全境|实际|籍)"
)


def _short_names(text: str) -> str:
    """``text`` with each ``{county}`` that is not the institution's full name made
    ``{county_short}`` (see ``_FULL_NAME``)."""
    if "{county}" not in text:
        return text
    out: list[str] = []
    at = 0
    for match in re.finditer(r"\{county\}", text):
        before = text[: match.start()]
        titled = before.count("《") > before.count("》")
        full = titled or _FULL_NAME.match(text, match.start()) is not None
        out.append(text[at : match.start()] + ("{county}" if full else "{county_short}"))
        at = match.end()
    return "".join(out) + text[at:]


def county_short(county: str) -> str:
    """柘宁县 → 柘宁 (for slogans and 县委 lines); a name of two characters stays whole."""
    if len(county) >= 3 and county[-1] in "县市区旗" and not county.endswith(("自治县", "自治旗")):
        return county[:-1]
    return county


def fill_slots(text: str, values: Mapping[str, str]) -> str | None:
    """``text`` with every ``{slot}`` replaced, or None when a slot has no value."""
    if "{" not in text:  # no slot (most bank sentences): nothing to replace
        return text
    missing = False

    def replace(match: re.Match[str]) -> str:
        nonlocal missing
        value = values.get(match.group(1))
        if value is None:
            missing = True
            return match.group(0)
        return value

    if "county" in values and "county_short" not in values:
        values = {**values, "county_short": county_short(values["county"])}
    text = _short_names(text)
    filled = SLOT_PATTERN.sub(replace, text)
    return None if missing else filled


def is_safe(text: str, scrubbed: Iterable[str] = ()) -> bool:
    """True when ``text`` (slots already filled by us) can go into a draft as it is."""
    if UNSAFE.search(text) or "XX" in text or "××" in text:
        return False
    if not _balanced(text):
        return False
    return not any(name and name in text for name in scrubbed)


def provenance_of(phrase: Phrase, yaml_key: str | None = None) -> Provenance:
    source = phrase.sources[0] if phrase.sources else None
    return Provenance(
        entry=phrase.id,
        kind=phrase.kind.value,
        source=source.file if source else ("curated" if phrase.curated else None),
        paragraph=source.paragraph + 1 if source else None,
        yaml_key=yaml_key,
    )


# every pair of Chinese characters, overlapping: a zero-width match at each place one starts,
# the pair captured (found in C, in text order: the pairs of each run of Chinese in turn)
_HAN_PAIR = re.compile(r"(?=([\u4e00-\u9fff]{2}))")


@lru_cache(maxsize=16384)
@remembered_grams("bigrams")  # (kept between runs: ~20 ms a draft to make again)
def bigrams(text: str) -> frozenset[str]:
    """Character bigrams of the Chinese in ``text``: a cheap, jieba-free measure of overlap."""
    # (built from a list in text order: the same set, in the same order, as pair by pair)
    return frozenset(_HAN_PAIR.findall(text))


def bigram_counts(texts: Sequence[str]) -> Counter[str]:
    """For each bigram, how many of ``texts`` hold it (``bigrams``' sets of them counted), the
    texts kept between runs counted without making their sets (``counted_grams``)."""
    return counted_grams("bigrams", texts, bigrams)


@lru_cache(maxsize=1)
def _matters() -> dict[str, tuple[str, ...]]:
    """Each matter of mining's ``aspects.yaml`` as a bank entry labels it (安全稳定/风险) with
    its words; read once a process, when a draft first asks."""
    # (the file itself: importing drafter.mining would load what drafting does not need)
    aspects = Path(__file__).parents[1] / "mining" / "aspects.yaml"
    matters: dict[str, tuple[str, ...]] = {}
    topic = ""
    for line in aspects.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line.startswith(" ") and line.rstrip().endswith(":"):
            topic = line.strip().rstrip(":")
        elif line.startswith(" ") and ":" in line and "[" in line:
            # (an indented matter line: the file's last, unindented list names matters, not words)
            matter = line.split(":", 1)[0].strip()
            listed = line.split("[", 1)[1].rsplit("]", 1)[0]
            words = tuple(w.strip() for w in listed.split(",") if w.strip())
            matters[f"{topic}{MATTER_SEPARATOR}{matter}"] = words
    return matters


@lru_cache(maxsize=1)
def topic_names() -> frozenset[str]:
    """The topics the matters of ``aspects.yaml`` belong to, by their names (招商引资, 乡村振兴)."""
    return frozenset(label.split(MATTER_SEPARATOR, 1)[0] for label in _matters())


@lru_cache(maxsize=1)
def field_names() -> frozenset[str]:
    """The names of the topics and of their matters (营商环境, 放管服, 乡村振兴, 脱贫衔接): what
    a sentence over a paragraph's measures acts on."""
    return topic_names() | frozenset(label.split(MATTER_SEPARATOR, 1)[1] for label in _matters())


def words_of_matter(label: str | None) -> tuple[str, ...]:
    """The words that name the matter ``label`` (安全稳定/风险 → 风险, 债务, 化债 …); none for
    an aspect that is only a topic keyword."""
    return _matters().get(label or "", ())


@lru_cache(maxsize=64)
def topic_matter_words(topic: str) -> frozenset[str]:
    """The words naming the matters of ``topic`` (要素保障, 项目谋划 … of 项目建设)."""
    prefix = f"{topic}{MATTER_SEPARATOR}"
    return frozenset(
        w for label, words in _matters().items() if label.startswith(prefix) for w in words
    )


@lru_cache(maxsize=1)
def matter_vocabulary() -> frozenset[str]:
    """Every word that names a matter (信访, 安全生产, 基层治理), not the broad words of a
    topic (治理, 安全, 保障), which name no one thing."""
    return frozenset(word for listed in _matters().values() for word in listed)


@lru_cache(maxsize=1)
def _matter_word_scan() -> WordScan:
    """The words that name a matter (mining's ``aspects.yaml``: 土壤, 秸秆焚烧, 以旧换新 …,
    and the other names of one thing: ``same_things``), found in one scan."""
    return WordScan(matter_vocabulary() | same_things().keys())


# (0.3 until round 40: drafts of two counties shared 25% of their sentences on the composition
# benchmark, at the bar; 0.4 took seed 7's to 23.4%, the length kept by drafting once more with
# the whole bank where a draft is still short: ``compose_and_render``)
SET_ASIDE = 0.4

REPO_SAME_THINGS = Path(__file__).with_name("same_things.yaml")


@lru_cache(maxsize=1)
def same_things() -> dict[str, str]:
    """Each name of a thing that has several (``same_things.yaml``: 河湖长 → 河长, 违章建筑 →
    违建) → the name standing for them all. (Its groups are one line each: read without a
    YAML parser, as ``_matters`` reads mining's table.)"""
    found: dict[str, str] = {}
    path = REPO_SAME_THINGS
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip().startswith("- words:"):
            words = listed_items(line, path, number)
            found.update(dict.fromkeys(words, words[0]))
    return found


def listed_items(line: str, path: Path, number: int) -> tuple[str, ...]:
    """The items of a word table's ``words: [甲, 乙]`` line (``same_things.yaml``,
    ``same_points.yaml``, which writers may add to): a line without its brackets or items is
    the writer's slip, told with its file and line."""
    opened, closed = line.find("["), line.rfind("]")
    items = tuple(i.strip() for i in line[opened + 1 : closed].split(",")) if opened >= 0 else ()
    if closed < opened or not all(items) or not items:
        raise ComposeError(
            f"第{number}行：“{line.strip()}”应写成方括号里用英文逗号隔开的几项，"
            "如 words: [三四轮车, 三轮四轮车]",
            path=path,
        )
    return items


# Matter words so common that they head whole paragraphs rather than name one point (each is
# in 1.5% or more of the default bank's sentences: 改革 187, 风险 108, 教育 106 …): a paragraph
# on 教育 says 教育 in several sentences, as real ones do.
_HEAD_MATTERS = frozenset(
    [
        "改革",
        "风险",
        "教育",
        "就业",
        "监督",
        "规划",
        "脱贫",
        "医疗",
        "监管",
        "责任",
        "城区",
        "人大",
        "政协",
        "金融",
        "化解",
        "基础设施",
        "财政",
        "县城",
    ]
)


@lru_cache(maxsize=32768)
def matter_words(text: str) -> frozenset[str]:
    """The matter words ``text`` names (加强土壤污染和农业面源污染治理 → 土壤, 面源污染), a thing
    of several names by the one standing for them (``same_things``), but not those that head a
    paragraph (``_HEAD_MATTERS``). Two sentences near each other naming
    one make one point twice: a real paragraph's neighbouring sentences share one in 7% of
    pairs, the drafts' did in 21% (round 17)."""
    names = same_things()
    return frozenset(names.get(word, word) for word in _matter_words_in(text)) - _HEAD_MATTERS


def all_matter_words(text: str) -> frozenset[str]:
    """``matter_words`` with those that head a paragraph (就业, 教育, 风险) too."""
    names = same_things()
    return frozenset(names.get(word, word) for word in _matter_words_in(text))


def thing_named(word: str, named: frozenset[str]) -> bool:
    """The thing ``word`` names (``matter_words``: 隐性债务 → 政府债务; 债务风险 → 债务) is among
    ``named``; a word naming no such thing is not, nor one naming more than its matter words
    say (乡村旅游 is no 旅游 said)."""
    things = matter_words(word)
    whole = sum(map(len, _matter_words_in(word))) >= len(word)
    return bool(things) and whole and things <= named


def _matter_words_in(text: str) -> list[str]:
    """The matter words of ``text`` in its order, as one pattern of them all, longest first,
    finds them (``findall``: at each place the longest that starts there, then on from its
    end): the words in the text found in one scan, then where each starts. (The pattern of
    ~1,000 words took ~15 µs a sentence, tried at every place; most sentences hold none.)"""
    # (构建“亲”“清”新型政商关系 names 亲清 — round 67's writer read it next to 构建亲清政商关系
    # as one point twice)
    words = _matter_words_line(unquoted(text))
    return words.split("\t") if words else []


@remembered("matterwords")  # (kept between runs as one line of text: ~400 texts a draft)
def _matter_words_line(text: str) -> str:
    """``_matter_words_in``'s words, joined by tabs (a word holds none)."""
    found = _matter_word_scan().found(text)
    return "\t".join(_longest(text, found)) if found else ""


@lru_cache(maxsize=1)
def _labels_by_word() -> dict[str, frozenset[str]]:
    """Each matter word with the matters (安全稳定/风险) it names."""
    found: dict[str, set[str]] = {}
    for label, words in _matters().items():
        for word in words:
            found.setdefault(word, set()).add(label)
    return {word: frozenset(labels) for word, labels in found.items()}


def matters_of_word(word: str) -> frozenset[str]:
    """The matters ``word`` names (财政 → 经济运行/财政); none for a word naming none."""
    return _labels_by_word().get(word, frozenset())


def matters_named(text: str) -> frozenset[str]:
    """The matters ``text`` names by their words (守住不发生规模性返贫致贫底线 →
    乡村振兴/脱贫衔接), the words that head paragraphs included."""
    labels = _labels_by_word()
    names = same_things()  # (a name of one thing in no matter's words: the matters of its first)
    empty: frozenset[str] = frozenset()
    return frozenset().union(
        *(labels.get(w) or labels.get(names.get(w, w), empty) for w in _matter_words_in(text))
    )


# Matter words a part may name in several of its paragraphs: the place its work is done (an
# industry part speaks of 园区 in its paragraph on the parks and again where firms move in).
_PART_WIDE = frozenset(["开发区", "产业园", "高新区"])


@lru_cache(maxsize=1)
def _matter_names() -> frozenset[str]:
    """The matters' own names (消费, 旅游, 园区, 就业): a part on 商贸消费 says 消费 in every
    paragraph, as one on 教育卫生 says 教育."""
    return frozenset(filter(None, map(matter_name, _matters())))


def fields_named(text: str) -> frozenset[str]:
    """The fields ``text`` names (教育, 医疗, 养老, 就业, 人居环境: the matters' own names and the
    words heading whole paragraphs), not the things within them (公厕, 环卫): where a draft's
    shortcomings name one, its plan answers."""
    return all_matter_words(text) & (_matter_names() | _HEAD_MATTERS)


def is_specific(word: str) -> bool:
    """``word`` names one thing (全域旅游, 河长制), not a field (财政, 旅游): a matter word that is
    not a matter's own name, or a word of four characters or more."""
    if word in _matter_names():
        return False
    return len(word) >= 4 or word in matter_vocabulary()


def part_words(text: str) -> frozenset[str]:
    """The matter words of ``text`` a part names once (河长, 秸秆焚烧, 非法集资): not the
    matters' own names, nor ``_PART_WIDE``. (Within a part, the terms reports name in one of
    its paragraphs are named once too: ``once_words``.)"""
    return matter_words(text) - _PART_WIDE - _matter_names()


REPO_ONCE_TERMS = Path(__file__).with_name("once_terms.tsv")


@lru_cache(maxsize=1)
def _once_table() -> tuple[frozenset[str], frozenset[str], WordScan]:
    """``once_terms.tsv`` (made by ``drafter.mining.once``): the terms said once a part, those
    of them a speech names in one part only (``draft``), and one scan of them with the words
    holding one that are not one (社会消费品零售总额 holds 消费品), so that the longest word at
    a place is read."""
    terms: set[str] = set()
    drafted: set[str] = set()
    every: list[str] = []
    for line in REPO_ONCE_TERMS.read_text(encoding="utf-8").splitlines():
        word, _, kind = line.partition("\t")
        every.append(word)
        if kind in ("once", "draft"):
            terms.add(word)
        if kind == "draft":
            drafted.add(word)
    return frozenset(terms), frozenset(drafted), WordScan(every)


def draft_once_words(text: str) -> frozenset[str]:
    """The terms of ``text`` (``once_words``) a real speech names in one of its parts only
    (秸秆, 研判, 闲置): named in an earlier part of a draft, a later part names none again."""
    return once_words(text) & _once_table()[1]


@lru_cache(maxsize=32768)
def once_words(text: str) -> frozenset[str]:
    """The terms of ``text`` a real report names in one paragraph of a part only: in 90% of
    the corpus's parts naming them (``drafter.mining.once``; 用地, 盘子, 口袋公园), each read as
    the longest word at its place (社会消费品零售总额 is no 消费品)."""
    found = _once_words_line(unquoted(text))
    return frozenset(found.split("\t")) if found else frozenset()


@remembered("oncewords")
def _once_words_line(text: str) -> str:
    """``once_words``'s terms, joined by tabs."""
    terms, _, scan = _once_table()
    found = scan.found(text)
    if not found:
        return ""
    return "\t".join(sorted(word for word in _longest(text, found) if word in terms))


def _longest(text: str, found: Iterable[str]) -> list[str]:
    """Of the words ``found`` in ``text``, the longest starting at each place, each place
    after the end of the one before (in order)."""
    longest: dict[int, str] = {}
    for word in found:
        at = text.find(word)
        while at >= 0:
            if len(word) > len(longest.get(at, "")):
                longest[at] = word
            at = text.find(word, at + 1)
    words: list[str] = []
    end = 0
    for at in sorted(longest):
        if at >= end:
            words.append(longest[at])
            end = at + len(longest[at])
    return words


# Bigrams so common in government prose that sharing them says nothing about the subject.
_COMMON = frozenset(
    [
        "加快",
        "推进",
        "推动",
        "全面",
        "持续",
        "进一步",
        "加强",
        "强化",
        "积极",
        "不断",
        "深入",
        "实施",
        "提升",
        "发展",
        "工作",
        "建设",
        "全县",
        "我们",
        "确保",
        "坚持",
        "做好",
        "抓好",
        "扎实",
        "着力",
        "大力",
        "切实",
        "努力",
        "力争",
        "重点",
        "各类",
        "体系",
        "机制",
        "水平",
        "能力",
        "高质",
        "质量",
        "量发",
        "实现",
        "开展",
        "完善",
        "落实",
        # stock phrases (人民群众, 经济社会) say nothing about a sentence's matter
        "人民",
        "民群",
        "群众",
        "经济",
        "社会",
        "济社",
        "会发",
        "坚决",
        "各项",
    ]
)


# Seed-free tables of recent Selectors, by (slot values, time frame, audience); see _share_tables.
_SHARED: dict[tuple[object, ...], tuple[PhraseBank, Any, Any, Any, Any, Any, Any, str]] = {}
_SHARED_MAX = 4


@dataclass(frozen=True, slots=True)
class Candidate:
    phrase: Phrase
    text: str  # filled and normalised
    score: float
    role: int


# The words each level of government uses for itself; a sentence in another level's words reads
# as copied from that place (区人民医院 in a 县's report). A 市's own words are left to the
# localiser (县 sentences are rewritten), but a 区's are not a 县's and the other way round.
LEVEL_WORDS = {
    # (a county-level city's own words too: 我市, 市直, 市级财政 of its own budget)
    # (全市人民 is a city's own people: in a 县's words the prefecture's people are not the
    # speaker's to promise a better life — round 27: 让全市人民过上更加美好的新生活)
    "县": r"全区|我区|区委|区政府|区人民|本区|区直|新区|城区街道|市长热线|市长信箱|"
    r"我市|本市|市直|市本级|市级财政|全市人民|"
    # a district's own slogan (质量强区, round 54), not 加强区域合作
    r"(?<![增加])强区(?!域)",
    "区": r"全县|我县|县委|县政府|县人民|本县|县直|县城|我市|本市|市本级|市级财政|全市人民",
    # in a 县's words 全市/市委 mean the prefecture; in a 市's speech they would read as itself
    "市": r"全区|我区|区委|区政府|区人民|本区|区直|全市|市委|市政府|市级",
    "旗": r"全区|我区|区委|区政府|区人民|本区|区直",
}
# Of those, the words that must not be printed once the localiser has put a sentence in the
# unit's own words (全县 → 全市 for a 市 is its own; 全区 stays another level's).
_DISTRICT = r"全区|我区|区委|区政府|区人民|本区|区直"
PRINTED_FOREIGN = {
    "县": LEVEL_WORDS["县"],
    "区": LEVEL_WORDS["区"],
    "市": _DISTRICT,
    "旗": _DISTRICT,
}


@dataclass(frozen=True, slots=True)
class Refusal:
    """A test of a body sentence's text refusing what a draft skips however it goes on
    (``Selector._refusal``), and the key of what its answers depend on besides the text."""

    refuses: Callable[[str], bool]
    key: str


class Selector:
    """Picks bank entries for one draft; remembers what it used so nothing repeats."""

    def __init__(
        self,
        bank: PhraseBank,
        seed: int,
        values: Mapping[str, str],
        *,
        frame: TimeFrame | None = None,
        public: bool = False,
        business: bool = False,
        todo: bool = False,
        figure_names: tuple[str, ...] = (),
        report: bool = False,
        told: str = "",
        aside: float = SET_ASIDE,
        achieved: tuple[str, ...] = (),
        fell: tuple[str, ...] = (),
        government: bool = False,
        party: bool = False,
    ) -> None:
        # a party committee's meeting (县委全会): no lines on the government's own conduct
        self.party = party
        self._start_facts(bank, todo, figure_names, frame, public, business, government, report)
        self._start_state()
        self._start_draws(seed, values, aside)
        self._start_terms(frame, told, achieved, fell, values)
        self._start_tables(bank)

    def _start_facts(
        self,
        bank: PhraseBank,
        todo: bool,
        figure_names: tuple[str, ...],
        frame: TimeFrame | None,
        public: bool,
        business: bool,
        government: bool,
        report: bool,
    ) -> None:
        """What the draft is: its bank, kind, audience and the targets file's figures."""
        self.bank = bank
        # --todo: a sentence whose particular the writer can supply is said with 【待补：…】
        self.todo = todo
        # the targets file's figures (高标准农田, 规上工业企业): a county's own past measure
        # that asks for one of them (建设【待补：数字】万亩高标准农田) says again what the
        # targets file says
        self.figure_names = tuple(_plain_figure(name) for name in figure_names if len(name) >= 4)
        # (each name and its ends of FIGURE_TAIL characters or more: 可支配收入 of 农村居民……)
        # and the other names of a thing a figure names (固投 for 固定资产投资: round 86's
        # writer read 全年完成固投【待补：金额】 after the review's 固定资产投资完成98.3亿元)
        names = same_things()
        self._figure_tails = frozenset(
            name[i:]
            for name in self.figure_names
            for i in range(max(1, len(name) - FIGURE_TAIL + 1))
        ) | frozenset(
            other
            for word, first in names.items()
            if any(word in name for name in self.figure_names)
            for other, same in names.items()
            if same == first
        )
        self.placeholders = 0  # such places in the draft so far…
        self.placeholder_limit = MAX_PLACEHOLDERS  # …and how many it may hold
        # a bank of the county's own archive drafting for that county (mine --county)
        self.own_county = isinstance(bank, OwnCountyBank)
        if self.own_county:
            self.placeholder_limit = MAX_OWN_PLACEHOLDERS
        self.business = business  # the audience is business owners: no cadre-governance lines
        self.frame = frame
        self.public = public  # a public text (report, symposium): no internal-only lines
        # the government speaks (its report, its plenary meeting): it directs no body it does
        # not lead (四大班子分包: round 94's writer — 县政府全体会议无权给人大、政协班子派任务)
        self.government = government
        self.report = report  # a work report: lines to 人大代表 fit only here
        # the draft's budget over the length asked (``length.FIRST_BUDGET``, then the rounds'
        # larger budgets): a part's share of the asked length is its budget over this
        self.inflation = 1.0

    def _start_state(self) -> None:
        """What the draft has said and claimed so far: nothing yet."""
        self.capped: dict[str, int] = {}
        # the part's sub-heads as first found, by topic and heading (``section._lead_candidates``)
        self.leads: dict[tuple[str, str], list[Candidate]] = {}
        self.demands = 0  # paragraphs closed by a 要…… demand so far
        # per part topic, the topics whose matters it may say (its own and its related topics
        # the draft has no part of: ``drafter.compose.units.matter_homes``); empty: any
        self.matter_homes: dict[str, frozenset[str]] = {}
        self._elsewhere: dict[str, tuple[dict[str, frozenset[str]], frozenset[str]]] = {}
        self._voted: dict[str, tuple[dict[str, frozenset[str]], frozenset[str]]] = {}
        # the topics of each source paragraph the bank keeps as a unit, by (file, paragraph):
        # made when a part first asks (``said_elsewhere``)
        self._contexts: dict[tuple[str, int], frozenset[str]] | None = None
        # the draft's matters by the part and paragraph that say them (``UnitLedger.claims``),
        # and the part now composed
        self.claims: dict[tuple[Mode, str], tuple[int, str]] = {}
        self.claim_part = 0
        # words of the targets file's problems and falling figures on the part now composed
        self.stress: tuple[str, ...] = ()
        # the words of facts on topics the draft has no part on, taken up by a related part
        self.hosted_words: frozenset[str] = frozenset()
        # the fields the targets file's shortcomings name (教育、医疗): the review claims no
        # result in general on them (``review._claims_lacking``)
        self.lacking: frozenset[str] = frozenset()
        self.paragraphs = 0  # body paragraphs composed so far
        self._said_grams: set[str] = set()  # long key phrases said anywhere in the speech
        self._section_grams: set[str] = set()  # key phrases said in the current part
        self.section_words: set[str] = set()  # what the part's sentences named
        self._topic_names: frozenset[str] = frozenset()  # the part's topic's name
        self.section_once: set[str] = set()  # and the terms reports say once a part
        # what the numbered parts before the current one named (a plan says each thing once:
        # round 38's writer found 夜经济 in three parts, 防返贫 and 国土绿化 in two)
        self.draft_words: set[str] = set()
        # …and the terms a speech names in one part only (``draft_once_words``) they said: a
        # later part says none again either (round 119's writers: 闲置 in three parts, 研判
        # and 秸秆 in two)
        self.draft_once: set[str] = set()
        self._in_part = False  # a numbered part has begun (the review and opening are not)
        self._section_said: list[frozenset[str]] = []  # content bigrams of the part's sentences
        # …and of its sentences of ``IDEA_CHARS`` or more, each with its weight (``idea_weight``)
        self._section_ideas: list[tuple[frozenset[str], float]] = []
        # the weight of each bigram (inverse frequency over the draft's units: ``units.
        # bigram_idf``), set once the draft's units are known; empty: ideas are not compared
        self.idf: Mapping[str, float] = {}
        self._rare = 0.0  # (the weight of a bigram the units never say)
        self._topic_grams: frozenset[str] = frozenset()  # the current part's own topic words
        self.memo: dict[tuple[str, str, frozenset[str]], bool] = {}  # per (text, topic, ours)
        self._topic_patterns: dict[str, re.Pattern[str]] = {}
        # tables derived once from the bank's topics (see suitability)
        self.heads: dict[str, tuple[str, ...]] | None = None
        self.long_terms: tuple[tuple[str, str], ...] | None = None
        self.head_scan: WordScan | None = None  # every topic's heads, found in one scan

    def _start_draws(self, seed: int, values: Mapping[str, str], aside: float) -> None:
        """The seed's draws: its random choices, the sources it leans on and the share of the
        bank it does without."""
        # The county's name salts the seed: two counties drafted with the same seed do not get the
        # same sentences (the same file and seed still give the same draft).
        self.seed = seed
        self.rng = random.Random(f"drafter:{seed}:{values.get('county', '')}")
        # the key of ``favoured`` and ``set_aside``: none for a county drafting from its own
        # archive, whose every year is its own to say (no other county drafts from it)
        self.favour = "" if self.own_county else f"{seed}:{values.get('county', '')}"
        # ``set_aside``'s answers for this draft by entry, drawn from the hash of the key's
        # part made once (each entry's draw goes on from a copy: the same digest as hashing
        # the whole text, for ~5,000 entries a draft)
        self._aside: dict[str, bool] = {}
        # (file, paragraph, end) of every run-in sub-heading in the bank (``opens_its_source``)
        self._lead_ends: frozenset[tuple[str, int, int]] | None = None
        # ``favoured``'s answers for this draft by source document, and ``_body_fits``'s by
        # text (the candidates' loop asks them of ~5,000 entries a draft, ~200 documents)
        self._leaning: dict[str, bool] = {}
        self._fits_body: dict[str, bool] = {}
        # the key of ``set_aside`` alone: none when the draft may use the whole bank (``aside``
        # False: a bank too thin for the asked length)
        self.aside_key = aside_key(self.favour, aside)
        drawn_by, self._aside_share = aside_share(self.aside_key)
        # (the draft has material to spare: it sets aside a share of the whole bank, not only
        # the sentences most drafts take)
        self.spares = bool(self.aside_key) and self._aside_share > 0
        # a draft names each term said once a speech in one part (``draft_once_words``)
        # unless it is composed from the whole bank at once, for its length
        self.once_a_draft = bool(self.aside_key)
        self._aside_hash = (
            hashlib.blake2b(f"{drawn_by}:aside:".encode(), digest_size=8)
            if self.aside_key
            else None
        )
        if self.aside_key:
            # (kept between runs for the key: the same targets file drafted again with its
            # seed draws the same ~3,500 entries, ~3 ms of hashing)
            self._aside = remembered_table("aside", _digest(self.aside_key), _is_bool)

    def _start_terms(
        self,
        frame: TimeFrame | None,
        told: str,
        achieved: tuple[str, ...],
        fell: tuple[str, ...],
        values: Mapping[str, str],
    ) -> None:
        """The terms of the draft's year and place: dated and renamed ones, another level's and
        another province's words, what the targets file says was achieved and fell."""
        # terms of other years than the one deployed (脱贫攻坚战 in 2025, 十五五 in 2022)
        self.dated = out_of_date(frame.year, load_dated_terms()) if frame is not None else None
        # names changed since a mined sentence was said (基本农田 → 永久基本农田)
        self.renames = renamed_in(frame.year) if frame is not None else ()
        # another province's own programmes (非首都功能, 一减四增: ``compose.regional``) and
        # another county's own products (樱桃, 食用菌, 箱包) but those the targets file names
        # (``told``: its own words; ``compose.products``): made when a text is first checked
        # (``_foreign_terms``), which a draft whose checks were all kept never does
        self._told = told
        # what the targets file says the county achieved (义务教育优质均衡发展通过省级督导评估):
        # the runs of four characters naming it, which no plan sentence sets as an aim again
        self._achieved = frozenset(run for text in achieved for run in key_phrases(text, SLOGAN))
        # the names of the targets file's figures that fell (固定资产投资 下降2.6%): only a
        # topic of theirs recovers (``RECOVERY``)
        self._fell = tuple(sorted(fell))
        self._fallen_topics: frozenset[str] | None = None
        self._fallen_matter_words: frozenset[str] | None = None  # (``_fallen_words``)
        self._foreign: tuple[re.Pattern[str] | None, re.Pattern[str] | None] | None = None
        self.values = dict(values)
        self.county = self.values.get("county", "")
        self.unit = unit_of(self.county)
        other = PRINTED_FOREIGN.get(self.unit)
        self.other_level = re.compile(other) if other else None

    def _start_tables(self, bank: PhraseBank) -> None:
        """What the draft has used, and the answers it keeps by text (shared with an earlier
        composition of the same targets: ``_share_tables``)."""
        self.used: set[str] = set()
        self.used_ids: set[str] = set()
        # the matters of the body sentences offered so far (by id): a piece's matter is read
        # here before its entry is fetched again
        self._matters: dict[str, str | None] = {}
        self.keywords = {topic.name: topic.keywords for topic in bank.topics}
        self._keyword_scan: tuple[WordScan, dict[str, frozenset[str]]] | None = None
        self._scrubbed = tuple(name for name in bank.scrubbed if len(name) >= 2)
        self._keyword_cache: dict[str, dict[str, float]] = {}
        self._topic_scores: dict[tuple[str, str, tuple[str, ...] | None], float] = {}
        # ``_score_on``'s answers kept between runs, by topic, tags and text (``topic_score``)
        self._kept_scores: dict[str, float] = {}
        # every sentence said so far: the number of its bigrams, by its place in the draft, and
        # for each bigram the places of the sentences that hold it (``too_similar``)
        self._said: list[int] = []
        self._said_with: dict[str, list[int]] = {}
        self._said_starts: set[str] = set()  # their first eight characters
        # a text's check by what it depends on (``_fill_checked``: whether it may be planned,
        # whether it is hand-written, the extra values), not by the entry that holds it: a
        # sentence of a unit and the same body sentence are checked once (~1,000 a draft)
        self._prepared: dict[tuple[str, bool, bool, tuple[tuple[str, str], ...]], str | None] = {}
        # ``suits_speech``'s answers by text (and plan, own), kept between runs: read when
        # first asked (a check not kept: ``_fill_checked``)
        self._suits: dict[str, bool] | None = None
        # ``_fill_checked``'s answers for sentences without slots, kept between runs: the
        # filled text, True for the text itself, False for None (see ``_share_tables``)
        self._kept_fills: dict[str, str | bool] = {}
        # …and for sentences with slots, kept by the draft's values too (the same county, date
        # and meeting: a targets file drafted again)
        self._kept_slot_fills: dict[str, str | bool] = {}
        # what ``_fill_checked``'s answers depend on besides a text and the extra values: a
        # digest of the draft's context and values (``_share_tables``)
        self._fills_key = ""
        # ``_refusal``'s tests by what they depend on besides a text
        self._refusals: dict[tuple[object, ...], Refusal] = {}
        self._share_tables()
        # every scrubbed name, found in one scan of a sentence: made when a text is first
        # checked (``_names_scan``)
        self._scrub_scan: WordScan | None = None

    def _share_tables(self) -> None:
        """Reuse the answers that do not depend on the seed from an earlier Selector over the
        same bank and targets (the pipeline re-composes to fit the length): which entries are
        usable, how each text scores on each topic, which terms are foreign to a topic."""
        key = (
            tuple(sorted(self.values.items())),
            self.frame,
            self.public,
            self.business,
            self.todo,
            self.figure_names,
            # (and what ``_suits_context`` reads besides: a draft whose figures fell refuses
            # what one whose figures rose says — 巩固……回升向好 — so the two share no answers)
            self._fell,
            tuple(sorted(self._achieved)),
            self.government,
            self.party,
            self.report,
            self.own_county,
        )
        entry = _SHARED.get(key)
        if entry is None or entry[0] is not self.bank:
            # a text's scores depend on the topics' keywords alone: earlier runs' are reused
            context = _digest(list(self.keywords.items()))
            self._keyword_cache = remembered_table("keywords", context, _is_scores)
            # …and so do its scores on a topic (``topic_score``)
            self._kept_scores = remembered_table("topicscores", context, _is_floats)
            # a sentence without slots is checked alike for any county of the same context
            # (``_fill_checked``): earlier runs' answers are reused
            fills = self._fills_context()  # (a digest of ~1,000 scrubbed names among others)
            self._kept_fills = remembered_table("fills", fills, _is_fill)
            # a sentence with slots is checked alike for the same context and values
            slot_context = _digest([fills, sorted(self.values.items())])
            self._kept_slot_fills = remembered_table("slotfills", slot_context, _is_fill)
            self._fills_key = slot_context
            entry = (
                self.bank,
                self._prepared,
                self._keyword_cache,
                self.memo,
                self._kept_fills,
                self._kept_slot_fills,
                self._kept_scores,
                self._fills_key,
            )
            _SHARED[key] = entry
            while len(_SHARED) > _SHARED_MAX:
                del _SHARED[next(iter(_SHARED))]
        else:
            self._prepared, self._keyword_cache, self.memo = entry[1], entry[2], entry[3]
            self._kept_fills, self._kept_slot_fills, self._kept_scores = entry[4:7]
            self._fills_key = entry[7]

    def _fills_context(self) -> str:
        """A digest of what ``_check_fill`` reads besides a sentence without slots: what
        ``suits_speech`` reads, the unit (its words, and another level's), the county's name
        only where the unit's words are put in (not a 县), --todo, an own county's archive and
        its figures, the bank's scrubbed names."""
        return _digest(
            [
                self._suits_context(),
                self.unit,
                "" if self.unit == "县" else self.county,
                self.todo,
                self.own_county,
                list(self.figure_names),
                list(self._scrubbed),
            ]
        )

    def _suits_context(self) -> str:
        """A digest of what ``suits_speech`` reads besides the text: the date, the terms out of
        date then, another region's terms, the audience."""
        return _digest(
            [
                repr(self.frame),
                None if self.dated is None else self.dated.pattern,
                # (the terms refused follow from the province: their pattern's order does not)
                province_of(self.county),
                self.public,
                self.business,
                sorted(self._achieved),
                self._fell,
                self.government,
                self.party,
                self.report,
            ]
        )

    # --- filtering -------------------------------------------------------------------------

    def prepare(self, phrase: Phrase, extra: Mapping[str, str] | None = None) -> str | None:
        """The entry's text filled and checked, or None when it cannot be used (or was used)."""
        return self._prepare(phrase.text, phrase.kind, phrase.curated, extra)

    def _prepare(
        self,
        text: str,
        kind: Kind,
        curated: bool,
        extra: Mapping[str, str] | None,
    ) -> str | None:
        plan = kind is not Kind.OPENING and kind is not Kind.CLOSING
        key = (text, plan, curated, tuple(sorted(extra.items())) if extra else ())
        filled = self._prepared.get(key, _UNCHECKED)
        if filled == _UNCHECKED:
            filled = self._prepared[key] = self._fill_checked(text, kind, curated, extra)
        if filled is None or filled in self.used or self.placeholders_spent(filled):
            return None
        return filled

    def _fill_checked(
        self, text: str, kind: Kind, curated: bool, extra: Mapping[str, str] | None
    ) -> str | None:
        """``text`` filled and checked for this draft (None: it cannot be said here); what it
        answers depends on ``kind`` only as plan or not (opening and closing), and on
        ``curated``, ``extra`` and the draft's values alone (``_prepare`` keeps it by those).
        A sentence without slots and no ``extra`` is not filled: its answer depends on the
        draft's context only (``_fills_context``), and comes from earlier runs' where it can
        (~3,400 a draft, ~10 ms of checks); one with slots on the values too, and comes from
        earlier runs' with the same values (~800 a draft, ~6 ms of filling and checks)."""
        plan = kind not in (Kind.OPENING, Kind.CLOSING)
        if extra:
            # (kept with the slots' answers, the extra values put before the text: a list of
            # JSON ends where it closes, so no key of one reads as another's)
            table = self._kept_slot_fills
            given = json.dumps(sorted(extra.items()), ensure_ascii=False)
            key = f"x{plan:d}{curated:d}{given}{text}"
        else:
            table = self._kept_slot_fills if "{" in text else self._kept_fills
            key = f"{plan:d}{curated:d}{text}"
        kept = table.get(key)
        if kept is None:
            filled = self._check_fill(text, kind, curated, extra)
            table[key] = False if filled is None else filled == text or filled
            return filled
        return text if kept is True else None if kept is False else kept

    def _check_fill(
        self, text: str, kind: Kind, curated: bool, extra: Mapping[str, str] | None
    ) -> str | None:
        values = self.values if not extra else {**self.values, **extra}
        # Refuse unsafe literal text before filling, so a mask in the bank is never excused by a
        # slot value, and check the result again for the values we put in.
        literal = SLOT_PATTERN.sub("", text) if "{" in text else text
        if UNSAFE.search(literal) or "XX" in literal or "××" in literal:
            return None
        scan = self._names_scan()
        if scan is not None and scan.occurs(literal):
            return None
        plan = kind not in (Kind.OPENING, Kind.CLOSING)
        own = self.own_county and not curated
        if own and text.count("{year}") > 1:
            return None  # a span of years (规划是从{year}年到{year}年) is not one year twice
        if _HORIZON.search(text):
            return None  # the year a plan of years looked to is not this year (round 56)
        # a brand made of the source county's name (“{county}苹果”) shows only with its slot
        if not self.suits_speech(literal, plan=plan, own=own) or (not own and county_brand(text)):
            # the particular the writer supplies (--todo), if that is all that is wrong
            marked = with_placeholders(text) if self.todo and plan else None
            if marked is None:
                return None
            bare = PLACEHOLDER_PATTERN.sub("", SLOT_PATTERN.sub("", marked))
            if not self.suits_speech(bare, plan=plan, own=own):
                return None
            text = marked
            literal = SLOT_PATTERN.sub("", text)
        if not convertible(literal, self.unit):
            return None
        # a county weighing its own case says 我县 (结合{county}实际 → 结合我县实际)
        text = _OWN_CASE.sub(lambda m: f"{m.group(1)}我{self.unit}", text)
        for pattern, name in self.renames:
            text = pattern.sub(name, text)
        # the year of what is named: an assessment a plan rectifies was last year's
        filled = fill_slots(dated_years(text), values)
        if filled is None and self.todo and plan:
            # a past year's figure the writer restates for this year (建设高标准农田{number}万亩
            # → 【待补：数字】万亩), two at most in a sentence
            marked = _NUMERIC_SLOT.sub(lambda m: PLACEHOLDER.format(_NUMERIC[m.group(1)]), text)
            if len(PLACEHOLDER_PATTERN.findall(marked)) <= 2:
                filled = fill_slots(marked, values)
        if filled is None and own and plan:
            # the county's own measure without the figure of the year it was planned for
            # (……，推进实施耕地占补平衡项目{number}个以上 → the clauses before it)
            bare_text = without_figures(text)
            filled = fill_slots(bare_text, values) if bare_text is not None else None
        if filled is None:
            return None
        if self.figure_names and PLACEHOLDER_PATTERN.search(filled):
            # a figure the targets file gives is not asked for again (城乡居民人均可支配收入分别
            # 增长【待补：比例】 after the review's 农村居民人均可支配收入……增长5.7%: round 71's
            # writer), by its name or the measure it names (人均可支配收入 of 农村居民……)
            plain = _plain_figure(filled)
            if any(tail in plain for tail in self._figure_tails):
                return None
        filled = normalise_sentence(filled)
        if not filled or not _balanced(filled):
            return None
        if plan and not self.public and "我们将" in filled:
            # a speech to cadres says what we are to do, not what a report commits to (面对机遇，
            # 我们将积极对接……: round 50's writer read 我们将 in a 全体会议 as a report's voice)
            filled = filled.replace("我们将", "我们要")
        if plan and self.public and "要" in filled:
            # a report commits, it does not order (对新上项目，要严格准入制度 → 对新上项目，严格
            # 准入制度: round 67's writer — 不对下级说“要”)
            filled = _OPEN_DEMAND.sub("", _MID_DEMAND.sub("，", filled))
        # the words printed are the unit's own (文明县城 → 文明城区 for a 市)
        printed = filled if self.unit == "县" else localise(filled, self.unit, self.county)
        if self.other_level is not None and self.other_level.search(printed):
            return None  # another level's own words (全区人民 in a 县's report)
        # (the literal text was scanned above: the same text again cannot hold a name)
        if scan is not None and (
            (filled != literal and scan.occurs(filled))
            or (printed != filled and scan.occurs(printed))
        ):
            return None
        return filled

    def _names_scan(self) -> WordScan | None:
        """The scan of the bank's scrubbed names (None when it has none), made when first
        asked: a draft whose every check was kept between runs never asks it."""
        if self._scrub_scan is None and self._scrubbed:
            self._scrub_scan = _scrub_scan(self._scrubbed)
        return self._scrub_scan

    def _foreign_terms(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        """Another province's programmes and the products the targets file does not name (see
        ``__init__``), made when first asked."""
        if self._foreign is None:
            regional = foreign_terms(self.county, load_regional_terms())
            self._foreign = (regional, untold_products(self._told, load_products()))
        return self._foreign

    def fill_context(self) -> str:
        """A digest of all that ``fill_text``'s answers depend on besides the text: the
        draft's context and values (``_fills_key``), what it has said so far and whether its
        places to fill have run out."""
        full = self.placeholders >= self.placeholder_limit
        return _digest([self._fills_key, sorted(self.used), full])

    def fill_text(self, text: str) -> str | None:
        """A bank sentence (with slots) filled for this draft, or None when it cannot be said
        here: the checks every bank entry passes (see ``prepare``), for a plan sentence."""
        return self._prepare(text, Kind.BODY, False, None)  # (no Phrase built: ~1,500 a draft)

    def topic_pattern(self, topic: str) -> re.Pattern[str]:
        """One alternation of the topic's keywords: a fast test of whether a text can be on it."""
        pattern = self._topic_patterns.get(topic)
        if pattern is None:
            words = sorted((k for k in self.keywords.get(topic, ()) if k), key=len, reverse=True)
            pattern = re.compile("|".join(re.escape(k) for k in words) or "(?!)")
            self._topic_patterns[topic] = pattern
        return pattern

    def _body_fits(self, text: str) -> bool:
        """A sentence or sub-head fits the body of this kind: lines to 人大代表 only in a work
        report; none addressing the hearers (各位代表，民之所望…: the template does that)."""
        if not self.report and is_report_only(text):
            return False
        return not addresses_hearers(text)

    def suits_speech(self, text: str, *, plan: bool = True, own: bool = False) -> bool:
        """Whether bank text can be said by this county, to this audience, at this date
        (``own``: text of the county's own archive, whose particulars are its own)."""
        key = f"{plan:d}{own:d}{text}"
        suits = self._suits
        if suits is None:
            # whether a text suits the speech depends on the date, the audience and the
            # county's region alone: any county of the same region drafting for the same date
            # and audience reuses the answers
            suits = self._suits = remembered_table("suits", self._suits_context(), _is_bool)
        found = suits.get(key)
        if found is None:
            found = suits[key] = self._suits_speech(text, plan=plan, own=own)
        return found

    def fallen_topics(self) -> frozenset[str]:
        """The topics of the targets file's figures that fell (固定资产投资 下降 → 项目建设, by
        the topic each name's words name most)."""
        if self._fallen_topics is None:
            fallen = (self.main_topic(name) for name in self._fell)
            self._fallen_topics = frozenset(topic for topic in fallen if topic is not None)
        return self._fallen_topics

    def _recovers(self, text: str) -> bool:
        """``text``, saying a thing recovers (回升, 企稳), is about a topic of a figure the targets
        file says fell."""
        fallen = self.fallen_topics()
        return bool(fallen) and self.main_topic(text) in fallen

    def _fallen_words(self) -> frozenset[str]:
        """The words of the matters of the targets file's figures that fell (一般公共预算收入 →
        财政, 税收, 预算 …), worked out once."""
        if self._fallen_matter_words is None:
            self._fallen_matter_words = frozenset(
                word
                for name in self._fell
                for label in matters_named(name)
                for word in (*words_of_matter(label), matter_name(label) or "")
                if word
            )
        return self._fallen_matter_words

    def _grows_fallen(self, text: str) -> bool:
        """A clause of ``text`` has a thing the targets file says fell go on growing (确保财政
        收入稳定增长 where 一般公共预算收入 fell: round 121's writers, “没有回应下降”): it names a
        word of that figure's matter (财政, 税收; 消费) and 稳定/持续/稳步增长."""
        if not self._fell or _STILL_GROWING.search(text) is None:
            return False
        words = self._fallen_words()
        return any(
            _STILL_GROWING.search(clause) and any(word in clause for word in words)
            for clause in _CLAUSES.split(text)
        )

    def _names_achieved(self, text: str) -> bool:
        """``text`` names a thing the targets file says the county achieved (a run of four of
        its characters)."""
        return not self._achieved.isdisjoint(key_phrases(text, SLOGAN))

    def _suits_speech(self, text: str, *, plan: bool, own: bool) -> bool:
        if not own and portability_problem(text) is not None:
            return False
        if plan and _MOOD.search(text):
            return False  # a speaker's feeling, not a part's sentence nor a unit's
        if plan and self._achieved and _AIMS_AT.search(text) and self._names_achieved(text):
            return False  # 围绕优质均衡目标 where the county's 优质均衡 passed its assessment
        if plan and self.government and _ALL_BODIES.search(text):
            return False  # 实行主要领导牵头、四大班子分包…… said by the government
        if plan and self.party and is_government_own(text):
            return False  # the government's own conduct at a party committee's meeting
        if plan and RECOVERY.search(text) and self._recovers(text) == bool(HOLDING.search(text)):
            # 持续推动消费回升 where the targets file tells of no fall in 消费; 巩固经济回升向好态势
            # (a rise the plan holds on to) where it tells of one (round 116's three writers:
            # 社零、财政双降, and the heading said 进一步巩固经济回升向好态势)
            return False
        if plan and self._grows_fallen(text):
            return False  # 确保财政收入稳定增长 where 一般公共预算收入 fell
        if own and past_fact(text) is not None:
            return False  # its own, but a fact of the year it was said (第九届桃花节)
        if own and plan:
            from drafter.compose.suitability import measure_text  # (it imports this module)

            if not measure_text(text):
                return False  # a frame of the speech it came from (今天，我代表县政府郑重表态)
        month = self.frame.month if self.frame is not None else None
        year = self.frame.year if self.frame is not None else None
        if is_stale(text, month, year):
            return False
        if plan and not self.report and out_of_season(text, month):
            return False  # (a work report's plan is the year's: its seasons are all ahead)
        if plan and self.frame is not None and self.frame.early and _VOTED.search(text):
            # the congress has not voted the year's 民生实事 yet (round 119's writers: a plenary
            # of 26 December said 对票决出来的民生实事……)
            return False
        # (a term in quotation marks is the term: “七五”普法 is 七五普法)
        if self.dated is not None and self.dated.search(unquoted(text)):
            return False
        if not own:
            regional, products = self._foreign_terms()
            if regional is not None and regional.search(text):
                return False
            if products is not None and products.search(text):
                return False
        if _SEQUEL.search(text):
            return False
        if self.public and is_internal(text):
            return False

        if self.business and is_cadre_business(text):
            return False
        return not (self.frame is not None and self.frame.wrong_time_word(text, plan=plan))

    def main_topic(self, text: str, among: Collection[str] | None = None) -> str | None:
        """The topic ``text`` names most (``keyword_scores``; ``among``: of those topics only),
        the first by name among equals; None when it names none."""
        scores = self.keyword_scores(text)
        if among is not None:
            scores = {t: v for t, v in scores.items() if t in among}
        return max(sorted(scores), key=lambda name: scores[name]) if scores else None

    def keyword_scores(self, text: str) -> dict[str, float]:
        """How strongly ``text`` speaks of each topic (its keywords, longer ones weigh more)."""
        cached = self._keyword_cache.get(text)
        if cached is None:
            if self._keyword_scan is None:
                self._keyword_scan = (
                    WordScan(k for keywords in self.keywords.values() for k in keywords),
                    {name: frozenset(keywords) for name, keywords in self.keywords.items()},
                )
            scan, sets = self._keyword_scan
            found = scan.found(text)
            cached = {}
            if found:
                for name, keywords in self.keywords.items():
                    if sets[name].isdisjoint(found):
                        continue
                    # summed in the keywords' order, as always (the same float to the last bit)
                    score = sum(1.0 + 0.2 * min(len(k), 5) for k in keywords if k and k in found)
                    if score:
                        cached[name] = score
            self._keyword_cache[text] = cached
        return cached

    def topic_score(self, text: str, topic: str, phrase: Phrase | None = None) -> float:
        # (a sentence is scored when it is offered and again when a part filters its pool)
        key = (text, topic, None if phrase is None else phrase.topics)
        score = self._topic_scores.get(key)
        if score is None:
            # (kept between runs: a score depends on the topics' keywords, the topic, the
            # entry's tags and the text alone; ~2,400 a draft)
            tags = "|".join(phrase.topics) if phrase is not None else ""
            kept = f"{topic}\t{tags}\t{text}"
            score = self._kept_scores.get(kept)
            if score is None:
                score = self._kept_scores[kept] = self._score_on(text, topic, phrase)
            self._topic_scores[key] = score
        return score

    def _score_on(self, text: str, topic: str, phrase: Phrase | None) -> float:
        scores = self.keyword_scores(text)
        score = scores.get(topic, 0.0)
        # A sentence that lists many fields (科技创新、产业发展、生态环保、民生保障等) is about
        # none of them in particular.
        others = [v for name, v in scores.items() if name != topic]
        if others:
            first_tag = phrase is not None and phrase.topics[:1] == (topic,)
            score -= (0.25 if first_tag else 0.5) * max(others) + 0.3 * max(0, len(others) - 2)
        if phrase is not None and topic in phrase.topics:
            score += 2.5 if phrase.topics[0] == topic else 1.0
            # An entry tagged with many topics is less specific to this one.
            score -= 0.3 * max(0, len(phrase.topics) - 2)
        return score

    def says_other_matter(self, phrase: Phrase, topic: str) -> bool:
        """The entry's matter belongs to a topic a part on ``topic`` does not speak for
        (安全生产 in a part on 民生保障 when the draft has a part on 安全稳定)."""
        return foreign_matter(phrase.aspect, self.matter_homes.get(topic))

    def says_claimed_matter(self, phrase: Phrase) -> bool:
        """The entry's matter is one another part of the draft says (信访 in the 安全稳定 part:
        not again in the 民生保障 part)."""
        claimed = self._claim_on(phrase)
        return claimed is not None and claimed[0] != self.claim_part

    def says_part_matter(self, phrase: Phrase) -> bool:
        """The entry's matter is one a paragraph of this part composed of units says: a part
        says a matter in one of its paragraphs (round 128's writers found 土壤 in three
        paragraphs of one part, 绿化 in four — its units' and then its sentences')."""
        claimed = self._claim_on(phrase)
        return claimed is not None and claimed[0] == self.claim_part and claimed[1] != SENTENCES

    def _claim_on(self, phrase: Phrase) -> tuple[int, str] | None:
        """The part and paragraph that say the entry's matter, if one does."""
        aspect = phrase.aspect
        if aspect is None or MATTER_SEPARATOR not in aspect:
            return None
        return self.claims.get((Mode.TARGET, aspect))

    def opens_its_source(self, piece: Piece) -> bool:
        """The bank sentence ``piece`` opened a paragraph of its source, or the item a run-in
        sub-heading heads there (一是传统产业抓升级。 then it): what its writer led with."""
        source = piece.provenance
        if source is None or not source.entry or source.kind != Kind.BODY.value:
            return False
        phrase = self.bank.entry(Kind.BODY, source.entry)
        if phrase is None:
            return False
        if self._lead_ends is None:
            self._lead_ends = self.bank.lead_ends()
        return any(
            ref.start == 0 or (ref.file, ref.paragraph, ref.start) in self._lead_ends
            for ref in phrase.sources
        )

    def matter_of_piece(self, piece: Piece) -> str | None:
        """The matter of the bank sentence ``piece`` says (安全稳定/信访), if it has one."""
        source = piece.provenance
        entry = source.entry if source is not None else None
        if source is None or not entry:
            return None
        if source.kind == Kind.PARAGRAPH.value:
            # a unit's sentence says its own matter (国土绿化 and 盗采矿产 in a unit on 土壤: round
            # 44's paragraph joined three units' lines as one matter)
            said = self._unit_matter(entry, piece.text)
            if said is not None:
                return said
        if entry in self._matters:
            aspect = self._matters[entry]
        else:
            # (fetches that one only, of the kind its provenance names: a sub-heading's entry is
            # a lead, a unit's a paragraph)
            kind = _MATTER_KINDS.get(source.kind or Kind.BODY.value)
            phrase = self.bank.entry(kind, entry) if kind is not None else None
            aspect = phrase.aspect if phrase is not None else None
        return aspect if aspect and MATTER_SEPARATOR in aspect else None

    def _unit_matter(self, entry: str, text: str) -> str | None:
        """The matter the unit ``entry``'s sentence ``text`` (as filled) names, if mining gave
        it one: the sentence of the unit's items that ``text`` is (its slots filled)."""
        phrase = self.bank.entry(Kind.PARAGRAPH, entry)
        if phrase is None or len(phrase.matters) != len(phrase.items):
            return None
        for item, matter in zip(phrase.items, phrase.matters, strict=True):
            if item == text or ("{" in item and self.fill_text(item) == text):
                return matter if MATTER_SEPARATOR in matter else None
        return None

    def claim_said(self, paragraphs: Sequence[Paragraph], paragraph: str) -> None:
        """The matters of the bank sentences ``paragraphs`` say, claimed for the part now
        composed (its ``paragraph``)."""
        for said in paragraphs:
            for piece in said.pieces:
                matter = self.matter_of_piece(piece)
                if matter is not None:
                    self.claims.setdefault((Mode.TARGET, matter), (self.claim_part, paragraph))

    def candidates(
        self,
        kind: Kind,
        topic: str | None = None,
        *,
        extra: Mapping[str, str] | None = None,
        min_len: int = 8,
        max_len: int = 160,
        any_topic: bool = False,
        where: Callable[[str], object] | None = None,
        naming: bool = False,
        spare: bool = True,
    ) -> list[Candidate]:
        """Usable entries of ``kind``, best first (seeded jitter between near-equals);
        ``where`` pre-selects entries by their raw text (a cheap test before any scoring);
        ``naming``: only the entries whose text names one of ``topic``'s keywords (those
        ``topic_pattern`` finds), whatever their tags, as the bank's index names them;
        ``spare`` False: the sentences the draft sets aside too (``set_aside``: a sentence
        taking up the targets file's own problem is not done without)."""
        # (the body sentences the loop below would skip whatever the draft has said are left
        # out as the bank fetches them, tested by their texts before any is built: ~2,000 of
        # the ~5,400 entries a draft asked for)
        refusal = self._refusal(spare, min_len, max_len, extra) if kind is Kind.BODY else None
        entries = self._fetch(kind, topic, refusal, any_topic=any_topic, where=where, naming=naming)
        found = self._usable(entries, kind, topic, extra, (min_len, max_len), where, spare)
        found.sort(key=lambda c: (-c.score, c.phrase.id))
        return found

    def _usable(
        self,
        entries: Sequence[Phrase],
        kind: Kind,
        topic: str | None,
        extra: Mapping[str, str] | None,
        lengths: tuple[int, int],
        where: Callable[[str], object] | None,
        spare: bool,
    ) -> list[Candidate]:
        """``candidates``' loop over the fetched ``entries``: each one the draft may say,
        filled, within ``lengths`` (min, max) once filled, with its score."""
        min_len, max_len = lengths
        extra_key = tuple(sorted(extra.items())) if extra else ()
        found: list[Candidate] = []
        body = kind is Kind.BODY
        said_in_body = body or kind is Kind.LEAD
        # (what the loop asks of the selector, looked up once: ~10,000 entries a draft; the
        # answers kept by text or entry are looked up here, their methods called only for a
        # text or entry not seen yet: ``_prepare``, ``_set_aside``, ``_body_fits``,
        # ``topic_score`` and ``favoured`` give the same)
        used_ids, used, prepared = self.used_ids, self.used, self._prepared
        aside, set_aside_ = self._aside, self._set_aside
        fits_body, body_fits = self._fits_body, self._body_fits
        scores, topic_score, draw = self._topic_scores, self.topic_score, self.rng.random
        leaning, leans_on = self._leaning, self._leans_on
        matters, fill_checked = self._matters, self._fill_checked
        # (``_prepare``'s last test: no more 待补 sentences once the draft holds its share)
        full = self.placeholders >= self.placeholder_limit
        for phrase in entries:
            entry = phrase.id
            if entry in used_ids or (where is not None and not where(phrase.text)):
                continue
            if body and spare:
                # (by its text: the same sentence in a unit is set aside with it)
                aside_ = aside.get(phrase.text)
                if aside_ is None:
                    aside_ = set_aside_(phrase.text)
                if aside_:
                    continue
            kind_ = phrase.kind
            plan = kind_ is not Kind.OPENING and kind_ is not Kind.CLOSING
            key = (phrase.text, plan, phrase.curated, extra_key)
            text = prepared.get(key, _UNCHECKED)
            if text == _UNCHECKED:
                text = prepared[key] = fill_checked(phrase.text, kind_, phrase.curated, extra)
            if text is None or text in used or (full and PLACEHOLDER_PATTERN.search(text)):
                continue
            if not min_len <= len(text) <= max_len:
                continue
            if said_in_body:
                fits_ = fits_body.get(text)
                if fits_ is None:
                    fits_ = fits_body[text] = body_fits(text)
                if not fits_:
                    continue
                if topic and topic not in OWN_CONDUCT_TOPICS and is_government_own(text):
                    continue  # (the government's own conduct: its own part says it)
            if topic:
                score = scores.get((text, topic, phrase.topics))
                if score is None:
                    score = topic_score(text, topic, phrase)
                # (well on the topic is enough: past it, the seed chooses)
                score = min(score, ON_TOPIC)
            else:
                score = 0.0
            score += SUPPORT_WEIGHT * min(phrase.support, 5)
            score += draw() * JITTER
            if phrase.curated and spare:
                score -= HAND_WRITTEN  # (hand-written material fills what the corpus does not)
            if phrase.sources:
                source = phrase.sources[0].file
                leans = leaning.get(source)
                if leans is None:
                    leans = leaning[source] = leans_on(source)
                if leans:
                    score += FAVOUR_SENTENCE  # a document the draft leans on
            if body:
                matters[entry] = phrase.aspect
            found.append(Candidate(phrase, text, score, sentence_role(text)))
        return found

    def _fetch(
        self,
        kind: Kind,
        topic: str | None,
        refusal: Refusal | None,
        *,
        any_topic: bool,
        where: Callable[[str], object] | None,
        naming: bool,
    ) -> Sequence[Phrase]:
        """The entries ``candidates`` looks through (see there), but those ``refusal`` refuses
        where the bank can leave them out unbuilt."""
        if naming and topic is not None:
            refused = refusal.refuses if refusal is not None else None
            return self.bank.of_kind_naming(kind, topic, refused)  # (only those fetched)
        if (topic is None or any_topic) and where is not None:
            return self.bank.of_kind_where(kind, where)  # (only those fetched)
        if topic is None or any_topic:
            return self.bank.of_kind(kind)
        if refusal is not None and where is not None:
            # (a few sentences sought by their words: those tested first; not kept)
            test, refuses = where, refusal.refuses
            return self.bank.of_kind_kept(kind, topic, lambda text: not test(text) or refuses(text))
        if refusal is not None:
            return self.bank.of_kind_kept(kind, topic, refusal.refuses, refusal.key)
        return self.bank.of_kind(kind, topic)

    def _refusal(
        self, spare: bool, min_len: int, max_len: int, extra: Mapping[str, str] | None
    ) -> Refusal:
        """What ``candidates``' loop skips of the body kind whatever the draft has said so far,
        as a test of a sentence's text: set aside (``spare``), refused by ``_fill_checked``,
        too short or long once filled, not fit for the body. A county's own archive checks a
        sentence by whether its entry is hand-written too: only set-aside ones are refused."""
        extra_key = tuple(sorted(extra.items())) if extra else ()
        found = self._refusals.get((spare, min_len, max_len, extra_key))
        if found is not None:
            return found
        aside = spare and bool(self.aside_key)
        known_aside, set_aside_, prepared = self._aside.get, self._set_aside, self._prepared
        fill_checked, fits_body, body_fits = self._fill_checked, self._fits_body, self._body_fits
        own = self.own_county
        answers: dict[str, bool] = {}  # (a text is asked again by another topic's fetch)

        def check(text: str) -> bool:
            if aside:
                aside_ = known_aside(text)
                if aside_ or (aside_ is None and set_aside_(text)):
                    return True
            if own:
                return False
            # (asked as the loop asks of a mined entry: the loop's answers are these then)
            key = (text, True, False, extra_key)
            filled = prepared.get(key, _UNCHECKED)
            if filled == _UNCHECKED:
                filled = prepared[key] = fill_checked(text, Kind.BODY, False, extra)
            if filled is None or not min_len <= len(filled) <= max_len:
                return True
            fits_ = fits_body.get(filled)
            if fits_ is None:
                fits_ = fits_body[filled] = body_fits(filled)
            return not fits_

        def refuses(text: str) -> bool:
            answer = answers.get(text)
            if answer is None:
                answer = answers[text] = check(text)
            return answer

        # (the bank keeps what it fetched by this key: the draft's context and values, for
        # ``_fill_checked``; the key of what it sets aside; the rest of what ``check`` reads)
        key = _digest([self.aside_key if aside else "", self._fills_key, self.report])
        found = Refusal(refuses, f"{key}:{min_len}:{max_len}:{extra_key!r}")
        self._refusals[(spare, min_len, max_len, extra_key)] = found
        return found

    def _leans_on(self, source: str) -> bool:
        """``favoured(self.favour, source)``: the draft leans on the document ``source``."""
        return favoured(self.favour, source)

    def _set_aside(self, entry: str) -> bool:
        """``set_aside(self.aside_key, entry)``: ``entry`` is a sentence's text (see
        ``candidates``)."""
        found = self._aside.get(entry)
        if found is None:
            found = False
            if self._aside_hash is not None:
                drawn = self._aside_hash.copy()
                drawn.update(entry.encode())
                found = int.from_bytes(drawn.digest(), "big") / 2**64 < popular_share(
                    self._aside_share, entry
                )
            self._aside[entry] = found
        return found

    def too_similar(self, text: str, *, matters: bool = True) -> bool:
        """True when a sentence already in the draft says nearly the same (half the bigrams of
        the shorter one shared, the same opening words, or a key phrase of six characters
        beyond the stock ones), or repeats a phrase said at most once (以……为抓手).
        ``matters`` False: a sentence the year's plan must say is not refused for being on the
        matter of one the part has said (用好过渡期的最后一年，严格落实各项帮扶政策…… after
        落实落细过渡期支持政策), only for saying the same."""
        if CAPPED_NAMED.search(text):
            # (the formulas spent so far: a few of ``CAPPED``'s, often none)
            if any(n >= 1 and word in text for word, n in self.capped.items() if word in _CAPPED):
                return True
            if any(map(operator.lt, repeat(1), map(text.count, CAPPED))):  # (counted in C)
                return True  # the formula twice in one sentence (力戒形式主义……从形式主义的束缚中)
        if key_phrases(text) & self._section_grams:
            return True
        if key_phrases(text, LONG_PHRASE) & self._said_grams:
            return True
        grams = bigrams(text)
        # Within a part, two sentences on the same matter (落实大宗消费支持政策 / 落实……以旧换新
        # 政策) share a third of their content words.
        content = grams - _COMMON - self._topic_grams
        for other_grams in self._section_said if matters else ():
            if len(content & other_grams) >= SAME_MATTER:
                return True
        # (only where the draft has material to spare: one drafted from the whole bank for its
        # length says an idea again rather than fall short, as it names a term again)
        if (
            matters
            and self.spares
            and self._section_ideas
            and len(text) >= IDEA_CHARS
            and self._same_idea(content)
        ):
            return True
        if text[:8] in self._said_starts:
            return True
        # half the bigrams of the shorter one shared: the shared bigrams of every said sentence
        # that shares any, counted at once from the sentences each bigram is in (a draft checks
        # ~600 sentences against ~100 said: one comparison each took most of the check)
        # (the places chained and counted in C: ~500 of them a sentence)
        places = chain.from_iterable(map(self._said_with.get, grams, repeat(())))
        shared = Counter(places)
        if not shared:
            return False
        # (n >= 0.5 * min(count, said): twice n reaches the count, or a said sentence's number
        # of bigrams; the counts compared in C)
        if 2 * max(shared.values()) >= len(grams):
            return True
        twice = map(operator.mul, shared.values(), repeat(2))
        return any(map(operator.le, map(self._said.__getitem__, shared), twice))

    def weigh_ideas(self, idf: Mapping[str, float]) -> None:
        """Compare the ideas of a part's sentences by ``idf`` (a bigram's weight) from now on."""
        self.idf = idf
        self._rare = max(idf.values(), default=1.0)

    def _same_idea(self, content: frozenset[str]) -> bool:
        """A sentence of the part says the idea of the one whose content bigrams are
        ``content`` in other words (``same_idea_in``)."""
        weight: float | None = None
        for other, other_weight in self._section_ideas:
            if len(content & other) < IDEA_PAIRS:
                continue
            if weight is None:
                weight = idea_weight(content, self.idf, self._rare)
            if same_idea_in(content, other, self.idf, self._rare, (weight, other_weight)):
                return True
        return False

    def take(self, candidate: Candidate, yaml_key: str | None = None) -> Piece:
        self.mark_used(candidate.text)
        self.used_ids.add(candidate.phrase.id)
        return Piece(candidate.text, provenance_of(candidate.phrase, yaml_key))

    def pick(
        self,
        kind: Kind,
        topic: str | None = None,
        *,
        extra: Mapping[str, str] | None = None,
        yaml_key: str | None = None,
        any_topic: bool = False,
        min_len: int = 8,
        max_len: int = 160,
    ) -> Piece | None:
        found = self.candidates(
            kind, topic, extra=extra, any_topic=any_topic, min_len=min_len, max_len=max_len
        )
        return self.take(found[0], yaml_key) if found else None

    def start_section(self, topic: str | None = None, heading: str = "") -> None:
        """A new numbered part: its sentences must not share a key phrase with each other, nor
        so many content words beyond the topic's own that they say the same matter twice, nor
        name a thing another of its sentences named (``names_said``), nor say again a phrase of
        six characters its ``heading`` said (一、坚持项目为王…… then 坚持项目为王，跟踪项目抓签约:
        round 59). What the part before it named is named in no later part (``plan_words``)."""
        if self._in_part:
            self.draft_words |= self.section_words
            self.draft_once |= self.section_once & _once_table()[1]
        self._in_part = True
        self._section_grams = set(heading_runs(heading))
        self.section_words = set()
        self.section_once = set()
        self._section_said = []
        self._section_ideas = []
        self.leads = {}
        words = self.keywords.get(topic, ()) if topic else ()
        self._topic_grams = frozenset(g for w in words for g in bigrams(w)) | bigrams(topic or "")
        # (the part's topic named by its name is no thing it names once: 招商引资 in a part on
        # it — seed 32's report had a part of two sentences)
        self._topic_names = frozenset({topic} if topic else ())

    def resume_section(self, topic: str, texts: Iterable[str]) -> None:
        """The part on ``topic`` taken up again after it was composed (``texts``: what it
        says): its sentences count for ``too_similar`` as the part's own again."""
        self.start_section(topic)
        for text in texts:
            self._section_grams |= key_phrases(text)
            self.section_words |= part_words(text)
            self.section_once |= once_words(text)
            self._note_in_section(text)

    def said_elsewhere(self, phrase: Phrase, topic: str) -> bool:
        """The sentence was said in paragraphs on other topics only, one of which is another
        part's of the draft: it goes on with that paragraph's matter, whatever its own
        words name (加强对政府内部权力的制约，强化……城市管理等重点领域……的监管 was said on
        作风建设, not on 城乡建设; 扎实推进农村人才队伍建设，吸引返乡人才创业就业 on 农业农村, not
        on 民生保障 — round 94's writer read both as 串段). A sentence of a paragraph the bank
        keeps no unit of is judged by its words alone. A draft composed from the whole bank for
        its length keeps to this too (rounds 139–141's writers and blind reader found the first
        example in 城市管理 paragraphs of such drafts; the composition benchmark's drafts all kept
        within 15% of their lengths with it)."""
        if self._contexts is None:
            contexts: dict[tuple[str, int], set[str]] = {}
            for unit in self.bank.of_kind(Kind.PARAGRAPH):
                for ref in unit.sources:
                    contexts.setdefault((ref.file, ref.paragraph), set()).update(unit.topics)
            self._contexts = {key: frozenset(topics) for key, topics in contexts.items()}
        said: set[str] = set()
        for ref in phrase.sources:
            found = self._contexts.get((ref.file, ref.paragraph))
            if found is None:
                return False  # (a context unknown: its words decide)
            said |= found
        if not said or topic in said or not said.isdisjoint(self.matter_homes.get(topic, ())):
            return False
        # (another part's own topic: one it only hosts — 改革创新 beside 工业发展 — leaves a
        # reform paragraph's 敬老院公建民营改革 to the part on 民生保障)
        return any(other in said for other in self.matter_homes if other != topic)

    def belongs_elsewhere(self, phrase: Phrase, topic: str) -> bool:
        """The entry is first about a topic another part of the draft speaks for (商业综合体 of
        商贸消费 offered to the part on 工业发展, where a part is on 商贸消费 or on 文化旅游,
        which speaks for it): that part's, not this one's."""
        return bool(phrase.topics) and phrase.topics[0] in self.spoken_elsewhere(topic)

    def voted_away(self, topic: str) -> frozenset[str]:
        """The topics a sentence whose things are theirs (``ideas.voted_elsewhere``) is said
        under rather than in the part on ``topic``: those other parts speak for
        (``spoken_elsewhere``), but ``topic``'s kin either way (topics.yaml's ``related``:
        农村人居环境 of 乡村振兴, whose words the bank files under 农业农村, is said in either)."""
        homes = self.matter_homes
        known = self._voted.get(topic)
        if known is not None and known[0] is homes:
            return known[1]
        kin = {t.name for t in self.bank.topics if topic in t.related}
        kin.update(r for t in self.bank.topics if t.name == topic for r in t.related)
        if topic in OWN_CONDUCT_TOPICS:
            # (the government's own conduct and carrying the work out share a speech's closing
            # part: 实施清单化管理 is said under either — round 143's test of a plenary's third
            # part fell short when it stayed out of 作风建设)
            kin.update(OWN_CONDUCT_TOPICS)
        found = self.spoken_elsewhere(topic) - kin
        self._voted[topic] = (homes, found)
        return found

    def spoken_elsewhere(self, topic: str) -> frozenset[str]:
        """The topics the draft's other parts speak for — their own and their related topics
        the draft has no part on (``matter_homes``) — that the part on ``topic`` does not."""
        homes = self.matter_homes
        known = self._elsewhere.get(topic)
        if known is not None and known[0] is homes:
            return known[1]
        ours = homes.get(topic, frozenset()) | {topic}
        found = (
            frozenset(
                name for other, names in homes.items() if other != topic for name in names
            ).union(t for t in homes if t != topic)
            - ours
        )
        # (asked for each sentence a part weighs: kept while the draft's homes are the same)
        self._elsewhere[topic] = (homes, found)
        return found

    def names_said(self, text: str) -> bool:
        """``text`` names a thing (河长制, 秸秆禁烧, 非法集资) a sentence of this part or of an
        earlier numbered part named: a plan says each once (round 22: 河长制 three times in one
        part on 生态环保; round 38: 夜经济 in three parts)."""
        words = part_words(text) - self._topic_names
        if not (self.section_words.isdisjoint(words) and self.draft_words.isdisjoint(words)):
            return True
        # (not in a draft from the whole bank at once, short of material even with the
        # popular sentences back: ``pipeline.WHOLE_BANK_ASIDE``)
        return self.once_a_draft and not self.draft_once.isdisjoint(
            draft_once_words(text) - self._topic_names
        )

    def names_in_part(self, text: str, terms: bool = True) -> bool:
        """``text`` names a thing another sentence of this part named (``names_said`` within
        the part), or, with ``terms``, a term reports name in one paragraph of a part
        (``once_words``) where the draft has material to spare."""
        if not self.section_words.isdisjoint(part_words(text) - self._topic_names):
            return True
        # (only in a draft with material to spare, which sets aside a share of the bank: one
        # drafted from the whole bank for its length, or from the county's own archive, says
        # a term again rather than fall short — 8,478 characters of 10,000 asked from 高唐's
        # archive, 8,568 without)
        return bool(terms and self.spares and not self.section_once.isdisjoint(once_words(text)))

    def said_long(self) -> frozenset[str]:
        """The runs of ``LONG_PHRASE`` characters the draft has said so far."""
        return frozenset(self._said_grams)

    def plan_words(self) -> frozenset[str]:
        """The things the draft's numbered parts named so far (the current one's too): a
        part about to be composed names none of them again."""
        if not self._in_part:
            return frozenset()
        named = self.draft_words | self.section_words
        return frozenset(named | self.draft_once if self.once_a_draft else named)

    def spend(self, text: str) -> None:
        """The formulas a speech says once (``CAPPED``) that ``text`` says are said: a sub-head
        (突出抓好十件民生实事) spends them as a sentence does."""
        for word in CAPPED:
            if word in text:
                self.capped[word] = self.capped.get(word, 0) + 1

    def placeholders_spent(self, text: str) -> bool:
        """``text`` leaves the writer a fact to fill and the draft holds its share of them."""
        full = self.placeholders >= self.placeholder_limit
        return full and PLACEHOLDER_PATTERN.search(text) is not None

    @contextmanager
    def placeholders_apart(self, limit: int) -> Iterator[None]:
        """Within: the 待补 places said counted apart from the draft's, up to ``limit`` (a
        review's records of what was done, each with the writer's own figure to fill:
        ``review.REVIEW_PLACEHOLDERS``), the draft's own count and limit as they were after."""
        saved = (self.placeholders, self.placeholder_limit)
        self.placeholders, self.placeholder_limit = 0, limit
        try:
            yield
        finally:
            self.placeholders, self.placeholder_limit = saved

    def mark_heard(self, text: str) -> None:
        """A sub-head of the part (a unit's lead) said: no later sentence of the part repeats
        its key phrases or names its things again (强化提升社会治理实效 / 着力提升社会治理能力)."""
        self._section_grams |= key_phrases(text)
        self.section_words |= part_words(text)
        self.section_once |= once_words(text)
        self.spend(text)

    def mark_used(self, text: str) -> None:
        self.used.add(text)
        self.placeholders += len(PLACEHOLDER_PATTERN.findall(text))
        self._said_grams |= key_phrases(text, LONG_PHRASE)
        self._section_grams |= key_phrases(text)
        self.section_words |= part_words(text)
        self.section_once |= once_words(text)
        self.spend(text)
        if len(text) >= 12:
            grams = bigrams(text)
            for gram in grams:
                self._said_with.setdefault(gram, []).append(len(self._said))
            self._said.append(len(grams))
            self._said_starts.add(text[:8])
        self._note_in_section(text)

    def _note_in_section(self, text: str) -> None:
        """``text``'s content bigrams (beyond the part's topic words) kept for comparing the
        part's later sentences with: by matter (``SAME_MATTER``) and by idea (``_same_idea``)."""
        if len(text) < (IDEA_CHARS if self.idf else 12):  # (IDEA_CHARS is the shorter)
            return
        content = bigrams(text) - _COMMON - self._topic_grams
        if len(text) >= 12:
            self._section_said.append(content)
        if self.idf:
            self._section_ideas.append((content, idea_weight(content, self.idf, self._rare)))


_UNCHECKED = ""  # (a check's answer is a sentence or None: never empty)

# A plan that sets a thing as its aim: what the county achieved already is no aim (round 62's
# writer: 义务教育优质均衡 passed its assessment, and the plan said 围绕优质均衡目标).
_AIMS_AT = re.compile(r"目标|争创|创建|创成|迎接|申报|达标|通过[^，。；]{0,8}(?:验收|评估|认定)")

_SCRUB_SCANS: dict[tuple[str, ...], WordScan] = {}


def _scrub_scan(names: tuple[str, ...]) -> WordScan:
    """The scan of a bank's scrubbed names, built once a process (a draft re-composes)."""
    scan = _SCRUB_SCANS.get(names)
    if scan is None:
        _SCRUB_SCANS.clear()
        memo = remembered_table("scrubbed", _digest(names), _is_bool)
        scan = _SCRUB_SCANS[names] = WordScan(names, memo)
    return scan


def _digest(data: object) -> str:
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()[:24]


def _is_bool(answers: Collection[object]) -> bool:
    """Every answer a bool (their types gathered in C)."""
    return set(map(type, answers)) <= {bool}


def _is_floats(answers: Collection[object]) -> bool:
    """Every answer a float."""
    return set(map(type, answers)) <= {float}


def _is_fill(answers: Collection[object]) -> bool:
    """Every answer a bool or text."""
    return set(map(type, answers)) <= {bool, str}


def _is_scores(answers: Collection[Any]) -> bool:
    """Every answer a dict of floats."""
    if not set(map(type, answers)) <= {dict}:
        return False
    return set(map(type, chain.from_iterable(map(dict.values, answers)))) <= {float}


# An adverb written with 的 before the verb it modifies, a slip of many sources (清醒的认识到,
# 积极的推进): 地. Not before a noun (积极的财政政策).
_ADVERB_DE = re.compile(
    r"(积极|认真|切实|扎实|有效|稳妥|稳步|持续|深入|大力|全力|主动|坚决|清醒|坚定不移|不断|逐步|"
    r"充分|严格|依法|广泛|全面|努力)的(?=推进|落实|开展|做好|抓好|加强|提升|提高|实施|推动|解决|"
    r"认识|看到|发挥|保障|贯彻|完成|执行|处理|应对|化解|维护|参与|支持|服务|融入|改善)"
)


def normalise_sentence(text: str) -> str:
    """Trim, write an adverb before its verb with 地 (清醒的认识到 → 清醒地认识到), and end a
    sentence with 。 (a bank sentence cut at ； or ， ends properly)."""
    text = text.strip().rstrip("，、；：,;:")
    # (searched before it is substituted: a substitution with a template costs ~2 µs even when
    # nothing matches, and a draft normalises ~5,000 sentences, six of them with such a slip)
    if "的" in text and _ADVERB_DE.search(text) is not None:
        text = _ADVERB_DE.sub(r"\1地", text)
    if not text:
        return ""
    if text[-1] not in SENTENCE_END and text[-1] not in "”’）》":
        text += "。"
    return text


FAVOURED_SHARE = 1 / 3  # the share of source documents a draft leans on


def set_aside(key: str, entry: str) -> bool:
    """``entry`` is one the draft of ``key`` (its seed and county) does without: a share
    (``SET_ASIDE``, or the one the key names: ``aside_key``) of the bank's sentences and
    units, drawn by the key. The sentences every draft on a topic would choose first are not in
    every county's draft (two counties' drafts share a sentence set aside by neither), and the
    draft says what the rest holds."""
    if not key:
        return False
    base, share = aside_share(key)
    return draw(f"{base}:aside:{entry}") < popular_share(share, entry)


REPO_POPULAR = Path(__file__).with_name("popular.tsv")
# (1.5 until 6 December: seed 7's drafts shared 24.6% of their sentences, 24.1% at 1.75, with
# hand-written lines 13.4% → 13.8%; at 2.0 those were 15.2%, over their bar)
POPULAR_LIFT = 1.75  # a popular sentence's share set aside: the share × (1 + this × its drafts)
MAX_ASIDE = 0.8  # the share of drafts that do without a sentence, however popular
# A draft composed again from the whole bank for its length (share 0) still does without a
# sentence most drafts take, in as many drafts as take it, where that share is this or more; one
# still short takes it too (share below 0: ``aside_key``). Seed 7's composition benchmark:
# drafts shared 25.4% of their sentences, 23.1% with it (4 in 10 of its drafts end in the whole
# bank's rounds, where 严查未批先建…… came back in 19 of 30).
WHOLE_POPULAR_FROM = 0.3


@lru_cache(maxsize=1)
def popular_shares() -> dict[str, float]:
    """``popular.tsv`` (made by ``benchmarks/popularity.py``): the bank's sentences most drafts
    take, each with the share of drafts for random counties that took it."""
    found: dict[str, float] = {}
    for line in REPO_POPULAR.read_text(encoding="utf-8").splitlines():
        share, _, text = line.partition("\t")
        if text:
            found[text] = float(share)
    return found


def popular_share(share: float, entry: str) -> float:
    """The share of drafts that do without ``entry`` where ``share`` do without any: more for a
    sentence most drafts would take (开展消费季、消费月活动…… in 24 of 30), so that two counties'
    drafts take it together less often."""
    taken = popular_shares().get(entry)
    if taken is None:
        return share
    if share <= 0:
        return taken if taken >= WHOLE_POPULAR_FROM else 0.0
    # (a draft short of material sets less of the bank aside, but not more of the sentences
    # every draft takes: what comes back for its length is what other drafts do not say)
    return min(MAX_ASIDE, max(share, SET_ASIDE) * (1 + POPULAR_LIFT * taken))


def aside_key(favour: str, share: float) -> str:
    """The key of ``set_aside`` for the draft of ``favour`` (its seed and county) doing without
    ``share`` of the bank: at share 0 the popular sentences alone (``popular_share``), none
    below 0 (the whole bank, every sentence in it). A smaller share sets aside some of the entries
    the whole share does, none other (a draft short of material, composed again with less set
    aside, stays near the one it was)."""
    if not favour or share < 0:
        return ""
    return favour if share == SET_ASIDE else f"{favour}@{share:g}"


def aside_share(key: str) -> tuple[str, float]:
    """``aside_key``'s draft and share."""
    base, _, share = key.partition("@")
    return base, float(share) if share else SET_ASIDE


def favoured(key: str, source: str) -> bool:
    """``source`` is one of the documents the draft of ``key`` (its seed and county) leans on:
    a third of them, drawn by the key. A draft that takes most of its paragraphs from a few
    documents reads as written by one hand, and two counties' drafts lean on different ones."""
    if not key or not source:
        return False
    return draw(f"{key}:{source}") < FAVOURED_SHARE


@lru_cache(maxsize=65536)
def draw(text: str) -> float:
    """A number in [0, 1) drawn by ``text``, the same on every run. (Not CRC32: it is linear,
    so two keys differing in a fixed place draw related numbers for every entry.)"""
    digest = hashlib.blake2b(text.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


# A body sentence stating the year's energy and emission goal (能耗及污染物排放等约束性指标完成
# 省定任务, 全面完成省市下达的节能减排任务): the goals paragraph states it, with the authority
# setting it, once (round 143's three writers: 目标写“市下达”，生态一节又写“完成省定任务”，前后
# 两个口径).
GOAL_RESTATED = re.compile(
    r"(?:约束性指标|节能减排|能耗)[^。；，]{0,16}(?:完成|达到)[^。；，]{0,8}(?:任务|目标)"
    r"|完成[^。；，]{0,10}(?:节能减排|能耗|约束性指标)[^。；，]{0,10}(?:任务|目标)"
)

# A county's own case weighed (结合{county}实际, 契合{county}实际): it says 我县, not its name
# (round 58's writer: “结合峪滦县实际”, a template's county name swapped in).
_OWN_CASE = re.compile(r"(结合|契合|符合|立足|从)\{county\}(?=实际)")

# A plan's horizon year (到{year}年，形成全域旅游大格局: a 2020 plan's 2025): filled with the
# year drafted for it reads as this year's goal (round 56's writer, a report of January 2025);
# a deadline within the year (到{year}年底) is this year's.
_HORIZON = re.compile(r"(?:到|至)\{year\}年(?![底末内])")

JITTER = 4.0  # how far the seed may reorder near-equal entries
# The parts on the government's (or the cadres') own conduct: a line on it (加强对政府内部权力的
# 制约，强化……城市管理等重点领域和关键环节的监管) goes in no part on the county's work, whatever
# its words name (rounds 139–150's writers read it in 城乡建设 again and again)
OWN_CONDUCT_TOPICS = frozenset({"作风建设", "抓落实"})
SUPPORT_WEIGHT = 0.15  # per source that says the sentence (up to five)
# A sentence's topic score counts up to this (a part's median sentence scores ~3.5, one in ten
# over ~6.5): a sentence naming its topic's words again and again (开展消费季、消费月活动……
# 引导消费预期，激活消费信心) outscored every other by more than the seed can reorder, and was
# in 22 of 30 counties' drafts on the composition benchmark.
ON_TOPIC = 5.0
FAVOUR_SENTENCE = 4.0
# what a hand-written sentence gives up against a mined one where the draft chooses among many
# (not where it seeks a sentence by its words: ``spare`` False, an answer to its own facts)
HAND_WRITTEN = 2.5
SENTENCES = "sentences"  # the paragraphs of a part composed sentence by sentence, as a claimant
SAME_MATTER = 5  # shared content bigrams beyond the topic's words: two sentences say one matter
# Two sentences of a part sharing this many content bigrams, weighing this share of the lighter
# one's (``Selector._same_idea``), say one idea; sentences shorter than ``IDEA_CHARS`` are not
# weighed (a bare lead names its matter, and the next sentence develops it)
IDEA_PAIRS = 2
SAME_IDEA = 0.3
IDEA_CHARS = 6


def idea_weight(grams: Iterable[str], idf: Mapping[str, float], rare: float) -> float:
    """The weight of ``grams``: their inverse frequencies (``rare`` for one ``idf`` lacks)."""
    get = idf.get
    return sum(get(gram, rare) for gram in grams)


def same_idea_in(
    a: frozenset[str],
    b: frozenset[str],
    idf: Mapping[str, float],
    rare: float,
    weights: tuple[float, float] | None = None,
) -> bool:
    """Two sentences whose content bigrams are ``a`` and ``b`` say one idea in other words:
    they share ``IDEA_PAIRS`` bigrams or more, weighing ``SAME_IDEA`` of the lighter one's
    (帮助企业稳订单、拓市场 / 支持企业拓市场、抢订单; 有效防控……政府债务、金融等各类风险 / 有效
    防控金融风险、地方债务风险: round 126's three writers). ``weights``: theirs, if known.
    Tuned on the pairs writers named (``tests/data/same_idea_pairs.tsv``): 13 of 29 found,
    and 0.5% of the pairs of sentences of the bank's plan paragraphs (0.25: 15, 0.8%)."""
    shared = a & b
    if len(shared) < IDEA_PAIRS:
        return False
    if weights is None:
        weights = (idea_weight(a, idf, rare), idea_weight(b, idf, rare))
    lighter = min(weights)
    return lighter > 0 and idea_weight(shared, idf, rare) >= SAME_IDEA * lighter


# The county's four leading bodies (县委、人大、政府、政协) named as one to put to work: the
# party committee's words, not the government's.
_ALL_BODIES = re.compile(r"四大班子|四套班子")


# Words telling that a thing recovers from a fall (消费回升, 投资企稳): a county whose targets
# file tells of no fall in it has nothing to recover from (round 92's writer: 消费市场稳步回升
# over 增长1.7%; round 94's: 持续推动消费回升 with no figure of 消费 given, “回升没有依据”).
# The people's congress's vote on the year's 民生实事, said as held (票决出来的, 票决确定的).
_VOTED = re.compile(r"票决(?:出来|产生|确定|通过)?的")
RECOVERY = re.compile(r"回升|回暖|企稳|止跌|扭转|触底")
# …that holds on to a recovery under way (巩固……回升向好态势, 保持……回暖势头): said of a rise
# a thing that goes on growing (稳定增长): not what the plan says of a figure that fell
_STILL_GROWING = re.compile(r"(?:稳定|持续|稳步|平稳|保持)增长")
_CLAUSES = re.compile(r"[，。；：]")
HOLDING = re.compile(r"(?:巩固|保持|延续|稳固|巩固和增强)[^，。；]{0,10}?(?:回升|回暖|企稳)")


# Phrases a speech says at most once: a second 以……为抓手 reads as a formula.
def _plain_figure(text: str) -> str:
    """A figure's name as reports vary it (规模以上工业企业 / 规上工业企业), for comparing."""
    return text.replace("规模以上", "规上").replace("新建", "").replace("新增", "")


FIGURE_TAIL = 5  # the shortest end of a figure's name that names its measure (可支配收入)
MAX_PLACEHOLDERS = 6  # 待补 sentences in one draft (--todo): a few facts to look up, not a form
# …but a county drafting from its own archive restates its own measures with this year's
# figures, which only the writer has
MAX_OWN_PLACEHOLDERS = 40
_NUMERIC = {"number": "数字", "amount": "金额", "percent": "比例"}
_NUMERIC_SLOT = re.compile(r"\{(number|amount|percent)\}")
CAPPED = (
    "为抓手",
    "牛鼻子",
    "重中之重",
    "生命线",
    "以商招商",
    "倒排工期",
    "挂图作战",
    "民生实事",
    "过紧日子",
    "形式主义",
    "专项债",
    "以旧换新",
    "农村公路",
    "钉钉子",
    "一张蓝图",
    "比学赶超",
    "实绩论英雄",
)
_CAPPED = frozenset(CAPPED)
# any of them in a text: a text without any neither spends nor repeats one (one search, where
# the tests below ask each formula: ~500 sentences a draft, most of them naming none)
CAPPED_NAMED = re.compile("|".join(map(re.escape, CAPPED)))
# Stock phrases every sentence may share; they are cut out before looking for repeated phrases.
_STOCK = re.compile(
    # (names said in full as often as needed: the Party's centre and its guiding thought)
    r"以习近平同志为核心的党中央|习近平新时代中国特色社会主义思想|"
    r"高质量发展|经济社会发展|人民群众|全县上下|各乡镇、各部门|各乡镇|各部门|"
    r"进一步|不断提升|切实加强|全面提升|持续推进|扎实推进|加快推进|坚持不懈|"
    r"[^\u4e00-\u9fff]"
)
KEY_PHRASE = 6  # characters: two sentences of a part sharing this long a phrase repeat it
LONG_PHRASE = 8  # characters: no two sentences of a speech share this long a phrase


@lru_cache(maxsize=32768)
def heading_runs(heading: str) -> frozenset[str]:
    """The runs of ``KEY_PHRASE`` characters a part's heading says outside the stock phrases
    (not the objects its clauses act on: a part's sentences act on its heading's matter)."""
    return frozenset(_runs(heading, KEY_PHRASE)) if heading else frozenset()


@lru_cache(maxsize=16384)  # (asked again of the same sentences: ~2,300 calls, ~1,600 texts a draft)
def key_phrases(text: str, size: int = KEY_PHRASE) -> frozenset[str]:
    """Every run of ``size`` Chinese characters in ``text`` outside the stock phrases; at the
    part's size (``KEY_PHRASE``), the objects its clauses act on too (``clause_objects``)."""
    runs = _runs(text, size)
    # (the objects in the same set: the runs' set and its union with them are one set)
    return frozenset(chain(runs, clause_objects(text)) if size == KEY_PHRASE else runs)


def _runs(text: str, size: int) -> list[str]:
    """Every run of ``size`` Chinese characters in ``text`` outside the stock phrases."""
    pieces = _unstocked(text).split("\t")
    # (a list made first: a comprehension builds it faster than a generator feeds the set)
    return [piece[i : i + size] for piece in pieces for i in range(len(piece) - size + 1)]


@remembered("unstocked")  # (its alternation tried at every place: kept between runs)
def _unstocked(text: str) -> str:
    """``_STOCK.split(text)`` joined by tabs: the runs of Chinese characters outside the stock
    phrases (``_STOCK`` cuts at every other character, so no run holds a tab)."""
    return "\t".join(_STOCK.split(text))


# What a clause opens with before the thing it acts on: how much, how, and the verb (加强,
# 持续强化, 进一步加大); longest first.
_ACTING = tuple(
    sorted(
        [
            "进一步",
            "不断",
            "持续",
            "继续",
            "全面",
            "深入",
            "大力",
            "着力",
            "积极",
            "切实",
            "扎实",
            "全力",
            "加快",
            "加速",
            "努力",
            "认真",
            "坚决",
            "严格",
            "依法",
            "有效",
            "稳步",
            "统筹",
            "重点",
            "强力",
            "全速",
            "务实",
            "科学",
            "精准",
            "常态化",
            "加强",
            "强化",
            "推进",
            "推动",
            "实施",
            "开展",
            "抓好",
            "抓实",
            "抓牢",
            "做好",
            "做实",
            "做优",
            "做强",
            "做大",
            "落实",
            "完善",
            "健全",
            "提升",
            "提高",
            "深化",
            "优化",
            "加大",
            "促进",
            "建立",
            "狠抓",
            "用好",
            "规范",
            "夯实",
            "巩固",
            "压实",
            "守牢",
            "筑牢",
            "织密",
        ],
        key=lambda word: (-len(word), word),
    )
)
_CLAUSE_TEXT = re.compile(r"[\u4e00-\u9fff]+")
OBJECT_CHARS = (4, 10)  # an object's length, shortest and longest, to be compared
# ``_ACTING``'s words at the start of a clause, one after another, each the first (longest) of
# them that leaves at least ``OBJECT_CHARS[0]`` characters after it (a clause is Chinese alone)
_OPENING = re.compile(
    "(?:" + "|".join(f"{re.escape(word)}(?=.{{{OBJECT_CHARS[0]}}})" for word in _ACTING) + ")*"
)


@lru_cache(maxsize=32768)
def clause_objects(text: str) -> frozenset[str]:
    """What each clause of ``text`` acts on, its opening words of how and what to do cut away
    (加强财源建设 / 强化财源建设: 财源建设; 持续优化营商环境 / 不断优化营商环境: 营商环境), marked
    ``§`` apart from phrases: two sentences of a part acting on one object say one thing twice
    in other words (round 44's 加强财源建设……强化财源建设 in one paragraph)."""
    found: set[str] = set()
    for clause in _CLAUSE_TEXT.findall(text):
        # (the opening words cut one after another, each the longest that leaves an object of
        # ``OBJECT_CHARS[0]`` characters: ``_OPENING``, one match in C)
        cut = _OPENING.match(clause).end()  # type: ignore[union-attr]  # (matches "" at least)
        if cut and OBJECT_CHARS[0] <= len(clause) - cut <= OBJECT_CHARS[1]:
            found.add("§" + clause[cut:])
    return frozenset(found)


def overlap(a: frozenset[str], b: frozenset[str]) -> int:
    return len((a & b) - _COMMON)


def said_thrice(pieces: Sequence[Piece]) -> list[Piece]:
    """``pieces`` without a bank sentence saying a phrase of four characters two sentences
    before it in the paragraph said (绿色低碳 in five sentences of one paragraph: rounds 25,
    27) — a paragraph names its matter, it does not chant it."""
    said: dict[str, int] = {}
    kept: list[Piece] = []
    for piece in pieces:
        runs = key_phrases(piece.text, SLOGAN)
        mined = piece.provenance is not None and bool(piece.provenance.entry)
        if mined and kept and any(said.get(run, 0) >= 2 for run in runs):
            continue
        for run in runs:
            said[run] = said.get(run, 0) + 1
        kept.append(piece)
    return kept


SLOGAN = 4  # characters of a phrase a paragraph says at most twice
