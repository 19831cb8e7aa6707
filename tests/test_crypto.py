"""Crypto-assets: money with their ticker for a currency, no ISO 4217 code, never converted."""

from __future__ import annotations

from datetime import date

import pytest

import headlinecheck as hc
from headlinecheck.currencies import CODES, CRYPTO, is_crypto


def test_tickers_are_kept_out_of_iso_4217() -> None:
    assert "BTC" in CRYPTO and is_crypto("BTC")
    assert not CRYPTO & CODES
    assert not is_crypto("USD")


def test_a_btc_claim_is_supported_by_a_btc_figure_only() -> None:
    day = date(2024, 1, 10)
    same = hc.check("ETF draws 10,000 BTC", "The fund drew 10,000 bitcoins.", published=day)
    assert same.claims[0].verdict.value == "supported"
    slip = hc.check("ETF draws 12,000 BTC", "The fund drew 10,000 BTC.", published=day)
    assert slip.claims[0].verdict.value == "mismatch"
    dollars = hc.check("ETF draws 10,000 BTC", "The fund drew $600 million.", published=day)
    assert dollars.claims[0].verdict.value != "supported"


def test_a_rate_for_a_crypto_asset_says_it_is_never_converted(bundled_table: hc.RateTable) -> None:
    from headlinecheck.errors import UnknownCurrency

    with pytest.raises(UnknownCurrency) as raised:
        bundled_table.rate("btc", "USD", date(2024, 1, 10))
    assert "'btc' is a crypto-asset (bitcoin), not a currency of ISO 4217" in str(raised.value)
    with pytest.raises(UnknownCurrency, match=r"unknown currency 'XYZ' \(not in ISO 4217\)"):
        bundled_table.rate("XYZ", "USD", date(2024, 1, 10))


def test_the_rates_command_names_a_crypto_asset(capsys: pytest.CaptureFixture[str]) -> None:
    from headlinecheck import cli

    assert cli.main(["rates", "show", "BTC", "USD", "--date", "2024-01-10"]) == 2
    err = capsys.readouterr().err
    assert "crypto-asset (bitcoin)" in err and "Traceback" not in err
