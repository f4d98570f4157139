"""The paragraphs that state the targets file's own content: review figures and highlights,
problems as 一是……二是……, goals, and a section's target figures.

Input: ``Targets``; output: ``Paragraph``/``Piece``s whose figure clauses carry the YAML key that
produced them (``review.figures[2]``), so every figure can be traced and checked exactly once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.compose.model import Paragraph, Piece
from drafter.compose.select import Selector, matters_named
from drafter.compose.suitability import VERB_START
from drafter.compose.timeframe import TimeFrame, after_congress, time_frame
from drafter.compose.units import says_shortcoming
from drafter.compose.wording import FigureLike, state_achievement, state_target, target_word
from drafter.document import Provenance
from drafter.numerals import to_chinese
from drafter.phrasebank.model import Kind, home_of
from drafter.targets import Section, Targets

_END = "。；;，,、：:！!"


def _glue(text: str) -> Piece:
    return Piece(text)


def _key(key: str) -> Provenance:
    return Provenance(yaml_key=key)


def verbatim(text: str) -> str:
    """A writer's point or highlight as written, without its own closing punctuation."""
    return text.strip().rstrip(_END)


def _verb(figure: FigureLike) -> str:
    # 完成 suits what is carried out or collected (investment, revenue, output); levels such as a
    # resident's income or a count are 达到.
    done = ("投资", "预算收入", "财政收入", "税收", "总额", "产值", "营业收入")
    return "完成" if any(word in figure.name for word in done) else "达到"


def area_figure_piece(targets: Targets, index: int) -> Piece:
    """A review figure said in its area of a report's review (全县规上工业增加值增长7.7%，增速居
    全市第二。): the year's own figure, as the opening would have said it."""
    figure = targets.review.figures[index]
    clause = state_achievement(figure, _verb(figure))
    return Piece(f"全县{clause}。", _key(f"review.figures[{index}]"))


def achievement_paragraph(
    targets: Targets,
    frame: TimeFrame | None = None,
    placed: frozenset[int] = frozenset(),
    *,
    todo: bool = False,
) -> Paragraph | None:
    """{last_year}年，全县地区生产总值达到86.3亿元，增长6.8%；…。 A meeting held before the
    review year ends gives estimates: 预计全年，全县地区生产总值达到…… The figures ``placed``
    in the areas of a report's review are said there instead. ``todo``: the figure every
    review opens on (地区生产总值), where the file gives none, is said first with 【待补】 for
    the writer's numbers (round 65's writer: 回顾不报地区生产总值)."""
    figures = [(i, f) for i, f in enumerate(targets.review.figures) if i not in placed]
    asked = todo and not any(HEADLINE in f.name for f in targets.review.figures)
    if not figures and not asked:
        return None
    frame = frame or time_frame(targets)
    if frame.estimate:
        opener = "预计全年，全县"
    elif frame.mid:
        opener = f"{frame.review_span}，全县"
    else:
        opener = f"{targets.year - 1}年，全县"
    pieces: list[Piece] = [_glue(opener)]
    if asked:
        unfilled = HEADLINE_UNFILLED + ("；" if figures else "")
        pieces.append(Piece(unfilled, Provenance(kind="review")))
    said_period: str | None = None
    for position, (index, figure) in enumerate(figures):
        if position:
            pieces.append(_glue("；"))
        period = figure.period
        if period and period != said_period:
            # a figure of its own period says it (上半年，全县……；截至目前，……)
            if position == 0:
                pieces[0] = _glue(f"{period}，全县")
            else:
                pieces.append(_glue(f"{period}，"))
            said_period = period
        partial = bool(said_period) and said_period not in FULL_YEAR
        compare, flat = (
            ("同比", "与去年同期持平") if frame.year_on_year or partial else ("", "与上年持平")
        )
        clause = state_achievement(figure, _verb(figure), compare=compare, flat=flat)
        pieces.append(Piece(clause, _key(f"review.figures[{index}]")))
    if todo and targets.kind == "work_report" and not (frame.estimate or frame.mid):
        # a report's review states the year's main figures, those the file gives none of
        # left for the writer, after the headline as reports order them (round 95's writers:
        # 2025年目标里有固定资产投资和规上工业增加值，回顾里却没有 2024 年的基数)
        named = "".join(f.name for f in targets.review.figures)
        texts = [text for words, text in REVIEW_TODO if not words.search(named)]
        clauses = [Piece(text, Provenance(kind="review")) for text in texts]
        if asked and figures:
            # (the headline's piece ends on its own “；”): each after it, then its own
            pieces[2:2] = [item for clause in clauses for item in (clause, _glue("；"))]
        else:
            # each after a “；”, right after the headline's clause, else last
            headline = asked or HEADLINE in figures[0][1].name
            at = 2 if headline else len(pieces)
            pieces[at:at] = [item for clause in clauses for item in (_glue("；"), clause)]
    pieces.append(_glue("。"))
    return Paragraph(tuple(pieces))


