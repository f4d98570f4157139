"""When the speech is given, relative to the year it reviews and the year it deploys.

Input: ``Targets`` (``date``, ``year``); output: a ``TimeFrame`` with the words a county speech
uses for both years. A plenary or economic work conference held in December deploys next year
while the year under review is not over: its review speaks of 今年以来 and 预计全年, its plan of
明年. A meeting held in the deployment year (a January work report, a February work meeting)
reviews 过去一年 / 去年 and plans 今年.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.targets import Targets


@dataclass(frozen=True, slots=True)
class TimeFrame:
    year: int  # the year deployed
    review_year: int
    month: int | None  # month of the meeting, None when the file gives no date
    early: bool  # the meeting is held before the deployment year begins (in the review year)

    @property
    def plan_word(self) -> str:
        """How the speaker names the year deployed: 明年 in December, 今年 in January."""
        return "明年" if self.early else "今年"

    @property
    def review_word(self) -> str:
        """How the speaker names the year reviewed."""
        return "今年" if self.early else "去年"

    @property
    def review_span(self) -> str:
        """How the review opens: 今年以来 while the year is not over, else 过去一年."""
        return "今年以来" if self.early else "过去一年"

    @property
    def estimate(self) -> bool:
        """Review figures are estimates (预计全年) when the review year has not ended."""
        return self.early

    def wrong_time_word(self, text: str, *, plan: bool) -> bool:
        """True when ``text`` names a year the wrong way for this meeting: 去年 in a December
        speech (the review year is 今年), 今年 meaning the plan in December or 明年 in January."""
        if self.early:
            return "去年" in text or (plan and "今年" in text)
        return "明年" in text or (plan and _LAST_YEAR_AS_PLAN.search(text) is not None)


_LAST_YEAR_AS_PLAN = re.compile(r"去年|上年")


def time_frame(targets: Targets) -> TimeFrame:
    date = targets.date
    early = date is not None and date.year < targets.year
    return TimeFrame(
        year=targets.year,
        review_year=targets.year - 1,
        month=date.month if date is not None else None,
        early=early,
    )
