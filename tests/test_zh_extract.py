"""Chinese figures (tests/corpus/extract/zh.yaml): compounds, currencies, qualifiers, ranges,
percentages and counts, each case a sentence in the style of the Chinese-language press."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from headlinecheck.extraction import Kind, extract

_CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "corpus" / "extract" / "zh.yaml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", _CASES, ids=[c["text"] for c in _CASES])
def test_chinese_case(case: dict[str, Any]) -> None:
    figures = extract(case["text"])
    if case.get("none"):
        assert figures == (), figures
        return
    kind = Kind(case.get("kind", "money"))
    found = [f for f in figures if f.kind is kind]
    assert found, f"no {kind.value} in {figures}"
    figure = found[0]
    assert figure.value == Decimal(case["value"])
    if "high" in case:
        assert figure.value_high == Decimal(case["high"])
    if "currency" in case:
        assert figure.currency == case["currency"]
    if "qualifier" in case:
        assert figure.qualifier.value == case["qualifier"]
    if "noun" in case:
        assert figure.unit_noun == case["noun"]
    if "low" in case:
        assert figure.low == Decimal(case["low"])
    if "top" in case:
        assert figure.high == Decimal(case["top"])
