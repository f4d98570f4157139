"""What a paragraph is about within its topic: the matters of ``aspects.yaml`` (大气, 水环境 and
土壤 of 生态环保; 就业, 社保 and 救助 of 民生保障 …), each with the words that name it and the
topic it belongs to.

Composing uses them in three ways: a part says each matter in one paragraph; a matter is said
in the part of its own topic (安全生产 in 安全稳定, not in 民生保障), or — when the draft has no
such part — in the first part that takes it up; and a paragraph's lead names the matter of its
sentences (a lead on 公墓 over sentences on 群团 is dropped).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import field, replace
from pathlib import Path

from drafter.phrasebank.model import MATTER_SEPARATOR, Kind, Phrase
from drafter.records import dataclass
from drafter.wordpattern import unquoted, words_pattern

ASPECTS_FILE = Path(__file__).with_name("aspects.yaml")
WEIGHTS_FILE = Path(__file__).with_name("matter_weights.tsv")


PLACES_KEY = "只说地方的事项"  # aspects.yaml's list of the matters that say where, not what
MIN_WEIGHT = 0.5  # a text names a matter when its words weigh this much
UNSEEN_WEIGHT = 0.5  # a word the weighing corpus never used: a rare word names its matter


@dataclass(frozen=True, slots=True)
class Aspects:
    """The matters, the topic each belongs to, and one pattern of all their words (longest
    first, so 招商引资 is read as one word, not also as 招商)."""

    home: dict[str, str]
    matter_of: dict[str, str]  # word → matter
    pattern: re.Pattern[str]
    # word → how much naming it says about its matter: the share of the texts using it that
    # are about the matter's topic (``concentration``). 责任, 监管 and 改革 are written under
    # every topic and say little; 信访, 扬尘 and 高校毕业生 are written under their own and say
    # much, however many documents use them. Empty: every word 1.
    weights: dict[str, float] = field(default_factory=dict)
    # matters that say where, not what (县城: 城区、新区): a text's matter only when it names no
    # other (深化城区道路扬尘治理 is on 大气, 对城区老旧管网进行改造 on 市政 — round 71: a
    # paragraph of eight sentences on 县城 ran from 扬尘 to 马路市场 to 管网)
    places: frozenset[str] = frozenset()

    def concentration(self, texts: Iterable[tuple[str, tuple[str, ...]]]) -> dict[str, float]:
        """Each word's weight from ``texts`` with their topics (a bank's paragraph units and
        sentences): the share of the texts naming the word that are about its matter's topic,
        smoothed towards an even chance (a word seen twice is not yet a certainty)."""
        named: Counter[str] = Counter()
        at_home: Counter[str] = Counter()
        for text, topics in texts:
            for word in set(self.pattern.findall(text)):
                named[word] += 1
                if self.home[self.matter_of[word]] in topics:
                    at_home[word] += 1
        return {
            word: round((at_home[word] + 1) / (named[word] + 2), 2)
            for word in sorted(self.matter_of)
            if named[word]
        }

    def matter(self, text: str, within: Collection[str] = ()) -> str | None:
        """The matter ``text`` names most (ties: the one named first), or None; ``within``:
        only the matters of these topics count."""
        found: dict[str, float] = {}
        for match in self.pattern.finditer(unquoted(text)):  # (深入落实“河长制” names 河长)
            word = match.group()
            matter = self.matter_of[word]
            if within and self.home[matter] not in within:
                continue
            # insertion order: the matter named first wins a tie
            found[matter] = found.get(matter, 0.0) + self._weight(word)
        if not found:
            return None
        if len(found) > len(self.places & found.keys()):
            for place in self.places & found.keys():
                del found[place]
        best = max(found.values())
        if best < MIN_WEIGHT:
            return None  # only words every document says (落实, 推进): no matter of its own
        return next(m for m, n in found.items() if n == best)

    def _weight(self, word: str) -> float:
        if not self.weights:
            return 1.0
        return self.weights.get(word, UNSEEN_WEIGHT)

    def label(self, text: str, within: Collection[str] = ()) -> str | None:
        """The matter ``text`` names most with the topic it belongs to (安全稳定/安全生产), as a
        bank entry stores it; None when it names none (of the topics ``within``, if given)."""
        matter = self.matter(text, within)
        return None if matter is None else f"{self.home[matter]}{MATTER_SEPARATOR}{matter}"

    def kept_label(self, text: str, labels: dict[str, str | None] | None) -> str | None:
        """``label(text)``, kept in ``labels`` when given: mining labels a speech's sentences as
        entries (``with_matter``), then again as the sentences of its paragraph units."""
        if labels is None:
            return self.label(text)
        if text not in labels:
            labels[text] = self.label(text)
        return labels[text]

    def with_matter(self, phrase: Phrase, labels: dict[str, str | None] | None = None) -> Phrase:
        """A body sentence or a lead with its matter (drafting keeps a matter to the part of
        its own topic, and to one paragraph of it); other entries as they are. ``labels``: see
        ``kept_label``."""
        if phrase.kind not in (Kind.BODY, Kind.LEAD) or phrase.aspect is not None:
            return phrase
        label = self.kept_label(phrase.text, labels)
        return phrase if label is None else replace(phrase, aspect=label)


@dataclass(frozen=True, slots=True)
class Said:
    """One sentence of a source paragraph as mining met it: where it starts, the matter its own
    words name (None: none), and whether it heads what follows (a lead, 一是打赢蓝天保卫战)."""

    start: int
    label: str | None
    heads: bool = False


def inherited_matters(sentences: Sequence[Said]) -> dict[int, str]:
    """For each sentence (by its start) whose own words name no matter, the matter of the head
    of its item (the nearest lead or inline head before it in its paragraph), where the head
    names one: a head says what its sentences are about (一是打赢蓝天保卫战。…… 完成{number}家
    涉气企业治污设施分表记电，科学合理增设限高杆 is on 大气, and a part on 工业发展 never takes it
    for its 企业 — round 65's writer). Not the sentence before: a paragraph without heads runs
    from matter to matter (a problem's 安全生产, then 对于这些问题，我们一定高度重视)."""
    found: dict[int, str] = {}
    ordered = sorted(sentences, key=lambda s: s.start)
    if sum(s.heads for s in ordered) >= 2 and not ordered[-1].heads:
        # the last sentence of a paragraph of several items sums them all up (对此，我们一定
        # 高度重视……; 我们坚信……): on no item's matter
        ordered = ordered[:-1]
    head: Said | None = None
    for sentence in ordered:
        if sentence.heads:
            head = sentence
        elif sentence.label is None and head is not None and head.label is not None:
            found[sentence.start] = head.label
    return found


def parse_aspects(data: object) -> Aspects:
    """``aspects.yaml`` read: topic → matter → words, and ``PLACES_KEY`` → the matters that say
    where (``Aspects.places``)."""
    if not isinstance(data, dict):
        raise ValueError("aspects.yaml: topic → matter → words")
    home: dict[str, str] = {}
    matter_of: dict[str, str] = {}
    places = frozenset(str(m) for m in data.get(PLACES_KEY) or ())
    for topic, matters in data.items():
        if topic == PLACES_KEY:
            continue
        for matter, listed in dict(matters).items():
            home[str(matter)] = str(topic)
            for word in listed:
                matter_of.setdefault(str(word), str(matter))
    # the alternation of the words longest first, written as a tree (``drafter.wordpattern``)
    if not places <= home.keys():
        unknown = sorted(places - home.keys())
        raise ValueError(f"aspects.yaml: {PLACES_KEY} 中有未列出的事项：{unknown}")
    return Aspects(home, matter_of, re.compile(words_pattern(matter_of)), places=places)


def load_aspects(path: Path = ASPECTS_FILE, weights: Path | None = WEIGHTS_FILE) -> Aspects:
    """The matters of ``aspects.yaml`` with their words' weights (``matter_weights.tsv``;
    None: every word weighs 1)."""
    import yaml

    # libyaml's loader where PyYAML has it (the same data, ~5× quicker: read before mining forks)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as handle:
        aspects = parse_aspects(yaml.load(handle, Loader=loader))
    if weights is None:
        return aspects
    return replace(aspects, weights=read_weights(weights))


def read_weights(path: Path) -> dict[str, float]:
    """``word<TAB>weight`` lines (``#`` comments)."""
    weights: dict[str, float] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            word, value = line.rstrip("\n").split("\t")
            weights[word] = float(value)
    return weights


WEIGHTS_HEADER = (
    "# 每个“细分事项”用词的分量：语料中用到这个词的段落和句子里，属于它所在话题的比例（0–1）。\n"
    "# “责任”“监管”“改革”各个话题都用，分量小；“信访”“扬尘”“高校毕业生”只在本话题用，分量大。\n"
    "# 由默认短语库生成：\n"
    "#   python -m drafter.mining.aspects phrasebank > drafter/mining/matter_weights.tsv\n"
)


def weights_of_bank(bank_dir: Path) -> str:
    """The weights file's text, from the paragraph units and sentences of the bank in
    ``bank_dir`` (the default bank, mined from ``corpus/``)."""
    from drafter.phrasebank.store import load_bank

    bank = load_bank(bank_dir)
    texts = [
        (phrase.text, phrase.topics)
        for kind in (Kind.PARAGRAPH, Kind.BODY)
        for phrase in bank.of_kind(kind)
        if not phrase.curated
    ]
    weights = load_aspects(weights=None).concentration(texts)
    return WEIGHTS_HEADER + "".join(f"{word}\t{value}\n" for word, value in weights.items())


if __name__ == "__main__":
    import sys

    sys.stdout.write(weights_of_bank(Path(sys.argv[1] if len(sys.argv) > 1 else "phrasebank")))
