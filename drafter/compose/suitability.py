"""Whether a bank sentence suits a part of a new speech about a topic.

Input: candidate sentences (already filled and safe); output: yes/no and why not. A deployment
part speaks about the year ahead, for this county, on this part's topic: it does not report last
year's achievements (一年来……取得了……), state a problem without acting on it, date itself to
another speech (下半年, 今天, 十四五), lean on a sentence that is not there (为此, 其中), speak
for a province or a city, number items its own way (一是, 二要), or belong to another topic.
"""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.compose.ideas import voted_elsewhere
from drafter.compose.select import _COMMON, Candidate, Selector, bigrams, matter_words
from drafter.phrasebank.model import Phrase
from drafter.targets.material import GENERAL_TOPICS
from drafter.verdicts import remembered
from drafter.wordscan import WordScan

# Sentences that only make sense where they were said: ordinals and outline markers that would
# break our own numbering, time references of another speech, and openers that lean on the
# sentence before.
_OUT_OF_PLACE = re.compile(
    r"[一二三四五六七八九十]是|[一二三四五六七八九十]要|第[一二三四五六七八九十][，、]|首先|其次|"
    r"[一二三四五六七八九十]、|（[一二三四五六七八九十]）|上半年|下半年|季度|今年以来|截至|目前|"
    r"刚才|会前|会后|明天|昨天|这次会议|本次会议|今天|之年|十三五|十四五|十五五|"
    # an antecedent that is not there (对尚未整改到位的…… after no list of problems; round 27:
    # 对于这些存在的问题，我们将……认真加以解决 closing a part on 乡村振兴)
    r"尚未整改|上述|(?:以上|这些)[^，。；]{0,4}问题|^对此，|顺利完成|"
    # the year's goals, which the draft states once from the targets file where a report or a
    # speech sets them out (round 89's writer: 经济社会发展的预期目标是：县域生产总值增长…… in a
    # part, after the goals, with other names for the same figures)
    r"(?:预期|主要)目标(?:是|为|：)"
)
# A maxim (艰难方显勇毅，磨砺始得玉成; 机遇与挑战同在，希望与困难并存) or an exclamation is a
# speaker's flourish, never a measure inside a paragraph of measures.
_MAXIM = re.compile(r"从来都|从来不是|唯有|方能|方显|始得|玉成|斗争精神|拦路虎|绊脚石")
_COUPLET = re.compile(r"^([\u4e00-\u9fff]{4,9})，([\u4e00-\u9fff]{4,9})[。！]$")
# Connectors that carry on an argument from the sentence before (加之我县区位优势明显……): out of
# that argument, the sentence leans on nothing; and words going through what the sentence before
# listed (逐一制定实施方案，明确具体路径……: round 79's and the read-through's reader — 逐一 of
# what?).
_LEANING = re.compile(
    r"^(其中|比如|例如|对此|为此|因此|此外|另外|但|而|所以|这|该|此|其|同时|尤其|加之|况且|"
    r"并且|而且|与此同时|另一方面|总之|总的来看|可以说|事实上|实践证明|由此|从而|进而|然而|"
    r"不过|虽然|尽管|随着|鉴于|逐一|分别)"
)


def leans_on_before(text: str) -> bool:
    """``text`` carries on from the sentence before it (同时推进其他景区……, 其中……, 为此……)."""
    return _LEANING.match(text) is not None


# A sentence that can follow 一要/一是 directly starts with a verb of action.
VERB_START = re.compile(
    r"^(要)?(加快|加强|加大|推进|推动|深入|深化|持续|全面|大力|积极|着力|坚持|强化|扎实|切实|抓好|"
    r"抓实|抓紧|落实|统筹|完善|健全|优化|提升|提高|做好|做强|做优|做实|建设|建立|聚焦|围绕|紧盯|"
    r"用好|严格|稳定|培育|引进|打造|开展|创新|保障|巩固|发展|鼓励|支持|不断|进一步|实施|狠抓|"
    r"筑牢|守牢|扩大|促进|构建|探索|坚决|力争|确保|全力|精准|突出|牢牢|主动|科学|做到|抓|推|"
    r"加|强|提|深|落|优|补|拓|壮|育|引|守|防|化|严|压|夯|激|释放|盘活|规范)"
)