# The figures a report's review states every year (TODO_GOALS' figures, as done), asked of the
# writer with --todo where the targets file gives none.
REVIEW_TODO = (
    (
        re.compile(r"一般公共预算|财政收入"),
        "一般公共预算收入完成【待补：金额】，增长【待补：比例】",
    ),
    (re.compile(r"固定资产投资|固投"), "固定资产投资增长【待补：比例】"),
    (re.compile(r"社会消费品|社零"), "社会消费品零售总额完成【待补：金额】，增长【待补：比例】"),
    (re.compile(r"规上工业|规模以上工业"), "规上工业增加值增长【待补：比例】"),
)


FULL_YEAR = ("全年", "预计全年")
# The figure a year's review opens on, and how it is said when the writer has still to give it.
HEADLINE = "地区生产总值"
HEADLINE_UNFILLED = "地区生产总值达到【待补：金额】，增长【待补：比例】"


def gap_sentence(targets: Targets, frame: TimeFrame) -> Piece | None:
    """At a meeting held before the year is out, where the figures so far stand against the
    year's targets (从目标完成情况看，……增速低于全年目标): in words, with no number the targets
    file did not give."""
    if not frame.mid or not targets.goals:
        return None
    goals = {goal.name: goal for goal in targets.goals if goal.growth is not None}
    behind: list[str] = []
    ahead: list[str] = []
    for figure in targets.review.figures:
        goal = goals.get(figure.name)
        if goal is None or goal.growth is None or figure.growth is None:
            continue
        (behind if figure.growth < goal.growth else ahead).append(figure.name)
    if not behind and not ahead:
        return None
    clauses = []
    if ahead:
        clauses.append(f"{'、'.join(ahead)}增速达到或快于全年目标")
    if behind:
        clauses.append(f"{'、'.join(behind)}增速低于全年目标，完成全年任务的压力较大")
    return Piece("从目标完成情况看，" + "；".join(clauses) + "。", Provenance(kind="review"))


# A highlight that opens with a verb or a preposition (为企业办理……, 成功创建……) needs a subject.
_NEEDS_SUBJECT = re.compile(
    r"^(为|对|在|把|向|与|从|围绕|成功|顺利|全面|首次|率先|累计|建成|新建|完成|实现|获批|荣获|创成)"
)


_PREPOSITION = re.compile(r"^(为|对|向|与)")


def highlight_sentence(text: str) -> str:
    """A highlight as a sentence with a subject: 为企业办理…… → 我们为企业办理……"""
    if _PREPOSITION.match(text):
        return "我们坚持" + text  # 为企业办理…… is a practice: 我们坚持为企业办理……
    if _NEEDS_SUBJECT.match(text) or VERB_START.match(text):
        return "我们" + text
    return text


def highlights_pieces(
    targets: Targets, opener: str = "一年来，", placed: frozenset[int] = frozenset()
) -> tuple[Piece, ...]:
    """The highlights the review's opening states (一年来，A；B。), all but those ``placed``
    (by index) in the review's areas."""
    highlights = [
        (index, verbatim(h))
        for index, h in enumerate(targets.review.highlights)
        if verbatim(h) and index not in placed
    ]
    if not highlights:
        return ()
    pieces: list[Piece] = [_glue(opener)]
    for position, (index, text) in enumerate(highlights):
        if position:
            pieces.append(_glue("；"))
        sentence = highlight_sentence(text)
        if sentence != text:
            pieces.append(_glue(sentence[: len(sentence) - len(text)]))
        pieces.append(Piece(text, _key(f"review.highlights[{index}]")))
    pieces.append(_glue("。"))
    return tuple(pieces)


def highlight_piece(targets: Targets, index: int) -> Piece:
    """Highlight ``index`` as a sentence of its own (in the review's area it belongs to)."""
    text = verbatim(targets.review.highlights[index])
    return Piece(highlight_sentence(text) + "。", _key(f"review.highlights[{index}]"))


