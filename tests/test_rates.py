"""RateTable lookups: paths, policies, precision, coverage errors and multi-file merging."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_EVEN, Context, Decimal
from pathlib import Path

import pytest

from headlinecheck.errors import RateNotAvailable, UnknownCurrency
from headlinecheck.rates import (
    DERIVED_DIGITS,
    STRICT,
    MissingDatePolicy,
    RatePath,
    RateTable,
    clear_default_cache,
)

DATA = Path(__file__).parent / "data" / "rates"
SMALL = DATA / "small.csv"
NEWSROOM = DATA / "newsroom.csv"
TWELVE = Context(prec=12, rounding=ROUND_HALF_EVEN)


@pytest.fixture
def small() -> RateTable:
    return RateTable.load(SMALL, cache_dir=False)


def test_cross_rate_is_hkd_per_eur_over_usd_per_eur(small: RateTable) -> None:
    rate = small.rate("USD", "HKD", date(2023, 2, 22))
    assert rate.path is RatePath.VIA_EUR
    assert rate.value == TWELVE.divide(Decimal("8.3512"), Decimal("1.0644"))
    assert rate.value == Decimal("7.84592258549")
    assert (rate.requested, rate.used, rate.source) == (date(2023, 2, 22), date(2023, 2, 22), "ECB")


def test_derived_rates_have_twelve_significant_digits(small: RateTable) -> None:
    assert DERIVED_DIGITS == 12
    rate = small.rate("GBP", "JPY", date(2023, 2, 24))
    assert rate.value == TWELVE.divide(Decimal("143.55"), Decimal("0.88245"))
    assert len(rate.value.as_tuple().digits) == 12


def test_direct_rate_is_the_file_string_unrounded(small: RateTable) -> None:
    rate = small.rate("EUR", "USD", date(2023, 2, 24))
    assert rate.path is RatePath.DIRECT
    assert str(rate.value) == "1.057"


def test_inverse_rate(small: RateTable) -> None:
    rate = small.rate("USD", "EUR", date(2023, 2, 24))
    assert rate.path is RatePath.INVERSE
    assert rate.value == TWELVE.divide(1, Decimal("1.057"))


def test_hkd_to_usd_is_the_reciprocal_cross(small: RateTable) -> None:
    rate = small.rate("HKD", "USD", date(2023, 2, 22))
    assert rate.path is RatePath.VIA_EUR
    assert rate.value == TWELVE.divide(Decimal("1.0644"), Decimal("8.3512"))


def test_identity(small: RateTable) -> None:
    rate = small.rate("USD", "USD", date(2023, 2, 25))
    assert rate.value == 1
    assert rate.path is RatePath.IDENTITY


def test_lower_case_codes_are_accepted(small: RateTable) -> None:
    assert small.rate("usd", "hkd", date(2023, 2, 22)).base == "USD"


def test_weekend_uses_friday_under_default_policy(small: RateTable) -> None:
    rate = small.rate("USD", "HKD", date(2023, 2, 19))
    assert rate.used == date(2023, 2, 17)
    assert rate.requested == date(2023, 2, 19)


def test_strict_policy_raises_on_weekend(small: RateTable) -> None:
    with pytest.raises(RateNotAvailable) as info:
        small.rate("USD", "HKD", date(2023, 2, 19), policy=STRICT)
    assert "2023-02-17" in str(info.value)
    assert MissingDatePolicy.STRICT is STRICT


def test_gap_longer_than_policy_raises(small: RateTable) -> None:
    # The fixture has nothing between 2008-01-02 and 2023-02-13.
    with pytest.raises(RateNotAvailable) as info:
        small.rate("USD", "HKD", date(2008, 1, 10))
    message = str(info.value)
    assert "USD/HKD" in message and "2008-01-10" in message and "7 days" in message
    assert small.rate("USD", "HKD", date(2008, 1, 9)).used == date(2008, 1, 2)
    loose = MissingDatePolicy(max_age_days=30)
    assert small.rate("USD", "HKD", date(2008, 1, 20), policy=loose).used == date(2008, 1, 2)


def test_before_start_and_after_end_raise_with_coverage(small: RateTable) -> None:
    with pytest.raises(RateNotAvailable) as before:
        small.rate("USD", "HKD", date(2007, 12, 30))
    assert before.value.coverage == (date(2007, 12, 31), date(2023, 2, 24))
    assert "before" in str(before.value)
    with pytest.raises(RateNotAvailable) as after:
        small.rate("USD", "HKD", date(2023, 2, 25))
    assert "after" in str(after.value) and "2023-02-24" in str(after.value)


def test_after_end_allowed_only_when_policy_says_so(small: RateTable) -> None:
    policy = MissingDatePolicy(allow_after_end=True)
    assert small.rate("USD", "HKD", date(2023, 2, 25), policy=policy).used == date(2023, 2, 24)


def test_withdrawn_currency_ends_with_its_data(small: RateTable) -> None:
    assert small.rate("EUR", "CYP", date(2007, 12, 31)).value == Decimal("0.585274")
    with pytest.raises(RateNotAvailable) as info:
        small.rate("USD", "CYP", date(2023, 2, 22))
    assert info.value.coverage == (date(2007, 12, 31), date(2007, 12, 31))
    assert "stop on 2007-12-31" in str(info.value)
    assert "rates update" not in str(info.value)


def test_unknown_currency(small: RateTable) -> None:
    with pytest.raises(UnknownCurrency) as info:
        small.rate("USD", "XYZ", date(2023, 2, 22))
    assert info.value.code == "XYZ"
    with pytest.raises(UnknownCurrency) as missing:
        small.rate("USD", "ARS", date(2023, 2, 22))
    assert "rate table" in str(missing.value)


def test_rates_between_one_per_data_date(small: RateTable) -> None:
    rates = small.rates_between("USD", "HKD", date(2023, 2, 16), date(2023, 2, 21))
    assert [r.used for r in rates] == [
        date(2023, 2, 16),
        date(2023, 2, 17),
        date(2023, 2, 20),
        date(2023, 2, 21),
    ]
    assert all(r.requested == r.used for r in rates)
    assert rates[0].value == TWELVE.divide(Decimal("8.3985"), Decimal("1.07"))


def test_rate_range_low_high(small: RateTable) -> None:
    window = small.rate_range("USD", "HKD", date(2023, 2, 13), date(2023, 2, 24))
    values = [r.value for r in small.rates_between("USD", "HKD", window.start, window.end)]
    assert window.low.value == min(values)
    assert window.high.value == max(values)
    assert window.low.value < window.high.value


def test_rate_range_over_a_weekend_uses_the_rate_in_force(small: RateTable) -> None:
    window = small.rate_range("USD", "HKD", date(2023, 2, 18), date(2023, 2, 19))
    assert window.low == window.high
    assert window.low.used == date(2023, 2, 17)


def test_convert_multiplies_with_28_digits(small: RateTable) -> None:
    rate = small.rate("HKD", "USD", date(2023, 2, 22))
    got = small.convert(Decimal("50000000"), "HKD", "USD", date(2023, 2, 22))
    assert got == Decimal("50000000") * rate.value
    assert Decimal("6.37e6") < got < Decimal("6.38e6")


def test_coverage_and_currencies(small: RateTable) -> None:
    assert small.coverage == (date(2007, 12, 31), date(2023, 2, 24))
    assert small.currencies == frozenset({"EUR", "USD", "JPY", "CYP", "GBP", "HKD"})


def test_later_file_wins_and_direct_row_beats_cross() -> None:
    table = RateTable.load([SMALL, NEWSROOM], cache_dir=False)
    rate = table.rate("USD", "HKD", date(2023, 2, 22))
    assert (rate.value, rate.source, rate.path) == (Decimal("7.8480"), "HKMA", RatePath.DIRECT)
    assert table.rate("EUR", "USD", date(2023, 2, 22)).source == "DESK"
    # Where the newsroom has nothing, the ECB rows still answer.
    assert table.rate("EUR", "USD", date(2023, 2, 21)).source == "ECB"


def test_fresher_cross_beats_stale_direct() -> None:
    table = RateTable.load([SMALL, NEWSROOM], cache_dir=False)
    rate = table.rate("USD", "HKD", date(2023, 2, 24))
    assert rate.path is RatePath.VIA_EUR
    assert rate.used == date(2023, 2, 24)


def test_source_priority_overrides_file_order() -> None:
    table = RateTable.load([SMALL, NEWSROOM], source_priority=["ECB"], cache_dir=False)
    assert table.rate("EUR", "USD", date(2023, 2, 22)).source == "ECB"
    earlier_loses = RateTable.load([NEWSROOM, SMALL], cache_dir=False)
    assert earlier_loses.rate("EUR", "USD", date(2023, 2, 22)).source == "ECB"


def test_mixed_sources_in_one_cross_are_named(tmp_path: Path) -> None:
    extra = tmp_path / "hkd.csv"
    extra.write_text("date,base,quote,rate,source\n2023-02-22,EUR,HKD,8.36,DESK\n")
    rate = RateTable.load([SMALL, extra], cache_dir=False).rate("USD", "HKD", date(2023, 2, 22))
    assert rate.source == "ECB+DESK"


def test_default_load_is_shared_and_bundled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEADLINECHECK_CACHE_DIR", str(tmp_path))
    clear_default_cache()
    first = RateTable.load()
    assert RateTable.load() is first
    assert first.paths[0].name == "fx_rates.csv"


@pytest.mark.parametrize(
    ("base", "quote", "expected"),
    [
        ("HKD", "SGD", TWELVE.divide(1, Decimal("0.74") * Decimal("7.8"))),
        ("SGD", "HKD", TWELVE.plus(Decimal("0.74") * Decimal("7.8"))),
        ("HKD", "CNY", TWELVE.divide(Decimal("7.1"), Decimal("7.8"))),
        ("SGD", "CNY", TWELVE.plus(Decimal("0.74") * Decimal("7.1"))),
        ("CNY", "SGD", TWELVE.divide(1, Decimal("0.74") * Decimal("7.1"))),
    ],
)
def test_cross_via_usd_with_inverted_legs(
    tmp_path: Path, base: str, quote: str, expected: Decimal
) -> None:
    rows = tmp_path / "usd.csv"
    rows.write_text(
        "date,base,quote,rate,source\n"
        "2023-02-22,USD,HKD,7.8,DESK\n"
        "2023-02-22,SGD,USD,0.74,DESK\n"
        "2023-02-22,USD,CNY,7.1,DESK\n"
    )
    rate = RateTable.load(rows, cache_dir=False).rate(base, quote, date(2023, 2, 22))
    assert rate.path is RatePath.VIA_USD
    assert rate.value == expected


def test_rates_between_agrees_with_rate_and_is_remembered(small: RateTable) -> None:
    start, end = date(2007, 12, 31), date(2023, 2, 24)
    series = small.rates_between("HKD", "GBP", start, end)
    assert [r.value for r in series] == [
        small.rate("HKD", "GBP", r.used, policy=STRICT).value for r in series
    ]
    assert small.rates_between("HKD", "GBP", start, end) is series
