"""The targets file as typed, frozen models (contract: ../shared/spec/targets.md).

Input is the plain data of ``yamlload`` (scalars are strings, ``true``/``false``/``None``); every
field reads its human forms through ``forms`` and fails with a Chinese message. Unknown keys are
rejected. Numbers are ``Decimal`` made from the text the writer typed, so ``Figure.value_text``
shows 6.8 as ``6.8``, 56 as ``56`` and 1.20 as ``1.20``. Each model is a frozen dataclass read by
``schema`` from its ``model_fields`` (field specs, in order) and its ``before``/``after`` hooks.
"""

from __future__ import annotations

import contextlib
import datetime
import re
from collections.abc import Collection, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar

from drafter.kinds import SPEECH_KINDS, SpeechKind, find_kind, get_kind, kind_names
from drafter.numerals import to_chinese
from drafter.records import dataclass
from drafter.targets import forms
from drafter.targets.fields import (
    OPTIONAL_GROWTH,
    OPTIONAL_NUMBER,
    OPTIONAL_POINTS,
    OPTIONAL_TEXT,
    TEXT,
    TEXT_LIST,
    Invalid,
    fail,
    number_text,
    optional,
    read_list,
    reading,
)
from drafter.targets.messages import clip, closest
from drafter.targets.messages import describe as _describe
from drafter.targets.schema import Context, Model, Spec, many, model, value

DEFAULT_LENGTH = 5000
MAX_SECTIONS = 12

#: Units of things that cannot be negative (a decline goes in ``growth``).
SIGNED_UNITS = frozenset({"%", "‰", "个百分点", "百分点", "℃", "度"})


# The period a figure covers, when it is not the review year as a whole (a mid-year meeting).
PERIOD = re.compile(
    r"上半年|下半年|全年|预计全年|今年以来|截至目前|前三季度|(?:第?[一二三四])季度|"
    r"(?:1|一)(?:—|－|-|~|～|至|到)(?:[2-9]|1[0-2]|[二三四五六七八九十]|十[一二])月"
)


