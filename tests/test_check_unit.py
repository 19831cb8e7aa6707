"""Checker logic on hand-built figures and a fake rate source (no extraction, no bundled table)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import attrs
import pytest

from check_helpers import DOLLAR, FakeRates, count, money
from corpus_cases import rows
from headlinecheck.checking import Diagnosis, DollarSource, Options, Report, Verdict, check_figures
from headlinecheck.checking.context import Sentences as _Sentences
from headlinecheck.checking.diagnoses.digit_slip import is_digit_slip as _is_digit_slip
from headlinecheck.checking.diagnoses.over_rounded import coarser_claims as _coarser_claims
from headlinecheck.checking.nouns import nouns_compatible
from headlinecheck.checking.reading import resolve_dollar
from headlinecheck.currencies import AmbiguousDollar
from headlinecheck.errors import ConfigError
from headlinecheck.extraction import Figure, Kind, Qualifier
from headlinecheck.wording import amount, amount_range
from shared import SEED_PUBLISHED

RATES = FakeRates({"HKD": Decimal("7.8393"), "EUR": Decimal("0.92"), "SGD": Decimal("1.35")})
DAY = SEED_PUBLISHED
BODY_TEXT = (
    "The budget gives HKD 50 million to blockchain development at Cyberport. "
    "Funding for startups passed HKD 35.7 billion. More than 150 related companies joined."
)
EVIDENCE = (
    money("HKD 50 million", "50000000", "HKD", "1000000", at=BODY_TEXT.index("HKD 50")),
    money("HKD 35.7 billion", "35700000000", "HKD", "100000000", at=BODY_TEXT.index("HKD 35")),
    count("150", "150", "companies", at=BODY_TEXT.index("150"), open_above=True),
)
HEADLINE = "Hong Kong allocates {} to blockchain development as Cyberport welcomes 150+ companies"


def _claim(
    text: str, value: str, precision: str, currency: object = DOLLAR, **kw: object
) -> Figure:
    at = HEADLINE.index("{}")
    return money(text, value, currency, precision, at=at, **kw)  # type: ignore[arg-type]


def _check(
    claim_text: str, value: str, precision: str, currency: object = DOLLAR, **kw: object
) -> Report:
    claim = _claim(claim_text, value, precision, currency, **kw)
    headline = HEADLINE.format(claim_text)
    return check_figures(headline, BODY_TEXT, [claim], EVIDENCE, published=DAY, rates=RATES)


def test_seed_claim_supported_with_arithmetic() -> None:
    report = _check("$6.4M", "6400000", "100000")
    (result,) = report.claims
    assert report.ok
    assert result.verdict is Verdict.SUPPORTED
    assert result.evidence is EVIDENCE[0]
    assert result.rate is not None and result.rate.base == "HKD"
    low, high = result.converted  # type: ignore[misc]
    assert low == Decimal(49500000) * result.rate.value
    assert high == Decimal(50500000) * result.rate.value
    assert report.dollar.source is DollarSource.DEFAULT
    assert report.to_dict()["schema"] == "headlinecheck.report/1"


@pytest.mark.parametrize(
    ("text", "value", "precision", "diagnosis"), rows("check/units/seed_diagnoses.yaml")
)
def test_seed_variants(
    text: str, value: Decimal, precision: Decimal, diagnosis: str | None
) -> None:
    report = _check(text, str(value), str(precision))
    (result,) = report.claims
    assert not report.ok
    assert result.verdict is Verdict.MISMATCH
    want = None if diagnosis is None else Diagnosis[diagnosis]
    assert result.diagnosis is want, result.message
    assert result.evidence is EVIDENCE[0]


def test_count_needs_compatible_noun() -> None:
    claim = count("150+ companies", "150", "companies", at=70, open_above=True)
    report = check_figures(HEADLINE, BODY_TEXT, [claim], EVIDENCE, published=DAY, rates=RATES)
    assert report.claims[0].verdict is Verdict.SUPPORTED
    other = count("150+ startups", "150", "startups", at=70, open_above=True)
    report = check_figures(HEADLINE, BODY_TEXT, [other], EVIDENCE, published=DAY, rates=RATES)
    assert report.claims[0].verdict is Verdict.UNSUPPORTED


# ---- the article's dollar


def _dollar_report(body: str, evidence: list[Figure], day: date, **options: Any) -> Report:
    claim = money("$50M", "50000000", DOLLAR, "1000000", at=0)
    return check_figures(
        "$50M for the scheme",
        body,
        [claim],
        evidence,
        published=day,
        rates=RATES,
        options=Options(**options),
    )


def test_pinned_dollar_wins_over_everything() -> None:
    body = "SINGAPORE (Feb 19): HKD 50 million for the scheme."
    evidence = [money("HKD 50 million", "50000000", "HKD", "1000000", at=20)]
    report = _dollar_report(body, evidence, DAY, dollar="HKD")
    assert report.dollar.source is DollarSource.PINNED
    assert report.dollar.currency == "HKD"
    assert report.claims[0].verdict is Verdict.SUPPORTED
    assert report.claims[0].rate is None


def test_locale_pins_its_territory_dollar() -> None:
    evidence = [money("HKD 50 million", "50000000", "HKD", "1000000", at=0)]
    report = _dollar_report("HKD 50 million.", evidence, DAY, locale="en_HK")
    assert (report.dollar.currency, report.dollar.source) == ("HKD", DollarSource.LOCALE)
    report = _dollar_report("HKD 50 million.", evidence, DAY, locale="en_GB")
    assert report.dollar.source is DollarSource.DEFAULT


def test_body_bare_dollar_is_the_same_unit() -> None:
    body = "The city will spend $50 million, part of HKD 1.2 billion."
    evidence = [
        money("$50 million", "50000000", DOLLAR, "1000000", at=20),
        money("HKD 1.2 billion", "1200000000", "HKD", "100000000", at=41),
    ]
    report = _dollar_report(body, evidence, DAY)
    assert report.dollar.source is DollarSource.BODY
    (result,) = report.claims
    assert result.verdict is Verdict.SUPPORTED
    assert result.evidence is evidence[0]
    assert "without conversion" in report.dollar.reason


@pytest.mark.parametrize(
    ("opening", "currency", "source"), rows("check/units/dateline_dollar.yaml")
)
def test_dateline_sets_the_dollar(opening: str, currency: str, source: str) -> None:
    reading = resolve_dollar([], [], opening + "The ministry will spend S$8 million.")
    assert (reading.currency, reading.source) == (currency, DollarSource[source])
    assert reading.reason.endswith(".")


def test_default_dollar_is_configurable() -> None:
    reading = resolve_dollar([], [], "Nothing here.", default_dollar="CAD")
    assert (reading.currency, reading.source) == ("CAD", DollarSource.DEFAULT)


def test_match_only_under_another_dollar_is_currency_confusion() -> None:
    # $ reads as USD; "EUR 4.4 million" is USD 4.78 million but SGD 6.49 million (0.92 EUR and
    # 1.35 SGD per USD): "$6.5M" matches only if $ meant the Singapore dollar.
    body = "The agency pays EUR 4.4 million; a S$1 million top-up follows."
    evidence = [
        money("EUR 4.4 million", "4400000", "EUR", "100000", at=16),
        money("S$1 million", "1000000", "SGD", "1000000", at=36),
    ]
    claim = money("$6.5M", "6500000", AmbiguousDollar(("USD", "HKD")), "100000", at=0)
    report = check_figures("$6.5M deal", body, [claim], evidence, published=DAY, rates=RATES)
    (result,) = report.claims
    assert result.verdict is Verdict.MISMATCH
    assert result.diagnosis is Diagnosis.CURRENCY_CONFUSION
    assert result.hint is not None and result.hint.currency == "SGD"
    assert "only if $ meant SGD" in result.message


def test_bad_dollar_codes_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="ISO 4217"):
        resolve_dollar([], [], "", dollar="dollars")
    with pytest.raises(ConfigError, match="locale"):
        resolve_dollar([], [], "", locale="xx_NOPE")


# ---- dates and windows


def test_window_uses_the_rate_range_and_says_so() -> None:
    rates = FakeRates(
        {"HKD": Decimal("7.80")},
        history={"HKD": {date(2023, 1, 1): Decimal("7.75"), date(2023, 6, 1): Decimal("7.85")}},
    )
    claim = _claim("$6.4M", "6400000", "100000")
    report = check_figures(
        HEADLINE.format("$6.4M"),
        BODY_TEXT,
        [claim],
        EVIDENCE,
        published_window=(date(2023, 1, 1), date(2023, 12, 31)),
        rates=rates,
    )
    (result,) = report.claims
    assert result.verdict is Verdict.SUPPORTED
    assert result.rate is None and result.rate_range is not None
    assert report.window == (date(2023, 1, 1), date(2023, 12, 31))
    assert not report.date_uncertain
    assert "rates between" in result.message
    assert result.rate_range.low.value < result.rate_range.high.value
    assert result.converted == (
        Decimal(49500000) * result.rate_range.low.value,
        Decimal(50500000) * result.rate_range.high.value,
    )


def test_no_date_uses_the_last_year_of_the_table_and_flags_it() -> None:
    claim = _claim("$6.4M", "6400000", "100000")
    report = check_figures(HEADLINE.format("$6.4M"), BODY_TEXT, [claim], EVIDENCE, rates=RATES)
    assert report.date_uncertain
    assert report.window == (RATES.last - timedelta(days=364), RATES.last)
    assert "Date unknown: the rate table's last 365 days" in report.claims[0].message
    assert report.to_dict()["date_uncertain"] is True


def test_reversed_window_is_a_config_error() -> None:
    claim = _claim("$6.4M", "6400000", "100000")
    with pytest.raises(ConfigError, match="window"):
        check_figures(
            "h", "b", [claim], EVIDENCE, published_window=(DAY, date(2020, 1, 1)), rates=RATES
        )


def test_stale_rate_only_from_a_date_the_writer_may_have_used() -> None:
    # USD 21 million for GBP 10.5 million needs 0.5 GBP per USD (GBP at 2.0 USD). That rate
    # stands in 2007 (16 years before the article: coincidence), in mid-2021 (some 2 years
    # before: a stale rate) and from 2024 (after the article: never used).
    def rates_with(history: dict[date, str]) -> FakeRates:
        dated = {day: Decimal(value) for day, value in history.items()}
        return FakeRates({"GBP": Decimal("0.8")}, history={"GBP": dated})

    far_and_after = {date(2007, 11, 8): "0.5", date(2008, 6, 1): "0.8", date(2024, 1, 1): "0.5"}
    recent = {date(2021, 6, 1): "0.5", date(2021, 9, 1): "0.8"}
    body = "The council ordered buses for GBP 10.5 million."
    evidence = [money("GBP 10.5 million", "10500000", "GBP", "100000", at=30)]
    claim = money("$21 million", "21000000", DOLLAR, "1000000", at=0)

    def judged(history: dict[date, str], published: date = DAY) -> Any:
        report = check_figures(
            "$21 million buses", body, [claim], evidence, published=published,
            rates=rates_with(history),
        )  # fmt: skip
        return report.claims[0]

    result = judged(far_and_after | recent)
    assert result.diagnosis is Diagnosis.STALE_RATE, result.message
    assert result.hint is not None and result.hint.rate is not None
    assert result.hint.rate.used == date(2021, 6, 1)
    assert judged(far_and_after).diagnosis is None
    # The same claim a few weeks after that rate is simply supported.
    assert judged(far_and_after, date(2007, 12, 1)).verdict is Verdict.SUPPORTED


# ---- verdict rules


def test_unsupported_warns_or_fails() -> None:
    claim = Figure(Kind.PERCENT, Decimal(30), Decimal("29.5"), Decimal("30.5"), None, (0, 3), "30%")
    for mode, ok in (("warn", True), ("fail", False)):
        report = check_figures(
            "30% more",
            BODY_TEXT,
            [claim],
            EVIDENCE,
            published=DAY,
            rates=RATES,
            options=Options(unsupported=mode),  # type: ignore[arg-type]
        )
        assert report.claims[0].verdict is Verdict.UNSUPPORTED
        assert report.claims[0].evidence is None
        assert "no percentages" in report.claims[0].message
        assert report.ok is ok


@pytest.mark.parametrize(
    ("claim_noun", "evidence_noun", "compatible"), rows("check/units/count_nouns.yaml")
)
def test_count_nouns(claim_noun: str | None, evidence_noun: str | None, compatible: bool) -> None:
    claim = count("150", "150", claim_noun)
    evidence = count("150", "150", evidence_noun)
    assert nouns_compatible(claim, evidence) is compatible


def test_percent_is_not_a_count() -> None:
    claim = Figure(
        Kind.PERCENT, Decimal(150), Decimal("149.5"), Decimal("150.5"), None, (0, 4), "150%"
    )
    report = check_figures("150% growth", BODY_TEXT, [claim], EVIDENCE, published=DAY, rates=RATES)
    assert report.claims[0].verdict is Verdict.UNSUPPORTED


def test_tolerance_absorbs_rate_source_differences() -> None:
    # HKD 49.5-50.5 million / 7.8393 = USD 6.314-6.442 million; "$6.2M" (6.15-6.25) is 1.0%
    # below the low end: outside the default 0.5% tolerance, inside 1.5%.
    claim = _claim("$6.2M", "6200000", "100000")
    strict = check_figures(HEADLINE, BODY_TEXT, [claim], EVIDENCE, published=DAY, rates=RATES)
    loose = check_figures(
        HEADLINE,
        BODY_TEXT,
        [claim],
        EVIDENCE,
        published=DAY,
        rates=RATES,
        options=Options(tolerance=Decimal("0.015")),
    )
    assert strict.claims[0].verdict is Verdict.MISMATCH
    assert loose.claims[0].verdict is Verdict.SUPPORTED


@pytest.mark.parametrize("bad", [Decimal(-1), Decimal(1), Decimal("NaN")])
def test_bad_tolerance_is_a_config_error(bad: Decimal) -> None:
    with pytest.raises(ConfigError, match="tolerance"):
        Options(tolerance=bad)


def test_unconvertible_candidates_become_notes() -> None:
    evidence = [money("XAU 5 million", "5000000", "XAU", "1000000", at=0)]
    claim = _claim("$6.4M", "6400000", "100000")
    report = check_figures("h", "XAU 5 million", [claim], evidence, published=DAY, rates=RATES)
    (result,) = report.claims
    assert result.verdict is Verdict.UNSUPPORTED
    assert result.notes and "XAU" in result.notes[0]
    assert "cannot be checked" in result.message


def test_no_money_claim_never_loads_rates() -> None:
    class Exploding:
        def __getattr__(self, name: str) -> Any:
            raise AssertionError(f"rates touched: {name}")

    claim = count("150+", "150", "companies", at=0, open_above=True)
    report = check_figures("150+ companies", BODY_TEXT, [claim], EVIDENCE, rates=Exploding())
    assert report.ok and report.window is None


def test_check_is_pure() -> None:
    first = _check("$4.6M", "4600000", "100000")
    second = _check("$4.6M", "4600000", "100000")
    assert first == second
    assert first.to_dict() == second.to_dict()


def test_result_types_are_frozen() -> None:
    report = _check("$6.4M", "6400000", "100000")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        report.ok = False  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        report.claims[0].verdict = Verdict.MISMATCH  # type: ignore[misc]


@pytest.mark.parametrize(("stated", "correct", "slip"), rows("check/units/digit_slip.yaml"))
def test_digit_slip_rule(stated: int, correct: list[int], slip: bool) -> None:
    assert _is_digit_slip(stated, correct) is slip


def test_over_rounded_needs_a_stated_trailing_zero() -> None:
    # "$6.1M" for USD 6.38 million is a wrong digit, not spurious precision.
    result = _check("$6.1M", "6100000", "100000").claims[0]
    assert result.diagnosis is not Diagnosis.OVER_ROUNDED
    result = _check("$6.0M", "6000000", "100000").claims[0]
    assert result.diagnosis is Diagnosis.OVER_ROUNDED
    assert "USD 6 million would be right" in result.message


@pytest.mark.parametrize(
    ("text", "value", "precision", "coarser"), rows("check/units/over_rounded_readings.yaml")
)
def test_coarser_readings(text: str, value: Decimal, precision: Decimal, coarser: int) -> None:
    assert len(_coarser_claims(money(text, str(value), DOLLAR, str(precision)))) == coarser


def test_open_evidence_supports_a_number_only_near_its_bound() -> None:
    # "passed HKD 35.7 billion" is USD 4.55 billion or a little more, not any larger amount.
    near = _check("$4.6B", "4600000000", "100000000")
    far = _check("$6.4B", "6400000000", "100000000")
    evidence = [
        money(
            "HKD 35.7 billion",
            "35700000000",
            "HKD",
            "100000000",
            at=0,
            qualifier=Qualifier.MORE_THAN,
        )
    ]
    for report, verdict in ((near, Verdict.SUPPORTED), (far, Verdict.MISMATCH)):
        claim = report.claims[0].claim
        got = check_figures("h", "b", [claim], evidence, published=DAY, rates=RATES)
        assert got.claims[0].verdict is verdict


def test_amount_wording() -> None:
    assert amount(Decimal("6371947.62"), "USD") == "USD 6.37 million"
    assert amount(Decimal("6371947.62"), "USD", 2) == "USD 6.4 million"
    assert amount(Decimal("999999"), None, 2) == "1 million"
    assert amount_range(Decimal("6313000"), Decimal("6442000"), "USD") == "USD 6.31 to 6.44 million"
    assert amount_range(Decimal("990e6"), Decimal("999.8e6"), "USD") == "USD 0.99 to 1 billion"
    # Half-way ends keep their fourth digit: "€1.43 billion" is 1.425-1.435, not "1.43 to 1.44".
    assert (
        amount_range(Decimal("1.425e9"), Decimal("1.435e9"), "EUR") == "EUR 1.425 to 1.435 billion"
    )
    assert amount_range(Decimal("499.5e6"), Decimal("500.5e6"), None) == "499.5 to 500.5 million"
    # A figure stated finer than three digits is written as stated ("Rs 10.52 billion",
    # "N315.563 billion"), not rounded to a number the body does not say; a converted interval
    # whose ends agree at three digits keeps them.
    assert amount_range(Decimal("10.515e9"), Decimal("10.525e9"), "INR") == "INR 10.52 billion"
    assert (
        amount_range(Decimal("315.5625e9"), Decimal("315.5635e9"), "NGN") == "NGN 315.563 billion"
    )
    converted = amount_range(Decimal("6390123.417"), Decimal("6393876.551"), "USD")
    assert converted == "USD 6.39 million"


def test_sentences_ignore_hard_wrapping() -> None:
    body = "First one. In a year more than 150 companies set up at\nCyberport, it said.\n\nNext"
    sentences = _Sentences(body)
    at = body.index("150")
    assert sentences.around((at, at + 3)) == (
        " In a year more than 150 companies set up at\nCyberport, it said"
    )
    assert sentences.around((0, 5)) == "First one"
    assert sentences.around((len(body) - 4, len(body))) == "Next"


def test_claim_context_is_the_text_between_the_neighbouring_claims() -> None:
    from headlinecheck.checking.context import neighbours as _neighbours

    headline = "HK spends $6.4M, cuts 30% of 150 jobs"
    spans = [(10, 15), (22, 25), (29, 32)]
    ends, starts = [end for _, end in spans], [start for start, _ in spans]

    def context(span: tuple[int, int]) -> str:
        lo, hi = _neighbours(span, ends, starts, len(headline))
        return headline[lo : span[0]] + " " + headline[span[1] : hi]

    assert context((22, 25)) == ", cuts   of "
    assert context((10, 15)) == "HK spends  , cuts "
    assert context((29, 32)) == " of   jobs"
    # A span that is not one of the claims (check_figures takes any figures) sits between two.
    assert context((26, 28)) == " " + " " + " "
