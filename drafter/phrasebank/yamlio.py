"""Reading and writing the bank's YAML files the way people edit them.

Input: a YAML file a writer may have edited by hand. Output: plain Python values (dict/list/str/
int/bool/None) with the line of every mapping and sequence item kept, so validation can name the
file, line and entry. Duplicate keys are an error (PyYAML silently keeps the last one), and YAML
1.1's implicit types are switched off except plain decimal integers, true/false and null: a
keyword such as ``no`` or ``1:30`` stays a string.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from drafter.errors import BankError, describe_os_error

try:  # libyaml is ~10x faster; fall back to pure Python where it is missing
    from yaml import CSafeDumper as _BaseDumper
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeDumper as _BaseDumper  # type: ignore[assignment]
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]


class _Loader(_BaseLoader):
    """SafeLoader without the surprising YAML 1.1 implicit types."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        # PyYAML's resolver, less its general machinery (path resolvers and wildcard resolvers,
        # which this loader has none of): it runs once per node, ~20,000 times per bank.
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, regexp in _RESOLVERS.get(value[:1], ()):
                    if regexp.match(value):
                        return tag
            return _STR
        return _MAP if kind is yaml.MappingNode else _SEQ


_Loader.yaml_implicit_resolvers = {}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789")
)
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)


_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_NULL = "tag:yaml.org,2002:null"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_RESOLVERS: dict[Any, list[tuple[str, re.Pattern[str]]]] = _Loader.yaml_implicit_resolvers
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}


class _Dumper(_BaseDumper):
    """Block style, unicode, no aliases: a file a writer can read and edit.

    The bank's plain values are represented directly, without PyYAML's generic dispatch (type
    lookups, alias bookkeeping, style guessing), and scalars that no implicit resolver can match
    are resolved as strings at once: writing a bank took ~0.6 s of which half was that generic
    work. The nodes, and so the text, are the ones PyYAML's own representer builds with
    ``default_flow_style=False``."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def represent_data(self, data: Any) -> yaml.Node:
        kind = type(data)
        if kind is str:
            return yaml.ScalarNode(_STR, data)
        if kind is int:
            return yaml.ScalarNode(_INT, str(data))
        if kind is dict and self.default_flow_style is False and not self.sort_keys:
            pairs = [(self.represent_data(k), self.represent_data(v)) for k, v in data.items()]
            return yaml.MappingNode(_MAP, pairs, flow_style=False)
        if kind is list and self.default_flow_style is False:
            return yaml.SequenceNode(_SEQ, [self.represent_data(v) for v in data], flow_style=False)
        node: yaml.Node = super().represent_data(data)
        return node

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        # PyYAML's resolver tries the implicit resolvers listed under the value's first
        # character (and none under the others); most of a bank's values start with a Chinese
        # character, which has none
        if kind is yaml.ScalarNode:
            if not implicit[0] or value[:1] not in _DUMP_RESOLVERS:
                return _STR
            # short values (the figures of provenance: paragraph 12, start 340) repeat
            tag = _RESOLVED.get(value)
            if tag is None:
                tag = super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]
                if len(value) <= 12:
                    _RESOLVED[value] = tag
            return tag
        return super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]


# the first characters under which the dumper's resolver lists implicit resolvers (it has no
# wildcard ones: every resolver of SafeDumper is listed under its first characters)
_DUMP_RESOLVERS = frozenset(_Dumper.yaml_implicit_resolvers)
assert None not in _DUMP_RESOLVERS and not _Dumper.yaml_path_resolvers
_RESOLVED: dict[str, str] = {}  # value → its implicit tag, for short values


class Located(dict[str, Any]):
    """A mapping read from YAML that remembers the line it started on (1-based)."""

    line: int = 0


def _construct(node: yaml.Node, loader: _Loader, path: Path) -> Any:
    if isinstance(node, yaml.MappingNode):
        result = Located()
        result.line = node.start_mark.line + 1
        for key_node, value_node in node.value:
            key = _construct(key_node, loader, path)
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                raise BankError(
                    f"第 {key_node.start_mark.line + 1} 行：键“{key}”重复出现", path=path
                )
            result[key] = _construct(value_node, loader, path)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(item, loader, path) for item in node.value]
    # The scalars this loader resolves, built directly (construct_object costs ~4 µs a node);
    # explicit tags and other forms (!!int 0x1F, !!bool yes) go through PyYAML's constructors.
    tag = node.tag
    if tag == _STR:
        return node.value
    if tag == _NULL:
        return None
    if tag == _INT and _DECIMAL.fullmatch(node.value):
        return int(node.value)
    value = _BOOLS.get(node.value) if tag == "tag:yaml.org,2002:bool" else None
    if value is not None:
        return value
    return loader.construct_object(node, deep=True)


def read_yaml(path: Path) -> Any:
    """The document in ``path`` as plain values (mappings as ``Located``); BankError if unusable."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise BankError("文件不存在", path=path) from None
    except UnicodeDecodeError:
        raise BankError("不是 UTF-8 编码的文本文件，请用 UTF-8 保存", path=path) from None
    except OSError as error:
        raise BankError(f"无法读取（{describe_os_error(error)}）", path=path) from None
    return parse_yaml(text, path)


