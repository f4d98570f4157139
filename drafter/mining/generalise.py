"""Generalisation: a literal ``Candidate`` → bank ``Phrase``s with named slots and topics.

Input: candidates of one speech, their jieba words, the speech's ``NameContext`` and the topic
tagger. Output: ``Phrase``s (not yet merged) — names and figures replaced by slots, or the
candidate dropped when a name is unsure (the reason goes to the report). Heading frames are built
from groups of sibling headings; figure frames and parallel lists from body sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import field

from drafter import segment
from drafter.mining.extract import Candidate
from drafter.mining.figureless import figure_free
from drafter.mining.figures import find_figure_frames, find_figures
from drafter.mining.frames import align_headings
from drafter.mining.lexicon import GENERIC_ACRONYMS
from drafter.mining.names import NameContext, find_names, gate_chars
from drafter.mining.names.claims import BRAND_THEME
from drafter.mining.names.clauses import without_clauses
from drafter.mining.names.common import is_generic_word
from drafter.mining.names.facts import fact_hits
from drafter.mining.names.particulars import OWN_WORD_FREQUENCY
from drafter.mining.names.quotes import QUOTE_RE
from drafter.mining.own import OWN_SLOT
from drafter.mining.report import ReportBuilder
from drafter.mining.slots import Hit, apply_hits, merge_hits
from drafter.mining.topics import TopicTagger
from drafter.phrasebank.model import Filler, Kind, Mode, Phrase
from drafter.records import dataclass

_MEETING = re.compile(r"(?<=召开)(?:了)?(?P<meeting>[^，。：；]{4,60}?)(?=[，。：；]|$)")
_COUNT = re.compile(r"[一二三四五六七八九十两]+(?=点(?:意见|看法|要求)|个方面|方面的|条意见)")
_LEFTOVER = re.compile(r"[0-9０-９]|[＊*×]|[XxＸ]{2}")
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_SLOT_TEXT = re.compile(r"\{[A-Za-z_]+\}")
_FIGURE_MARK = re.compile(r"\d|[＊*]")  # (a sentence without one has no figure frame)
_NAME_SLOTS = ("place", "person", "org", "project", "county")
# slots no draft fills: a sentence holding one is left out (workers._whole_sentences)
_UNFILLED_SLOTS = ("place", "person", "org", "project")


@dataclass
class Generaliser:
    tagger: TopicTagger
    report: ReportBuilder
    # name hits per text, for the speech being generalised (a sentence is scanned once even when
    # its body entry, figure frames and parallel lists all need them)
    _names: dict[str, list[Hit]] = field(default_factory=dict)
    _chars: dict[str, set[str]] = field(default_factory=dict)
    # the sentence as written without the clause ``_scrub`` last took out (None: none taken)
    _trimmed: str | None = None

    def start_speech(self) -> None:
        self._names.clear()
        self._chars.clear()

    def _name_hits(self, text: str, words: Sequence[str] | None, context: NameContext) -> list[Hit]:
        hits = self._names.get(text)
        if hits is None:
            found = find_names(text, context, words, self._gate_chars(text))
            hits = self._names[text] = self._own_kept(text, found, context)
        return hits

    def _gate_chars(self, text: str) -> set[str]:
        """``names.gate_chars`` of ``text``, which the name rules and the facts both ask."""
        chars = self._chars.get(text)
        if chars is None:
            chars = self._chars[text] = gate_chars(text)
        return chars

    def _own_kept(self, text: str, hits: list[Hit], context: NameContext) -> list[Hit]:
        """In the county's own archive (mine --county) its standing names stay as written."""
        if context.own is None:
            return hits
        kept = [h for h in hits if context.own.keeps(h, text)]
        for hit in kept:
            self.report.name(hit.original, OWN_SLOT, hit.reason, context.own.county)
        return [h for h in hits if h not in kept]

    # ------------------------------------------------------------------ helpers

    def _scrub(
        self,
        text: str,
        words: Sequence[str] | None,
        context: NameContext,
        file: str,
        *,
        figures: bool = True,
        extra: Sequence[Hit] = (),
        trim: bool = False,
    ) -> str | None:
        """``text`` with names and figures as slots, or None (reason reported) when unsure."""
        hits = [*self._name_hits(text, words, context), *extra]
        if figures:
            hits += find_figures(text)
        for hit in hits:
            # a brand's theme names the speech's own matter even where a wider hit covers it
            # (中国书画 of 中国书画文化旅游名城): the speech's other sentences on it are dropped too
            if hit.reason == BRAND_THEME:
                self.report.name(hit.original, hit.slot, hit.reason, file)
        merged = merge_hits(hits)
        unsure = [h for h in merged if h.slot is None]
        for hit in merged:
            if hit.kind == "name" and hit.slot not in ("number",):
                self.report.name(hit.original, hit.slot, hit.reason, file)
        # a fact of one county and year (facts.yaml: 年内完成……, 面对极端暴雪……) leaves the
        # sentence out; judged after the names are reported, so that a name inside it (年内
        # 全民健身中心、新职教中心……投入使用) still keeps the speech's other sentences on it out
        facts = fact_hits(text, self._gate_chars(text))
        if facts:
            self.report.drop(facts[0].reason, facts[0].original)
            return None
        if trim:
            # a name no draft fills, in a clause the sentence can do without: that clause goes
            unfilled = [h for h in merged if h.slot is None or h.slot in _UNFILLED_SLOTS]
            shorter = without_clauses(text, unfilled) if unfilled and not extra else None
            if shorter is not None and _local_beside(shorter, context):
                shorter = None  # what stands beside the name is likely its county's thing too
            if shorter is not None:
                self._trimmed = shorter
                return self._scrub(shorter, None, context, file, figures=figures, trim=False)
        if unsure:
            self.report.drop(unsure[0].reason, unsure[0].original)
            return None
        result = apply_hits(text, merged)
        bare = _SLOT_TEXT.sub("", result)
        if _LEFTOVER.search(bare):
            self.report.drop("残留数字或遮盖符")
            return None
        if any(w.upper() not in GENERIC_ACRONYMS for w in _ASCII_WORD.findall(bare)):
            self.report.drop("残留字母缩写")
            return None
        return result

    def _topics(
        self,
        text: str,
        words: Sequence[str] | None,
        context: str = "",
        heading: bool = False,
        around: str = "",
    ) -> tuple[str, ...]:
        if around:
            topics = self.tagger.tag_in(text, words, around)
        else:
            topics = self.tagger.tag(text, words, compounds=heading)
        if not topics and context:
            topics = self.tagger.tag_plain(context)
            home = self.tagger.paragraph_topic(around) if topics and around else None
            if home is not None:
                # a sentence naming no topic, in a paragraph about one, is about that one
                # before what the passage around names (大力提升酒店、宾馆行业 in a paragraph
                # on 商贸消费 was drafted under 城乡建设: round 85's writer)
                topics = (home, *(t for t in topics if t != home))[:2]
        return topics

    # ------------------------------------------------------------------ kinds

    def generalise(
        self,
        candidate: Candidate,
        words: Sequence[str],
        context: NameContext,
    ) -> Iterator[Phrase]:
        """The phrases one candidate yields (none when it is dropped)."""
        file = candidate.source.file
        kind = candidate.kind
        if "{" in candidate.text or "}" in candidate.text:
            self.report.drop("原文含花括号")  # they would read as slots
            return
        if kind is Kind.ORDINAL_RUN:
            yield from self._ordinal_run(candidate, context)
            return
        if kind is Kind.PARALLEL_LIST:
            yield from self._parallel_list(candidate, words, context)
            return
        extra: list[Hit] = []
        if kind is Kind.OPENING:
            for match in _MEETING.finditer(candidate.text):
                extra.append(
                    Hit(
                        match.start("meeting"),
                        match.end("meeting"),
                        "meeting",
                        match.group("meeting"),
                        "会议名称",
                        "frame",
                    )
                )
        if kind in (Kind.OPENING, Kind.TRANSITION):
            for match in _COUNT.finditer(candidate.text):
                extra.append(Hit(match.start(), match.end(), "n", match.group(), "条数", "frame"))
        self._trimmed = None
        text = self._scrub(
            candidate.text, words, context, file, extra=extra, trim=kind is Kind.BODY
        )
        # a dropped sentence's topics are worked out only if a figure frame of it needs them
        topics: tuple[str, ...] | None = None
        if text is not None:
            topics = self._candidate_topics(candidate, words)
        if text is not None and self._trimmed is not None:
            # what the sentence says without the clause it lost (抢抓黄河流域…战略机遇，争取更多
            # 项目列入上级政策支持盘子: 项目建设, not 生态环境)
            trimmed = self._topics(self._trimmed, None, candidate.context, around=candidate.around)
            topics = trimmed or topics
        if text is not None and topics is not None:
            yield Phrase(
                id="",
                kind=kind,
                text=text,
                topics=topics,
                sources=(candidate.source,),
                level=candidate.level,
            )
            # in a county's own archive, the same sentence without its year's figures, where
            # it stands without them: the county's draft can say it (the figured one above
            # feeds figure frames and --todo); yielded last, so a unit takes it in the figured
            # one's place (workers.generalise_one). Not from other counties' reports: there
            # readers took what was left (完成拆迁, 力争全年引进项目) for a number left out
            # (round 18), and another county's measures are not this one's to restate.
            own = context.own is not None
            bare = figure_free(text) if kind is Kind.BODY and own else None
            if bare is not None:
                yield Phrase(
                    id="", kind=kind, text=bare, topics=topics, sources=(candidate.source,)
                )
        if kind is Kind.BODY:
            yield from self._figure_frames(candidate, words, context, topics)

    def _candidate_topics(self, candidate: Candidate, words: Sequence[str]) -> tuple[str, ...]:
        if candidate.kind is Kind.HEADING and not candidate.around:
            return self.tagger.tag_heading(
                candidate.text, words, candidate.context, candidate.section
            )
        return self._topics(candidate.text, words, candidate.context, False, candidate.around)

    def _figure_frames(
        self,
        candidate: Candidate,
        words: Sequence[str],
        context: NameContext,
        topics: tuple[str, ...] | None,
    ) -> Iterator[Phrase]:
        """The figure frames of a body sentence; ``topics``: the sentence's (None: not worked
        out yet, as for a sentence left out — a frame whose indicator names none takes them)."""
        if not _FIGURE_MARK.search(candidate.text):
            return
        names = merge_hits(self._name_hits(candidate.text, words, context))
        default = Mode(candidate.mode) if candidate.mode else None
        for frame in find_figure_frames(candidate.text, default):
            if any(h.start < frame.end and frame.start < h.end for h in names):
                self.report.drop("数据句中含专名")
                continue
            indicator_topics = self.tagger.tag_plain(frame.indicator)
            if not indicator_topics:
                if topics is None:
                    topics = self._candidate_topics(candidate, words)
                indicator_topics = topics
            yield Phrase(
                id="",
                kind=Kind.FIGURE_FRAME,
                text=frame.text,
                topics=indicator_topics,
                sources=(candidate.source,),
                indicator=frame.indicator,
                fields=frame.fields,
                mode=frame.mode,
            )

    def _ordinal_run(self, candidate: Candidate, context: NameContext) -> Iterator[Phrase]:
        items: list[str] = []
        for item in candidate.items:
            lead = item if len(item) <= 40 else item.split("，")[0]
            if len(lead) > 40:
                self.report.drop("序列条目过长")
                return
            words = segment.cut(lead)
            text = self._scrub(lead, words, context, candidate.source.file)
            if text is None:
                return
            items.append(text)
        markers = candidate.markers or ("",) * len(items)
        text = "；".join(
            m.rstrip("，、,")
            + ("，" if m.startswith(("第", "首先", "其次", "最后", "再次")) else "")
            + i
            for m, i in zip(markers, items, strict=True)
        )
        yield Phrase(
            id="",
            kind=Kind.ORDINAL_RUN,
            text=text,
            topics=self.tagger.tag_plain(candidate.context),
            sources=(candidate.source,),
            style=candidate.style,
            items=tuple(items),
        )

    def _parallel_list(
        self, candidate: Candidate, words: Sequence[str], context: NameContext
    ) -> Iterator[Phrase]:
        segments = list(candidate.items)
        if len(segments) < 3:
            return
        middle = segments[1:-1]
        length = len(middle[0])
        if not 2 <= length <= 4 or any(len(s) != length for s in middle):
            return
        if len(segments[0]) < length or len(segments[-1]) < length:
            return
        items = [segments[0][-length:], *middle, segments[-1][:length]]
        if any("“" in i or "”" in i for i in items):
            return
        # the list must start and end on word boundaries of its sentence
        whole = "、".join(segments)
        sentence = candidate.context or whole
        at = sentence.find(whole)
        if at < 0:
            return
        sentence_words = words if "".join(words) == sentence else segment.cut(sentence)
        boundaries = set()
        position = 0
        for word in sentence_words:
            boundaries.add(position)
            position += len(word)
        boundaries.add(position)
        last_start = len(whole) - len(segments[-1])
        begin = at + len(segments[0]) - length
        finish = at + last_start + length
        if begin not in boundaries or finish not in boundaries:
            return
        # the list is clean when no name or figure of its sentence falls inside it
        hits = self._name_hits(sentence, sentence_words, context)
        if any(h.start < finish and begin < h.end for h in hits):
            self.report.drop("排比短语含专名")
            return
        if any(ch.isdigit() or ch in "＊*×" for ch in sentence[begin:finish]):
            return
        clean = items
        text = "、".join(clean)
        yield Phrase(
            id="",
            kind=Kind.PARALLEL_LIST,
            text=text,
            topics=self.tagger.tag_plain(text) or self.tagger.tag_plain(candidate.context),
            sources=(candidate.source,),
            items=tuple(clean),
        )

    def heading_frames(
        self,
        headings: Sequence[Candidate],
        words: Sequence[Sequence[str]],
        context: NameContext,
    ) -> Iterator[Phrase]:
        """One heading frame from a group of sibling headings, if they share a skeleton."""
        if any("{" in h.text or "}" in h.text for h in headings):
            return
        frame = align_headings([h.text for h in headings])
        if frame is None:
            return
        fillers: list[Filler] = []
        file = headings[0].source.file
        for heading, heading_words, values in zip(headings, words, frame.fillers, strict=True):
            found = find_names(heading.text, context, heading_words)
            names = merge_hits(self._own_kept(heading.text, found, context))
            if names:
                # where the names fall: in a filler (drop that filler) or the frame (drop all)
                spans = _filler_spans(heading.text, values)
                for hit in names:
                    self.report.name(hit.original, hit.slot, hit.reason, file)
                if any(not any(s <= h.start and h.end <= e for s, e in spans) for h in names):
                    self.report.drop("标题框架本身含专名")
                    return
                self.report.drop("标题框架的填充词含专名")
                continue
            topic = self.tagger.tag_heading(
                heading.text, heading_words, heading.context, heading.section
            )
            fillers.append(Filler(topic=topic[0] if topic else None, values=values))
        if len(fillers) < 2:
            return
        topics = tuple(dict.fromkeys(f.topic for f in fillers if f.topic))
        yield Phrase(
            id="",
            kind=Kind.HEADING_FRAME,
            text=frame.text,
            topics=topics,
            sources=tuple(h.source for h in headings),
            level=headings[0].level,
            fillers=tuple(fillers),
        )


