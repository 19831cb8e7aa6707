"""Small helpers that turn the word lists of the ``lang`` modules into sets, tuples and maps."""

from __future__ import annotations


def split(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, as a set."""
    return frozenset(text.split())


def ordered(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of ``text``, in order."""
    return tuple(text.split())


def phrases(text: str) -> tuple[str, ...]:
    """The comma-separated phrases of ``text``, in order."""
    return tuple(phrase.strip() for phrase in text.split(","))


def same(text: str, value: str) -> dict[str, str]:
    """Each of the comma-separated phrases of ``text`` -> ``value``, in order."""
    return dict.fromkeys(phrases(text), value)
