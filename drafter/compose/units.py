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
  in its slot, the ordinal or bold lead of each paragraph, and provenance per sentence.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from drafter.compose.model import Paragraph, Piece
from drafter.compose.select import bigrams, fill_slots
from drafter.document import Provenance
from drafter.phrasebank.model import Kind, Mode, Phrase, PhraseBank

SAME_IDEA = 0.42  # weighted share of the shorter sentence's bigrams: above it, one idea twice
SAME_IDEA_MIN = 3  # and at least this many shared content bigrams
SOURCE_SHARE = 0.08  # a source document gives at most this share of a draft's sentences
MIN_UNIT_SENTENCES = 2
MAX_PARAGRAPH_CHARS = 520  # a paragraph longer than this reads as a wall: a unit is cut there

# Sentences that only a report says (to 人大代表), that only a meeting of cadres hears, or that
# speak to departments by name: kept out of the kinds whose audience they do not fit.
_REPORT_ONLY = re.compile(r"代表|委员|人大|政协|向大会|提请")
_INTERNAL = re.compile(
    r"各乡镇|各部门|各单位|各级|县直|局要|办要|委要|相关部门|责任单位|牵头|一把手|问责|通报"
)
_ADDRESS = re.compile(r"^(?:同志们|各位代表|各位企业家)")


@dataclass(frozen=True, slots=True)
class Audience:
    """Who hears the draft: a report (我们将…, to 人大代表), cadres, or business owners."""

    report: bool
    business: bool

    def fits(self, sentence: str) -> bool:
        if _ADDRESS.search(sentence):
            return False
        if not self.report and _REPORT_ONLY.search(sentence):
            return False
        return not (self.business and _INTERNAL.search(sentence))


@dataclass(frozen=True, slots=True)
class UnitView:
    """A bank unit prepared for this draft: its usable sentences, filled, with their roles."""

    phrase: Phrase
    sentences: tuple[str, ...]
    roles: tuple[str, ...]
    grams: tuple[frozenset[str], ...]

    @property
    def source(self) -> str:
        return self.phrase.sources[0].file if self.phrase.sources else ""

    @property
    def size(self) -> int:
        return sum(len(s) for s in self.sentences)


@dataclass(frozen=True, slots=True)
class Chosen:
    """A unit chosen for a part, and how many of its sentences (from the start) it keeps."""

    unit: UnitView
    keep: int

    @property
    def sentences(self) -> tuple[str, ...]:
        return self.unit.sentences[: self.keep]

    @property
    def size(self) -> int:
        return sum(len(s) for s in self.sentences)


@dataclass
class UnitLedger:
    """What one draft has said: its sentences' bigrams by mood, sentences per source document.

    Lives for one ``compose_draft`` call (no module-level state)."""

    idf: dict[str, float]
    expected_sentences: int
    said: dict[Mode, list[frozenset[str]]] = field(default_factory=dict)
    per_source: Counter[str] = field(default_factory=Counter)
    used_ids: set[str] = field(default_factory=set)

    def repeats(self, grams: frozenset[str], mood: Mode) -> bool:
        """The sentence says an idea the draft has said in the same mood."""
        return any(same_idea(grams, other, self.idf) for other in self.said.get(mood, ()))

    def source_room(self, source: str) -> int:
        cap = max(4, int(SOURCE_SHARE * self.expected_sentences))
        return cap - self.per_source[source]

    def fork(self) -> UnitLedger:
        """A copy to try a part on (kept only if the part is made of units)."""
        return UnitLedger(
            self.idf,
            self.expected_sentences,
            {mood: list(grams) for mood, grams in self.said.items()},
            Counter(self.per_source),
            set(self.used_ids),
        )

    def record(self, chosen: Chosen) -> None:
        mood = chosen.unit.phrase.mode or Mode.TARGET
        self.said.setdefault(mood, []).extend(chosen.unit.grams[: chosen.keep])
        self.per_source[chosen.unit.source] += chosen.keep
        self.used_ids.add(chosen.unit.phrase.id)


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


