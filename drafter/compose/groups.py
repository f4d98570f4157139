"""A long speech's parts grouped under a few level-1 headings (``groups.yaml``).

A speech of many parts (峪滦: sixteen, for a targets file of four sections) reads scattered as
一、二、……十六、, its related parts apart (招商引资 first, 项目建设 twelfth). Real long speeches
group them: 一、聚焦增强内生动力，以更大力度扩大投资促进消费 over （一）积极扩大有效投资
（二）持续强化“双招双引”. ``plan_groups`` orders the planned parts cluster by cluster and numbers
them (``Placement``); ``group_headings`` chooses each group's heading — a real report's level-1
heading of the plan on the cluster's topics, all from one report where one report has them all —
and ``grouped`` hands the composed parts their places.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from drafter.compose.model import Part, Piece
from drafter.compose.section import states_result
from drafter.compose.select import Selector, provenance_of
from drafter.compose.suitability import VERB_START
from drafter.document import CURATED_SOURCE, Provenance
from drafter.phrasebank.model import Kind, Phrase
from drafter.records import dataclass
from drafter.verdicts import remembered_yaml

GROUPS_FILE = Path(__file__).with_name("groups.yaml")


BROAD_HEADING = 3  # topics of its cluster a heading names to head a group led by another


@dataclass(frozen=True, slots=True)
class Cluster:
    name: str
    topics: tuple[str, ...]
    headings: tuple[str, ...]  # hand-written, for a cluster no mined heading fits
    grouped: bool = True  # False: the kind's closing parts, never grouped (only headed)
    # per heading, the topics it speaks of, one of which its group must have (做大做强实体经济
    # heads no group of 文化旅游 and 商贸消费 alone: round 52); empty: any group of the cluster
    needs: tuple[frozenset[str], ...] = ()

    def fitting(
        self,
        topics: frozenset[str],
        names: Callable[[str], frozenset[str]] | None = None,
        first: str = "",
        kin: frozenset[str] = frozenset(),
        first_kin: frozenset[str] = frozenset(),
        related: Mapping[str, frozenset[str]] | None = None,
        avoid: frozenset[str] = frozenset(),
        opening: str = "",
    ) -> tuple[str, ...]:
        """The hand-written headings that fit a group of ``topics``: one of those each needs,
        and (``names``: the topics a text names) none of the cluster's the group lacks
        (兴文旅、扩消费 heads no group of 工业发展 and 商贸消费: round 56's writer); one naming
        topics of the cluster names the group's ``first`` (兴文旅、扩消费 heads no group led by
        工业发展 under it: round 57's), or only topics related to it (``first_kin``: 农业农村 of
        乡村振兴). ``kin``: the topics related to the group's (乡村振兴 of 农业农村), which its
        heading may name as its own. ``related``: per topic, the topics related to it — of the
        headings that fit, those speaking of every topic of the group (by name, or by a related
        one's) come first. ``avoid``: the openings the group's own parts' headings have (二、
        聚焦…… over （一）聚焦……: round 57), which its heading has only where no other fits;
        ``opening``: how the draft's level-1 headings open, which those that fit share where
        any does, before they are ranked by the parts they speak of."""
        needs = self.needs or (frozenset(),) * len(self.headings)
        lacking = frozenset(self.topics) - topics - kin
        # (a heading naming several topics promises each: 兴文旅 beside 强工业、扩消费 names no
        # kin of 商贸消费 for it, 促改革 beside 稳增长、扩投资、优环境 none of 营商环境 — round
        # 117's three writers: 标题写了“兴文旅”“促改革”，正文没有)
        lacking_any = frozenset(self.topics) - topics

        def named_well(text: str) -> bool:
            # a topic the heading names in full is the group's own, or its first's kin (坚持
            # 农业农村优先发展 over 乡村振兴), not another part's (统筹抓好项目建设、改革创新和
            # 营商环境 over no 改革创新 part: round 104's three writers)
            if any(t in text and t not in topics | first_kin for t in self.topics):
                return False
            if names is None:
                return True
            named = names(text) & frozenset(self.topics)
            missing = lacking if len(named) < 2 else lacking_any
            # (one naming most of a group of many parts heads it whatever part leads: 抓项目、
            # 强招商 over 招商引资 first and 经济运行、营商环境、改革创新 after it — round 138's
            # writer: 下面挂了五个小节，都不属于“抓项目、强招商” — where 统筹抓好项目建设、改革
            # 创新和营商环境 names three of its five)
            broad = len(named) >= BROAD_HEADING and len(named) * 2 > len(topics)
            return missing.isdisjoint(named) and (
                not first or not named or first in named or named <= first_kin or broad
            )

        fit = tuple(
            text
            for text, wanted in zip(self.headings, needs, strict=True)
            if (not wanted or wanted & topics) and named_well(text)
        )
        fit = tuple(text for text in fit if text[:2] not in avoid) or fit
        fit = tuple(text for text in fit if opening and text.startswith(opening)) or fit
        if names is None or related is None:
            return fit

        # of those, the ones that speak of the most parts under them, every one where any does
        # (扩投资、强招引 heads no 经济运行 part on 财政 and 统计 — round 67's writer: 标题和内容
        # 对不上; 抓项目扩投资 over 运行、改革、营商环境 too — round 95's writers)
        if not fit:
            return fit
        most = max(covered(text, topics, names, related) for text in fit)
        return tuple(text for text in fit if covered(text, topics, names, related) == most)


def covered(
    text: str,
    topics: frozenset[str],
    names: Callable[[str], frozenset[str]],
    related: Mapping[str, frozenset[str]],
) -> int:
    """How many of a group's ``topics`` its heading ``text`` speaks of: by name, or by a
    related topic that is no part of the group (农业农村 speaks for 乡村振兴 alone, 项目建设 not
    for 经济运行 beside it)."""
    named = names(text)
    others = named - topics
    return sum(t in named or not related.get(t, frozenset()).isdisjoint(others) for t in topics)


@dataclass(frozen=True, slots=True)
class GroupTable:
    over: int  # a draft with more numbered parts than this is grouped
    clusters: tuple[Cluster, ...]
    # the bands of topics a speech takes up in turn (发展 before 城乡、生态, 民生, 安全, 自身建设)
    bands: tuple[tuple[str, ...], ...] = ()
    # a work report's tasks beyond this many (its 政府自身建设 apart) take up each pair of
    # ``siblings`` as one task: the first topic's part, the second's paragraphs after its own
    report_tasks: int = 0
    siblings: tuple[tuple[str, str], ...] = ()
    # …and, still more, each of these pairs where the draft added one of the two: the writer's
    # section heads it
    added_siblings: tuple[tuple[str, str], ...] = ()
    # a government's plenary after the congress of this many parts or more speaks in three:
    # the situation, the tasks, the style of work (``congress_plenary``: their headings)
    congress_plenary_least: int = 0
    congress_plenary: Mapping[str, tuple[str, ...]] | None = None
    congress_plenary_shapes: Mapping[str, str] | None = None

    def cluster_of(self, topic: str) -> int | None:
        for index, cluster in enumerate(self.clusters):
            if topic in cluster.topics:
                return index
        return None

    def _ranks(self, topics: Sequence[str]) -> list[int]:
        """Each of ``topics``' band (``bands``); a topic of no band goes with the one before."""
        band_of = {topic: i for i, band in enumerate(self.bands) for topic in band}
        ranks: list[int] = []
        for topic in topics:
            ranks.append(band_of.get(topic, ranks[-1] if ranks else 0))
        return ranks

    def band_ranks(self, topics: Sequence[str]) -> dict[str, int]:
        """Each of ``topics`` (the bank's, in its order) ranked by its band; one of no band
        goes with the topic before it in ``topics``."""
        return dict(zip(topics, self._ranks(topics), strict=True))

    def in_usual_order(self, topics: Sequence[str]) -> list[int]:
        """The indexes of ``topics`` in the order a speech takes them up: band after band
        (``bands``), the writer's order within a band; a topic of no band goes with the one
        before it (round 71's writer: 回顾和部署都以“安全稳定”开头，是照指标文件顺序抄的)."""
        ranks = self._ranks(topics)
        return sorted(range(len(topics)), key=lambda i: ranks[i])


