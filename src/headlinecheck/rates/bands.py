"""Sanity checks over a table: the Hong Kong dollar peg band and the days a pair leaves it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from headlinecheck.rates.table import RateTable
from headlinecheck.rates.values import (
    Rate,
)

#: The Hong Kong dollar's convertibility band (HKD per USD), in force since 2005-05-18.
HKD_PEG_BAND = (Decimal("7.75"), Decimal("7.85"))
HKD_PEG_SINCE = date(2005, 5, 18)
#: ECB cross rates carry the rounding of two 5-digit rates; 0.01% absorbs it.
HKD_PEG_SLACK = Decimal("0.0001")


def widen(band: tuple[Decimal, Decimal], slack: Decimal) -> tuple[Decimal, Decimal]:
    low, high = band
    return low * (1 - slack), high * (1 + slack)


def outside_band(
    table: RateTable,
    base: str,
    quote: str,
    band: tuple[Decimal, Decimal],
    start: date | None = None,
    end: date | None = None,
) -> tuple[Rate, ...]:
    """Every exact-date rate of the pair in ``start..end`` (default: all data) outside ``band``."""
    first, last = table.coverage
    low, high = band
    rates = table.rates_between(base, quote, max(start or first, first), min(end or last, last))
    return tuple(r for r in rates if not low <= r.value <= high)
