"""Headline amounts with no unit ("12.3 Billion allocation"): checked only where the body settles
what they are, and never a mismatch."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import headlinecheck as hc


def _verdicts(headline: str, body: str) -> list[tuple[str, str]]:
    report = hc.check(headline, body)
    return [(c.claim.text, c.verdict.value) for c in report.claims]


def test_a_bare_amount_takes_the_currency_of_the_body_figure_it_meets() -> None:
    report = hc.check(
        "Citizens condemn 12.3 Billion allocation for renovation",
        "The office is seeking 12.33 billion shillings to renovate the residence.",
    )
    [claim] = report.claims
    assert (claim.claim.text, claim.verdict.value) == ("12.3 Billion", "supported")
    assert claim.claim.kind.value == "money"
    assert "names no currency" in claim.message


def test_two_bare_amounts_are_compared_as_numbers() -> None:
    assert _verdicts(
        "Investors lost 11.13 lakh crore in a month",
        "Since the record high the index has shed 5,498 points, a loss of 11.13 lakh crore.",
    ) == [("11.13 lakh crore", "supported")]
    assert _verdicts(
        "Launderer must forfeit more than half a million",
        "The court ordered him to forfeit half a million to the Crown.",
    ) == [("half a million", "supported")]


def test_a_bare_amount_the_body_does_not_settle_is_left_out() -> None:
    assert (
        _verdicts("Budget cut by 12.3 billion", "The budget was cut by 4 billion shillings.") == []
    )
    assert _verdicts("Budget cut by 12.3 billion", "The minister spoke on Tuesday.") == []


def test_a_bare_amount_across_two_currencies_is_left_out() -> None:
    body = "It spent 12.3 billion yen and 12.3 billion won on the project."
    assert _verdicts("Firm spends 12.3 billion", body) == []


@settings(max_examples=60, deadline=None)
@given(
    claim=st.integers(min_value=1, max_value=999),
    evidence=st.integers(min_value=1, max_value=999),
    magnitude=st.sampled_from(["million", "billion", "crore"]),
)
def test_a_bare_amount_is_never_a_mismatch(claim: int, evidence: int, magnitude: str) -> None:
    report = hc.check(
        f"Council sets aside {claim} {magnitude} for roads",
        f"The council set aside {evidence} {magnitude} rupees for roads.",
    )
    verdicts = {c.verdict.value for c in report.claims}
    assert verdicts <= {"supported"}
    assert (verdicts == {"supported"}) == (claim == evidence)
    for c in report.claims:
        assert (
            c.claim.value
            == Decimal(claim) * Decimal(10) ** {"million": 6, "billion": 9, "crore": 7}[magnitude]
        )
