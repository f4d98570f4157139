"""One numbered part of the speech from the bank entries of its topic.

Input: the part's topic, heading, YAML section, a length budget and the draft's ordinal style;
output: a ``Part`` — an introductory paragraph (what the matter is, then the section's figures as
targets) and a run of paragraphs, each opened by a bold lead sentence (补齐生态短板。) or an
ordinal (一要……二要……), followed by body sentences chosen for their overlap with that lead, in the
order situation → measures → requirement. The writer's points go in verbatim where they fit best.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import field, replace
from functools import lru_cache
from pathlib import Path

from drafter.compose.figures import target_pieces, verbatim
from drafter.compose.length import FIRST_BUDGET
from drafter.compose.model import Paragraph, Part, Piece
from drafter.compose.own import leftover_homes, own_leftovers, own_rest
from drafter.compose.portable import PLACEHOLDER_PATTERN, load_dated_musts, says_must
from drafter.compose.select import (
    _COMMON,
    FRAMER,
    MEASURE,
    REQUIREMENT,
    SITUATION,
    SLOGAN,
    Candidate,
    Selector,
    bigrams,
    clause_objects,
    county_short,
    field_names,
    heading_runs,
    is_specific,
    key_phrases,
    matter_words,
    matters_named,
    matters_of_word,
    mined_role,
    overlap,
    provenance_of,
    sentence_role,
    states_principle,
    thing_named,
    words_of_matter,
)
from drafter.compose.suitability import (
    VERB_START,
    about_another_topic,
    drop_want,
    fits,
    names_another_topic,
    names_other_part,
    siblings_alike,
    similar,
    specific_to,
)
from drafter.compose.units import (
    Chosen,
    LeadProfile,
    UnitComposer,
    choose_units,
    fit_units,
    lead_pairs,
    on_lead,
    order_units,
    said_done,
    says_problem,
    spans_years,
    word_units,
)
from drafter.compose.wording import ORDINAL, ordinal_prefix
from drafter.document import Provenance
from drafter.phrasebank.model import MATTER_SEPARATOR, Kind, Mode, Phrase, home_of, matter_name
from drafter.records import dataclass
from drafter.targets import Section

PARAGRAPH_CHARS = 230  # a sub-paragraph of a part: lead + three or four sentences
MIN_RELEVANCE = 2.0
MAX_SENTENCES = 8  # a paragraph longer than this reads as a list, not an argument
MAX_ITEMS = 7  # items of one part at most…
LOOSE_ITEMS = 4  # …and plain paragraphs more, each on its matter, for a part that falls short
# content character pairs a sentence of a plain paragraph shares with its first sentence at least
# (one was too few: round 48's blind reader read 为农综合服务平台 → 城乡融合 → 普法 → 土地, tied
# pair by pair by 城乡, as stitched; two take paragraphs of one source from 40% to 44%)
PLAIN_TIE = 2
LOOSEN_BELOW = 0.85  # a part shorter than this share, its items all on their matters, loosens
SHORT_HEAD = 16  # characters: an item head of an ordinal run is a short phrase (加大招商力度。)
THIN_POOL = 40  # fewer on-topic sentences than this: look for more among other entries


# A two-clause lead whose second clause is a subject and its result (……，工业经济提质增效 is a
# plan; ……，现代化产业体系加快构建 / 发展后劲持续增强 report what happened).
_REVIEW_SHAPED = re.compile(
    r"，[^，。]{2,12}(加快构建|持续增强|不断增强|稳步提升|持续提升|显著提升|明显改善|持续改善|"
    r"不断扩大|稳步扩大|日益|更加|焕然一新|持续升温|取得)[^，。]{0,4}。?$"
)


SPARE = 1.3  # a part's pool beyond this many times its budget lets the seed leave some out
MAX_LEFT_OUT = 0.35  # the seed leaves out at most this share of a part's pool
RUN_LOSS = 0.25  # share of a part's sentences a run of sub-headings may leave out


def thin_out(pool: list[Candidate], budget: int, rng: random.Random) -> list[Candidate]:
    """When a part has far more on-topic material than its length needs, the seed leaves a
    share of it out, so two seeds (and two counties) draw on different measures rather than
    the same best ones in another order. A thin pool is kept whole (the length comes first)."""
    total = sum(len(c.text) for c in pool)
    room = total - int(SPARE * budget)
    if room <= 0 or len(pool) < 6:
        return pool
    order = sorted(range(len(pool)), key=lambda i: (rng.random(), pool[i].phrase.id))
    limit = int(MAX_LEFT_OUT * len(pool))
    left_out: set[int] = set()
    for i in order:
        if room <= 0 or len(left_out) >= limit:
            break
        left_out.add(i)
        room -= len(pool[i].text)
    return [c for i, c in enumerate(pool) if i not in left_out]


def _verb_headed(head: str) -> bool:
    """A sub-heading in a plan's shape: a verb and its object (补齐生态短板) or two clauses
    (固本强基，调优结构), not a noun phrase (亲商助企常态化)."""
    return "，" in head or VERB_START.match(head) is not None


def states_result(head: str) -> bool:
    """A sub-heading that reports a state reached (……，现代化产业体系加快构建; 营商环境进一步
    优化): it heads a review, not a plan."""
    return bool(_REVIEW_SHAPED.search(head)) or said_done(head.rstrip("。") + "。")


def _lead_fits(selector: Selector, candidate: Candidate, topic: str, heading: str) -> bool:
    """A sub-heading suits this part: it is about this topic (no other topic named or stronger),
    does not repeat the part's heading, and reads as a plan (fits)."""
    text = candidate.text
    if candidate.phrase.mode is Mode.ACHIEVEMENT:  # a review lead (持续增强) is not a plan
        return False
    if text.startswith(("做到", "要", "希望")):  # 做到紧盯问题抓落实 is not a heading
        return False
    # (the tests kept by text and the quick ones first: each refuses leads on its own)
    # A sub-heading names its own topic's words, and no other topic's as strongly.
    scores = selector.keyword_scores(text)
    own = scores.get(topic, 0.0)
    if own <= 0 or any(v >= own for name, v in scores.items() if name != topic):
        return False
    # 亲商助企常态化 or 全要素全流程保障项目 does not sit among plan heads
    if not _verb_headed(text):
        return False
    if states_result(text):  # ……，现代化产业体系加快构建 reports a result
        return False
    if not fits(candidate) or "，" in text.rstrip("。")[:3]:
        return False
    if names_another_topic(selector, text, topic):
        return False
    if selector.too_similar(text):
        return False
    shared = (bigrams(text) & bigrams(heading)) - _COMMON - bigrams(topic)
    return len(shared) < 2


def _lead_candidates(selector: Selector, topic: str, heading: str = "") -> list[Candidate]:
    """The sub-heads a part on ``topic`` under ``heading`` may take, best first. A part asks
    twice (its items, then its plain paragraphs' heads): the second time it gets those of the
    first it has not said since, nor anything like them (~10 ms of a draft's ~170). Each new
    part (``Selector.start_section``) looks afresh."""
    known = selector.leads.get((topic, heading))
    if known is not None:
        used, similar = selector.used, selector.too_similar
        return [c for c in known if c.text not in used and not similar(c.text)]
    leads = _found_leads(selector, topic, heading)
    selector.leads[(topic, heading)] = leads
    return leads


def _found_leads(selector: Selector, topic: str, heading: str) -> list[Candidate]:
    found = [
        c
        for c in selector.candidates(Kind.LEAD, topic, min_len=4, max_len=22)
        if _lead_fits(selector, c, topic, heading)
    ]
    # Item leads of ordinal runs on this topic are lead sentences too (聚力项目建设，扩大有效投资).
    for run in selector.bank.of_kind(Kind.ORDINAL_RUN, topic):
        for item in run.items:
            probe = Phrase(
                id=run.id,
                kind=Kind.LEAD,
                text=item,
                topics=run.topics,
                sources=run.sources,
                support=run.support,
            )
            text = selector.prepare(probe)
            if text is None or not 4 <= len(text) <= 22:
                continue
            candidate = Candidate(
                probe,
                text,
                selector.topic_score(text, topic, run) + selector.rng.random() * 2.0,
                MEASURE,
            )
            if _lead_fits(selector, candidate, topic, heading):
                found.append(candidate)
    found.sort(key=lambda c: (-c.score, c.phrase.id, c.text))
    # Siblings take one shape: all one clause, or all two clauses, as the best lead has it.
    if found:
        two = "，" in found[0].text
        same = [c for c in found if ("，" in c.text) == two]
        if len(same) >= 2:
            found = same
    unique: dict[str, Candidate] = {}
    for c in found:
        # Sibling leads that say nearly the same (完善商贸流通体系/构建商贸物流体系) are one lead.
        if c.text in unique or any(siblings_alike(c.text, kept, topic) for kept in unique):
            continue
        unique[c.text] = c
    return list(unique.values())


def _body_candidates(selector: Selector, topic: str, budget: int = 0) -> list[Candidate]:
    """The bank's sentences for a part on ``topic``: those whose words are most about the topic
    (坚持房住不炒 is not 商贸消费's), unless that leaves too little to write ``budget``
    characters."""
    found = _topic_sentences(selector, topic)
    # sentences said in another part's paragraphs go there (``Selector.said_elsewhere``),
    # unless without them the part has too little to say (抓落实 of one sentence)
    placed = [c for c in found if not selector.said_elsewhere(c.phrase, topic)]
    if sum(len(c.text) for c in placed) >= PLACED_SPARE * budget:
        found = placed
    # …and those on a matter a paragraph of the part's units says, unless the part would then
    # fall short: a part says a matter in one paragraph
    unsaid = [c for c in found if not selector.says_part_matter(c.phrase)]
    if selector.spares and sum(len(c.text) for c in unsaid) >= PLACED_SPARE * budget:
        found = unsaid
    if selector.stress:
        # what takes up the targets file's problems (储备 for 项目储备不足) first
        found.sort(key=lambda c: not any(word in c.text for word in selector.stress))
    dominant = [c for c in found if _dominant(selector, c.text, topic)]
    if sum(len(c.text) for c in dominant) >= DOMINANT_SPARE * budget:
        found = dominant
    # hand-written sentences (curated.yaml) only where the mined ones do not reach the length
    mined = [c for c in found if not c.phrase.curated]
    if sum(len(c.text) for c in mined) >= MINED_SPARE * budget * _first_share(selector):
        return mined
    # and then after the mined ones: a hand-written sentence wins no choice a mined one can fill
    return mined + [replace(c, score=c.score - HAND_WRITTEN) for c in found if c.phrase.curated]


def _first_share(selector: Selector) -> float:
    """What of a part's budget ``MINED_SPARE`` weighs its mined sentences against: all of it at
    the first round's budget (``FIRST_BUDGET`` times the length asked), less at the larger
    budgets of the rounds after it, so that a part's mined sentences are weighed against the
    same share of the asked length in every round. (A round at twice the first budget had let
    twice as many parts take hand-written sentences: seed 7's drafts took 16.7% of their text
    from ``curated.yaml`` once the parts added for their length came in at the first budget.)
    A draft composed from the whole bank for its length weighs them against its budget."""
    if not selector.spares:
        return 1.0
    return min(1.0, FIRST_BUDGET / selector.inflation)


DOMINANT_SPARE = 3.0  # the sentences most about a topic serve alone when they hold this much
PLACED_SPARE = 2.0  # …and those said in paragraphs on the part's matters, when they hold this much
# mined sentences serve without hand-written ones when they hold this much (2.0 until the
# session's rules left more parts short of mined material: seed 7's hand-written share rose
# to 15.0%; at 1.2 it is 13.9%, with mined headings 53.2% and shared sentences 23.4%). 1.0
# since 7 December (second session), with ``FIRST_BUDGET`` 2.0 and ``_first_share``: seed 7's
# hand-written share 13.6% (15.3% at 1.2), seed 11's 12.6%, no length missed, and the README
# example drafted for an unseen county composed once (-8.1%).
MINED_SPARE = 1.0
HAND_WRITTEN = 8.0  # what a hand-written sentence's score loses against mined ones


def _topic_sentences(
    selector: Selector, topic: str, where: Callable[[str], object] | None = None
) -> list[Candidate]:
    """The bank's plan sentences for a part on ``topic``; ``where``: only those whose text it
    passes (a part looking for a sentence naming a word: ``_answering``, which the draft's
    share set aside does not limit), those first about the topic before the rest."""
    found = _on_topic_sentences(selector, topic, where)
    # a result (农业生产稳定增长) or a shortcoming (管理水平还不尽人意) is not said among a
    # plan's measures
    return [
        c
        for c in found
        if not said_done(c.text) and not says_problem(c.text) and not spans_years(c.text)
    ]


def _on_topic_sentences(
    selector: Selector, topic: str, where: Callable[[str], object] | None = None
) -> list[Candidate]:
    # (the quick tests first: each refuses a sentence on its own)
    spare = where is None
    found = [
        c
        for c in selector.candidates(
            Kind.BODY, topic, min_len=12, max_len=150, where=where, spare=spare
        )
        # what a report's review said was done is that county's past, not a plan
        if c.phrase.mode is not Mode.ACHIEVEMENT
        and not selector.says_other_matter(c.phrase, topic)
        and not selector.says_claimed_matter(c.phrase)
        # (a sentence sought by its words may be one the bank files under the topic whatever
        # its words score: 用好……过渡期的最后一年 on 农业农村, its aspect being 乡村振兴's)
        and (
            selector.topic_score(c.text, topic, c.phrase) >= MIN_RELEVANCE
            or (not spare and topic in c.phrase.topics)
        )
        and fits(c)
        and specific_to(selector, c.text, topic)
        and not about_another_topic(selector, c.text, topic, c.phrase)
        # (one naming another part's topic outright and not its own: 持续加快农业产业结构调整
        # in a part on 工业发展 beside one on 农业农村 — rounds 28, 31 and 32; but the year's
        # must-say its part seeks by its words, whatever part it names: 用好过渡期的最后一年，
        # ……农业农村常规性支持政策 in 乡村振兴 beside 农业农村 — rounds 115–117's writers: 没写
        # 过渡期最后一年)
        and (not names_other_part(selector, c.text, topic) or (not spare and says_must(c.text)))
    ]
    # a sentence first about another part's topic is that part's (see ``choose_units``),
    # unless without it this part has too little to say
    own = [c for c in found if not selector.belongs_elsewhere(c.phrase, topic)]
    if where is not None:
        # (a few sentences sought by their words: the part's own first, then the others)
        return own + [c for c in found if c not in own]
    if len(own) >= THIN_POOL:
        found = own
    if len(found) < THIN_POOL:
        # A thin topic also takes sentences tagged otherwise whose own words are on this topic.
        have = {c.text for c in found}
        for c in selector.candidates(
            Kind.BODY, topic, min_len=12, max_len=150, any_topic=True, naming=True
        ):
            if (
                c.text not in have
                and c.phrase.mode is not Mode.ACHIEVEMENT
                and not selector.says_other_matter(c.phrase, topic)
                and not selector.says_claimed_matter(c.phrase)
                and selector.keyword_scores(c.text).get(topic, 0.0) >= 2.0
                and fits(c)
                and specific_to(selector, c.text, topic)
                and not about_another_topic(selector, c.text, topic)
            ):
                found.append(c)
    return found


