"""``dataclass``, made at start-up for a fraction of the standard library's cost.

Input: a class body with annotated fields, as ``dataclasses.dataclass`` takes it. Output: the same
dataclass — the same ``__init__`` (signature, annotations and effect), ``__repr__``,
``__eq__``, ``__hash__``, frozen ``__setattr__``/``__delattr__``, ``__slots__``,
``__match_args__``, ``__dataclass_fields__`` and ``__dataclass_params__``, so ``fields``,
``replace``, ``asdict`` and pickling see no difference.

Why: a ``drafter draft`` defines ~75 dataclasses before any work, and the standard library
compiles five or six small functions from source for each (``exec``: ~0.5 ms a class, ~40 ms a
draft, a tenth of it). Here only ``__init__`` is compiled — its speed matters, a draft builds
~7,000 of these objects; a frozen one with slots sets each through the slot's descriptor, as
``object.__setattr__`` would, without the name's lookup — and the other methods are closures
over the field names, which behave as the generated ones do (``__eq__`` and ``__hash__``
compare and hash the same tuples, so sets and dicts of them order as before). Even
``__init__`` is compiled once per shape (how each field is set, which have default factories),
not per class: the class's own field names go into a copy of that code (~70 classes a draft,
~20 shapes; ~40 M instructions of a draft's ~2,200 M were these compiles).

Options ``init``, ``frozen``, ``slots`` and ``unsafe_hash`` are made here, and a base class that
adds no fields and no slots (``targets.schema.Model``), and a ``ClassVar``'s pseudo-field.
Anything else (a dataclass base, ``InitVar``/``KW_ONLY``, a method of its own that a dataclass
would keep, a field out of ``__init__``, other options) goes to ``dataclasses.dataclass``
unchanged, as does every class on a Python whose ``dataclasses`` lacks what this relies on.
mypy reads this module's ``dataclass`` as the standard one.
"""

from __future__ import annotations

