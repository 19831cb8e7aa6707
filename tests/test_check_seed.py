"""The seed article end to end: real extraction, the bundled ECB table, published 2023-08-29."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from corpus_cases import rows
from headlinecheck.articles import load
from headlinecheck.checking import Diagnosis, DollarSource, Report, Verdict, check
from headlinecheck.rates import RateTable
from shared import SEED_PUBLISHED

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "hong-kong-web3-budget.md"
SEED_HEADLINE = (
    "Hong Kong Allocates $6.4M to Accelerate Blockchain Development as Hong Kong Cyberport "
    "Welcomes 150+ Companies in the Web3/Blockchain Sector"
)
VARIANT = (
    "Hong Kong Allocates {} to Accelerate Blockchain Development as Hong Kong Cyberport "
    "Welcomes 150+ Companies in the Web3/Blockchain Sector"
)


@pytest.fixture(scope="module")
def body() -> str:
    (article,) = load(EXAMPLE)
    assert article.headline == SEED_HEADLINE
    assert article.published == SEED_PUBLISHED
    return article.body


def _run(headline: str, body: str, bundled_table: RateTable) -> Report:
    return check(headline, body, published=SEED_PUBLISHED, rates=bundled_table)


def test_seed_checks_clean(body: str, bundled_table: RateTable) -> None:
    report = _run(SEED_HEADLINE, body, bundled_table)
    assert report.ok
    money, companies = report.claims
    assert money.claim.text == "$6.4M"
    assert money.verdict is Verdict.SUPPORTED
    assert money.evidence is not None and money.evidence.text == "HKD 50 million"
    assert money.claim_currency == "USD" and money.evidence_currency == "HKD"
    assert report.dollar.source is DollarSource.DEFAULT
    # The ECB cross rate of the day itself (a Tuesday), triangulated through the euro.
    rate = bundled_table.rate("HKD", "USD", SEED_PUBLISHED)
    assert money.rate == rate
    assert money.converted == (Decimal(49500000) * rate.value, Decimal(50500000) * rate.value)
    assert Decimal("6.30e6") < money.converted[0] < money.converted[1] < Decimal("6.45e6")
    assert money.difference is not None and abs(money.difference) < Decimal("0.01")
    assert companies.verdict is Verdict.SUPPORTED
    evidence = companies.evidence
    assert evidence is not None
    # Of "more than 150 related companies ... at Cyberport" and "over 150 companies" (another
    # body sentence), the one about Cyberport, like the headline's clause, wins.
    assert body[evidence.span[0] - 10 : evidence.span[1] + 18] == "more than 150 related companies"
    assert companies.rate is None


@pytest.mark.parametrize(
    ("claim", "verdict", "diagnosis"), rows("check/seed/headline_variants.yaml")
)
def test_seed_headline_variants(
    body: str, bundled_table: RateTable, claim: str, verdict: str, diagnosis: str | None
) -> None:
    want = Verdict(verdict)
    report = _run(VARIANT.format(claim), body, bundled_table)
    result = report.claims[0]
    assert claim.endswith(result.claim.text) or result.claim.text in claim
    assert result.verdict is want, result.message
    assert result.diagnosis is (None if diagnosis is None else Diagnosis[diagnosis]), result.message
    # The right body figure wins by construction, whatever the distractors.
    assert result.evidence is not None and result.evidence.text == "HKD 50 million"
    assert report.ok is (want is Verdict.SUPPORTED)
    if want is Verdict.MISMATCH:
        # In the claim's own precision: "$390M" states three digits, "$8M" one (shown as two).
        assert result.suggestion in ("USD 6.4 million", "USD 6.37 million")
        assert claim.split()[-1] in result.message or result.claim.text in result.message


def test_same_currency_needs_no_rate(body: str, bundled_table: RateTable) -> None:
    result = _run(VARIANT.format("HK$50 million"), body, bundled_table).claims[0]
    assert result.rate is None
    assert result.converted == (Decimal(49500000), Decimal(50500000))


def test_count_against_a_smaller_count_is_a_mismatch(bundled_table: RateTable) -> None:
    body = "Over the past year 120 related companies set up at Cyberport."
    report = check(
        "Cyberport welcomes 150+ companies", body, published=SEED_PUBLISHED, rates=bundled_table
    )
    (result,) = report.claims
    assert result.verdict is Verdict.MISMATCH
    assert result.diagnosis is None
    assert not report.ok


def test_count_nouns_may_carry_alphanumeric_modifiers(bundled_table: RateTable) -> None:
    body = "More than 150 Web3 companies have opened offices at Cyberport since last year."
    report = check(
        "Cyberport welcomes 150+ Web3 companies",
        body,
        published=SEED_PUBLISHED,
        rates=bundled_table,
    )
    (result,) = report.claims
    assert result.verdict is Verdict.SUPPORTED
    assert result.evidence is not None
    assert result.claim.unit_noun == result.evidence.unit_noun == "companies"


def test_report_json_round_trips(body: str, bundled_table: RateTable) -> None:
    report = _run(SEED_HEADLINE, body, bundled_table)
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    money = data["claims"][0]
    assert data["schema"] == "headlinecheck.report/1"
    assert data["published"] == "2023-08-29"
    assert money["rate"]["used"] == "2023-08-29"
    assert money["rate"]["path"] == "via EUR"
    evidence = _run(SEED_HEADLINE, body, bundled_table).claims[0].evidence
    assert evidence is not None
    assert money["evidence"]["span"] == list(evidence.span)
    assert Decimal(money["converted"][0]) < Decimal("6.4e6")


@pytest.mark.parametrize("path", sorted(EXAMPLE.parent.glob("*.md")), ids=lambda p: p.name)
def test_every_example_checks_clean(path: Path, bundled_table: RateTable) -> None:
    """`headlinecheck check examples/` is the README's main job: it must exit 0."""
    for article in load(path):
        report = check(
            article.headline,
            article.body,
            published=article.published,
            rates=bundled_table,
            dollar=article.settings.dollar,
            locale=article.settings.locale,
            unsupported="fail",
        )
        assert report.claims, path
        assert report.ok, [r.message for r in report.claims]
        assert not report.date_uncertain
        assert {r.claim.kind.value for r in report.claims} >= {"money", "count"}


def test_a_number_below_an_open_bound_is_a_plain_mismatch(
    body: str, bundled_table: RateTable
) -> None:
    """ "120 Companies" against "more than 150": not a digit slip, the body states no digits
    beyond its bound."""
    report = _run(SEED_HEADLINE.replace("150+", "120"), body, bundled_table)
    result = report.claims[1]
    assert result.verdict is Verdict.MISMATCH
    assert result.diagnosis is None
    assert result.suggestion == "150 companies"


def test_a_hard_wrapped_body_figure_is_read_whole(bundled_table: RateTable) -> None:
    body = "The budget sets aside HKD 50\nmillion for Web3 work at Cyberport."
    report = check(
        "Hong Kong Allocates $6.4M for Web3", body, published=SEED_PUBLISHED, rates=bundled_table
    )
    (result,) = report.claims
    assert result.verdict is Verdict.SUPPORTED
    assert result.evidence is not None and result.evidence.value == Decimal(50_000_000)
