"""Signs and words several currencies share, read by the place the article is about
(``headlinecheck.checking.places``): tests/corpus/check/units/shared_currency_words.yaml."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from corpus_cases import rows
from headlinecheck.checking import check
from headlinecheck.checking.places import ArticlePlace, dateline
from headlinecheck.currencies import AmbiguousDollar
from headlinecheck.extraction import Figure
from headlinecheck.rates import RateTable

PUBLISHED = date(2024, 6, 4)


def _written(figure: Figure) -> str | None:
    """The figure's currency code, or the sign the article's reading settles ("$", "Sh")."""
    currency = figure.currency
    return currency.symbol if isinstance(currency, AmbiguousDollar) else currency


@pytest.mark.parametrize(
    ("headline", "body", "settings", "verdict", "claim", "evidence", "reading"),
    rows("check/units/shared_currency_words.yaml"),
)
def test_shared_word_is_read_by_the_article(
    headline: str,
    body: str,
    settings: dict[str, Any],
    verdict: str,
    claim: str,
    evidence: str | None,
    reading: str | None,
    bundled_table: RateTable,
) -> None:
    report = check(headline, body, published=PUBLISHED, rates=bundled_table, **settings)
    result = report.claims[0]
    assert result.verdict.value == verdict, result.message
    assert _written(result.claim) == claim
    assert (None if result.evidence is None else _written(result.evidence)) == evidence
    reasons = [why for _, _, why in report.dollar.signs]
    if reading is None:
        assert not reasons, reasons
    else:
        assert any(reading in why for why in reasons), reasons


def test_a_place_named_in_another_name_counts_once() -> None:
    # "South Sudan" is not also "Sudan", nor "New Delhi" also "Delhi".
    place = ArticlePlace("South Sudan and New Delhi", "Juba")
    assert place.named("pounds", ("SDG", "SSP")) == (
        "SSP",
        "pounds is read as SSP: the article names South Sudan twice, "
        "and no place of its other currencies.",
    )
    assert place.named("rupees", ("INR", "PKR")) is not None
    # A place inside a longer word is none: "Indiana" names no India.
    assert ArticlePlace("Indiana farmers", "").named("rupees", ("INR", "PKR")) is None


def test_a_dateline_is_an_upper_case_place_opening_the_body() -> None:
    assert dateline("  ISLAMABAD: text") == ("ISLAMABAD", False)
    assert dateline("KARACHI, May 2 (Reuters) - text") == ("KARACHI", True)
    assert dateline("Islamabad said on Monday") is None
