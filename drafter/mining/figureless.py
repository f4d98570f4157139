"""A generalised sentence without its figures, where the sentence stays complete without them.

Input: one body sentence as generalisation made it (figures already ``{number}``, ``{amount}``,
``{percent}``). Output: ``figure_free(text)`` — the same sentence said without the figures of
its source year, or None when no such version is whole.

Most sentences of a county's report carry the figures of their year (新建高标准农田{number}万亩，
完成……); a draft for another year or another county cannot say those figures, so the sentence
was unusable as a whole. Official prose states figures in three removable places, and these are
the only cuts made:

- a figure inside a clause that reads whole without it (``CUTS``): a count after an action verb
  (改造老旧小区{number}个 → 改造老旧小区; 实施{number}个重点项目 → 实施重点项目), an investment
  modifier (总投资{amount}的……项目 → ……项目), a note mark (〔{number}〕);
- a clause that is all figures (，同比增长{percent}; 森林覆盖率达{percent}): it is left out, when
  what remains still stands on its own (``_whole``);
- nothing else: a sentence whose subject, time or lead-in sits in a figure clause
  ({year}年是……{number}周年，是……; 主要指标如下：……) has no figure-free version.

The original sentence stays in the bank with its slots (figure frames and ``--todo`` read it);
the figure-free version is an ordinary body sentence a unit or a part may use.

``clauses_free`` makes the other counties' version, for paragraph units: only the whole
clauses holding a particular of the source county (a figure, a place, a project) are left out,
by the same rules of what stands on its own; nothing is cut inside a clause.
"""

from __future__ import annotations

import re

from drafter.records import dataclass

FIGURE_SLOT = re.compile(r"\{(?:number|amount|percent)\}")
# a figure as written around its slot: 近/约/超 before, 余/多 after
_FIG = r"(?:近|约|超过|超|逾|达)?\{(?:number|amount|percent)\}(?:余|多)?"
# units of things counted or measured (not money, not percent: those are the indicator itself)
_COUNTED = (
    r"(?:万平方米|平方米|平方公里|公顷|万亩|亩|万吨|吨|万头|头|万只|只|万株|株|万人次|人次|万人|人|"
    r"万户|户|万辆|辆|公里|千米|米|万千瓦|千瓦|个|家|所|座|条|项|处|批|支|名|套|栋|台|间|"
    r"张|件|场次|场|次|期|门|眼|口|盏|块|片|棵|处|篇|部|起|宗|笔|组|轮|类|种|级)"
)
_COUNTED_BEFORE = r"(?:个|家|所|座|条|项|处|批|支|名|户|套|栋|台|间|门|眼|口|盏|块|片|种|类|部|宗)"
_QUALIFIER = r"(?:以上|左右|以内|余)?"
# verbs of doing something to a thing: the thing done stays whole without its count
_ACTION = (
    r"(?:实施|推进|建设|新建|建成|完成|改造|打造|创建|培育|引进|开工|启动|推动|谋划|储备|治理|"
    r"整治|提升|新改建|改扩建|新建改扩建|扶持|帮扶|培训|举办|开展|组建|成立|签约|争取|硬化|"
    r"修建|铺设|栽植|种植|植树|造林|绿化|清运|疏通|维修|更换|安装|配备|建立|设立|发展|培养|"
    r"招引|落地|整合|盘活|处置|化解|修缮|修复|改建|扩建|续建|提质|升级|建起|打通)"
)
# adverbs and time words a clause of action may open with
_OPENER = (
    r"(?:今年|年内|全年|累计|共|先后|新|再|还|又|力争|计划|积极|持续|继续|加快|大力|全面|"
    r"扎实|高标准|高质量|重点|着力|稳步|有序|全力|集中|深入|完成了|已)*"
)
_ACTION_CLAUSE = re.compile(r"^" + _OPENER + _ACTION)
# acts whose count after the thing is the point of saying them (安装视频前端{number}个, 清运垃圾
# {number}吨): without it a reader misses the quantity
_MEASURED_ACT = re.compile(
    r"^" + _OPENER + r"(?:安装|清运|栽植|种植|植树|造林|铺设|硬化|累计|处置|"
    r"收储|配备|更换|维修|疏通)"
)
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class Cut:
    """One figure removed inside a clause: ``pattern`` is replaced by ``keep`` (a group
    reference or nothing); ``before`` → ``after`` is a real sentence it must turn into."""

    name: str
    pattern: re.Pattern[str]
    keep: str
    why: str
    before: str
    after: str


