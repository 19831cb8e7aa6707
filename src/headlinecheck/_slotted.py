"""``Slotted``: the base of small internal value classes (findings, articles), frozen and
compared by value as ``@attrs.frozen`` classes are, without attrs' class building.

Building an attrs class generates and compiles its methods, about a millisecond each at
start-up; the public values (``Figure``, ``Report``, ...) stay attrs classes, internal ones
whose every run pays for them use this instead. A subclass lists its fields in ``_fields`` (in
``__init__``'s order; ``__slots__ = _fields``), assigns them with ``_assign`` and may name in
``_not_compared`` the fields that equality and hashing leave out (attrs' ``eq=False``).
"""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

_S = TypeVar("_S", bound="Slotted")


class Slotted:
    __slots__ = ()
    _not_compared: ClassVar[frozenset[str]] = frozenset()
    #: The fields in ``__init__``'s order; ``__slots__ = _fields`` (a tuple of its own,
    #: which a linter sorting ``__slots__`` leaves alone).
    _fields: ClassVar[tuple[str, ...]] = ()

    def _assign(self, *values: Any) -> None:
        for name, value in zip(self._fields, values, strict=True):
            object.__setattr__(self, name, value)

    def _key(self) -> tuple[Any, ...]:
        skip = self._not_compared
        return tuple(getattr(self, name) for name in self._fields if name not in skip)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() == other._key()

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        return hash((self.__class__.__name__, *self._key()))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{self.__class__.__name__}({shown})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{self.__class__.__name__} is frozen: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{self.__class__.__name__} is frozen: cannot delete {name!r}")

    def __getstate__(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        self._assign(*state)

    def evolve(self: _S, **changes: Any) -> _S:
        """A copy with ``changes`` (as ``attrs.evolve``)."""
        unknown = set(changes) - set(self._fields)
        if unknown:
            raise TypeError(f"{self.__class__.__name__} has no field {sorted(unknown)[0]!r}")
        copy = object.__new__(self.__class__)
        copy._assign(*(changes.get(name, getattr(self, name)) for name in self._fields))
        return copy
