"""The values a rate table hands out (``Rate``, ``RateRange``, ``RatePath``), the missing-date
policy, and the constants of the rates file format."""

from __future__ import annotations

import enum
import re
from datetime import date
from decimal import ROUND_HALF_EVEN, Context, Decimal
from functools import cache
from typing import ClassVar

import attrs

from headlinecheck.currencies import CODES


class RatePath(str, enum.Enum):
    """How a ``Rate`` was derived from the table's rows.

    ``IDENTITY``: a currency against itself (1). ``DIRECT``: a row for base/quote.
    ``INVERSE``: a row for quote/base, inverted. ``VIA_EUR``/``VIA_USD``: two rows crossed through
    that currency (the ECB publishes every rate against EUR).
    """

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


@attrs.frozen
class MissingDatePolicy:
    """What to do when the requested date has no rate.

    ``max_age_days`` is how much older than the requested date the used rate may be (0 = exact
    date only). ``allow_after_end`` lets a date after the pair's last data date use that last rate
    (within ``max_age_days``); off by default, so a stale table is never silently extrapolated.
    """

    max_age_days: int = attrs.field(default=7, validator=attrs.validators.ge(0))
    allow_after_end: bool = False

    # Set below the class: the defaults and the exact-date policy.
    LATEST: ClassVar[MissingDatePolicy]
    STRICT: ClassVar[MissingDatePolicy]

    @property
    def strict(self) -> bool:
        return self.max_age_days == 0

    def describe(self) -> str:
        if self.strict:
            return "strict: exact date only"
        return f"latest on or before, at most {self.max_age_days} days old"


#: Default policy: latest on or before the date, at most 7 days old.
LATEST = MissingDatePolicy()
#: Exact date only.
STRICT = MissingDatePolicy(max_age_days=0)
MissingDatePolicy.LATEST = LATEST
MissingDatePolicy.STRICT = STRICT

#: Significant digits of inverse and cross rates.
DERIVED_DIGITS = 12
_DERIVED = Context(prec=DERIVED_DIGITS, rounding=ROUND_HALF_EVEN)
# Products of a handful of 6-digit rates are exact well within this precision.
_EXACT = Context(prec=100, rounding=ROUND_HALF_EVEN)
#: Context of ``RateTable.convert``.
CONVERT_CONTEXT = Context(prec=28, rounding=ROUND_HALF_EVEN)

HEADER = ("date", "base", "quote", "rate", "source")
#: Accepted rates: ``MIN_RATE <= rate < MAX_RATE``. Real rates span about 1e-7 (a TRL per GBP)
#: to 1e7; the bounds leave five orders of magnitude either side, and keep every cross rate (a
#: product or quotient of two rows) within 1e-24..1e24, where 28-digit Decimal arithmetic and
#: quantizing stay exact-to-context instead of raising ``InvalidOperation``.
MIN_RATE = Decimal("1e-12")
MAX_RATE = Decimal("1e12")
#: Longest rate string accepted (digits and the point).
MAX_RATE_CHARS = 32
#: Largest rates file read; the whole ECB history in long form is ~7 MB.
MAX_RATES_FILE_BYTES = 64 * 1024 * 1024
ECB = "ECB"
_PATH_ORDER = (RatePath.DIRECT, RatePath.INVERSE, RatePath.VIA_EUR, RatePath.VIA_USD)

# ISO 4217 codes, current and historic, from CLDR (the lexicon): the ECB history holds withdrawn
# ones such as CYP, EEK and TRL, so historic codes must load.
ISO_4217 = CODES


@cache
def _csv_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Date, rate and source patterns of a CSV row, compiled on first use (a run served by the
    rate cache parses no CSV)."""
    # All linear: fixed-width or a single repetition with no nesting.
    return (
        re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"),
        re.compile(r"[0-9]+(?:\.[0-9]+)?"),
        re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,31}"),
    )


# (base, quote, source)
GroupKey = tuple[str, str, str]
# bytes, or a memoryview into the mapped cache file
Buffer = bytes | memoryview
