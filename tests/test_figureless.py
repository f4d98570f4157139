"""Figure-free versions of mined sentences (drafter.mining.figureless): real sentences of
``corpus/`` as generalisation makes them, each either said whole without its figures or left
alone (None) — never a broken sentence."""

from __future__ import annotations

import pytest

from drafter.mining.figureless import CUTS, figure_free

# (generalised sentence, its figure-free version)
WHOLE = [
    (
        "发挥“两新一重”〔{number}〕建设引领作用，大力拓展投资新空间。",
        "发挥“两新一重”建设引领作用，大力拓展投资新空间。",
    ),
    ("全力推进总投资{amount}的{number}个省市重点项目建设。", "全力推进省市重点项目建设。"),
    ("完成投资{amount}的给水管网建设。", "完成给水管网建设。"),
    (
        "依托基层农技推广补助等项目，力争培训高素质农民{number}余人。",
        "依托基层农技推广补助等项目，力争培训高素质农民。",
    ),
    ("新建改扩建中小学{number}所、幼儿园{number}所。", "新建改扩建中小学、幼儿园。"),
    ("实施高标准农田建设{number}万亩。", "实施高标准农田建设。"),
    (
        "落实最严格的耕地保护制度，建成高标准农田{number}万亩。",
        "落实最严格的耕地保护制度，建成高标准农田。",
    ),
    (
        "建立三级林长制，超额完成绿化任务，森林覆盖率达{percent}。",
        "建立三级林长制，超额完成绿化任务。",
    ),
    (
        "扩大社会保险覆盖面，健全三级医疗保障体系建设，加强医保基金监管，医疗保险参保率达到{percent}以上。",
        "扩大社会保险覆盖面，健全三级医疗保障体系建设，加强医保基金监管。",
    ),
    ("加大“小升规”企业培育力度，力争新增规上工业企业{number}家。", "加大“小升规”企业培育力度。"),
    (
        "落实中央减税降费政策，减免税费{amount}，企业获得更多实惠。",
        "落实中央减税降费政策，企业获得更多实惠。",
    ),
    (
        "新建{number}个村级联合光伏电站，实现了贫困村扶贫电站全覆盖。",
        "新建村级联合光伏电站，实现了贫困村扶贫电站全覆盖。",
    ),
    (
        "新建雨水管道{number}公里，改造老旧供热管网{number}公里。",
        "新建雨水管道，改造老旧供热管网。",
    ),
    ("投资{amount}，继续实施农业排灌电力设施改造工程。", "继续实施农业排灌电力设施改造工程。"),
    ("完成{number}个老旧小区改造工程。", "完成老旧小区改造工程。"),
    (
        "推进棚户区改造，新开工安置房{number}套，改善群众居住条件。",
        "推进棚户区改造，新开工安置房，改善群众居住条件。",
    ),
    (
        "城乡居民人均可支配收入分别达到{amount}和{amount}，增长{percent}和{percent}，在全面建成小康社会的道路上迈出了坚实步伐。",
        "在全面建成小康社会的道路上迈出了坚实步伐。",
    ),
    (
        "深化扫黑除恶专项斗争，打掉各类犯罪团伙{number}个，破获各类刑事案件{number}起，刑事拘留{number}人，社会治安不断好转，群众安全感不断提高。",
        "深化扫黑除恶专项斗争，社会治安不断好转，群众安全感不断提高。",
    ),
    (
        "持续推进扫黑除恶专项斗争，坚持“一案三查”〔{number}〕，坚决铲除黑恶势力滋生土壤。",
        "持续推进扫黑除恶专项斗争，坚持“一案三查”，坚决铲除黑恶势力滋生土壤。",
    ),
    (
        "改造老旧小区{number}万平米，实施棚户区改造{number}套，完成雨污分流{number}公里，建成公共停车位{number}个。",
        "实施棚户区改造，完成雨污分流，建成公共停车位。",
    ),
    (
        "全面提升医疗保障水平，总投资{amount}的县医院病房楼建成投用，总投资{amount}的中医院、总投资{amount}的妇幼保健院等一批项目加快推进。",
        "全面提升医疗保障水平，县医院病房楼建成投用，中医院、妇幼保健院等一批项目加快推进。",
    ),
    (
        "完成农村公路养护大中修工程{number}公里、路网提档升级{number}公里。",
        "完成农村公路养护大中修工程、路网提档升级。",
    ),
    (
        "改善群众居住条件，完成{number}个老旧小区改造，逐步化解片区改造遗留问题。",
        "改善群众居住条件，完成老旧小区改造，逐步化解片区改造遗留问题。",
    ),
    (
        "优良天气达到{number}天，重污染天气控制在{number}天以内，持续改善空气质量，让蓝天白云常在。",
        "持续改善空气质量，让蓝天白云常在。",
    ),
    (
        "新建改建规模生猪养殖场{number}个，稳产保供成效明显。",
        "新建改建规模生猪养殖场，稳产保供成效明显。",
    ),
    ("谋划建设{number}个衔接乡村振兴集中推进区。", "谋划建设衔接乡村振兴集中推进区。"),
    (
        "严格落实“四个不摘”要求，巩固拓展脱贫攻坚成果同乡村振兴有效衔接，脱贫人口人均纯收入增长{percent}，无一人致贫返贫。",
        "严格落实“四个不摘”要求，巩固拓展脱贫攻坚成果同乡村振兴有效衔接，无一人致贫返贫。",
    ),
    ("完成{number}种药品集中带量采购。", "完成药品集中带量采购。"),
    # a count cut from 完成新增就业 leaves no object: the clause goes
    (
        "加强就业创业服务指导，提升就业保障，完成新增就业{number}人以上。",
        "加强就业创业服务指导，提升就业保障。",
    ),
    # 资金类 is no thing done: the clause goes, the next stands
    (
        "争取上级资金类{number}个，总投资{amount}，引荐数量位居全市第三位。",
        "引荐数量位居全市第三位。",
    ),
    ("谋划实施市以上重点项目{number}个，总投资{amount}。", "谋划实施市以上重点项目。"),
    # the sum is the point of 完成固投: the clause goes, not the sum alone
    ("狠抓项目策划、包装、储备，全年完成固投{amount}。", "狠抓项目策划、包装、储备。"),
    (
        "深化市场保洁机制，实施{number}条以上的背街小巷整治提升。",
        "深化市场保洁机制，实施背街小巷整治提升。",
    ),
    (
        "实施乡村道路补短板工程，建成产业园区配套路{number}公里以上。",
        "实施乡村道路补短板工程，建成产业园区配套路。",
    ),
    (
        "先后实施国家级农村改革试验任务{number}个、省级农村改革试点任务{number}个。",
        "先后实施国家级农村改革试验任务、省级农村改革试点任务。",
    ),
]

