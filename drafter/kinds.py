"""The kinds of speech drafter can write, one Jinja template each.

A kind is chosen in the targets file (``kind: work_meeting``); compose reads its template
(``templates/<kind>.j2``) and salutation from here, ``drafter kinds`` lists them. The writer may
also type the Chinese name (``kind: 政府工作报告``): ``find_kind`` accepts both.
"""

from __future__ import annotations

from drafter.records import dataclass


@dataclass(frozen=True, slots=True)
class SpeechKind:
    name: str  # the key written in the targets file
    title_cn: str  # what writers call it
    description: str  # one line, shown by `drafter kinds`
    template: str  # file name inside templates/
    salutation: str  # first line of the speech body


SPEECH_KINDS: tuple[SpeechKind, ...] = (
    SpeechKind(
        name="work_meeting",
        title_cn="县政府全体会议讲话",
        description="县长在县政府全体（扩大）会议上讲话，回顾上年工作、部署今年任务、提出作风要求。",
        template="work_meeting.j2",
        salutation="同志们：",
    ),
    SpeechKind(
        name="plenary",
        title_cn="全会上的经济工作讲话",
        description="在县委全会或经济工作会议上讲经济工作，研判形势、明确目标、部署稳增长重点。",
        template="plenary.j2",
        salutation="同志们：",
    ),
    SpeechKind(
        name="symposium",
        title_cn="座谈会讲话",
        description="在企业家、专题或调研座谈会上讲话，肯定成绩、回应关切、提出希望和打算。",
        template="symposium.j2",
        salutation="同志们、朋友们：",
    ),
    SpeechKind(
        name="work_report",
        title_cn="政府工作报告",
        description="县长代表县人民政府向县人民代表大会报告工作，含回顾、目标、任务和政府自身建设。",
        template="work_report.j2",
        salutation="各位代表：",
    ),
)

_BY_NAME = {kind.name: kind for kind in SPEECH_KINDS}
_BY_TITLE = {kind.title_cn: kind for kind in SPEECH_KINDS}


def kind_names() -> tuple[str, ...]:
    return tuple(kind.name for kind in SPEECH_KINDS)


# What writers also call each kind (``--kind 座谈会``, ``kind: 全体会议``); 讲话 may follow.
_BY_ALIAS = {
    "全体会议": "work_meeting",
    "县政府全体会议": "work_meeting",
    "政府全体会议": "work_meeting",
    "全体扩大会议": "work_meeting",
    "全会": "plenary",
    "县委全会": "plenary",
    "经济工作会议": "plenary",
    "全会经济工作": "plenary",
    "座谈会": "symposium",
    "企业家座谈会": "symposium",
    "工作报告": "work_report",
    "政府工作报告": "work_report",
}


def find_kind(text: str) -> SpeechKind | None:
    """The kind called ``text`` (English key, any case, its Chinese name or a usual short name
    such as 座谈会); None if none is."""
    key = text.strip()
    found = _BY_NAME.get(key.lower().replace("-", "_")) or _BY_TITLE.get(key)
    if found is None:
        alias = _BY_ALIAS.get(key) or _BY_ALIAS.get(key.removesuffix("讲话"))
        found = _BY_NAME.get(alias) if alias else _BY_TITLE.get(f"{key}讲话")
    return found


def get_kind(name: str) -> SpeechKind:
    """The kind called ``name``; a KeyError for an unknown name (targets are validated first)."""
    kind = find_kind(name)
    if kind is None:
        raise KeyError(name)
    return kind
