"""One province's own programmes and slogans (``regional_terms.yaml``: 非首都功能, 一减四增,
石保廊 …): a mined sentence holding one is said only in a draft for a county of that province.

The county's province is read from the shared names table (``drafter.names.table.province_of``);
a county the divisions do not know (a new or invented name) has no province, so no province's
own terms are said for it.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from drafter.names.table import province_of
from drafter.records import dataclass
from drafter.verdicts import remembered_yaml

TERMS_FILE = Path(__file__).with_name("regional_terms.yaml")


@dataclass(frozen=True, slots=True)
class RegionalTerm:
    term: str
    provinces: tuple[str, ...]
    example: str


@functools.cache
def load_regional_terms(path: Path = TERMS_FILE) -> tuple[RegionalTerm, ...]:
    """The table, read once per process (libyaml when present; its parsed form is kept between
    runs: ``remembered_yaml``)."""
    data = remembered_yaml("regionalterms", path)
    return tuple(
        RegionalTerm(str(item["term"]), tuple(item["provinces"]), str(item["example"]))
        for item in data["terms"]
    )


@functools.cache
def foreign_terms(county: str, terms: tuple[RegionalTerm, ...]) -> re.Pattern[str] | None:
    """One pattern of the terms a draft for ``county`` does not say (None when it may say all)."""
    province = province_of(county)
    # longest first, in name order among equals: the same pattern every run (a set's order
    # changes with the process, and the pattern cache never saw the pattern twice)
    refused = sorted(
        {t.term for t in terms if province not in t.provinces}, key=lambda t: (-len(t), t)
    )
    return re.compile("|".join(map(re.escape, refused))) if refused else None
