"""The values extraction gives: ``Figure`` with its ``Kind`` and ``Qualifier``.

CONTRACT (shared by the team): these classes are the interface other modules use.
``Qualifier`` and ``UNBOUNDED`` are defined with the interval rules in
``headlinecheck.numbers.precision`` and re-exported here.
"""

from __future__ import annotations

import enum
from decimal import Decimal

import attrs

from headlinecheck.currencies import AmbiguousDollar
from headlinecheck.numbers.precision import UNBOUNDED, Qualifier

__all__ = ["ONE", "UNBOUNDED", "Currency", "Figure", "Kind", "Qualifier"]

#: Shared scale of one: Decimals are immutable, and building one costs as much as a lookup.
ONE = Decimal(1)


class Kind(str, enum.Enum):
    """What a figure counts: an amount of money, a count of things, or a percentage."""

    MONEY = "money"
    COUNT = "count"
    PERCENT = "percent"


Currency = str | AmbiguousDollar | None


@attrs.frozen
class Figure:
    """A figure found in text.

    ``value`` is the number as written, scaled by its magnitude ("$6.4M" -> 6400000); for a range
    it is the lower stated bound and ``value_high`` the upper one. ``low``/``high`` is the interval
    the text commits to: the printed precision (half a unit of the last stated digit, see
    ``precision``) widened by the qualifier (``headlinecheck.numbers.precision``). An interval
    open above has ``high == UNBOUNDED``; one open below ("under $5m") has ``low == 0``.
    ``precision`` is one unit of the last stated digit ("$6.4M" -> 100000, "HKD 50 million" ->
    1000000).
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
