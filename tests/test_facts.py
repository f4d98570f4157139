"""Facts of one county and one year (``drafter/mining/names/facts.yaml``): each rule's example
sentences both ways, and mining leaving such sentences out of a bank (round 18's reader found
each kind in drafts for unseen counties: docs/reviews/units-round18/READER.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.mining import mine_bank
from drafter.mining.names.facts import FactRule, fact_hits, fact_rules
from drafter.phrasebank.model import Kind
from drafter.phrasebank.topics import load_topics

REPO = Path(__file__).resolve().parents[1]
RULES = fact_rules()


def _cases(which: str) -> list[tuple[FactRule, str]]:
    return [(rule, text) for rule in RULES for text in getattr(rule, which)]


def test_every_rule_has_examples_both_ways() -> None:
    assert RULES
    for rule in RULES:
        assert rule.drops and rule.keeps, rule.name


@pytest.mark.parametrize(("rule", "text"), _cases("drops"), ids=lambda v: getattr(v, "name", v))
def test_a_fact_of_one_county_is_found(rule: FactRule, text: str) -> None:
    assert rule.pattern.search(text), f"{rule.name} misses {text}"


@pytest.mark.parametrize(("rule", "text"), _cases("keeps"), ids=lambda v: getattr(v, "name", v))
def test_general_sentences_are_no_facts(rule: FactRule, text: str) -> None:
    assert fact_hits(text) == [], f"{text} taken for a fact"


# A county's report as round 18's drafts took it: every sentence but the last two states a fact
# of that county and year; the last two are every county's measures.
_REPORT = """\
2024年政府工作报告

一、2024年工作回顾

面对极端暴雪寒潮天气，我们共克时艰、守望相助，全力以赴保安全、保畅通、保民生。

二、2025年工作安排

年内完成开发区区划调整，将现有托管区域有序纳入。农副产品加工园区市政配套设施年底前全部完工。\
通过行业引领、龙头带动、筑巢引凤，推动食品产业链集群化发展。重点办好十件实事，锚定四项工作，守住三条底线。\
深入挖掘脱贫攻坚文化，完善“脱贫攻坚实践课堂”，丰富课堂内容，让游客充分感受脱贫攻坚号角吹响地的发展变化历程。\
“实”，就是立足本县实际，挤水分、卸包袱，实事求是。以种苗小镇为依托，推进农业特色小镇建设。\
持续优化营商环境，深化“放管服”改革，提升政务服务效能。加强农业技术推广服务，推动农业提质增效。
"""


def test_mining_leaves_the_facts_out(tmp_path: Path) -> None:
    (tmp_path / "demo-2024.txt").write_text(_REPORT, encoding="utf-8")
    bank, _ = mine_bank([tmp_path], load_topics(REPO / "phrasebank"), workers=1)
    texts = "\n".join(p.text for p in bank.phrases if p.kind in (Kind.BODY, Kind.PARAGRAPH))
    for fact in ("暴雪", "区划调整", "年底前", "食品产业链", "十件实事", "吹响地", "“实”", "种苗"):
        assert fact not in texts
    assert "深化“放管服”改革" in texts
    assert "加强农业技术推广服务" in texts
