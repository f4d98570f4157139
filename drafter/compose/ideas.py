"""One point made twice in a draft, told by the words two sentences share (no jieba).

A county writer reads 持续查处非法营运三四轮车 in the part on the county town and 积极推进低速电
（机）动三轮四轮车交通秩序整治 in the part on safety as one point made twice (round 152's three
writers named ~70 such groups in four drafts); a real report makes it once. Two sentences apart
make one point where the words naming things they share carry enough of the lighter one's
weight: each word weighs its inverse document frequency among the corpus's sentences
(``idea_words.tsv``, made by ``drafter.mining.ideas`` with jieba: every word of the table a
sentence holds, a compound and its parts alike), only words naming things count as shared
(信访, 口袋公园; not 深入开展, 依法依规: the table's mark), and only those rarer than
``IDEA_RARE`` (推进, 加强 and 工作 name no point of their own). A thing of several names or a
point of several wordings counts as one (``same_things.yaml``, ``same_points.yaml``).

Tuned (``tests/data/said_twice_pairs.tsv``) on the 149 pairs writers named, against 20,000
pairs of sentences in different paragraphs of one part of the corpus's reports, which a report
writes as different points: 53 found (36%), 46 of the real ones (0.23%). The phase that keeps
each point to one place is ``ideas_once``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import field, replace
from functools import lru_cache
from pathlib import Path

from drafter.compose.model import Part, Piece
from drafter.compose.portable import says_must
from drafter.compose.select import listed_items, same_things
from drafter.errors import ComposeError
from drafter.records import dataclass
from drafter.verdicts import remembered
from drafter.wordpattern import unquoted
from drafter.wordscan import WordScan

REPO_IDEA_WORDS = Path(__file__).with_name("idea_words.tsv")
REPO_SAME_POINTS = Path(__file__).with_name("same_points.yaml")
# A word counts as shared only where it is this rare (held by under ~1 in 20 of the corpus's
# sentences: 信访 53, 精细化 57 of 14,699 count; 推进 1,649, 实施 929 do not)
IDEA_RARE = 3.0
# …and the shared words weigh this share of the lighter sentence's words, two of them or one
# weighing ``ONE_WORD_SHARE``
TWICE_SHARE = 0.15
TWICE_WORDS = 2
ONE_WORD_SHARE = 0.2
ONE_WORD_RARE = 4.5  # …and that one rarer still (held by under ~1 in 90 sentences: not 县城)
# …of a sentence weighing this at least (a short one, 加快县城建设, shares 县城 with every
# sentence on the county town and makes no point of its own to repeat)
LIGHTEST = 20.0


@dataclass(frozen=True)
class IdeaTable:
    """The corpus's content words, each with its weight (inverse document frequency), and the
    weight of a word the table lacks (as rare as a word can be)."""

    weights: dict[str, float]
    unknown: float
    # the words naming a thing (信访, 口袋公园; not 深入开展, 依法依规), whose weight is shared
    # where two sentences name them: their point
    things: frozenset[str]
    # each thing's home topic, where the bank's sentences holding it tell one (信访 安全稳定)
    homes: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=1)
def idea_table() -> IdeaTable:
    """``idea_words.tsv`` read: its first line the number of sentences counted."""
    head, _, body = REPO_IDEA_WORDS.read_text(encoding="utf-8").partition("\n")
    total = int(head)
    cells = body.replace("\n", "\t").split("\t")  # (word, count, mark) after one another
    words, counts, marks = cells[0:-1:3], cells[1::3], cells[2::3]
    # (one weight a count: most words share theirs with many — 2, 3, 4 sentences)
    weight = {count: math.log(total / int(count)) for count in set(counts)}
    things = {word for word, mark in zip(words, marks, strict=True) if mark}
    homes = {word: mark for word, mark in zip(words, marks, strict=True) if mark not in _NO_HOME}
    weights = dict(zip(words, map(weight.__getitem__, counts), strict=True))
    # (a thing of several names counts as its name standing for them, as rare as the rarest of
    # them the table knows: 三轮四轮车 said and 三四轮车 said share 三四轮车)
    unknown = math.log(total)
    for name, head in _one_point().items():
        weights[head] = max(weights.get(head, 0.0), weights.get(name, unknown))
        things.add(head)
    return IdeaTable(weights, unknown, frozenset(things), homes)


_NO_HOME = ("", "thing")  # a word naming no thing; a thing too seldom said to tell its topic


def topics_voted(words: frozenset[str]) -> dict[str, float]:
    """The topics a sentence whose ``idea_words`` are ``words`` is about, by the home topics
    of the rare things it names (``rare_things``), each weighing its inverse document
    frequency: 加强知识产权保护，严厉打击侵害民营企业权益的违法犯罪行为 → 安全稳定 ~45,
    工业发展 ~6."""
    table = idea_table()
    homes, get = table.homes, table.weights.get
    found: dict[str, float] = {}
    for word in sorted(rare_things(words)):
        home = homes.get(word)
        if home is not None:
            found[home] = found.get(home, 0.0) + get(word, table.unknown)
    return found


# A sentence is about another topic than its part's where the rare things it names weigh this
# much for that topic (two or three of them: 违法犯罪 and 知识产权, not 亩均 alone)…
VOTE_MIN = 8.0
# …and this many times what they weigh for the part's topics. Tuned on the sentences county
# writers found under another part's heading (``tests/data/misplaced.tsv``) against the bank's
# body sentences under their own topics, of which ~5% the rule would move elsewhere.
VOTE_RATIO = 3.0


def voted_elsewhere(text: str, ours: frozenset[str]) -> str | None:
    """The topic, not one of ``ours`` (the part's and those it speaks for), that the rare
    things ``text`` names are about (``topics_voted``), where they clearly are; else None. A
    sentence naming a term its year's plan must say stays where its part seeks it (用好消费品
    以旧换新政策 in a part on 商贸消费, its words the bank's 经济运行's)."""
    votes = _votes_of(text)
    if not votes:
        return None
    home, weight = votes[0]
    if home in ours or weight < VOTE_MIN:
        return None
    own = max((w for topic, w in votes if topic in ours), default=0.0)
    return home if weight >= VOTE_RATIO * own else None


# (a draft asks ~9,000 times of ~1,700 sentences; a process drafting many, of the whole bank)
@lru_cache(maxsize=32768)
def _votes_of(text: str) -> tuple[tuple[str, float], ...]:
    """``topics_voted`` of ``text``, the heaviest first; none for a sentence naming a term its
    year's plan must say."""
    if says_must(text):
        return ()
    votes = topics_voted(idea_words(text))
    return tuple(sorted(votes.items(), key=lambda item: (-item[1], item[0])))