# sentences with no figure-free version: the figure carries the sentence, or what is left leans
# on it (its subject, its time, its lead-in, its means)
NONE = [
    # a bare noun without its count, or an act measured by it (a blind reader of round 18 read
    # 完成交易 and 安装视频前端、点位 as sentences with their numbers missing)
    "完成交易{number}宗，盘活存量土地。",
    "城乡居民养老保险参保率、代缴率、发放率均为{percent}。",  # all figures
    "{year}年是新中国成立{number}周年，是打赢脱贫攻坚战、全面建成小康社会的关键之年。",
    "{year}年，县政府在广泛调研的基础上，重点谋划了{number}件民生实事。",  # scene left alone
    "强化龙头企业科技引领作用，力争到{year}年，高新技术企业数量达到{number}家以上。",  # time left
    "今年按照票决制办法要求，我们梳理形成{number}个民生实事候选项目提交大会审议。",  # means left
    "投入{amount}设立{county}历史上第一个教育奖励专项资金，第一次重奖优秀校长、优秀教师。",
    "深入开展大气污染防治，{year}年全年空气优良天数达到{number}天，位列全市第二。",
    "肉羊出栏达到{number}万只，成为全国最大的肉羊集散地。",  # subject cut
    "{year}年{number}月，省政府正式宣布{county}退出贫困县序列。",  # a dated fact
    "主要目标是：地区生产总值增长{percent}，一般公共预算收入增长{percent}。",  # colon
    "粮食播种面积稳定在{number}万亩、粮食产量稳定在{number}亿斤以上。",  # indicator
    "改造便民停车场{number}个，城区新增停车位{number}个。",  # too short
    "发放科技成果转化贷款{amount}、政府性融资担保贷款{amount}。",  # money is the point
    "依托基层农技推广补助等项目，培训高素质农民达到{number}人。",
    # the project it aims at was the first clause (shunping-2022, shunping-2023)
    "加快建设林洋{number}兆瓦光伏发电项目，力争年内并网发电。",
    "加速推进{number}个村{number}万户“气代煤”工程，实现平原区域无煤化清洁取暖。",  # mancheng
    "加快推进总投资{amount}的{number}万千瓦神南镇抽水蓄能电站项目，力争年内核准开工。",
    # a figure in words is left (its county's level of investment)
    "扩大有效投资，实施重点项目{number}个，固定资产投资稳定在百亿元以上。",
    # a principle left as the last clause (boye-2024)
    "各位代表，在多渠道多层次征求群众意见的基础上，本着民生至上、积极而为的原则，"
    "今年重点谋划实施{number}件惠民实事。",  # the means of a cut clause alone
]


