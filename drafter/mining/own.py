"""A county's own archive (``drafter mine ARCHIVE --county 高唐县``): which of its names stay.

Input: the declared county and the read speeches of the archive (each dated by the year in its
file name or title). Output: an ``OwnArchive`` the name scrubbing asks, for every name it finds,
whether the archive keeps it as written — and the ``OwnName``s kept, with the years they appear,
for the bank's ``own.yaml``.

Why: a county's own towns, rivers, parks, brands and industries are what make its report its
own, and a writer drafting for that county wants them. A name the archive uses in two years or
more is a standing feature of the county and is kept as written. A name of one year only (a
project finished, an event held) is a fact of that year: it is scrubbed as for any other county,
so the sentence stays out of the county's drafts. People are never kept (a former leader). Every
kept name is foreign to any other county: drafts for other counties never use an entry holding
one (``drafter.names.own`` turns them into scrubbed names there).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import field

from drafter.mining.slots import Hit
from drafter.records import dataclass

# the slots a kept name would have had; a person, a session, a figure or a mask are never kept
KEPT_SLOTS = frozenset({"place", "org", "project", None})
STANDING_YEARS = 2
# what the mining report records a kept name as (never a slot of an entry)
OWN_SLOT = "own"

# A sentence stating what one year saw done (西城污水处理厂主体工程完工, 官道街片区获批省级城市更新
# 试点片区, 成功承办…现场会): with the county's names in it, it is a fact of that year, not wording
# a later report can say again; its names are scrubbed as a one-off's would be.
YEAR_FACT = re.compile(
    r"完工|竣工|建成|获批|获评|荣获|通过[^，。；]{0,12}(?:认定|验收|评估|考核|评审)"
    r"|成功(?:举办|承办|实施|创建|入选|获批|签约)|举办第|投入使用|建成投用|正式投用|揭牌|签约"
    r"|落户|开工|成立运行|被(?:评为|命名|确定|列为)|入选|列入[^，。；]{0,12}(?:名单|试点)"
    r"|复产|重整|填补[^，。；]{0,10}空白|位居|排名|第[一二三四五六七八九十]名|全市第|全省第"
)

_YEAR = re.compile(r"(?<![0-9])(19[5-9][0-9]|20[0-9]{2})(?![0-9])")
_COUNTY_LEVEL = re.compile(r"(?:县|市|区|旗)$")


@dataclass(frozen=True, slots=True)
class OwnName:
    name: str
    years: tuple[str, ...]


def county_forms(county: str) -> frozenset[str]:
    """高唐县 → {高唐县, 高唐}; 海拉尔区 → {海拉尔区, 海拉尔}; a name without a level as given."""
    county = county.strip()
    short = _COUNTY_LEVEL.sub("", county)
    return frozenset(f for f in (county, short) if len(f) >= 2)


def year_of(label: str, text: str) -> str:
    """The year a speech belongs to: a year in its file name (gaotang-2024.txt), else the first
    year named in its opening lines, else its file name (each undated file is a year of its own)."""
    for where in (label, text[:300]):
        found = _YEAR.search(where)
        if found:
            return found.group(1)
    return label


@dataclass(frozen=True, slots=True)
class OwnArchive:
    """The declared county and its archive's texts by year."""

    county: str
    texts: tuple[tuple[str, str], ...]  # (year, text), one per speech
    # name → years it appears in, filled as names are asked about (not part of equality)
    _years: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, county: str, speeches: Sequence[tuple[str, str]]) -> OwnArchive:
        """``speeches``: (file label, text) of every speech mined."""
        return cls(county.strip(), tuple((year_of(label, text), text) for label, text in speeches))

    @property
    def forms(self) -> frozenset[str]:
        return county_forms(self.county)

    def years_of(self, name: str) -> tuple[str, ...]:
        found = self._years.get(name)
        if found is None:
            found = tuple(sorted({year for year, text in self.texts if name in text}))
            self._years[name] = found
        return found

    def keeps(self, hit: Hit, sentence: str = "") -> bool:
        """True when ``hit`` is a standing name of the county: kept as written, not a slot
        (never in a sentence that states one year's fact: ``YEAR_FACT``)."""
        if sentence and YEAR_FACT.search(sentence):
            return False
        if hit.kind != "name" or hit.slot not in KEPT_SLOTS:
            return False
        name = hit.original
        if "…" in name or len(name) < 2 or not re.search(r"[\u4e00-\u9fff]", name):
            return False
        if hit.slot is None and hit.reason.startswith(_NOT_KEPT_UNSURE):
            return False
        return len(self.years_of(name)) >= STANDING_YEARS


# unsure hits that are doubts about letters, not names of the county
_NOT_KEPT_UNSURE = ("不明的字母缩写", "遮盖符")