SHARED_SPEECHES = 5  # speeches of the corpus that write a word make it no county's own
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")


def _local_beside(text: str, context: NameContext) -> bool:
    """``text``, a sentence that lost a clause for a name, still holds a word only its county
    uses and the language rarely (``NameContext.rare``: 毛绒玩具 beside 容和服装产业园), a word
    few speeches write and the language rarely, or a quotation only its county makes
    (“又好又快发展、强县富民”): that county's particulars."""
    words = [w for w in segment.cut(text) if len(w) >= 2 and _HAN_WORD.fullmatch(w)]
    if context.rare and context.rare.intersection(words):
        return True
    # …or a word neither common in the language nor written by several speeches of the corpus
    # (经三路, 中化 of 引进中化农业、阿里巴巴集团等战略合作者): the name rules did not know it,
    # and beside a name it is most likely another
    if any(
        segment.word_frequency(w) < OWN_WORD_FREQUENCY
        and context.doc_freq.get(w, 0) < SHARED_SPEECHES
        and w not in context.generic
        and not is_generic_word(w)
        for w in words
    ):
        return True
    return any(
        context.quote_counties.get(quote, 0) <= 1 and not segment.known_word(quote)
        for quote in QUOTE_RE.findall(text)
    )


def _filler_spans(text: str, values: Sequence[tuple[str, str]]) -> list[tuple[int, int]]:
    spans = []
    position = 0
    for _, value in values:
        at = text.find(value, position)
        if at < 0:
            continue
        spans.append((at, at + len(value)))
        position = at + len(value)
    return spans
