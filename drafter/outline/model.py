"""Types produced by the outline stage: the structure (提纲) of one speech.

Every element keeps a ``Span`` into the normalised paragraphs it was parsed from, so the miner can
record provenance and lint can quote the place. ``Outline.to_json()`` is the contract of
``drafter outline --json`` (../shared/spec/outline-json.md, v1): extend, never break.
"""

from __future__ import annotations

from dataclasses import field
from typing import Any

from drafter.records import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``start:end`` of paragraph number ``paragraph`` (0-based)."""

    paragraph: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Part:
    """A whole paragraph with a role: title, salutation, opening, transition, closing."""

    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Heading:
    """A numbered heading. ``text`` excludes the marker and the closing 。.

    ``body`` is the rest of the paragraph when the heading runs into the body on the same line
    ("（一）全力以赴抓项目。项目建设是……"), else "".
    """

    level: int
    marker: str
    text: str
    span: Span
    body: str = ""

    @property
    def ordinal(self) -> int:
        """1 for 一、/（一）/1./（1）, 2 for 二、 …; 0 when the marker cannot be read."""
        from drafter.outline.numerals import marker_ordinal

        return marker_ordinal(self.marker)


@dataclass(frozen=True, slots=True)
class EnumItem:
    """One item of an ordinal run: ``marker`` 一是/二要/第一/首先…, ``text`` up to its first 。."""

    marker: str
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Enumeration:
    """An ordinal run in the body (一是…二是…, 一要…二要…, 第一，…, 首先…其次…最后)."""

    style: str
    items: tuple[EnumItem, ...]

    @property
    def count(self) -> int:
        return len(self.items)


@dataclass(frozen=True, slots=True)
class LeadSentence:
    """A short heading-like sentence opening a run of body text ("补齐生态短板。"), without 。."""

    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Outline:
    """The structure of one speech, and the paragraphs it was parsed from."""

    paragraphs: tuple[str, ...]
    title: Part | None = None
    salutation: Part | None = None
    opening: Part | None = None
    transition: Part | None = None
    closing: Part | None = None
    headings: tuple[Heading, ...] = ()
    enumerations: tuple[Enumeration, ...] = ()
    lead_sentences: tuple[LeadSentence, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    # Lines between the title and the salutation: "——2024年1月21日在……上", "县长 张三", a date.
    front: tuple[Part, ...] = ()
    # Unnumbered section titles of work reports: "2023年工作回顾", "2024年重点工作".
    sections: tuple[Part, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The contract JSON (outline-json.md v1)."""

        def text(part: Part | None) -> str | None:
            return part.text if part is not None else None

        return {
            "title": text(self.title),
            "salutation": text(self.salutation),
            "opening": text(self.opening),
            "transition": text(self.transition),
            "headings": [
                {"level": h.level, "marker": h.marker, "text": h.text} for h in self.headings
            ],
            "enumerations": [
                {"style": e.style, "count": e.count, "items": [i.text for i in e.items]}
                for e in self.enumerations
            ],
            "lead_sentences": [s.text for s in self.lead_sentences],
            "closing": text(self.closing),
        }

    def heading_path(self, paragraph: int) -> tuple[Heading, ...]:
        """The headings (level 1 first) that the paragraph number ``paragraph`` sits under."""
        path: list[Heading] = []
        for heading in self.headings:
            if heading.span.paragraph > paragraph:
                break
            while path and path[-1].level >= heading.level:
                path.pop()
            path.append(heading)
        return tuple(path)
