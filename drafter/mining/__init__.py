"""The mining stage: speech files → ``PhraseBank`` (and a ``MiningReport``).

Pipeline (each step its own module)::

    files ─ corpus.read_speech ─ outline.parse_outline ─ extract (candidates per kind)
          ─ segment (one jieba pass per text) ─ names / figures (slots, scrubbing)
          ─ topics (tagging) ─ frames (heading frames) ─ merge (dedup, ids, order) ─ PhraseBank

``mine_bank(paths, topics)`` is what ``drafter mine`` calls; it never writes anything.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import CorpusError
from drafter.phrasebank.model import Kind, Phrase, PhraseBank, Topic

SPEECH_SUFFIXES = (".txt", ".md", ".docx")

_WORD = re.compile(r"^[\u4e00-\u9fff]+$")


@dataclass(frozen=True, slots=True)
class CorpusFiles:
    files: tuple[Path, ...]
    skipped: tuple[tuple[str, str], ...]
    # how provenance names each file: its path relative to the folder it was found in (a file
    # named on the command line: its name)
    labels: tuple[str, ...] = ()


def collect_files(paths: Iterable[Path]) -> CorpusFiles:
    """The speech files named by ``paths`` (files, or folders searched recursively), sorted;
    other files in folders are ignored, named files with a wrong suffix are skipped."""
    files: list[tuple[Path, str]] = []
    skipped: list[tuple[str, str]] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SPEECH_SUFFIXES
                and not p.name.startswith((".", "~$"))
            )
            files.extend((p, p.relative_to(path).as_posix()) for p in found)
        elif path.is_file():
            if path.suffix.lower() in SPEECH_SUFFIXES:
                files.append((path, path.name))
            else:
                skipped.append((str(path), "不是 .txt/.md/.docx 文件"))
        else:
            skipped.append((str(path), "文件或文件夹不存在"))
    unique: list[tuple[Path, str]] = []
    seen: set[Path] = set()
    labels: set[str] = set()
    for file, label in files:
        if file in seen:
            continue
        seen.add(file)
        # two folders holding the same relative name: fall back to the full path
        if label in labels:
            label = file.as_posix()
        labels.add(label)
        unique.append((file, label))
    return CorpusFiles(
        tuple(f for f, _ in unique), tuple(skipped), tuple(label for _, label in unique)
    )


def mine_bank(
    paths: Sequence[Path],
    topics: Sequence[Topic],
    *,
    progress: Callable[[str, str], None] | None = None,
) -> tuple[PhraseBank, MiningReport]:
    """Mine the speeches in ``paths`` into a bank tagged with ``topics``.

    Unreadable files are skipped and reported; CorpusError when no file could be read.
    ``progress(step, file name)`` is called once per file for reading and once per speech for
    generalising (so twice per readable file)."""
    from drafter import segment
    from drafter.corpus import read_speech
    from drafter.mining.extract import Candidate, extract_candidates
    from drafter.mining.generalise import Generaliser
    from drafter.mining.merge import merge_phrases
    from drafter.mining.names import QUOTE_RE, NameContext, find_county_names
    from drafter.mining.report import ReportBuilder
    from drafter.mining.topics import TopicTagger
    from drafter.outline import parse_outline

    corpus = collect_files(paths)
    report = ReportBuilder(skipped=list(corpus.skipped))
    speeches = []
    digests: dict[str, str] = {}
    for path, label in zip(corpus.files, corpus.labels, strict=True):
        if progress is not None:
            progress("读取", label)
        try:
            source = read_speech(path)
        except CorpusError as error:
            report.skipped.append((str(path), error.message))
            continue
        digest = hashlib.sha1("\n".join(source.paragraphs).encode()).hexdigest()
        if digest in digests:
            report.skipped.append((str(path), f"与 {digests[digest]} 内容相同"))
            continue
        digests[digest] = label
        outline = parse_outline(source.paragraphs)
        report.files.append(label)
        report.paragraphs += len(source.paragraphs)
        speeches.append((label, source, list(extract_candidates(source, outline, label))))
    if not speeches:
        if not corpus.files and not corpus.skipped:
            raise CorpusError("语料为空：没有找到 .txt/.md/.docx 讲话稿文件")
        raise CorpusError(
            "语料中没有可读取的讲话稿：" + "；".join(f"{f}：{r}" for f, r in report.skipped)
        )

    # one segmentation pass over every candidate text
    words_of: list[dict[str, tuple[str, ...]]] = []
    doc_freq: Counter[str] = Counter()
    counts_of: list[Counter[str]] = []
    for _, _, candidates in speeches:
        words: dict[str, tuple[str, ...]] = {}
        for candidate in candidates:
            if candidate.kind in (Kind.ORDINAL_RUN, Kind.PARALLEL_LIST, Kind.CLOSING):
                continue
            if candidate.text not in words:
                words[candidate.text] = segment.cut(candidate.text)
        counts: Counter[str] = Counter(w for ws in words.values() for w in ws if _WORD.match(w))
        words_of.append(words)
        counts_of.append(counts)
        doc_freq.update(counts.keys())

    salient = _salient_chars({label: source.text for label, source, _ in speeches})
    quote_freq: Counter[str] = Counter()
    for _, source, _ in speeches:
        quote_freq.update({m.group(1) for m in QUOTE_RE.finditer(source.text)})
    tagger = TopicTagger(topics)
    generaliser = Generaliser(tagger, report)
    phrases: list[Phrase] = []
    for (label, source, candidates), words, counts in zip(
        speeches, words_of, counts_of, strict=True
    ):
        if progress is not None:
            progress("提炼", label)
        generaliser.start_speech()
        context = NameContext(
            doc_freq=doc_freq,
            n_docs=len(speeches),
            county_names=find_county_names(source.text),
            counts=counts,
            generic=tagger.keywords,
            salient_chars=salient.get(label, frozenset()),
            quote_freq=quote_freq,
        )
        groups: dict[int, list[tuple[Candidate, tuple[str, ...]]]] = {}
        for candidate in candidates:
            candidate_words = words.get(candidate.text)
            if candidate_words is None:
                candidate_words = segment.cut(candidate.text)
            phrases.extend(generaliser.generalise(candidate, candidate_words, context))
            if candidate.kind is Kind.HEADING and candidate.group >= 0:
                groups.setdefault(candidate.group, []).append((candidate, candidate_words))
        for number in sorted(groups):
            members = groups[number]
            phrases.extend(
                generaliser.heading_frames(
                    [m[0] for m in members], [m[1] for m in members], context
                )
            )

    phrases = _drop_known_names(phrases, report)
    merged = merge_phrases(phrases, [t.name for t in topics])
    scrubbed = sorted(
        {
            name.strip("“”「」")
            for (name, slot, reason) in report.names
            if (
                slot in ("place", "person", "org", "project", "county")
                and "遮盖符" not in reason
                and "编号" not in reason
            )
            or (slot is None and "引号" in reason)
        }
        - {""}
    )
    bank = PhraseBank(
        phrases=merged,
        topics=tuple(topics),
        scrubbed=tuple(scrubbed),
        sources=tuple(sorted(label for label, _, _ in speeches)),
    )
    counts_by_kind: dict[Kind, int] = Counter(p.kind for p in merged)
    return bank, report.build(counts_by_kind)


SALIENT_MIN_COUNT = 8


def _salient_chars(texts: dict[str, str]) -> dict[str, frozenset[str]]:
    """Per speech: characters it uses often that no other speech uses at all (茶, 硒, 渭) — the
    signature of a local product or place. Needs three speeches or more to mean anything."""
    if len(texts) < 3:
        return {}
    counts = {}
    for label, text in texts.items():
        every = Counter(text)
        counts[label] = Counter({ch: n for ch, n in every.items() if "\u4e00" <= ch <= "\u9fff"})
    total: Counter[str] = Counter()
    for counter in counts.values():
        total.update(counter)
    return {
        label: frozenset(
            ch for ch, n in counter.items() if n >= SALIENT_MIN_COUNT and total[ch] == n
        )
        for label, counter in counts.items()
    }


def _contains_any(text: str, by_head: dict[str, list[str]]) -> bool:
    for position in range(len(text) - 1):
        candidates = by_head.get(text[position : position + 2])
        if candidates and any(text.startswith(name, position) for name in candidates):
            return True
    return False


_WORD_LEVEL_REASONS = ("遮盖符", "词典标为专名", "省份", "江河山脉", "本篇特有的字", "本县名称")


def _drop_known_names(phrases: list[Phrase], report: ReportBuilder) -> list[Phrase]:
    """Safety net: a name recognised anywhere in a speech is not let through elsewhere in it
    (群科新区 found by its suffix also hides a bare 群科)."""
    by_file: dict[str, set[str]] = {}
    for (name, slot, reason), (_, files) in report.names.items():
        if slot in ("number", "session") or reason.startswith(_WORD_LEVEL_REASONS):
            continue  # word-level verdicts apply wherever the word occurs; masks are not names
        bare = name.strip("“”「」《》…")
        if len(bare) >= 2 and re.search(r"[\u4e00-\u9fff]", bare):
            for file in files:
                by_file.setdefault(file, set()).add(bare)
    # index the names by their first two characters, so a text is scanned once
    index: dict[str, dict[str, list[str]]] = {}
    for file, names in by_file.items():
        by_head: dict[str, list[str]] = {}
        for name in names:
            by_head.setdefault(name[:2], []).append(name)
        index[file] = by_head
    kept = []
    for phrase in phrases:
        files = {source.file for source in phrase.sources}
        blob = "\n".join(
            [
                phrase.text,
                *phrase.items,
                phrase.indicator or "",
                *(value for filler in phrase.fillers for _, value in filler.values),
            ]
        )
        if any(_contains_any(blob, index[file]) for file in files if file in index):
            report.drop("含本篇已识别的专名")
            continue
        kept.append(phrase)
    return kept


from drafter.mining.report import MiningReport, ReportBuilder  # noqa: E402

__all__ = ["CorpusFiles", "MiningReport", "collect_files", "mine_bank"]