CUTS: tuple[Cut, ...] = (
    Cut(
        "note",
        re.compile(r"〔\{number\}〕|【\{number\}】|（\{number\}）|\(\{number\}\)"),
        "",
        "a reference to a note of the source document (“两新一重”〔1〕)",
        "发挥“两新一重”〔{number}〕建设引领作用，大力拓展投资新空间。",
        "发挥“两新一重”建设引领作用，大力拓展投资新空间。",
    ),
    Cut(
        "investment",
        re.compile(r"(?:计划)?(?:总)?投资(?:额)?" + _FIG + _QUALIFIER + r"的(?=[\u4e00-\u9fff“{])"),
        "",
        "a project's size said as its modifier: the project is the same without it",
        "全力推进总投资{amount}的{number}个省市重点项目建设。",
        "全力推进省市重点项目建设。",
    ),
    Cut(
        "count_before",
        re.compile(
            r"(?P<verb>"
            + _ACTION
            + r"了?)"
            + _FIG
            + _COUNTED_BEFORE
            + _QUALIFIER
            + r"的?(?![百月年日天周季])(?=[\u4e00-\u9fff“])"
        ),
        r"\g<verb>",
        "a count between the verb and what it acts on: the act is the same without it",
        "持续开展农村人居环境整治，完成{number}个行政村综合整治提升，改造{number}座户厕。",
        "持续开展农村人居环境整治，完成行政村综合整治提升，改造户厕。",
    ),
)
# a count of things after what was done, ending its list item or clause (改造老旧小区{number}个;
# not money or a share: 完成固投{amount} is no act without its sum): cut only
# in a clause that opens with an action and when what is before it is a thing, not an
# indicator (覆盖率达, 面积稳定在) or a verb left without its object
_TRAILING = re.compile(
    r"(?<=[\u4e00-\u9fff”）])(?:近|约|超过|超|逾)?\{number\}(?:余|多)?"
    + _COUNTED
    + _QUALIFIER
    + r"(?=、|$)"
)
# what a list item must not end with once its count is cut: a verb of reaching or an indicator
# (覆盖率达, 面积稳定在), whose figure was the point
_DANGLING = re.compile(
    r"(?:达到|达|到|为|至|在|于|共|累计|总投资|投资|其中|分别|新增|完成|实现|突破|超过|力争|确保|"
    r"争取|不低于|不少于|全年|包括|增长|增加|下降|减少|提高|降低|提升|以|对|把|将|向|和|与|及|"
    r"率|量|额|值|数|面积|规模|收入|产值|人口|比重|总量|指数|增速|增幅|占比|产量|类|的)$|新增[^、]{0,2}$"
    # an indicator reached inside the item (装配式建筑达到新建建筑面积的{percent}): no count of
    # things done
    r"|达到|达|占|超过|突破|稳定在|控制在|提高到|提升到|增至|降至|保持在"
)
# what a figure-free sentence must not end with: it led into the figure left out
_LEADS_IN = re.compile(
    r"(?:达到|达|为|至|共|累计|总投资|其中|分别|不低于|不少于|包括)$|以下[^，；：]*$"
)
# a last clause that only sets the scene (在广泛调研的基础上; 随着……): the statement was cut
_FRAME_ONLY = re.compile(
    r"(?:^|[，；])(?:[^，；]*(?:基础上|的同时|过程中|前提下|条件下|背景下|情况下|之际|以来|期间|之后|之前)"
    r"|(?:随着|为了|截至|截止)[^，；]*|(?:在|当)[^，；]*(?:中|上|下|时|里|内|前|后)"
    r"|从[^，；]*(?:入手|出发|着手|抓起|做起)"
    r"|(?:依托|围绕|通过|按照|借助|立足|利用|结合|针对|对照|本着|根据|依据|遵循|聚焦)[^，；]*"
    r"|(?:力争|计划|预计|争取)?(?:到|至|在)?\{(?:year|last_year)\}年(?:底|末|前)?)$"
)
# a clause that only says how or on what ground (依托基层农技推广补助等项目): it goes with the
# clause it led into
_MEANS_ONLY = re.compile(
    r"^(?:今年|全年|年内|同时)?(?:依托|围绕|通过|按照|借助|立足|利用|结合|针对|对照|聚焦|紧扣|紧盯|"
    r"瞄准|以)[^，；：]*$"
)
# words that open a clause only after the one before it (its subject or figure): such a clause
# cannot follow a clause left out, nor open the sentence
_CONTINUES = re.compile(
    r"^(?:是|为|也|并|还|又|均|都|分别|其中|同比|比|较|占|达|使|让|从而|进而|且|和|及|以及|但|而|"
    r"其|该|此|这|上述|位居|排名|居|增长|下降|增幅|增速|超出|高于|低于|名列|列|人均|总量|总额|"
    r"合计|共计|相当于|创|带动|拉动|惠及|覆盖|涉及|同时|比上年|较上年|位列|稳居|跃居|排|成为|"
    r"第一次|首次|再次|再|一手|另一方面|支撑|助推|助力)"
)
# the first half of a pair whose second half must follow (既要……又要, 不仅……而且, 一方面……另一
# 方面), each with the words that answer it: a cut leaving the first without the second reads
# broken (round 81's writer: 作为新时代干部，既要信念坚定、政治过硬。)
_PAIRED_HALVES = (
    (re.compile(r"既(?:要|是|有|能|讲|抓)"), re.compile(r"又|也|更|还")),
    (re.compile(r"不仅|不但|不只"), re.compile(r"而且|并且|还|也|更")),
    (re.compile(r"(?<!另)一方面"), re.compile(r"另一方面")),
    (re.compile(r"一手抓"), re.compile(r"一手")),
)


