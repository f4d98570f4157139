"""Foreign names: places and officials that do not belong to the speech's county.

Input: paragraphs, the county's name (from ``--county`` or the targets file), names that must
never appear (the bank's scrubbed list, names the caller knows are foreign), and text the
writer supplied (targets values) whose names are allowed. Output: findings.

Places come from the shared name table (drafter/names: places.txt, divisions.txt):
guessing names by their shape ("XX县") mistakes 按照县委, 推动县城, 农村 for names on every page
of a real speech. Officials are a surname before a title (王书记, 李县长; not 副书记, 各位县长).
Another county's name is an error; a town or an official can be the county's own, so in a
hand-written speech they are warnings, and errors only in a generated draft (where every name
must come from the targets file).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from drafter.lint.model import Finding, Severity, finding, quote_around
from drafter.names.people import COMMON_SURNAMES, LEADER_TITLES

_COUNTY_SUFFIX = re.compile(r"(?:自治县|自治旗|县|区|市|旗|特区|新区|林区)$")
_SUFFIX_CHAR = re.compile("[县区旗镇乡]")


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, str], int]:
    """Known place names → "C" (county, district, banner) or "T" (town), and the longest: the
    shared name table's (drafter/names/places.txt and today's divisions)."""
    from drafter.names.table import known_places

    names = known_places()
    return names, max((len(name) for name in names), default=0)


def _find_places(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, kind) of every known place name, longest match at each suffix; not
    a name whose first character ends an ordinary word (新增城区 is not 增城区), nor one made of an
    ordinary word and a character opening another (平安区域 is not 平安区)."""
    from drafter.names.table import common_words

    names, longest = _places()
    words = common_words()
    for suffix in _SUFFIX_CHAR.finditer(text):  # (the few characters a name can end on)
        end = suffix.end()
        for length in range(min(longest, end), 2, -1):
            name = text[end - length : end]
            kind = names.get(name)
            if kind is not None:
                start = end - length
                if start > 0 and text[start - 1 : start + 1] in words:
                    break
                if text[end - 1 : end + 1] in words and text[start : end - 1] in words:
                    break  # (平山县域 is 平山县's; 平安 is a word of its own)
                yield start, end, name, kind
                break


# Surnames worth a look before a leader's title, and the titles: the shared name table's
# (drafter/names/people.py), which mining's {person} rules read too.
_SURNAMES = COMMON_SURNAMES
_TITLES = "|".join(LEADER_TITLES)


# A county by its shape, for names the list does not know ("石桥县"): two characters before
# 县/旗 (or 区 with its government bodies), after a clear start, and not a common non-noun word
# (按照县委, 推动县城) or a generic stem (示范县, 百强县, 品质县城).
_COUNTY_SHAPE = re.compile(
    r"(?:(?<=^)|(?<=[，。；：、（\s])|(?<=[在到和与对赴向])|(?<=学习|借鉴|参观|考察|支援|来自|位于|对口))"
    r"(?P<name>[\u4e00-\u9fff]{2}(?:县|旗|区(?=委|政府|人民政府|人大|政协)))(?![域级直乡镇区城])"
)
_FUNCTION_WORDS_FILE = Path(__file__).with_name("function_words.txt")


@lru_cache(maxsize=1)
def _function_words_text() -> str:
    """The lines of function_words.txt but its comments."""
    lines = _FUNCTION_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("#"))


def _is_function_word(stem: str) -> bool:
    """``stem`` is one of the words of function_words.txt: found in its text between spaces
    (a draft asks of a few stems; the ~11,000 words made into a set took ~1.5 ms)."""
    if not stem or any(ch.isspace() for ch in stem):
        return False
    text = _function_words_text()
    start = text.find(stem)
    while start >= 0:
        end = start + len(stem)
        if (start == 0 or text[start - 1].isspace()) and (end == len(text) or text[end].isspace()):
            return True
        start = text.find(stem, start + 1)
    return False


def _shaped_counties(
    text: str, own_spans: Sequence[tuple[int, int]] = ()
) -> Iterator[tuple[int, int, str]]:
    """County-shaped names (not in ``own_spans``, the county's own name), generic stems left
    out. The cheap tests first: a draft's only match is mostly its own county, and the word
    lists behind the others take ~15 ms to load."""
    for match in _COUNTY_SHAPE.finditer(text):
        if _overlaps(match.start(), match.end(), own_spans):
            continue
        name = match.group("name")
        stem = name[:2]
        if _generic_chars(stem) or _is_function_word(stem) or _generic_stem(stem):
            continue
        yield match.start(), match.end(), name


def _generic_chars(stem: str) -> bool:
    return (
        any(ch in "全各本我该每此其两多个一二三四五六七八九十等县市省区镇乡村城" for ch in stem)
        or stem[0] in "并和与及或且而但在对向把将被让使请为从于是了的就也都再又更最很"
    )


# Not after characters that make the title part of a longer one: 市委书记, 副县长, 第一书记,
# 支部书记, 常务副县长, 各位县长.
_OFFICIAL = re.compile(
    rf"(?<![委副党总部支记长务级位一二三四五六七八九十县区市镇乡村省提])"
    rf"(?P<surname>[{_SURNAMES}])(?P<title>{_TITLES})"
    # a hotline or mailbox named after an office is no person (提高市长热线、县长信箱办理质量)
    r"(?!热线|信箱|专线|公开电话|接待日)"
)
# A town by its shape, for names the list does not know: two characters after a clear start
# (punctuation, 在/到/和/与/、/学习/借鉴) and before 镇/乡; generic words excluded.
_TOWN_SHAPE = re.compile(
    r"(?:(?<=[，。；：、“（\s])|(?<=[在到和与对赴向])|(?<=学习|借鉴|参观|考察|推广|来自|位于))"
    r"(?P<name>[\u4e00-\u9fff]{2}[镇乡])(?![镇村级民长党政里街])"
)