# What a deployment speech does not say about the year ahead: achievements of the past year
# (一年来……取得了……, 荣获, 入选) and statements of a problem that are not a call to act on it.
# Every branch starts with a literal character (了 looks behind itself for 为了/除了; the endings
# are spelt out one by one), so that ``re`` skips to the positions holding one of those first
# characters instead of trying each branch at every position (~14 → ~3 µs a sentence).
_PAST = re.compile(
    r"过去一年|年来|以来|去年|上年|了(?<![为除]了)(?!解|如指掌|然|不起|结)|获评|荣获|获得|入选|被评为|被命名|表扬|历史|"
    r"位居|居全省|居全市|越来越|越过越|"
    r"开创了|实现了|取得了|完成了|迈出了|成功举办|成功创建|顺利通过|攀升|成效明显|成效显著|明显好转|"
    # result states: what a year has brought about, not what the year ahead will do
    r"大幅提升|大幅提高|大幅增长|更加殷实|日趋|日益完善|显著提升|显著改善|明显提升|明显改善|"
    r"加快构建[。！]?$|持续增强[。！]?$|不断增强[。！]?$|稳步提升[。！]?$|持续提升[。！]?$|"
    r"焕然一新[。！]?$|持续升温[。！]?$|稳中有进[。！]?$|"
    # a clause reporting the state reached (美好生活更加可见可感), not a purpose (让……更加……)
    r"，[^，。；让使]{2,8}更加[^，。；]{2,6}[。！]?$|可见可感|"
    r"体会到|实践证明|一年的|取得[^，。；]{0,8}(成效|成果|进展|突破|成绩)|得到(有效|明显|显著|充分|全面)?"
    r"(提升|改善|加强|巩固|遏制|落实|释放)|已经|均已|基本完成|全面完工|稳中向好"
)
_PROBLEM = re.compile(
    r"不足|不强|不够|不高|不优|不快|不多|不稳|乏力|薄弱|欠账|差距|滞后|还需|仍然|亟待|较大|突出问题"
)


# A county speaker does not speak for a province or a city (制造强省, 我市, 全省上下).
_OTHER_LEVEL = re.compile(r"我省|我市|全省上下|全市上下|强省|省域|市域|各市|世界级")


def is_flourish(text: str) -> bool:
    """An exclamation or a two-clause maxim of matching halves that does not start with a verb."""
    if text.endswith("！") or _MAXIM.search(text):
        return True
    match = _COUPLET.match(text)
    if match is None or VERB_START.match(text):
        return False
    return abs(len(match.group(1)) - len(match.group(2))) <= 1


def fits(candidate: Candidate) -> bool:
    return _fits(candidate.text)


@lru_cache(maxsize=8192)  # (a part's pools ask it again of sentences seen before: 40% of ~3,300)
@remembered("fits")
def _fits(text: str) -> bool:
    if _OUT_OF_PLACE.search(text) or _LEANING.search(text) or _PAST.search(text):
        return False
    if is_flourish(text):
        return False
    if _OTHER_LEVEL.search(text):
        return False
    return not (_PROBLEM.search(text) and not VERB_START.match(text))


# A speaker's frame, not a measure: a declaration (今天，我代表县政府郑重表态), the moment
# (当前，我们处在……), a creed or a quotation (我们坚信, 习近平总书记指出), a rally (让我们……).
_FRAME = re.compile(
    r"^(?:今天|当前|目前|现在)，|^(?:我|我们)(?:坚信|相信|深知)|^习近平总书记(?:指出|强调)|"
    r"^牢记总书记|^让我们|责任重大|使命光荣|任重而道远|一定(?:能够|会|要)"
)


