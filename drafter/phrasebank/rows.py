"""One entry of a phrase bank as a row of JSON values, and back: the lines of the bank's index.

Input: a ``Phrase`` and its position in the bank; output: the values of its line in the index
(``row_of``). Back: from the values read from a line (of a file that may have been planted or
damaged), the ``Phrase`` again (``phrase_of``), or TypeError, ValueError, KeyError or IndexError
when they are not the entry's types: the index then answers from the YAML files.

A row's values, in this order: position, id, text, topics, support, sources, mode, aspect,
curated, level, style, items, fillers, indicator, fields, roles, genre, lead, matters: the first
six always, the rest up to the last that is not at its default. An entry's text is null where it
is its items joined (a paragraph unit: its sentences), and a source file is its number in the
bank's ``sources`` where it is one of them.
"""

from __future__ import annotations

import json
from typing import Any

from drafter.phrasebank.model import Filler, Kind, Mode, Phrase, SourceRef

_MODES = {mode.value: mode for mode in Mode}


def dumps(value: object) -> bytes:
    return _ENCODE(value).encode("utf-8")


# (json.dumps with arguments builds an encoder at each call: ~9,000 rows a bank)
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def row_of(position: int, phrase: Phrase, files: dict[str, int]) -> list[object]:
    if (  # (most entries set nothing past their aspect: their row without the 19 values' work)
        phrase.curated is False
        and phrase.level is None
        and phrase.style is None
        and not phrase.items
        and not phrase.fillers
        and phrase.indicator is None
        and not phrase.fields
        and not phrase.roles
        and phrase.genre is None
        and phrase.lead is None
        and not phrase.matters
    ):
        row: list[object] = [
            position,
            phrase.id,
            phrase.text,
            list(phrase.topics),
            phrase.support,
            [[files.get(s.file, s.file), s.paragraph, s.start, s.end] for s in phrase.sources],
        ]
        if phrase.aspect is not None:
            row += [None if phrase.mode is None else phrase.mode.value, phrase.aspect]
        elif phrase.mode is not None:
            row.append(phrase.mode.value)
        return row
    return full_row_of(position, phrase, files)


def full_row_of(position: int, phrase: Phrase, files: dict[str, int]) -> list[object]:
    joined = bool(phrase.items) and phrase.text == "".join(phrase.items)
    row = [
        position,
        phrase.id,
        None if joined else phrase.text,
        list(phrase.topics),
        phrase.support,
        [[files.get(s.file, s.file), s.paragraph, s.start, s.end] for s in phrase.sources],
        None if phrase.mode is None else phrase.mode.value,
        phrase.aspect,
        phrase.curated,
        phrase.level,
        phrase.style,
        list(phrase.items),
        [[f.topic, [list(pair) for pair in f.values]] for f in phrase.fillers],
        phrase.indicator,
        list(phrase.fields),
        list(phrase.roles),
        phrase.genre,
        phrase.lead,
        list(phrase.matters),
    ]
    # values left at their default at the end of a row are not written (most entries set none
    # past the aspect): the fewer values, the faster json decodes a block
    while len(row) > len(_REQUIRED) and _is_default(row[-1], _DEFAULTS[len(row) - 1]):
        row.pop()
    return row


def _is_default(value: object, default: object) -> bool:
    return type(value) is type(default) and value == default


# The checks raise TypeError when a value read from the index is not of the entry's type. They
# run on every entry fetched, so they test whole lists at once (``set(map(type, …))``).
STR_TYPES = frozenset({str})
INT_TYPES = frozenset({int})
_LIST = frozenset({list})
_OPT_STR = frozenset({str, type(None)})


def check_str(value: Any) -> str:
    if type(value) is not str:
        raise TypeError("not a str")
    return value


def check_strs(value: Any) -> tuple[str, ...]:
    if type(value) is not list or not set(map(type, value)) <= STR_TYPES:
        raise TypeError("not a list of str")
    return tuple(value)


# A row's values, in this order: the first six always, the rest up to the last that is not at
# its default (``row_of``); a row read is padded with the defaults again.
_REQUIRED = ("position", "id", "text", "topics", "support", "sources")
_DEFAULTS: tuple[Any, ...] = (
    *(None for _ in _REQUIRED),
    None,  # mode
    None,  # aspect
    False,  # curated
    None,  # level
    None,  # style
    [],  # items
    [],  # fillers
    None,  # indicator
    [],  # fields
    [],  # roles
    None,  # genre
    None,  # lead
    [],  # matters
)


