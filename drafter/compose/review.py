"""The government work report's review of the past year, by area (一是……二是……).

Input: the selector, the targets, the topics of the report's parts (in order) and a length
budget; output: one paragraph per area: a bold result lead (坚持项目为王，发展后劲持续增强 —
curated ``lead`` entries with ``mode: achievement``) and the bank's measure sentences of that
topic, said as what was done: no demand (要/必须), no aim (力争/确保/将), no problem. A report
gives about a third of its length to this review, as the reports in the corpus do.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import field, replace

from drafter.compose.figures import area_figure_piece, highlight_piece
from drafter.compose.groups import load_groups
from drafter.compose.ideas import idea_words, rare_things
from drafter.compose.model import Paragraph, Piece
from drafter.compose.portable import PLACEHOLDER_PATTERN
from drafter.compose.select import (
    MEASURE,
    RECOVERY,
    Candidate,
    Selector,
    all_matter_words,
    draw,
    key_phrases,
    matter_words,
    provenance_of,
    said_thrice,
)
from drafter.compose.suitability import about_another_topic, fits, names_another_topic
from drafter.compose.units import LeadProfile, said_done, says_problem, tells_a_year
from drafter.compose.wording import ordinal_prefix
from drafter.document import Provenance
from drafter.phrasebank.model import MATTER_SEPARATOR, Kind, Mode, foreign_matter, home_of
from drafter.records import dataclass
from drafter.targets import Targets

# Words of a plan, not of a record: a review sentence says none of them.
_PLAN_WORDS = re.compile(
    r"要|将|力争|确保|争取|计划|谋划|尽快|抓紧|加快|力求|务必|必须|着力|努力|推动.{0,6}向|"
    r"进一步|今年|明年|新的一年|逐步|全部建成|到20|20\d\d年|"
    # a floor set, not a figure reached (常住人口城镇化率不低于……: round 135's three writers)
    r"不低于|不少于|"
    # a course held to or begun again, not a thing done (继续保持……, 持之以恒把……, 每年培树)
    r"继续|持之以恒|每年|坚定不移|更加注重|"
    # an aim the sentence serves (……，让企业轻装上阵; 为……提供; 打造, 营造 not yet done; 年内):
    # 8% of the bank's plan sentences, under 1% of what reviews of the corpus say
    r"，让|，使|，为[^，。]{2,16}提供|打造(?!了)|营造(?!了)|年底前|年内|"
    # a sentence opening on an exhortation's adverb or an aim (积极开展……, 鼓励……) reads as a
    # plan however it ends
    r"^(?:积极|大力|全力|鼓励|引导|支持|探索|坚持|始终|牢牢|把)|"
    # a resolve or a manner of working to come (round 38's writer read 以更有力的举措……推进,
    # 切实让企业……, 做大做强中心村镇, 采取超常措施 in a review as plans)
    r"切实|坚决|以更[^，。；]{0,6}的|做大做强|做优做强|严把|学习运用|因地制宜|健全完善|"
    r"采取[^，。；]{0,6}措施|"
    # a measure set up or stepped up, said bare, is a plan (建立项目全生命周期服务推进机制;
    # 加大土地征收储备力度，……增强发展后劲: round 41's blind reader read them in reviews as plans);
    # a review says it done (建立了……, 已建成……) or with what it gave
    r"^(?:建立|完善|健全|加大|强化|促进|鼓励|引导|优化)(?![^，。；]{0,12}(?:了|已|成效|实现|达到))"
)
# A fact of the county that did it, whatever mood its paragraph was in: a finished or new
# work, a title or rank, a body set up, a report in the press (县城供水管网改造工程全面完工,
# 新建中医院、妇幼保健院和疾控中心, 组建城市管理行政执法局, 线上电子图书馆被《人民日报》宣传报道).
# Said in another county's review it is an invented achievement (round 18); the county's own
# facts come from its targets file's highlights.
_FACT = re.compile(
    r"获评|荣获|被评为|获批|列入|入选|命名|验收|通过[^，。；]{0,10}(?:评估|验收|认定|考核|评审)|"
    r"排名|位居|率先|首[家批个次]|成功|创成|建成|新建|改扩建|(?:完工|竣工)(?!项目)|投入使用|"
    r"投入运营|《|被[^，。；]{0,12}(?:报道|推广|表彰|肯定|采纳)|组建|挂牌|成立|全面完成|[0-9]|\{|"
    # a task finished, said as such (完成县乡两级机构改革, 完成农产品质量检测检验双认证: round 52's
    # writer read one as this year's plan in one draft and last year's record in another)
    r"^完成|"
    # the year's targets said met (各项指标均完成或超额完成市定任务): round 38's writer read it in
    # a review whose targets file gave no such figure
    r"(?:均|全部)(?:完成|超额完成)"
)
# Not a record of work but a setting or a look back over years (回首五年……, 在地区利好发展态势
# 下，机遇优势叠加: round 31 found each among an area's measures; a speaker's feelings, 心路历程
# and 令人欣慰, no body sentence says: ``select._MOOD``)
_NOT_A_RECORD = re.compile(
    r"^(?:回首|回望|回顾|展望|纵观)|催人奋进|"
    r"^在[^，。；]{2,24}[下中]，|机遇[^，。；]{0,6}叠加|五年来|[一二三四五六七八九十]年来|"
    # the review's own close and lessons, said once after its areas, not inside one (round 37:
    # 以上成绩的取得，饱含着……, 实践让我们真切感受到……, 再创新辉煌 in the seventh area)
    r"成绩的取得|成绩来之不易|感受到|体会到|认识到|启示|再创[^，。；]{0,4}辉煌|新篇章|新局面|"
    # a year characterised (刚刚过去的一年，是我县大事多、难事多的一年……刻骨铭心的一年: round
    # 63's writer — another county's hard year, told in a year that was not), or a claim over
    # years (保障标准逐年提高)
    r"的一年[，。；]|一年，是|逐年|"
    # a slogan of short clauses (做实产业硬支撑，打响项目攻坚战，增强创新驱动力，提升平台新能级)
    r"^(?:[^，。；]{3,8}，){2,}[^，。；]{3,8}。?$|"
    # not the government's own record (round 144's writers): the police's and courts' case
    # counts (公安立案……件, 审结涉恶案件), the arts associations' new members (新增省美协、书协
    # 会员), a standard the state sets (人均基本公共卫生经费提高到……)
    r"立案[【0-9０-９]|审结|美协|书协|作协|人均基本公共卫生(?:服务)?经费"
)
AREA_SENTENCES = 10
# An area's plan measures that end on no result (加强经济运行监测分析，健全重点指标按月调度……):
# at most this many, after the records and the measures ending on what they did (round 61's
# blind reader: 六是……主要指标稳中有进 over a body of measures to come).
PLANNED_SENTENCES = 3
# …and with --todo, where records with the writer's figures to fill take their place: none
# (round 72's writer still read 回顾几乎每条都用部署的口气 with two an area, rounds 86–89's with
# one: 创建一批……基地, 办好一批区域精品赛事 read as this year's plan)
TODO_PLANNED_SENTENCES = 0
MATTER_SENTENCES = 2  # sentences of the review on one matter at most


def _planned_cap(selector: Selector) -> int:
    """How many plan measures an area of a report's review says at most."""
    return TODO_PLANNED_SENTENCES if selector.todo else PLANNED_SENTENCES


