"""Figures in words: how a Chinese county speech states a number, a change, a rank or a target.

Input: figure-like objects from the targets file (``name``, ``value``, ``unit``, ``growth``,
``change_pp``, ``rank``, ``qualifier``); output: clauses without final punctuation. The rules are
those of ../shared/spec/targets.md:

* growth > 0 → 增长x%; growth < 0 → 下降|x|% (never 增长-3.5%); growth == 0 → 与上年持平;
* change_pp → 提高/下降x个百分点;
* review figures read as achievements (达到/完成/为), goals and section figures as targets, whose
  sentence carries 力争/确保 and whose qualifier (以上/左右/以内) follows the number it qualifies;
* numbers are shown exactly as written in the YAML (86.3 stays 86.3, 56 stays 56);
* outline numbers are Chinese numerals, quantities Arabic; lists are joined with 、 and 和.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

from drafter.numerals import to_chinese

Number = int | float | Decimal | str


class FigureLike(Protocol):
    """What wording reads from a figure (``drafter.targets`` models satisfy it)."""

    @property
    def name(self) -> str: ...
    @property
    def value(self) -> Number | None: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def growth(self) -> Number | None: ...
    @property
    def change_pp(self) -> Number | None: ...
    @property
    def rank(self) -> str | None: ...
    @property
    def qualifier(self) -> str | None: ...


def format_number(value: Number) -> str:
    """A number as the writer typed it: 86.3 → "86.3", 56 → "56", never "86.30000001" or "1e+16"."""
    if isinstance(value, bool):
        raise TypeError("a figure's number cannot be a yes/no value")
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = repr(value)
        if "e" in text or "E" in text:
            text = format(Decimal(text), "f")
        return text
    text = format(value, "f")
    return text


def _sign(value: Number) -> int:
    number = Decimal(format_number(value)) if not isinstance(value, Decimal) else value
    return (number > 0) - (number < 0)


def _absolute(value: Number) -> str:
    return format_number(value).lstrip("-+")


def join_list(items: Sequence[str]) -> str:
    """["a"] → a; ["a", "b"] → a和b; ["a", "b", "c"] → a、b和c."""
    parts = [item for item in items if item]
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    return "、".join(parts[:-1]) + "和" + parts[-1]


def count_words(n: int) -> str:
    """How a speaker counts points: 2 → 两 (讲两点意见), otherwise the outline numeral."""
    return "两" if n == 2 else to_chinese(n)


def outline_marker(number: int, level: int) -> str:
    """一、 （一） 1. （1） — Chinese numerals for levels 1–2, Arabic for 3–4."""
    if level == 1:
        return f"{to_chinese(number)}、"
    if level == 2:
        return f"（{to_chinese(number)}）"
    if level == 3:
        return f"{number}."
    return f"（{number}）"


ORDINAL_STYLES = ("一要", "一是", "第一", "首先")


# The ordinal a run's item opens with (一要 一是 第一， 首先，…: ``ordinal_prefix``'s markers),
# not part of the lead itself.
ORDINAL = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[要是]|第[一二三四五六七八九十]{1,3}[，、]|(?:首先|其次|再次|同时|最后)[，、])"
)


def ordinal_style(marker: str) -> str:
    """The style (``ORDINAL_STYLES``) of an ``ORDINAL`` marker: 三是 → 一是, 第二， → 第一,
    其次， → 首先."""
    if marker.startswith("第"):
        return "第一"
    if marker.endswith("是"):
        return "一是"
    if marker.endswith("要"):
        return "一要"
    return "首先"


def ordinal_prefix(index: int, count: int, style: str) -> str:
    """The marker of item ``index`` (1-based) of ``count`` in an ordinal run of ``style``.

    一要 → 一要、二要; 一是 → 一是、二是; 第一 → 第一，第二，; 首先 → 首先，其次，同时，最后，.
    """
    if style == "一要":
        return f"{to_chinese(index)}要"
    if style == "一是":
        return f"{to_chinese(index)}是"
    if style == "第一":
        return f"第{to_chinese(index)}，"
    if style == "首先":
        if index == 1:
            return "首先，"
        if index == count:
            return "最后，"
        return "其次，" if index == 2 else "同时，"
    raise ValueError(f"unknown ordinal style {style!r}")


def amount(figure: FigureLike) -> str:
    """value + unit: 86.3亿元, 3.1%, 56个; "" when the figure has no value."""
    if figure.value is None:
        return ""
    return format_number(figure.value) + (figure.unit or "")


def change_words(growth: Number, *, flat: str = "与上年持平") -> str:
    """增长6.8% / 下降3.5% / 与上年持平."""
    sign = _sign(growth)
    if sign > 0:
        return f"增长{_absolute(growth)}%"
    if sign < 0:
        return f"下降{_absolute(growth)}%"
    return flat


def pp_words(change_pp: Number, *, flat: str = "与上年持平") -> str:
    """提高0.2个百分点 / 下降0.2个百分点 / 与上年持平."""
    sign = _sign(change_pp)
    if sign > 0:
        return f"提高{_absolute(change_pp)}个百分点"
    if sign < 0:
        return f"下降{_absolute(change_pp)}个百分点"
    return flat


def _rank_words(rank: str, *, target: bool, after_growth: bool, short: bool = False) -> str:
    rank = rank.strip()
    if rank.startswith(("居", "位居", "位列", "排名", "排", "进入", "跻身", "保持")):
        return rank
    if short:
        return "居" + rank
    if target:
        return ("进入" if "前" in rank else "排名") + rank
    return ("增速" if after_growth else "") + ("居" if after_growth else "位居") + rank


def _is_rate(figure: FigureLike) -> bool:
    return (figure.unit or "").strip() in ("%", "‰", "％")


def state_achievement(
    figure: FigureLike, verb: str = "达到", *, compare: str = "", flat: str = "与上年持平"
) -> str:
    """A review figure as an achievement: 地区生产总值达到86.3亿元，增长6.8%; 规上工业增加值增长
    5.2%，增速居全市第三; 一般公共预算收入完成31.5亿元，居全市第二，增长3%; 城镇登记失业率为
    3.1%，比上年下降0.2个百分点. A fall is never 达到 (实现38.6亿元，下降1.2%). ``compare`` goes
    before a change (同比), ``flat`` is said for no change (与去年同期持平)."""
    parts: list[str] = []
    growth = figure.growth
    if growth is not None and _sign(growth) <= 0 and verb == "达到":
        verb = "实现"
    rank_on_value = bool(figure.rank) and figure.value is not None
    if figure.value is not None:
        link = "为" if _is_rate(figure) else verb
        parts.append(figure.name + link + amount(figure) + (figure.qualifier or ""))
        if rank_on_value and figure.rank:
            parts.append(_rank_words(figure.rank, target=False, after_growth=False, short=True))
        if growth is not None:
            parts.append(_compared(change_words(growth, flat=flat), compare))
    elif growth is not None:
        parts.append(figure.name + _compared(change_words(growth, flat=flat), compare))
    if figure.change_pp is not None:
        words = pp_words(figure.change_pp, flat=flat)
        if not words.startswith("与"):
            words = (compare or "比上年") + words
        parts.append(words if parts else figure.name + words)
    if figure.rank and not rank_on_value:
        if parts:
            parts.append(_rank_words(figure.rank, target=False, after_growth=growth is not None))
        else:
            parts.append(figure.name + _rank_words(figure.rank, target=False, after_growth=False))
    return "，".join(parts) if parts else figure.name


def _compared(words: str, compare: str) -> str:
    return words if words.startswith("与") else compare + words


# Names that already carry their verb: 新增规上工业企业12家, 新建高标准农田3.5万亩 (never
# "新增……达到12家").
_VERB_NAMES = (
    "新签约",
    "签约",
    "新落地",
    "新入库",
    "新纳统",
    "新登记",
    "新增",
    "新建",
    "新培育",
    "新引进",
    "新开工",
    "新认定",
    "新改建",
    "改造",
    "培育",
    "引进",
    "建成",
    "完成",
    "实施",
    "开工",
    "创建",
    "打造",
    "争取",
    "转移",
    "培训",
)
# Binding floors that a county holds rather than reaches.
_FLOORS = ("播种面积", "粮食产量", "粮食总产", "耕地保有", "基本农田", "森林覆盖", "生猪存栏")
# Amounts that are spent or carried out: 完成重点项目年度投资65亿元.
_DONE_NAMES = ("年度投资", "完成投资", "计划投资", "年度计划")


def _target_verb(figure: FigureLike, qualifier: str, on_value: bool) -> str:
    """The verb before a target amount, by what the indicator counts."""
    name = figure.name
    if qualifier == "以内" and on_value:
        return "控制在"
    if _is_rate(figure):
        return "保持在"
    if qualifier == "以上" and on_value and any(word in name for word in _FLOORS):
        return "稳定在"  # a binding floor: 粮食播种面积稳定在52.5万亩以上
    if name.startswith(_VERB_NAMES) or any(w in name for w in ("新增", "新建", "新培育")):
        return ""
    unit = (figure.unit or "").strip()
    if "项目" in name and unit in ("个", "项", "批"):
        return "@实施"  # the verb goes before the name: 实施重点项目56个
    if any(word in name for word in _DONE_NAMES):
        return "@完成"
    return "达到"


def state_target(figure: FigureLike) -> str:
    """A goal or section figure as a target clause (the sentence supplies 力争/确保 where it
    needs one): 地区生产总值增长7%以上; 实施重点建设项目56个; 新增规上工业企业12家;
    城镇登记失业率控制在3.5%以内."""
    qualifier = (figure.qualifier or "").strip()
    # The qualifier follows the number it bounds: the growth when there is one, else the value,
    # else the percentage-point change.
    on_growth = figure.growth is not None
    on_value = not on_growth and figure.value is not None
    on_pp = not on_growth and not on_value and figure.change_pp is not None
    pieces: list[str] = []
    before = ""
    if figure.value is not None:
        verb = _target_verb(figure, qualifier, on_value)
        if verb.startswith("@"):
            before, verb = verb[1:], ""
        bound = qualifier if on_value else ""
        if bound == "以上" and "以上" in figure.name:
            # 亿元以上项目40个以上 says 以上 twice: 亿元以上项目不少于40个
            verb, bound = "不少于", ""
        pieces.append(verb + amount(figure) + bound)
    if figure.growth is not None:
        words = change_words(figure.growth, flat="与上年持平")
        pieces.append(words + (qualifier if on_growth and _sign(figure.growth) != 0 else ""))
    if figure.change_pp is not None:
        words = pp_words(figure.change_pp, flat="与上年持平")
        pieces.append(words + (qualifier if on_pp and _sign(figure.change_pp) != 0 else ""))
    if figure.rank:
        pieces.append(_rank_words(figure.rank, target=True, after_growth=False))
    return before + figure.name + "、".join(pieces)


# Binding indicators — red lines and duties — take 确保; the rest are stretch targets (力争).
_BINDING = (
    "粮食",
    "耕地",
    "基本农田",
    "就业",
    "失业",
    "安全",
    "事故",
    "债务",
    "减排",
    "能耗",
    "排放",
    "空气",
    "水质",
    "断面",
    "污染",
    "返贫",
    "低保",
    "欠薪",
    "森林覆盖",
    "生态保护红线",
)


def target_word(figure: FigureLike) -> str:
    """确保 for a binding indicator, 力争 for a stretch target, nothing for 左右 (an estimate is
    not striven for: 增长7%左右) or for a ceiling (以内)."""
    qualifier = (figure.qualifier or "").strip()
    if any(word in figure.name for word in _BINDING):
        return "确保"
    if qualifier in ("左右", "以内"):
        return ""
    return "力争"


def numbers_of(figure: FigureLike) -> tuple[str, ...]:
    """The numbers a figure puts into the text, as shown (for the self-check)."""
    found: list[str] = []
    if figure.value is not None:
        found.append(format_number(figure.value))
    for number in (figure.growth, figure.change_pp):
        if number is not None and _sign(number) != 0:
            found.append(_absolute(number))
    return tuple(found)


# A past year's figure in a bank sentence (mined from the county's own archive).
_FIGURE_SLOT = re.compile(r"\{(?:number|amount|percent)\}")
_CLAUSE_MARK = re.compile(r"([，；：])")
# A clause that leads into the figure cut after it (总投资…, 力争达到…, 其中…) does not end a
# sentence: 强化土地供应能力，稳步推动土地增减挂钩 may stand; 全年计划总投资 may not.
_LEADS_IN = re.compile(
    r"(?:达到|达|到|为|至|共|累计|总投资|投资|其中|分别|新增|完成|实现|突破|超过|力争|确保|"
    r"争取|不低于|不少于|全年|包括)$|以下[^，；：]*$"
)
MIN_FIGURELESS = 8  # characters a sentence keeps at least without its figures
# A clause of means alone (依托基层农技推广补助等项目) says what the cut clause was done by.
_MEANS_ONLY = re.compile(r"^(?:依托|围绕|通过|按照|借助|立足|利用|结合|针对|对照|以)[^，；：]*$")


def without_figures(text: str) -> str | None:
    """A plan sentence of a past year without the clauses that state that year's figures (a
    county drafting from its own archive says the measure, not last year's quantity):
    强化土地供应能力，稳步推动土地增减挂钩，推进实施耕地占补平衡项目{number}个以上。 →
    强化土地供应能力，稳步推动土地增减挂钩。 The sentence is cut before its first clause
    holding a figure; None when that is its first clause, when what is left introduces the
    figures (……以下{number}项工作：) or leads into them, or is too short to stand."""
    if not _FIGURE_SLOT.search(text):
        return text
    pieces = _CLAUSE_MARK.split(text.rstrip("。！？"))
    clauses, marks = pieces[0::2], pieces[1::2]
    first = next(i for i, clause in enumerate(clauses) if _FIGURE_SLOT.search(clause))
    if first == 0 or marks[first - 1] == "：":
        return None
    while first > 1 and _MEANS_ONLY.match(clauses[first - 1]):
        first -= 1  # the means of the cut clause goes with it (围绕主导产业，举办{number}次)
    joined = zip(marks[: first - 1], clauses[1:first], strict=True)
    kept = clauses[0] + "".join(mark + clause for mark, clause in joined)
    if len(kept) < MIN_FIGURELESS or _LEADS_IN.search(kept) or _MEANS_ONLY.match(kept):
        return None
    return kept + "。"
