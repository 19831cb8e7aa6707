"""``Lazy``: a regex of the article readers, compiled on first use.

Reading one Markdown file needs a dozen of the readers' patterns, and a run that meets no TOML
front matter, JSON record, disable comment or worded date needs none of theirs: compiling them all
at import would make every ``headlinecheck check`` pay for every format.
"""

from __future__ import annotations

import re
from typing import AnyStr, Generic


class Lazy(Generic[AnyStr]):
    """``pattern()`` is ``re.compile(source, flags)``, compiled once, on the first call."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: AnyStr, flags: int = 0) -> None:
        self._source: AnyStr = source
        self._flags = flags
        self._compiled: re.Pattern[AnyStr] | None = None

    def __call__(self) -> re.Pattern[AnyStr]:
        compiled = self._compiled
        if compiled is None:
            # Two threads may both compile: the results are equal, either may stay.
            compiled = self._compiled = re.compile(self._source, self._flags)
        return compiled

    def __repr__(self) -> str:
        return f"Lazy({self._source!r})"