def _review_leads(selector: Selector, topic: str, single: bool = False) -> list[Candidate]:
    """The leads an area of the review on ``topic`` may open on, best first: the corpus's
    review leads saying a result of the area in general terms (生态环境持续改善: ``area_lead``),
    then the hand-written ones (curated.yaml). All of one shape: two clauses (坚持项目为王，
    发展后劲持续增强), or with ``single`` one — a two-clause lead said by its result (发展后劲
    持续增强)."""
    found = [
        c
        for c in selector.candidates(Kind.LEAD, topic, min_len=6, max_len=24)
        if c.phrase.mode is Mode.ACHIEVEMENT and topic in c.phrase.topics[:1]
    ]
    # (one naming a thing of the area, not the area: 园区平台不断优化 over 工业经济's figures,
    # 土壤防治持续加强 over 生态环保's — the topic's own thing may be named: 营商环境持续优化)
    mined = [
        c
        for c in found
        if not c.phrase.curated
        and area_lead(c.text)
        and all(word in topic for word in matter_words(c.text))
        and not _claims_lacking(selector, c.text)
    ]
    written = [c for c in found if c.phrase.curated and not _claims_lacking(selector, c.text)]
    if not written:
        # (an area on a topic with no lead of the review's own, 作风建设, is no area of it in
        # either shape: the seed does not decide which areas a review has)
        return []
    leads = mined + written
    if single:
        return [replace(c, text=c.text.split("，")[-1]) for c in leads]
    return [c for c in leads if "，" in c.text]


def one_clause_leads(seed: int, county: str) -> bool:
    """The review's areas open on one clause each (一是生态环境持续改善。), as many reports'
    do, rather than two (一是坚持生态优先，生态环境持续改善。): a draft's seed and county
    decide, so two counties' reviews do not open alike."""
    return draw(f"drafter:review-leads:{seed}:{county}") < ONE_CLAUSE_SHARE


ONE_CLAUSE_SHARE = 0.5  # the share of drafts whose review's areas open on one clause


def area_lead(text: str) -> bool:
    """A review's lead another county's review can open an area on: its last clause a result
    in general terms (……持续改善, ……稳步扩大, 取得新成效), nothing of that county's own (a
    rank, a title, a count, a finished work, an event: ``_FACT``, ``_CLAIM``, ``_COUNTED`` —
    复兴公园获评省三星级公园, 大手笔启动开发区北区征迁 are that county's)."""
    bare = text.rstrip("。！")
    last = bare.split("，")[-1]
    return (
        _GENERAL_RESULT.search(last) is not None
        and _FACT.search(bare) is None
        and _CLAIM.search(bare) is None
        and _COUNTED.search(bare) is None
    )


# A count of things done (取缔两个煤炭经营园区, 建成三所学校): that county's fact, in words.
_COUNTED = re.compile(
    r"[一二两三四五六七八九十百千万]+(?:个|家|所|座|条|项|批|处|名|户|人|次|亩|公里|万|亿)"
)


