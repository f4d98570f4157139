"""A paragraph of several documents' sentences states its principle first, once
(``section.principles_first``): round 119's writers read 坚持把发展经济的着力点放在实体经济上
after a paragraph's measures as 拼凑 (先总后分)."""

from __future__ import annotations

from drafter.compose.model import Paragraph, Piece
from drafter.compose.section import principles_first
from drafter.compose.select import states_principle
from drafter.document import Provenance


def _piece(text: str, entry: str | None) -> Piece:
    return Piece(text, Provenance(entry=entry, kind="body", source="a.txt") if entry else None)


MEASURE = _piece("推进开发区扩容升级，提升园区承载能力。", "bd-1")
OTHER = _piece("落实科技奖励政策，鼓励企业建立研发平台。", "bd-2")
PRINCIPLE = _piece("坚持把发展经济的着力点放在实体经济上，推动工业经济量质齐升。", "bd-3")
SECOND = _piece("坚持农业农村优先发展，加快建设农业强县。", "bd-4")


def test_principles_are_told_by_their_wording() -> None:
    assert states_principle(PRINCIPLE.text)
    assert states_principle("把激活和扩大消费摆在优先位置，全力推动消费扩容升级。")
    assert states_principle("坚持总体国家安全观不动摇，全力营造和谐稳定的发展环境。")
    assert not states_principle(MEASURE.text)
    assert not states_principle("坚持和发展新时代“枫桥经验”，及时化解矛盾纠纷。")
    # (round 128's writers read these two between measures as slogans put in mid-paragraph)
    assert states_principle("必须坚持以人民为中心的发展思想，切实保障和改善民生。")
    assert states_principle("永远把人民对美好生活的向往作为奋斗目标，办好民生实事。")
    assert not states_principle("持续开展思想政治教育，提升干部素质。")


def test_a_stitched_paragraph_states_its_principle_first_and_once() -> None:
    paragraph = Paragraph((MEASURE, OTHER, PRINCIPLE, SECOND))
    assert principles_first(paragraph).pieces == (PRINCIPLE, MEASURE, OTHER)
    # (a further principle stays where the paragraph would keep fewer than two other sentences)
    assert principles_first(Paragraph((MEASURE, PRINCIPLE, SECOND))).pieces == (
        PRINCIPLE,
        SECOND,
        MEASURE,
    )


def test_a_unit_a_head_and_a_sub_head_s_sentence_keep_their_places() -> None:
    same = [_piece(p.text, "pg-1") for p in (MEASURE, OTHER, PRINCIPLE)]
    unit = Paragraph(tuple(same))
    assert principles_first(unit) == unit  # one writer's paragraph: its order stands
    head = _piece("加大县城建设力度。", "bd-5")
    assert principles_first(Paragraph((head, MEASURE, PRINCIPLE))).pieces == (
        head,
        PRINCIPLE,
        MEASURE,
    )
    led = Paragraph((MEASURE, OTHER, PRINCIPLE), lead=_piece("壮大实体经济。", "ld-1"))
    assert principles_first(led).pieces == (MEASURE, PRINCIPLE, OTHER)


def test_a_sentence_the_draft_wrote_itself_keeps_the_head_of_its_paragraph() -> None:
    """A fall taken up (针对……下降的情况，要把……) opens its paragraph (``_falls_taken_up``):
    the principle follows it."""
    fall = Piece("针对社会消费品零售总额下降的情况，要把提振消费摆在更加突出的位置。")
    paragraph = Paragraph((fall, MEASURE, OTHER, PRINCIPLE))
    assert principles_first(paragraph).pieces == (fall, PRINCIPLE, MEASURE, OTHER)


