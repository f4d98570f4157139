"""A part of a draft from the county's own archive (``drafter mine --county``) topped up with
the archive's own plan sentences of its topic that the part has not said.

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

from collections.abc import Callable, Sequence

from drafter.compose.model import Paragraph, Piece
from drafter.compose.select import Candidate, Selector
from drafter.compose.units import said_done, says_problem, spans_years
from drafter.phrasebank.model import Kind, Mode

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


def _fits_part(selector: Selector, candidate: Candidate, topic: str) -> bool:
    phrase, text = candidate.phrase, candidate.text
    if phrase.curated or phrase.topics[:1] != (topic,) or phrase.mode is Mode.ACHIEVEMENT:
        return False
    if said_done(text) or says_problem(text) or spans_years(text):
        return False
    scores = selector.keyword_scores(text)
    if scores.get(topic, 0.0) <= 0 or scores[topic] < max(scores.values()):
        return False  # named more by another topic's words
    if selector.says_other_matter(phrase, topic) or selector.says_claimed_matter(phrase):
        return False
    return text not in selector.used and not selector.too_similar(text)