def parse_yaml(text: str, path: Path) -> Any:
    """The document ``text`` (of the file ``path``) as ``read_yaml`` gives it."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        return _construct(node, loader, path)
    except yaml.YAMLError as error:
        from drafter.targets.messages import translate_yaml_error

        problem = translate_yaml_error(error, text)
        where = f"第 {problem.line} 行第 {problem.column} 列：" if problem.line else ""
        raise BankError(f"{where}{problem.message}", path=path) from None
    finally:
        loader.dispose()


def dump_yaml(data: Any, header: str = "") -> str:
    """``data`` as block-style YAML text, preceded by the comment lines in ``header``.

    The text is PyYAML's (``_Dumper``, block style, width 4096). A bank's files (mappings,
    lists, ints and Chinese text) are written directly, ~5x faster: a scalar of the characters
    in ``_PLAIN_CHARS`` is written plain, or single-quoted when it starts with a brace, exactly as
    PyYAML's emitter chooses; any other scalar is rendered once by PyYAML; and anything whose
    form could depend on where it stands (a line break, a very long value, a type other than
    those) makes the whole document go through PyYAML."""
    try:
        out: list[str] = [header]
        if type(data) is dict and data:
            _emit_mapping(data, 0, "", out, {})
            return "".join(out)
    except _Unusual:
        pass
    return header + _dump_with_pyyaml(data)


def _dump_with_pyyaml(data: Any) -> str:
    text: str = yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=4096,
        indent=2,
    )
    return text


class _Unusual(Exception):
    """A value ``dump_yaml`` leaves to PyYAML."""


# Characters with no meaning to YAML anywhere in a plain scalar (Chinese text, its punctuation,
# ASCII letters and digits) and braces, which matter only first (a flow mapping's start).
_PLAIN_CHARS = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9{}_，。、；：？！“”‘’（）《》〈〉【】「」『』—…·～％]+"
)
# longer values are left to PyYAML: its emitter may break a line beyond 4096 columns
_LONG = 2000
_SCALARS: dict[str, str] = {}  # a value → how PyYAML writes it, for the values it is asked for
# ASCII words joined by - or . (entry ids, file names): PyYAML's emitter writes one plain when
# its resolver reads it back as text (not ``true``, ``no``, ``null`` …); it finds nothing to
# quote in it (no space, no indicator, a letter first)
_PLAIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:[-.][A-Za-z0-9_]+)*")


def _read_as_text(value: str) -> bool:
    """Whether the dumper's resolver reads ``value``, written plain, as a string: the first of
    the implicit resolvers listed under its first character that matches decides, as in
    PyYAML's ``BaseResolver.resolve`` (the dumper has no path resolvers)."""
    for tag, pattern in _Dumper.yaml_implicit_resolvers.get(value[0], ()):
        if pattern.match(value):
            return bool(tag == _STR)
    return True


def _emit_mapping(
    data: dict[Any, Any], indent: int, lead: str, out: list[str], keys: dict[str, str]
) -> None:
    """``data`` as block mapping lines; the first key after ``lead`` ("- " in a sequence).
    ``keys``: each key as written, for this document (a bank's file repeats a dozen keys over
    thousands of entries)."""
    pad = " " * indent
    start = lead
    for key, value in data.items():
        if type(key) is not str:
            raise _Unusual
        written = keys.get(key)
        if written is None:
            if not _PLAIN_CHARS.fullmatch(key) or key[0] in "{}":
                raise _Unusual
            written = keys[key] = _scalar(key)
        kind = type(value)
        if kind is dict:
            if not value:
                raise _Unusual
            out.append(f"{start}{written}:\n")
            _emit_mapping(value, indent + 2, " " * (indent + 2), out, keys)
        elif kind is list:
            if not value:
                out.append(f"{start}{written}: []\n")
            else:
                out.append(f"{start}{written}:\n")
                _emit_sequence(value, indent, out, keys)
        else:
            out.append(f"{start}{written}: {_scalar(value)}\n")
        start = pad


def _emit_sequence(items: list[Any], indent: int, out: list[str], keys: dict[str, str]) -> None:
    """``items`` as block sequence lines at ``indent`` (PyYAML does not indent a sequence under
    a mapping key)."""
    pad = " " * indent
    for item in items:
        if type(item) is dict and item:
            _emit_mapping(item, indent + 2, pad + "- ", out, keys)
        elif type(item) in (dict, list):
            raise _Unusual
        else:
            out.append(f"{pad}- {_scalar(item)}\n")


def _scalar(value: Any) -> str:
    kind = type(value)
    if kind is int:
        return str(value)
    if kind is not str:
        raise _Unusual
    if len(value) > _LONG:
        raise _Unusual
    if _PLAIN_CHARS.fullmatch(value) and value[0] not in _DUMP_RESOLVERS:
        # plain, unless it starts with a flow indicator: then single-quoted (no quote inside)
        return f"'{value}'" if value[0] in "{}" else value
    if _PLAIN_NAME.fullmatch(value) and _read_as_text(value):
        return str(value)  # an id or a file name (bd-3f2a…, quyang-2022.txt): nothing to quote
    written = _SCALARS.get(value)
    if written is None:
        line = _dump_with_pyyaml({"k": value})
        written = line[3:-1]
        if not line.startswith("k: ") or "\n" in written or len(_SCALARS) > 100_000:
            raise _Unusual
        _SCALARS[value] = written
    return written