def test_a_stitched_paragraph_frames_first_and_pledges_last() -> None:
    """Mining's roles order a paragraph of several documents' sentences (``mined_role``): a
    framing sentence opens it (round 122's writers: 商贸流通是连接生产和消费的桥梁纽带…… at a
    paragraph's end, 主题句放在段尾), a pledge closes it, and the draft's own last sentence
    (its departments' duties) stays last."""
    from drafter.compose.select import mined_role

    framing = _piece("商贸流通是连接生产和消费的桥梁纽带，是扩大内需的重要支撑。", "bd-6")
    pledge = _piece("以时不我待的紧迫感抓好落实，不负时代、不负人民。", "bd-7")
    assert mined_role(framing.text) == "framing" and mined_role(pledge.text) == "exhortation"
    paragraph = Paragraph((MEASURE, pledge, OTHER, framing))
    assert principles_first(paragraph).pieces == (framing, MEASURE, OTHER, pledge)
    duty = Piece("商务、发改等部门要主动靠前，确保年度目标如期完成。")
    paragraph = Paragraph((MEASURE, pledge, OTHER, duty))
    assert principles_first(paragraph).pieces == (MEASURE, OTHER, pledge, duty)


def test_a_sub_head_of_the_figure_the_paragraph_opens_on_heads_it() -> None:
    """Round 126's blind reader: 全年力争新建高标准农田3.5万亩。…… 大力实施高标准农田建设。 —
    首尾重复、总括句落在段尾. The bank's sub-head of what the targets file's figure measures
    heads the paragraph; one on another thing, or a paragraph opening on the bank, stays."""
    figure = (
        Piece("全年"),
        Piece("力争"),
        Piece("新建高标准农田3.5万亩", Provenance(yaml_key="sections[2].figures[0]")),
        Piece("。"),
    )
    measure = _piece("落实最严格的耕地保护制度，坚决遏制耕地“非农化”。", "pg-1")
    head = _piece("大力实施高标准农田建设。", "pg-2")
    other = _piece("不断壮大村级集体经济。", "pg-3")
    paragraph = Paragraph((*figure, measure, head))
    assert principles_first(paragraph).pieces == (head, *figure, measure)
    assert principles_first(Paragraph((*figure, measure, other))).pieces == (
        *figure,
        measure,
        other,
    )
    assert principles_first(Paragraph((MEASURE, OTHER, head))).pieces == (MEASURE, OTHER, head)


def test_a_part_states_a_principle_once_across_its_stitched_paragraphs() -> None:
    """Round 135: three paragraphs of one part on 民生 each opened on a generality of the
    bank (要坚持以人民为中心……, 坚持改善民生不动摇……): the first stays, the others go where
    their paragraphs keep two sentences without them."""
    from drafter.compose.section import principle_once

    third = _piece("做好拥军优属工作，切实保障退役军人合法权益。", "bd-6")
    first = Paragraph((PRINCIPLE, MEASURE, OTHER))
    second = Paragraph((SECOND, MEASURE, third))
    short = Paragraph((SECOND, third))
    assert principle_once([first, second, short]) == [
        first,
        Paragraph((MEASURE, third)),
        short,  # (one sentence left without it: it stays)
    ]
    # a paragraph of one unit keeps its writer's sentences
    unit = Paragraph(tuple(_piece(p.text, "pg-1") for p in (SECOND, MEASURE, OTHER)))
    assert principle_once([first, unit]) == [first, unit]


def test_a_sentence_over_the_measures_goes_before_them() -> None:
    """Round 139's blind reader: 不断优化营商环境，持续深化“放管服”改革 and 切实做好……有效衔接
    各项工作 read mid-paragraph as 总括句夹在中间."""
    from drafter.compose.section import umbrella

    over = _piece("不断优化营商环境，持续深化“放管服”改革。", "bd-5")
    tasks = _piece("切实做好巩固拓展脱贫攻坚成果同乡村振兴有效衔接各项工作。", "bd-6")
    assert umbrella(over.text) and umbrella(tasks.text)
    assert not umbrella(MEASURE.text) and not umbrella(OTHER.text)
    assert not umbrella("大力实施高标准农田建设，确保粮食播种面积稳定。")
    paragraph = Paragraph((MEASURE, over, OTHER))
    assert principles_first(paragraph).pieces == (over, MEASURE, OTHER)
    # (after the paragraph's principle; the targets file's words keep their places)
    told = Piece("今年，力争实施重点项目120个。", Provenance(yaml_key="sections[0].figures[0]"))
    paragraph = Paragraph((told, MEASURE, tasks, PRINCIPLE))
    assert principles_first(paragraph).pieces == (told, PRINCIPLE, tasks, MEASURE)
