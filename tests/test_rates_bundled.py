"""The bundled data/fx_rates.csv: real ECB rates, the USD/HKD peg, the 2023 values."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_EVEN, Context, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from headlinecheck.errors import RateNotAvailable
from headlinecheck.rates import (
    HKD_PEG_BAND,
    HKD_PEG_SINCE,
    HKD_PEG_SLACK,
    STRICT,
    RatePath,
    RateTable,
    bundled_rates_path,
    outside_band,
    widen,
)
from shared import SEED_PUBLISHED

TWELVE = Context(prec=12, rounding=ROUND_HALF_EVEN)


@pytest.fixture(scope="module")
def bundled() -> RateTable:
    return RateTable.load(bundled_rates_path(), cache_dir=False)


def _ecb_row(day: str, quote: str) -> Decimal:
    prefix = f"{day},EUR,{quote},"
    with bundled_rates_path().open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(prefix):
                return Decimal(line.split(",")[3])
    raise AssertionError(f"no row {prefix}")


def test_usd_hkd_on_2023_02_22_is_the_ecb_cross(bundled: RateTable) -> None:
    rate = bundled.rate("USD", "HKD", date(2023, 2, 22))
    expected = TWELVE.divide(_ecb_row("2023-02-22", "HKD"), _ecb_row("2023-02-22", "USD"))
    assert rate.value == expected
    assert rate.path is RatePath.VIA_EUR
    assert rate.path.value == "via EUR"
    assert rate.source == "ECB"


def test_wheel_smoke_date(bundled: RateTable) -> None:
    rate = bundled.rate("USD", "HKD", SEED_PUBLISHED)
    assert rate.used == SEED_PUBLISHED
    assert Decimal("7.83") < rate.value < Decimal("7.86")


def test_coverage_starts_with_the_euro(bundled: RateTable) -> None:
    first, last = bundled.coverage
    assert first == date(1999, 1, 4)
    assert last >= date(2026, 10, 30)
    assert {"USD", "HKD", "CNY", "JPY", "GBP", "SGD", "INR", "AUD", "EUR"} <= bundled.currencies


def test_2023_usd_hkd_stays_near_the_top_of_the_band(bundled: RateTable) -> None:
    rates = bundled.rates_between("USD", "HKD", date(2023, 1, 1), date(2023, 12, 31))
    assert len(rates) > 250
    assert all(Decimal("7.78") < r.value < Decimal("7.86") for r in rates)


def test_rounding_excursion_is_inside_the_widened_band(bundled: RateTable) -> None:
    low, high = widen(HKD_PEG_BAND, HKD_PEG_SLACK)
    rate = bundled.rate("USD", "HKD", date(2019, 3, 19))
    assert HKD_PEG_BAND[1] < rate.value <= high
    assert str(rate.value).startswith("7.85006")
    assert low == Decimal("7.749225") and high == Decimal("7.850785")


def test_exactly_these_days_leave_the_hkd_peg_band(bundled: RateTable) -> None:
    band = widen(HKD_PEG_BAND, HKD_PEG_SLACK)
    days = [r.used for r in outside_band(bundled, "USD", "HKD", band, HKD_PEG_SINCE)]
    assert days == [date(2009, 3, 23), date(2009, 3, 26), date(2013, 4, 2)]


def test_unwidened_band_catches_the_rounding_days(bundled: RateTable) -> None:
    strict = outside_band(bundled, "USD", "HKD", HKD_PEG_BAND, HKD_PEG_SINCE)
    assert 20 <= len(strict) <= 80
    assert date(2019, 3, 19) in {r.used for r in strict}


@settings(max_examples=200, deadline=None)
@given(
    day=st.dates(min_value=date(1998, 12, 1), max_value=date(2026, 12, 31)),
    pair=st.sampled_from([("USD", "HKD"), ("HKD", "USD"), ("EUR", "CNY"), ("GBP", "INR")]),
)
def test_any_date_gives_a_recent_rate_or_says_why(
    bundled: RateTable, day: date, pair: tuple[str, str]
) -> None:
    try:
        rate = bundled.rate(*pair, day)
    except RateNotAvailable as error:
        assert error.coverage is not None
        assert (error.base, error.quote, error.on) == (*pair, day)
        return
    assert rate.requested == day
    assert 0 <= (day - rate.used).days <= 7
    back = bundled.rate(pair[1], pair[0], rate.used, policy=STRICT)
    assert abs(rate.value * back.value - 1) < Decimal("1e-10")
