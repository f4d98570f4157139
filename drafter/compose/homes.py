"""One paragraph of a part for each matter it speaks of.

Input: a composed ``Part`` and what its bank sentences are about (``matter_of``: the matter mining
labelled each with, 安全稳定/风险, or None). Output: the part with each matter said in one of its
paragraphs, its *home*: the paragraph that gives the matter most of its text. A sentence on a
matter whose home is another paragraph moves there, after that paragraph's last sentence on it;
one that says nearly what a sentence there says already is left out.

Why: units and sentences are chosen for a part one paragraph at a time, each with its own
matter, but a unit brings lines on its neighbours' matters too (a unit on 社会治安 closes on
金融风险; a sentence on 信访 names 政府债务), and a county report says each matter in one place.
Round 97's writers counted 金融、债务风险 in three paragraphs of one part, 大气 and 水 in three of
another, 城市管理 in four: "同一件事在一节里说几遍". Moving keeps the part's length (the length
loop is not run again); only near-repeats are dropped.

What stays where it is: a paragraph's first sentence (it opens its paragraph, with its lead), a
figure or point of the targets file (``Piece.told``), text that is no bank sentence, and a
sentence whose matter is no paragraph's main one.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from drafter.compose.model import Paragraph, Part, Piece
from drafter.compose.select import FRAMER, SLOGAN, bigrams, key_phrases, part_words
from drafter.phrasebank.model import Kind
from drafter.records import dataclass

# a moved sentence sharing this share of its character pairs with one already in its home says
# the same (有效防控金融风险…… / 着力化解金融风险……): left out
NEAR_REPEAT = 0.5


def one_home_per_matter(
    part: Part,
    matter_of: Callable[[Piece], str | None],
    own: Collection[str] = (),
    scale: float = 1.0,
) -> Part:
    """The part with each matter's sentences in its home paragraph (see the module); ``own``:
    the words of the part's topic, which its paragraphs all may say; ``scale``: the asked
    length over the length the draft was composed for (a budget raised to reach the asked
    length gives each part a room larger than its share of it)."""
    if len(part.paragraphs) < 2:
        return part
    paragraphs = [list(p.pieces) for p in part.paragraphs]
    labels = [[matter_of(piece) if piece.mined else None for piece in p] for p in paragraphs]
    homes = _homes(paragraphs, labels)
    leads = [_lead_kept(p.lead, matter_of, labels, at) for at, p in enumerate(part.paragraphs)]
    same_leads = leads == [p.lead for p in part.paragraphs]
    if not homes and same_leads:
        return part
    # what the part may do without: the text it has beyond its share of the draft's length
    size = sum(len(p.text) for p in part.paragraphs)
    moves = _Moves(paragraphs, labels, own, size - round(part.room * scale) if part.room else 0)
    changed = False
    for at, original in enumerate(part.paragraphs):
        pieces, matters = paragraphs[at], labels[at]
        gone: set[int] = set()
        for i, (piece, matter) in enumerate(zip(pieces, matters, strict=True)):
            home = homes.get(matter, at)
            if _movable(piece, i) and home != at and moves.place(piece, matter, home):
                gone.add(i)
        if original.lead is None and len(pieces) > 1 and _heads_another(pieces, matters, homes, at):
            gone.add(0)  # (a short head: left out, not moved over a paragraph it would repeat)
        elif original.lead is None and len(gone) == len(pieces) - 1:
            lead_home = _opener_home(pieces, matters, gone, homes, at)
            if lead_home is not None and moves.place(pieces[0], matters[0], lead_home, opener=True):
                gone.add(0)
        if gone:
            changed = True
            paragraphs[at] = [piece for i, piece in enumerate(pieces) if i not in gone]
            labels[at] = [matter for i, matter in enumerate(matters) if i not in gone]
    if not changed and same_leads:
        return part
    result = tuple(
        Paragraph(tuple(pieces), lead)
        for pieces, lead in zip(paragraphs, leads, strict=True)
        if pieces
    )
    return replace(part, paragraphs=result)


def _movable(piece: Piece, index: int) -> bool:
    """A sentence that may move to its matter's home: not a paragraph's first, nor the targets
    file's own (see the module)."""
    return index > 0 and piece.mined and not piece.told


def _lead_kept(
    lead: Piece | None,
    matter_of: Callable[[Piece], str | None],
    labels: Sequence[Sequence[str | None]],
    at: int,
) -> Piece | None:
    """Paragraph ``at``'s bold lead, or None where it heads a matter none of its sentences
    speaks of and another paragraph does (大力推进国有企业改革。 over reform in general, after a
    paragraph on 国企改革: round 143's writers, 国企改革连说两遍)."""
    if lead is None or not lead.mined or lead.told:
        return lead
    matter = matter_of(lead)
    if matter is None or matter in labels[at]:
        return lead
    elsewhere = any(matter in said for i, said in enumerate(labels) if i != at)
    return None if elsewhere else lead


def _heads_another(
    pieces: Sequence[Piece],
    matters: Sequence[str | None],
    homes: dict[str | None, int],
    at: int,
) -> bool:
    """Paragraph ``at`` opens on a short head (大力推进国有企业改革。) of a matter whose home is
    another paragraph and of which none of its own sentences speaks: it heads what another
    paragraph says (round 143's writers: 国企改革连说两遍, the head over a paragraph on reform in
    general after one on 国企改革)."""
    matter = matters[0] if matters else None
    if matter is None or not _headline(pieces[0]) or homes.get(matter, at) == at:
        return False
    return matter not in matters[1:]


