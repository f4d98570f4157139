"""What ``drafter check`` prints for a valid file: a short Chinese summary of the draft to come."""

from __future__ import annotations

from drafter.numerals import to_chinese
from drafter.targets.fields import number_text
from drafter.targets.forms import CHARS_PER_MINUTE
from drafter.targets.material import announces_points, groups_parts, kind_part
from drafter.targets.model import (
    Figure,
    Targets,
    folded_sections,
    folding_notes,
    listed_sections,
)


def describe_figure(figure: Figure) -> str:
    """地区生产总值86.3亿元，增长6.8% — what the file says about a figure (the wording of the
    draft, 力争/确保 for targets, is compose's job)."""
    parts: list[str] = []
    if figure.value is not None:
        parts.append(f"{number_text(figure.value)}{figure.unit or ''}")
    if figure.growth is not None:
        if figure.growth > 0:
            parts.append(f"增长{figure.growth_text}%")
        elif figure.growth < 0:
            parts.append(f"下降{figure.growth_text}%")
        else:
            parts.append("与上年持平")
    if figure.change_pp is not None:
        word = "提高" if figure.change_pp > 0 else "下降" if figure.change_pp < 0 else "持平"
        parts.append(f"{word}{figure.change_pp_text}个百分点" if figure.change_pp else word)
    if figure.rank:
        parts.append(figure.rank)
    text = figure.name + "，".join(parts)
    if figure.qualifier:
        text += figure.qualifier
    return text


# (more than six parts are grouped under a few level-1 headings when drafted: compose.groups)
GROUPED = "，起草时按板块归并成几个一级标题（讲几点意见以稿件为准）"


def summarise_targets(
    targets: Targets, *, source: str, encoding: str = "utf-8", notes: tuple[str, ...] = ()
) -> str:
    """The lines ``drafter check`` prints on success."""
    kind = targets.speech_kind
    lines = [f"{source}：检查通过，可以起草。"]
    if encoding == "gb18030":
        # Accepted, but a file in another legacy encoding would also decode: say so.
        lines.append(
            "  注意：文件不是 UTF-8 编码，已按 GBK（GB18030）读取；如下面的中文显示为乱码，"
            "请在记事本中“另存为”UTF-8 编码"
        )
    lines.append(f"  县名：{targets.county}")
    lines.append(f"  类型：{kind.title_cn}（{kind.name}），模板 {kind.template}")
    meeting = targets.meeting
    extra = [text for text in (targets.speaker, _date(targets)) if text]
    if extra:
        meeting += f"（{'，'.join(extra)}）"
    lines.append(f"  会议：{meeting}")
    lines.append(f"  年度：部署 {targets.year} 年工作，回顾 {targets.review_year} 年")
    minutes = round(targets.length / CHARS_PER_MINUTE)
    lines.append(
        f"  篇幅：约 {targets.length} 字（按每分钟 {CHARS_PER_MINUTE} 字，约讲 {minutes} 分钟）"
        f"，变体编号 {targets.seed}"
    )
    review = targets.review
    if review.is_empty:
        lines.append("  上年回顾：未写（稿件不写具体数据的回顾）")
    else:
        lines.append(
            f"  上年回顾：指标 {len(review.figures)} 项，亮点 {len(review.highlights)} 项，"
            f"问题 {len(review.problems)} 项"
        )
        lines.extend(f"    · {describe_figure(f)}" for f in review.figures)
    if targets.goals:
        lines.append(f"  主要预期目标：{len(targets.goals)} 项")
        lines.extend(f"    · {describe_figure(f)}" for f in targets.goals)
    else:
        lines.append("  主要预期目标：未写")
    own_part = kind_part(targets)
    folded = folded_sections(targets.sections)
    kept = listed_sections(targets.sections)
    listed = len(kept)
    if own_part is None:
        grouped = groups_parts(targets, listed)
        lines.append(f"  重点工作：{listed} 部分{GROUPED if grouped else ''}")
    else:
        # A work meeting ends on its own 抓落实 part: six sections make 七点意见.
        parts = listed + 1
        announced = f"，讲{to_chinese(parts)}点意见" if announces_points(targets) else ""
        if groups_parts(targets, parts):
            announced = GROUPED
        lines.append(
            f"  重点工作：{listed} 部分，另加{kind.title_cn}自带的“{own_part}”部分，"
            f"全稿共 {parts} 部分{announced}"
        )
    for number, (index, section) in enumerate(kept, start=1):
        head = f"    {to_chinese(number)}、{section.topic}"
        if section.title:
            head += f"：{section.title}"
        counts = [f"指标 {len(section.figures)} 项"]
        if section.points:
            counts.append(f"必写事项 {len(section.points)} 项")
        into = [to_chinese(i + 1) for i, first in folded.items() if first == index]
        if into:
            counts.append(f"重点工作第{'、'.join(into)}项并入这一部分")
        lines.append(f"{head}（{'，'.join(counts)}）")
        lines.extend(f"      · {describe_figure(f)}" for f in section.figures)
    if own_part is not None:
        lines.append(f"    {to_chinese(listed + 1)}、{own_part}（讲话类型自带）")
    lines.append(f"  结尾号召：{'写' if targets.closing else '不写'}")
    lines.append(f"  全文共 {len(targets.all_figures())} 项指标，每项将在稿中出现一次。")
    lines.extend(f"  提示：{note}" for note in (*notice_targets(targets), *notes))
    return "\n".join(lines)


