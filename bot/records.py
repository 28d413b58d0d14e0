"""Frozen records built with one ``exec`` instead of six: what ``briefbot ask`` imports.

``@dataclass(frozen=True, slots=True)`` compiles six methods per class from source text
(``__init__``, ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``, ``__delattr__``): ~0.9 ms
a class on this machine, and ``briefbot ask`` imports 65 dataclasses — a third of its warm
start. Only ``__init__`` needs its own code (its signature is the class's fields); the other
five read the fields through one ``operator.attrgetter`` and are the same closures for every
class. ``record`` therefore lets ``dataclasses`` do what it does without compiling anything
(fields, defaults, ``__match_args__``, slots), compiles ``__init__`` once, and adds the rest.
The result is still a dataclass: ``fields``, ``replace`` and ``asdict`` work on it, instances
compare, hash, pickle and refuse assignment (``FrozenInstanceError``) as a frozen dataclass's do.
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")
_MISSING = dataclasses.MISSING
_setattr = object.__setattr__


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def record(cls: type[T] | None = None, /, *, slots: bool = True, eq: bool = True) -> Any:
    """``@record`` as ``@dataclass(frozen=True, slots=True)``; ``eq=False`` keeps identity
    equality and hashing, ``slots=False`` keeps an instance ``__dict__`` (for cached values)."""

    def wrap(target: type[T]) -> type[T]:
        return _build(target, slots=slots, eq=eq)

    return wrap if cls is None else wrap(cls)


def _build(cls: type[T], *, slots: bool, eq: bool) -> type[T]:
    own = dict(cls.__dict__)  # methods the class writes itself are kept, as dataclasses keeps them
    # frozen=False here: ``dataclasses`` would compile __setattr__/__delattr__ for frozen=True.
    made: type[T] = dataclasses.dataclass(
        cls, init=False, repr=False, eq=False, frozen=False, slots=slots
    )
    fields = dataclasses.fields(made)  # type: ignore[arg-type]
    names = tuple(f.name for f in fields)
    methods: dict[str, Any] = {
        "__init__": _init(made, fields),
        "__repr__": _repr(tuple(f.name for f in fields if f.repr)),
        "__setattr__": _refuse_set,
        "__delattr__": _refuse_delete,
    }
    if eq:
        compared = tuple(f.name for f in fields if f.compare)
        hashed = tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash))
        methods["__eq__"] = _equal(_values(compared))
        if own.get("__hash__") is None:  # absent, or None because the class wrote __eq__
            own.pop("__hash__", None)
            methods["__hash__"] = _hash(_values(hashed))
    if slots:
        methods["__getstate__"] = _state(names)
        methods["__setstate__"] = _restore(names)
    for name, method in methods.items():
        if name not in own:
            setattr(made, name, method)
    return made


def _values(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The named fields of an instance as a tuple (``attrgetter`` gives a bare value for one)."""
    if not names:
        return lambda _: ()
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return attrgetter(*names)


def _init(cls: type, fields: tuple[dataclasses.Field[Any], ...]) -> Callable[..., None]:
    """The one compiled method: ``__init__`` with the fields as parameters, setting them
    through ``object.__setattr__`` as a frozen dataclass's does, then ``__post_init__``."""
    parameters: list[str] = []
    body: list[str] = []
    scope: dict[str, Any] = {"__set": _setattr, "__factory_marker": _FACTORY}
    for f in fields:
        default = f"__default_{f.name}"
        if f.default_factory is not _MISSING:
            scope[default] = f.default_factory
            if f.init:
                parameters.append(f"{f.name}=__factory_marker")
                value = f"{default}() if {f.name} is __factory_marker else {f.name}"
            else:
                value = f"{default}()"
        elif f.init:
            if f.default is _MISSING:
                parameters.append(f.name)
            else:
                scope[default] = f.default
                parameters.append(f"{f.name}={default}")
            value = f.name
        elif f.default is not _MISSING:
            scope[default] = f.default
            value = default
        else:
            continue
        body.append(f"    __set(self, {f.name!r}, {value})")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    source = (
        f"def __init__(self{''.join(', ' + p for p in parameters)}):\n"
        + ("\n".join(body) or "    pass")
        + "\n"
    )
    exec(source, scope)  # our own text, made of the class's field names
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init  # type: ignore[no-any-return]


class _Factory:
    """Marks a parameter left out whose field has a default factory."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


def _repr(shown: tuple[str, ...]) -> Callable[[Any], str]:
    @reprlib.recursive_repr()
    def __repr__(self: Any) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{type(self).__qualname__}({inner})"

    return __repr__


def _equal(values: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any, Any], Any]:
    def __eq__(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    return __eq__


def _hash(values: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any], int]:
    def __hash__(self: Any) -> int:
        return hash(values(self))

    return __hash__


def _refuse_set(self: Any, name: str, value: Any) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


def _refuse_delete(self: Any, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


def _state(names: tuple[str, ...]) -> Callable[[Any], list[Any]]:
    """Pickled as the field values in order (the start-up cache holds thousands of these)."""
    values = attrgetter(*names) if len(names) > 1 else None

    def __getstate__(self: Any) -> list[Any]:
        if values is not None:
            return list(values(self))
        return [getattr(self, name) for name in names]

    return __getstate__


def _restore(names: tuple[str, ...]) -> Callable[[Any, list[Any]], None]:
    def __setstate__(self: Any, state: list[Any]) -> None:
        for name, value in zip(names, state, strict=True):
            _setattr(self, name, value)

    return __setstate__
