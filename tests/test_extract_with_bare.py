"""``extraction.extract_with_bare``: one scan gives what ``extract`` and ``bare_amounts`` give."""

from __future__ import annotations

import pytest

from headlinecheck.extraction import bare_amounts, extract, extract_with_bare

HEADLINES = [
    "Investors lost 11.13 lakh crore as Sensex falls 2%",
    "Uganda sets aside 12.3 Billion allocation for 40 schools",
    "Firm must forfeit more than half a million after $5M fine",
    "Harbour City Sets Aside $6.4M for Ledger Research as Tech Park Hosts 150+ Firms",
    "Firm raises ¥1 Trillion, HK$2.3bn and 3 million euros",
    "No numbers here at all",
    "Board approves \u200b12.3\u00adBillion for 40\u200b000 homes",  # invisible characters
]


@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("locale", [None, "de_DE", "en_IN"])
def test_one_scan_matches_both(headline: str, locale: str | None) -> None:
    figures, bare = extract_with_bare(headline, locale=locale)
    assert figures == extract(headline, locale=locale)
    assert bare == bare_amounts(headline, locale=locale)


def test_bare_amounts_found() -> None:
    _, bare = extract_with_bare(HEADLINES[1])
    assert [f.text for f in bare] == [f.text for f in bare_amounts(HEADLINES[1])]
    assert bare  # the headline has one: the test above compares something
