"""Properties of extraction: babel round trips, no exceptions, honest spans and intervals."""

from __future__ import annotations

from decimal import Decimal

import babel.numbers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from headlinecheck._lexicon import LOCALES
from headlinecheck.currencies import AmbiguousDollar
from headlinecheck.extraction import Kind, extract

CURRENCIES = [
    "USD",
    "HKD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "INR",
    "BRL",
    "AUD",
    "CAD",
    "SGD",
    "TWD",
    "CHF",
    "KRW",
    "MXN",
    "NZD",
    "SEK",
    "ZAR",
    "THB",
    "PLN",
]


@st.composite
def amounts(draw: st.DrawFn, code: str) -> Decimal:
    digits = babel.numbers.get_currency_precision(code)
    units = draw(st.integers(min_value=0, max_value=10**13))
    return Decimal(units).scaleb(-digits)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), locale=st.sampled_from(LOCALES), code=st.sampled_from(CURRENCIES))
def test_babel_formatted_amounts_round_trip(data: st.DataObject, locale: str, code: str) -> None:
    amount = data.draw(amounts(code))
    text = babel.numbers.format_currency(amount, code, locale=locale)
    figures = extract(text, locale=locale)
    assert len(figures) == 1, (text, figures)
    figure = figures[0]
    assert figure.kind is Kind.MONEY
    assert figure.value == amount, text
    assert figure.text == text.strip()
    if isinstance(figure.currency, AmbiguousDollar):
        # A bare "$": every one of these locales reads it as USD.
        assert figure.currency.candidates[0] == code == "USD", text
    else:
        assert figure.currency == code, text


def test_round_trip_in_a_sentence() -> None:
    for locale in LOCALES:
        amount = Decimal("1234567.5")
        money = babel.numbers.format_currency(amount, "EUR", locale=locale)
        figures = extract(f"Le budget: {money}. Fin.", locale=locale)
        assert [(f.value, f.currency) for f in figures] == [(amount, "EUR")], money


VOCABULARY = [
    "$",
    "HK$",
    "US$",
    "€",
    "£",
    "¥",
    "₹",
    "Rs",
    "RMB",
    "USD",
    "HKD",
    "dollars",
    "yuan",
    "euros",
    "million",
    "bn",
    "m",
    "k",
    "lakh",
    "crore",
    "万",
    "亿",
    "元",
    "%",
    "per cent",
    "+",
    "-",
    "–",
    "to",
    "and",
    "between",
    "from",
    "about",
    "nearly",
    "more than",
    "up to",
    "under",
    "at least",
    "companies",
    "people",
    "one",
    "twenty",
    "hundred",
    "a",
    "half",
    "point",
    "cents",
    "c",
    "the",
    "in",
    "April",
    "No.",
    "#",
    "Web",
    "3.0",
    "2021-22",
    "14th",
    ".",
    ",",
    "(",
    ")",
    "\n",
    "\u00a0",
    "\u202f",
    "\u00ad",
    "Mrd.",
    "Mio.",
    "Milliarden",
    "Prozent",
    "milhões",
    "por cento",
    "pour cent",
    "Md",
    "milliards",
    "de",
    "d'euros",
    "dead",
    "injured",
    "person",
    "Boeing",
    "Series C",
    "5m",
]
numbers = st.one_of(
    st.integers(min_value=0, max_value=10**15).map(str),
    st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False).map(str),
    st.sampled_from(["1,234", "12,34,567.89", ".5", "1.2.3", "1,1,1", "0", "007"]),
)
tokens = st.one_of(st.sampled_from(VOCABULARY), numbers, st.text(max_size=3))
news_like = st.lists(tokens, max_size=30).flatmap(
    lambda parts: st.lists(
        st.sampled_from(["", " ", "  "]), min_size=len(parts), max_size=len(parts)
    ).map(lambda gaps: "".join(g + p for g, p in zip(gaps, parts, strict=True)))
)


@settings(max_examples=600, deadline=None)
@given(
    text=st.one_of(st.text(), news_like),
    locale=st.sampled_from([None, "de_DE", "fr_FR", "en_IN", "pt_BR"]),
)
def test_never_raises_and_spans_index_the_figure_text(text: str, locale: str | None) -> None:
    figures = extract(text, locale=locale)
    previous_end = 0
    for figure in figures:
        start, end = figure.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == figure.text
        assert start >= previous_end, "figures overlap or are out of order"
        previous_end = end
        assert figure.low <= figure.value <= figure.high
        if figure.value_high is not None:
            assert figure.value <= figure.value_high <= figure.high
        assert (figure.kind is Kind.MONEY) == (figure.currency is not None)
        assert (figure.kind is Kind.COUNT) == (figure.unit_noun is not None)