def _told_in_general(candidate: Candidate) -> bool:
    """Another county's review sentence that holds no fact of that county (no figure, count,
    title, rank, first, finished work or event: ``_FACT``, ``_CLAIM``, ``_COUNTED``) — a
    measure with what it gave (聚焦燃气等重点领域开展专项整治，安全生产保持稳定形势), true of
    any county that did the work. A review speaks in these; the bank's plan sentences with no
    word of a plan read, in a review, as the plan (round 59's writer: 回顾部分通篇是计划口吻)."""
    text = candidate.text
    return not (_CLAIM.search(text) or _COUNTED.search(text))


def _unfilled(selector: Selector, text: str) -> str:
    """``text`` as a record to test for another county's facts: with --todo, without the places
    left for the writer's own figures (新增规上工业企业【待补：数字】家 is this county's record
    once the writer fills it in; round 61's writer: 回顾写“做了什么、做到多少”，缺的指标留占位)."""
    return PLACEHOLDER_PATTERN.sub("", text) if selector.todo else text


def _record_sentences(
    selector: Selector, topic: str, found: Sequence[Candidate]
) -> list[Candidate]:
    """The topic's measures said as what was done, claiming nothing to come: other reviews'
    sentences told in general first (``_told_in_general``), then plan measures with no word of
    a plan. Nothing that is another county's fact (西城污水处理厂主体工程完工, 现代农业产业园
    通过省级认定)."""
    found = sorted(found, key=lambda c: c.phrase.mode is not Mode.ACHIEVEMENT)
    return [
        c
        for c in found
        if 14 <= len(c.text) <= 90
        and (c.role == MEASURE or c.phrase.mode is Mode.ACHIEVEMENT)
        and (c.phrase.mode is not Mode.ACHIEVEMENT or _told_in_general(c))
        and fits(c)
        and not _PLAN_WORDS.search(c.text)
        and not names_another_topic(selector, c.text, topic)
        and not about_another_topic(selector, c.text, topic, c.phrase)
        and selector.topic_score(c.text, topic, c.phrase) >= 2.0
        and not selector.too_similar(c.text)
        and not _FACT.search(_unfilled(selector, c.text))
        and not says_problem(c.text)
        and not _NOT_A_RECORD.search(c.text)
        # a year's summary names the deployed year (2025年，我们用情用力办实事): not a record
        and not tells_a_year(c.text)
        # an estimate (预计现代服务业增加值增长……) only while the year is not over (round 72's
        # writer: 3 月中旬还写“预计”)
        and (_ESTIMATED.search(c.text) is None or _estimating(selector))
        # a matter of another area (散乱污 of 生态环保 under 工业) is said in its own
        and home_of(c.phrase.aspect) in (None, topic)
        and not _claims_lacking(selector, c.text)
    ]


def _claims_lacking(selector: Selector, text: str) -> bool:
    """``text`` says a result in general of a field the targets file's shortcomings name
    (医疗服务水平全面提升 beside 教育、医疗等公共服务供给与群众期盼还有差距: round 140's three
    writers, 前后矛盾): the review says none."""
    return claims_on(selector.lacking, text)


def claims_on(lacking: frozenset[str], text: str) -> bool:
    """``text`` says a result in general (``ends_on_result``) of a field of ``lacking`` (the
    matter words of the year's shortcomings)."""
    return bool(lacking) and ends_on_result(text) and not lacking.isdisjoint(all_matter_words(text))


_ESTIMATED = re.compile(r"预计|预期全年")


def _estimating(selector: Selector) -> bool:
    """The review's year is not over when the speech is given (its figures are estimates)."""
    return selector.frame is not None and selector.frame.estimate


# A measure that ends on what it did (……，有效降低刑事和治安案件发生; ……，路域秩序持续规范) reads
# as a record; one that ends on what it is for (……，全面激活城乡消费市场; 不断提升城市品位 and
# 持续改善空气质量 — round 83's writer read them in a review as plans) reads as a plan in a
# review (round 52's writer: 回顾部分全写成部署句式). A thing in a state, no act, is
# ``said_done``'s (水环境不断改善); these are the outcomes it does not read: what fell, whatever
# follows, what was reached, and what was done (了).
_OUTCOME_END = re.compile(
    r"(?:持续|不断|明显|显著|稳步|日益|更加|总体|逐步|有效|大幅)(?:下降|降低|减少|好转)[^，；]{0,14}。?$"
    r"|(?:实现|完成|达到|取得)[^，；]{0,16}。?$|了[^，；]{0,12}。?$"
)


def ends_on_result(text: str) -> bool:
    """``text`` ends on what was done or reached (``said_done``, ``_OUTCOME_END``, a result
    said in general: ``_GENERAL_RESULT``), not on what it is for (形成特色鲜明的产业集群 is what
    a measure aims at)."""
    if said_done(text):
        return True
    if _PURPOSE_END.search(text.rstrip("。！")):
        # (what its last clause sets out to bring about: 推进空气、水和土壤质量持续改善,
        # 促进县级医院诊疗水平实现跃升 — rounds 108 and 109's writers read them as the plan's)
        return False
    return _OUTCOME_END.search(text) is not None or _GENERAL_RESULT.search(text) is not None


