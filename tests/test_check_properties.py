"""Hypothesis properties of the checker over the bundled ECB table and real extraction.

For any amount, pair of currencies and date inside the table, a headline made by converting the
body figure at that date's rate and rounding to two significant digits is supported; the same
headline times 1,000 is a mismatch diagnosed as a magnitude slip.
"""

from __future__ import annotations

import itertools
import json
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from check_helpers import assert_consistent_claims
from headlinecheck.checking import Diagnosis, Verdict, check
from headlinecheck.rates import RateTable
from shared import load_bundled_table

CURRENCIES = ("USD", "HKD", "CNY", "EUR", "GBP", "JPY", "SGD", "INR")
# First dates with ECB data for the pair's currencies (CNY from 2005, INR from 2009).
STARTS = {"CNY": date(2005, 4, 1), "INR": date(2009, 1, 2)}
SCALES = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
    (Decimal(10) ** 3, "thousand"),
)


def written(amount: Decimal) -> str:
    """An amount as a headline writes it, stating exactly its significant digits: the mantissa
    stays below 100 ("640 million" would claim three digits; "0.64 billion" states two)."""
    for (bigger, bigger_word), (size, word) in itertools.pairwise(SCALES):
        if amount >= size:
            if amount / size >= 100:
                return f"{_plain(amount / bigger)} {bigger_word}"
            return f"{_plain(amount / size)} {word}"
    return _plain(amount)


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def two_digits(value: Decimal) -> Decimal:
    exponent = value.adjusted() - 1
    return value.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[str, str, Decimal, date]:
    source, target = draw(st.sampled_from(CURRENCIES)), draw(st.sampled_from(CURRENCIES))
    first = max(STARTS.get(source, date(1999, 1, 4)), STARTS.get(target, date(1999, 1, 4)))
    last = load_bundled_table().coverage[1]  # drawn in a test, never at import
    day = first + timedelta(days=draw(st.integers(7, (last - first).days)))
    digits = draw(st.integers(1, 999))
    scale = draw(st.sampled_from((Decimal(10) ** 6, Decimal(10) ** 7, Decimal(10) ** 8)))
    return source, target, Decimal(digits) * scale, day


SYMBOLS = {"USD": "US$", "HKD": "HK$", "CNY": "RMB ", "EUR": "€", "GBP": "£", "JPY": "¥"}
SYMBOLS |= {"SGD": "S$", "INR": "₹"}


def _marker(code: str, symbol: bool, other: str | None = None) -> str:
    """The currency as the text writes it; for a headline, ``other`` is the body's currency: a
    headline ¥ over a body that names the yuan is the yuan (it follows the article), so the yen
    is then written as its code."""
    if code == "JPY" and other == "CNY":
        return "JPY "
    return SYMBOLS[code] if symbol else f"{code} "


def _texts(
    bundled_table: RateTable, source: str, target: str, amount: Decimal, day: date, symbol: bool
) -> tuple[str, str, Decimal]:
    body = f"The group said it would invest {_marker(source, symbol)}{written(amount)} in a plant."
    rate = bundled_table.rate(source, target, day)
    claim = two_digits(amount * rate.value)
    return body, f"Group to invest {_marker(target, symbol, source)}{{}} in new plant", claim


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.booleans())
def test_two_significant_digits_are_supported(
    bundled_table: RateTable, scenario: tuple[str, str, Decimal, date], symbol: bool
) -> None:
    source, target, amount, day = scenario
    body, headline, claim = _texts(bundled_table, source, target, amount, day, symbol)
    report = check(headline.format(written(claim)), body, published=day, rates=bundled_table)
    (result,) = report.claims
    assert result.verdict is Verdict.SUPPORTED, result.message
    assert report.ok


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.booleans())
def test_times_a_thousand_is_a_magnitude_slip(
    bundled_table: RateTable, scenario: tuple[str, str, Decimal, date], symbol: bool
) -> None:
    source, target, amount, day = scenario
    body, headline, claim = _texts(bundled_table, source, target, amount, day, symbol)
    assume(claim * 1000 < 10**14)  # headlines have no word beyond "trillion"
    report = check(headline.format(written(claim * 1000)), body, published=day, rates=bundled_table)
    (result,) = report.claims
    assert result.verdict is Verdict.MISMATCH, result.message
    assert result.diagnosis is Diagnosis.MAGNITUDE_SLIP, result.message


_WORDS = """$ US$ HK$ S$ HKD RMB € £ ¥ ₹ Rs yuan dollars 50 6.4 6.0 1,900 0.5 150+ million M bn
billion crore trillion about over under between and to - % companies startups related Cyberport
. , 2023"""
_PHRASES = (" ", " ", "\n", "more than", "per cent", "SINGAPORE (Feb 19):", "(Reuters)", "Web 3.0")
TOKENS = (*_WORDS.split(), *_PHRASES)
texts = st.one_of(
    st.text(max_size=120),
    st.lists(st.sampled_from(TOKENS), max_size=40).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    texts,
    texts,
    st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
    st.sampled_from(("warn", "fail")),
)
def test_check_never_raises_and_reports_consistently(
    bundled_table: RateTable, headline: str, body: str, day: date | None, unsupported: str
) -> None:
    report = check(headline, body, published=day, rates=bundled_table, unsupported=unsupported)  # type: ignore[arg-type]
    verdicts = [r.verdict for r in report.claims]
    failing = {Verdict.MISMATCH} | ({Verdict.UNSUPPORTED} if unsupported == "fail" else set())
    assert report.ok is not any(v in failing for v in verdicts)
    assert_consistent_claims(report, headline)
    json.dumps(report.to_dict())
