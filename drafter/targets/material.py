"""What ``drafter check`` can tell from the phrase bank before anything is drafted.

Input: valid ``Targets`` and the ``PhraseBank`` the draft will use. Output: Chinese notes, one
line each, for things that are valid but will not give the draft the writer expects:

* a section whose topic has no body material in the bank (its part would be a bare heading);
* the same topic in three or more sections (the material is shared between them);
* a length the bank cannot reach (an unusual length is composed once to find out);
* a problem or a falling figure on a topic no section takes up (the draft will not answer it).
"""

from __future__ import annotations

from collections import Counter

from drafter.numerals import to_chinese
from drafter.phrasebank.model import Kind, PhraseBank
from drafter.targets.model import Targets, listed_sections

# Kinds of entry that make up a part's body text.
_BODY_KINDS = frozenset(kind for kind in Kind if kind.value in ("body", "lead", "paragraph"))
# Lengths a bank reaches without trouble; outside them ``check`` composes the draft once to say
# what length it really reaches (about a second, so not for every check).
USUAL_LENGTHS = range(2_000, 8_001)


def material_notes(targets: Targets, bank: PhraseBank) -> list[str]:
    """The notes, in the order of the file's sections."""
    notes: list[str] = []
    per_topic = _material_by_topic(bank)
    for number, section in enumerate(targets.sections, start=1):
        if per_topic.get(section.topic, (0, 0))[0] == 0:
            notes.append(
                f"第{to_chinese(number)}部分的主题“{section.topic}”在短语库里没有正文素材"
                "（正文句、领句都是 0 条）：这一部分会只有标题。请在短语库的 curated.yaml 中"
                f"为“{section.topic}”补充条目，或换一个主题"
            )
    kept = listed_sections(targets.sections)
    counts = Counter(section.topic for _, section in kept)
    for topic, count in counts.items():
        if count >= 3:
            places = "、".join(f"第{to_chinese(i + 1)}" for i, s in kept if s.topic == topic)
            notes.append(
                f"主题“{topic}”写了 {count} 次（{places}部分）：同一主题的素材要分给 {count} 个"
                "部分，内容难免相近，建议合并或换主题"
            )
    if targets.concerns and targets.kind != "symposium":
        notes.append(
            "concerns（与会者反映的问题）只在座谈会讲话（symposium）中逐条回应；"
            "这篇稿件不会写入，需要时请写在 review.problems 中"
        )
    notes += unanswered_facts(targets, bank)
    reach = reached_length(targets, bank)
    if reach is not None:
        notes.append(
            f"目标 {targets.length} 字，但按这些主题，这个短语库大约只能写到 {reach} 字："
            "可在 curated.yaml 中补充素材，或把 length 改小"
            if reach < targets.length
            else f"目标 {targets.length} 字，但稿件各部分至少各写一段，最短也有约 {reach} 字："
            "可把 length 改大，或减少部分"
        )
    return notes


def reached_length(targets: Targets, bank: PhraseBank) -> int | None:
    """The length the draft really reaches when ``targets.length`` is unusual and the bank
    cannot meet it (more than 15% off), else None. Composes the draft as ``draft`` would."""
    if targets.length in USUAL_LENGTHS:
        return None
    from drafter.compose.length import count_chars, within
    from drafter.pipeline import compose_and_render, template_for

    _, document = compose_and_render(
        targets, bank, template_for(targets.kind, None), seed=targets.seed
    )
    reached = count_chars(document.paragraphs())
    return None if within(reached, targets.length) else reached


def _material_by_topic(bank: PhraseBank) -> dict[str, tuple[int, int]]:
    """topic → (entries, characters) of body material."""
    found: dict[str, tuple[int, int]] = {}
    for phrase in bank.phrases:
        if phrase.kind not in _BODY_KINDS:
            continue
        for topic in phrase.topics:
            entries, characters = found.get(topic, (0, 0))
            found[topic] = (entries + 1, characters + len(phrase.text))
    return found


def kind_part(targets: Targets) -> str | None:
    """The part a kind adds after the sections (抓落实 at a work meeting), unless listed."""
    from drafter.compose.plan import PLANS

    plan = PLANS.get(targets.kind)
    if plan is None or plan.duty_topic is None:
        return None
    if plan.duty_topic in {section.topic for section in targets.sections}:
        return None
    return plan.duty_topic


def announces_points(targets: Targets) -> bool:
    """Whether the kind announces its parts (下面，我讲N点意见)."""
    from drafter.compose.plan import PLANS

    plan = PLANS.get(targets.kind)
    return plan is not None and plan.transition


def groups_parts(targets: Targets, parts: int) -> bool:
    """Whether a draft of ``parts`` parts groups them under level-1 headings
    (``drafter.compose.groups``): a speech of more than the table's number of parts none of
    whose sections the writer titled."""
    from drafter.compose.groups import load_groups
    from drafter.compose.plan import PLANS

    plan = PLANS.get(targets.kind)
    return (
        plan is not None
        and not plan.own_part
        and parts > load_groups().over
        and not any(section.title for section in targets.sections)
    )


# Topics every part serves (the economy as a whole, carrying the work out): a problem on them
# is answered by the draft as a whole.
GENERAL_TOPICS = frozenset({"经济运行", "抓落实", "作风建设"})


def unanswered_facts(targets: Targets, bank: PhraseBank) -> list[str]:
    """A problem or a falling review figure whose topic (the one its words name most, by the
    bank's topic keywords) has no section: the draft says it but takes it up nowhere."""
    facts = [(f"问题“{p.strip()[:20]}”", p) for p in targets.review.problems]
    facts += [
        (f"指标“{f.name}”下降", f.name)
        for f in targets.review.figures
        if f.growth is not None and f.growth < 0
    ]
    sections = {section.topic for section in targets.sections}
    notes: list[str] = []
    for label, text in facts:
        scores = {
            topic.name: sum(1.0 + 0.2 * min(len(k), 5) for k in topic.keywords if k and k in text)
            for topic in bank.topics
        }
        best = max(scores.values(), default=0.0)
        if best <= 0:
            continue
        topic = min(name for name, score in scores.items() if score == best)
        # a section on a topic the fact names nearly as much takes it up (教育、医疗 of
        # 公共服务供给 under 教育卫生)
        answered = any(scores.get(name, 0.0) * 2 >= best for name in sections)
        if not answered and topic not in GENERAL_TOPICS:
            notes.append(
                f"{label}属于“{topic}”方面，但重点工作中没有这一部分，稿件不会专门回应；"
                f"需要回应时请在 sections 中加上话题“{topic}”"
            )
    return notes
