"""Extraction of the figures a Hong Kong tech-funding story carries, and of common news forms.

The sentences are our own; they carry the same figures as the seed article.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from headlinecheck.currencies import AmbiguousDollar
from headlinecheck.extract import UNBOUNDED, Figure, Kind, Qualifier, extract

D = Decimal

HEADLINE = "Hong Kong Puts $6.4M Into Ledger Technology as Cyberport Houses 150+ Companies"
BODY = (
    "Since 2015 the territory has poured nearly HK$200 billion into research. "
    "Start-ups at the science park raised approximately HKD 780 million last year, "
    "and funding for Cyberport start-ups is now surpassing HKD 35.7 billion. "
    "This year's budget gives HKD 50 million for Web 3.0 work, and more than 150 related "
    "companies have moved in. The park saw a 30% rise, to 320 entities. "
    "A HKD 10 billion fund and HKD 500 million for digital pilots follow the 14th Five-Year Plan "
    "in the 2021-22 fiscal year, pushing Industry 4.0."
)


def only(text: str, **kwargs: object) -> Figure:
    figures = extract(text, **kwargs)  # type: ignore[arg-type]
    assert len(figures) == 1, figures
    return figures[0]


def by_text(figures: tuple[Figure, ...], text: str) -> Figure:
    matches = [f for f in figures if f.text == text]
    assert len(matches) == 1, (text, figures)
    return matches[0]


def test_headline_money_is_an_ambiguous_dollar_with_printed_precision() -> None:
    figures = extract(HEADLINE)
    money = figures[0]
    assert money.kind is Kind.MONEY
    assert money.text == "$6.4M"
    assert money.span == (HEADLINE.index("$6.4M"), HEADLINE.index("$6.4M") + 5)
    assert money.value == D(6_400_000)
    assert (money.low, money.high) == (D(6_350_000), D(6_450_000))
    assert money.precision == D(100_000)
    assert money.currency == AmbiguousDollar(("USD", "HKD"))
    assert money.qualifier is Qualifier.NONE


def test_headline_count_with_plus_is_open_above() -> None:
    count = extract(HEADLINE)[1]
    assert count.kind is Kind.COUNT
    assert count.text == "150+"
    assert count.value == 150
    assert (count.low, count.high) == (D(150), UNBOUNDED)
    assert count.qualifier is Qualifier.MORE_THAN
    assert count.unit_noun == "companies"
    assert count.currency is None


def test_body_figures_in_text_order() -> None:
    figures = extract(BODY)
    assert [f.text for f in figures] == [
        "HK$200 billion",
        "HKD 780 million",
        "HKD 35.7 billion",
        "HKD 50 million",
        "150",
        "30%",
        "320",
        "HKD 10 billion",
        "HKD 500 million",
    ]
    for f in figures:
        assert BODY[f.span[0] : f.span[1]] == f.text


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "qualifier"),
    [
        ("HKD 50 million", D("5e7"), D("4.95e7"), D("5.05e7"), Qualifier.NONE),
        ("HKD 10 billion", D("1e10"), D("9.5e9"), D("1.05e10"), Qualifier.NONE),
        ("HKD 500 million", D("5e8"), D("4.995e8"), D("5.005e8"), Qualifier.NONE),
        # "nearly" says below: [v - 10%, printed high)
        ("HK$200 billion", D("2e11"), D("1.8e11"), D("2.005e11"), Qualifier.APPROX),
        ("HKD 780 million", D("7.8e8"), D("7.02e8"), D("8.58e8"), Qualifier.APPROX),
        ("HKD 35.7 billion", D("3.57e10"), D("3.57e10"), UNBOUNDED, Qualifier.MORE_THAN),
    ],
)
def test_body_money(
    text: str, value: Decimal, low: Decimal, high: Decimal, qualifier: Qualifier
) -> None:
    figure = by_text(extract(BODY), text)
    assert figure.kind is Kind.MONEY
    assert figure.currency == "HKD"
    assert figure.value == value
    assert (figure.low, figure.high) == (low, high)
    assert figure.qualifier is qualifier


def test_body_counts_and_percent() -> None:
    figures = extract(BODY)
    related = by_text(figures, "150")
    assert related.qualifier is Qualifier.MORE_THAN
    assert related.unit_noun == "companies"
    assert (related.low, related.high) == (D(150), UNBOUNDED)
    entities = by_text(figures, "320")
    assert entities.unit_noun == "entities"
    assert (entities.low, entities.high) == (D("319.5"), D("320.5"))
    percent = by_text(figures, "30%")
    assert percent.kind is Kind.PERCENT
    assert percent.value == 30
    assert percent.currency is None


def test_seed_traps_yield_nothing() -> None:
    text = (
        "Since 2015, in the 2021-22 fiscal year, under the 14th Five-Year Plan, Web 3.0 and "
        "Industry 4.0 met K-pop in April 2023; call +852 2345 6789; version 1.2.3; the 3rd time."
    )
    assert extract(text) == ()