_ADDRESSED = re.compile(r"^(?:各位代表|同志们|各位委员)[，！、]?")


_MANY = re.compile(r"诸多|许多|大量|不少|众多")
MANY_PROBLEMS = 3  # problems listed before a lead may call them many (诸多困难和问题)


def _problems_lead(selector: Selector, count: int = MANY_PROBLEMS) -> Piece:
    """The lead of the problems the targets file lists (``count`` of them): a lead that calls
    them many (存在诸多困难和问题) only over three or more (round 33: 诸多 over two)."""
    found = [
        c
        for c in selector.candidates(Kind.TRANSITION, max_len=60)
        if ("肯定成绩" in c.text or "清醒" in c.text)
        and not c.phrase.slots
        # the lead only: not a source's own first problem (……：一是县域经济综合实力依然较弱)
        and "一是" not in c.text
        and (count >= MANY_PROBLEMS or not _MANY.search(c.text))
    ]
    if found:
        piece = selector.take(found[0])
        # an address fits its meeting: 各位代表 only before a people's congress
        congress = selector.public and not selector.business
        text = piece.text if congress else _ADDRESSED.sub("", piece.text)
        return Piece(text.rstrip(_END) + "：", piece.provenance)
    return _glue("在肯定成绩的同时，也要清醒看到，当前工作中还存在一些困难和问题：")


def dispatch(meeting: str) -> bool:
    """A meeting that takes stock mid-course (经济运行调度会, 项目推进会, 分析会)."""
    return any(word in meeting for word in ("调度", "推进会", "分析会", "点评", "观摩", "攻坚会"))


# What a government answers to a complaint business owners raise, by what the complaint is about.
# Each answer is a concrete measure a county can take; the first matching entry answers.
ANSWERS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("融资", "贷款", "资金", "担保", "抽贷", "断贷", "续贷"),
        "针对融资难融资贵，我们将常态化开展政银企对接，用好政府性融资担保和应急转贷资金，"
        "扩大信用贷款、首贷和无还本续贷规模，降低企业综合融资成本",
    ),
    (
        ("用工", "招工", "人才", "技工", "缺人", "员工"),
        "针对招工难、留人难，我们将搭建常态化用工对接平台，开展订单式、定向式技能培训，"
        "落实人才引进和安居保障政策，帮助企业招得来、留得住",
    ),
    (
        ("账款", "拖欠", "欠款", "回款"),
        "针对账款拖欠，我们将开展清理拖欠企业账款专项行动，建立台账、逐笔销号，"
        "决不让政府部门和国有企业拖欠企业账款",
    ),
    (
        ("审批", "办事", "手续", "跑腿", "办证", "门槛", "服务"),
        "针对办事难、审批慢，我们将深化“高效办成一件事”改革，推行涉企事项并联审批、"
        "帮办代办，进一步压减办理环节和时限",
    ),
    (
        ("用地", "土地", "厂房", "用电", "用水", "用气", "要素", "电价"),
        "针对用地用能等要素制约，我们将盘活闲置土地和低效厂房，推行标准地出让，"
        "协调保障企业用电用水用气，切实降低要素成本",
    ),
    (
        ("政策", "兑现", "补贴", "奖补", "惠企"),
        "针对政策落地慢、兑现难，我们将推行惠企政策“免申即享”和限时兑现，"
        "让企业对政策应知尽知、应享尽享",
    ),
    (
        ("检查", "执法", "处罚", "监管"),
        "针对多头检查、重复执法，我们将推行“综合查一次”和包容审慎监管，"
        "没有必要的检查一律不去，减少对企业正常生产经营的干扰",
    ),
    (
        ("市场", "订单", "销售", "需求", "销路"),
        "针对市场开拓难，我们将组织企业参加产销对接和展会活动，支持本地产品进机关、进超市、"
        "进电商平台，帮助企业拓市场、稳订单",
    ),
    (
        ("成本", "税费", "负担", "收费"),
        "针对经营成本高，我们将不折不扣落实结构性减税降费政策，清理规范涉企收费，"
        "坚决制止乱收费、乱罚款、乱摊派",
    ),
)


def answers_to(problems: Sequence[str]) -> list[str]:
    """One concrete answering measure per complaint (a generic commitment when none matches)."""
    said: list[str] = []
    for problem in problems:
        answer = next((a for words, a in ANSWERS if any(w in problem for w in words)), None)
        if answer is None:
            answer = (
                f"对“{problem}”的问题，我们将明确专人跟踪督办，拿出具体解决办法，"
                "限期向企业反馈办理结果"
            )
        if answer not in said:
            said.append(answer)
    return said