@dataclass(slots=True, init=False, unsafe_hash=True)
class Figure(Model):
    """One indicator: a name and at least one of value, growth, change_pp, rank."""

    name: str
    value: Decimal | None
    unit: str | None
    growth: Decimal | None  # percent; negative = decline, 0 = flat
    change_pp: Decimal | None  # percentage points
    rank: str | None
    qualifier: str | None  # 以上 / 左右 / 以内
    period: str | None  # 上半年 / 前三季度 / 1—5月 / 截至目前 / 全年 …

    model_fields: ClassVar[dict[str, Spec]] = {
        "name": TEXT,
        "value": OPTIONAL_NUMBER,
        "unit": OPTIONAL_TEXT,
        "growth": OPTIONAL_GROWTH,
        "change_pp": OPTIONAL_POINTS,
        "rank": OPTIONAL_TEXT,
        "qualifier": OPTIONAL_TEXT,
        "period": OPTIONAL_TEXT,
    }

    @classmethod
    def before(cls, data: Any, context: Context) -> Any:
        """``value: 86.3亿元以上`` → value 86.3, unit 亿元, qualifier 以上; ``growth: 7%以上`` →
        growth 7, qualifier 以上. Conflicts are left as ``_Invalid`` for the field to report."""
        if not isinstance(data, dict):
            if isinstance(data, str):
                raise fail(
                    f"指标要写成键值对，如 {{name: 地区生产总值, growth: 6.8}}，这里是“{data[:20]}”"
                )
            raise fail(
                f"指标要写成键值对，如 {{name: 地区生产总值, growth: 6.8}}，这里是{_describe(data)}"
            )
        data = dict(data)
        for key in ("unit", "qualifier"):  # unit: “%” — Chinese quotes typed for YAML's "%"
            raw_text = data.get(key)
            if isinstance(raw_text, str) and re.fullmatch(r"\s*[“‘「『].*[”’」』]\s*", raw_text):
                data[key] = raw_text.strip()[1:-1]
        qualifier = data.get("qualifier")
        qualifier = qualifier.strip() if isinstance(qualifier, str) else qualifier
        found: list[tuple[str, str]] = []
        raw_value = data.get("value")
        if isinstance(raw_value, str):
            try:
                amount = forms.read_amount(raw_value)
            except forms.FormError:
                amount = None  # the field reports it
            if amount is not None:
                unit = data.get("unit")
                try:
                    merged = forms.merge_unit(
                        amount, unit.strip() if isinstance(unit, str) else None
                    )
                except forms.FormError as error:
                    data["value"] = Invalid(str(error))
                else:
                    data["value"] = amount.number
                    if merged is not None and (unit is None or isinstance(unit, str)):
                        data["unit"] = merged
                if amount.qualifier:
                    found.append(("value", amount.qualifier))
        for key in ("growth", "change_pp"):
            raw = data.get(key)
            if isinstance(raw, str):
                try:
                    number, word = forms.read_percent(raw, points=key == "change_pp")
                except forms.FormError:
                    continue
                data[key] = number
                if word:
                    found.append((key, word))
        for key, word in found:
            # One qualifier per figure, and it bounds the growth when there is one, else the
            # value, else change_pp (how compose words it). A word written elsewhere is ambiguous.
            bound = _qualified_key(data)
            if bound is not None and key != bound:
                data[key] = Invalid(
                    f"“{word}”只能修饰一个数，本指标中它修饰的是 {bound}：请写成 "
                    f"{bound}: …{word}，或把两个数拆成两个指标"
                )
                continue
            if qualifier in (None, ""):
                qualifier = word
                data["qualifier"] = word
            elif qualifier != word:
                data[key] = Invalid(
                    f"这里写了“{word}”，qualifier 又写了“{qualifier}”，请只保留一个"
                )
        return data

    def after(self, context: Context) -> None:
        if self.value is None and self.growth is None and self.change_pp is None and not self.rank:
            raise fail(
                f"指标“{clip(self.name)}”没有数据：请至少写 value（数值）、growth（增长%）、"
                "change_pp（百分点变化）、rank（排名）中的一项"
            )
        if self.value is not None and self.value < 0 and (self.unit or "") not in SIGNED_UNITS:
            unit = self.unit or ""
            raise fail(
                f"“{number_text(self.value)}{unit}”是负数，数量不能为负：请写正数；"
                "如果是比上年下降，请写在 growth 里，如 growth: -3.5",
                field="value",
            )
        if self.unit is not None and self.value is None:
            raise fail(
                f"写了单位“{self.unit}”却没有 value（数值）：请补上数值，或删掉 unit", "unit"
            )
        if self.period is not None and not PERIOD.fullmatch(self.period):
            raise fail(
                f"“{clip(self.period)}”不是可用的时段：请写 上半年、前三季度、一季度、1—5月、"
                "截至目前、今年以来、全年、预计全年 之类，或删掉 period（默认为回顾年度）",
                "period",
            )
        if self.qualifier is not None and self.qualifier not in forms.QUALIFIERS:
            raise fail(
                f"“{self.qualifier}”不是可用的限定词：请写 {'、'.join(forms.QUALIFIERS)} 之一",
                "qualifier",
            )

    @property
    def value_text(self) -> str | None:
        return number_text(self.value)

    @property
    def growth_text(self) -> str | None:
        """The size of the change without its sign: growth -3.5 → "3.5" (下降3.5%)."""
        return number_text(abs(self.growth)) if self.growth is not None else None

    @property
    def change_pp_text(self) -> str | None:
        return number_text(abs(self.change_pp)) if self.change_pp is not None else None


def _qualified_key(data: dict[str, Any]) -> str | None:
    """The number a figure's qualifier bounds: growth, else value, else change_pp."""
    for key in ("growth", "value", "change_pp"):
        if data.get(key) not in (None, ""):
            return key
    return None


FIGURE_LIST = Spec(many(model(Figure), before=read_list), ())


