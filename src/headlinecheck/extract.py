"""One linear scan of text into ``Figure`` values: money, counts and percentages.

CONTRACT (shared by the team): the value classes below are the interface other modules use.
"""

from __future__ import annotations

import enum
from decimal import Decimal

import attrs

from headlinecheck.currencies import AmbiguousDollar

#: Upper bound of an interval that is open above ("more than 150", "150+").
UNBOUNDED = Decimal("Infinity")


class Kind(str, enum.Enum):
    MONEY = "money"
    COUNT = "count"
    PERCENT = "percent"


class Qualifier(str, enum.Enum):
    NONE = "none"
    APPROX = "approx"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    RANGE = "range"


Currency = str | AmbiguousDollar | None


@attrs.frozen
class Figure:
    """A figure found in text.

    ``value`` is the number as written, scaled by its magnitude ("$6.4M" -> 6400000); for a range
    it is the lower stated bound and ``value_high`` the upper one. ``low``/``high`` is the interval
    the text commits to: the printed precision (half a unit of the last stated digit, see
    ``precision``) widened by the qualifier. An interval open above has ``high == UNBOUNDED``; one
    open below ("under $5m") has ``low == 0``. ``precision`` is one unit of the last stated digit
    ("$6.4M" -> 100000, "HKD 50 million" -> 1000000).
    """

    kind: Kind
    value: Decimal
    low: Decimal
    high: Decimal
    currency: Currency
    span: tuple[int, int]
    text: str
    qualifier: Qualifier = Qualifier.NONE
    unit_noun: str | None = None
    precision: Decimal = Decimal(1)
    value_high: Decimal | None = None