@functools.cache
def load_groups(path: Path = GROUPS_FILE) -> GroupTable:
    """The table, read once per process (its parsed form kept between runs)."""
    data = remembered_yaml("groups", path)
    return GroupTable(
        over=int(data["over"]),
        clusters=tuple(
            Cluster(
                str(c["name"]),
                tuple(c["topics"]),
                tuple(_heading_text(h) for h in c["headings"]),
                bool(c.get("grouped", True)),
                tuple(
                    frozenset(h.get("needs", ())) if isinstance(h, dict) else frozenset()
                    for h in c["headings"]
                ),
            )
            for c in data["clusters"]
        ),
        bands=tuple(tuple(str(t) for t in band) for band in data.get("bands", ())),
        report_tasks=int(data.get("report_tasks", 0)),
        siblings=tuple((str(a), str(b)) for a, b in data.get("siblings", ())),
        added_siblings=tuple((str(a), str(b)) for a, b in data.get("added_siblings", ())),
        congress_plenary_least=int(data.get("congress_plenary_least", 0)),
        congress_plenary_shapes={
            str(key): str(shape)
            for key, shape in (data.get("congress_plenary_shapes") or {}).items()
        },
        congress_plenary={
            str(key): tuple(str(text) for text in texts)
            for key, texts in (data.get("congress_plenary") or {}).items()
        },
    )


