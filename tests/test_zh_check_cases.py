"""Chinese headline-body pairs of tests/corpus/check/zh.yaml: one verdict per headline figure."""

from __future__ import annotations

import pytest

import corpus_cases
from headlinecheck.checking import check
from headlinecheck.rates import RateTable

PAIRS = corpus_cases.cases("check/zh.yaml")


@pytest.mark.parametrize("pair", PAIRS, ids=corpus_cases.ids(PAIRS))
def test_pair(pair: corpus_cases.Case, bundled_table: RateTable) -> None:
    expected = pair["verdicts"]
    report = check(pair["headline"], pair["body"], published=pair["published"], rates=bundled_table)
    got = [
        r.verdict.value + (f":{r.diagnosis.value}" if r.diagnosis else "") for r in report.claims
    ]
    messages = [r.message for r in report.claims]
    assert len(got) == len(expected), messages
    for have, want in zip(got, expected, strict=True):
        # A bare "mismatch" leaves the diagnosis open; anything else must match exactly.
        assert (have.partition(":")[0] if want == "mismatch" else have) == want, messages
