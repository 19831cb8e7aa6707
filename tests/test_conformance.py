"""The conformance runner: scoring rule, table, floors, bad input."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from headlinecheck import conformance
from headlinecheck.currencies import AmbiguousDollar

DATA = Path(__file__).parent / "data" / "conformance"


def test_scores_the_sample_corpora() -> None:
    scores = {s.corpus: s for s in conformance.score_directory(DATA)}
    rt = scores["recognizers_currency_en.jsonl"]
    assert (rt.cases, rt.expected, rt.predicted, rt.matched) == (5, 5, 5, 5)
    dk = scores["duckling_money_en.jsonl"]
    # "10 c" (cents spaced from the number) is not read: one expected pair missed.
    assert (dk.cases, dk.expected, dk.matched) == (5, 5, 4)
    assert dk.recall == Decimal("0.800")
    assert dk.precision == Decimal("1.000")


def test_currency_matching_rule() -> None:
    match = conformance.currency_matches
    assert match(None, "EUR")
    assert match("$", AmbiguousDollar())
    assert match("$", "HKD")
    assert not match("$", "EUR")
    assert match("£", "GBP")
    assert match("USD", "USD")
    assert match("CHF", AmbiguousDollar(("CHF", "XOF"), "franc"))
    assert not match("XOF", AmbiguousDollar(("CHF", "XOF"), "franc"))


def test_ranges_count_as_two_bounds_and_subunits_match_either_reading() -> None:
    pairs = conformance.expected_pairs(
        [
            {"kind": "interval", "min": "10", "max": "20", "currency": "$"},
            {"amount": "50", "subunit_factor": "0.01", "currency": None},
        ],
        "here",
    )
    assert [p.amounts for p in pairs] == [
        (Decimal(10),),
        (Decimal(20),),
        (Decimal(50), Decimal("0.50")),
    ]


def test_main_prints_a_table_and_enforces_floors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert conformance.main([str(DATA)]) == 0
    out = capsys.readouterr().out
    assert "recognizers_currency_en.jsonl" in out and "precision" in out
    # The sample's duckling recall (0.80) is below the real corpus floor.
    assert conformance.main([str(DATA), "--enforce-floors"]) == 1
    monkeypatch.setitem(
        conformance.FLOORS, "duckling_money_en.jsonl", (Decimal("0.5"), Decimal("0.5"))
    )
    assert conformance.main([str(DATA), "--enforce-floors"]) == 0


def test_bad_input_is_a_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert conformance.main([str(tmp_path / "missing")]) == 2
    (tmp_path / "broken.jsonl").write_text('{"text": "x"}\n', encoding="utf-8")
    assert conformance.main([str(tmp_path)]) == 2
    assert "broken.jsonl:1" in capsys.readouterr().err
    (tmp_path / "broken.jsonl").write_text(
        json.dumps({"text": "$5", "expected": [{"amount": "five", "currency": "$"}]}) + "\n",
        encoding="utf-8",
    )
    assert conformance.main([str(tmp_path)]) == 2
