"""Numbers as written: digits, separators, words, and the one precision rule."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from corpus_cases import rows
from headlinecheck.errors import InputError
from headlinecheck.numbers import (
    MAGNITUDES,
    Qualifier,
    digits_pattern,
    parse_digits,
    parse_han,
    parse_words,
    qualified_interval,
    range_interval,
    rounding_interval,
    separators,
)

D = Decimal


@pytest.mark.parametrize(("text", "value", "exponent"), rows("numbers/digits.yaml"))
def test_parse_digits_keeps_the_last_stated_digit(text: str, value: Decimal, exponent: int) -> None:
    assert parse_digits(text) == (value, exponent)


def test_parse_digits_with_locale_separators() -> None:
    assert parse_digits("1.234,5", ",", ".") == (D("1234.5"), -1)
    assert parse_digits("1\u202f234,5", ",", "\u202f") == (D("1234.5"), -1)


def test_overlong_digit_strings_are_not_numbers() -> None:
    assert parse_digits("9" * 40) is None


@pytest.mark.parametrize(("text", "ok"), rows("numbers/groupings.yaml"))
def test_digits_pattern_accepts_real_groupings_only(text: str, ok: bool) -> None:
    assert (re.fullmatch(digits_pattern(".", ","), text) is not None) is ok


@pytest.mark.parametrize(("words", "value", "used"), rows("numbers/words.yaml"))
def test_parse_words(words: str, value: Decimal, used: int) -> None:
    assert parse_words(words.split()) == (value, used)


def test_parse_words_rejects_non_numbers() -> None:
    assert parse_words(["and", "one"]) is None
    assert parse_words([]) is None


@pytest.mark.parametrize(
    ("value", "exponent", "scale", "precision", "low", "high"), rows("numbers/rounding.yaml")
)
def test_rounding_interval_is_half_a_unit_of_the_last_digit(
    value: Decimal, exponent: int, scale: Decimal, precision: Decimal, low: Decimal, high: Decimal
) -> None:
    assert rounding_interval(value, exponent, scale) == (precision, low, high)


def test_magnitudes() -> None:
    assert MAGNITUDES["lakh"] == D("1e5")
    assert MAGNITUDES["crore"] == D("1e7")
    assert MAGNITUDES["bn"] == MAGNITUDES["billion"] == D("1e9")
    assert MAGNITUDES["万"] == D("1e4")


def test_separators() -> None:
    assert separators(None) == (".", ",")
    assert separators("de_DE") == (",", ".")
    with pytest.raises(InputError, match="unknown locale"):
        separators("xx_YY")


@pytest.mark.parametrize(("text", "value"), rows("numbers/han.yaml"))
def test_parse_han(text: str, value: Decimal) -> None:
    assert parse_han(text) == value


def test_parse_han_rejects_non_numerals() -> None:
    assert parse_han("零") is None
    assert parse_han("一二三") is None
    assert parse_han("五六萬") is None  # two guesses, 5 or 6萬, not 56萬
    assert parse_han("七八十萬") is None


@pytest.mark.parametrize(("qualifier", "below", "low", "high"), rows("numbers/qualifiers.yaml"))
def test_qualified_interval(qualifier: str, below: bool, low: Decimal, high: Decimal) -> None:
    interval = qualified_interval(Qualifier[qualifier], D(50), D("49.5"), D("50.5"), below=below)
    assert interval == (low, high)


def test_about_keeps_a_wider_rounding_interval() -> None:
    # "about 1 million" printed to the million: the rounding interval is already wider than 10%
    assert qualified_interval(Qualifier.APPROX, D(10**6), D(500_000), D(1_500_000)) == (
        D(500_000),
        D(1_500_000),
    )


def test_range_interval() -> None:
    # "$5-6 million": [4.5M, 6.5M); "about $5-6 million" widens each end by 10%
    assert range_interval(Qualifier.NONE, D("5e6"), D("4.5e6"), D("6e6"), D("6.5e6")) == (
        D("4.5e6"),
        D("6.5e6"),
    )
    assert range_interval(Qualifier.APPROX, D("5e6"), D("4.95e6"), D("6e6"), D("6.05e6")) == (
        D("4.5e6"),
        D("6.6e6"),
    )