def measure_text(text: str) -> bool:
    """Bank text a plan paragraph can say among its measures: no speaker's frame, flourish or
    reference to its own occasion (今天, 之年), no result reported, no shortcoming stated (what
    ``fits`` asks of a loose sentence, less what a paragraph's own order makes right: a
    connective that leans on the sentence before it)."""
    if _FRAME.search(text) or _OUT_OF_PLACE.search(text) or _PAST.search(text):
        return False
    if is_flourish(text) or _OTHER_LEVEL.search(text):
        return False
    return not (_PROBLEM.search(text) and not VERB_START.match(text))


def drop_want(text: str) -> str:
    """一要 + 要加快…… → 一要加快……; but 要素保障 keeps its 要."""
    return text[1:] if text.startswith("要") and VERB_START.match(text[1:]) else text


ELSEWHERE_MARGIN = 1.0  # another part's topic named by one keyword more than the part's own


def about_another_topic(
    selector: Selector, text: str, topic: str, phrase: Phrase | None = None
) -> bool:
    """True when the sentence's words belong clearly to another topic (安全生产大于天 is not a
    民生 sentence even if the miner tagged it so). An entry whose first tag is this topic is
    given more benefit of the doubt: 工业……稳增长 is still an industry sentence."""
    scores = selector.keyword_scores(text)
    # a related topic the draft has no part of is this part's to speak for (乡村振兴 in a part
    # on 农业农村 when there is no part on 乡村振兴)
    ours = selector.matter_homes.get(topic, frozenset()) | frozenset((topic,))
    own = max(scores.get(name, 0.0) for name in ours)
    others = [score for name, score in scores.items() if name not in ours]
    # The strongest topic decides, whatever the entry's tags say (实施国有企业改革 is 改革, not
    # 工业). A sentence that names its topic outright (工业是县域经济的脊梁) keeps a wide benefit of
    # the doubt, an entry first-tagged with the topic a small one.
    if any(word in text for word in topic_heads(selector).get(topic, ())):
        margin = 3.0
    else:
        margin = 2.5 if phrase is not None and phrase.topics[:1] == (topic,) else 1.0
    # A sentence naming four or more other fields is a list of fields, not about this one.
    if len(others) >= 4 or any(score > own + margin for score in others):
        return True
    # The things it names are another part's topic's (not a kin's), whatever its keywords
    # (加强知识产权保护，严厉打击侵害民营企业权益的违法犯罪行为 is said in the part on 安全稳定,
    # not on 工业发展 — round 156's writers). Where no part says that topic, the sentence is
    # this part's to say or no one's (refused everywhere, it had left the bank's pools thinner:
    # the drafts of the composition benchmark's seed 7 shared 25.8% of their sentences).
    away = selector.voted_away(topic)
    if away and voted_elsewhere(text, ours) in away:
        return True
    # Another part of the draft can say it: its words name that part's topic more, whatever
    # its tags (壮大老字号企业规模，打造特色商业街区…: 商业, 街区 against one 企业 — round 25
    # found it in the part on 工业 of a draft with a part on 商贸消费)
    elsewhere = selector.spoken_elsewhere(topic)
    if any(score > own + ELSEWHERE_MARGIN for name, score in scores.items() if name in elsewhere):
        return True
    # A long term of another topic (和美乡村 in 民生, 公共卫生 under 应急), or a word that marks
    # it unmistakably (旅游 in an industry part), marks the sentence's subject.
    # (a long term is a keyword: one of another topic's in the text gives that topic a score, so
    # with no other topic scored there is none to look for)
    if (others and _foreign_term(selector, text, topic, ours)) or _foreign_marker(
        text, topic, ours
    ):
        return True
    # A definition (产业是高质量发展的基础) is about its subject: the subject must be this topic's.
    match = _DEFINITION.match(text)
    if match is None:
        return False
    return selector.keyword_scores(match.group(1)).get(topic, 0.0) <= 0


