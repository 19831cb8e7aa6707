"""Digit groups the locale's separators do not cover: Swiss apostrophes ("1'250'000") in every
text, spaces ("25 000 dollars", "R 1 500 000") where they cannot be two numbers, and the decimal
comma of an English text from a comma country ("a 9,61% tariff increase", "20,5%"), and the
spoken decimals of broadcast copy ("13-point-eight trillion won").

A space between digit groups is the thousands separator of half the world's presses, and also
the gap between two numbers ("in 5 100 cases"). It groups where only a grouping space is written
(no-break, narrow no-break, thin) or a currency stands before or after the run; anywhere else
the run is left unread: neither "5" nor "100" can be told for certain.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from headlinecheck.extraction.money import prefix_currency, suffix_currency
from headlinecheck.extraction.scanner import EN, LazyPattern
from headlinecheck.extraction.values import Currency

#: A currency read before a number: (currency, scale factor, its start), ``prefix_currency``'s.
Prefix = tuple[Currency, Decimal, int]


class Regrouped(NamedTuple):
    """What ``regroup`` read: the digits (``""`` where the run must not be read) and their
    end, and the currency before the number when it had to read it (``prefix_read``), which the
    reader then need not read again."""

    digits: str
    end: int
    prefix: Prefix | None = None
    prefix_read: bool = False


#: Swiss grouping by apostrophes ("1'250'000", "1’049"), read in every text.
_APOSTROPHE_GROUPS = LazyPattern(r"(?:['’][0-9]{3})+(?![0-9'’])")
#: Thousands grouped by spaces ("25 000", "1 250 000") after a number of one to three digits.
_SPACE_GROUPS = LazyPattern("(?:[ \u00a0\u202f\u2009][0-9]{3})+(?![0-9A-Za-z])(?![.,][0-9])")
#: Spaces that only ever group digits: no-break, narrow no-break and thin.
_GROUPING_SPACES = frozenset("\u00a0\u202f\u2009")


def regroup(
    text: str, number: str, num_start: int, num_end: int, group: str, floor: int, locale: str | None
) -> Regrouped | None:
    """A number of one to three digits continued by groups the locale does not write: by
    apostrophes, or by spaces where they cannot be two numbers (a no-break or thin space, or a
    currency before or after the run: "25 000 dollars", "R 1 500 000"). Returns the digits and
    their end; ``""`` digits where the run is uncertain and must not be read at all; None where
    nothing follows."""
    c = text[num_end : num_end + 1]
    if c in ("'", "’"):
        m = _APOSTROPHE_GROUPS.match(text, num_end)
        if m is None:
            return None
        return Regrouped(number + m.group().replace("'", "").replace("’", ""), m.end())
    if group.isspace() or not c.isspace() or not text[num_end + 1 : num_end + 2].isdigit():
        return None
    m = _SPACE_GROUPS.match(text, num_end)
    if m is None:
        return None
    digits = number + "".join(ch for ch in m.group() if ch.isdigit())
    if all(ch in _GROUPING_SPACES for ch in m.group() if not ch.isdigit()):
        return Regrouped(digits, m.end())
    prefix = prefix_currency(text, num_start, floor, locale)
    if prefix is not None:
        return Regrouped(digits, m.end(), prefix, True)
    if suffix_currency(text, m.end(), locale) is not None:
        return Regrouped(digits, m.end(), None, True)
    return Regrouped("", m.end())  # "in 5 100 cases": one number or two, the text does not say


#: A decimal comma where no thousands separator can stand: one or two digits after it.
_DECIMAL_COMMA = LazyPattern(r"[0-9]{1,3},[0-9]{1,2}")


def decimal_comma(number: str, decimal: str, group: str, unit_follows: bool) -> bool:
    """Whether ``number`` ("9,61") is written with a decimal comma in a text read with English
    separators: only before a percent sign or a magnitude (``unit_follows``), where a comma
    with fewer than three digits after it cannot group thousands or part a list."""
    return (
        decimal == "."
        and group == ","
        and unit_follows
        and _DECIMAL_COMMA.fullmatch(number) is not None
    )


_DIGIT_WORDS = {word: str(value) for word, value in EN.units.items() if value < 10}
_DIGIT_ALTERNATION = "|".join(sorted(_DIGIT_WORDS, key=len, reverse=True))
#: "-point-eight", " point two five": the spoken point and digit words after digits.
_SPOKEN_DECIMALS = LazyPattern(
    rf"[- ]{EN.point}[- ]([0-9]+(?![0-9.,])|(?:{_DIGIT_ALTERNATION})"
    rf"(?:[- ](?:{_DIGIT_ALTERNATION}))*)(?![A-Za-z])",
    re.IGNORECASE,
)


def spoken_decimals(text: str, pos: int) -> tuple[str, int] | None:
    """The digits of a spoken decimal part after a number ending at ``pos`` ("13-point-eight"
    gives ("8", its end)), or None."""
    m = _SPOKEN_DECIMALS.match(text, pos)
    if m is None:
        return None
    spoken = m.group(1)
    if spoken.isdigit():
        return spoken, m.end()  # "2 point 5 percent"
    words = spoken.lower().replace("-", " ").split()
    return "".join(_DIGIT_WORDS[w] for w in words), m.end()
