"""Merge a new draft with the writer's edited one: input the new ``Document`` and the ``Edited``
draft (paragraphs + record); output a ``Merged`` document, its ``Marking`` for the next record,
and what happened to each paragraph.

The record lists, in order, every paragraph the earlier run wrote (slot and digest). Aligning
the record's digests with the edited paragraphs' digests (longest common subsequence) tells:

- a paragraph whose text is as generated (digest matches a generated entry) is untouched: its
  slot is regenerated — the new draft's paragraph of that slot takes its place;
- a paragraph matching no entry is the writer's (edited or written anew): kept word for word,
  where the writer put it — in the slot of the entry it replaced, else after the paragraph
  before it;
- an entry matching no paragraph was edited or deleted: its slot is not regenerated, and no
  new paragraph saying exactly its old text comes back;
- a kept writer's paragraph (``w``) whose text is unchanged stays kept; a deleted slot (``d``)
  stays deleted.

Generated level-1 headings are renumbered in their new order (一、二、三…), and level-2 ones
under each (the work report's parts): a deleted part leaves no gap; the writer's own headings
keep the text they typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher

from drafter.document import Block, Document, Provenance, Role, Run
from drafter.keep.edited import Edited, EditedParagraph
from drafter.keep.record import (
    DELETED,
    GENERATED,
    WRITER,
    Entry,
    Marking,
    figure_code,
    slot_ids,
    text_digest,
    written_blocks,
)
from drafter.numerals import to_chinese
from drafter.records import dataclass

WRITERS_OWN = Provenance(origin="writer")
_MARKERS = {
    1: (re.compile(r"^[一二三四五六七八九十]{1,3}、"), "{}、"),
    2: (re.compile(r"^（[一二三四五六七八九十]{1,3}）"), "（{}）"),
}


@dataclass(frozen=True, slots=True)
class Merged:
    document: Document
    marking: Marking
    kept: tuple[int, ...]  # 0-based block indexes of the writer's paragraphs in the new draft
    edited: int  # generated paragraphs the writer changed (their slots not regenerated)
    written: int  # paragraphs the writer added
    deleted: int  # generated paragraphs the writer deleted (still deleted)
    regenerated: int  # untouched paragraphs regenerated
    changed: tuple[int, ...]  # block indexes of regenerated paragraphs whose text is new


@dataclass(frozen=True, slots=True)
class _Kept:
    paragraph: EditedParagraph
    slot: str  # the slot it stands in ("" for a paragraph the writer added)
    after: str | None  # the slot of the paragraph before it in the edited draft


def merge_kept(new: Document, edited: Edited) -> Merged:
    """The new draft with the writer's edits kept (see the module docstring)."""
    blocks = written_blocks(new)
    slots = slot_ids(blocks)
    live = [e for e in edited.entries if e.origin in (GENERATED, WRITER)]
    gone = {e.slot: e.digest for e in edited.entries if e.origin == DELETED and e.slot}
    # texts the writer removed: not to come back in another slot
    removed = {e.digest for e in edited.entries if e.origin == DELETED and e.digest}
    digests = [text_digest(p.text) for p in edited.paragraphs]
    matcher = SequenceMatcher(None, [e.digest for e in live], digests, autojunk=False)
    pairs = [
        (block.a + k, block.b + k)
        for block in matcher.get_matching_blocks()
        for k in range(block.size)
    ]
    regenerate: dict[str, str] = {}  # slot → old digest, for untouched generated paragraphs
    kept: list[_Kept] = []
    edited_count = deleted_count = written_count = 0
    last_slot: str | None = None
    previous = (-1, -1)
    for entry_index, paragraph_index in [*pairs, (len(live), len(digests))]:
        # the gap before this match: entries edited or deleted, paragraphs the writer's
        lost = live[previous[0] + 1 : entry_index]
        new_paragraphs = edited.paragraphs[previous[1] + 1 : paragraph_index]
        lost_generated = [e for e in lost if e.origin == GENERATED and e.slot]
        for entry in lost:
            if entry.slot:
                gone[entry.slot] = entry.digest
            removed.add(entry.digest)
        paired = _pair(lost_generated, new_paragraphs)
        for position, paragraph in enumerate(new_paragraphs):
            slot = paired.get(position, "")
            kept.append(_Kept(paragraph, slot, last_slot))
            last_slot = slot or last_slot
        edited_count += len(paired)
        deleted_count += len(lost_generated) - len(paired)
        written_count += len(new_paragraphs) - len(paired)
        if lost:
            last_slot = next((e.slot for e in reversed(lost) if e.slot), last_slot)
        if entry_index >= len(live):
            break
        entry = live[entry_index]
        if entry.origin == WRITER:
            kept.append(_Kept(edited.paragraphs[paragraph_index], entry.slot, last_slot))
            if entry.slot:
                gone[entry.slot] = ""  # the writer's text stands in it: nothing to keep out
        elif entry.slot:
            regenerate[entry.slot] = entry.digest
        last_slot = entry.slot or last_slot
        previous = (entry_index, paragraph_index)

    position_of = {slot: index for index, slot in enumerate(slots)}
    # (position in the new draft, 0 = in the slot / 1 = after it, order, block, origin, slot)
    ordered: list[tuple[int, int, int, Block, str, str]] = []
    left_out: list[tuple[int, Block, str]] = []
    for index, (block, slot) in enumerate(zip(blocks, slots, strict=True)):
        if slot in gone or text_digest(block.text) in removed:
            left_out.append((index, block, slot))
            continue
        ordered.append((index, 0, 0, block, GENERATED, slot))
    for order, item in enumerate(kept, start=1):
        if item.slot in position_of:
            where = (position_of[item.slot], 0)
        else:
            where = (position_of.get(item.after or "", -1), 1)
        ordered.append((*where, order, _kept_block(item.paragraph), WRITER, item.slot))
    # A figure of the targets file the new draft states in a slot the writer edited or deleted
    # (the new draft's parts need not keep the old one's order) is still stated: its paragraph
    # stands where the new draft put it (a figure is stated once, and stated).
    stated = {key for row in ordered for key in _figure_keys(row[3])}
    taken = {row[5] for row in ordered if row[5]}
    for index, block, slot in left_out:
        keys = _figure_keys(block)
        if keys and not keys <= stated:
            stated |= keys
            if slot in taken:
                ordered.append((index, 0, 0, block, GENERATED, ""))
            else:
                ordered.append((index, 0, 0, block, GENERATED, slot))
                gone.pop(slot, None)
    ordered.sort(key=lambda row: row[:3])

    result_blocks = _renumbered([row[3] for row in ordered], [row[4] for row in ordered])
    changed = tuple(
        index
        for index, row in enumerate(ordered)
        if row[4] == GENERATED
        and row[5] in regenerate
        and regenerate[row[5]] != text_digest(result_blocks[index].text)
    )
    kept_at = tuple(index for index, row in enumerate(ordered) if row[4] == WRITER)
    present = {row[5] for row in ordered}
    marking = Marking(
        tuple((row[4], row[5]) for row in ordered),
        tuple(sorted((slot, digest) for slot, digest in gone.items() if slot not in present)),
    )
    return Merged(
        document=Document(tuple(result_blocks), new.meta),
        marking=marking,
        kept=kept_at,
        edited=edited_count,
        written=written_count,
        deleted=deleted_count,
        regenerated=sum(1 for row in ordered if row[4] == GENERATED and row[5] in regenerate),
        changed=changed,
    )


