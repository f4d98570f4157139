"""Property tests: the miner takes any text a writer's archive may hold without crashing, and
everything it writes is a valid bank whose provenance points into the source."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.corpus import read_speech
from drafter.errors import CorpusError
from drafter.mining import mine_bank
from drafter.phrasebank import Topic, load_bank, save_bank

TOPICS = (Topic("项目建设", ("项目", "投资")), Topic("生态环保", ("生态", "污染")))

_PIECES = st.sampled_from(
    [
        "一、",
        "（一）",
        "1.",
        "一是",
        "二是",
        "一要",
        "第一，",
        "首先，",
        "同志们，",
        "下面，我讲三点意见。",
        "完成固定资产投资3.2亿元，增长7.68%。",
        "力争全年到位资金*亿元以上。",
        "XX县",
        "群科新区",
        "稳存量、扩增量、优结构、提质量",
        "“夏亲水”",
        "《规划》",
        "向书记",
        "十四届四次全会",
        "项目建设",
        "生态环保",
        "。",
        "，",
        "、",
        "：",
        "！",
        "\n",
        "\n\n",
        " ",
        "G247",
        "2024年",
        "补齐生态短板。",
        "让我们",
        "奋力谱写新篇章！",
        "ABC",
        "½",
        "\u3000",
        "——",
        "①",
        "{",
        "}",
        "{county}",
        "马营镇",
        "华能集团",
        "陈刚同志",
        "县长 张三",
        "0.5个百分点",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(min_size=1, max_size=6)), min_size=1, max_size=60).map(
    "".join
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(_TEXT, min_size=1, max_size=3))
def test_any_corpus_mines_to_a_valid_bank(
    tmp_path_factory: pytest.TempPathFactory, texts: list[str]
) -> None:
    folder = tmp_path_factory.mktemp("corpus")
    for number, text in enumerate(texts):
        (folder / f"{number}.txt").write_text(text, encoding="utf-8")
    try:
        bank, report = mine_bank([folder], TOPICS)
    except CorpusError:
        return  # nothing readable: a clear error, which is allowed
    assert len(report.files) >= 1
    out = tmp_path_factory.mktemp("bank") / "bank"
    save_bank(bank, out)
    assert load_bank(out) == bank
    for phrase in bank.phrases:
        for source in phrase.sources:
            paragraphs = read_speech(folder / source.file).paragraphs
            assert 0 <= source.start < source.end <= len(paragraphs[source.paragraph])
