"""The departments a government plenary after the people's congress charges with its key tasks.

Such a meeting turns the congress's report into the departments' work (``after_congress``); its
readers want each task's lead departments named, not the report laid out again (rounds 104 and
106's writers: 政府全体会议要讲分工、时限、责任人). Each part on a section the writer listed
closes on a sentence naming the departments that lead it (``duties.txt``), each wording once in
a speech, drawn by the seed and the county."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from drafter.compose.model import Paragraph, Part, Piece
from drafter.records import dataclass
from drafter.resources import table_rows

REPO_DUTIES = Path(__file__).with_name("duties.txt")


@dataclass(frozen=True, slots=True)
class DutyTable:
    departments: dict[str, str]  # topic → the lead departments' short names (发改、财政)
    wordings: tuple[str, ...]  # sentences with {departments}
    # …for a group of tasks, the departments leading its parts one each (以上工作由……分别牵头)
    group_wordings: tuple[str, ...] = ()
    # the matters a part may speak of, each with its wordings and the departments leading it
    # (债务、金融 → 财政、金融)
    matters: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()


@lru_cache(maxsize=1)
def duty_table(path: Path = REPO_DUTIES) -> DutyTable:
    """``duties.txt``: its 部门 and 说法 lines."""
    rows = table_rows(path)
    departments = {fields[1]: fields[2] for fields in rows if fields[0] == "部门"}
    wordings = tuple(fields[1] for fields in rows if fields[0] == "说法")
    groups = tuple(fields[1] for fields in rows if fields[0] == "分项说法")
    matters = tuple(
        (tuple(fields[1].split("、")), tuple(fields[2].split("、")))
        for fields in rows
        if fields[0] == "事项"
    )
    return DutyTable(departments, wordings, groups, matters)


TOPIC_LEAD = 2  # what a part's topic's own departments count for, beside its sentences'


def departments_of(part: Part, table: DutyTable) -> list[str]:
    """The departments leading what ``part`` says, most first: each counted by the sentences
    naming one of its matters (``duties.txt``'s 事项), the part's topic's own (部门) counting
    ``TOPIC_LEAD`` more, its first always first — a part on 安全稳定 saying 金融风险 and 债务
    three times over is led by 财政 and 金融 too, not by 信访 it never names (round 153's blind
    reader)."""
    own = [name for name in table.departments.get(part.topic, "").split("、") if name]
    counts: dict[str, int] = dict.fromkeys(own, TOPIC_LEAD)
    sentences = [p.text for paragraph in part.paragraphs for p in paragraph.pieces]
    for words, names in table.matters:
        said = sum(1 for text in sentences if any(word in text for word in words))
        for name in names if said else ():
            counts[name] = counts.get(name, 0) + said
    # (ties in the topic's own order, then the table's; the topic's lead department first
    # whatever the counts — round 155's writers: 工业 led by 科技, 应为工信)
    order = {name: i for i, name in enumerate(counts)}
    ranked = sorted(counts, key=lambda name: (-counts[name], order[name]))
    return [*own[:1], *(name for name in ranked if name not in own[:1])]


def duties_assigned(parts: Sequence[Part], seed: int, county: str) -> list[Part]:
    """``parts`` with each part on a section the writer listed closing on the departments that
    lead it: at the end of its last paragraph where that is plain prose, else a paragraph of its
    own after a run of sub-heads. As many parts as there are wordings, in order."""
    table = duty_table()
    own = random.Random(f"drafter:{seed}:{county}:duties")
    wordings = own.sample(table.wordings, len(table.wordings))
    result = list(parts)
    for at, part in enumerate(result):
        if part.section is None or part.topic not in table.departments or not wordings:
            continue
        named = "、".join(departments_of(part, table)[:MOST_DEPARTMENTS])
        piece = Piece(wordings.pop().format(departments=named))
        result[at] = closing_on(part, piece)
    return result


def closing_on(part: Part, piece: Piece) -> Part:
    """``part`` closing on ``piece``: at the end of its last paragraph where that is plain prose,
    else in a paragraph of its own after a run of sub-heads."""
    paragraphs = list(part.paragraphs)
    if paragraphs and paragraphs[-1].lead is None:
        paragraphs[-1] = replace(paragraphs[-1], pieces=(*paragraphs[-1].pieces, piece))
    else:
        paragraphs.append(Paragraph((piece,)))
    return replace(part, paragraphs=tuple(paragraphs))


MOST_DEPARTMENTS = 3  # departments a group's duty sentence names


def lists_at(lists: Sequence[Sequence[str]], rank: int) -> list[str]:
    """The ``rank``-th name of each list that has one."""
    return [names[rank] for names in lists if rank < len(names)]


def duties_by_point(parts: Sequence[Part], seed: int, county: str) -> list[Part]:
    """``parts``, a plenary's tasks grouped as its points (``Part.point``: a group of parts, or
    a part alone), each point closing on the departments that lead its topics, each topic's
    lead department first, ``MOST_DEPARTMENTS`` in all (发改、商务、政务服务) — the speech in
    three parts puts every task under 二、 and hands each out (rounds 138–140's writers:
    全体会议讲话以分工落实为主; the one paragraph of 分工 read as the one like a real
    meeting's). Each wording once."""
    table = duty_table()
    own = random.Random(f"drafter:{seed}:{county}:duties")
    wordings = own.sample(table.wordings, len(table.wordings))
    grouped = own.sample(table.group_wordings, len(table.group_wordings))
    result = list(parts)
    for point in dict.fromkeys(p.point for p in parts):
        members = [i for i, p in enumerate(result) if p.point == point]
        # (each topic's lead department first, then the others: 发改、商务、政务服务 for a
        # group on 项目建设, 招商引资 and 营商环境 — not 项目建设's three, which left 审批
        # to 住建: round 142's blind reader)
        lists = [departments_of(result[i], table) for i in members]
        ranked = [n for rank in range(max(map(len, lists))) for n in lists_at(lists, rank)]
        named = list(dict.fromkeys(n for n in ranked if n))[:MOST_DEPARTMENTS]
        # (a group's sentence, closing its last part, says it is of the group's work and that
        # each department leads its own: 这方面工作由工信、文化广电和旅游、商务等部门牵头 after
        # 3.扩消费 read as 工信 leading 消费 — round 145's writers, 分工对不上)
        pool = grouped if len(members) > 1 and grouped else wordings
        if not named or not pool:
            continue
        piece = Piece(pool.pop().format(departments="、".join(named)))
        result[members[-1]] = closing_on(result[members[-1]], piece)
    return result
