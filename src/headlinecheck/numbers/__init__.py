"""Numbers as news text writes them: digits, separators, number words, Han numerals, precision.

This package knows nothing about currencies. It turns the text of a number into a ``Decimal``
and says what interval the writer committed to: the one home of that rule is
:mod:`headlinecheck.numbers.precision` (printed precision, and how "about", "more than", "up to"
widen or open it). The words it reads come from ``headlinecheck.lang``.

- ``digits``: separators per locale, the pattern of a written number, its value and last digit
- ``words``: spelled-out numbers ("one hundred and twenty")
- ``han``: Chinese numerals ("四十九兆九千億")
- ``magnitudes``: "million", "bn", "万" -> multiplier
- ``precision``: ``rounding_interval``, ``qualified_interval``, ``range_interval``, ``Qualifier``
"""

from __future__ import annotations

from headlinecheck.numbers.digits import MAX_DIGITS, digits_pattern, parse_digits, separators
from headlinecheck.numbers.han import NUMERAL_CHARACTERS, parse_han
from headlinecheck.numbers.magnitudes import MAGNITUDES
from headlinecheck.numbers.precision import (
    APPROX_WIDTH,
    UNBOUNDED,
    Qualifier,
    qualified_interval,
    range_interval,
    rounding_interval,
)
from headlinecheck.numbers.words import NUMBER_WORDS, number_words, parse_words

__all__ = [
    "APPROX_WIDTH",
    "MAGNITUDES",
    "MAX_DIGITS",
    "NUMBER_WORDS",
    "NUMERAL_CHARACTERS",
    "UNBOUNDED",
    "Qualifier",
    "digits_pattern",
    "number_words",
    "parse_digits",
    "parse_han",
    "parse_words",
    "qualified_interval",
    "range_interval",
    "rounding_interval",
    "separators",
]