# Words that mark a topic unmistakably, whatever else a sentence says.
TOPIC_MARKERS: dict[str, tuple[str, ...]] = {
    "文化旅游": ("旅游", "文旅", "景区"),
    "工业发展": ("工业", "制造业", "园区"),
    "教育卫生": ("教育", "医疗", "医院", "学校"),
    "招商引资": ("招商",),
    "商贸消费": ("消费", "商贸", "电商", "物流"),
    "生态环保": ("污染", "环保", "生态环境"),
    "安全稳定": ("安全生产", "信访", "防汛", "森林防火", "防灾减灾"),
    "农业农村": ("粮食", "农田", "耕地", "农产品"),
    "乡村振兴": ("乡村振兴", "脱贫", "返贫", "过渡期", "三保障"),
    "民生保障": ("低保", "特困", "社会救助", "养老服务"),
    "作风建设": ("党建", "党组织", "党风廉政", "意识形态"),
    "改革创新": ("国有企业改革", "国企改革", "财税体制", "土地制度改革", "平台公司"),
}


def _foreign_marker(text: str, topic: str, ours: frozenset[str]) -> bool:
    # (the words looked for in C: ~600 sentences a draft)
    if any(map(text.__contains__, TOPIC_MARKERS.get(topic, ()))):
        return False
    return any(map(text.__contains__, _markers_besides(ours)))


@lru_cache(maxsize=64)
def _markers_besides(ours: frozenset[str]) -> tuple[str, ...]:
    """The marker words of the topics not in ``ours``."""
    return tuple(
        word for name, words in TOPIC_MARKERS.items() if name not in ours for word in words
    )


_DEFINITION = re.compile(r"^([^，。；、]{2,10}?)(?:是|就是)[^，。；]{2,}")


def _foreign_term(selector: Selector, text: str, topic: str, ours: frozenset[str]) -> bool:
    key = (text, topic, ours)
    cached = selector.memo.get(key)
    if cached is None:
        cached = selector.memo[key] = _find_foreign_term(selector, text, topic, ours)
    return cached


def _find_foreign_term(selector: Selector, text: str, topic: str, ours: frozenset[str]) -> bool:
    scan, topics_of, kin = _long_term_scan(_long_terms(selector))
    # only the long terms in the text are looked at (found in one scan, not ~300 substring tests)
    for word in scan.found(text):
        for name in topics_of[word]:
            if name not in ours:
                # (whether the term is within one of the topic's own keywords, or holds one:
                # asked once a term and topic, not for each sentence, ~100 keywords each time)
                own = kin.get((word, topic))
                if own is None:
                    own = kin[(word, topic)] = any(
                        word in k or k in word for k in selector.keywords.get(topic, ()) if k
                    )
                if not own:
                    return True
    return False


_Terms = tuple[tuple[str, str], ...]
_LongScan = tuple[WordScan, dict[str, tuple[str, ...]], dict[tuple[str, str], bool]]
_LONG_SCANS: dict[int, tuple[_Terms, _LongScan]] = {}


def _long_term_scan(terms: _Terms) -> _LongScan:
    """The long terms' scan, each term's topics and whether a term is kin to a topic's own
    keywords (filled as asked), made once per table of terms (the terms are the selector's
    keywords': the same keywords answer the kinship)."""
    found = _LONG_SCANS.get(id(terms))
    if found is None or found[0] is not terms:
        topics_of: dict[str, list[str]] = {}
        for name, word in terms:
            topics_of.setdefault(word, []).append(name)
        scan: _LongScan = (WordScan(topics_of), {w: tuple(n) for w, n in topics_of.items()}, {})
        found = (terms, scan)
        _LONG_SCANS.clear()  # one table at a time: the terms are kept alive by the entry
        _LONG_SCANS[id(terms)] = found
    return found[1]


def _long_terms(selector: Selector) -> tuple[tuple[str, str], ...]:
    """Every (topic, keyword) pair whose keyword has four characters or more."""
    if selector.long_terms is None:
        selector.long_terms = tuple(
            (name, word)
            for name, words in selector.keywords.items()
            for word in words
            if len(word) >= 4
        )
    return selector.long_terms