@lru_cache(maxsize=1)
def _idea_scan() -> WordScan:
    """One scan of the table's words (built only where a sentence's words are not kept from
    an earlier run: ``remembered``)."""
    return WordScan(idea_table().weights)


# (a draft asks ~9,000 times of ~1,700 sentences; a process drafting many, of the whole bank)
@lru_cache(maxsize=32768)
def idea_words(text: str) -> frozenset[str]:
    """The table's words in ``text``: a compound and the words it holds (城市管理, 城市, 管理),
    so that 信访 said and 信访工作 said share 信访; and, for a thing of several names or a point
    of several wordings (``_one_point``: 三四轮车 / 三轮四轮车), the one standing for them all."""
    found = _idea_words_line(unquoted(text))
    return frozenset(found.split("\t")) if found else frozenset()


@remembered("ideawords")
def _idea_words_line(text: str) -> str:
    """``idea_words``'s words, joined by tabs."""
    return "\t".join(sorted(_idea_scan().found(text) | points_named(text)))


def points_named(text: str) -> frozenset[str]:
    """The things of several names and points of several wordings ``text`` names, each by the
    name standing for its group (非法营运三轮车 → 三四轮车)."""
    names = _one_point()
    return frozenset(names[name] for name in _names_scan().found(unquoted(text)))


@lru_cache(maxsize=1)
def _names_scan() -> WordScan:
    """One scan of the wordings of a point said in several (``_one_point``)."""
    return WordScan(_one_point())