def problems_paragraph(
    selector: Selector, targets: Targets, topics: tuple[str, ...] = ()
) -> Paragraph | None:
    """在肯定成绩的同时……：一是……；二是……。对此，…… At a symposium the problems are what the
    participants raised, and the speaker answers them. (``topics``: the draft's parts, which
    take up the shortcomings a report says in general where its targets file names none.)"""
    symposium = targets.kind == "symposium"
    # (targets key, text): at a symposium what the participants raised comes first, and the
    # speaker answers all of it
    raised = [("concerns", c) for c in targets.concerns] if symposium else []
    listed = raised + [("review.problems", p) for p in targets.review.problems]
    numbered: list[tuple[str, str]] = []
    for key, text in listed:
        if verbatim(text):
            numbered.append((key, verbatim(text)))
    problems = [text for _, text in numbered]
    if not problems:
        # a work report always faces its shortcomings (round 38's writer: a report without
        # “我们也清醒看到……” reads as one that hides them): those other reports said in general
        mined = targets.kind == "work_report" and targets.length >= PROBLEMS_FROM_LENGTH
        return mined_problems(selector, targets.length, topics) if mined else None
    if symposium:
        lead = _glue("大家在发言中反映的困难和问题，我们都一一记下了，主要是：")
    elif targets.kind == "work_report":
        lead = _glue(
            "在肯定成绩的同时，我们也清醒地认识到，全县发展还面临不少困难和挑战，"
            "政府工作还存在一些不足："
        )
    else:
        lead = _problems_lead(selector, len(problems))
    pieces: list[Piece] = [lead]
    seen: dict[str, int] = {}
    for index, (key, text) in enumerate(numbered):
        marker = f"{to_chinese(index + 1)}是" if len(problems) > 1 else ""
        sep = "；" if index else ""
        pieces.append(_glue(sep + marker))
        pieces.append(Piece(text, _key(f"{key}[{seen.get(key, 0)}]")))
        seen[key] = seen.get(key, 0) + 1
    if symposium:
        end = (
            "。对这些问题，县政府将逐条梳理、分类交办、限时回复，能马上解决的马上解决，"
            "一时解决不了的也要给大家一个明确答复。"
        )
        end += "。".join(answers_to(problems)) + "。"
    elif dispatch(targets.meeting):
        end = (
            "。针对这些问题和差距，我们要紧盯全年目标任务，逐月倒排进度、逐项压实责任，"
            "抓项目扩投资、稳工业促消费、强要素保运行，全力以赴把进度追上来、把缺口补回来。"
        )
    elif targets.kind == "work_report":
        end = "。对此，我们将采取有力措施，认真加以解决，决不辜负全县人民的期望。"
    else:
        end = "。对这些问题，我们必须高度重视，采取有力措施切实加以解决。"
    pieces.append(_glue(end))
    return Paragraph(tuple(pieces))


def target_pieces(
    figures: Sequence[FigureLike], key: str, opener: str, *, plain: bool = False
) -> tuple[Piece, ...]:
    """{opener}力争A，确保B……: figures as targets, one clause each, in one sentence. Each clause
    takes 确保 (binding) or 力争 (stretch) or nothing (左右, 以内), said once for a run of clauses
    that share it; ``plain`` lists them without either (主要预期目标是：……)."""
    if not figures:
        return ()
    pieces: list[Piece] = [_glue(opener)]
    previous: str | None = None
    for index, figure in enumerate(figures):
        word = "" if plain else target_word(figure)
        glue = ("，" if index else "") + (word if word != previous else "")
        previous = word
        if glue:
            pieces.append(_glue(glue))
        pieces.append(Piece(state_target(figure), _key(f"{key}[{index}]")))
    pieces.append(_glue("。"))
    return tuple(pieces)


# How the main expected targets are introduced, by the template's variant.
_GOALS_OPENERS = (
    "{year}全县经济社会发展的主要预期目标是：",
    "{year}全县经济社会发展主要预期目标为：",
    "{year}经济社会发展的主要目标是：",
)
_GOALS_LEADS = ("综合考虑发展基础和各方面因素，", "综合研判形势，", "统筹需要与可能，")


