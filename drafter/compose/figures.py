"""The paragraphs that state the targets file's own content: review figures and highlights,
problems as 一是……二是……, goals, and a section's target figures.

Input: ``Targets``; output: ``Paragraph``/``Piece``s whose figure clauses carry the YAML key that
produced them (``review.figures[2]``), so every figure can be traced and checked exactly once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.compose.model import Paragraph, Piece
from drafter.compose.select import Selector
from drafter.compose.suitability import VERB_START
from drafter.compose.timeframe import TimeFrame, time_frame
from drafter.compose.wording import FigureLike, state_achievement, state_target, target_word
from drafter.document import Provenance
from drafter.numerals import to_chinese
from drafter.phrasebank.model import Kind
from drafter.targets import Section, Targets

_END = "。；;，,、：:！!"


def _glue(text: str) -> Piece:
    return Piece(text)


def _key(key: str) -> Provenance:
    return Provenance(yaml_key=key)


def verbatim(text: str) -> str:
    """A writer's point or highlight as written, without its own closing punctuation."""
    return text.strip().rstrip(_END)


def _verb(figure: FigureLike) -> str:
    # 完成 suits what is carried out or collected (investment, revenue, output); levels such as a
    # resident's income or a count are 达到.
    done = ("投资", "预算收入", "财政收入", "税收", "总额", "产值", "营业收入")
    return "完成" if any(word in figure.name for word in done) else "达到"


def achievement_paragraph(targets: Targets, frame: TimeFrame | None = None) -> Paragraph | None:
    """{last_year}年，全县地区生产总值达到86.3亿元，增长6.8%；…。 A meeting held before the
    review year ends gives estimates: 预计全年，全县地区生产总值达到……"""
    figures = targets.review.figures
    if not figures:
        return None
    frame = frame or time_frame(targets)
    opener = "预计全年，全县" if frame.estimate else f"{targets.year - 1}年，全县"
    pieces: list[Piece] = [_glue(opener)]
    for index, figure in enumerate(figures):
        if index:
            pieces.append(_glue("；"))
        clause = state_achievement(figure, _verb(figure))
        pieces.append(Piece(clause, _key(f"review.figures[{index}]")))
    pieces.append(_glue("。"))
    return Paragraph(tuple(pieces))


# A highlight that opens with a verb or a preposition (为企业办理……, 成功创建……) needs a subject.
_NEEDS_SUBJECT = re.compile(r"^(为|对|在|把|向|与|从|围绕|成功|顺利|全面|首次|率先|累计)")


def highlight_sentence(text: str) -> str:
    """A highlight as a sentence with a subject: 为企业办理…… → 我们为企业办理……"""
    if _NEEDS_SUBJECT.match(text) or VERB_START.match(text):
        return "我们" + text
    return text


def highlights_pieces(targets: Targets, opener: str = "一年来，") -> tuple[Piece, ...]:
    highlights = [verbatim(h) for h in targets.review.highlights if verbatim(h)]
    if not highlights:
        return ()
    pieces: list[Piece] = [_glue(opener)]
    for index, text in enumerate(highlights):
        if index:
            pieces.append(_glue("；"))
        sentence = highlight_sentence(text)
        if sentence != text:
            pieces.append(_glue(sentence[: len(sentence) - len(text)]))
        pieces.append(Piece(text, _key(f"review.highlights[{index}]")))
    pieces.append(_glue("。"))
    return tuple(pieces)


def _problems_lead(selector: Selector) -> Piece:
    found = [
        c
        for c in selector.candidates(Kind.TRANSITION, max_len=60)
        if ("肯定成绩" in c.text or "清醒" in c.text) and not c.phrase.slots
    ]
    if found:
        piece = selector.take(found[0])
        return Piece(piece.text.rstrip(_END) + "：", piece.provenance)
    return _glue("在肯定成绩的同时，也要清醒看到，当前工作中还存在一些困难和问题：")


def problems_paragraph(selector: Selector, targets: Targets) -> Paragraph | None:
    """在肯定成绩的同时……：一是……；二是……。对此，…… At a symposium the problems are what the
    participants raised, and the speaker answers them."""
    problems = [verbatim(p) for p in targets.review.problems if verbatim(p)]
    if not problems:
        return None
    symposium = targets.kind == "symposium"
    if symposium:
        lead = _glue("大家在发言中反映的困难和问题，我们都一一记下了，主要是：")
    elif targets.kind == "work_report":
        lead = _glue(
            "在肯定成绩的同时，我们也清醒地认识到，全县发展还面临不少困难和挑战，"
            "政府工作还存在一些不足："
        )
    else:
        lead = _problems_lead(selector)
    pieces: list[Piece] = [lead]
    for index, text in enumerate(problems):
        marker = f"{to_chinese(index + 1)}是" if len(problems) > 1 else ""
        sep = "；" if index else ""
        pieces.append(_glue(sep + marker))
        pieces.append(Piece(text, _key(f"review.problems[{index}]")))
    if symposium:
        end = (
            "。对这些问题，县政府将逐条梳理、分类交办、限时回复，能马上解决的马上解决，"
            "一时解决不了的也要给大家一个明确答复。"
        )
    elif targets.kind == "work_report":
        end = "。对此，我们将采取有力措施，认真加以解决，决不辜负全县人民的期望。"
    else:
        end = "。对这些问题，我们必须高度重视，采取有力措施切实加以解决。"
    pieces.append(_glue(end))
    return Paragraph(tuple(pieces))


def target_pieces(
    figures: Sequence[FigureLike], key: str, opener: str, *, plain: bool = False
) -> tuple[Piece, ...]:
    """{opener}力争A，确保B……: figures as targets, one clause each, in one sentence. Each clause
    takes 确保 (binding) or 力争 (stretch) or nothing (左右, 以内), said once for a run of clauses
    that share it; ``plain`` lists them without either (主要预期目标是：……)."""
    if not figures:
        return ()
    pieces: list[Piece] = [_glue(opener)]
    previous: str | None = None
    for index, figure in enumerate(figures):
        word = "" if plain else target_word(figure)
        glue = ("，" if index else "") + (word if word != previous else "")
        previous = word
        if glue:
            pieces.append(_glue(glue))
        pieces.append(Piece(state_target(figure), _key(f"{key}[{index}]")))
    pieces.append(_glue("。"))
    return tuple(pieces)


def goals_paragraph(targets: Targets, frame: TimeFrame | None = None) -> Paragraph | None:
    """The main expected targets, listed plainly (增长6%左右, not 力争……左右)."""
    frame = frame or time_frame(targets)
    lead = "综合考虑发展基础和各方面因素，" if targets.kind == "work_report" else ""
    pieces = target_pieces(
        targets.goals,
        "goals",
        f"{lead}{targets.year}年全县经济社会发展的主要预期目标是：",
        plain=True,
    )
    return Paragraph(pieces) if pieces else None


def section_targets(section: Section, index: int, year: int) -> tuple[Piece, ...]:
    return target_pieces(section.figures, f"sections[{index}].figures", f"{year}年，")
