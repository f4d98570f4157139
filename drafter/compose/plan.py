"""The draft plan per kind of speech, and ``compose_draft``: targets + bank → ``Draft``.

Input: validated ``Targets``, a ``PhraseBank``, a seed and a length; output: a ``Draft`` whose
every sentence is final text with its provenance. The macro-structure of each kind follows the
speeches it imitates: a county-government plenary or work meeting (opening, review with figures,
problems as 一是……二是……, goals, 下面我讲N点意见, one numbered part per section, a 抓落实 part,
closing), an economic speech at a Party plenum (the same with a tighter review), a symposium
(short opening, the parts, closing) and the government work report (各位代表, review, goals, the
parts, government self-building, closing).
"""

from __future__ import annotations

import itertools
import random
import re
import zlib
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from drafter.compose.duties import duties_assigned, duties_by_point
from drafter.compose.echo import clauses_once
from drafter.compose.figures import (
    achievement_paragraph,
    dispatch,
    gap_sentence,
    goals_paragraph,
    highlights_pieces,
    problems_paragraph,
)
from drafter.compose.groups import (
    Placement,
    group_headings,
    grouped,
    in_heading_order,
    load_groups,
    plan_groups,
)
from drafter.compose.headings import choose_headings, family
from drafter.compose.highlights import highlights_taken_up
from drafter.compose.homes import one_home_per_matter
from drafter.compose.ideas import ideas_once, points_named
from drafter.compose.layout import ORDINAL, PartLayout
from drafter.compose.model import Draft, Paragraph, Part, Piece
from drafter.compose.portable import (
    PLACEHOLDER,
    DatedMust,
    guidance_of,
    load_dated_musts,
    musts_in,
    plan_period,
    policy_of,
    relayed_of,
    situation_of,
)
from drafter.compose.review import figures_by_area, not_contradicted, review_areas
from drafter.compose.section import (
    LINE_CHARS,
    compose_part,
    compose_unit_part,
    defines_topic,
    head_like,
    principle_once,
    principles_first,
    run_in_leads,
    separate_openers,
    strays_joined,
    top_up_own_parts,
    with_must_answers,
)
from drafter.compose.select import (
    CAPPED,
    FRAMER,
    GOAL_RESTATED,
    SENTENCES,
    SET_ASIDE,
    SLOGAN,
    Candidate,
    Selector,
    all_matter_words,
    county_short,
    fields_named,
    key_phrases,
    matters_named,
    matters_of_word,
    part_words,
    popular_shares,
    provenance_of,
    said_thrice,
)
from drafter.compose.suitability import VERB_START, measure_text
from drafter.compose.timeframe import TimeFrame, after_congress, time_frame
from drafter.compose.unit import unit_of
from drafter.compose.units import (
    Audience,
    UnitComposer,
    on_lead,
    says_problem,
    unit_composer,
    voice,
)
from drafter.compose.wording import count_words, ordinal_prefix, ordinal_style
from drafter.document import Provenance
from drafter.errors import ComposeError
from drafter.names.own import ARCHIVE_ENOUGH, OwnCountyBank
from drafter.numerals import to_chinese
from drafter.phrasebank.model import MATTER_SEPARATOR, Kind, Mode, Phrase, PhraseBank
from drafter.records import dataclass
from drafter.resources import table_rows
from drafter.series import series_members
from drafter.targets import Section, Targets, folded_sections, folding_notes, listed_sections


@dataclass(frozen=True, slots=True)
class KindPlan:
    """What a kind of speech contains besides the numbered parts."""

    duty_topic: str | None  # topic of the kind's own closing part (抓落实 / 作风建设) or None
    transition: bool  # 下面，我讲N点意见
    salutation: str  # who the speaker addresses in the closing (同志们 / 各位代表)
    styles: tuple[str, ...]  # ordinal styles this kind uses for the runs inside a part
    review_share: float  # share of the length the review by area takes (0: no such review)
    public: bool  # heard by the public or by business owners: no internal-only lines, 我们将……
    own_part: bool = False  # the duty part stands apart (三、加强政府自身建设), not a task
    # Topics a speech of the kind takes up when the writer's sections cannot carry the asked
    # length (a 10,000-character 经济工作会议 on four sections): the parts such a speech has
    # anyway, in the order they are added (``filler_topics``).
    fillers: tuple[str, ...] = ()
    business_fillers: tuple[str, ...] = ()  # …instead, before business owners (企业家座谈会)
    # Topics a speech of the kind speaks of whatever sections the writer listed, where its
    # length gives them room (``MUST_PART_CHARS``): a work report's 民生 (教育、就业、养老),
    # a government plenary's 安全生产 and 民生, an economic work conference's 消费 (扩大内需)
    # (round 31's county writer found each missing: 报告要补民生, 政府全会要补安全生产、民生,
    # 年底经济工作会要补提振消费). Added before any filler, in this order.
    musts: tuple[str, ...] = ()


OWN_PART_HEADING = "加强政府自身建设"


@dataclass(frozen=True, slots=True)
class MeetingPart:
    """A part the meeting's name asks for (……暨廉政工作会议 has a 廉政 part): its topic, the
    words its units must dwell on, and the headings it takes (the seed chooses)."""

    cue: str  # in the meeting's name
    topic: str
    focus: tuple[str, ...]
    headings: tuple[str, ...]


MEETING_PARTS: tuple[MeetingPart, ...] = (
    MeetingPart(
        "廉政",
        "作风建设",
        ("廉", "腐", "八项规定", "四风", "纪律", "一岗双责", "主体责任", "紧日子"),
        (
            "持之以恒推进政府系统党风廉政建设",
            "坚定不移推进政府系统全面从严治党",
            "锲而不舍加强廉洁政府建设",
        ),
    ),
)


# A report's own level-1 headings as real reports word them (mined ``heading`` entries).
# (not 经济工作回顾: a government's review is of all its work — round 48's writer)
_REVIEW_HEADING = re.compile(r"\{year\}年(?:政府)?工作回顾")
# (a heading over the year's tasks names them: 工作安排, 目标任务; 2025年工作总体要求 alone,
# over fifteen tasks, read as 层级错了 to round 95's writer)
_PLAN_HEADING = re.compile(
    r"\{year\}年(?:政府)?(?:工作安排|(?:工作|主要|主要目标|目标)任务(?:和重点工作)?"
    r"|工作总体(?:要求|思路)和目标任务)"
)
_OWN_PART = re.compile(r"(?:全面|切实|持续|不断)?加强政府自身建设")


def report_heading(
    selector: Selector, shape: re.Pattern[str], values: dict[str, str]
) -> Piece | None:
    """A mined level-1 heading of ``shape`` (2024年工作回顾 / 切实加强政府自身建设), filled with
    ``values``; the seed chooses among them, weighted by how many reports use each."""
    found = sorted(
        (
            phrase
            for phrase in selector.bank.of_kind(Kind.HEADING)
            if shape.fullmatch(phrase.text) and phrase.level in (None, 1)
        ),
        key=lambda phrase: phrase.id,
    )
    if not found:
        return None
    own = random.Random(f"drafter:{selector.seed}:{selector.county}:{shape.pattern}")
    weights = [min(phrase.support, 10) for phrase in found]
    phrase = own.choices(found, weights=weights)[0]
    text = phrase.text
    for slot, value in values.items():
        text = text.replace("{" + slot + "}", value)
    return Piece(text, provenance_of(phrase))


def _hosted(
    stress: dict[str, tuple[str, ...]], planned: Sequence[PartPlan], bank: PhraseBank
) -> dict[str, tuple[str, ...]]:
    """``stress`` with the facts of a topic the draft has no part on taken up by the part of a
    related topic (教育 of a shortfall in 教育、医疗 by 民生保障, 财政 by the part on 项目建设
    or 工业发展): a problem the targets file names is answered somewhere."""
    kin = {topic.name: topic.related for topic in bank.topics}
    own = [p.topic for p in planned]
    hosted = dict(stress)
    for topic, words in stress.items():
        if topic in own:
            continue
        host = next((t for t in own if topic in kin.get(t, ())), None)
        host = host or next((t for t in kin.get(topic, ()) if t in own), None)
        if host is not None:
            hosted[host] = (
                *hosted.get(host, ()),
                *(w for w in words if w not in hosted.get(host, ())),
            )
    return hosted


def _with_musts(
    stress: dict[str, tuple[str, ...]], planned: Sequence[PartPlan], musts: Sequence[DatedMust]
) -> dict[str, tuple[str, ...]]:
    """``stress`` with what the year's plan must say (``musts``: those of ``dated_terms.yaml``
    for its year) taken up by the part on the first of its topics the draft has a part on (the
    table lists first the topic whose matter it is): 守住不发生规模性返贫底线 in the part on
    乡村振兴, or on 农业农村 where there is none, of a 2025 report (round 27: two reports of 2025
    without it; round 117: given to 农业农村 listed before 乡村振兴, it was refused there as
    乡村振兴's matter)."""
    stressed = dict(stress)
    own = {p.topic for p in planned}
    for must in musts:
        host = next((t for t in must.topics if t in own), None)
        if host is None:
            continue
        words = stressed.get(host, ())
        stressed[host] = (*words, *(w for w in must.words if w not in words))
    return stressed


REPO_GOAL_MEASURES = Path(__file__).with_name("goal_measures.tsv")


@lru_cache(maxsize=1)
def goal_measures() -> tuple[tuple[str, str, tuple[str, ...], str], ...]:
    """``goal_measures.tsv``: (a word of a goal's name, the topic of the part whose measures back
    it, the words those measures name, an example sentence)."""
    return tuple(
        (word, topic, tuple(words.split("、")), example)
        for word, topic, words, example in table_rows(REPO_GOAL_MEASURES)
    )


def facts_to_answer(selector: Selector, targets: Targets) -> dict[str, tuple[str, ...]]:
    """topic → the words of the targets file's problems, falling review figures and highlights
    that are on it (投资 of 固定资产投资 下降3.5%; 教育、医疗 of 教育医疗短板): the part on that
    topic takes them up first. A fact is on the topic its words name most."""
    # a highlight is the lever of its part (新能源电池材料 built: its part builds on 新能源)
    facts = [*targets.review.problems, *targets.concerns, *targets.review.highlights]
    facts += [f.name for f in targets.review.figures if f.growth is not None and f.growth < 0]
    return _facts_stress(selector, facts)


