"""Figures in a sentence: numbers to typed slots, and indicator statements to figure frames.

Input: one sentence. Output: ``find_figures`` — ``Hit``s that turn every number into ``{amount}``
(money), ``{percent}``, ``{number}`` or ``{year}``/``{last_year}`` for body sentences;
``find_figure_frames`` — ``FigureFrame``s: a clause stating an indicator (完成固定资产投资3.2亿元，
增长7.68%) generalised to 完成{name}{value}{unit}，{change}, keyed by the indicator, with the fields
it needs and whether it states an achievement or a target (力争/确保/争取 …).

How official texts state figures: an indicator name, often after a verb (完成/实现/达到/突破), a
value with its unit, then its change (增长/下降 x%, 提高 x 个百分点), a qualifier (以上/左右/
以内) for targets, or a rank (排全市第四, 位居全省前列). A mask (*, XX) may stand for the value.
"""

from __future__ import annotations

import re

from drafter import segment
from drafter.mining.slots import Hit
from drafter.phrasebank.model import Mode
from drafter.records import dataclass

NUM = r"(?:\d+(?:[.．]\d+)?|[＊*]+(?:[.．][＊*]+)?|[XＸ]{2})"
MONEY_UNITS = r"(?:万亿元|亿元|万元|元|亿美元|万美元|美元)"
UNITS = (
    r"(?:万亿元|亿元|万元|元|亿美元|万美元|万千瓦时|千瓦时|万千瓦|千瓦|万千伏|千伏|平方公里|万平方米|平方米|"
    r"万亩|亩|万吨|千吨|吨|万头|头|万只|只|万株|株|万人次|人次|万人|人|万户|户|万辆|辆|公里|千米|米|"
    r"个|家|项|所|座|条|件|场次|场|次|张|套|栋|批|名|位|倍)"
)
CHANGE_WORDS = r"(?:增长|下降|增加|减少|提高|降低|回落|提升|上升|下滑|增速|降幅)"

_ANY_FIGURE = re.compile(r"[0-9０-９＊*]|[XＸ]{2}")
_NUM_START = re.compile(r"\d|[＊*]|[XＸ]{2}")  # (where a ``NUM`` can start: any digit \d takes)
_YEAR = re.compile(r"(?<![\d.．])(?:19|20)\d{2}(?=年)")
_MILESTONE = re.compile(
    r"年(?:前)?(?:碳排放)?(?:实现)?(?:碳达峰|碳中和|达峰)|年远景目标|年基本实现|年全面建成"
)
_MONEY = re.compile(NUM + MONEY_UNITS)
_PERCENT = re.compile(NUM + r"[%％]")
_NUMBER = re.compile(r"(?<![A-Za-z])\d+(?:[.．]\d+)?(?![A-Za-z])")

_CHANGE = re.compile(
    r"(?:同比|比上年|较上年|比去年|较去年)?" + CHANGE_WORDS + r"(?:了)?" + NUM + r"[%％]"
)
_PP = re.compile(
    r"(?:同比|比上年|较上年)?(?:提高|下降|降低|提升|增加|减少|回落|上升|收窄)" + NUM + r"个百分点"
)
_RANK_VERBS = ("排名", "排", "位居", "位列", "居", "跃居", "稳居", "进入", "保持")
_RANK = re.compile(
    r"(?:全国|全省|全市|全州|全区|全盟|省|市|州)(?:[\u4e00-\u9fff]{0,4}?)"
    r"(?:第[一二三四五六七八九十\d]+(?:位|名)?|前列|前[三五十]|首位|末位|第一方阵)"
)
_VALUE = re.compile(r"(?P<value>" + NUM + r")(?P<unit>" + UNITS + r"|[%％])")
_QUALIFIER = re.compile(r"以上|左右|以内|以下")

