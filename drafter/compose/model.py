"""Types compose hands to render: a planned, fully worded draft, still without layout.

``Draft`` holds every sentence the speech will say, grouped the way the templates lay them out
(opening, review, problems, goals, transition, numbered parts, closing). Each piece of text keeps
its ``Provenance`` (bank entry, source, YAML key) so ``--explain`` and ``--comments`` can say why
it is there. Text is final: numbers worded, slots filled, nothing left to guess in the template.
"""

from __future__ import annotations

from drafter.document import Provenance
from drafter.records import dataclass


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of text with one origin: a bank sentence, a figure clause, a YAML point, glue."""

    text: str
    provenance: Provenance | None = None

    def __str__(self) -> str:
        return self.text

    @property
    def mined(self) -> bool:
        """A sentence of the bank (its entry named), not the targets file's nor glue."""
        return self.provenance is not None and bool(self.provenance.entry)

    @property
    def told(self) -> bool:
        """A figure, point or answer the targets file tells (its key: sections[0].figures[1]),
        not a bank sentence keyed to its section's topic (sections[0].topic)."""
        key = self.provenance.yaml_key if self.provenance is not None else None
        return bool(key) and not str(key).endswith(".topic")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One body paragraph: an optional bold lead (with its ordinal, 一要…), then pieces."""

    pieces: tuple[Piece, ...]
    lead: Piece | None = None

    @property
    def text(self) -> str:
        head = self.lead.text if self.lead else ""
        return head + "".join(piece.text for piece in self.pieces)

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Part:
    """One numbered part of the speech: a YAML section or the kind's 抓落实/作风 part."""

    number: int  # 1-based position among the numbered parts
    heading: Piece  # without its outline marker (一、)
    paragraphs: tuple[Paragraph, ...]
    topic: str
    section: int | None  # index into targets.sections; None for the kind's own closing part
    thin: bool = False  # the bank had too little material to reach this part's share of length
    room: int = 0  # the characters of that share (0: not known)
    # a long speech's parts grouped under level-1 headings (``drafter.compose.groups``): the
    # level-1 point the part falls under (0: its number), its place in that point's group (0: the
    # part is a point of its own, a level-1 part), and, on a group's first part, its heading
    point: int = 0
    within: int = 0
    group_heading: Piece | None = None
    # 1: the part and its group stand one level down, under a level-1 point the template heads
    # (二、突出工作重点…… over （一）group and 1.part: ``Draft.tasks_heading``)
    depth: int = 0
    # the words the part dwells on (廉, 八项规定 of a 廉政 part the meeting's name asks for): its
    # point, which no other part's sentence takes from it (``ideas.ideas_once``)
    focus: tuple[str, ...] = ()

    @property
    def marker(self) -> str:
        """一、 for a part of its own; （一） for a part of a group (one level down: （一）, 1.)."""
        from drafter.compose.wording import outline_marker

        if self.within:
            return outline_marker(self.within, 2 + self.depth)
        return outline_marker(self.point or self.number, 1 + self.depth)

    @property
    def group_marker(self) -> str:
        """The marker of the point the part falls under (一、; one level down: （一）)."""
        from drafter.compose.wording import outline_marker

        return outline_marker(self.point or self.number, 1 + self.depth)


@dataclass(frozen=True, slots=True)
class Draft:
    """Everything a template needs; see templates/README.md for how each field is used."""

    kind: str
    county: str
    meeting: str
    speaker: str
    date_line: str  # （2025年2月10日） or ""
    year: int
    last_year: int
    opening: tuple[Paragraph, ...]
    review: tuple[Paragraph, ...]
    problems: Paragraph | None
    goals: Paragraph | None
    transition: Paragraph | None
    parts: tuple[Part, ...]
    closing: Paragraph | None
    seed: int
    length: int  # characters asked for
    heading_frame: str | None  # the bank entry id of the level-1 frame, None when all were given
    ordinal_style: str  # 一要 / 一是 / 第一 / 首先 / lead (bold lead sentences)
    warnings: tuple[str, ...] = ()
    speaker_line: str = ""  # 青禾县县长 / 澄川县委副书记、县长
    # how the speech names the county's party secretary who spoke before (县委书记; with
    # --todo, 【待补：姓名】书记: a speech calls him ××书记)
    secretary: str = "县委书记"
    # what a report's speaker line adds after the post: with --todo and no name given, the
    # writer's 【待补：姓名】
    speaker_name: str = ""
    # the season's work a speech of December or January turns to before its closing
    # (``seasonal.yaml``): 当前已进入岁末年初…… / 春节将至……; empty otherwise
    season: str = ""
    county_short: str = ""  # 青禾 (for slogans: 健康青禾)
    plan_word: str = "今年"  # the year deployed as the speaker names it: 今年 / 明年
    review_word: str = "去年"  # the year reviewed: 去年 / 今年
    review_span: str = "过去一年"  # how the review opens: 过去一年 / 今年以来
    variant: int = 0  # which of the template's openings and closings (0, 1, 2), by the seed
    business: bool = False  # the audience is business owners (企业家座谈会)
    review_areas: tuple[Paragraph, ...] = ()  # the report's review by area (一是……二是……)
    closing_wanted: bool = True  # the targets file asks for a closing exhortation
    # a government's plenary meeting held after the county's people's congress of the year
    # (January to April): it turns the congress's report into the departments' tasks
    after_congress: bool = False
    # a report's thanks after its review in the county's own words (its own archive's), else
    # the template's
    thanks: Paragraph | None = None
    period: str = "start"  # when the meeting falls: start (Jan–Mar) / mid (Apr–Nov) / end (Dec)
    phase: str = ""  # 开局 / 收官 of a five-year plan / "" for the deployed year
    plan_name: str = ""  # the five-year plan the deployed year falls in: 十四五
    next_plan_name: str = ""  # the one after it: 十五五
    # what the year's work carries out (the dated table)
    guidance: str = "党的二十大和二十届历次全会精神"
    # the central economic work conference's policy orientation for the deployed year ("": none)
    policy: str = ""
    # its judgment of the situation of the deployed year ("": none)
    situation: str = ""
    # the central meetings a work report's year carries out (中央经济工作会议和全国两会精神)
    relayed: str = ""
    unit: str = "县"  # 县 / 区 / 市 / 旗, from the county's name
    # a speech's first level-1 heading over its review, problems and goals, where its parts
    # begin at 二、 (a government's plenary after the congress: 一、统一思想……); "": none
    situation_heading: str = ""
    # …and the level-1 heading over its tasks, which stand one level down (``Part.depth``)
    tasks_heading: str = ""
    # a report's level-1 headings over its review and its plan (2024年工作回顾, 2025年工作安排),
    # mined from real reports; None: the template's own
    review_heading: Piece | None = None
    plan_heading: Piece | None = None