def with_must_answers(selector: Selector, part: Part, stress: tuple[str, ...]) -> Part:
    """A part composed sentence by sentence with the terms its year's plan must say (the
    ``musts`` among ``stress``) that it does not say taken up as ``_answering`` takes them up
    in a part of units: its measures at the end of its first paragraph, a framing one opening
    it (a 2025 part on 商贸消费 made of sentences said 以旧换新 and no 提振消费: the test of
    round 61's writer failed once the first budget moved)."""
    musts = _musts(stress)
    if not musts or not part.paragraphs:
        return part
    key = f"sections[{part.section}].topic" if part.section is not None else None
    answers = _answering(selector, part.topic, musts, part.paragraphs, key)
    if not answers:
        return part
    framers, measures = _framing_apart(answers)
    paragraphs = list(part.paragraphs)
    at = next((i for i, p in enumerate(paragraphs) if p.lead is None), 0)
    first = paragraphs[at]
    paragraphs[at] = replace(first, pieces=(*first.pieces, *measures))
    return replace(part, paragraphs=tuple(_framers_first(paragraphs, framers)))


def _framers_first(paragraphs: list[Paragraph], framers: Sequence[Piece]) -> list[Paragraph]:
    """The part opening on the answers that frame it (深刻领悟“两个确立”的决定性意义……, a term
    the year's plan must say): at the head of its first paragraph, or a paragraph of their own
    before a first one headed by a sub-head."""
    if not framers:
        return paragraphs
    if paragraphs and paragraphs[0].lead is None:
        first = paragraphs[0]
        return [replace(first, pieces=(*framers, *first.pieces)), *paragraphs[1:]]
    return [Paragraph(tuple(framers)), *paragraphs]


def _framing_apart(answers: Sequence[Piece]) -> tuple[list[Piece], list[Piece]]:
    """``answers`` that frame their part (``FRAMER``: they open it), and the others."""
    framers = [a for a in answers if FRAMER.search(a.text)]
    return framers, [a for a in answers if a not in framers]


def _musts(stress: tuple[str, ...]) -> tuple[str, ...]:
    """The words of ``stress`` its year's plan must say."""
    return tuple(word for word in stress if says_must(word))


def _dominant(selector: Selector, text: str, topic: str) -> bool:
    scores = selector.keyword_scores(text)
    own = scores.get(topic, 0.0)
    return own > 0 and own >= max(scores.values())


# A sentence saying what a matter is (营商环境是……, 产业是高质量发展的基础，……): its subject.
_DEFINED = re.compile(r"^([^，。；是]{2,10})(?:是|就是)")


def defines_topic(
    text: str, topic: str, scores: Callable[[str], Mapping[str, float]]
) -> bool | None:
    """Whether the sentence that says what a matter is (营商环境是……) speaks of ``topic``'s
    matter (True) or another's (False: 产业是…… in a part on 项目建设); None when it defines
    nothing."""
    match = _DEFINED.match(text)
    return None if match is None else scores(match.group(1)).get(topic, 0.0) > 0


def _defines(selector: Selector, text: str, topic: str) -> bool:
    """营商环境是……, 工业是……: a sentence that says what this part's matter is."""
    return defines_topic(text, topic, selector.keyword_scores) is True


# a head that says 要 itself (农业要变强, 要素保障 and 重要 aside): 一要 before it says 要 twice
_WANTS = re.compile(
    r"要(?!素|求|害|件|点|务|案|闻|员)(?<!重要)(?<!主要)(?<!需要)(?<!首要)(?<!必要)"
)


def _lead_text(text: str, index: int, count: int, style: str) -> str:
    text = text.rstrip("。；，！") + "。"
    if style == "lead":
        return text
    return ordinal_prefix(index, count, style) + drop_want(text)


def section_targets(
    selector: Selector, section: Section | None, section_index: int | None
) -> tuple[tuple[Piece, ...], list[Piece]]:
    """The section's figures as one target sentence (its opener varied by the section's place,
    never the same sentence twice) and the writer's points, each a sentence of its own."""
    key = f"sections[{section_index}]" if section_index is not None else None
    figure_pieces: tuple[Piece, ...] = ()
    if section is not None and section.figures:
        year = selector.values.get("year", "")
        plan_word = _plan_word(selector)
        mid = selector.frame is not None and selector.frame.mid
        if mid:  # in July the year is named already: 下半年，力争……
            openers = [f"{plan_word}，", "全年"]
        elif selector.public:
            openers = [f"{year}年，我们将", f"{plan_word}，我们将", "全年"]
        else:
            openers = [f"{year}年，", f"{plan_word}，", "全年"]
        start = (section_index or 0) % len(openers)
        openers = openers[start:] + openers[:start] + ["同时，", "此外，"]
        # Two sections with the same figure must still not say the same sentence twice.
        for opener_text in openers:
            figure_pieces = target_pieces(section.figures, f"{key}.figures", opener_text)
            text = "".join(p.text for p in figure_pieces)
            if text not in selector.used:
                break
        selector.mark_used(text)
    points: list[Piece] = []
    for i, written in enumerate(section.points if section else ()):
        said = selector.frame.planned(written) if selector.frame is not None else written
        text = verbatim(said) + "。"
        if len(text) > 1 and text not in selector.used:  # a point given twice is said once
            selector.mark_used(text)
            points.append(Piece(text, Provenance(yaml_key=f"{key}.points[{i}]")))
    return figure_pieces, points


def _plan_word(selector: Selector) -> str:
    """The year deployed as the speaker names it (今年, 明年; 下半年 in July)."""
    return selector.frame.plan_word if selector.frame is not None else "今年"


def compose_part(
    selector: Selector,
    *,
    number: int,
    topic: str,
    heading: Piece,
    section: Section | None,
    section_index: int | None,
    budget: int,
    style: str,
    same_section: bool = False,
    avoid: frozenset[str] = frozenset(),
) -> Part:
    """One numbered part composed sentence by sentence; ``same_section``: it continues a part
    begun from units (what they said still counts as said in this part); ``avoid``: how the
    part's paragraphs so far open (two characters each) — no sub-heading of this part opens so.

    Phases: the part's pools (body sentences and leads), its introduction (what the matter is,
    then the section's targets), how many items, filling the items from the pool, building
    them (each item's sentences in order), placing the writer's points, tempering demands
    (要……), and the items as paragraphs (a run of sub-headings, or plain prose)."""
    key = f"sections[{section_index}]" if section_index is not None else None
    topic_key = f"{key}.topic" if key else None
    if not same_section:
        selector.start_section(topic, heading.text)
    topic_words = tuple(selector.keywords.get(topic, ()))
    bodies, leads = _part_pools(selector, topic, heading.text, budget, style)
    leads = [lead for lead in leads if lead.text[:2] not in avoid]
    intro = _introduce(
        selector, topic, topic_key, bodies, leads, section, section_index, budget, same_section
    )
    remaining = max(0, budget - len(heading.text) - intro.chars)
    items = _Items(
        selector,
        topic_key,
        topic_words,
        topic_grams=frozenset(w[i : i + 2] for w in topic_words for i in range(len(w) - 1)),
    )
    for i in range(_item_count(remaining, intro.bodies, leads)):
        items.open(leads[i] if i < len(leads) else None)
    _fill_items(items, list(intro.bodies), leads, remaining)
    built = _built_items(selector, items.items, topic_key, topic_words)
    intro_pieces = [*intro.pieces, *_place_points(selector, built, intro.points)]
    _temper_demands(selector, built)
    built = _run_or_plain(selector, built, topic_words)
    if not selector.own_county:
        # (a county's own archive repeats its own wording year on year, and a part drafted from
        # it is short already: its sentences stay where they are)
        built = said_once(selector, built, (topic, *topic_words), keep=items.loose)
    built = _bodied(selector, built)
    paragraphs, movable = _item_paragraphs(built, style, 1 if intro_pieces else 0)
    if intro_pieces:
        paragraphs.insert(0, Paragraph(tuple(intro_pieces)))
    paragraphs = separate_openers(paragraphs, movable)
    total = len(heading.text) + sum(len(p.text) for p in paragraphs)
    return Part(
        number=number,
        heading=heading,
        paragraphs=tuple(paragraphs),
        topic=topic,
        section=section_index,
        thin=total < 0.7 * budget,
        room=budget,
    )


def _part_pools(
    selector: Selector, topic: str, heading: str, budget: int, style: str
) -> tuple[list[Candidate], list[Candidate]]:
    """Phase "pools": the bank's body sentences for the part (``_body_candidates``) and its
    sub-headings (``_lead_candidates``); bold leads side by side never open alike."""
    bodies = _body_candidates(selector, topic, budget)
    leads = _lead_candidates(selector, topic, heading)
    if style == "lead":
        # Bold leads side by side must not open alike (做到……抓落实。做到……抓落实。).
        distinct: dict[str, Candidate] = {}
        for lead in leads:
            distinct.setdefault(lead.text[:2], lead)
        leads = list(distinct.values())
    return bodies, leads


@dataclass(frozen=True, slots=True)
class _Intro:
    """A part's introduction: its opening pieces (what the matter is, then the section's figures
    as targets), the writer's points still to place among the items, and the body sentences
    left for the items (the opener taken out, the seed's share left out)."""

    pieces: tuple[Piece, ...]
    points: tuple[Piece, ...]
    bodies: tuple[Candidate, ...]

    @property
    def chars(self) -> int:
        """What the introduction and the points take of the part's budget."""
        return sum(len(p.text) for p in self.pieces) + sum(len(p.text) for p in self.points)


def _introduce(
    selector: Selector,
    topic: str,
    topic_key: str | None,
    bodies: list[Candidate],
    leads: list[Candidate],
    section: Section | None,
    section_index: int | None,
    budget: int,
    same_section: bool,
) -> _Intro:
    """Phase "introduction": the opener (``_opener``; none for a part begun from units, which
    has its framing), the section's targets and points (``section_targets``), and the pool
    thinned by the seed (``thin_out``)."""
    pieces: list[Piece] = []
    if same_section:
        # the part began from units and has its framing: a second one reads as a new start
        bodies = [c for c in bodies if c.role != SITUATION]
        opener = None  # a part begun from units has opened already
    else:
        opener = _opener(selector, topic, bodies, leads)
    if opener is not None:
        pieces.append(selector.take(opener, topic_key))
        bodies.remove(opener)
        if opener.role == SITUATION:
            # A part says once what its matter is (营商环境就是生产力……); a second definition of
            # it further down reads as a new start.
            bodies = [
                c for c in bodies if not (c.role == SITUATION and _defines(selector, c.text, topic))
            ]
    figure_pieces, points = section_targets(selector, section, section_index)
    pieces.extend(figure_pieces)
    bodies = thin_out(bodies, budget, selector.rng)
    return _Intro(tuple(pieces), tuple(points), tuple(bodies))


def _opener(
    selector: Selector, topic: str, bodies: list[Candidate], leads: list[Candidate]
) -> Candidate | None:
    """The sentence that opens the part: the most on-topic statement of what the matter is and
    why it counts (the seed only breaks near ties), else the first sentence that is not a
    demand; never one opening as the first sub-heading does."""

    def intro_score(c: Candidate) -> float:
        # "项目建设是经济发展的引擎" introduces 项目建设; "产业是……的基础" does not introduce 民生.
        subject = c.text.split("是", 1)[0] if "是" in c.text[:14] else ""
        on_subject = selector.keyword_scores(subject).get(topic, 0.0) if subject else 0.0
        return selector.topic_score(c.text, topic, c.phrase) + 0.5 * c.score + 3.0 * on_subject

    situation = sorted(
        (c for c in bodies if c.role == SITUATION),
        key=lambda c: (-intro_score(c), c.text),
    )
    first_lead = leads[0].text[:2] if leads else ""
    situation = [c for c in situation if c.text[:2] != first_lead]
    if len(situation) > 1 and intro_score(situation[1]) >= intro_score(situation[0]) - 2.5:
        # Two framings about equally apt: the seed (salted by the county) picks one, so drafts
        # do not all open a part with the same sentence.
        situation = situation[selector.rng.randrange(2) :]
    if situation:
        return situation[0]
    return next((c for c in bodies if c.role != REQUIREMENT and c.text[:2] != first_lead), None)


