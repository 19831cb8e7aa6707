"""Invisible format characters inside a figure do not hide it, and spans stay on the original."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import headlinecheck as hc
from headlinecheck.extraction.invisible import strip

INVISIBLE = {
    "zero-width space": "\u200b",
    "zero-width joiner": "\u200d",
    "zero-width non-joiner": "\u200c",
    "word joiner": "\u2060",
    "byte-order mark": "\ufeff",
    "left-to-right mark": "\u200e",
    "right-to-left mark": "\u200f",
    "right-to-left override": "\u202e",
    "soft hyphen": "\u00ad",
    "combining grapheme joiner": "\u034f",
    "combining acute accent": "\u0301",
    "variation selector": "\ufe0f",
}


@pytest.mark.parametrize("char", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_an_invisible_character_after_the_dollar_keeps_the_claim(char: str) -> None:
    headline = f"Firm Raises ${char}50M"
    (figure,) = hc.extract(headline, dollar="USD")
    assert (figure.value, figure.currency) == (Decimal(50_000_000), "USD")
    assert figure.span == (12, 17)
    assert figure.text == f"${char}50M" == headline[figure.span[0] : figure.span[1]]
    report = hc.check(headline, "The firm raised USD 5 million.")
    (claim,) = report.claims
    assert claim.verdict is hc.Verdict.MISMATCH


def test_spans_after_an_invisible_character_point_at_the_original_text() -> None:
    text = "\ufeffIt\u200b cost HK$\u200d50\u00admillion and 3\u2060,000 jobs."
    money, count = hc.extract(text)
    assert (money.value, money.currency) == (Decimal(50_000_000), "HKD")
    assert text[money.span[0] : money.span[1]] == money.text == "HK$\u200d50\u00admillion"
    assert count.value == 3000
    assert text[count.span[0] : count.span[1]] == count.text == "3\u2060,000"


def test_accents_on_letters_are_kept() -> None:
    decomposed = "gia\u0301"  # "giá" written with a combining accent
    assert strip(decomposed) == (decomposed, None)
    assert strip("$\u0301") == ("$", [0])
    stacked = "Vie\u0323\u0302t"  # "Việt": a letter carrying two accents keeps both
    assert strip(stacked) == (stacked, None)
    assert strip("e\u200b\u0301 5\u0301") == ("e\u0301 5", [0, 2, 3, 4])
    assert strip("a\u034fb") == ("ab", [0, 2])  # the grapheme joiner goes even after a letter


def test_text_without_invisible_characters_is_not_copied() -> None:
    text = "Prices rose 5% to €3.2 billion, with 150+ firms"
    assert strip(text) == (text, None)


TEXTS = [
    "Firm raises $50M as 150 companies join",
    "HKD 50 million has been allocated to more than 150 companies",
    "Sales rose 12.5% to ¥3.2 billion",
    "數碼港獲撥5000萬港元 逾150間公司進駐",
]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(TEXTS),
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=60), st.sampled_from(list(INVISIBLE.values()))
        ),
        max_size=6,
    ),
)
def test_inserting_invisible_characters_changes_no_figure(
    text: str, insertions: list[tuple[int, str]]
) -> None:
    noisy = text
    for position, char in sorted(insertions, reverse=True):
        if char == "\u0301" and 0 < position <= len(noisy) and noisy[position - 1].isalpha():
            continue  # an accent on a letter is part of the word, not noise
        noisy = noisy[:position] + char + noisy[position:]
    clean = hc.extract(text)
    read = hc.extract(noisy)
    assert [(f.kind, f.value, f.currency, f.qualifier) for f in read] == [
        (f.kind, f.value, f.currency, f.qualifier) for f in clean
    ]
    for got, want in zip(read, clean, strict=True):
        assert noisy[got.span[0] : got.span[1]] == got.text
        assert strip(got.text)[0] == want.text


def test_the_white_circle_is_the_zero_inside_han_numerals_only() -> None:
    from headlinecheck import lang
    from headlinecheck.extraction import invisible

    assert lang.get("zh").numeral_zero_stand_ins == invisible.ZERO_STAND_IN_GATE
    read = {
        t: [(f.text, str(f.value)) for f in hc.extract(t)]
        for t in (
            "單季合併營收一點○五兆元",
            "稅後純益五○五七點四億元",
            "價格五○○元",
            "○○公司營收5億元",
        )
    }
    assert read["單季合併營收一點○五兆元"] == [("一點○五兆元", "1050000000000")]  # not 五兆元
    assert read["稅後純益五○五七點四億元"] == [("五○五七點四億元", "505740000000")]
    assert read["價格五○○元"] == [("五○○元", "500")]
    assert read["○○公司營收5億元"] == [("5億元", "500000000")]  # a masked name stays


def test_pinyin_printed_after_characters_is_skipped_and_spans_stay_true() -> None:
    text = "地震死亡人數(shù)升至88人,受災(zāi)民眾逾3萬人"
    read = [(f.text, str(f.value), f.unit_noun) for f in hc.extract(text)]
    assert read == [("88人", "88", "死"), ("3萬人", "30000", "人")]  # 死亡人數 reaches the 88
    for figure in hc.extract(text):
        assert text[figure.span[0] : figure.span[1]] == figure.text
    # brackets holding no tone mark are no pinyin: a note and a list label stay
    assert [f.currency for f in hc.extract("撥款50億元(港元,下同)")] == ["HKD"]
    assert strip("第(a)項")[0] == "第(a)項"