def _generic_stem(stem: str) -> bool:
    """示范+县, 特色+镇, 全+镇: a stem naming a kind of county or town (the shared table's kinds,
    drafter/names/kinds.txt), not one of them."""
    from drafter.names.rules import SETTLEMENT, is_kind

    return is_kind(stem, SETTLEMENT)


def _is_town(name: str) -> bool:
    """The shared table's verdict on a town-shaped word (奋斗镇: a town; 特色镇: a kind)."""
    from drafter.names.rules import judge_word

    return not judge_word(name).is_ordinary


def county_stem(county: str) -> str:
    """青禾县 → 青禾; 海拉尔区 → 海拉尔; 青禾 → 青禾."""
    county = county.strip()
    stem = _COUNTY_SUFFIX.sub("", county)
    return stem or county


def check_names(
    paragraphs: Sequence[str],
    *,
    county: str | None,
    foreign_names: Collection[str] = (),
    allowed_text: str = "",
    speaker_surname: str | None = None,
    generated: bool = False,
) -> list[Finding]:
    findings: list[Finding] = []
    own = county_stem(county) if county else None
    allowed = {own} if own else set()
    # A province's or a city's speech names its own counties: only a county's is checked hard.
    above_county = county is not None and county.rstrip().endswith(
        ("省", "自治区", "市", "州", "盟")
    )
    listed = _check_listed(paragraphs, foreign_names, own)
    if own is None and not generated:
        return [item for _, _, item in listed]
    # (paragraph, name) already reported by shape or by the place list: the bank's scrubbed list
    # naming the same place again would be one mistake counted twice.
    reported: set[tuple[int, str]] = set()
    for index, text in enumerate(paragraphs):
        known_here: set[str] = set()
        # "白河口区委" holds the real district name 河口区: a name inside the county's own
        # name is the county's own name.
        own_spans = [m.span() for m in re.finditer(re.escape(own), text)] if own else []
        for start, end, name, kind in _find_places(text):
            known_here.add(name)
            if _overlaps(start, end, own_spans):
                continue
            if _is_own(name, allowed) or name in allowed_text:
                continue
            quote = quote_around(text, start, end)
            reported.add((index, name))
            if kind == "C":
                findings.append(
                    finding(
                        "names.place",
                        Severity.WARNING if above_county else Severity.ERROR,
                        index,
                        quote,
                        f"出现其他县（区）名称“{name}”，本讲话稿属于{county or '本县'}",
                    )
                )
            else:
                findings.append(
                    finding(
                        "names.town",
                        Severity.ERROR if generated else Severity.WARNING,
                        index,
                        quote,
                        f"出现乡镇名称“{name}”，请确认属于{county or '本县'}",
                    )
                )
        for start, end, name in _shaped_counties(text, own_spans):
            if name in known_here or any(name in k for k in known_here):
                continue
            if _is_own(name, allowed) or name in allowed_text:
                continue
            reported.add((index, name))
            findings.append(
                finding(
                    "names.place",
                    Severity.WARNING if above_county else Severity.ERROR,
                    index,
                    quote_around(text, start, end),
                    f"出现其他县（区）名称“{name}”，本讲话稿属于{county or '本县'}",
                )
            )
        for match in _TOWN_SHAPE.finditer(text):
            name = match.group("name")
            stem = name[:2]
            if _overlaps(match.start("name"), match.end("name"), own_spans):
                continue
            if _generic_chars(stem) or _is_function_word(stem) or _generic_stem(stem):
                continue
            if not _is_town(name):
                continue  # 美丽乡村, 少数民族乡: the shared table says no town
            if name in known_here or _is_own(name, allowed):
                continue
            if name in allowed_text:
                continue
            reported.add((index, name))
            findings.append(
                finding(
                    "names.town",
                    Severity.ERROR if generated else Severity.WARNING,
                    index,
                    quote_around(text, match.start(), match.end()),
                    f"出现乡镇名称“{name}”，请确认属于{county or '本县'}",
                )
            )
        for match in _OFFICIAL.finditer(text):
            surname = match.group("surname")
            title = match.group("title")
            if surname == speaker_surname or f"{surname}{title}" in allowed_text:
                continue
            findings.append(
                finding(
                    "names.person",
                    Severity.ERROR if generated else Severity.WARNING,
                    index,
                    quote_around(text, match.start(), match.end()),
                    f"出现具体人名称谓“{surname}{title}”，请确认是本地领导，或改为职务称谓",
                )
            )
    findings += [
        item
        for index, name, item in listed
        if not any(i == index and (name in n or n in name) for i, n in reported)
    ]
    return findings


def _check_listed(
    paragraphs: Sequence[str], names: Collection[str], own: str | None
) -> list[tuple[int, str, Finding]]:
    wanted = sorted(
        {n for n in names if len(n) >= 2 and not (own and own in n)}, key=lambda n: (-len(n), n)
    )
    if not wanted:
        return []
    pattern = re.compile("|".join(re.escape(n) for n in wanted))
    findings: list[tuple[int, str, Finding]] = []
    for index, text in enumerate(paragraphs):
        for match in pattern.finditer(text):
            findings.append(
                (
                    index,
                    match.group(),
                    finding(
                        "names.scrubbed",
                        Severity.ERROR,
                        index,
                        quote_around(text, match.start(), match.end()),
                        f"出现其他地方的名称“{match.group()}”（短语库来源稿件中的地名、人名），疑为照抄旧稿",
                    ),
                )
            )
    return findings


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _is_own(name: str, allowed: set[str]) -> bool:
    return any(own and (own in name or name in own) for own in allowed)