_TARGET_CUES = (
    "力争",
    "确保",
    "争取",
    "目标",
    "计划",
    "预期",
    "要",
    "将",
    "努力",
    "下半年",
    "明年",
    "今后",
)
_REVIEW_CUES = (
    "去年",
    "过去一年",
    "一年来",
    "上年",
    "今年以来",
    "上半年",
    "以来",
    "完成了",
    "实现了",
)
_VERBS = (
    "完成",
    "实现",
    "达到",
    "达",
    "突破",
    "超过",
    "增至",
    "稳定在",
    "保持在",
    "控制在",
    "提高到",
    "提高至",
    "增加到",
    "完成投资",
)
# longest first (sorted is stable: equal lengths keep their order), sorted once, not per clause
_VERBS_LONGEST = tuple(sorted(_VERBS, key=len, reverse=True))
_ALL_VERBS_LONGEST = tuple(sorted((*_VERBS, *_RANK_VERBS), key=len, reverse=True))
_NAME_PREFIXES = re.compile(
    r"^(?:全县|全年|年度|今年|去年|上半年|一季度|预计|力争|确保|争取|实现|完成|全面完成|"
    r"累计|新增|其中|同比|县域|我县|全市|全州|共|总计|合计|已|共计|总)+"
)
_INDICATOR_HEADS = (
    "总值",
    "增加值",
    "投资",
    "收入",
    "支出",
    "总额",
    "产量",
    "产值",
    "面积",
    "资金",
    "税收",
    "交易额",
    "销售额",
    "营业额",
    "营业收入",
    "就业",
    "人数",
    "人次",
    "率",
    "量",
    "数",
    "额",
    "规模",
    "比例",
    "比重",
    "指数",
    "项目",
    "企业",
    "贷款",
    "存款",
    "债券",
    "装机",
    "容量",
    "户数",
)


@dataclass(frozen=True, slots=True)
class FigureFrame:
    """One clause stating an indicator, generalised: ``text`` uses {name} {value} {unit} {change}
    {pp} {rank} {qualifier}; ``start:end`` is the clause inside the sentence."""

    indicator: str
    text: str
    fields: tuple[str, ...]
    mode: Mode
    start: int
    end: int


def sentence_mode(sentence: str, default: Mode | None = None) -> Mode:
    """Target when the sentence aims (力争/确保/争取/计划 …), achievement when it looks back
    (去年/一年来/完成了 …); otherwise ``default`` (the section's), else achievement."""
    review = any(cue in sentence for cue in _REVIEW_CUES[:4])
    if any(cue in sentence for cue in _TARGET_CUES) and not review:
        return Mode.TARGET
    if review or default is None:
        return Mode.ACHIEVEMENT
    return default


def find_figures(sentence: str) -> list[Hit]:
    """Every number in ``sentence`` as a typed slot hit (years, money, percent, other numbers)."""
    if not _ANY_FIGURE.search(sentence):
        return []
    hits: list[Hit] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, slot: str | None, reason: str) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        hits.append(Hit(start, end, slot, sentence[start:end], reason, kind="figure"))

    review = any(cue in sentence for cue in _REVIEW_CUES)
    for match in _YEAR.finditer(sentence):
        if _MILESTONE.match(sentence, match.end()):
            # a national milestone (2030年前碳达峰, 2060年前碳中和, 2035年远景目标): a fixed
            # year no slot may stand for (round 27: {year} filled as 2025年前碳中和) — the
            # sentence is left out (a hit without a slot)
            add(match.start(), match.end(), None, "国家目标年份")
            continue
        add(match.start(), match.end(), "last_year" if review else "year", "年份")
    for match in _MONEY.finditer(sentence):
        add(match.start(), match.end(), "amount", "金额")
    for match in _PERCENT.finditer(sentence):
        add(match.start(), match.end(), "percent", "百分比")
    for match in _NUMBER.finditer(sentence):
        add(match.start(), match.end(), "number", "数字")
    return hits


def find_figure_frames(sentence: str, default: Mode | None = None) -> list[FigureFrame]:
    """The clauses of ``sentence`` that state one indicator with its figure, generalised;
    ``default`` is the mode of the section the sentence is in, when the sentence has no cue."""
    if not _ANY_FIGURE.search(sentence):
        return []
    frames: list[FigureFrame] = []
    mode = sentence_mode(sentence, default)
    position = 0
    for clause in re.split(r"(?<=[，；。：！？])", sentence):
        start = position
        position += len(clause)
        body = clause.rstrip("，；。：！？")
        frame = _clause_frame(body, mode)
        if frame is not None:
            indicator, text, fields = frame
            frames.append(FigureFrame(indicator, text, fields, mode, start, start + len(clause)))
            continue
        tail = _tail_frame(body)
        previous = frames[-1] if frames else None
        if tail is not None and previous is not None and previous.end == start:
            text, fields = tail
            separator = sentence[previous.end - 1] if sentence[previous.end - 1] in "，；" else "，"
            merged_fields = tuple(dict.fromkeys((*previous.fields, *fields)))
            if len(merged_fields) == len(previous.fields) + len(fields):
                frames[-1] = FigureFrame(
                    previous.indicator,
                    previous.text + separator + text,
                    merged_fields,
                    mode,
                    previous.start,
                    start + len(clause),
                )
    return frames


