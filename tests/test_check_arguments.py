"""The arguments of ``check()``: dates and datetimes, dollar codes and rates it accepts, and the
ConfigError (or TypeError) naming a bad one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from check_helpers import FakeRates
from headlinecheck import RateTable
from headlinecheck.checking import check
from headlinecheck.errors import ConfigError
from shared import SEED_PUBLISHED

HEADLINE, BODY = "City sets aside 30% more", "The city set aside 30% more."


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"published": "2023-08-29"}, "published must be a datetime.date"),
        ({"published_window": ("2023-08-01", "2023-09-01")}, "tuple of datetime.date"),
        ({"published_window": (date(2023, 8, 1),)}, "tuple of datetime.date"),
        (
            {"published": SEED_PUBLISHED, "published_window": (date(2023, 8, 1),) * 2},
            "not both",
        ),
    ],
)
def test_bad_dates_raise_config_error(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        check(HEADLINE, BODY, rates=FakeRates({}), **kwargs)


def test_good_dates_still_check() -> None:
    report = check(HEADLINE, BODY, published=SEED_PUBLISHED, rates=FakeRates({}))
    assert report.ok and report.published == SEED_PUBLISHED


def test_only_converted_claims_say_the_date_is_unknown() -> None:
    rates = FakeRates({"HKD": Decimal("7.8")})
    report = check("Up 30% to $6.4M", "Sales rose 30% to HKD 50 million.", rates=rates)
    percent, money = report.claims
    assert report.date_uncertain
    assert "Date unknown" not in percent.message
    assert money.message.endswith("Date unknown: the rate table's last 365 days stand in for it.")


def test_a_datetime_publication_date_asks_for_that_day_rate(bundled_table: RateTable) -> None:
    from datetime import datetime

    import headlinecheck as hc

    rate = bundled_table.rate("USD", "HKD", datetime(2023, 8, 29, 10))
    assert (type(rate.requested), rate.requested, rate.used) == (
        date,
        date(2023, 8, 29),
        date(2023, 8, 29),
    )
    [claim] = hc.check(
        "City sets aside $6.4M",
        "The city set aside HKD 50 million.",
        published=datetime(2023, 8, 29, 10),
    ).claims
    assert "latest before" not in claim.message


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"dollar": "XYZ"}, "dollar must be an ISO 4217 code (got 'XYZ')"),
        ({"default_dollar": "ABC"}, "default_dollar must be an ISO 4217 code (got 'ABC')"),
    ],
)
def test_bad_api_arguments_raise_config_error(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as raised:
        check("HK sets aside $6.4M", "HKD 50 million", published=SEED_PUBLISHED, **kwargs)
    assert message in str(raised.value)


def test_rates_of_the_wrong_type_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="rates must be a RateTable or a path to a rates CSV"):
        check("HK sets aside $6.4M", "HKD 50 million", published=SEED_PUBLISHED, rates=5)  # type: ignore[arg-type]


def test_lower_case_dollar_and_a_rates_path_are_accepted() -> None:
    rates = Path(__file__).parent.parent / "data" / "fx_rates.csv"
    report = check("HK sets aside $6.4M", "HKD 50 million", published=SEED_PUBLISHED, rates=rates)
    assert report.claims[0].verdict.value == "supported"
    pinned = check("HK sets aside $50M", "HKD 50 million", published=SEED_PUBLISHED, dollar="hkd")
    assert pinned.dollar.currency == "HKD"
    assert pinned.claims[0].verdict.value == "supported"
