"""Parallel level-1 headings: one frame for all sibling parts, filled for each part's topic.

Input: the topics of the numbered parts (and the titles the writer gave), the bank's level-1
heading frames with their per-topic fillers; output: one heading ``Piece`` per part. A frame is
usable only when it has a filler for every untitled part's topic (distinct fillers when two parts
share a topic) and every filled heading is safe. Among usable frames the seed chooses, weighted
towards frames seen more often. A frame with one slot can also be filled with the topic's own
name, so a topic the writer added to the bank still gets a parallel heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from drafter.compose.model import Piece
from drafter.compose.select import Selector, provenance_of, topic_matter_words
from drafter.compose.suitability import GENERIC_KEYWORDS, names_another_topic
from drafter.document import Provenance
from drafter.phrasebank.model import SLOT_PATTERN, Filler, Kind, Phrase
from drafter.records import dataclass
from drafter.targets.material import GENERAL_TOPICS


@dataclass(frozen=True, slots=True)
class HeadingChoice:
    frame: Phrase | None
    headings: tuple[Piece, ...]


def _fill(frame: Phrase, filler: Filler) -> str | None:
    values = dict(filler.values)
    text = frame.text
    for slot in frame.slots:
        if slot not in values:
            return None
        text = text.replace("{" + slot + "}", values[slot])
    return text


def _topic_filler(frame: Phrase, topic: str) -> Filler | None:
    if len(frame.slots) == 1:
        return Filler(topic, ((frame.slots[0], topic),))
    return None


OWN_SHARE = 0.5  # a mined frame serves a draft when its own fillers cover this share of topics
_JUNK = re.compile(r"[0-9A-Za-z“”\[\]]")  # a mined frame holding these is a scraped fragment


def family(frame: Phrase) -> str:
    """The frame up to its last slot and the character after it (聚焦{A}，在{B}上): frames of
    one family differ only in their closing words (上加力提效 / 上攻坚突破), so a real heading's
    fillers fit every frame of it (not 在{B}实现更大突破, whose fillers end in 上)."""
    end = frame.text.rfind("}")
    return frame.text[: end + 2] if end >= 0 else frame.text


def family_fillers(frames: Sequence[Phrase]) -> dict[str, tuple[Filler, ...]]:
    """Per family, the fillers of its mined frames (each from a real heading), the frame's own
    first in the order the bank holds them."""
    pooled: dict[str, list[Filler]] = {}
    for frame in frames:
        if not frame.curated:
            pooled.setdefault(family(frame), []).extend(frame.fillers)
    return {key: tuple(fillers) for key, fillers in pooled.items()}


def _assign(
    frame: Phrase,
    topics: Sequence[str | None],
    selector: Selector,
    twin: Phrase | None = None,
    kin: Sequence[Filler] = (),
    parts: frozenset[str] | None = None,
) -> tuple[tuple[str | None, ...], tuple[bool, ...]] | None:
    """Each part's heading text from ``frame`` (None for parts the writer titled), and whether
    it is a mined sibling heading (the ``twin``: the same frame as mined from a report, whose
    own fillers come first; then ``kin``, the fillers of the frame's family); None when the
    frame cannot serve every part. No two headings repeat a filler's words (聚焦动能转化 over
    two parts). ``parts``: the topics of all the draft's parts (those the writer titled
    too; by default ``topics``'), whose fields another part's filler does not take."""
    parts = frozenset(t for t in topics if t) if parts is None else parts
    chosen: list[str | None] = []
    mined: list[bool] = []
    taken: set[str] = set()  # the headings so far and the words they filled in
    said: set[str] = set()  # the runs and openings they filled in (``filler_runs``)
    for topic in topics:
        if topic is None:
            chosen.append(None)
            mined.append(False)
            continue
        # (the family's real headings of the topic, the twin's among them: two counties drafted
        # on one frame do not take one report's heading for each topic — round 109's writers
        # read six of one draft's headings word for word in another's)
        pooled = tuple(dict.fromkeys((*(twin.fillers if twin else ()), *kin)))
        twin_texts = _texts(frame, pooled, topic, taken, selector, parts, said=said)
        if twin_texts:
            text, filler = twin_texts[selector.rng.randrange(len(twin_texts))]
            taken.update((text, *(value for _, value in filler.values)))
            said |= filler_runs(filler)
            chosen.append(text)
            mined.append(True)
            continue
        mined.append(not frame.curated)
        options = [f for f in frame.fillers if f.topic == topic]
        fallback = _topic_filler(frame, topic) if frame.curated else None
        if fallback is not None:
            options.append(fallback)
        # (a hand-written frame's fillers were written for their topics)
        texts = _texts(
            frame,
            options,
            topic,
            taken,
            selector,
            parts,
            mined=not frame.curated,
            said=said,
        )
        if not texts:
            return None
        text, filler = texts[selector.rng.randrange(len(texts))] if len(texts) > 1 else texts[0]
        taken.update((text, *(value for _, value in filler.values)))
        said |= filler_runs(filler)
        chosen.append(text)
    return tuple(chosen), tuple(mined)


def _texts(
    frame: Phrase,
    fillers: Sequence[Filler],
    topic: str,
    taken: set[str],
    selector: Selector,
    parts: frozenset[str] = frozenset(),
    *,
    mined: bool = True,
    said: AbstractSet[str] = frozenset(),
) -> list[tuple[str, Filler]]:
    """``frame`` filled with each of ``fillers`` of ``topic`` that passes the leak checks and
    fills in no words ``taken`` (another heading's) — and, where any of them does not, a run
    or an opening another heading filled in neither (``said``: ``filler_runs``); ``mined``
    fillers (another report's heading, tagged by mining) must be about ``topic``
    (``_names_other``)."""
    texts = []
    for filler in fillers:
        if filler.topic != topic or any(
            len(value) >= 2 and (value in taken or _within_taken(value, taken))
            for _, value in filler.values
        ):
            continue
        text = _fill(frame, filler)
        if (
            text is None
            or text in taken
            or (mined and _names_other(selector, filler, topic, parts))
        ):
            continue
        if selector.prepare(Phrase(id=frame.id, kind=frame.kind, text=text)) is None:
            continue
        texts.append((text, filler))
    # (one repeating none of them where the topic has one: a frame is not given up for it —
    # refused outright, seed 7's drafts took 49.8% of their headings from the corpus)
    fresh = [(text, filler) for text, filler in texts if filler_runs(filler).isdisjoint(said)]
    return fresh or texts


SHARED_WORD = 4  # a filler holding another heading's filler of this many characters repeats it
FILLED_RUN = 4  # sibling headings fill in no run of this many characters twice…
FILLED_OPENING = 3  # …nor open a slot's value alike over this many (以更大力度 twice)


def filler_runs(filler: Filler) -> frozenset[str]:
    """The runs of ``FILLED_RUN`` characters ``filler`` fills in, each value's own, and the
    opening of each slot's value: sibling headings filling in one of them twice repeat a word
    the frame does not (round 122's three writers: 六、坚持人民至上…… 七、坚持人民至上……,
    以更大力度 in 七 and 八 — 排比重复)."""
    runs = {
        value[i : i + FILLED_RUN]
        for _, value in filler.values
        for i in range(len(value) - FILLED_RUN + 1)
    }
    openings = {
        f"{slot}:{value[:FILLED_OPENING]}"
        for slot, value in filler.values
        if len(value) > FILLED_OPENING
    }
    return frozenset(runs | openings)


def _within_taken(value: str, taken: set[str]) -> bool:
    """``value`` holds a filler another heading filled in, or is held in one (坚持城乡融合，以更
    实作为推进乡村全面振兴 and then 坚持一体推进，以更实举措促进城乡融合: the draft says
    城乡融合 in two headings)."""
    for other in taken:
        shorter, longer = (value, other) if len(value) <= len(other) else (other, value)
        if len(shorter) >= SHARED_WORD and shorter in longer:
            return True
    return False


def _names_other(
    selector: Selector, filler: Filler, topic: str, parts: frozenset[str] = frozenset()
) -> bool:
    """A filler that does not name its own topic, or names another's and not its own: a
    mined heading tagged 经济运行 reading 聚焦深化改革，在激活发展动能上 (round 31 drafted a
    part on 经济运行 under it beside one on 改革创新), or 聚焦旅发大会，在产业升级上 over a
    part on 抓落实. A heading says what its part is about."""
    words = "".join(value for _, value in filler.values)
    return _not_about(selector, words, topic) or _field_of_other(selector, filler, topic, parts)


def _field_of_other(selector: Selector, filler: Filler, topic: str, parts: frozenset[str]) -> bool:
    """The filler names neither its topic nor a matter of it, and one of its words is part of
    another part's keywords (产业 of 产业链, 产业集群 in a draft with a part on 工业发展):
    持续发力抓产业 over a part on 农业农村 beside 聚链成群抓工业 reads as that part's (round
    94's writer: 标题和内容不符，和工业撞了题)."""
    own = (*selector.keywords.get(topic, ()), *topic_matter_words(topic))
    others = [k for other in parts if other != topic for k in selector.keywords.get(other, ())]
    for _, value in filler.values:
        if len(value) < 2 or any(k in value for k in own):
            continue
        if any(value in k for k in others):
            return True
    return False


def _not_about(selector: Selector, words: str, topic: str) -> bool:
    """``words`` (a heading or what a filler puts in one) name another topic and not
    ``topic``; or, for a topic every part serves (抓落实, 作风建设, 经济运行: ``GENERAL_TOPICS``),
    do not name it at all (not by a word any heading says: 攻坚 of 在……上攻坚突破). A heading
    on a matter of its own topic may leave the topic unnamed (聚焦要素保障，在破解瓶颈上 over a
    report's part on 项目建设); one over the general parts names what they are about."""
    if names_another_topic(selector, words, topic):
        return True
    keywords = selector.keywords.get(topic)
    if keywords is None:
        return False
    if topic not in GENERAL_TOPICS:
        return False
    words = OTHER_COMPOUNDS.sub("", words)
    return not any(k in words for k in keywords if k not in GENERIC_KEYWORDS)


# Words holding a keyword of a topic every part serves without being about it: 实体经济 and 县域
# 经济 are industry and the county as a whole, not 经济运行; 新动能 and 发展动能 are what
# industry and reform breed (round 113's writer: （三）坚定不移抓新动能培育，进一步发展壮大实体
# 经济 over a part on 财源建设、债务和统计 — 没有一句讲新动能).
OTHER_COMPOUNDS = re.compile(
    "实体经济|县域经济|数字经济|民营经济|园区经济|夜间经济|夜经济|飞地经济|新动能|发展动能"
)


def _clean(text: str) -> str:
    return text.strip().rstrip("。；，")


def choose_headings(
    selector: Selector,
    topics: Sequence[str],
    titles: Sequence[str | None],
    keys: Sequence[str | None],
    avoid: frozenset[str] = frozenset(),
) -> HeadingChoice:
    """Headings for parts with ``topics``; ``titles[i]`` is the writer's title or None;
    ``keys[i]`` the YAML key of the part (for provenance). ``avoid``: frame families
    (``family``) another run of sibling headings in the draft has, taken only where no other
    frame serves."""
    wanted: list[str | None] = [
        None if title else topic for topic, title in zip(topics, titles, strict=True)
    ]
    frames = [
        f
        for f in selector.bank.of_kind(Kind.HEADING_FRAME)
        if (f.level in (None, 1, 2)) and f.slots and "抓手" not in f.text
    ]  # 以……为抓手 in every sibling heading reads as a formula
    frames.sort(key=lambda f: f.id)
    usable: list[tuple[float, Phrase, tuple[tuple[str | None, ...], tuple[bool, ...]]]] = []
    given = [title for title in titles if title]
    twins = {f.text: f for f in frames if not f.curated}
    kin = family_fillers(frames)
    if any(w is not None for w in wanted):
        for frame in frames:
            fillers = kin.get(family(frame), frame.fillers)
            own = len({f.topic for f in fillers if f.topic in wanted})
            if not frame.curated and (own < max(2, OWN_SHARE * len(set(wanted) - {None}))):
                continue  # a mined frame mostly filled by other reports' fillers reads patched
            if not frame.curated and _JUNK.search(SLOT_PATTERN.sub("", frame.text)):
                continue
            twin = twins.get(frame.text) if frame.curated else None
            assigned = _assign(
                frame, wanted, selector, twin, kin.get(family(frame), ()), frozenset(topics)
            )
            if assigned is not None:
                # a frame real reports use: drafts take its mined sibling headings first, the
                # more of them the likelier (as the square root, a frame with no mined filler for
                # a topic was taken as often as one with all; squared, nine of twelve counties'
                # drafts took the one family with the most)
                weight_boost = 1.0 + sum(assigned[1]) if twin is not None else 1.0
                weight = 1.0 + min(frame.support, 6) + (0.5 if not frame.curated else 0.0)
                # a mined frame the draft's own topics filled in its source reads as written
                weight *= (1.0 + own) if not frame.curated else 0.5 * weight_boost**1.5
                if given:
                    # Generated siblings take the shape of the writer's own titles: one clause
                    # or two, and about as long.
                    comma = any("，" in title for title in given)
                    sample = next(t for t in assigned[0] if t is not None)
                    same = ("，" in sample) == comma
                    mean = sum(len(t) for t in given) / len(given)
                    weight *= (4.0 if same else 0.1) / (1.0 + abs(len(sample) - mean) / 4)
                usable.append((weight * (0.5 + selector.rng.random()), frame, assigned))
    headings: list[Piece] = []
    if usable:
        usable.sort(key=lambda item: (family(item[1]) in avoid, -item[0], item[1].id))
        _, frame, (texts, mined) = usable[0]
        twin = twins.get(frame.text, frame)
        for text, from_twin, title, key in zip(texts, mined, titles, keys, strict=True):
            if title:
                headings.append(Piece(_clean(title), _title_provenance(key)))
            else:
                assert text is not None
                selector.mark_used(text)
                headings.append(Piece(text, provenance_of(twin if from_twin else frame, key)))
        return HeadingChoice(frame, tuple(headings))
    return _without_frame(selector, topics, titles, keys, wanted)


def _without_frame(
    selector: Selector,
    topics: Sequence[str],
    titles: Sequence[str | None],
    keys: Sequence[str | None],
    wanted: list[str | None],
) -> HeadingChoice:
    """Headings where no frame in the bank serves every topic (a bank mined without the curated
    frames): mined sibling headings where there are some, else — the siblings still have to be
    parallel — the same plain frame filled with each topic, a topic given twice taking the next
    verb, so no two headings are the same."""
    headings: list[Piece] = []
    siblings = _mined_siblings(selector, wanted)
    seen: dict[str, int] = {}
    for index, (topic, title, key) in enumerate(zip(topics, titles, keys, strict=True)):
        text, phrase = siblings[index] if siblings is not None else (None, None)
        if title:
            headings.append(Piece(_clean(title), _title_provenance(key)))
        elif text is not None and phrase is not None:
            selector.mark_used(text)
            headings.append(Piece(text, provenance_of(phrase, key)))
        else:
            name = _PLAIN_NAMES.get(topic, topic)
            verb = _PLAIN_VERBS[seen.get(topic, 0) % len(_PLAIN_VERBS)]
            seen[topic] = seen.get(topic, 0) + 1
            headings.append(Piece(f"{verb}{name}", _title_provenance(key)))
    return HeadingChoice(None, tuple(headings))


def _mined_siblings(
    selector: Selector, wanted: Sequence[str | None]
) -> list[tuple[str | None, Phrase | None]] | None:
    """Each untitled part's heading taken whole from a mined heading of its topic, as many as
    possible of one opening (聚焦……，以更大力度……): a county's own archive (its bank has no
    hand-written frames) names a new year's parts in its own words even where no frame of it
    covers every topic. A topic it never headed takes the plain heading; None when fewer than
    half the topics have a mined two-clause heading."""
    pool = [
        h
        for h in selector.bank.of_kind(Kind.HEADING)
        if not h.curated and h.level in (None, 1, 2) and "，" in h.text and 8 <= len(h.text) <= 30
    ]
    topics = [t for t in wanted if t is not None]
    if not pool or not topics:
        return None
    openings: dict[str, set[str]] = {}
    for heading in pool:
        openings.setdefault(heading.text[:2], set()).update(heading.topics[:1])
    ranked = sorted(openings, key=lambda o: (-len(openings[o] & set(topics)), o))
    chosen: list[tuple[str | None, Phrase | None]] = []
    taken: set[str] = set()
    for topic in wanted:
        if topic is None:
            chosen.append((None, None))
            continue
        found = None
        # its main topic first, then any of its topics, then its words (民生 for 教育卫生)
        for tier in range(3):
            for opening in ranked:
                for heading in pool:
                    if heading.text[:2] != opening or not _heads(selector, heading, topic, tier):
                        continue
                    if _not_about(selector, heading.text, topic):
                        continue  # (坚定不移秉持人民至上，加快民生事项落实落地 as 招商引资's)
                    text = selector.prepare(heading)
                    if text is not None and text not in taken:
                        found = (text, heading)
                        break
                if found is not None:
                    break
            if found is not None:
                break
        if found is None:
            chosen.append((None, None))
            continue
        taken.add(found[0])
        chosen.append((_clean(found[0]), found[1]))
    if 2 * sum(1 for _, phrase in chosen if phrase is not None) < len(topics):
        return None
    return chosen


def _heads(selector: Selector, heading: Phrase, topic: str, tier: int) -> bool:
    if tier == 0:
        return topic in heading.topics[:1]
    if tier == 1:
        return topic in heading.topics
    return selector.keyword_scores(heading.text).get(topic, 0.0) >= 1.0


_PLAIN_VERBS = ("扎实推进", "持续深化", "全面加强", "着力提升", "不断完善", "奋力开创")


# Topic names that do not read as the object of 推进 on their own.
_PLAIN_NAMES = {"抓落实": "工作落实", "安全稳定": "安全稳定工作", "作风建设": "政府作风建设"}


def _title_provenance(key: str | None) -> Provenance | None:
    return Provenance(yaml_key=key) if key else None
