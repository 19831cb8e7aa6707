"""Chinese figures (tests/corpus/extract/zh.yaml): compounds, currencies, qualifiers, ranges,
percentages and counts, each case a sentence in the style of the Chinese-language press; the keys
are tests/corpus/README.md's, run by corpus_cases.assert_figure."""

from __future__ import annotations

import pytest

import corpus_cases

_CASES = corpus_cases.cases("extract/zh.yaml")


@pytest.mark.parametrize("case", _CASES, ids=[c.id for c in _CASES])
def test_chinese_case(case: corpus_cases.Case) -> None:
    assert case.get("none") is True or "value" in case, case.where  # a figure states its value
    corpus_cases.assert_figure(case)