@lru_cache(maxsize=1)
def _one_point() -> dict[str, str]:
    """Each name of a thing of several names (``same_things``) and each wording of a point of
    several (``same_points.yaml``: 以旧换新 / 大宗消费) → the one standing for its group."""
    found = dict(same_things())
    for words, _ in same_points():
        found.update(dict.fromkeys(words, words[0]))
    return found


@lru_cache(maxsize=1)
def _point_heads() -> frozenset[str]:
    """The wording standing for each point of several (``same_points``): two sentences naming
    one make that point twice, whatever else they say."""
    return frozenset(words[0] for words, _ in same_points())


@lru_cache(maxsize=2)
def same_points(
    path: Path = REPO_SAME_POINTS,
) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """``same_points.yaml``'s groups: (wordings, two example sentences) each, one line each
    (read without a YAML parser, as ``select.same_things`` reads its table); a group without
    its two examples is the writer's slip, told with its file and line."""
    groups: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    words: tuple[str, ...] = ()
    at = 0  # the line of the wordings waiting for their examples
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("- words:"):
            if words:
                break
            words, at = listed_items(line, path, number), number
        elif stripped.startswith("examples:"):
            examples = listed_items(line, path, number)
            if not words or len(examples) != 2:
                at = number
                break
            groups.append((words, examples))
            words = ()
    else:
        if not words:
            return tuple(groups)
    raise ComposeError(
        f"第{at}行：每组同一意思的说法（words）下面要紧跟一行 examples，写两句例句", path=path
    )


def rare_things(words: frozenset[str]) -> frozenset[str]:
    """Of ``words``, those naming things and rarer than ``IDEA_RARE``: what a point is made of
    (信访, 口袋公园; not 深入开展, nor 县城 … all sentences on the county town name)."""
    table = idea_table()
    get = table.weights.get
    return frozenset(w for w in words & table.things if get(w, table.unknown) >= IDEA_RARE)


def words_weight(words: Iterable[str]) -> float:
    """The weight of ``words``: their inverse document frequencies."""
    table = idea_table()
    get = table.weights.get
    return sum(get(word, table.unknown) for word in words)


