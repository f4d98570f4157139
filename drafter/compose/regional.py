"""One province's own programmes and slogans (``regional_terms.yaml``: 非首都功能, 一减四增,
石保廊 …): a mined sentence holding one is said only in a draft for a county of that province.

The county's province is read from the administrative divisions (``drafter/names/divisions.txt``:
the first two digits of a county's code are its province's); a county the table does not know
(a new or invented name) has no province, so no province's own terms are said for it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

TERMS_FILE = Path(__file__).with_name("regional_terms.yaml")
DIVISIONS_FILE = Path(__file__).resolve().parent.parent / "names" / "divisions.txt"


@dataclass(frozen=True, slots=True)
class RegionalTerm:
    term: str
    provinces: tuple[str, ...]
    example: str


@functools.cache
def load_regional_terms(path: Path = TERMS_FILE) -> tuple[RegionalTerm, ...]:
    """The table, read once per process (libyaml when present)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    return tuple(
        RegionalTerm(str(item["term"]), tuple(item["provinces"]), str(item["example"]))
        for item in data["terms"]
    )


@functools.cache
def province_of(county: str, path: Path = DIVISIONS_FILE) -> str | None:
    """The province of a county-level division named ``county`` (高唐县 → 山东省), or None when
    the table has no such county or the name is held by counties of several provinces."""
    if not county:
        return None
    codes: list[str] = []
    provinces: dict[str, str] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            parts = line.split()
            if len(parts) != 3:
                continue
            code, kind, name = parts
            if kind == "P":
                provinces[code[:2]] = name
            elif kind == "C" and name == county:
                codes.append(code[:2])
    found = {provinces.get(code) for code in codes}
    return found.pop() if len(found) == 1 else None


@functools.cache
def foreign_terms(county: str, terms: tuple[RegionalTerm, ...]) -> re.Pattern[str] | None:
    """One pattern of the terms a draft for ``county`` does not say (None when it may say all)."""
    province = province_of(county)
    refused = sorted({t.term for t in terms if province not in t.provinces}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, refused))) if refused else None
