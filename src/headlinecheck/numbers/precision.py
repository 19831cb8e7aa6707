"""THE home of printed precision and qualifier intervals: what interval a written number commits to.

Two rules, applied in this order, make every figure's ``low``/``high``:

1. :func:`rounding_interval`: a printed number commits to half a unit of its last stated digit
   either side ("6.4 million" -> [6.35 million, 6.45 million)).
2. :func:`qualified_interval` (one number) and :func:`range_interval` (a range): the qualifier
   before it widens or opens that interval. "about" widens it to at least 10% either side
   (:data:`APPROX_WIDTH`; "nearly", "almost" only below), "more than" / "at least" open it above
   from the number, "under" / "up to" open it below down to zero.

The checker compares these intervals; it does not widen them again for the qualifier.
"""

from __future__ import annotations

import enum
from decimal import Decimal

#: Upper bound of an interval that is open above ("more than 150", "150+").
UNBOUNDED = Decimal("Infinity")

#: How far "about" (and every approximation) reaches either side of the number: 10%.
APPROX_WIDTH = Decimal("0.1")

_ZERO = Decimal(0)


class Qualifier(str, enum.Enum):
    """How the text bounds a figure ("about", "more than", "up to", a range); see
    docs/extraction.md for the words and the interval each gives."""

    NONE = "none"
    APPROX = "approx"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    RANGE = "range"


#: ``10**e`` for the exponents printed numbers have ("6.4" -> 0.1): one Decimal each, reused for
#: every figure (exact at any precision: a single digit).
_UNITS_OF_TEN: dict[int, Decimal] = {e: Decimal(1).scaleb(e) for e in range(-12, 1)}


def rounding_interval(
    value: Decimal, exponent: int, scale: Decimal
) -> tuple[Decimal, Decimal, Decimal]:
    """THE precision rule: ``(precision, low, high)`` for a number printed to ``10**exponent``.

    ``value`` is already scaled by ``scale`` (its magnitude: 10**6 for "million"). A printed number
    commits to half a unit of its last stated digit either side, so "$6.4M" (exponent -1, scale
    10**6) is [6.35M, 6.45M) and "HK$200 billion" is [199.5bn, 200.5bn). ``high`` is exclusive.
    """
    unit = _UNITS_OF_TEN.get(exponent)
    if unit is None:
        unit = Decimal(1).scaleb(exponent)
    precision = unit * scale
    half = precision / 2
    return precision, value - half, value + half


def qualified_interval(
    qualifier: Qualifier, value: Decimal, low: Decimal, high: Decimal, *, below: bool = False
) -> tuple[Decimal, Decimal]:
    """The interval a qualified number commits to, from its rounding interval ``[low, high)``.

    - ``APPROX``: at least ``APPROX_WIDTH`` either side ("about 50" -> [45, 55]); with ``below``
      ("nearly 50", "almost 50") only below: [45, 50.5).
    - ``MORE_THAN`` / ``AT_LEAST``: [value, UNBOUNDED) ("more than 150", "150+").
    - ``AT_MOST`` / ``LESS_THAN``: [0, value] ("under $5m", "up to 200").
    - otherwise the rounding interval unchanged.
    """
    if qualifier is Qualifier.APPROX:
        wide_low = min(low, value * (1 - APPROX_WIDTH))
        if below:
            return wide_low, high
        return wide_low, max(high, value * (1 + APPROX_WIDTH))
    if qualifier is Qualifier.MORE_THAN or qualifier is Qualifier.AT_LEAST:
        return value, UNBOUNDED
    if qualifier is Qualifier.AT_MOST or qualifier is Qualifier.LESS_THAN:
        return _ZERO, value
    return low, high


def range_interval(
    qualifier: Qualifier, value: Decimal, low: Decimal, value_high: Decimal, high: Decimal
) -> tuple[Decimal, Decimal]:
    """The interval of a range from ``value`` (rounding down to ``low``) to ``value_high``
    (rounding up to ``high``): both ends' rounding, and "about $5-6 million" widens each end by
    ``APPROX_WIDTH`` ([4.5M, 6.6M]). Other qualifiers before a range leave it as written."""
    if qualifier is Qualifier.APPROX:
        return min(low, value * (1 - APPROX_WIDTH)), max(high, value_high * (1 + APPROX_WIDTH))
    return low, high
