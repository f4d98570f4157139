"""Quoted names: a quotation only one speech makes, or made of unknown words, is a local name."""

from __future__ import annotations

import re

from drafter import segment
from drafter.mining.lexicon import (
    COMMON_SINGLE,
    GEO_NAMES,
)
from drafter.mining.names.common import (
    CJK,
    CN_NUMERALS,
    NameContext,
    is_generic_word,
)
from drafter.mining.slots import Hit

QUOTE_RE = re.compile(r"[“「『\"]([^”」』\"]{1,30})[”」』\"]")


_BOOK_RE = re.compile(r"《([^》]{1,60})》")


def _plain_model(inner: str) -> bool:
    """“政务+金融”, “电子营业执照+N”, “党建+网格化”: a model of ordinary words joined by +, which
    every county writes (a county's own scheme carries its numbers: “1135”, “9+N”)."""
    parts = [p for p in re.split(r"[+＋]", inner) if p]
    return (
        len(parts) >= 2
        and not re.search(r"[0-9０-９]", inner)
        and all(p in ("N", "X") or re.fullmatch(r"[\u4e00-\u9fff]{2,8}", p) for p in parts)
        and all(
            p in ("N", "X") or all(segment.known_word(w) for w in segment.cut(p)) for p in parts
        )
    )


def quote_hits(text: str, context: NameContext) -> list[Hit]:
    """A quotation is a local name when its words are names or unknown to the dictionary and
    found in this speech only (“夏亲水”, “绿满陇中”, “5155”); slogans shared by speeches or made
    of ordinary words stay (“放管服”, “四个不摘”)."""
    hits = []
    for regex in (QUOTE_RE, _BOOK_RE):
        for match in regex.finditer(text):
            inner = match.group(1)
            start, end = match.span()
            if (
                re.search(r"[A-Za-z0-9０-９＋+]", inner)
                and not re.fullmatch(
                    r"[一二三四五六七八九十两]*(?:5G|4G|AAA|\d+A)[\u4e00-\u9fff]*", inner
                )
                and not _plain_model(inner)
            ):
                hits.append(Hit(start, end, "project", match.group(), "引号中的编号名称"))
                continue
            if regex is _BOOK_RE:
                continue  # names inside titles are found by the word rules
            if _quoted_unknown(inner, context, programme=bool(_PROGRAMME.match(text, end))):
                hits.append(Hit(start, end, None, match.group(), "引号中的专名（只见于一篇讲话）"))
    return hits


def _ordinary_phrase(text: str, context: NameContext) -> bool:
    """Made only of dictionary words that are not names and of common single characters."""
    parts = [p for p in re.split(r"[、，,]", text) if p]
    if len(parts) > 1:
        return all(_ordinary_phrase(part, context) for part in parts)
    if not CJK.match(text) or any(ch in context.salient_chars for ch in text):
        return False
    for word in segment.cut(text):
        if len(word) == 1:
            if word not in COMMON_SINGLE:
                return False
        elif not segment.known_word(word) or segment.word_tag(word) or word in GEO_NAMES:
            return False
    return True


# the five-year plans by number (十五, 十一五 … 十五五): national, whoever quotes them
_FIVE_YEAR_PLAN = re.compile(r"十[一二三四五六七八九]?五")


# what a quotation names when one of these follows it: a programme, campaign, event or brand
# (“茉莉花开”文艺直通车行动 of 江苏 2026, “遍地红”实景演出) — not a reform or a rule, which
# every county carries out (“交房即办证”改革)
_PROGRAMME = re.compile(
    r"[^，。；、：“”]{0,6}?(?:行动|工程|活动|计划|品牌|演出|直通车|系列|文化节|艺术节|大赛|论坛|项目)"
)


