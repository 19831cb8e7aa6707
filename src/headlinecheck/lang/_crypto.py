"""Crypto-assets: the tickers, signs and words news desks write for them ("ETF draws 10,000 BTC",
"₿21,000,000", "10,000 bitcoins", "2 satoshis").

They are **not currencies of ISO 4217**: no central bank issues them and the ECB publishes no
reference rate for them. An amount in one is read as money with the asset's ticker as its
currency ("BTC"), kept apart from the ISO codes (``currencies.CODES`` never holds them), so the
rate table never converts one: a BTC claim is supported by a BTC figure only, and a BTC figure
against a dollar one is reported as unconvertible (docs/extraction.md, "Crypto-assets").

Language-neutral data: the tickers and signs are the same in every language, and "bitcoin" is
written so in most; Chinese names are in ``lang.zh`` (比特币).
"""

from __future__ import annotations

from collections.abc import Mapping

#: Ticker -> the asset's name: every crypto-asset this project reads.
ASSETS: Mapping[str, str] = {
    "BTC": "bitcoin",
    "ETH": "ether",
    "USDT": "tether",
    "USDC": "USD coin",
    "XRP": "XRP",
    "LTC": "litecoin",
}
#: Tickers as written, in capitals only ("XBT" is bitcoin's other ticker) -> the asset. Left
#: out: those that are words or other names in capitals ("SOL", "DOT", "DOGE", "LINK").
TICKERS: Mapping[str, str] = {
    "BTC": "BTC",
    "XBT": "BTC",
    "ETH": "ETH",
    "USDT": "USDT",
    "USDC": "USDC",
    "XRP": "XRP",
    "LTC": "LTC",
}
#: Signs (Unicode currency symbols) -> the asset. Left out: "Ξ" and "Ł", letters of Greek and
#: Polish text.
SIGNS: Mapping[str, str] = {"₿": "BTC"}
#: Words read after a number only ("10,000 bitcoins"; "Bitcoin 2024" is a conference).
WORDS: Mapping[str, str] = {"bitcoin": "BTC", "bitcoins": "BTC"}
#: Sub-units -> (asset, how many make one), after a number only ("2 satoshis").
SUBUNITS: Mapping[str, tuple[str, int]] = {
    "satoshi": ("BTC", 10**8),
    "satoshis": ("BTC", 10**8),
}