@dataclass(slots=True, init=False, unsafe_hash=True)
class Review(Model):
    """Last year's work: figures (achievements), highlights and problems, written as given."""

    figures: tuple[Figure, ...]
    highlights: tuple[str, ...]
    problems: tuple[str, ...]

    model_fields: ClassVar[dict[str, Spec]] = {
        "figures": FIGURE_LIST,
        "highlights": TEXT_LIST,
        "problems": TEXT_LIST,
    }

    @property
    def is_empty(self) -> bool:
        return not (self.figures or self.highlights or self.problems)


def _known_topic(topic: str, context: Context) -> str:
    topics: Collection[str] | None = context.get("topics")
    if topics is not None and topic not in topics:
        near = closest(topic, topics)
        hint = f"最接近的有：{'、'.join(near)}；" if near else ""
        raise fail(f"短语库里没有主题“{clip(topic)}”。{hint}全部主题见 `drafter topics`")
    return topic


@dataclass(slots=True, init=False, unsafe_hash=True)
class Section(Model):
    """One 一、二、三… part: a topic from the bank, optional own title, figures and points."""

    topic: str
    title: str | None
    figures: tuple[Figure, ...]
    points: tuple[str, ...]

    model_fields: ClassVar[dict[str, Spec]] = {
        "topic": TEXT.with_check(_known_topic),
        "title": OPTIONAL_TEXT,
        "figures": FIGURE_LIST,
        "points": TEXT_LIST,
    }


def folded_sections(sections: Sequence[Section]) -> dict[int, int]:
    """Sections the draft folds into an earlier one: a topic listed again with nothing of its
    own (no title, figures or points) says nothing the first part of that topic would not, so
    its share of the length goes to that part instead of a part of its own (the bank's material
    on a topic is shared between its parts, and the fourth 经济运行 had none left). Index of the
    folded section → index of the one it goes into."""
    first: dict[str, int] = {}
    folded: dict[int, int] = {}
    for index, section in enumerate(sections):
        bare = not (section.title or section.figures or section.points)
        if bare and section.topic in first:
            folded[index] = first[section.topic]
        first.setdefault(section.topic, index)
    return folded


def listed_sections(sections: Sequence[Section]) -> list[tuple[int, Section]]:
    """The sections that are parts of the draft, each with its index: all but those folded
    into an earlier one (``folded_sections``)."""
    folded = folded_sections(sections)
    return [(i, s) for i, s in enumerate(sections) if i not in folded]


def folding_notes(sections: Sequence[Section]) -> list[str]:
    """What the writer is told of the sections folded into an earlier one, one note a part."""
    into: dict[int, list[int]] = {}
    for folded, first in folded_sections(sections).items():
        into.setdefault(first, []).append(folded)
    return [
        f"重点工作第{'、'.join(to_chinese(i + 1) for i in folded)}项与第{to_chinese(first + 1)}项"
        f"主题都是“{sections[first].topic}”，又没有自己的标题、指标和事项，"
        f"稿件把它们并入第{to_chinese(first + 1)}项一起写；要分开写，请给每项写上标题"
        for first, folded in sorted(into.items())
    ]


def _review(raw: Any) -> Any:
    return {} if raw is None else raw


def _known_kind(kind: str, context: Context) -> str:
    found = find_kind(kind)
    if found is None:
        near = closest(kind, kind_names())
        if not near:  # 县政府全体会议 → 县政府全体会议讲话 → work_meeting
            titles = {k.title_cn: k.name for k in SPEECH_KINDS}
            near = [titles[title] for title in closest(kind, titles)]
        hint = f"最接近的：{'、'.join(near)}；" if near else ""
        listing = "、".join(f"{k.name}（{k.title_cn}）" for k in SPEECH_KINDS)
        raise fail(f"没有“{clip(kind)}”这种讲话类型。{hint}可用：{listing}")
    templates: Path | None = context.get("templates")
    if templates is not None and not (templates / found.template).is_file():
        raise fail(
            f"讲话类型 {found.name}（{found.title_cn}）缺少模板 {found.template}"
            f"（应在 {templates}）：请换一种类型，或补上模板文件"
        )
    return found.name


