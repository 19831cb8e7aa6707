"""Today's articles (issue 11, item 5): past the rate table's end its latest rate stands in,
within the horizon, with the tolerance widened by the pair's own moves; beyond it, HC123."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from headlinecheck.checking import Options, check, check_figures
from headlinecheck.checking.horizon import movement
from headlinecheck.errors import ConfigError
from headlinecheck.extraction import extract
from headlinecheck.rates import RateTable

HEADLINE = "Hong Kong firm posts $2 billion profit"
BODY = "The firm posted a profit of HK$15.6 billion for the year."


def _after(bundled_table: RateTable, days: int) -> date:
    return bundled_table.coverage[1] + timedelta(days=days)


def test_the_pegged_dollar_moves_less_than_the_yen(bundled_table: RateTable) -> None:
    hkd = movement(bundled_table, "USD", "HKD", 30)
    jpy = movement(bundled_table, "USD", "JPY", 30)
    assert Decimal(0) < hkd < Decimal("0.015") < jpy < Decimal("0.2")
    # Longer gaps, larger moves: the percentile over a year exceeds that over a week.
    assert (
        movement(bundled_table, "USD", "JPY", 7) < jpy < movement(bundled_table, "USD", "JPY", 365)
    )


def test_the_movement_is_computed_once_per_pair_and_gap(bundled_table: RateTable) -> None:
    calls: list[tuple[str, str]] = []

    class Counting:
        coverage = bundled_table.coverage

        def rate(self, base: str, quote: str, on: date) -> object:
            return bundled_table.rate(base, quote, on)

        def rate_range(self, base: str, quote: str, start: date, end: date) -> object:
            return bundled_table.rate_range(base, quote, start, end)

        def rates_between(self, base: str, quote: str, start: date, end: date) -> object:
            calls.append((base, quote))
            return bundled_table.rates_between(base, quote, start, end)

    source = Counting()
    first = movement(source, "USD", "SGD", 20)  # type: ignore[arg-type]
    again = movement(source, "USD", "SGD", 20)  # type: ignore[arg-type]
    other = movement(source, "USD", "SGD", 40)  # type: ignore[arg-type]
    assert first == again and other > 0
    assert calls == [("USD", "SGD")]  # one history scan serves every gap


def test_within_the_horizon_the_latest_rate_stands_in_and_says_so(bundled_table: RateTable) -> None:
    report = check(HEADLINE, BODY, published=_after(bundled_table, 32), rates=bundled_table)
    (result,) = report.claims
    assert result.verdict.value == "supported", result.message
    assert result.rate is not None and result.rate.used == bundled_table.coverage[1]
    assert f"rate of {bundled_table.coverage[1].isoformat()}, 32 days earlier" in result.message
    data = report.to_dict()["claims"][0]["rate_age"]
    assert data["days"] == 32 and data["beyond_horizon"] is False
    assert Decimal(data["movement"]) == movement(bundled_table, "HKD", "USD", 32)


def test_beyond_the_horizon_a_converted_claim_is_unsupported_loudly(
    bundled_table: RateTable,
) -> None:
    (result,) = check(
        HEADLINE, BODY, published=_after(bundled_table, 61), rates=bundled_table
    ).claims
    assert result.verdict.value == "unsupported"
    assert result.beyond_horizon
    assert "beyond the 60-day rate horizon" in result.message


@pytest.mark.parametrize(("horizon", "beyond"), [(0, True), (30, True), (31, False), (200, False)])
def test_the_horizon_is_an_option(bundled_table: RateTable, horizon: int, beyond: bool) -> None:
    options = Options(rate_horizon_days=horizon)
    report = check_figures(
        HEADLINE,
        BODY,
        extract(HEADLINE),
        extract(BODY),
        published=_after(bundled_table, 31),
        rates=bundled_table,
        options=options,
    )
    (result,) = report.claims
    assert result.beyond_horizon is beyond, result.message
    assert report.to_dict()["options"]["rate_horizon_days"] == horizon


@pytest.mark.parametrize("bad", [-1, True, "60"])
def test_a_bad_horizon_is_refused(bad: object) -> None:
    with pytest.raises(ConfigError, match="rate_horizon_days"):
        Options(rate_horizon_days=bad)  # type: ignore[arg-type]


def test_a_date_inside_the_table_is_untouched(bundled_table: RateTable) -> None:
    (result,) = check(
        HEADLINE, BODY, published=bundled_table.coverage[1], rates=bundled_table
    ).claims
    assert result.rate_age is None and "days earlier" not in result.message


def test_the_quiet_pre_commit_run_shows_the_beyond_horizon_finding(
    tmp_path: Path, bundled_table: RateTable
) -> None:
    day = _after(bundled_table, 120).isoformat()
    (tmp_path / "a.md").write_text(f'---\ntitle: "{HEADLINE}"\ndate: {day}\n---\n\n{BODY}\n')
    done = subprocess.run(
        [sys.executable, "-m", "headlinecheck", "check", "-q", "a.md"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "HC123" in done.stdout and "beyond the 60-day rate horizon" in done.stdout


@pytest.mark.parametrize("days", [32, 95])
def test_a_report_with_a_rate_age_validates_against_the_documented_schema(
    bundled_table: RateTable, days: int
) -> None:
    import jsonschema

    from test_check_schema import documented_schema

    data = check(
        HEADLINE, BODY, published=_after(bundled_table, days), rates=bundled_table
    ).to_dict()
    jsonschema.Draft202012Validator(documented_schema()).validate(data)
    assert data["claims"][0]["rate_age"]["beyond_horizon"] is (days > 60)


def test_beyond_the_horizon_a_rate_the_article_states_still_serves(
    bundled_table: RateTable,
) -> None:
    body = "The firm posted a profit of HK$15.6 billion. ($1 = 7.80 Hong Kong dollars)"
    (result,) = check(
        HEADLINE, body, published=_after(bundled_table, 120), rates=bundled_table
    ).claims
    assert result.verdict.value == "supported", result.message
    assert not result.beyond_horizon and "rate stated in the article" in result.message


def test_a_pair_the_table_never_had_is_no_horizon_finding(bundled_table: RateTable) -> None:
    body = "The firm posted a profit of AED 7.3 billion."
    (result,) = check(
        "Dubai firm posts $2 billion profit", body, published=_after(bundled_table, 120)
    ).claims
    assert result.verdict.value == "unsupported"
    assert not result.beyond_horizon, result.message


@pytest.mark.parametrize(("horizon", "beyond"), [(30, True), (31, False)])
def test_check_takes_the_horizon_too(bundled_table: RateTable, horizon: int, beyond: bool) -> None:
    report = check(
        HEADLINE,
        BODY,
        published=_after(bundled_table, 31),
        rates=bundled_table,
        rate_horizon_days=horizon,
    )
    (result,) = report.claims
    assert result.beyond_horizon is beyond, result.message
