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


def test_casualties_written_as_a_word_and_a_number() -> None:
    from headlinecheck.extraction.chinese_bare import casualty_counts

    def read(text: str) -> list[tuple[str, str, str | None]]:
        figures = tuple(extract(text))
        return [(f.text, str(f.value), f.unit_noun) for f in casualty_counts(text, figures)]

    assert read("地震死傷破千 上萬屋毀") == [("破千", "1000", "死傷")]
    assert read("空襲死亡逾百") == [("逾百", "100", "死")]
    assert read("車禍傷亡約30,警方封路") == [("約30", "30", "死傷")]
    assert read("四川強震 死亡人數增至46") == [("46", "46", "死")]  # the toll, brought to 46
    assert read("死亡人数已达逾百") == [("逾百", "100", "死")]
    assert read("死亡人數增至3日後") == []
    assert read("傷者死亡3日後出殯") == []  # days, not the dead
    assert read("造成1000人死傷") == []  # extraction's own count ("1000人死傷")
    assert [f.unit_noun for f in extract("造成1000人死傷")] == ["死傷"]
