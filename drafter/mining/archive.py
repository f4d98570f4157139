"""An office's archive as found: read texts → the ones to mine, and why the others are left out.

Two things an archive holds that must not be mined as they are:

- files that are not speeches at all (a README, program files, a spreadsheet saved as text): a
  bank mined from them is junk. A speech is Chinese prose: enough Chinese characters, most of
  the text Chinese, sentences that end in 。！？;
- several versions of one speech (初稿/修改稿/定稿): each would count its sentences again, so a
  one-off sentence looks common ("出现 3 处") and slips past the single-source filters. Two texts
  sharing most of their sentences are versions of one; the one named 定稿/终稿 is kept, else the
  latest (by modification time, then by name).
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Sequence
from hashlib import blake2b
from pathlib import Path

from drafter.corpus import SourceText
from drafter.records import dataclass

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_NON_SPACE = re.compile(r"\S")
_SENTENCE_END = re.compile(r"[。！？]")
_SENTENCE = re.compile(r"[^。！？；]+[。！？；]?")
# A speech has at least this much Chinese prose.
MIN_CHINESE = 100
MIN_CHINESE_SHARE = 0.5
MIN_SENTENCES = 3
# Sentences shorter than this are formulae every speech shares (同志们！), not evidence.
_MIN_SENTENCE = 10
# Versions of one text share at least this share of the shorter one's sentences.
VERSION_SHARE = 0.6
_MIN_SHARED = 5
# A sentence in more texts than this is a formula of the genre, not a sign of one text's versions.
_MAX_OWNERS = 8
# Names that say which version is final, and which is not.
_FINAL = ("定稿", "终稿", "最终", "正式", "印发", "发言稿")
_DRAFT = ("初稿", "草稿", "征求意见", "讨论稿", "修改稿", "送审稿", "修订", "底稿", "备份", "副本")


def check_speech(source: SourceText, counts: Counter[str] | None = None) -> str | None:
    """Why ``source`` is not a speech (in Chinese, for the summary), or None when it is one.
    ``counts``: its text's characters counted, when the caller has them."""
    # counted per distinct character: a speech has a few thousand, against ~15,000 characters
    if counts is None:
        counts = Counter(source.text)
    chinese = sum(n for ch, n in counts.items() if _HAN.match(ch))
    if chinese < MIN_CHINESE:
        return f"不像讲话稿：只有 {chinese} 个汉字"
    share = chinese / max(1, sum(n for ch, n in counts.items() if _NON_SPACE.match(ch)))
    if share < MIN_CHINESE_SHARE:
        return f"不像讲话稿：汉字只占 {share:.0%}（可能是程序、表格或说明文件）"
    if sum(n for ch, n in counts.items() if _SENTENCE_END.match(ch)) < MIN_SENTENCES:
        return "不像讲话稿：没有成句的正文"
    return None


@dataclass(frozen=True, slots=True)
class Version:
    """A read text that is an older (or unofficial) version of ``kept``."""

    label: str
    kept: str
    shared: int  # sentences the two have in common


def find_versions(
    texts: Sequence[tuple[str, Path, SourceText]],
    digests: Sequence[array[int]] | None = None,
) -> tuple[Version, ...]:
    """The texts (label, path, source) that are other versions of one kept text, in input order.

    Versions are grouped transitively (初稿 ≈ 修改稿 ≈ 定稿); each group keeps one text.
    ``digests``: each text's ``sentence_digests``, when the caller has them (mining works them
    out where each text was read).
    """
    if digests is None:
        digests = [sentence_digests(source) for _, _, source in texts]
    sentences = [frozenset(found) for found in digests]
    shared = _shared_counts(sentences)
    parent = list(range(len(texts)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    links: dict[tuple[int, int], int] = {}
    for (a, b), count in shared.items():
        smaller = min(len(sentences[a]), len(sentences[b]))
        if count >= _MIN_SHARED and count >= VERSION_SHARE * smaller:
            links[a, b] = count
            parent[root(b)] = root(a)
    groups: dict[int, list[int]] = {}
    for index in range(len(texts)):
        groups.setdefault(root(index), []).append(index)
    versions: list[Version] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        kept = max(members, key=lambda i: _preference(texts[i][0], texts[i][1]))
        for index in members:
            if index != kept:
                pair = (min(index, kept), max(index, kept))
                count = links.get(pair, len(sentences[index] & sentences[kept]))
                versions.append(Version(texts[index][0], texts[kept][0], count))
    order = {label: number for number, (label, _, _) in enumerate(texts)}
    return tuple(sorted(versions, key=lambda v: order[v.label]))


def sentence_digests(source: SourceText) -> array[int]:
    """The sentences by which versions of one text are told (``find_versions``), each as a
    64-bit digest of its text, distinct and sorted: 8 bytes a sentence, where the sentences
    themselves (what mining's workers send the main process, held all through mining) came
    to ~33 MB at 20 MB of reports. (Two sentences of a corpus of 20 MB share a digest by
    chance about once in a billion runs, and a shared count is then one too high.)"""
    found = {
        int.from_bytes(blake2b(sentence.encode("utf-8"), digest_size=8).digest(), "little")
        for paragraph in source.paragraphs
        for match in _SENTENCE.finditer(paragraph)
        if len(sentence := match.group().strip()) >= _MIN_SENTENCE
    }
    return array("Q", sorted(found))


def _shared_counts(sentences: Sequence[frozenset[int]]) -> Counter[tuple[int, int]]:
    """Sentences shared by each pair of texts (through an index: no pair-by-pair comparison)."""
    owners: dict[int, list[int]] = {}
    for index, found in enumerate(sentences):
        for sentence in found:
            owners.setdefault(sentence, []).append(index)
    shared: Counter[tuple[int, int]] = Counter()
    for indexes in owners.values():
        if 1 < len(indexes) <= _MAX_OWNERS:
            for position, a in enumerate(indexes):
                for b in indexes[position + 1 :]:
                    shared[a, b] += 1
    return shared


def _preference(label: str, path: Path) -> tuple[int, float, str]:
    """定稿/终稿 first, drafts last; then the latest modified; then the later name."""
    name = Path(label).stem
    rank = 2 if any(word in name for word in _FINAL) else 0 if any(w in name for w in _DRAFT) else 1
    try:
        modified = path.stat().st_mtime
    except OSError:
        modified = 0.0
    return rank, modified, label