def said_twice(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sentences whose ``idea_words`` are ``a`` and ``b``, in different paragraphs, make
    one point twice: their shared rare words naming things weigh ``TWICE_SHARE`` of the
    lighter one's (``TWICE_WORDS`` of them or more), or ``ONE_WORD_SHARE`` where they share
    one of ``ONE_WORD_RARE`` (the lighter's weight ``LIGHTEST`` at least); or where both word
    one point of several wordings (``same_points.yaml``)."""
    shared = a & b
    if not shared:
        return False
    if not shared.isdisjoint(_point_heads()):
        return True  # (two wordings of one point: ``same_points.yaml``)
    table = idea_table()
    rare = [table.weights.get(word, table.unknown) for word in rare_things(shared)]
    if not rare or (len(rare) == 1 and rare[0] < ONE_WORD_RARE):
        return False
    lighter = max(LIGHTEST, min(words_weight(a), words_weight(b)))
    share = TWICE_SHARE if len(rare) >= TWICE_WORDS else ONE_WORD_SHARE
    return sum(rare) >= share * lighter


Place = tuple[int, str]  # a sentence's paragraph in the draft, and the one of its source


def place_of(paragraph: int, piece: Piece) -> Place:
    """Where ``piece`` stands, said in the draft's ``paragraph``: with the source paragraph
    it comes from (a mined unit's sentences share theirs), "" for one of none."""
    source = piece.provenance
    if source is None or not source.source:
        return paragraph, ""
    return paragraph, f"{source.source}#{source.paragraph}"


HEAD = "*"  # the origin of a paragraph's lead: the sentences under it develop it


def _apart(a: Place, b: Place) -> bool:
    """Two sentences stand apart: in two paragraphs of the draft, or in one but from two
    source paragraphs, neither the paragraph's lead (深化信访制度改革。 over 抓好信访积案化解)."""
    if a[0] != b[0]:
        return True
    return a[1] != b[1] and HEAD not in (a[1], b[1])


@dataclass
class _Said:
    """The sentences a draft has said so far: each one's place and words, and the said
    sentences holding each rare word (a sentence is compared with those sharing one). Two
    sentences of one paragraph of the draft are apart where they come from two paragraphs of
    the corpus: a real paragraph's sentences may name its thing again (2.4% of its pairs read
    as one point, 0.24% of two paragraphs'), a paragraph stitched from two sources may not
    (round 154's writers: 依法接受县人大……监督 of one report, then 自觉接受人大的法律监督
    of another, in one paragraph)."""

    places: list[tuple[Place, frozenset[str]]] = field(default_factory=list)
    by_word: dict[str, list[int]] = field(default_factory=dict)

    def again(self, words: frozenset[str], place: Place) -> bool:
        """``words`` make a point a sentence said elsewhere made."""
        near = {i for word in rare_things(words) for i in self.by_word.get(word, ())}
        return any(
            _apart(self.places[i][0], place) and said_twice(words, self.places[i][1])
            for i in sorted(near)
        )

    def add(self, words: frozenset[str], place: Place) -> None:
        for word in rare_things(words):
            self.by_word.setdefault(word, []).append(len(self.places))
        self.places.append((place, words))


def ideas_once(
    parts: Sequence[Part],
    popular: Mapping[str, float],
    kept: Callable[[str], frozenset[str]],
    spare: int | None = None,
) -> list[Part]:
    """``parts`` with each point made once. Of two sentences apart (``_apart``: in two
    paragraphs, or stitched into one from two sources) making one point (``said_twice``), the
    one more drafts take (``popular``: a sentence's share of drafts for random counties) is
    left out, or the later: leaving out the sentence other counties' drafts say too keeps
    drafts for two counties apart. Never a paragraph's lead or its opening sentence (it stands
    for the paragraph), nor what the targets file tells (its figures, its answers), nor the
    last sentence of its part naming a word ``kept`` finds in it: what the year must say
    (过渡期的最后一年, 人大), a field the draft's shortcomings name (医疗, 养老); nor a sentence
    naming a word its part dwells on (``Part.focus``: 廉, 八项规定 in a 廉政 part).
    ``spare``: at most so many characters left out (a draft with no material to spare for its
    length makes a point again rather than fall short)."""
    places: list[tuple[int, Place, Piece]] = []  # (part, place, piece)
    said = _Said()
    # (each part's words kept, by how many of its sentences name them: the last sentence of a
    # part naming one stays, made its point elsewhere or not — round 138's shortcomings named
    # 医疗, and the plan had to say it; the year's 过渡期的最后一年 stays where it is said once)
    named = [
        Counter(
            word
            for g in part.paragraphs
            for piece in ((g.lead,) if g.lead else ()) + g.pieces
            for word in kept(piece.text)
        )
        for part in parts
    ]
    paragraph_at = 0
    for p, part in enumerate(parts):
        for paragraph in part.paragraphs:
            paragraph_at += 1
            if paragraph.lead is not None:
                said.add(idea_words(paragraph.lead.text), (paragraph_at, HEAD))
            for at, piece in enumerate(paragraph.pieces):
                # (a part's own point — 一岗双责 in the 廉政 part of a ……暨廉政工作会议 — is
                # made there, and left out where another part makes it again)
                if at == 0 or piece.told or any(word in piece.text for word in part.focus):
                    said.add(idea_words(piece.text), place_of(paragraph_at, piece))
                else:
                    places.append((p, place_of(paragraph_at, piece), piece))
    # (the sentences fewest drafts take first, each in the draft's order among its equals)
    order = sorted(range(len(places)), key=lambda i: (popular.get(places[i][2].text, 0.0), i))
    left_out: set[int] = set()
    for i in order:
        at, place, piece = places[i]
        words = idea_words(piece.text)
        size = len(piece.text)
        matters = kept(piece.text)
        if (
            (spare is None or size <= spare)
            and all(named[at][word] > 1 for word in matters)
            and said.again(words, place)
        ):
            left_out.add(id(piece))
            named[at].subtract(matters)
            spare = None if spare is None else spare - size
        else:
            said.add(words, place)
    if not left_out:
        return list(parts)
    return [
        replace(
            part,
            paragraphs=tuple(
                replace(g, pieces=tuple(x for x in g.pieces if id(x) not in left_out))
                for g in part.paragraphs
            ),
        )
        for part in parts
    ]
