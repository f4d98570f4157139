"""Reading a speech file for lint: normalised paragraphs plus the text as written.

Input: a path. Output: ``LintSource`` — the normalised paragraphs (``drafter.corpus.read_speech``)
and, for each paragraph, the stretches of the file's own text it came from. Normalisation turns
half-width marks full-width and drops mojibake fragments, so the punctuation and mojibake checks
read the original text, mapped back to paragraph numbers.

The mapping follows the Chinese characters: both texts are projected to their CJK characters,
each original line is anchored in the normalised projection and walked character by character,
and the line is cut wherever the paragraph changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from drafter.records import dataclass

_CJK = re.compile(r"[\u3400-\u9fff]")
_ANCHOR = 6


@dataclass(frozen=True, slots=True)
class LintSource:
    name: str
    paragraphs: tuple[str, ...]
    raw: tuple[tuple[int, str], ...]  # (paragraph index, original text), in order


# A long work report is ~100 KB. Lint compares every sentence with every other: a 15 MB file
# took 47 s and 730 MB, so a file far beyond any speech is refused up front with a reason.
MAX_LINT_BYTES = 3 * 1024 * 1024


def read_lint_source(path: Path) -> LintSource:
    from drafter.corpus import read_speech
    from drafter.errors import CorpusError

    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # read_speech says what is wrong with the path
    if size > MAX_LINT_BYTES:
        raise CorpusError(
            f"文件有 {size / 1024 / 1024:.1f} MB，一篇讲话稿一般不到 200 KB，"
            f"lint 最多检查 {MAX_LINT_BYTES // 1024 // 1024} MB：请确认选对了文件，"
            "或把它拆成单篇讲话稿再检查",
            path=path,
        )
    source = read_speech(path)
    paragraphs = source.paragraphs
    original = _original_lines(path)
    if original is None:
        raw = tuple(enumerate(paragraphs))
    else:
        convert = _t2s() if source.traditional else None
        raw = align_lines(original, paragraphs, convert)
    return LintSource(source.name, paragraphs, raw)


def _original_lines(path: Path) -> list[str] | None:
    suffix = path.suffix.lower()
    if suffix == ".docx":
        import docx

        try:
            document = docx.Document(str(path))
        except Exception:  # read_speech already accepted the file; fall back to its text
            return None
        return [p.text for p in document.paragraphs]
    from drafter.corpus.decode import decode_bytes

    text, _ = decode_bytes(path.read_bytes())
    return text.splitlines()


def _t2s() -> object:
    import opencc

    return opencc.OpenCC("tw2s")


def align_lines(
    lines: Sequence[str], paragraphs: Sequence[str], converter: object | None = None
) -> tuple[tuple[int, str], ...]:
    """Cut the original ``lines`` into ``(paragraph index, text)`` pieces."""
    joined_chars: list[str] = []
    owner: list[int] = []
    for index, text in enumerate(paragraphs):
        characters = _CJK.findall(text)  # (one character each)
        joined_chars.extend(characters)
        owner.extend([index] * len(characters))
    joined = "".join(joined_chars)
    pieces: list[tuple[int, str]] = []
    pointer = 0
    for line in lines:
        if not line.strip():
            continue
        key_line = converter.convert(line) if converter is not None else line  # type: ignore[attr-defined]
        if len(key_line) != len(line):
            key_line = line
        positions = [m.start() for m in _CJK.finditer(key_line)]
        if not positions:
            continue
        chars = "".join(key_line[p] for p in positions)
        if joined.startswith(chars, pointer):
            # the line as normalisation kept it (most lines): what the loop below finds, at once
            _cut(line, positions, owner[pointer : pointer + len(chars)], pieces)
            pointer += len(chars)
            continue
        mapped: list[int | None] = [None] * len(positions)
        k = 0
        while k < len(chars):
            if pointer < len(joined) and joined[pointer] == chars[k]:
                mapped[k] = owner[pointer]
                pointer += 1
                k += 1
                continue
            anchor = chars[k : k + _ANCHOR]
            found = joined.find(anchor, pointer) if len(anchor) >= 3 else -1
            if found < 0:
                k += 1  # a character normalisation dropped (mojibake, web noise)
                continue
            pointer = found
        _cut(line, positions, mapped, pieces)
    return tuple(_merge(pieces))


def _cut(
    line: str, positions: list[int], mapped: Sequence[int | None], pieces: list[tuple[int, str]]
) -> None:
    known = [(p, m) for p, m in zip(positions, mapped, strict=True) if m is not None]
    if not known:
        return
    current = known[0][1]
    begin = 0
    for position, paragraph in known[1:]:
        if paragraph != current:
            # cut right before the first character of the next paragraph
            pieces.append((current, line[begin:position]))
            begin, current = position, paragraph
    pieces.append((current, line[begin:]))


def _merge(pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    merged: list[tuple[int, str]] = []
    for index, text in pieces:
        if merged and merged[-1][0] == index:
            merged[-1] = (index, merged[-1][1] + "\n" + text)
        else:
            merged.append((index, text))
    return merged
