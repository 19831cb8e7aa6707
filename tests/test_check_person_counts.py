"""Counts of people under another noun (``checking.nouns``): "three men" named again as "the
three criminals", "300 suspects" as "300 suspected criminals"; and where they are other people."""

from __future__ import annotations

from datetime import date

import pytest

from headlinecheck.checking import Verdict, check

DAY = date(2023, 11, 24)


def _verdict(headline: str, body: str, claim: str) -> Verdict:
    report = check(headline, body, published=DAY)
    (result,) = [r for r in report.claims if r.claim.text == claim]
    return result.verdict


@pytest.mark.parametrize(
    ("headline", "body", "claim"),
    [
        (
            "Court jails three men for robbery",
            "Masked men robbed her during a deal; the three criminals each got 4 years.",
            "three",
        ),
        (
            "Court jails two robbers",
            "A witness saw the robbery. The two men were jailed on Friday.",
            "two",
        ),
        (
            "Police round up 300 suspects in a day",
            "More than 300 suspected criminals were arrested in just 24 hours.",
            "300",
        ),
    ],
)
def test_the_same_people_under_another_noun_are_supported(
    headline: str, body: str, claim: str
) -> None:
    assert _verdict(headline, body, claim) is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("headline", "body", "claim"),
    [
        # Another noun of who: men are not women.
        ("Court jails three men", "The three women each got 4 years.", "three"),
        # Two nouns of what: suspects are not victims.
        ("Police hold three suspects", "The three victims were taken to hospital.", "three"),
        # No word points back at people already named.
        ("Court jails three men", "Police said three criminals fled abroad.", "three"),
        # A count of the claim's own noun comes first: "two men", not "the three victims".
        ("Three men jailed", "Two men were jailed for attacking the three victims.", "Three"),
    ],
)
def test_other_people_do_not_support_the_count(headline: str, body: str, claim: str) -> None:
    assert _verdict(headline, body, claim) is not Verdict.SUPPORTED


def test_a_generic_noun_counts_the_whole_named_before_it() -> None:
    body = "Of its 22 investors using public capital, 4 units have not disbursed any money."
    assert _verdict("Province has 4 investors yet to disburse", body, "4") is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "body",
    [
        # The whole counts something else: 4 units of 22 buyers' flats are no investors.
        "Of its 22 buyers, 4 units were sold in May.",
        # No partitive before the generic noun.
        "The 22 investors met; 4 units have not disbursed any money.",
    ],
)
def test_a_generic_noun_without_the_claims_whole_counts_nothing_of_it(body: str) -> None:
    assert _verdict("Province has 4 investors", body, "4") is not Verdict.SUPPORTED
