"""drafter.records: its ``dataclass`` makes the class ``dataclasses.dataclass`` makes."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pickle
import pkgutil
from dataclasses import field
from typing import Any, ClassVar

import pytest

import drafter
from drafter import records

OPTIONS = [{"frozen": True, "slots": True}, {"slots": True}, {}, {"frozen": True}]


def _full() -> type:
    class Sample:
        a: int
        b: str
        c: tuple[int, ...] = ()
        d: list[int] = field(default_factory=list, compare=False)
        e: float = field(default=1.5, hash=False, repr=False)

        def first(self) -> int:
            return self.a

    return Sample


def _one() -> type:
    class One:
        x: float

    return One


def _empty() -> type:
    class Empty:
        pass

    return Empty


SHAPES = [(_full, (1, "x", (2,), [3], 2.5)), (_one, (float("nan"),)), (_empty, ())]


def _field_facts(cls: type) -> list[tuple[Any, ...]]:
    return [
        (f.name, f.type, f.default, f.default_factory, f.compare, f.hash, f.repr, f.init, f.kw_only)
        for f in dataclasses.fields(cls)
    ]


@pytest.mark.parametrize("options", OPTIONS)
@pytest.mark.parametrize(("shape", "args"), SHAPES)
def test_same_class_as_the_standard_library(
    shape: Any, args: tuple[Any, ...], options: dict[str, bool]
) -> None:
    std = dataclasses.dataclass(shape(), **options)
    fast = records.dataclass(shape(), **options)
    assert _field_facts(fast) == _field_facts(std)
    assert sorted(fast.__dict__) == sorted(std.__dict__)
    assert repr(fast.__dataclass_params__) == repr(std.__dataclass_params__)
    assert fast.__match_args__ == std.__match_args__
    assert getattr(fast, "__slots__", None) == getattr(std, "__slots__", None)
    assert fast.__doc__ == std.__doc__
    assert str(inspect.signature(fast)) == str(inspect.signature(std))
    assert fast.__init__.__annotations__ == std.__init__.__annotations__
    assert fast.__init__.__qualname__ == std.__init__.__qualname__
    assert (fast.__hash__ is None) == (std.__hash__ is None)
    one, other = std(*args), fast(*args)
    assert repr(one) == repr(other)
    # the same tuples compared and hashed: a NaN field equals itself, as in a tuple
    assert fast(*args) == other
    assert one != other
    if std.__hash__ is not None:
        assert hash(one) == hash(other)


def test_defaults_frozen_and_helpers() -> None:
    cls = records.dataclass(_full(), frozen=True, slots=True)
    made = cls(1, "y")
    assert (made.c, made.d, made.e) == ((), [], 1.5)
    assert cls(1, "y").d is not made.d  # a fresh list from the factory
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.a = 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        del made.b
    assert dataclasses.replace(made, a=5).a == 5
    assert dataclasses.asdict(made) == {"a": 1, "b": "y", "c": (), "d": [], "e": 1.5}
    assert made.first() == 1


@records.dataclass(frozen=True, slots=True)
class Pickled:
    name: str
    count: int = 0


def test_pickles() -> None:
    made = Pickled("a", 3)
    assert pickle.loads(pickle.dumps(made)) == made


def test_post_init_runs_last() -> None:
    def shape() -> type:
        class Later:
            a: int
            doubled: int = 0

            def __post_init__(self) -> None:
                object.__setattr__(self, "doubled", 2 * self.a)

        return Later

    std = dataclasses.dataclass(shape(), frozen=True, slots=True)
    fast = records.dataclass(shape(), frozen=True, slots=True)
    assert (
        repr(fast(3))
        == repr(std(3))
        == "test_post_init_runs_last.<locals>.shape.<locals>.Later(a=3, doubled=6)"
    )


class _Base:
    """A base that adds no fields (as ``drafter.targets.schema.Model``)."""

    __slots__ = ()
    spec: ClassVar[dict[str, int]] = {}

    def __init__(self, **data: Any) -> None:
        for name in self.spec:
            object.__setattr__(self, name, data[name])

    def first(self) -> int:
        return 1


def _modelled() -> type:
    class Modelled(_Base):
        """A model."""

        a: int
        b: str | None
        spec: ClassVar[dict[str, int]] = {"a": 1, "b": 2}

    return Modelled


@pytest.mark.parametrize(
    "options",
    [{"slots": True, "init": False, "unsafe_hash": True}, {"frozen": True}, {"slots": True}],
)
def test_a_base_class_and_class_variables(options: dict[str, bool]) -> None:
    std = dataclasses.dataclass(_modelled(), **options)
    fast = records.dataclass(_modelled(), **options)
    assert list(fast.__dataclass_fields__) == list(std.__dataclass_fields__) == ["a", "b", "spec"]
    assert _field_facts(fast) == _field_facts(std)
    assert [
        (f.name, f._field_type, f.default, f.kw_only) for f in fast.__dataclass_fields__.values()
    ] == [(f.name, f._field_type, f.default, f.kw_only) for f in std.__dataclass_fields__.values()]
    assert sorted(fast.__dict__) == sorted(std.__dict__)
    assert repr(fast.__dataclass_params__) == repr(std.__dataclass_params__)
    assert fast.__match_args__ == std.__match_args__
    assert fast.__doc__ == std.__doc__
    assert getattr(fast, "__slots__", None) == getattr(std, "__slots__", None)
    assert fast.spec == std.spec == {"a": 1, "b": 2}
    one, other = std(a=1, b="x"), fast(a=1, b="x")  # (by keyword: either __init__)
    assert repr(one) == repr(other)
    assert (std.__hash__ is None) == (fast.__hash__ is None)
    if std.__hash__ is not None:
        assert hash(one) == hash(other)
    assert other == fast(a=1, b="x")
    assert other.first() == 1


def test_other_shapes_go_to_the_standard_library() -> None:
    class Counted:
        a: int
        total: ClassVar[int] = 0

        def __eq__(self, other: object) -> bool:
            return True

    made = records.dataclass(Counted, frozen=True)
    assert [f.name for f in dataclasses.fields(made)] == ["a"]
    assert "total" in made.__dataclass_fields__  # (a ClassVar's pseudo-field, as dataclasses)
    with pytest.raises(ValueError, match="mutable default"):

        @records.dataclass
        class Mutable:
            items: list[int] = []  # noqa: RUF012


def test_every_drafter_dataclass_is_one() -> None:
    """Every class drafter's modules make with it is a dataclass with its fields in order."""
    seen = 0
    for info in pkgutil.walk_packages(drafter.__path__, "drafter."):
        if ".mining" in info.name or info.name.endswith("__main__"):
            continue  # (jieba; the command itself)
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, type) and "__dataclass_fields__" in value.__dict__:
                annotations = inspect.get_annotations(value)
                names = [n for n, kind in annotations.items() if "ClassVar" not in str(kind)]
                assert [f.name for f in dataclasses.fields(value)] == names
                signature = str(inspect.signature(value)).replace(" -> None", "")
                if value.__doc__.startswith(value.__name__ + "("):  # (one of its own: none given)
                    assert value.__doc__ == value.__name__ + signature
                seen += 1
    assert seen > 50


def test_the_shapes_compiled_with_the_package_are_the_code_exec_makes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``drafter.recordshapes``'s code of each shape is the code ``_shape_code`` compiles from
    ``shape_text`` (the same object to ``==``: bytecode, names, lines, flags)."""
    from drafter import recordshapes

    assert recordshapes.SHAPES
    precompiled = {key: records._shape_code(*key) for key in recordshapes.SHAPES}
    monkeypatch.setattr(records, "_shapes", {})
    monkeypatch.setattr(recordshapes, "SHAPES", {})
    for key, (code, names) in precompiled.items():
        assert records._shape_code(*key) == (code, names)


def test_every_dataclass_shape_of_the_package_is_compiled_with_it() -> None:
    """After adding a dataclass of a new shape: ``python -m drafter.records``."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(drafter.__file__).resolve().parents[1])  # (this checkout's package)
    found = subprocess.run(
        [
            sys.executable,
            "-c",
            "from drafter import records; print(records.shapes_source(records.package_shapes()))",
        ],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": root},
    ).stdout
    shipped = importlib.import_module("drafter.recordshapes").__file__
    assert shipped is not None
    with open(shipped, encoding="utf-8") as handle:
        assert handle.read() + "\n" == found, "run python -m drafter.records"