def _heading_text(entry: str | dict[str, Any]) -> str:
    """A hand-written heading's text: the line itself, or its ``text`` (with ``needs``)."""
    return str(entry["text"]) if isinstance(entry, dict) else str(entry)


@dataclass(frozen=True, slots=True)
class Placement:
    """Where each planned part stands: its level-1 point (1-based) and its place within the
    point's group (1-based; 0 for a part that is a point of its own); ``clusters``: per point,
    the cluster it stands for (None for the kind's closing parts)."""

    points: tuple[int, ...]
    within: tuple[int, ...]
    clusters: tuple[int | None, ...]

    @property
    def count(self) -> int:
        return len(self.clusters)


def plan_groups(
    topics: Sequence[str], movable: Sequence[bool], table: GroupTable
) -> tuple[tuple[int, ...], Placement] | None:
    """The parts' new order (indexes into ``topics``) and their places, or None when the draft
    stays as it is: no more than ``table.over`` parts, or no two parts of one cluster.
    ``movable[i]``: the part may be grouped (a working part; not 抓落实, 作风建设, 廉政, which keep
    their places after the groups)."""
    if len(topics) <= table.over:
        return None
    found = [table.cluster_of(t) for t in topics]
    keys = [
        key if move and key is not None and table.clusters[key].grouped else None
        for key, move in zip(found, movable, strict=True)
    ]
    counted: dict[int, int] = {}
    for key in keys:
        if key is not None:
            counted[key] = counted.get(key, 0) + 1
    if sum(1 for n in counted.values() if n >= 2) < 2:
        # one group among points standing alone reads as two layouts in one speech (round
        # 88's writer: 只有第二部分下设二级标题，其他七个部分都没有; round 85's: 一至四有分节，
        # 五至八没有)
        return None
    order: list[int] = []
    seen: set[int] = set()
    fixed = [i for i, key in enumerate(keys) if key is None and not movable[i]]
    for index, key in enumerate(keys):
        if index in fixed:
            continue
        if key is None or counted[key] < 2:
            order.append(index)
        elif key not in seen:
            seen.add(key)
            order.extend(i for i, k in enumerate(keys) if k == key)
    order.extend(fixed)
    points: list[int] = []
    within: list[int] = []
    clusters: list[int | None] = []
    for index in order:
        key = keys[index]
        grouped = key is not None and counted[key] >= 2
        if grouped and clusters and clusters[-1] == key:
            within.append(within[-1] + 1)
        else:
            # (a closing part stands for its cluster too, for its heading: not a meeting's own
            # part, which is not movable and names no cluster's topic of its own)
            clusters.append(
                key if key is not None or movable[index] else _closing(found[index], table)
            )
            within.append(1 if grouped else 0)
        points.append(len(clusters))
    return tuple(order), Placement(tuple(points), tuple(within), tuple(clusters))


