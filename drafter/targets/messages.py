"""Chinese messages for everything that can be wrong in a targets file, one line per problem.

A problem is shown as
``青禾县.yaml:6:46: review.figures[0].growth：“很快”不是数字，请写成 6.8 或 -3.5（下降）``
— file, line and column (1-based), the key path, and what to write instead. Where no line
applies (a missing top-level key, an empty file) the line and column are left out.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from typing import Any

import yaml

from drafter.records import dataclass

Loc = tuple[str | int, ...]

#: Chinese words writers use for a key → the key (for "did you mean").
KEY_SYNONYMS: Mapping[str, str] = {
    "县": "county",
    "县名": "county",
    "县区": "county",
    "地区": "county",
    "类型": "kind",
    "讲话类型": "kind",
    "种类": "kind",
    "会议": "meeting",
    "会议名称": "meeting",
    "会名": "meeting",
    "讲话人": "speaker",
    "职务": "speaker",
    "领导": "speaker",
    "日期": "date",
    "时间": "date",
    "会议日期": "date",
    "年度": "year",
    "年份": "year",
    "年": "year",
    "字数": "length",
    "篇幅": "length",
    "长度": "length",
    "时长": "length",
    "变体": "seed",
    "种子": "seed",
    "回顾": "review",
    "上年回顾": "review",
    "工作回顾": "review",
    "目标": "goals",
    "预期目标": "goals",
    "主要目标": "goals",
    "goal": "goals",
    "重点工作": "sections",
    "部分": "sections",
    "任务": "sections",
    "section": "sections",
    "结尾": "closing",
    "结束语": "closing",
    "指标": "figures",
    "数据": "figures",
    "figure": "figures",
    "亮点": "highlights",
    "成绩": "highlights",
    "highlight": "highlights",
    "问题": "problems",
    "不足": "problems",
    "problem": "problems",
    "名称": "name",
    "指标名称": "name",
    "名字": "name",
    "数值": "value",
    "数量": "value",
    "数": "value",
    "值": "value",
    "金额": "value",
    "单位": "unit",
    "units": "unit",
    "增长": "growth",
    "增速": "growth",
    "增幅": "growth",
    "增长率": "growth",
    "rate": "growth",
    "百分点": "change_pp",
    "变化": "change_pp",
    "pp": "change_pp",
    "排名": "rank",
    "位次": "rank",
    "ranking": "rank",
    "修饰": "qualifier",
    "限定": "qualifier",
    "主题": "topic",
    "topics": "topic",
    "标题": "title",
    "题目": "title",
    "事项": "points",
    "要点": "points",
    "point": "points",
}

KEY_NAMES: Mapping[str, str] = {
    "county": "县名",
    "kind": "讲话类型",
    "meeting": "会议名称",
    "speaker": "讲话人",
    "date": "日期",
    "year": "部署年度",
    "length": "目标字数",
    "seed": "变体编号",
    "review": "上年回顾",
    "goals": "主要预期目标",
    "sections": "重点工作",
    "closing": "结尾号召",
    "figures": "指标",
    "highlights": "亮点",
    "problems": "问题",
    "name": "指标名称",
    "value": "数值",
    "unit": "单位",
    "growth": "增长率（%）",
    "change_pp": "百分点变化",
    "rank": "排名",
    "qualifier": "以上/左右/以内",
    "topic": "主题",
    "title": "标题",
    "points": "具体事项",
}

MISSING_HINTS: Mapping[str, str] = {
    "county": "county: 青禾县",
    "kind": "kind: work_meeting（全部类型见 drafter kinds）",
    "meeting": "meeting: 县政府第一次全体会议",
    "year": "year: 2025（或写会议日期 date: 2025-02-10，年度取日期的年份）",
    "sections": "sections:，下面至少写一项“- topic: 项目建设”",
    "name": "name: 地区生产总值",
    "topic": "topic: 项目建设（全部主题见 drafter topics）",
}


@dataclass(frozen=True, slots=True)
class Problem:
    line: int | None  # 1-based; None when the problem concerns the whole file
    column: int | None
    loc: Loc | None  # key path
    message: str

    def format(self, source: str) -> str:
        where = source if self.line is None else f"{source}:{self.line}:{self.column or 1}"
        path = format_loc(self.loc) if self.loc else ""
        return f"{where}: {path}：{self.message}" if path else f"{where}: {self.message}"


def format_loc(loc: Loc) -> str:
    """('review', 'figures', 0, 'growth') → review.figures[0].growth"""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def closest(word: str, choices: Collection[str], n: int = 3) -> list[str]:
    """The valid names nearest to ``word`` (typos, and Chinese synonyms for keys)."""
    found: list[str] = []
    word = word[:50]  # a pasted paragraph is not a typo; keep difflib cheap
    synonym = KEY_SYNONYMS.get(word.strip())
    if synonym is not None and synonym in choices:
        found.append(synonym)
    import difflib  # (only when a name is wrong: not on every draft's path)

    lowered = {c.lower(): c for c in choices}
    for match in difflib.get_close_matches(word.lower(), list(lowered), n=n, cutoff=0.5):
        if lowered[match] not in found:
            found.append(lowered[match])
    if not found and re.search(r"[\u4e00-\u9fff]", word):
        # Chinese names: share a character or two (项目建议 → 项目建设)
        scored = sorted(
            ((len(set(word) & set(c)), c) for c in sorted(choices)), key=lambda s: -s[0]
        )
        found = [c for score, c in scored if score >= max(1, len(word) // 2)][:n]
    return found[:n]


def clip(text: str, size: int = 30) -> str:
    """``text`` cut to ``size`` characters for a one-line message."""
    return text if len(text) <= size else text[:size] + "…"


def did_you_mean(word: str, choices: Collection[str]) -> str:
    near = closest(word, choices)
    return f"，是不是要写“{'”或“'.join(near)}”？" if near else ""


def describe(value: object) -> str:
    """How a wrongly typed value is named to the writer."""
    if value is None:
        return "空值"
    if isinstance(value, bool):
        return f"“{'true' if value else 'false'}”"
    if isinstance(value, Mapping):
        return "一组键值对"
    if isinstance(value, (list, tuple)):
        return "一个列表"
    text = str(value)
    return f"“{text[:20]}{'…' if len(text) > 20 else ''}”"


# --- YAML syntax errors ------------------------------------------------------------------------

# English fragments of PyYAML's errors (pure-Python and libyaml wordings) → what to do.
_YAML_PROBLEMS: Sequence[tuple[str, str]] = (
    (
        "mapping values are not allowed",
        "这里不该有冒号“:”：可能是缩进不对齐，或值里含有“: ”——值里有冒号请整体加引号",
    ),
    ("could not find expected ':'", "缺少冒号：每一项应写成“键: 值”（冒号是半角，后面加空格）"),
    ("did not find expected key", "缩进没有对齐：同一级的键要左对齐，列表项的“- ”要对齐"),
    ("did not find expected '-' indicator", "缩进没有对齐：同一列表的“- ”要上下对齐"),
    ("expected <block end>", "缩进没有对齐：同一级的键要左对齐，下一级多缩进两个空格"),
    ("found character '\\t'", "用了制表符（Tab），YAML 只认空格：请把 Tab 换成空格"),
    ("found unexpected end of stream", "引号没有配对：请检查这一行的引号是否成对（用半角引号）"),
    (
        "found unknown escape character",
        "双引号里的反斜杠“\\”不能这样用：请改用单引号，或去掉反斜杠",
    ),
    ("found undefined alias", '“*”开头的值会被当作别名：请给整个值加引号，如 "*号"'),
    ("expected a single document", "文件里有多个“---”分隔的部分：请只保留一份"),
    (
        "expected <document start>",
        "这一行不像“键: 值”：可能是冒号后面用了全角空格、或上一行的缩进不对",
    ),
    ("found unexpected ':'", "这里多了一个冒号：值里有冒号请整体加引号"),
    ("',' or '}'", "花括号 { } 里的写法不对：各项用半角逗号分开，最后用 } 收尾"),
    ("',' or ']'", "方括号 [ ] 里的写法不对：各项用半角逗号分开，最后用 ] 收尾"),
    ("while scanning an alias", '“*”开头的值会被当作别名：请给整个值加引号，如 "*号"'),
    ("while scanning an anchor", "“&”开头的值会被当作锚点：请给整个值加引号"),
    ("while scanning a directive", "“%”开头的行不是 YAML 内容：请删掉或加引号"),
    ("found incompatible YAML document", "文件开头的“%YAML”声明不受支持：请删掉这一行"),
    (
        "while parsing a flow node",
        "方括号 [ ] 或花括号 { } 里缺了内容或没有配对：请检查上面的括号是否成对",
    ),
    (
        "found '<stream end>'",
        "文件到结尾还没写完：有没有配对的方括号 [ ]、花括号 { } 或引号（从这里往上找）",
    ),
    ("cannot start any token", '值不能以 % @ ` 等符号开头：请给整个值加引号，如 unit: "%"'),
    ("while scanning a tag", "“!”开头的值会被当作类型标记：请给整个值加引号"),
)


def translate_yaml_error(error: yaml.YAMLError, text: str) -> Problem:
    """A PyYAML error as one Chinese problem at its line (an error with no translation in
    ``_YAML_PROBLEMS`` gets a general Chinese hint: no parser English reaches the writer)."""
    opened: Any = getattr(error, "context_mark", None)
    mark: Any = getattr(error, "problem_mark", None) or opened
    context_text = str(getattr(error, "context", ""))
    if ("quoted scalar" in context_text or "flow" in context_text) and opened is not None:
        # an unclosed quote or bracket: point where it was opened, not where YAML gave up
        mark = opened
    line = mark.line + 1 if mark is not None else None
    column = mark.column + 1 if mark is not None else None
    if isinstance(error, yaml.reader.ReaderError):
        before = text[: error.position]
        line = before.count("\n") + 1
        column = error.position - (before.rfind("\n") + 1) + 1
        return Problem(
            line, column, None, f"这里有不可见的控制字符（0x{error.character:02X}），请删掉"
        )
    problem = str(getattr(error, "problem", "") or "")
    context = str(getattr(error, "context", "") or "")
    both = f"{context} {problem}"
    for english, chinese in _YAML_PROBLEMS:
        if english in both:
            return Problem(line, column, None, f"YAML 格式错误：{chinese}")
    # No translation: PyYAML's English would tell a writer nothing more than this does.
    return Problem(
        line,
        column,
        None,
        "YAML 格式错误：请检查这一行及上一行的缩进、冒号（半角加空格）和引号是否成对，"
        "可对照 drafter init 生成的示例",
    )