def _short_name(text: str, context: Context) -> str:
    if len(text) > 40:
        raise fail(f"“{text[:20]}…”太长（{len(text)} 字）：这里只写名称，40 字以内")
    return text


def _plausible_year(year: int, context: Context) -> int:
    if not 1950 <= year <= 2100:
        raise fail(f"“{year}”不像年度：请写四位年份，如 2025")
    return year


def _plain_seed(seed: int, context: Context) -> int:
    if not 0 <= seed <= 1_000_000:
        raise fail(f"“{seed}”超出范围：seed 写 0 到 1000000 之间的整数，如 1")
    return seed


@dataclass(slots=True, init=False, unsafe_hash=True)
class Targets(Model):
    """One county, one meeting: what the draft is about."""

    county: str
    kind: str
    meeting: str
    speaker: str | None
    date: datetime.date | None
    year: int
    length: int
    seed: int
    review: Review
    goals: tuple[Figure, ...]
    concerns: tuple[str, ...]  # a symposium: what the participants raised, answered in the speech
    sections: tuple[Section, ...]
    closing: bool

    model_fields: ClassVar[dict[str, Spec]] = {
        "county": TEXT.with_check(_short_name),
        "kind": TEXT.with_check(_known_kind),
        "meeting": TEXT.with_check(_short_name),
        "speaker": OPTIONAL_TEXT,
        "date": Spec(value(optional(forms.read_date)), None),
        "year": Spec(
            value(reading(lambda raw: forms.read_integer(raw, example="2025", unit="年"))),
            check=_plausible_year,
        ),
        "length": Spec(value(reading(forms.read_length)), DEFAULT_LENGTH),
        "seed": Spec(
            value(reading(lambda raw: forms.read_integer(raw, example="1"))), 1, check=_plain_seed
        ),
        "review": Spec(model(Review, before=_review), factory=Review),
        "goals": FIGURE_LIST,
        "concerns": TEXT_LIST,
        "sections": Spec(
            many(model(Section), before=read_list, min_length=1, max_length=MAX_SECTIONS)
        ),
        "closing": Spec(value(reading(forms.read_bool)), True),
    }

    @classmethod
    def before(cls, data: Any, context: Context) -> Any:
        """``year`` defaults to the year of ``date``."""
        if isinstance(data, dict) and data.get("year") in (None, "") and data.get("date"):
            # A bad date is reported by its field (and the missing year is then not reported).
            with contextlib.suppress(forms.FormError):
                data = {**data, "year": forms.read_date(data["date"]).year}
        return data

    def after(self, context: Context) -> None:
        if self.date is not None and self.date.year not in (self.year, self.year - 1):
            raise fail(
                f"会议日期是 {self.date.year} 年，部署年度却是 {self.year} 年：请核对 date 和 year"
                "（年底开会部署下一年可以，其余应为同一年）",
                field="year",
            )

    @property
    def review_year(self) -> int:
        return self.year - 1

    @property
    def speech_kind(self) -> SpeechKind:
        return get_kind(self.kind)

    def all_figures(self) -> tuple[Figure, ...]:
        """Every figure in file order: review, goals, then each section's."""
        return tuple(figure for _, figure in self.keyed_figures())

    def keyed_figures(self) -> tuple[tuple[str, Figure], ...]:
        """(key path, figure) in file order: review.figures[0], goals[0], sections[2].figures[1]."""
        found = [(f"review.figures[{i}]", f) for i, f in enumerate(self.review.figures)]
        found += [(f"goals[{i}]", f) for i, f in enumerate(self.goals)]
        for s, section in enumerate(self.sections):
            found += [(f"sections[{s}].figures[{i}]", f) for i, f in enumerate(section.figures)]
        return tuple(found)


#: Every key a targets file may contain (for scanning lines before YAML can be parsed).
KNOWN_KEYS = frozenset(
    {*Targets.model_fields, *Review.model_fields, *Section.model_fields, *Figure.model_fields}
)
