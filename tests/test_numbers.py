"""Numbers as written: digits, separators, words, and the one precision rule."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from corpus_cases import rows
from headlinecheck.errors import InputError
from headlinecheck.numbers import (
    MAGNITUDES,
    UNBOUNDED,
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


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("1,234", True),
        ("12,34,567", True),
        ("1,234.5", True),
        ("1,23", False),
        ("1.2.3", False),
        ("1,1,1", False),
    ],
)
def test_digits_pattern_accepts_real_groupings_only(text: str, ok: bool) -> None:
    assert (re.fullmatch(digits_pattern(".", ","), text) is not None) is ok


@pytest.mark.parametrize(
    ("words", "value", "used"),
    [
        ("fifty", D(50), 1),
        ("one hundred and twenty", D(120), 4),
        ("forty two", D(42), 2),
        ("a dozen", D(12), 2),
        ("three quarters", D("0.75"), 2),
        ("a quarter", D("0.25"), 2),
        ("half", D("0.5"), 1),
        ("half a", D("0.5"), 2),
        ("one point three", D("1.3"), 3),
        ("a", D(1), 1),
        ("twenty and forty", D(20), 1),
    ],
)
def test_parse_words(words: str, value: Decimal, used: int) -> None:
    assert parse_words(words.split()) == (value, used)


def test_parse_words_rejects_non_numbers() -> None:
    assert parse_words(["and", "one"]) is None
    assert parse_words([]) is None


@pytest.mark.parametrize(
    ("value", "exponent", "scale", "expected"),
    [
        # "$6.4M" -> [6.35M, 6.45M)
        (D("6.4e6"), -1, D("1e6"), (D("1e5"), D("6.35e6"), D("6.45e6"))),
        # "HKD 50 million" -> [49.5M, 50.5M)
        (D("5e7"), 0, D("1e6"), (D("1e6"), D("4.95e7"), D("5.05e7"))),
        # "HK$200 billion" -> [199.5bn, 200.5bn)
        (D("2e11"), 0, D("1e9"), (D("1e9"), D("1.995e11"), D("2.005e11"))),
        # "$1,234.56" -> a cent either way, halved
        (D("1234.56"), -2, D(1), (D("0.01"), D("1234.555"), D("1234.565"))),
    ],
)
def test_rounding_interval_is_half_a_unit_of_the_last_digit(
    value: Decimal, exponent: int, scale: Decimal, expected: tuple[Decimal, Decimal, Decimal]
) -> None:
    assert rounding_interval(value, exponent, scale) == expected


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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("十五", D(15)),
        ("十", D(10)),
        ("两", D(2)),
        ("一千", D(1000)),
        ("八千", D(8000)),
        ("一万亿", D(10**12)),
        ("四十九兆九千五百九十二億", D(49_959_200_000_000)),
        ("三百零五", D(305)),
    ],
)
def test_parse_han(text: str, value: Decimal) -> None:
    assert parse_han(text) == value


def test_parse_han_rejects_non_numerals() -> None:
    assert parse_han("零") is None
    assert parse_han("一二三") is None


@pytest.mark.parametrize(
    ("qualifier", "below", "expected"),
    [
        # "50" rounds to [49.5, 50.5); "about 50" reaches 10% either side
        (Qualifier.NONE, False, (D("49.5"), D("50.5"))),
        (Qualifier.APPROX, False, (D(45), D(55))),
        # "nearly 50", "almost 50": the true figure is below the number
        (Qualifier.APPROX, True, (D(45), D("50.5"))),
        (Qualifier.MORE_THAN, False, (D(50), UNBOUNDED)),
        (Qualifier.AT_LEAST, False, (D(50), UNBOUNDED)),
        (Qualifier.LESS_THAN, False, (D(0), D(50))),
        (Qualifier.AT_MOST, False, (D(0), D(50))),
    ],
)
def test_qualified_interval(
    qualifier: Qualifier, below: bool, expected: tuple[Decimal, Decimal]
) -> None:
    assert qualified_interval(qualifier, D(50), D("49.5"), D("50.5"), below=below) == expected


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