def _closing(key: int | None, table: GroupTable) -> int | None:
    """The cluster of a closing part's topic where the table heads such parts (抓落实)."""
    return key if key is not None and not table.clusters[key].grouped else None


_PLAN_HEAD = re.compile(
    r"^(?:坚定不移|聚焦|坚持|着力|全力|持续|全面|深入|加快|大力|突出|强化|推动|扎实|奋力)"
)


_DOES = re.compile(
    rf"(?:以|在|为|向|让|使|奋力|努力|用心|坚定|做大)|{VERB_START.pattern.lstrip('^')}"
)


def _plan_heading(phrase: Phrase) -> bool:
    """A level-1 heading of a report's plan (坚定不移抓乡村振兴，进一步推进农业农村现代化), not of
    its review (坚持乡村全面振兴，“三农”工作成果丰硕) nor a year's (2025年工作安排)."""
    text = phrase.text
    return (
        phrase.level == 1
        and not phrase.slots
        and not phrase.curated
        and 10 <= len(text) <= 30
        and "“" not in text
        and _PLAN_HEAD.match(text) is not None
        and not states_result(text)
        # its last clause does (以更大力度……, 进一步……), not a thing in a state (行政效能优化提升)
        and _DOES.match(text.rsplit("，", 1)[-1]) is not None
    )


def group_headings(
    selector: Selector,
    placement: Placement,
    topics: Sequence[str],
    parts: Sequence[Piece],
    seed: int,
    county: str,
) -> tuple[Piece | None, ...]:
    """Per point, its group's heading: one report's level-1 plan headings where they serve
    (the same hand, parallel), else the mined heading naming most of its parts' topics, else
    the table's own. A part standing on its own in the grouped draft takes a mined one in
    place of its heading, so that the level-1 headings are parallel, or keeps its own (None),
    as the kind's closing parts do.
    ``parts``: the parts' own headings — a group's heading is not of their shape (一、聚焦……
    over （一）聚焦……) nor from the report they come from."""
    table = load_groups()
    rng = random.Random(f"drafter:{seed}:{county}:groups")

    def named(text: str) -> frozenset[str]:
        return frozenset(t for t, score in selector.keyword_scores(text).items() if score > 0)

    points = _points(placement, topics, parts)
    wanted, below, beneath = points.wanted, points.below, points.beneath
    heads = _plan_heads(selector, parts)
    related = {topic.name: frozenset(topic.related) for topic in selector.bank.topics}
    kin, others = _points_bounds(placement, topics, wanted, related, table)
    chosen = _one_reports(heads, points, others, rng)
    opening = next(iter(chosen.values())).text[:2] if chosen else ""
    taken = {phrase.id for phrase in chosen.values()}
    alone = {p for p, w in zip(placement.points, placement.within, strict=True) if not w}
    # the level-1 headings of the parts standing alone, which groups' headings do not echo
    siblings = [h.text for h, w in zip(parts, placement.within, strict=True) if not w]
    result: list[Piece | None] = []
    tails: list[str] = []  # the last clauses of the points' headings so far
    for point, cluster in enumerate(placement.clusters, start=1):
        if cluster is None:
            result.append(None)
            continue
        want, other = wanted[point], others[point]
        free = _free_heads(heads, beneath[point], siblings, taken, below[point])
        mined = chosen.get(point) or _best_opening(want, free, other, opening)
        own = _hand_written(
            table.clusters[cluster],
            point,
            points,
            named,
            kin[point],
            related,
            others[point],
            tails,
            opening,
            selector.suits_speech,
        )
        same = [text for text in own if opening and text.startswith(opening)]
        mined = _mined_checked(
            mined,
            point,
            point in alone,
            points,
            free,
            others[point],
            opening,
            named,
            taken,
            bool(same),
        )
        if mined is None and not same and point not in alone:
            mined = _best_opening(want, free, other, opening) or _best(want, free, other)
        ways = (same, want, siblings, named, related)
        if mined is not None and point not in alone and _gives_way(mined.text, *ways):
            taken.discard(mined.id)
            mined = None
        if mined is not None:
            taken.add(mined.id)
        table_own = (same or own) if same or point not in alone else []
        piece = _point_piece(mined, table_own, siblings, rng)
        if piece is not None:
            selector.mark_used(piece.text)
            tails.append(_tail(piece.text))
        result.append(piece)
    return tuple(result)


