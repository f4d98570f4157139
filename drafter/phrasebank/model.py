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
from collections.abc import Callable
from dataclasses import fields
from enum import Enum
from typing import Protocol

from drafter.records import dataclass

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

    def __reduce__(self) -> tuple[type[SourceRef], tuple[str, int, int, int]]:
        # (pickled by its fields' values: a frozen dataclass's own state functions look its
        # fields up for every object, and mining sends thousands between processes)
        return SourceRef, (self.file, self.paragraph, self.start, self.end)


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
    # paragraph units: each sentence's own matter (安全稳定/信访), "" for one naming none; a
    # draft says each matter in one paragraph, sentence by sentence
    matters: tuple[str, ...] = ()

    def __reduce__(self) -> tuple[type[Phrase], tuple[object, ...]]:
        # pickled by its fields' values, in order (see ``SourceRef.__reduce__``): mining's
        # worker sends each speech's phrases to the main process (its half of 1.2 MB of
        # reports: 0.04 s of pickling and unpickling, 0.02 s this way)
        return Phrase, tuple([getattr(self, name) for name in _PHRASE_FIELDS])

    @property
    def slots(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for match in SLOT_PATTERN.finditer(self.text):
            seen.setdefault(match.group(1), None)
        return tuple(seen)


_PHRASE_FIELDS = tuple(f.name for f in fields(Phrase))

# a unit's aspect as mined: its topic and its matter (安全稳定/安全生产), or a bare keyword
MATTER_SEPARATOR = "/"


def home_of(aspect: str | None) -> str | None:
    """The topic a unit's aspect belongs to (安全稳定 of 安全稳定/安全生产), or None for an
    aspect that is only a keyword of the unit's topic."""
    if aspect is None or MATTER_SEPARATOR not in aspect:
        return None
    return aspect.split(MATTER_SEPARATOR, 1)[0]


def matter_name(aspect: str | None) -> str | None:
    """The matter's own name (就业 of 民生保障/就业), or None for an aspect that is only a
    keyword of the unit's topic."""
    if aspect is None or MATTER_SEPARATOR not in aspect:
        return None
    return aspect.split(MATTER_SEPARATOR, 1)[1]


def foreign_matter(aspect: str | None, allowed: frozenset[str] | None) -> bool:
    """The aspect names a matter of a topic outside ``allowed`` (the topics a part speaks for;
    None: every topic)."""
    home = home_of(aspect)
    return allowed is not None and home is not None and home not in allowed


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    keywords: tuple[str, ...]
    # topics a part on this one may draw on when its own material runs short (招商引资 →
    # 项目建设、营商环境), when the draft has no part of their own
    related: tuple[str, ...] = ()


class BankSource(Protocol):
    """Where a bank's entries come from when they are fetched on demand (an index of the bank,
    ``drafter.phrasebank.cache``): every entry in bank order, one kind's, one kind's on a topic."""

    def all(self) -> tuple[Phrase, ...]: ...

    def of_kind(self, kind: Kind) -> tuple[Phrase, ...]: ...

    def of_kind_on(self, kind: Kind, topic: str) -> tuple[Phrase, ...]: ...

    def entry(self, kind: Kind, entry_id: str) -> Phrase | None: ...

    def of_kind_where(self, kind: Kind, test: Callable[[str], object]) -> tuple[Phrase, ...]: ...

    def of_kind_naming(
        self, kind: Kind, topic: str, refused: Callable[[str], object] | None = None
    ) -> tuple[Phrase, ...]: ...

    def of_kind_on_kept(
        self, kind: Kind, topic: str, refused: Callable[[str], object]
    ) -> tuple[Phrase, ...]: ...

    def lead_ends(self) -> frozenset[tuple[str, int, int]]: ...


class PhraseBank:
    """The entries of a bank with its topics, the names scrubbed while mining and the files
    mined. Immutable. Built from its entries (``PhraseBank(phrases, topics, ...)``), or over a
    ``BankSource`` (``PhraseBank.over``) that fetches only the kinds and topics a draft asks for:
    opening a large bank then costs what the draft uses, not what the bank holds."""

    __slots__ = (
        "_by_id",
        "_by_kind",
        "_by_topic",
        "_kept",
        "_phrases",
        "_source",
        "scrubbed",
        "sources",
        "topics",
    )

    topics: tuple[Topic, ...]
    scrubbed: tuple[str, ...]  # local names removed while mining, for lint's foreign-name check
    sources: tuple[str, ...]  # file names mined
    _phrases: tuple[Phrase, ...] | None  # None until fetched from the source
    _source: BankSource | None
    _by_kind: dict[Kind, tuple[Phrase, ...]]
    _by_topic: dict[tuple[Kind, str], tuple[Phrase, ...]]
    # ``of_kind_kept``'s answers, by kind, topic and the key of what refused their entries
    _kept: dict[tuple[Kind, str, str], tuple[Phrase, ...]]
    _by_id: dict[Kind, dict[str, Phrase]]

    def __init__(
        self,
        phrases: tuple[Phrase, ...],
        topics: tuple[Topic, ...],
        scrubbed: tuple[str, ...] = (),
        sources: tuple[str, ...] = (),
    ) -> None:
        self._init(tuple(phrases), tuple(topics), tuple(scrubbed), tuple(sources), None)

    @classmethod
    def over(
        cls,
        source: BankSource,
        topics: tuple[Topic, ...],
        scrubbed: tuple[str, ...] = (),
        sources: tuple[str, ...] = (),
    ) -> PhraseBank:
        bank = cls.__new__(cls)
        bank._init(None, topics, scrubbed, sources, source)
        return bank

    def _init(
        self,
        phrases: tuple[Phrase, ...] | None,
        topics: tuple[Topic, ...],
        scrubbed: tuple[str, ...],
        sources: tuple[str, ...],
        source: BankSource | None,
    ) -> None:
        setter = object.__setattr__
        setter(self, "_phrases", phrases)
        setter(self, "topics", topics)
        setter(self, "scrubbed", scrubbed)
        setter(self, "sources", sources)
        setter(self, "_source", source)
        setter(self, "_by_kind", {})
        setter(self, "_by_topic", {})
        setter(self, "_kept", {})
        setter(self, "_by_id", {})

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"PhraseBank is immutable: cannot set {name}")

    @property
    def phrases(self) -> tuple[Phrase, ...]:
        """Every entry, in bank order (mined by kind, then curated)."""
        if self._phrases is None:
            assert self._source is not None
            object.__setattr__(self, "_phrases", self._source.all())
        assert self._phrases is not None
        return self._phrases

    def of_kind(self, kind: Kind, topic: str | None = None) -> tuple[Phrase, ...]:
        """The entries of ``kind`` (on ``topic`` when given), in bank order."""
        if topic is not None:
            key = (kind, topic)
            found = self._by_topic.get(key)
            if found is None:
                if self._source is not None and self._phrases is None and kind not in self._by_kind:
                    found = self._source.of_kind_on(kind, topic)
                else:  # (the kind's entries at hand: no second fetch)
                    found = tuple(p for p in self.of_kind(kind) if topic in p.topics)
                self._by_topic[key] = found
            return found
        entries = self._by_kind.get(kind)
        if entries is None:
            if self._source is not None and self._phrases is None:
                entries = self._source.of_kind(kind)
            else:
                entries = tuple(p for p in self.phrases if p.kind is kind)
            self._by_kind[kind] = entries
        return entries

    def of_kind_kept(
        self, kind: Kind, topic: str, refused: Callable[[str], object], key: str | None = None
    ) -> tuple[Phrase, ...]:
        """``of_kind(kind, topic)`` without the entries whose text ``refused`` answers true of,
        kept by ``key`` (what ``refused``'s answers depend on besides the text; None: not kept);
        over an index the texts are tested first and the entries refused never built (a
        draft's body sentences it cannot say or sets aside: ~2,000 entries)."""
        found = None if key is None else self._kept.get((kind, topic, key))
        if found is None:
            if (
                self._source is not None
                and self._phrases is None
                and kind not in self._by_kind
                and (kind, topic) not in self._by_topic
            ):
                found = self._source.of_kind_on_kept(kind, topic, refused)
            else:
                found = tuple(p for p in self.of_kind(kind, topic) if not refused(p.text))
            if key is not None:
                self._kept[(kind, topic, key)] = found
        return found

    def of_kind_where(self, kind: Kind, test: Callable[[str], object]) -> tuple[Phrase, ...]:
        """The entries of ``kind`` whose text passes ``test``, in bank order; over an index only
        those entries are fetched (the kind's texts are tested first), not the whole kind."""
        if self._source is not None and self._phrases is None and kind not in self._by_kind:
            return self._source.of_kind_where(kind, test)
        return tuple(p for p in self.of_kind(kind) if test(p.text))

    def of_kind_naming(
        self, kind: Kind, topic: str, refused: Callable[[str], object] | None = None
    ) -> tuple[Phrase, ...]:
        """The entries of ``kind`` whose text names one of ``topic``'s keywords (a topic the
        bank does not list names none), in bank order, but those whose text ``refused``
        refuses; over an index only those are fetched (and only those not refused built)."""
        if self._source is not None and self._phrases is None and kind not in self._by_kind:
            return self._source.of_kind_naming(kind, topic, refused)
        words = {t.name: t.keywords for t in self.topics}.get(topic, ())
        return tuple(
            p
            for p in self.of_kind(kind)
            if any(w and w in p.text for w in words) and (refused is None or not refused(p.text))
        )

    def entry(self, kind: Kind, entry_id: str) -> Phrase | None:
        """The entry of ``kind`` with the id ``entry_id`` (the last of the kind's entries, should
        two share it), or None; over an index only that entry is fetched, not the kind."""
        if self._source is not None and self._phrases is None and kind not in self._by_kind:
            return self._source.entry(kind, entry_id)
        table = self._by_id.get(kind)
        if table is None:
            table = self._by_id[kind] = {p.id: p for p in self.of_kind(kind)}
        return table.get(entry_id)

    def lead_ends(self) -> frozenset[tuple[str, int, int]]:
        """(file, paragraph, end) of every source of the bank's leads (run-in sub-headings):
        where each ended in the paragraph it was mined from; over an index read from a block of
        its own, the leads not fetched."""
        if self._source is not None and self._phrases is None and Kind.LEAD not in self._by_kind:
            return self._source.lead_ends()
        return frozenset(
            (ref.file, ref.paragraph, ref.end)
            for lead in self.of_kind(Kind.LEAD)
            for ref in lead.sources
        )

    def topic_names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.topics)

    def _fields(self) -> tuple[object, ...]:
        return (self.phrases, self.topics, self.scrubbed, self.sources)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PhraseBank):
            return NotImplemented
        return self is other or self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        count = "indexed" if self._phrases is None else f"{len(self._phrases)} phrases"
        return f"PhraseBank({count}, {len(self.topics)} topics)"
