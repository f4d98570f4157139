"""Paragraph units: one source paragraph's generalised sentences → one ``paragraph`` entry.

Input: the body and lead ``Phrase``s generalisation made of one speech, each with the candidate
it came from (its paragraph, its section's mode and heading path). Output: ``Phrase``s of kind
``paragraph``, one per body paragraph that keeps at least ``MIN_SENTENCES`` sentences a draft can
use (one under its own lead sentence: 壮大工业经济总量。坚持……): the sentences in source order
(``items``), a role per sentence (``roles``), the unit's topic, its aspect (the topic keyword
it dwells on), its mood (``mode``: review or plan), its genre (report or speech) and its lead
sentence.

A unit is a composition unit, so it only keeps what drafting can state as written: a sentence
that still holds a slot other than ``{county}`` (a scrubbed place, company or project, or a
figure of the source county) is left out of the unit — the unit says the rest of the paragraph
in its own order. Dated wording (去年, 十四五, 2023年) is left out too: the draft's own period
words come from its targets file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from drafter.mining.aspects import Aspects, load_aspects
from drafter.mining.extract import Candidate
from drafter.mining.figureless import clauses_free
from drafter.mining.names.clauses import without_words
from drafter.mining.topics import TopicTagger
from drafter.phrasebank.model import SLOT_PATTERN, Kind, Mode, Phrase, SourceRef, home_of
from drafter.prefilter import Prefiltered
from drafter.records import dataclass

MIN_SENTENCES = 2
MIN_CHARS = 40


def min_sentences(lead: str | None) -> int:
    """Sentences a unit needs: two, or one under a lead of its own (a lead and its sentence are
    a paragraph of a report)."""
    return 1 if lead else MIN_SENTENCES


MIN_TOPIC_HITS = 2  # keyword hits of its topic a unit needs
FILLABLE_SLOTS = frozenset({"county"})
# A county's own archive (``mine --county``) keeps in its plan units the sentences holding a
# figure of the year they were planned for: drafting for the county says the measure without
# that figure, or asks the writer for this year's (【待补】), and never restates it.
OWN_FIGURE_SLOTS = frozenset({"number", "amount", "percent"})

_ROLES_FILE = Path(__file__).with_name("roles.yaml")


@dataclass(frozen=True, slots=True)
class RoleRule:
    role: str
    pattern: re.Pattern[str]
    why: str
    accept: tuple[str, ...]
    reject: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class UnitRules:
    roles: tuple[RoleRule, ...]
    dated: re.Pattern[str]  # period words a unit must not carry into another year
    particular: Prefiltered  # a county's particulars by their shape (its industries, firsts)
    review: re.Pattern[str]  # wording of a result achieved
    plan: re.Pattern[str]  # wording of a task to do
    reflection: re.Pattern[str]  # a paragraph looking back on its year
    aspects: Aspects  # the matters within topics (aspects.yaml)

    def particular_in(self, text: str, own_archive: bool = False) -> bool:
        """``text`` names a county's particular by its shape (``particular``). In the
        county's own archive its list of industries is its own and stays; its firsts are one
        year's facts and do not."""
        found = self.particular.search(text)
        return found is not None and not (own_archive and _INDUSTRY_LIST.search(found.group(0)))


# the end of ``particular``'s match for a county's list of industries (电力电气、食品加工等传统
# 优势产业)
_INDUSTRY_LIST = re.compile(r"(?:产业|行业)$")


