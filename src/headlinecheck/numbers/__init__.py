"""Numbers as news text writes them: digits, separators, number words, Han numerals, precision.

This package knows nothing about currencies. It turns the text of a number into a ``Decimal``
and says what interval the writer committed to: the one home of that rule is
:mod:`headlinecheck.numbers.precision` (printed precision, and how "about", "more than", "up to"
widen or open it). The words it reads come from ``headlinecheck.lang``.

- ``digits``: separators per locale, the pattern of a written number, its value and last digit
- ``words``: spelled-out numbers ("one hundred and twenty") and Chinese numerals ("四十九兆九千億")
- ``precision``: ``rounding_interval``, ``qualified_interval``, ``range_interval``, ``Qualifier``
- here: ``MAGNITUDES``, "million", "bn", "万" -> multiplier
"""

from __future__ import annotations

from decimal import Decimal

from headlinecheck import lang
from headlinecheck.lang import Language
from headlinecheck.numbers.digits import (
    FIGURE_CONTEXT,
    MAX_DIGITS,
    digits_pattern,
    is_vulgar_fraction,
    parse_digits,
    separators,
)
from headlinecheck.numbers.precision import (
    APPROX_WIDTH,
    UNBOUNDED,
    Qualifier,
    qualified_interval,
    range_interval,
    rounding_interval,
)
from headlinecheck.numbers.words import (
    NUMBER_WORDS,
    NUMERAL_CHARACTERS,
    number_words,
    parse_han,
    parse_words,
    read_han,
)

__all__ = [
    "APPROX_WIDTH",
    "FIGURE_CONTEXT",
    "MAGNITUDES",
    "MAX_DIGITS",
    "NUMBER_WORDS",
    "NUMERAL_CHARACTERS",
    "UNBOUNDED",
    "Qualifier",
    "digits_pattern",
    "is_vulgar_fraction",
    "magnitudes_of",
    "number_words",
    "parse_digits",
    "parse_han",
    "parse_words",
    "qualified_interval",
    "range_interval",
    "read_han",
    "rounding_interval",
    "separators",
]


def magnitudes_of(languages: list[Language]) -> dict[str, Decimal]:
    """Every magnitude word, letter and character of ``languages`` -> its multiplier."""
    table: dict[str, Decimal] = {}
    for language in languages:
        for words in (
            language.magnitude_letters,
            language.magnitude_words,
            language.magnitude_characters,
        ):
            table.update((word, Decimal(10) ** power) for word, power in words.items())
        # Looked up lower-cased, as every attached letter is ("$3T" -> "t").
        exact = language.exact_magnitude_letters.items()
        table.update((word.lower(), Decimal(10) ** power) for word, power in exact)
    return table


#: Keys are lower-case except the one-letter suffixes, whose case matters only in that "m"/"M"
#: both mean million (never milli in news).
MAGNITUDES: dict[str, Decimal] = magnitudes_of(lang.read_in_every_text())
