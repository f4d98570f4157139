"""How the targets models read plain data: field by field, every problem at once.

Input: what ``yamlload`` produced (strings, ``True``/``False``/``None``, lists, dicts) for a
model class (``model.py``). Output: a frozen model instance, or ``ValidationError`` carrying
every ``Issue`` found — a key path, a kind, and a message. The loader (``load._translate``) turns
the kinds into Chinese lines: ``drafter`` (a message of ours, shown as is), ``missing`` (a
required key), ``extra_forbidden`` (an unknown key), ``too_short``/``too_long`` (a list's
length), ``model_type`` (a mapping was wanted).

This replaced pydantic, whose import and model building cost every draft 100–120 ms (a draft's
limit is 2.5× the cost of importing its libraries). It keeps what the models relied on:
- a model's ``before`` hook sees the raw input first (and may refuse it whole); its fields are
  then read in order, each by its reader and then its ``check``, and unknown keys are refused;
- a missing key takes its default, unread; a key written (even empty) is always read;
- a model's ``after`` hook runs only when all its fields were read, and may name the field it
  is about (``Failure.field``), so the message points at that key's line;
- a list's length is checked only when all its items were read;
- an instance given where a model is wanted is taken as is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import FrozenInstanceError
from typing import Any, ClassVar, TypeVar

from drafter.records import dataclass

Loc = tuple[str | int, ...]
Context = Mapping[str, Any]


class Failure(ValueError):
    """A value is wrong: ``message`` is shown to the writer as is; ``field`` names the key, inside
    the current model, that it is about (raised by a model's ``after`` hook)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass(frozen=True, slots=True)
class Issue:
    loc: Loc
    kind: str  # drafter, missing, extra_forbidden, too_short, too_long, model_type
    message: str
    input: Any = None
    field: str | None = None  # a model check's issue: the key it concerns


class ValidationError(ValueError):
    """Every issue of one validation, in the order found."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = tuple(issues)
        lines = [f"{_path(issue.loc, issue.field)}：{issue.message}" for issue in issues]
        super().__init__("\n".join(lines))


def _path(loc: Loc, field: str | None) -> str:
    text = ""
    for part in (*loc, field) if field else loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "（整个文件）"


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


INVALID: Any = _Marker("INVALID")  # a reader's result when it reported an issue
REQUIRED: Any = _Marker("REQUIRED")  # a field's default when the key must be written

#: reads one raw value at a key path; reports issues and returns INVALID when it is wrong
Reader = Callable[[Any, Loc, Context, list[Issue]], Any]


@dataclass(frozen=True, slots=True)
class Spec:
    """One field: how its value is read, its default, and a check of the value read."""

    read: Reader
    default: Any = REQUIRED
    factory: Callable[[], Any] | None = None
    check: Callable[[Any, Context], Any] | None = None

    def with_check(self, check: Callable[[Any, Context], Any]) -> Spec:
        return Spec(self.read, self.default, self.factory, check)


def value(convert: Callable[[Any], Any]) -> Reader:
    """A reader from a function of the raw value that raises ``Failure`` when it is wrong."""

    def read(raw: Any, loc: Loc, context: Context, issues: list[Issue]) -> Any:
        try:
            return convert(raw)
        except Failure as failure:
            issues.append(Issue(loc, "drafter", failure.message, raw, failure.field))
            return INVALID

    return read


def many(
    item: Reader,
    *,
    before: Callable[[Any], Any] | None = None,
    min_length: int | None = None,
    max_length: int | None = None,
) -> Reader:
    """A list read item by item into a tuple; ``before`` sees the raw value first."""

    def read(raw: Any, loc: Loc, context: Context, issues: list[Issue]) -> Any:
        if before is not None:
            try:
                raw = before(raw)
            except Failure as failure:
                issues.append(Issue(loc, "drafter", failure.message, raw, failure.field))
                return INVALID
        if not isinstance(raw, (list, tuple)):
            issues.append(Issue(loc, "list_type", "应为列表", raw))
            return INVALID
        items = [item(one, (*loc, index), context, issues) for index, one in enumerate(raw)]
        if any(one is INVALID for one in items):
            return INVALID
        if min_length is not None and len(items) < min_length:
            issues.append(Issue(loc, "too_short", f"至少 {min_length} 项", raw))
            return INVALID
        if max_length is not None and len(items) > max_length:
            issues.append(Issue(loc, "too_long", f"至多 {max_length} 项", raw))
            return INVALID
        return tuple(items)

    return read


M = TypeVar("M", bound="Model")


def model(cls: type[Model], *, before: Callable[[Any], Any] | None = None) -> Reader:
    """A nested model; ``before`` sees the raw value first (``review:`` left empty → {})."""

    def read(raw: Any, loc: Loc, context: Context, issues: list[Issue]) -> Any:
        if before is not None:
            raw = before(raw)
        return cls.read_model(raw, loc, context, issues)

    return read


class Model:
    """Base of the frozen targets models (each a ``@dataclass(init=False, unsafe_hash=True)``
    whose ``model_fields`` lists its fields in order; frozen here, so the message says so).
    ``Model(**data)`` validates like ``model_validate``; the names follow pydantic's, which the
    models were first written in."""

    __slots__ = ()
    model_fields: ClassVar[dict[str, Spec]] = {}

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"{type(self).__name__} is frozen: cannot assign to {name}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"{type(self).__name__} is frozen: cannot delete {name}")

    def __reduce__(self) -> tuple[Any, ...]:
        """Copied and pickled by its field values (``copy``, ``pickle``), as pydantic's were."""
        return (_rebuilt, (type(self), tuple(getattr(self, n) for n in self.model_fields)))

    def __init__(self, **data: Any) -> None:
        issues: list[Issue] = []
        read = type(self).read_model(data, (), {}, issues)
        if issues:
            raise ValidationError(issues)
        for name in self.model_fields:
            object.__setattr__(self, name, getattr(read, name))

    # --- hooks ---------------------------------------------------------------------------------

    @classmethod
    def before(cls, data: Any, context: Context) -> Any:
        """The raw input before its fields are read (may rewrite it, or raise ``Failure``)."""
        return data

    def after(self, context: Context) -> None:
        """Checks across fields, once all were read (raise ``Failure``, naming its field)."""

    # --- reading -------------------------------------------------------------------------------

    @classmethod
    def model_validate(cls: type[M], data: Any, context: Context | None = None) -> M:
        issues: list[Issue] = []
        read = cls.read_model(data, (), context or {}, issues)
        if issues or read is INVALID:
            raise ValidationError(issues)
        return read  # type: ignore[no-any-return]

    @classmethod
    def read_model(cls, raw: Any, loc: Loc, context: Context, issues: list[Issue]) -> Any:
        """An instance read from ``raw`` at ``loc``, or INVALID with its issues added."""
        if isinstance(raw, cls):
            return raw
        try:
            data = cls.before(raw, context)
        except Failure as failure:
            issues.append(Issue(loc, "drafter", failure.message, raw, failure.field))
            return INVALID
        if not isinstance(data, dict):
            issues.append(Issue(loc, "model_type", "应为键值对", data))
            return INVALID
        values: dict[str, Any] = {}
        sound = True
        for name, spec in cls.model_fields.items():
            if name not in data:
                if spec.default is REQUIRED and spec.factory is None:
                    issues.append(Issue((*loc, name), "missing", "缺少此项"))
                    sound = False
                else:
                    values[name] = spec.factory() if spec.factory else spec.default
                continue
            where = (*loc, name)
            raw_field = data[name]
            read = spec.read(raw_field, where, context, issues)
            if read is not INVALID and spec.check is not None:
                try:
                    read = spec.check(read, context)
                except Failure as failure:
                    message = failure.message
                    issues.append(Issue(where, "drafter", message, raw_field, failure.field))
                    read = INVALID
            sound = sound and read is not INVALID
            values[name] = read
        for key, extra in data.items():
            if key not in cls.model_fields:
                issues.append(Issue((*loc, str(key)), "extra_forbidden", "不认识的键", extra))
                sound = False
        if not sound:
            return INVALID
        made = cls.model_construct(**values)
        try:
            made.after(context)
        except Failure as failure:
            issues.append(Issue(loc, "drafter", failure.message, data, failure.field))
            return INVALID
        return made

    # --- building without reading ----------------------------------------------------------------

    @classmethod
    def model_construct(cls: type[M], **values: Any) -> M:
        """An instance of values already read (no checks); missing fields take their default."""
        made = object.__new__(cls)
        for name, spec in cls.model_fields.items():
            if name in values:
                field = values[name]
            else:
                field = spec.factory() if spec.factory else spec.default
            object.__setattr__(made, name, field)
        return made

    def model_copy(self: M, *, update: Mapping[str, Any] | None = None) -> M:
        """A copy with some fields replaced (no checks, as pydantic's)."""
        values = {name: getattr(self, name) for name in self.model_fields}
        values.update(update or {})
        return type(self).model_construct(**values)

    def model_dump(self) -> dict[str, Any]:
        """The fields as plain data (nested models as dicts), in field order."""
        return {name: _dump(getattr(self, name)) for name in self.model_fields}


def _rebuilt(cls: type[Model], values: tuple[Any, ...]) -> Model:
    return cls.model_construct(**dict(zip(cls.model_fields, values, strict=True)))


def _dump(value: Any) -> Any:
    if isinstance(value, Model):
        return value.model_dump()
    if isinstance(value, tuple):
        return tuple(_dump(item) for item in value)
    return value
