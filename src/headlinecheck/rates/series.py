"""Merged (base, quote) series and the arithmetic of one lookup: legs, common dates, and the
single rounded division of a cross or inverse rate."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal

from headlinecheck.rates.values import _DERIVED, _EXACT, RatePath


class _Series:
    """A (base, quote) series after merging files and sources: one value per date."""

    __slots__ = ("_decimals", "dates", "sources", "values")

    def __init__(self, dates: Sequence[int], values: Sequence[str], sources: Sequence[str]):
        self.dates = dates
        self.values = values
        self.sources = sources
        self._decimals: list[Decimal] | None = None

    def at_or_before(self, ordinal: int) -> int:
        """Index of the latest date <= ordinal, or -1."""
        return bisect_right(self.dates, ordinal) - 1

    def decimal(self, index: int) -> Decimal:
        if self._decimals is not None:
            return self._decimals[index]
        return Decimal(self.values[index])

    def convert_all(self) -> None:
        """Keep every value as a Decimal: worth it once a caller walks a long stretch."""
        if self._decimals is None:
            self._decimals = [Decimal(v) for v in self.values]


class _Single(Sequence[str]):
    """The same source tag for every date of a single-source series, without a list."""

    def __init__(self, tag: str, length: int) -> None:
        self.tag = tag
        self.length = length

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, index: int) -> str:  # type: ignore[override]
        return self.tag


class _Leg:
    """How to get from the pivot currency to one side: a series used as stored or inverted.

    A plain slotted class: private, and an attrs class here would only add import time.
    """

    __slots__ = ("inverted", "series")

    def __init__(self, series: _Series, *, inverted: bool) -> None:
        self.series = series
        self.inverted = inverted


def _common_dates(legs: tuple[_Leg, ...], lo: int, hi: int) -> Iterator[tuple[int, list[int]]]:
    """Dates in ``lo..hi`` on which every leg has a row, with the row indexes: a merge join."""
    bounds = [
        (leg.series.dates, bisect_left(leg.series.dates, lo), bisect_right(leg.series.dates, hi))
        for leg in legs
    ]
    if len(bounds) == 1:
        dates, i, j = bounds[0]
        for k in range(i, j):
            yield dates[k], [k]
        return
    (dates_a, i, end_a), (dates_b, k, end_b) = bounds
    while i < end_a and k < end_b:
        a, b = dates_a[i], dates_b[k]
        if a == b:
            yield a, [i, k]
            i += 1
            k += 1
        elif a < b:
            i += 1
        else:
            k += 1


def _day(ordinal: int) -> date:
    return date.fromordinal(ordinal)


def cross_value(legs: tuple[_Leg, ...], indexes: Sequence[int]) -> tuple[Decimal, str]:
    """Quote per base from the legs' rows at ``indexes``, as one rounded division."""
    if len(legs) == 1:
        leg, index = legs[0], indexes[0]
        value = leg.series.decimal(index)
        source = leg.series.sources[index]
        return (_DERIVED.divide(1, value) if leg.inverted else value), source
    # legs = (pivot->base, pivot->quote): quote/base = (quote per pivot) / (base per pivot).
    # An inverted leg stores pivot per code, so its value moves to the other side of the bar;
    # products of two published rates are exact, so there is a single rounding.
    to_base, to_quote = legs
    b = to_base.series.decimal(indexes[0])
    q = to_quote.series.decimal(indexes[1])
    numerator: Decimal | int
    denominator: Decimal | int
    if not to_base.inverted:
        numerator, denominator = (1, _EXACT.multiply(q, b)) if to_quote.inverted else (q, b)
    else:
        numerator, denominator = (b, q) if to_quote.inverted else (_EXACT.multiply(q, b), 1)
    first = to_base.series.sources[indexes[0]]
    second = to_quote.series.sources[indexes[1]]
    source = first if first == second else f"{first}+{second}"
    return _DERIVED.divide(numerator, denominator), source


def latest_common(legs: tuple[_Leg, ...], ordinal: int) -> tuple[int, list[int]] | None:
    """Latest date <= ordinal on which every leg has a row, with each leg's row index."""
    target = ordinal
    while True:
        indexes = [leg.series.at_or_before(target) for leg in legs]
        if min(indexes) < 0:
            return None
        days = [leg.series.dates[i] for leg, i in zip(legs, indexes, strict=True)]
        earliest = min(days)
        if earliest == max(days):
            return earliest, indexes
        target = earliest


def pair_coverage(paths: list[tuple[RatePath, tuple[_Leg, ...]]]) -> tuple[int, int]:
    """Earliest and latest date on which some path has rows for every leg."""
    firsts = [max(leg.series.dates[0] for leg in legs) for _, legs in paths]
    lasts = [min(leg.series.dates[-1] for leg in legs) for _, legs in paths]
    return min(firsts), max(lasts)