def similar(a: str, b: str) -> bool:
    """Near-duplicates: most of the shorter one's bigrams are in the other."""
    ga, gb = bigrams(a), bigrams(b)
    small = min(len(ga), len(gb))
    return small > 0 and len(ga & gb) >= 0.6 * small


def topic_heads(selector: Selector) -> dict[str, tuple[str, ...]]:
    """The words that name each topic outright: its first two keywords (工业, 农业, 农村 …)."""
    if selector.heads is None:
        selector.heads = _heads(selector)
    return selector.heads


def _heads(selector: Selector) -> dict[str, tuple[str, ...]]:
    return {
        name: tuple(k for k in words[:2] if len(k) >= 2)
        for name, words in selector.keywords.items()
    }


def names_another_topic(selector: Selector, text: str, topic: str) -> bool:
    """A heading that names another topic and not its own (做大做强农业产业园区 under 工业) is
    about that other topic."""
    heads = topic_heads(selector)
    if any(word in text for word in heads.get(topic, ())):
        return False
    if selector.head_scan is None:
        selector.head_scan = WordScan(word for words in heads.values() for word in words)
    # (none of its own heads is in the text: any head found there is another topic's)
    return selector.head_scan.occurs(text)


def names_other_part(selector: Selector, text: str, topic: str) -> bool:
    """``text`` names another part's topic outright (its head word: 农业 of 农业农村) and none
    of ``topic``'s (持续加快农业产业结构调整 in a part on 工业发展 of a draft with a part on
    农业农村): that part says it. A topic the draft has no part on may be named (its part
    hosts it)."""
    heads = topic_heads(selector)
    if any(word in text for word in heads.get(topic, ())):
        return False
    return any(
        word in text
        for other in selector.matter_homes
        if other != topic
        for word in heads.get(other, ())
        if word in SECTOR_HEADS
    )


# The head words that name a sector outright (农业 of 农业产业结构调整): not those any part's
# measures say in passing (项目, 经济, 创新, 城市, 安全, 文化, 民生, 落实 — 推进重点项目建设 is
# an industry part's sentence too)
SECTOR_HEADS = frozenset(
    {"农业", "农村", "工业", "规上工业", "旅游", "教育", "学校", "生态", "环保", "招商", "招商引资"}
)


def siblings_alike(a: str, b: str, topic: str = "") -> bool:
    """Sibling sub-headings that say nearly the same (完善商贸流通体系 / 构建商贸物流体系,
    提升园区能级 / 增强园区承载力): they share a content word beyond the verbs and the topic's
    own name."""
    del topic  # siblings may not even share the topic's own word twice (商贸流通/商贸物流)
    shared = (bigrams(a) & bigrams(b)) - _COMMON
    return len(shared) >= 1


# Keywords too general to put a sentence on a topic by themselves (一分部署，九分落实 is not a
# 抓落实 sentence for that word alone).
GENERIC_KEYWORDS = frozenset(
    {"落实", "推进", "责任", "调度", "攻坚", "实干", "见效", "分工", "能力"}
)


def specific_to(selector: Selector, text: str, topic: str) -> bool:
    """False when the sentence's only words of the topic are generic ones (落实 alone), or when
    its words name no topic nor any matter (``matter_words``: 全民参保 and 河长 name theirs)
    and the part is on a field of work: 坚持解放思想，实事求是
    (filed under 民生保障 by the passage it stood in) said among a part's measures on 民生
    in three drafts of round 87. The parts every speech has on the work itself (抓落实,
    作风建设, 经济运行: ``GENERAL_TOPICS``) say such general lines."""
    keywords = selector.keywords.get(topic, ())
    words = [k for k in keywords if k and k in text]
    if not words and topic not in GENERAL_TOPICS and not matter_words(text):
        scores = selector.keyword_scores(text)
        if not any(score > 0 for score in scores.values()):
            return False
    if GENERIC_KEYWORDS.isdisjoint(keywords):
        return True  # (a topic without generic words: any of its words is specific)
    return not words or any(k not in GENERIC_KEYWORDS for k in words)
