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

import bisect
import re
from collections.abc import Callable, Iterable, Sequence

from headlinecheck.checking.context import Sentences, governing_stems
from headlinecheck.checking.shortlist import Amount, Positions, Regions, amounts, occurrences
from headlinecheck.checking.sums import TOTAL_WORDS, is_total
from headlinecheck.checking.values import DollarReading
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
        self.evidence = evidence
        self._amounts: dict[int, tuple[Sequence[Figure], list[Amount]]] = {}
        self._hits: dict[str, list[int]] = {}
        self._positions: Positions | None = None
        self._regions: Regions | None = None
        self._total_ids: set[int] | None = None
        self._total_at: list[int] | None = None
        self._special: dict[tuple[frozenset[str], bool], set[int] | None] = {}
        #: Per-check memos of other modules (``sums``), by keys of their own.
        self.memo: dict[object, object] = {}

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
        bounds = sentences.bounds(figure.span)
        # Stems already found answer exactly; the prefilter only spares finding them.
        found = sentences.known_stems(bounds)
        if found is None:
            if not self._may_share(context, *bounds):
                return 0
            found = sentences.stems_within(bounds)
        return len(context & found)

    def governed(self, figure: Figure, context: set[str]) -> int:
        """How many stems of the claim's clause govern the figure (``context.governing_stems``)."""
        if not context:
            return 0
        found = self._governing.get(figure.span)
        if found is None:
            # Each stem found is a word's start in the text read: the prefilter is exact.
            start = figure.span[0]
            lo = self._previous_end(figure.span)
            if not self._may_share(context, max(lo, start - 80), start):
                return 0
            found = self._governing[figure.span] = governing_stems(self.body, lo, start)
        return len(context & found)

    def total(self, figure: Figure) -> bool:
        """``sums.is_total``, memoised (it reads only the text before the figure)."""
        start = figure.span[0]
        found = self._totals.get(start)
        if found is None:
            # A total word among the 40 characters before the figure occurs there in the
            # lowered body: where none does, the words need not be read.
            hits = self._total_hits()
            if hits is not None:
                k = bisect.bisect_left(hits, start - 40)
                if k == len(hits) or hits[k] >= start:
                    found = self._totals[start] = False
                    return found
            found = self._totals[start] = is_total(self.body, figure)
        return found

    def _total_hits(self) -> list[int] | None:
        """Where a total word occurs in the lowered body, sorted (None: no lowered body)."""
        if self._lowered is None:
            return None
        if self._total_at is None:
            self._total_at = self._hits_of(sorted(TOTAL_WORDS))
        return self._total_at

    def amounts(self, figures: Sequence[Figure], reading: DollarReading) -> list[Amount]:
        """``shortlist.amounts`` of ``figures``: memoised for a kind's list (``of_kind``), and a
        filtered list that kept every figure of its kind reuses its kind's groups."""
        if figures and figures is not self._by_kind.get(figures[0].kind):
            full = self._by_kind.get(figures[0].kind, [])
            if len(figures) != len(full):
                return amounts(figures, reading)
            figures = full  # the same figures, in the same order (a filter kept them all)
        found = self._amounts.get(id(figures))
        if found is None or found[0] is not figures:
            found = self._amounts[id(figures)] = (figures, amounts(figures, reading))
        return found[1]

    def _hits_of(self, words: Iterable[str]) -> list[int]:
        assert self._lowered is not None
        out: list[int] = []
        for word in words:
            found = self._hits.get(word)
            if found is None:
                found = self._hits[word] = occurrences(self._lowered, word)
            out += found
        out.sort()
        return out

    def _total_figures(self) -> set[int]:
        """Ids of the figures ``total`` holds for (a total word among the 40 characters before
        the figure is needed, so only the figures after one are read)."""
        if self._total_ids is None:
            self._total_ids = set()
            hits = self._total_hits()
            if hits:
                positions = self.positions()
                for p in hits:
                    for figure in positions.figures_in(p, p + 40):
                        if self.total(figure):
                            self._total_ids.add(id(figure))
        return self._total_ids

    def positions(self) -> Positions:
        if self._positions is None:
            self._positions = Positions(self.evidence)
        return self._positions

    def special(self, context: set[str], wants_total: bool) -> set[int] | None:
        """Ids of the figures whose words may differ from the default for a claim with this
        clause (``context``): a superset of those with a clause stem in their sentence or among
        the words before them, or, unless the claim wants a total, stated as a total. None:
        every figure (the body lowers to another length, so positions cannot be compared)."""
        key = (frozenset(context), wants_total)
        if key not in self._special:
            self._special[key] = self._find_special(context, wants_total)
        return self._special[key]

    def _find_special(self, context: set[str], wants_total: bool) -> set[int] | None:
        if self._lowered is None:
            return None
        out: set[int] = set() if wants_total else set(self._total_figures())
        if context:
            hits = self._hits_of(context)
            if hits:
                positions = self.positions()
                for p in hits:  # governing words: up to 80 characters before the figure
                    out.update(positions.starting_in(p, p + 80))
                if self._regions is None:
                    sentences = self._sentences()
                    self._regions = Regions(self.evidence, sentences.starts, sentences.ends)
                out |= self._regions.holding(hits, len(self.body))
        return out

    def signature(self, figure: Figure) -> tuple[frozenset[str], frozenset[str], bool]:
        """What ``context``, ``governed`` and ``total`` read of ``figure`` for any clause: its
        sentence's stems, its governing stems, whether it is stated as a total."""
        governing = self._governing.get(figure.span)
        if governing is None:
            lo = self._previous_end(figure.span)
            governing = self._governing[figure.span] = governing_stems(
                self.body, lo, figure.span[0]
            )
        sentence = self._sentences().stems(figure.span)
        return frozenset(sentence), frozenset(governing), self.total(figure)
