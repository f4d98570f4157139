"""Facts of one county and one year, recognised by how a report states them.

Input: one sentence. Output: unsure ``Hit``s (slot None: the sentence is left out of the bank).
Not names a slot could stand for but statements no other county's draft may repeat, and no
county's later draft either: an event the county lived through (面对极端暴雪寒潮天气), a
commitment with a deadline (年内完成开发区区划调整), a numbered list the speech gives elsewhere
(办好十件实事) or an item of one (⑨推进……), a numbered document it issued (出台……十六条措施), a
formula explained after its head was said (“实”，就是……), a place's epithet
(脱贫攻坚号角吹响地), a classroom the county named, one manufacturing sector as the county's chain
(食品产业链), a sentence cut at a garbled question mark (……保障好英利？).

The rules are rows of ``facts.yaml`` (pattern, why, sentences each must drop and keep): round 18's
reader found each of these in drafts for unseen counties (docs/reviews/units-round18/READER.md).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from pathlib import Path

from drafter.mining.slots import Hit
from drafter.records import dataclass

FACTS_FILE = Path(__file__).with_name("facts.yaml")
# {name} in a pattern: one of the file's lists, as an alternation (longest first)
_LIST_REF = re.compile(r"\{([a-z]+)\}")


@dataclass(frozen=True, slots=True)
class FactRule:
    """One kind of fact: its pattern, why (the report's reason), and example sentences."""

    name: str
    pattern: re.Pattern[str]
    why: str
    drops: tuple[str, ...]
    keeps: tuple[str, ...]


def _expand(pattern: str, lists: dict[str, list[str]]) -> str:
    def alternation(match: re.Match[str]) -> str:
        words = lists[match.group(1)]
        return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))

    return _LIST_REF.sub(alternation, pattern)


@lru_cache(maxsize=1)
def fact_rules(path: Path = FACTS_FILE) -> tuple[FactRule, ...]:
    """The rows of ``facts.yaml``, their patterns compiled."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's (9 → 1 ms a process)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    lists = data["lists"]
    return tuple(
        FactRule(
            name=row["name"],
            pattern=re.compile(_expand(row["pattern"], lists)),
            why=row["why"],
            drops=tuple(row["drops"]),
            keeps=tuple(row["keeps"]),
        )
        for row in data["rules"]
    )


def fact_hits(text: str, chars: Collection[str] | None = None) -> list[Hit]:
    """Every fact of one county and year in ``text`` (see the module docstring). ``chars``: the
    text's characters (at least those in the rules' gates, ``names.gate_chars``), when the
    caller has them: a rule is then not searched in a text holding none of its gate's."""
    if chars is None:
        rules = fact_rules()
    else:
        rules = tuple(
            rule
            for rule, gate in zip(fact_rules(), fact_gates(), strict=True)
            if gate is None or not gate.isdisjoint(chars)
        )
    return [
        Hit(match.start(), match.end(), None, match.group(), rule.why)
        for rule in rules
        for match in rule.pattern.finditer(text)
    ]


@lru_cache(maxsize=1)
def fact_gates() -> tuple[frozenset[str] | None, ...]:
    """Per rule, characters one of which its every match holds (``prefilter.one_of_gate``):
    over the 7,799 sentences of 1.2 MB, the rules searched only where their gate lets them,
    126 → 70 ms."""
    from drafter.prefilter import one_of_gate

    return tuple(one_of_gate(rule.pattern) for rule in fact_rules())