#: Below this many characters a part of the speech has room for little more than its heading.
MIN_CHARS_PER_SECTION = 250


def notice_targets(targets: Targets) -> list[str]:
    """Things that are valid but probably not what the writer meant."""
    notes = folding_notes(targets.sections)
    folded = folded_sections(targets.sections)
    seen: dict[str, int] = {}
    for number, section in enumerate(targets.sections, start=1):
        if section.topic in seen and not section.title and number - 1 not in folded:
            first = to_chinese(seen[section.topic])
            notes.append(
                f"第{first}、第{to_chinese(number)}部分主题都是“{section.topic}”且未写标题，"
                "两部分内容可能相近：可给其中一部分写 title"
            )
        seen.setdefault(section.topic, number)
    lists = [("上年回顾", targets.review.figures), ("主要预期目标", targets.goals)]
    lists += [(f"第{to_chinese(i)}部分", s.figures) for i, s in enumerate(targets.sections, 1)]
    for where, figures in lists:
        names = [figure.name for figure in figures]
        for name in sorted({n for n in names if names.count(n) > 1}):
            notes.append(
                f"{where}中“{name}”写了 {names.count(name)} 次：每项都会写进稿中，请确认不是重复"
            )
    notes += _same_figure_twice(lists)
    notes += _doubtful_values(lists)
    if not targets.county.endswith(_COUNTY_ENDINGS):
        notes.append(
            f"县名“{targets.county}”不以县、市、区、旗结尾：稿中会照写“{targets.county}”"
            f"（如“{targets.county}经济”），通常应写全称，如 {targets.county}县"
        )
    parts = len(targets.sections) - len(folded)
    if targets.length // parts < MIN_CHARS_PER_SECTION:
        notes.append(
            f"目标 {targets.length} 字要写 {parts} 个部分，每部分不到 "
            f"{MIN_CHARS_PER_SECTION} 字：可加大 length 或合并部分"
        )
    return notes


_COUNTY_ENDINGS = ("县", "市", "区", "旗", "特区", "林区")
# Beyond these a figure is more likely a slip of the keyboard than a county's year.
MAX_PLAUSIBLE_GROWTH = 100.0


def _doubtful_values(lists: list[tuple[str, tuple[Figure, ...]]]) -> list[str]:
    notes: list[str] = []
    for where, figures in lists:
        for figure in figures:
            if figure.growth is not None and abs(figure.growth) > MAX_PLAUSIBLE_GROWTH:
                notes.append(
                    f"{where}“{figure.name}”增长 {figure.growth_text}%，超过 "
                    f"{MAX_PLAUSIBLE_GROWTH:.0f}%：请确认没有多写或少写小数点"
                )
            if figure.value is not None and figure.value == 0:
                notes.append(
                    f"{where}“{figure.name}”的数值是 0：稿中会写“0{figure.unit or ''}”，"
                    "请确认（没有数值就不写 value）"
                )
    return notes


def _same_figure_twice(lists: list[tuple[str, tuple[Figure, ...]]]) -> list[str]:
    """One figure, every field equal, in two lists: usually a YAML alias (*名字) pasted where a
    new figure was meant; the draft would state it twice."""
    notes: list[str] = []
    first: dict[str, str] = {}
    for where, figures in lists:
        for figure in figures:
            key = repr([(name, _shown(getattr(figure, name))) for name in figure.model_fields])
            if key in first and first[key] != where:
                notes.append(
                    f"{first[key]}和{where}写了完全相同的指标“{figure.name}”（可能是 YAML 别名 * "
                    "引用了同一项）：稿中会出现两次，请确认"
                )
            first.setdefault(key, where)
    return notes


def _shown(value: object) -> str | None:
    """A field as the writer wrote it (6.80 and 6.8 are two ways of writing)."""
    return None if value is None else str(value)


def _date(targets: Targets) -> str | None:
    day = targets.date
    return None if day is None else f"{day.year}年{day.month}月{day.day}日"