def _quoted_unknown(inner: str, context: NameContext, *, programme: bool = False) -> bool:
    from drafter.names.table import is_ordinary
    from drafter.names.writing import plain_phrase

    if segment.known_word(inner) or is_generic_word(inner):
        return False
    if is_ordinary(inner) or _FIVE_YEAR_PLAN.fullmatch(inner):
        # a national term, a five-year plan or words three counties of the corpus quote (“放管服”,
        # “十三五”), which one speech of a small archive alone may quote
        return False
    if context.n_docs >= 3:
        # with enough speeches, a quotation only one speech makes is that county's own slogan,
        # brand or project (“五比五看”, “夏亲水”); shared ones are general (“四个不摘”). A short
        # phrase of ordinary words is general even when one speech has it (“提产业”, “保民生”).
        counted = any(ch in CN_NUMERALS for ch in inner)
        # a counted slogan is shared when two counties quote it: one county quotes its own
        # (打造“两个中心”) in its report every year
        if context.quote_counties.get(inner, 0) > 1:
            return False
        if counted or programme:
            # a counted slogan, or the name of a programme one county runs (“助企远航”行动)
            return True
        if context.counties >= 3 and context.quote_freq.get(inner, 0) > 1:
            # one county's slogan of ordinary words, quoted in several of its years and by no
            # other county (“新颜值、新消费、新产业”, 保定 2021 and 2022), is its own
            return True
        if context.counties < 3 and context.quote_freq.get(inner, 0) > 1:
            return False  # an archive of one or two counties cannot tell
        # quoted once: a clause of ordinary writing is no name (“交房即办证”, “预审可开工”,
        # “事要解决”), whatever the segmenter made of it; a quoted thing is named (“亲商助企日”,
        # “蓝色督办单”, “无欠薪县”)
        if (
            not programme
            and _clause(inner)
            and not _coined(inner)
            and not any(ch in context.salient_chars for ch in inner)
            and plain_phrase(inner)
        ):
            return False
        return _coined(inner) or not _ordinary_phrase(inner, context)
    if any(ch in CN_NUMERALS for ch in inner):
        return True  # a counted slogan no other speech shares (“五比五看”, “八个一”)
    if not context.in_one_speech(inner):
        return False
    words = [w for w in segment.cut(inner) if CJK.match(w)]
    if not words:
        return False
    singles = [w for w in words if len(w) == 1]
    unknown = [w for w in words if len(w) > 1 and not segment.known_word(w)]
    numbered = any(ch in CN_NUMERALS for ch in inner[:1] + inner[-1:])
    if numbered and not unknown and context.n_docs < 3:
        return False  # 三个年, 四个不摘: a counted slogan, when there are too few speeches to tell
    rare_singles = [w for w in singles if w not in COMMON_SINGLE]
    return bool(unknown) or len(rare_singles) >= 2 or any(segment.word_tag(w) for w in words)


# the parts of speech a clause ends on (开工, 打击, 走; 难): a quotation ending so says what
# is done, not what a programme, day or form is called
_CLAUSE_END = ("v", "a", "d", "i", "l")


def _clause(inner: str) -> bool:
    """“预审可开工”, “交房即办证” (a one-character verb inside: 即, 可, 要): a quotation
    that is a clause ending on a word (not “大北环”, “政小满”), one part only (a couplet,
    “讲政治、抓发展、惠民生、保安全”, is a county's slogan of the year)."""
    if not CJK.fullmatch(inner):
        return False
    words = segment.cut(inner)
    if len(words[-1]) < 2:
        return False  # 大|北|环, 政|小|满: characters the segmenter could not join name a thing
    last = segment.word_pos(words[-1]) or "n"
    if last.startswith(_CLAUSE_END) and not last.startswith("vn"):
        return True
    return any(len(w) == 1 and (segment.word_pos(w) or "").startswith("v") for w in words[1:-1])


def _coined(inner: str) -> bool:
    """A quoted phrase spelt out of single characters the dictionary keeps apart (留用+育+引): an
    abbreviation someone coined for a local mechanism, not a phrase of ordinary words."""
    if not CJK.match(inner) or len(inner) < 4:
        return False
    words = segment.cut(inner)
    return sum(1 for word in words if len(word) == 1) >= 2
