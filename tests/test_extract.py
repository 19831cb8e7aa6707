"""Extraction of the figures a Hong Kong tech-funding story carries, and of common news forms.

The sentences are our own; they carry the same figures as the seed article.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from headlinecheck.currencies import AmbiguousDollar
from headlinecheck.extraction import UNBOUNDED, Figure, Kind, Qualifier, extract

D = Decimal

HEADLINE = "Hong Kong Puts $6.4M Into Ledger Technology as Cyberport Houses 150+ Companies"
BODY = (
    "Since 2015 the territory has poured nearly HK$200 billion into research. "
    "Start-ups at the science park raised approximately HKD 780 million last year, "
    "and funding for Cyberport start-ups is now surpassing HKD 35.7 billion. "
    "This year's budget gives HKD 50 million for Web 3.0 work, and more than 150 related "
    "companies have moved in. The park saw a 30% rise, to 320 entities. "
    "A HKD 10 billion fund and HKD 500 million for digital pilots follow the 14th Five-Year Plan "
    "in the 2021-22 fiscal year, pushing Industry 4.0."
)


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


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "qualifier"),
    [
        ("HKD 50 million", D("5e7"), D("4.95e7"), D("5.05e7"), Qualifier.NONE),
        ("HKD 10 billion", D("1e10"), D("9.5e9"), D("1.05e10"), Qualifier.NONE),
        ("HKD 500 million", D("5e8"), D("4.995e8"), D("5.005e8"), Qualifier.NONE),
        # "nearly" says below: [v - 10%, printed high)
        ("HK$200 billion", D("2e11"), D("1.8e11"), D("2.005e11"), Qualifier.APPROX),
        ("HKD 780 million", D("7.8e8"), D("7.02e8"), D("8.58e8"), Qualifier.APPROX),
        ("HKD 35.7 billion", D("3.57e10"), D("3.57e10"), UNBOUNDED, Qualifier.MORE_THAN),
    ],
)
def test_body_money(
    text: str, value: Decimal, low: Decimal, high: Decimal, qualifier: Qualifier
) -> None:
    figure = by_text(extract(BODY), text)
    assert figure.kind is Kind.MONEY
    assert figure.currency == "HKD"
    assert figure.value == value
    assert (figure.low, figure.high) == (low, high)
    assert figure.qualifier is qualifier


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


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("US$50", "USD"),
        ("HK$50", "HKD"),
        ("HKD 50", "HKD"),
        ("USD 50", "USD"),
        ("USD$50", "USD"),
        ("S$50", "SGD"),
        ("A$50", "AUD"),
        ("C$50", "CAD"),
        ("NT$50", "TWD"),
        ("R$50", "BRL"),
        ("RMB50", "CNY"),
        ("Rmb 50", "CNY"),
        ("CNY 50", "CNY"),
        ("50 yuan", "CNY"),
        ("50 renminbi", "CNY"),
        ("€50", "EUR"),
        ("50 €", "EUR"),
        ("£50", "GBP"),
        ("¥50", "JPY"),
        ("₹50", "INR"),
        ("Rs 50", "INR"),
        ("Rs. 50", "INR"),
        ("EUR 50", "EUR"),
        ("GBP 50", "GBP"),
        ("JPY 50", "JPY"),
        ("CHF 50", "CHF"),
        ("50 ZAR", "ZAR"),
        ("50 Hong Kong dollars", "HKD"),
        ("50 US dollars", "USD"),
        ("50 euros", "EUR"),
        ("50 pounds sterling", "GBP"),
        ("50 pounds", "GBP"),
        ("50 yen", "JPY"),
        ("50 Swiss francs", "CHF"),
        ("50 Singapore dollars", "SGD"),
        ("USD115", "USD"),
        ("115USD", "USD"),
        ("20€", "EUR"),
        ("3.14US$", "USD"),
        ("50 MUSD", "USD"),
    ],
)
def test_currency_markers(text: str, currency: str) -> None:
    figure = only(text)
    assert figure.kind is Kind.MONEY
    assert figure.currency == currency
    assert figure.text == text


def test_money_in_words_and_symbols_in_context() -> None:
    figures = extract("It paid 420 million Finnish markka and 6.65 billion pesetas.")
    assert [(f.value, f.currency) for f in figures] == [
        (D(420_000_000), "FIM"),
        (D(6_650_000_000), "ESP"),
    ]


@pytest.mark.parametrize("text", ["$50", "50 dollars", "50 bucks", "$ 50", "50$"])
def test_bare_dollar_is_ambiguous(text: str) -> None:
    figure = only(text)
    assert isinstance(figure.currency, AmbiguousDollar)
    assert figure.currency.candidates[:2] == ("USD", "HKD")
    assert figure.currency.symbol == "$"


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


# --------------------------------------------------------------------------- numbers and magnitudes


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("$50", D(50), D(1)),
        ("$6.4", D("6.4"), D("0.1")),
        ("$1,234,567.89", D("1234567.89"), D("0.01")),
        ("$35.7", D("35.7"), D("0.1")),
        ("$0.5", D("0.5"), D("0.1")),
        ("$.5", D("0.5"), D("0.1")),
        ("fifty dollars", D(50), D(1)),
        ("one hundred and twenty dollars", D(120), D(1)),
        ("forty-two dollars", D(42), D(1)),
        ("a dozen dollars", D(12), D(1)),
        ("a dollar", D(1), D(1)),
        ("half a million dollars", D(500_000), D(100_000)),
        ("Rs 12,34,567", D(1_234_567), D(1)),
    ],
)
def test_numbers(text: str, value: Decimal, precision: Decimal) -> None:
    figure = only(text)
    assert (figure.value, figure.precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$5k", D("5e3")),
        ("$5K", D("5e3")),
        ("$5 thousand", D("5e3")),
        ("$5M", D("5e6")),
        ("$5m", D("5e6")),
        ("$5mn", D("5e6")),
        ("$5 mln", D("5e6")),
        ("$5 million", D("5e6")),
        ("$5 Million", D("5e6")),
        ("$5B", D("5e9")),
        ("$5bn", D("5e9")),
        ("HK$200bn", D("2e11")),
        ("$5 billion", D("5e9")),
        ("$5tn", D("5e12")),
        ("$5 trillion", D("5e12")),
        ("Rs 5 lakh", D("5e5")),
        ("Rs 5 crore", D("5e7")),
        ("₹5 lakh crore", D("5e12")),
        ("5000万元", D("5e7")),
        ("36.57亿元", D("3657e6")),
    ],
)
def test_magnitudes(text: str, value: Decimal) -> None:
    figure = only(text)
    assert figure.value == value
    assert figure.text == text


def test_one_letter_magnitudes_need_money() -> None:
    assert extract("He won the 100m sprint and a 5k run") == ()


# --------------------------------------------------------------------------- qualifiers and ranges


@pytest.mark.parametrize(
    ("phrase", "qualifier", "low", "high"),
    [
        ("about", Qualifier.APPROX, D("4.5e6"), D("5.5e6")),
        ("around", Qualifier.APPROX, D("4.5e6"), D("5.5e6")),
        ("approximately", Qualifier.APPROX, D("4.5e6"), D("5.5e6")),
        ("some", Qualifier.APPROX, D("4.5e6"), D("5.5e6")),
        ("nearly", Qualifier.APPROX, D("4.5e6"), D("5.05e6")),
        ("almost", Qualifier.APPROX, D("4.5e6"), D("5.05e6")),
        ("over", Qualifier.MORE_THAN, D("5e6"), UNBOUNDED),
        ("more than", Qualifier.MORE_THAN, D("5e6"), UNBOUNDED),
        ("at least", Qualifier.AT_LEAST, D("5e6"), UNBOUNDED),
        ("up to", Qualifier.AT_MOST, D(0), D("5e6")),
        ("no more than", Qualifier.AT_MOST, D(0), D("5e6")),
        ("under", Qualifier.LESS_THAN, D(0), D("5e6")),
        ("less than", Qualifier.LESS_THAN, D(0), D("5e6")),
    ],
)
def test_qualifiers_widen_the_interval(
    phrase: str, qualifier: Qualifier, low: Decimal, high: Decimal
) -> None:
    figure = only(f"It cost {phrase} HKD 5.0 million.")
    assert figure.qualifier is qualifier
    assert (figure.low, figure.high) == (low, high)
    assert figure.text == "HKD 5.0 million"


@pytest.mark.parametrize(
    "text", ["$5-6 million", "between $5m and $6m", "HK$5m to HK$6m", "$5m-$6m", "$5–6m"]
)
def test_ranges(text: str) -> None:
    figure = only(text)
    assert figure.qualifier is Qualifier.RANGE
    assert (figure.value, figure.value_high) == (D("5e6"), D("6e6"))
    assert (figure.low, figure.high) == (D("4.5e6"), D("6.5e6"))


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
    assert (figure.kind, figure.unit_noun, figure.value_high) == (Kind.COUNT, "companies", 20)


# --------------------------------------------------------------------------- counts and percentages


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("150+ Companies", D(150), "companies"),
        ("320 entities", D(320), "entities"),
        ("1,900 community companies", D(1900), "companies"),
        ("more than 150 related companies", D(150), "companies"),
        ("210 research and development projects", D(210), "projects"),
        ("1.2 million people", D(1_200_000), "people"),
        ("over 430 startups", D(430), "startups"),
        ("150+ Web3 Companies", D(150), "companies"),
        ("more than 150 Web3 companies", D(150), "companies"),
        ("fifty companies", D(50), "companies"),
        ("one hundred and twenty companies", D(120), "companies"),
        ("three million people", D(3_000_000), "people"),
    ],
)
def test_counts_carry_their_head_noun(text: str, value: Decimal, noun: str) -> None:
    figure = only(text)
    assert (figure.kind, figure.value, figure.unit_noun) == (Kind.COUNT, value, noun)
    assert figure.currency is None


@pytest.mark.parametrize("text", ["30%", "30 per cent", "16 percent", "2.5 pct", "30 %"])
def test_percentages(text: str) -> None:
    figure = only(text)
    assert figure.kind is Kind.PERCENT
    assert figure.text == text


def test_bare_numbers_without_a_noun_are_not_figures() -> None:
    assert extract("The total was 135. It rose to 40, then 12.") == ()


# --------------------------------------------------------------------------- false-positive traps


@pytest.mark.parametrize(
    "text",
    [
        "in 2015",
        "the 2021-22 fiscal year",
        "on 25 April 2023",
        "April 25, 2023",
        "call 2345 6789",
        "phone +852 2345-6789",
        "the 3rd, 14th and 21st",
        "version 1.2.3",
        "Web 3.0 apps",
        "Web3 projects",
        "the 14th Five-Year Plan",
        "K-pop stars",
        "Industry 4.0.",
        "the 1990s",
        "a 3-year deal",
        "3D printing",
        "Q3 2024",
        "FY2023",
        "COVID-19",
        "G7 leaders",
        "page 5 of 10",
        "at 10:30",
        "No. 10 Downing Street",
        "Euro 2024 tickets",
        "ISO 4217",
    ],
)
def test_false_positive_traps(text: str) -> None:
    assert extract(text) == ()


# --------------------------------------------------------------------------- locales


@pytest.mark.parametrize(
    ("text", "locale", "value", "currency"),
    [
        ("1.234.567,89 €", "de_DE", D("1234567.89"), "EUR"),
        ("1\u202f234,50\u00a0€", "fr_FR", D("1234.5"), "EUR"),
        ("R$\u00a01.234,56", "pt_BR", D("1234.56"), "BRL"),
        ("₹12,34,567.89", "en_IN", D("1234567.89"), "INR"),
        ("￥1,235", "ja_JP", D(1235), "JPY"),
    ],
)
def test_locale_separators(text: str, locale: str, value: Decimal, currency: str) -> None:
    figure = only(text, locale=locale)
    assert (figure.value, figure.currency) == (value, currency)


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


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("十五美元", D(15), "USD"),
        ("我有一千元", D(1000), "CNY"),
        ("总额为四十九兆九千五百九十二億元", D(49_959_200_000_000), "CNY"),
        ("兑换１．０７５３美元", D("1.0753"), "USD"),
        ("花费我三块", D(3), "CNY"),
        ("300美圆", D(300), "USD"),
        ("5306亿台币", D(530_600_000_000), "TWD"),
    ],
)
def test_chinese_numerals_and_full_width_digits(text: str, value: Decimal, currency: str) -> None:
    figure = only(text)
    assert (figure.value, figure.currency) == (value, currency)


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


@pytest.mark.parametrize("text", ["one of the companies", "two of the firms", "one company"])
def test_number_words_without_a_plural_noun_are_not_counts(text: str) -> None:
    assert extract(text) == ()


@pytest.mark.parametrize(
    ("text", "figure_text"),
    [
        ("raised $6\nmillion", "$6\nmillion"),
        ("HKD 50\n  million has been set aside", "HKD 50\n  million"),
        ("$5  million", "$5  million"),
        ("$8\tmillion", "$8\tmillion"),
    ],
)
def test_a_magnitude_may_follow_a_line_break_or_several_spaces(text: str, figure_text: str) -> None:
    # Hard-wrapped Markdown splits "HKD 50 million" across lines; the magnitude must not be lost.
    figure = only(text)
    assert figure.text == figure_text
    assert figure.value in (D(5_000_000), D(6_000_000), D(8_000_000), D(50_000_000))
    assert figure.precision == D(1_000_000)


def test_a_paragraph_break_separates_a_number_from_a_magnitude() -> None:
    assert only("It cost $5\n\nmillion").value == D(5)


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("Covid-19 cases climbed to 500 cases", D(500), "cases"),
        ("The air force buys 40 F-35 jets", D(40), "jets"),
        ("150 AI-driven companies", D(150), "companies"),
        ("430 start-ups", D(430), "start-ups"),
    ],
)
def test_numbers_inside_hyphenated_names_are_not_counts(
    text: str, value: Decimal, noun: str
) -> None:
    figure = only(text)
    assert (figure.kind, figure.value, figure.unit_noun) == (Kind.COUNT, value, noun)
