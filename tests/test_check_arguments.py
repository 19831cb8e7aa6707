"""QA regressions in ``check``: bad dates are a ConfigError naming the problem."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from check_helpers import FakeRates
from headlinecheck.checking import Verdict, check
from headlinecheck.errors import ConfigError

HEADLINE, BODY = "City sets aside 30% more", "The city set aside 30% more."


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"published": "2023-08-29"}, "published must be a datetime.date"),
        ({"published_window": ("2023-08-01", "2023-09-01")}, "tuple of datetime.date"),
        ({"published_window": (date(2023, 8, 1),)}, "tuple of datetime.date"),
        (
            {"published": date(2023, 8, 29), "published_window": (date(2023, 8, 1),) * 2},
            "not both",
        ),
    ],
)
def test_bad_dates_raise_config_error(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        check(HEADLINE, BODY, rates=FakeRates({}), **kwargs)


def test_good_dates_still_check() -> None:
    report = check(HEADLINE, BODY, published=date(2023, 8, 29), rates=FakeRates({}))
    assert report.ok and report.published == date(2023, 8, 29)


def test_only_converted_claims_say_the_date_is_unknown() -> None:
    rates = FakeRates({"HKD": Decimal("7.8")})
    report = check("Up 30% to $6.4M", "Sales rose 30% to HKD 50 million.", rates=rates)
    percent, money = report.claims
    assert report.date_uncertain
    assert "Date unknown" not in percent.message
    assert money.message.endswith("Date unknown: the rate table's last 365 days stand in for it.")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"dollar": "XYZ"}, "dollar must be an ISO 4217 code (got 'XYZ')"),
        ({"default_dollar": "ABC"}, "default_dollar must be an ISO 4217 code (got 'ABC')"),
    ],
)
def test_bad_api_arguments_raise_config_error(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as raised:
        check("HK sets aside $6.4M", "HKD 50 million", published=date(2023, 8, 29), **kwargs)
    assert message in str(raised.value)


def test_rates_of_the_wrong_type_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="rates must be a RateTable or a path to a rates CSV"):
        check("HK sets aside $6.4M", "HKD 50 million", published=date(2023, 8, 29), rates=5)  # type: ignore[arg-type]


def test_lower_case_dollar_and_a_rates_path_are_accepted() -> None:
    rates = Path(__file__).parent.parent / "data" / "fx_rates.csv"
    report = check(
        "HK sets aside $6.4M", "HKD 50 million", published=date(2023, 8, 29), rates=rates
    )
    assert report.claims[0].verdict.value == "supported"
    pinned = check(
        "HK sets aside $50M", "HKD 50 million", published=date(2023, 8, 29), dollar="hkd"
    )
    assert pinned.dollar.currency == "HKD"
    assert pinned.claims[0].verdict.value == "supported"


@pytest.mark.parametrize("zeros", [24, 26, 28])
def test_a_body_figure_far_beyond_the_claim_is_a_verdict_not_a_crash(zeros: int) -> None:
    # Hardening (issue 15, item 3): the digit-slip test rounded the converted interval with
    # Decimal.quantize, which raises InvalidOperation past 28 digits (the 28-zero case crashed).
    report = check("Firm raises $5", f"It raised ${'1' + '0' * zeros}.")
    assert [c.verdict for c in report.claims] == [Verdict.MISMATCH]


def test_a_body_figure_too_long_to_read_supports_nothing() -> None:
    # Past the extractor's digit-run limit the figure is not read at all: no value is invented.
    report = check("Firm raises $5", f"It raised ${'1' + '0' * 40}.")
    assert [c.verdict for c in report.claims] == [Verdict.UNSUPPORTED]
