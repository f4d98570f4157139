"""A part of a draft from the county's own archive (``drafter mine --county``) topped up with
the archive's own plan sentences of its topic that the part has not said (``own_rest``), and,
once every part is composed, with the archive's plan sentences no part took (``leftover_homes``,
``own_leftovers``).

Input: the draft's ``Selector`` (its bank an ``OwnCountyBank``), the part's topic, the
characters it still lacks and how its loose sentences are grouped into paragraphs; output:
those paragraphs. Why: a county drafting its next report from its own past reports wants its
office's sentences, and its archive is small — a part whose units and sentence-by-sentence
paragraphs fell short still has measures of its topic the filters for a strange bank's
sentences passed over (a part's second paragraph on a matter, a sentence its units did not
hold). They are the archive's measures of the part's own topic only (its first topic, named
most), none a result, a shortcoming or a five-year plan's wording, none on another part's
matter or saying again what the draft said.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from drafter.compose.model import Paragraph, Piece
from drafter.compose.select import Candidate, Selector
from drafter.compose.units import said_done, says_problem, spans_years
from drafter.phrasebank.model import MATTER_SEPARATOR, Kind, Mode

Grouping = Callable[[Selector, list[Piece]], Sequence[tuple[Piece, ...]]]


def own_rest(
    selector: Selector, topic: str, missing: int, topic_key: str | None, group: Grouping
) -> list[Paragraph]:
    """Paragraphs of the archive's unsaid measures on ``topic``, about ``missing`` characters;
    none when the draft is not the own county's."""
    if not selector.own_county or missing <= 0:
        return []
    pieces: list[Piece] = []
    size = 0
    for candidate in selector.candidates(Kind.BODY, topic, min_len=12, max_len=150):
        if size >= missing:
            break
        if _fits_part(selector, candidate, topic):
            pieces.append(selector.take(candidate, topic_key))
            size += len(candidate.text)
    return [Paragraph(together) for together in group(selector, pieces)]


OTHER_NAMED = 2.8  # another topic named this much (two of its keywords) outweighs the paragraph


def _fits_part(selector: Selector, candidate: Candidate, topic: str) -> bool:
    phrase, text = candidate.phrase, candidate.text
    if phrase.curated or phrase.topics[:1] != (topic,) or phrase.mode is Mode.ACHIEVEMENT:
        return False
    if said_done(text) or says_problem(text) or spans_years(text):
        return False
    scores = selector.keyword_scores(text)
    own = scores.get(topic, 0.0)
    if own < max(scores.values(), default=0.0) and max(scores.values()) >= OTHER_NAMED:
        return False  # named more by another topic's words
    # (a sentence naming its topic weakly or not at all has it from its paragraph, as mining
    # read it: 依法依规推进矿山整合重组 in a paragraph on 生态环保)
    if selector.says_other_matter(phrase, topic) or selector.says_claimed_matter(phrase):
        return False
    return text not in selector.used and not selector.too_similar(text)


def leftover_homes(selector: Selector, topics: Sequence[str]) -> dict[str, list[Candidate]]:
    """After every part of the draft was composed: the archive's plan sentences no part took,
    by the part (of ``topics``, the draft's) each belongs in — the part of its matter
    (安全稳定/雪亮工程 in the 安全稳定 part), else of its first topic, else the part whose topic
    its words name most — best first. A county's archive is small and its sentences often name
    two topics (农村 and 供水, 工业 and 招商): a part takes only those of its own first topic
    while other parts are still to come, and what none of them took is left over."""
    homes: dict[str, list[Candidate]] = {topic: [] for topic in topics}
    if not selector.own_county:
        return homes
    for candidate in selector.candidates(Kind.BODY, min_len=8, max_len=150):
        home = _home(selector, candidate, topics)
        if home is not None:
            homes[home].append(candidate)
    for topic, found in homes.items():
        found.sort(key=lambda c: (-selector.topic_score(c.text, topic, c.phrase), c.phrase.id))
    return homes


def own_leftovers(
    selector: Selector,
    found: Sequence[Candidate],
    missing: int,
    topic_key: str | None,
    group: Grouping,
) -> list[Paragraph]:
    """Paragraphs of ``found`` (a part's ``leftover_homes``) about ``missing`` characters, none
    saying again what the draft said nor a matter another paragraph of the draft says."""
    pieces: list[Piece] = []
    size = 0
    for candidate in found:
        if size >= missing:
            break
        text = candidate.text
        if selector.says_claimed_matter(candidate.phrase) or text in selector.used:
            continue
        if not selector.too_similar(text):
            pieces.append(selector.take(candidate, topic_key))
            size += len(text)
    return [Paragraph(together) for together in _merged(group(selector, pieces))]


# A clause stating a result or a state reached (基础设施全面改善; 乡村振兴迈出坚实步伐;
# 自主创新能力显著增强): a goal or a review, not a measure a part can add at its end. A clause
# that works for the state (推动空气质量持续改善, 确保收入稳步提高) is a measure.
_RESULT = re.compile(
    r"(?:^|[，；])(?!推动|确保|促进|力争|实现|保持|努力|着力|加快|争取)"
    r"[^，；。]{2,24}(?:持续|全面|明显|显著|进一步|不断|更加|大幅|稳步)"
    r"(?:改善|提升|增强|提高|完善|健全|优化|加快|扩大)(?=[，；。！]|$)|迈出[^，；。]*步伐"
)
MERGED_SENTENCES = 3  # leftover sentences of a part joined into paragraphs of at most this many


def _merged(groups: Sequence[tuple[Piece, ...]]) -> list[tuple[Piece, ...]]:
    """Groups of one or two leftover sentences joined with their neighbours (up to
    ``MERGED_SENTENCES``): a part does not end in a run of one-sentence paragraphs."""
    merged: list[tuple[Piece, ...]] = []
    for together in groups:
        if merged and len(merged[-1]) + len(together) <= MERGED_SENTENCES:
            merged[-1] = (*merged[-1], *together)
        else:
            merged.append(tuple(together))
    return merged


def _home(selector: Selector, candidate: Candidate, topics: Sequence[str]) -> str | None:
    phrase, text = candidate.phrase, candidate.text
    if phrase.curated or phrase.mode is Mode.ACHIEVEMENT:
        return None
    if said_done(text) or says_problem(text) or spans_years(text) or _RESULT.search(text):
        return None
    matter = (phrase.aspect or "").partition(MATTER_SEPARATOR)[0]
    if matter in topics:
        home = matter
    elif phrase.topics and phrase.topics[0] in topics:
        home = phrase.topics[0]
    else:
        # a topic the draft has no part on is said by the part that speaks for it (消费 in
        # the part on 项目建设 and 扩大投资促进消费), else by the part its words name most
        own = {matter, *phrase.topics[:1]} - {""}
        speaking = [t for t in topics if own & selector.matter_homes.get(t, frozenset())]
        scores = selector.keyword_scores(text)
        named = speaking or [t for t in topics if scores.get(t, 0.0) > 0]
        if not named:
            return None
        home = max(named, key=lambda t: (scores.get(t, 0.0), -topics.index(t)))
        if not speaking and any(scores.get(other, 0.0) > scores[home] for other in topics):
            return None  # said better by another part
    return None if selector.says_other_matter(phrase, home) else home
