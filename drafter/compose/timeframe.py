"""When the speech is given, relative to the year it reviews and the year it deploys.

Input: ``Targets`` (``date``, ``year``); output: a ``TimeFrame`` with the words a county speech
uses for both years. Three periods, by the meeting's date:

* ``start`` — January to March of the deployment year (or no date): the review is of
  过去一年 (去年), the plan of 今年 (a March meeting still has last year's figures, not this
  year's: two months are too few to review);
* ``mid`` — April to November of the deployment year: the review is of this year so far
  (今年以来 / 上半年 / 前三季度) with year-on-year changes (同比增长, 与去年同期持平), the plan is
  the rest of the year (下半年 / 全年目标);
* ``end`` — December (of the year before the deployment year, or of the same year): the review is
  of 今年以来 with 预计全年 estimates, the plan of 明年.

A year ending in 1 or 6 opens a five-year plan (开局), one ending in 5 or 0 closes it (收官).
"""

from __future__ import annotations

import re

from drafter.records import dataclass
from drafter.targets import Targets


@dataclass(frozen=True, slots=True)
class TimeFrame:
    year: int  # the year deployed
    review_year: int
    month: int | None  # month of the meeting, None when the file gives no date
    early: bool  # December: the meeting is held before the deployment year begins
    period: str = "start"  # start / mid / end (see the module's docstring)

    @property
    def mid(self) -> bool:
        return self.period == "mid"

    @property
    def plan_word(self) -> str:
        """How the speaker names the time deployed: 明年 in December, 下半年 in July, 今年 in
        January."""
        if self.early:
            return "明年"
        if self.mid:
            return "下半年" if (self.month or 0) >= 6 else "下一步"
        return "今年"

    @property
    def review_word(self) -> str:
        """How the speaker names the time reviewed."""
        return "今年" if self.early or self.mid else "去年"

    @property
    def review_span(self) -> str:
        """How the review opens: 过去一年; 今年以来, 上半年, 前三季度 while the year runs."""
        if self.mid:
            month = self.month or 0
            if 7 <= month <= 9:
                return "上半年"
            if month >= 10:
                return "前三季度"
            return "今年以来"
        return "今年以来" if self.early else "过去一年"

    @property
    def estimate(self) -> bool:
        """Review figures are estimates (预计全年) when the review year has not ended."""
        return self.early

    @property
    def year_on_year(self) -> bool:
        """Changes are against the same period of last year (同比增长, 与去年同期持平)."""
        return self.mid

    @property
    def phase(self) -> str:
        """开局 for the first year of a five-year plan, 收官 for its last (the ``plans`` table of
        ``dated_terms.yaml``)."""
        from drafter.compose.portable import plan_period

        return plan_period(self.year).phase

    def wrong_time_word(self, text: str, *, plan: bool) -> bool:
        """True when ``text`` names a time the wrong way for this meeting: 去年 in a December
        speech (the review year is 今年), 今年 meaning the plan in December or 明年 in January,
        新的一年 or 年初 in July."""
        if self.early:
            return "去年" in text or (plan and "今年" in text)
        if self.mid:
            return _NEW_YEAR.search(text) is not None or (
                plan and _LAST_YEAR_AS_PLAN.search(text) is not None
            )
        return "明年" in text or (plan and _LAST_YEAR_AS_PLAN.search(text) is not None)

    def planned(self, point: str) -> str:
        """A writer's point in the time of this meeting: in December the year deployed is the
        next, so 年内 and 今年 of a point are that year's (推动电池材料二期项目年内达产 said on
        27 December reads as four days; round 25) — 2025年内, 明年; other meetings keep it."""
        if not self.early:
            return point
        point = _THIS_YEAR_WITHIN.sub(f"{self.year}年内", point)
        point = _THIS_YEAR_END.sub(f"{self.year}年底", point)
        return _THIS_YEAR.sub("明年", point)


# 年内 / 年底 of the current year in a point (not 2025年内, 五年内, 明年内)
_NOT_THIS = r"(?<![\d年一二三四五六七八九十两明去前后上下今本])"
_THIS_YEAR_WITHIN = re.compile(r"(?:今年|本年度?)内|" + _NOT_THIS + "年内")
_THIS_YEAR_END = re.compile(r"(?:今年|本年度?)年?底|" + _NOT_THIS + "年底")
_THIS_YEAR = re.compile(r"今年(?!以来)")
_LAST_YEAR_AS_PLAN = re.compile(r"去年|上年")
_NEW_YEAR = re.compile(r"新的一年|新年|做好今年|明年|年初|开局|开好局|起好步|开门红|岁末|年终")


def time_frame(targets: Targets) -> TimeFrame:
    date = targets.date
    if date is None:
        period = "start"
    elif date.year < targets.year or date.month == 12:
        period = "end"
    elif date.month <= 3:
        period = "start"
    else:
        period = "mid"
    return TimeFrame(
        year=targets.year,
        review_year=targets.year - 1,
        month=date.month if date is not None else None,
        early=period == "end",
        period=period,
    )


def after_congress(targets: Targets) -> bool:
    """A government's plenary meeting held after the county's people's congress of the year
    (January to April): it turns the congress's report into the departments' tasks."""
    return (
        targets.kind == "work_meeting"
        and "全体会议" in targets.meeting
        and targets.date is not None
        and targets.date.month <= 4
    )
