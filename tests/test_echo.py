"""A clause said twice in one paragraph is said once (``compose.echo``): round 136's writers
read 有效防控各类风险。有效防控金融风险、地方债务风险等各类风险 and 更好地统筹发展与安全。坚持统筹
发展和安全 as 相邻句子重复, and 积极破解项目用地难题，……，加速破解用地难题 as 一句话里说了两遍."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from drafter.compose.echo import clauses, clauses_once, echoes
from drafter.compose.model import Paragraph, Piece
from drafter.document import Provenance


def mined(text: str, entry: str) -> Piece:
    return Piece(text, Provenance(entry=entry, kind="body"))


def test_a_general_clause_echoes_the_particular_one_that_ends_on_its_word() -> None:
    assert echoes("有效防控各类风险。", "有效防控金融风险、地方债务风险等各类风险，")
    assert echoes("坚持统筹发展和安全，", "更好地统筹发展与安全。")
    assert echoes("加速破解用地难题，", "积极破解项目用地难题，")
    assert echoes("要加快老旧小区改造，", "持续抓好老旧小区和棚户区改造。")


def test_a_clause_naming_the_thing_as_a_modifier_of_another_is_no_echo() -> None:
    assert not echoes("抓牢风险防控，", "动态调整更新各领域风险防控化解方案和应急预案，")
    assert not echoes("抓牢安全生产。", "加强交通运输、建筑施工等重点领域安全生产排查整治，")
    assert not echoes("持续推进大气污染治理，", "持续推进水污染治理。")
    assert not echoes("大力发展乡村旅游，", "用好全省乡村旅游发展现场推进会成果，")


def test_the_smaller_clause_goes_from_its_sentence_and_a_sentence_of_it_alone_goes() -> None:
    first = mined("完善风险预警、防控、处置能力建设，有效防控各类风险。", "bd-1")
    second = mined("有效防控金融风险、地方债务风险等各类风险，牢牢守住底线。", "bd-2")
    done = clauses_once(Paragraph((first, second)))
    assert [p.text for p in done.pieces] == ["完善风险预警、防控、处置能力建设。", second.text]
    alone = mined("坚持统筹发展和安全。", "bd-3")
    long = mined("以平安建设为抓手，更好地统筹发展与安全。", "bd-4")
    done = clauses_once(Paragraph((long, alone, mined("切实维护社会和谐稳定。", "bd-5"))))
    assert [p.text for p in done.pieces] == [long.text, "切实维护社会和谐稳定。"]


def test_within_one_sentence_only_a_clause_said_again_further_on_goes() -> None:
    one = mined(
        "积极破解项目用地难题，积极争取并用足用好各种土地政策，加速破解用地难题，保障项目落地。",
        "pg-1",
    )
    [piece] = clauses_once(Paragraph((one,))).pieces
    assert piece.text == "积极破解项目用地难题，积极争取并用足用好各种土地政策，保障项目落地。"
    # (a clause and the next develop one matter: 做优营商环境，打造……的营商环境)
    next_to = mined("做优营商环境，全力打造成本最低、服务最好的营商环境。", "pg-2")
    assert clauses_once(Paragraph((next_to,))).pieces == (next_to,)


def test_a_sub_head_a_units_own_sentences_and_the_targets_files_words_stay() -> None:
    head = mined("持续抓好老旧小区和棚户区改造。", "ld-1")
    later = mined("要加快老旧小区改造，想方设法破解停车难问题。", "bd-2")
    done = clauses_once(Paragraph((head, later)))
    assert [p.text for p in done.pieces] == [head.text, "想方设法破解停车难问题。"]
    # a unit's sentences (one entry) say their figure of speech again (新征程上，…… 新征程上，……)
    unit = (
        mined("强化风险防控，有效防控各类风险。", "pg-3"),
        mined("有效防控金融风险等各类风险。", "pg-3"),
    )
    assert clauses_once(Paragraph(unit)).pieces == unit
    told = Piece("有效防控各类风险。", Provenance(yaml_key="sections[0].points[0]"))
    paragraph = Paragraph((told, mined("有效防控金融风险等各类风险。", "bd-4")))
    assert clauses_once(paragraph) == paragraph


_CLAUSE_TEXT = st.text(
    alphabet="防控各类风险金融债务安全发展统筹加快推进有效、", min_size=2, max_size=12
)


@given(st.lists(st.lists(_CLAUSE_TEXT, min_size=1, max_size=4), min_size=1, max_size=4))
def test_what_stays_is_whole_clauses_of_the_paragraph_in_order(sentences: list[list[str]]) -> None:
    pieces = tuple(mined("，".join(parts) + "。", f"bd-{i}") for i, parts in enumerate(sentences))
    done = clauses_once(Paragraph(pieces))
    said = [c.rstrip("，。") for p in pieces for c in clauses(p.text)]
    left = [c.rstrip("，。") for p in done.pieces for c in clauses(p.text)]
    assert done.pieces and all(p.text.endswith("。") for p in done.pieces)
    it = iter(said)
    assert all(any(c == s for s in it) for c in left)  # a subsequence of the clauses said
    assert clauses_once(done) == done  # said once is said once
