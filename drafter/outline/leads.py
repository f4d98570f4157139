"""Lead sentences: regions of body text → ``LeadSentence`` objects in document order.

A lead sentence is the short, heading-like sentence a writer puts before a run of body text
instead of a numbered heading: "补齐生态短板。加强调查研究，……". It is a verb-object command
(补齐/加大/做强/紧盯时序抓进度), four to sixteen characters, with no comma, no figure, no subject
and no modal ending; it is followed by body text (in its paragraph, or it is the whole paragraph
and the next one carries the body). Lead sentences come in parallel groups, so a lone candidate
under a heading is taken for an ordinary short statement and dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.outline.markers import LEAD_BAD_CHARS, LEAD_BAD_START, ORDINAL
from drafter.outline.model import LeadSentence, Span
from drafter.outline.sentences import split_sentences
from drafter.records import dataclass

MIN_LEAD = 4
# short sentences alike in form inside a paragraph, each before its body, that make it a run of
# leads (加强基础设施建设。…… 抓好建设用地供应。…… 切实改善金融环境。…… 不断创优发展环境。……);
# two of them are as often a review's results run together (工业经济加力提速。…… 现代农业
# 高效发展。……), which a county's own archive keeps whole
RUN_OF_LEADS = 3
MAX_LEAD = 16
# A lead that opens its paragraph may be a little longer: its place already marks it.
MAX_OPENING_LEAD = 20
# Room for quotes and a leading dash that do not count towards a lead's length.
_SLACK = 8
_MIN_BODY = 12
_QUOTES = "“”‘’「」"
# A short sentence reporting a result or an honour (完成……, ……通过省级认定) is a fact, not a lead.
_RESULT = re.compile(
    r"^(?:完成|成功|成为)|建成|完工|投用|投运|向市民开放|获评|获批|获得|荣获|通过|入选|位居|第一"
)
_END_MARK = re.compile(r"[。！？；!?;：:，,]")
# A copula or a degree adverb makes a statement ("依法行政是……生命线", "任务非常艰巨").
_STATEMENT = re.compile(r"是|成为|非常|十分|很|极其|尤其|依然|仍然|仍|已经|正在")


@dataclass(frozen=True, slots=True)
class LeadRegion:
    """Characters ``start:end`` of paragraph ``paragraph``; ``scope`` groups parallel leads.

    ``followed`` says whether a body paragraph follows, so a lead may stand alone on its line.
    """

    paragraph: int
    start: int
    end: int
    scope: int
    followed: bool


def find_leads(
    paragraphs: Sequence[str], regions: Sequence[LeadRegion]
) -> tuple[LeadSentence, ...]:
    """Lead sentences in ``regions``, kept only where a scope has two or more of them."""
    by_scope: dict[int, list[LeadSentence]] = {}
    for region in regions:
        paragraph = paragraphs[region.paragraph]
        segment = paragraph[region.start : region.end]
        spans = split_sentences(segment)
        sentences = [segment[start:end] for start, end in spans]
        if len(spans) == 1 and region.followed and not _END_MARK.search(segment):
            # An unnumbered sub-heading on its own line ("补齐生态短板"): read it as a sentence.
            sentences = [sentences[0] + "。"]
        texts = [
            lead_text(sentence, opens_paragraph=number == 0 and region.start == 0)
            for number, sentence in enumerate(sentences)
        ]
        first_lead: str | None = None
        # A scraped report runs several leads and their bodies into one paragraph (加强基础设施
        # 建设。…… 抓好建设用地供应。…… 切实改善金融环境。……): short sentences inside it, each
        # followed by body text, that are alike in form are leads, parallel to its first or not;
        # one short task alone (建成投用公共实训基地。) is a task of the body.
        inner = [
            text
            for number in range(1, len(spans) - 1)
            if (text := texts[number]) is not None
            and (number == 1 or texts[number - 1] is None)
            and texts[number + 1] is None
            and len(sentences[number + 1]) >= _MIN_BODY
            and not _RESULT.search(text)
        ]
        for number, (start, _end) in enumerate(spans):
            text = texts[number]
            if text is None:
                continue
            opener = number == 0 and region.start == 0
            if number + 1 < len(spans):
                following = sentences[number + 1]
                # A lead opens body text: inside a paragraph the next sentence is a real one,
                # not another short line ("加快第三次土壤普查。开展粮食节约行动。").
                if not opener and (texts[number + 1] is not None or len(following) < _MIN_BODY):
                    continue
            elif not region.followed or number > 0 or "，" in text:
                continue  # a two-clause lead must open body text in its own paragraph
            if (
                first_lead is not None
                and not _parallel(first_lead, text)
                and not (
                    len(inner) >= RUN_OF_LEADS
                    and text in inner
                    and any(o != text and _alike(text, o) for o in inner)
                )
            ):
                # The paragraph opens with its lead; short sentences inside it are tasks in the
                # body ("建成投用公共实训基地。"), unless they mirror it ("做强品牌。……做优服务。").
                continue
            if opener:
                first_lead = text
            begin = region.start + start + sentences[number].find(text)
            span = Span(region.paragraph, begin, begin + len(text))
            by_scope.setdefault(region.scope, []).append(LeadSentence(text=text, span=span))
    leads = [lead for group in by_scope.values() if len(group) >= 2 for lead in group]
    leads.sort(key=lambda lead: (lead.span.paragraph, lead.span.start))
    return tuple(leads)


def _parallel(first: str, other: str) -> bool:
    """Parallel leads share their opening verb or their length and last word."""
    if first[0] == other[0]:
        return True
    return len(first) == len(other) and first[-1] == other[-1]


def _alike(one: str, other: str) -> bool:
    """Two leads inside one paragraph alike in form: the same opening verb or about the same
    length (现代农业高效发展。…… 服务业发展提档升级。……)."""
    return one[0] == other[0] or abs(len(one) - len(other)) <= 1


def lead_text(sentence: str, *, opens_paragraph: bool = False) -> str | None:
    """The sentence without its 。 when it reads as a lead sentence, else None.

    At the start of a paragraph a lead may be two short parallel clauses ("践行群众路线，打造服务
    政府。"), as work reports write them.
    """
    if not sentence.endswith("。"):
        return None
    if len(sentence) > MAX_OPENING_LEAD + _SLACK:
        return None  # cheap exit: most sentences are far too long
    text = sentence[:-1].strip()
    if opens_paragraph and text.startswith("——"):
        text = text.lstrip("—").strip()  # "——综合实力显著增强。", a dash bullet
    bare = "".join(ch for ch in text if ch not in _QUOTES)
    clauses = bare.split("，")
    paired = (
        opens_paragraph
        and len(clauses) == 2
        and 3 <= len(clauses[0]) <= 8
        and 3 <= len(clauses[1]) <= 12
    )
    if not MIN_LEAD <= len(bare) <= (MAX_OPENING_LEAD if opens_paragraph else MAX_LEAD):
        return None
    if LEAD_BAD_START.match(bare) or LEAD_BAD_CHARS.search(
        bare.replace("，", "", 1) if paired else bare
    ):
        return None
    if _STATEMENT.search(bare.replace("实事求是", "")):
        return None  # "依法行政是推进法治政府的生命线" states, it does not command
    if ORDINAL.match(text):
        return None
    return text
