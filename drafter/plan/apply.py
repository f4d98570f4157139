"""Apply an approved plan to the targets: input a ``SpeechPlan``, the ``Targets`` and the bank's
topics; output an ``AppliedPlan`` — the targets with one section per part of the plan, in its
order, titled with the plan's heading (figures and points of the section it names come along),
the ``PartLayout`` compose takes (shares and leads), and what the writer should know.

Each part's topic: the one its bracketed line names, else the topic of the section it names,
else the topic its heading and leads speak of (the bank's topic keywords) — and when none fits,
the part is refused with a message saying how to name one. Each part's section: the one its
bracketed line names, else an unused section of the same topic. A section the plan leaves out is
not drafted (its figures and points neither); a part without a section (the kind's own 抓落实,
a part the writer added) has no figures.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from drafter.compose.layout import PartLayout
from drafter.document import Block, Document, Provenance, Role, Run
from drafter.errors import PlanError
from drafter.numerals import to_chinese
from drafter.plan.model import PlanPart, SpeechPlan
from drafter.records import dataclass
from drafter.targets import Section, Targets

_SECTION_KEY = re.compile(r"^sections\[(\d+)\]")


@dataclass(frozen=True, slots=True)
class AppliedPlan:
    targets: Targets  # sections = the plan's parts, in order, titled by the plan
    layout: PartLayout
    origins: tuple[int | None, ...]  # per part: its section in the original targets, or None
    title: str  # the plan's title
    notes: tuple[str, ...]


def apply_plan(
    plan: SpeechPlan, targets: Targets, topics: Mapping[str, Sequence[str]], *, path: str = ""
) -> AppliedPlan:
    """``topics``: each topic of the bank with its keywords."""
    where = f"{path}：" if path else ""
    problems: list[str] = []
    notes: list[str] = []
    resolved: list[tuple[str, int | None]] = []
    used: set[int] = set()
    sections = targets.sections
    # the sections the bracketed lines name, first (a part that lost its line takes what is left)
    named: dict[int, int] = {}
    for index, part in enumerate(plan.parts):
        if part.section is not None and 0 <= part.section < len(sections):
            if part.section not in used:
                named[index] = part.section
                used.add(part.section)
        elif part.section is not None:
            problems.append(
                f"{where}第{to_chinese(index + 1)}部分“{part.heading}”写的是重点工作第"
                f"{part.section + 1}项，指标文件只有 {len(sections)} 项：请改正或删去这一说明"
            )
    for index, part in enumerate(plan.parts):
        section = named.get(index)
        topic = part.topic
        if topic is not None and topic not in topics:
            problems.append(
                f"{where}第{to_chinese(index + 1)}部分“{part.heading}”的话题“{topic}”不在短语库中："
                "可选的话题见 drafter topics"
            )
            continue
        if topic is None and section is not None:
            topic = sections[section].topic
        if topic is None:
            topic = infer_topic(part, topics)
        if topic is None:
            problems.append(
                f"{where}第{to_chinese(index + 1)}部分“{part.heading}”看不出讲的是哪个话题，"
                "短语库中没有合适的素材：请在标题下一行写明〔话题：某某〕"
                "（可选的话题见 drafter topics），或换一个说法"
            )
            continue
        if section is None and part.section is None:
            section = next(
                (i for i, s in enumerate(sections) if i not in used and s.topic == topic), None
            )
            if section is not None:
                used.add(section)
            elif part.topic is None:
                notes.append(
                    f"提纲第{to_chinese(index + 1)}部分“{part.heading}”是新加的部分，"
                    f"按话题“{topic}”组织素材"
                )
        resolved.append((topic, section))
    if problems:
        raise PlanError("\n".join(problems))
    for index, left in enumerate(sections):
        if index not in used:
            extra = "，其中的指标和要点也不写入" if left.figures or left.points else ""
            notes.append(
                f"指标文件重点工作第{index + 1}项（{left.topic}）不在提纲中，本稿不写{extra}"
            )
    new_sections = tuple(
        _section(part, topic, sections[section] if section is not None else None)
        for part, (topic, section) in zip(plan.parts, resolved, strict=True)
    )
    layout = PartLayout(
        weights=_weights(plan.parts, targets.length),
        leads=tuple(tuple(lead.text for lead in part.leads) for part in plan.parts),
    )
    return AppliedPlan(
        targets=targets.model_copy(update={"sections": new_sections}),
        layout=layout,
        origins=tuple(section for _, section in resolved),
        title=plan.title,
        notes=tuple(notes),
    )


def infer_topic(part: PlanPart, topics: Mapping[str, Sequence[str]]) -> str | None:
    """The topic the part's words speak of most (its heading counts double), None if none."""
    best: tuple[float, str] | None = None
    texts = [part.heading, part.heading, *(lead.text for lead in part.leads)]
    for name, keywords in sorted(topics.items()):
        score = 0.0
        for text in texts:
            score += 3.0 if name in text else 0.0
            score += sum(1.0 + 0.2 * min(len(k), 5) for k in keywords if k and k in text)
        if score > 0 and (best is None or score > best[0]):
            best = (score, name)
    return best[1] if best else None


def _section(part: PlanPart, topic: str, source: Section | None) -> Section:
    if source is not None:
        return source.model_copy(update={"topic": topic, "title": part.heading})
    return Section.model_construct(topic=topic, title=part.heading, figures=(), points=())


def _weights(parts: Sequence[PlanPart], length: int) -> tuple[float, ...]:
    """Each part's share: its percent, or its characters as a percent of the length (when the
    writer changed the characters and not the percent, the characters win); a part with
    neither takes the mean of the others."""
    shares: list[float | None] = []
    for part in parts:
        share = part.share
        if part.chars is not None:
            from_chars = 100.0 * part.chars / max(1, length)
            if share is None or abs(from_chars - share) > max(2.0, 0.15 * share):
                share = from_chars
        shares.append(share if share is not None and share > 0 else None)
    given = [s for s in shares if s is not None]
    mean = sum(given) / len(given) if given else 1.0
    return tuple(s if s is not None else mean for s in shares)


def restore_keys(document: Document, origins: Sequence[int | None]) -> Document:
    """The document's targets keys as the writer's targets file has them: the plan's part i is
    the file's section ``origins[i]`` (a part of no section loses its key)."""

    def key(value: str | None) -> str | None:
        match = _SECTION_KEY.match(value or "")
        if match is None or value is None:
            return value
        index = int(match.group(1))
        source = origins[index] if index < len(origins) else None
        return None if source is None else f"sections[{source}]" + value[match.end() :]

    blocks = []
    for block in document.blocks:
        runs = []
        for run in block.runs:
            provenance = run.provenance
            if provenance is not None and provenance.yaml_key:
                provenance = _with_key(provenance, key(provenance.yaml_key))
            runs.append(Run(run.text, run.bold, run.heading_level, provenance))
        blocks.append(Block(block.role, tuple(runs)))
    return Document(tuple(blocks), document.meta)


def _with_key(provenance: Provenance, key: str | None) -> Provenance | None:
    from dataclasses import replace

    changed = replace(provenance, yaml_key=key)
    return None if changed == Provenance() else changed


def retitle(document: Document, title: str) -> Document:
    """The document with the plan's title, when the writer changed it."""
    blocks = []
    for block in document.blocks:
        if block.role is Role.TITLE and block.text != title and title:
            block = Block(Role.TITLE, (Run(title, provenance=Provenance(origin="plan")),))
            title = ""  # one title line (a long one the template split stays split)
        elif block.role is Role.TITLE and not title:
            continue
        blocks.append(block)
    return Document(tuple(blocks), document.meta)
