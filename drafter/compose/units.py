"""Composing a part from the bank's paragraph units: choose, order, fit, word.

Input: the bank's ``paragraph`` entries (whole paragraphs mined from real reports and speeches,
each with its sentences, their roles, its topic, aspect, mood and genre), one part's topic and
budget, and the draft's ``UnitLedger`` (what the draft has said so far). Output: the part's body
``Paragraph``s, each made of whole units in their own order — a paragraph reads as written
because it was: the composer only leaves sentences out, never strings loose ones together.

Phases, each a function with small frozen objects between them:

* ``choose_units`` — seeded choice of units of the part's topic in the plan's mood, each on an
  aspect the part has not covered yet, none repeating an idea the draft has said (similarity of
  IDF-weighted character bigrams, tuned on pairs such as 压减审批环节和时限 / 持续压减审批事项和
  办理时限), and no source document giving more than its share of the draft;
* ``order_units`` — the unit that frames the matter first, duties and exhortations last;
* ``fit_units`` — the part's length reached by how many units and how much of each (sentences
  left out from a unit's end, never from its middle);
* ``word_units`` — the voice of the kind (a report's 我们将…, a speech's 要…), the county's name
  in its slot, the bold lead of each paragraph, and provenance per sentence.
"""

from __future__ import annotations

import hashlib
import json
import math
import operator
import random
import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import field, replace
from functools import lru_cache
from itertools import chain, repeat
from typing import Any

from drafter.compose.ideas import voted_elsewhere
from drafter.compose.model import Paragraph, Piece
from drafter.compose.portable import addresses_hearers, is_government_own, is_report_only
from drafter.compose.select import (
    CAPPED,
    CAPPED_NAMED,
    LEVEL_WORDS,
    LONG_PHRASE,
    all_matter_words,
    bigram_counts,
    bigrams,
    favoured,
    key_phrases,
    matter_vocabulary,
    matter_words,
    matters_named,
    once_words,
    opens_in_role,
    part_words,
    set_aside,
    topic_names,
    words_of_matter,
)
from drafter.compose.suitability import VERB_START, leans_on_before
from drafter.document import Provenance
from drafter.phrasebank.model import (
    Kind,
    Mode,
    Phrase,
    PhraseBank,
    foreign_matter,
    home_of,
    matter_name,
)
from drafter.records import dataclass
from drafter.series import alike_in_place, opener, series_members
from drafter.targets.material import GENERAL_TOPICS
from drafter.verdicts import remembered, remembered_table

SAME_IDEA = 0.42  # weighted share of the shorter sentence's bigrams: above it, one idea twice
SAME_IDEA_MIN = 3  # and at least this many shared content bigrams
RARE = 1.0  # inverse document frequency above which a bigram is indexed to find near clauses
SOURCE_SHARE = 0.08  # a source document gives at most this share of a draft's sentences
MIN_UNIT_SENTENCES = 2
MAX_PARAGRAPH_CHARS = 520  # a paragraph longer than this reads as a wall: a unit is cut there
# …and one shorter than this (its sub-head included) as a scrap: a report's paragraph says a
# matter through (提升农业综合产能。扎实推动稳粮扩豆增油和蔬菜保供。 is a heading and a line)
MIN_PARAGRAPH_CHARS = 60


