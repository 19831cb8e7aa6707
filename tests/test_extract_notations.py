"""The world's money notations (issue 10's acceptance table): every case reads exactly its value
and currency, or no money at all. Cases live in tests/corpus/extract/world_money.yaml (its keys:
tests/corpus/README.md)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import corpus_cases
import headlinecheck as hc

CASES = corpus_cases.cases("extract/world_money.yaml")


def _label(case: corpus_cases.Case) -> str:
    return f"{case['text']}@{case.get('locale') or '-'}"


def test_the_table_holds_at_least_a_hundred_tricky_strings() -> None:
    assert len(CASES) >= 100
    assert sum(1 for case in CASES if case.get("none") == "money") >= 15


@pytest.mark.parametrize("case", CASES, ids=_label)
def test_notation(case: corpus_cases.Case) -> None:
    # `money: none` in world_money.yaml is the loader's `none: money`: no money in the text.
    # Any other case states the first money figure's value and currency.
    assert case.get("none") == "money" or {"value", "currency"} <= set(case), case.where
    corpus_cases.assert_figure(case)


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("Death toll in floods hits 800", "800", "killed"),
        ("Quake death toll exceeds 12,000", "12000", "killed"),
        ("Death toll from landslides, floods climbs to 85", "85", "killed"),
        ("Police arrest 283 in raids", "283", "arrested"),
        ("Police detain 11 after protest", "11", "arrested"),
        ("DEATH TOLL FROM NIKA, OFEL CLIMBS TO 14 – AGENCY", "14", "killed"),
        ("Mudslide Death Toll Now 24, with More Missing", "24", "killed"),
        ("deaths from the quake hit 94, officials said", "94", "killed"),
    ],
)
def test_headline_counts_of_people_without_a_noun(text: str, value: str, noun: str) -> None:
    [figure] = hc.extract(text)
    assert (figure.value, figure.unit_noun) == (Decimal(value), noun)


def test_a_toll_road_is_no_death_toll() -> None:
    assert [f.unit_noun for f in hc.extract("Toll road fees rise to 5 dollars")] == [None]


def test_an_arrest_count_is_checked_against_the_people_arrested() -> None:
    supported = hc.check("Police arrest 11 in raids", "Officers arrested 11 people on Monday.")
    assert [c.verdict.value for c in supported.claims] == ["supported"]
    other = hc.check("Police arrest 11 in raids", "The raids left 11 people injured.")
    assert [c.verdict.value for c in other.claims] != ["supported"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a 9,61% tariff increase", "9.61"),
        ("asked for 20,5%.", "20.5"),
        ("2 point 5 percent", "2.5"),
    ],
)
def test_percentages_with_a_decimal_comma_or_a_spoken_point(text: str, value: str) -> None:
    [figure] = hc.extract(text)
    assert (figure.kind.value, figure.value) == ("percent", Decimal(value))


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Law and Justice wins a 460-seat parliament", "seat"),
        ("a 12-member panel will decide", "member"),
        ("a 24-hour strike began", None),
        ("a 100-metre dash", None),
        ("a 3-year-old boy", None),
        ("the 737-800 jet", None),
    ],
)
def test_a_hyphenated_count_compound_counts_its_noun(text: str, noun: str | None) -> None:
    assert [f.unit_noun for f in hc.extract(text)] == ([noun] if noun else [])


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Deals surge past AED 22 billion", "more_than"),
        ("Market crosses $1 trillion", "more_than"),
        ("over the past $5 million", "none"),
        ("Investors lost ~$5m", "approx"),
        ("Investors lost ~ $5m", "approx"),
    ],
)
def test_qualifiers_of_money(text: str, qualifier: str) -> None:
    [figure] = hc.extract(text)
    assert figure.qualifier.value == qualifier