def _item_count(remaining: int, bodies: tuple[Candidate, ...], leads: list[Candidate]) -> int:
    """Phase "how many items": one per ``PARAGRAPH_CHARS`` of what remains (two to six), with
    three or more sentences under each; and when the bank has leads for this topic, every item
    has one (一是加快……。二是<a bare sentence> does not read as a run)."""
    count = max(2, min(6, round(remaining / PARAGRAPH_CHARS)))
    count = min(count, max(1, len(bodies) // 3))
    if len(leads) >= 2:
        count = min(count, len(leads))
    return count


@dataclass(frozen=True, slots=True)
class _Unit:
    """What an item's sentences are matched against: its lead (None: a plain paragraph), and
    the lead's text or a plain item's first sentence (``seed_text``, with its bigrams)."""

    lead: Piece | None
    seed_text: str
    grams: frozenset[str]

    @classmethod
    def on(cls, lead: Piece | None, seed_text: str) -> _Unit:
        return cls(lead, seed_text, bigrams(seed_text))

    @property
    def core(self) -> str:
        """The lead without its full stop ("" for a plain item)."""
        return self.lead.text.rstrip("。") if self.lead is not None else ""


@dataclass(slots=True)
class _Item:
    """One item while it is filled: its unit, its sentences so far and the bigrams they said,
    its size (with its lead), and whether the pool has nothing more on its sub-heading."""

    unit: _Unit
    chosen: list[Candidate] = field(default_factory=list)
    said: frozenset[str] = frozenset()
    size: int = 0
    done: bool = False
    named: frozenset[str] = frozenset()  # the matter words its sentences named (土壤, 秸秆焚烧)
    # the runs of four characters its sentences said (智慧城市, 家庭农场): a sentence saying
    # one again says the same thing twice (round 49's blind reader: 推动智慧城市建设 …… 推进智慧
    # 城市、海绵城市建设; 专业大户、家庭农场 …… 龙头企业、家庭农场)
    runs: frozenset[str] = frozenset()
    # the matter it is on (安全稳定/安全生产): its lead's, else its first sentence's; its other
    # sentences are on that matter or on none (开展安全隐患集中整治 does not take 扫黑除恶)
    aspect: str | None = None


@dataclass(slots=True)
class _Items:
    """A part's items while they are filled from the pool (phase "fill"): sentences follow the
    lead they share most words with; leadless items take what is left."""

    selector: Selector
    topic_key: str | None
    topic_words: tuple[str, ...]
    items: list[_Item] = field(default_factory=list)
    # the character pairs of the part's topic keywords (企业 in a part on 工业发展): two
    # sentences of the part sharing one of them share no matter
    topic_grams: frozenset[str] = frozenset()
    # a plain paragraph stays on the matter of its first sentence, unless the part would
    # otherwise fall short (``loosen``): then on any matter of that matter's topic
    loose: bool = False

    @property
    def size(self) -> int:
        return sum(item.size for item in self.items)

    def open(self, lead: Candidate | None) -> None:
        """One more item: under ``lead`` (said from now on), or a plain paragraph."""
        if lead is None:
            self.items.append(_Item(_Unit.on(None, "")))
            return
        self.selector.used.add(lead.text)
        self.selector.spend(lead.text)
        piece = Piece(lead.text, provenance_of(lead.phrase, self.topic_key))
        # (a lead the bank labels with no matter is on the one matter its words name: 做好信访
        # 维稳工作 is on 信访, and takes no 联合治超……露头就打、涉案必抓 — round 65's writer)
        aspect = lead.phrase.aspect or _one_matter(lead.text)
        self.items.append(_Item(_Unit.on(piece, lead.text), size=len(lead.text), aspect=aspect))

    def loosen(self) -> bool:
        """Plain paragraphs take sentences on the other matters of their matter's topic from
        now on; False when they did."""
        if self.loose:
            return False
        self.loose = True
        for item in self.items:
            if item.unit.lead is None:
                item.done = False
        return True

    def has_room(self) -> bool:
        """Some item not done on its sub-heading can take another sentence."""
        return any(not item.done and len(item.chosen) < MAX_SENTENCES for item in self.items)

    def open_more(self, leads: list[Candidate], remaining: int) -> bool:
        """Every item is done on its own sub-heading and the part is still short: open one
        more item (the next lead, else a plain paragraph) while the bank has material; False
        when the part takes no more items."""
        count = len(self.items)
        if count >= MAX_ITEMS + (LOOSE_ITEMS if self.loose else 0) or self.size >= 0.92 * remaining:
            return False
        next_lead = leads[count] if count < len(leads) else None
        if (
            next_lead is None
            and any(item.unit.lead is not None for item in self.items)
            and self.size >= 0.8 * remaining
        ):
            # A run of leads takes no leadless item (it would undo the run) unless the part
            # would otherwise fall far short: then plain paragraphs carry the material.
            return False
        if next_lead is not None and next_lead.text not in self.selector.used:
            self.open(next_lead)
        else:
            self.open(None)
        return True

    def take_next(self, i: int, pool: list[Candidate], target_size: int) -> bool:
        """The next sentence of the pool for item ``i`` (up to ``target_size`` characters);
        True when the pool or the item changed (a sentence taken or refused, a lead given up)."""
        item = self.items[i]
        if item.done or item.size >= target_size or not pool or len(item.chosen) >= MAX_SENTENCES:
            return False
        best = self._best(item, pool)
        if best is None:
            item.done = True  # nothing more on this sub-heading: the item is done
            return False
        core = item.unit.core
        if (
            not item.chosen
            and core
            and not on_lead(core, pool[best].text, self.topic_words, opens=True)
        ):
            # The first sentence develops the lead; with nothing in the pool that does, the
            # lead is not said and the unit becomes a plain paragraph.
            self.selector.used.discard(core + "。")
            self.selector.used.discard(core)
            item.size -= len(item.unit.lead.text) if item.unit.lead is not None else 0
            item.unit = _Unit(None, "", frozenset())
            return True
        candidate = pool.pop(best)
        runs = self._runs(candidate.text)
        if (
            (not self.loose and not runs.isdisjoint(item.runs))
            or candidate.text in self.selector.used
            or self.selector.too_similar(candidate.text)
            # (the pool was fetched before the draft's places to fill ran out)
            or self.selector.placeholders_spent(candidate.text)
            # (a part that would fall short may name a thing an earlier part named, but not one
            # it named itself: round 79's writer found 河长制 four times, 非法集资 three in a part;
            # the terms reports name once a part it may, as a draft short of material must —
            # holding a loose part to them too, 6 December, left the parts of the examples
            # short, three more parts added to the work meeting's and 40% more composing time)
            or self.selector.names_in_part(candidate.text, terms=not self.loose)
            or (not self.loose and self.selector.names_said(candidate.text))
        ):
            return True
        item.chosen.append(candidate)
        item.aspect = item.aspect or candidate.phrase.aspect
        item.said = item.said | bigrams(candidate.text)
        item.named = item.named | matter_words(candidate.text)
        item.runs = item.runs | runs
        item.size += len(candidate.text)
        if not item.unit.seed_text:
            item.unit = _Unit.on(None, candidate.text)
        self.selector.mark_used(candidate.text)
        return True

    def _runs(self, text: str) -> frozenset[str]:
        """The runs of four characters ``text`` says, its placeholders (【待补：设施名称】), the
        county's name (高唐县城) and the part's topic words (民生保障 in a part on it) aside: a
        county names itself, asks for its facts and says its part's topic as often as it
        likes."""
        bare = PLACEHOLDER_PATTERN.sub("，", text)
        name = county_short(self.selector.county) if self.selector.county else ""
        for word in (name, *self.topic_words):
            if word:
                bare = bare.replace(word, "，")
        return key_phrases(bare, SLOGAN)

    def _own_names(self, aspect: str | None) -> frozenset[str]:
        """The words naming the part's topic (its first two keywords) and the matter
        ``aspect`` (招商 of 招商引资/招商)."""
        names = set(self.topic_words[:2])
        if (name := matter_name(aspect)) is not None:
            names.add(name)
        return frozenset(names)

    def _best(self, item: _Item, pool: list[Candidate]) -> int | None:
        """The index in ``pool`` of the sentence that suits the item best; None when, past its
        first sentence, nothing more in the pool is on its sub-heading."""
        grams = item.unit.grams
        core = item.unit.core
        profile = LeadProfile.of(core, self.topic_words)  # made once, tried on the whole pool

        def fit(j: int) -> tuple[float, int]:
            text = pool[j].text
            # A sentence that merely repeats its lead (办好人民满意教育。办好人民满意教育，…)
            # goes under another lead.
            echo = -100.0 if core and text.startswith(core) else 0.0
            return (overlap(grams, bigrams(text)) * 3 + pool[j].score + echo, -j)

        aspect = item.aspect
        # (a plain paragraph stays on its first sentence's matter even in a part that would
        # fall short: that part opens more paragraphs instead — round 31's reader read 供热 →
        # 乡村设施 → 商品房 → 停车场 → 专项规划 in one paragraph as 毫无衔接)
        near = False
        if not item.chosen:
            # The first sentence develops the lead: among those that speak of it and are on
            # its matter, the best.
            fitting = [
                j
                for j in range(len(pool))
                if profile.spoken_of(pool[j].text, opens=True) and _on_matter(pool[j], aspect, near)
            ]
            return max(fitting or range(len(pool)), key=fit)
        # Past its first sentence a paragraph stays on its sub-heading: a sentence shares a
        # word with the lead or two with what the paragraph has said (二是提升应急管理能力
        # does not take 扫黑除恶 or 电信诈骗).
        said = item.said
        # Under a sub-heading, a sentence close to what the paragraph has said must
        # still touch the sub-heading's own words (抓实安全生产 → 电信诈骗 → 扫黑除恶
        # drifts away one neighbour at a time).
        anchor = lead_pairs(core)
        # (a part that would fall short lets its topic's words tie a plain paragraph again)
        kin_free = frozenset() if self.loose else self.topic_grams
        # (the paragraph's own matter and the part's topic are named in every sentence on them:
        # 招商 of 明确招商方向…… and 审慎兑现招商优惠政策 in a part on 招商引资 — round 31's part
        # said one sentence on 招商 a paragraph and fell to a third of its length)
        named = item.named - self._own_names(aspect)
        # (the same for every sentence of the pool: worked out once a call)
        own_grams, said_grams = grams - kin_free, said - kin_free
        # (a part falling short lets a paragraph, led or plain, go on with any mined sentence
        # on its matter, tied by no words — and with hand-written ones where the draft takes the
        # whole bank: a symposium of 11,300 characters came out 15–17% short, its parts' items
        # of one or two sentences each, its pool spent on ties; round 147's 安全稳定 of a report
        # took 500 of its pool's 3,000 characters, each item one sentence)
        on_own = self.loose and aspect is not None
        allowed = [
            j
            for j in range(len(pool))
            # each sentence makes its own point: none names a matter word a sentence of the
            # paragraph named (加强土壤污染……治理 / 深入开展土壤污染治理……)
            if not matter_words(pool[j].text) & named
            and _on_matter(pool[j], aspect, near)
            and (
                (
                    profile.spoken_of(pool[j].text)
                    if core
                    else overlap(own_grams, bigrams(pool[j].text)) >= PLAIN_TIE
                )
                or (
                    overlap(said_grams, bigrams(pool[j].text)) >= 3
                    and (not core or any(pair in pool[j].text for pair in anchor))
                )
                or (
                    on_own
                    and pool[j].phrase.aspect == aspect
                    # (hand-written ones only where the draft takes the whole bank)
                    and (not pool[j].phrase.curated or not self.selector.spares)
                )
            )
        ]
        return max(allowed, key=fit) if allowed else None


def _one_matter(text: str) -> str | None:
    """The matter ``text`` names, where it names exactly one (安全稳定/信访 of 做好信访维稳工作)."""
    named = matters_named(text)
    return next(iter(named)) if len(named) == 1 else None


def _on_matter(candidate: Candidate, aspect: str | None, near: bool = False) -> bool:
    """The sentence is on the matter ``aspect`` (安全稳定/安全生产), or on none in particular;
    ``near``: or on another matter of the same topic (安全稳定/应急), never another topic's."""
    own = candidate.phrase.aspect
    if aspect is None or own in (None, aspect):
        return True
    return near and home_of(own) is not None and home_of(own) == home_of(aspect)


def _fill_items(
    items: _Items, pool: list[Candidate], leads: list[Candidate], remaining: int
) -> None:
    """Phase "fill": round after round, each item takes its next sentence until the part
    reaches ``remaining`` characters or the pool is spent. When no item moves, the items with
    room first take more (a larger share each, twice at most), then one more item opens."""
    target_size = max(80, remaining // max(1, len(items.items)))
    progress = True
    grown = 0
    while pool and items.size < remaining:
        if not progress and grown < 2 and items.has_room():
            # Items that have room take more of what is on their sub-heading before a new one.
            target_size = int(target_size * 1.4)
            grown += 1
            progress = True
            continue
        if not progress:
            if not items.open_more(leads, remaining) and (
                items.size >= LOOSEN_BELOW * remaining or not items.loosen()
            ):
                break
            grown = 0
        progress = False
        for i in range(len(items.items)):
            if items.take_next(i, pool, target_size):
                progress = True


def _matter_groups(picked: Sequence[Candidate]) -> dict[int, int]:
    """For each sentence (by ``id``), the place of its matter among the matters ``picked``
    name in order of first mention; a sentence naming none goes with the one before it."""
    order: dict[str, int] = {}
    groups: dict[int, int] = {}
    last = 0
    for candidate in picked:
        matter = candidate.phrase.aspect
        if matter is not None and MATTER_SEPARATOR in matter:
            last = order.setdefault(matter, len(order))
        groups[id(candidate)] = last
    return groups


def _built_items(
    selector: Selector, items: list[_Item], topic_key: str | None, topic_words: tuple[str, ...]
) -> Built:
    """Phase "build": each item's sentences in order — principle → measures → demand; among
    the measures, the one that develops the lead most comes first (the lead promises it). A
    lead with nothing under it is not said (unless the bank had nothing at all)."""
    built: Built = []
    anything = any(item.chosen for item in items)
    for item in items:
        unit, picked = item.unit, item.chosen
        if not picked and (unit.lead is None or anything):
            if unit.lead is not None:
                selector.used.discard(unit.lead.text)
            continue
        lead_grams = bigrams(unit.lead.text) if unit.lead is not None else frozenset()
        groups = _matter_groups(picked)
        ordered = sorted(
            picked,
            key=lambda c: (
                c.role,
                # (a paragraph says one matter after another, not 供热 → 房地产 → 供水 → 房地产:
                # round 31's reader read such a paragraph as 顺序完全是乱的)
                groups[id(c)] if c.role == MEASURE else 0,
                -overlap(lead_grams, bigrams(c.text)) if c.role == MEASURE else 0,
                picked.index(c),
            ),
        )
        pieces = [Piece(c.text, provenance_of(c.phrase, topic_key)) for c in ordered]
        for c in picked:
            selector.used_ids.add(c.phrase.id)
        lead = unit.lead
        if (
            lead is not None
            and pieces
            and not on_lead(lead.text.rstrip("。"), pieces[0].text, topic_words, opens=True)
        ):
            # the sentence that opens the item does not develop its sub-heading: the item is
            # plain prose (the run or the paragraph before takes it)
            selector.used.discard(lead.text)
            lead = None
        if lead is None:
            # a plain paragraph says one matter: two matters of two sentences or more each are
            # two paragraphs (供热、雨污分流、管网普查 / 商品房预售、房地产整治)
            built.extend((None, chunk) for chunk in _by_matter(ordered, pieces, groups))
        else:
            built.append((lead, pieces))
    return built


def _by_matter(
    ordered: Sequence[Candidate], pieces: list[Piece], groups: dict[int, int]
) -> list[list[Piece]]:
    """``pieces`` (made of ``ordered``, one each) cut where the matter changes, where the
    stretches on both sides hold two sentences or more; a sentence before the measures (its
    situation) stays with the first stretch."""
    chunks: list[list[Piece]] = [[]]
    marks: list[int | None] = [None]
    for candidate, piece in zip(ordered, pieces, strict=True):
        group = groups[id(candidate)] if candidate.role == MEASURE else None
        if group is not None and marks[-1] is not None and group != marks[-1]:
            chunks.append([])
            marks.append(group)
        elif marks[-1] is None and group is not None:
            marks[-1] = group
        chunks[-1].append(piece)
    merged: list[list[Piece]] = []
    for chunk in chunks:
        if merged and (len(chunk) < 2 or len(merged[-1]) < 2):
            merged[-1].extend(chunk)
        else:
            merged.append(chunk)
    return merged


def _place_points(selector: Selector, built: Built, points: tuple[Piece, ...]) -> list[Piece]:
    """Phase "points": the writer's points go in the item they share most words with, right
    after the sentence that develops its lead (特别是要……), replacing a bank sentence that says
    nearly the same; with no item, they are returned to close the introduction."""
    left: list[Piece] = []
    for point in points:
        glue = Piece(_point_glue(point.text, selector.public))
        if not built:
            left.extend((glue, point))
            continue
        grams = bigrams(point.text)

        def closeness(i: int, grams: frozenset[str] = grams) -> tuple[int, int]:
            head = built[i][0]
            on_head = overlap(grams, bigrams(head.text)) if head is not None else 0
            return (on_head * 2 + overlap(grams, bigrams("".join(p.text for p in built[i][1]))), -i)

        best = max(range(len(built)), key=closeness)
        pieces = built[best][1]
        # The writer's own words replace a bank sentence that says nearly the same.
        pieces[:] = [p for p in pieces if not similar(p.text, point.text)]
        # Folded into the flow right after the sentence that develops the lead: 特别是要……
        at = min(1, len(pieces))
        pieces[at:at] = [glue, point]
    return left


def _temper_demands(selector: Selector, built: Built) -> None:
    """Phase "demands": the 要…… demand closes about one paragraph in three; beyond the one
    allowed, a demand is said as a measure (要坚持…… → 坚持……) or left out. A public text
    (report, symposium) commits (我们将……) rather than demands."""
    for entry in built:
        pieces = entry[1]
        demands = [
            p for p in pieces if p.provenance is not None and p.provenance.entry and _demand(p.text)
        ]
        keep = demands[0] if demands and selector.demands * 3 < selector.paragraphs + 1 else None
        for demand in demands:
            index = pieces.index(demand)
            if demand is keep:
                selector.demands += 1
                if selector.public:
                    pieces[index] = Piece(_commit(demand.text), demand.provenance)
                continue
            plain = drop_want(demand.text)
            if plain != demand.text:
                pieces[index] = Piece(plain, demand.provenance)
            elif len(pieces) > 2:
                pieces.remove(demand)
        selector.paragraphs += 1


def _run_or_plain(selector: Selector, built: Built, topic_words: tuple[str, ...]) -> Built:
    """Phase "run or plain": a run is parallel or it is not a run — every item has a lead. A
    leadless paragraph joins the item before it and a lead over a single bank sentence joins
    its sentence to the item before it, when that loses nothing (``_as_run``); otherwise, and
    with fewer than two leads, plain paragraphs (``_as_plain``). The leads not kept are
    unsaid."""
    if len(built) <= 1:
        return built
    run = _as_run(built, topic_words, selector.matter_of_piece)
    if run is None:
        for head, _ in built:
            if head is not None:
                selector.used.discard(head.text)
        plain = _as_plain(built, selector.matter_of_piece)
        kept = {id(piece) for _, pieces in plain for piece in pieces}
        for _, pieces in built:
            for piece in pieces:
                if id(piece) not in kept:
                    selector.used.discard(piece.text)
        return plain
    for head, _ in built:
        if head is not None and all(head is not h for h, _ in run):
            selector.used.discard(head.text)
    return run


def principles_first(paragraph: Paragraph) -> Paragraph:
    """A paragraph of several documents' sentences in the order one hand writes one: its
    principle or framing first (坚持把……摆在……位置; 工业是县域经济的脊梁), then its measures,
    its pledge last (以时不我待的紧迫感……: the roles of mining's table, ``mined_role``; its
    duties stay among the measures, the table's 督查 and 包联 naming measures too), and one
    principle only: a further principle of the bank goes where the paragraph keeps two
    sentences without it (round 119's writers read 坚持把发展经济的着力点放在实体经济上 after
    a paragraph's measures as 拼凑: 先总后分; round 122's read 主题句 at a paragraph's end). A
    paragraph of one unit keeps its writer's order."""
    pieces = paragraph.pieces
    if len({p.provenance.entry for p in pieces if p.mined and p.provenance}) < 2:
        return paragraph
    paragraph = _sub_head_first(paragraph)
    pieces = paragraph.pieces
    start = 1 if _keeps_its_head(paragraph) else 0
    at = [i for i in range(start, len(pieces)) if _opens_paragraph(pieces[i].text)]
    rest = [pieces[i] for i in range(start, len(pieces)) if i not in at]
    heads = [pieces[i] for i in at[:1]]
    others = [pieces[i] for i in at[1:]]
    if len(rest) >= 2:
        others = [p for p in others if not p.mined]
    # (the draft's own last sentence — its departments' duties — stays last)
    tail = [rest.pop()] if rest and not rest[-1].mined else []
    # (a general sentence over the measures — 不断优化营商环境，持续深化“放管服”改革; 切实做好
    # ……有效衔接各项工作 — before them, as its writer had it: round 139's blind reader read
    # both mid-paragraph as 总括句夹在中间)
    ordered = sorted(
        [*others, *rest],
        key=lambda p: (mined_role(p.text) == "exhortation", not (p.mined and umbrella(p.text))),
    )
    return replace(paragraph, pieces=(*pieces[:start], *heads, *ordered, *tail))


# What a sentence over a paragraph's measures acts on: all it says is a field's name
_UMBRELLA_END = re.compile(r"(?:各项|相关)工作[。；]?$")
UMBRELLA_CLAUSE = 12  # characters of each of its clauses, at most
# …or, at this many characters at most, it names a campaign whole (打好……保卫战)
_CAMPAIGN_END = re.compile(r"(?:攻坚战|保卫战|持久战|总体战)[。；！]?$")
UMBRELLA_CAMPAIGN = 24
_FIELD_SUFFIX = re.compile(r"(?:改革|建设|工作|体系)$")  # (放管服改革: the field 放管服)


def umbrella(text: str) -> bool:
    """``text`` says in general what the measures around it say in particular: it ends on
    ……各项工作, or each of its one or two short clauses acts on a field by its name, a topic's
    or a matter's (不断优化营商环境，持续深化“放管服”改革; not 加大政务公开力度，提高政府公信力,
    a measure)."""
    if _UMBRELLA_END.search(text):
        return True
    if len(text) <= UMBRELLA_CAMPAIGN and _CAMPAIGN_END.search(text):
        return True  # (a campaign named whole: 深入打好蓝天、碧水、净土保卫战 — round 150's blind)
    parts = [c for c in re.split(r"[，；。！]", re.sub(r"[“”‘’]", "", text)) if c]
    if not 1 <= len(parts) <= 2 or any(len(c) > UMBRELLA_CLAUSE for c in parts):
        return False
    fields = field_names()
    for clause in parts:
        found = clause_objects(clause)
        if len(found) != 1:
            return False
        thing = next(iter(found))[1:]  # (its ``§`` mark off)
        if thing not in fields and _FIELD_SUFFIX.sub("", thing) not in fields:
            return False
    return True


def principle_once(part_paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """A part's paragraphs stitched from several documents with one principle or framing
    sentence among them: the first stays, each further one goes where its paragraph keeps two
    sentences without it (round 135: 要坚持以人民为中心的发展思想……, 坚持改善民生不动摇……,
    把实现好、维护好、发展好……作为一切工作的基准点 heading three paragraphs of one part on 民生
    in turn — the same generality three times over, which no writer says). A paragraph of one
    unit keeps its writer's sentences."""
    said = False
    result: list[Paragraph] = []
    for paragraph in part_paragraphs:
        pieces = paragraph.pieces
        stitched = len({p.provenance.entry for p in pieces if p.mined and p.provenance}) >= 2
        # (the sentence that develops a paragraph's lead stays with it: round 151's tree left
        # 强化民生保障。 over another report's line on 就业 once its unit's first went)
        framing = [
            i
            for i, p in enumerate(pieces)
            if p.mined and _opens_paragraph(p.text) and not (i == 0 and paragraph.lead)
        ]
        if said and stitched and framing and len(pieces) - len(framing) >= 2:
            paragraph = replace(
                paragraph, pieces=tuple(p for i, p in enumerate(pieces) if i not in framing)
            )
        said = said or bool(framing)
        result.append(paragraph)
    return result


def _opens_paragraph(text: str) -> bool:
    """``text`` states its paragraph's principle or frames its matter: it opens the paragraph."""
    return states_principle(text) or mined_role(text) == "framing"


def _sub_head_first(paragraph: Paragraph) -> Paragraph:
    """A sentence of the bank as short as a sub-heading (大力实施高标准农田建设。) heads the
    paragraph it stands in where the paragraph opens on the targets file's figure of the same
    thing (全年力争新建高标准农田3.5万亩。): round 126's blind reader read it at the paragraph's
    end, after its own target, as 首尾重复、总括句落在段尾. A paragraph opening on a sentence of
    the bank, or on the draft's own (针对……下降的情况), keeps its opening."""
    pieces = paragraph.pieces
    if paragraph.lead is not None or head_like(pieces[0].text):
        return paragraph
    # (the first sentence, which the targets file's figure fills in several pieces: 全年 / 力争
    # / 新建高标准农田3.5万亩 / 。)
    end = next((i for i, p in enumerate(pieces) if p.text.endswith("。")), 0)
    opening = pieces[: end + 1]
    if not any(p.provenance and p.provenance.yaml_key and not p.mined for p in opening):
        return paragraph
    target = "".join(p.text for p in opening)
    at = next(
        (
            i
            for i in range(end + 1, len(pieces))
            if pieces[i].mined
            and head_like(pieces[i].text)
            # (the sub-head of what the figure measures: 高标准农田 of both)
            and LeadProfile.of(pieces[i].text.rstrip("。")).spoken_of(target)
        ),
        None,
    )
    if at is None:
        return paragraph
    return replace(paragraph, pieces=(pieces[at], *pieces[:at], *pieces[at + 1 :]))


def _keeps_its_head(paragraph: Paragraph) -> bool:
    """The paragraph's first sentence stays first, before its principle: one as short as a
    sub-head (加大县城建设力度。坚持把人民的感受度作为……), one developing a bold sub-head, one the
    draft wrote itself (针对……下降的情况，要把……)."""
    first = paragraph.pieces[0]
    return paragraph.lead is not None or head_like(first.text) or not first.mined


def _item_paragraphs(built: Built, style: str, offset: int) -> tuple[list[Paragraph], set[int]]:
    """Phase "paragraphs": the items as paragraphs, with ordinals (一是……二是……) only when
    every head is short and of one shape (all with a comma or none), otherwise the leads as
    bold sentences; and the indexes (after ``offset`` paragraphs before them) of the plain
    paragraphs, free to reorder."""
    paragraphs: list[Paragraph] = []
    movable: set[int] = set()  # plain paragraphs, free to reorder (no lead, no ordinal)
    heads = [head.text.rstrip("。；，！") for head, _ in built if head is not None]
    ordinal = (
        style != "lead"
        and len(heads) >= 2
        and len(heads) == len(built)
        and all(len(h) <= SHORT_HEAD for h in heads)
        and len({"，" in h for h in heads}) == 1
    )
    items = len(built) if ordinal else 0
    index = 0
    for head, pieces in built:
        if head is not None and ordinal:
            index += 1
            text = _lead_text(head.text, index, items, style)
            paragraphs.append(Paragraph(tuple(pieces), Piece(text, head.provenance)))
        elif head is not None:
            paragraphs.append(
                Paragraph(
                    tuple(pieces), Piece(_lead_text(head.text, 0, 0, "lead"), head.provenance)
                )
            )
        else:
            paragraphs.append(Paragraph(tuple(pieces)))
            movable.add(len(paragraphs) - 1 + offset)
    return paragraphs, movable


def _bank_count(pieces: list[Piece]) -> int:
    return sum(1 for p in pieces if p.provenance is not None and p.provenance.entry)


Built = list[tuple[Piece | None, list[Piece]]]


def _as_run(
    built: Built,
    topic_words: tuple[str, ...] = (),
    matter: Callable[[Piece], str | None] | None = None,
) -> Built | None:
    """The paragraphs as a run of led items, or None when they cannot be one without loss.

    A leadless paragraph joins the item before it while that stays a paragraph; what cannot
    join goes, sentence by sentence, to an item with room whose sub-heading it speaks of, and
    a sentence that fits no sub-heading is left out — the run keeps its bold sub-headings as
    long as that costs at most ``RUN_LOSS`` of the part's sentences. The writer's own words
    are never left out (with them, plain paragraphs instead)."""
    merged: Built = []
    leftovers: list[Piece] = []
    for head, pieces in built:
        thin_item = (
            head is not None and _bank_count(pieces) < 2 and len(pieces) == _bank_count(pieces)
        )
        if head is not None and not (thin_item and merged):
            merged.append((head, list(pieces)))
            continue
        if (
            merged
            and len(merged[-1][1]) + len(pieces) <= MAX_SENTENCES + 1
            and (
                not merged[-1][1] or _same_matter(matter, merged[-1][0] or merged[-1][1][0], pieces)
            )
        ):
            merged[-1][1].extend(pieces)
            continue
        leftovers.extend(pieces)
    if len(merged) < 2:
        return None
    if _bank_count(leftovers) < len(leftovers):
        return None  # a writer's point (or its glue) would be lost
    total = sum(len(p.text) for _, pieces in built for p in pieces)
    lost = 0
    for piece in leftovers:
        homes = [
            i
            for i, (head, pieces) in enumerate(merged)
            if head is not None
            and len(pieces) < MAX_SENTENCES
            and on_lead(head.text.rstrip("。"), piece.text, topic_words)
        ]
        if homes:
            home = min(homes, key=lambda i: (len(merged[i][1]), i))
            merged[home][1].append(piece)
        else:
            lost += len(piece.text)
    if lost > RUN_LOSS * total:
        return None
    return merged


def _as_plain(built: Built, matter: Callable[[Piece], str | None] | None = None) -> Built:
    """The paragraphs without leads; one of a single bank sentence joins the one before (a
    paragraph of one sentence reads as a stray) — with ``matter``, the last one before on its
    matter (园林绿化管护 does not close a paragraph on 房地产: round 31), and is left out where
    none is."""
    plain: Built = []
    for _, pieces in built:
        if plain and _bank_count(pieces) < 2:
            host = next(
                (
                    paragraph
                    for _, paragraph in reversed(plain)
                    if paragraph and _same_matter(matter, paragraph[0], pieces)
                ),
                None,
            )
            if host is not None and (
                _bank_count(host) <= MAX_SENTENCES or len(pieces) > _bank_count(pieces)
            ):
                host.extend(pieces)
            elif len(pieces) > _bank_count(pieces):
                plain[-1][1].extend(pieces)  # (the writer's own words are never left out)
            # else: one sentence more would make the paragraph a list, or it would be off
            # its matter; it is left out
        else:
            plain.append((None, list(pieces)))
    if len(plain) > 1 and _bank_count(plain[0][1]) < 2 and len(plain[0][1]) < 2:
        # A first paragraph of one sentence has nothing before it to join: it opens the next.
        plain[1:2] = [(None, plain[0][1] + plain[1][1])]
        del plain[0]
    return plain


STRAY = 40  # characters: a paragraph of one bank sentence shorter than this reads as a stray


def strays_joined(selector: Selector, paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """A part's paragraphs, none a short bank sentence standing alone (打造公共资源交易……品牌。
    between two paragraphs on reform: round 130's writers, “一句话单独成段，像列表条目直接贴
    进来”; a unit whose sub-head went, or an item that found one sentence): it closes the last
    paragraph before it on its matter that has room, else it is left out. The writer's own words
    (the targets file's) stay as they are, and so does a part with no bank sentence but strays
    (a duty line after them is no paragraph of the bank's)."""
    strays = [_stray(p) for p in paragraphs]
    if not any(
        s is None and any(p.mined for p in par.pieces)
        for s, par in zip(strays, paragraphs, strict=True)
    ):
        return list(paragraphs)
    kept: list[Paragraph] = []
    for paragraph, piece in zip(paragraphs, strays, strict=True):
        if piece is None:
            kept.append(paragraph)
            continue
        host = next(
            (i for i in range(len(kept) - 1, -1, -1) if _takes_stray(selector, kept[i], piece)),
            None,
        )
        if host is None and says_must(piece.text):
            # (what the year's plan must say stays, closing the paragraph before it, or
            # standing where none is: round 153's 压实安全生产责任…… went, and a report's part
            # on 安全稳定 said no 安全生产)
            if not kept:
                kept.append(paragraph)
                continue
            host = len(kept) - 1
        if host is not None:
            kept[host] = replace(kept[host], pieces=(*kept[host].pieces, piece))
    return kept


def _stray(paragraph: Paragraph) -> Piece | None:
    """The paragraph's one sentence where it is a stray (``strays_joined``), else None."""
    if paragraph.lead is not None or len(paragraph.pieces) != 1:
        return None
    piece = paragraph.pieces[0]
    return piece if piece.mined and len(piece.text) < STRAY else None


def _takes_stray(selector: Selector, host: Paragraph, piece: Piece) -> bool:
    """``host`` may end on ``piece``: it has room, and its first and last sentences are on the
    piece's matter or on none."""
    if len(host.pieces) >= MAX_SENTENCES:
        return False
    matter = selector.matter_of_piece
    return _same_matter(matter, host.pieces[0], [piece]) and _same_matter(
        matter, host.pieces[-1], [piece]
    )


def _same_matter(
    matter: Callable[[Piece], str | None] | None, host: Piece, pieces: Sequence[Piece]
) -> bool:
    """``pieces`` may go on after ``host`` (a sub-heading or a paragraph's first sentence):
    their first bank sentence is on ``host``'s matter, or either names none (always, without
    ``matter``)."""
    if matter is None:
        return True
    first = next((p for p in pieces if p.provenance is not None and p.provenance.entry), None)
    if first is None:
        return True
    own, theirs = matter(host), matter(first)
    return own is None or theirs is None or own == theirs


_DEMAND = ("要", "必须", "务必", "各乡镇", "各部门", "各级", "各单位")


def _demand(text: str) -> bool:
    return text.startswith(_DEMAND)


def _commit(text: str) -> str:
    """要坚持教育优先发展…… → 我们将坚持教育优先发展…… (a report commits, it does not demand)."""
    if text.startswith("要") and not text.startswith("要素"):
        return "我们将" + text[1:]
    return text


def _point_glue(point: str, public: bool) -> str:
    """How a writer's point joins the flow: 特别是要…… in a meeting speech, 我们将…… in a report
    or before business owners; a point that already says 要/确保/力争 keeps its own verb."""
    if public:
        return "" if point.startswith(("我们", "将", "要")) else "我们将"
    return "" if point.startswith(("要", "特别是", "尤其", "重点")) else "特别是要"


def _opening_of(paragraph: Paragraph) -> str:
    return paragraph.text[:2]


def separate_openers(paragraphs: list[Paragraph], movable: set[int]) -> list[Paragraph]:
    """No two neighbouring paragraphs open the same way: swap a clashing plain paragraph with a
    later plain one (ordinal and lead paragraphs keep their order)."""
    result = list(paragraphs)
    dropped: set[int] = set()
    for i in range(1, len(result)):
        if _opening_of(result[i]) != _opening_of(result[i - 1]):
            continue
        if i not in movable:
            # a sub-headed paragraph keeps its place: the plain one before it opens on another
            # of its own sentences where it can (大力发展乡村旅游…… / 大力推进文化惠民。)
            if i - 1 in movable and result[i - 1].lead is None:
                avoid = {_opening_of(result[i])}
                if i >= 2:
                    avoid.add(_opening_of(result[i - 2]))
                result[i - 1] = _reopened(result[i - 1], avoid)
                if _opening_of(result[i - 1]) in avoid:
                    _swap_plain(result, i - 1, movable)
            continue
        for j in range(i + 1, len(result)):
            if j in movable and _opening_of(result[j]) != _opening_of(result[i - 1]):
                result[i], result[j] = result[j], result[i]
                break
        else:
            if result[i].lead is not None:
                continue  # a lead stays with the sentence that develops it
            if _opens_on_head(result[i]):
                # so does a first sentence as short as one (大力拓展投资新空间。 moved behind its
                # measure reads as a stray): the plain paragraph before it opens otherwise
                if i - 1 in movable and result[i - 1].lead is None:
                    avoid = {_opening_of(result[i])}
                    if i >= 2:
                        avoid.add(_opening_of(result[i - 2]))
                    result[i - 1] = _reopened(result[i - 1], avoid)
                continue
            # No paragraph to swap with: open this one on another of its own sentences, or,
            # where it has none, leave it out.
            pieces = list(result[i].pieces)
            for k in range(1, len(pieces)):
                if pieces[k].text[:2] != _opening_of(result[i - 1]):
                    pieces.insert(0, pieces.pop(k))
                    result[i] = Paragraph(tuple(pieces), result[i].lead)
                    break
            else:
                dropped.add(i)
    return [p for i, p in enumerate(result) if i not in dropped]


def _swap_plain(result: list[Paragraph], at: int, movable: set[int]) -> None:
    """The plain paragraph ``at``, which opens as a neighbour does and has no other sentence to
    open on, changes places with another plain one whose opening clashes with neither place's
    neighbours (in place; unchanged when there is none)."""

    def fits(paragraph: Paragraph, place: int, leaving: int) -> bool:
        near = [k for k in (place - 1, place + 1) if 0 <= k < len(result) and k != leaving]
        return all(_opening_of(result[k]) != _opening_of(paragraph) for k in near)

    for j in sorted(movable):
        if j == at or result[j].lead is not None:
            continue
        if fits(result[j], at, j) and fits(result[at], j, at):
            result[at], result[j] = result[j], result[at]
            return


def _opens_on_head(paragraph: Paragraph) -> bool:
    """The paragraph opens on a sentence as short as a sub-heading (大力拓展投资新空间。)."""
    return bool(paragraph.pieces) and head_like(paragraph.pieces[0].text)


def _reopened(paragraph: Paragraph, avoid: set[str]) -> Paragraph:
    """``paragraph`` opening on the first of its sentences that opens otherwise than ``avoid``
    (as it was when none does, or when it has a sub-head or opens on a sentence as short as
    one: a lead stays with the sentence that develops it)."""
    if paragraph.lead is not None or _opens_on_head(paragraph):
        return paragraph
    pieces = list(paragraph.pieces)
    for k, piece in enumerate(pieces):
        if piece.text[:2] not in avoid:
            if k:
                pieces.insert(0, pieces.pop(k))
            return Paragraph(tuple(pieces), paragraph.lead)
    return paragraph


def _related_headed(
    selector: Selector, heading: str, related: tuple[str, ...], stress: tuple[str, ...] = ()
) -> frozenset[str]:
    """Of the ``related`` topics the draft has no part of, those whose units the part may
    borrow (``choose_units``' ``headed``): those its ``heading`` speaks of, and those whose
    facts in the targets file it hosts (``stress``: 乡村旅游 of a 乡村旅游重点村 created, in
    the part on 商贸消费). 生态环保's under 聚焦品质提升，在建设宜居城市上加力提效 read as 生态
    环保整块塞进“建设宜居城市” (round 106's writers): the draft adds a part of its own for
    them instead, where it is short."""
    named = selector.keyword_scores(heading) if related else {}
    return frozenset(
        r
        for r in related
        if named.get(r, 0) > 0 or any(w in selector.keywords.get(r, ()) for w in stress)
    )


def compose_unit_part(
    selector: Selector,
    units: UnitComposer,
    *,
    number: int,
    topic: str,
    heading: Piece,
    section: Section | None,
    section_index: int | None,
    budget: int,
    style: str,
    relaxed: bool = False,
    after: str = "",
    focus: tuple[str, ...] = (),
    stress: tuple[str, ...] = (),
) -> Part | None:
    """The part made of whole paragraph units of its topic (``drafter.compose.units``), the
    section's figures and points first; None when the bank has too few units for the topic
    (the part is then composed sentence by sentence). ``focus``: words the part's units dwell
    on (廉, 八项规定 for a 廉政 part); ``stress``: words of the targets file's problems and falling
    figures on the part's topic, which units taking them up are chosen for first. ``after`` is
    the text the part follows
    (the previous part's last paragraph): its first paragraph does not open the same way."""
    key = f"sections[{section_index}]" if section_index is not None else None
    topic_key = f"{key}.topic" if key else None
    # the draft's ledger itself: a part that takes no unit records nothing in it
    ledger = units.ledger
    rng = random.Random(f"drafter:{units.seed}:{selector.county}:{number}:{topic}")
    remaining = max(0, budget - len(heading.text))
    ahead = _targets_ahead(section)
    chosen = _units_of_part(
        selector,
        units,
        _PartAsk(number, topic, heading, max(0, remaining - ahead.chars), relaxed, focus, stress),
        rng,
        ahead.said,
    )
    if not chosen:
        return None
    selector.start_section(topic, heading.text)
    paragraphs, framing = _worded_units(
        selector, chosen, max(0, remaining - ahead.chars), topic_key, topic
    )
    figure_pieces, points = section_targets(selector, section, section_index)
    answers = _answering(selector, topic, stress, paragraphs, topic_key)
    framers, answers = _framing_apart(answers)
    paragraphs, answers = _within_room(
        paragraphs, [*figure_pieces, *points], answers, remaining, _musts(stress)
    )
    intro = [*figure_pieces, *points, *answers]
    size = sum(len(p.text) for p in paragraphs) + sum(len(p.text) for p in intro)
    if size < TOP_UP * remaining:
        # too few units of this topic for the part's share: the rest by sentences
        extra = _rest_by_sentences(
            selector, number, topic, heading, section_index, remaining - size, paragraphs
        )
        paragraphs.extend(_into_units(selector, paragraphs, extra, ledger.claims, number))
    room = TOP_UP * remaining - sum(len(p.text) for p in intro)
    paragraphs = _arranged(selector, paragraphs, topic, heading, topic_key, style, after, room)
    homes = units.allowed.get(topic) or frozenset({topic})
    glue = f"{_plan_word(selector)}，" + ("我们将" if selector.public else "要")
    paragraphs = _with_targets(paragraphs, intro, framing, after, homes, glue)
    paragraphs = _framers_first(paragraphs, framers)
    paragraphs = [_within_bounds(selector, p) for p in paragraphs]
    size = sum(len(p.text) for p in paragraphs)
    if selector.own_county and size < TOP_UP * remaining:
        # the county's own archive: its unsaid measures of the topic before the part is thin
        missing = int(TOP_UP * remaining) - size
        paragraphs += own_rest(selector, topic, missing, topic_key, _holding_together)
        size = sum(len(p.text) for p in paragraphs)
    return Part(
        number=number,
        heading=heading,
        paragraphs=tuple(paragraphs),
        topic=topic,
        section=section_index,
        thin=size < 0.7 * remaining,
        room=remaining,
    )


@dataclass(frozen=True, slots=True)
class _PartAsk:
    """What a part asks of its units: its number, topic and heading, the characters its units
    may take, whether any unit naming its topic will do (``relaxed``), and the words its units
    dwell on (``focus``) and take up (``stress``)."""

    number: int
    topic: str
    heading: Piece
    room: int
    relaxed: bool
    focus: tuple[str, ...]
    stress: tuple[str, ...]


def _units_of_part(
    selector: Selector,
    units: UnitComposer,
    ask: _PartAsk,
    rng: random.Random,
    ahead: frozenset[str],
) -> list[Chosen]:
    """Phase "choose" for a part of units: ``choose_units`` with what the draft has said and
    claimed so far; ``ahead``: the runs the section's targets will say before its units."""
    topic = ask.topic
    related = units.related.get(topic, ())
    return choose_units(
        units.pool,
        topic,
        ask.room,
        units.ledger,
        rng,
        selector.used,
        relaxed=ask.relaxed,
        capped=selector.capped,
        said=ahead | heading_runs(ask.heading.text),
        scores=selector.keyword_scores,
        focus=ask.focus,
        stress=ask.stress,
        related=related,
        headed=_related_headed(selector, ask.heading.text, related, ask.stress),
        part=ask.number,
        allowed=units.allowed.get(topic),
        favour=selector.favour,
        others=frozenset(units.allowed) - {topic},
        voted_to=selector.voted_away(topic),
        said_long=selector.said_long(),
        named=selector.plan_words(),
    )


OVER = 1.15  # a part longer than this share of its room says fewer units and answers


def _within_room(
    paragraphs: list[Paragraph],
    targets: list[Piece],
    answers: list[Piece],
    room: int,
    musts: tuple[str, ...] = (),
) -> tuple[list[Paragraph], list[Piece]]:
    """The part's units and answers to the targets file's facts cut to its room: a short part
    whose answers take its room says fewer units (its last first), then fewer answers, never
    none of either (a 政府自身建设 of 124 characters had taken 195 of units and 219 of
    answers, and its 3,500-character report came out 15.6% long). A unit or answer saying a
    term the year's plan must say (``musts``) that nothing else of the part says stays (round
    117: the unit saying 两个确立 went for the answers' room, and no draft of four said it)."""
    fixed = sum(len(p.text) for p in targets)

    def size() -> int:
        return fixed + sum(len(p.text) for p in paragraphs) + sum(len(p.text) for p in answers)

    def spare(text: str, rest: str) -> bool:
        return not any(word in text and word not in rest for word in musts)

    def said(exclude: Paragraph | Piece) -> str:
        others = [x.text for x in paragraphs if x is not exclude]
        return "".join([*others, *(x.text for x in answers if x is not exclude)])

    def last_spare(items: Sequence[Paragraph | Piece]) -> int | None:
        return next(
            (i for i in reversed(range(len(items))) if spare(items[i].text, said(items[i]))),
            None,
        )

    paragraphs, answers = list(paragraphs), list(answers)
    while len(paragraphs) > 1 and answers and size() > OVER * room:
        if (at := last_spare(paragraphs)) is None:
            break
        del paragraphs[at]
    while len(answers) > 1 and size() > OVER * room:
        if (at := last_spare(answers)) is None:
            break
        del answers[at]
    return paragraphs, answers


def top_up_own_parts(
    selector: Selector, parts: Sequence[Part], budgets: Sequence[int]
) -> list[Part]:
    """The parts of a draft from the county's own archive, once all are composed, each still
    short of its budget topped up with the archive's plan sentences no part took, in the part
    each belongs in (``own.leftover_homes``)."""
    homes = leftover_homes(selector, [part.topic for part in parts])
    result: list[Part] = []
    for part, budget in zip(parts, budgets, strict=True):
        size = len(part.heading.text) + sum(len(p.text) for p in part.paragraphs)
        missing = int(TOP_UP * budget) - size
        if missing > 0 and homes.get(part.topic):
            said = (piece.text for paragraph in part.paragraphs for piece in paragraph.pieces)
            selector.resume_section(part.topic, said)
            selector.claim_part = part.number
            key = f"sections[{part.section}].topic" if part.section is not None else None
            more = own_leftovers(selector, homes[part.topic], missing, key, _holding_together)
            size += sum(len(p.text) for p in more)
            part = replace(part, paragraphs=(*part.paragraphs, *more), thin=size < 0.7 * budget)
        result.append(part)
    return result


def _answering(
    selector: Selector,
    topic: str,
    stress: tuple[str, ...],
    paragraphs: Sequence[Paragraph],
    topic_key: str | None,
) -> list[Piece]:
    """For each word of the targets file's problems on this topic (储备 of 项目储备不足) that no
    unit of the part takes up, the bank's best sentence of the topic that does: the draft
    answers its own facts even where no whole paragraph of the bank does."""
    said = "".join(p.text for p in paragraphs)
    # a word is taken up by its own part: 储备 of 项目储备 (项目 is the topic's word); a term
    # the year's plan must say (``dated_terms.yaml``: 提振消费) is said as it is
    terms = {word for must in load_dated_musts() for word in must.words}
    own = {
        word: word if word in terms else _own_part(word, selector.keywords.get(topic, ()))
        for word in stress
    }
    # a field (财政 of 财政收支矛盾突出) hosted from a topic the draft has no part on is
    # answered by a measure of that topic on its matter (经济运行/财政: 持续抓好税源培植，依法
    # 加强税收征管), whatever sentence of the part names the word (round 24 took an audit of
    # 财政资金, round 25 an appraisal of 财政投资 in the part on 项目建设)
    hosted = [w for w in stress if w in selector.hosted_words and not is_specific(w)]
    fields = frozenset().union(*(matters_of_word(w) for w in hosted))
    pieces: list[Piece] = _field_answer(selector, topic, fields, topic_key) if fields else []
    field_words = set(hosted)
    # (a word is taken up where the part names its thing by any of its names: 债务风险 and
    # 隐性债务 where a unit said 积极稳妥化解政府债务 — round 122's writers read the answers
    # 防范化解……政府债务风险 and 严格政府债务管理 before a unit saying it as the matter twice)
    named = matter_words(said)
    missing = [
        own[w]
        for w in stress
        if own[w] not in said and w not in field_words and not thing_named(own[w], named)
    ]
    if not missing:
        return pieces
    sought = tuple(missing)
    offers = _topic_sentences(selector, topic, where=_naming(sought))
    # the sentence taking up the most of them first (用好……过渡期的最后一年，……防止返贫……
    # before a sentence on 返贫 alone, whose matter it would then claim)
    # and a measure of some length before a one-clause stub (打造高品质夜经济特色集聚区。), which
    # reads as a sub-head where it opens a paragraph and is left out there
    # (a sentence of a real report before a hand-written one saying as much: hand-written
    # material only fills what the corpus does not say)
    offers.sort(
        key=lambda c: (
            -sum(word in c.text for word in sought),
            c.phrase.curated,
            "，" not in c.text.rstrip("。"),
        )
    )
    for candidate in offers:
        text = candidate.text
        if (
            any(word in text for word in missing)
            and text not in selector.used
            and not said_done(text)
            and not selector.too_similar(text, matters=not says_must(text))
            # (an answer goes among the part's measures: not a guiding thought, which only
            # opens a paragraph and would be left out there — but for a term the year's plan
            # must say, which opens the part: ``_framers_first``)
            and (not FRAMER.search(text) or says_must(text))
        ):
            pieces.append(selector.take(candidate, topic_key))
            things = matter_words(text)
            missing = [w for w in missing if w not in text and not thing_named(w, things)]
            if not missing:
                break
    specific = [w for w in missing if w in selector.hosted_words and is_specific(w)]
    if specific:
        pieces.extend(_hosted_answer(selector, topic, specific, topic_key))
    return pieces


def _hosted_answer(
    selector: Selector, topic: str, specific: list[str], topic_key: str | None
) -> list[Piece]:
    """A highlight or problem on a topic the draft has no part on, hosted here (全域旅游 of a
    全域旅游示范区 created, in the part on 商贸消费): a sentence of any topic naming the very
    thing, where the word names one thing (``specific``; not 财政, which names a field — round
    24's answer to 财政收支矛盾 was an audit of 财政资金)."""
    found = _hosted_offers(selector, topic, specific, max_len=120)
    pick = next(
        (
            c
            for c in found
            if _still_new(selector, c) and not selector.belongs_elsewhere(c.phrase, topic)
        ),
        None,
    )
    return [selector.take(pick, topic_key)] if pick is not None else []


def _naming(words: Collection[str]) -> Callable[[str], object]:
    """A test of whether a text names one of ``words``: one alternation searched (a draft tests
    the body kind's ~5,800 texts a call; ``any`` of twenty words took five times as long)."""
    ordered = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, ordered)) or "(?!)").search


def _hosted_offers(
    selector: Selector, topic: str, words: Sequence[str] | set[str], *, max_len: int
) -> list[Candidate]:
    """The bank's plan sentences of any topic naming one of ``words``, offered to the part on
    ``topic`` hosting a fact of a topic the draft has no part on (best first): measures, not a
    result or a shortcoming."""
    return [
        c
        for c in selector.candidates(
            Kind.BODY,
            topic,
            min_len=12,
            max_len=max_len,
            any_topic=True,
            where=_naming(words),
        )
        if c.phrase.mode is not Mode.ACHIEVEMENT
        and fits(c)
        and not said_done(c.text)
        and not says_problem(c.text)
    ]


def _still_new(selector: Selector, candidate: Candidate) -> bool:
    """The draft has not said ``candidate`` nor anything much like it (so far)."""
    return candidate.text not in selector.used and not selector.too_similar(candidate.text)


def _field_answer(
    selector: Selector, topic: str, fields: frozenset[str], topic_key: str | None
) -> list[Piece]:
    """One measure on each of ``fields`` (matters: 经济运行/财政) for a part hosting a fact
    of a topic the draft has no part on: the bank's best plan sentence labelled with the
    matter, of the matter's own topic, that opens on a verb of doing (not a goal)."""
    pieces: list[Piece] = []
    words = {w for label in fields for w in words_of_matter(label)}
    found = _hosted_offers(selector, topic, words, max_len=90)  # (asked once for all)
    for label in sorted(fields):
        pick = next(
            (
                c
                for c in found
                if c.phrase.aspect == label
                and c.phrase.topics[:1] == (home_of(label),)
                and len(c.text) >= 14
                and VERB_START.match(c.text)
                and _still_new(selector, c)
            ),
            None,
        )
        if pick is not None:
            pieces.append(selector.take(pick, topic_key))
    return pieces


def _own_part(word: str, topic_words: Sequence[str]) -> str:
    """``word`` without a keyword of its topic at either end, where two characters or more
    remain (项目储备 → 储备 for 项目建设); else the word itself."""
    for key in sorted(topic_words, key=len, reverse=True):
        if word.startswith(key) and len(word) - len(key) >= 2:
            return word[len(key) :]
        if word.endswith(key) and len(word) - len(key) >= 2:
            return word[: -len(key)]
    return word


JOIN_OVERLAP = 0.35  # a sentence sharing this much of its wording with the paragraph repeats it


def _into_units(
    selector: Selector,
    paragraphs: list[Paragraph],
    extra: Sequence[Paragraph],
    claims: Mapping[tuple[Mode, str], tuple[int, str]],
    part: int,
) -> list[Paragraph]:
    """The ``extra`` paragraphs (sentence by sentence) of a part made of units, each sentence on
    a matter a unit's paragraph of the part says moved to a paragraph right after that one (a
    part says a matter in one place: 扫黑除恶 not again two paragraphs on), left out when it
    says again what that paragraph says. A unit's paragraph itself takes no sentence of
    another source: it stays as its writer wrote it (round 34's reader named every paragraph
    whose unit went on with sentences of other reports, and missed the one unit kept whole).
    ``paragraphs`` (the units') get the new paragraphs in place. Returns what is left of
    ``extra``: paragraphs with a sentence of their own."""
    hosts = {
        p.pieces[0].provenance.entry: i
        for i, p in enumerate(paragraphs)
        if p.pieces and p.pieces[0].provenance is not None and p.pieces[0].provenance.entry
    }
    left: list[Paragraph] = []
    overflow: dict[int, list[Piece]] = {}  # host → its matter's sentences it had no room for
    for paragraph in extra:
        kept: list[Piece] = []
        for piece in paragraph.pieces:
            matter = selector.matter_of_piece(piece)
            claimed = claims.get((Mode.TARGET, matter)) if matter is not None else None
            at = hosts.get(claimed[1]) if claimed is not None and claimed[0] == part else None
            if at is None:
                kept.append(piece)
                continue
            host = paragraphs[at]
            grams = bigrams(piece.text)
            if len(grams & bigrams(host.text)) > JOIN_OVERLAP * len(grams):
                selector.used.discard(piece.text)  # it says again what the paragraph says
            elif (
                (paragraph.lead is None or piece is not paragraph.pieces[0])
                and len(overflow.setdefault(at, [])) < OVERFLOW_SENTENCES
                and _goes_on(piece.text)
            ):
                # the next paragraph goes on with the matter, not one further on (二要稳定扩大
                # 就业 … 六要积极推进就业创业)
                overflow[at].append(piece)
            else:
                selector.used.discard(piece.text)
        # a sub-heading stays with the sentence that develops it, and not where a unit's
        # paragraph of the part is on its matter (稳定扩大就业 … 积极推进就业创业)
        lead = paragraph.lead if kept and kept[0] is paragraph.pieces[0] else None
        if lead is not None:
            matter = selector.matter_of_piece(lead)
            claimed = claims.get((Mode.TARGET, matter)) if matter is not None else None
            if claimed is not None and claimed[0] == part and claimed[1] in hosts:
                lead = None
        if paragraph.lead is not None and lead is None:
            selector.used.discard(paragraph.lead.text)
        if kept and lead is None:
            left.extend(Paragraph(group) for group in _holding_together(selector, kept))
        elif kept:
            left.append(Paragraph(tuple(kept), lead))
    for at in sorted(overflow, reverse=True):  # (later hosts first: earlier indexes hold)
        if overflow[at]:
            paragraphs.insert(at + 1, Paragraph(tuple(overflow[at])))
    return left


def _goes_on(text: str) -> bool:
    """A sentence that may go on at the end of a unit's paragraph: a measure, not one that sets
    out a situation, a year's task (2025年，……任务艰巨), a requirement or a reflection, which
    open or close a paragraph of their own."""
    return (
        sentence_role(text) == MEASURE
        and not _REFLECTION.search(text)
        and not _DATED_OPENING.match(text)
    )


_DATED_OPENING = re.compile(r"^(?:\d{4}年|今年|明年|新的一年)")


OVERFLOW_SENTENCES = 8  # the paragraph going on with a full one's matter says at most this many
LEFT_SENTENCES = 5  # a paragraph of a part's leftover sentences, with no head, says this many
# A sentence that reflects on why (事实证明……, 只要……就一定……) or restates the creed (始终把
# 人民利益放在……) frames a paragraph: it does not stand in the middle of measures.
_REFLECTION = re.compile(
    r"^(?:事实证明|实践证明|实践表明|历史和现实|只要|唯有|惟有|我们深知|我们深切体会)|"
    r"就一定(?:能|会)|就会赢得|^(?:县政府)?始终(?:坚持)?把"
)


def _holding_together(selector: Selector, pieces: list[Piece]) -> list[tuple[Piece, ...]]:
    """Sentences the part composed one by one, with no head, as one hand writes them: a
    paragraph per matter (a sentence naming none goes with the one before it), a sentence
    setting out a situation only at a paragraph's start, no reflection among measures, at most
    ``LEFT_SENTENCES`` each; the sentences left out are free again."""
    groups: list[list[Piece]] = []
    anchors: list[str | None] = []
    for piece in pieces:
        matter = selector.matter_of_piece(piece)
        at = anchors.index(matter) if matter is not None and matter in anchors else None
        if at is None and groups and (matter is None or anchors[-1] is None):
            at = len(groups) - 1
            if anchors[at] is None:
                anchors[at] = matter
        if at is None:
            groups.append([])
            anchors.append(matter)
            at = len(groups) - 1
        group = groups[at]
        if (
            len(group) >= LEFT_SENTENCES
            or _REFLECTION.search(piece.text)
            or (group and sentence_role(piece.text) == SITUATION)
            or (group and _DATED_OPENING.match(piece.text))
        ):
            selector.used.discard(piece.text)
            continue
        group.append(piece)
    return [tuple(group) for group in groups if group]


MAX_PIECES = MAX_SENTENCES + 2  # a paragraph with the section's figures at its head at most


def said_once(
    selector: Selector, built: Built, topic_words: Sequence[str] = (), *, keep: bool = False
) -> Built:
    """The items without a bank sentence, drafted one by one, saying again a phrase of four
    characters a sentence before it in its paragraph says (runs within the part's topic words
    aside: 目标任务 in a part on 抓落实) — items joined, or a paragraph taking a stray sentence,
    would say it twice (完善……考核，推动各项工作落地见效。希望……高标准推进各项工作: the
    example's seed 1). Such a sentence goes on another paragraph of the part on its matter that
    says none of its phrases, else it is left out — or, with ``keep`` (a part that would fall
    short: ``_Items.loose``), stays; one saying again a phrase of six characters the part said
    (a sub-heading's too: ``key_phrases``) is left out. Units' sentences and the writer's own
    stay."""
    runs_of: list[set[str]] = []
    # (item, place, runs) of each repeat; runs None: it says again a phrase of six characters
    # the part said (强化提升社会治理实效。…… 着力提升社会治理能力), which no paragraph mends
    again: list[tuple[int, int, frozenset[str] | None]] = []
    part_said: set[str] = set()
    joined = "|".join(topic_words)  # (one search for all words: no run holds a "|")
    for at, (head, pieces) in enumerate(built):
        said: set[str] = set()
        if head is not None:
            part_said |= key_phrases(head.text)
        for place, piece in enumerate(pieces):
            runs = _phrase_runs(piece.text, joined)
            phrases = key_phrases(piece.text)
            if _drafted(piece) and not phrases.isdisjoint(part_said):
                again.append((at, place, None))
                continue
            if place and _drafted(piece) and not runs.isdisjoint(said):
                again.append((at, place, runs))
                continue
            said |= runs
            part_said |= phrases
        runs_of.append(said)
    if not again:
        return built
    gone = {(at, place) for at, place, _ in again}
    result: Built = [
        (head, [p for place, p in enumerate(pieces) if (at, place) not in gone])
        for at, (head, pieces) in enumerate(built)
    ]
    for at, place, repeated in again:
        piece = built[at][1][place]
        host = next(
            (
                i
                for i, (head, pieces) in enumerate(result)
                if repeated is not None
                and pieces
                and len(pieces) < MAX_SENTENCES
                and repeated.isdisjoint(runs_of[i])
                and _same_matter(selector.matter_of_piece, head or pieces[0], [piece])
            ),
            None,
        )
        if host is not None and repeated is not None:
            result[host][1].append(piece)
            runs_of[host] |= repeated
        elif keep and repeated is not None:
            # (in its place: after the sentences that stood before it and stay)
            before = sum((at, p) not in gone for p in range(place))
            result[at][1].insert(before, piece)
        else:
            selector.used.discard(piece.text)
    return result


def _bodied(selector: Selector, built: Built) -> Built:
    """The items that still say something: an item whose sentences were all said elsewhere is
    gone, its sub-heading free for another part (round 135: 精准纾困解难。 stood as a paragraph
    of its own, a heading over nothing). Where every item lost its sentences (a topic given
    again and again, its material spent), the sub-headings are what the part says: each as a
    sentence of its own rather than a part with a heading alone."""
    if built and not any(pieces for _, pieces in built):
        return [(None, [head]) for head, _ in built if head is not None]
    for head, pieces in built:
        if head is not None and not pieces:
            selector.used.discard(head.text)
    return [(head, pieces) for head, pieces in built if pieces]


def _phrase_runs(text: str, topic_words: str) -> frozenset[str]:
    """The runs of four characters ``text`` says that lie within none of ``topic_words`` (the
    part's topic words joined by "|")."""
    return frozenset(run for run in key_phrases(text, SLOGAN) if run not in topic_words)


def _drafted(piece: Piece) -> bool:
    """A bank sentence drafted one by one (keyed to its section's topic, if at all), not a
    unit's nor a figure or point of the targets file."""
    return piece.provenance is not None and piece.provenance.kind == "body" and not piece.told


def _within_bounds(selector: Selector, paragraph: Paragraph) -> Paragraph:
    """``paragraph`` without the sentences it took on last beyond ``MAX_PIECES`` (those the
    part composed one by one and joined to it): a paragraph, not a list."""
    pieces = list(paragraph.pieces)
    while len(pieces) > MAX_PIECES and pieces[-1].provenance is not None:
        if pieces[-1].provenance.kind != "body":
            break
        selector.used.discard(pieces.pop().text)
    return (
        paragraph
        if len(pieces) == len(paragraph.pieces)
        else Paragraph(tuple(pieces), paragraph.lead)
    )


def _worded_units(
    selector: Selector, chosen: list[Chosen], budget: int, topic_key: str | None, topic: str
) -> tuple[list[Paragraph], bool]:
    """The chosen units ordered, fitted to ``budget`` and worded as paragraphs (leads without
    ordinals: whether the part is a run is known once it is whole), their sentences said; and
    whether the first paragraph opens on a sentence that frames the matter."""
    chosen = [_lead_on_topic(c, selector) for c in chosen]
    chosen = fit_units(order_units(chosen, topic), budget)
    paragraphs = word_units(chosen, report=selector.public, topic_key=topic_key)
    for paragraph in paragraphs:
        if paragraph.lead is not None:
            selector.mark_heard(paragraph.lead.text)
        for piece in paragraph.pieces:
            selector.mark_used(piece.text)
    return paragraphs, bool(chosen) and chosen[0].roles[0] == "framing"


def _arranged(
    selector: Selector,
    paragraphs: list[Paragraph],
    topic: str,
    heading: Piece,
    topic_key: str | None,
    style: str,
    after: str,
    room: float,
) -> list[Paragraph]:
    """Phase "arrange": the part's paragraphs as a run of items or plain prose. Plain ones after
    the opening get a mined sub-heading where one fits (``_headed``); a part whose paragraphs
    fall short of ``room`` keeps all it has (``_consistent_run``); neighbours do not open alike
    (a numbered run never does), nor the first paragraph like ``after``, the one before the
    heading."""
    paragraphs = _leading_first(selector, paragraphs, topic)
    if len(paragraphs) >= 3:  # an opening and two items or more
        paragraphs = _headed(selector, paragraphs, topic, heading.text, topic_key)
    short = sum(len(p.text) for p in paragraphs) < room
    homes = selector.matter_homes.get(topic, frozenset()) | {topic}
    paragraphs = _consistent_run(
        paragraphs,
        style,
        keep_all=short,
        matter=selector.matter_of_piece,
        homes=homes,
        stress=selector.stress,
    )
    previous = Paragraph((Piece(after[:2]),))
    plain = {i + 1 for i, p in enumerate(paragraphs) if p.lead is None}  # items keep their order
    return separate_openers([previous, *paragraphs], plain)[1:]


LEADING_MATTERS = Path(__file__).with_name("leading_matters.yaml")


@lru_cache(maxsize=1)
def leading_matters() -> dict[str, str]:
    """Each topic's matter a part says first (``leading_matters.yaml``: 作风建设 → 作风建设/政治),
    read as ``topic: matter`` lines."""
    found: dict[str, str] = {}
    for line in LEADING_MATTERS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#") and ":" in line:
            topic, matter = (part.strip() for part in line.split(":", 1))
            found[topic] = f"{topic}{MATTER_SEPARATOR}{matter}"
    return found


def _leading_first(selector: Selector, paragraphs: list[Paragraph], topic: str) -> list[Paragraph]:
    """The part's paragraph on its topic's leading matter (``leading_matters``) moved before the
    others, after an opening that frames the part (its first sentence sets out the situation):
    a 政府自身建设 part opens on 两个确立, not closes on it (round 67's writer)."""
    leading = leading_matters().get(topic)
    if leading is None or len(paragraphs) < 2:
        return paragraphs

    def on_leading(paragraph: Paragraph) -> bool:
        # (of its sentences that name a matter, the first or half of them: 树牢“四个意识”……
        # opening a paragraph that goes on to 作风 and 监督)
        said = (selector.matter_of_piece(p) for p in (paragraph.lead, *paragraph.pieces) if p)
        named = [m for m in said if m is not None]
        return bool(named) and (named[0] == leading or named.count(leading) * 2 >= len(named))

    at = next((i for i, p in enumerate(paragraphs) if on_leading(p)), None)
    start = 1 if paragraphs[0].pieces and _frames(paragraphs[0]) else 0
    if at is None or at <= start:
        return paragraphs
    moved = paragraphs[at]
    rest = paragraphs[:at] + paragraphs[at + 1 :]
    return [*rest[:start], moved, *rest[start:]]


def _frames(paragraph: Paragraph) -> bool:
    """The paragraph opens by setting out a situation or a principle (an opening's framing)."""
    first = paragraph.lead or paragraph.pieces[0]
    return sentence_role(first.text) == SITUATION


def _headed(
    selector: Selector,
    paragraphs: list[Paragraph],
    topic: str,
    heading: str,
    topic_key: str | None,
) -> list[Paragraph]:
    """Plain paragraphs after the first of a part, each given a mined sub-heading of the topic
    its first sentence speaks of (``on_lead``) and that opens unlike the part's other heads: a
    part reads as a run of items, and a run keeps them rather than leaving them out. A
    paragraph no sub-heading fits stays plain."""
    topic_words = tuple(selector.keywords.get(topic, ()))
    openings = {_opening_of(p) for p in paragraphs}
    leads = [c for c in _lead_candidates(selector, topic, heading) if c.text not in selector.used]
    result = list(paragraphs[:1])
    # the matters paragraphs before have opened on: a paragraph going on with one of them (the
    # rest of 稳定扩大就业's matter) is not headed as a new item (积极推进就业创业)
    opened = {selector.matter_of_piece(p.pieces[0]) for p in paragraphs[:1] if p.pieces}
    # (a sub-head says no phrase a sentence of the part says: 着力推进医疗卫生服务提标 does not
    # head 深入推进医疗卫生机构信息化建设)
    phrases = frozenset().union(*(key_phrases(p.text) for p in paragraphs))
    for paragraph in paragraphs[1:]:
        matter = selector.matter_of_piece(paragraph.pieces[0]) if paragraph.pieces else None
        going_on = matter is not None and matter in opened
        opened.add(matter)
        if paragraph.lead is None and paragraph.pieces and not going_on:
            fitting = next(
                (
                    c
                    for c in leads
                    if c.text[:2] not in openings
                    and not key_phrases(c.text) & phrases
                    and _governs(LeadProfile.of(c.text.rstrip("。"), topic_words), paragraph)
                ),
                None,
            )
            if fitting is not None:
                leads.remove(fitting)
                openings.add(fitting.text[:2])
                selector.used.add(fitting.text)
                selector.mark_heard(fitting.text)
                lead = Piece(fitting.text, provenance_of(fitting.phrase, topic_key))
                paragraph = Paragraph(paragraph.pieces, lead)
        result.append(paragraph)
    return result


GOVERNED = 0.5  # a sub-heading names what at least this share of its paragraph's sentences say


def _governs(profile: LeadProfile, paragraph: Paragraph) -> bool:
    """The sub-heading ``profile`` heads ``paragraph``: its first sentence develops it and at
    least ``GOVERNED`` of its sentences speak of it (积极推进就业创业 does not head a paragraph
    on 退役军人 and 低保 whose first sentence names 就业创业 once)."""
    texts = [piece.text for piece in paragraph.pieces]
    if not texts or not profile.spoken_of(texts[0]):
        return False
    return sum(profile.spoken_of(text) for text in texts) >= math.ceil(GOVERNED * len(texts))


def _rest_by_sentences(
    selector: Selector,
    number: int,
    topic: str,
    heading: Piece,
    section_index: int | None,
    missing: int,
    before: Sequence[Paragraph] = (),
) -> tuple[Paragraph, ...]:
    """Paragraphs composed sentence by sentence (bold leads, no opener) for the ``missing``
    characters of a part of units: the same section goes on, what its units said still said,
    its sub-headings opening otherwise than the paragraphs ``before`` them."""
    extra = compose_part(
        selector,
        number=number,
        topic=topic,
        heading=heading,
        section=None,
        section_index=section_index,
        budget=missing + len(heading.text),
        style="lead",
        same_section=True,
        avoid=frozenset(_opening_of(p) for p in before),
    )
    return extra.paragraphs


@dataclass(frozen=True, slots=True)
class _TargetsAhead:
    """What a section's own figures and points will take (``chars``) and say (``said``: their
    key phrases), known before units are chosen: they are said whatever the units are, and no
    unit repeats them. They are worded for real once the units are chosen."""

    chars: int
    said: frozenset[str]


def _targets_ahead(section: Section | None) -> _TargetsAhead:
    points = section.points if section else ()
    chars = sum(len(point) + 1 for point in points)
    preview = [verbatim(point) for point in points]
    if section is not None and section.figures:
        chars += sum(len(p.text) for p in target_pieces(section.figures, "", "今年"))
        preview += [p.text for p in target_pieces(section.figures, "", "")]
    return _TargetsAhead(chars, frozenset(g for text in preview for g in key_phrases(text)))


# Words every target says whatever its matter (今年，确保……达到……以上): not what ties it
# to an item.
_TARGET_WORDS = re.compile(
    r"今年|全年|明年|确保|力争|达到|以上|左右|以内|完成|实现|增长|新增|控制在?|年底|目标|"
    r"稳定在?|保持在?|提高到|提升到|下降|降低|突破|超过"
)


SAME_MATTER = 6  # a target and a paragraph naming one matter: as much as three word pairs of a lead


def _targets_into_items(
    paragraphs: list[Paragraph], intro: list[Piece], homes: frozenset[str] = frozenset()
) -> list[Piece]:
    """Each of ``intro``'s targets and points put at the head of the led paragraph that speaks
    of its matter most — a matter both name (``matters_named``) first, then word pairs (two at
    least, its lead's counting twice) — in place in ``paragraphs``; the ones no item speaks
    of, returned. (Round 25: 守住不发生规模性返贫致贫底线 went under 守住粮食安全底线 for the
    words 守住 and 底线, not under the paragraph on 帮扶.) Only the matters of ``homes``, the
    part's topics, count: 底线 names 安全稳定/风险 in any part."""

    def named(text: str) -> frozenset[str]:
        return frozenset(m for m in matters_named(text) if home_of(m) in homes)

    sentences: list[list[Piece]] = [[]]  # a target is worded in pieces (全年确保 + its figure)
    for piece in intro:
        sentences[-1].append(piece)
        if piece.text.endswith(("。", "！", "？")):
            sentences.append([])
    left: list[Piece] = []
    placed: dict[int, list[Piece]] = {}
    # the word pairs most of the part's paragraphs say (项目 in a part on 项目建设) tell no item
    # from another: not counted (round 55: 确保新建风电场项目3月底前开工 under 抓好建设用地供应)
    said_by = Counter(
        pair
        for paragraph in paragraphs
        for pair in key_phrases("".join(p.text for p in paragraph.pieces), 2)
    )
    common = {
        pair for pair, n in said_by.items() if len(paragraphs) >= 3 and 2 * n > len(paragraphs)
    }
    for sentence in (s for s in sentences if s):
        said = "".join(p.text for p in sentence)
        words = key_phrases(_TARGET_WORDS.sub("，", said), 2) - common
        matters = named(said)
        best, score = None, 1
        for index, paragraph in enumerate(paragraphs):
            head = _head_of(paragraph)
            if head is None:
                continue
            lead = key_phrases(head, 2)
            opening = "".join(p.text for p in paragraph.pieces[:3])
            body = key_phrases(opening, 2)
            # an item whose head names a matter is on that one: a target on another does not
            # go under it for what its opening also names (项目推进 under 用地: round 55)
            headed = named(head)
            if matters and headed and not matters & headed:
                continue
            shared = len(matters & named(head + opening))
            found = SAME_MATTER * shared + 2 * overlap(words, lead) + overlap(words, body - lead)
            if found > score:
                best, score = index, found
        if best is None:
            left.extend(sentence)
        else:
            placed.setdefault(best, []).extend(sentence)
    for index, pieces in placed.items():
        paragraph = paragraphs[index]
        # the file's targets under the item's lead; a bank sentence taking up a problem after
        # the sentence that develops the lead (a unit's lead keeps its own sentence next)
        mined = [p for p in pieces if p.provenance is not None and p.provenance.entry]
        told = [p for p in pieces if p not in mined]
        if paragraph.lead is None:
            # a run-in head (实施工业互联网赋能计划。引导企业……) is one with the sentence that
            # develops it: the file's targets close the paragraph (round 67's writer read one
            # between them as 嵌入的缝一眼可见)
            opener, first, rest = (
                paragraph.pieces[:1],
                paragraph.pieces[1:2],
                paragraph.pieces[2:],
            )
            paragraphs[index] = replace(paragraph, pieces=(*opener, *first, *mined, *rest, *told))
            continue
        first, rest = paragraph.pieces[:1], paragraph.pieces[1:]
        paragraphs[index] = replace(paragraph, pieces=(*told, *first, *mined, *rest))
    return left


def _head_of(paragraph: Paragraph) -> str | None:
    """The sub-heading a paragraph opens on: its lead, bold, or its first sentence run in
    (抓好建设用地供应。……: ``head_like``); None for a paragraph opening on a measure."""
    if paragraph.lead is not None:
        return paragraph.lead.text
    if paragraph.pieces and head_like(paragraph.pieces[0].text):
        return paragraph.pieces[0].text
    return None


def _with_targets(
    paragraphs: list[Paragraph],
    intro: list[Piece],
    framing: bool,
    after: str,
    homes: frozenset[str] = frozenset(),
    glue: str = "",
) -> list[Paragraph]:
    """A part of units with the section's targets and points (``intro``) in place: a paragraph
    of their own before a run of items, else at the head of the first paragraph — after its
    first sentence when that frames the matter (``framing``) or opens as the text before the
    heading (``after``) did. ``homes``: the topics whose matters the part speaks for;
    ``glue``: what opens the writer's points when they stand alone (今年，我们将)."""
    # (a plain paragraph before a run of items opens the part, whatever it opens on)
    opens_run = (
        bool(paragraphs)
        and paragraphs[0].lead is None
        and any(p.lead is not None for p in paragraphs[1:])
    )
    if intro and paragraphs and not opens_run and _head_of(paragraphs[0]) is not None:
        # a target goes under the item whose matter it is (稳定扩大就业。今年，确保城镇新增就业
        # 2600人。……); the others open the part on their own, before its items: under another
        # item's lead, bold or run in, they would read as its matter (继续强化政策扶持。全年确保
        # 粮食播种面积……; 抓好建设用地供应。……确保新建风电场项目3月底前开工: round 55)
        intro = _targets_into_items(paragraphs, intro, homes)
        if intro:
            if (
                glue
                and all(_is_point(p) for p in intro)
                and not _DATED_OPENING.match(intro[0].text)
            ):
                # the writer's points alone before the items: a target line of the year, not a
                # bare phrase (round 53's writer: 完成12个老旧小区改造。 a paragraph of its own)
                intro = [Piece(glue + intro[0].text, intro[0].provenance), *intro[1:]]
            paragraphs.insert(0, Paragraph(tuple(intro)))
    elif intro and paragraphs:
        # the section's targets open the first paragraph (after the sentence that frames the
        # matter)
        first = paragraphs[0]
        framed = first.lead is None and framing
        at = 1 if framed else 0
        if first.lead is None and intro[0].text[:2] == after[:2] and len(first.pieces) > 1:
            at = 1  # the paragraph before the heading opened the same way
        if first.lead is None and head_like(first.pieces[0].text) and not framed:
            # a plain paragraph opening on a run-in head (实施工业互联网赋能计划。引导企业……)
            # says its measures, then the year's target: between the head and the sentence
            # developing it, the target is a seam (round 67's writer: 嵌入的缝一眼可见)
            at = len(first.pieces)
        pieces = (*first.pieces[:at], *intro, *first.pieces[at:])
        paragraphs[0] = Paragraph(tuple(pieces), first.lead)
    return paragraphs


def _is_point(piece: Piece) -> bool:
    """A point the writer listed in the targets file (sections[0].points[1])."""
    key = piece.provenance.yaml_key if piece.provenance is not None else None
    return bool(key) and ".points[" in str(key)


def _consistent_run(
    paragraphs: list[Paragraph],
    style: str,
    *,
    keep_all: bool = False,
    matter: Callable[[Piece], str | None] | None = None,
    homes: frozenset[str] = frozenset(),
    stress: tuple[str, ...] = (),
) -> list[Paragraph]:
    """A part's paragraphs as a run or as plain prose, never a lead standing alone among plain
    paragraphs: when every paragraph after the first has a lead, they are items (numbered 一要/
    一是 in that style when every head is short); otherwise each lead opens its paragraph as a
    plain sentence (a report's run-in head: 稳定扩大就业。……) and short plain paragraphs join
    the next on the same ``matter``. ``keep_all``: the part needs all its paragraphs, so a run
    that would leave out more than ``LEFT_OUT`` of the text is plain prose instead. ``homes``:
    the topics whose matters the part says; ``stress``: the words the part must take up (人大
    of a report's 政府自身建设) — a paragraph saying one no item says closes the run."""
    if not paragraphs:
        return paragraphs
    head = [] if paragraphs[0].lead is not None else paragraphs[:1]
    body = paragraphs[len(head) :]
    if not any(p.lead for p in body):
        return _filled(paragraphs, matter, keep_all)
    # a paragraph that opens on a short sentence takes it as its lead, and one that does not
    # continues the led paragraph before it when they fit together
    early = next((i for i, p in enumerate(body) if p.lead is not None), len(body))
    openers = [p.pieces[0] for p in body[:early] if p.pieces]
    body = [_promoted(p, matter) for p in body]
    first_led = next((i for i, p in enumerate(body) if p.lead is not None), 0)
    body.insert(0, body.pop(first_led))  # plain paragraphs then follow a led one
    body = _joined(body)
    led_chars = sum(len(p.text) for p in body if p.lead is not None)
    total = sum(len(p.text) for p in body)
    led_count = sum(p.lead is not None for p in body)
    tail: list[Paragraph] = []
    # a run keeps one plain paragraph before its items and one after them: what more there is
    # would be left out, so a part with much more stays plain prose
    plain_chars = [len(p.text) for p in body if p.lead is None]
    # a plain paragraph may open the part only where it stood before the first led one: the
    # part's own matter in general, not a unit borrowed from a related topic (order_units)
    left_out = sum(plain_chars[(0 if head else 1) + 1 :])
    # one item alone keeps its lead only when nothing plain stands beside it
    run = led_count >= 2 and led_chars >= RUN_SHARE * total
    # a plain paragraph that found no item to continue opens the part before them (what the
    # part is about in general), one more closes it after them, never under another item's
    # sub-heading — the first on a matter no item says (教育 beside items on 医疗 and 就业),
    # else the first; others are left out
    plain = [p for p in body if p.lead is None]
    opening = [] if head or not plain or plain[0].pieces[0] not in openers else plain[:1]
    if (run and (not keep_all or left_out <= LEFT_OUT * total)) or len(body) == led_count == 1:
        # a run of some weight keeps its items
        head = head or opening
        items = [p for p in body if p.lead is not None]
        rest = plain[len(opening) :]
        said = "".join(p.text for p in [*head, *items])
        answering = [p for p in rest if any(w in p.text and w not in said for w in stress)]
        unsaid = _unsaid(rest, [*head, *items], matter, homes) if matter is not None else []
        tail = (answering or unsaid or rest)[:1]
        body = items
    if body and all(p.lead is not None for p in body):
        if matter is not None:
            body = _matters_together(body, matter)
        return [*head, *_items_headed(body, style, numbered_ok=not tail), *tail]
    return _filled([_run_in(p) for p in [*head, *body]], matter, keep_all)


def _items_headed(body: list[Paragraph], style: str, *, numbered_ok: bool) -> list[Paragraph]:
    """A run's items (every one led) with their heads as the run says them: numbered (一要/一是)
    where they are short heads of one shape (all one clause, or all two) and ``numbered_ok`` —
    no plain paragraph after them (round 91's writer: 一是……二是…… then a paragraph with no
    三是, the run's count broken off) — else bold leads."""
    heads = [p.lead.text.rstrip("。") for p in body if p.lead is not None]
    numbered = (
        len(body) >= 2
        and style != "lead"
        and numbered_ok
        and all(len(h) <= SHORT_HEAD for h in heads)
        and len({"，" in h for h in heads}) == 1
    )
    if style == "一要" and any(_WANTS.search(drop_want(h)) for h in heads):
        style = "一是"  # 一要农业要变强 (round 91's writer): 一是农业要变强
    return [
        Paragraph(
            p.pieces,
            Piece(
                _lead_text(h, i, len(body), style if numbered else "lead"),
                p.lead.provenance if p.lead else None,
            ),
        )
        for i, (p, h) in enumerate(zip(body, heads, strict=True), start=1)
    ]


def _matters_together(
    items: list[Paragraph], matter: Callable[[Piece], str | None]
) -> list[Paragraph]:
    """The run's items with those on one matter side by side, in the order each matter first
    comes (round 91's writer: 一要办好人民满意教育, 二要、三要 on 医疗, 四要推进教育振兴)."""

    def of(paragraph: Paragraph) -> str | None:
        found = matter(paragraph.lead) if paragraph.lead is not None else None
        return found or (matter(paragraph.pieces[0]) if paragraph.pieces else None)

    matters = [of(p) for p in items]
    first: dict[str | None, int] = {
        m: i for i, m in reversed(list(enumerate(matters))) if m is not None
    }
    order = sorted(range(len(items)), key=lambda i: (first.get(matters[i], i), i))
    return [items[i] for i in order]


def _unsaid(
    dropped: Sequence[Paragraph],
    kept: Sequence[Paragraph],
    matter: Callable[[Piece], str | None],
    homes: frozenset[str],
) -> list[Paragraph]:
    """Those of the ``dropped`` paragraphs on a matter of the part's topics (``homes``) none
    of the ``kept`` ones is on, one each."""
    said = {matter(p.lead) for p in kept if p.lead is not None}
    said |= {matter(p.pieces[0]) for p in kept if p.pieces}
    found: list[Paragraph] = []
    for paragraph in dropped:
        m = matter(paragraph.pieces[0]) if paragraph.pieces else None
        if m is not None and m not in said and home_of(m) in homes:
            said.add(m)
            found.append(paragraph)
    return found


RUN_SHARE = 0.3  # share of a part's text in two led items or more above which they stay a run…
LEFT_OUT = 0.3  # …when the plain paragraphs a run leaves out hold no more than this share
PLAIN_CHARS = 150  # a plain paragraph shorter than this joins the next one…
LINE_CHARS = 60  # …even a paragraph unit, where either of the two is this short


def runs_hold(paragraphs: Sequence[Paragraph]) -> bool:
    """The part's leads stand as a run: after its plain opening, every paragraph led, or all
    but one closing the run, or a single paragraph (``_consistent_run``'s shapes)."""
    body = [p for p in paragraphs if p.lead is not None or p is not paragraphs[0]]
    leads = sum(p.lead is not None for p in body)
    closed = leads >= 2 and len(body) == leads + 1 and body[-1].lead is None
    return not leads or leads == len(body) or len(body) == 1 or closed


def run_in_leads(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """``paragraphs`` with their leads opening them as plain sentences (``_run_in``) where they
    no longer stand as a run: a paragraph left out after the run was made (a line, a formula
    said again) left one lead among plain paragraphs (大力争取上级支持。 over one paragraph
    beside two plain ones). Numbered leads (一是……) stay: their run is counted."""
    if runs_hold(paragraphs) or any(
        p.lead is not None and ORDINAL.match(p.lead.text) for p in paragraphs
    ):
        return list(paragraphs)
    return [_run_in(p) for p in paragraphs]


def _run_in(paragraph: Paragraph) -> Paragraph:
    """A led paragraph as plain prose: its lead the first sentence — unless the lead says a
    phrase its sentences say (着力推进医疗卫生服务提标。深入推进医疗卫生机构……): as a bold head it
    announces them, as a sentence it repeats them, and is left out."""
    if paragraph.lead is None:
        return paragraph
    said = frozenset().union(*(key_phrases(p.text) for p in paragraph.pieces))
    head = paragraph.lead.text.rstrip("。")
    if key_phrases(paragraph.lead.text) & said:
        return Paragraph(paragraph.pieces)
    # …or says a state reached (营商环境进一步优化。), which in prose reads as a review's claim
    if not _verb_headed(head) or states_result(head):
        return Paragraph(paragraph.pieces)
    # (said as a lead of its source: joined after another paragraph, it would stand in the
    # middle of one and ``plan._in_place`` leaves it out — round 93's writer read 强化社会保障
    # 解民忧。 between two sentences on 就业)
    lead = paragraph.lead
    if lead.provenance is not None and lead.provenance.entry:
        lead = Piece(lead.text, replace(lead.provenance, kind=Kind.LEAD.value))
    return Paragraph((lead, *paragraph.pieces))


def _filled(
    paragraphs: list[Paragraph],
    matter: Callable[[Piece], str | None] | None = None,
    keep_all: bool = False,
) -> list[Paragraph]:
    """Plain paragraphs of one or two short sentences joined to the next, so that prose reads
    in paragraphs, not in a list of lines (each stays under ``MAX_SENTENCES`` sentences); with
    ``matter``, only where the two open on one matter or either on none (养老服务站 goes on
    with 养老服务体系; 法律援助 does not go on with 医疗信息化, nor 商品房预售 with 集中供热:
    matters of one topic are still two matters, round 31). A line of other reports' sentences
    that joins nothing is left out, unless the part needs all it has (``keep_all``)."""

    def matters(paragraph: Paragraph) -> set[str]:
        assert matter is not None
        return {m for m in map(matter, paragraph.pieces) if m is not None}

    def agree(a: Paragraph, b: Paragraph) -> bool:
        # (the matters of all their sentences, not of the first alone: 安全生产大于天…… names
        # none, and the paragraph it opened went on from 安全生产 to three sentences on 信访 —
        # round 40's blind reader)
        if matter is None:
            return True
        first, second = matters(a), matters(b)
        return not first or not second or bool(first & second)

    def short_joins(previous: Paragraph, paragraph: Paragraph) -> bool:
        return (
            # (paragraph units join only each other, not sentences of other reports, unless
            # one is as short as a line: a speech is not a list of one-line paragraphs)
            (
                _written(previous) == _written(paragraph)
                # (the one of other reports' sentences as short as a line: a unit cut short
                # stays itself rather than take a paragraph of other reports)
                or len((paragraph if _written(previous) else previous).text) < LINE_CHARS
            )
            and len(previous.text) < PLAIN_CHARS
            and len(previous.pieces) + len(paragraph.pieces) <= MAX_SENTENCES
            and agree(previous, paragraph)
        )

    def line_joins(previous: Paragraph, paragraph: Paragraph) -> bool:
        # a paragraph as short as a line that found no next to join goes on from the one before
        return (
            previous.lead is None
            and len(paragraph.text) < LINE_CHARS
            and len(previous.pieces) + len(paragraph.pieces) <= MAX_SENTENCES
            and agree(previous, paragraph)
        )

    folded = _folded(_folded(paragraphs, short_joins), line_joins)
    # a line of other reports' sentences that found no paragraph on its matter is left out
    # rather than stand as a one-line paragraph or close an unrelated one (每年培树一批道德模范
    # …… at the end of a paragraph on 重点领域风险: round 40)
    # (unless the part needs all it has: ``keep_all``)
    kept = folded if keep_all else [p for p in folded if not _orphan_line(p)]
    return kept if kept else folded


def _orphan_line(paragraph: Paragraph) -> bool:
    """A plain paragraph as short as a line, every sentence of it a bank body sentence the part
    chose for itself (none taking up the targets file's facts: those carry its key)."""
    return (
        paragraph.lead is None
        and len(paragraph.text) < LINE_CHARS
        and all(
            p.provenance is not None and p.provenance.kind == "body" and not p.provenance.yaml_key
            for p in paragraph.pieces
        )
    )


def _folded(
    paragraphs: list[Paragraph], joins: Callable[[Paragraph, Paragraph], bool]
) -> list[Paragraph]:
    """``paragraphs`` with each one that ``joins`` the one before it (as folded so far) said at
    that one's end, under its sub-head if it has one."""
    result: list[Paragraph] = []
    for paragraph in paragraphs:
        previous = result[-1] if result else None
        if previous is not None and joins(previous, paragraph):
            result[-1] = Paragraph(previous.pieces + paragraph.pieces, previous.lead)
        else:
            result.append(paragraph)
    return result


def _written(paragraph: Paragraph) -> bool:
    """A paragraph of the bank's paragraph units (one source paragraph, or units of one matter
    going on): it stays as written, not joined with sentences of other reports (round 34's
    reader named nineteen of twenty paragraphs stitched from several reports' sentences and
    took the one unit kept whole for a real one)."""
    return any(
        piece.provenance is not None and piece.provenance.kind == Kind.PARAGRAPH.value
        for piece in paragraph.pieces
    )


def _joined(body: list[Paragraph]) -> list[Paragraph]:
    """Each plain paragraph appended to a led one whose lead's matter it speaks of
    (``on_lead``: the one before it first, then any other) where the two stay a paragraph
    (``JOIN_CHARS``); others as they are, in place. An item's sentences follow its
    sub-heading: 扭住项目建设不放松 is not followed by 土壤. A paragraph unit is joined to nothing
    and takes nothing (``_written``)."""
    joined: list[Paragraph] = []
    for paragraph in body:
        if paragraph.lead is None and not _written(paragraph):
            led = [i for i, p in enumerate(joined) if p.lead is not None and not _written(p)]
            for index in [*led[-1:], *led[:-1]]:
                host = joined[index]
                assert host.lead is not None
                if (
                    # most of its sentences speak of the lead, not one word somewhere in it
                    _governs(LeadProfile.of(host.lead.text.rstrip("。")), paragraph)
                    and len(host.text) + len(paragraph.text) <= JOIN_CHARS
                    and len(host.pieces) + len(paragraph.pieces) <= MAX_SENTENCES
                ):
                    joined[index] = Paragraph(host.pieces + paragraph.pieces, host.lead)
                    break
            else:
                joined.append(paragraph)
            continue
        joined.append(paragraph)
    return joined


JOIN_CHARS = 600


def head_like(text: str) -> bool:
    """A sentence as short as a sub-heading, of one clause (加快发展现代农业。)."""
    return len(text) <= SHORT_HEAD + 1 and text.endswith("。") and "，" not in text


def _promoted(
    paragraph: Paragraph, matter: Callable[[Piece], str | None] | None = None
) -> Paragraph:
    """A plain paragraph whose first sentence is as short as a lead (加快发展现代农业。) and
    developed by the next (it speaks of the lead's words, or is on the lead's ``matter``), with
    that sentence as its lead; other paragraphs as they are."""
    if paragraph.lead is not None or len(paragraph.pieces) < 2:
        return paragraph
    first = paragraph.pieces[0]
    if not head_like(first.text):
        return paragraph
    second = paragraph.pieces[1]
    named = matter(first) if matter is not None else None
    developed = on_lead(
        first.text.rstrip("。"), second.text, words_of_matter(named), opens=True
    ) or (matter is not None and named is not None and matter(second) == named)
    if not developed:
        return paragraph  # 实现园区服务“新九通一平” over 坚持优化存量……: no head of what follows
    return Paragraph(paragraph.pieces[1:], first)


def _lead_on_topic(pick: Chosen, selector: Selector) -> Chosen:
    """The unit without its lead when the sentence that developed it in its source is not the
    paragraph's first (left out here), or the draft has said the lead already (as a heading or
    another lead); a kept lead is marked said."""
    lead = pick.unit.lead
    if lead is None:
        return pick
    bare = lead.rstrip("。")
    used = selector.used
    # (a result reached heads a review, not a plan: 营商环境进一步优化 — round 22, 23)
    if (
        bare not in used
        and lead not in used
        and pick.unit.opens
        and pick.indexes[0] == 0
        and not states_result(bare)
    ):
        selector.mark_used(bare)  # its key phrases too: no later sentence repeats it
        used.add(bare + "。")
        return pick
    return Chosen(replace(pick.unit, lead=None), pick.indexes)


TOP_UP = 0.85  # a part of units shorter than this share of its budget is topped up by sentences

__all__ = [
    "SITUATION",
    "compose_part",
    "compose_unit_part",
    "head_like",
    "section_targets",
    "separate_openers",
]
