"""Chinese figures (tests/corpus/extract/zh.yaml): compounds, currencies, qualifiers, ranges,
percentages and counts, each case a sentence in the style of the Chinese-language press; the keys
are tests/corpus/README.md's, run by corpus_cases.assert_figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

import corpus_cases
from headlinecheck import lang
from headlinecheck.extraction import extract

_CASES = corpus_cases.cases("extract/zh.yaml")


@pytest.mark.parametrize("case", _CASES, ids=[c.id for c in _CASES])
def test_chinese_case(case: corpus_cases.Case) -> None:
    assert case.get("none") is True or "value" in case, case.where  # a figure states its value
    corpus_cases.assert_figure(case)


def test_streak_words_are_fields_of_the_language_record() -> None:
    zh = lang.get("zh")
    # every opener with every kind of end is one run, counted by the record's own spelling
    for opener in zh.streak_openers:
        for end in [*sorted(zh.streak_marks), "個月", "年"]:
            (figure,) = extract(f"恒指{opener}3{end},成交額放大")
            assert (figure.value, figure.unit_noun) == (Decimal(3), zh.streak), (opener, end)
    for code in ("en", "es", "fr", "pt"):
        other = lang.get(code)
        assert (other.streak_openers, other.streak_marks, other.streak) == ((), frozenset(), "")
