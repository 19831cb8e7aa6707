"""Dated FX rates: the ``RateTable`` that owns rate data, and the ``Rate`` values it hands out.

CONTRACT (shared by the team; the rates helper implements it):

    table = RateTable.load()                     # bundled data/fx_rates.csv, lazy + cached
    table = RateTable.load([path1, path2])       # later files' rows win
    r = table.rate("USD", "HKD", date(2023, 2, 22))   # -> Rate (value = HKD per 1 USD)
    rr = table.rate_range("USD", "HKD", start, end)  # -> RateRange (low / high Rates)
    table.rates_between("USD", "HKD", start, end)    # -> tuple[Rate, ...], one per date with data
    table.convert(Decimal("50"), "HKD", "USD", on)   # -> Decimal
    table.coverage                                   # -> (first date, last date)
    table.currencies                                 # -> frozenset[str]
Errors: RateNotAvailable, UnknownCurrency, RatesFileError (headlinecheck.errors).
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

import attrs


class RatePath(str, enum.Enum):
    IDENTITY = "identity"
    DIRECT = "direct"
    INVERSE = "inverse"
    VIA_EUR = "via EUR"
    VIA_USD = "via USD"


@attrs.frozen
class Rate:
    """Units of ``quote`` per one ``base`` on ``used`` (the date whose data was used)."""

    base: str
    quote: str
    value: Decimal
    requested: date
    used: date
    source: str
    path: RatePath


@attrs.frozen
class RateRange:
    """Lowest and highest rate of a pair over ``start``..``end`` (inclusive)."""

    base: str
    quote: str
    start: date
    end: date
    low: Rate
    high: Rate
