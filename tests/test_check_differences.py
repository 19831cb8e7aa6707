"""A headline change backed by two levels the body links (``headlinecheck.checking.differences``):
tests/corpus/check/units/differences.yaml."""

from __future__ import annotations

from datetime import date

import pytest

from corpus_cases import rows
from headlinecheck.checking import check
from headlinecheck.checking.differences import claims_change
from headlinecheck.extraction import extract
from headlinecheck.rates import RateTable


@pytest.mark.parametrize(
    ("headline", "body", "verdict", "evidence"), rows("check/units/differences.yaml")
)
def test_difference_of_two_levels(
    headline: str, body: str, verdict: str, evidence: str | None, bundled_table: RateTable
) -> None:
    report = check(headline, body, published=date(2024, 6, 4), rates=bundled_table)
    result = report.claims[0]
    assert result.verdict.value == verdict, result.message
    is_difference = result.evidence is not None and " − " in result.evidence.text
    assert (result.evidence.text if is_difference and result.evidence else None) == evidence
    if evidence is not None:
        assert any(note.startswith("difference of 2 levels: ") for note in result.notes)


@pytest.mark.parametrize(
    ("headline", "change"),
    [
        ("Budget to reduce by UGX 700b", True),
        ("Firm adds $2bn to its fund", True),
        ("Government to spend ₹4.5 lakh crore more", True),
        ("Startup raises $5 million", False),  # a level: what it raised
        ("Exports rise to $12 billion", False),  # the level reached
        ("More than $5 million for schools", False),
    ],
)
def test_a_change_is_claimed_by_the_words_around_the_figure(headline: str, change: bool) -> None:
    claim = next(f for f in extract(headline) if f.kind.value == "money")
    assert claims_change(headline, claim) is change
