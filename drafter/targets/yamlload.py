"""Reading a targets file's text as YAML: text → YAML nodes → plain data + places.

Nothing here constructs Python objects from YAML: the file is composed into nodes (which never
runs code, whatever tags it carries) and converted by our own walk, which
* keeps every scalar a string except ``true``/``false``/``null`` (no YAML 1.1 surprises: ``no``,
  ``0755``, ``12:30`` and ``2025-02-10`` stay text; the models read numbers and dates themselves);
* refuses tags other than the plain YAML ones (``!!python/object…`` is reported, not built);
* reports duplicate keys, which PyYAML would silently resolve to the last one;
* counts the nodes it expands, so an alias bomb stops after ``MAX_NODES`` with bounded memory;
* records the line and column of every key and value, for messages that point at them.
"""

from __future__ import annotations

import re
from dataclasses import field
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from drafter.records import dataclass
from drafter.targets.messages import Problem, clip, translate_yaml_error
from drafter.targets.rawtext import (
    SURROGATES_RE,
    Place,
    line_column,
    scan_lines,
    unclosed_quote,
)

MAX_NODES = 3_000  # nodes after alias expansion; a real file has 100-500
MAX_DEPTH = 40  # nesting; a real file goes 5 deep

Loc = tuple[str | int, ...]

_STANDARD_TAGS = {
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "map", "seq")
}
_NULLS = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}


