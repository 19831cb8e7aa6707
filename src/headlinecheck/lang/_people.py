"""The shape of a language's words for counting people (``Language.people``), read by
``checking.members`` and ``checking.nouns``: plain data, like the rest of the record."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple


class PeopleWords(NamedTuple):
    """Words for counting people (head nouns, singular)."""

    #: (whole, members): nouns that split a whole without overlap ("man", "woman" of "person"),
    #: so that "15 men and four women" is a count of 19 people.
    partitions: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: Person nouns of a role or a fate ("criminal", "victim").
    roles: frozenset[str] = frozenset()
    #: Words that make a person noun a count of another ("suspected" criminals are suspects).
    modifiers: Mapping[str, str] = MappingProxyType({})
    #: Words before a count that point back at people already named ("the three criminals").
    back_pointers: frozenset[str] = frozenset()
    #: Nouns that count whatever the whole before them counts ("of its 22 investors, 4 units").
    generic_nouns: frozenset[str] = frozenset()