def _tail_frame(clause: str) -> tuple[str, tuple[str, ...]] | None:
    """A clause that only continues the previous one: 增长7.68% / 排全市第四 / 提高2个百分点."""
    parts: list[str] = []
    fields: list[str] = []
    cursor = 0
    while cursor < len(clause):
        for regex, kind in (
            (_CHANGE, "change"),
            (_PP, "pp"),
            (_RANK, "rank"),
            (_QUALIFIER, "qualifier"),
        ):
            match = regex.match(clause, cursor)
            if match is not None and match.end() > cursor:
                parts.append("{" + kind + "}")
                fields.append(kind)
                cursor = match.end()
                break
        else:
            verb = next((v for v in _RANK_VERBS if clause.startswith(v, cursor)), None)
            if verb is not None and _RANK.match(clause, cursor + len(verb)):
                parts.append(verb)
                cursor += len(verb)
                continue
            if clause[cursor] in "、和" and parts:
                parts.append(clause[cursor])
                cursor += 1
                continue
            return None
    if not fields or fields == ["qualifier"]:
        return None
    return "".join(parts), tuple(fields)


def _clause_frame(clause: str, mode: Mode) -> tuple[str, str, tuple[str, ...]] | None:
    # a value, a change and a percentage point each hold a number (``NUM``), which most
    # clauses of a sentence with figures do not; a rank needs none (全省前列)
    counted = _NUM_START.search(clause) is not None
    values = list(_VALUE.finditer(clause)) if counted else []
    changes = list(_CHANGE.finditer(clause)) if counted else []
    pps = list(_PP.finditer(clause)) if counted else []
    ranks = list(_RANK.finditer(clause))
    if len(values) > 2 or len(changes) > 1 or len(pps) > 1 or len(ranks) > 1:
        return None
    # a change's own number is not a value
    spans: list[tuple[int, int, str]] = []
    for match in changes:
        spans.append((match.start(), match.end(), "change"))
    for match in pps:
        spans.append((match.start(), match.end(), "pp"))
    for match in ranks:
        spans.append((match.start(), match.end(), "rank"))
    value_spans = [m for m in values if not any(s <= m.start() < e for s, e, _ in spans)]
    if len(value_spans) > 1:
        return None
    for match in value_spans:
        spans.append((match.start(), match.end(), "value"))
    if not spans:
        return None
    spans.sort()
    first = spans[0][0]
    name_text = clause[:first]
    verb = ""
    for candidate in _ALL_VERBS_LONGEST:
        if name_text.endswith(candidate):
            verb = candidate
            name_text = name_text[: -len(candidate)]
            break
    lead = _NAME_PREFIXES.match(name_text)
    prefix = lead.group() if lead else ""
    indicator = name_text[len(prefix) :]
    if lead is None:
        # a verb before the name: 完成固定资产投资, 实现一产产值
        for candidate in _VERBS_LONGEST:
            if indicator.startswith(candidate):
                prefix, indicator = candidate, indicator[len(candidate) :]
                break
    indicator = indicator.rstrip("的")
    # verbs in front of the indicator stay in the frame (整合{name}, 新开续建{name})
    words = list(segment.cut(indicator))
    while (
        len(words) > 1
        and (segment.word_pos(words[0]) or "").startswith("v")
        and len("".join(words[1:])) >= 4
    ):
        prefix += words.pop(0)
    indicator = "".join(words)
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,14}", indicator) or not indicator.endswith(
        _INDICATOR_HEADS
    ):
        return None
    parts = [prefix, "{name}", verb]
    fields: list[str] = []
    cursor = first
    for start, end, kind in spans:
        if start < cursor:
            return None
        gap = clause[cursor:start]
        if re.search(r"\d", gap) or len(gap) > 6:
            return None
        parts.append(gap)
        if kind == "value":
            parts.append("{value}{unit}")
            fields += ["value", "unit"]
        else:
            parts.append("{" + kind + "}")
            fields.append(kind)
        cursor = end
        qualifier = _QUALIFIER.match(clause, cursor)
        if qualifier is not None:
            parts.append("{qualifier}")
            fields.append("qualifier")
            cursor = qualifier.end()
    tail = clause[cursor:]
    if re.search(r"\d|[＊*]", tail) or len(tail) > 8:
        return None
    parts.append(tail)
    return indicator, "".join(parts), tuple(dict.fromkeys(fields))