def scrap_floor(budget: int) -> int:
    """The shortest paragraph a part of ``budget`` characters holds (a short part's are short)."""
    return min(MIN_PARAGRAPH_CHARS, budget // 8)


MIN_SPARED = 2  # sentences a unit keeps however many of its middle measures are set aside
THIN = 0.25  # chance the seed leaves out a middle measure of a long unit…
THIN_SPARE = 2.0  # …when the part's units hold this many times its budget
LED = 2.0  # merit of a unit with a lead of its own (a part of led items reads as a run)
STRESS = 5.5  # a unit taking up a problem or falling figure of its topic comes first
FOCUS_HITS = 3  # a unit of a part with a focus names its words this often
JITTER = 3.0  # how much the seed (and county) may reorder units against their merits

# Sentences that only a report says (to 人大代表), that only a meeting of cadres hears, or that
# speak to departments by name: kept out of the kinds whose audience they do not fit.
_INTERNAL = re.compile(
    r"各乡镇|各部门|各单位|各级|县直|局要|办要|委要|相关部门|责任单位|牵头|一把手|问责|通报"
)
_RALLY = re.compile(r"让我们|同志们|各位代表|[！!]$")
# An order to departments (统计部门要……, 各相关部门要……) or a call on the cadres (全县上下要心往
# 一处想……): a meeting's, not a report's to the congress (round 48's writer: “对部门下指令，
# 不该进人代会报告”; round 67's: 全县上下要……无往不胜、无坚不摧 is 干部会上的讲话腔).
_ORDERS = re.compile(
    r"(?:部门|单位|乡镇|街道|各级|县直|全县上下|广大干部|党员干部|领导干部)[^，。；]{0,6}"
    r"(?:要|务必|必须)"
)


@dataclass(frozen=True, slots=True)
class Audience:
    """Who hears the draft: a report (我们将…, to 人大代表), cadres, or business owners."""

    report: bool
    business: bool
    party: bool = False  # a party committee's meeting: no lines on the government's own conduct

    def fits(self, sentence: str) -> bool:
        if addresses_hearers(sentence):
            return False
        if not self.report and is_report_only(sentence):
            return False
        if self.party and is_government_own(sentence):
            return False
        if self.report and _ORDERS.search(sentence):
            return False
        return not (self.business and _INTERNAL.search(sentence))


@dataclass(frozen=True, slots=True)
class UnitView:
    """A bank unit prepared for this draft: its usable sentences, filled, with their roles."""

    phrase: Phrase
    sentences: tuple[str, ...]
    roles: tuple[str, ...]
    lead: str | None = None
    opens: bool = True  # sentences[0] is the unit's own first sentence (the one after its lead)
    # per sentence, its clauses' bigrams, once made (``grams``): a part makes them for the units
    # it weighs, not the pool for all its units (most are never weighed: set aside, or not
    # reached); a function of the sentences, so not compared
    clauses: tuple[tuple[frozenset[str], ...], ...] = field(default=(), compare=False)
    matters: tuple[str, ...] = ()  # per sentence, its own matter ("" for none), when mined

    @property
    def grams(self) -> tuple[tuple[frozenset[str], ...], ...]:
        """Per sentence, its clauses' bigrams (``clause_grams``), made when first asked."""
        if len(self.clauses) != len(self.sentences):
            object.__setattr__(self, "clauses", tuple(map(clause_grams, self.sentences)))
        return self.clauses

    def without(self, indexes: frozenset[int]) -> UnitView:
        """The unit without its sentences at ``indexes`` (its first is never among them)."""
        keep = [i for i in range(len(self.sentences)) if i not in indexes]
        made = len(self.clauses) == len(self.sentences)
        return replace(
            self,
            sentences=tuple(self.sentences[i] for i in keep),
            roles=tuple(self.roles[i] for i in keep),
            clauses=tuple(self.clauses[i] for i in keep) if made else (),
            matters=tuple(self.matters[i] for i in keep) if self.matters else (),
        )

    def matter_of(self, index: int) -> str | None:
        """The matter sentence ``index`` names itself (安全稳定/信访), if mining named one."""
        matter = self.matters[index] if self.matters else ""
        return matter if home_of(matter) is not None else None

    @property
    def source(self) -> str:
        return self.phrase.sources[0].file if self.phrase.sources else ""

    @property
    def matter(self) -> str | None:
        """What the unit is about within its topic (安全稳定/安全生产), when mining named it."""
        aspect = self.phrase.aspect
        return aspect if home_of(aspect) is not None else None

    @property
    def size(self) -> int:
        return sum(len(s) for s in self.sentences)

    @property
    def min_sentences(self) -> int:
        """Sentences the unit keeps at least: one under its lead, else two."""
        return 1 if self.lead else MIN_UNIT_SENTENCES


@dataclass(frozen=True, slots=True)
class Chosen:
    """A unit chosen for a part, and which of its sentences it keeps (in the unit's order);
    ``more``: units on the same matter whose measures the paragraph goes on with (a part says
    each matter in one paragraph)."""

    unit: UnitView
    indexes: tuple[int, ...]
    more: tuple[Chosen, ...] = ()

    @property
    def own_sentences(self) -> tuple[str, ...]:
        return tuple(self.unit.sentences[i] for i in self.indexes)

    @property
    def sentences(self) -> tuple[str, ...]:
        return self.own_sentences + tuple(s for m in self.more for s in m.sentences)

    @property
    def roles(self) -> tuple[str, ...]:
        own = tuple(self.unit.roles[i] for i in self.indexes)
        return own + tuple(r for m in self.more for r in m.roles)

    @property
    def count(self) -> int:
        return len(self.indexes) + sum(m.count for m in self.more)

    def without_last(self) -> Chosen:
        if self.more:
            last = self.more[-1]
            rest = (
                self.more[:-1] if len(last.indexes) <= 1 else (*self.more[:-1], last.without_last())
            )
            return Chosen(self.unit, self.indexes, rest)
        # (a series is said whole or not at all: cut, its other members go with it)
        return Chosen(self.unit, _whole_series(self.indexes[:-1], self.unit))

    @property
    def size(self) -> int:
        return sum(len(s) for s in self.sentences)

    def scrap(self, floor: int) -> bool:
        """Too little to stand as a paragraph: under ``floor`` characters, its sub-head included."""
        return len(self.unit.lead or "") + self.size < floor


@dataclass
class UnitLedger:
    """What one draft has said: its clauses' bigrams by mood (with an index of their rarer
    bigrams, so a new clause is compared only with clauses it shares one with), and sentences
    per source document. Lives for one ``compose_draft`` call (no module-level state)."""

    idf: dict[str, float]
    expected_sentences: int
    said: dict[Mode, list[frozenset[str]]] = field(default_factory=dict)
    index: dict[Mode, dict[str, list[int]]] = field(default_factory=dict)
    per_source: Counter[str] = field(default_factory=Counter)
    used_ids: set[str] = field(default_factory=set)
    owners: dict[str, int] = field(default_factory=dict)  # matter → the part that said it
    # (mood, matter) → the part and the paragraph that say it (a unit's id, or SENTENCES for a
    # part's sentence-by-sentence paragraphs): a sentence on a matter another paragraph says
    # stays out, or joins that paragraph
    claims: dict[tuple[Mode, str], tuple[int, str]] = field(default_factory=dict)
    # the draft's key of ``set_aside`` (``Selector.aside_key``): a unit opening on a sentence
    # set aside for the draft is left out with it (a sentence in several entries, each drawn on
    # its own, came back in most drafts: 20 of 30 on the composition benchmark)
    aside: str = ""

    def free(
        self, matter: str | None, mood: Mode, part: int, paragraph: str, about: str | None = None
    ) -> bool:
        """``matter`` may be said in ``paragraph`` of ``part``: no other paragraph of the draft
        says it in the same mood, but another of the same part where ``paragraph`` is itself
        about the matter (``about``: a second whole unit on 就业 rather than the part's rest
        by sentences, while a 就业 sentence of a paragraph on 社保 stays out)."""
        if matter is None:
            return True
        claim = self.claims.get((mood, matter), (part, paragraph))
        return claim == (part, paragraph) or (claim[0] == part and about == matter)

    def claim(self, matter: str | None, mood: Mode, part: int, paragraph: str) -> None:
        if matter is not None:
            self.claims.setdefault((mood, matter), (part, paragraph))

    def repeats(self, clauses: Sequence[frozenset[str]], mood: Mode) -> bool:
        """A clause of the sentence says an idea the draft has said in the same mood."""
        said = self.said.get(mood, [])
        index = self.index.get(mood, {})
        for clause in clauses:
            near = set(chain.from_iterable(map(index.get, clause, repeat(()))))
            if any(same_idea(clause, said[i], self.idf) for i in near):
                return True
        return False

    def source_room(self, source: str) -> int:
        cap = max(4, int(SOURCE_SHARE * self.expected_sentences))
        return cap - self.per_source[source]

    def record(self, chosen: Chosen, part: int = 0, paragraph: str | None = None) -> None:
        """``chosen`` said in ``part``, in the paragraph of unit ``paragraph`` (its own when
        None; a unit whose measures go on another's paragraph is recorded with the host's)."""
        if chosen.unit.matter is not None:
            self.owners.setdefault(chosen.unit.matter, part)
        mood = chosen.unit.phrase.mode or Mode.TARGET
        host = paragraph or chosen.unit.phrase.id
        self.claim(chosen.unit.matter, mood, part, host)
        for i in chosen.indexes:
            self.claim(chosen.unit.matter_of(i), mood, part, host)
        said = self.said.setdefault(mood, [])
        index = self.index.setdefault(mood, {})
        for i in chosen.indexes:
            for clause in chosen.unit.grams[i]:
                for gram in clause:
                    if self.idf.get(gram, RARE) >= RARE:
                        index.setdefault(gram, []).append(len(said))
                said.append(clause)
        self.per_source[chosen.unit.source] += len(chosen.indexes)
        self.used_ids.add(chosen.unit.phrase.id)


_CLAUSE = re.compile(r"[，；：、。！？]")


def clause_grams(sentence: str) -> tuple[frozenset[str], ...]:
    """The bigrams of each of the sentence's clauses (``clause_texts``)."""
    return tuple(map(bigrams, clause_texts(sentence)))


def clause_texts(sentence: str) -> list[str]:
    """The clauses of four characters or more (the sentence itself when it has none): an idea
    is a clause (压减审批环节和时限，提高审批效率 says two)."""
    return [part for part in _CLAUSE.split(sentence) if len(part) >= 4] or [sentence]


def same_idea(a: frozenset[str], b: frozenset[str], idf: dict[str, float]) -> bool:
    """Two sentences say one idea: they share at least ``SAME_IDEA_MIN`` bigrams carrying at
    least ``SAME_IDEA`` of the weight of the shorter one (weights: inverse document frequency,
    so 审批、时限 count and 推进、加强 hardly do)."""
    shared = a & b
    if len(shared) < SAME_IDEA_MIN:
        return False
    smaller = a if len(a) <= len(b) else b
    total = sum(idf.get(g, 1.0) for g in smaller)
    return total > 0 and sum(idf.get(g, 1.0) for g in shared) / total >= SAME_IDEA


@dataclass
class UnitComposer:
    """One draft's units (the plan pool) and its ledger; made by ``unit_composer``."""

    pool: tuple[UnitView, ...]
    ledger: UnitLedger
    seed: int
    # for each part's topic, the related topics (topics.yaml) the draft has no part of: a
    # part short of its own material draws on them
    related: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # per part topic, the topics whose matters it may say (see ``matter_homes``)
    allowed: dict[str, frozenset[str]] = field(default_factory=dict)


def unit_composer(
    bank: PhraseBank,
    audience: Audience,
    check: Callable[[str], str | None],
    *,
    seed: int,
    length: int,
    level: str,
    topics: tuple[str, ...] | None = None,
    context: str = "",
) -> UnitComposer:
    """``check`` fills a bank sentence for this draft, or refuses it (``Selector.fill_text``);
    only the units on ``topics`` (the draft's parts) are prepared, when given. ``context``: a
    digest of all that ``check``'s answers depend on besides the sentence (``Selector.
    fill_context``), so that the pool is kept between runs; empty: not kept."""
    keep = pool_filter(audience, level, check)
    related: dict[str, tuple[str, ...]] = {}
    homes = frozenset(topics or ())
    kin = {topic.name: topic.related for topic in bank.topics}
    if topics is not None:
        related = {
            topic: tuple(r for r in kin.get(topic, ()) if r not in topics) for topic in topics
        }
        topics = tuple(dict.fromkeys((*topics, *(r for rs in related.values() for r in rs))))
    pool = unit_pool(bank, keep, Mode.TARGET, topics, context=context)
    ledger = UnitLedger(bigram_idf(pool), expected_sentences=max(20, length // 45))
    homes_of = matter_homes(pool, homes, related, frozenset(kin))
    return UnitComposer(pool, ledger, seed, related, homes_of)


def matter_homes(
    pool: Sequence[UnitView],
    homes: frozenset[str],
    related: dict[str, tuple[str, ...]],
    known: frozenset[str] = frozenset(),
) -> dict[str, frozenset[str]]:
    """For each part's topic, the topics whose matters (mining's ``aspects.yaml``) the part may
    say: its own, and its related topics the draft has no part of. A matter of any other topic
    is said in that topic's part, or not at all: 土壤 is not 项目建设's for naming 建设用地, nor
    医疗 抓落实's for naming 考核. A topic neither the bank's matters nor its topic list know
    (a writer's own) is not limited."""
    covered = {home_of(u.phrase.aspect) for u in pool} | known
    return {
        topic: frozenset({topic, *related.get(topic, ())}) for topic in homes if topic in covered
    }


# Words a sub-heading shares with any measure (verbs of doing, stock nouns): they do not tie a
# sentence to it. 做好信访维稳工作 is about 信访维稳, 扩大对外开放合作 about 对外开放合作.
_HEAD_FILLER = re.compile(
    r"加快|推进|推动|全面|持续|深入|实施|提升|加强|强化|积极|不断|扎实|着力|做好|抓好|抓实|"
    r"狠抓|全力|大力|聚力|聚焦|坚持|确保|完善|健全|构建|打造|优化|深化|扩大|提高|增强|推行|严厉|打击|"
    r"落实|落细|严格|压实|夯实|筑牢|守住|守牢|巩固|培育|壮大|激发|释放|用好|办好|建好|管好|改善|促进|"
    r"扛牢|扛起|扛稳|加大|加速|加紧|责任|"
    r"工作|能力|水平|体系|机制|制度|执法|监管|建设|发展|管理|服务|质量|效能|力度|高质量|新|好|实|强|"
    r"[^\u4e00-\u9fff]"
)


def _echoed(lead: str, text: str) -> bool:
    """The sentences under a lead name at least one word pair of its own (its verbs and stock
    nouns left out): 启用县级公益性公墓 over 支持工会、共青团…… is not."""
    pairs = lead_pairs(lead)
    return not pairs or any(pair in text for pair in pairs)


def lead_pairs(lead: str) -> frozenset[str]:
    """The character pairs of the lead's own words (its verbs and stock nouns left out)."""
    return frozenset(LeadProfile.of(lead).pairs)


def on_lead(
    lead: str, text: str, topic_words: tuple[str, ...] = (), *, opens: bool = False
) -> bool:
    """True when ``text`` speaks of what the sub-heading ``lead`` names (see
    ``LeadProfile.spoken_of``; ``opens``: as the sentence that develops it first); a caller
    testing many texts against one lead makes its ``LeadProfile`` once."""
    return LeadProfile.of(lead, topic_words).spoken_of(text, opens=opens)


@dataclass(frozen=True, slots=True)
class LeadProfile:
    """What a sub-heading names: its own three-character runs and word pairs (its verbs and
    stock nouns left out, ``_HEAD_FILLER``) and the part's topic keywords it names."""

    triples: tuple[str, ...]
    pairs: tuple[str, ...]
    # each topic keyword the lead names, with the lead's other word pairs (none of the word's)
    words: tuple[tuple[str, tuple[str, ...]], ...]

    @classmethod
    def of(cls, lead: str, topic_words: tuple[str, ...] = ()) -> LeadProfile:
        # (a part asks it of the same few leads for every sentence of its pool: ~600 a draft)
        return _lead_profile(lead, topic_words)

    def spoken_of(self, text: str, *, opens: bool = False) -> bool:
        """``text`` speaks of what the lead names: it shares a run of three characters of the
        lead's own words, or two of its word pairs, or one of the part's topic keywords the
        lead names that names a matter (信访 for 做好信访维稳工作; not 治理 for 完善基层治理).
        ``opens``: the sentence right under the lead, which says what the lead names — with a
        pair of the lead's words beside the topic word when it has more (农村 alone does not
        open 大力改善农村环境: round 89's writer read it over 农村产权交易, 着力深化农村改革
        over 放管服; the sentences after it may go on with the part's matter: 加大招商引资
        力度 over 以商招商). One shared pair alone (开放 in 推进政务数据开放应用 under 扩大
        对外开放合作) is not enough."""
        if not self.pairs:
            return False
        # (the runs looked for in C: ~4,000 texts a draft)
        if any(map(text.__contains__, self.triples)):
            return True
        # (two pairs; one where the sub-head has only one of its own: 资环 of 严格资环执法监管)
        if sum(map(text.__contains__, self.pairs)) >= min(2, len(self.pairs)):
            return True
        return any(
            word in text and (not opens or not rest or any(map(text.__contains__, rest)))
            for word, rest in self.words
        )


@lru_cache(maxsize=4096)
def _lead_profile(lead: str, topic_words: tuple[str, ...]) -> LeadProfile:
    runs = [run for run in _HEAD_FILLER.split(lead) if len(run) >= 2]
    triples = {run[i : i + 3] for run in runs for i in range(len(run) - 2)}
    pairs = {run[i : i + 2] for run in runs for i in range(len(run) - 1)}
    # (a topic's broad words of two characters name no one thing: 治理 of 完善基层治理 does not
    # make a sentence on 政府治理效能 or 精准治理 its own; 信访 names a matter)
    vocabulary = matter_vocabulary()
    named = [
        w
        for w in topic_words
        if (len(w) >= 3 or (len(w) == 2 and w in vocabulary)) and any(w in run for run in runs)
    ]
    # (a topic word ending a longer one the lead names is that one's head, the kind of thing
    # it is, not the lead's word: 深化农村改革 names 农村改革, and 坚持用改革的办法解决发展中的
    # 问题 does not develop it — round 135's blind reader read that and 深化民政事业综合改革
    # under it as 标题与内容不符; 粮食 opening 粮食安全 is the thing itself, and names it)
    words = {
        w: _rest_pairs(runs, w, topic_words)
        for w in named
        if not any(w != longer and longer.endswith(w) for longer in named)
    }
    return LeadProfile(tuple(sorted(triples)), tuple(sorted(pairs)), tuple(sorted(words.items())))


def _rest_pairs(runs: list[str], word: str, topic_words: tuple[str, ...]) -> tuple[str, ...]:
    """The pairs of the lead's own words beside ``word`` in the runs that hold it, the part's
    topic words taken out (农村环境 less 农村: 环境; 粮食安全 and 改革创新: none, the part's
    own matters side by side). The pair across a cut (村环) is no word of the lead."""
    named = sorted((w for w in topic_words if len(w) >= 2), key=len, reverse=True)
    rest: list[str] = []
    for run in runs:
        if word not in run:
            continue
        pieces = [run]
        for other in named:
            pieces = [bit for piece in pieces for bit in piece.split(other)]
        rest.extend(piece for piece in pieces if len(piece) >= 2)
    return tuple(sorted({piece[i : i + 2] for piece in rest for i in range(len(piece) - 1)}))


# --------------------------------------------------------------------------- the pool


@dataclass(frozen=True, slots=True)
class PoolFilter:
    """What keeps a mined sentence out of this draft: everything the selector refuses in any
    bank sentence (another county's particulars, scrubbed names, stale and dated terms, lines
    for another audience or date: ``check`` fills the slots too), the audience of the kind, and
    another level of government's words (全区 in a 县)."""

    audience: Audience
    other_level: re.Pattern[str] | None
    check: Callable[[str], str | None]

    def fill(self, sentence: str) -> str | None:
        """The sentence filled, or None when this draft cannot say it."""
        filled = self.check(sentence)
        if filled is None or not self.audience.fits(filled):
            return None
        if self.other_level is not None and self.other_level.search(filled):
            return None
        return filled


_CONNECTIVE = re.compile(
    r"^(?:——|因此|所以|同时|此外|另外|但是?|而且|并且|其中|对此|为此|这|此|与此同时|总之|综上|"
    r"特别是|尤其是|在此基础上|在此|为此|"
    # (or on the result of a means said before it: 优化调整产业布局。真正形成聚集优势和示范
    # 效应。 — rounds 106 and 108's writers read it as a 残句)
    r"从而|进而|由此|以此|真正形成)"
)
_RESULT_LEAD = re.compile(
    r"(?:稳步回升|持续改善|明显改善|显著提升|稳步提升|持续提升|稳步扩大|不断扩大|提质增效|"
    r"焕然一新|持续升温|成效显著|取得[^，。]{0,4}|加快构建|持续增强|不断增强|日益[^，。]{0,4}|"
    r"更加[^，。]{0,4}|全面完成|圆满完成|实现新突破|迈上新台阶|得到[^，。]{0,4}(?:提高|提升|加强|改善)|"
    r"实现新[^，。]{0,3}|取得新[^，。]{0,3}|全面进步|稳中有进|稳定增长|不断加快|步伐加快|"
    r"显著增强|明显提升|进一步好转|持续好转|有效遏制|全部达标|均达到[^，。]{0,8}|"
    r"达到新水平|展现新气象|迈出新步伐|稳步提高|进一步缩小|逐步提高|保持稳定形势|"
    r"进一步增强|进一步提升|进一步提高|持续稳定|总体平稳|持续向好|平稳向好|基本形成|"
    r"得到[^，。]{0,4}(?:治理|解决|遏制|保护|落实)|"
    # progress or renown reached (保障性住房建设进展顺利, 经验在全省推广 — round 24)
    r"进展顺利|在全[省市国][^，。]{0,4}(?:推广|交流|推介)|经验被[^，。]{0,8}(?:推广|采纳))$"
)
# the result phrases anywhere in a text: a clause of a sentence that ends on one holds it, so a
# sentence without any has no such clause (one search, not one a clause: ``said_done``)
_RESULT_WORDS = re.compile(_RESULT_LEAD.pattern.removesuffix("$"))
# a clause that aims at a state (确保……持续稳定, 让……进一步增强): a target, not a result
_AIMED = re.compile(
    r"^(?:确保|力争|保持|推进|推动|促进|实现|努力|使|让|以|为|不断|持续|着力|切实|维护|就会|必须|要)"
)
# a clause ending on the state a thing is in (……持续巩固, ……不断提升, ……和谐稳定, ……日趋转变);
# not a measure's own words (改造提升)
_STATE_END = re.compile(
    r"(?<!改造)(?:持续|不断|日趋|日益|稳步|显著|明显|进一步|全面|总体|基本|更加|大幅|逐步|保持|和谐|"
    r"有序|稳定)+"
    r"(?:巩固|提升|提高|改善|增强|规范|转变|完善|好转|向好|稳定|彰显|落实|优化|健全|扩大|壮大|激发|"
    r"推进|释放)$"
    # a thing reached (……服务站（点）实现全覆盖, ……工程全面完工: round 37's blind reader read
    # both among a plan's measures as results slipped in)
    r"|(?:实现|达到)[^，。；]{0,4}(?:全覆盖|清零)$|全面完工$|建成投用$|投入(?:使用|运营)$"
)
# the results credited to those who made them (成绩来之不易，这是……的结果; 成绩的取得，得益于……)
_CREDITED = re.compile(r"成绩来之不易|成绩的取得|取得的成绩|成绩的背后|这是.{2,40}的结果|得益于")
# the year's targets said met, not aimed at (各项指标均完成或超额完成市定任务: round 37's writer
# read it in a plan after the review had said two figures fell)
# (and a target reached, said without 确保: 市考断面水质全部达到或好于考核目标。 in a year's plan —
# rounds 97 and 100's writers: 缺了“确保”二字，读起来像总结句)
_MET = re.compile(
    r"(?:均|全部|全面)(?:完成|超额完成|达到)[^，。；]{0,10}(?:任务|目标|要求|标准)|"
    r"达到或好于[^，。；]{0,8}(?:目标|要求|标准)"
)
# a result stated outright: what did not happen (全县没有发生重大安全生产事故)
_NONE_HAPPENED = re.compile(r"(?:没有|未)发生")
# what "we" did, told as a story (面对极端暴雪寒潮天气，我们共克时艰……; 我们不断加强重点领域安全
# 监管……; 平安度过森林防火……敏感时期): a year's record; a plan's "we" will, must or shall
_NARRATED = re.compile(
    r"^面对[^。]{2,30}?，我们(?!要|将|必须|务必|一定|更要|还要|也要|必将)|"
    r"^我们(?!将|要|必须|务必|一定|更要|还要|也要|必将|坚信|相信|深知|始终要)[^，。]{0,3}"
    r"(?:不断|持续|始终|坚持|先后|相继|全力|扎实|积极|共克|紧紧|用心|主动|大力)|"
    r"^平安度过|开局有力|"
    # looking back on a year (回望难忘的2024年，我们感慨万千: round 50's reader found it ending
    # a plan's paragraph, the year it names being the plan's)
    r"回望|回首|回顾过去|"
    # the year gone by, told as a journey (一年时光转瞬即逝，我们走过的每一步都不容易: round 52's
    # writer found it in a plan's part of a December speech)
    r"一年时光|走过的每一步|奋斗的每一天|"
    # years of work summed up (历经近几年蓄势积能，重大项目提速升级……: round 56's writer read it in
    # a plan after the problems said 重大项目储备不足)
    r"^(?:历经|经过|通过)(?:近|这|多|过去)[^，。]{0,4}年[^，。]{0,6}，"
)


_CLAUSE_END = re.compile(r"[^，；：。！？]+[。！？]?$")
_SHORTCOMING = re.compile(
    r"瓶颈|制约突出|还没有|尚未|仍然|仍有|依然|不足|不够|不强|乏力|滞后|薄弱|欠账|短板明显|有待|"
    r"不尽人意|多重叠加|对于这些问题|对这些问题|精气神不足|还有不少|任务繁重|压力较大|"
    # the turn to a speech's problems (我们也清醒地认识到……还面临不少困难和问题)
    r"清醒[地的]认识到|清醒[地的]看到|清醒看到|面临不少|困难和问题|问题和困难|困难和挑战|"
    # a state judged wanting (财政收入结构不合理……占比过高，财政收支矛盾突出、压力持续加大:
    # round 31 read it as a record of the year's work)
    r"不合理|过高|过低|偏[低高弱小少]|较[弱低差少]|不[高优]|不平衡|不充分|矛盾突出|问题突出|"
    r"压力(?:持续|不断)?[加增]大|亟待|困难较多|难度(?:较|很)?大|还有[^，。；]{0,6}(?:差距|弱项|短板)|"
    # cadres' failings as they are (个别部门、党员干部思想固化……时有发生: round 52, in a plan)
    r"思想固化|时有发生|不同程度(?:地)?存在|"
    # a thing said still wanting (民营经济不活跃，营商环境需进一步优化: a review's problems
    # paragraph, read in round 59's tree as an area's closing result)
    r"不活跃|[仍还尚]?需(?:要)?进一步|[仍还]需|任重道远|"
    # a want complained of (县城建设和开发区建设需要大量资金投入，仅靠有限的财政资金不可能实现:
    # rounds 71 and 73 — 像是在诉苦, read in two drafts among the measures)
    r"仅靠[^，。；]{0,12}(?:不可能|难以|无法)"
)


def _last_clause(sentence: str) -> re.Match[str] | None:
    """``_CLAUSE_END.search(sentence)``, begun after the last clause mark before the sentence's
    last two characters: a match runs to the end, so none starts before that mark, and trying
    every position before it made the search quadratic (~14 µs a sentence, ~1,600 a draft).
    The mark is the first one found in the reversed text."""
    head = sentence[: max(0, len(sentence) - 2)]
    mark = _CLAUSE_MARK.search(head[::-1])
    return _CLAUSE_END.search(sentence, 0 if mark is None else len(head) - mark.start())


_CLAUSE_MARK = re.compile(r"[，；：。！？]")  # the characters _CLAUSE_END's clause cannot hold


@lru_cache(maxsize=8192)  # (the unit pool and the parts' pools ask it of the same sentences)
@remembered("saiddone")
def said_done(sentence: str) -> bool:
    """The sentence ends on a result (……农业生产稳定增长。……步伐不断加快。), tells what
    a year brought (2023年，我们用情用力办实事，……) or whom its results are owed to (成绩来之
    不易，这是……的结果): a year's summary, not a measure."""
    if _YEAR_TOLD.match(sentence) or _NONE_HAPPENED.search(sentence):
        return True
    if _COUNTY_GROWING.match(sentence) and not _WILLED.search(sentence):
        return True
    if _CREDITED.search(sentence) or _NARRATED.search(sentence):
        return True
    if _MET.search(sentence) and not _WILLED.search(sentence):
        return True
    last = _last_clause(sentence)
    if last is None:
        return False
    clause = last.group(0).rstrip("。！？")
    results = _RESULT_WORDS.search(sentence) is not None
    if results and _RESULT_LEAD.search(clause) and not _AIMED.match(clause):
        return True
    if _STATE_END.search(clause) and not (
        _AIMED.match(clause) or VERB_START.match(clause) or _WILLED.search(clause)
    ):
        # a thing in a state, no act (社会大局保持和谐稳定, 行政效率不断提升, 路域秩序持续规范):
        # what a year brought, not what the year ahead will do
        return True
    if not results:
        return False
    # a state of affairs told clause by clause (……制度更加完善，……体系基本形成，……问题得到有效
    # 治理): a plan period's outcome or a year's record, not a measure
    clauses = [c for c in _CLAUSE_SPLIT.split(sentence.rstrip("。！？")) if c]
    stated = [c for c in clauses if _RESULT_LEAD.search(c) and not _AIMED.match(c)]
    return len(stated) >= 2 and 2 * len(stated) >= len(clauses)


_CLAUSE_SPLIT = re.compile(r"[，；]")
# the county's field said to be growing (我县城市建设快速发展。): a state it is in, not a measure
# (round 96's writers read one in a year's plan as a stray line of a review)
_COUNTY_GROWING = re.compile(
    r"^(?:我县|全县|我们)[^，。；]{2,14}(?:快速|持续|健康|稳步|蓬勃|长足)(?:发展|推进|增长)[。！]?$"
)
# a state to be reached (营商环境要持续优化), not one reached
_WILLED = re.compile(r"要|将|力争|确保|必须|务必|努力|年底前|年内|月底前|之前|前完成")


@lru_cache(maxsize=8192)
def spans_years(sentence: str) -> bool:
    """A five-year plan's wording (城乡居民收入年均增速……, 保障标准逐年提高): not a year's plan."""
    return _YEARS_SPAN.search(sentence) is not None


_YEARS_SPAN = re.compile(r"年均|逐年|五年内|期间年|到20\d\d年")


def tells_a_year(sentence: str) -> bool:
    """The sentence tells what one year brought (2023年，我们用情用力办实事……)."""
    return _YEAR_TOLD.match(sentence) is not None


_YEAR_TOLD = re.compile(
    r"^(?:\d{4}年|\{year\}年|今年|去年|这一年)[，,]\s*我们(?!将|要|必须|会|一定|还将)"
)


@lru_cache(maxsize=8192)
def says_problem(sentence: str) -> bool:
    """A shortcoming or the situation a speech sets out (opening on what mining's ``problem``
    role finds: 从发展机遇看……, 站在新的历史起点上……), not a measure against one (补齐短板 is a
    measure). Round 124's blind reader read 从发展机遇看，党中央决定…… opening a plan's
    paragraph as a program's."""
    return says_shortcoming(sentence) or (
        not VERB_START.match(sentence) and opens_in_role(sentence, "problem")
    )


def says_shortcoming(sentence: str) -> bool:
    """A shortcoming (管理水平还不尽人意), not a measure against one nor a situation."""
    return bool(_SHORTCOMING.search(sentence)) and not VERB_START.match(sentence)


def pool_filter(audience: Audience, level: str, check: Callable[[str], str | None]) -> PoolFilter:
    other = LEVEL_WORDS.get(level)
    return PoolFilter(audience, re.compile(other) if other else None, check)


def unit_pool(
    bank: PhraseBank,
    keep: PoolFilter,
    mood: Mode,
    topics: tuple[str, ...] | None = None,
    *,
    context: str = "",
) -> tuple[UnitView, ...]:
    """The bank's units in ``mood`` (on ``topics``, when given) with at least two sentences this
    draft can say (ordered by id). With ``context`` (what ``keep.check`` depends on besides a
    sentence: ``unit_composer``) the views are kept between runs, by a digest of the units
    read, the context and ``keep``'s other tests: the same targets file drafted again reads
    its ~450 views instead of filling and checking ~2,300 sentences (~8% of a warm draft)."""
    # (the whole kind fetched first: a draft asks for all of it anyway (``said_elsewhere``), and
    # its topics are then picked from it, not decoded again from their blocks, which repeat a
    # unit under each of its topics)
    all_units = bank.of_kind(Kind.PARAGRAPH)
    if topics is None:
        phrases = all_units
    else:
        wanted = {p.id: p for topic in topics for p in bank.of_kind(Kind.PARAGRAPH, topic)}
        phrases = tuple(sorted(wanted.values(), key=lambda p: p.id))
    said = [p for p in phrases if (p.mode or Mode.TARGET) is mood and p.items]
    kept: dict[str, Any] = {}
    if context:
        kept = remembered_table("unitviews", _pool_digest(said, keep, mood, context), _are_views)
        found = kept.get("pool")
        if found is not None and (not found or found[-1][0] < len(said)):
            return tuple(_view_of(said[row[0]], row) for row in found)
    views: list[UnitView] = []
    rows: list[list[Any]] = []
    for n, phrase in enumerate(said):
        view = _view(phrase, keep, mood)
        if view is not None:
            views.append(view)
            rows.append([n, list(view.sentences), list(view.roles), view.lead, view.opens])
            rows[-1].append(list(view.matters))
    if context:
        kept["pool"] = rows
    return tuple(views)


def _pool_digest(units: Sequence[Phrase], keep: PoolFilter, mood: Mode, context: str) -> str:
    """A digest of what ``_view`` reads of ``units``, and of what it depends on besides them."""
    level = keep.other_level.pattern if keep.other_level is not None else None
    audience = (keep.audience.report, keep.audience.business, keep.audience.party)
    head = [context, mood.value, level, audience]
    fields = [[p.id, p.items, p.roles, p.matters, p.lead] for p in units]
    return hashlib.sha256(json.dumps([head, fields], ensure_ascii=False).encode()).hexdigest()[:24]


def _view_of(phrase: Phrase, row: list[Any]) -> UnitView:
    """The view a row of ``unit_pool``'s kept views describes, over the unit ``phrase``."""
    _, sentences, roles, lead, opens, matters = row
    return UnitView(phrase, tuple(sentences), tuple(roles), lead, opens, matters=tuple(matters))


def _are_views(answers: Collection[Any]) -> bool:
    """Every answer ``unit_pool``'s own: rows of a unit's place, its sentences and roles, its
    lead, whether it opens, its matters — the places rising."""
    for answer in answers:
        if type(answer) is not list:
            return False
        last = -1
        for row in answer:
            if not (
                type(row) is list
                and len(row) == 6
                and type(row[0]) is int
                and last < row[0]
                and all(type(row[i]) is list and set(map(type, row[i])) <= {str} for i in (1, 2, 5))
                and len(row[1]) == len(row[2]) == len(row[5])
                and (row[3] is None or type(row[3]) is str)
                and type(row[4]) is bool
            ):
                return False
            last = row[0]
    return True


def _view(phrase: Phrase, keep: PoolFilter, mood: Mode) -> UnitView | None:
    roles = phrase.roles or ("measure",) * len(phrase.items)
    matters = phrase.matters or ("",) * len(phrase.items)
    kept: list[tuple[str, str]] = []
    kept_matters: list[str] = []
    kept_at: list[int] = []
    first_kept = False
    members = series_members(phrase.items)
    whole = all(keep.fill(phrase.items[i]) is not None for i in members)
    under = _under_head(phrase.items)
    for index, (item, role) in enumerate(zip(phrase.items, roles, strict=True)):
        if index >= under:
            break  # (the sentences under the next head are that head's)
        if index in members and not whole:
            continue  # a series the draft cannot say whole is not said (``drafter.series``)
        # (what its role refuses is refused before the sentence is filled and checked)
        # a plan says what is to be done: a result or a shortcoming of the source county
        # is not part of it
        if role == "problem" or (role == "review" and mood is Mode.TARGET):
            continue
        # a framing sentence frames only from the start; a call to action only ends
        if role == "framing" and index > 0:
            continue
        if role == "exhortation" and index < len(phrase.items) - 1:
            continue
        filled = keep.fill(item)
        if filled is None:
            continue
        if mood is Mode.TARGET and (
            spans_years(filled) or says_problem(filled) or said_done(filled)
        ):
            # a result (农业产业化步伐不断加快) or a shortcoming (瓶颈制约突出) the source's
            # roles did not catch: a plan says neither
            continue
        if role == "exhortation" and _RALLY.search(filled):
            continue  # a call to the whole audience (让我们……！) is the speech's closing
        # a paragraph does not open on a word that points back (因此, 同时, 这)
        if not kept and _CONNECTIVE.match(filled):
            continue
        kept.append((filled, role))
        kept_matters.append(matters[index])
        kept_at.append(index)
        if index == 0:
            first_kept = True
    if not any(role in ("measure", "target", "duty") for _, role in kept):
        return None  # a paragraph of framing and calls alone belongs to an opening or a close
    if _heads_alone(phrase.items, kept_at, under):
        return None
    lead = phrase.lead if first_kept else None  # a lead comes with the sentence it opened
    if lead is not None:
        filled_lead = keep.fill(lead)
        # a lead that reports a result (消费市场稳步回升) does not head a plan
        if filled_lead is None or (
            mood is Mode.TARGET and _RESULT_LEAD.search(filled_lead.rstrip("。"))
        ):
            lead = None
        elif not _echoed(filled_lead.rstrip("。"), "".join(s for s, _ in kept)):
            lead = None  # a lead its sentences do not speak of (启用公益性公墓 over 群团工作)
        elif _SERIES_CLAUSE.match(filled_lead.rstrip("。")):
            # one clause of a parallel series (农业要变强、农村要变美、农民要变富) said alone
            # heads nothing: round 126's writer read 农业要变强。 as 有头无尾
            lead = None
        else:
            lead = filled_lead
    if len(kept) < (1 if lead else MIN_UNIT_SENTENCES):
        return None
    return UnitView(
        phrase,
        tuple(s for s, _ in kept),
        tuple(r for _, r in kept),
        lead,
        opens=first_kept,
        matters=tuple(kept_matters),
    )


def _heads_alone(items: Sequence[str], kept: Sequence[int], under: int) -> bool:
    """Two or more of the kept sentences (at ``kept``) head a run of their unit's in one shape
    (坚持以创新为发展的第一动力。……坚持以人民群众满意为出发点和落脚点。……) with the sentence
    after each left out: the heads of a series said without what each headed (round 141's and
    143's writers: “从一组排比里拆出来单挂的”)."""
    taken = set(kept)
    openers = Counter(items[i][:3] for i in kept)
    alone = [i for i in kept if openers[items[i][:3]] > 1 and i + 1 < under and i + 1 not in taken]
    return len(alone) >= 2


# A short lead saying what a subject must become (农业要变强): a clause of a parallel series
_SERIES_CLAUSE = re.compile(r"^[\u4e00-\u9fff]{1,4}要[\u4e00-\u9fff]{1,4}$")


def _under_head(items: Sequence[str]) -> int:
    """How many of a unit's sentences its opening head speaks for: a paragraph opening on a
    bare head (推进教育优化提升。) and going on to a sibling head in the same shape (推进医疗
    服务提升，……) is a run of heads, and its first head heads only what comes before the
    next (round 103's writers read 推进教育优化提升 over 医疗 as 标题与内容不符)."""
    head = items[0].rstrip("。") if items else ""
    if not head or "，" in head or len(head) > HEAD_CHARS or not items[0].endswith("。"):
        return len(items)
    for index in range(1, len(items)):
        other = opener(items[index])
        if (
            len(other) == len(head)
            and other[:2] == head[:2]
            and alike_in_place(head[2:], other[2:])
        ):
            return index
    return len(items)


HEAD_CHARS = 12  # a bare head (a sub-heading said as a sentence) is at most this long


def bigram_idf(pool: Sequence[UnitView]) -> dict[str, float]:
    """Inverse document frequency of each bigram over the pool's clauses (``clause_counts``)."""
    return sentence_idf([sentence for unit in pool for sentence in unit.sentences])


def sentence_idf(sentences: Sequence[str]) -> dict[str, float]:
    """Inverse document frequency of each bigram over the clauses of ``sentences``."""
    counts, total = clause_counts(sentences)
    # (one weight per count, not per bigram: ~12,000 bigrams, a few hundred counts)
    weights = {n: math.log((total + 1) / (n + 1)) + 0.1 for n in set(counts.values())}
    return dict(zip(counts, map(weights.__getitem__, counts.values()), strict=True))


def clause_counts(sentences: Sequence[str]) -> tuple[Mapping[str, int], int]:
    """For each bigram, how many clauses of ``sentences`` (``clause_texts``) hold it, and how
    many clauses they have: counted without making each clause's set (``bigram_counts``), and
    kept between runs by the sentences' digest (a draft's pool is the same whatever its seed:
    the same targets file drafted again reads its ~12,000 counts, ~4 ms of counting)."""
    digest = hashlib.sha256(json.dumps(sentences, ensure_ascii=False).encode()).hexdigest()
    kept = remembered_table("clausecounts", digest[:24], _are_counts)
    found = kept.get("pool")
    if found is not None:
        # (the pairs as one text and their counts as numbers: json decodes them ~4 times
        # quicker than ~12,000 keys of an object)
        pairs = found["pairs"]
        keys = map(operator.add, pairs[::2], pairs[1::2])
        return dict(zip(keys, found["numbers"], strict=True)), found["clauses"]
    clauses = [clause for sentence in sentences for clause in clause_texts(sentence)]
    counts = dict(bigram_counts(clauses))  # (bigrams: every key two characters)
    kept["pool"] = {
        "pairs": "".join(counts),
        "numbers": list(counts.values()),
        "clauses": len(clauses),
    }
    return counts, len(clauses)


def _are_counts(answers: Collection[Any]) -> bool:
    """Every answer ``clause_counts``' own: its bigrams as one text, their counts, and the
    clauses' number."""
    return all(
        type(answer) is dict
        and type(answer.get("clauses")) is int
        and type(answer.get("pairs")) is str
        and type(answer.get("numbers")) is list
        and len(answer["pairs"]) == 2 * len(answer["numbers"])
        and set(map(type, answer["numbers"])) <= {int}
        for answer in answers
    )


# --------------------------------------------------------------------------- choose


def choose_units(
    pool: Sequence[UnitView],
    topic: str,
    budget: int,
    ledger: UnitLedger,
    rng: random.Random,
    taken: set[str] | frozenset[str] = frozenset(),
    *,
    relaxed: bool = False,
    capped: dict[str, int] | None = None,
    said: frozenset[str] = frozenset(),
    scores: Callable[[str], dict[str, float]] | None = None,
    focus: tuple[str, ...] = (),
    stress: tuple[str, ...] = (),
    related: tuple[str, ...] = (),
    part: int = 0,
    allowed: frozenset[str] | None = None,
    favour: str = "",
    others: frozenset[str] = frozenset(),
    named: frozenset[str] = frozenset(),
    headed: frozenset[str] | None = None,
    said_long: frozenset[str] = frozenset(),
    voted_to: frozenset[str] = frozenset(),
) -> list[Chosen]:
    """Units of ``topic`` for a part of about ``budget`` characters: whole units, each on its
    own aspect, none repeating what the draft said nor a phrase of six characters the part has
    said, within each source document's share. ``relaxed``: any unit naming the topic, aspects
    shared (for a part that would otherwise be empty). ``scores`` weighs a text's topics by
    their keywords: a unit about another matter, or a lead naming one, stays out (see
    ``on_topic``). ``favour``: the draft's key for the sources it leans on (``favoured``).
    ``others``: the draft's other parts' topics — a unit first about one of them is that
    part's, not this one's (商业综合体 and 夜经济 go in 商贸消费 even where 工业发展 is
    the unit's second topic). ``named``: the things earlier parts named (``part_words``),
    which no sentence of this part names again. ``headed``: the ``related`` topics the part's
    heading names, whose units it may borrow (None: all of them); of the others, only a unit
    taking up what the targets file stresses (``stress``). ``said_long``: the runs of
    ``LONG_PHRASE`` characters the draft has said anywhere (its review, its earlier parts), which
    no sentence of a unit says again (round 129's writer: the review's 抓好“菜篮子”稳产保供，
    扶持发展设施蔬菜、高端蔬菜 said again word for word in the plan). ``voted_to``: the topics of
    other parts a sentence whose things are theirs is left to (``Selector.voted_away``), which
    no unit here says."""
    if others:
        pool = [u for u in pool if not u.phrase.topics or u.phrase.topics[0] not in others]
    groups = _unit_groups(pool, topic, focus, scores, relaxed, allowed, voted_to)
    ranked: list[UnitView] = []
    for tier in (groups[:2], groups[2:]):
        ranked.extend(_ranked(tier, rng, stress, favour, ledger.aside))
    borrowed: frozenset[str] = frozenset()  # ids of the related topics' units
    if related and not focus and not relaxed:
        kin = _kin_of_part(pool, topic, related, scores, headed, stress)
        borrowed = frozenset(u.phrase.id for u in kin)
        ranked.extend(_ranked([kin], rng, stress, favour, ledger.aside))
    held = sum(u.size for u in ranked)  # what the part's units hold
    choice = _Choice(
        ledger,
        taken,
        rng,
        _Terms(
            topic,
            part,
            relaxed,
            allowed,
            borrowed,
            max(RELATED_UNITS, budget // RELATED_CHARS),
            # the seed leaves measures out only where the part has more than it needs
            thin=held >= THIN_SPARE * budget,
            # (none where the part is short of material: its length comes first)
            floor=scrap_floor(budget) if held >= budget else 0,
            stress=stress,
        ),
        phrases=set(said),
        # formulas a speech says once (专项债, 重中之重): those the draft said are spent
        spent={word for word, count in (capped or {}).items() if count},
        # (a part that would otherwise be empty may name again what earlier parts named)
        before=frozenset() if relaxed else named,
        long_said=said_long,
    )
    for unit in ranked:
        if choice.size >= budget:
            break
        choice.consider(unit)
    return choice.chosen


def _kin_of_part(
    pool: Sequence[UnitView],
    topic: str,
    related: tuple[str, ...],
    scores: Callable[[str], dict[str, float]] | None,
    headed: frozenset[str] | None,
    stress: tuple[str, ...],
) -> list[UnitView]:
    """The units of ``related`` topics the draft has no part of that a part still short may
    borrow, each standing on its own topic (项目建设 and 营商环境 in a part on 招商引资): of the
    topics its heading names (``headed``; None: all), or taking up what the targets file
    stresses."""
    kin = _kin_units(pool, related, scores, topic)
    if headed is None:
        return kin
    return [u for u in kin if not headed.isdisjoint(u.phrase.topics[:1]) or _answers(u, stress)]


def _unit_groups(
    pool: Sequence[UnitView],
    topic: str,
    focus: tuple[str, ...],
    scores: Callable[[str], dict[str, float]] | None,
    relaxed: bool,
    ours: frozenset[str] | None = None,
    others: frozenset[str] = frozenset(),
) -> list[list[UnitView]]:
    """The pool's units of ``topic`` in groups tried in order: those whose first topic it is,
    then those that name it second; with ``scores``, each of those split in two tiers, the
    units most about the topic first (``DOMINANCE``), then those sharing it with another
    (``WEAK_DOMINANCE``), a unit in its first group only. ``focus``: only units that dwell on
    its words; ``relaxed``: one group of them all."""
    primary = [u for u in pool if u.phrase.topics[:1] == (topic,)]
    secondary = [u for u in pool if topic in u.phrase.topics[1:]]
    if focus:
        # a part on one side of its topic (廉政 of 作风建设): units that dwell on it
        def dwells(unit: UnitView) -> bool:
            text = (unit.lead or "") + "".join(unit.sentences)
            return sum(text.count(word) for word in focus) >= FOCUS_HITS

        primary = [u for u in primary if dwells(u)]
        secondary = [u for u in secondary if dwells(u)]
    groups = [primary, secondary]
    if scores is not None:
        # units most about the topic first; those that share it with another (down to
        # WEAK_DOMINANCE) only when the part is still short
        # (what a unit keeps on the topic does not depend on the floor: worked out once)
        kept: dict[int, UnitView | None] = {}

        def shaped(unit: UnitView, floor: float) -> UnitView | None:
            own, best = _topic_scores(unit, topic, scores)
            if own <= 0 or own < floor * best:
                return None
            if id(unit) not in kept:
                kept[id(unit)] = _kept_on(unit, topic, scores, own < best, ours, others)
            return kept[id(unit)]

        groups = [
            [v for u in group if (v := shaped(u, floor)) is not None]
            for floor in (DOMINANCE, WEAK_DOMINANCE)
            for group in (primary, secondary)
        ]
        seen: set[str] = set()
        for group in groups:
            group[:] = [u for u in group if u.phrase.id not in seen]
            seen.update(u.phrase.id for u in group)
    if relaxed:
        groups = [[u for group in groups for u in group]]
    return groups


def _kin_units(
    pool: Sequence[UnitView],
    related: tuple[str, ...],
    scores: Callable[[str], dict[str, float]] | None,
    host: str = "",
) -> list[UnitView]:
    """The units of the ``related`` topics, each standing on its own topic (``on_topic``) and
    naming the ``host`` part's topic somewhere (旅游消费 of 文化旅游 in a part on 商贸消费, not
    公共文化服务: round 38's writer found 让文化事业更知心 under 释放消费潜能)."""
    kin: list[UnitView] = []
    for other in related:
        for unit in pool:
            if unit.phrase.topics[:1] != (other,):
                continue
            view = unit if scores is None else on_topic(unit, other, scores, DOMINANCE)
            if view is None:
                continue
            if scores is not None and host:
                text = (view.lead or "") + "".join(view.sentences)
                if scores(text).get(host, 0.0) <= 0:
                    continue
            kin.append(view)
    return kin


@dataclass(frozen=True, slots=True)
class _Terms:
    """What a part asks of its units: its topic and number, ``relaxed`` (aspects shared, any
    matter), the topics whose matters it may say (``allowed``), the ids of the units it may
    borrow from related topics and how many of them it may take."""

    topic: str
    part: int
    relaxed: bool
    allowed: frozenset[str] | None
    borrowed: frozenset[str]
    borrow: int  # how many of them it may take: more for a longer part
    thin: bool = True  # the seed may leave out some measures of a long unit
    floor: int = 0  # a paragraph shorter than this is a scrap (``scrap_floor``)
    # the words of the targets file's facts the part takes up (``choose_units``' ``stress``):
    # a sentence naming one stays in a shortened unit whatever its matter
    stress: tuple[str, ...] = ()


@dataclass(slots=True)
class _Choice:
    """A part's units while they are chosen: the draft's ledger (recorded as units are taken),
    the sentences other parts said, the seed, and what the part has so far — its units, their
    aspects, the six-character runs it said (``phrases``), the once-only formulas spent and its
    size."""

    ledger: UnitLedger
    taken: set[str] | frozenset[str]
    rng: random.Random
    terms: _Terms
    phrases: set[str]
    spent: set[str]
    chosen: list[Chosen] = field(default_factory=list)
    aspects: set[str] = field(default_factory=set)
    size: int = 0
    words: set[str] = field(default_factory=set)  # the things its paragraphs named
    before: frozenset[str] = frozenset()  # the things earlier parts named
    long_said: frozenset[str] = frozenset()  # the draft's long phrases said (``said_long``)
    once: set[str] = field(default_factory=set)  # the terms its paragraphs named (``once_words``)
    # the names of its paragraphs' matters (就业 of 民生保障/就业): another paragraph of the part
    # does not name one (round 91's writer: 就业 in four paragraphs of a part on 民生)
    names: set[str] = field(default_factory=set)

    def consider(self, unit: UnitView) -> None:
        """Take ``unit`` as a paragraph of its own, go on with its measures in the paragraph on
        its aspect, or leave it out."""
        terms = self.terms
        if unit.phrase.id in self.ledger.used_ids:
            return
        if unit.phrase.id in terms.borrowed and self._borrowed() >= terms.borrow:
            return
        aspect = unit.phrase.aspect or unit.phrase.id
        if not terms.relaxed and not _ours(
            unit, terms.topic, terms.part, self.ledger, terms.allowed
        ):
            return
        if not terms.relaxed and aspect in self.aspects and self._go_on(unit):
            # the part has a paragraph on this matter: it went on with this unit's measures
            # (else the unit is a paragraph of its own, if it says something the part has not
            # said: whole paragraphs of one hand rather than the part's rest by sentences)
            return
        if not terms.relaxed and _same_lead(unit, self.chosen, self.ledger.idf):
            return
        if unit.lead and not self.phrases.isdisjoint(key_phrases(unit.lead)):
            unit = replace(unit, lead=None)  # its sub-head would repeat what the part says
        opening = (unit.lead or unit.sentences[0])[:2]
        if any((c.unit.lead or c.sentences[0])[:2] == opening for c in self.chosen):
            return  # two paragraphs of a part do not open alike (坚持……。坚持……。)
        indexes = _fresh(
            unit,
            self.ledger,
            self.taken,
            self.phrases,
            self.spent,
            (terms.allowed, terms.part, unit.phrase.id),
            words=self._named(),
            relaxed=terms.relaxed,
            names=self._names_of_others(unit),
            long_said=self.long_said,
        )
        if _gutted(unit, indexes):
            return  # no paragraph of a unit's leftovers
        if terms.thin:
            indexes = _thinned(indexes, unit, self.rng)
        indexes = _spared(indexes, unit, self.ledger.aside)
        indexes = _in_company(indexes, unit, terms.topic)
        if self.ledger.aside:
            # (not in a draft from the whole bank for its length: it keeps what it can say)
            indexes = _on_own_matter(indexes, unit, terms.stress)
        indexes = _whole_series(indexes, unit)
        indexes = _not_leaning_on_gaps(indexes, unit)
        indexes = indexes[: self.ledger.source_room(unit.source)]
        pick = Chosen(unit, indexes)
        # (the first paragraph on an aspect the part has none on yet may be shorter: a part on
        # 教育卫生 said only 医疗, its units on 教育 under the floor — round 107 and 108's
        # writers: 全文没有教育)
        fresh_aspect = unit.phrase.aspect is not None and aspect not in self.aspects
        floor = terms.floor // NEW_ASPECT_FLOOR if fresh_aspect else terms.floor
        if (
            len(indexes) < unit.min_sentences
            or pick.scrap(floor)
            or _off_matter(unit, indexes, terms.stress)
        ):
            return
        self._add(pick, aspect)

    def _named(self) -> set[str] | frozenset[str]:
        """The things earlier parts and the part's paragraphs named, which no other of its
        paragraphs names again (round 79's writer: 河长制 four times in a part; a part short of
        its share is topped up by other sentences, not by the same thing said again); and the
        terms reports name in one paragraph of a part (``once_words``), where the part has more
        material than it needs (one short of it says them again rather than fall short)."""
        if self.terms.thin:
            return self.words | self.before | self.once
        return self.words | self.before

    def _names_of_others(self, unit: UnitView) -> frozenset[str]:
        """The names of the matters the part's other paragraphs are on (none for a part that
        would otherwise be empty: ``relaxed``)."""
        if self.terms.relaxed:
            return frozenset()
        return frozenset(self.names - {matter_name(unit.matter)})

    def _borrowed(self) -> int:
        """How many of the part's units are borrowed from related topics."""
        return sum(c.unit.phrase.id in self.terms.borrowed for c in self.chosen)

    def _go_on(self, unit: UnitView) -> bool:
        """The paragraph on ``unit``'s aspect goes on with its measures, where they fit; False
        when none does."""
        merged = _merged(
            unit,
            self.chosen,
            self.ledger,
            self.taken,
            self.phrases,
            self.spent,
            self.terms.part,
            self._named(),
            self.terms.allowed,
            self.long_said,
        )
        if merged is not None:
            at, pick = merged
            for i in pick.more[-1].indexes:
                self.words |= part_words(unit.sentences[i])
                self.once |= once_words(unit.sentences[i])
            added = pick.size - self.chosen[at].size
            self.ledger.record(pick.more[-1], self.terms.part, pick.unit.phrase.id)
            self.chosen[at] = pick
            self.size += added
        return merged is not None

    def _add(self, pick: Chosen, aspect: str) -> None:
        """``pick`` a paragraph of the part: its phrases and formulas said, its unit recorded."""
        # (its lead's too: no sentence of the part repeats a sub-heading's phrase)
        for sentence in (*pick.sentences, *([pick.unit.lead] if pick.unit.lead else [])):
            self.phrases.update(key_phrases(sentence))
            self.words |= part_words(sentence)
            self.once |= once_words(sentence)
            self.spent.update(word for word in CAPPED if word in sentence)
        self.ledger.record(pick, self.terms.part)
        self.chosen.append(pick)
        self.aspects.add(aspect)
        self.size += pick.size
        if (name := matter_name(pick.unit.matter)) is not None and name not in self.names:
            self.names.add(name)
            if not self.terms.relaxed:
                self._unname(name, len(self.chosen) - 1)

    def _unname(self, name: str, at: int) -> None:
        """The part's earlier paragraphs on other matters without their sentences naming
        ``name`` (the matter of paragraph ``at``), where one keeps its opening and enough of
        itself (``_names_of_others`` keeps them out of later ones)."""
        for i, chosen in enumerate(self.chosen):
            if i == at or chosen.more or matter_name(chosen.unit.matter) == name:
                continue
            kept = _whole_series(
                tuple(
                    k
                    for n, k in enumerate(chosen.indexes)
                    if n == 0 or not _names(frozenset((name,)), chosen.unit.sentences[k])
                ),
                chosen.unit,
            )
            if kept != chosen.indexes and len(kept) >= chosen.unit.min_sentences:
                shorter = replace(chosen, indexes=kept)
                self.size += shorter.size - chosen.size
                self.chosen[i] = shorter


def _names(names: frozenset[str], sentence: str) -> bool:
    """The sentence names one of ``names`` in a matter word of its own (就业 in 公共就业服务)."""
    return bool(names) and any(n in w for w in all_matter_words(sentence) for n in names)


GUTTED_FROM = 4  # a unit of this many sentences or more…


def _gutted(unit: UnitView, kept: Sequence[int]) -> bool:
    """The unit has lost its opening sentence and half of its sentences or more to what the draft
    said elsewhere: what is left are its odd measures, which read as stitched (round 63's blind
    reader: 科学合理增设限高杆……。编制农村生活污水治理专项规划。坚守生态红线…… — a paragraph on
    air pollution with its air pollution said in other paragraphs)."""
    count = len(unit.sentences)
    return count >= GUTTED_FROM and bool(kept) and kept[0] != 0 and 2 * len(kept) <= count


def _off_matter(unit: UnitView, kept: Sequence[int], stress: Sequence[str] = ()) -> bool:
    """What is left of the unit says none of its own matter: every sentence kept is on another
    matter its paragraph touched (a unit on 救助 left with 认真落实就业政策 and 做好拥军优属工作,
    its 低保、养老 and 欠薪 said elsewhere or set aside: round 126's writers read 就业 ending on
    退役军人 as 串段). A whole unit stands as its source wrote it, and one taking up a word of
    the targets file's facts (``stress``) stands too."""
    if unit.matter is None or not kept or len(kept) == len(unit.sentences):
        return False
    return not any(_on_its_matter(unit, i, stress) for i in kept)


def _on_its_matter(unit: UnitView, index: int, stress: Sequence[str]) -> bool:
    """The unit's sentence ``index`` is on the unit's own matter (or on none), or takes up a
    word of the targets file's facts."""
    return unit.matter_of(index) in (None, unit.matter) or _takes_up(unit, index, stress)


def _takes_up(unit: UnitView, index: int, stress: Sequence[str]) -> bool:
    """The unit's sentence ``index`` takes up a word of the targets file's facts the part
    answers: it names the word, or is on the matter the word names (打造高品质夜经济特色集聚区
    on 商贸消费/消费, for 消费 of a goal for 社会消费品零售总额)."""
    sentence = unit.sentences[index]
    if any(word in sentence for word in stress):
        return True
    matter = unit.matter_of(index)
    return matter is not None and any(matter in matters_named(word) for word in stress)


DOMINANCE = 0.6  # a unit whose topic scores less than this share of its best stays out…
WEAK_DOMINANCE = 0.4  # …unless the part is short: then down to this share


def on_topic(
    unit: UnitView,
    topic: str,
    scores: Callable[[str], dict[str, float]],
    dominance: float = 0.6,
) -> UnitView | None:
    """The unit as it may stand in a part on ``topic``, or None when it is about something
    else. Its sentences must speak of the topic nearly as much as of anything (a unit on 土壤
    that names 建设用地 is not about 项目建设). Its lead names what the paragraph is about: a
    lead naming other topics only (清正廉洁葆本色, 打造担当政府) keeps the unit out; a lead
    naming none (前进有力量) stays only where the topic is the unit's strongest. A sentence
    about another topic only (基本农田 in a paragraph on 人居环境), or a string of every
    topic's slogans (做实产业硬支撑，打响项目攻坚战……), is left out of it."""
    own, best = _topic_scores(unit, topic, scores)
    if own <= 0 or own < dominance * best:
        return None
    return _kept_on(unit, topic, scores, own < best)


def _topic_scores(
    unit: UnitView, topic: str, scores: Callable[[str], dict[str, float]]
) -> tuple[float, float]:
    """How strongly the unit's sentences speak of ``topic``, and of their strongest topic."""
    body = scores("".join(unit.sentences))
    return body.get(topic, 0.0), max(body.values(), default=0.0)


def _kept_on(
    unit: UnitView,
    topic: str,
    scores: Callable[[str], dict[str, float]],
    outscored: bool,
    ours: frozenset[str] | None = None,
    others: frozenset[str] = frozenset(),
) -> UnitView | None:
    """``on_topic`` past its dominance test (``outscored``: another topic is stronger).
    ``ours``: the topics the part speaks for (its own and related ones the draft has no part
    of; None: its own); a sentence whose things are the topic of one of the draft's ``others``
    parts is a stray too, whatever paragraph of its report it stood in (加强知识产权保护，严厉
    打击……违法犯罪行为 in a paragraph on 工业发展 — round 156's writers)."""
    homes = ours or frozenset((topic,))
    strays = [
        i
        for i, sentence in enumerate(unit.sentences)
        if _strays(scores(sentence), topic) or _voted_to(sentence, homes, others)
    ]
    if strays:
        if strays[0] == 0 or len(unit.sentences) - len(strays) < unit.min_sentences:
            return None  # the paragraph opens on another matter, or little is left of it
        unit = unit.without(frozenset(strays))
    if unit.lead is None:
        return unit
    named = scores(unit.lead)
    if named and topic not in named:
        return None
    if not named and outscored:
        return replace(unit, lead=None)
    return unit


def _not_leaning_on_gaps(indexes: Sequence[int], unit: UnitView) -> tuple[int, ...]:
    """``indexes`` without a sentence carrying on from one left out before it (round 158's
    writers: 同时推进其他景区全面提档升级 said without its unit's 打造一批特色鲜明的精品景区 — 前面
    没有任何景区)."""
    kept: list[int] = []
    for i in indexes:
        if i and (not kept or kept[-1] != i - 1) and leans_on_before(unit.sentences[i]):
            continue
        kept.append(i)
    return tuple(kept)


def _voted_to(sentence: str, ours: frozenset[str], others: frozenset[str]) -> bool:
    """The things ``sentence`` names are the topic of one of the draft's ``others`` parts."""
    return bool(others) and voted_elsewhere(sentence, ours) in others


STRAY_SCORE = 2.8  # a sentence naming another topic this much (two of its words) is about it
FIELD_LIST = 4  # a sentence naming this many topics lists fields (做实产业……提升平台……)


def _strays(named: dict[str, float], topic: str) -> bool:
    """A sentence whose words (``named``: topic → score) are another topic's, not ``topic``'s,
    or a list of many topics' slogans."""
    if len(named) >= FIELD_LIST:
        return True
    return topic not in named and max(named.values(), default=0.0) >= STRAY_SCORE


FAVOUR = 8.0  # what a unit of a document the draft leans on gains (see ``favoured``)
NEW_ASPECT_FLOOR = 2  # a part's first unit on an aspect stands at this fraction of the floor


def _ranked(
    groups: Sequence[Sequence[UnitView]],
    rng: random.Random,
    stress: tuple[str, ...],
    favour: str = "",
    aside: str = "",
) -> list[UnitView]:
    """One tier of a part's units in the order they are tried: each group by merit (a lead,
    more to say, taking up the targets file's facts, a document the draft leans on) and the
    seed, which weigh about equally (two counties drafted on the same topics get different
    units); none the draft sets aside (``aside``: its key of ``set_aside``)."""
    ranked: list[UnitView] = []
    for group in groups:
        ordered = sorted(
            # (drawn by its first sentence: a unit whose opening the draft sets aside as a body
            # sentence is out with it, as ``_fresh`` leaves that sentence out of any unit)
            (
                u
                for u in group
                if not set_aside(aside, u.sentences[0] if u.sentences else u.phrase.id)
            ),
            key=lambda u: u.phrase.id,
        )
        merit = {
            u.phrase.id: LED * (u.lead is not None)
            + 0.3 * min(u.size, 400) / 400
            + STRESS * _answers(u, stress)
            + FAVOUR * favoured(favour, u.source)
            for u in ordered
        }
        jitter = {u.phrase.id: JITTER * rng.random() for u in ordered}
        ordered.sort(key=lambda u: -(merit[u.phrase.id] + jitter[u.phrase.id]))
        ranked.extend(ordered)
    return ranked


def _merged(
    unit: UnitView,
    chosen: list[Chosen],
    ledger: UnitLedger,
    taken: set[str] | frozenset[str],
    phrases: set[str],
    spent: set[str],
    part: int,
    words: set[str] | frozenset[str] = frozenset(),
    allowed: frozenset[str] | None = None,
    long_said: frozenset[str] = frozenset(),
) -> tuple[int, Chosen] | None:
    """The chosen paragraph on ``unit``'s matter going on with the unit's measures (not its
    lead, framing or call), where the paragraph stays a paragraph; None when nothing fits.
    ``allowed``: the topics whose matters the part may say (a measure on 招商引资 of a unit
    on 科技创新 stays out of a part on 改革创新 when the draft has a part on 招商引资: round
    31's 招商引资 part was left two sentences, its matter said by 改革创新's)."""
    aspect = unit.phrase.aspect
    at = next((i for i, c in enumerate(chosen) if c.unit.phrase.aspect == aspect), None)
    if at is None or aspect is None or home_of(aspect) is None:
        return None
    host = chosen[at]
    series = series_members(unit.sentences)  # (said in its own unit's paragraph, whole)
    indexes = [
        i
        for i in _fresh(
            unit,
            ledger,
            taken,
            phrases,
            spent,
            (allowed, part, host.unit.phrase.id),
            whole=False,
            words=words,
            long_said=long_said,
        )
        if unit.roles[i] in ("measure", "target")
        and i not in series
        and not leans_on_before(unit.sentences[i])  # (out of its paragraph, it leans on nothing)
    ]
    kept: list[int] = []
    size = host.size
    # each sentence its own point: none naming a matter word the paragraph named (土壤 said by
    # the host's 严格土壤污染源头风险管控 is not said again by 深入开展土壤污染治理)
    named = frozenset().union(*map(matter_words, host.sentences))
    # under a sub-head, a measure it does not name goes on only while at least half the
    # paragraph's sentences speak of the sub-head (积极推进就业创业 takes no 低保 after one
    # sentence on 就业; 完善风险防控机制 takes 化解政府债务 by the matter's word it names, 风险):
    # round 34's reader read the unit's own sub-heads as a real report's, and round 35's named
    # paragraphs by their missing heads
    head = (
        LeadProfile.of(host.unit.lead.rstrip("。"), words_of_matter(aspect))
        if host.unit.lead
        else None
    )
    spoken = sum(map(head.spoken_of, host.sentences)) if head is not None else 0
    count = host.count
    for i in indexes:
        if size + len(unit.sentences[i]) > MERGE_CHARS or count >= MERGE_SENTENCES:
            break
        words = matter_words(unit.sentences[i])
        if words & named or unit.matter_of(i) != aspect:
            # (a measure taken out of its own paragraph carries none of its context: it goes on
            # another unit's paragraph only where it names that paragraph's matter itself —
            # round 47's 每年培树一批道德模范 after 化解债务风险, its unit's aspect being 风险)
            continue
        if head is not None:
            on_head = head.spoken_of(unit.sentences[i])
            if not on_head and 2 * spoken < count + 1:
                continue
            spoken += on_head
        named |= words
        kept.append(i)
        count += 1
        size += len(unit.sentences[i])
    if not kept:
        return None
    for i in kept:
        phrases.update(key_phrases(unit.sentences[i]))
        spent.update(word for word in CAPPED if word in unit.sentences[i])
    return at, Chosen(host.unit, host.indexes, (*host.more, Chosen(unit, tuple(kept))))


RELATED_UNITS = 1  # a part takes at most this many units of its related topics…
RELATED_CHARS = 1400  # …or one for each this many characters of its budget
MERGE_CHARS = 480  # a paragraph that goes on with another unit's measures stays this short…
MERGE_SENTENCES = 6  # …and has at most this many sentences


def _ours(
    unit: UnitView, topic: str, part: int, ledger: UnitLedger, allowed: frozenset[str] | None
) -> bool:
    """The unit's matter may be said in this part: it belongs to a topic the part speaks for
    (``allowed``, see ``matter_homes``; None: any) and no other part has said it (安全生产 in
    安全稳定, not in 民生保障; 就业 once in a draft)."""
    matter = unit.matter
    if matter is None:
        return True
    if foreign_matter(matter, allowed):
        return False
    return ledger.owners.get(matter, part) == part


def _answers(unit: UnitView, stress: tuple[str, ...]) -> bool:
    """The unit takes up what the targets file says is wrong or falling (投资 for a falling
    固定资产投资, 储备 for 项目储备不足)."""
    text = (unit.lead or "") + "".join(unit.sentences)
    return any(word in text for word in stress)


def _same_lead(unit: UnitView, chosen: Sequence[Chosen], idf: dict[str, float]) -> bool:
    """The unit opens on what a chosen unit of the part opened on (巩固脱贫成果 / 着力巩固脱贫
    成果): two paragraphs of one part never start on one matter."""
    opening = bigrams(unit.lead or unit.sentences[0])
    for pick in chosen:
        other = bigrams(pick.unit.lead or pick.unit.sentences[0])
        shared = opening & other
        smaller = min(len(opening), len(other)) or 1
        if len(shared) >= 3 and len(shared) / smaller >= 0.5:
            return True
        if same_idea(opening, other, idf):
            return True
    return False


def _fresh(
    unit: UnitView,
    ledger: UnitLedger,
    taken: set[str] | frozenset[str],
    phrases: set[str],
    spent: set[str],
    place: tuple[frozenset[str] | None, int, str] = (None, 0, ""),
    *,
    whole: bool = True,
    words: set[str] | frozenset[str] = frozenset(),
    relaxed: bool = False,
    names: frozenset[str] = frozenset(),
    long_said: frozenset[str] = frozenset(),
) -> tuple[int, ...]:
    """The unit's sentences that say nothing the draft has said, nor the unit itself before
    them; ``taken`` are sentences other parts of the draft said word for word. A sentence on
    a matter of a topic the part does not speak for, or on one another paragraph
    of the draft says, stays out: ``place`` is what the part allows, its number and the
    paragraph the unit goes into. A unit whose first sentence stays out opens on the next one
    kept that does not point back (因此, 同时, 这: it builds on what went) — its own paragraph
    rather than its measures stitched to other reports' — unless the draft sets its first
    sentence aside (then it is not used; with ``whole`` False, measures going on in another
    unit's paragraph, each standing on its own, the others may still be). ``words``: the
    things the part's other paragraphs named (``part_words``). ``relaxed``: for a part that
    would otherwise be empty (its topic given again and again), a matter or an idea another
    part said may be said again; a sentence said word for word may not."""
    mood = unit.phrase.mode or Mode.TARGET
    allowed, part, paragraph = place
    kept: list[int] = []
    # (its first sentence set aside as a body sentence, the unit is set aside with it:
    # ``_ranked``; a later one stays, or the unit would be joined to other reports')
    aside = bool(unit.sentences) and set_aside(ledger.aside, unit.sentences[0])
    if aside and whole:
        return ()
    for index, clauses in enumerate(unit.grams):
        if aside and index == 0:
            continue
        matter = unit.matter_of(index)
        sentence = unit.sentences[index]
        if (
            foreign_matter(matter, allowed)
            or _names_foreign_topic(sentence, allowed)
            or not (relaxed or ledger.free(matter, mood, part, paragraph, unit.matter))
            or sentence in taken
            or not phrases.isdisjoint(key_phrases(sentence))
            # (nor a long phrase the draft said anywhere: ``choose_units``' ``said_long``)
            or (bool(long_said) and not long_said.isdisjoint(key_phrases(sentence, LONG_PHRASE)))
            # a thing the part named in another paragraph (河长制, 秸秆禁烧) is not named again
            or not words.isdisjoint(part_words(sentence))
            # (the name of a matter another paragraph of the part is on: ``names``)
            or _names(names, sentence)
            or (not relaxed and not words.isdisjoint(once_words(sentence)))
            or any(map(sentence.__contains__, spent))  # (the words looked for in C)
            # a formula said once in a speech is not said twice in one sentence either
            or (
                CAPPED_NAMED.search(sentence) is not None
                and any(map(operator.lt, repeat(1), map(sentence.count, CAPPED)))
            )
            or (not relaxed and ledger.repeats(clauses, mood))
            or any(
                same_idea(a, b, ledger.idf) for k in kept for a in clauses for b in unit.grams[k]
            )
        ):
            continue
        if not kept and index and _CONNECTIVE.match(sentence):
            continue  # (a paragraph does not open on a word that points back)
        kept.append(index)
    return tuple(kept)


def _names_foreign_topic(sentence: str, allowed: frozenset[str] | None) -> bool:
    """``sentence`` names by its own name a topic the part does not speak for: 完善招商引资项目
    科技含量……评价机制 in a unit on 科技创新, in a draft with a part on 招商引资, is read as that
    part's. (The topics every part serves, 经济运行 and 抓落实, are named anywhere.)"""
    if allowed is None:
        return False
    return any(
        name in sentence
        for name in topic_names()
        if name not in allowed and name not in GENERAL_TOPICS
    )


def _spared(indexes: tuple[int, ...], unit: UnitView, aside: str) -> tuple[int, ...]:
    """The unit without the middle measures the draft sets aside (``set_aside``, by text: as
    the same sentence standing alone is), its first and last sentences and at least
    ``min_sentences`` kept: a unit every draft on its topic takes reads differently in each
    (round 67's writer found 170 sentences word for word in two drafts of four). (Its last
    sentence set aside too where most drafts take it — 严查未批先建、批少建多……, the last of a
    unit on 规划, in 24 of the composition benchmark's 30 drafts — the README example drafted
    for an unseen county fell 14.6% short and was composed six times: not done.)"""
    if not aside or len(indexes) <= unit.min_sentences:
        return indexes
    kept = list(indexes)
    for position in range(len(indexes) - 2, 0, -1):
        index = indexes[position]
        if len(kept) <= max(unit.min_sentences, MIN_SPARED):
            break
        if unit.roles[index] == "measure" and set_aside(aside, unit.sentences[index]):
            kept.remove(index)
    return tuple(kept)


def _in_company(indexes: tuple[int, ...], unit: UnitView, topic: str) -> tuple[int, ...]:
    """The unit's sentences kept, less those naming no matter of their own that followed one on
    another topic's matter left out: such a sentence goes on with what was said before it
    (学生资助。就业。残疾人。加快为农综合服务平台建设 — a paragraph's list of fields; said after
    学生资助 alone in a part on 教育卫生, round 71's writer read it as put in the wrong place)."""
    kept: list[int] = []
    for i in indexes:
        before = unit.matter_of(i - 1) if i > 0 else None
        if (
            kept
            and i - 1 not in kept
            and unit.matter_of(i) is None
            and before is not None
            and home_of(before) != topic
        ):
            continue
        kept.append(i)
    return tuple(kept)


def _on_own_matter(
    indexes: tuple[int, ...], unit: UnitView, stress: Sequence[str] = ()
) -> tuple[int, ...]:
    """The unit's sentences kept, less those on another matter than its own where it is not
    said whole: its source moved from one matter to the next, and with sentences left out the
    move reads as 串段 (round 126's writers: 进一步强化公共安全管理 …… 加强社区组织建设与管理
    …… 安全生产大于天, a unit on 安全生产 without its first sentence, then another's). A unit
    said whole stands as its source wrote it; a sentence taking up a word of the targets file's
    facts stays (``stress``: 消费 of a goal for 社会消费品零售总额, in a part on 文化旅游
    hosting it: ``tests/test_meetings.py``)."""
    if unit.matter is None or len(indexes) == len(unit.sentences):
        return indexes
    return tuple(i for i in indexes if _on_its_matter(unit, i, stress))


def _whole_series(indexes: tuple[int, ...], unit: UnitView) -> tuple[int, ...]:
    """The unit's sentences kept, less the members of a series (``drafter.series``) when not
    all of them are kept: a series is said whole or not at all."""
    members = series_members(unit.sentences)
    if not members or members <= set(indexes) or members.isdisjoint(indexes):
        return indexes
    return tuple(i for i in indexes if i not in members)


def _thinned(indexes: tuple[int, ...], unit: UnitView, rng: random.Random) -> tuple[int, ...]:
    """The seed leaves out some middle measures of a long unit (never its first sentence, its
    framing or its last): the same unit reads differently in two counties' drafts."""
    if len(indexes) <= 3:
        return indexes
    kept = [
        index
        for position, index in enumerate(indexes)
        if position in (0, len(indexes) - 1)
        or unit.roles[index] != "measure"
        or rng.random() >= THIN
    ]
    return tuple(kept)


# --------------------------------------------------------------------------- order and fit


def order_units(chosen: Sequence[Chosen], topic: str | None = None) -> list[Chosen]:
    """The unit that frames the matter first, the ones ending on duties or a call last; the
    units of ``topic`` (the part's own) before those borrowed from a related topic, which open
    no part (政务服务 does not open a part on 项目建设, nor take its figures)."""

    def rank(pick: Chosen) -> tuple[bool, int]:
        borrowed = topic is not None and pick.unit.phrase.topics[:1] != (topic,)
        roles = pick.roles
        if roles[0] == "framing":
            return borrowed, 0
        return borrowed, 2 if roles[-1] in ("duty", "exhortation") else 1

    return sorted(chosen, key=rank)


def fit_units(chosen: Sequence[Chosen], budget: int) -> list[Chosen]:
    """Cut units from their ends (never below two sentences, nor to a scrap: ``scrap_floor``)
    until the part fits its budget, longest first; a unit that would fall below that is left
    out instead."""
    result = [_wall_cut(c) for c in chosen]
    total = sum(c.size for c in result)
    floor = scrap_floor(budget)
    while total > budget * 1.05 and result:
        index = max(range(len(result)), key=lambda i: (result[i].count, result[i].size, -i))
        pick = result[index]
        shorter = pick.without_last()
        if pick.more or (len(pick.indexes) > pick.unit.min_sentences and not shorter.scrap(floor)):
            result[index] = shorter
        elif len(result) > 1 and total - pick.size >= budget * 0.85:
            del result[index]
        else:
            break
        total = sum(c.size for c in result)
    return result


def _wall_cut(pick: Chosen) -> Chosen:
    """A unit longer than ``MAX_PARAGRAPH_CHARS`` cut after the sentence that reaches it."""
    size = 0
    for position, sentence in enumerate(pick.own_sentences):
        size += len(sentence)
        if size > MAX_PARAGRAPH_CHARS and position >= pick.unit.min_sentences:
            return Chosen(pick.unit, pick.indexes[:position])
    return pick  # what ``more`` adds was fitted when it was chosen


# --------------------------------------------------------------------------- word

# 将 of the future before a verb of doing (将加快……); 将 of the object (将碳排放纳入……规划,
# 将……作为……) stays (round 25, 27: 要碳排放纳入生态环境保护专项规划)
_DOING = "|".join(
    v for v in VERB_START.pattern.removeprefix("^(要)?(").removesuffix(")").split("|") if len(v) > 1
)
_PLAN_VOICE = re.compile(rf"^(?:我们将|我们要|将要|要|将(?={_DOING}))(?!素|求|点|件|是|来)")


def voice(sentence: str, report: bool, first: bool) -> str:
    """A plan sentence in the kind's voice: a report states what 我们将 do (once, at a
    paragraph's start) or names the measure bare; a speech demands it (要……)."""
    match = _PLAN_VOICE.match(sentence)
    rest = sentence[match.end() :] if match else sentence
    if report:
        return ("我们将" + rest) if (match and first) else rest
    if match:
        return "要" + rest
    return sentence


def word_units(chosen: Sequence[Chosen], *, report: bool, topic_key: str | None) -> list[Paragraph]:
    """Each chosen unit as one paragraph: its lead (bold; numbered later, when the part is known
    to be a run), its sentences in the kind's voice, provenance on every sentence."""
    paragraphs: list[Paragraph] = []
    for pick in chosen:
        provenance = _provenance(pick.unit.phrase, topic_key)
        said = [(s, provenance) for s in pick.own_sentences]
        said += [(s, _provenance(m.unit.phrase, topic_key)) for m in pick.more for s in m.sentences]
        pieces = tuple(
            Piece(voice(s, report, first=i == 0), where) for i, (s, where) in enumerate(said)
        )
        lead = pick.unit.lead
        paragraphs.append(
            Paragraph(pieces, Piece(lead.rstrip("。；，！") + "。", provenance) if lead else None)
        )
    return paragraphs


def _provenance(phrase: Phrase, topic_key: str | None) -> Provenance:
    source = phrase.sources[0] if phrase.sources else None
    return Provenance(
        entry=phrase.id,
        kind=Kind.PARAGRAPH.value,
        source=source.file if source else None,
        paragraph=source.paragraph + 1 if source else None,
        yaml_key=topic_key,
    )