def goals_paragraph(
    targets: Targets, frame: TimeFrame | None = None, variant: int = 0, *, todo: bool = False
) -> Paragraph | None:
    """The main expected targets, listed plainly (增长6%左右, not 力争……左右), introduced in
    the template ``variant``'s words; ``todo``: a year's usual targets the file gave no figure
    for asked of the writer (``TODO_GOALS``)."""
    frame = frame or time_frame(targets)
    index = variant % len(_GOALS_OPENERS)
    lead = _GOALS_LEADS[index] if targets.kind == "work_report" else ""
    if frame.mid:
        opener = "对照年初确定的全年目标，下半年必须咬定不放、奋力追赶，确保全年"
    elif after_congress(targets):
        # the congress has set them: the meeting carries them out (round 147's writer: 人代会
        # 已通过报告，目标应写“县人代会确定的主要目标”)
        opener = f"县人代会确定的{targets.year}年经济社会发展主要目标是："
    elif (
        targets.kind != "work_report"
        and targets.date is not None
        and targets.date.year < targets.year
    ):
        # before the year, at a 全会 or 经济工作会议: the targets go to the people's congress
        # yet, so they are proposed, not set (主要预期目标建议为)
        opener = f"{targets.year}年全县经济社会发展主要预期目标建议为："
    elif frame.early and targets.date is not None and targets.date.year == targets.year:
        opener = lead + _GOALS_OPENERS[index].format(year="明年")
    else:
        opener = lead + _GOALS_OPENERS[index].format(year=f"{targets.year}年")
    pieces = target_pieces(targets.goals, "goals", opener, plain=True)
    if pieces and not frame.mid:
        # a year's targets come as a set: the usual ones the file gave no figure for are said
        # as their rule is (round 52's writer: 预期目标只有一个), with no figure of their own
        named = "".join(goal.name for goal in targets.goals)
        usual = [text for words, text in _USUAL_GOALS if not words.search(named)]
        if todo:
            # (round 73's writer: 主要预期目标只写了地区生产总值一项……没有数的也要留【待补】)
            asked = [text for words, text in TODO_GOALS if not words.search(named)]
            pieces = (
                *pieces[:-1],
                *(Piece("，" + text, Provenance(kind="goals")) for text in asked),
                pieces[-1],
            )
        if usual:
            pieces = (*pieces[:-1], _glue("，" + "，".join(usual)), pieces[-1])
    return Paragraph(pieces) if pieces else None


# The figures a county's year plan sets every year, asked of the writer with --todo where the
# targets file gives none (its own figure goes first, as given).
TODO_GOALS = (
    (re.compile(r"一般公共预算|财政收入"), "一般公共预算收入增长【待补：比例】"),
    (re.compile(r"固定资产投资|固投"), "固定资产投资增长【待补：比例】"),
    (re.compile(r"社会消费品|社零"), "社会消费品零售总额增长【待补：比例】"),
    (re.compile(r"规上工业|规模以上工业"), "规上工业增加值增长【待补：比例】"),
)
# The targets a county's year plan sets without a figure of its own where the targets file gives
# none: income keeping pace with the economy, jobs and energy within what the city sets.
_USUAL_GOALS = (
    (re.compile(r"收入"), "城乡居民收入增长与经济增长基本同步"),
    (re.compile(r"失业|就业"), "城镇登记失业率控制在市下达目标以内"),
    (re.compile(r"能耗|节能|减排|碳"), "完成省市下达的节能减排目标任务"),
)


def section_targets(section: Section, index: int, year: int) -> tuple[Piece, ...]:
    return target_pieces(section.figures, f"sections[{index}].figures", f"{year}年，")


