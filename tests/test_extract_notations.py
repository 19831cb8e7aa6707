"""The world's money notations (issue 10's acceptance table): every case reads exactly its value
and currency, or no money at all. Cases live in tests/corpus/extract/world_money.yaml (its keys:
tests/corpus/README.md). The other one-figure cases (counts of people, decimal-comma percentages,
hyphenated counts, qualifiers of money) are in tests/corpus/extract/<rule set>.yaml."""

from __future__ import annotations

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


def test_a_toll_road_is_no_death_toll() -> None:
    assert [f.unit_noun for f in hc.extract("Toll road fees rise to 5 dollars")] == [None]


def test_an_arrest_count_is_checked_against_the_people_arrested() -> None:
    supported = hc.check("Police arrest 11 in raids", "Officers arrested 11 people on Monday.")
    assert [c.verdict.value for c in supported.claims] == ["supported"]
    other = hc.check("Police arrest 11 in raids", "The raids left 11 people injured.")
    assert [c.verdict.value for c in other.claims] != ["supported"]
