"""Length: how long a draft is, and fitting it to the length the writer asked for.

A speech's length is counted as its writers count it: Chinese characters and punctuation, every
paragraph including the title lines, without spaces. Compose divides the asked length among the
parts; since the template adds its own words, the pipeline renders, measures and, when the result
is off by more than ``TOLERANCE``, composes once more with the budget scaled by the error.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

TOLERANCE = 0.15  # the bar: within ±15% of ``length``
AIM = 0.14  # re-compose when further than this from the target (the bar is 15%: a draft this close
# is inside it for certain, the length being measured on the rendered text). 0.10 until 7
# December: see ``FIRST_BUDGET`` for what the two changed together; 0.12 until its fourth
# session (a draft 12–14% off is composed no more: the composition benchmark's seeds 7/11/13/17
# unchanged within a quarter point, shared sentences of seed 7 24.54% → 24.38%).
MAX_ROUNDS = 3
# The first round's budget over the asked length: a draft's parts say less than their shares
# (a unit is whole or not said, a sentence that repeats one is left out). On the composition
# benchmark's two sets of 30 random targets files, a first budget of the asked length came out
# at a median of 0.82 and 0.88 of it, and drafts took 2.57 and 2.17 rounds (each a whole
# composition); at 1.1 times it, 0.82 and 0.94, in 2.50 and 2.00 rounds (1.2: 0.85, 2.60).
# (1.2 since 6 December: the session's rules left parts shorter, and the example of 云岭县 took
# three compositions at 1.1 — draft 5.1× the import floor — and two at 1.2, 3.9×; seeds 7 / 11
# of the composition benchmark shared 23.3 / 20.1% of sentences, no length missed.)
# 1.5 since the second session of 6 December: a first round at 1.2 came out at a median 0.56 of
# its budget (0.67 of the asked length) on seed 7's 30 drafts, 0.70–0.74 for the examples, just
# outside the bar; at 1.5 the examples of work meeting, plenary and symposium take one round
# (two or three at 1.2), and seed 7's drafts 3.44 rounds on average (3.76 at 1.2, 1.4: 3.53,
# 1.6: 3.47).
# 1.6 since 7 December, with ``AIM`` 0.12 (was 0.10): seed 7's 30 drafts took 3.63
# compositions each (3.70 at 1.5 and 0.10), seed 11's 3.60, no length missed (a near miss of
# 14.4–14.8% in each setting), off by 7.0–7.4% on average (7.6%); the work meeting example of
# 云岭县 takes one round again (4,396 of 5,000 at 1.5 and 0.12, composed again).
# 2.0 since 7 December (second session): a part's sentences saying one idea in other words are
# refused (``select.same_idea_in``), and the README example drafted for an unseen county came
# out 19.0% short at 1.6 (−13.4% at 1.8, −7.4% at 2.0), composed twice; the random targets
# files of the composition benchmark come out a median 32% short after their first round at
# 1.6, 1.8 and 2.0 alike (short of parts, not of budget: parts are added after it).
FIRST_BUDGET = 2.0
# A draft following the writer's approved plan (``--plan``) starts at the budget of before: its
# parts' shares are the writer's, and at 2.0 a part of 8% rich in material outgrew one of 26%
# starved of it (449 characters against 436: ``tests/test_plan.py``).
FIRST_BUDGET_PLANNED = 1.6
# A draft adds parts of its kind's own (parts the targets file did not ask for, which a reader
# takes for padding: 六项重点工作讲成“十点意见”) only when it would otherwise miss the bar: shorter
# than this share of its length, the bar's margin less a little for the rendering's own words.
ADD_PARTS_BELOW = 1 - TOLERANCE + 0.02


def count_chars(paragraphs: Iterable[str]) -> int:
    return sum(len("".join(text.split())) for text in paragraphs)


def within(actual: int, wanted: int, tolerance: float = TOLERANCE) -> bool:
    return abs(actual - wanted) <= tolerance * wanted


def next_budget(
    budget: int, actual: int, wanted: int, tried: Sequence[tuple[int, int]] = ()
) -> int:
    """The budget to try next so that ``actual`` moves to ``wanted`` (damped, bounded).
    ``tried``: earlier rounds' (budget, length); when one fell short and another long, the
    next budget lies between theirs, where a straight line through the nearest two crosses
    ``wanted`` (scaling by the last error alone can jump from short to long and back)."""
    rounds = [*tried, (budget, actual)]
    short = [r for r in rounds if r[1] < wanted]
    long = [r for r in rounds if r[1] > wanted]
    if short and long:
        # (the nearest two budgets on either side: a draft's length is not always monotone
        # in its budget — a report came out 4,517, 4,610 and 4,524 at 5,550, 4,546 and 3,649)
        b2, a2 = min(long)
        below = [r for r in short if r[0] < b2]
        b1, a1 = max(below) if below else max(short, key=lambda r: r[1])
        if a2 != a1:
            return max(200, round(b1 + (wanted - a1) * (b2 - b1) / (a2 - a1)))
    if actual <= 0:
        return budget * 2
    scale = wanted / actual
    if len(rounds) >= 2 and actual > wanted:
        # two rounds too long: the line through them (a draft's opening, review and closing
        # do not shrink with its budget, so scaling by the error alone takes rounds to come
        # down: a report of 2,600 characters went 4,595 → 3,594 → 3,001)
        (b1, a1), (b2, a2) = rounds[-2], rounds[-1]
        if b1 != b2 and (a2 - a1) / (b2 - b1) > 0:
            scale = (b2 + (wanted - a2) * (b2 - b1) / (a2 - a1)) / budget
    scale = min(2.5, max(0.4, scale))
    return max(200, round(budget * scale))