# A work report's shortcomings when the targets file lists none: one of each field a report's
# 困难和问题 names, in its usual order (the economy, the people's livelihood, the government
# itself), as other reports said them in general terms (经济总量偏小、产业结构不优……).
_PROBLEM_FIELDS = (
    re.compile(r"经济总量|产业结构|工业|动能|项目储备|大项目|产业支撑|实体经济"),
    re.compile(r"民生|公共服务|群众期盼|看病|上学|就业"),
    re.compile(r"干部|作风|效能|政府|担当|形式主义"),
)
# Not an item of the list: its frame (看到成绩的同时……, 对这些问题……), a cause or a time it
# names (受新冠疫情……影响, 随着……), a field of one county (矿业, 西部新城), a figure.
_NOT_A_PROBLEM_ITEM = re.compile(
    r"^(?:看到|对|面对|应该|随着|从|受|在|同时|当然|但|一年来)|[一二三四五]是|我县|我们|"
    r"疫情|扶贫|脱贫|贸易摩擦|六稳|六保|矿|新城|[0-9０-９]|\{|"
    # a charge too grave for the congress's report (round 146's writers: 干部“政治站位不高”，
    # 人代会上口气过重)
    r"政治站位|政治意识|政治担当|政治能力|"
    # an indicator's outcome or trend is the county's own fact, which only its targets file
    # tells (round 100's writers: 规上工业持续下行 in a report whose review said 工业经济提质
    # 增效 — 自相矛盾; 生产总值……等指标未实现预期目标 where no figure said so)
    r"下行|下滑|下降|回落|负增长|减少|萎缩|未(?:能)?(?:实现|完成|达到)|"
    r"生产总值|GDP|预算收入|财政收入|固定资产投资|规上工业|零售总额|增加值|增速|指标"
)
# How a report answers its shortcomings: 对这些问题，我们一定高度重视……
_ANSWER = re.compile(r"^对(?:于)?(?:这些|上述)(?:问题|困难)")
PROBLEM_ITEMS_MIN = 2
# a report this long at least faces shortcomings the file did not list (a shorter one has no
# room: 2,600 characters on eight sections came out at 3,057 with them)
PROBLEMS_FROM_LENGTH = 4000
PROBLEMS_SHARE = 0.05  # of the asked length: the items of a report's shortcomings at most
PROBLEM_ITEM_MIN = 28  # characters an item may have however short the report


def mined_problems(
    selector: Selector, length: int, topics: tuple[str, ...] = ()
) -> Paragraph | None:
    """在肯定成绩的同时……：一是……；二是……。对这些问题，…… from the bank's body sentences
    naming a shortcoming in general terms, each within its share of ``PROBLEMS_SHARE`` of the
    asked ``length``; None when the bank holds too few of them. With ``topics`` (the draft's
    parts), none naming a matter no part takes up: round 61's writer read 城建、住房、就业、教育、
    医疗、养老等方面还不能很好满足群众需要 in a report whose plan said nothing of 教育."""
    longest = max(PROBLEM_ITEM_MIN, int(length * PROBLEMS_SHARE / len(_PROBLEM_FIELDS)))
    found = selector.candidates(
        Kind.BODY, None, any_topic=True, min_len=14, max_len=64, where=_problem_like
    )
    items: list[Piece] = []
    for field in _PROBLEM_FIELDS:
        for candidate in found:
            text = candidate.text
            if (
                len(text) <= longest
                and field.search(text)
                and says_shortcoming(text)
                and not _NOT_A_PROBLEM_ITEM.search(text)
                and not selector.too_similar(text)
                and (not topics or _taken_up(text, topics))
            ):
                items.append(selector.take(candidate))
                break
    if len(items) < PROBLEM_ITEMS_MIN:
        for item in items:
            selector.used.discard(item.text)
        return None
    lead = _glue(
        "在肯定成绩的同时，我们也清醒地认识到，全县发展还面临不少困难和挑战，政府工作还存在一些不足："
    )
    pieces: list[Piece] = [lead]
    for index, item in enumerate(items):
        pieces.append(_glue(("；" if index else "") + f"{to_chinese(index + 1)}是"))
        pieces.append(Piece(item.text.rstrip("。；"), item.provenance))
    answer = next((c for c in found if _ANSWER.match(c.text) and "要" not in c.text), None)
    if answer is not None:
        pieces += [_glue("。"), selector.take(answer)]
    else:
        pieces.append(_glue("。对此，我们将采取有力措施，认真加以解决，决不辜负全县人民的期望。"))
    return Paragraph(tuple(pieces))


def _taken_up(text: str, topics: tuple[str, ...]) -> bool:
    """Every matter ``text`` names is one of ``topics``' (教育 of 教育卫生 only in a draft with a
    part on it)."""
    return all(home_of(matter) in topics for matter in matters_named(text))


def _problem_like(text: str) -> bool:
    """A cheap first test on an entry's raw text: it names a shortcoming or answers them."""
    return bool(_PROBLEM_WORDS.search(text))


_PROBLEM_WORDS = re.compile(
    r"不足|不强|不优|偏小|短板|差距|有待|矛盾|滞后|薄弱|不高|依然存在|^对(?:于)?(?:这些|上述)"
)