# A last clause that sets out to bring a result about rather than reports it.
_PURPOSE_END = re.compile(
    r"(?:^|[，；])(?:全力|着力|不断|持续|大力|进一步)?(?:推进|推动|促进|力争|确保|努力|加快)[^，；]*$"
)


def reads_planned(text: str) -> bool:
    """``text`` reads as a measure to come in a review: it ends on no result and leaves no
    figure to fill, whatever mood its source paragraph was in (another review's measure, its
    figures cut, reads as a plan: 围绕主导产业延链补链，推动上下游企业集聚发展 — round 81's
    writer read half the areas' sentences as plans). A figure to fill that is an aim (争创全省
    高水平中职学校【待补：数字】强) leaves the measure a plan: round 128's writers read 推进……建设，
    推动……发展，争创……强 in a review as this year's plan."""
    if PLACEHOLDER_PATTERN.search(text) is not None and _AIMED_FIGURE.search(text) is None:
        return False
    return not ends_on_result(text)


# a figure to fill in an aim's clause (争创全省……【待补：数字】强, 力争……达到【待补：数字】)
_AIMED_FIGURE = re.compile(r"(?:争创|力争|争取|确保|目标)[^，。；]*【待补")


def _done_first(
    sentences: Sequence[Candidate],
    todo: bool = False,
    heard: Callable[[str], bool] | None = None,
) -> list[Candidate]:
    """The review's measures, other reviews' sentences first, then those ending on what they
    did (each in their order). ``todo``: first of all the records that end on what they did or
    leave the writer's figure to fill (新增规上工业企业【待补：数字】家): an area told in records,
    not in measures (rounds 67 and 68's writer: 回顾写成了部署，时态错位). ``heard``: the records
    the area's lead speaks of before the rest, however they rank otherwise (round 124 and 125's
    writers: 一是工业经济提质增效 over 高新技术企业 and 市场主体, 没有一个工业指标)."""

    def rank(c: Candidate) -> tuple[bool, bool, bool, bool]:
        plain = not ends_on_result(c.text)
        no_place = PLACEHOLDER_PATTERN.search(c.text) is None  # (no figure left to fill)
        off = heard is not None and not heard(c.text)
        return (off, todo and plain and no_place, c.phrase.mode is not Mode.ACHIEVEMENT, plain)

    return sorted(sentences, key=rank)


# A result said in general (安全稳定局面不断巩固, 国控断面水质稳定达标): true of any county that
# did the work, so a review may close an area on it. A title, rank, first, finished project,
# document or event is that county's fact, and a summary of the year (一年来，我们……) frames
# a review, it does not close an area.
_GENERAL_RESULT = re.compile(
    r"(?:持续|不断|明显|显著|稳步|进一步|全面|日益|更加|总体|逐步|有效)"
    r"(?:改善|提升|增强|巩固|优化|加强|健全|完善|提高|向好|平稳|稳定|规范|扩大|深化|落实)"
    r"[。！]?$|(?:取得|实现)(?:新的|明显|积极|显著|扎实)?(?:成效|进展)[。！]?$|稳定达标[。！]?$"
)
# What such a result names besides a fact (``_FACT``): a rank, a level, a start, an event, the
# year's summary.
_CLAIM = re.compile(
    r"排序|第[一二三四五]|创建|[省市]级|国家|启动|完工|开工|签约|大安保|疫情|五年|一年来|过去一年|"
    r"今年|去年|我们|全市|全省|全国|"
    # an event of that county's year, or a work it finished everywhere (有力有效开展抗震救灾……,
    # ……服务站（点）实现全覆盖: round 61's tree told them in another county's review)
    r"抗震|地震|洪[水涝灾]|抢险|雨雪冰冻|台风|冰雹|旱灾|全覆盖|承办|举办|召开|首[次届]"
)


def _general_results(selector: Selector, topic: str, found: Sequence[Candidate]) -> list[Candidate]:
    """Results of the topic other reviews said in general terms, with no fact of their county
    (``_GENERAL_RESULT``, nothing ``_FACT`` or ``_CLAIM`` names): the close of an area of the
    review."""
    return [
        c
        for c in found
        if len(c.text) <= 60
        and c.phrase.mode is Mode.ACHIEVEMENT
        and topic in c.phrase.topics[:1]
        and _GENERAL_RESULT.search(c.text)
        and not _PURPOSE_END.search(c.text.rstrip("。！"))
        and not _CLAIM.search(c.text)
        and not _NOT_A_RECORD.search(c.text)
        and not _FACT.search(c.text)
        and not says_problem(c.text)
        and home_of(c.phrase.aspect) in (None, topic)
        and not selector.too_similar(c.text)
    ]