def _free_heads(
    heads: Sequence[Phrase],
    beneath: Sequence[str],
    siblings: Sequence[str],
    taken: Collection[str],
    below: Collection[str],
) -> list[Phrase]:
    """The report's plan headings a point may take: none echoing the headings of the parts
    ``beneath`` it or the level-1 headings of the parts standing alone (``siblings``), none
    taken, none opening as a heading ``below`` it does."""
    return [
        h
        for h in heads
        if not _echoes(h.text, beneath)
        and not _clashes(h.text, siblings)
        and h.id not in taken
        and h.text[:2] not in below
    ]


def _best_opening(
    wanted: frozenset[str], free: Sequence[Phrase], others: frozenset[str], opening: str
) -> Phrase | None:
    """``_best`` of the ``free`` headings opening as the groups' first does (``opening``; none
    where the groups have no first yet)."""
    if not opening:
        return None
    return _best(wanted, [h for h in free if h.text.startswith(opening)], others)


def _point_piece(
    mined: Phrase | None, table_own: Sequence[str], siblings: Sequence[str], rng: random.Random
) -> Piece | None:
    """A point's heading: the report's ``mined`` one, else one of the table's own for its
    cluster (``table_own``; none: the point keeps its part's heading), the seed choosing among
    those echoing no heading of the parts standing alone."""
    if mined is not None:
        return Piece(mined.text, provenance_of(mined))
    if not table_own:
        return None
    pool = [t for t in table_own if not _clashes(t, siblings)] or list(table_own)
    text = pool[rng.randrange(len(pool))]
    return Piece(text, Provenance(kind="heading", source=CURATED_SOURCE))


def _points_bounds(
    placement: Placement,
    topics: Sequence[str],
    wanted: Mapping[int, frozenset[str]],
    related: Mapping[str, frozenset[str]],
    table: GroupTable,
) -> tuple[dict[int, frozenset[str]], dict[int, frozenset[str]]]:
    """Per point, its parts' related topics (``kin``) and the topics its heading may not name:
    another point's, or one of its cluster it lacks (兴文旅 over 工业发展 and 商贸消费: round
    56)."""
    kin = {
        point: frozenset().union(*(related.get(t, frozenset()) for t in group))
        for point, group in wanted.items()
    }
    others = {
        point: (frozenset(topics) - wanted[point])
        | (frozenset(table.clusters[cluster].topics) - wanted[point] - kin[point])
        for point, cluster in enumerate(placement.clusters, start=1)
        if cluster is not None
    }
    return kin, others


def _gives_way(
    text: str,
    same: Sequence[str],
    wanted: frozenset[str],
    siblings: Sequence[str],
    named: Callable[[str], frozenset[str]],
    related: Mapping[str, frozenset[str]],
) -> bool:
    """A report's heading over a group gives way to the table's: it speaks of fewer of the
    group's parts (``_says_fewer``), or echoes a heading of the parts standing alone."""
    return bool(same and _says_fewer(text, same, wanted, named, related)) or _clashes(
        text, siblings
    )


def _says_fewer(
    text: str,
    same: Sequence[str],
    wanted: frozenset[str],
    named: Callable[[str], frozenset[str]],
    related: Mapping[str, frozenset[str]],
) -> bool:
    """A report's heading for a group (``text``) speaks of fewer than half the parts under it
    and of fewer than the table's headings (``same``) do: it gives way (round 113's writer: 一、
    坚定不移抓高效投入 over 经济运行、营商环境 and 改革创新 — 后三块和“投入”无关). One on two of
    three parts, or on 乡村振兴 over 农业农村 too, is how real reports head their groups."""
    spoken = max(covered(other, wanted, named, related) for other in same)
    says = covered(text, wanted, named, related)
    return 2 * says < len(wanted) and says < spoken