def _facts_stress(selector: Selector, facts: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """topic → the words of ``facts`` on it (``facts_to_answer``)."""
    stress: dict[str, list[str]] = {}
    for fact in facts:
        topic = selector.main_topic(fact)
        if topic is None:
            continue
        keywords = tuple(selector.keywords.get(topic, ()))
        # the words that name the topic outright (项目, 消费) are in every unit of the part
        words = [k for k in keywords[2:] if len(k) >= 2 and k in fact]
        stress.setdefault(topic, []).extend(w for w in words if w not in stress[topic])
    return {topic: tuple(words) for topic, words in stress.items()}


_FACT_CLAUSE = re.compile(r"[^，；：。]+")


def mined_problems_stressed(
    selector: Selector, planned: Sequence[PartPlan], problems: Paragraph
) -> tuple[PartPlan, ...]:
    """The planned parts, each stressing also the words of the shortcomings the report said
    from the bank where its targets file named none (教育、医疗、养老等公共服务还不能完全满足
    …… : the part on 民生 takes up 养老 first), clause by clause, as it does the targets file's
    (``facts_to_answer``): round 138's writers read 问题里点了养老，安排里一句养老都没有."""
    facts = [
        clause
        for piece in problems.pieces
        if piece.mined
        for clause in _FACT_CLAUSE.findall(piece.text)
    ]
    stress = _facts_stress(selector, facts)
    return tuple(
        replace(p, stress=(*p.stress, *(w for w in stress.get(p.topic, ()) if w not in p.stress)))
        for p in planned
    )


def goals_backed(
    targets: Targets, facts: dict[str, tuple[str, ...]], parted: Collection[str]
) -> dict[str, tuple[str, ...]]:
    """``facts`` with the words of the measures backing each goal added to the part on its topic
    (``goal_measures``: 城镇登记失业率4.5%以内 by 就业's — round 95's writers found none in a part
    on 民生, the goal standing without a measure under it); where the draft has no part on the
    topic, its first word, for the part hosting the topic's facts (``_hosted``: 就业 in the part
    on 教育卫生 — round 99's writers: 定了失业率目标，全文却没有“就业”二字)."""
    backed = dict(facts)
    for goal in targets.goals:
        for word, topic, words, _ in goal_measures():
            if word in goal.name:
                listed = backed.get(topic, ())
                wanted = words if topic in parted else words[:1]
                backed[topic] = (*listed, *(w for w in wanted if w not in listed))
    return backed


def _title_words(selector: Selector, section: Section | None) -> tuple[str, ...]:
    """The topic words of the writer's own title (文旅 of 聚力文旅融合，提升县域消费活力): the
    part's units that speak of them come first."""
    if section is None or not section.title:
        return ()
    words = {k for keywords in selector.keywords.values() for k in keywords if len(k) >= 2}
    return tuple(sorted(k for k in words if k in section.title))


def meeting_part(targets: Targets, topics: Sequence[str]) -> MeetingPart | None:
    """The part the meeting's name asks for, unless the kind has none or a section is on it."""
    if targets.kind == "work_report":
        return None
    for part in MEETING_PARTS:
        if part.cue in targets.meeting and part.topic not in topics:
            return part
    return None


_STANDARD = (
    "民生保障",
    "安全稳定",
    "改革创新",
    "项目建设",
    "生态环保",
    "营商环境",
    "城乡建设",
    "乡村振兴",
    "教育卫生",
    "工业发展",
    # (a very long draft on few sections: the county's fields and its culture too)
    "农业农村",
    "文化旅游",
)
_FOR_BUSINESS = (
    "营商环境",
    "工业发展",
    "招商引资",
    "改革创新",
    "项目建设",
    "经济运行",
    "商贸消费",
    "安全稳定",
    "民生保障",
    "生态环保",
)
PLANS: dict[str, KindPlan] = {
    "work_meeting": KindPlan(
        "抓落实",
        True,
        "同志们",
        ("一要", "一是", "lead"),
        0.0,
        False,
        fillers=_STANDARD,
        # (a government's plenary meeting turns the year's economy into tasks: round 44's writer
        # found a draft of five sections without a word on projects or investment, closing on
        # 各项目责任单位……; rounds 47 and 50: a 县政府全体会议 without 政府自身建设)
        musts=("项目建设", "安全稳定", "民生保障", "作风建设"),
    ),
    "plenary": KindPlan(
        "抓落实",
        False,
        "同志们",
        ("一要", "一是", "lead"),
        0.0,
        False,
        # (a long economic work conference also speaks of industry, the villages and the
        # towns: 11,000 characters on four sections need them)
        fillers=(
            "项目建设",
            "改革创新",
            "民生保障",
            "安全稳定",
            "营商环境",
            "生态环保",
            "工业发展",
            "乡村振兴",
            "城乡建设",
            # (a very long one on few sections: the economy's run, culture and tourism, schools
            # and hospitals too — 11,800 characters on five sections fell 18% short with the
            # nine above: every part thin, the whole bank used)
            "经济运行",
            "文化旅游",
            "教育卫生",
        ),
        # (and of the risks the year holds: rounds 61, 62 and 64's writer found economic work
        # conferences without a word on 防范化解风险, 安全生产 or 化债)
        musts=("项目建设", "商贸消费", "安全稳定"),
    ),
    "symposium": KindPlan(
        None,
        False,
        "同志们、朋友们",
        ("lead", "一是"),
        0.0,
        True,
        fillers=_STANDARD,
        business_fillers=_FOR_BUSINESS,
    ),
    "work_report": KindPlan(
        "作风建设",
        False,
        "各位代表",
        ("lead", "一是"),
        0.33,
        True,
        True,
        fillers=_STANDARD,
        # (a government work report's plan covers every field of the government's work:
        # round 35's writer found a report of 2025 without 教育, 生态环保 and 城建; round 52's
        # one without 城乡建设 when the length gave room for three: the town before 教育, which
        # a part on 民生 speaks of)
        musts=("民生保障", "城乡建设", "安全稳定", "生态环保", "教育卫生"),
    ),
}
VARIANTS = 3  # ways each template opens, frames and closes a speech (chosen by the seed)


def variant_of(county: str, seed: int) -> int:
    """The template's way of opening, framing and closing for ``county``'s draft with ``seed``:
    consecutive seeds differ, and so do two counties' drafts with one seed (their figure and
    goal paragraphs are not one skeleton)."""
    return (seed + zlib.crc32(county.encode("utf-8"))) % VARIANTS


DUTY_SHARE = 0.45
# What a kind's own closing part dwells on: 抓落实 is about carrying the year's work out
# (responsibility, supervision, assessment), not any sentence that says 推进.
DUTY_FOCUS = {
    "抓落实": (
        "落实",
        "责任",
        "督查",
        "督办",
        "考核",
        "问责",
        "实干",
        "担当",
        "作风",
        "效率",
        "执行",
    ),
}
OWN_PART_STRESS = ("人大", "政协", "监督", "依法行政", "法治政府", "廉洁", "过紧日子")
EXTRA_SHARE = 0.8  # a part the meeting's name asks for (廉政), against a section's 1.0
# An opening that dates the meeting to a season of another year does not fit a new one.
_MEETING_BUSINESS = (
    "党风廉政",
    "廉政",
    "安全生产",
    "经济工作",
    "民营",
    "企业家",
    "招商",
    "环保",
    "信访",
    "防汛",
    "全体会",
    "全会",
    "座谈",
)
_STALE_TIME = re.compile(
    r"上半年|下半年|季度|开局之年|收官之年|元年"
)  # the 抓落实 part is shorter than a work part


# Opens the warning that names the parts a long draft added of the kind's own (``fillers``).
ADDED_WARNING = "所列部分撑不起目标字数，稿件按此类讲话的常见内容另写了以下部分："
# …in a draft from the county's own archive, whose added parts are its archive's.
OWN_ADDED_WARNING = "所列部分撑不起目标字数，稿件按本县历年材料中讲得多的工作另写了以下部分："
# …and the parts taking up what the targets file says fell or falls short (``answered_topics``).
ANSWERED_WARNING = (
    "指标文件中下降的指标或写明的问题，重点工作中没有对应的部分，稿件另写了这些部分："
)
# …and the parts every speech of its kind has, which the sections left out (``musts``).
MUST_WARNING = "此类讲话通常都讲的以下内容，指标文件的重点工作中没有，稿件另写了这些部分："
# …and the report's shortcomings, which the targets file did not list (``mined_problems``).
MINED_PROBLEMS_WARNING = (
    "指标文件没有写困难和问题，稿件按语料写了报告常讲的几条（“在肯定成绩的同时”一段），"
    "请按本县实际核改，或在指标文件 review.problems 中写明。"
)
# Opens the warning that names the parts the bank could not fill to their share.
THIN_WARNING = "短语库中以下部分的素材不足，篇幅可能偏短："


def told_words(targets: Targets) -> str:
    """What the targets file says in its own words (the meeting, the sections' topics, titles
    and points, the review's highlights and problems, the concerns, the figures' names), one
    line each: a county's particular (its products) is said only when named here."""
    figures = (figure.name for _, figure in targets.keyed_figures())
    texts = [targets.meeting, *targets.review.highlights, *targets.review.problems]
    texts += [*targets.concerns, *figures]
    for section in targets.sections:
        texts += [section.topic, section.title or "", *section.points]
    return "\n".join(texts)


def slot_values(targets: Targets) -> dict[str, str]:
    """Values for the named slots every entry may use."""
    return {
        "county": targets.county,
        "meeting": targets.meeting,
        "year": str(targets.year),
        "last_year": str(targets.year - 1),
    }


def plan_for(kind: str) -> KindPlan:
    return PLANS.get(kind, PLANS["work_meeting"])


def filler_topics(targets: Targets, bank: PhraseBank) -> tuple[str, ...]:
    """The kind's own topics (``KindPlan.fillers``) a long draft may add as parts, in an order
    of the county's own: none a section or the kind's closing part is on, and only those the
    bank has topics for.
    A draft adds them only when its sections cannot carry its length (see the pipeline)."""
    plan = plan_for(targets.kind)
    own = plan.business_fillers if plan.business_fillers and _business(targets.meeting) else ()
    taken = _taken_topics(targets, bank) | {plan.duty_topic}
    known = set(bank.topic_names())
    if isinstance(bank, OwnCountyBank):
        return own_filler_topics(bank, taken)
    musts = must_topics(targets, bank)
    found = [t for t in (own or plan.fillers) if t not in taken and t in known and t not in musts]
    # each county's draft takes them up in its own order: two long drafts do not both add
    # 民生保障 and 安全稳定, saying the same units
    rng = random.Random(f"drafter:fillers:{targets.county}")
    rng.shuffle(found)
    # …but what the targets file says fell or falls short is answered first, by a part of its
    # own (round 35: 社会消费品零售总额 −4.2% and 一般公共预算收入 −8.3%, and the draft added
    # 乡村振兴, 城乡建设 and five more parts, none on 消费 or 财政)
    answered = [
        t
        for t in answered_topics(targets, bank)
        if t not in taken and t in known and t not in musts and not own
    ]
    found = [*musts, *answered, *(t for t in found if t not in answered)]
    if own:
        # a long symposium with business owners that has said all of their matters goes on
        # with the kind's other topics (教育卫生, 城乡建设: where their staff live and study)
        rest = [t for t in plan.fillers if t not in taken and t in known and t not in found]
        rng.shuffle(rest)
        found.extend(rest)
    return tuple(found)


def answered_topics(targets: Targets, bank: PhraseBank) -> tuple[str, ...]:
    """The topics of the targets file's falling review figures, then of its problems and
    concerns, in that order: each the topic whose keywords its words name most (the longest
    keyword first: 社会消费品零售总额 is 商贸消费's, not 民生保障's for naming 消费品)."""
    facts = [f.name for f in targets.review.figures if f.growth is not None and f.growth < 0]
    facts += [*targets.review.problems, *targets.concerns]
    found: list[str] = []
    for fact in facts:
        best: tuple[int, int] | None = None
        chosen = None
        for topic in bank.topics:
            named = [k for k in topic.keywords if k and k in fact]
            if named:
                rank = (max(map(len, named)), len(named))
                if best is None or rank > best:
                    best, chosen = rank, topic.name
        if chosen is not None and chosen not in found:
            found.append(chosen)
    return tuple(found)


GOVERNMENT_ITSELF = "作风建设"  # the topic of a speech's 政府自身建设 part
MUST_PART_CHARS = 700  # each part of a draft with the kind's must-have parts holds this many
# …in a work report, whose plan covers every field of the government's work in short parts:
# one without 教育 reads as missing a field (rounds 67, 68 and 69's writer: 宁澧政府工作报告
# 没有教育 — eight sections of 8,400 characters left room for three of its five musts)
REPORT_MUST_PART_CHARS = 600


def _taken_topics(targets: Targets, bank: PhraseBank) -> set[str]:
    """The topics the writer's sections are on, and those a section's title names besides
    where they are related to its topic (聚力民生改善，办好群众身边实事 on 教育卫生 speaks for
    民生保障: round 56's draft added a part on 民生 after it). A title names a topic by a word of
    the topic's name that is one of its keywords (民生 of 民生保障, 消费 of 商贸消费)."""
    taken = {section.topic for section in targets.sections}
    return taken | {other for _, other in spoken_for(targets, bank)}


def spoken_for(targets: Targets, bank: PhraseBank) -> tuple[tuple[str, str], ...]:
    """Each section's topic with a related topic its writer's title names besides (教育卫生 with
    民生保障 under 聚力民生改善，办好群众身边实事), no section being on that one."""
    listed = {section.topic for section in targets.sections}
    topics = {topic.name: topic for topic in bank.topics}
    found: list[tuple[str, str]] = []
    for section in targets.sections:
        home = topics.get(section.topic)
        if home is None or not section.title:
            continue
        for other in home.related:
            known = topics.get(other)
            if (
                known is not None
                and other not in listed
                and all(other != o for _, o in found)
                and any(
                    word in section.title
                    for word in (other[:2], other[2:])
                    if len(word) == 2 and word in known.keywords
                )
            ):
                found.append((section.topic, other))
    return tuple(found)


def joined_spoken(targets: Targets, bank: PhraseBank) -> tuple[tuple[str, str], ...]:
    """The pairs of ``spoken_for`` a work report says as one task: the topic a section's title
    names, composed as a part of its own, joined to the section's (round 143's writers: D 稿
    “聚力民生改善” 一节只有一句就业，没有社保、养老、救助). Other kinds leave the named topic to
    the section's own words (their parts may stand grouped)."""
    if targets.kind != "work_report" or isinstance(bank, OwnCountyBank):
        return ()
    return spoken_for(targets, bank)


def must_topics(targets: Targets, bank: PhraseBank) -> tuple[str, ...]:
    """The kind's must-have topics (``KindPlan.musts``) the writer's sections leave out, as many
    as the asked length gives a part of ``MUST_PART_CHARS`` each (the sections, the kind's
    closing part and these); none for a county drafting from its own archive (its own
    skeleton) or for business owners (their own matters)."""
    plan = plan_for(targets.kind)
    if isinstance(bank, OwnCountyBank) or (plan.business_fillers and _business(targets.meeting)):
        return ()
    taken = _taken_topics(targets, bank) | {plan.duty_topic}
    known = set(bank.topic_names())
    wanted = [t for t in plan.musts if t not in taken and t in known]
    if "全体会议" in targets.meeting and GOVERNMENT_ITSELF in wanted:
        # a government's plenary speaks of the government itself before all else it may add
        # (rounds 47, 50 and 54: a 县政府全体会议 of 6,000 characters without 政府自身建设)
        wanted.remove(GOVERNMENT_ITSELF)
        wanted.insert(0, GOVERNMENT_ITSELF)
    parts = len(listed_sections(targets.sections)) + (1 if plan.duty_topic else 0)
    size = REPORT_MUST_PART_CHARS if targets.kind == "work_report" else MUST_PART_CHARS
    room = max(0, targets.length // size - parts)
    # (a topic a section's title names, joined to the section's part: it takes no part's room)
    spoken = tuple(other for _, other in joined_spoken(targets, bank))
    return (*spoken, *wanted[:room])


# A county drafting from its own archive adds the parts its archive says most about (its own
# skeleton's tasks), each holding at least this many characters of plan sentences there, in
# at least ``ARCHIVE_ENOUGH`` plan sentences of the topic (fewer, and the part would be said in
# hand-written words: ``drafter.names.own``; its review's sentences say no part of a plan).
OWN_FILLER_CHARS = 250


def own_filler_topics(bank: PhraseBank, taken: set[str | None]) -> tuple[str, ...]:
    """The topics a long draft from the county's own archive may add as parts: those its
    archive's plan sentences and units say most about (not the kind's stock list), most first."""
    held: dict[str, int] = {}
    count: dict[str, int] = {}
    for phrase in bank.of_kind(Kind.BODY):
        if phrase.curated:
            continue
        # (a sentence speaks of its second topic too: 优化营商环境 said in a paragraph on
        # 工业发展 is the archive's on 营商环境 as well; a part takes such sentences second)
        if phrase.mode is Mode.ACHIEVEMENT:
            continue  # (a review's sentence says no part of a plan)
        for topic in phrase.topics[:2]:
            count[topic] = count.get(topic, 0) + 1
            held[topic] = held.get(topic, 0) + len(phrase.text)
    held = {t: n for t, n in held.items() if count[t] >= ARCHIVE_ENOUGH}
    known = set(bank.topic_names())
    found = [t for t, n in held.items() if n >= OWN_FILLER_CHARS and t in known and t not in taken]
    duties = {p.duty_topic for p in PLANS.values()}
    return tuple(sorted((t for t in found if t not in duties), key=lambda t: (-held[t], t)))


@dataclass(frozen=True, slots=True)
class PartPlan:
    """One numbered part as planned before any is composed: its topic and heading, the section
    of the targets file it comes from (None for the kind's and the meeting's own parts), the
    words its units dwell on (廉 for a 廉政 part), the targets file's facts it takes up, and its
    weight in the length."""

    topic: str
    heading: Piece
    section: Section | None
    section_index: int | None
    focus: tuple[str, ...] = ()
    stress: tuple[str, ...] = ()
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class Preamble:
    """What comes before the parts (and the closing the kind writes itself)."""

    opening: tuple[Paragraph, ...]
    review: tuple[Paragraph, ...]
    problems: Paragraph | None
    goals: Paragraph | None
    transition: Paragraph | None
    closing: Paragraph | None
    areas: tuple[Paragraph, ...]  # a report's review by area

    @property
    def length(self) -> int:
        said = (*self.opening, *self.review, self.problems, self.goals, self.transition)
        return sum(len(p.text) for p in (*said, self.closing) if p is not None)

    @property
    def last_said(self) -> str:
        """The last paragraph of any length before the first part (not a short 下面我讲……)."""
        said = (*self.opening, *self.review, self.problems, self.goals, self.transition)
        texts = [p.text for p in said if p is not None]
        return next((text for text in reversed(texts) if len(text) > 20), "")


def compose_draft(
    targets: Targets,
    bank: PhraseBank,
    *,
    seed: int | None = None,
    length: int | None = None,
    layout: PartLayout | None = None,
    todo: bool = False,
    fillers: int = 0,
    aside: float = SET_ASIDE,
) -> Draft:
    """The whole draft, seeded: the same targets, bank, seed and length give the same draft.
    ``layout``: a plan the writer approved (``drafter.compose.layout``) — its parts are the
    sections, in order, with their shares and leads; the kind adds no part of its own.
    ``todo``: a sentence whose particular the writer can supply is said with 【待补：…】.
    ``fillers``: how many of the kind's own topics (``filler_topics``) the draft adds as parts
    after the sections, for a length its sections cannot carry.
    ``aside``: the share of the bank the draft does without (``set_aside``); less, or none,
    where the bank is too thin for the asked length.

    Phases: plan the parts (topics, headings, focus, weights), write what comes before them,
    compose each part from units (or sentences), then hand the whole to the template."""
    seed = targets.seed if seed is None else seed
    length = targets.length if length is None else length
    plan = plan_for(targets.kind)
    frame = time_frame(targets)
    business = targets.kind == "symposium"
    selector = _draft_selector(targets, bank, plan, seed, todo=todo, aside=aside)
    selector.inflation = max(1.0, length / max(1, targets.length))
    style = plan.styles[selector.rng.randrange(len(plan.styles))]
    added = filler_topics(targets, bank)[:fillers] if layout is None else ()
    parts_plan, frame_id = plan_parts(selector, targets, plan, seed, layout, added)
    groups = _groups(selector, targets, plan, parts_plan, seed) if layout is None else None
    if groups is not None:
        parts_plan = _standing_headed(groups)
        frame_id = groups.frame or frame_id
    points = groups.placement.count if groups is not None else len(parts_plan)
    if groups is not None and groups.three is not None:
        points = 3 if groups.three.count < len(parts_plan) else 2  # (一、 the situation)
    topics = tuple(p.topic for p in parts_plan)
    preamble = _preamble(selector, targets, plan, frame, points, length, topics)
    if preamble.problems is not None and not targets.review.problems and not business:
        parts_plan = mined_problems_stressed(selector, parts_plan, preamble.problems)
    work = max(len(targets.sections) * 120, length - preamble.length - 60)  # 60: title lines
    weights = list(layout.weights) if layout is not None else [p.weight for p in parts_plan]
    unit = work / sum(weights)
    units = unit_composer(
        bank,
        Audience(report=targets.kind == "work_report", business=business, party=selector.party),
        selector.fill_text,
        seed=seed,
        length=length,
        level=unit_of(targets.county),
        topics=tuple(dict.fromkeys(p.topic for p in parts_plan)),
        context=selector.fill_context(),
    )
    selector.matter_homes = units.allowed  # the sentence path keeps matters to their parts too
    units.ledger.aside = selector.aside_key  # …and sets aside the sentences it sets aside
    selector.claims = units.ledger.claims  # …and says a matter in one paragraph of the draft
    selector.weigh_ideas(units.ledger.idf)  # …and weighs ideas as the units do
    if layout is None:
        weights = by_material(weights, [p.topic for p in parts_plan], units)
        weights = by_rank(weights, [p.section_index for p in parts_plan])
        if groups is not None and groups.three is not None:
            weights = _carried_out_share(weights, groups.three.count)
        unit = work / sum(weights)
    parts = _compose_parts(
        selector, units, parts_plan, weights, unit, layout, style, preamble.last_said
    )
    three = groups.three if groups is not None else None
    parts = _worded_parts(
        parts, selector, targets, preamble, length, seed, layout is not None, three is None
    )
    if groups is not None:
        parts = grouped(parts, groups.placement, groups.headings)
    if three is not None:
        # (the tasks stand one level down, under 二、: ``_in_three_parts``)
        parts = [replace(p, depth=1) if i < three.count else p for i, p in enumerate(parts)]
    if not all(part.paragraphs for part in parts):
        # a part the wording emptied (the kind's closing 抓落实 whose one paragraph was a
        # county's situation: round 138's writer read 九、 over the season's work alone) is
        # not said, and the points are counted again
        parts = _bodied_parts(parts)
        if preamble.transition is not None and (groups is None or groups.three is None):
            points = max((p.point or p.number for p in parts), default=0)
            preamble = replace(preamble, transition=_transition(selector, points, length))
    if three is not None:
        tasks = [p for p in parts if p.depth]
        parts = [*duties_by_point(tasks, seed, targets.county), *parts[len(tasks) :]]
    if targets.kind == "work_report" and plan.own_part:
        parts = congress_answered(parts, selector, plan.duty_topic)
        # (the shortcomings the draft says: the targets file's, else those the bank said for it —
        # round 158's writers: 问题里写了“依法行政和服务意识有待增强，作风建设必须持续深化”，
        # 政府自身建设只有两段，作风一字没写)
        said = tuple(targets.review.problems) or (
            (preamble.problems.text,) if preamble.problems is not None else ()
        )
        parts = shortcoming_answered(parts, selector, plan.duty_topic, said)
    # (a report's 政府自身建设 and a speech's part on 作风建设 alike: round 146's writer read a
    # plenary's （一）聚焦自身建设 opening on the rule of law, 政治要求排在法治之后)
    parts = political_first(parts, plan.duty_topic)
    if plan.duty_topic != GOVERNMENT_ITSELF:
        parts = political_first(parts, GOVERNMENT_ITSELF)
    joined: list[tuple[str, str]] = []
    if targets.kind == "work_report" and layout is None:
        titled = frozenset(i for i, section in enumerate(targets.sections) if section.title)
        parts = pairs_joined(parts, joined_spoken(targets, bank))
        parts, joined = siblings_joined(parts, plan.duty_topic, titled)
    draft = _draft(targets, plan, selector, preamble, parts, frame_id, style, seed, length)
    if groups is not None and groups.three is not None:
        draft = _in_three_parts(draft, groups.three)
    notes = _notes(targets, bank, preamble, added, layout is not None, selector.own_county)
    notes += [SIBLINGS_WARNING.format(host=host, guest=guest) for host, guest in joined]
    return replace(draft, warnings=(*draft.warnings, *notes))


# A report's 政府自身建设 answers to the congress it is given to: by the standard wording (依法
# 接受……人大……监督; not 自觉接受人大监督 beside 审计 — round 138's writer), a bank sentence of
# it first, this one where the bank has none.
_TO_CONGRESS = re.compile(r"依法接受[^。；]*人大")
CONGRESS_DUTY = (
    "依法接受县人大及其常委会的法律监督和工作监督，自觉接受县政协的民主监督，"
    "认真办理人大代表建议和政协委员提案。"
)
_RULE_OF_LAW = re.compile(r"法治|依法|监督|政务公开")


def congress_answered(parts: Sequence[Part], selector: Selector, own: str | None) -> list[Part]:
    """``parts`` with the report's own part (政府自身建设, on ``own``) saying that the
    government answers to the county's congress (人大) and its advisory body, where it says
    nothing of 人大 (round 140's writers: 人代会报告必有的“接受人大监督、办好建议提案”没有写):
    at the end of its paragraph on the rule of law, else of its first paragraph."""
    at = next((i for i in range(len(parts) - 1, -1, -1) if parts[i].topic == own), None)
    if at is None or not parts[at].paragraphs:
        return list(parts)
    part = parts[at]
    if any("人大" in p.text for p in part.paragraphs):
        return list(parts)
    found = [
        c
        for c in selector.candidates(
            Kind.BODY, own, where=_TO_CONGRESS.search, max_len=120, spare=False
        )
        if c.phrase.mode is not Mode.ACHIEVEMENT and c.text not in selector.used
    ]
    piece = selector.take(found[0]) if found else Piece(CONGRESS_DUTY)
    if not found:
        selector.mark_used(piece.text)
    home = next((i for i, p in enumerate(part.paragraphs) if _RULE_OF_LAW.search(p.text)), 0)
    paragraphs = list(part.paragraphs)
    paragraphs[home] = replace(paragraphs[home], pieces=(*paragraphs[home].pieces, piece))
    result = list(parts)
    result[at] = replace(part, paragraphs=tuple(paragraphs))
    return result


# A paragraph on political loyalty and discipline (两个确立、两个维护、政治建设): the first of the
# government's own part, as reports and speeches put it (round 143's writers: 政治表态放在政府
# 自身建设的最后，惯例是放在第一位).
_POLITICAL = re.compile(r"两个确立|两个维护|四个意识|政治建设|讲政治|对党忠诚|政治判断力|政治站位")
_COUNTED = re.compile(
    r"[一二三四五六七八九十]+[是要、]|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]|[0-9]+[.．、]"
)


def political_first(parts: Sequence[Part], own: str | None) -> list[Part]:
    """``parts`` with the first paragraph of the part on ``own`` (作风建设) opening on political
    loyalty (``_POLITICAL`` in its first sentence) moved to the head of its part."""
    result = list(parts)
    for at, part in enumerate(parts):
        if own is None or part.topic != own or len(part.paragraphs) < 2:
            continue
        if any(p.lead is not None and _COUNTED.match(p.lead.text) for p in part.paragraphs):
            continue  # (一要……二要……: counted in their order)
        found = next(
            (i for i, p in enumerate(part.paragraphs) if _POLITICAL.search(p.text.split("。")[0])),
            None,
        )
        if found:
            paragraphs = list(part.paragraphs)
            paragraphs.insert(0, paragraphs.pop(found))
            result[at] = replace(part, paragraphs=tuple(paragraphs))
    return result


# A shortcoming of the government's own (少数政府工作人员服务意识和担当精神不强, 部分干部作风不实)
# and the paragraph of its own part that answers it: one opening on the style of work.
# the words of the style of work, which a speech's part on 作风建设 stresses (``_duty_stressed``)
STYLE_STRESS = ("作风", "担当", "实干", "形式主义", "官僚主义", "执行力", "效率")
_STYLE_NAMES = (*STYLE_STRESS, "效能", "服务意识")
_STYLE_WORDS = "|".join(_STYLE_NAMES)
_OWN_SHORTCOMING = re.compile(f"干部|工作人员|{_STYLE_WORDS}")
_ON_STYLE = re.compile(_STYLE_WORDS)
_STYLE_MEASURE = re.compile(
    r"担当作为|敢于担当|勇于担当|实干|效能|服务意识|执行力|作风建设|转变作风"
)
STYLE_SENTENCES = 3  # sentences of the paragraph answering it, at most


def shortcoming_answered(
    parts: Sequence[Part], selector: Selector, own: str | None, problems: Sequence[str]
) -> list[Part]:
    """``parts`` with the report's own part (政府自身建设, on ``own``) answering a shortcoming
    of the government's own that the targets file names, where no paragraph of it opens on the
    style of work: a paragraph of the bank's measures on it (担当作为, 效能, 服务意识) after its
    others (rounds 143—145's writers: 问题提了“服务意识和担当精神不强”，自身建设一节没有回应 —
    a stress word alone was answered by 忠诚、干净、担当的干部队伍 in a sentence on 廉政)."""
    if own is None or not any(_OWN_SHORTCOMING.search(p) for p in problems):
        return list(parts)
    at = next((i for i in range(len(parts) - 1, -1, -1) if parts[i].topic == own), None)
    if at is None or not parts[at].paragraphs:
        return list(parts)
    part = parts[at]
    # (what the shortcoming names of the style of work — 服务意识, 担当 — is what the answer names:
    # round 158's writers read 以更高的标准……务实的作风 as no answer to 服务意识和担当精神不强)
    named = [w for w in _STYLE_NAMES if any(w in problem for problem in problems)]
    said = re.compile("|".join(named)) if named else None
    answer, measure = (said, said) if said is not None else (_ON_STYLE, _STYLE_MEASURE)
    if any(answer.search(p.text.split("。")[0]) for p in part.paragraphs):
        return list(parts)
    found = [
        c
        for c in selector.candidates(
            Kind.BODY, own, where=measure.search, min_len=14, max_len=90, spare=False
        )
        if c.phrase.mode is not Mode.ACHIEVEMENT
        and c.text not in selector.used
        and not selector.too_similar(c.text)
        and not says_problem(c.text)
    ]
    pieces: list[Piece] = []
    for candidate in found:
        if len(pieces) >= STYLE_SENTENCES:
            break
        if pieces and selector.too_similar(candidate.text):
            continue
        pieces.append(selector.take(candidate))
    if not pieces:
        return list(parts)
    result = list(parts)
    result[at] = replace(part, paragraphs=(*part.paragraphs, Paragraph(tuple(pieces))))
    return result


SIBLINGS_WARNING = (
    "工作安排项数较多，“{guest}”并入“{host}”一项写（真实报告多为六到八项）；"
    "要分开写，请用 drafter plan 生成提纲，改好后用 --plan 起草"
)


def pairs_joined(parts: Sequence[Part], pairs: Sequence[tuple[str, str]]) -> list[Part]:
    """``parts`` with each of ``pairs`` (host, guest) said as one part: the host's heading over
    its paragraphs and then the guest's (``_joined``), where the draft has both."""
    result = list(parts)
    for host_topic, guest_topic in pairs:
        result, _ = _joined(result, host_topic, guest_topic)
    if len(result) == len(parts):
        return result
    return [replace(p, number=i) for i, p in enumerate(result, 1)]


def _joined(
    result: list[Part], host_topic: str, guest_topic: str, titled: Collection[int] = frozenset()
) -> tuple[list[Part], bool]:
    """``result`` with the parts on ``host_topic`` and ``guest_topic`` as one where the first of
    them stood (see ``siblings_joined``); False where the draft lacks one of them."""
    host = next((i for i, p in enumerate(result) if p.topic == host_topic), None)
    guest = next((i for i, p in enumerate(result) if p.topic == guest_topic), None)
    if host is None or guest is None:
        return result, False
    first, second = result[min(host, guest)], result[max(host, guest)]
    heads = result[host]
    if result[guest].section in titled and result[host].section not in titled:
        heads = result[guest]
    paragraphs = principle_once([*first.paragraphs, *second.paragraphs])
    whole = replace(
        heads,
        paragraphs=tuple(map(clauses_once, paragraphs)),
        thin=first.thin and second.thin,
        room=first.room + second.room,
    )
    result = list(result)
    result[min(host, guest)] = whole
    del result[max(host, guest)]
    return result, True


def siblings_joined(
    parts: Sequence[Part], own: str | None, titled: Collection[int] = frozenset()
) -> tuple[list[Part], list[tuple[str, str]]]:
    """A work report's tasks, more than ``GroupTable.report_tasks`` (its ``own`` part, 政府自身
    建设, apart), with each pair of ``GroupTable.siblings`` it has taken up as one task while
    they are more (``groups.yaml``): one part where the first of the two stood, the paragraphs
    of that one and then the other's, under the first topic's heading — or the second's where
    only that one is the writer's own title (a section of ``titled``: 聚力乡村振兴，推进农业农村
    现代化 over the 乡村振兴 a draft added). Each part was composed on its own topic, and the
    joined one says a principle once and a clause once. Also the pairs joined, to tell the
    writer."""
    table = load_groups()
    result = list(parts)
    excess = sum(1 for p in result if p.topic != own) - table.report_tasks
    joined: list[tuple[str, str]] = []
    for host_topic, guest_topic in table.siblings:
        if table.report_tasks <= 0 or excess <= 0:
            break
        result, done = _joined(result, host_topic, guest_topic, titled)
        if done:
            joined.append((host_topic, guest_topic))
            excess -= 1
    for pair in table.added_siblings:
        if table.report_tasks <= 0 or excess <= 0:
            break
        first, second = (next((p for p in result if p.topic == t), None) for t in pair)
        if first is None or second is None or (first.section is None) == (second.section is None):
            continue  # (both the writer's, or both added: as they are)
        # the writer's section heads the task
        host, guest = pair if first.section is not None else pair[::-1]
        result, done = _joined(result, host, guest, titled)
        if done:
            joined.append((host, guest))
            excess -= 1
    if not joined:
        return list(parts), []
    return [replace(p, number=i) for i, p in enumerate(result, 1)], joined


def party_meeting(targets: Targets) -> bool:
    """A party committee's meeting (县委全会, 县委经济工作会议): the county head speaks to every
    township and department, not to the government's own departments."""
    return targets.kind == "plenary" or (
        "县委" in targets.meeting and "政府" not in targets.meeting
    )


def _draft_selector(
    targets: Targets, bank: PhraseBank, plan: KindPlan, seed: int, *, todo: bool, aside: float
) -> Selector:
    """Phase "choose"'s selector for the draft: the kind's voice, the targets file's facts and
    figures, the share of the bank set aside."""
    selector = Selector(
        bank,
        seed,
        slot_values(targets),
        frame=time_frame(targets),
        public=plan.public,
        business=targets.kind == "symposium",
        government=targets.kind == "work_report" or "政府" in targets.meeting,
        party=party_meeting(targets),
        todo=todo,
        figure_names=tuple(figure.name for _, figure in targets.keyed_figures()),
        report=targets.kind == "work_report",
        told=told_words(targets),
        achieved=tuple(targets.review.highlights),
        fell=tuple(f.name for f in targets.review.figures if f.growth is not None and f.growth < 0),
        aside=aside,
    )
    selector.lacking = all_matter_words("；".join(targets.review.problems))
    if after_congress(targets):
        # its closing hands out the year's tasks (会后……逐项分解……完成时限): no part says it
        # first (round 96's writers: 任务分解 three times in one speech)
        selector.mark_used(AFTER_CONGRESS_DUTY)
    return selector


def _worded_parts(
    parts: list[Part],
    selector: Selector,
    targets: Targets,
    preamble: Preamble,
    length: int,
    seed: int,
    approved: bool,
    duties: bool = True,
) -> list[Part]:
    """Phase "word": the composed parts as a draft says them — each sentence where its kind
    stands, a matter in one paragraph, formulas once, no line alone, the targets file's
    highlights and falls taken up, the departments named where the meeting hands out the
    year's tasks (``duties`` False: by its points, once they are grouped: ``duties_by_point``).
    ``approved``: the parts are a plan the writer approved."""
    if not approved:
        parts = _one_style(parts)
    report = targets.kind == "work_report"
    parts = [
        _in_place(part, report, selector.keyword_scores, selector.opens_its_source)
        for part in parts
    ]
    parts = [_matters_together(part, selector) for part in parts]
    parts = [
        one_home_per_matter(
            part,
            selector.matter_of_piece,
            selector.keywords.get(part.topic, ()),
            min(1.0, targets.length / max(1, length)),
        )
        for part in parts
    ]
    # (and again once sentences have moved to their homes: a sentence moved in after a
    # paragraph's last one on its matter can still fall between two others' — 土壤、水、水、土壤,
    # round 148)
    parts = [_matters_together(part, selector) for part in parts]
    parts = _formulas_once(parts, preamble)
    parts = [_goal_not_restated(part) for part in parts]
    parts = [_leads_not_echoed(part) for part in parts]
    parts = _not_redone(parts, preamble)
    # (each point made once; a draft from the whole bank for its length, with no material to
    # spare, leaves out only what keeps it at its length — round 153's writers read 口袋公园 in
    # two paragraphs side by side of a 10,300-character plenary. Held to the asked length in
    # every round, drafts near it left out nothing: none of round 155's four but one)
    spare = None if selector.spares else _spare_chars(parts, preamble, targets.length)
    problems = preamble.problems
    fields = fields_named(problems.text) if problems is not None else frozenset()
    parts = ideas_once(
        parts, popular_shares(), lambda text: musts_in(text) | (fields_named(text) & fields), spare
    )
    parts = [_heads_over_lines(part) for part in parts]
    # (a paragraph left one sentence by its stub's going is a line: joined or left out after)
    parts = [_openers_spoken_of(part, selector) for part in parts]
    parts = [_lines_joined(part, selector) for part in parts]
    parts = [_lines_left_out(part, own=selector.own_county) for part in parts]
    parts = [_targets_lead_on(part) for part in parts]
    parts = highlights_taken_up(parts, targets.review.highlights, selector.main_topic)
    if any(f.growth is not None and f.growth < 0 for f in targets.review.figures):
        parts = [_not_upbeat(part) for part in parts]
        parts = _falls_taken_up(parts, selector, targets)
    if after_congress(targets) and not approved and duties:
        parts = duties_assigned(parts, seed, targets.county)
    parts = [
        replace(part, paragraphs=tuple(principle_once([*map(principles_first, part.paragraphs)])))
        for part in parts
    ]
    parts = [replace(part, paragraphs=tuple(map(clauses_once, part.paragraphs))) for part in parts]
    parts = [_openings_apart(part) for part in parts]
    parts = [_leads_developed(part, selector.keywords.get(part.topic, ())) for part in parts]
    # (a pass above that left a paragraph out may have left a lead alone among plain ones)
    parts = [replace(part, paragraphs=tuple(run_in_leads(part.paragraphs))) for part in parts]
    # (and a lead gone may have left its one short sentence standing alone)
    parts = [_strays_gone(part, selector) for part in parts]
    # (and a paragraph or a lead gone from a run numbered 一是……三是 leaves a gap: counted again)
    return [_ordinals_in_order(part) for part in parts]


# What a draft with no material to spare may leave out of its points made twice: down to this
# share of the asked length, as its paragraphs and headings so far count it (the passes after
# leave out ~10% more: lines, stubs, a report's own part; the departments' duties and the
# template's lines come on top)
SPARE_FLOOR = 1.0


def _spare_chars(parts: Sequence[Part], preamble: Preamble, length: int) -> int:
    """The characters of the draft so far (``preamble``, a report's review by area, ``parts``
    and their headings) beyond ``SPARE_FLOOR`` of ``length`` (none where it falls short)."""
    said = preamble.length + sum(len(p.text) for p in preamble.areas)
    said += sum(len(part.heading.text) + len(p.text) for part in parts for p in part.paragraphs)
    return max(0, said - round(SPARE_FLOOR * length))


def _ordinals_in_order(part: Part) -> Part:
    """The part's run of ordinal leads (一是…… 二是……, 一要……) numbered again in order: a pass
    that left an item out or took its lead away had left 一是 …… 三是 (the composition
    benchmark's seed 7, after round 149: 序号跳号)."""
    found: list[tuple[int, bool, str]] = []  # (paragraph, in its lead, style)
    for at, paragraph in enumerate(part.paragraphs):
        head = paragraph.lead or (paragraph.pieces[0] if paragraph.pieces else None)
        marker = ORDINAL.match(head.text) if head is not None else None
        if marker is not None:
            found.append((at, paragraph.lead is not None, ordinal_style(marker.group(0))))
    styles = {style for _, _, style in found}
    if len(found) < 2 or len(styles) != 1:
        return part
    style = styles.pop()
    paragraphs = list(part.paragraphs)
    for index, (at, in_lead, _) in enumerate(found, start=1):
        paragraph = paragraphs[at]
        item = paragraph.lead if in_lead else paragraph.pieces[0]
        assert item is not None
        text = ordinal_prefix(index, len(found), style) + ORDINAL.sub("", item.text, count=1)
        if text == item.text:
            continue
        if in_lead:
            paragraphs[at] = Paragraph(paragraph.pieces, replace(item, text=text))
        else:
            pieces = (replace(item, text=text), *paragraph.pieces[1:])
            paragraphs[at] = Paragraph(pieces, paragraph.lead)
    return replace(part, paragraphs=tuple(paragraphs))


def _strays_gone(part: Part, selector: Selector) -> Part:
    """The part with no short bank sentence standing alone (``strays_joined``), its
    neighbouring paragraphs still opening otherwise."""
    paragraphs = strays_joined(selector, part.paragraphs)
    if len(paragraphs) == len(part.paragraphs):
        return part
    return _openings_apart(replace(part, paragraphs=tuple(paragraphs)))


@dataclass(frozen=True, slots=True)
class _Grouping:
    """A long speech's parts in their grouped order, their places and the groups' headings."""

    parts: tuple[PartPlan, ...]
    placement: Placement
    headings: tuple[Piece | None, ...]
    frame: str | None = None  # the grouped parts' heading frame (None: as planned)
    # a government's plenary after the congress in three parts (``_in_three``)
    three: _Three | None = None


@dataclass(frozen=True, slots=True)
class _Three:
    """A speech in three parts: the heading over its review, problems and goals (一、统一思想……),
    the one over its tasks (二、突出工作重点……), which stand one level down, and how many of its
    parts are those tasks (the first ones)."""

    situation: Piece | None
    tasks: Piece | None
    count: int


def _standing_headed(groups: _Grouping) -> tuple[PartPlan, ...]:
    """The grouped parts as planned, a part standing as a point of its own under the heading
    it will bear (the groups' kind of heading: ``grouped``), so that what it says is chosen
    against that heading (一、坚持项目为王…… then 坚持项目为王，跟踪项目抓签约: round 59)."""
    placement = groups.placement
    return tuple(
        replace(planned, heading=head)
        if within == 0 and (head := groups.headings[point - 1]) is not None
        else planned
        for planned, point, within in zip(
            groups.parts, placement.points, placement.within, strict=True
        )
    )


def _groups(
    selector: Selector, targets: Targets, plan: KindPlan, planned: Sequence[PartPlan], seed: int
) -> _Grouping | None:
    """The speech's parts grouped under level-1 headings where they are too many to stand as
    一、二、……十六、 (``drafter.compose.groups``); None for a report (its tasks are a level-2 run
    already) and for a speech of few parts. The kind's closing parts and a meeting's own part
    (廉政) stay last, on their own. A writer who titled the sections laid the speech out: it
    stays as they did."""
    if plan.own_part or any(section.title for section in targets.sections):
        return None  # (a writer who titles the parts lays out the speech)
    # (a meeting's own part, 廉政, keeps its own heading: it names no cluster's topic here)
    topics = [p.topic if not p.focus or p.topic == plan.duty_topic else "" for p in planned]
    movable = [p.weight >= 1.0 and not p.focus and p.topic not in CLOSING_TOPICS for p in planned]
    table = load_groups()
    if after_congress(targets) and len(planned) >= table.congress_plenary_least > 0:
        return _in_three(selector, targets, planned, movable, seed)
    found = plan_groups(topics, movable, table)
    if found is None:
        return None
    order, placement = found
    parts = tuple(planned[i] for i in order)
    parts, frame = _inner_headings(selector, parts, placement)
    headings = group_headings(
        selector,
        placement,
        [p.topic for p in parts],
        [p.heading for p in parts],
        seed,
        targets.county,
    )
    parts = _named_order(selector, parts, placement, headings)
    return _Grouping(parts, placement, headings, frame)


def _named_order(
    selector: Selector,
    parts: tuple[PartPlan, ...],
    placement: Placement,
    headings: Sequence[Piece | None],
) -> tuple[PartPlan, ...]:
    """``parts`` with each group's in the order its heading names them (``in_heading_order``)."""
    related = {topic.name: frozenset(topic.related) for topic in selector.bank.topics}
    order = in_heading_order(
        [p.topic for p in parts], placement, headings, selector.keywords, related
    )
    return tuple(parts[i] for i in order)


def _in_three(
    selector: Selector,
    targets: Targets,
    planned: Sequence[PartPlan],
    movable: Sequence[bool],
    seed: int,
) -> _Grouping:
    """A government's plenary after the congress in three parts (``groups.yaml``'s
    ``congress_plenary``): 一、 the situation and the year's requirements, over the review,
    problems and goals (the template's, by ``Draft.situation_heading``); 二、 the tasks, each
    working part a （一）…（N） under it, or, where they are many, grouped as a long speech's
    level-1 points are (``plan_groups``), one level down — （一） a group, 1. a part; 三、 the
    style of work and carrying out, the kind's closing parts and a meeting's own (廉政) as
    （一）（二） under it, or standing as 三、 where it is one."""
    table = load_groups()
    texts = table.congress_plenary or {}
    tasks = [i for i, move in enumerate(movable) if move]
    rest = [i for i, move in enumerate(movable) if not move]
    found = plan_groups([planned[i].topic for i in tasks], [True] * len(tasks), table)
    if found is None:
        order = tuple(tasks)
        inner = Placement(tuple(range(1, len(tasks) + 1)), (0,) * len(tasks), (None,) * len(tasks))
    else:
        order = tuple(tasks[i] for i in found[0])
        inner = found[1]
    work = tuple(planned[i] for i in order)
    work, frame = _inner_headings(selector, work, inner)
    heads = group_headings(
        selector, inner, [p.topic for p in work], [p.heading for p in work], seed, targets.county
    )
    work = _named_order(selector, work, inner, heads)
    points = (*inner.points, *(inner.count + 1,) * len(rest))
    within = (*inner.within, *(range(1, len(rest) + 1) if len(rest) > 1 else (0,) * len(rest)))
    placement = Placement(points, within, (*inner.clusters, *((None,) if rest else ())))
    own = random.Random(f"drafter:{seed}:{targets.county}:three")
    mined = _three_headings(selector, table.congress_plenary_shapes or {}, targets.year, own)

    def one(key: str) -> Piece | None:
        if key in mined:
            return mined[key]
        found = texts.get(key, ())
        return Piece(found[own.randrange(len(found))]) if found else None

    situation, work_head = one("situation"), one("tasks")
    duties = one("duties") if len(rest) > 1 else None  # (one part stands as 三、 on its own)
    return _Grouping(
        (*work, *(planned[i] for i in rest)),
        placement,
        (*heads, *((duties,) if rest else ())),
        frame,
        three=_Three(situation, work_head, len(work)),
    )


def _bodied_parts(parts: Sequence[Part]) -> list[Part]:
    """``parts`` without those that say nothing, the rest numbered again: a point of its own
    gone, the points after it move up; a part of a group gone, the group's later parts move
    up, the next taking the group's heading where it had it."""
    parts = list(parts)
    while (empty := next((p for p in parts if not p.paragraphs), None)) is not None:
        rest = [p for p in parts if p is not empty]
        if empty.point and not empty.within:
            rest = [replace(p, point=p.point - 1) if p.point > empty.point else p for p in rest]
        elif empty.within:
            heir = empty.group_heading
            moved: list[Part] = []
            for p in rest:
                if p.point == empty.point and p.within > empty.within:
                    p = replace(p, within=p.within - 1)
                    if heir is not None and p.within == empty.within:
                        p, heir = replace(p, group_heading=heir), None
                moved.append(p)
            rest = moved
        parts = rest
    return [replace(p, number=i) for i, p in enumerate(parts, 1)]


def _in_three_parts(draft: Draft, three: _Three) -> Draft:
    """``draft`` said in three parts: its tasks one level down under 二、, numbered within it,
    its closing parts under 三、 (``_in_three``)."""
    # (the closing parts' point counted after the tasks' groups: 三、 whatever their number)
    parts = [p if p.depth else replace(p, point=3) for p in draft.parts]
    return replace(
        draft,
        parts=tuple(parts),
        situation_heading=three.situation.text if three.situation else "",
        tasks_heading=three.tasks.text if three.tasks else "",
    )


def _three_headings(
    selector: Selector, shapes: Mapping[str, str], year: int, own: random.Random
) -> dict[str, Piece]:
    """The mined level-1 headings for a speech in three parts (``_in_three``), by the part
    each fits (``shapes``: situation, tasks, duties; the first shape a heading fits): one
    speech's for all three where one has them all (把握发展形势…… / 紧盯发展目标……各项重点工作
    / 聚焦目标任务，强化督查落实……), else each part's own where one fits, the seed choosing."""
    fits: dict[str, dict[str, list[Phrase]]] = {}  # source → part → headings
    patterns = {key: re.compile(shape) for key, shape in shapes.items()}
    for phrase in sorted(selector.bank.of_kind(Kind.HEADING), key=lambda p: p.id):
        if phrase.level not in (None, 1) or not phrase.sources:
            continue
        key = next((k for k, pattern in patterns.items() if pattern.search(phrase.text)), None)
        if key is not None:
            fits.setdefault(phrase.sources[0].file, {}).setdefault(key, []).append(phrase)
    whole = sorted(source for source, found in fits.items() if len(found) == len(patterns))
    chosen: dict[str, Phrase] = {}
    if whole:
        found = fits[own.choice(whole)]
        chosen = {key: own.choice(phrases) for key, phrases in sorted(found.items())}
    else:
        for key in sorted(patterns):
            every = [p for found in fits.values() for p in found.get(key, ())]
            if every:
                chosen[key] = own.choice(every)
    return {
        key: Piece(phrase.text.replace("{year}", str(year)), provenance_of(phrase))
        for key, phrase in chosen.items()
    }


def _inner_headings(
    selector: Selector, parts: tuple[PartPlan, ...], placement: Placement
) -> tuple[tuple[PartPlan, ...], str | None]:
    """The grouped parts with their level-2 headings, and the frame of the first group's."""
    # each group's headings are parallel among themselves, and groups differ in frame, as real
    # reports' are (1.实施创新驱动，在产业发展上持续用力 under （一）, 1.努力让水更清 under （二）):
    # one frame over all of a long speech's twelve level-2 headings reads as a formula (round
    # 85's writer); a frame serving one group's topics alone (more frames do than serve every
    # part: drafts of counties differ)
    inner = [i for i, within in enumerate(placement.within) if within]
    frame: str | None = None
    if inner:
        for part in parts:
            selector.used.discard(part.heading.text)
        chosen: dict[int, Piece] = {}
        families: set[str] = set()
        for point in sorted({placement.points[i] for i in inner}):
            members = [i for i in inner if placement.points[i] == point]
            keys = [
                f"sections[{parts[i].section_index}]"
                if parts[i].section_index is not None
                else None
                for i in members
            ]
            choice = choose_headings(
                selector,
                [parts[i].topic for i in members],
                [None] * len(members),
                keys,
                avoid=frozenset(families),
            )
            chosen.update(zip(members, choice.headings, strict=True))
            if choice.frame is not None:
                families.add(family(choice.frame))
                frame = frame or choice.frame.id
        parts = tuple(
            replace(p, heading=chosen[i]) if i in chosen else p for i, p in enumerate(parts)
        )
    return parts, frame


def _notes(
    targets: Targets,
    bank: PhraseBank,
    preamble: Preamble,
    added: tuple[str, ...],
    approved: bool,
    own: bool,
) -> list[str]:
    """What the writer is told of the draft's own additions: the shortcomings written from the
    bank, the kind's must-have parts (none in a layout the writer ``approved``), the parts
    taking up the file's falling figures and problems (none from the county's ``own``
    archive), and the parts added for length (``added``, in that order), each part once."""
    musts = must_topics(targets, bank) if not approved else ()
    answered = answered_topics(targets, bank) if not own else ()
    notes: list[str] = [] if approved else folding_notes(targets.sections)
    mined = preamble.problems is not None and not targets.review.problems
    if mined and targets.kind == "work_report":
        notes.append(MINED_PROBLEMS_WARNING)
    if added[: len(musts)] and tuple(added[: len(musts)]) == musts:
        # (a topic a section's title names is said in that section: no part added to tell of)
        spoken = {other for _, other in joined_spoken(targets, bank)}
        told = tuple(t for t in musts if t not in spoken)
        if told:
            notes.append(f"{MUST_WARNING}{_named_parts(told)}（不需要的可整部分删去）")
        added = added[len(musts) :]
    facing = tuple(t for t in added if t in answered)
    if facing:
        notes.append(f"{ANSWERED_WARNING}{_named_parts(facing)}（不需要的可整部分删去）")
        added = tuple(t for t in added if t not in facing)
    if added:
        said = OWN_ADDED_WARNING if own else ADDED_WARNING
        notes.append(f"{said}{_named_parts(added)}（不需要的可整部分删去）")
    return notes


def _named_parts(topics: Sequence[str]) -> str:
    return "、".join(f"“{topic}”" for topic in topics)


_ORDINAL_HEAD = re.compile(
    r"^(?:[一二三四五六七八九十]+[是要、]|第[一二三四五六七八九十]+|首先|其次|最后)"
)


_QUOTED = re.compile(r"“([^“”]{2,12})”")
_PERIOD = re.compile(r"^十[一二三四五六七八九]五$")  # “十四五”: the period, said as often as needed


def quoted_terms(text: str) -> list[str]:
    """The names in quotation marks ``text`` says (“散乱污”, “放管服”), a plan period
    (“十四五”) left out: one paragraph of a speech takes a named programme up, and another
    saying it again repeats the matter."""
    return [term for term in _QUOTED.findall(text) if not _PERIOD.match(term)]


# Starting a thing (编制 a plan, 启动 a project, 成立 a fund): what the review says was done
# is not started again (round 33: the review 设立产业发展引导基金, the plan 加快成立产业发展基金)
_STARTED = re.compile(r"编制|启动|成立|设立|组建")


# What a review says finished (高质量完成国土空间规划; 义务教育优质均衡发展通过省级督导评估),
# and the verbs of a measure that would do it again (加快推进国土空间规划体系建设; 推进义务教育
# 优质均衡发展 — round 71's writer: 回顾说“高质量完成”、部署又说“完成审查报批”).
_FINISHED = re.compile(r"完成|建成|竣工|完工|通过")
_ACTED = re.compile(r"编制|启动|成立|设立|组建|完成|推进|建设|创建")


def _started(text: str, verbs: re.Pattern[str] = _STARTED) -> list[frozenset[str]]:
    """The phrases of four characters of what ``text`` starts: the words after 编制/启动/…
    (科学编制国土空间规划), or before it where it ends its clause (国土空间总体规划编制。);
    ``verbs``: other verbs' objects so read."""
    objects: list[frozenset[str]] = []
    for match in verbs.finditer(text):
        after = _CLAUSE_RUN.match(text, match.end())
        if after is not None and len(after.group()) >= SLOGAN:
            objects.append(key_phrases(after.group()[:OBJECT_CHARS], SLOGAN))
        elif match.end() == len(text) or text[match.end()] in "，。；":
            before = _CLAUSE_TAIL.search(text, 0, match.start())
            if before is not None:
                objects.append(key_phrases(before.group()[-OBJECT_CHARS:], SLOGAN))
    return objects


def _finished(text: str) -> list[frozenset[str]]:
    """The phrases of four characters of what ``text`` says finished: the words on either side
    of 完成/通过/… in their clause (高质量完成国土空间规划; 义务教育优质均衡发展通过省级
    督导评估)."""
    objects: list[frozenset[str]] = []
    for match in _FINISHED.finditer(text):
        after = _CLAUSE_RUN.match(text, match.end())
        before = _CLAUSE_TAIL.search(text, 0, match.start())
        if _YEARLY.search(text, match.end(), match.end() + OBJECT_CHARS + 4):
            continue  # a year's task done (完成征兵任务) is done again the next year
        if after is not None:
            objects.append(key_phrases(after.group()[:OBJECT_CHARS], SLOGAN))
        if before is not None:
            objects.append(key_phrases(before.group()[-OBJECT_CHARS:], SLOGAN))
    return objects


_YEARLY = re.compile(r"任务|目标|指标")
# A problem a review says solved (非法营运三轮车问题得到有效解决): the thing, the words before
# it in their clause, after any 的 (群众反映强烈的停车难 → 停车难)
_SOLVED = re.compile(
    r"([\u4e00-\u9fff]{2,})(?:问题)?(?:得到|获得)了?(?:有效|彻底|根本|妥善|较好)?解决"
    r"|([\u4e00-\u9fff]{2,})(?:问题)?(?:全面|彻底|有效|基本)解决"
)
SOLVED_CHARS = 6  # characters of the thing solved, read from its end
# …and a plan that holds on to what was solved rather than does it again (巩固……成果, 长效)
_HOLDS = re.compile(r"巩固|长效|防止[^，。；]{0,4}反弹|常态化|成果")


def _solved(text: str) -> set[str]:
    """The runs of three characters naming what ``text`` says was solved, and the things of
    several names it names (``ideas.points_named``: 三轮车 → 三四轮车, which a plan's 三轮四轮车
    names too — round 156's writers, 前面说问题得到有效解决，后面又要深入推进整治)."""
    runs: set[str] = set()
    for match in _SOLVED.finditer(text):
        thing = (match.group(1) or match.group(2) or "").removesuffix("问题")
        thing = thing.rsplit("的", 1)[-1][-SOLVED_CHARS:]
        runs.update(thing[i : i + 3] for i in range(len(thing) - 2))
        runs.update(points_named(thing))
    return runs


_CLAUSE_RUN = re.compile(r"[\u4e00-\u9fff]+")
_CLAUSE_TAIL = re.compile(r"[\u4e00-\u9fff]+$")
OBJECT_CHARS = 8  # characters of the object a start verb takes, read on either side


def _not_redone(parts: list[Part], preamble: Preamble) -> list[Part]:
    """The parts without a bank sentence that starts what the review said was done, naming a
    phrase of four characters the review named (科学编制国土空间规划 in the review, 加快推进
    国土空间总体规划编制 among the measures: rounds 27 and 28), or does again what it said was
    finished (高质量完成国土空间规划 / 加快推进国土空间规划体系建设: round 71). A paragraph keeps
    its first sentence unless two or more go on without it, its lead's too."""
    done: set[str] = set()
    finished: set[str] = set()  # the objects of what the review said finished
    solved: set[str] = set()  # …and of the problems it said solved
    for paragraph in (*preamble.review, *preamble.areas):
        for piece in (*((paragraph.lead,) if paragraph.lead else ()), *paragraph.pieces):
            done |= key_phrases(piece.text, SLOGAN)
            if piece.mined or _highlight(piece):
                # (a bank record or a highlight: the targets file's figures are the year's, not
                # a work done; its highlights are works done — 义务教育优质均衡发展通过省级督导评估)
                finished.update(*_finished(piece.text))
                solved |= _solved(piece.text)
    if not done:
        return parts

    def redone(piece: Piece) -> bool:
        if not piece.mined:
            return False
        if (
            solved
            and not _HOLDS.search(piece.text)
            and (
                any(r in piece.text for r in solved)
                or not solved.isdisjoint(points_named(piece.text))
            )
        ):
            # (the review: 非法营运三轮车问题得到有效解决; the plan: 三轮车专项整治行动 — round
            # 136's three writers, 前后矛盾)
            return True
        return any(not done.isdisjoint(o) for o in _started(piece.text)) or any(
            not finished.isdisjoint(o) for o in _started(piece.text, _ACTED)
        )

    def kept(paragraph: Paragraph) -> Paragraph:
        pieces = paragraph.pieces
        left = [x for i, x in enumerate(pieces) if i == 0 or not redone(x)]
        if (
            len(left) >= 3
            and redone(left[0])
            and paragraph.lead is None
            and not _POINTS_BACK.match(left[1].text)
        ):
            # its first sentence too, where the paragraph goes on without it (回顾：高质量完成
            # 国土空间规划 / 部署：加快推进国土空间规划和专项规划编制 — round 67's writer)
            left = left[1:]
        return paragraph if len(left) == len(pieces) else replace(paragraph, pieces=tuple(left))

    return [replace(part, paragraphs=tuple(map(kept, part.paragraphs))) for part in parts]


def _highlight(piece: Piece) -> bool:
    """``piece`` says one of the targets file's highlights (review.highlights[0])."""
    key = piece.provenance.yaml_key if piece.provenance is not None else None
    return bool(key) and str(key).startswith("review.highlights")


# A sentence that builds on the one before it (因此, 同时, 这): it opens no paragraph.
_POINTS_BACK = re.compile(r"^(?:因此|所以|同时|此外|另外|其中|对此|为此|这|此|与此同时|在此基础上)")


def _leads_not_echoed(part: Part) -> Part:
    """The part without a paragraph's sub-head that its first sentence opens on again (支持企业。
    支持企业开拓市场……: round 61's draft; a sub-head and the sentence chosen for its item came
    from different reports): the sentence stands on its own."""
    paragraphs = tuple(
        replace(paragraph, lead=None) if _echoed(paragraph) else paragraph
        for paragraph in part.paragraphs
    )
    return part if paragraphs == part.paragraphs else replace(part, paragraphs=paragraphs)


def _echoed(paragraph: Paragraph) -> bool:
    """The paragraph's first sentence opens on its sub-head's words (not an ordinal head: 一要)."""
    if paragraph.lead is None or not paragraph.pieces or _ORDINAL_HEAD.match(paragraph.lead.text):
        return False
    head = paragraph.lead.text.rstrip("。；：！")
    return len(head) >= 2 and paragraph.pieces[0].text.startswith(head)


def _formulas_once(parts: list[Part], preamble: Preamble) -> list[Part]:
    """The parts without a bank sentence that says again a formula a speech says once
    (``CAPPED``: 民生实事, 重中之重) — said before it in the draft by a heading, a sub-head or
    another sentence — nor one that names a programme in quotation marks an earlier paragraph
    of the parts named (“散乱污” in 工业 and twice in 生态环保). Each part's choice spends
    what it says, but a sentence chosen before a sub-head of its part was opened could not
    know it."""
    said = {w for p in (*preamble.opening, *preamble.review) for w in CAPPED if w in p.text}
    elsewhere: set[str] = set()  # the quoted names earlier paragraphs of the parts said
    headed = _headed_terms(parts)
    kept_parts: list[Part] = []
    number = 0  # the paragraph's place among all the parts' paragraphs
    for part in parts:
        said |= {w for w in CAPPED if w in part.heading.text}
        paragraphs: list[Paragraph] = []
        for paragraph in part.paragraphs:
            number += 1
            # a name another paragraph opens on (its sub-head's sentence stays) is its own
            theirs = {t for t, at in headed.items() if at - {number}}
            if paragraph.lead is not None:
                words = {w for w in CAPPED if w in paragraph.lead.text}
                if words & said and not _ORDINAL_HEAD.match(paragraph.lead.text):
                    paragraph = replace(paragraph, lead=None)  # its sentences go on plain
                said |= words
            pieces: list[Piece] = []
            # named programmes (“散乱污”, “一刀切”) this paragraph says: another says none again
            here = set(quoted_terms(paragraph.lead.text)) if paragraph.lead is not None else set()
            by: dict[str, str] = {}  # a name this paragraph said → the entry that said it
            for index, piece in enumerate(paragraph.pieces):
                words = {w for w in CAPPED if w in piece.text}
                terms = set(quoted_terms(piece.text))
                entry = piece.provenance.entry if piece.provenance is not None else None
                mined = piece.provenance is not None and bool(entry)
                # another source's sentence naming it again in the same paragraph
                # (推动“放管服”改革不断深化。继续深化“放管服”改革) repeats it too
                again = {t for t in terms if by.get(t, entry) != entry}
                # (a paragraph's last sentence stays when nothing else of it is left, and the
                # sentence that develops a sub-head stays with it)
                # (a plain paragraph left with a repeat alone is left out whole)
                alone = (
                    not pieces
                    and index == len(paragraph.pieces) - 1
                    and (paragraph.lead is not None or len(paragraph.pieces) > 1)
                )
                # (the sentence that develops a sub-head stays with it; a head naming what
                # an earlier paragraph named goes: its paragraph goes on)
                heads = index == 0 and paragraph.lead is not None
                if (words & said and mined and not alone) or (
                    mined
                    and not alone
                    and (terms & elsewhere or (not heads and (terms & theirs or again)))
                ):
                    continue
                said |= words
                here |= terms
                for term in terms:
                    by.setdefault(term, entry or "")
                pieces.append(piece)
            elsewhere |= here
            if not pieces and paragraph.lead is None:
                continue
            if len(pieces) == 1 < len(paragraph.pieces) and head_like(pieces[0].text):
                # what a paragraph's repeats leave of it as short as a sub-head (its run-in
                # sub-head, 建设廉洁政府。) is no paragraph
                continue
            paragraphs.append(replace(paragraph, pieces=tuple(pieces)))
        if not paragraphs and part.paragraphs:
            # a part left with nothing but repeats keeps its first paragraph: a heading over
            # nothing is worse than a formula said again
            paragraphs = [part.paragraphs[0]]
        # a paragraph that lost its first sentence opens anew: not like its neighbour
        plain = {i for i, p in enumerate(paragraphs) if p.lead is None}
        paragraphs = separate_openers(paragraphs, plain)
        kept_parts.append(replace(part, paragraphs=tuple(paragraphs)))
    return kept_parts


# A sentence that sums a part up or calls for its success (通过全县上下的共同努力，一定能够……;
# 让我们……): a part ends on it, or it is not said.
_CLOSER = re.compile(
    r"一定能|一定会|必将|共同努力|让我们|齐心协力|凝心聚力|只要[^。]{2,30}就|[！!]$|"
    # a slogan of new starts (立足新起点，抢抓新机遇，再创新辉煌: round 31, mid-paragraph)
    r"再创[^，。；]{0,4}辉煌|再铸[^，。；]{0,4}辉煌|谱写[^，。；]{0,12}新篇章|开创[^，。；]{0,8}新局面|"
    # a pledge to the people (以新气象、新作为向党和人民交出满意新答卷: round 89's writer read
    # two paragraphs after it)
    r"交出[^，。；]{0,10}答卷|"
    # a wish said in two or three 更 (让水更清澈，让环境更美好; 让……天更蓝、山更绿、水更清):
    # round 91's blind reader read one in the middle of a paragraph, more after it
    r"让[^，。；]{0,10}更[^，。；、]{1,3}[，、][^。]{0,12}更[^，。；、]{1,3}[。！]?$"
)


def _defines_another(text: str, topic: str, scores: Callable[[str], dict[str, float]]) -> bool:
    """``text`` says what a matter other than ``topic``'s is (产业是…… in a part on 项目建设):
    a part defines its own matter, if any."""
    return defines_topic(text, topic, scores) is False


# a unit's sentence, or another report's one drafted sentence by sentence (two lines of those
# alone: 深化国资国企改革…… and 持续推进涉企行政许可……, round 56)
_LINE_KINDS = frozenset({Kind.PARAGRAPH.value, Kind.BODY.value})


def _lines_left_out(part: Part, *, own: bool = False) -> Part:
    """The part without a paragraph as short as a line that joined none (``_lines_joined``):
    a bank sentence standing alone (完善县域商业体系，推动商贸流通网络向乡村延伸。) or a sub-head
    over one (壮大集体经济。完善农村产权交易服务体系……) — round 61's writer: 一句话单独成段，
    标题占位. A writer says it in a paragraph or not at all. Only while the part keeps its
    share of the length (``Part.room``): a part short of it (``Part.thin``), or of few
    paragraphs, keeps them — its length first."""
    # (a county's own archive: its own slogans are its own words, and its length comes first)
    part = part if own else _no_slogan_lines(part)
    if (part.thin and own) or len(part.paragraphs) < (THIN_LINES_FROM if part.thin else 3):
        return part
    size = sum(len(p.text) for p in part.paragraphs)
    kept: list[Paragraph] = []
    for paragraph in part.paragraphs:
        # (while the part keeps its share of the length: a line left out of a part at its
        # share made the draft short, and it was drafted again from the whole bank)
        if _a_line(paragraph) and (part.thin or size - len(paragraph.text) >= part.room):
            size -= len(paragraph.text)
        else:
            kept.append(paragraph)
    if len(kept) == len(part.paragraphs) or len(kept) < 2:
        return part
    return replace(part, paragraphs=tuple(kept))


# A part short of its share (``Part.thin``) of this many paragraphs or more leaves out its lines
# too: a draft long enough on the whole still read 一句成段 in parts whose budget its rounds had
# raised past what the bank holds (round 109's writers: 孤句成段 in every draft).
THIN_LINES_FROM = 5


# A line that says nothing on its own: a slogan of short clauses (立足新起点，抢抓新机遇，再创新
# 辉煌。) or the first of a list whose others went (从发展机遇看，……): round 97's writers read
# both standing as paragraphs as 孤句、残句.
_SAYS_NOTHING = re.compile(
    r"^(?:[^，。；！]{3,8}，){2,}[^，。；！]{3,8}[。！]$|^从[^，。；]{2,8}看，"
)


def _no_slogan_lines(part: Part) -> Part:
    """The part without a paragraph of one bank sentence that says nothing on its own
    (``_SAYS_NOTHING``), however short of its share the part is; a part of one paragraph
    keeps it."""
    kept = [
        p
        for p in part.paragraphs
        if not (
            p.lead is None
            and len(p.pieces) == 1
            and p.pieces[0].provenance is not None
            and p.pieces[0].provenance.entry
            and _SAYS_NOTHING.search(p.pieces[0].text)
        )
    ]
    if not kept or len(kept) == len(part.paragraphs):
        return part
    return replace(part, paragraphs=tuple(kept))


def _approved(lead: Piece) -> bool:
    """The lead is the writer's, of the plan they approved (``drafter.compose.layout``)."""
    return lead.provenance is not None and lead.provenance.origin == "plan"


def _a_line(paragraph: Paragraph) -> bool:
    """A paragraph of one bank sentence (under a sub-head or not) as short as a line, telling
    nothing of the targets file, and no item of a numbered run (二是……: its run would skip)."""
    if paragraph.lead is not None and _ORDINAL_HEAD.match(paragraph.lead.text):
        return False
    if paragraph.lead is not None and _approved(paragraph.lead):
        return False  # the writer's lead of the plan they approved stays, however short
    return (
        len(paragraph.pieces) == 1
        and not _ORDINAL_HEAD.match(paragraph.pieces[0].text)
        and len(paragraph.pieces[0].text) < LINE_CHARS
        and paragraph.pieces[0].provenance is not None
        and bool(paragraph.pieces[0].provenance.entry)
        and not paragraph.pieces[0].told
        and not (paragraph.lead is not None and paragraph.lead.told)
    )


LINE_PARAGRAPH_CHARS = 520  # a paragraph a lone sentence joins stays under this (a wall beyond)
LINE_PARAGRAPH_SENTENCES = 8


def _heads_over_lines(part: Part) -> Part:
    """A bank sentence as short as a sub-head standing alone (统筹抓好大气、水、土壤保护。) opens
    the plain paragraph of other reports' sentences after it, as a short lead opens the measure
    under it in a real report, instead of standing as a line of its own: ``_lines_joined``
    joins no such line to another paragraph, and one stood between two paragraphs opening
    alike (round 87's tree: 严格高耗能项目准入…… / 统筹抓好大气、水、土壤保护。 /
    严格落实河湖长制……)."""
    paragraphs = list(part.paragraphs)
    result: list[Paragraph] = []
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        after = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        pieces = paragraph.pieces
        if (
            after is not None
            and paragraph.lead is None
            and len(pieces) == 1
            and head_like(pieces[0].text)
            and not pieces[0].told
            and pieces[0].provenance is not None
            and pieces[0].provenance.kind == Kind.BODY.value
            and after.lead is None
            and after.pieces
            and all(
                p.provenance is not None and p.provenance.kind == Kind.BODY.value
                for p in after.pieces
            )
            and not any(p.told for p in after.pieces)
        ):
            result.append(replace(after, pieces=(pieces[0], *after.pieces)))
            index += 2
            continue
        result.append(paragraph)
        index += 1
    if len(result) == len(paragraphs):
        return part
    return replace(part, paragraphs=tuple(result))


def _targets_lead_on(part: Part) -> Part:
    """``part`` with a first paragraph of the targets file's figures alone (2025年，我们将力争
    新增规上工业企业12家。 — a part begun from units has no opener of its own) opening the
    paragraph after it, where that one has no bold lead: a part states its figure and goes on
    to its measures, not a line alone (the golden report's 工业 part after round 143)."""
    paragraphs = part.paragraphs
    if len(paragraphs) < 2 or paragraphs[0].lead is not None or paragraphs[1].lead is not None:
        return part
    if not paragraphs[0].pieces or not all(p.told for p in paragraphs[0].pieces):
        return part
    first = Paragraph((*paragraphs[0].pieces, *paragraphs[1].pieces))
    return replace(part, paragraphs=(first, *paragraphs[2:]))


def _lines_joined(part: Part, selector: Selector) -> Part:
    """A plain paragraph left one sentence of its unit (the unit's others said elsewhere, or
    left out as said: round 53's writer read 推进基本养老保险、医疗保险全民参保。 and three more
    lines alone in one part) goes on the paragraph of units before it (or the next, else the
    part's paragraph on its matter wherever it stands), as a writer would write it: not a list of
    lines. A paragraph holding the targets file's pieces, a led one, one of other reports'
    sentences (a unit is not stitched to them: round 34) and one on another matter stay (round
    69's writer: 段尾挂一句无关的短句 — 欠薪 at the end of a paragraph on 民生实事 and 就医)."""
    paragraphs = list(part.paragraphs)

    def on_its_matter(host: Paragraph, line: Paragraph) -> bool:
        line_matter = selector.matter_of_piece(line.pieces[0])
        return line_matter is not None and line_matter in map(selector.matter_of_piece, host.pieces)

    def opens(at: int) -> str:
        return paragraphs[at].text[:2] if 0 <= at < len(paragraphs) else ""

    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        if _lone_line(paragraph) and len(paragraphs) > 1:
            # (after the one before it: not leaving two neighbours opening alike; before the
            # next: not next to one opening as it does)
            if (
                index > 0
                and opens(index - 1) != opens(index + 1)
                and _takes_line(selector, paragraphs[index - 1], paragraph)
            ):
                host = paragraphs[index - 1]
                paragraphs[index - 1] = Paragraph((*host.pieces, *paragraph.pieces), host.lead)
                del paragraphs[index]
                continue
            if (
                index + 1 < len(paragraphs)
                # (the line opens the joined paragraph: not as either neighbour does)
                and paragraph.text[:2] not in (opens(index - 1), opens(index + 2))
                and _takes_line(selector, paragraphs[index + 1], paragraph)
            ):
                host = paragraphs[index + 1]
                paragraphs[index + 1] = Paragraph((*paragraph.pieces, *host.pieces), host.lead)
                del paragraphs[index]
                continue
            # (else at the end of the part's paragraph on its matter, wherever it stands)
            home = next(
                (
                    at
                    for at, other in enumerate(paragraphs)
                    if at != index
                    and on_its_matter(other, paragraph)
                    and _takes_line(selector, other, paragraph)
                ),
                None,
            )
            if home is not None:
                host = paragraphs[home]
                paragraphs[home] = Paragraph((*host.pieces, *paragraph.pieces), host.lead)
                del paragraphs[index]
                continue
        index += 1
    if len(paragraphs) == len(part.paragraphs):
        return part
    return replace(part, paragraphs=tuple(paragraphs))


def _lone_line(paragraph: Paragraph) -> bool:
    """A plain paragraph of one bank sentence of a unit or of other reports (``_lines_joined``),
    not the targets file's, nor one shaped as a sub-heading."""
    pieces = paragraph.pieces
    return (
        paragraph.lead is None
        and len(pieces) == 1
        and pieces[0].provenance is not None
        and bool(pieces[0].provenance.entry)
        and pieces[0].provenance.kind in _LINE_KINDS
        and not pieces[0].told
        and not head_like(pieces[0].text)
    )


def _piece_kind(piece: Piece) -> str | None:
    return piece.provenance.kind if piece.provenance is not None else None


def _takes_line(selector: Selector, host: Paragraph, line: Paragraph) -> bool:
    """``host`` may take the lone ``line`` (``_lines_joined``): plain, of the line's kind of
    sentences, with room, saying no phrase of it again, and on its matter."""
    if host.lead is not None or any(p.told for p in host.pieces):
        return False
    # a unit's paragraph takes no other report's sentence, nor a paragraph of other reports'
    # sentences a unit's (round 34's blind reader)
    if {_piece_kind(p) for p in host.pieces} != {_piece_kind(line.pieces[0])}:
        return False
    if len(host.pieces) + 1 > LINE_PARAGRAPH_SENTENCES:
        return False
    if len(host.text) + len(line.text) > LINE_PARAGRAPH_CHARS:
        return False
    if key_phrases(host.text, SLOGAN) & key_phrases(line.text, SLOGAN):
        return False  # (nor says a phrase of it again: 各项工作 twice in one paragraph)
    # (on a matter the paragraph says: 欠薪 does not go on a paragraph on 民生实事 and 就医,
    # nor 设备更新 on one on 园区 — round 69's writer: 段尾挂一句无关的短句)
    line_matter = selector.matter_of_piece(line.pieces[0])
    said = {m for m in map(selector.matter_of_piece, host.pieces) if m is not None}
    return line_matter is None or not said or line_matter in said


# The county's times called golden (当前的……，正处在黄金发展的机遇期、比较优势的转化期): said in a
# speech whose figures fell, it contradicts its own review (round 72's writer: 开头说指标下滑、
# “必须引起高度警醒”，结尾说“黄金发展的机遇期”; round 69's: 显得自相矛盾).
_UPBEAT = re.compile(r"黄金发展|黄金期|正处在[^。；]{0,12}机遇期")


def _not_upbeat(part: Part) -> Part:
    """The part without a bank sentence calling the county's times golden (``_UPBEAT``): for a
    draft whose targets file reports a figure that fell."""

    def upbeat(piece: Piece) -> bool:
        return piece.mined and not piece.told and _UPBEAT.search(piece.text) is not None

    paragraphs = []
    for paragraph in part.paragraphs:
        kept = tuple(p for p in paragraph.pieces if not upbeat(p))
        if len(kept) == len(paragraph.pieces):
            paragraphs.append(paragraph)
        elif kept:
            paragraphs.append(replace(paragraph, pieces=kept))
    return replace(part, paragraphs=tuple(paragraphs))


REPO_SEASONAL = Path(__file__).with_name("seasonal.yaml")
_SEASONAL_LINE = re.compile(r"^(\d{1,2}):\s*(\S.*)$")


@lru_cache(maxsize=1)
def seasonal_texts() -> dict[int, tuple[str, ...]]:
    """``seasonal.yaml``: month → the wordings of the season's work a speech of that month turns
    to before its closing (one line a wording: read without a YAML parser)."""
    found: dict[int, list[str]] = {}
    for line in REPO_SEASONAL.read_text(encoding="utf-8").splitlines():
        match = _SEASONAL_LINE.match(line)
        if match:
            found.setdefault(int(match.group(1)), []).append(match.group(2).strip())
    return {month: tuple(texts) for month, texts in found.items()}


def season_paragraph(targets: Targets, variant: int) -> str:
    """The season's work a speech held in December or January turns to before its closing (当前
    已进入岁末年初……元旦春节期间……; 春节将至……), by the meeting's month; none for a report,
    a symposium, a speech of another month or one that asks for no closing."""
    if targets.kind in ("work_report", "symposium") or targets.date is None:
        return ""
    if not targets.closing:
        return ""
    texts = seasonal_texts().get(targets.date.month, ())
    return texts[variant % len(texts)] if texts else ""


REPO_LEVERS = Path(__file__).with_name("levers.yaml")
_LEVER_LINE = re.compile(r"^([^\s#:]+):\s*\{lever:\s*([^,}]+),\s*figure:\s*([^,}]+)\}\s*$")


@lru_cache(maxsize=1)
def levers() -> dict[str, tuple[str, str]]:
    """``levers.yaml``: topic → (the work a part on it puts first when a review figure of the
    topic fell, a figure name that falls on the topic). (One line a topic: read without a YAML
    parser.)"""
    found: dict[str, tuple[str, str]] = {}
    for line in REPO_LEVERS.read_text(encoding="utf-8").splitlines():
        match = _LEVER_LINE.match(line)
        if match:
            found[match.group(1)] = (match.group(2).strip(), match.group(3).strip())
    return found


REPO_FALL_WORDINGS = Path(__file__).with_name("fall_wordings.txt")


@lru_cache(maxsize=1)
def fall_wordings() -> dict[str, tuple[str, ...]]:
    """``fall_wordings.txt``: 段首 (opening a paragraph) / 引出 (leading into items) → the
    wordings of the sentence taking up a fallen figure."""
    found: dict[str, list[str]] = {}
    for place, text in table_rows(REPO_FALL_WORDINGS):
        found.setdefault(place, []).append(text.strip())
    return {place: tuple(texts) for place, texts in found.items()}


def _falls_taken_up(parts: list[Part], selector: Selector, targets: Targets) -> list[Part]:
    """The part on the topic of a review figure that fell opens by taking it up (针对社会消费品零
    售总额下降的情况，要把提振消费摆在更加突出的位置。: rounds 89 and 93's writers — the review
    said 社零、财政收入下降, the plan had no measure aimed at it), the figure not said again."""
    table = levers()
    result = list(parts)
    done: set[str] = set()
    worded: set[str] = set()  # the wordings said so far: two falls not in one shell (round 106)
    for figure in targets.review.figures:
        if figure.growth is None or figure.growth >= 0:
            continue
        topic = selector.main_topic(figure.name)
        if topic is None:
            continue
        at = next((i for i, p in enumerate(result) if p.topic == topic), None)
        if topic in done or topic not in table or at is None:
            continue
        done.add(topic)
        voice = "我们将" if selector.public else "要"
        part = result[at]
        # the paragraph most on the figure's topic (扭转固定资产投资下滑态势…… before one on
        # projects, not the part's first where that is on 财政: round 100's blind reader read the
        # lever over 深化财政体制改革…… as a heading its body did not follow)
        home = _most_on(part.paragraphs, topic, selector.keyword_scores)
        first = part.paragraphs[home] if part.paragraphs else None
        said = "".join(p.text for p in part.paragraphs)
        # (its wording by the seed and the county: two counties' drafts do not take up their
        # falls in one shell — round 94's writer, round 96's blind reader)
        own = random.Random(f"drafter:{selector.seed}:{targets.county}:fall:{topic}")
        values = {"figure": figure.name, "lever": table[topic][0], "voice": voice}
        if first is not None and first.lead is None:
            # (where the part says 摆在……位置 already, the lever is said otherwise)
            wordings = [w for w in fall_wordings()["段首"] if "摆在" not in w or "摆在" not in said]
            wording = _unsaid(wordings, worded, own)
            piece = Piece(wording.format(**values))
            led = replace(first, pieces=(piece, *first.pieces))
            paragraphs = (*part.paragraphs[:home], led, *part.paragraphs[home + 1 :])
        else:
            # a run of items under sub-heads: the sentence leads into them
            wording = _unsaid(list(fall_wordings()["引出"]), worded, own)
            piece = Piece(wording.format(**values))
            paragraphs = (Paragraph((piece,)), *part.paragraphs)
        result[at] = replace(part, paragraphs=paragraphs)
    return result


def _unsaid(wordings: list[str], worded: set[str], own: random.Random) -> str:
    """One of ``wordings`` drawn by ``own``, none the draft said already (``worded``, which
    takes it) where another is left: round 106's writers read 面对……下行的压力，要把……作为当前
    工作的重点 twice in one speech, for two figures."""
    fresh = [w for w in wordings if w.split("{figure}")[0] not in worded] or wordings
    wording = fresh[own.randrange(len(fresh))]
    worded.add(wording.split("{figure}")[0])
    return wording


def _most_on(
    paragraphs: Sequence[Paragraph], topic: str, scores: Callable[[str], dict[str, float]]
) -> int:
    """The index of the first of ``paragraphs`` (without a bold lead) that speaks of ``topic``
    most (its keywords, ``Selector.keyword_scores``); the first paragraph where none does."""
    best, at = 0.0, 0
    for index, paragraph in enumerate(paragraphs):
        if paragraph.lead is not None:
            continue
        score = scores(paragraph.text).get(topic, 0.0)
        if score > best:
            best, at = score, index
    return at


OPENER_CHARS = 16  # a paragraph's first sentence this short, of one clause, reads as its sub-head


def _openers_spoken_of(part: Part, selector: Selector) -> Part:
    """A plain paragraph opening on a short bank sentence of one clause reads as headed by it:
    where that sentence names a thing (稳步推进既有住宅加装电梯工作。) the next neither names, nor
    speaks of (``on_lead``), nor shares its matter (扎实推进……生活垃圾分类工作), the paragraph
    opens on the next — a unit shortened to a stub and what followed it elsewhere (round 69's
    writer: 加强种质资源保护和利用。抓好“菜篮子”稳产保供, 标题和内容对不上)."""
    paragraphs: list[Paragraph] = []
    for paragraph in part.paragraphs:
        pieces = paragraph.pieces
        if paragraph.lead is None and len(pieces) >= 2 and _a_stub(pieces[0]):
            first, after = pieces[0], pieces[1]
            named = part_words(first.text)
            matter = selector.matter_of_piece(first)
            if (
                not named & part_words(after.text)
                and not on_lead(first.text.rstrip("。"), after.text, opens=True)
                and (matter is None or matter != selector.matter_of_piece(after))
                and not after.told
            ):
                paragraph = Paragraph(pieces[1:])
        paragraphs.append(paragraph)
    return replace(part, paragraphs=tuple(paragraphs))


def _leads_developed(part: Part, topic_words: tuple[str, ...]) -> Part:
    """Each bold sub-head opens on a bank sentence that speaks of it, whatever the phases after
    composing moved or left out: the first such sentence of its paragraph goes first
    (深入打好蓝天、碧水、净土保卫战 over 持续开展重型柴油车路检…… once the sentence developing it
    had gone to another paragraph). A paragraph with none loses its sub-head where the part's
    run of sub-heads stays whole (``_whole_run``): as the run's closing plain paragraph, moved
    last if need be. A mined paragraph's own sub-head keeps the sentence that followed it."""
    paragraphs: list[Paragraph] = []
    undeveloped: list[int] = []
    for paragraph in part.paragraphs:
        lead = paragraph.lead
        source = lead.provenance if lead is not None else None
        if lead is None or (source is not None and source.kind == "paragraph"):
            paragraphs.append(paragraph)
            continue
        head = ORDINAL.sub("", lead.text).rstrip("。")
        pieces = list(paragraph.pieces)
        # (the bank's sentences: a target from the targets file may stand first)
        mined = [
            i
            for i, p in enumerate(pieces)
            if p.provenance is not None and p.provenance.entry and not p.provenance.yaml_key
        ]
        if not mined or on_lead(head, pieces[mined[0]].text, topic_words):
            paragraphs.append(paragraph)
            continue
        developing = next(
            (i for i in mined[1:] if on_lead(head, pieces[i].text, topic_words, opens=True)), None
        )
        if developing is None:
            undeveloped.append(len(paragraphs))
            paragraphs.append(paragraph)
            continue
        pieces.insert(mined[0], pieces.pop(developing))
        paragraphs.append(Paragraph(tuple(pieces), lead))
    for at in reversed(undeveloped):
        paragraphs = _without_lead(paragraphs, at)
    return replace(part, paragraphs=tuple(paragraphs))


MAX_PIECES = 10  # a paragraph of more sentences than this reads as several run together


def _without_lead(paragraphs: list[Paragraph], at: int) -> list[Paragraph]:
    """``paragraphs`` with paragraph ``at``'s sub-head gone, the run of sub-heads kept whole:
    the paragraph plain where it is, else closing the run, else its sentences going on in the
    paragraph before (the matter's sentences were gathered there); as they were when none
    serves."""
    plain = Paragraph(paragraphs[at].pieces)
    tries = [
        [*paragraphs[:at], plain, *paragraphs[at + 1 :]],
        [*paragraphs[:at], *paragraphs[at + 1 :], plain],
    ]
    before = paragraphs[at - 1] if at > 0 else None
    if before is not None and len(before.pieces) + len(plain.pieces) <= MAX_PIECES:
        joined = Paragraph((*before.pieces, *plain.pieces), before.lead)
        tries.append([*paragraphs[: at - 1], joined, *paragraphs[at + 1 :]])
    return next((tried for tried in tries if _whole_run(tried)), paragraphs)


def _whole_run(paragraphs: Sequence[Paragraph]) -> bool:
    """The part's sub-heads make one run: after its plain opening, every paragraph has one, or
    all but a last plain paragraph that closes the run — or there are none."""
    body = [p for i, p in enumerate(paragraphs) if p.lead is not None or i > 0]
    leads = sum(p.lead is not None for p in body)
    if not leads:
        return True
    closed = leads >= 2 and len(body) == leads + 1 and body[-1].lead is None
    return leads == len(body) or len(body) == 1 or closed


def _openings_apart(part: Part) -> Part:
    """The part with no two neighbouring paragraphs opening alike (积极与……。积极推动……), as
    the passes after its composition (lines joined or left out, stubs dropped) may have left
    them: a plain paragraph changes places or opens on another of its sentences
    (``separate_openers``)."""
    paragraphs = list(part.paragraphs)
    if any(a.text[:2] == b.text[:2] for a, b in itertools.pairwise(paragraphs)):
        plain = {i for i, p in enumerate(paragraphs) if p.lead is None}
        paragraphs = separate_openers(paragraphs, plain)
    return replace(part, paragraphs=tuple(_apart_over_lines(paragraphs)))


def _clashes_near(paragraphs: list[Paragraph], at: int) -> bool:
    """The paragraph ``at`` opens as a neighbour does, or as the one past a line beside it."""
    opening = paragraphs[at].text[:2]
    for step in (-1, 1):
        near = at + step
        if not 0 <= near < len(paragraphs):
            continue
        if paragraphs[near].text[:2] == opening:
            return True
        past = near + step
        short = len(paragraphs[near].text) <= LINE_CHARS
        if short and 0 <= past < len(paragraphs) and paragraphs[past].text[:2] == opening:
            return True
    return False


def _apart_over_lines(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """No two paragraphs with only a line between them (开展养老机构规范提升专项行动。) open alike
    either (加强公共法律服务……。 / 开展……。 / 加强产教融合……): the later one, where plain,
    changes places with a later plain paragraph opening otherwise than its new neighbours."""
    result = list(paragraphs)
    for i in range(2, len(result)):
        if len(result[i - 1].text) > LINE_CHARS or result[i].lead is not None:
            continue
        if result[i].text[:2] != result[i - 2].text[:2] or len(result[i].text) <= LINE_CHARS:
            continue
        for j in range(i + 1, len(result)):
            if result[j].lead is not None:
                continue
            result[i], result[j] = result[j], result[i]
            if not (_clashes_near(result, i) or _clashes_near(result, j)):
                break
            result[i], result[j] = result[j], result[i]
    return result


def _a_stub(piece: Piece) -> bool:
    """A bank sentence of one short clause (not the targets file's)."""
    return (
        len(piece.text) <= OPENER_CHARS
        and "，" not in piece.text
        and piece.mined
        and not piece.told
    )


def _matters_together(part: Part, selector: Selector) -> Part:
    """Each paragraph's bank sentences one matter after another: a matter it comes back to
    after another (养老 → 退役军人 → 养老: round 46's blind reader) said with its first
    mention. A unit's sentences stay together, in their order, on its first sentence's matter;
    a sentence naming no matter goes with the one before it; the targets file's pieces stay
    where they are, and so does the paragraph's first sentence."""
    paragraphs = tuple(_one_matter_after_another(p, selector) for p in part.paragraphs)
    return part if paragraphs == part.paragraphs else replace(part, paragraphs=paragraphs)


def _one_matter_after_another(paragraph: Paragraph, selector: Selector) -> Paragraph:
    pieces = paragraph.pieces
    if len(pieces) < 3:
        return paragraph
    result: list[Piece] = []
    run: list[tuple[str | None, list[Piece]]] = []  # blocks of bank sentences (a unit's: one)
    before_run: str | None = None  # the matter of the fixed sentence the run follows
    for index, piece in enumerate(pieces):
        source = piece.provenance
        if index == 0 or source is None or not source.entry:
            result.extend(_grouped_run(run, before_run))
            run = []
            result.append(piece)
            before_run = (
                selector.matter_of_piece(piece) if index == 0 and source and source.entry else None
            )
            continue
        before = pieces[index - 1].provenance
        if run and before is not None and before.entry == source.entry:
            run[-1][1].append(piece)  # the unit's next sentence
            continue
        matter = selector.matter_of_piece(piece)
        run.append((matter if matter is not None else (run[-1][0] if run else None), [piece]))
    result.extend(_grouped_run(run, before_run))
    if result == list(pieces):
        return paragraph
    return Paragraph(tuple(result), paragraph.lead)


def _grouped_run(
    run: list[tuple[str | None, list[Piece]]], first: str | None = None
) -> list[Piece]:
    """The run's blocks, each matter's together in the order of its first mention; ``first``:
    the matter of the paragraph's first sentence, which the run follows (土壤、水、水、土壤: the
    second on 土壤 comes right after the first — round 148)."""
    order: dict[str | None, int] = {first: 0} if first is not None else {}
    for matter, _ in run:
        order.setdefault(matter, len(order))
    ranked = sorted(range(len(run)), key=lambda i: (order[run[i][0]], i))
    return [piece for i in ranked for piece in run[i][1]]


def _in_place(
    part: Part,
    report: bool,
    scores: Callable[[str], dict[str, float]] | None = None,
    opens: Callable[[Piece], bool] | None = None,
) -> Part:
    """The part with each mined sentence where its kind stands: a sentence that frames a
    matter only opens a paragraph, and one that sums up or calls for success only ends the
    part (round 18: 通过全县上下的共同努力，一定能够…… in the middle of 生态环保; round 19: the
    guiding principle after the measures). A paragraph keeps at least one sentence. Every
    mined sentence speaks in the kind's voice (``units.voice``: a report's 要始终坚持…… is
    its sentence-by-sentence material not yet worded). ``opens``: whether a bank sentence
    opened its source's paragraph (``_opener_first``)."""
    paragraphs: list[Paragraph] = []
    unheaded: list[Paragraph] = []  # items whose sub-head went: their sentences close the part
    last = len(part.paragraphs) - 1
    for number, paragraph in enumerate(part.paragraphs):
        paragraph = _framer_first(paragraph)
        if opens is not None:
            paragraph = _opener_first(paragraph, opens)
        end = len(paragraph.pieces) - 1
        # a measure ending on a call (……认真办理人大代表建议和政协提案，齐心协力谋发展) says
        # the measure without it, but where it ends the part
        paragraph = replace(
            paragraph,
            pieces=tuple(
                _without_call(piece) if (number, index) != (last, end) else piece
                for index, piece in enumerate(paragraph.pieces)
            ),
        )
        kept = [
            piece
            for index, piece in enumerate(paragraph.pieces)
            if piece.provenance is None
            or not piece.provenance.entry
            or not (
                (_CLOSER.search(piece.text) and (number, index) != (last, end))
                or (
                    index > 0
                    and (
                        FRAMER.search(piece.text)
                        or _sub_head(piece.text)
                        # a sub-heading of its source (精准做好经济运行调度。) inside a
                        # paragraph: round 30's reader took it for a seam
                        or piece.provenance.kind == Kind.LEAD.value
                    )
                )
                or (scores is not None and _defines_another(piece.text, part.topic, scores))
            )
        ]
        # (not its sub-head: the sentences that develop it say its words)
        kept = _series_whole(said_thrice(kept), paragraph.pieces)
        if (
            paragraph.lead is not None
            and kept
            and kept[0].text != paragraph.pieces[0].text
            and not on_lead(paragraph.lead.text.rstrip("。"), kept[0].text, opens=True)
            and len(part.paragraphs) > 1
        ):
            # a sub-head whose sentence went (to the part's end, as a call) heads nothing it
            # names (持续增强群众内生动力。 over 严控“三公”经费): the item goes, and a run of
            # items stays a run; a numbered one (二是……) keeps its sentence, or the run would
            # skip a number, and so does one of the plan the writer approved (its lead is theirs)
            if not _ORDINAL_HEAD.match(paragraph.lead.text) and not _approved(paragraph.lead):
                # (its sentences stay, as the run's closing plain paragraph: 优先发展教育事业。
                # lost its 翻山越岭！ and with it the only paragraph on 教育 of a part on
                # 教育卫生 — round 107's writers: 指标文件列了教育卫生，稿中教育一句没有)
                unheaded.append(Paragraph(tuple(kept)))
                continue
            kept = [paragraph.pieces[0], *kept]
        paragraphs.append(replace(paragraph, pieces=_voiced(kept or paragraph.pieces, report)))
    paragraphs += [Paragraph(_voiced(p.pieces, report)) for p in unheaded]
    return replace(part, paragraphs=tuple(_framers_first(paragraphs)))


def _voiced(pieces: Sequence[Piece], report: bool) -> tuple[Piece, ...]:
    """``pieces`` with each bank sentence in the kind's voice (``units.voice``); a figure or
    point of the targets file as it is."""
    return tuple(
        replace(piece, text=voice(piece.text, report, first=index == 0))
        if piece.provenance is not None and piece.provenance.entry and not piece.told
        else piece
        for index, piece in enumerate(pieces)
    )


def _framers_first(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The part's plain paragraphs opening on a guiding thought (深入学习贯彻习近平生态文明
    思想……; 坚决把解决好“三农”问题作为重中之重) before its others: round 92's writer read
    them as a part's third paragraph and its last (统领句放在段尾)."""
    framing = [
        p
        for p in paragraphs
        if p.lead is None
        and p.pieces
        and p.pieces[0].provenance is not None
        and p.pieces[0].provenance.entry
        and FRAMER.search(p.pieces[0].text)
    ]
    if not framing or paragraphs[0] is framing[0]:
        return paragraphs
    return [*framing[:1], *(p for p in paragraphs if p is not framing[0])]


def _series_whole(kept: list[Piece], pieces: Sequence[Piece]) -> list[Piece]:
    """``kept`` without the members of a series (聚焦天更蓝……聚焦土更净……) when not all of them
    were kept: a series is said whole or not at all (``drafter.series``)."""
    members = series_members([piece.text for piece in pieces])
    if not members:
        return kept
    texts = {pieces[i].text for i in members}
    if texts <= {piece.text for piece in kept}:
        return kept
    return [piece for piece in kept if piece.text not in texts]


def _opener_first(paragraph: Paragraph, opens: Callable[[Piece], bool]) -> Paragraph:
    """A paragraph put together from sentences of several reports opens on one its source's
    writer led a paragraph with (力促县城扩容、升级、提质。; 把实体经济牢牢抓在手上，……), not
    on one that stood in the middle of its own: round 86's blind reader named four generated
    paragraphs by a sentence that should lead them said in the middle or at the end. A unit's
    own first sentence, a framer and a sub-head's sentence keep their place."""
    pieces = paragraph.pieces
    if len(pieces) < 2 or paragraph.lead is not None:
        return paragraph
    first = pieces[0].provenance
    if first is None or first.kind != Kind.BODY.value or FRAMER.search(pieces[0].text):
        return paragraph
    if opens(pieces[0]):
        return paragraph
    at = next((i for i, piece in enumerate(pieces) if i > 0 and opens(piece)), None)
    if at is None:
        return paragraph
    return replace(paragraph, pieces=(pieces[at], *pieces[:at], *pieces[at + 1 :]))


def _framer_first(paragraph: Paragraph) -> Paragraph:
    """A paragraph put together from several places opens on the sentence that frames its
    matter (坚持以乡村振兴为统领……), before the section's targets and the measures: round 36's
    blind reader named four paragraphs by a guiding thought said after the details. (A unit's
    own framing sentence only ever stands first: ``units._view``.) Framing sentences after the
    first stay where they are, and ``_in_place`` leaves them out."""
    pieces = paragraph.pieces
    if not pieces or paragraph.lead is not None or FRAMER.search(pieces[0].text):
        return paragraph  # (under a sub-head, the sentence that develops it comes first)
    at = next(
        (
            i
            for i, piece in enumerate(pieces)
            if i > 0
            and piece.provenance is not None
            and piece.provenance.entry
            and FRAMER.search(piece.text)
        ),
        None,
    )
    if at is None:
        return paragraph
    return replace(paragraph, pieces=(pieces[at], *pieces[:at], *pieces[at + 1 :]))


def _sub_head(text: str) -> bool:
    """A sentence as short as a sub-heading, of one clause and opening on a verb of doing
    (提升园区能级。全面促进工业提档升级。): inside a paragraph it reads as a heading whose
    paragraph is missing (round 27), so it only opens one."""
    return (
        len(text) <= SUB_HEAD_CHARS
        and text.endswith("。")
        and "，" not in text
        and VERB_START.match(text) is not None
    )


# characters with the full stop: 提升园区能级。 7, 优化企业发展环境。 9 (加快建设高标准农田。,
# 10, is a short measure)
SUB_HEAD_CHARS = 9


def _without_call(piece: Piece) -> Piece:
    """A bank sentence whose call for success (``_CLOSER``) is only its last clause, without that
    clause; other pieces as they are."""
    if piece.provenance is None or not piece.provenance.entry:
        return piece
    text = piece.text
    cut = text.rfind("，")
    # (an exclamation mark alone is no call: ……凡是政府作出的承诺，我们坚决兑现！ keeps its end —
    # round 25 read the cut 凡是政府作出的承诺。 as a broken sentence)
    last = text[cut:].rstrip("。！!")
    if cut < 12 or not _CLOSER.search(last) or _CLOSER.search(text[:cut]):
        return piece
    if not measure_text(text[:cut] + "。"):
        # what is left would be no measure (我相信，经过两三年的努力，一个……的新城。: round
        # 28): the sentence stays whole, and a call stands only where the part ends
        return piece
    return replace(piece, text=text[:cut] + "。")


def _headed_terms(parts: Sequence[Part]) -> dict[str, set[int]]:
    """The quoted names each paragraph under a sub-head opens on (its first bank sentence,
    which stays with the sub-head), by the paragraph's place among all the parts' paragraphs
    (from 1)."""
    headed: dict[str, set[int]] = {}
    number = 0
    for part in parts:
        for paragraph in part.paragraphs:
            number += 1
            first = paragraph.pieces[0] if paragraph.pieces and paragraph.lead else None
            if first is not None and first.provenance is not None and first.provenance.entry:
                for term in quoted_terms(first.text):
                    headed.setdefault(term, set()).add(number)
    return headed


def _compose_parts(
    selector: Selector,
    units: UnitComposer,
    parts_plan: Sequence[PartPlan],
    weights: Sequence[float],
    unit: float,
    layout: PartLayout | None,
    style: str,
    last_said: str,
) -> list[Part]:
    """Each planned part composed on its share of the length (``unit`` × its weight), a part
    the bank holds little on leaving what it did not use to the working parts after it; a
    draft from the county's own archive then tops its parts up with what none of them took.
    ``last_said``: the text the first part follows."""
    parts: list[Part] = []
    budgets: list[int] = []
    working = [layout is None and p.weight >= 1.0 for p in parts_plan]  # not 抓落实, 廉政
    carried = 0  # what the working parts so far fell short of their shares
    longest = 0  # the longest part of the writer's sections so far
    for index, part_plan in enumerate(parts_plan):
        share = budget = int(unit * weights[index])
        if working[index] and carried > 0:
            # a part the bank holds little on leaves its share to the parts after it
            ahead = sum(w for w, on in zip(weights[index:], working[index:], strict=True) if on)
            budget += min(budget, int(carried * weights[index] / ahead))
        if working[index] and part_plan.section_index is None and longest:
            # a part the writer did not list says no more than the longest one they did (round
            # 32: 招商引资, listed first, 190 characters; 城乡建设, added, 1,500): what it would
            # have said more, more parts say, as short
            budget = min(budget, max(share, int(longest * ADDED_OVER_LISTED)))
        after = parts[-1].paragraphs[-1].text if parts and parts[-1].paragraphs else ""
        part = _compose_one(selector, units, part_plan, index, budget, style, after or last_said)
        if layout is not None:
            part = layout.fit(part, selector, style, budget)
        if working[index]:
            size = len(part.heading.text) + sum(len(p.text) for p in part.paragraphs)
            carried = max(0, carried + share - size)
            if part_plan.section_index is not None:
                longest = max(longest, size)
        parts.append(part)
        budgets.append(budget)
    if selector.own_county and layout is None:
        # the archive's plan sentences no part took, each in the part it speaks of most
        parts = top_up_own_parts(selector, parts, budgets)
    return parts


def _goal_not_restated(part: Part) -> Part:
    """``part`` without the bank sentences stating the year's energy and emission goal
    (``GOAL_RESTATED``: 能耗及污染物排放等约束性指标完成省定任务), which the goals paragraph
    states once with the authority setting it. (Left out once composed, not refused when chosen:
    the composition stays as it was, a sentence shorter.)"""
    paragraphs = tuple(
        replace(p, pieces=kept)
        for p in part.paragraphs
        if (kept := tuple(x for x in p.pieces if not (x.mined and GOAL_RESTATED.search(x.text))))
    )
    return part if paragraphs == part.paragraphs else replace(part, paragraphs=paragraphs)


def _one_style(parts: list[Part]) -> list[Part]:
    """The draft's runs in one style: where some parts number their items (一要……) and others
    head them with bare sub-headings, none numbers them (round 22: a reader took 一要 in the
    first part and bare heads in the next for the work of different hands)."""

    marked = [
        [bool(ORDINAL.match(p.lead.text)) for p in part.paragraphs if p.lead is not None]
        for part in parts
    ]
    numbered = [bool(m) and all(m) for m in marked]
    if not (any(numbered) and any(m and not any(m) for m in marked)):
        return parts
    return [
        replace(
            part,
            paragraphs=tuple(
                p
                if p.lead is None
                else replace(p, lead=Piece(ORDINAL.sub("", p.lead.text), p.lead.provenance))
                for p in part.paragraphs
            ),
        )
        if is_numbered
        else part
        for part, is_numbered in zip(parts, numbered, strict=True)
    ]


def by_material(weights: list[float], topics: list[str], units: UnitComposer) -> list[float]:
    """The parts' shares leaning to the material the bank holds for them: a topic with few
    units (招商引资, 商贸消费) writes a shorter part and one with many a longer one, as a writer
    says more where there is more to say (between ``MATERIAL_RANGE`` times the even share).
    What a topic holds is what a part can say of it: each matter in one paragraph (so a
    matter's units count up to ``MATTER_ROOM``), units of no named matter in full."""
    per_matter: dict[tuple[str, str], int] = {}
    held = {topic: 0 for topic in topics}
    for view in units.pool:
        topic = view.phrase.topics[0] if view.phrase.topics else ""
        if topic not in held:
            continue
        if view.matter is None:
            held[topic] += view.size
        else:
            per_matter[(topic, view.matter)] = per_matter.get((topic, view.matter), 0) + view.size
    for (topic, _), size in per_matter.items():
        held[topic] += min(size, MATTER_ROOM)
    mean = sum(held.values()) / max(1, len(held))
    if mean <= 0:
        return weights
    low, high = MATERIAL_RANGE
    return [w * min(high, max(low, held[t] / mean)) for w, t in zip(weights, topics, strict=True)]


MATERIAL_RANGE = (0.6, 1.6)


def by_rank(weights: list[float], sections: Sequence[int | None]) -> list[float]:
    """The sections' shares leaning to the first: a writer lists the year's work in the order
    it weighs, and says most of what comes first (round 22: 项目建设 listed first got 450
    characters, 生态环保 fifth 1,250). From ``RANK_LEAN`` more than the even share for the first
    section down to as much less for the last; the kind's own parts keep theirs."""
    listed = [s for s in sections if s is not None]
    if len(listed) < 2:
        return weights
    last = max(listed)
    return [
        w if s is None else w * (1 + RANK_LEAN * (1 - 2 * s / last))
        for w, s in zip(weights, sections, strict=True)
    ]


RANK_LEAN = 0.25
# A government's plenary after the congress (``_in_three``) gives its third part, on the style
# of work and carrying the year out (分工、时限、督查、作风), this share of what its parts say:
# the congress passed the year's tasks, the plenary hands them out (round 143's three writers:
# B 稿第二部分约占九成，“把政府工作报告又念了一遍”; real plenaries give 三、 a quarter or more).
CARRIED_OUT_SHARE = 0.25


def _carried_out_share(weights: list[float], tasks: int) -> list[float]:
    """``weights`` with the parts after the first ``tasks`` (the plenary's third part) taking
    ``CARRIED_OUT_SHARE`` of them all, where they took less."""
    done, rest = sum(weights[:tasks]), sum(weights[tasks:])
    if not rest or not done or rest / (done + rest) >= CARRIED_OUT_SHARE:
        return weights
    scale = CARRIED_OUT_SHARE * done / ((1 - CARRIED_OUT_SHARE) * rest)
    return [*weights[:tasks], *(w * scale for w in weights[tasks:])]


ADDED_OVER_LISTED = 1.1  # an added part's length at most, over the longest listed one's
MATTER_ROOM = 600  # about what one matter's paragraph of a part says (a unit and what joins it)


# Topics a speech closes its tasks on (作风, 落实): the writer's last sections on them stay last,
# after the parts the draft adds.
CLOSING_TOPICS = frozenset({"作风建设", "抓落实"})


def _stressed(selector: Selector, targets: Targets, planned: list[PartPlan]) -> list[PartPlan]:
    """The planned parts, each stressing the targets file's facts on its topic (its problems,
    falling figures, highlights, the measures backing its goals, the year's must-says) and on
    the topics it hosts, which have no part of their own (``selector.hosted_words``)."""
    facts = facts_to_answer(selector, targets)
    # a year's goal on a field the draft has no part on is taken up by the part hosting it, by
    # the matter its name names (社会消费品零售总额 → 消费; round 73's writer: 社零定了增长 6%，
    # 正文却没有一条促消费措施 — a report with no part on 商贸消费)
    # (not from a county's own archive: its parts keep to its own material, not other
    # counties' answers)
    parted = {p.topic for p in planned}
    for goal in () if selector.own_county else targets.goals:
        for label in sorted(matters_named(goal.name)):
            topic, word = label.split(MATTER_SEPARATOR, 1)
            if topic not in parted and matters_of_word(word) and word not in facts.get(topic, ()):
                facts[topic] = (*facts.get(topic, ()), word)
    if not selector.own_county:
        facts = goals_backed(targets, facts, parted)
    musts = tuple(m for m in load_dated_musts() if m.fits(targets.year, targets.kind))
    stress = _with_musts(_hosted(facts, planned, selector.bank), planned, musts)
    own_topics = {p.topic for p in planned}
    selector.hosted_words = frozenset(
        word for topic, words in facts.items() if topic not in own_topics for word in words
    ) | {word for must in musts for word in must.words}
    planned = [
        replace(
            p,
            stress=(
                *_standing(p, stress),
                *stress.get(p.topic, ()),
                *_title_words(selector, p.section),
            ),
        )
        for p in planned
    ]
    return planned


def _standing(part: PartPlan, stress: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """What ``part`` stresses before the targets file's facts: a report's 政府自身建设 its
    standing words (``OWN_PART_STRESS``: 人大, 监督, 廉洁 …) only where the file names no
    shortcoming of the government's own — one it names (少数政府工作人员服务意识和担当精神
    不强) is what the part answers first, not a standing word every unit of it says (round 143
    and 144's writers: 问题提了担当，自身建设一节没有回应)."""
    if part.stress == OWN_PART_STRESS and stress.get(part.topic):
        return ()
    return part.stress


def _added_in_place(
    planned: list[PartPlan], sections: int, added: int, rank: Mapping[str, int]
) -> list[PartPlan]:
    """The parts the draft added placed among the writer's sections where speeches put them:
    after the last section on a topic that comes before theirs or with it in the usual order
    (``rank``: the bands of ``groups.yaml``, 项目 before 乡村 before 城乡 before 安全 before
    作风), the writer's in their order, and never after the writer's trailing sections on a
    closing topic (round 37's writer: 消费, added, came after 作风建设; round 58's: 项目, added
    to a plenary, came after 安全稳定). With no ``rank``, they follow the sections."""
    if not added:
        return planned
    result = list(planned[:sections])
    closing = len(result)
    while closing and result[closing - 1].topic in CLOSING_TOPICS:
        closing -= 1
    for part in planned[sections : sections + added]:
        mine = rank.get(part.topic, len(rank))
        before = [i for i, p in enumerate(result[:closing]) if rank.get(p.topic, len(rank)) <= mine]
        result.insert(before[-1] + 1 if before else 0, part)
        closing += 1
    return [*result, *planned[sections + added :]]


def plan_parts(
    selector: Selector,
    targets: Targets,
    plan: KindPlan,
    seed: int,
    layout: PartLayout | None,
    added: tuple[str, ...] = (),
) -> tuple[tuple[PartPlan, ...], str | None]:
    """The draft's parts in order — the sections, the part the meeting's name asks for (廉政),
    the kind's own closing part (抓落实 / 政府自身建设) — with their headings, and the id of
    the heading frame the sections share. ``added``: topics of the kind's own the draft takes
    up after the sections, headed like them (``filler_topics``). The sections' headings share
    one frame, and so does 抓落实 (真抓实干抓落实); the 廉政 part and a report's
    三、加强政府自身建设 stand apart."""
    # (the writer's sections band by band: 安全稳定 listed first is said after 民生; a plan the
    # writer approved keeps its own order)
    order = (
        list(range(len(targets.sections)))
        if layout is not None
        else load_groups().in_usual_order([s.topic for s in targets.sections])
    )
    # (a topic listed again with nothing of its own goes into its first part, with its share)
    folded = folded_sections(targets.sections) if layout is None else {}
    order = [i for i in order if i not in folded]
    shares = Counter(folded.values())  # (each part's share: 1, and 1 for each folded into it)
    topics = [targets.sections[i].topic for i in order]
    titles: list[str | None] = [targets.sections[i].title for i in order]
    keys: list[str | None] = [f"sections[{i}]" for i in order]
    topics += added
    titles += [None] * len(added)
    keys += [None] * len(added)
    duty = plan.duty_topic if plan.duty_topic and plan.duty_topic not in topics else None
    if (duty is not None and duty not in selector.bank.topic_names()) or layout is not None:
        duty = None
    if duty is not None:
        topics.append(duty)
        titles.append(None)
        keys.append(None)
    sections = len(order)
    shared = sections + len(added) + (1 if duty is not None and not plan.own_part else 0)
    choice = choose_headings(selector, topics[:shared], titles[:shared], keys[:shared])
    headings = list(choice.headings)
    if duty is not None and plan.own_part:
        headings.append(report_heading(selector, _OWN_PART, {}) or Piece(OWN_PART_HEADING))
    planned = [
        PartPlan(topic, heading, targets.sections[order[i]] if i < sections else None, None)
        for i, (topic, heading) in enumerate(zip(topics, headings, strict=True))
    ]
    planned = [
        replace(p, section_index=order[i], weight=1.0 + shares[order[i]])
        if i < sections
        else p
        if i < sections + len(added)
        else replace(p, weight=DUTY_SHARE)
        for i, p in enumerate(planned)
    ]
    # (a county's own archive adds the parts its archive says most about, after the sections,
    # as its own reports run: in the usual order its parts fall short of its length)
    usual: Mapping[str, int] = (
        {} if selector.own_county else load_groups().band_ranks(selector.bank.topic_names())
    )
    planned = _added_in_place(planned, sections, len(added), usual)
    planned = _duty_stressed(planned, plan, duty)
    extra = meeting_part(targets, topics) if layout is None else None
    if extra is not None:
        own = random.Random(f"drafter:{seed}:{targets.county}:{extra.cue}")
        heading = Piece(extra.headings[own.randrange(len(extra.headings))])
        planned.insert(
            sections + len(added),
            PartPlan(extra.topic, heading, None, None, focus=extra.focus, weight=EXTRA_SHARE),
        )
    planned = _stressed(selector, targets, planned)
    if layout is None:  # a writer's layout keeps its own order (and its weights theirs)
        planned = _own_part_last(selector, plan, planned)
    return tuple(planned), choice.frame.id if choice.frame else None


def _duty_stressed(planned: list[PartPlan], plan: KindPlan, duty: str | None) -> list[PartPlan]:
    """The kind's own closing part (``duty``, last) with the words it dwells on, and a report's
    政府自身建设 — its own part or the section the writer listed for it — answering to the
    congress: 人大、政协的监督, 依法行政, 廉洁 (round 23: a report whose 自身建设 said nothing of
    人大监督)."""
    planned = list(planned)
    if duty is not None and duty in DUTY_FOCUS:
        planned[-1] = replace(planned[-1], focus=DUTY_FOCUS[duty])
    if duty is not None and plan.own_part:
        planned[-1] = replace(planned[-1], stress=OWN_PART_STRESS)
    elif plan.own_part:
        planned = [
            replace(p, stress=OWN_PART_STRESS)
            if p.section is not None and p.topic == plan.duty_topic
            else p
            for p in planned
        ]
    else:
        # a speech's part on 作风建设 is on the style of work before the rule of law (round 146's
        # three writers: A 稿“作风建设”一节只讲政治和依法行政，“作风建设整块没写”)
        planned = [
            replace(p, stress=(*STYLE_STRESS, *p.stress)) if p.topic == GOVERNMENT_ITSELF else p
            for p in planned
        ]
    return planned


def _own_part_last(selector: Selector, plan: KindPlan, planned: list[PartPlan]) -> list[PartPlan]:
    """A report from the county's own archive ends on its 政府自身建设 even when the writer
    listed it among the sections and the draft added parts after them: the parts added go
    before it (else the last added part would stand as 三、加强政府自身建设)."""
    if not selector.own_county or not plan.own_part or not planned:
        return planned
    at = next(
        (i for i, p in enumerate(planned) if p.section is not None and p.topic == plan.duty_topic),
        None,
    )
    if at is None or at == len(planned) - 1:
        return planned
    return [*planned[:at], *planned[at + 1 :], planned[at]]


REVIEW_AREAS = 7  # a report's review by area: 一是……七是 at most
_LIVELIHOOD = ("民生保障", "教育卫生")  # the topics of the people's livelihood
_NO_AREA = ("作风建设", "抓落实")  # the government's own work: its part, not an area of the year


def _review_topics(listed: Sequence[str], parts: Sequence[str]) -> list[str]:
    """The areas a report's review of its year may have, the first to be tried first: the
    writer's sections, then the parts the draft added, one of each band (``groups.yaml``) in
    turn, so that a year is reviewed in every field its plan speaks of — round 109's writer read
    a review of seven areas on the economy and farming, “城建、生态、教育、卫生、安全稳定全都没有
    回顾”; the people's livelihood whatever the plan lists (round 61's writer: 回顾七项里一项民生
    都没有)."""
    wanted = [t for t in dict.fromkeys((*listed, *parts)) if t not in _NO_AREA]
    if not set(wanted) & set(_LIVELIHOOD):
        wanted.append(_LIVELIHOOD[0])
    ranks = load_groups().band_ranks(wanted)
    by_band: dict[int, list[str]] = {}
    for topic in wanted:
        by_band.setdefault(ranks[topic], []).append(topic)
    turns = [band[i : i + 1] for i in range(len(wanted)) for _, band in sorted(by_band.items())]
    return [topic for turn in turns for topic in turn]


def _preamble(
    selector: Selector,
    targets: Targets,
    plan: KindPlan,
    frame: TimeFrame,
    parts: int,
    length: int,
    topics: tuple[str, ...] = (),
) -> Preamble:
    """The opening, the review, the problems, the goals, 下面我讲……, the kind's closing and a
    report's review by area, in that order of choosing (``topics``: the parts' topics, whose
    shortcomings alone a report says it has when its targets file names none)."""
    if targets.kind == "work_meeting" and dispatch(targets.meeting):
        opening = _dispatch_opening(targets, frame)
    elif targets.kind == "work_meeting":
        opening = _opening(selector, targets)
    else:
        opening = ()
    # the review by area first: the highlights it places in their areas are not stated again
    # in the review's opening
    areas: tuple[Paragraph, ...] = ()
    placed: frozenset[int] = frozenset()
    figures_placed: frozenset[int] = frozenset()
    if plan.review_share:
        area_topics = _review_topics([s.topic for s in targets.sections], topics)
        # (a year's own figures only: estimates and a half year's stay in the opening)
        by_area = (
            figures_by_area(selector, targets, area_topics)
            if not (frame.estimate or frame.mid)
            else {}
        )
        areas, placed, figures_placed = review_areas(
            selector,
            targets,
            area_topics,
            int(length * plan.review_share),
            by_area,
            most=REVIEW_AREAS,
        )
    review = _review(selector, targets, frame, placed, figures_placed)
    problems = problems_paragraph(selector, targets, topics)
    areas = not_contradicted(areas, problems)
    goals = goals_paragraph(
        targets, frame, variant_of(targets.county, selector.seed), todo=selector.todo
    )
    transition = _transition(selector, parts, targets.length) if plan.transition else None
    closing = (
        _closing(selector, targets, plan)
        if targets.closing and targets.kind == "work_meeting"
        else None
    )
    for paragraph in review:
        selector.mark_used(paragraph.text)
    return Preamble(opening, review, problems, goals, transition, closing, areas)


def _compose_one(
    selector: Selector,
    units: UnitComposer,
    planned: PartPlan,
    index: int,
    budget: int,
    style: str,
    after: str,
) -> Part:
    """One part: from units, else sentence by sentence; a part nothing is left for (the topic
    given again and again) takes any unit that names its topic, or is refused."""
    arguments: dict[str, Any] = {
        "number": index + 1,
        "topic": planned.topic,
        "heading": planned.heading,
        "section": planned.section,
        "section_index": planned.section_index,
        "budget": budget,
        "style": style,
    }
    selector.claim_part = index + 1
    selector.stress = planned.stress  # sentences taking up the part's problems come first
    part = compose_unit_part(
        selector, units, after=after, focus=planned.focus, stress=planned.stress, **arguments
    )
    if part is None:
        part = with_must_answers(selector, compose_part(selector, **arguments), planned.stress)
    if part.paragraphs:
        selector.claim_said(part.paragraphs, SENTENCES)
        return replace(part, focus=planned.focus)
    retry = compose_unit_part(selector, units, relaxed=True, **arguments)
    if retry is None or not retry.paragraphs:
        raise ComposeError(
            f"第{to_chinese(index + 1)}部分（话题“{planned.topic}”）在短语库中已没有可用的素材，"
            "稿件不能留下只有标题的部分：请换一个话题、合并重复的部分，"
            "或在短语库的 curated.yaml 中为这个话题添加条目"
        )
    return replace(retry, focus=planned.focus)


def _draft(
    targets: Targets,
    plan: KindPlan,
    selector: Selector,
    preamble: Preamble,
    parts: list[Part],
    frame_id: str | None,
    style: str,
    seed: int,
    length: int,
) -> Draft:
    """Everything the template needs."""
    frame = selector.frame or time_frame(targets)
    period = plan_period(targets.year)
    thin = [part for part in parts if part.thin]
    warnings: list[str] = []
    if thin:
        names = "、".join(f"{_place(p)}（{p.topic}）" for p in thin)
        warnings.append(f"{THIN_WARNING}{names}")
    report = plan.own_part
    return Draft(
        kind=targets.kind,
        county=targets.county,
        meeting=targets.meeting,
        speaker=targets.speaker or "",
        speaker_line=speaker_line(targets.county, targets.speaker or "", ask=selector.todo),
        secretary=PLACEHOLDER.format("姓名") + "书记" if selector.todo else "县委书记",
        season=season_paragraph(targets, variant_of(targets.county, seed)),
        speaker_name=name_asked(targets.speaker or "", ask=selector.todo),
        county_short=county_short(targets.county),
        plan_word=frame.plan_word,
        review_word=frame.review_word,
        review_span=frame.review_span,
        variant=variant_of(targets.county, seed),
        business=_business(targets.meeting),
        review_areas=preamble.areas,
        review_heading=(
            report_heading(selector, _REVIEW_HEADING, {"year": str(targets.year - 1)})
            if report
            else None
        ),
        plan_heading=(
            report_heading(selector, _PLAN_HEADING, {"year": str(targets.year)}) if report else None
        ),
        closing_wanted=targets.closing,
        after_congress=after_congress(targets),
        period=frame.period,
        phase="" if frame.mid else frame.phase,  # 开局/收官 is said at the year's turn
        plan_name=period.name,
        next_plan_name=period.next_name,
        guidance=guidance_of(targets.year),
        policy=policy_of(targets.year),
        situation=situation_of(targets.year),
        relayed=relayed_of(targets.year, targets.date),
        unit=unit_of(targets.county),
        date_line=(
            f"（{targets.date.year}年{targets.date.month}月{targets.date.day}日）"
            if targets.date
            else ""
        ),
        year=targets.year,
        last_year=targets.year - 1,
        opening=preamble.opening,
        review=preamble.review,
        problems=preamble.problems,
        thanks=_own_thanks(selector, targets),
        goals=preamble.goals,
        transition=preamble.transition,
        parts=tuple(parts),
        closing=preamble.closing,
        seed=seed,
        length=length,
        heading_frame=frame_id,
        ordinal_style=style,
        warnings=tuple(warnings),
    )


def _place(part: Part) -> str:
    """Where the writer finds the part: 第三部分, or 第二部分第（三）项 in a group."""
    point = f"第{to_chinese(part.point or part.number)}部分"
    return f"{point}第{part.marker}项" if part.within else point


_BUSINESS = ("企业", "民营", "商会", "客商", "招商", "工商")


def _business(meeting: str) -> bool:
    """A meeting with business owners (民营企业家座谈会): the speech speaks to them."""
    return any(word in meeting for word in _BUSINESS)


# What a speaker line says of the speaker's posts (县委副书记、县长, 县人民政府县长): what is
# left of it once they are taken out is the speaker's name, if any.
_POSTS = re.compile(
    r"中共|县委|县人民政府|人民政府|县人大常委会|县政协|常务|副|代理|代|书记|县长|主任|主席|"
    r"常委|委员|部长|[、，,\s　（）()]"
)


def names_speaker(speaker: str) -> bool:
    """The speaker field names the speaker (县长 王明 / 张立军同志), not only posts (县委副书记、
    县长)."""
    return len(_POSTS.sub("", speaker)) >= 2


# What the closing of such a meeting says (the templates' 会后…… paragraph, in short).
AFTER_CONGRESS_DUTY = "把今年的目标任务逐项分解，明确牵头县领导、责任单位、责任人和完成时限。"


def name_asked(speaker: str, *, ask: bool) -> str:
    """What follows the speaker's posts: with ``ask`` (--todo) and no name given, the writer's
    【待补：姓名】 after a full-width space; else nothing."""
    return "　" + PLACEHOLDER.format("姓名") if ask and not names_speaker(speaker) else ""


def speaker_line(county: str, speaker: str, *, ask: bool = False) -> str:
    """The speaker line under the title: 青禾县县长; 澄川县委副书记、县长 (not 澄川县县委……).
    ``ask``: what the targets file does not give is asked of the writer (--todo): the post
    (round 73's writer — 没有署名，指标文件没给讲话人，应留【待补】), and the name after the
    posts (round 94's writer, all four drafts: 只有“县长”，没有姓名，也没留待补)."""
    name = name_asked(speaker, ask=ask)
    if not speaker:
        return county + PLACEHOLDER.format("讲话人职务") + name if ask else ""
    if speaker.startswith(county):
        return speaker + name
    short = county_short(county)
    if short != county and speaker[:2] in (county[-1] + "委", county[-1] + "人"):
        return short + speaker + name
    return county + speaker + name


def _dispatch_opening(targets: Targets, frame: TimeFrame) -> tuple[Paragraph, ...]:
    """A stock-taking meeting opens short: why we meet now — the situation, the gap, catching up."""
    if frame.mid:
        span = "当前" if frame.review_span in targets.meeting else frame.review_span
        economy = "经济" in targets.meeting or "运行" in targets.meeting
        matter = "经济运行形势" if economy else "工作推进情况"
        text = (
            f"今天召开{targets.meeting}，主要是分析{span}{matter}，"
            f"查找差距和不足，研究部署{frame.plan_word}重点工作，确保完成全年目标任务。"
        )
    else:
        text = (
            f"今天召开{targets.meeting}，主要是调度工作进展，分析当前形势，查找差距、研究对策，"
            "推动各项工作提速提效。"
        )
    return (Paragraph((Piece(text, Provenance(yaml_key="meeting")),)),)


# An opening that promises an analysis of the situation (分析当前形势, 分析形势), which the draft
# does not make: the reader looks for it (round 23: 说了要“分析形势”，全文没有一句形势分析).
_ANALYSIS = re.compile(r"分析[^，。；]{0,4}形势|形势分析|研判形势")


def _opening(selector: Selector, targets: Targets) -> tuple[Paragraph, ...]:
    if targets.kind == "work_report":
        return ()  # the report opens with its fixed formula, written by the template
    found = [
        c for c in selector.candidates(Kind.OPENING, max_len=220) if not _STALE_TIME.search(c.text)
    ]

    # An opening that names this meeting reads as written for it; one that announces a business
    # this meeting does not have (党风廉政建设 at an economic plenum) does not.
    def fit(c: Candidate) -> float:
        score = c.score + (4.0 if "meeting" in c.phrase.slots else 0.0)
        for business in _MEETING_BUSINESS:
            if business in c.text and business not in targets.meeting:
                score -= 6.0
        if _ANALYSIS.search(c.text):
            score -= 6.0  # a draft has no part analysing the situation (round 23)
        return score

    found.sort(key=lambda c: (-fit(c), c.phrase.id))
    if not found:
        return ()
    # The seed chooses among the openings that fit about equally well (another seed, another
    # way in).
    best = fit(found[0])
    near = [c for c in found if fit(c) >= best - 3.0]
    # a seed of its own: the way in does not depend on what else the draft chose before it
    own = random.Random(f"drafter:{selector.seed}:{targets.county}:opening")
    chosen = near[own.randrange(len(near))]
    return (Paragraph((selector.take(chosen, "meeting"),)),)


def headline_falls(targets: Targets) -> bool:
    """The review's headline (its first figure with a change) fell: the review must not open on
    取得新的成效 before it."""
    for figure in targets.review.figures:
        change = figure.growth if figure.growth is not None else figure.change_pp
        if change is not None:
            return float(change) < 0
    return False


STRONG_GROWTH = 8.0  # percent: a review figure growing this much grew fast


def _figures_weighed(targets: Targets) -> str:
    """What a speech's review figures say together when its headline fell: the ones that fell
    by name, after those that grew fast (round 100's writers: the speech said only 下滑 over a
    规上工业增加值 up 11.9%; rounds 97 and 100's: 不少指标与目标要求相比还有明显差距 — 指标文件没有
    给去年的目标，这个判断从何而来)."""
    figures = targets.review.figures
    fell = [f.name for f in figures if f.growth is not None and float(f.growth) < 0]
    fast = [f.name for f in figures if f.growth is not None and float(f.growth) >= STRONG_GROWTH]
    if not fell:  # (the headline a rate's change: no figure fell by name)
        return "从主要指标看，经济运行仍然承压，稳增长的压力很大，必须引起高度警醒。"
    rose = f"{'、'.join(fast)}增长较快，但" if fast else ""
    both = "均" if len(fell) > 1 else ""
    return (
        f"从主要指标看，{rose}{'、'.join(fell)}{both}出现下降，稳增长的压力很大，必须引起高度警醒。"
    )


def _review_lead(targets: Targets, frame: TimeFrame, variant: int = 0) -> str:
    """The review's first sentence: the year as a whole, as the headline figures bear it; a
    report's or a speech's in one of its ``variant`` wordings (round 63's blind reader knew two
    reports by one template opening: 过去一年，在县委的坚强领导下……)."""
    span = frame.review_span
    if headline_falls(targets):
        return (
            f"{span}，面对复杂严峻的外部环境和较大的下行压力，全县上下迎难而上、奋力拼搏，"
            "但经济运行仍然承压，部分主要指标出现下滑。"
        )
    if frame.mid:
        return f"{span}，全县上下坚持稳中求进，经济运行总体平稳、稳中有进。"
    if targets.kind == "symposium" and _business(targets.meeting):
        return f"{span}，全县民营经济在困难中稳住了阵脚、在竞争中增强了实力，成绩来之不易。"
    if targets.kind == "work_report":
        # (进中向好 claims every figure rose: with one fallen, the year held steady — round
        # 58's writer read 进中向好 over 固定资产投资 −2.3%)
        fell = any(f.growth is not None and float(f.growth) < 0 for f in targets.review.figures)
        verdict = "总体平稳、稳中有进" if fell else "稳中有进、进中向好"
        reports = (
            f"{span}，在县委的坚强领导下，在县人大、县政协的监督支持下，我们团结依靠全县人民，"
            f"攻坚克难、砥砺奋进，经济社会发展{verdict}。",
            f"{span}，我们在县委的坚强领导下，在县人大、县政协的监督支持下，坚持稳中求进工作"
            f"总基调，扎实做好稳增长、促改革、调结构、惠民生、防风险各项工作，经济社会发展{verdict}。",
            f"{span}，面对复杂多变的发展环境，我们在县委的坚强领导下，紧紧依靠全县人民，"
            f"迎难而上、真抓实干，全县经济社会发展{verdict}。",
        )
        return reports[variant % len(reports)]
    speeches = (
        f"{span}，在县委的坚强领导下，全县上下凝心聚力、攻坚克难，各项工作取得新的成效。",
        f"{span}，全县上下在县委的坚强领导下，坚持稳中求进工作总基调，扎实推进各项工作，"
        "经济社会保持平稳健康发展。",
        f"{span}，面对复杂严峻的形势任务，全县上下团结一心、真抓实干，经济社会发展取得新的成绩。",
    )
    return speeches[variant % len(speeches)]


def _review(
    selector: Selector,
    targets: Targets,
    frame: TimeFrame,
    placed: frozenset[int] = frozenset(),
    figures_placed: frozenset[int] = frozenset(),
) -> tuple[Paragraph, ...]:
    """The review's opening: the period, the figures and the highlights not placed in the
    review's areas (``figures_placed``, ``placed``)."""
    paragraphs: list[Paragraph] = []
    figures = achievement_paragraph(targets, frame, figures_placed, todo=selector.todo)
    if figures is not None:
        # The review opens on the period as a whole before its figures, as county speeches do;
        # the framing follows the headline figure (a fall is not 取得新的成效).
        variant = variant_of(targets.county, selector.seed)
        pieces = [Piece(_review_lead(targets, frame, variant)), *figures.pieces]
        gap = gap_sentence(targets, frame)
        if gap is not None:
            pieces.append(gap)
        elif headline_falls(targets) and targets.kind != "work_report":
            pieces.append(Piece(_figures_weighed(targets)))
        figures = Paragraph(tuple(pieces))
    opener = "一年来，"
    if frame.mid or (frame.early and figures is None):
        opener = "今年以来，"
    highlights = highlights_pieces(targets, opener, placed)
    if figures is not None and highlights:
        paragraphs.append(Paragraph(figures.pieces + highlights))
    elif figures is not None:
        paragraphs.append(figures)
    elif highlights:
        paragraphs.append(Paragraph(highlights))
    return tuple(paragraphs)


_BRIEF = re.compile(r"简要|简单|几点")
BRIEF_PARTS = 5
BRIEF_CHARS = 5000  # …nor before a speech longer than this (round 139's writer: 简要讲三点意见
# over ten thousand characters)


def _transition(selector: Selector, parts: int, length: int = 0) -> Paragraph:
    """下面，我讲N点意见 — not 简要讲 before more than ``BRIEF_PARTS`` parts or ``BRIEF_CHARS``
    characters (``length``: round 33's 简要讲十二点意见 before ten thousand characters)."""
    n = count_words(parts)
    found = [
        c
        for c in selector.candidates(Kind.TRANSITION, extra={"n": n}, min_len=6)
        if "n" in c.phrase.slots
        and c.text.startswith("下面")
        and ((parts <= BRIEF_PARTS and length <= BRIEF_CHARS) or not _BRIEF.search(c.text))
    ]
    if found:
        return Paragraph((selector.take(found[0]),))
    text = f"下面，我讲{n}点意见。"
    selector.mark_used(text)
    return Paragraph((Piece(text, Provenance(kind="transition")),))


def _closing(selector: Selector, targets: Targets, plan: KindPlan) -> Paragraph:
    # A closing addresses this audience (同志们, not 各位代表 at a work meeting).
    fitting = [
        c
        for c in selector.candidates(Kind.CLOSING, max_len=260)
        if c.text.startswith(plan.salutation.split("、")[0])
    ]
    found = [c for c in fitting if "让我们" in c.text] or fitting
    if found:
        own = random.Random(f"drafter:{selector.seed}:{targets.county}:closing")
        piece = selector.take(found[own.randrange(min(2, len(found)))], "closing")
        text = piece.text
        if plan.salutation != "同志们" and text.startswith("同志们"):
            text = plan.salutation + text[len("同志们") :]
        return Paragraph((Piece(text, piece.provenance),))
    text = (
        f"{plan.salutation}，让我们在县委的坚强领导下，凝心聚力、真抓实干，"
        f"奋力谱写{county_short(targets.county)}高质量发展新篇章！"
    )
    return Paragraph((Piece(text, Provenance(yaml_key="closing")),))


def _own_thanks(selector: Selector, targets: Targets) -> Paragraph | None:
    """A report drafted from the county's own archive thanks in the archive's own words (its
    garrison, its units, its people: 向驻高人民解放军……表示衷心的感谢), the past year filled in;
    None for any other draft (the template thanks)."""
    if not selector.own_county or targets.kind != "work_report":
        return None
    for phrase in sorted(selector.bank.of_kind(Kind.CLOSING), key=lambda p: p.id):
        if phrase.curated or "感谢" not in phrase.text or not phrase.text.startswith("各位代表"):
            continue
        text = selector.prepare(phrase, {"year": str(targets.year - 1)})
        if text:
            selector.mark_used(text)
            return Paragraph((Piece(text, provenance_of(phrase, "review")),))
    return None


def part_topics(draft: Draft) -> Sequence[str]:
    return tuple(part.topic for part in draft.parts)
