"""Fitting a draft to its length when its sections cannot carry it: a part short of its share
leaves the rest to the parts after it, and a long draft on few sections takes up parts a speech
of its kind has anyway (``fillers``), named in a warning. Headings never repeat a filler's words.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from drafter.compose.groups import _clashes
from drafter.compose.headings import _assign, filler_runs
from drafter.compose.length import count_chars, within
from drafter.compose.plan import ADDED_WARNING, compose_draft, filler_topics, plan_for
from drafter.compose.select import Selector
from drafter.mining.topics import TopicTagger
from drafter.phrasebank import load_bank
from drafter.phrasebank.model import Filler, Kind, Phrase
from drafter.pipeline import draft_speech, parts_wanted
from drafter.targets import load_targets

REPO = Path(__file__).resolve().parents[1]
BANK = load_bank(REPO / "phrasebank")


def _targets(tmp_path: Path, kind: str, meeting: str, length: int, topics: list[str]) -> Path:
    sections = "".join(f"  - topic: {topic}\n" for topic in topics)
    path = tmp_path / "t.yaml"
    path.write_text(
        f"county: 澄溪县\nkind: {kind}\nmeeting: {meeting}\nyear: 2025\n"
        f"length: {length}\nsections:\n{sections}",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("kind", "meeting", "topics"),
    [
        ("plenary", "县委经济工作会议", ["招商引资", "教育卫生", "城乡建设", "安全稳定"]),
        ("symposium", "民营企业家座谈会", ["文化旅游", "招商引资", "农业农村", "项目建设"]),
        # (11,800 on five: the nine parts a plenary added were all thin, 18% short — the
        # composition benchmark's seed 11)
        (
            "plenary",
            "县委经济工作会议",
            ["工业发展", "商贸消费", "招商引资", "城乡建设", "农业农村"],
        ),
    ],
)
def test_a_long_draft_on_few_sections_reaches_its_length(
    tmp_path: Path, kind: str, meeting: str, topics: list[str]
) -> None:
    length = 11000 if len(topics) < 5 else 11800
    result = draft_speech(_targets(tmp_path, kind, meeting, length, topics))
    assert within(result.characters, length), result.characters
    added = [w for w in result.warnings if w.startswith(ADDED_WARNING)]
    assert added, result.warnings
    named = [t for t in filler_topics(result.targets, BANK) if f"“{t}”" in added[0]]
    assert named and not any(t in added[0] for t in topics)
    headings = [p.heading.text for p in result.draft.parts]
    assert len(headings) == len(set(headings))


def test_a_draft_its_sections_can_carry_adds_nothing(tmp_path: Path) -> None:
    """Three sections carry 2,000 characters on all but one seed in four (at 3,000 about half
    the seeds add a part, at 2,400 one in eight: the three parts hold some 2,000–2,500
    characters of the bank's material after what a draft sets aside; since a topic word alone
    no longer ties a sentence to a sub-heading, seed 3's 项目建设 holds 340 of its 600)."""
    topics = ["项目建设", "民生保障", "生态环保"]
    path = _targets(tmp_path, "work_meeting", "县政府第一次全体会议", 2000, topics)
    added = 0
    for seed in (1, 2, 3, 4):
        result = draft_speech(path, seed=seed)
        assert within(result.characters, 2000), result.characters
        if any(w.startswith(ADDED_WARNING) for w in result.warnings):
            added += 1
            continue
        # (the sections in the usual order: 生态 before 民生)
        topics_drafted = [p.topic for p in result.draft.parts]
        assert topics_drafted == ["项目建设", "生态环保", "民生保障", "抓落实"]
    assert added <= 1


def test_fillers_follow_the_kind_and_skip_the_sections(tmp_path: Path) -> None:
    business = load_targets(
        _targets(tmp_path, "symposium", "民营企业家座谈会", 9000, ["营商环境", "文化旅游"]),
        topics=BANK.topic_names(),
    )
    found = filler_topics(business, BANK)
    assert "工业发展" in found  # 营商环境 is a section already
    assert "营商环境" not in found and "文化旅游" not in found
    own = [t for t in found if t in plan_for("symposium").business_fillers]
    # the business owners' matters first, then the kind's others for a very long symposium
    assert found[: len(own)] == tuple(own) and len(own) >= 5
    assert set(found[len(own) :]) <= set(plan_for("symposium").fillers)
    assert found == filler_topics(business, BANK)  # the county's own order, every time
    other = load_targets(
        _targets(tmp_path, "symposium", "教育工作座谈会", 9000, ["教育卫生"]),
        topics=BANK.topic_names(),
    )
    assert set(filler_topics(other, BANK)) == set(plan_for("symposium").fillers) - {"教育卫生"}


def test_added_parts_come_in_the_usual_order_and_before_the_duty_part(tmp_path: Path) -> None:
    """Parts the draft adds stand where speeches put them (the bank's order of topics: 安全稳定
    before 作风建设), after the writer's sections on topics that come first and before the duty
    part; an added 项目建设 opens a plenary whose sections are on 乡村振兴 and 安全稳定 (round
    58's writer: 项目, added, came after 安全)."""
    targets = load_targets(
        _targets(tmp_path, "work_meeting", "县政府第一次全体会议", 9000, ["项目建设"]),
        topics=BANK.topic_names(),
    )
    draft = compose_draft(targets, BANK, fillers=2)
    topics = [part.topic for part in draft.parts]
    order = BANK.topic_names()
    assert topics == [
        "项目建设",
        *sorted(filler_topics(targets, BANK)[:2], key=order.index),
        "抓落实",
    ]
    later = load_targets(
        _targets(tmp_path, "work_meeting", "县政府第一次全体会议", 9000, ["乡村振兴", "安全稳定"]),
        topics=BANK.topic_names(),
    )
    assert set(filler_topics(later, BANK)[:2]) == {"作风建设", "项目建设"}
    parts = [part.topic for part in compose_draft(later, BANK, fillers=2).parts]
    assert parts == ["项目建设", "乡村振兴", "安全稳定", "作风建设", "抓落实"]


def test_a_short_part_leaves_its_share_to_the_parts_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The budget the second part gets is larger when the first part falls short of its
    share; the duty part (抓落实) gets no more than its own share either way."""
    from dataclasses import replace

    import drafter.compose.plan as plan

    targets = load_targets(
        _targets(tmp_path, "work_meeting", "县政府第一次全体会议", 9000, ["营商环境", "民生保障"]),
        topics=BANK.topic_names(),
    )
    real = plan._compose_one

    def budgets(short: bool) -> list[int]:
        seen: list[int] = []

        def spy(selector, units, planned, index, budget, style, after):  # type: ignore[no-untyped-def]
            seen.append(budget)
            part = real(selector, units, planned, index, budget, style, after)
            return replace(part, paragraphs=part.paragraphs[:1]) if short and index == 0 else part

        monkeypatch.setattr(plan, "_compose_one", spy)
        compose_draft(targets, BANK, seed=3)
        return seen

    full, short = budgets(False), budgets(True)
    assert short[0] == full[0]
    assert short[1] > full[1]
    assert short[-1] == full[-1]  # 抓落实


def test_parts_wanted_only_when_thin_parts_hold_the_draft_back(tmp_path: Path) -> None:
    result = draft_speech(
        _targets(tmp_path, "work_meeting", "县政府第一次全体会议", 4000, ["项目建设", "民生保障"])
    )
    draft = result.draft
    assert parts_wanted(draft, 4000, 4000) == 0  # on length
    if not any(part.thin for part in draft.parts):
        assert parts_wanted(draft, 1000, 4000) == 0  # short, but a bigger budget helps
    from dataclasses import replace

    thin = replace(draft, parts=tuple(replace(p, thin=True) for p in draft.parts))
    mean = sum(count_chars(p.text for p in part.paragraphs) for part in draft.parts) / len(
        draft.parts
    )
    assert parts_wanted(thin, 1000, 4000) == math.ceil(3000 / mean)


def test_a_frame_fills_a_topic_with_any_real_heading_of_its_family() -> None:
    """Round 109's writers read six headings of one draft word for word in another's: a frame
    took its twin's one heading for each topic. The family's other real headings of the topic
    serve as well, and the seed (with the county) chooses."""
    twin = Phrase(
        "hf-twin",
        Kind.HEADING_FRAME,
        "聚焦{A}，在{B}上加力提效",
        fillers=(Filler("工业发展", (("A", "动能转化"), ("B", "构建工业体系"))),),
    )
    kin = (
        *twin.fillers,
        Filler("工业发展", (("A", "转型升级"), ("B", "壮大工业经济"))),
        Filler("工业发展", (("A", "提质增效"), ("B", "做强制造业"))),
    )
    seen = set()
    for seed in range(12):
        selector = Selector(BANK, seed, {"county": "澄溪县"})
        assigned = _assign(twin, ["工业发展"], selector, twin, kin)
        assert assigned is not None and assigned[1] == (True,)
        seen.add(assigned[0][0])
    assert seen == {
        "聚焦动能转化，在构建工业体系上加力提效",
        "聚焦转型升级，在壮大工业经济上加力提效",
        "聚焦提质增效，在做强制造业上加力提效",
    }


def test_two_headings_never_share_a_filler_word() -> None:
    frame = Phrase(
        "hf-test",
        Kind.HEADING_FRAME,
        "聚焦{A}，在{B}上加力提效",
        fillers=(
            Filler("改革创新", (("A", "动能转化"), ("B", "激活创新活力"))),
            Filler("工业发展", (("A", "动能转化"), ("B", "壮大工业经济"))),
            Filler("工业发展", (("A", "转型升级"), ("B", "壮大工业经济"))),
        ),
    )
    selector = Selector(BANK, 1, {"county": "澄溪县"})
    assigned = _assign(frame, ["改革创新", "工业发展"], selector)
    assert assigned is not None
    texts = assigned[0]
    assert texts == (
        "聚焦动能转化，在激活创新活力上加力提效",
        "聚焦转型升级，在壮大工业经济上加力提效",
    )
    # …nor one holding another's (坚持城乡融合，以更实作为推进乡村全面振兴 and then
    # 坚持一体推进，以更实举措促进城乡融合)
    frame = Phrase(
        "hf-test",
        Kind.HEADING_FRAME,
        "坚持{A}，以更{B}",
        fillers=(
            Filler("乡村振兴", (("A", "城乡融合"), ("B", "实作为推进乡村全面振兴"))),
            Filler("城乡建设", (("A", "一体推进"), ("B", "实举措促进城乡融合"))),
            Filler("城乡建设", (("A", "以城带乡"), ("B", "高品质建设宜居城乡"))),
        ),
    )
    assigned = _assign(frame, ["乡村振兴", "城乡建设"], selector)
    assert assigned is not None
    assert assigned[0][1] == "坚持以城带乡，以更高品质建设宜居城乡"


def test_sibling_headings_fill_in_no_run_nor_opening_twice() -> None:
    """Round 122's three writers: 六、坚持人民至上，以更优服务…… 七、坚持人民至上，以更大力度……
    八、坚持依法行政，以更大力度…… — the frame's own words repeat, its fillers do not."""
    frame = Phrase(
        "hf-test",
        Kind.HEADING_FRAME,
        "坚持{A}，以更{B}",
        fillers=(
            Filler("民生保障", (("A", "人民至上"), ("B", "优服务增进群众福祉"))),
            Filler("安全稳定", (("A", "人民至上"), ("B", "大力度维护社会和谐稳定"))),
            Filler("安全稳定", (("A", "底线思维"), ("B", "大力度维护社会和谐稳定"))),
            Filler("安全稳定", (("A", "底线思维"), ("B", "严举措守牢安全底线"))),
            Filler("作风建设", (("A", "依法行政"), ("B", "大力度建设法治政府"))),
            Filler("作风建设", (("A", "从严治政"), ("B", "硬作风建设人民满意政府"))),
        ),
    )
    for seed in range(1, 6):
        selector = Selector(BANK, seed, {"county": "澄溪县"})
        assigned = _assign(frame, ["民生保障", "安全稳定", "作风建设"], selector)
        assert assigned is not None
        texts = [text for text in assigned[0] if text is not None]
        assert texts[0] == "坚持人民至上，以更优服务增进群众福祉"
        filled = [next(f for f in frame.fillers if _filled(frame, f) == t) for t in texts]
        runs = [filler_runs(f) for f in filled]
        assert all(runs[i].isdisjoint(runs[j]) for i in range(3) for j in range(i))
    assert filler_runs(frame.fillers[0]) >= {"人民至上", "B:优服务", "增进群众"}


def _filled(frame: Phrase, filler: Filler) -> str:
    text = frame.text
    for slot, value in filler.values:
        text = text.replace("{" + slot + "}", value)
    return text


def test_a_group_heading_echoes_no_other_level_one_heading_beyond_their_frame() -> None:
    siblings = [
        "坚持规划引领，以更实举措提升县城品质",
        "坚持提标升级，以更严要求厚植生态本底",
        "坚持人民至上，以更大力度维护社会和谐稳定",
        "坚持依法行政，以更强担当建设法治政府",
        "坚持实干为先，以更强执行力推动各项部署落地见效",
    ]
    assert _clashes("坚持人民至上，以更优服务增进群众福祉", siblings)
    assert not _clashes("坚持民生优先，以更高标准办好民生实事", siblings)
    # (a run most of the level-1 headings say is their frame's: 坚定不移 of 坚定不移抓……)
    alone = [
        "坚定不移抓项目强招商，持续增强县域发展后劲",
        "坚定不移抓乡村振兴，加快推进农业农村现代化",
        "坚定不移抓作风建设，全面提升政府执行力",
    ]
    assert not _clashes("坚定不移抓生态治理，进一步推动绿色低碳发展", alone)
    assert _clashes("坚定不移抓乡村振兴，全力推进乡村全面振兴", alone)


def test_a_heading_is_tagged_by_the_compound_words_that_name_its_topic() -> None:
    from drafter import segment

    tagger = TopicTagger(BANK.topics)
    heading = "聚焦城乡建设，在扩容提质上攻坚突破"
    words = segment.cut(heading)
    assert tagger.tag(heading, words, compounds=True)[0] == "城乡建设"
    assert "城乡建设" not in tagger.tag(heading, words)  # whole words only: the compound missed


@pytest.mark.parametrize(
    ("lengths", "fillers", "actual", "fewer"),
    [
        # three parts more took 6,837 to 10,328 of 8,500: one more is nearest
        ({0: 5978, 3: 6837}, 6, 10328, 4),
        ({0: 5978, 2: 7000}, 6, 11200, 3),
        ({0: 5978, 3: 6837}, 6, 9000, None),  # within the aim: kept
        ({3: 8600}, 6, 10328, None),  # no shorter draft to go back towards
        ({0: 5978, 5: 6837}, 6, 10328, None),  # nothing between five and six
        ({0: 5978, 3: 6837, 4: 9900}, 6, 10328, None),  # four was tried
    ],
)
def test_parts_added_beyond_the_length_are_fewer_next_round(
    lengths: dict[int, int], fillers: int, actual: int, fewer: int | None
) -> None:
    from drafter.pipeline import _fewer_parts

    assert _fewer_parts(lengths, fillers, actual, 8500) == fewer


def test_a_draft_from_the_whole_bank_takes_fewer_added_parts_where_it_overshoots() -> None:
    """A long symposium with business owners (10,300 characters, the composition benchmark's
    seed 17): its eight sections and seven parts added fell short with the share of the bank
    set aside (8,693), and drafted with the whole bank came to 11,851 (+15.1%); the whole
    bank's draft takes as many parts fewer as its excess holds."""
    from pathlib import Path

    from drafter.compose.length import within
    from drafter.pipeline import draft_speech

    path = Path(__file__).resolve().parent / "data" / "symposium-10300.yaml"
    result = draft_speech(path)
    assert within(result.characters, 10300), result.characters


def test_two_rounds_too_long_take_the_line_through_them() -> None:
    """A short report's opening, review and closing do not shrink with its budget: scaled by
    the error alone, a report of 2,600 characters went 4,595 → 3,594 → 3,001 (15.4% long at
    the last round). Two rounds too long, the next budget is where the line through them
    meets the asked length (within the usual bounds)."""
    from drafter.compose.length import next_budget

    budget = next_budget(2207, 3594, 2600, [(3900, 4595)])
    line = 2207 + (2600 - 3594) * (2207 - 3900) / (3594 - 4595)
    assert budget == max(round(0.4 * 2207), round(line))
    # one round: scaled by the error
    assert next_budget(3900, 4595, 2600) == round(3900 * 2600 / 4595)
    # short rounds keep the scaled step (growth saturates: a line would overshoot)
    assert next_budget(7000, 4000, 5000, [(6000, 3900)]) == round(7000 * 5000 / 4000)


def test_a_draft_whose_parts_said_under_a_quarter_of_their_rooms_is_spent() -> None:
    """On the composition benchmark (seed 7), drafts whose first round filled under a quarter
    of their parts' rooms grew by 0–10% of a larger budget's increase: the loop adds parts at
    once (a symposium of 11,300 characters went 2,795 → 2,795 at two and a half times the
    budget before its parts were added), and stops raising the budget once no part is left to
    add (its budgets went on to 83,000 and 130,000)."""
    from dataclasses import replace

    from drafted import shipped_bank
    from test_compose import make_targets

    from drafter.compose.model import Paragraph, Part, Piece
    from drafter.pipeline import _spent, _starved

    def part(said: int, room: int) -> Part:
        text = Paragraph((Piece("字" * said),))
        return Part(1, Piece("抓项目"), (text,), "项目建设", 0, room=room)

    draft = compose_draft(make_targets(), shipped_bank(), seed=1)
    starved = replace(draft, parts=(part(200, 1000), part(100, 1000)))
    fed = replace(draft, parts=(part(400, 1000), part(200, 1000)))
    assert _starved(starved) and not _starved(fed)
    assert _spent([(13560, 2795)], 33900, 2795)
    assert not _spent([(6000, 4231)], 7091, 5400)  # (+18% budget, +28% text)
    assert not _spent([(7000, 5000)], 6000, 4500)  # (a smaller budget: not a saturation)


def test_the_rounds_go_on_once_more_where_they_fell_on_both_sides_of_the_length(
    tmp_path: Path,
) -> None:
    """A 3,100-character government plenary of the composition benchmark (seed 17) went 3,850,
    3,702 and then 2,100 characters, and kept the 3,702 (19% over): where the rounds so far fell
    on both sides of the length, one more takes the budget between them."""
    from drafter.pipeline import _bracketed

    # (two more where the last round was the first on its side: a 3,700-character report went
    # 4,524 at 3,649 and 2,626 at 1,460, and the budget between, at 2,699, gave 3,853)
    assert _bracketed([(4650, 3850), (3785, 3702), (1514, 2100)], 3100) == 2
    assert _bracketed([(4650, 3850), (1514, 2100), (3000, 3400)], 3100) == 1
    # (two long, the last nearer: one more; the last farther, none)
    assert _bracketed([(4650, 3850), (3785, 3702)], 3100) == 1
    assert _bracketed([(4650, 3702), (3785, 3850)], 3100) == 0
    assert _bracketed([(4650, 3702)], 3100) == 0
    assert _bracketed([], 3100) == 0
    head = "county: 沅岚县\nkind: work_meeting\nmeeting: 县政府第一次全体会议\ndate: 2025-03-18\n"
    figures = [
        "农村居民人均可支配收入, value: 16498.8, unit: 元, growth: 7.5",
        "地区生产总值, value: 363.2, unit: 亿元, growth: 6.9",
        "城镇居民人均可支配收入, value: 33959.3, unit: 元, growth: 6.9",
        "社会消费品零售总额, value: 61.2, unit: 亿元, growth: 3.1",
    ]
    topics = ["教育卫生", "营商环境", "乡村振兴", "文化旅游", "安全稳定", "项目建设"]
    characters = _drafted(tmp_path, head, 3100, 9, figures, 6, topics)
    assert within(characters, 3100), characters


def test_a_draft_short_below_a_budget_that_came_out_long_takes_the_budget_between(
    tmp_path: Path,
) -> None:
    """The composition benchmark (seed 11): a 3,700-character report came out 4,517, 4,610 and
    4,524 at budgets of 5,550, 4,546 and 3,649 (its review and 政府自身建设 do not shrink), then
    2,626 at 1,460; being short there, the pipeline added parts and kept 4,517 (22% over). The
    length lies between the two nearest budgets, not in parts added."""
    from drafter.compose.length import next_budget

    tried = [(5550, 4517), (4546, 4610), (3649, 4524)]
    assert 1460 < next_budget(1460, 2626, 3700, tried) < 3649
    head = "county: 沅清县\nkind: work_report\nmeeting: 县第十八届人民代表大会第四次会议\n"
    figures = [
        "地区生产总值, value: 225.3, unit: 亿元, growth: 3.9",
        "城镇居民人均可支配收入, value: 35132.6, unit: 元, growth: 6.0",
        "农村居民人均可支配收入, value: 14311.1, unit: 元, growth: 5.0",
        "固定资产投资, value: 32.6, unit: 亿元, growth: 2.3",
    ]
    topics = ["文化旅游", "商贸消费", "安全稳定", "城乡建设", "乡村振兴", "民生保障"]
    characters = _drafted(tmp_path, head + "date: 2024-01-19\n", 3700, 6, figures, 5, topics)
    assert within(characters, 3700), characters


def _drafted(
    tmp_path: Path,
    head: str,
    length: int,
    seed: int,
    figures: list[str],
    growth: int,
    topics: list[str],
) -> int:
    """The length of the draft of a targets file of ``head`` (county, kind, meeting, date),
    the review's ``figures``, a goal of GDP ``growth`` and ``topics`` as its sections."""
    path = tmp_path / "t.yaml"
    path.write_text(
        f"{head}length: {length}\nseed: {seed}\nreview:\n  figures:\n"
        + "".join(f"    - {{name: {figure}}}\n" for figure in figures)
        + f"goals:\n  - {{name: 地区生产总值, growth: {growth}}}\nsections:\n"
        + "".join(f"  - topic: {topic}\n" for topic in topics),
        encoding="utf-8",
    )
    return draft_speech(path).characters