def _lead_developed_first(
    sentences: list[Piece], lead: str, topic_words: Sequence[str]
) -> list[Piece]:
    """The area's sentences with the first bank sentence that speaks of its lead moved before
    the other bank sentences (the file's figures and highlights stay first, the closing result
    last): round 42's blind reader read 扛牢粮食安全责任…… opening on 宅基地改革."""
    mined = [i for i, p in enumerate(sentences) if p.provenance is not None and p.provenance.entry]
    if len(mined) < 2:
        return sentences
    profile = LeadProfile.of(lead.rstrip("。").split("，")[0], tuple(topic_words))
    first = mined[0]
    # (the last is the area's closing result when it has one: it stays last)
    found = next((i for i in mined[:-1] if profile.spoken_of(sentences[i].text, opens=True)), None)
    if found is None or found == first:
        return sentences
    moved = list(sentences)
    moved.insert(first, moved.pop(found))
    return moved


# A lead that claims a gain (有效投资稳步扩大, 消费市场持续回暖).
_GAIN = re.compile(
    r"扩大|增长|提升|回升|回暖|向好|攀升|壮大|加快|提速|增强|突破|跃升|活跃|升温|提质|增效|"
    r"稳中有进|新高|倍增|领跑"
)


# A lead that claims a strong or quickening gain (商贸流通日趋活跃, 持续升温, 快速发展): over an
# area whose figure grew little (``MODEST_GROWTH``) it says more than the figure (round 95's
# writers: 社零增长1.7%，撑不起“日趋活跃”).
_STRONG_GAIN = re.compile(
    r"日趋|日益|持续升温|升温|攀升|跃升|快速|蓬勃|强劲|显著|大幅|领跑|新高|倍增"
)
MODEST_GROWTH = 3.0  # percent: a figure growing less than this grew little


def _grew_little(targets: Targets, figure: int | None) -> bool:
    """The review figure ``figure`` (an index of the targets file's, if any) grew, by less than
    ``MODEST_GROWTH`` percent."""
    if figure is None:
        return False
    growth = targets.review.figures[figure].growth
    return growth is not None and 0 <= growth < MODEST_GROWTH


def _highlights_by_area(
    selector: Selector, targets: Targets, topics: Sequence[str]
) -> dict[str, list[int]]:
    """Area topic → the targets file's highlights (by index) on it: those whose words name
    that topic most (县城供水管网改造工程全面完工 → 城乡建设)."""
    placed: dict[str, list[int]] = {}
    for index, text in enumerate(targets.review.highlights):
        scores = selector.keyword_scores(text)
        if not scores:
            continue
        best = max(scores.values())
        topic = next((t for t in topics if scores.get(t) == best), None)
        if topic is not None:
            placed.setdefault(topic, []).append(index)
    return placed


# Figures of the whole county's life, which a report's opening states whatever areas follow
# (城镇居民人均可支配收入 is no record of 城乡建设, 一般公共预算收入 of no one area).
_OVERVIEW_ONLY = ("居民", "可支配收入", "失业", "一般公共预算", "财政", "税收")


def figures_by_area(selector: Selector, targets: Targets, topics: Sequence[str]) -> dict[str, int]:
    """Area topic → the review figure (by index) said in that area of a report's review rather
    than in its opening: the one whose name names the topic most (规上工业增加值 → 工业发展,
    固定资产投资 → 项目建设), one an area, a full year's; never the first, the headline the
    opening states. An area with a figure reads as a record, not a plan (round 22: 七个方面的
    回顾没有一个数字)."""
    placed: dict[str, int] = {}
    for index, figure in enumerate(targets.review.figures):
        if index == 0 or figure.period or any(word in figure.name for word in _OVERVIEW_ONLY):
            continue
        topic = selector.main_topic(figure.name, topics)
        if topic is not None:
            placed.setdefault(topic, index)
    return placed


LEAD_CHOICES = 6  # the area's leads weighed against what its sentences say


def _governing_lead(
    selector: Selector, leads: Sequence[Candidate], topic: str, sentences: Sequence[Piece]
) -> Candidate:
    """Of the area's first leads (best first), the one naming what most of its sentences say
    (round 31: 坚持创新驱动，科技支撑能力稳步提升 over 政务数据共享, 机构改革 and 医药卫生体制改革,
    where 深化改革创新 was among the leads): a corpus lead where one names some of them and as
    many as the best hand-written one, else that one — but first one naming no thing its
    sentences do not (round 153's writers: 四是旅游秩序持续规范 over 承办全省乡村旅游发展现场推进会,
    六是群众健康福祉持续增进 over 教育 and 住房: ``_unsaid_things``)."""
    words = tuple(selector.keywords.get(topic, ()))
    said = "".join(piece.text for piece in sentences)

    def best(group: Sequence[Candidate]) -> tuple[Candidate | None, int, int]:
        found, most, fewest = None, -1, 0
        for lead in group[:LEAD_CHOICES]:
            unsaid = _unsaid_things(lead.text, said, words)
            profile = LeadProfile.of(lead.text.rstrip("。"), words)
            count = sum(1 for piece in sentences if profile.spoken_of(piece.text))
            if found is None or (unsaid, -count) < (fewest, -most):
                found, most, fewest = lead, count, unsaid
        return found, most, fewest

    mined, named, mined_unsaid = best([c for c in leads if not c.phrase.curated])
    written, told, written_unsaid = best([c for c in leads if c.phrase.curated])
    if mined is not None and (
        written is None
        or mined_unsaid < written_unsaid
        or (mined_unsaid == written_unsaid and named >= max(1, told))
    ):
        return mined
    return written or mined or leads[0]


