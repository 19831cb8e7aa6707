"""The evidence choice: the figure the claim's own words govern over a running total, and the
report's list of the other figures considered with why each lost."""

from __future__ import annotations

from headlinecheck.checking import Verdict, check
from shared import SEED_PUBLISHED

ROUND = (
    "The startup raised ¥1 billion (about US$6.4 million) in its latest round, "
    "bringing its total to ¥3.5 billion."
)


def test_the_running_total_loses_to_the_round_and_json_says_why() -> None:
    report = check("Startup Raises $1.1 Billion", ROUND, published=SEED_PUBLISHED)
    (result,) = report.claims
    assert result.verdict is Verdict.MISMATCH
    assert result.evidence is not None and result.evidence.text == "¥1 billion"
    (claim,) = report.to_dict()["claims"]
    reasons = {c["evidence"]["text"]: c["reason"] for c in claim["considered"]}
    assert reasons == {
        "¥3.5 billion": "a running total or aggregate",
        "US$6.4 million": "not governed by the claim's own words",
    }


def test_a_running_total_that_alone_fits_is_set_aside_with_a_note() -> None:
    (result,) = check("Startup raises $24 million", ROUND, published=SEED_PUBLISHED).claims
    assert result.verdict is Verdict.MISMATCH
    assert result.evidence is not None and result.evidence.text == "¥1 billion"
    assert any("running total" in note for note in result.notes)
    (total,) = [c for c in result.considered if c.evidence.text == "¥3.5 billion"]
    assert total.supported and "running total" in total.reason


def test_a_headline_that_claims_the_total_keeps_it() -> None:
    (result,) = check(
        "Startup's funding totals $24 million", ROUND, published=SEED_PUBLISHED
    ).claims
    assert result.verdict is Verdict.SUPPORTED
    assert result.evidence is not None and result.evidence.text == "¥3.5 billion"


def test_a_supported_claim_says_why_the_others_lost() -> None:
    (result,) = check("Startup raises $6.8 million", ROUND, published=SEED_PUBLISHED).claims
    assert result.verdict is Verdict.SUPPORTED
    assert result.evidence is not None and result.evidence.text == "¥1 billion"
    reasons = {c.evidence.text: (c.supported, c.reason) for c in result.considered}
    assert reasons == {
        "¥3.5 billion": (False, "does not support the claim"),
        # "about US$6.4 million" reaches USD 6.8 million too, but less closely.
        "US$6.4 million": (True, "further from the claim's stated value"),
    }
    assert not result.parts