def _figure_keys(block: Block) -> set[str]:
    """The targets file's figures ``block`` states (their keys: sections[0].figures[1])."""
    return {
        run.provenance.yaml_key
        for run in block.runs
        if run.provenance is not None
        and run.provenance.yaml_key
        and figure_code(run.provenance.yaml_key) is not None
    }


def _pair(lost: Sequence[Entry], paragraphs: Sequence[EditedParagraph]) -> dict[int, str]:
    """Which of the writer's paragraphs stands in which lost slot: in order, a heading in a
    heading's slot, a body paragraph in a body paragraph's (the longest such pairing)."""
    kinds = [_slot_kind(entry.slot) for entry in lost]
    wanted = [_role_kind(paragraph.role) for paragraph in paragraphs]
    matcher = SequenceMatcher(None, kinds, wanted, autojunk=False)
    return {
        match.b + k: lost[match.a + k].slot
        for match in matcher.get_matching_blocks()
        for k in range(match.size)
    }


def _slot_kind(slot: str) -> str:
    if slot.endswith(".h"):
        return "heading"
    head = slot.split(".")[0]
    return head if head in _FRONT_SLOTS else "body"


def _role_kind(role: Role) -> str:
    if role is Role.HEADING_1:
        return "heading"
    return role.value if role.value in _FRONT_SLOTS else "body"


_FRONT_SLOTS = ("title", "speaker", "date", "salutation")


def _kept_block(paragraph: EditedParagraph) -> Block:
    runs = tuple(Run(text, bold=bold, provenance=WRITERS_OWN) for text, bold in paragraph.runs)
    return Block(paragraph.role, runs)


_ITEM = re.compile(r"^[一二三四五六七八九十]{1,3}是")


def _renumbered(blocks: list[Block], origins: list[str]) -> list[Block]:
    """Generated level-1 headings numbered by their place among all level-1 headings, level-2
    headings (the work report's parts) by their place under their level-1 heading, a part's
    ordinal items (一是……) by their place among its items."""
    result: list[Block] = []
    numbers = {1: 0, 2: 0}
    items = 0  # the ordinal items (一是 二是) of the part so far
    for block, origin in zip(blocks, origins, strict=True):
        level = block.role.heading_level
        if level is not None:
            items = 0
        elif block.runs and _ITEM.match(block.runs[0].text):
            # a part's items numbered in their new order: one the writer deleted leaves no
            # gap (一是 二是 五是), the writer's own keep what they typed
            items += 1
            if origin == GENERATED:
                first = block.runs[0]
                text = _ITEM.sub(to_chinese(items) + "是", first.text, count=1)
                block = Block(block.role, (replace(first, text=text), *block.runs[1:]))
        if level in numbers:
            numbers[level] += 1
            if level == 1:
                numbers[2] = 0
            pattern, marker = _MARKERS[level]
            if origin == GENERATED and block.runs and pattern.match(block.runs[0].text):
                first = block.runs[0]
                text = pattern.sub(marker.format(to_chinese(numbers[level])), first.text, count=1)
                block = Block(block.role, (replace(first, text=text), *block.runs[1:]))
        result.append(block)
    return result
