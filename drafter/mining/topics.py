"""Topic tagging: a text's jieba words → the taxonomy topics whose keywords they hit.

Input: simplified text and the bank's ``Topic``s. Output: topic names, best first. A keyword hits
when it is one of the text's words, or (for keywords of three or more characters, which jieba may
split differently) when it occurs in the text. Ties keep the taxonomy order, so tagging is
deterministic.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from drafter import segment
from drafter.phrasebank.model import Topic
from drafter.wordpattern import words_pattern

# texts whose plain tags a tagger keeps (a speech's paragraphs and indicators are a few hundred)
_PLAIN_KEPT = 4096


STRONG_HITS = 2  # keyword hits by which a sentence names its topic whatever its paragraph says
HOME_HITS = 3  # a paragraph names the one topic it is about at least this often…
HOME_LEAD = 2  # …and this many times as often as any other
# a heading's own topic, named by one keyword, stays its topic where its section names that
# topic at least this share of its most named one's hits (1/BODY_SHARE)
BODY_SHARE = 3
# the means a sentence opens on, up to its first comma (依托……项目，; 通过……，), not its focus
# (聚焦城乡建设，…… and 围绕……，…… name what it is about)
_MEANS_FRAME = re.compile(r"^(?:依托|通过|按照|借助|立足|利用|结合)[^，。；：]{2,30}?，")
# the money a measure opens on (投资300万元，打造2.9万户美丽庭院): every topic's measures are paid
# for, so its 投资 names none (round 85's writer found that one in a part on 项目建设)
_MONEY_MEANS = re.compile(r"^总?投资[^，。；：]{1,16}?元，")


class TopicTagger:
    """Tags texts with the topics of one taxonomy."""

    def __init__(self, topics: Sequence[Topic]) -> None:
        self.topics = tuple(topics)
        self._order = {topic.name: index for index, topic in enumerate(self.topics)}
        self._by_word: dict[str, list[str]] = {}
        self._long: list[tuple[str, str]] = []
        for topic in self.topics:
            for keyword in topic.keywords:
                self._by_word.setdefault(keyword, []).append(topic.name)
                if len(keyword) >= 3:
                    self._long.append((keyword, topic.name))
        self.keywords = frozenset(self._by_word)
        # each: the alternation of its words longest first, written as a tree
        # (``drafter.wordpattern``: the same matches, found faster)
        every = self._by_word
        self._any_re = re.compile(words_pattern(every)) if every else None
        long_words = {k for k, _ in self._long}
        self._long_re = re.compile(words_pattern(long_words)) if long_words else None
        self._long_topics: dict[str, list[str]] = {}
        for keyword, name in self._long:
            self._long_topics.setdefault(keyword, []).append(name)
        # (text, limit) → ``tag_plain``'s answer: a paragraph is the context of each of its
        # sentences, and scanning it for every keyword is the costly part
        self._plain: dict[tuple[str, int], tuple[str, ...]] = {}
        # stretch of a paragraph → ``paragraph_topic``'s answer (asked for each weak sentence of it)
        self._homes: dict[str, str | None] = {}

    def keywords_of(self, topic: str) -> tuple[str, ...]:
        """The keywords of ``topic`` (none for an unknown name)."""
        for known in self.topics:
            if known.name == topic:
                return known.keywords
        return ()

    def scores(
        self, text: str, words: Sequence[str] | None = None, *, compounds: bool = False
    ) -> dict[str, int]:
        """topic → number of keyword hits in ``text`` (``words``: its jieba words, if known).
        ``compounds``: a word of four characters or more that is no keyword counts for the
        two-character keyword it opens with (城乡建设 for 城乡, 工业体系 for 工业) — in a
        heading, the few words there are name its topic."""
        scores: dict[str, int] = {}
        if words is None:
            words = segment.cut(text)
        by_word = self._by_word
        seen = set(words)
        # without compounds only the keywords among the words count: they are picked out in C
        for word in words if compounds else filter(by_word.__contains__, words):
            names = by_word.get(word, ())
            if not names and compounds and len(word) >= 4:
                names = by_word.get(word[:2], ())
            for name in names:
                scores[name] = scores.get(name, 0) + 1
        if self._long_re is not None:
            for keyword in set(self._long_re.findall(text)) - seen:
                for name in self._long_topics[keyword]:
                    scores[name] = scores.get(name, 0) + 1
        return scores

    def order_of(self, topic: str) -> int:
        """The topic's place in the taxonomy (ties between topics keep this order)."""
        return self._order.get(topic, len(self._order))

    def plain_scores(self, text: str) -> dict[str, int]:
        """topic → keyword occurrences in ``text``, without segmenting."""
        scores: dict[str, int] = {}
        if self._any_re is None:
            return scores
        for keyword in self._any_re.findall(text):
            for name in self._by_word[keyword]:
                scores[name] = scores.get(name, 0) + 1
        return scores

    def tag_plain(self, text: str, *, limit: int = 2) -> tuple[str, ...]:
        """Like ``tag`` but by keyword occurrence alone, without segmenting (for long context
        text, where a word boundary matters little)."""
        if self._any_re is None:
            return ()
        known = self._plain.get((text, limit))
        if known is not None:
            return known
        scores: dict[str, int] = {}
        for keyword in self._any_re.findall(text):
            for name in self._by_word[keyword]:
                scores[name] = scores.get(name, 0) + 1
        if len(self._plain) >= _PLAIN_KEPT:
            self._plain.clear()
        found = self._plain[(text, limit)] = self._best(scores, limit)
        return found

    def _best(
        self, scores: dict[str, int], limit: int, main: Mapping[str, int] | None = None
    ) -> tuple[str, ...]:
        """The best topics by ``scores``; between equals, the one ``main`` (the scores of the
        sentence's measure, without the means it opens on) names more, then the taxonomy's."""
        if not scores:
            return ()
        best = max(scores.values())
        main = main or {}
        ranked = sorted(
            scores.items(), key=lambda item: (-item[1], -main.get(item[0], 0), self._order[item[0]])
        )
        return tuple(name for name, score in ranked[:limit] if score * 2 >= best)

    def _main_scores(self, text: str) -> dict[str, int] | None:
        """The scores of ``text`` without the means-frame it opens on (依托基层农技推广补助等
        项目，力争培训高素质农民……: the sentence is about the farmers it trains, not 项目建设);
        None when it opens on none."""
        found = _MEANS_FRAME.match(text)
        return self.scores(text[found.end() :]) if found else None

    def tag(
        self,
        text: str,
        words: Sequence[str] | None = None,
        *,
        limit: int = 2,
        compounds: bool = False,
    ) -> tuple[str, ...]:
        """The best topics of ``text`` (at most ``limit``; those scoring at least half the best);
        ``compounds``: see ``scores``."""
        scores = self._measure_scores(text, words, compounds)
        main = self._main_scores(text) if len(scores) > 1 and not compounds else None
        return self._best(scores, limit, main)

    def tag_in(
        self, text: str, words: Sequence[str] | None, around: str, *, limit: int = 2
    ) -> tuple[str, ...]:
        """The best topics of a sentence read in the paragraph it stands in (``around``): a
        sentence that names its topics by one keyword each is about what its paragraph is
        about, its own words second (规范管理服务，建设一批文明单位、文明企业、文明社区 in a
        paragraph on 房地产 is 城乡建设, not 工业发展 for its 企业); a sentence naming one
        topic by two or more keywords keeps its own order."""
        scores = self._measure_scores(text, words)
        topics = self._best(scores, limit, self._main_scores(text) if len(scores) > 1 else None)
        if not topics and around and _MONEY_MEANS.match(text):
            # (what the money paid for names no keyword: 投资……，实现全域清洁取暖 in a
            # paragraph on 生态环保 is about that)
            home = self.paragraph_topic(around)
            return (home,) if home is not None else ()
        if not topics or not around or max(scores.values()) >= STRONG_HITS:
            return topics
        home = self.paragraph_topic(around)
        if home is None or home == topics[0]:
            return topics
        return (home, *(t for t in topics if t != home))[:limit]

    def tag_heading(
        self,
        text: str,
        words: Sequence[str] | None,
        body: str,
        section: str,
        *,
        limit: int = 2,
    ) -> tuple[str, ...]:
        """The best topics of a heading read with what it heads: a heading naming its topic by
        one keyword is about what its whole ``section`` is about, where that is one topic the
        section names three times as often as the heading's own (坚定不移抓高效投入，进一步增强
        经济发展后劲 heads a section on projects and 招商, not on 经济运行 for its 经济发展: a
        draft took it over 统计 and 金融, and round 104's three writers all read 标题和内容对不
        上); one naming none, over a section about none above all, is about what its ``body``
        (its first paragraphs) names most. (A heading naming its topic by two keywords keeps
        it: read by their sections, such headings lost the words drafting checks a heading's
        topic by — 新动能培育 for 工业 — and the drafts' mined headings fell from 52% to 50%.)"""
        scores = self.scores(text, words, compounds=True)
        topics = self._best(scores, limit)
        # (a heading naming no topic, over a section about none above all, is about what its
        # body says: ``body``)
        if not section or (scores and max(scores.values()) >= STRONG_HITS):
            return topics or self.tag_plain(body)
        home = self.paragraph_topic(section)
        if home is None:
            return topics or self.tag_plain(body)
        if topics:
            # a topic its section speaks of too stays the heading's (注重改善民生 over a
            # section on 民生 projects is 民生保障, not 项目建设)
            named = self.plain_scores(section)
            if named.get(topics[0], 0) * BODY_SHARE >= named[home]:
                return topics
        return (home, *(t for t in topics if t != home))[:limit]

    def _measure_scores(
        self, text: str, words: Sequence[str] | None, compounds: bool = False
    ) -> dict[str, int]:
        """``scores`` of ``text`` without the money it opens on (``_MONEY_MEANS``)."""
        money = _MONEY_MEANS.match(text)
        if money is not None:
            return self.scores(text[money.end() :])
        return self.scores(text, words, compounds=compounds)

    def paragraph_topic(self, paragraph: str) -> str | None:
        """The one topic ``paragraph`` is about, if it is about one: named at least
        ``HOME_HITS`` times and ``HOME_LEAD`` times as often as any other (a scraped report's
        whole section run into one paragraph is about none)."""
        if paragraph in self._homes:
            return self._homes[paragraph]
        if len(self._homes) >= _PLAIN_KEPT:
            self._homes.clear()
        home: str | None = None
        scores = self.plain_scores(paragraph)
        if scores:
            ranked = sorted(scores.items(), key=lambda item: (-item[1], self._order[item[0]]))
            best = ranked[0][1]
            second = ranked[1][1] if len(ranked) > 1 else 0
            if best >= HOME_HITS and best >= HOME_LEAD * second:
                home = ranked[0][0]
        self._homes[paragraph] = home
        return home
