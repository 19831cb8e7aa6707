"""Checker precision: no tolerance without a rate, the same number under another currency, open
bounds that claim more than the body's (docs/checking.md, "Intervals and tolerance" and
"Same number, other currency")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from check_helpers import DOLLAR, FakeRates, money
from headlinecheck.checking import Diagnosis, Verdict, check
from headlinecheck.checking.intervals import (
    SWAP_THRESHOLD,
    overclaims,
    overlaps,
    rounded_zeros,
    swapped_currency,
)
from headlinecheck.extraction import Qualifier, extract

APPROX = Qualifier.APPROX
DAY = date(2023, 8, 29)
RATES = FakeRates({"EUR": Decimal("0.8"), "CHF": Decimal("0.98"), "HKD": Decimal("7.8")})


# ---- no tolerance without a rate


def test_touching_intervals_do_not_overlap_without_tolerance() -> None:
    six, five = (Decimal("5.5"), Decimal("6.5")), (Decimal("4.5"), Decimal("5.5"))
    assert not overlaps(six, five, Decimal(0))
    assert overlaps(six, five, Decimal("0.005"))
    # An exact point still meets an interval that ends at it.
    assert overlaps((Decimal("5.5"), Decimal("5.5")), five, Decimal(0))
    assert overlaps((Decimal(5), Decimal(6)), five, Decimal(0))


@pytest.mark.parametrize(
    ("headline", "body", "verdict"),
    [
        ("Firm wins $6M contract", "The firm won a $5 million contract.", "mismatch"),
        ("Firm wins $5M contract", "The firm won a $5.4 million contract.", "supported"),
        ("Firm wins $6M contract", "The firm won a $5.4 million contract.", "mismatch"),
        ("Firm wins HK$6M contract", "The firm won a HKD 5 million contract.", "mismatch"),
        ("Tenants up 6%", "Tenants rose 5% last year.", "mismatch"),
        ("6 firms join", "Five firms joined. 5 firms left.", "mismatch"),
    ],
)
def test_same_unit_has_no_tolerance(headline: str, body: str, verdict: str) -> None:
    (result,) = check(headline, body, published=DAY, rates=RATES).claims
    assert result.verdict is Verdict(verdict), result.message
    assert result.diagnosis is None, result.message


def test_converted_amounts_keep_the_tolerance() -> None:
    # EUR 5 million x 1.25 = USD 6.25 million; "$6.2M" is 6.15-6.25 and overlaps without it,
    # "$6.3M" (6.25-6.35) only by touching, which the rate tolerance allows.
    for headline in ("Firm wins $6.2M deal", "Firm wins $6.3M deal"):
        (result,) = check(headline, "It won EUR 5.00 million.", published=DAY, rates=RATES).claims
        assert result.verdict is Verdict.SUPPORTED, result.message


# ---- the same number under another currency


def test_swapped_currency_rule() -> None:
    claim = money("$1 billion", "1000000000", DOLLAR, "1000000000")
    body = money("EUR 1 billion", "1000000000", "EUR", "1000000000")
    far = Decimal(1000000000) * (1 + SWAP_THRESHOLD) + 1
    near = Decimal(1000000000) * (1 + SWAP_THRESHOLD)
    assert swapped_currency(claim, "USD", body, "EUR", far)
    assert not swapped_currency(claim, "USD", body, "EUR", near)
    assert not swapped_currency(claim, "USD", body, "USD", far)  # same currency
    other = money("EUR 1.2 billion", "1200000000", "EUR", "100000000")
    assert not swapped_currency(claim, "USD", other, "EUR", far)  # not the same number
    about = money("about $1 billion", "1000000000", DOLLAR, "1000000000", qualifier=APPROX)
    assert not swapped_currency(about, "USD", body, "EUR", far)  # "about" says it was rounded


@pytest.mark.parametrize(
    ("headline", "body", "verdict", "diagnosis"),
    [
        # EUR 1 billion = USD 1.25 billion: the symbol was swapped, not the amount rounded.
        (
            "EU pledges $1 Billion",
            "The EU pledged EUR 1 billion.",
            "mismatch",
            "currency_confusion",
        ),
        # USD 1.25 billion honestly rounded to one digit is still "$1 billion"... from 1.25.
        (
            "EU pledges $1 Billion",
            "The EU pledged EUR 1.0 billion.",
            "mismatch",
            "currency_confusion",
        ),
        ("EU pledges about $1 Billion", "The EU pledged EUR 1 billion.", "supported", None),
        # CHF 1 billion = USD 1.02 billion: near par, the same number is an honest conversion.
        ("Swiss pledge $1 Billion", "Bern pledged CHF 1 billion.", "supported", None),
        ("EU pledges $1.3 Billion", "The EU pledged EUR 1 billion.", "supported", None),
    ],
)
def test_same_number_under_another_currency(
    headline: str, body: str, verdict: str, diagnosis: str | None
) -> None:
    (result,) = check(headline, body, published=DAY, rates=RATES).claims
    assert result.verdict is Verdict(verdict), result.message
    assert (result.diagnosis and result.diagnosis.value) == diagnosis, result.message
    if result.diagnosis is Diagnosis.CURRENCY_CONFUSION:
        assert result.hint is not None and result.hint.currency == "EUR"
        assert result.suggestion == "USD 1.3 billion"
        assert "reuses the body's EUR number as USD" in result.message


# ---- open bounds: the claim's bound must follow from the body's


def test_overclaims_needs_both_open_the_same_way() -> None:
    (over_200,) = extract("over 200 companies")
    (more_150,) = extract("more than 150 companies")
    (plain,) = extract("250 companies")
    assert overclaims(over_200, more_150, (more_150.low, more_150.high), Decimal(0))
    assert not overclaims(more_150, over_200, (over_200.low, over_200.high), Decimal(0))
    assert not overclaims(over_200, plain, (plain.low, plain.high), Decimal(0))


@pytest.mark.parametrize(
    ("headline", "body", "verdict", "suggestion"),
    [
        ("Over 200 companies join", "More than 150 companies joined.", "mismatch", "more than"),
        ("150+ companies join", "More than 150 companies joined.", "supported", None),
        ("Over 120 companies join", "More than 150 companies joined.", "supported", None),
        ("Over 200 companies join", "In all, 250 companies joined.", "supported", None),
        ("Fewer than 100 staff stay", "Fewer than 150 staff stayed.", "mismatch", "less than"),
        ("Under $5M raised", "It raised less than $6 million.", "mismatch", "less than"),
        ("Under $7M raised", "It raised less than $6 million.", "supported", None),
        ("Over $5M raised", "It raised at least $4 million.", "mismatch", "at least"),
        # HKD 50 million x 0.128 = USD 6.41 million: "more than $6.4M" rounds the bound honestly.
        ("More than $6.4M raised", "It raised more than HKD 50 million.", "supported", None),
        ("More than $6.6M raised", "It raised more than HKD 50 million.", "mismatch", "more than"),
    ],
)
def test_an_open_claim_needs_a_bound_the_body_implies(
    headline: str, body: str, verdict: str, suggestion: str | None
) -> None:
    (result,) = check(headline, body, published=DAY, rates=RATES).claims
    assert result.verdict is Verdict(verdict), result.message
    assert result.diagnosis is None, result.message
    if suggestion is not None:
        assert result.suggestion is not None and result.suggestion.startswith(suggestion)


# ---- the body's stated number: for "about" claims and for digits the body does not state


@pytest.mark.parametrize(
    ("headline", "body", "verdict", "converted"),
    [
        ("About $6 million approved", "The council approved $5 million.", "mismatch", "5000000"),
        ("About $6 million approved", "The council approved $5.6 million.", "supported", "5600000"),
        # HKD 50 million / 7.8 = USD 6.41 million, within 10% of 6.
        ("About $6 million approved", "It approved HKD 50 million.", "supported", None),
        ("Nearly 50% of staff leave", "Some 45% of staff left.", "supported", "45"),
        # A body range keeps its interval: 5-6 million reaches 5.4.
        ("About $6 million approved", "It approved $5 million to $6 million.", "supported", None),
        # EUR 1 billion x 1.25: compared as USD 1.25 billion, not 0.625-1.875.
        ("EU pledges $1.4 billion", "The EU pledged EUR 1 billion.", "mismatch", "1250000000"),
        ("EU pledges $1.3 billion", "The EU pledged EUR 1 billion.", "supported", "1250000000"),
        ("Council approves $5.4 million", "It approved $5 million.", "mismatch", "5000000"),
        ("Council approves $5.0 million", "It approved $5 million.", "supported", "5000000"),
        ("Profits up 30.4%", "Profits rose 30% last year.", "mismatch", "30"),
        # As many digits as the body: its rounding interval still counts.
        ("Profits up 30%", "Profits rose 30.4% last year.", "supported", None),
        ("Council approves $5 million", "It approved $5.4 million.", "supported", None),
    ],
)
def test_the_body_is_compared_as_its_stated_number(
    headline: str, body: str, verdict: str, converted: str | None
) -> None:
    (result,) = check(headline, body, published=DAY, rates=RATES).claims
    assert result.verdict is Verdict(verdict), result.message
    if converted is not None:
        assert result.converted == (Decimal(converted), Decimal(converted))
    if result.verdict is Verdict.MISMATCH:
        assert result.diagnosis is not Diagnosis.DIGIT_SLIP, result.message  # invented, not typed


# ---- zeros a headline writes out


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("387,000 cars", "386500", "387500"),
        ("10,000 jobs", "9500", "10500"),
        ("$6,400,000", "6350000", "6450000"),
        ("1,000,000 users", "950000", "1050000"),
        ("1,900 companies", "1850", "1950"),
        ("₹3,700 crore", "36500000000", "37500000000"),
        ("$500 million", "495000000", "505000000"),
        ("150 companies", "145", "155"),
        # Two significant digits stay, and a decimal, a word magnitude or a bound is as extracted.
        ("500 points", "495", "505"),
        ("90 jobs", "89.5", "90.5"),
        ("$1,000.00", "999.995", "1000.005"),
        ("387 thousand cars", "386500", "387500"),
    ],
)
def test_rounded_zeros(text: str, low: str, high: str) -> None:
    (figure,) = extract(text)
    rounded = rounded_zeros(figure)
    assert (rounded.low, rounded.high) == (Decimal(low), Decimal(high))


def test_a_headline_count_with_written_zeros_rounds_the_body_count() -> None:
    body = "Tesla delivered 386,810 cars in the quarter."
    (result,) = check("Tesla delivers 387,000 cars", body, published=DAY, rates=RATES).claims
    assert result.verdict is Verdict.SUPPORTED, result.message
    (result,) = check("Tesla delivers 388,000 cars", body, published=DAY, rates=RATES).claims
    assert result.verdict is Verdict.MISMATCH, result.message
