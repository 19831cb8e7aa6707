"""Runs of member counts (``checking.members``): which joined counts make one whole."""

from __future__ import annotations

import pytest

from headlinecheck.checking.members import member_runs
from headlinecheck.extraction import Kind, extract


def _runs(body: str) -> list[tuple[str, list[str]]]:
    counts = [f for f in extract(body) if f.kind is Kind.COUNT]
    return [(whole, [p.text for p in parts]) for whole, parts in member_runs(body, counts)]


def test_men_women_and_children_are_one_run_of_people() -> None:
    body = "The floods killed 12 men, 5 women and 3 children; 40 homes fell."
    assert _runs(body) == [("people", ["12", "5", "3"])]


def test_adults_and_children_are_people_too() -> None:
    assert _runs("It housed 30 adults and 12 children.") == [("people", ["30", "12"])]


@pytest.mark.parametrize(
    "body",
    [
        "Police arrested 15 men and 15 men more.",  # the same member twice
        "Police arrested 15 men and four officers.",  # not a member of the whole
        "Police arrested 15 men, four women and two cars.",  # the run has a non-member
        "Police arrested 15 men and then four women.",  # more than a conjunction between
        "Police arrested 15 men. Four women were freed.",  # two sentences
        "It housed 30 adults and 12 women.",  # members of two different partitions
    ],
)
def test_no_run_where_the_counts_are_not_a_whole_split(body: str) -> None:
    assert _runs(body) == []