def half_a_pair(text: str) -> bool:
    """``text`` opens a pair of clauses (既要……) and never says its second half."""
    for first, second in _PAIRED_HALVES:
        found = first.search(text)
        if found and not second.search(text, found.end()):
            return True
    return False


# an aim or a time that opens what is left once the sentence's first clause is gone: the
# project or work it was said of went with that clause
_AIM_ONLY = re.compile(r"^(?:力争|确保|争取|实现|年内|尽快|早日|当年|按期|如期|全年|年底前)")
_RELATIVE = re.compile(r"分别|同比|比上年|较上年|(?<![人平])均(?![衡等匀])")
# a list marker of the source (⑤改造提升……): the sentence is no longer the fifth of a list
_MARKER = re.compile(r"^[①-⑳]")
# a clause dating a fact ({year}年{number}月): the fact without its date is another claim
_DATED = re.compile(r"\{(?:number)\}(?:月|日|号)")
# an indicator whose figure is written in words (固定资产投资稳定在百亿元以上, 突破万元大关): still
# one county's figure, so the sentence keeps it only with its slots
_WORDED_FIGURE = re.compile(
    r"(?:稳定在|保持在|控制在|提高到|提升到|达到|达|突破|超过|增长|下降|增至|降至)"
    r"[近约超逾]?[一二三四五六七八九十百千万亿两半]+"
)
_CLAUSE_MARK = re.compile(r"([，；：])")
MIN_CHARS = 8  # Chinese characters a figure-free sentence keeps at least


def figure_free(text: str) -> str | None:
    """``text`` without the figures of its year, or None when it has none (nothing to do) or
    cannot stand without them (see the module docstring)."""
    return _free(text, FIGURE_SLOT, inner=True)


# the slots of a source county's particulars no draft for another county fills: its figures,
# years, places, bodies and projects (all but ``{county}``, which every draft fills)
UNFILLED_SLOT = re.compile(r"\{(?!county\})\w+\}")


def clauses_free(text: str) -> str | None:
    """``text`` without its clauses that hold a particular of its source county (a figure, a
    place, a project: ``UNFILLED_SLOT``), where what is left stands on its own by the rules of
    ``figure_free`` (树牢“项目为王”理念，落实重点项目三年倍增计划，围绕{project}产业政策，完成
    省市重点项目{number}个以上 → 树牢“项目为王”理念，落实重点项目三年倍增计划。); None when
    it has no such clause or cannot do without them. Whole clauses only: a figure cut from
    inside a clause (完成拆迁) reads as a number left out of another county's measure, so that
    cut is for a county's own archive (``figure_free``)."""
    return _free(text, UNFILLED_SLOT, inner=False)


