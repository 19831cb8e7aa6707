"""Open bounds ("over", "more than", "tops", "150+") reach at most ``OPEN_REACH`` times their
figure: within it a plain body number backs them, beyond it they hide no million/billion slip."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_FLOOR, Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from headlinecheck.checking import Diagnosis, Verdict, check
from headlinecheck.checking.intervals import OPEN_REACH, reach
from headlinecheck.extraction import extract
from headlinecheck.rates import RateTable
from shared import SEED_PUBLISHED
from test_check_properties import _marker, scenarios, written


def _one_digit_down(value: Decimal) -> Decimal:
    """``value`` rounded down to one significant digit, as a writer picks a bound below it."""
    return value.quantize(Decimal(1).scaleb(value.adjusted()), rounding=ROUND_FLOOR)


def _converted(
    bundled_table: RateTable, source: str, target: str, amount: Decimal, day: date
) -> Decimal:
    return amount * bundled_table.rate(source, target, day).value


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.booleans(), st.sampled_from(("over", "more than", "at least")))
def test_over_a_thousandth_of_any_body_figure_is_never_supported(
    bundled_table: RateTable, scenario: tuple[str, str, Decimal, date], symbol: bool, bound: str
) -> None:
    source, target, amount, day = scenario
    body = f"The group said it would invest {_marker(source, symbol)}{written(amount)} in a plant."
    converted = _converted(bundled_table, source, target, amount, day)
    claim = _one_digit_down(converted / 1000)
    assume(claim >= 1000)  # "over $6.4" is not a headline amount
    headline = f"Group to invest {bound} {_marker(target, symbol, source)}{written(claim)} in plant"
    (result,) = check(headline, body, published=day, rates=bundled_table).claims
    assert result.verdict is Verdict.MISMATCH, result.message
    assert result.diagnosis is Diagnosis.MAGNITUDE_SLIP, result.message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.booleans())
def test_over_a_bound_rounded_down_from_the_conversion_is_supported(
    bundled_table: RateTable, scenario: tuple[str, str, Decimal, date], symbol: bool
) -> None:
    source, target, amount, day = scenario
    body = f"The group said it would invest {_marker(source, symbol)}{written(amount)} in a plant."
    claim = _one_digit_down(
        _converted(bundled_table, source, target, amount, day) * Decimal("0.99")
    )
    assume(claim >= 1000)
    headline = f"Group to invest over {_marker(target, symbol, source)}{written(claim)} in plant"
    (result,) = check(headline, body, published=day, rates=bundled_table).claims
    assert result.verdict is Verdict.SUPPORTED, result.message


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 999), st.sampled_from(("More than", "Over", "At least")))
def test_counts_behind_an_open_bound_are_no_thousandfold_cover(count: int, bound: str) -> None:
    body = f"Cyberport now hosts {count * 1000:,} companies."
    (result,) = check(
        f"{bound} {count} companies join Cyberport", body, published=SEED_PUBLISHED
    ).claims
    assert result.verdict is Verdict.MISMATCH, result.message
    assert result.diagnosis is Diagnosis.MAGNITUDE_SLIP, result.message


def test_the_reach_closes_only_an_open_lower_bound() -> None:
    (over,) = extract("over 150 companies")
    assert reach(over) == (Decimal(150), Decimal(150) * OPEN_REACH)
    (under,) = extract("under 150 companies")
    assert reach(under) == (under.low, under.high)
    (plain,) = extract("150 companies")
    assert reach(plain) == (plain.low, plain.high)


def test_beyond_the_reach_without_a_slip_is_a_plain_mismatch_that_says_why() -> None:
    (result,) = check(
        "Over 150 hurt in blast", "Some 600 people were hurt.", published=SEED_PUBLISHED
    ).claims
    assert result.verdict is Verdict.MISMATCH
    assert result.diagnosis is None
    assert f"reaches at most {OPEN_REACH} times its figure" in result.message
    assert result.suggestion == "600 hurt"


def test_the_nearest_figure_within_reach_is_the_evidence() -> None:
    body = "The fund raised $12 million this year and $5.2 billion since 2010."
    (result,) = check("Fund raises over $5M", body, published=SEED_PUBLISHED).claims
    assert result.verdict is Verdict.SUPPORTED, result.message
    assert result.evidence is not None and result.evidence.text == "$12 million"