import dataclasses
import functools
import sys
import types
import typing
from operator import attrgetter
from reprlib import recursive_repr
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dataclasses import dataclass as dataclass
else:
    _MISSING = dataclasses.MISSING
    _FACTORY = getattr(dataclasses, "_HAS_DEFAULT_FACTORY", None)
    _FIELD = getattr(dataclasses, "_FIELD", None)
    _CLASSVAR = getattr(dataclasses, "_FIELD_CLASSVAR", None)
    _PARAMS = getattr(dataclasses, "_DataclassParams", None)
    _GETSTATE = getattr(dataclasses, "_dataclass_getstate", None)
    _SETSTATE = getattr(dataclasses, "_dataclass_setstate", None)
    _FAST = sys.version_info[:2] in ((3, 10), (3, 11)) and None not in (
        _FACTORY,
        _FIELD,
        _CLASSVAR,
        _PARAMS,
        _GETSTATE,
        _SETSTATE,
    )
    # names a class's own body may not define for the quick path (a dataclass keeps or checks them)
    _OWN = frozenset(
        {
            "__init__",
            "__repr__",
            "__eq__",
            "__hash__",
            "__setattr__",
            "__delattr__",
            "__slots__",
            "__match_args__",
            "__getstate__",
            "__setstate__",
            "__lt__",
            "__le__",
            "__gt__",
            "__ge__",
        }
    )
    _SPECIAL_TYPES = ("ClassVar", "InitVar", "KW_ONLY")
    _SLOT = type(dataclasses.Field.__dict__["name"])  # a slot's descriptor (member_descriptor)

    def dataclass(
        cls: Any = None,
        /,
        *,
        init: bool = True,
        frozen: bool = False,
        slots: bool = False,
        unsafe_hash: bool = False,
        **options: Any,
    ) -> Any:
        """``dataclasses.dataclass`` (same arguments); see the module's docstring."""

        def wrap(cls: type) -> type:
            made = None
            if not options and _FAST:
                fields = _plain_fields(cls, init)
                if fields is not None:
                    made = _make(cls, fields, init, frozen, slots, unsafe_hash)
            if made is None:
                made = dataclasses.dataclass(
                    cls, init=init, frozen=frozen, slots=slots, unsafe_hash=unsafe_hash, **options
                )
            return made

        return wrap if cls is None else wrap(cls)

    def _is_classvar(kind: str, cls: type) -> bool | None:
        """Whether the annotation ``kind`` is ``ClassVar[…]`` as the standard library reads it
        (the name as the class's module imported it from typing); None when it names one of
        the special types in another way."""
        if not any(word in kind for word in _SPECIAL_TYPES):
            return False
        if kind.lstrip().startswith("ClassVar[") and sum(map(kind.count, _SPECIAL_TYPES)) == 1:
            module = sys.modules.get(cls.__module__)
            if module is not None and module.__dict__.get("ClassVar") is typing.ClassVar:
                return True
        return None

    def _plain_fields(cls: type, init: bool) -> list[dataclasses.Field[Any]] | None:
        """The class's fields (a ``ClassVar``'s pseudo-field among them, as the standard
        library keeps it), or None when it is not of the shape this module makes."""
        if type(cls) is not type:
            return None
        for base in cls.__mro__[1:-1]:  # (bases that add no fields and no slots)
            if hasattr(base, "__dataclass_fields__") or vars(base).get("__slots__"):
                return None
        body = cls.__dict__
        if not _OWN.isdisjoint(body) or (not init and not body.get("__doc__")):
            return None  # (a class without a docstring is given one from ``__init__``'s)
        fields: list[dataclasses.Field[Any]] = []
        defaulted = False
        for name, kind in body.get("__annotations__", {}).items():
            if not isinstance(kind, str) or name == "self":
                return None  # (the standard library names the instance otherwise)
            classvar = _is_classvar(kind, cls)
            if classvar is None:
                return None
            value = getattr(cls, name, _MISSING)  # (a base's attribute too, as dataclasses)
            if type(value) is _SLOT:
                value = _MISSING
            if isinstance(value, dataclasses.Field):
                if classvar:
                    return None
                field = value
                if field.kw_only not in (_MISSING, False) or not field.init:
                    return None
            else:
                field = dataclasses.field(default=value)
            field.name = name
            field.type = kind
            if classvar:
                field._field_type = _CLASSVAR
                fields.append(field)
                continue
            if field.default is not _MISSING and field.default.__class__.__hash__ is None:
                return None  # (a mutable default: the standard library raises)
            has_default = field.default is not _MISSING or field.default_factory is not _MISSING
            if defaulted and not has_default:
                return None  # (the standard library raises)
            defaulted = defaulted or has_default
            field._field_type = _FIELD
            field.kw_only = False
            fields.append(field)
        return fields

    def _make(
        cls: type,
        every: list[dataclasses.Field[Any]],
        init: bool,
        frozen: bool,
        slots: bool,
        unsafe_hash: bool,
    ) -> type:
        fields = [f for f in every if f._field_type is _FIELD]
        names = tuple(f.name for f in fields)
        if slots:
            body = dict(cls.__dict__)
            body["__slots__"] = names
            for name in names:
                body.pop(name, None)
            body.pop("__dict__", None)
            if not _std_keeps_weakref():
                body.pop("__weakref__", None)
            qualname = cls.__qualname__
            cls = type(cls.__name__, cls.__bases__, body)
            cls.__qualname__ = qualname
        else:
            for field in fields:  # as the standard library leaves the class's attributes
                if isinstance(cls.__dict__.get(field.name), dataclasses.Field):
                    if field.default is _MISSING:
                        delattr(cls, field.name)
                    else:
                        setattr(cls, field.name, field.default)
        cls.__dataclass_params__ = _PARAMS(init, True, True, False, unsafe_hash, frozen)
        cls.__dataclass_fields__ = {f.name: f for f in every}
        if init:
            _method(cls, _init(cls, fields, frozen))
        _method(cls, _repr([f.name for f in fields if f.repr]))
        compared = [f.name for f in fields if f.compare]
        _method(cls, _eq(compared))
        if frozen or unsafe_hash:
            hashed = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]
            _method(cls, _hash(hashed))
        else:
            cls.__hash__ = None  # type: ignore[assignment]  # (eq without frozen, as dataclasses)
        if frozen:
            setattr_, delattr_ = _frozen(cls, names)
            _method(cls, setattr_)
            _method(cls, delattr_)
        cls.__match_args__ = names
        if not getattr(cls, "__doc__", None):
            cls.__doc__ = cls.__name__ + _signature_text(fields)
        if slots and frozen:
            cls.__getstate__ = _GETSTATE
            cls.__setstate__ = _SETSTATE
        return cls

    def _signature_text(fields: list[dataclasses.Field[Any]]) -> str:
        """``str(inspect.signature(cls))`` less ``-> None``, the standard library's docstring
        for a class without one (inspect writes a string annotation as its repr, a default
        factory as ``<factory>``), without building the signature."""
        params = []
        for f in fields:
            default = f.default if f.default_factory is _MISSING else _FACTORY
            text = f"{f.name}: {f.type!r}"
            params.append(text if default is _MISSING else f"{text} = {default!r}")
        return "(" + ", ".join(params) + ")"

    def _method(cls: type, fn: Any) -> None:
        fn.__qualname__ = f"{cls.__qualname__}.{fn.__name__}"
        setattr(cls, fn.__name__, fn)

    def _init(cls: type, fields: list[dataclasses.Field[Any]], frozen: bool) -> Any:
        """``__init__`` as the standard library writes it (a frozen class's slots set by their
        own descriptors), made from the code of its shape (``_shape_code``) with the class's
        field names, defaults and setters put in: one compile per shape, not per class."""
        values: list[Any] = []  # the closure's values, in the order of the template's names
        modes = []
        for f in fields:
            factory = f.default_factory is not _MISSING
            slot = cls.__dict__.get(f.name)
            if frozen and type(slot) is _SLOT:
                # the slot's own setter: what ``object.__setattr__`` finds and calls, without
                # looking the name up on every call (~40% of a frozen ``__init__``)
                mode = "slot"
                values.append(slot.__set__)
            elif frozen:
                mode = "object"
                values.append(f.name)
            else:
                mode = "attribute"
                values.append(None)
            values.append(f.default_factory if factory else None)
            modes.append((mode, factory))
        post_init = "__post_init__" in cls.__dict__
        code, names = _shape_code(tuple(modes), post_init)
        names_now = {f"_n{i}": f.name for i, f in enumerate(fields)}
        code = code.replace(
            co_varnames=("self", *(f.name for f in fields)),
            co_names=tuple(names_now.get(name, name) for name in code.co_names),
        )
        scope = dict(zip(names, values, strict=True))
        scope["_HAS_DEFAULT_FACTORY"] = _FACTORY
        scope["__dataclass_builtins_object__"] = object
        closure = tuple(types.CellType(scope[name]) for name in code.co_freevars)
        defaults = tuple(
            _FACTORY if f.default_factory is not _MISSING else f.default
            for f in fields
            if f.default_factory is not _MISSING or f.default is not _MISSING
        )
        module = sys.modules.get(cls.__module__)
        # (as dataclasses makes it: a function of the class's module)
        scope_of_module = module.__dict__ if module is not None else {"__name__": cls.__module__}
        init = types.FunctionType(code, scope_of_module, "__init__", defaults or None, closure)
        init.__annotations__ = {f.name: f.type for f in fields} | {"return": None}
        return init

    _shapes: dict[tuple[tuple[tuple[str, bool], ...], bool], tuple[types.CodeType, list[str]]]
    _shapes = {}

    def _shape_code(
        modes: tuple[tuple[str, bool], ...], post_init: bool
    ) -> tuple[types.CodeType, list[str]]:
        """The code of an ``__init__`` whose fields are set as ``modes`` says (by the slot's
        setter, ``object.__setattr__`` or an attribute; from a default factory or not), its
        parameters and attributes named ``_p0``…, ``_n0``… (the caller puts the field names in),
        and the names of its closure's values in order: compiled once for all classes of this
        shape (~70 classes a draft, ~20 shapes; a compile is ~0.2 ms), or taken from
        ``drafter.recordshapes``, where the package's own shapes are compiled with it."""
        found = _shapes.get((modes, post_init))
        if found is not None:
            return found
        from drafter.recordshapes import SHAPES

        maker = SHAPES.get((modes, post_init))
        if maker is None:
            made: dict[str, Any] = {}
            exec(shape_text(modes, post_init), {}, made)
            maker = made["__create_fn__"]
        outer = maker.__code__
        inner = next(c for c in outer.co_consts if isinstance(c, types.CodeType))
        if (modes, post_init) in SHAPES:  # (compiled with recordshapes: as exec compiles it)
            inner = inner.replace(
                co_filename="<string>",
                co_firstlineno=2,
                co_qualname="__create_fn__.<locals>.__init__",
            )
        names = list(outer.co_varnames[: outer.co_argcount - 2])
        found = _shapes[(modes, post_init)] = (inner, names)
        return found

    def shape_text(modes: tuple[tuple[str, bool], ...], post_init: bool) -> str:
        """The source of ``_shape_code``'s shape: ``__create_fn__``, whose parameters are the
        closure's values and which returns the ``__init__``."""
        names: list[str] = []
        lines = []
        for i, (mode, factory) in enumerate(modes):
            names += [f"__dataclass_set_{i}__", f"__dataclass_dflt_{i}__"]
            value = (
                f"__dataclass_dflt_{i}__() if _p{i} is _HAS_DEFAULT_FACTORY else _p{i}"
                if factory
                else f"_p{i}"
            )
            if mode == "slot":
                lines.append(f"  __dataclass_set_{i}__(self,{value})")
            elif mode == "object":
                lines.append(
                    f"  __dataclass_builtins_object__.__setattr__(self,__dataclass_set_{i}__,"
                    f"{value})"
                )
            else:
                lines.append(f"  self._n{i}={value}")
        if post_init:
            lines.append("  self.__post_init__()")
        params = "".join(f", _p{i}" for i in range(len(modes)))
        body = "\n".join(lines) or "  pass"
        outer = ", ".join([*names, "_HAS_DEFAULT_FACTORY", "__dataclass_builtins_object__"])
        head = f"def __create_fn__({outer}):\n def __init__(self{params}):\n"
        return f"{head}{body}\n return __init__"

    def shapes_source(keys: list[tuple[tuple[tuple[str, bool], ...], bool]]) -> str:
        """``drafter/recordshapes.py``: each shape of ``keys``'s ``__create_fn__`` (as
        ``shape_text`` writes it, so that its code is the one ``exec`` makes) and ``SHAPES``."""
        parts = [_SHAPES_HEAD]
        for number, (modes, post_init) in enumerate(keys):
            text = shape_text(modes, post_init)
            parts.append(text.replace("def __create_fn__(", f"def _shape_{number}(", 1) + "\n\n")
        parts.append("SHAPES = {\n")
        parts += [f"    {key!r}: _shape_{number},\n" for number, key in enumerate(keys)]
        parts.append("}\n")
        return "".join(parts)

    _SHAPES_HEAD = (
        '"""The ``__init__`` code of the shapes of the package\'s dataclasses, compiled with the\n'
        "package, not at every start (``drafter.records._shape_code``: ~4 ms of a draft).\n\n"
        "Generated: ``python -m drafter.records`` writes it again (a test says when a dataclass\n"
        'of a new shape needs it). Do not edit."""\n'
        "# fmt: off\n"
        "# ruff: noqa\n"
        "# mypy: ignore-errors\n\n"
        "from __future__ import annotations  # (as in drafter.records, which execs the same text)\n"
        "\n\n"
    )

    def package_shapes() -> list[tuple[tuple[tuple[str, bool], ...], bool]]:
        """The shapes of the dataclasses of every module of the package, in order."""
        import importlib
        import pkgutil

        import drafter

        for module in pkgutil.walk_packages(drafter.__path__, "drafter."):
            if module.name not in ("drafter.__main__", "drafter.recordshapes"):
                importlib.import_module(module.name)
        return sorted(_shapes)

    def _repr(names: list[str]) -> Any:
        parts = [(f"{name}=", attrgetter(name)) for name in names]

        @recursive_repr()
        def __repr__(self: Any) -> str:
            return (
                self.__class__.__qualname__
                + "("
                + ", ".join(label + repr(get(self)) for label, get in parts)
                + ")"
            )

        return __repr__

    def _values(names: list[str]) -> Any:
        """A getter of the fields' tuple (a 1-tuple for one field, as the generated code)."""
        if len(names) >= 2:
            return attrgetter(*names)
        if len(names) == 1:
            one = attrgetter(names[0])
            return lambda self: (one(self),)
        return lambda self: ()

    def _eq(names: list[str]) -> Any:
        values = _values(names)

        def __eq__(self: Any, other: Any) -> Any:
            if other.__class__ is self.__class__:
                return values(self) == values(other)
            return NotImplemented

        return __eq__

    def _hash(names: list[str]) -> Any:
        values = _values(names)

        def __hash__(self: Any) -> int:
            return hash(values(self))

        return __hash__

    def _frozen(cls: type, names: tuple[str, ...]) -> tuple[Any, Any]:
        error = dataclasses.FrozenInstanceError

        def __setattr__(self: Any, name: str, value: Any) -> None:
            if type(self) is cls or name in names:
                raise error(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self: Any, name: str) -> None:
            if type(self) is cls or name in names:
                raise error(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)

        return __setattr__, __delattr__


if __name__ == "__main__":  # (writes drafter/recordshapes.py again)
    from pathlib import Path

    from drafter import records as _records  # (the module the package's dataclasses use)

    _FILE = Path(__file__).with_name("recordshapes.py")
    _SHAPES = _records.package_shapes()  # type: ignore[attr-defined]
    _FILE.write_text(_records.shapes_source(_SHAPES), encoding="utf-8")  # type: ignore[attr-defined]


@functools.cache
def _std_keeps_weakref() -> bool:
    """The standard library's class with slots keeps the ``__weakref__`` entry of the class it
    was made from (Python 3.11.2, Debian 12's; not 3.11.7): a record class's namespace is its
    class's namespace, on any Python 3.10+ (a fresh environment of 3.11.2 failed the tests
    comparing the two)."""

    class Probe:
        a: int

    return "__weakref__" in vars(dataclasses.dataclass(Probe, slots=True))
