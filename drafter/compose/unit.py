"""The county's kind of unit, from its name: a 县, a district (区), a county-level city (市) or a
banner (旗), and the words each one uses for itself.

The bank and the templates are written in the words of a 县 (县委, 全县, 县域, 县城,
乡镇); a district says 区委, 全区, 区域, 城区, 镇街, a county-level city 市委, 全市, 市域,
城区, a banner 旗委, 全旗, 旗域, 苏木乡镇. ``localise`` rewrites a text into the unit's words;
``convertible`` tells the selector whether a bank sentence can be rewritten at all (县（市、区）,
县区 … cannot: the sentence is dropped rather than said half in a county's words).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

UNITS = "县区市旗"


def unit_of(county: str) -> str:
    """区 for 白河口区, 市 for 澄江市, 旗 for 乌拉旗; 县 otherwise (自治县, 自治旗 → 县, 旗)."""
    name = county.strip()
    if name.endswith("旗"):
        return "旗"
    if name.endswith("区") and not name.endswith("地区"):
        return "区"
    if name.endswith("市"):
        return "市"
    return "县"


def _table(unit: str) -> tuple[tuple[str, str], ...]:
    town = {"区": "镇街", "旗": "苏木乡镇"}.get(unit, "乡镇")
    region = {"区": "区域", "市": "市域", "旗": "旗域"}[unit]
    return (
        ("县（市、区）", "\0"),
        ("县(市、区)", "\0"),
        ("县区", "\0"),
        ("县市区", "\0"),
        ("郡县", "\0"),
        ("各乡镇（街道）", f"各{town}"),
        ("乡镇（街道）", town),
        ("乡镇街道", town),
        ("县乡村", f"{unit}{'镇' if unit == '区' else '乡'}村"),
        ("县乡", f"{unit}{'镇' if unit == '区' else '乡'}"),
        ("乡镇", town),
        ("县城", "城区"),
        ("县域", region),
        ("县委", f"{unit}委"),
        ("县人民政府", f"{unit}人民政府"),
        ("县政府", f"{unit}政府"),
        ("县人大", f"{unit}人大"),
        ("县政协", f"{unit}政协"),
        ("县纪委", f"{unit}纪委"),
        ("县长", f"{unit}长"),
        ("县级", f"{unit}级"),
        ("县直", f"{unit}直"),
        ("县属", f"{unit}属"),
        ("全县", f"全{unit}"),
        ("我县", f"我{unit}"),
        ("本县", f"本{unit}"),
        ("强县", f"强{unit}"),
        ("兴县", f"兴{unit}"),
        ("立县", f"立{unit}"),
        ("富县", f"富{unit}"),
        ("县里", f"{unit}里"),
        ("县情", f"{unit}情"),
    )


def _rewrite(unit: str) -> tuple[re.Pattern[str], Mapping[str, str]]:
    """The county words ``unit`` says otherwise, as one alternation (longest first), and what
    each becomes."""
    table = dict(_table(unit))
    words = sorted(table, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words)), MappingProxyType(table)


# Made once for each unit but 县 (the bank's own words): immutable data, not a cache.
_REWRITES: Mapping[str, tuple[re.Pattern[str], Mapping[str, str]]] = MappingProxyType(
    {unit: _rewrite(unit) for unit in UNITS if unit != "县"}
)


def localise(text: str, unit: str, county: str = "") -> str:
    """``text`` in the words of ``unit`` (unchanged for a 县). The county's own name is kept as it
    is. A word that cannot be converted becomes NUL; ``convertible`` looks for it."""
    if unit == "县" or ("县" not in text and "乡镇" not in text):
        return text
    pattern, table = _REWRITES[unit]
    if county and county in text:
        return county.join(_convert(part, pattern, table) for part in text.split(county))
    return _convert(text, pattern, table)


def _convert(text: str, pattern: re.Pattern[str], table: Mapping[str, str]) -> str:
    return pattern.sub(lambda m: table[m.group(0)], text)


# In a bank written in a county's words, 全市, 市委, 市级 … mean the prefecture above it. Said in
# a county-level city's speech they would read as the city itself (全市 = this 市), so such a
# sentence is not used there.
_PREFECTURE = re.compile(r"全市|我市|市委|市政府|市级|市域|市直|市人大|市政协|市里|本市|市区")


def convertible(text: str, unit: str, county: str = "") -> bool:
    """Whether every county word of ``text`` has the unit's counterpart (always for a 县); for a
    county-level city, also that the text says nothing of the prefecture in 市 words."""
    if unit == "县":
        return True
    if unit == "市" and _PREFECTURE.search(text.replace(county, "") if county else text):
        return False
    out = localise(text, unit, county)
    if county:
        out = out.replace(county, "")
    return "\0" not in out and "县" not in out


__all__ = ["UNITS", "convertible", "localise", "unit_of"]
