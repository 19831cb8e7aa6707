"""Rates for one check, one date or a window, memoised; evidence converted into the claim's
currency as an interval, with the rate(s) that did it."""

from __future__ import annotations

import os
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from headlinecheck.checking.horizon import BeyondHorizon, RateAge, carry
from headlinecheck.checking.values import DEFAULT_RATE_HORIZON_DAYS, RateSource
from headlinecheck.errors import HeadlinecheckError
from headlinecheck.extraction import Figure
from headlinecheck.rates import Rate, RateRange

if TYPE_CHECKING:
    from headlinecheck.checking.body_rates import StatedRate


class Conversion(NamedTuple):
    """Evidence interval converted into the claim currency, with the rate(s) that did it.

    Internal helpers are named tuples, not attrs classes: building an attrs class costs most of
    a millisecond at every start-up, a named tuple a tenth of that.
    """

    low: Decimal
    high: Decimal
    point: Decimal
    rate: Rate | None
    rate_range: RateRange | None
    factor_low: Decimal  # the multiplier applied to the evidence's low end
    factor_high: Decimal
    # Widening of the tolerance: a rate carried past the table's end (``horizon``) may have moved.
    slack: Decimal = Decimal(0)


class Rates:
    """Rate look-ups for one check, memoised (the same pair recurs for every candidate)."""

    def __init__(
        self,
        source: Callable[[], RateSource],
        published: date | None,
        window: tuple[date, date] | None,
        horizon: int = DEFAULT_RATE_HORIZON_DAYS,
    ) -> None:
        self._source_factory = source
        self._source: RateSource | None = None
        self.published = published
        self.window = window
        self.horizon = horizon
        #: Pairs whose rate was carried past the table's end, or is beyond the horizon.
        self.ages: dict[tuple[str, str], RateAge] = {}
        #: Rates the article itself states (``body_rates.stated_rates``), for the pairs the table
        #: cannot give: used only for the headline's claims (``convert``), never to check the
        #: body's own conversions, which they come from.
        self.stated: dict[tuple[str, str], StatedRate] = {}
        self._memo: dict[tuple[str, str], Rate | RateRange | HeadlinecheckError] = {}
        self._series: dict[tuple[str, str], tuple[Rate, ...]] = {}
        self._dated: dict[tuple[str, str], tuple[list[Rate], list[date]]] = {}
        self._fitting: dict[tuple[object, ...], Rate | None] = {}

    @property
    def source(self) -> RateSource:
        if self._source is None:
            self._source = self._source_factory()
        return self._source

    def lookup(self, base: str, quote: str, *, stated: bool = False) -> Rate | RateRange:
        """The table's rate (or range) of the pair; with ``stated``, the article's own rate when
        the table has none."""
        key = (base, quote)
        if key not in self._memo:
            try:
                if self.published is not None:
                    self._memo[key] = self.source.rate(base, quote, self.published)
                else:
                    assert self.window is not None
                    start, end = self.window
                    self._memo[key] = self.source.rate_range(base, quote, start, end)
            except HeadlinecheckError as error:
                # UnknownCurrency / RateNotAvailable: one candidate is lost, not the report.
                self._memo[key] = self._carry(base, quote, error)
        found = self._memo[key]
        if isinstance(found, HeadlinecheckError):
            if stated and key in self.stated:
                return self.stated[key].rate
            raise found
        return found

    def _carry(self, base: str, quote: str, error: HeadlinecheckError) -> Rate | HeadlinecheckError:
        """For an article dated after the table's end: the pair's latest rate within the
        horizon (``horizon.carry``), the ``BeyondHorizon`` error past it, else ``error``."""
        if self.published is None:
            return error
        try:
            age = carry(self.source, base, quote, self.published, self.horizon)
        except BeyondHorizon as beyond:
            self.ages[(base, quote)] = beyond.age
            return beyond
        except (LookupError, HeadlinecheckError):
            return error
        assert age.rate is not None
        self.ages[(base, quote)] = age
        return age.rate

    def slack(self, base: str | None, quote: str | None) -> Decimal:
        """How much wider the tolerance is for a rate carried past the table's end."""
        key = (base or "", quote or "")
        age = self.ages.get(key)
        if age is not None and age.movement is not None:
            return age.movement
        return Decimal(0)

    def stated_slack(self, rate: Rate) -> Decimal:
        """The rounding of the article's figures behind a rate it states (0 for the table's)."""
        found = self.stated.get((rate.base, rate.quote))
        return found.slack if found is not None and found.rate is rate else Decimal(0)

    def series(self, base: str, quote: str) -> tuple[Rate, ...]:
        key = (base, quote)
        if key not in self._series:
            try:
                first, last = self.source.coverage
                self._series[key] = self.source.rates_between(base, quote, first, last)
            except HeadlinecheckError:
                self._series[key] = ()
        return self._series[key]

    def latest_fitting(
        self, base: str, quote: str, window: tuple[date, date], values: tuple[Decimal, Decimal]
    ) -> Rate | None:
        """The pair's latest rate dated within ``window`` (inclusive) whose value lies within
        ``values`` (inclusive): among several of that date, the first the source gives. The
        window is found by bisection over the pair's dates and searched from its end, and the
        answer is memoised (figures that state the same amount ask the same question)."""
        key = (base, quote, window, values)
        if key in self._fitting:
            return self._fitting[key]
        if (base, quote) not in self._dated:
            ordered = sorted(self.series(base, quote), key=_used_on)
            self._dated[(base, quote)] = (ordered, [rate.used for rate in ordered])
        ordered, dates = self._dated[(base, quote)]
        low, high = values
        found: Rate | None = None
        first, last = bisect_left(dates, window[0]), bisect_right(dates, window[1])
        for index in range(last - 1, first - 1, -1):
            rate = ordered[index]
            if found is not None and rate.used != found.used:
                break
            if low <= rate.value <= high:
                found = rate
        self._fitting[key] = found
        return found

    def convert(self, figure: Figure, source_ccy: str | None, target_ccy: str | None) -> Conversion:
        """``figure``'s interval in ``target_ccy``; unchanged for counts, percentages (no
        currency) and the same currency."""
        if source_ccy is None or target_ccy is None or source_ccy == target_ccy:
            return Conversion(
                figure.low, figure.high, figure.value, None, None, Decimal(1), Decimal(1)
            )
        found = self.lookup(source_ccy, target_ccy, stated=True)
        if isinstance(found, Rate):
            r = found.value
            slack = self.slack(source_ccy, target_ccy) + self.stated_slack(found)
            return Conversion(
                figure.low * r, figure.high * r, figure.value * r, found, None, r, r, slack
            )
        low_r, high_r = found.low.value, found.high.value
        mid = (low_r + high_r) / 2
        return Conversion(
            figure.low * low_r,
            figure.high * high_r,
            figure.value * mid,
            None,
            found,
            low_r,
            high_r,
        )


def _used_on(rate: Rate) -> date:
    return rate.used


def rate_source(rates: RateSource | str | os.PathLike[str] | None) -> RateSource:
    """``rates`` as given, the rates file(s) at a path, or the bundled table."""
    from headlinecheck.rates import RateTable

    if rates is None:
        return RateTable.load()
    if isinstance(rates, (str, os.PathLike)):
        return RateTable.load(rates)
    if not callable(getattr(rates, "rate", None)):
        # A programming error, not a rate missing for one figure: it must not become a note.
        raise TypeError(
            f"rates must be a RateTable or a path to a rates CSV, not {type(rates).__name__}"
        )
    return rates