def _opener_home(
    pieces: Sequence[Piece],
    matters: Sequence[str | None],
    gone: Collection[int],
    homes: dict[str | None, int],
    at: int,
) -> int | None:
    """Where the opener of paragraph ``at`` goes once the rest of its sentences left (``gone``:
    提升应急管理能力。 when 完善突发事件应急处置体系…… went to the paragraph on 应急), or when it
    stood alone from the start on a matter said more in another paragraph: its matter's home,
    or the home most of the rest went to; None: it stays."""
    opener = pieces[0]
    if not opener.mined or opener.told:
        return None
    home = homes.get(matters[0], at)
    if home != at or not gone:
        return home if home != at else None
    went: dict[int, int] = {}
    for i in gone:
        went[homes[matters[i]]] = went.get(homes[matters[i]], 0) + len(pieces[i].text)
    return max(went, key=lambda where: (went[where], -where))


@dataclass(slots=True)
class _Moves:
    """A part's paragraphs (and their sentences' matters) while sentences move between them,
    and the text the part may still do without (``spare``)."""

    paragraphs: list[list[Piece]]
    labels: list[list[str | None]]
    own: Collection[str]
    spare: int

    def place(self, piece: Piece, matter: str | None, home: int, *, opener: bool = False) -> bool:
        """Whether ``piece`` leaves its paragraph: moved to paragraph ``home``, or left out where
        it would say there what is said already, or where that paragraph is a unit's
        (``_welcomes``), while the part has text to spare. An ``opener`` that heads a paragraph
        (狠抓风险防范化解。, 以……为指引，……) heads ``home`` where its own first line does not."""
        pieces, matters = self.paragraphs[home], self.labels[home]
        if not pieces:
            return False  # (every sentence of its home moved on: it stays where it is)
        if opener and _heads(piece):
            if not _heads(pieces[0]):
                pieces.insert(0, piece)
                matters.insert(0, matter)
                return True
        elif _welcomes(pieces, piece) and not _says_again(piece, pieces, self.own):
            _insert(pieces, matters, piece, matter)
            return True
        if self.spare >= len(piece.text):
            self.spare -= len(piece.text)
            return True
        return False


def _heads(piece: Piece) -> bool:
    """A line that heads a paragraph: a short one of one clause, or a guiding thought."""
    return _headline(piece) or FRAMER.search(piece.text) is not None


def _welcomes(home: Sequence[Piece], piece: Piece) -> bool:
    """``piece`` may join ``home``: neither is of a paragraph unit (a real report's paragraph
    goes on with no sentence of another report, and gives none away: round 34's blind reader
    named nearly every unit gone on with other reports' sentences). A sentence on a matter whose
    home is a unit is left out: the unit says the matter."""
    return not _of_unit(piece) and not any(_of_unit(p) for p in home)


def _of_unit(piece: Piece) -> bool:
    return piece.provenance is not None and piece.provenance.kind == Kind.PARAGRAPH.value


def _headline(piece: Piece) -> bool:
    """A paragraph's short opening line of one clause (狠抓风险防范化解。): it heads a paragraph,
    and is left out where its paragraph's matter is said in another."""
    return len(piece.text) <= 16 and "，" not in piece.text


def _homes(
    paragraphs: Sequence[Sequence[Piece]], matters: Sequence[Sequence[str | None]]
) -> dict[str | None, int]:
    """Each matter said in more than one paragraph with its home: the paragraph saying most on
    it (the earlier of two alike)."""
    said: dict[str, dict[int, int]] = {}
    for at, (pieces, labels) in enumerate(zip(paragraphs, matters, strict=True)):
        for piece, label in zip(pieces, labels, strict=True):
            if label is not None:
                where = said.setdefault(label, {})
                where[at] = where.get(at, 0) + len(piece.text)
    return {
        label: max(where, key=lambda at: (where[at], -at))
        for label, where in said.items()
        if len(where) > 1
    }


def _says_again(piece: Piece, home: Sequence[Piece], own: Collection[str]) -> bool:
    """``piece`` says what ``home`` says already: half its character pairs are a sentence's
    there, or a phrase of four characters (not of the topic's words: ``own``), or every thing
    it names is named there (规范融资举债行为，有效防控政府债务风险。 after ……有效防控金融风险、
    地方债务风险)."""
    pairs = bigrams(piece.text)
    if pairs and any(len(pairs & bigrams(p.text)) >= NEAR_REPEAT * len(pairs) for p in home):
        return True
    phrases = key_phrases(piece.text, SLOGAN)
    said = frozenset().union(*(key_phrases(p.text, SLOGAN) for p in home))
    if any(not any(run in word for word in own) for run in phrases & said):
        return True
    named = part_words(piece.text)
    return bool(named) and named <= frozenset().union(*(part_words(p.text) for p in home))


def _insert(
    pieces: list[Piece], labels: list[str | None], piece: Piece, matter: str | None
) -> None:
    """``piece`` into its home, after the home's last sentence on ``matter`` (its end if none)."""
    found = (i for i, label in enumerate(labels) if matter is not None and label == matter)
    at = max(found, default=len(pieces) - 1)
    pieces.insert(at + 1, piece)
    labels.insert(at + 1, matter)
