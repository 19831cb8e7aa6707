"""The body's figures indexed once per check, so that weighing a claim against a figure costs a
few look-ups: the figures by kind, and per figure what does not depend on the claim (its
sentence's stems, the stems governing it, whether it is stated as a total), with a substring
prefilter that answers most "does this sentence share a word with the claim's clause?" without
stemming the sentence at all.

The prefilter is exact: a stem is the first five letters of a lowered word (``context.stems``),
so a sentence whose lowered text does not contain the stem as a substring cannot have it; only
when some stem of the claim's clause does occur is the sentence stemmed (once per check).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from headlinecheck.checking.context import Sentences, governing_stems
from headlinecheck.checking.sums import is_total
from headlinecheck.extraction import Figure, Kind


class BodyIndex:
    """The evidence of one check by kind, and the claim-independent facts of each figure."""

    def __init__(
        self,
        body: str,
        evidence: Sequence[Figure],
        sentences: Callable[[], Sentences],
        previous_end: Callable[[tuple[int, int]], int],
    ) -> None:
        self.body = body
        self._sentences = sentences
        self._previous_end = previous_end
        self._by_kind: dict[Kind, list[Figure]] = {}
        for figure in evidence:
            self._by_kind.setdefault(figure.kind, []).append(figure)
        lowered = body.lower()
        # ``str.lower`` never shortens a character; the same length means every character
        # lowered to exactly one, so positions in ``lowered`` are positions in ``body``.
        self._lowered = lowered if len(lowered) == len(body) else None
        self._governing: dict[tuple[int, int], set[str]] = {}
        self._totals: dict[int, bool] = {}
        self._patterns: dict[frozenset[str], re.Pattern[str]] = {}

    def of_kind(self, kind: Kind) -> list[Figure]:
        """The body figures of ``kind``, in body order."""
        return self._by_kind.get(kind, [])

    def _may_share(self, context: set[str], start: int, end: int) -> bool:
        """False only when no stem of ``context`` occurs in ``body[start:end]`` (lowered)."""
        lowered = self._lowered
        if lowered is None:
            return True
        key = frozenset(context)
        pattern = self._patterns.get(key)
        if pattern is None:
            # One search for any of the stems (longest first, though any match will do).
            stems = sorted(context, key=lambda stem: (-len(stem), stem))
            pattern = self._patterns[key] = re.compile("|".join(map(re.escape, stems)))
        return pattern.search(lowered, start, end) is not None

    def context(self, figure: Figure, context: set[str]) -> int:
        """How many stems of the claim's clause the figure's sentence has."""
        if not context:
            return 0
        sentences = self._sentences()
        start, end = sentences.bounds(figure.span)
        if not self._may_share(context, start, end):
            return 0
        return len(context & sentences.stems(figure.span))

    def governed(self, figure: Figure, context: set[str]) -> int:
        """How many stems of the claim's clause govern the figure (``context.governing_stems``)."""
        if not context:
            return 0
        start = figure.span[0]
        lo = self._previous_end(figure.span)
        if not self._may_share(context, max(lo, start - 80), start):
            return 0
        found = self._governing.get(figure.span)
        if found is None:
            found = self._governing[figure.span] = governing_stems(self.body, lo, start)
        return len(context & found)

    def total(self, figure: Figure) -> bool:
        """``sums.is_total``, memoised (it reads only the text before the figure)."""
        found = self._totals.get(figure.span[0])
        if found is None:
            found = self._totals[figure.span[0]] = is_total(self.body, figure)
        return found