def phrase_of(row: Any, kind: Kind, files: tuple[str, ...]) -> tuple[int, Phrase]:
    if type(row) is list and len(_REQUIRED) <= len(row) <= _SHORT:
        return _short_phrase(row, kind, files)
    if type(row) is not list or not len(_REQUIRED) <= len(row) <= len(_DEFAULTS):
        raise TypeError("not an entry")
    if len(row) < len(_DEFAULTS):
        row = row + list(_DEFAULTS[len(row) :])  # (the default lists are only read)
    (
        position,
        id_,
        text,
        topics,
        support,
        sources,
        mode,
        aspect,
        curated,
        level,
        style,
        items,
        fillers,
        indicator,
        fields,
        roles,
        genre,
        lead,
        matters,
    ) = row
    # one comparison per value (an entry is checked on every fetch: ~4,000 a draft)
    if (
        type(position) is not int
        or type(id_) is not str
        or (type(text) is not str and (text is not None or not items))
        or type(topics) is not list
        or type(support) is not int
        or type(sources) is not list
        or (mode is not None and type(mode) is not str)
        or (aspect is not None and type(aspect) is not str)
        or type(curated) is not bool
        or (level is not None and type(level) is not int)
        or (style is not None and type(style) is not str)
        or type(items) is not list
        or type(fillers) is not list
        or (indicator is not None and type(indicator) is not str)
        or type(fields) is not list
        or type(roles) is not list
        or (genre is not None and type(genre) is not str)
        or (lead is not None and type(lead) is not str)
        or type(matters) is not list
        # the lists of text, mostly empty, checked at once
        or not set(map(type, [*topics, *items, *fields, *roles, *matters])) <= STR_TYPES
    ):
        raise TypeError("not an entry")
    phrase: Any = _new(_OpenPhrase)
    phrase.id = id_
    phrase.kind = kind
    phrase.text = "".join(items) if text is None else text
    phrase.topics = tuple(topics)
    phrase.support = support
    phrase.sources = _sources(sources, files) if sources else ()
    phrase.curated = curated
    phrase.level = level
    phrase.style = style
    phrase.items = tuple(items)
    phrase.fillers = (
        tuple(
            Filler(topic if topic is None else check_str(topic), tuple(map(_pair, values)))
            for topic, values in fillers
        )
        if fillers
        else ()
    )
    phrase.indicator = indicator
    phrase.fields = tuple(fields)
    phrase.mode = None if mode is None else _MODES[mode]
    phrase.roles = tuple(roles)
    phrase.aspect = aspect
    phrase.genre = genre
    phrase.lead = lead
    phrase.matters = tuple(matters)
    phrase.__class__ = Phrase
    return position, phrase


_SHORT = len(_REQUIRED) + 2  # a row that ends at its aspect (most of them: ``_short_phrase``)


def _short_phrase(row: list[Any], kind: Kind, files: tuple[str, ...]) -> tuple[int, Phrase]:
    """``phrase_of`` of a row that sets nothing past its mode and aspect, with the checks and
    stores of the values it does not hold left out (a draft builds ~4,000 such entries)."""
    if len(row) == _SHORT:
        position, id_, text, topics, support, sources, mode, aspect = row
    else:
        position, id_, text, topics, support, sources = row[: len(_REQUIRED)]
        mode = row[len(_REQUIRED)] if len(row) > len(_REQUIRED) else None
        aspect = None
    if (
        type(position) is not int
        or type(id_) is not str
        or type(text) is not str  # (a null text is its items joined: there are none)
        or type(topics) is not list
        or type(support) is not int
        or type(sources) is not list
        or (mode is not None and type(mode) is not str)
        or (aspect is not None and type(aspect) is not str)
        or not STR_TYPES.issuperset(map(type, topics))  # (no set built: ~4,000 rows a draft)
    ):
        raise TypeError("not an entry")
    phrase: Any = _new(_OpenPhrase)
    phrase.id = id_
    phrase.kind = kind
    phrase.text = text
    phrase.topics = tuple(topics)
    phrase.support = support
    phrase.sources = _sources(sources, files) if sources else ()
    phrase.curated = False
    phrase.level = None
    phrase.style = None
    phrase.items = ()
    phrase.fillers = ()
    phrase.indicator = None
    phrase.fields = ()
    phrase.mode = None if mode is None else _MODES[mode]
    phrase.roles = ()
    phrase.aspect = aspect
    phrase.genre = None
    phrase.lead = None
    phrase.matters = ()
    phrase.__class__ = Phrase
    return position, phrase


def _sources(refs: list[Any], files: tuple[str, ...]) -> tuple[SourceRef, ...]:
    """The entry's sources from their rows (one source, as ~90% of rows have: no generator)."""
    if len(refs) == 1:
        return (_source(refs[0], files),)
    return tuple(_source(ref, files) for ref in refs)


def _source(ref: Any, files: tuple[str, ...]) -> SourceRef:
    """One source of an entry from its row (~5,000 a draft: no dataclass __init__)."""
    file, paragraph, start, end = ref
    if type(file) is int and 0 <= file < len(files):
        file = files[file]
    if (
        type(file) is not str
        or type(paragraph) is not int
        or type(start) is not int
        or type(end) is not int
    ):
        raise TypeError("not a source")
    source: Any = _new(_OpenSourceRef)
    source.file = file
    source.paragraph = paragraph
    source.start = start
    source.end = end
    source.__class__ = SourceRef
    built: SourceRef = source
    return built


# Entries and their sources are built as instances of a class with the same slots and no frozen
# __setattr__, then given their own class (CPython allows it between classes of one layout):
# storing to a slot by name is a few nanoseconds, where a frozen dataclass's __init__ goes
# through object.__setattr__ and even the slot descriptors' __set__ cost ~10 times as much
# (decoding builds ~4,000 entries a draft). A field added to Phrase or SourceRef and not set
# above fails at import.
_new = object.__new__


def _open_class(cls: type, names: str) -> type:
    """A class of ``cls``'s slots, all of them ``names`` (or the import fails), unfrozen."""
    slots = cls.__dict__.get("__slots__")
    if slots is None or sorted(names.split()) != sorted(cls.__dataclass_fields__):  # type: ignore[attr-defined]
        raise ImportError(f"{cls.__name__}'s fields changed: update phrasebank.cache")
    return type(f"_Open{cls.__name__}", (), {"__slots__": tuple(slots)})


_OpenPhrase = _open_class(
    Phrase,
    "id kind text topics support sources curated level style items fillers indicator fields "
    "mode roles aspect genre lead matters",
)
_OpenSourceRef = _open_class(SourceRef, "file paragraph start end")

# What a row's values mean: a change of the entries' fields or of the row's order of values is
# an index of another layout (``cache.read_stored``), never read as this one.
ROW_LAYOUT = " ".join([*Phrase.__dataclass_fields__, *_REQUIRED, str(len(_DEFAULTS))])


def _pair(value: Any) -> tuple[str, str]:
    slot, text = value
    return check_str(slot), check_str(text)