def _free(text: str, slot: re.Pattern[str], *, inner: bool) -> str | None:
    """``text`` without its clauses holding ``slot``, after (``inner``) the cuts inside a
    clause, where what is left reads whole; None otherwise."""
    if not slot.search(text) or _DATED.search(text):
        return None
    end = text[-1] if text[-1] in "。！？" else ""
    body = _MARKER.sub("", text[: len(text) - len(end)])
    if inner:
        for cut in CUTS:
            body = cut.pattern.sub(cut.keep, body)
    pieces = _CLAUSE_MARK.split(body)
    clauses, marks = pieces[0::2], pieces[1::2]
    if inner:
        clauses = [_without_trailing(clause) for clause in clauses]
    keep = [not slot.search(clause) for clause in clauses]
    if not _paired(clauses, keep):
        return None  # a quotation or a bracket would be cut in two
    if "：" in marks and not all(keep):
        return None  # what the colon introduced is left out
    for i in range(len(clauses) - 1):
        if keep[i] and not keep[i + 1] and _MEANS_ONLY.match(clauses[i]):
            keep[i] = False  # the means of a clause left out goes with it
    kept = [i for i, k in enumerate(keep) if k]
    if not kept or not _whole(clauses, keep):
        return None
    if not inner and not keep[0] and _leans_on_subject(clauses[kept[0]]):
        return None  # 做好{year}年工作，至为重要和关键: what is left is said of the clause cut
    out = clauses[kept[0]] + "".join(marks[i - 1] + clauses[i] for i in kept[1:])
    if _LEADS_IN.search(out) or _MEANS_ONLY.match(out) or _FRAME_ONLY.search(out):
        return None
    if half_a_pair(out):
        return None
    if _WORDED_FIGURE.search(out):  # the figure is still there, in words
        return None
    if len(_HAN.findall(out)) < MIN_CHARS:
        return None
    return out + (end or "。")


def _leans_on_subject(clause: str) -> bool:
    """The clause opens on a preposition or a conjunction (至为重要, 而且……): it says something
    of a subject in the clause before it, not a measure of its own."""
    from drafter import segment

    words = segment.cut(clause)
    pos = segment.word_pos(words[0]) if words else None
    return pos is not None and pos.startswith(("p", "c", "u", "y"))


def _paired(clauses: list[str], keep: list[bool]) -> bool:
    """Where a clause is left out, every clause closes the quotation marks and brackets it
    opens: one spanning two clauses (“{place}，美丽家园”) would be cut in two."""
    if all(keep):
        return True
    return all(
        clause.count(a) == clause.count(b)
        for clause in clauses
        for a, b in ("“”", "（）", "《》", "()")
    )


def _without_trailing(clause: str) -> str:
    """A clause of action without the count of what it did, item by item of its list
    (新建改扩建中小学{number}所、幼儿园{number}所 → 新建改扩建中小学、幼儿园)."""
    if not FIGURE_SLOT.search(clause) or not _ACTION_CLAUSE.match(clause):
        return clause
    if _MEASURED_ACT.match(clause):
        return clause  # the count is what was done (安装视频前端{number}个, 完成交易{number}宗)
    cut = [_TRAILING.sub("", item) for item in clause.split("、")]
    if any(not item or _DANGLING.search(item) for item in cut):
        return clause
    verb = _ACTION_CLAUSE.match(cut[0])
    objects = [cut[0][verb.end() :] if verb else cut[0], *cut[1:]]
    # a word alone is nothing without its count (……、点位{number}个); nor is a completion of a
    # two-character thing (完成交易{number}宗: 完成交易 reads as a number left out)
    shortest = 3 if verb is not None and verb.group(0).endswith("完成") else 2
    if len(_HAN.findall(objects[0])) < shortest or any(len(_HAN.findall(o)) < 2 for o in objects):
        return clause
    joined = "、".join(cut)
    return clause if _ACTION_CLAUSE.fullmatch(joined) else joined


def _whole(clauses: list[str], keep: list[bool]) -> bool:
    """What is kept reads on its own: no kept clause leans on a clause left out before it (its
    subject, its figure), and nothing kept compares with a figure that is gone."""
    first = keep.index(True)
    if first > 0 and _AIM_ONLY.match(clauses[first]):
        return False  # what it aims at was the clause left out (……光伏发电项目，力争年内并网发电)
    for i, clause in enumerate(clauses):
        if not keep[i]:
            continue
        if (i == 0 or not keep[i - 1]) and i > 0 and _CONTINUES.match(clause):
            return False
        if _RELATIVE.search(clause) and not all(keep):
            return False
    return True
