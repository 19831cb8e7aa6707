"""Extraction fixes for forms QA found misread: one letter before a spaced "$", magnitudes on
counts, casualty words, locale magnitude and percent words, invisible gaps, model numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from headlinecheck import _lexicon
from headlinecheck.currencies import AmbiguousDollar
from headlinecheck.extraction import Figure, Kind, Qualifier, extract
from headlinecheck.lang.en import CASUALTY_WORDS

D = Decimal


def only(text: str, **kwargs: object) -> Figure:
    figures = extract(text, **kwargs)  # type: ignore[arg-type]
    assert len(figures) == 1, figures
    return figures[0]


# --------------------------------------------------------------------------- "Series C $50M"


@pytest.mark.parametrize(
    "text", ["Series C $50M round", "Plan B $5m budget", "Class A $20 shares", "a $50M round"]
)
def test_a_spaced_single_letter_before_the_dollar_is_no_currency_prefix(text: str) -> None:
    figure = only(text)
    assert isinstance(figure.currency, AmbiguousDollar)
    assert figure.text.startswith("$")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("C$50M", "CAD"),
        ("US $50M", "USD"),
        ("HK$ 50M", "HKD"),
        ("A$50M", "AUD"),
        ("raised C$50M in its Series C", "CAD"),
        ("ranges between c $ 16.4 million", "CAD"),  # tokenised, lower-cased corpus text
    ],
)
def test_letter_symbols_keep_working(text: str, code: str) -> None:
    figure = only(text)
    assert figure.currency == code
    assert figure.value in (D(50_000_000), D(16_400_000))


# --------------------------------------------------------------------------- "5m people"


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("5m people", D(5_000_000), "people"),
        ("5M people lost power", D(5_000_000), "people"),
        ("1.2bn users", D(1_200_000_000), "users"),
        ("10k followers", D(10_000), "followers"),
        ("Streaming Service Tops 5M Subscribers", D(5_000_000), "subscribers"),
    ],
)
def test_an_attached_magnitude_before_a_plural_noun_is_a_count(
    text: str, value: Decimal, noun: str
) -> None:
    figure = only(text)
    assert (figure.kind, figure.value, figure.unit_noun) == (Kind.COUNT, value, noun)


def test_five_m_people_has_the_precision_of_its_magnitude() -> None:
    figure = only("5m people")
    assert (figure.low, figure.high, figure.precision) == (D(4_500_000), D(5_500_000), D(10**6))


@pytest.mark.parametrize(
    "text",
    [
        "He won the 100m sprint and a 5k run",
        "the 100m hurdles",
        "5k runners gathered",
        "2m tall players",
        "the 400m relays",
        "5m new users",  # a modifier between: not certain enough to read the letter
    ],
)
def test_an_attached_letter_before_anything_else_is_no_count(text: str) -> None:
    assert extract(text) == ()


def test_an_attached_magnitude_still_makes_money() -> None:
    figure = only("$5m")
    assert (figure.kind, figure.value) == (Kind.MONEY, D(5_000_000))


# --------------------------------------------------------------------------- casualties


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("3 dead in crash", D(3), "dead"),
        ("Two killed as bus overturns", D(2), "killed"),
        ("12 injured in blast", D(12), "injured"),
        ("40 wounded", D(40), "wounded"),
        ("5 missing after landslide", D(5), "missing"),
        ("7 hurt in stampede", D(7), "hurt"),
        ("3 injured workers were taken to hospital", D(3), "workers"),
        ("One person dies", D(1), "person"),
        ("1 person was hurt", D(1), "person"),
    ],
)
def test_casualty_words_and_one_person_are_counts(text: str, value: Decimal, noun: str) -> None:
    figure = only(text)
    assert (figure.kind, figure.value, figure.unit_noun) == (Kind.COUNT, value, noun)
    assert figure.text == text.split(" ")[0]


def test_casualty_words_are_public_for_the_checker() -> None:
    assert {"dead", "died", "killed", "injured", "wounded", "missing", "hurt", "arrested"} == (
        CASUALTY_WORDS
    )


@pytest.mark.parametrize("text", ["a 5 person team", "5 person team", "one company"])
def test_a_singular_noun_after_a_number_above_one_is_no_count(text: str) -> None:
    assert extract(text) == ()


# --------------------------------------------------------------------------- locale words


@pytest.mark.parametrize(
    ("text", "locale", "value", "currency", "figure_text"),
    [
        ("1,2 Mrd. Euro", "de_DE", D("1.2e9"), "EUR", "1,2 Mrd. Euro"),
        ("Umsatz von 10 Mio. Euro", "de_DE", D("1e7"), "EUR", "10 Mio. Euro"),
        ("3 Milliarden Euro", "de_DE", D("3e9"), "EUR", "3 Milliarden Euro"),
        ("1 Billion Euro", "de_DE", D("1e12"), "EUR", "1 Billion Euro"),  # German: 10**12
        ("2 Mrd Euro", "de_AT", D("2e9"), "EUR", "2 Mrd Euro"),  # same language, no dot
        ("R$ 10 milhões", "pt_BR", D("1e7"), "BRL", "R$ 10 milhões"),
        ("R$ 1,5 bilhão", "pt_BR", D("1.5e9"), "BRL", "R$ 1,5 bilhão"),
        ("R$ 20 mil", "pt_BR", D("2e4"), "BRL", "R$ 20 mil"),
        ("3 Md€", "fr_FR", D("3e9"), "EUR", "3 Md€"),
        ("1,5\u00a0milliard €", "fr_FR", D("1.5e9"), "EUR", "1,5\u00a0milliard €"),
        ("₹5 Cr", "en_IN", D("5e7"), "INR", "₹5 Cr"),
        ("1,2 milliard d'euros", "fr_FR", D("1.2e9"), "EUR", "1,2 milliard d'euros"),
        ("500 millions de dollars", "fr_FR", D("5e8"), "$", "500 millions de dollars"),
        (
            "3 milliards de francs suisses",
            "fr_FR",
            D("3e9"),
            "CHF",
            "3 milliards de francs suisses",
        ),
        ("10 milhões de euros", "pt_BR", D("1e7"), "EUR", "10 milhões de euros"),
    ],
)
def test_locale_magnitude_words(
    text: str, locale: str, value: Decimal, currency: str, figure_text: str
) -> None:
    figure = only(text, locale=locale)
    found = figure.currency
    if isinstance(found, AmbiguousDollar):
        found = found.symbol
    assert (figure.value, found, figure.text) == (value, currency, figure_text)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("10 millions de personnes", "fr_FR"),
        ("1,2 milliard d'euros", None),
        ("5 de euros", "fr_FR"),
    ],
)
def test_a_connector_needs_a_locale_magnitude_and_a_currency(text: str, locale: str) -> None:
    assert all(f.kind is not Kind.MONEY or f.value < 10**6 for f in extract(text, locale=locale))


def test_a_locale_magnitude_sets_the_precision() -> None:
    figure = only("1,2 Mrd. Euro", locale="de_DE")
    assert (figure.low, figure.high) == (D("1.15e9"), D("1.25e9"))


@pytest.mark.parametrize(
    ("text", "locale", "figure_text"),
    [
        ("3,5 Prozent", "de_DE", "3,5 Prozent"),
        ("um 3,5 prozent gestiegen", "de_DE", "3,5 prozent"),
        ("3,5 pour cent", "fr_FR", "3,5 pour cent"),
        ("3,5\u00a0%", "fr_FR", "3,5\u00a0%"),
        ("3,5\u202f%", "fr_FR", "3,5\u202f%"),
        ("3,5 por cento", "pt_BR", "3,5 por cento"),
        ("3.5パーセント", "ja_JP", "3.5パーセント"),
    ],
)
def test_locale_percent_words(text: str, locale: str, figure_text: str) -> None:
    figure = only(text, locale=locale)
    assert (figure.kind, figure.value, figure.text) == (Kind.PERCENT, D("3.5"), figure_text)


def test_locale_words_need_the_locale() -> None:
    assert extract("3,5 Prozent") == ()
    assert only("2 Milliarden Euro").value == D(2)
    assert only("2 Milliarden Euro", locale="de_DE").value == D(2_000_000_000)


def test_locale_words_need_a_word_boundary() -> None:
    # "Mio" inside a longer word, "Prozente" are not the magnitude and percent words.
    assert only("10 Mionen Euro", locale="de_DE").value == D(10)
    assert extract("3,5 Prozentpunkte", locale="de_DE") == ()


def test_locale_words_come_from_cldr() -> None:
    # Generated by scripts/build_lexicon.py from babel's compact decimal formats and units.
    assert _lexicon.LOCALE_MAGNITUDES["de_DE"]["mrd."] == 9
    assert _lexicon.LOCALE_MAGNITUDES["pt_BR"]["milhões"] == 6
    assert _lexicon.LOCALE_PERCENT["de_DE"] == ("prozent",)
    assert "en_US" not in _lexicon.LOCALE_MAGNITUDES  # English words are read for every text


def test_an_unlisted_locale_takes_the_words_of_its_language_only() -> None:
    assert only("3,5 Prozent", locale="de_AT").kind is Kind.PERCENT
    assert only("3.5 Prozent", locale="de_CH").value == D("3.5")
    assert only("₹5 Cr", locale="en_IN").value == D(50_000_000)
    # "Cr" for crore is Indian English, not English: en_AU and en_US do not read it.
    # Indian magnitudes are read in every English text ("cr" included): "₹5 Cr" is 5 crore.
    assert only("₹5 Cr", locale="en_AU").value == D(50_000_000)
    assert only("₹5 Cr", locale="en_US").value == D(50_000_000)


def test_english_magnitudes_still_work_with_a_locale() -> None:
    assert only("5 million euros", locale="de_DE").value == D(5_000_000)


# --------------------------------------------------------------------------- invisible gaps


@pytest.mark.parametrize("gap", ["\u00a0", "\u202f", "\u00ad", " \u00a0"])
def test_no_break_spaces_and_soft_hyphens_keep_the_magnitude(gap: str) -> None:
    text = f"HKD 50{gap}million"
    figure = only(text)
    assert (figure.value, figure.currency, figure.text) == (D(50_000_000), "HKD", text)


# --------------------------------------------------------------------------- model numbers


@pytest.mark.parametrize(
    "text",
    [
        "Boeing 737 jets were grounded",
        "airlines grounded Boeing 737 jets",
        "Windows 11 users complain",
        "the new iPhone 15 owners",
        "Fortune 500 companies",
        "Boeing 737 MAX jets were grounded",
        "Windows 11 Pro users",
    ],
)
def test_numbers_in_model_names_are_no_counts(text: str) -> None:
    assert extract(text) == ()


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("Cyberport Welcomes 150+ Companies", D(150), "companies"),
        ("Cyberport Welcomes 150 Companies", D(150), "companies"),
        ("Boeing's 200 engineers", D(200), "engineers"),
        ("Some 150 companies moved in", D(150), "companies"),
        ("Only 5 people came", D(5), "people"),
        ("Another 20 firms joined", D(20), "firms"),
        ("The park hosts 150 companies", D(150), "companies"),
        ("Boeing hires 150 engineers", D(150), "engineers"),
        ("Cyberport welcomes 150+ companies", D(150), "companies"),
        ("Cyberport Welcomes 150 New Companies", D(150), "companies"),
        ("CYBERPORT WELCOMES 150 COMPANIES", D(150), "companies"),
    ],
)
def test_counts_after_capitalised_words_stay(text: str, value: Decimal, noun: str) -> None:
    figure = only(text)
    assert (figure.kind, figure.value, figure.unit_noun) == (Kind.COUNT, value, noun)


# --------------------------------------------------------------------------- fund codes


@pytest.mark.parametrize("text", ["Apple sold 15 units", "200 housing units", "5 units"])
def test_units_are_counted_not_colombian_value_units(text: str) -> None:
    figure = extract(text)[0]
    assert figure.kind is Kind.COUNT


def test_fund_codes_have_no_names_but_keep_their_iso_code() -> None:
    assert "units" not in _lexicon.HEADS and "colombian real value unit" not in _lexicon.NAMES
    assert only("CLF 3 million").currency == "CLF"


# --------------------------------------------------------------------------- change to a level


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


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The plan will cut 5 to 10 jobs", D("4.5"), D("10.5")),
        ("Exports rose 5% to 7%", D("4.5"), D("7.5")),
        ("It costs £5 million to £20 million", D(4_500_000), D(20_500_000)),
    ],
)
def test_close_ends_after_a_verb_and_ends_without_a_verb_are_ranges(
    text: str, low: Decimal, high: Decimal
) -> None:
    figure = only(text)
    assert (figure.low, figure.high) == (low, high)


# --------------------------------------------------------------------------- "top" as a verb


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("India's forex reserves top $600 billion", Qualifier.MORE_THAN),
        ("Top $5 million prize goes unclaimed", Qualifier.NONE),
        ("the top $5 million prize", Qualifier.NONE),
        ("The top 10 companies", Qualifier.NONE),
        ("the top 5% of earners", Qualifier.NONE),
    ],
)
def test_top_is_more_than_only_as_a_verb_before_money(text: str, qualifier: Qualifier) -> None:
    assert only(text).qualifier is qualifier
