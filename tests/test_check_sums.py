"""Sums of parts (``checking.sums``): a headline total backed by the parts a sentence or list
gives, converted like any body figure; and no sum where the text presents none."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from headlinecheck.checking import Verdict, check
from headlinecheck.checking.sums import MAX_PARTS, holds_its_total, runs, sum_figure
from headlinecheck.extraction import extract
from headlinecheck.rates import RateTable
from test_check_properties import _marker, scenarios, two_digits, written

PLACES = ("Hong Kong", "Shenzhen", "Macau", "Singapore")


@st.composite
def parts(draw: st.DrawFn) -> tuple[str, str, list[Decimal], date]:
    source, target, first, day = draw(scenarios())
    more = draw(st.lists(st.integers(1, 999), min_size=1, max_size=MAX_PARTS - 1))
    scale = draw(st.sampled_from((Decimal(10) ** 6, Decimal(10) ** 7, Decimal(10) ** 8)))
    return source, target, [first, *(Decimal(n) * scale for n in more)], day


def _body(source: str, amounts: list[Decimal], symbol: bool, joiner: str) -> str:
    spent = [
        f"{_marker(source, symbol)}{written(a)} in {place}"
        for a, place in zip(amounts, PLACES, strict=False)
    ]
    return f"The group will invest {joiner.join(spent)}."


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts(), st.booleans())
def test_a_sum_of_parts_converted_and_rounded_to_two_digits_is_supported(
    bundled_table: RateTable, scenario: tuple[str, str, list[Decimal], date], symbol: bool
) -> None:
    source, target, amounts, day = scenario
    # Parts that happen to hold their own total are no sum (see holds_its_total).
    assume(not holds_its_total(extract(_body(source, amounts, symbol, ", "))))
    body = _body(source, amounts, symbol, " and ")
    total = two_digits(sum(amounts) * bundled_table.rate(source, target, day).value)
    headline = f"Group to invest {_marker(target, symbol, source)}{written(total)} in total"
    (result,) = check(headline, body, published=day, rates=bundled_table).claims
    assert result.verdict is Verdict.SUPPORTED, (body, result.message)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts(), st.booleans())
def test_parts_in_separate_sentences_are_never_summed(
    bundled_table: RateTable, scenario: tuple[str, str, list[Decimal], date], symbol: bool
) -> None:
    source, target, amounts, day = scenario
    sentences = [
        f"The group will invest {_marker(source, symbol)}{written(a)} in {place}."
        for a, place in zip(amounts, PLACES, strict=False)
    ]
    total = two_digits(sum(amounts) * bundled_table.rate(source, target, day).value)
    headline = f"Group to invest {_marker(target, symbol, source)}{written(total)} in total"
    (result,) = check(headline, " ".join(sentences), published=day, rates=bundled_table).claims
    assert not any(note.startswith("sum of") for note in result.notes), result.message


def test_the_sum_interval_is_the_stated_values_not_the_roundings() -> None:
    figures = extract("$2 billion for roads, $2 billion for rail and $1 billion for ports")
    total = sum_figure(figures)
    assert (total.low, total.value, total.high) == (
        Decimal("4.5E9"),
        Decimal("5E9"),
        Decimal("5.5E9"),
    )
    assert total.text == "$2 billion + $2 billion + $1 billion"
    assert total.span == (figures[0].span[0], figures[-1].span[1])


def test_the_search_is_bounded() -> None:
    figures = extract(", ".join(f"${n} million" for n in range(1, 41)))
    # Forty figures in one sentence: no whole-sentence sum (over MAX_PARTS), and a counted run
    # of two is tried at each of the 39 places only.
    assert list(runs(figures, frozenset())) == []
    assert len(list(runs(figures, frozenset({2})))) == 39


def test_a_total_and_its_parts_are_no_sum() -> None:
    assert holds_its_total(extract("$3 billion, $2 billion and $5 billion"))
    assert holds_its_total(extract("$3.1 billion, $2.1 billion and $5.3 billion"))
    assert not holds_its_total(extract("$2 billion, $2 billion and $1 billion"))
    assert not holds_its_total(extract("$3 billion and $3 billion"))