def load_unit_rules() -> UnitRules:
    """The rule table in ``roles.yaml``."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's where PyYAML has it
    data = yaml.load(_ROLES_FILE.read_text(encoding="utf-8"), Loader=loader)
    roles = tuple(
        RoleRule(
            role=rule["role"],
            pattern=re.compile(rule["pattern"]),
            why=rule["why"],
            accept=tuple(rule.get("accept", ())),
            reject=tuple(rule.get("reject", ())),
        )
        for rule in data["roles"]
    )
    return UnitRules(
        roles=roles,
        dated=re.compile(data["dated"]),
        # (a broad pattern tried at every position of every sentence: searched only where the
        # characters it needs are)
        particular=Prefiltered(data["particular"]),
        review=re.compile(data["review"]),
        plan=re.compile(data["plan"]),
        reflection=re.compile(data["reflection"]),
        aspects=load_aspects(),
    )


def sentence_role(sentence: str, mood: Mode, rules: UnitRules) -> str:
    """The role a sentence plays in its paragraph (the first rule of the table that matches;
    ``review`` for an unmatched sentence of a review, ``measure`` for one of a plan)."""
    for rule in rules.roles:
        if rule.pattern.search(sentence):
            return rule.role
    return "review" if mood is Mode.ACHIEVEMENT else "measure"


def paragraph_mood(section_mode: str, sentences: Sequence[str], rules: UnitRules) -> Mode:
    """Review (done) or plan (to do): the section says so in a work report (工作回顾 / 重点工作);
    elsewhere the wording decides (完成了、实现、累计 against 要、加快、力争). A paragraph looking
    back on its year (这一年，我们始终……) is a review wherever it stands."""
    if section_mode == "achievement" or any(rules.reflection.search(s) for s in sentences):
        return Mode.ACHIEVEMENT
    if section_mode == "target":
        return Mode.TARGET
    text = "".join(sentences)
    done = len(rules.review.findall(text))
    todo = len(rules.plan.findall(text))
    return Mode.ACHIEVEMENT if done > todo else Mode.TARGET


def usable_sentence(
    text: str,
    rules: UnitRules,
    own_words: frozenset[str] = frozenset(),
    fillable: frozenset[str] = FILLABLE_SLOTS,
    own_archive: bool = False,
) -> bool:
    """A sentence a unit may keep: no slot drafting cannot fill (``fillable``), no dated
    wording, no county's particular by its shape (``UnitRules.particular_in``), and none of
    ``own_words`` (words only its own county uses: a local product, place or firm the name
    rules did not know — 肠衣, 王林口)."""
    if any(slot not in fillable for slot in SLOT_PATTERN.findall(text)):
        return False
    if rules.dated.search(text) or rules.particular_in(text, own_archive):
        return False
    return not any(word in text for word in own_words)


def usable_text(
    text: str,
    rules: UnitRules,
    own_words: frozenset[str] = frozenset(),
    fillable: frozenset[str] = FILLABLE_SLOTS,
    own_archive: bool = False,
) -> str | None:
    """``text`` as a unit may keep it: whole when usable (``usable_sentence``); else, where the
    source county's particulars (its figures' and names' slots, its own words) sit in clauses of
    their own, without those clauses (``figureless.clauses_free``, ``clauses.without_words``),
    when what is left is usable; None otherwise."""
    if usable_sentence(text, rules, own_words, fillable, own_archive):
        return text
    if any(slot not in fillable for slot in SLOT_PATTERN.findall(text)):
        left = clauses_free(text)
        if left is not None and usable_sentence(left, rules, own_words, fillable, own_archive):
            return left
    found = [word for word in own_words if word in text]
    if found:
        # the county's own words in clauses of their own: the measure without them
        left = without_words(text, found)
        if left is not None and usable_sentence(left, rules, own_words, fillable, own_archive):
            return left
    return None


def speech_genre(paragraphs: Sequence[str]) -> str:
    """A government work report (各位代表 / 政府工作报告 near the top) or a speech."""
    head = "".join(paragraphs[:6])
    return "report" if ("各位代表" in head or "政府工作报告" in head) else "speech"


INLINE_HEAD_TWINS = 2  # sentences of one frame besides it that make a sentence an inline head
_BODY_AFTER = 12  # …each before a sentence of its own of at least this many characters


def inline_heads(paragraph: str) -> frozenset[str]:
    """The sentences of ``paragraph`` that head the items of a run written into it, each of
    one frame with two others or more (以协调发展为目标，在加快城乡融合上谋突破。…… 以人民
    幸福为目标，在推进民生事业上谋突破。……: the same opening, the same word after the comma,
    the same ending) and each before a sentence of its own: another report's headings, which
    read as slogans dropped into a draft's paragraph (rounds 54, 56 and 59's readers). A run
    of parallel measures, one after another, heads nothing."""
    from drafter.outline.sentences import sentence_texts

    sentences = [s.strip() for s in sentence_texts(paragraph)]

    def frame(text: str) -> tuple[str, str, str] | None:
        bare = text.rstrip("。！；")
        if not 8 <= len(bare) <= 30 or bare.count("，") != 1 or not text.endswith("。"):
            return None
        after = bare.split("，", 1)[1]
        return (bare[0], after[:1], bare[-2:]) if after else None

    frames = [frame(s) for s in sentences]
    heads: set[str] = set()
    for index, shape in enumerate(frames):
        if shape is None or frames.count(shape) < INLINE_HEAD_TWINS + 1:
            continue
        following = sentences[index + 1] if index + 1 < len(sentences) else ""
        if frames[index + 1 : index + 2] != [shape] and len(following) >= _BODY_AFTER:
            heads.add(sentences[index])
    # (a run of three or more, each before its own body)
    return frozenset(heads) if len(heads) > INLINE_HEAD_TWINS else frozenset()


def build_units(
    parts: Iterable[tuple[Candidate, Phrase]],
    tagger: TopicTagger,
    genre: str,
    own_words: frozenset[str] = frozenset(),
    rules: UnitRules | None = None,
    *,
    own_archive: bool = False,
    labels: dict[str, str | None] | None = None,
) -> list[Phrase]:
    """One unit per source paragraph (cut at its lead sentences) from its generalised body and
    lead sentences; ``own_words`` are words no other source of the corpus uses; ``own_archive``:
    the speech is of the county's own archive (its plan sentences keep their figures'
    slots: ``OWN_FIGURE_SLOTS``); ``labels``: the sentences' matters worked out so far
    (``Aspects.kept_label``)."""
    rules = rules or load_unit_rules()
    by_paragraph: dict[tuple[str, int], list[tuple[Candidate, Phrase]]] = {}
    for candidate, phrase in parts:
        key = (candidate.source.file, candidate.source.paragraph)
        by_paragraph.setdefault(key, []).append((candidate, phrase))
    units: list[Phrase] = []
    for key in sorted(by_paragraph):
        for segment in _segments(by_paragraph[key]):
            unit = _unit(segment, tagger, genre, own_words, rules, own_archive, labels)
            if unit is not None:
                units.append(unit)
    return units


def _segments(
    members: list[tuple[Candidate, Phrase]],
) -> list[list[tuple[Candidate, Phrase]]]:
    """A paragraph cut before each lead sentence: a scraped report often runs several leads and
    their sentences into one paragraph (工业经济加力提速。…… 项目建设加快推进。……)."""
    members = sorted(members, key=lambda m: m[0].source.start)
    segments: list[list[tuple[Candidate, Phrase]]] = [[]]
    for member in members:
        if member[0].kind is Kind.LEAD and segments[-1]:
            segments.append([])
        segments[-1].append(member)
    return segments


def _unit(
    members: list[tuple[Candidate, Phrase]],
    tagger: TopicTagger,
    genre: str,
    own_words: frozenset[str],
    rules: UnitRules,
    own_archive: bool = False,
    labels: dict[str, str | None] | None = None,
) -> Phrase | None:
    lead: str | None = None
    lead_end = -1
    sentences: list[tuple[Candidate, str]] = []
    whole: list[str] = []  # each kept sentence as generalisation left it, all its clauses
    for candidate, phrase in members:
        if candidate.kind is Kind.LEAD:
            if (
                not sentences
                and lead is None
                and usable_sentence(phrase.text, rules, own_words, own_archive=own_archive)
            ):
                lead, lead_end = phrase.text, candidate.source.end
            continue
        fillable = (
            FILLABLE_SLOTS | OWN_FIGURE_SLOTS
            if own_archive and candidate.mode != "achievement"
            else FILLABLE_SLOTS
        )
        text = (
            usable_text(phrase.text, rules, own_words, fillable, own_archive)
            if candidate.kind is Kind.BODY
            else None
        )
        if text is not None:
            # a lead mined as a body sentence too (a long lead) is said once
            if lead is not None and text.startswith(lead):
                continue
            if lead is not None and not sentences and candidate.source.start > lead_end + 1:
                # the sentence that developed the lead was left out: the lead goes with it
                lead = None
            sentences.append((candidate, text))
            whole.append(phrase.text)
    texts = [text for _, text in sentences]
    if len(texts) < min_sentences(lead) or sum(len(t) for t in texts) < MIN_CHARS:
        return None
    first = members[0][0]
    section_modes = [c.mode for c, _ in sentences if c.mode]
    mood = paragraph_mood(section_modes[0] if section_modes else "", texts, rules)
    roles = [sentence_role(text, mood, rules) for text in texts]
    if roles.count("problem") * 3 >= len(roles):
        return None  # a paragraph about shortcomings: a draft's problems come from its targets
    context = first.context
    body = (lead or "") + "".join(texts)
    # the paragraph's own words name its topic; the heading above only breaks a tie
    scores = tagger.plain_scores(body)
    if not scores:
        return None
    heading = tagger.tag_plain(context, limit=1) if context else ()
    best = max(scores.values())
    ranked = sorted(scores, key=lambda t: (-scores[t], t not in heading, tagger.order_of(t)))
    topics = tuple(t for t in ranked if scores[t] * 2 >= best)[:2]
    if best < MIN_TOPIC_HITS:
        return None  # a paragraph that names its topic once is about something else
    start = min(c.source.start for c, _ in sentences)
    end = max(c.source.end for c, _ in sentences)
    return Phrase(
        id="",
        kind=Kind.PARAGRAPH,
        text="".join(texts),
        topics=topics[:2],
        sources=(SourceRef(first.source.file, first.source.paragraph, start, end),),
        items=tuple(texts),
        roles=tuple(roles),
        aspect=_aspect(tagger, rules.aspects, topics[0], body),
        matters=tuple(
            _matter(text, full, topics[0], rules.aspects, labels)
            for text, full in zip(texts, whole, strict=True)
        ),
        mode=mood,
        genre=genre,
        lead=lead,
    )


def _matter(
    text: str, full: str, topic: str, aspects: Aspects, labels: dict[str, str | None] | None
) -> str:
    """The matter a unit's sentence names ("" for none). One left without the clause that
    named another topic's matter keeps it (大力培育外向型企业 of ……，外贸进出口总额增长
    {percent}以上 is on 招商引资's 外贸, and a part on 消费 leaves it out); a matter of the
    unit's own topic only its kept words give (a part may say the rest of it)."""
    label = aspects.kept_label(text, labels)
    if label is not None:
        return label
    label = aspects.kept_label(full, labels) if full != text else None
    if label is None or home_of(label) == topic:
        return ""
    return label


def _aspect(tagger: TopicTagger, aspects: Aspects, topic: str, text: str) -> str | None:
    """The matter of the unit's topic the text names most, with the topic (安全稳定/安全生产:
    see ``aspects.yaml``) — a unit on 商贸消费 naming 市场主体 and 中小企业 is not on
    工业发展/企业培育, the matter a part on 工业发展 would take it in for (round 25: 商业综合体
    and 夜经济 went on in a paragraph on 开发区); for a text naming none of its topic's
    matters, the keyword of ``topic`` it names most often (ties: the earliest in the text)."""
    label = aspects.label(text, (topic,))
    if label is not None:
        return label
    keywords = tagger.keywords_of(topic)
    best: tuple[int, int, str] | None = None
    for keyword in keywords:
        count = text.count(keyword)
        if count:
            rank = (-count, text.find(keyword), keyword)
            if best is None or rank < best:
                best = rank
    return best[2] if best else None
