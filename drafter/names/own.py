"""A bank's own county (``own.yaml``): the county whose archive it was mined from, and the names
kept as written because that county uses them year after year.

Input: a bank folder (``own.yaml`` is written there by ``drafter mine --county``; other banks
have none) and the county a draft or a lint is for. Output: the bank as that county sees it —
for the county itself its kept names are its own words; for any other county they are foreign
names (``PhraseBank.scrubbed``), so compose leaves out every entry holding one and the
self-check and lint flag one that gets through.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from drafter.errors import BankError
from drafter.phrasebank.model import Kind, Phrase, PhraseBank, Topic
from drafter.records import dataclass

OWN_FILE = "own.yaml"
_HEADER = (
    "# drafter 短语库：本县自己的材料（drafter mine --county 挖掘）。\n"
    "# county 为本县名称；names 是本县两年以上都出现、保留原文的名称\n"
    "# （镇街、河流、园区、品牌、产业等）及出现年份。为本县起草时照常使用；\n"
    "# 为其他县起草时含这些名称的条目一律不用，lint 也会报出。\n"
)


@dataclass(frozen=True, slots=True)
class OwnCounty:
    county: str
    names: tuple[tuple[str, tuple[str, ...]], ...]  # (name, years it appears in)

    @property
    def forms(self) -> frozenset[str]:
        """The county's name, full and short (高唐县, 高唐)."""
        short = self.county[:-1] if self.county[-1:] in "县市区旗" else self.county
        return frozenset(f for f in (self.county, short) if len(f) >= 2)

    def is_for(self, county: str | None) -> bool:
        """True when a draft for ``county`` is a draft for this bank's own county."""
        if not county:
            return False
        county = county.strip()
        short = county[:-1] if county[-1:] in "县市区旗" else county
        return county in self.forms or short in self.forms

    @property
    def name_list(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.names)


def render_own(county: str, names: Sequence[tuple[str, Sequence[str]]]) -> str:
    """The text of ``own.yaml`` (stable order: the bank stays byte-identical on re-mining)."""
    import json

    lines = [_HEADER + "schema_version: 1", f"county: {json.dumps(county, ensure_ascii=False)}"]
    lines.append("names:" + ("" if names else " []"))
    for name, years in sorted(names):
        quoted = ", ".join(json.dumps(str(y), ensure_ascii=False) for y in years)
        lines.append(f"- {{name: {json.dumps(name, ensure_ascii=False)}, years: [{quoted}]}}")
    return "\n".join(lines) + "\n"


def load_own(bank_dir: Path) -> OwnCounty | None:
    """The bank's own county, or None for a bank mined without ``--county``."""
    from drafter.phrasebank.yamlio import read_yaml

    path = Path(bank_dir) / OWN_FILE
    if not path.is_file():
        return None
    data = read_yaml(path)
    county = data.get("county") if isinstance(data, dict) else None
    names = data.get("names") if isinstance(data, dict) else None
    if not isinstance(county, str) or not county.strip() or not isinstance(names, list):
        raise BankError("own.yaml 应有 county（本县名称）和 names（名称列表）", path=path)
    found: list[tuple[str, tuple[str, ...]]] = []
    for index, item in enumerate(names, 1):
        name = item.get("name") if isinstance(item, dict) else None
        years = item.get("years", []) if isinstance(item, dict) else None
        if not isinstance(name, str) or not name or not isinstance(years, list):
            raise BankError(f"own.yaml 第 {index} 个名称应有 name 和 years", path=path)
        found.append((name, tuple(str(y) for y in years)))
    return OwnCounty(county.strip(), tuple(found))


def bank_for_county(bank: PhraseBank, own: OwnCounty | None, county: str | None) -> PhraseBank:
    """``bank`` as a draft for ``county`` may use it: another county's draft takes the own
    county's names (and the county's own name) as foreign; the own county's draft does not."""
    if own is None:
        return bank
    phrases = bank.phrases
    if own.is_for(county):
        mine = set(own.name_list) | own.forms
        scrubbed = tuple(n for n in bank.scrubbed if n not in mine)
        phrases = _archive_first(phrases)
    else:
        extra = [n for n in (*own.name_list, *sorted(own.forms)) if n not in bank.scrubbed]
        scrubbed = (*bank.scrubbed, *extra)
    # an own county's bank is small: building it whole costs little
    if own.is_for(county):
        return OwnCountyBank(own.county, phrases, bank.topics, scrubbed, bank.sources)
    return PhraseBank(phrases, bank.topics, scrubbed, bank.sources)


class OwnCountyBank(PhraseBank):
    """A bank as its own county's draft sees it: its mined entries are that county's words, so
    compose does not refuse them as another county's particulars (its towns, facilities, quoted
    slogans and titles are the county's own)."""

    __slots__ = ("county",)

    county: str

    def __init__(
        self,
        county: str,
        phrases: tuple[Phrase, ...],
        topics: tuple[Topic, ...],
        scrubbed: tuple[str, ...] = (),
        sources: tuple[str, ...] = (),
    ) -> None:
        super().__init__(phrases, topics, scrubbed, sources)
        object.__setattr__(self, "county", county)


# mined sentences of a topic enough for the county's own words to carry it without the
# hand-written ones
ARCHIVE_ENOUGH = 12
_OWN_KINDS = (Kind.BODY, Kind.LEAD)


def _archive_first(phrases: tuple[Phrase, ...]) -> tuple[Phrase, ...]:
    """The county's own draft says things in its archive's words: a hand-written body or lead
    sentence is kept only for a topic its archive has too few sentences of, and its numbered
    headings are its archive's (no hand-written heading frame)."""
    mined: Counter[tuple[Kind, str]] = Counter(
        (p.kind, topic)
        for p in phrases
        if not p.curated and p.kind in _OWN_KINDS
        for topic in p.topics[:1]
    )
    return tuple(
        p
        for p in phrases
        if not p.curated
        or (p.kind not in _OWN_KINDS and p.kind is not Kind.HEADING_FRAME)
        or (p.kind in _OWN_KINDS and not p.topics)
        or any(mined[(p.kind, t)] < ARCHIVE_ENOUGH for t in p.topics[:1])
    )


def foreign_names_of(bank_dir: Path, county: str | None) -> tuple[str, ...]:
    """The names a speech for ``county`` must not hold, by the bank in ``bank_dir`` (``lint
    --bank``): its scrubbed names, and its own county's names unless the speech is that county's;
    words several counties write are left out (lint would flag them on every page)."""
    from drafter.names.table import is_ordinary
    from drafter.phrasebank import load_bank
    from drafter.resources import resolve_bank

    folder = resolve_bank(bank_dir)[0]
    bank = bank_for_county(load_bank(folder), load_own(folder), county)
    return tuple(n for n in bank.scrubbed if len(n) >= 2 and not is_ordinary(n))