class _Limit(Exception):
    """Internal: the document is too big or too deep to be a targets file."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


class _Composer(Composer):
    """PyYAML's composer with a depth limit (its recursion would otherwise overflow the stack)."""

    _depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark  # type: ignore[attr-defined]
                raise _Limit(
                    f"嵌套超过 {MAX_DEPTH} 层，不像指标文件：请检查括号和缩进",
                    mark.line + 1,
                    mark.column + 1,
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _NodeLoader(Reader, Scanner, Parser, _Composer, BaseResolver):
    """Composes nodes only; BaseResolver has no implicit resolvers, so plain scalars stay str."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        BaseResolver.__init__(self)


@dataclass
class Loaded:
    """A document converted to plain data, with the place of every key and value."""

    data: object = None
    values: dict[Loc, Place] = field(default_factory=dict)
    keys: dict[Loc, Place] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    refused: set[Loc] = field(default_factory=set)  # values dropped for a reported problem


# --- nodes → data -----------------------------------------------------------------------------


def _place(node: Node) -> Place:
    return Place(node.start_mark.line + 1, node.start_mark.column + 1)


class _Converter:
    def __init__(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.count = 0
        self.active: set[int] = set()
        self.seen: set[int] = set()
        self.aliased = False  # a node was reached twice: the file uses anchors and aliases

    def convert(self, node: Node, loc: Loc) -> object:
        self.count += 1
        if id(node) in self.seen:
            self.aliased = True
        self.seen.add(id(node))
        if len(loc) > MAX_DEPTH:
            place = _place(node)
            raise _Limit(
                f"嵌套超过 {MAX_DEPTH} 层，不像指标文件：请检查括号和缩进", place.line, place.column
            )
        if self.count > MAX_NODES:
            # No single line is to blame: the anchors and aliases together are, or the file's size.
            if self.aliased:
                raise _Limit(
                    f"展开别名（*）后超过 {MAX_NODES} 项，已停止读取："
                    "指标文件不需要锚点（&）和别名（*），请删掉"
                )
            raise _Limit(f"文件内容超过 {MAX_NODES} 项，远超指标文件的规模：请确认选对了文件")
        self.loaded.values.setdefault(loc, _place(node))
        if node.tag not in _STANDARD_TAGS:
            place = _place(node)
            self.loaded.refused.add(loc)
            self.loaded.problems.append(
                Problem(
                    place.line,
                    place.column,
                    loc,
                    f"不支持 YAML 类型标记“{_short_tag(node.tag)}”（不会被执行）：请删掉它，只写值",
                )
            )
            return None
        if isinstance(node, ScalarNode):
            return self._scalar(node)
        if id(node) in self.active:
            place = _place(node)
            raise _Limit(
                "别名（*）引用了自己，无法展开：请删掉锚点和别名", place.line, place.column
            )
        self.active.add(id(node))
        try:
            if isinstance(node, SequenceNode):
                return [self.convert(item, (*loc, i)) for i, item in enumerate(node.value)]
            assert isinstance(node, MappingNode)
            return self._mapping(node, loc)
        finally:
            self.active.discard(id(node))

    @staticmethod
    def _scalar(node: ScalarNode) -> object:
        value: str = node.value
        # Plain (unquoted) style is None in pure-Python PyYAML and "" in libyaml's composer.
        plain = not node.style and node.tag == "tag:yaml.org,2002:str"
        if plain or node.tag.endswith((":null", ":bool")):
            if value in _NULLS:
                return None
            if value in _TRUE:
                return True
            if value in _FALSE:
                return False
        return value

    def _mapping(self, node: MappingNode, loc: Loc) -> dict[str, object]:
        result: dict[str, object] = {}
        first_seen: dict[str, Place] = {}
        for key_node, value_node in node.value:
            key_place = _place(key_node)
            if not isinstance(key_node, ScalarNode) or key_node.tag not in _STANDARD_TAGS:
                self.loaded.problems.append(
                    Problem(
                        key_place.line,
                        key_place.column,
                        loc,
                        "键必须是一个简单的英文词（如 name），这里写成了列表或键值对",
                    )
                )
                continue
            key = key_node.value.strip()
            if key == "<<":
                self.loaded.problems.append(
                    Problem(
                        key_place.line,
                        key_place.column,
                        loc,
                        "不支持“<<”合并写法：请把各项直接写出来",
                    )
                )
                continue
            key_loc = (*loc, key)
            if key in first_seen:
                first = first_seen[key]
                self.loaded.problems.append(
                    Problem(
                        key_place.line,
                        key_place.column,
                        key_loc,
                        f"重复的键“{clip(key)}”：第 {first.line} 行已经写过，请删掉一处"
                        "（否则只有后一处生效）",
                    )
                )
                continue
            first_seen[key] = key_place
            self.loaded.keys[key_loc] = key_place
            result[key] = self.convert(value_node, key_loc)
        return result


def _short_tag(tag: str) -> str:
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix) :] if tag.startswith(prefix) else tag


def _nesting_limit(text: str) -> None:
    """Refuse text nested deeper than any YAML composer should be asked to go.

    libyaml's composer recurses in C without Python's recursion limit, so a file of 100 000 ``[``
    could overflow the stack. This bound over-counts (it ignores quotes and block ends), which is
    harmless: a real targets file nests 5 deep, and the converter enforces MAX_DEPTH exactly.
    """
    depth = 0
    for match in _BRACKETS_RE.finditer(text):
        depth = depth + 1 if match.group() in "[{" else max(0, depth - 1)
        if depth > _BOUND:
            place = line_column(text, match.start())
            raise _Limit(_DEEP, place.line, place.column)
    for number, line in enumerate(text.split("\n"), start=1):
        indent = len(line) - len(line.lstrip(" "))
        if indent + line.count("- ") + line.count(": ") > _BOUND:
            raise _Limit(_DEEP, number, 1)


_BRACKETS_RE = re.compile(r"[\[\]{}]")
_BOUND = 400
_DEEP = f"嵌套超过 {MAX_DEPTH} 层，不像指标文件：请检查括号和缩进"


_DEFAULT_TAGS: dict[type[Node], str] = {
    ScalarNode: "tag:yaml.org,2002:str",
    SequenceNode: "tag:yaml.org,2002:seq",
    MappingNode: "tag:yaml.org,2002:map",
}

if yaml.__with_libyaml__:

    class _CNodeLoader(yaml.CBaseLoader):
        """libyaml's composer with the one resolution we want (none) done without the Python
        resolver's per-node bookkeeping, which otherwise costs more than parsing."""

        def resolve(self, kind: type[Node], value: Any, implicit: Any) -> str:
            return _DEFAULT_TAGS[kind]

        def descend_resolver(self, current_node: Any, current_index: Any) -> None:
            pass

        def ascend_resolver(self) -> None:
            pass


def _compose(text: str) -> Node | None:
    """The document's root node. libyaml (C) when PyYAML has it — about 20× faster, which keeps
    `check` under half a second even on the largest file accepted — else pure Python."""
    _nesting_limit(text)
    # Every node costs a Python object with two marks; bound them before composing. The count
    # over-estimates (commas and colons inside text count too), hence the generous factor.
    estimate = 2 * text.count(": ") + text.count(",") + text.count("- ")
    if estimate > 3 * MAX_NODES:
        raise _Limit(
            f"文件里有约 {estimate} 项内容，远超指标文件的规模（上限 {MAX_NODES} 项）："
            "请确认选对了文件"
        )
    if yaml.__with_libyaml__:
        c_loader = _CNodeLoader(text)
        try:
            return c_loader.get_single_node()
        finally:
            c_loader.dispose()
    loader = _NodeLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def load_yaml(text: str, known_keys: frozenset[str]) -> Loaded:
    """Compose ``text`` and convert it; YAML errors and line scans come back as problems."""
    loaded = Loaded()
    scanned = scan_lines(text, known_keys)
    # PyYAML refuses a tab anywhere outside quotes (even "county: 青禾县<Tab># 注释"). Tabs that
    # only separate things become spaces (one for one, so columns stay right); tabs used as
    # indentation are ambiguous and were reported by scan_lines above.
    text = text.replace("\t", " ")
    text = SURROGATES_RE.sub("\ufffd", text)  # reported by scan_lines; libyaml cannot encode them
    try:
        root = _compose(text)
        if root is not None:
            loaded.data = _Converter(loaded).convert(root, ())
    except _Limit as limit:
        loaded.problems = [Problem(limit.line, limit.column, None, limit.message)]
        loaded.data = None
        return loaded
    except yaml.YAMLError as error:
        problem = translate_yaml_error(error, text)
        opened = unclosed_quote(text)
        if opened is not None and opened.line is not None and opened.line <= (problem.line or 0):
            problem = opened  # the quote left open is the cause; YAML noticed it lines later
        # A syntax error on a line the scan explained, or just after it, is its consequence.
        explained = {p.line for p in scanned} | {p.line + 1 for p in scanned if p.line}
        loaded.problems = scanned + ([] if problem.line in explained else [problem])
        loaded.data = None
        return loaded
    loaded.problems[:0] = scanned
    return loaded
