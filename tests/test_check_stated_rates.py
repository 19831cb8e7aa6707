"""Article-stated rates (issue 11, item 4): for a pair the rate table lacks, the article's own
conversion or stated rate converts its other figures, and the report says so."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from headlinecheck.checking import Verdict, check
from headlinecheck.checking.body_rates import ARTICLE
from headlinecheck.rates import RateTable

ON = date(2024, 3, 5)


def _digits(value: Decimal, digits: int) -> Decimal:
    exponent = value.adjusted() - digits + 1
    return value.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rate=st.decimals(Decimal("1.5"), Decimal("2000"), places=4),
    stated=st.integers(10, 999),
    other=st.integers(10, 999),
)
def test_a_figure_converted_at_the_stated_rate_and_rounded_is_supported(
    bundled_table: RateTable, rate: Decimal, stated: int, other: int
) -> None:
    """Any rate, a conversion stated to three digits, another figure of that currency: the
    other converted at the stated conversion and rounded to two digits is supported."""
    dollars = _digits(Decimal(stated) / rate, 3)
    body = (
        f"The fund raised KES {stated} billion (${_plain(dollars)} billion) last year. "
        f"It now holds KES {other} billion."
    )
    claim = _digits(Decimal(other) * dollars / stated, 2)
    headline = f"Kenyan fund holds ${_plain(claim)} billion"
    (result,) = check(headline, body, published=ON, rates=bundled_table).claims
    assert result.verdict is Verdict.SUPPORTED, result.message
    assert result.rate is not None and result.rate.source == ARTICLE
    assert "rate table has none for KES/USD" in result.message


def test_the_json_report_names_the_article_as_the_rates_source(bundled_table: RateTable) -> None:
    body = "It keeps AED 10 billion of assets. ($1 = 3.6725 UAE dirhams)"
    report = check("Emaar keeps $2.7 billion of assets", body, published=ON, rates=bundled_table)
    (claim,) = report.to_dict()["claims"]
    assert claim["rate"]["source"] == ARTICLE
    assert (claim["rate"]["base"], claim["rate"]["quote"]) == ("AED", "USD")
    assert abs(Decimal(claim["rate"]["value"]) * Decimal("3.6725") - 1) < Decimal("1e-9")
    assert any("the article's own “$1” = “3.6725 UAE dirhams”" in n for n in claim["notes"])


def test_a_stated_rate_is_never_evidence_itself(bundled_table: RateTable) -> None:
    body = "It keeps AED 10 billion of assets. ($1 = 3.6725 UAE dirhams)"
    (result,) = check("Emaar keeps $1", body, published=ON, rates=bundled_table).claims
    assert result.evidence is not None and result.evidence.text != "$1"
    assert result.verdict is Verdict.MISMATCH


def test_an_approximate_conversion_states_no_rate(bundled_table: RateTable) -> None:
    body = "The fund raised KES 390 billion (about $3 billion). It now holds KES 130 billion."
    report = check("Kenyan fund holds $1 billion", body, published=ON, rates=bundled_table)
    (result,) = report.claims
    assert result.rate is None and ARTICLE not in result.message, result.message
