"""The diagnosis registry and its fixtures, tests/corpus/diagnoses/<name>.yaml (one each)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

import corpus_cases
from headlinecheck import report as rp
from headlinecheck.checking import Diagnosis, Verdict, check
from headlinecheck.checking.diagnoses import REGISTRY, money_only, offsets
from headlinecheck.extraction import Kind
from headlinecheck.rates import RateTable
from headlinecheck.report.claims import _claim_code

CORPUS = Path(__file__).parent / "corpus" / "diagnoses"
CASES: list[tuple[str | None, corpus_cases.Case]] = [
    (case.header["diagnosis"], case) for case in corpus_cases.cases("diagnoses/*.yaml")
]
SECTIONS = ("What it finds:", "Why it matters:", "Example", "Fix:")


def test_the_registry_order_is_the_diagnosis_priority() -> None:
    assert [rule.diagnosis for rule in REGISTRY] == list(Diagnosis)


def test_the_registry_gives_the_rule_codes_the_report_uses() -> None:
    assert offsets() == rp.DIAGNOSIS_OFFSET
    assert money_only() == rp.MONEY_ONLY
    assert len({rule.offset for rule in REGISTRY}) == len(REGISTRY)
    for rule in REGISTRY:
        for kind, base in rp.KIND_BASE.items():
            code = rp.rule_code(kind, "mismatch", rule.diagnosis.value)
            if Kind(kind) in rule.kinds:
                assert code == f"HC{base + rule.offset}"
            else:
                assert code == f"HC{base + rp.OUTCOME_OFFSET['mismatch']}"


@pytest.mark.parametrize("rule", REGISTRY, ids=lambda rule: rule.diagnosis.value)
def test_every_diagnosis_documents_itself_and_has_a_fixture(rule: Any) -> None:
    doc = rule.doc
    positions = [doc.find(section) for section in SECTIONS]
    assert all(p >= 0 for p in positions), (rule.diagnosis, positions)
    assert positions == sorted(positions)
    fixture = CORPUS / f"{rule.diagnosis.value}.yaml"
    assert fixture.exists()
    mismatches = [c for d, c in CASES if d == rule.diagnosis.value and c["verdict"] == "mismatch"]
    # Every kind the diagnosis applies to has a case in its fixture.
    kinds = {int(re.sub(r"\D", "", c["code"])) // 100 for c in mismatches}
    assert kinds == {rp.KIND_BASE[k.value] // 100 for k in rule.kinds}


@pytest.mark.parametrize(
    ("diagnosis", "case"), CASES, ids=[f"{d or 'rule'}-{case['id']}" for d, case in CASES]
)
def test_case(diagnosis: str | None, case: corpus_cases.Case, bundled_table: RateTable) -> None:
    """One fixture case. A file whose ``diagnosis`` is null holds the cases of a rule that is
    no diagnosis (``sums.yaml``); a case may name its ``diagnosis`` itself (null for none) and,
    in a headline with several figures, the ``claim`` it is about."""
    published = case.get("published")
    if "days_after_table_end" in case:  # today's articles: dated after the table's last rate
        published = bundled_table.coverage[1] + timedelta(days=case["days_after_table_end"])
    report = check(case["headline"], case["body"], published=published, rates=bundled_table)
    if "conversion_count" in case:  # conversions that agree: checked, none flagged
        assert len(report.conversions) == case["conversion_count"]
        assert all(c.problem is None for c in report.conversions), report.conversions
        return
    if "conversion" in case:  # body_conversion.yaml: the body's own conversion, not a claim
        want = case["conversion"]
        (found,) = report.conversions
        assert found.problem == want["problem"], found.message
        assert found.code == want["code"]
        assert want["message"] in found.message
        if "verdict" not in case:
            return
    if "claim" in case:
        (result,) = [r for r in report.claims if r.claim.text == case["claim"]]
    else:
        assert len(report.claims) == 1
        result = report.claims[0]
    assert result.verdict is Verdict(case["verdict"]), result.message
    expected = case.get("diagnosis", diagnosis)
    if result.verdict is Verdict.MISMATCH and expected is not None:
        assert result.diagnosis is Diagnosis(expected), result.message
    else:
        assert result.diagnosis is None, result.message
    assert _claim_code(result, report.date_uncertain) == case["code"]
    assert case["message"] in result.message
    for note in case.get("notes", ()):
        assert note in result.notes, result.notes


def test_over_rounded_ranks_before_a_stale_rate_that_also_explains_it(
    bundled_table: RateTable,
) -> None:
    from headlinecheck.checking.conversion import Rates
    from headlinecheck.checking.diagnoses import BY_DIAGNOSIS
    from headlinecheck.checking.pairing import Checker
    from headlinecheck.checking.reading import resolve_dollar
    from headlinecheck.checking.values import Options
    from headlinecheck.extraction import extract

    headline, body = (
        "UK sells stake for $13.0 Billion",
        "The government sold its stake for £10.5 billion.",
    )
    published = date(2023, 3, 1)
    claims, evidence = extract(headline), extract(body)
    reading = resolve_dollar(claims, evidence, body)
    checker = Checker(
        headline,
        body,
        claims,
        evidence,
        reading,
        Rates(lambda: bundled_table, published, None),
        Options(),
    )
    (claim,) = claims
    candidate = checker.weigh(claim, "USD", evidence[0], set())
    assert not candidate.supported
    case = checker._case(claim, "USD", candidate)
    # Both hypotheses explain the headline ...
    assert BY_DIAGNOSIS[Diagnosis.STALE_RATE].detect(case) is not None
    assert BY_DIAGNOSIS[Diagnosis.OVER_ROUNDED].detect(case) is not None
    # ... and the registry's order reports the over-rounding.
    (result,) = check(headline, body, published=published, rates=bundled_table).claims
    assert result.diagnosis is Diagnosis.OVER_ROUNDED, result.message