def _mined_checked(
    mined: Phrase | None,
    point: int,
    alone: bool,
    points: _Points,
    free: Sequence[Phrase],
    others: frozenset[str],
    opening: str,
    named: Callable[[str], frozenset[str]],
    taken: set[str],
    table_opens: bool,
) -> Phrase | None:
    """``mined``, the point's heading from the draft's report, where it names the point's
    first topic; else (its id no longer ``taken``) none, for a closing part standing ``alone``
    (round 72's writer: 八、坚持正向发力，以更大决心打好攻坚硬仗 over 抓落实 — 名不副实: the
    table's of that opening, else its own), or another report's naming it for a group (round
    71's writer: 坚定不移抓生态治理 over （一）……在建设宜居城市上加力提效), opening as the draft's
    do, else any where the table has none opening so (``table_opens``)."""
    first = points.firsts[point]
    if mined is None:
        return None
    if alone and first not in named(mined.text):
        taken.discard(mined.id)
        return None
    if alone or first in mined.topics:
        return mined
    taken.discard(mined.id)
    on_first = [h for h in free if first in h.topics and h.id not in taken]
    wanted = points.wanted[point]
    found = _best(wanted, [h for h in on_first if h.text.startswith(opening)], others)
    return found if found is not None or table_opens else _best(wanted, on_first, others)


def _one_reports(
    heads: Sequence[Phrase], points: _Points, others: dict[int, frozenset[str]], rng: random.Random
) -> dict[int, Phrase]:
    """The points one report's plan headings serve (the same hand, parallel): of the reports
    serving all but two of the most points, one drawn by the seed and the county (two counties'
    drafts do not all take the one report that serves most). The points it leaves take other
    reports' headings opening as its do, else the table's own opening so, else (a group) any
    report's or the table's; a part of its own keeps its own."""
    by_report: dict[str, list[Phrase]] = {}
    for phrase in sorted(heads, key=lambda p: p.id):
        if phrase.sources:
            by_report.setdefault(phrase.sources[0].file, []).append(phrase)
    scored = [
        _assign(points.wanted, found, others, points.below)
        for _, found in sorted(by_report.items())
    ]
    most = max(map(len, scored), default=0)
    best = [found for found in scored if most and len(found) >= max(2, most - 2)]
    return dict(best[rng.randrange(len(best))]) if best else {}


@dataclass(frozen=True, slots=True)
class _Points:
    """Per level-1 point of a grouped draft: its parts' topics (``wanted``, for a group), its
    first part's topic (its group's lead), how its parts' own headings open (its heading opens
    otherwise: 二、聚焦动能转化…… over （一）聚焦动能转化……, round 57) and their words, which its
    own does not say again (二、坚定不移抓工业强县，持续壮大实体经济 over （一）坚持工业强县，以更实
    举措壮大实体经济: round 86's writer)."""

    wanted: dict[int, frozenset[str]]
    firsts: dict[int, str]
    below: dict[int, set[str]]
    beneath: dict[int, list[str]]


def _points(placement: Placement, topics: Sequence[str], parts: Sequence[Piece]) -> _Points:
    wanted: dict[int, frozenset[str]] = {}
    firsts: dict[int, str] = {}
    below: dict[int, set[str]] = {}
    beneath: dict[int, list[str]] = {}
    for topic, point, head in zip(topics, placement.points, parts, strict=True):
        firsts.setdefault(point, topic)
        below.setdefault(point, set()).add(head.text[:2])
        beneath.setdefault(point, []).append(head.text)
    for point, cluster in enumerate(placement.clusters, start=1):
        if cluster is not None:
            wanted[point] = frozenset(
                t for t, p in zip(topics, placement.points, strict=True) if p == point
            )
    return _Points(wanted, firsts, below, beneath)


def _plan_heads(selector: Selector, parts: Sequence[Piece]) -> list[Phrase]:
    """The bank's level-1 plan headings a group may take: none opening as most of the parts'
    headings do, nor from a report the parts' headings come from."""
    starts = [h.text[:2] for h in parts]
    common = {s for s in starts if 2 * starts.count(s) >= len(starts)}
    theirs = {h.provenance.source for h in parts if h.provenance and h.provenance.source}
    heads = [p for p in selector.bank.of_kind(Kind.HEADING) if _plan_heading(p)]
    return [
        p
        for p in heads
        if p.text[:2] not in common
        and not any(source.file in theirs for source in p.sources)
        and selector.prepare(p) is not None
    ]


