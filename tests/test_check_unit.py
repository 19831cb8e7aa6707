"""Checker logic on hand-built figures and a fake rate source (no extraction, no bundled table)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from check_helpers import DOLLAR, FakeRates, count, money
from headlinecheck.check import Diagnosis, DollarSource, Verdict, check_figures

RATES = FakeRates({"HKD": Decimal("7.8393"), "EUR": Decimal("0.92"), "SGD": Decimal("1.35")})
DAY = date(2023, 8, 29)
BODY_TEXT = (
    "The budget gives HKD 50 million to blockchain development at Cyberport. "
    "Funding for startups passed HKD 35.7 billion. More than 150 related companies joined."
)
EVIDENCE = (
    money("HKD 50 million", "50000000", "HKD", "1000000", at=17),
    money("HKD 35.7 billion", "35700000000", "HKD", "100000000", at=101),
    count("More than 150 related companies", "150", "related companies", at=119, open_above=True),
)
HEADLINE = "Hong Kong allocates {} to blockchain development as Cyberport welcomes 150+ companies"


def _claim(text: str, value: str, precision: str, currency: object = DOLLAR, **kw: object):
    at = HEADLINE.index("{}")
    return money(text, value, currency, precision, at=at, **kw)  # type: ignore[arg-type]


def _check(claim_text: str, value: str, precision: str, currency: object = DOLLAR, **kw: object):
    claim = _claim(claim_text, value, precision, currency, **kw)
    headline = HEADLINE.format(claim_text)
    return check_figures(headline, BODY_TEXT, [claim], EVIDENCE, published=DAY, rates=RATES)


def test_seed_claim_supported_with_arithmetic() -> None:
    report = _check("$6.4M", "6400000", "100000")
    (result,) = report.claims
    assert report.ok
    assert result.verdict is Verdict.SUPPORTED
    assert result.evidence is EVIDENCE[0]
    assert result.rate is not None and result.rate.base == "HKD"
    low, high = result.converted  # type: ignore[misc]
    assert low == Decimal(49500000) * result.rate.value
    assert high == Decimal(50500000) * result.rate.value
    assert report.dollar.source is DollarSource.DEFAULT
    assert report.to_dict()["schema"] == "headlinecheck.report/1"


@pytest.mark.parametrize(
    ("text", "value", "precision", "diagnosis"),
    [
        ("$50M", "50000000", "1000000", Diagnosis.CURRENCY_CONFUSION),
        ("$6.4B", "6400000000", "100000000", Diagnosis.MAGNITUDE_SLIP),
        ("$390M", "390000000", "10000000", Diagnosis.INVERTED_RATE),
        ("$4.6M", "4600000", "100000", Diagnosis.DIGIT_SLIP),
        ("$6.0M", "6000000", "100000", Diagnosis.OVER_ROUNDED),
        ("$8M", "8000000", "1000000", None),
    ],
)
def test_seed_variants(text: str, value: str, precision: str, diagnosis: Diagnosis | None) -> None:
    report = _check(text, value, precision)
    (result,) = report.claims
    assert not report.ok
    assert result.verdict is Verdict.MISMATCH
    assert result.diagnosis is diagnosis, result.message
    assert result.evidence is EVIDENCE[0]


def test_count_needs_compatible_noun() -> None:
    claim = count("150+ companies", "150", "companies", at=70, open_above=True)
    report = check_figures(HEADLINE, BODY_TEXT, [claim], EVIDENCE, published=DAY, rates=RATES)
    assert report.claims[0].verdict is Verdict.SUPPORTED
    other = count("150+ startups", "150", "startups", at=70, open_above=True)
    report = check_figures(HEADLINE, BODY_TEXT, [other], EVIDENCE, published=DAY, rates=RATES)
    assert report.claims[0].verdict is Verdict.UNSUPPORTED
