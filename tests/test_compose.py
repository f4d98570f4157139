"""compose: plan, selection, parallel headings, length, determinism and the self-check, on a
small hand-built bank (so these tests do not move when the mined bank is regenerated)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from drafted import example_draft, shipped_bank
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.compose.check import check_document
from drafter.compose.model import Draft
from drafter.compose.plan import compose_draft
from drafter.document import Document, Role
from drafter.phrasebank.model import Filler, Kind, Phrase, PhraseBank, SourceRef
from drafter.phrasebank.topics import load_topics
from drafter.render import Template, render_speech
from drafter.targets import Targets

REPO = Path(__file__).resolve().parents[1]
TOPICS = load_topics(REPO / "phrasebank")
TOPIC_NAMES = tuple(t.name for t in TOPICS)

# Sentence shapes a real bank has: what the matter is, what to do, what is demanded.
_BODY = (
    "{t}是推动高质量发展的重要支撑，关系全局、影响长远。",
    "要把{t}摆在更加突出的位置，强化统筹调度，形成工作合力。",
    "坚持问题导向，聚焦{t}中的短板弱项，逐项制定务实管用的措施。",
    "持续完善{t}工作机制，健全责任清单，推动各项举措落地见效。",
    "加大{t}领域政策支持力度，积极争取上级资金，拓宽投入渠道。",
    "深入开展{t}专项行动，集中力量解决群众反映强烈的突出问题。",
    "着力提升{t}工作的精细化水平，以钉钉子精神抓好每一项任务。",
    "各乡镇、各部门要把{t}作为重要任务，主要负责同志亲自研究部署。",
    "强化{t}要素保障，优化资源配置，为长远发展打下坚实基础。",
    "健全{t}考核评价办法，树立鲜明导向，激励干部担当作为。",
)
_LEADS = ("抓实{t}", "做优{t}服务", "补齐{t}短板", "夯实{t}基础")


def make_bank(*, extra: Iterable[Phrase] = (), scrubbed: tuple[str, ...] = ()) -> PhraseBank:
    phrases: list[Phrase] = []
    src = (SourceRef("000_test.txt", 3, 0, 10),)
    for t in TOPIC_NAMES:
        for j, text in enumerate(_BODY):
            phrases.append(
                Phrase(f"bd-{t}-{j}", Kind.BODY, text.format(t=t), topics=(t,), sources=src)
            )
        for j, text in enumerate(_LEADS):
            phrases.append(Phrase(f"ld-{t}-{j}", Kind.LEAD, text.format(t=t), topics=(t,)))
    fillers = tuple(Filler(t, (("A", f"{t}提质"), ("B", t))) for t in TOPIC_NAMES)
    phrases += [
        Phrase("hf-1", Kind.HEADING_FRAME, "聚焦{A}，在{B}上加力提效", level=1, fillers=fillers),
        Phrase("hf-2", Kind.HEADING_FRAME, "全力推进{A}", level=1),
        Phrase("op-1", Kind.OPENING, "今天，我们召开{meeting}，主要任务是总结工作、部署任务。"),
        Phrase("tr-1", Kind.TRANSITION, "下面，我讲{n}点意见。"),
        Phrase("tr-2", Kind.TRANSITION, "在肯定成绩的同时，也要清醒看到存在的问题。"),
        Phrase(
            "cl-1", Kind.CLOSING, "同志们，让我们凝心聚力、真抓实干，奋力谱写{county}发展新篇章！"
        ),
    ]
    phrases += list(extra)
    return PhraseBank(tuple(phrases), TOPICS, scrubbed=scrubbed)


def make_report(topics: Sequence[str], length: int = 8000, **overrides: Any) -> Targets:
    """A government work report (of January 2025 unless ``overrides`` say) with a section on
    each of ``topics``."""
    fields: dict[str, Any] = {"date": "2025-01-14", **overrides}
    return make_targets(
        kind="work_report",
        meeting="县第十八届人民代表大会第四次会议",
        length=length,
        sections=[{"topic": topic} for topic in topics],
        **fields,
    )


def make_targets(**overrides: Any) -> Targets:
    data: dict[str, Any] = {
        "county": "青禾县",
        "kind": "work_meeting",
        "meeting": "县政府第一次全体会议",
        "speaker": "县长",
        "date": "2025-02-10",
        "length": 3000,
        "review": {
            "figures": [
                {"name": "地区生产总值", "value": 86.3, "unit": "亿元", "growth": 6.8},
                {"name": "固定资产投资", "value": 41.2, "unit": "亿元", "growth": -3.5},
                {"name": "一般公共预算收入", "value": 5.86, "unit": "亿元", "growth": 0},
                {"name": "城镇登记失业率", "value": 3.1, "unit": "%", "change_pp": -0.2},
            ],
            "highlights": ["成功创建国家级电子商务进农村综合示范县"],
            "problems": ["项目储备不足，投资增长乏力", "民生领域短板仍然较多"],
        },
        "goals": [{"name": "地区生产总值", "growth": 7, "qualifier": "以上"}],
        "sections": [
            {
                "topic": "项目建设",
                "figures": [{"name": "重点建设项目", "value": 56, "unit": "个"}],
                "points": ["确保新建风电场项目3月底前开工"],
            },
            {"topic": "生态环保"},
            {"topic": "民生保障", "title": "加大投入抓民生"},
        ],
    }
    data.update(overrides)
    return Targets.model_validate(data)


def render(draft: Draft, kind: str) -> Document:
    return render_speech(draft, Template(REPO / "templates" / f"{kind}.j2"))


def draft_document(
    targets: Targets, bank: PhraseBank, seed: int | None = None
) -> tuple[Draft, Document]:
    draft = compose_draft(targets, bank, seed=seed)
    return draft, render(draft, targets.kind)


def headings(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if b.role is Role.HEADING_1]


def test_draft_has_the_macro_structure_of_a_work_meeting() -> None:
    _, doc = draft_document(make_targets(), make_bank())
    texts = doc.paragraphs()
    assert texts[0] == "在青禾县人民政府2025年第一次全体会议上的讲话"
    assert doc.blocks[0].role is Role.TITLE
    assert "同志们：" in texts
    assert any(t.startswith("今天，我们召开县政府第一次全体会议") for t in texts)
    assert any("一是项目储备不足，投资增长乏力；二是民生领域短板仍然较多" in t for t in texts)
    # three sections plus the 抓落实 part: four parts, announced as 四点意见
    assert any(t == "下面，我讲四点意见。" for t in texts)
    assert [h[:2] for h in headings(doc)] == ["一、", "二、", "三、", "四、"]
    assert texts[-1].startswith("同志们，") and texts[-1].endswith("！")


def test_level_one_headings_are_parallel_and_titles_are_kept() -> None:
    _, doc = draft_document(make_targets(), make_bank())
    found = headings(doc)
    assert found[2] == "三、加大投入抓民生"
    frames = (
        re.compile(r"^[一二三四]、聚焦.+提质，在.+上加力提效$"),
        re.compile(r"^[一二三四]、全力推进"),
    )
    # one frame for every untitled sibling, whichever the seed chose
    assert any(all(f.match(h) for i, h in enumerate(found) if i != 2) for f in frames), found


def test_every_figure_once_with_right_wording() -> None:
    _, doc = draft_document(make_targets(), make_bank())
    text = doc.text
    assert text.count("增长6.8%") == 1
    assert "下降3.5%" in text and "增长-3.5" not in text
    assert "5.86亿元，与上年持平" in text
    assert "比上年下降0.2个百分点" in text
    # goals are listed plainly; a section's count of projects takes 实施, never 达到
    # (after the congress: the goals it set, 县人代会确定的……主要目标是)
    assert re.search(r"主要(?:预期)?目标是：地区生产总值增长7%以上", text)
    assert "实施重点建设项目56个" in text and "达到56个" not in text
    assert "确保新建风电场项目3月底前开工。" in text


def test_sections_stay_on_their_topic() -> None:
    _, doc = draft_document(make_targets(), make_bank())
    blocks = doc.blocks
    starts = [i for i, b in enumerate(blocks) if b.role is Role.HEADING_1]
    part = " ".join(b.text for b in blocks[starts[1] + 1 : starts[2]])
    assert "生态环保" in part
    assert "民生保障" not in part and "项目建设" not in part


def test_ordinal_runs_are_consistent_and_numbered() -> None:
    draft, _doc = draft_document(make_targets(), make_bank(), seed=1)
    style = draft.ordinal_style
    if style == "lead":
        pytest.skip("this seed chose lead sentences")
    word = style[1]
    for part in draft.parts:
        markers = [
            p.text[:2] for p in part.paragraphs if re.match(r"^[一二三四五六]" + word, p.text)
        ]
        expected = [f"{n}{word}" for n in "一二三四五六"[: len(markers)]]
        assert markers == expected


def test_same_seed_same_draft_other_seed_differs() -> None:
    targets, bank = make_targets(), make_bank()
    first = draft_document(targets, bank, seed=3)[1].text
    again = draft_document(targets, make_bank(), seed=3)[1].text
    other = draft_document(targets, bank, seed=4)[1].text
    assert first == again
    assert first != other


def test_no_sentence_is_used_twice() -> None:
    _, doc = draft_document(make_targets(length=8000), make_bank())
    sentences = re.findall(r"[^。！？]+[。！？]", doc.text)
    repeated = {s for s in sentences if sentences.count(s) > 1 and len(s) > 8}
    assert not repeated


def test_length_grows_with_the_length_asked_for() -> None:
    from drafter.phrasebank import load_bank

    bank = load_bank(REPO / "phrasebank")  # the shipped bank has the material for both
    short = draft_document(make_targets(length=1500), bank)[1]
    long = draft_document(make_targets(length=3000), bank)[1]
    # 1,500 is under the range a draft is fitted to (2,000–15,000): its parts keep a floor of
    # material, so twice the length asked for gives a little under twice the text (1.27–1.33
    # times over this evening's changes to what the bank may say; 1.23 since lines on the
    # government's own conduct go in its own part only, round 150; 1.17 since sentences whose
    # things are another part's topic stay out of a part and 总部经济, 保持攻坚态势 are not said,
    # 8 December: the single pass for 3,000 is shorter, which the pipeline makes up below)
    assert len(long.text) > len(short.text) * 1.12
    # the length asked for is met by the pipeline, which composes again with a scaled budget
    # when one pass is off (a single pass of the composer lands within about a fifth to a
    # quarter: 2,371–2,487 characters for 3,000; 2,248 once a draft set aside 0.4 of the bank
    # rather than 0.3, which the pipeline's first budget of 1.1 times the length makes up)
    from drafter.compose.length import count_chars
    from drafter.pipeline import compose_and_render, template_for

    targets = make_targets(length=3000)
    _, fitted = compose_and_render(targets, bank, template_for(targets.kind, None))
    assert abs(count_chars(fitted.paragraphs()) - 3000) <= 0.15 * 3000
    assert abs(len(long.text) - 3000) <= 0.3 * 3000


def test_a_topic_without_material_is_refused_and_named() -> None:
    # a draft never holds a bare heading followed by the next one (issue 13, item 1)
    from drafter.errors import ComposeError

    bank = make_bank()
    thin = PhraseBank(tuple(p for p in bank.phrases if "文化旅游" not in p.topics), bank.topics)
    targets = make_targets(sections=[{"topic": "文化旅游"}, {"topic": "生态环保"}])
    with pytest.raises(ComposeError, match="第一部分（话题“文化旅游”）"):
        draft_document(targets, thin)


def test_sound_draft_passes_compose_invariants() -> None:
    bank = make_bank()
    targets = make_targets()
    _, doc = draft_document(targets, bank)
    assert check_document(doc, targets, bank) == ()


# --- a planted bad entry is never used; a document that breaks a rule is caught ------------


def _planted(text: str) -> Phrase:
    # A body sentence strongly on topic, with high support, so it would win if allowed.
    return Phrase("bd-bad", Kind.BODY, text, topics=("生态环保",), support=50)


@pytest.mark.parametrize(
    "text",
    [
        "要加快推进*生态环保项目建设，全面改善生态环境。",
        "要持续推进XX生态环保工作，全面改善生态环境。",
        "要持续推进××县生态环保工作，改善生态环境。",
        "要建成投运污水处理站12个，全面改善生态环境。",
        "要推动{place}生态环保工作取得新成效，改善生态环境。",
        "要加快推进群科新区生态环保项目，改善生态环境质量。",
    ],
)
def test_unsafe_bank_entries_are_never_used(text: str) -> None:
    bank = make_bank(extra=[_planted(text)], scrubbed=("群科新区",))
    targets = make_targets()
    for seed in range(4):
        _, doc = draft_document(targets, bank, seed=seed)
        assert text not in doc.text
        assert check_document(doc, targets, bank) == ()


def _replace(doc: Document, old: str, new: str) -> Document:
    from dataclasses import replace

    from drafter.document import Block, Run

    blocks = tuple(
        Block(
            b.role,
            tuple(
                Run(r.text.replace(old, new), r.bold, r.heading_level, r.provenance) for r in b.runs
            ),
        )
        for b in doc.blocks
    )
    return replace(doc, blocks=blocks)


def test_self_check_catches_a_mask() -> None:
    bank, targets = make_bank(), make_targets()
    _, doc = draft_document(targets, bank)
    broken = _replace(doc, "今天，我们召开", "今天，我们在XX召开")
    assert any("遮盖" in p and "XX" in p for p in check_document(broken, targets, bank))


def test_self_check_catches_a_scrubbed_name() -> None:
    bank = make_bank(scrubbed=("群科新区",))
    targets = make_targets()
    _, doc = draft_document(targets, bank)
    broken = _replace(doc, "今天，我们召开", "今天，我们在群科新区召开")
    assert any("群科新区" in p for p in check_document(broken, targets, bank))


def test_self_check_catches_a_dropped_figure() -> None:
    bank, targets = make_bank(), make_targets()
    _, doc = draft_document(targets, bank)
    blocks = tuple(
        b
        for b in doc.blocks
        if not any(r.provenance and r.provenance.yaml_key == "goals[0]" for r in b.runs)
    )
    from dataclasses import replace

    problems = check_document(replace(doc, blocks=blocks), targets, bank)
    assert any("goals[0]" in p and "没有写入" in p for p in problems)


def test_self_check_catches_a_foreign_number() -> None:
    bank, targets = make_bank(), make_targets()
    _, doc = draft_document(targets, bank)
    broken = _replace(doc, "今天，我们召开", "今天，我们和17个部门召开")
    assert any("“17”" in p for p in check_document(broken, targets, bank))


def test_self_check_catches_broken_numbering_and_repeats() -> None:
    bank, targets = make_bank(), make_targets()
    _, doc = draft_document(targets, bank)
    broken = _replace(doc, "二、", "三、")
    assert any("一级标题编号" in p for p in check_document(broken, targets, bank))
    from dataclasses import replace

    twice = replace(doc, blocks=(*doc.blocks, doc.blocks[-1]))
    assert any("句子重复" in p for p in check_document(twice, targets, bank))


def test_self_check_catches_a_leftover_slot() -> None:
    bank, targets = make_bank(), make_targets()
    _, doc = draft_document(targets, bank)
    broken = _replace(doc, "今天，我们召开", "今天，我们在{place}召开")
    assert any("{place}" in p for p in check_document(broken, targets, bank))


# --- any valid targets file drafts and passes the invariants --------------------------------

_names = st.sampled_from(["地区生产总值", "固定资产投资", "粮食产量", "城镇新增就业", "森林覆盖率"])
_numbers = st.decimals(
    min_value=-30, max_value=500, places=1, allow_nan=False, allow_infinity=False
)


@st.composite
def figures(draw: st.DrawFn) -> dict[str, Any]:
    figure: dict[str, Any] = {"name": draw(_names)}
    choice = draw(st.sampled_from(["value", "growth", "both", "pp", "rank"]))
    if choice in ("value", "both"):
        figure["value"] = str(abs(draw(_numbers)))
        figure["unit"] = draw(st.sampled_from(["亿元", "个", "万亩", "%", "人"]))
    if choice in ("growth", "both"):
        figure["growth"] = str(draw(st.just(Decimal(0)) | _numbers))
    if choice == "pp":
        figure["change_pp"] = str(draw(_numbers))
    if choice == "rank":
        figure["rank"] = draw(st.sampled_from(["全市第三", "全省前列"]))
    if draw(st.booleans()):
        figure["qualifier"] = draw(st.sampled_from(["以上", "左右", "以内"]))
    return figure


@st.composite
def targets_data(draw: st.DrawFn) -> dict[str, Any]:
    sections = []
    for _ in range(draw(st.integers(1, 12))):
        section: dict[str, Any] = {"topic": draw(st.sampled_from(TOPIC_NAMES))}
        if draw(st.booleans()):
            section["figures"] = draw(
                st.lists(figures(), max_size=2, unique_by=lambda f: f["name"])
            )
        if draw(st.integers(0, 4)) == 0:
            section["title"] = draw(st.sampled_from(["全力以赴抓项目", "守牢安全底线"]))
        if draw(st.booleans()):
            section["points"] = ["确保年内完成既定任务"]
        sections.append(section)
    return {
        "county": draw(st.sampled_from(["青禾县", "柘宁县", "云溪区", "白石市"])),
        "kind": draw(st.sampled_from(["work_meeting", "plenary", "symposium", "work_report"])),
        "meeting": "全县经济工作会议",
        "year": draw(st.integers(2020, 2030)),
        "length": draw(st.integers(1500, 9000)),
        "seed": draw(st.integers(0, 1000)),
        "review": {
            "figures": draw(st.lists(figures(), max_size=4, unique_by=lambda f: f["name"])),
            "problems": draw(
                st.lists(
                    st.sampled_from(["产业基础薄弱", "财政收支矛盾突出"]), max_size=2, unique=True
                )
            ),
        },
        "goals": draw(st.lists(figures(), max_size=3, unique_by=lambda f: f["name"])),
        "sections": sections,
        "closing": draw(st.booleans()),
    }


_BANK = make_bank()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(targets_data())
def test_any_valid_targets_file_drafts_and_passes_invariants(data: dict[str, Any]) -> None:
    from drafter.errors import ComposeError
    from drafter.pipeline import self_check

    targets = Targets.model_validate(data)
    topics = [section.topic for section in targets.sections]
    try:
        draft, doc = draft_document(targets, _BANK)
    except ComposeError as error:
        # refused only when a topic is given more often than the bank has material for it,
        # and the refusal names the part left empty: that topic's, or one whose material the
        # repeated parts took (six parts on 项目建设 leave 城乡建设 nothing of a small bank)
        # (or the kind's own closing part, 抓落实: three parts on 项目建设 of a small bank
        # leave it nothing)
        from drafter.compose.plan import plan_for

        repeated = {t for t in topics if topics.count(t) > 1}
        assert repeated, error.message
        named = {*topics, plan_for(targets.kind).duty_topic}
        assert any(f"话题“{t}”" in error.message for t in named if t), error.message
        return
    assert self_check(doc, targets, _BANK) == ()  # compose's invariants and lint, generated mode
    # one numbered heading per part (a report's tasks are （一）…, under 二、……年工作安排)
    numbers = [
        b.text
        for b in doc.blocks
        if b.role in (Role.HEADING_1, Role.HEADING_2)
        and not b.text.endswith(("年工作回顾", "年工作安排"))
    ]
    # …and one more per group of a long speech's parts (一、 over its （一）（二）)
    groups = sum(1 for part in draft.parts if part.group_heading is not None)
    assert len(numbers) == len(draft.parts) + groups


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(targets_data())
def test_any_valid_targets_file_drafts_with_the_shipped_bank(data: dict[str, Any]) -> None:
    from drafter.pipeline import self_check

    bank = _shipped_bank()
    targets = Targets.model_validate(data)
    _, doc = draft_document(targets, bank)
    assert self_check(doc, targets, bank) == ()


def _shipped_bank() -> PhraseBank:
    return shipped_bank()


def test_a_topic_listed_again_with_nothing_of_its_own_is_written_in_its_first_part() -> None:
    """Hypothesis found it on a clean machine: 经济运行 listed four times, untitled and bare,
    left the fourth part nothing in the shipped bank, and the draft was refused. A bare repeat
    says nothing the first part would not: it goes into that part, with its share of the
    length, and the writer is told; the other sections keep their keys."""
    sections: list[dict[str, Any]] = [
        {"topic": t}
        for t in ("经济运行", "经济运行", "工业发展", "招商引资", "经济运行", "经济运行")
    ]
    given = {"meeting": "全县经济工作会议", "length": 1500, "seed": 32, "year": 2021}
    given |= {"date": None, "review": {}, "goals": [], "closing": False}
    targets = make_targets(**given, sections=sections)
    bank = _shipped_bank()
    draft, doc = draft_document(targets, bank, seed=32)
    from drafter.pipeline import self_check

    assert self_check(doc, targets, bank) == ()
    listed = [(p.topic, p.section) for p in draft.parts if p.section is not None]
    assert listed == [("经济运行", 0), ("工业发展", 2), ("招商引资", 3)], listed
    assert any("重点工作第二、五、六项与第一项" in w and "并入第一项" in w for w in draft.warnings)
    # a repeat with something of its own keeps its part (its figures are its matter)
    sections[4] = {"topic": "经济运行", "figures": [{"name": "地区生产总值", "growth": 6}]}
    draft, _ = draft_document(make_targets(**given, sections=sections), bank, seed=32)
    listed = [(p.topic, p.section) for p in draft.parts if p.section is not None]
    assert ("经济运行", 4) in listed and ("经济运行", 1) not in listed, listed


@pytest.mark.parametrize("kind", ["work_meeting", "plenary", "symposium", "work_report"])
def test_a_paragraph_of_single_sentences_says_each_thing_once(kind: str) -> None:
    """Round 49's blind reader: a paragraph the composer made sentence by sentence said 智慧城市
    twice, 家庭农场 twice, 食品药品监管 three times. Sentences chosen one by one for a paragraph
    share no phrase of four characters (stock phrases and the part's topic words aside: a part
    on 抓落实 says 目标任务 as often as it likes)."""
    from drafter.compose.select import SLOGAN, key_phrases

    keywords = {topic.name: topic.keywords for topic in _shipped_bank().topics}
    for seed in (1, 2):
        _, draft, _ = example_draft(kind, seed)
        for part in draft.parts:
            own = keywords.get(part.topic, ())
            for paragraph in part.paragraphs:
                body = [
                    p
                    for p in paragraph.pieces
                    if p.provenance is not None
                    and p.provenance.kind == "body"
                    and not p.provenance.yaml_key
                ]
                if len(body) != len(paragraph.pieces):
                    continue  # a unit, or the targets file's sentences among them
                for a, b in itertools.combinations(body, 2):
                    shared = key_phrases(a.text, SLOGAN) & key_phrases(b.text, SLOGAN)
                    shared = {run for run in shared if not any(run in word for word in own)}
                    assert not shared, (kind, seed, a.text, b.text, shared)


@pytest.mark.parametrize("kind", ["work_meeting", "plenary", "symposium", "work_report"])
def test_shipped_examples_read_as_connected_prose(kind: str) -> None:
    bank = _shipped_bank()
    for seed in range(1, 5):
        targets, draft, doc = example_draft(kind, seed)
        titled = sum(1 for s in targets.sections if s.title)
        if len(draft.parts) > titled:
            assert draft.heading_frame is not None  # untitled parts share one heading frame
        # neighbours within a part (a heading between two paragraphs separates them)
        body = [
            b.text if b.role is Role.BODY else ""
            for b in doc.blocks
            if b.role.heading_level or (b.role is Role.BODY and len(b.text) > 20)
        ]
        clashes = [
            (a[:12], b[:12]) for a, b in itertools.pairwise(body) if a and b and a[:2] == b[:2]
        ]
        assert not clashes, clashes
        from drafter.pipeline import self_check

        assert self_check(doc, targets, bank) == ()


def test_a_topic_given_twice_gets_distinct_parallel_headings() -> None:
    targets = make_targets(sections=[{"topic": "项目建设"}, {"topic": "项目建设"}])
    _, doc = draft_document(targets, _shipped_bank())
    found = [h[2:] for h in headings(doc)]
    assert len(found) == len(set(found)), found
