"""Data-driven checker cases (tests/corpus/check/*.yaml) against the bundled ECB rates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import corpus_cases
from headlinecheck.checking import Diagnosis, Verdict, check
from headlinecheck.rates import RateTable

CASES = corpus_cases.cases("check/conversions.yaml", "check/wording.yaml")
CURRENCIES = {"USD", "HKD", "CNY", "EUR", "GBP", "JPY", "SGD", "INR"}


def test_the_corpus_is_broad() -> None:
    assert len(CASES) >= 30
    assert len({case["id"] for case in CASES}) == len(CASES)
    pairs = {case["rate"]["pair"] for case in CASES if "rate" in case}
    seen = {code for pair in pairs for code in pair.split("/")}
    assert seen >= CURRENCIES
    years = {case["published"].year for case in CASES}
    assert min(years) <= 2001 and max(years) >= 2025
    diagnoses = {e["diagnosis"] for case in CASES for e in case["expect"]}
    assert diagnoses >= {d.value for d in Diagnosis}
    assert all(case.get("arithmetic") for case in CASES)


def _same_digits(actual: Decimal, expected: str) -> bool:
    """``actual`` rounded to the significant digits written in ``expected``."""
    want = Decimal(expected)
    return actual.quantize(want) == want


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_case(case: corpus_cases.Case, bundled_table: RateTable) -> None:
    published: date = case["published"]
    report = check(
        case["headline"],
        case["body"],
        published=published,
        rates=bundled_table,
        dollar=case.get("dollar"),
    )
    expected = case["expect"]
    got = [
        (r.claim.text, r.verdict.value, r.diagnosis and r.diagnosis.value) for r in report.claims
    ]
    assert len(report.claims) == len(expected), got
    for result, want in zip(report.claims, expected, strict=True):
        assert want["claim"] in case["headline"]
        assert result.claim.text in want["claim"] or want["claim"] in result.claim.text, got
        assert result.verdict is Verdict(want["verdict"]), result.message
        diagnosis = None if want["diagnosis"] is None else Diagnosis(want["diagnosis"])
        assert result.diagnosis is diagnosis, result.message
        if want.get("evidence") is None:
            assert result.evidence is None
        else:
            assert result.evidence is not None, result.message
            assert (
                want["evidence"] in result.evidence.text
                or result.evidence.text in (want["evidence"])
            ), result.message
        assert result.message
        if "stale_used" in want:
            assert result.hint is not None and result.hint.rate is not None
            assert result.hint.rate.used == want["stale_used"]
    if "rate" in case:
        rate = next(r.rate for r in report.claims if r.rate is not None)
        base, quote = case["rate"]["pair"].split("/")
        assert (rate.base, rate.quote) == (base, quote)
        assert rate.used == case["rate"]["used"]
        assert _same_digits(rate.value, case["rate"]["value"]), rate.value
    assert report.ok is all(e["verdict"] != "mismatch" for e in expected)