def _hand_written(
    cluster: Cluster,
    point: int,
    points: _Points,
    named: Callable[[str], frozenset[str]],
    kin: frozenset[str],
    related: Mapping[str, frozenset[str]],
    others: frozenset[str],
    tails: Sequence[str],
    opening: str = "",
    fits: Callable[[str], bool] = lambda text: True,
) -> tuple[str, ...]:
    """The table's headings for ``point``'s group (``Cluster.fitting``), where others fit:
    none naming another point's topic (七、坚持从严从实，以更优作风推动工作落实 before 八、坚持
    真抓实干……落地落实 — round 107's writers: 第七、八两部分几乎是同一个标题), opening as the
    group's parts do, saying their words again, nor ending on the words another point's heading
    ends on (以更高标准 in 二、四、六: round 88's writer). Those opening as the draft's level-1
    headings do (``opening``) come before all of these: the level-1 headings are parallel
    (round 113's writer: 八、聚焦自身建设，在转变工作作风上加力提效 among 坚定不移抓……, the
    table's of that opening all left out as naming another part's topic or echoing a tail)."""
    first = points.firsts[point]
    below = frozenset(points.below[point])
    own = (
        cluster.fitting(
            points.wanted[point],
            named,
            first,
            kin,
            related.get(first, frozenset()),
            related,
            below,
            opening,
        )
        or cluster.headings
    )
    # what the speech may say (no 政府自身建设 at a party committee's meeting: rounds 147–148)
    own = (
        tuple(text for text in own if fits(text))
        or tuple(text for text in cluster.headings if fits(text))
        or own
    )
    own = tuple(text for text in own if opening and text.startswith(opening)) or own
    own = tuple(text for text in own if not named(text) & others) or own
    own = tuple(text for text in own if text[:2] not in below) or own
    own = tuple(text for text in own if not _echoes(text, points.beneath[point])) or own
    return tuple(text for text in own if not _echoes(_tail(text), tails)) or own


FRAME_HEADINGS = 3  # level-1 headings saying a run at least, for it to be their frame's


def _clashes(text: str, siblings: Sequence[str]) -> bool:
    """``text``, a group's level-1 heading, says a run of ``_PHRASE`` characters that the
    level-1 heading of a part standing alone (``siblings``) says, where the run is not their
    frame's (in more than half of them, this one counted, and in three at least: 坚定不移 of
    坚定不移抓……) — 六、坚持人民至上，以更优服务…… above 七、坚持人民至上，以更大力度……
    (round 122's three writers: 排比重复). (The groups' own headings, one report's or the
    table's, are parallel among themselves.)"""
    runs = _runs_of(text)

    def in_frame(run: str) -> bool:
        count = 1 + sum(run in sibling for sibling in siblings)
        return count >= FRAME_HEADINGS and 2 * count > len(siblings) + 1

    return any(run in sibling for sibling in siblings for run in runs if not in_frame(run))


def _runs_of(text: str) -> set[str]:
    runs = {text[i : i + _PHRASE] for i in range(len(text) - _PHRASE + 1)}
    return {run for run in runs if "，" not in run and "、" not in run}


def _tail(heading: str) -> str:
    """A heading's last clause (以更高标准提升产业质效 of 坚持建群强链，以更高标准提升产业质效)."""
    return heading.rsplit("，", 1)[-1]


_PHRASE = 4  # characters: a run this long said in a heading and again in one under it echoes


def _echoes(text: str, under: Sequence[str]) -> bool:
    """``text`` says again a run of ``_PHRASE`` characters of one of the headings ``under``
    it (工业强县, 实体经济)."""
    runs = _runs_of(text)
    return any(run in heading for heading in under for run in runs)