def _unsaid_things(lead: str, said: str, topic_words: Sequence[str]) -> int:
    """How many things ``lead`` names (``ideas.idea_words`` naming things, rarer than a
    topic's own words) that ``said``, an area's sentences, does not."""
    things = [
        word
        for word in rare_things(idea_words(lead))
        if not any(word in w or w in word for w in topic_words)
    ]
    # (a compound and the words it holds count once: 旅游秩序 and 秩序)
    return sum(
        1
        for word in things
        if word not in said and not any(word in other for other in things if other != word)
    )


# With --todo, a review's records of what was done leave the writer's figures to fill (改造
# 【待补：数字】个老旧小区) apart from the draft's few (``select.MAX_PLACEHOLDERS``): a review is
# told in what was done and how much (round 69's writer: 回顾重写为“做了什么、数字多少”), an
# area in three such records at most (two, with three places, until rounds 128–132's writers
# read a report's review of seven areas of one or two sentences each, ~900 characters: “撑不起
# 一年的工作”; at three and five, the areas of round 132's report for 宁澧县 came to 209–681
# characters, from 104–534).
REVIEW_PLACEHOLDERS = 8  # places to fill per area of the review
AREA_PLACEHOLDER_SENTENCES = 5


def review_areas(
    selector: Selector,
    targets: Targets,
    topics: Sequence[str],
    budget: int,
    figures: Mapping[str, int] | None = None,
    most: int | None = None,
) -> tuple[tuple[Paragraph, ...], frozenset[int], frozenset[int]]:
    """一是……。二是……。 — one paragraph per area, within ``budget`` characters in all, each
    opening on the targets file's highlights of its area (a review says what was done), after
    its review figure (``figures``: area topic → figure index); the highlights and the figures
    so placed (by index), which the review's opening does not state again. ``topics``: the
    areas to try, the first first, ``most`` of them at most said (an area with nothing to say
    gives its place to the next), in the order a report takes them up (``groups.yaml``)."""
    most = len(topics) if most is None else min(most, len(topics))
    if not topics or budget <= 0:
        return (), frozenset(), frozenset()
    if not selector.todo or selector.own_county:
        return _review_areas(selector, targets, topics, budget, figures, most)
    with selector.placeholders_apart(REVIEW_PLACEHOLDERS * most):
        return _review_areas(selector, targets, topics, budget, figures, most)


def _review_areas(
    selector: Selector,
    targets: Targets,
    topics: Sequence[str],
    budget: int,
    figures: Mapping[str, int] | None,
    most: int,
) -> tuple[tuple[Paragraph, ...], frozenset[int], frozenset[int]]:
    figures = dict(figures or {})  # (each said once: a topic listed twice has one figure)
    share = budget // most
    falling = selector.fallen_topics()
    by_area = _highlights_by_area(selector, targets, topics)
    figures_placed: set[int] = set()
    placed: set[int] = set()
    built: list[tuple[Piece, list[Piece]]] = []
    areas: list[str] = []  # the topic of each area built
    said = _Said()
    single = one_clause_leads(selector.seed, selector.county)
    queue = list(topics)
    bands = load_groups().band_ranks(queue)
    failed: str | None = None  # the area tried last, until it is built
    while queue and len(built) < most:
        if failed is not None:
            # an area with nothing to say gives its place to the next of its field first
            # (农业农村 where 乡村振兴 has no record: round 121's writers read a review with
            # none on 农业 — “代表们一定会问”), then to the next in turn
            _field_next(queue, bands, failed)
        topic = failed = queue.pop(0)
        leads = _area_leads(selector, targets, topic, single, topic in falling, figures.get(topic))
        if not leads:
            continue
        sentences: list[Piece] = [highlight_piece(targets, i) for i in by_area.get(topic, ())]
        figure = figures.pop(topic, None)
        if figure is not None:
            sentences.insert(0, area_figure_piece(targets, figure))
        for piece in sentences:  # the area's measures do not repeat its highlights
            said.phrases |= key_phrases(piece.text)
            selector.mark_used(piece.text)
        room = share - len(leads[0].text)
        unlike = [c for c in leads if c.text.rstrip("。")[-4:] not in said.endings]
        if not _with_records(selector, topic, sentences, room, said, unlike or leads):
            continue
        # (sibling leads do not end alike: 四是……现代农业提质增效 and 五是……工业经济提质增效,
        # round 63's writer)
        lead = _governing_lead(selector, unlike or leads, topic, sentences)
        said.endings.add(lead.text.rstrip("。")[-4:])
        # a record saying the lead's own phrase again goes (五是深入打好污染防治攻坚战，……。
        # 深入打好污染防治攻坚战，环境质量全面提升。: round 92's writer, round 93's blind reader)
        heard = key_phrases(lead.text)
        sentences = [
            p
            for p in sentences
            if not (p.provenance and p.provenance.entry) or heard.isdisjoint(key_phrases(p.text))
        ] or sentences
        sentences = _lead_developed_first(sentences, lead.text, selector.keywords.get(topic, ()))
        selector.mark_used(lead.text)
        placed.update(by_area.get(topic, ()))
        if figure is not None:
            figures_placed.add(figure)
        built.append((Piece(lead.text.rstrip("。") + "。", provenance_of(lead.phrase)), sentences))
        areas.append(topic)
        failed = None
    # (said in the order a report takes its fields up, whichever were tried first)
    built = [built[i] for i in load_groups().in_usual_order(areas)]
    paragraphs: list[Paragraph] = []
    for index, (lead_piece, sentences) in enumerate(built, start=1):
        marker = ordinal_prefix(index, len(built), "一是") if len(built) > 1 else ""
        head = Piece(marker + lead_piece.text, lead_piece.provenance)
        paragraphs.append(Paragraph(tuple(map(_as_done, said_thrice(sentences))), head))
    if paragraphs:
        intro = Piece("这一年，我们主要做了以下工作：", Provenance(kind="review"))
        paragraphs.insert(0, Paragraph((intro,)))
    return tuple(paragraphs), frozenset(placed), frozenset(figures_placed)


