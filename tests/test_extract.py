"""Extraction of the figures a Hong Kong tech-funding story carries, and of common news forms.

The sentences are our own; they carry the same figures as the seed article. The case tables
(one figure per text) are YAML corpora, tests/corpus/extract/<rule set>.yaml, listed in FILES and
run by ``test_case``; the tests here are the ones a table cannot say.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import corpus_cases
from headlinecheck import _lexicon
from headlinecheck.currencies import AmbiguousDollar
from headlinecheck.extraction import UNBOUNDED, Figure, Kind, Qualifier, extract

D = Decimal

HEADLINE = "Hong Kong Puts $6.4M Into Ledger Technology as Cyberport Houses 150+ Companies"
BODY: str = corpus_cases.header("extract/seed.yaml")["text"]


FILES = (
    "extract/seed.yaml",
    "extract/currencies.yaml",
    "extract/numbers.yaml",
    "extract/magnitudes.yaml",
    "extract/qualifiers.yaml",
    "extract/counts.yaml",
    "extract/percentages.yaml",
    "extract/traps.yaml",
    "extract/locales.yaml",
)
CASES = corpus_cases.cases(*FILES)


@pytest.mark.parametrize("case", CASES, ids=corpus_cases.ids(CASES))
def test_case(case: corpus_cases.Case) -> None:
    corpus_cases.assert_figure(case)


def only(text: str, **kwargs: object) -> Figure:
    figures = extract(text, **kwargs)  # type: ignore[arg-type]
    assert len(figures) == 1, figures
    return figures[0]


def by_text(figures: tuple[Figure, ...], text: str) -> Figure:
    matches = [f for f in figures if f.text == text]
    assert len(matches) == 1, (text, figures)
    return matches[0]


def test_headline_money_is_an_ambiguous_dollar_with_printed_precision() -> None:
    figures = extract(HEADLINE)
    money = figures[0]
    assert money.kind is Kind.MONEY
    assert money.text == "$6.4M"
    assert money.span == (HEADLINE.index("$6.4M"), HEADLINE.index("$6.4M") + 5)
    assert money.value == D(6_400_000)
    assert (money.low, money.high) == (D(6_350_000), D(6_450_000))
    assert money.precision == D(100_000)
    assert money.currency == AmbiguousDollar(("USD", "HKD"))
    assert money.qualifier is Qualifier.NONE


def test_headline_count_with_plus_is_open_above() -> None:
    count = extract(HEADLINE)[1]
    assert count.kind is Kind.COUNT
    assert count.text == "150+"
    assert count.value == 150
    assert (count.low, count.high) == (D(150), UNBOUNDED)
    assert count.qualifier is Qualifier.MORE_THAN
    assert count.unit_noun == "companies"
    assert count.currency is None


def test_body_figures_in_text_order() -> None:
    figures = extract(BODY)
    assert [f.text for f in figures] == [
        "HK$200 billion",
        "HKD 780 million",
        "HKD 35.7 billion",
        "HKD 50 million",
        "150",
        "30%",
        "320",
        "HKD 10 billion",
        "HKD 500 million",
    ]
    for f in figures:
        assert BODY[f.span[0] : f.span[1]] == f.text


def test_body_counts_and_percent() -> None:
    figures = extract(BODY)
    related = by_text(figures, "150")
    assert related.qualifier is Qualifier.MORE_THAN
    assert related.unit_noun == "companies"
    assert (related.low, related.high) == (D(150), UNBOUNDED)
    entities = by_text(figures, "320")
    assert entities.unit_noun == "entities"
    assert (entities.low, entities.high) == (D("319.5"), D("320.5"))
    percent = by_text(figures, "30%")
    assert percent.kind is Kind.PERCENT
    assert percent.value == 30
    assert percent.currency is None


def test_seed_traps_yield_nothing() -> None:
    text = (
        "Since 2015, in the 2021-22 fiscal year, under the 14th Five-Year Plan, Web 3.0 and "
        "Industry 4.0 met K-pop in April 2023; call +852 2345 6789; version 1.2.3; the 3rd time."
    )
    assert extract(text) == ()


# --------------------------------------------------------------------------- currency markers


def test_money_in_words_and_symbols_in_context() -> None:
    figures = extract("It paid 420 million Finnish markka and 6.65 billion pesetas.")
    assert [(f.value, f.currency) for f in figures] == [
        (D(420_000_000), "FIM"),
        (D(6_650_000_000), "ESP"),
    ]


def test_ambiguous_dollar_candidates_add_dollars_named_in_the_text() -> None:
    figures = extract("It raised $5m after a S$2m round and an A$1m grant, plus HK$3m.")
    assert figures[0].currency == AmbiguousDollar(("USD", "HKD", "SGD", "AUD"))


def test_dollar_option_pins_bare_dollars_only() -> None:
    figures = extract("It raised $5m, or US$0.6m, and 50 dollars", dollar="hkd")
    assert [f.currency for f in figures] == ["HKD", "USD", "HKD"]


def test_dollar_option_rejects_unknown_codes() -> None:
    from headlinecheck.errors import UnknownCurrency

    with pytest.raises(UnknownCurrency):
        extract("$5", dollar="XYZ")


def test_yen_sign_reads_as_yuan_in_chinese_context() -> None:
    assert only("Sales rose to ¥50 billion in Tokyo").currency == "JPY"
    assert [f.currency for f in extract("Revenue was ¥50 billion, or 50 billion yuan")] == [
        "CNY",
        "CNY",
    ]
    assert only("收入为¥50亿").currency == "CNY"
    assert only("¥50", locale="zh_CN").currency == "CNY"


def test_other_shared_currency_words_are_ambiguous_with_a_usual_first() -> None:
    figure = only("a fine of 500 francs")
    assert isinstance(figure.currency, AmbiguousDollar)
    assert figure.currency.symbol == "franc"
    assert figure.currency.candidates[0] == "CHF"


def test_cents_and_pence() -> None:
    assert only("it fell 34 cents").value == D("0.34")
    assert only("it closed at 197 pence").currency == "GBP"
    assert only("it closed at 197 pence").value == D("1.97")
    figure = only("it costs 3 dollars 50 cents")
    assert (figure.value, figure.text) == (D("3.5"), "3 dollars 50 cents")
    assert only("US$3 and fourteen").value == D("3.14")


def test_wordlike_iso_codes_are_not_currencies_in_prose() -> None:
    assert all(f.kind is not Kind.MONEY for f in extract("ALL 5 solutions are wrong."))
    assert all(f.kind is not Kind.MONEY for f in extract("Try 3 times, then top 10 lists."))
    assert only("It sold for 5 TRY").currency == "TRY"


def test_fund_codes_have_no_names_but_keep_their_iso_code() -> None:
    assert "units" not in _lexicon.HEADS and "colombian real value unit" not in _lexicon.NAMES
    assert only("CLF 3 million").currency == "CLF"


# --------------------------------------------------------------------------- magnitudes


def test_one_letter_magnitudes_need_money() -> None:
    assert extract("He won the 100m sprint and a 5k run") == ()


# --------------------------------------------------------------------------- qualifiers and ranges


def test_from_to_states_two_figures_sharing_a_unit() -> None:
    figures = extract("Profit rose from 5 to 6 million dollars.")
    assert [(f.value, f.qualifier) for f in figures] == [
        (D("5e6"), Qualifier.NONE),
        (D("6e6"), Qualifier.NONE),
    ]
    assert all(isinstance(f.currency, AmbiguousDollar) for f in figures)


def test_percent_and_count_ranges() -> None:
    assert only("up 5-6%").value_high == 6
    figure = only("10 to 20 companies")
    assert (figure.kind, figure.unit_noun, figure.value_high) == (Kind.COUNT, "companies", D(20))


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Profit rose £50 million to £410 million", [D(50_000_000), D(410_000_000)]),
        ("Profit rose by £50 million to £410 million", [D(50_000_000), D(410_000_000)]),
        ("Exports up 5% to 30%", [D(5), D(30)]),
    ],
)
def test_a_change_then_the_level_reached_are_two_figures(text: str, values: list[Decimal]) -> None:
    figures = extract(text)
    assert [f.value for f in figures] == values
    assert all(f.qualifier is Qualifier.NONE for f in figures)


# --------------------------------------------------------------------------- counts


def test_bare_numbers_without_a_noun_are_not_figures() -> None:
    assert extract("The total was 135. It rose to 40, then 12.") == ()


# --------------------------------------------------------------------------- locales


def test_unknown_locale_is_an_input_error() -> None:
    from headlinecheck.errors import InputError

    with pytest.raises(InputError):
        extract("5", locale="xx_YY")


def test_cjk_currency_at_the_end_of_text() -> None:
    figure = only("0元")
    assert (figure.span, figure.currency) == ((0, 2), "CNY")


def test_huge_amounts_stay_exact() -> None:
    figure = only("$10000000000000000000B")
    assert figure.value == D(10) ** 28
    assert figure.precision == D(10) ** 9


def test_range_magnitude_is_shared_only_when_it_keeps_the_order() -> None:
    figure = only("$500-6 million")
    assert (figure.value, figure.value_high) == (D(500), D(6_000_000))
    approx = only("about $10-$20")
    assert (approx.qualifier, approx.low, approx.high) == (Qualifier.RANGE, D(9), D(22))


def test_chinese_numerals_need_a_currency() -> None:
    assert extract("五角大楼宣布了一个计划，十分重要") == ()


def test_dollar_candidates_include_dollars_the_text_only_mentions() -> None:
    text = "The Singapore dollar rose, and the Taiwan fund (TWD) grew. It raised $5m."
    assert only(text).currency == AmbiguousDollar(("USD", "HKD", "SGD", "TWD"))


def test_dollar_mentions_need_capital_codes() -> None:
    text = "Using cad tools, the firm raised $5m."
    assert only(text).currency == AmbiguousDollar(("USD", "HKD"))


def test_locale_ids_in_babel_spelling() -> None:
    assert only("¥50", locale="zh_Hans_CN").currency == "CNY"


def test_a_paragraph_break_separates_a_number_from_a_magnitude() -> None:
    assert only("It cost $5\n\nmillion").value == D(5)


@pytest.mark.parametrize(
    "text",
    [
        "The fund paid ¥80 million, about 11 million yuan, for the site.",
        "Sales hit ¥3 billion in renminbi terms.",
        "The RMB fell; the firm sold ¥2 billion of bonds.",
        "RMBS markets lent ¥5 billion.",  # "RMBS" is no "RMB" word
        "  SHANGHAI (Wire) - The group raised ¥900 million.",
        "A SHANGHAI office raised ¥900 million.",  # a dateline only opens the text
        "SHANGHAIED: the firm lost ¥1 billion.",
        "TOKYO - The bank lent ¥4 trillion.",
        "",
    ],
)
def test_the_yuan_hints_read_apart_agree_with_their_one_pattern(text: str) -> None:
    # ``_yuan_hinted`` answers ``CNY_HINT_RE`` by its alternatives apart (the alternation, tried
    # at every position, was a twentieth of a 5 KB check): both must keep giving one answer.
    from headlinecheck.extraction import _yuan_hinted
    from headlinecheck.extraction.scanner import CNY_HINT_RE

    assert _yuan_hinted(text) is (CNY_HINT_RE.search(text) is not None)
