"""Checker precision: no tolerance without a rate, the same number under another currency, open
bounds that claim more than the body's (docs/checking.md, "Intervals and tolerance" and
"Same number, other currency")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from check_helpers import DOLLAR, FakeRates, money
from corpus_cases import rows
from headlinecheck.checking import Diagnosis, Verdict, check
from headlinecheck.checking.intervals import (
    SWAP_THRESHOLD,
    overclaims,
    overlaps,
    rounded_zeros,
    swapped_currency,
)
from headlinecheck.extraction import Qualifier, extract
from shared import SEED_PUBLISHED

APPROX = Qualifier.APPROX
DAY = SEED_PUBLISHED
RATES = FakeRates({"EUR": Decimal("0.8"), "CHF": Decimal("0.98"), "HKD": Decimal("7.8")})


# ---- no tolerance without a rate


def test_touching_intervals_do_not_overlap_without_tolerance() -> None:
    six, five = (Decimal("5.5"), Decimal("6.5")), (Decimal("4.5"), Decimal("5.5"))
    assert not overlaps(six, five, Decimal(0))
    assert overlaps(six, five, Decimal("0.005"))
    # An exact point still meets an interval that ends at it.
    assert overlaps((Decimal("5.5"), Decimal("5.5")), five, Decimal(0))
    assert overlaps((Decimal(5), Decimal(6)), five, Decimal(0))


@pytest.mark.parametrize(("headline", "body", "verdict"), rows("check/precision/same_unit.yaml"))
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
    ("headline", "body", "verdict", "diagnosis"), rows("check/precision/swapped_currency.yaml")
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
    ("headline", "body", "verdict", "suggestion"), rows("check/precision/open_bounds.yaml")
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
    ("headline", "body", "verdict", "converted"), rows("check/precision/stated_number.yaml")
)
def test_the_body_is_compared_as_its_stated_number(
    headline: str, body: str, verdict: str, converted: Decimal | None
) -> None:
    (result,) = check(headline, body, published=DAY, rates=RATES).claims
    assert result.verdict is Verdict(verdict), result.message
    if converted is not None:
        assert result.converted == (converted, converted)
    if result.verdict is Verdict.MISMATCH:
        assert result.diagnosis is not Diagnosis.DIGIT_SLIP, result.message  # invented, not typed


# ---- zeros a headline writes out


@pytest.mark.parametrize(("text", "low", "high"), rows("check/precision/rounded_zeros.yaml"))
def test_rounded_zeros(text: str, low: Decimal, high: Decimal) -> None:
    (figure,) = extract(text)
    rounded = rounded_zeros(figure)
    assert (rounded.low, rounded.high) == (low, high)


def test_a_headline_count_with_written_zeros_rounds_the_body_count() -> None:
    body = "Tesla delivered 386,810 cars in the quarter."
    (result,) = check("Tesla delivers 387,000 cars", body, published=DAY, rates=RATES).claims
    assert result.verdict is Verdict.SUPPORTED, result.message
    (result,) = check("Tesla delivers 388,000 cars", body, published=DAY, rates=RATES).claims
    assert result.verdict is Verdict.MISMATCH, result.message
