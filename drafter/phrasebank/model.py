"""Types of the phrase bank: what mining produces and compose consumes.

Slot vocabulary (the contract between mining and compose; slots are ``{name}`` in ``text``):

* ``{county}`` the county's name (mined from a county name or a mask *, XX, ×××);
  ``{meeting}`` the meeting's name (mined from 召开…); ``{year}`` the year deployed,
  ``{last_year}`` the review year — both the number only, the text keeps 年 ("{year}年");
  ``{n}`` a count in Chinese numerals (讲{n}点意见); ``{session}`` a session number (十四届四次,
  第十九届人民代表大会第四次: "省委{session}全会").
* heading frames: ``{A}`` ``{B}`` ``{C}`` … the parts that vary between sibling headings.
* figure frames: ``{name}`` indicator, ``{value}`` number, ``{unit}``, ``{change}`` (增长6.8% /
  下降3.5% / 持平 — the verb included), ``{pp}`` (提高0.2个百分点), ``{rank}`` (全市第三 — a verb
  such as 排/位居 stays in the text: "排{rank}"), ``{qualifier}`` (以上/左右).
* body sentences: a figure the source stated becomes ``{amount}`` (number and money unit:
  3.2亿元), ``{percent}`` (number and %), or ``{number}`` (the number only; its unit stays in the
  text: "{number}个"); a scrubbed local name becomes ``{place}``, ``{person}``, ``{org}`` or
  ``{project}``. Compose uses only sentences whose slots it can fill, so such sentences are kept
  for browsing and frames.

Every slot an entry may use is in ``NAMED_SLOTS`` or ``FRAME_SLOTS``; the bank loader rejects
others. ``PhraseBank.scrubbed`` holds the local names removed while mining (lint flags them in
drafts); on disk ``scrubbed.yaml`` writes them as escapes (\\u901a…), so no local name shows
in the bank folder as plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

SCHEMA_VERSION = 1

SLOT_PATTERN = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

# Every slot name an entry may use (see the module docstring); ``{A}`` … ``{H}`` are heading-frame
# slots. The bank loader rejects any other name, so a typo in a curated entry is caught.
NAMED_SLOTS: frozenset[str] = frozenset(
    {
        "county",
        "meeting",
        "year",
        "last_year",
        "n",
        "session",
        "name",
        "value",
        "unit",
        "change",
        "pp",
        "rank",
        "qualifier",
        "amount",
        "percent",
        "number",
        "place",
        "person",
        "org",
        "project",
    }
)
FRAME_SLOTS: tuple[str, ...] = tuple("ABCDEFGH")


class Kind(str, Enum):
    OPENING = "opening"
    TRANSITION = "transition"
    HEADING_FRAME = "heading_frame"
    HEADING = "heading"
    ORDINAL_RUN = "ordinal_run"
    LEAD = "lead"
    BODY = "body"
    FIGURE_FRAME = "figure_frame"
    PARALLEL_LIST = "parallel_list"
    CLOSING = "closing"
    PARAGRAPH = "paragraph"


class Mode(str, Enum):
    """Whether a figure frame states what was achieved (回顾) or what is aimed at (力争/确保)."""

    ACHIEVEMENT = "achievement"
    TARGET = "target"


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where an entry was seen: file name, paragraph number (0-based in the normalised text), and
    the character span inside that paragraph. ``SourceText.paragraphs[p][start:end]`` is the
    original sentence."""

    file: str
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Filler:
    """What one sibling heading put into a heading frame's slots, and its topic."""

    topic: str | None
    values: tuple[tuple[str, str], ...]  # (slot, text) pairs in slot order


@dataclass(frozen=True, slots=True)
class Phrase:
    id: str
    kind: Kind
    text: str
    topics: tuple[str, ...] = ()
    support: int = 1
    sources: tuple[SourceRef, ...] = ()
    curated: bool = False
    level: int | None = None  # heading, heading_frame: outline level 1-4
    style: str | None = None  # ordinal_run: 一要 / 一是 / 第一 / 首先
    items: tuple[str, ...] = ()  # ordinal_run item leads, parallel_list items
    fillers: tuple[Filler, ...] = ()  # heading_frame
    indicator: str | None = None  # figure_frame: 地区生产总值, 固定资产投资 … or "*" for any
    fields: tuple[str, ...] = ()  # figure_frame: which of value/unit/change/pp/rank/qualifier
    mode: Mode | None = None  # figure_frame; paragraph: review (done) or plan (to do)
    # paragraph units: ``items`` are the unit's sentences in source order, ``roles`` one role
    # per sentence (framing, measure, target, duty, exhortation, review), ``aspect`` what the
    # unit is about within its topic, ``genre`` report / speech, ``lead`` its lead sentence
    roles: tuple[str, ...] = ()
    aspect: str | None = None
    genre: str | None = None
    lead: str | None = None

    @property
    def slots(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for match in SLOT_PATTERN.finditer(self.text):
            seen.setdefault(match.group(1), None)
        return tuple(seen)


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    keywords: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PhraseBank:
    phrases: tuple[Phrase, ...]
    topics: tuple[Topic, ...]
    # local names removed while mining, for lint's foreign-name check
    scrubbed: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # file names mined
    _by_kind: dict[Kind, tuple[Phrase, ...]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

    def of_kind(self, kind: Kind, topic: str | None = None) -> tuple[Phrase, ...]:
        if kind not in self._by_kind:
            self._by_kind[kind] = tuple(p for p in self.phrases if p.kind is kind)
        entries = self._by_kind[kind]
        if topic is None:
            return entries
        return tuple(p for p in entries if topic in p.topics)

    def topic_names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.topics)
