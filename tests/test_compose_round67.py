"""compose: what round 67's county writer found — the political paragraph last in 政府自身建设,
a call on the cadres and 要 in a report to the congress, a section's target cut between a run-in
head and the sentence developing it."""

from __future__ import annotations

from pathlib import Path

from drafter.compose.model import Paragraph, Piece
from drafter.compose.section import _leading_first, _with_targets, leading_matters
from drafter.compose.select import Selector, provenance_of
from drafter.phrasebank import load_bank
from drafter.phrasebank.model import Kind

REPO = Path(__file__).resolve().parents[1]
BANK = load_bank(REPO / "phrasebank")


def _paragraph(matter: str, skip: int = 0) -> Paragraph:
    topic = matter.split("/")[0]
    found = [p for p in BANK.of_kind(Kind.BODY, topic) if p.aspect == matter][skip : skip + 2]
    assert len(found) == 2, matter
    return Paragraph(tuple(Piece(p.text, provenance_of(p)) for p in found))


def test_every_leading_matter_is_a_matter_of_its_topic() -> None:
    from drafter.mining.aspects import load_aspects

    aspects = load_aspects()
    for topic, label in leading_matters().items():
        matter = label.split("/", 1)[1]
        assert aspects.home.get(matter) == topic, label


def test_a_part_says_its_leading_matter_first() -> None:
    """政府自身建设 opens on politics (round 67's writer: 两个确立 in the part's last paragraph —
    按惯例，政治要求应放在这一节的开头); an opening that frames the part stays first."""
    selector = Selector(BANK, 1, {"county": "澄溪县"})
    law, honest, politics = (
        _paragraph("作风建设/法治"),
        _paragraph("作风建设/廉政"),
        _paragraph("作风建设/政治"),
    )
    assert _leading_first(selector, [law, honest, politics], "作风建设") == [
        politics,
        law,
        honest,
    ]
    framing = Paragraph((Piece("政府自身建设是做好各项工作的重要保障。"),))
    assert _leading_first(selector, [framing, law, politics], "作风建设") == [
        framing,
        politics,
        law,
    ]
    # a topic with no leading matter keeps its order
    assert _leading_first(selector, [law, politics], "招商引资") == [law, politics]
    # a paragraph opening on it, going on to other matters, opens the part (round 71's writer:
    # 两个确立 in the middle of the part — 树牢“四个意识”…… then 作风 and 监督)
    opening = Paragraph((politics.pieces[0], *honest.pieces, *law.pieces))
    assert _leading_first(selector, [law, honest, opening], "作风建设") == [opening, law, honest]


def test_a_target_follows_the_measures_a_run_in_head_opens() -> None:
    """实施工业互联网赋能计划。2025年，力争新增规上工业企业12家。引导企业…… cut the head from the
    sentence developing it (round 67's writer: 嵌入的缝一眼可见): the target closes the paragraph;
    before a run of items it does so too, not standing alone."""
    target = Piece("2025年，力争新增规上工业企业12家。")
    opening = Paragraph(
        (Piece("实施工业互联网赋能计划。"), Piece("引导企业开展设备更新和技术改造。"))
    )
    placed = _with_targets([opening], [target], False, "")
    assert [p.text for p in placed[0].pieces][-1] == target.text
    item = Paragraph((Piece("推动园区提档升级。"),), Piece("培育壮大工业园区。"))
    placed = _with_targets([opening, item], [target], False, "")
    assert len(placed) == 2 and placed[0].pieces[-1].text == target.text
    # a framing first sentence still comes first
    framed = Paragraph(
        (Piece("工业是县域经济的脊梁，是推动高质量发展的主引擎。"), Piece("引导企业开展技术改造。"))
    )
    placed = _with_targets([framed], [target], True, "")
    assert [p.text for p in placed[0].pieces] == [
        "工业是县域经济的脊梁，是推动高质量发展的主引擎。",
        target.text,
        "引导企业开展技术改造。",
    ]


def test_a_report_neither_calls_on_the_cadres_nor_orders() -> None:
    from drafter.compose.portable import is_internal
    from drafter.compose.units import Audience

    call = "全县上下要心往一处想、力往一处聚、劲往一处使，形成无往不胜、无坚不摧的强大力量。"
    assert is_internal(call)
    assert not Audience(report=True, business=False).fits(call)
    assert Audience(report=False, business=False).fits(call)
    assert not is_internal("全县上下团结一心，各项事业取得新成绩。")
    # round 76's writer: 政府工作报告里不能对部门下指令
    assert is_internal("统计部门要加强业务指导，力争能入尽入，应统尽统。")
    assert not is_internal("加强部门协同，形成工作合力。")
    # round 118's writers: 内部调度会的话 in a report
    assert is_internal("督促项目单位精准做好统计入库工作，保证各项指标数据应统尽统。")
    assert is_internal("具体工作中，我们要抢抓机遇求突破，全力以赴抓投资、上项目、促发展。")
    report = Selector(BANK, 1, {"county": "澄溪县", "kind": "work_report"}, public=True)
    speech = Selector(BANK, 1, {"county": "澄溪县"})
    order = "对新上项目，要严格准入制度，杜绝高能耗、高污染企业。"
    assert report.fill_text(order) == "对新上项目，严格准入制度，杜绝高能耗、高污染企业。"
    assert speech.fill_text(order) == order
    # round 86's writer: a report's 一定要抓住招商这个“牛鼻子” orders those below
    must = "一定要抓住招商这个“牛鼻子”，完善招商考核机制。"
    assert report.fill_text(must) == "抓住招商这个“牛鼻子”，完善招商考核机制。"
    assert speech.fill_text(must) == must
    asked = "坚持问题导向，要求各部门限时办结。"
    assert report.fill_text(asked) in (None, asked)