@pytest.mark.parametrize(("text", "expected"), WHOLE)
def test_a_sentence_is_said_whole_without_its_figures(text: str, expected: str) -> None:
    assert figure_free(text) == expected


def test_a_list_item_of_a_bare_noun_keeps_its_clause_whole() -> None:
    # the clause with 、点位 stays as it was, so it is left out; the rest stands
    assert (
        figure_free("加快推进立体化社会治安防控体系建设，安装视频前端{number}个、点位{number}个。")
        == "加快推进立体化社会治安防控体系建设。"
    )


@pytest.mark.parametrize("text", NONE)
def test_a_sentence_that_cannot_stand_without_its_figures_has_no_version(text: str) -> None:
    assert figure_free(text) is None


@pytest.mark.parametrize("cut", CUTS, ids=[cut.name for cut in CUTS])
def test_each_cut_turns_its_example_into_its_result(cut: object) -> None:
    assert figure_free(cut.before) == cut.after  # type: ignore[attr-defined]


def test_a_sentence_without_figures_has_no_second_version() -> None:
    assert figure_free("持续开展农村人居环境整治，推进厕所革命。") is None


def test_a_clause_of_what_the_cut_figure_supported_goes_with_it() -> None:
    """Rounds 76 and 80's writers: “支撑工业固投稳步增长。” stood alone, a half sentence whose
    subject (新开续建重点工业项目{number}个) was cut with its figure."""
    from drafter.mining.figureless import clauses_free

    assert clauses_free("新开续建重点工业项目{number}个，支撑工业固投稳步增长。") is None
    assert clauses_free("完成{number}个行政村综合整治，持续改善农村人居环境。") == (
        "持续改善农村人居环境。"
    )


def test_a_cut_never_leaves_the_first_half_of_a_pair() -> None:
    """Round 81's writer: 作为新时代干部，既要信念坚定、政治过硬。 — the 又要 clause had gone
    with a particular. What is left keeps both halves or is not used."""
    from drafter.mining.figureless import clauses_free, half_a_pair

    assert half_a_pair("作为新时代干部，既要信念坚定、政治过硬。")
    assert not half_a_pair("既要信念坚定、政治过硬，又要敢于担当、善于作为。")
    assert half_a_pair("不仅要抓好项目建设。")
    assert not half_a_pair("另一方面，加强要素保障。")
    assert clauses_free("作为新时代干部，既要信念坚定、政治过硬，又要在{place}干出实绩。") is None