# A plan's floor on a figure the writer fills (新增规模以上工业企业【待补：数字】家以上, 实现
# 【待补：比例】以上增长): a year's record states what was done, not a floor (rounds 146 and
# 147's writers: 回顾上年实绩写成“以上”).
_FLOOR_AFTER_PLACE = re.compile(r"(【待补：[^】]*】[家个户人项件亩吨元万亿公里座所处宗次]*)以上")


def _as_done(piece: Piece) -> Piece:
    """``piece`` of a review without the floor (以上) after a figure the writer fills."""
    text = _FLOOR_AFTER_PLACE.sub(r"\1", piece.text)
    return piece if text == piece.text else replace(piece, text=text)


def _field_next(queue: list[str], bands: dict[str, int], failed: str) -> None:
    """The next area of ``failed``'s field (``groups.yaml``'s bands) moved to the head of
    ``queue``, if it has one."""
    at = next((i for i, t in enumerate(queue) if bands.get(t) == bands.get(failed)), None)
    if at:
        queue.insert(0, queue.pop(at))


@dataclass(slots=True)
class _Said:
    """What the review has said so far, over all its areas: the six-character phrases, how
    often each matter (生态环保/大气), the last four characters of each area's lead."""

    phrases: set[str] = field(default_factory=set)
    matters: dict[str, int] = field(default_factory=dict)
    endings: set[str] = field(default_factory=set)


def _particular(piece: Piece) -> bool:
    """The review sentence tells a particular: the targets file's figure or highlight, a figure
    of its own, or one left for the writer to fill."""
    told = piece.told and not (piece.provenance and piece.provenance.entry)  # (not a record)
    return (
        told or bool(re.search(r"\d", piece.text)) or bool(PLACEHOLDER_PATTERN.search(piece.text))
    )


def _targets_own(piece: Piece, key: str) -> bool:
    """``piece`` states the targets file's item under ``key``, nothing of the bank's."""
    source = piece.provenance
    return source is not None and not source.entry and (source.yaml_key or "").startswith(key)


def _heard_by(lead: str, topic_words: tuple[str, ...]) -> Callable[[str], bool]:
    """Whether a record speaks of ``lead``: as a sub-heading's sentences do (``LeadProfile``),
    or naming a word of the area's topic the lead names (工业经济提质增效 speaks of 新增规模以上
    工业企业……, not of 各类市场主体达到……家)."""
    profile = LeadProfile.of(lead, topic_words)
    named = [word for word in topic_words if len(word) >= 2 and word in lead]
    return lambda text: profile.spoken_of(text) or any(word in text for word in named)


def _area_leads(
    selector: Selector,
    targets: Targets,
    topic: str,
    single: bool,
    fell: bool,
    figure: int | None,
) -> list[Candidate]:
    """The leads an area of the review may open on, none claiming what the targets file's
    figures deny: no gain where the area's figure ``fell`` (有效投资稳步扩大 when 固定资产投资
    fell), no strong gain where it grew little, no recovery, which tells of a fall the year
    before the targets file does not (round 92's writer: 消费市场稳步回升 over 增长1.7%,
    “回升没有依据”)."""
    leads = _review_leads(selector, topic, single)
    if fell:
        leads = [lead for lead in leads if not _GAIN.search(lead.text)]
    if _grew_little(targets, figure):
        leads = [lead for lead in leads if not _STRONG_GAIN.search(lead.text)]
    return [lead for lead in leads if not RECOVERY.search(lead.text)]


