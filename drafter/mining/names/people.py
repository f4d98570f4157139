"""People: a surname and a title (向书记), a name before a title (陈刚书记), a title then a name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter import segment
from drafter.mining.lexicon import GENERIC_NAMEY
from drafter.mining.names.common import (
    CJK,
    FUNCTION_CHARS,
    is_single,
)
from drafter.mining.slots import Hit
from drafter.names.people import PERSON_TITLES, SURNAMES

_ANY_TITLE = re.compile("|".join(PERSON_TITLES))  # (longest first)


def person_hits(text: str, tokens: Sequence[tuple[str, int, int]]) -> list[Hit]:
    if not _ANY_TITLE.search(text):
        return []
    hits = []
    for index, (word, start, end) in enumerate(tokens):
        previous = tokens[index - 1][0] if index > 0 else ""
        following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
        # 向书记, 李县长: one surname character right before a title, after a pause or verb.
        if (
            len(word) == 1
            and word in SURNAMES
            and following in PERSON_TITLES
            and following not in ("代表", "委员", "同志")
            and (
                not previous
                or not CJK.match(previous)
                or previous in ("由", "请", "和", "与", "及")
            )
        ):
            hits.append(Hit(start, end, "person", word, "姓氏加职务"))
        # 陈刚书记, 红辉同志: a two- or three-character name right before a title.
        elif (
            following in PERSON_TITLES
            and 2 <= len(word) <= 3
            and CJK.match(word)
            and (not segment.known_word(word) or (segment.word_tag(word) or "").startswith("nr"))
            and word not in GENERIC_NAMEY
        ):
            hits.append(Hit(start, end, "person", word, "职务前的人名"))
        # 县长 宗学谦: a title, a space, then a name.
        elif word in PERSON_TITLES and index + 2 < len(tokens) and tokens[index + 1][0].isspace():
            name, name_start, name_end = tokens[index + 2]
            if 2 <= len(name) <= 3 and CJK.match(name) and not segment.known_word(name):
                hits.append(Hit(name_start, name_end, "person", name, "职务后的人名"))
    # 陈/刚 书记, 红/辉 同志: a name the segmenter split into characters, right before a title
    for index, (word, start, _) in enumerate(tokens):
        if word not in PERSON_TITLES or word in ("代表", "委员"):
            continue
        first = index
        while first > 0 and index - first < 3 and is_single(tokens[first - 1][0]):
            first -= 1
        # a count opens no name (8个|名|校长, 保定 2021: eight famous headmasters)
        while first < index and (segment.word_pos(tokens[first][0]) or "").startswith(("m", "q")):
            first += 1
        if index - first >= 2 and not any(t[0] in FUNCTION_CHARS for t in tokens[first:index]):
            name = "".join(t[0] for t in tokens[first:index])
            hits.append(Hit(tokens[first][1], start, "person", name, "职务前的人名"))
    # a name split into single characters after a title: 县长 宗/学/谦
    for match in re.finditer(
        r"(?:县长|书记|主任|市长|局长)[ \u3000]+([\u4e00-\u9fff]{2,3})(?=[ \u3000]|$)", text
    ):
        hits.append(Hit(match.start(1), match.end(1), "person", match.group(1), "职务后的人名"))
    return hits
