"""``LazyPattern``: a regex compiled on first use, whose later calls go straight to the regex
engine (extraction's patterns, and the checker's that share the idea)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any


class LazyPattern:
    """A regex compiled on first use, so importing (and a run that never needs it) stays cheap."""

    __slots__ = (
        "_compiled",
        "_flags",
        "_source",
        "findall",
        "finditer",
        "fullmatch",
        "match",
        "search",
    )

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        # These run several times per number found (or weighed, ``findall``): until the first
        # call they compile the pattern, which then puts its own (C) methods in their place,
        # so that later calls go straight to the regex engine.
        self.match: Callable[..., re.Match[str] | None] = self._first_match
        self.search: Callable[..., re.Match[str] | None] = self._first_search
        self.fullmatch: Callable[..., re.Match[str] | None] = self._first_fullmatch
        self.findall: Callable[..., list[Any]] = self._first_findall
        self.finditer: Callable[..., Iterator[re.Match[str]]] = self._first_finditer

    def get(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
            self.match = compiled.match
            self.search = compiled.search
            self.fullmatch = compiled.fullmatch
            self.findall = compiled.findall
            self.finditer = compiled.finditer
        return compiled

    def _first_match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.get().match(text, pos)

    def _first_search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.get().search(text, pos)

    def _first_fullmatch(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.get().fullmatch(text, pos)

    def _first_finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.get().finditer(text)

    def _first_findall(self, text: str) -> list[Any]:
        return self.get().findall(text)