def _with_records(
    selector: Selector,
    topic: str,
    sentences: list[Piece],
    room: int,
    said: _Said,
    leads: Sequence[Candidate] = (),
) -> bool:
    """The area's ``sentences`` (its figure and highlights so far) with its records added,
    within ``room`` characters: other reviews' records told in general and measures ending on
    what they did first, at most ``PLANNED_SENTENCES`` plan measures, a matter in a sentence
    or two, none naming a thing the area named; then a result said in general to close it,
    where the bank has one. ``leads``: the area's leads, of which the one speaking of most of
    its records heads it — those it speaks of come first. False when the area has nothing to
    say."""
    size = sum(len(p.text) for p in sentences)
    named = frozenset().union(*(matter_words(p.text) for p in sentences))
    # the area's bank sentences, fetched once for its measures and its closing result
    found = selector.candidates(Kind.BODY, topic, min_len=10, max_len=90)
    records = _record_sentences(selector, topic, found)
    heard: Callable[[str], bool] | None = None
    if leads and records:
        lead = _governing_lead(selector, leads, topic, [Piece(c.text) for c in records])
        heard = _heard_by(lead.text.rstrip("。"), tuple(selector.keywords.get(topic, ())))
    planned = 0  # the plan's measures said so far: a review speaks in what was done
    to_fill = 0  # its records with the writer's figures to fill
    for candidate in _done_first(records, selector.todo, heard):
        if size >= room or len(sentences) >= AREA_SENTENCES:
            break
        if candidate.text in selector.used or selector.too_similar(candidate.text):
            continue
        asks = PLACEHOLDER_PATTERN.search(candidate.text) is not None  # (a figure to fill)
        if asks and (
            selector.placeholders_spent(candidate.text)
            or (to_fill >= AREA_PLACEHOLDER_SENTENCES and not selector.own_county)
        ):
            continue
        as_planned = reads_planned(candidate.text)
        # (a county's own archive: its last plan's measures were its year's work)
        if as_planned and planned >= _planned_cap(selector) and not selector.own_county:
            continue
        phrases = key_phrases(candidate.text)
        matter = candidate.phrase.aspect
        words = matter_words(candidate.text)
        if (
            phrases & said.phrases
            # (a matter of another topic: 政府承诺 in 工业经济, 财政体制改革 in 教育 — round
            # 91's writer, 标题与内容错位)
            or foreign_matter(matter, frozenset((topic,)))
            or said.matters.get(matter or "", 0) >= MATTER_SENTENCES
            or words & named  # (抓好秸秆禁烧 … 保持秸秆禁烧高压态势: one point twice)
        ):
            continue
        named |= words
        said.phrases |= phrases
        if matter is not None and MATTER_SEPARATOR in matter:
            # a review sums up: a matter in a sentence or two (秸秆禁烧 not again)
            said.matters[matter] = said.matters.get(matter, 0) + 1
        sentences.append(selector.take(candidate, "review"))
        size += len(candidate.text)
        planned += as_planned
        to_fill += asks
    if len(sentences) < 2 and not any(_targets_own(p, "review.highlights") for p in sentences):
        # (one sentence is no item of the review, unless it is the writer's highlight: its
        # figure alone — 三是消费市场保持平稳。全县社会消费品零售总额完成41.4亿元，增长1.7%。,
        # round 147's writer: 一句话就算一条; the figure goes to the review's opening with the
        # others — or a sentence saying its lead again — 二是推进乡村全面振兴……乡村振兴迈出坚实
        # 步伐。, round 86's: 标题原样再说一遍，没有一个事实)
        return False
    # the area closes on a result said in general, where the bank has one
    result = _closing_result(selector, topic, found, said, named)
    if result is not None:
        said.phrases |= key_phrases(result.text)
        sentences.append(selector.take(result, "review"))
    return True


def _closing_result(
    selector: Selector,
    topic: str,
    found: Sequence[Candidate],
    said: _Said,
    named: frozenset[str],
) -> Candidate | None:
    """The result said in general (no figure of its own to fill) that closes an area, saying
    nothing the area said and naming no thing it named (城乡低保、特困救助标准进一步提高 after
    落实城乡低保、特困供养……: round 63's writer); None where the bank has none."""
    return next(
        (
            c
            for c in _general_results(selector, topic, found)
            if c.text not in selector.used
            and not PLACEHOLDER_PATTERN.search(c.text)
            and not key_phrases(c.text) & said.phrases
            and not matter_words(c.text) & named
        ),
        None,
    )


def not_contradicted(
    areas: Sequence[Paragraph], problems: Paragraph | None
) -> tuple[Paragraph, ...]:
    """The review's areas without a bank sentence saying a thing of the year's shortcomings
    done or bettered in general (教育、文体、卫生事业全面进步; ……实现群众就近享受优质医疗服务
    beside 教育、医疗等公共服务供给与群众期盼还有差距: round 139's writers, 前后矛盾), where
    its area keeps two pieces more. The targets file's own figures and highlights stay (what
    the county did it says), and the areas' leads."""
    if problems is None:
        return tuple(areas)
    lacking = all_matter_words(problems.text)
    if not lacking:
        return tuple(areas)
    result: list[Paragraph] = []
    for paragraph in areas:
        pieces = list(paragraph.pieces)
        for piece in reversed(paragraph.pieces):
            if len(pieces) <= MIN_AREA_PIECES:
                break
            if (
                piece.mined
                and piece.provenance is not None
                and piece.provenance.kind != Kind.LEAD.value  # (the area's lead stays)
                and claims_on(lacking, piece.text)
            ):
                pieces.remove(piece)
        result.append(
            paragraph
            if len(pieces) == len(paragraph.pieces)
            else replace(paragraph, pieces=tuple(pieces))
        )
    return tuple(result)


MIN_AREA_PIECES = 2  # pieces an area keeps at least
