"""Newsroom pairs: honest and wrong headlines over bodies written for this project.

The pairs are tests/corpus/check/newsroom.yaml: id, published, headline, body and ``verdicts``,
one expectation per headline figure: a verdict, or ``verdict:diagnosis``. Honest headlines
convert at the ECB rate of the date in data/fx_rates.csv and round the way sub-editors do (three
significant figures, or two); the comment on a pair shows the sum. A false mismatch on an honest
headline is the failure this file exists to catch.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import corpus_cases
from headlinecheck.checking import check
from headlinecheck.checking.direction import movement
from headlinecheck.checking.nouns import nouns_compatible
from headlinecheck.extraction import extract
from headlinecheck.rates import RateTable

PAIRS = corpus_cases.cases("check/newsroom.yaml")


@pytest.mark.parametrize("pair", PAIRS, ids=[p.id for p in PAIRS])
def test_pair(pair: corpus_cases.Case, bundled_table: RateTable) -> None:
    expected = pair["verdicts"]
    report = check(pair["headline"], pair["body"], published=pair["published"], rates=bundled_table)
    got = [
        r.verdict.value + (f":{r.diagnosis.value}" if r.diagnosis else "") for r in report.claims
    ]
    assert len(got) == len(expected), [r.message for r in report.claims]
    for result, have, want in zip(report.claims, got, expected, strict=True):
        # A bare "mismatch" leaves the diagnosis open; anything else must match exactly.
        assert have.partition(":")[0] == want if want == "mismatch" else have == want, (
            result.message
        )


# --- the fixes one by one, below the verdicts


def test_nears_is_below_the_number() -> None:
    (nears,) = extract("Reserves nears $600 billion")
    (near,) = extract("Reserves near $600 billion")
    assert nears.low == near.low == Decimal("540e9")
    assert nears.high == Decimal("600.5e9") < near.high


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Labour won 411 of the 650 seats.", [("411", "seats"), ("650", "seats")]),
        ("3 of 5 banks failed", [("3", "banks"), ("5", "banks")]),
        ("Two of the companies", []),
    ],
)
def test_a_part_counts_what_its_whole_counts(text: str, counts: list[tuple[str, str]]) -> None:
    assert [(str(f.value), f.unit_noun) for f in extract(text)] == counts


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("China will raise its defence budget by 7.2% this year", "up"),
        ("The bank raised rates by 0.5%", "up"),
        ("Startup raises 5% of its target", None),
    ],
)
def test_raise_is_a_direction_only_with_by(text: str, direction: str | None) -> None:
    (figure,) = extract(text)
    found = movement(text, figure.span)
    assert (found and found.direction) == direction


@pytest.mark.parametrize(
    ("claim", "evidence", "same"), corpus_cases.rows("check/units/synonymous_nouns.yaml")
)
def test_synonymous_head_nouns(claim: str, evidence: str, same: bool) -> None:
    (c,) = extract(f"7,000 {claim}")
    (e,) = extract(f"7,000 {evidence}")
    assert nouns_compatible(c, e) is same


@pytest.mark.parametrize(
    ("text", "value"),
    [("Shares up 5pc", "5"), ("Shares rose 3.5 pc", "3.5"), ("up 5pct", "5"), ("5 PC games", None)],
)
def test_british_pc_is_a_percentage(text: str, value: str | None) -> None:
    percents = [str(f.value) for f in extract(text) if f.kind.value == "percent"]
    assert percents == ([] if value is None else [value])


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Earthquake kills more than 2,000 in Morocco", [("2000", "killed")]),
        ("Storm kills 12, injures 30", [("12", "killed"), ("30", "injured")]),
        ("Floods kill at least 40", [("40", "killed")]),
        ("He killed 2019 plans", []),
        ("Virus claims 1,000.", []),
    ],
)
def test_a_verb_of_killing_counts_its_number(text: str, counts: list[tuple[str, str]]) -> None:
    assert [(str(f.value), f.unit_noun) for f in extract(text)] == counts
