"""Ambiguous signs follow the article (issue 11, item 8): the headline's ¥ is read as the body
reads ¥, a currency setting pins the signs it can be, and one that pins none is refused."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from headlinecheck.checking import Options, check
from headlinecheck.checking.signs import pinned_signs
from headlinecheck.errors import ConfigError
from headlinecheck.rates import RateTable

ON = date(2024, 3, 5)


def test_the_headline_yen_sign_follows_a_beijing_body(bundled_table: RateTable) -> None:
    body = "BEIJING, March 5 - The cabinet unveiled a ¥1 trillion plan, 600 billion yuan for rail."
    report = check("China unveils ¥1 Trillion plan", body, published=ON, rates=bundled_table)
    (result,) = report.claims
    assert result.verdict.value == "supported", result.message
    assert result.claim_currency == "CNY"
    signs = report.to_dict()["dollar"]["signs"]
    assert signs[0]["sign"] == "¥" and signs[0]["currency"] == "CNY"


def test_a_mainland_dateline_alone_makes_the_headline_yen_sign_the_yuan(
    bundled_table: RateTable,
) -> None:
    body = "BEIJING - The plan is worth $140 billion, officials said."
    (result,) = check(
        "China unveils ¥1 Trillion plan", body, published=ON, rates=bundled_table
    ).claims
    assert result.claim_currency == "CNY"
    assert result.verdict.value == "supported", result.message


def test_without_a_hint_the_yen_sign_stays_the_yen(bundled_table: RateTable) -> None:
    body = "The plan is worth $6.7 billion, officials said."
    (result,) = check("Plan worth ¥1 Trillion", body, published=ON, rates=bundled_table).claims
    assert result.claim_currency == "JPY"
    assert result.verdict.value == "supported", result.message


@pytest.mark.parametrize(("pin", "currency"), [("CNY", "CNY"), ("JPY", "JPY"), ("cny", "CNY")])
def test_a_currency_setting_pins_the_yen_sign(
    bundled_table: RateTable, pin: str, currency: str
) -> None:
    body = "The plan is worth ¥1 trillion, officials said."
    report = check("Plan worth ¥1 Trillion", body, published=ON, rates=bundled_table, dollar=pin)
    (result,) = report.claims
    assert result.claim_currency == currency
    assert result.evidence_currency == currency
    # ... and leaves the bare $ to the article's own reading.
    assert report.dollar.source.value == "default"


def test_a_dollar_setting_still_pins_the_dollar(bundled_table: RateTable) -> None:
    report = check("Fund gets $50M", "It gets HK$50 million.", published=ON, dollar="HKD")
    assert report.dollar.source.value == "pinned"
    assert report.claims[0].verdict.value == "supported"


@pytest.mark.parametrize("code", ["INR", "SEK", "MXN", "CNY", "HKD", "CHF"])
def test_a_setting_some_sign_can_be_is_accepted(code: str) -> None:
    assert Options(dollar=code).dollar == code
    assert pinned_signs(code)


@pytest.mark.parametrize("code", ["EUR", "THB", "PLN"])
def test_a_currency_setting_that_affects_nothing_is_refused(code: str) -> None:
    with pytest.raises(ConfigError, match=f"dollar {code} would change nothing"):
        check("Plan worth $1 billion", "It is worth $1 billion.", dollar=code)


def test_a_front_matter_currency_that_affects_nothing_is_an_input_error(tmp_path: Path) -> None:
    head = '---\ntitle: "City Sets Aside $6.4M"\ndate: 2023-08-29\n'
    body = "---\n\nThe city set aside HKD 50 million.\n"
    (tmp_path / "a.md").write_text(head + "currency: EUR\n" + body, "utf-8")
    (tmp_path / "b.md").write_text(head + "currency: CNY\n" + body, "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "headlinecheck", "check", "."],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith(("a.md", "b.md"))]
    (refused,) = [line for line in lines if line.startswith("a.md")]
    assert refused.startswith("a.md:4:") and "HC907" in refused and "EUR" in refused
    # CNY pins the ¥ (none here), not the $: the bare $ keeps the article's reading (USD).
    assert not any("HC907" in line for line in lines if line.startswith("b.md")), lines


@pytest.mark.parametrize(
    ("locale", "currency"),
    [("zh_CN", "CNY"), ("zh_Hant_CN", "CNY"), ("bo_CN", "CNY"), ("ja_JP", "JPY")],
)
def test_a_locale_of_the_yen_or_yuan_reads_the_sign(
    bundled_table: RateTable, locale: str, currency: str
) -> None:
    body = "The plan is worth ¥1 trillion, officials said."
    report = check("Plan worth ¥1 Trillion", body, published=ON, rates=bundled_table, locale=locale)
    (result,) = report.claims
    assert (result.claim_currency, result.evidence_currency) == (currency, currency)
    assert result.verdict.value == "supported", result.message