def _assign(
    wanted: dict[int, frozenset[str]],
    heads: Sequence[Phrase],
    others: dict[int, frozenset[str]] | None = None,
    below: Mapping[int, Collection[str]] | None = None,
) -> dict[int, Phrase]:
    """The points that find a heading among ``heads`` (one report's), each its own; ``others``:
    per point, the topics its heading does not name (another point's); ``below``: per point,
    how its parts' headings open (its heading opens otherwise)."""
    found: dict[int, Phrase] = {}
    for point, topics in sorted(wanted.items()):
        avoid = (below or {}).get(point, ())
        free = [
            h
            for h in heads
            if all(h.id != f.id for f in found.values()) and h.text[:2] not in avoid
        ]
        pick = _best(topics, free, (others or {}).get(point, frozenset()))
        if pick is not None:
            found[point] = pick
    return found


def _best(
    topics: frozenset[str], heads: Sequence[Phrase], others: frozenset[str] = frozenset()
) -> Phrase | None:
    """The heading among ``heads`` whose first topic is among ``topics`` and whose topics name
    most of them (the first by id among equals), naming none of ``others`` (the topics another
    point of the draft speaks for: 扩大投资促进消费 does not head 项目建设 where 商贸消费 is a part
    of another point — round 52's writer read 消费 promised twice); None when none is on them."""
    best: tuple[int, str] | None = None
    pick = None
    for phrase in heads:
        if not phrase.topics or phrase.topics[0] not in topics:
            continue
        if others.intersection(phrase.topics):
            continue
        rank = (-len(topics & set(phrase.topics)), phrase.id)
        if best is None or rank < best:
            best, pick = rank, phrase
    return pick


def grouped(
    parts: Sequence[Part], placement: Placement, headings: Sequence[Piece | None]
) -> list[Part]:
    """The composed parts (in the placement's order) with their points, places and the first
    part of each group carrying the group's heading."""

    result: list[Part] = []
    for part, point, within in zip(parts, placement.points, placement.within, strict=True):
        head = headings[point - 1]
        if within == 0:
            # a part of its own under the groups' kind of heading, where one was found
            result.append(replace(part, point=point, heading=head or part.heading))
        else:
            group = head if within == 1 else None
            result.append(replace(part, point=point, within=within, group_heading=group))
    return result


def in_heading_order(
    topics: Sequence[str],
    placement: Placement,
    headings: Sequence[Piece | None],
    keywords: Mapping[str, Sequence[str]],
    related: Mapping[str, frozenset[str]],
) -> list[int]:
    """The order of the parts (``topics``, in the placement's order) with each group's parts
    in the order its heading names them: 稳增长、扩投资、促改革、优环境 over 经济运行, 项目建设,
    改革创新, 营商环境 in that order, not 项目 first and 改革 last (round 141's writers: 大标题
    和小标题的顺序对不上). A part its heading does not name goes after the part of a related
    topic it names (招商引资 after 扩投资's 项目建设), else after the part it followed. A heading
    naming fewer than two of its parts lists nothing: its group stays as it was."""
    order = list(range(len(topics)))
    for point, heading in enumerate(headings, start=1):
        members = [i for i, p in enumerate(placement.points) if p == point]
        if heading is None or len(members) < 2:
            continue
        at = {i: _named_at(heading.text, keywords.get(topics[i], ())) for i in members}
        if sum(place is not None for place in at.values()) < 2:
            continue
        keys: dict[int, float] = {}
        for rank, i in enumerate(members):
            place = at[i]
            if place is None:
                kin = [
                    found
                    for t in related.get(topics[i], frozenset())
                    if (found := _named_at(heading.text, keywords.get(t, ()))) is not None
                ]
                place = min(kin) if kin else None
            if place is None:
                keys[i] = keys[members[rank - 1]] if rank else -1.0
            else:
                keys[i] = place + (0.5 if at[i] is None else 0.0)
        ordered = sorted(members, key=lambda i: keys[i])  # (stable: ties keep their order)
        for slot, i in zip(members, ordered, strict=True):
            order[slot] = i
    return order


def _named_at(text: str, words: Sequence[str]) -> int | None:
    """Where ``text`` first names one of ``words``, or None."""
    found = [at for word in words if (at := text.find(word)) >= 0]
    return min(found) if found else None