def unit_composer(
    bank: PhraseBank, values: dict[str, str], audience: Audience, *, seed: int, length: int
) -> UnitComposer:
    pool = unit_pool(bank, values, audience, Mode.TARGET)
    ledger = UnitLedger(bigram_idf(pool), expected_sentences=max(20, length // 45))
    return UnitComposer(pool, ledger, seed)


# --------------------------------------------------------------------------- the pool


def unit_pool(
    bank: PhraseBank, values: dict[str, str], audience: Audience, mood: Mode
) -> tuple[UnitView, ...]:
    """The bank's units in ``mood`` with at least two sentences this draft can say."""
    views: list[UnitView] = []
    # a name scrubbed anywhere in the corpus is not said even where it looks like part of a
    # word (the self-check and lint look for it as a string: 大城 in 拉大城市框架)
    names = sorted((n for n in bank.scrubbed if len(n) >= 2), key=len, reverse=True)
    scrubbed = re.compile("|".join(map(re.escape, names))) if names else None
    for phrase in bank.of_kind(Kind.PARAGRAPH):
        if (phrase.mode or Mode.TARGET) is not mood or not phrase.items:
            continue
        roles = phrase.roles or ("measure",) * len(phrase.items)
        kept: list[tuple[str, str]] = []
        for index, (item, role) in enumerate(zip(phrase.items, roles, strict=True)):
            filled = fill_slots(item, values)
            if filled is None or not audience.fits(filled):
                continue
            if scrubbed is not None and scrubbed.search(filled):
                continue
            # a plan says what is to be done: a result or a shortcoming of the source county
            # is not part of it
            if role == "problem" or (role == "review" and mood is Mode.TARGET):
                continue
            # a framing sentence frames only from the start; a call to action only ends
            if role == "framing" and index > 0:
                continue
            if role == "exhortation" and index < len(phrase.items) - 1:
                continue
            kept.append((filled, role))
        if len(kept) >= MIN_UNIT_SENTENCES:
            views.append(
                UnitView(
                    phrase,
                    tuple(s for s, _ in kept),
                    tuple(r for _, r in kept),
                    tuple(bigrams(s) for s, _ in kept),
                )
            )
    return tuple(views)


def bigram_idf(pool: Sequence[UnitView]) -> dict[str, float]:
    """Inverse document frequency of each bigram over the pool's sentences."""
    counts: Counter[str] = Counter()
    total = 0
    for unit in pool:
        for grams in unit.grams:
            counts.update(grams)
            total += 1
    return {g: math.log((total + 1) / (n + 1)) + 0.1 for g, n in counts.items()}


# --------------------------------------------------------------------------- choose


def choose_units(
    pool: Sequence[UnitView],
    topic: str,
    budget: int,
    ledger: UnitLedger,
    rng: random.Random,
    taken: set[str] | frozenset[str] = frozenset(),
) -> list[Chosen]:
    """Units of ``topic`` for a part of about ``budget`` characters: whole units, each on its
    own aspect, none repeating what the draft said, within each source document's share."""
    primary = [u for u in pool if u.phrase.topics[:1] == (topic,)]
    secondary = [u for u in pool if topic in u.phrase.topics[1:]]
    ranked: list[UnitView] = []
    for group in (primary, secondary):
        shuffled = sorted(group, key=lambda u: u.phrase.id)
        rng.shuffle(shuffled)
        # the seed orders units; a unit with a lead or more to say comes a little earlier
        shuffled.sort(key=lambda u: -(u.phrase.lead is not None) - min(u.size, 400) / 400)
        ranked.extend(shuffled)
    chosen: list[Chosen] = []
    aspects: set[str] = set()
    size = 0
    for unit in ranked:
        if size >= budget:
            break
        if unit.phrase.id in ledger.used_ids:
            continue
        aspect = unit.phrase.aspect or unit.phrase.id
        if aspect in aspects or _same_lead(unit, chosen, ledger.idf):
            continue
        keep = _fresh_prefix(unit, ledger, taken)
        room = ledger.source_room(unit.source)
        keep = min(keep, room)
        if keep < MIN_UNIT_SENTENCES:
            continue
        pick = Chosen(unit, keep)
        ledger.record(pick)
        chosen.append(pick)
        aspects.add(aspect)
        size += pick.size
    return chosen


def _same_lead(unit: UnitView, chosen: Sequence[Chosen], idf: dict[str, float]) -> bool:
    """The unit opens on what a chosen unit of the part opened on (巩固脱贫成果 / 着力巩固脱贫
    成果): two paragraphs of one part never start on one matter."""
    opening = bigrams(unit.phrase.lead or unit.sentences[0])
    for pick in chosen:
        other = bigrams(pick.unit.phrase.lead or pick.unit.sentences[0])
        shared = opening & other
        smaller = min(len(opening), len(other)) or 1
        if len(shared) >= 3 and len(shared) / smaller >= 0.5:
            return True
        if same_idea(opening, other, idf):
            return True
    return False


def _fresh_prefix(unit: UnitView, ledger: UnitLedger, taken: set[str] | frozenset[str]) -> int:
    """How many of the unit's sentences, from the start, say nothing the draft has said (a
    repeated sentence ends the unit there: its later sentences build on it); ``taken`` are
    sentences other parts of the draft said word for word."""
    mood = unit.phrase.mode or Mode.TARGET
    for index, grams in enumerate(unit.grams):
        if (
            unit.sentences[index] in taken
            or ledger.repeats(grams, mood)
            or any(same_idea(grams, earlier, ledger.idf) for earlier in unit.grams[:index])
        ):
            return index
    return len(unit.sentences)


# --------------------------------------------------------------------------- order and fit

_ROLE_RANK = {"framing": 0, "measure": 1, "target": 1, "review": 1, "duty": 2, "exhortation": 3}


def order_units(chosen: Sequence[Chosen]) -> list[Chosen]:
    """The unit that frames the matter first, the ones ending on duties or a call last."""

    def rank(pick: Chosen) -> int:
        roles = pick.unit.roles[: pick.keep]
        if roles[0] == "framing":
            return 0
        return 2 if roles[-1] in ("duty", "exhortation") else 1

    return sorted(chosen, key=rank)


def fit_units(chosen: Sequence[Chosen], budget: int) -> list[Chosen]:
    """Cut units from their ends (never below two sentences) until the part fits its budget,
    longest first; a unit that would fall below two sentences is left out instead."""
    result = [
        Chosen(c.unit, _wall_cut(c.sentences)) if c.size > MAX_PARAGRAPH_CHARS else c
        for c in chosen
    ]
    total = sum(c.size for c in result)
    while total > budget * 1.05 and result:
        index = max(range(len(result)), key=lambda i: (result[i].keep, result[i].size, -i))
        pick = result[index]
        if pick.keep > MIN_UNIT_SENTENCES:
            result[index] = Chosen(pick.unit, pick.keep - 1)
        elif len(result) > 1 and total - pick.size >= budget * 0.85:
            del result[index]
        else:
            break
        total = sum(c.size for c in result)
    return result


def _wall_cut(sentences: Sequence[str]) -> int:
    size = 0
    for index, sentence in enumerate(sentences):
        size += len(sentence)
        if size > MAX_PARAGRAPH_CHARS and index >= MIN_UNIT_SENTENCES:
            return index
    return len(sentences)


# --------------------------------------------------------------------------- word

_PLAN_VOICE = re.compile(r"^(?:我们将|我们要|将要|要|将)(?!素|求|点|件|是|来)")


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


def word_units(
    chosen: Sequence[Chosen],
    *,
    report: bool,
    style: str,
    topic_key: str | None,
    lead_text: object,
) -> list[Paragraph]:
    """Each chosen unit as one paragraph: its lead (bold, with the ordinal of the run when the
    style is 一要/一是), its sentences in the kind's voice, provenance on every sentence."""
    paragraphs: list[Paragraph] = []
    for index, pick in enumerate(chosen):
        phrase = pick.unit.phrase
        source = phrase.sources[0] if phrase.sources else None
        provenance = Provenance(
            entry=phrase.id,
            kind="段落",
            source=source.file if source else None,
            paragraph=source.paragraph + 1 if source else None,
            yaml_key=topic_key,
        )
        ordinal = style not in ("lead", "plain")
        pieces = [
            Piece(voice(s, report, first=i == 0 and not ordinal), provenance)
            for i, s in enumerate(pick.sentences)
        ]
        lead: Piece | None = None
        if phrase.lead and style != "plain":
            text = lead_text(phrase.lead, index + 1, len(chosen), style)  # type: ignore[operator]
            lead = Piece(text, provenance)
        elif ordinal:
            # every paragraph of a run carries its ordinal: 二要 before the first sentence
            first = lead_text(pieces[0].text, index + 1, len(chosen), style)  # type: ignore[operator]
            pieces[0] = Piece(first, provenance)
        paragraphs.append(Paragraph(tuple(pieces), lead))
    return paragraphs
