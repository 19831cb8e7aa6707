"""Reports validate against the JSON Schema documented in docs/checking.md."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import corpus_cases
from headlinecheck.checking import SCHEMA, check
from headlinecheck.rates import RateTable
from shared import SEED_PUBLISHED

ROOT = Path(__file__).resolve().parents[1]
CASES = corpus_cases.cases("check/conversions.yaml", "check/wording.yaml")


def documented_schema() -> dict[str, Any]:
    text = (ROOT / "docs" / "checking.md").read_text(encoding="utf-8")
    section = text.split("## The report as JSON", 1)[1]
    block = re.search(r"```json\n(.*?)\n```", section, re.DOTALL)
    assert block is not None
    schema: dict[str, Any] = json.loads(block.group(1))
    return schema


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = documented_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema"]["const"] == SCHEMA
    return jsonschema.Draft202012Validator(schema)


def test_every_fixture_report_validates(
    validator: jsonschema.Draft202012Validator, bundled_table: RateTable
) -> None:
    for case in CASES:
        report = check(
            case["headline"],
            case["body"],
            published=case["published"],
            rates=bundled_table,
            dollar=case.get("dollar"),
        )
        data = report.to_dict()
        validator.validate(data)
        assert json.loads(json.dumps(data)) == data


@pytest.mark.parametrize(
    "options",
    [
        {"published_window": (date(2023, 1, 1), date(2023, 12, 31))},
        {},  # no date at all: the default window, date_uncertain
        {"published": SEED_PUBLISHED, "unsupported": "fail", "tolerance": "0.01"},
    ],
)
def test_window_and_option_reports_validate(
    validator: jsonschema.Draft202012Validator, bundled_table: RateTable, options: dict[str, Any]
) -> None:
    body = "HKD 50 million goes to Cyberport, where more than 150 companies work."
    report = check("$6.4M for Cyberport; 30% more firms", body, rates=bundled_table, **options)
    data = report.to_dict()
    validator.validate(data)
    if "published" not in options:
        assert data["window"] is not None
        assert data["claims"][0]["rate_range"] is not None
    assert data["date_uncertain"] is (not options)
