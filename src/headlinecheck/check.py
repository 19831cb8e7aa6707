"""The checker: headline claims against body figures, converted at the article's date.

``check(headline, body, published=...)`` extracts the figures of both texts, resolves the article's
``$`` convention, pairs every headline figure (a *claim*) with the body figure that best supports
it (its *evidence*) and returns a ``Report``. Every figure is an interval; a claim is supported
when its interval overlaps the evidence interval converted into the claim's currency, widened by a
relative ``tolerance``. A mismatch is explained by a ``Diagnosis`` where one fits.

The function is pure: the rate table is an argument (anything with the ``RateSource`` methods),
loaded lazily only when no table is given. docs/checking.md documents every rule with examples.
"""

from __future__ import annotations

import bisect
import enum
import itertools
import os
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Any, Literal, NamedTuple, Protocol

import attrs

from headlinecheck.currencies import AmbiguousDollar
from headlinecheck.errors import ConfigError, HeadlinecheckError
from headlinecheck.extract import (
    BOUND_WORDS,
    FALL_WORDS,
    RISE_WORDS,
    Figure,
    Kind,
    LazyPattern,
    Qualifier,
    casualty_before,
    extract,
)
from headlinecheck.rates import ISO_4217, Rate, RatePath, RateRange

#: Version tag of ``Report.to_dict()``; bump the number on any incompatible change.
SCHEMA = "headlinecheck.report/1"

DEFAULT_TOLERANCE = Decimal("0.005")
DEFAULT_DOLLAR = "USD"
#: Without a date or window, rates are taken over this many last days of the table.
DEFAULT_WINDOW_DAYS = 365
#: A rate this many days or more away from the article's date counts as "stale".
STALE_AFTER_DAYS = 180
#: ... and at most this many days before it: a rate the writer may still have had at hand (last
#: year's report). Over the whole history any near miss finds some rate, "explaining" a 2023
#: headline with a 2008 rate by coincidence; a rate after the article cannot have been used.
STALE_WITHIN_DAYS = 3 * 365

Unsupported = Literal["warn", "fail"]


class Verdict(str, enum.Enum):
    """A claim is supported by a body figure, contradicted by one (mismatch), or unchecked."""

    SUPPORTED = "supported"
    MISMATCH = "mismatch"
    UNSUPPORTED = "unsupported"


class Diagnosis(str, enum.Enum):
    """Why a mismatched claim is probably wrong, most specific first (the order is the priority)."""

    WRONG_DIRECTION = "wrong_direction"
    CURRENCY_CONFUSION = "currency_confusion"
    MAGNITUDE_SLIP = "magnitude_slip"
    INVERTED_RATE = "inverted_rate"
    OVER_ROUNDED = "over_rounded"
    DIGIT_SLIP = "digit_slip"
    STALE_RATE = "stale_rate"


_DIAGNOSIS_ORDER = {d: i for i, d in enumerate(Diagnosis)}


class DollarSource(str, enum.Enum):
    """Which rule decided what a bare ``$`` means in this article."""

    PINNED = "pinned"  # the dollar= option (or article metadata such as currency:)
    LOCALE = "locale"  # the locale= option names a territory whose currency is a dollar
    BODY = "body"  # the body writes bare $ itself: headline $ is that same unit
    DATELINE = "dateline"  # "SINGAPORE (Feb 19):" opening the body, not a wire story
    DEFAULT = "default"  # nothing else applies: the default dollar (USD unless configured)


@attrs.frozen
class DollarReading:
    """What a bare ``$`` is read as in this article, and why (one plain sentence)."""

    currency: str
    source: DollarSource
    reason: str


class RateSource(Protocol):
    """What the checker needs from a rate table (``headlinecheck.rates.RateTable`` has it)."""

    @property
    def coverage(self) -> tuple[date, date]: ...

    def rate(self, base: str, quote: str, on: date) -> Rate: ...

    def rate_range(self, base: str, quote: str, start: date, end: date) -> RateRange: ...

    def rates_between(self, base: str, quote: str, start: date, end: date) -> tuple[Rate, ...]: ...


@attrs.frozen
class Hint:
    """The hypothesis behind a diagnosis: under it the claim would have matched.

    ``converted`` is the evidence interval under that hypothesis (e.g. unconverted for a
    currency confusion, x1000 for a magnitude slip, at the stale ``rate`` for a stale rate).
    """

    converted: tuple[Decimal, Decimal]
    rate: Rate | None = None
    factor: Decimal | None = None
    currency: str | None = None
    #: For ``wrong_direction``: how the body says the figure moved, "up" or "down", or "not up" /
    #: "not down" when it denies the headline's movement.
    direction: str | None = None


@attrs.frozen
class ClaimResult:
    """One headline figure judged against the body.

    ``converted`` is the evidence interval in the claim's currency (before tolerance) and
    ``rate`` the rate used for it (``None`` for the same currency or when ``rate_range`` was used,
    i.e. the article has no single date). ``difference`` is ``claim.value / converted value - 1``
    (signed; ``None`` without evidence). ``suggestion`` is what the body supports, for a
    mismatch, written in the claim's currency ("USD 6.4 million").
    """

    claim: Figure
    verdict: Verdict
    evidence: Figure | None
    converted: tuple[Decimal, Decimal] | None
    rate: Rate | None
    difference: Decimal | None
    diagnosis: Diagnosis | None
    message: str
    claim_currency: str | None = None
    evidence_currency: str | None = None
    rate_range: RateRange | None = None
    hint: Hint | None = None
    suggestion: str | None = None
    notes: tuple[str, ...] = ()


def _tolerance(value: Decimal | str | float) -> Decimal:
    try:
        tolerance = Decimal(str(value))
    except ArithmeticError as error:
        raise ConfigError("tolerance must be a number", value=str(value)) from error
    if not tolerance.is_finite() or not 0 <= tolerance < 1:
        raise ConfigError("tolerance must be a fraction in [0, 1)", value=str(value))
    return tolerance


def _one_of_modes(_: object, __: object, value: str) -> None:
    if value not in ("warn", "fail"):
        raise ConfigError("unsupported must be 'warn' or 'fail'", value=value)


def _optional_code(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None:
        _check_code(value, attribute.name)


def _upper_code(value: str) -> str:
    # "hkd" is HKD, as the CLI and configuration files already read it.
    return value.strip().upper() if isinstance(value, str) else value


def _upper_optional_code(value: str | None) -> str | None:
    return None if value is None else _upper_code(value)


def _positive(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        raise ConfigError(f"{attribute.name} must be at least 1", value=value)


@attrs.frozen
class Options:
    """The settings of a check, validated on construction (``ConfigError``) and echoed in
    ``Report.to_dict`` for reproducibility."""

    tolerance: Decimal = attrs.field(default=DEFAULT_TOLERANCE, converter=_tolerance)
    unsupported: Unsupported = attrs.field(default="warn", validator=_one_of_modes)
    dollar: str | None = attrs.field(
        default=None, converter=_upper_optional_code, validator=_optional_code
    )
    default_dollar: str = attrs.field(
        default=DEFAULT_DOLLAR, converter=_upper_code, validator=_optional_code
    )
    locale: str | None = None
    default_window_days: int = attrs.field(default=DEFAULT_WINDOW_DAYS, validator=_positive)
    stale_after_days: int = attrs.field(default=STALE_AFTER_DAYS, validator=_positive)


@attrs.frozen
class Report:
    """The verdicts on one headline. ``ok`` is False on any mismatch (and on an unsupported
    claim when ``options.unsupported == "fail"``).

    ``window`` is the date range whose rates were used when there is no single ``published``
    date; ``date_uncertain`` is True when even that window was a default guess.
    """

    headline: str
    claims: tuple[ClaimResult, ...]
    ok: bool
    published: date | None
    window: tuple[date, date] | None
    date_uncertain: bool
    dollar: DollarReading
    options: Options

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data under ``SCHEMA`` (see docs/checking.md)."""
        counts = dict.fromkeys((v.value for v in Verdict), 0)
        for result in self.claims:
            counts[result.verdict.value] += 1
        return {
            "schema": SCHEMA,
            "headline": self.headline,
            "ok": self.ok,
            "published": _iso(self.published),
            "window": None if self.window is None else [_iso(d) for d in self.window],
            "date_uncertain": self.date_uncertain,
            "dollar": {
                "currency": self.dollar.currency,
                "source": self.dollar.source.value,
                "reason": self.dollar.reason,
            },
            "options": {
                "tolerance": str(self.options.tolerance),
                "unsupported": self.options.unsupported,
                "dollar": self.options.dollar,
                "default_dollar": self.options.default_dollar,
                "locale": self.options.locale,
                "default_window_days": self.options.default_window_days,
                "stale_after_days": self.options.stale_after_days,
            },
            "summary": counts,
            "claims": [_result_dict(r) for r in self.claims],
        }


# --------------------------------------------------------------------------------------------
# JSON form


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _interval(pair: tuple[Decimal, Decimal] | None) -> list[str] | None:
    return None if pair is None else [str(pair[0]), str(pair[1])]


def figure_dict(figure: Figure) -> dict[str, Any]:
    """A ``Figure`` as JSON-ready data (also used by the report renderers)."""
    currency = figure.currency
    return {
        "kind": figure.kind.value,
        "text": figure.text,
        "span": [figure.span[0], figure.span[1]],
        "value": str(figure.value),
        "value_high": _dec(figure.value_high),
        "low": str(figure.low),
        "high": str(figure.high),
        "precision": str(figure.precision),
        "qualifier": figure.qualifier.value,
        "currency": currency if isinstance(currency, str) else None,
        "dollar_candidates": (
            list(currency.candidates) if isinstance(currency, AmbiguousDollar) else None
        ),
        "unit_noun": figure.unit_noun,
    }


def rate_dict(rate: Rate | None) -> dict[str, Any] | None:
    if rate is None:
        return None
    return {
        "base": rate.base,
        "quote": rate.quote,
        "value": str(rate.value),
        "requested": rate.requested.isoformat(),
        "used": rate.used.isoformat(),
        "source": rate.source,
        "path": rate.path.value,
    }


def _result_dict(result: ClaimResult) -> dict[str, Any]:
    hint = result.hint
    rate_range = result.rate_range
    return {
        "claim": figure_dict(result.claim),
        "claim_currency": result.claim_currency,
        "verdict": result.verdict.value,
        "diagnosis": None if result.diagnosis is None else result.diagnosis.value,
        "message": result.message,
        "evidence": None if result.evidence is None else figure_dict(result.evidence),
        "evidence_currency": result.evidence_currency,
        "converted": _interval(result.converted),
        "rate": rate_dict(result.rate),
        "rate_range": (
            None
            if rate_range is None
            else {
                "start": rate_range.start.isoformat(),
                "end": rate_range.end.isoformat(),
                "low": rate_dict(rate_range.low),
                "high": rate_dict(rate_range.high),
            }
        ),
        "difference": _dec(result.difference),
        "hint": (
            None
            if hint is None
            else {
                "converted": _interval(hint.converted),
                "rate": rate_dict(hint.rate),
                "factor": _dec(hint.factor),
                "currency": hint.currency,
                "direction": hint.direction,
            }
        ),
        "suggestion": result.suggestion,
        "notes": list(result.notes),
    }


# --------------------------------------------------------------------------------------------
# The article's dollar

_WIRE_TAG = LazyPattern(r"\((?:Reuters|AP|AFP|Bloomberg|Dow Jones|Xinhua|dpa|UPI)\)", re.IGNORECASE)
# An upper-case place of one to three words opening the body, then "(", ",", ":" or a dash.
_DATELINE = LazyPattern(r"\s*([A-Z]+(?: [A-Z]+){0,2})\s?[(,:\u2014\u2013-]")
# Places whose own press writes a bare $ for the local dollar.
_DATELINE_DOLLARS: Mapping[str, str] = {
    "SINGAPORE": "SGD",
    "SYDNEY": "AUD",
    "MELBOURNE": "AUD",
    "BRISBANE": "AUD",
    "PERTH": "AUD",
    "CANBERRA": "AUD",
    "TORONTO": "CAD",
    "OTTAWA": "CAD",
    "MONTREAL": "CAD",
    "VANCOUVER": "CAD",
    "CALGARY": "CAD",
    "WELLINGTON": "NZD",
    "AUCKLAND": "NZD",
    "HONG KONG": "HKD",
    "TAIPEI": "TWD",
    "NEW YORK": "USD",
    "WASHINGTON": "USD",
    "SAN FRANCISCO": "USD",
    "CHICAGO": "USD",
    "LOS ANGELES": "USD",
}


def dateline_dollar(body: str) -> tuple[str, str] | None:
    """(currency, place) from a dateline opening ``body``, or None.

    Only a body that *starts* with an upper-case place known to use a bare ``$`` for its own
    dollar counts, and never a wire story ("(Reuters)" etc. in the first line): wire services
    write ``$`` for the US dollar wherever they file from.
    """
    first_line = body.lstrip()[:200].split("\n", 1)[0]
    match = _DATELINE.match(first_line)
    if match is None or _WIRE_TAG.search(first_line):
        return None
    place = match.group(1)
    currency = _DATELINE_DOLLARS.get(place)
    return None if currency is None else (currency, place)


def _locale_dollar(locale: str) -> str | None:
    """The territory's currency of ``locale`` ("en_SG" -> "SGD") if it is a dollar, else None."""
    import babel  # heavy: only when a locale is given
    import babel.numbers

    try:
        territory = babel.Locale.parse(locale.replace("-", "_")).territory
    except (ValueError, babel.UnknownLocaleError) as error:
        raise ConfigError("unknown locale", value=locale, fix="use a form like en_SG") from error
    if not territory:
        return None
    currencies = babel.numbers.get_territory_currencies(territory)
    if not currencies:
        return None
    code = str(currencies[0])
    is_dollar = code in _KNOWN_DOLLARS or "$" in babel.numbers.get_currency_symbol(code, "en")
    return code if is_dollar else None


_KNOWN_DOLLARS = frozenset(
    {"USD", "HKD", "SGD", "AUD", "CAD", "NZD", "TWD", "BND", "FJD", "JMD", "TTD", "BSD", "BBD"}
)


def resolve_dollar(
    headline_figures: Sequence[Figure],
    body_figures: Sequence[Figure],
    body: str,
    *,
    dollar: str | None = None,
    default_dollar: str = DEFAULT_DOLLAR,
    locale: str | None = None,
) -> DollarReading:
    """Decide what a bare ``$`` means in this article: pin > locale > body usage > dateline >
    default. Never looks at whether a reading would make a claim match."""
    del headline_figures  # the headline cannot vouch for itself
    if dollar is not None:
        code = _check_code(dollar, "dollar")
        return DollarReading(code, DollarSource.PINNED, f"$ is pinned to {code}.")
    if locale is not None:
        code_or_none = _locale_dollar(locale)
        if code_or_none is not None:
            return DollarReading(
                code_or_none,
                DollarSource.LOCALE,
                f"$ is read as {code_or_none}, the dollar of the article's locale {locale}.",
            )
    hint = dateline_dollar(body)
    base_code, base_why = (
        (hint[0], f"from the dateline {hint[1]}")
        if hint is not None
        else (_check_code(default_dollar, "default_dollar"), "the default dollar")
    )
    bare = next((f for f in body_figures if isinstance(f.currency, AmbiguousDollar)), None)
    if bare is not None:
        return DollarReading(
            base_code,
            DollarSource.BODY,
            f"The body itself writes bare $ amounts, such as “{bare.text}”, so the headline's "
            f"$ is that unit and is compared with them without conversion; against other "
            f"currencies it is read as {base_code}, {base_why}.",
        )
    if hint is not None:
        return DollarReading(
            base_code, DollarSource.DATELINE, f"$ is read as {base_code} {base_why}."
        )
    return DollarReading(
        base_code,
        DollarSource.DEFAULT,
        f"Nothing in the article says which dollar $ is, so it is read as {base_why}, {base_code}.",
    )


_CODE = LazyPattern(r"[A-Z]{3}")


def _check_code(code: str, option: str) -> str:
    if not _CODE.fullmatch(code) or code not in ISO_4217:
        raise ConfigError(
            f"{option} must be an ISO 4217 code", value=code, fix="e.g. USD, HKD, SGD"
        )
    return code


def _currency_of(figure: Figure, reading: DollarReading) -> str | None:
    currency = figure.currency
    if isinstance(currency, AmbiguousDollar):
        return reading.currency
    return currency


# --------------------------------------------------------------------------------------------
# Rates: one date, or a window


class _Conversion(NamedTuple):
    """Evidence interval converted into the claim currency, with the rate(s) that did it.

    Internal helpers are named tuples, not attrs classes: building an attrs class costs most of
    a millisecond at every start-up, a named tuple a tenth of that.
    """

    low: Decimal
    high: Decimal
    point: Decimal
    rate: Rate | None
    rate_range: RateRange | None
    factor_low: Decimal  # the multiplier applied to the evidence's low end
    factor_high: Decimal


class _Rates:
    """Rate look-ups for one check, memoised (the same pair recurs for every candidate)."""

    def __init__(
        self,
        source: Callable[[], RateSource],
        published: date | None,
        window: tuple[date, date] | None,
    ) -> None:
        self._source_factory = source
        self._source: RateSource | None = None
        self.published = published
        self.window = window
        self._memo: dict[tuple[str, str], Rate | RateRange | HeadlinecheckError] = {}
        self._series: dict[tuple[str, str], tuple[Rate, ...]] = {}

    @property
    def source(self) -> RateSource:
        if self._source is None:
            self._source = self._source_factory()
        return self._source

    def lookup(self, base: str, quote: str) -> Rate | RateRange:
        key = (base, quote)
        if key not in self._memo:
            try:
                if self.published is not None:
                    self._memo[key] = self.source.rate(base, quote, self.published)
                else:
                    assert self.window is not None
                    start, end = self.window
                    self._memo[key] = self.source.rate_range(base, quote, start, end)
            except HeadlinecheckError as error:
                # UnknownCurrency / RateNotAvailable: one candidate is lost, not the report.
                self._memo[key] = error
        found = self._memo[key]
        if isinstance(found, HeadlinecheckError):
            raise found
        return found

    def series(self, base: str, quote: str) -> tuple[Rate, ...]:
        key = (base, quote)
        if key not in self._series:
            try:
                first, last = self.source.coverage
                self._series[key] = self.source.rates_between(base, quote, first, last)
            except HeadlinecheckError:
                self._series[key] = ()
        return self._series[key]

    def convert(
        self, figure: Figure, source_ccy: str | None, target_ccy: str | None
    ) -> _Conversion:
        """``figure``'s interval in ``target_ccy``; unchanged for counts, percentages (no
        currency) and the same currency."""
        if source_ccy is None or target_ccy is None or source_ccy == target_ccy:
            return _Conversion(
                figure.low, figure.high, figure.value, None, None, Decimal(1), Decimal(1)
            )
        found = self.lookup(source_ccy, target_ccy)
        if isinstance(found, Rate):
            r = found.value
            return _Conversion(figure.low * r, figure.high * r, figure.value * r, found, None, r, r)
        low_r, high_r = found.low.value, found.high.value
        mid = (low_r + high_r) / 2
        return _Conversion(
            figure.low * low_r,
            figure.high * high_r,
            figure.value * mid,
            None,
            found,
            low_r,
            high_r,
        )


# --------------------------------------------------------------------------------------------
# Interval arithmetic


def _widen(low: Decimal, high: Decimal, tolerance: Decimal) -> tuple[Decimal, Decimal]:
    return low * (1 - tolerance), high * (1 + tolerance)


def overlaps(
    claim: tuple[Decimal, Decimal], evidence: tuple[Decimal, Decimal], tolerance: Decimal
) -> bool:
    """Whether two intervals meet once ``evidence`` is widened by the relative ``tolerance``.

    Without tolerance, intervals that only touch do not meet: printed numbers round half up, so
    "6" covers [5.5, 6.5) and "5" covers [4.5, 5.5), and no amount is both. A point interval
    (a figure stated exactly) still meets an interval that ends at it.
    """
    ev_low, ev_high = _widen(evidence[0], evidence[1], tolerance)
    if tolerance:
        return claim[0] <= ev_high and ev_low <= claim[1]
    low, high = max(claim[0], ev_low), min(claim[1], ev_high)
    return low < high or (low == high and (claim[0] == claim[1] or ev_low == ev_high))


#: A claim that repeats the body's number under another currency is a currency confusion, even
#: when rounding would let it pass, once the conversion lands more than this far from it: 5% is
#: the most a rounding to two significant digits moves a number (1.05 -> 1.0), so an honest
#: conversion rounded to two digits (or near-par rates such as EUR/USD at 1.04) stays supported.
SWAP_THRESHOLD = Decimal("0.05")


def swapped_currency(
    claim: Figure,
    claim_ccy: str | None,
    evidence: Figure,
    ev_ccy: str | None,
    converted_point: Decimal,
) -> bool:
    """Whether ``claim`` writes the body's own number with another currency symbol although the
    conversion is far from it ("$1 billion" for EUR 1 billion = USD 1.24 billion): one
    significant digit spans +-50%, wide enough to hide the slip. Only a plain stated number is
    judged; "about $1 billion" says the writer rounded."""
    if claim_ccy is None or ev_ccy is None or claim_ccy == ev_ccy:
        return False
    if claim.qualifier is not Qualifier.NONE or claim.value != evidence.value:
        return False
    if claim.value <= 0 or not converted_point.is_finite():
        return False
    return abs(converted_point / claim.value - 1) > SWAP_THRESHOLD


def _used_on(rate: Rate) -> date:
    return rate.used


def log_distance(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> Decimal:
    """|log| of the ratio across the gap between two positive intervals; 0 when they overlap."""
    if a[0] > b[1]:
        return _ln_ratio(a[0], b[1])
    if b[0] > a[1]:
        return _ln_ratio(b[0], a[1])
    return Decimal(0)


def _ln_ratio(big: Decimal, small: Decimal) -> Decimal:
    if small <= 0:
        return Decimal("Infinity")
    if big.is_infinite():
        return Decimal("Infinity")
    with localcontext() as ctx:
        ctx.prec = 20
        return (big / small).ln()


# --------------------------------------------------------------------------------------------
# Counts: compatible nouns

_IRREGULAR_PLURALS: Mapping[str, str] = {
    "people": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "staff": "staff",
    "data": "data",
}


def singular(word: str) -> str:
    """Crude English singular for head-noun matching ("companies" -> "company")."""
    word = word.lower()
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_NOUN_WORD = LazyPattern(r"[A-Za-z][A-Za-z'-]*")


def head_noun(noun: str | None) -> str | None:
    """The last word of a unit noun, singular ("related companies" -> "company")."""
    if not noun:
        return None
    words = _NOUN_WORD.findall(noun)
    return singular(words[-1]) if words else None


def nouns_compatible(claim: Figure, evidence: Figure, headline: str = "", body: str = "") -> bool:
    """Counts must count the same thing: the same head noun, or no noun in the claim.

    Casualties are people: "3 dead" counts the "three people" of "three people were killed",
    but not of "three people were injured". ``headline`` and ``body`` (the texts the figures'
    spans index) give the verb after "people".
    """
    want = head_noun(claim.unit_noun)
    if want is None:
        return True
    got = head_noun(evidence.unit_noun)
    if got == want or _SAME_THING.get(want, want) == _SAME_THING.get(got or "", got):
        return True
    want_kind, got_kind = _CASUALTY_KINDS.get(want or ""), _CASUALTY_KINDS.get(got or "")
    if want_kind is not None and got_kind is not None:
        return want_kind == got_kind
    if want_kind is not None:
        return _casualty_of(body, evidence.span, got) == want_kind
    if got_kind is not None:
        return _casualty_of(headline, claim.span, want) == got_kind
    return False


def _casualty_of(text: str, span: tuple[int, int], noun: str | None) -> str | None:
    """What happened to the ``noun`` counted at ``span``: a verb of killing before the number
    ("killing 12 passengers", "have killed 42 people"), or for people a verb after it ("three
    people were killed")."""
    before = _CASUALTY_KINDS.get(casualty_before(text, span[0]) or "")
    if before is not None or noun != "person":
        return before
    return _casualty_after(text, span)


# Head nouns a sub-editor swaps for one another when counting the same thing: "cut 7,000 jobs"
# for "eliminate 7,000 positions", "735 jets" for "735 aircraft". Each maps to its group's name.
_SYNONYM_GROUPS = (
    "job position role employee worker staff",
    "aircraft jet plane airliner",
    "vehicle car",
    "company firm",
)
_SAME_THING: Mapping[str, str] = {
    word: group.split()[0] for group in _SYNONYM_GROUPS for word in group.split()
}


# What a casualty word says happened to the people counted; CASUALTY_WORDS are the nouns.
_CASUALTY_KINDS = {
    "dead": "dead",
    "died": "dead",
    "killed": "dead",
    "injured": "hurt",
    "wounded": "hurt",
    "hurt": "hurt",
    "missing": "missing",
}
_CASUALTY_VERBS = _CASUALTY_KINDS | {"die": "dead", "dies": "dead"}
_CASUALTY_REACH = 40  # characters after "people": "three people were later found dead"


def _casualty_after(text: str, span: tuple[int, int]) -> str | None:
    """The casualty kind a verb soon after ``span`` gives its people, within the clause."""
    window = text[span[1] : span[1] + _CASUALTY_REACH]
    for mark in ".;!?,":
        cut = window.find(mark)
        if cut >= 0:
            window = window[:cut]
    for word in _WORD.findall(window):
        kind = _CASUALTY_VERBS.get(word.lower())
        if kind is not None:
            return kind
    return None


# --------------------------------------------------------------------------------------------
# Context: which body sentence is about the headline's clause

_WORD = LazyPattern(r"[A-Za-z][A-Za-z'’-]*")
_STOPWORD_TEXT = """
about above after again against along also among and another around because been before being
below between both but can could did does doing down during each even ever every few for from
further had has have having here how into its itself just least less like made make many more
most much must near nearly next not now off once only other our out over own per same says
said should since some such than that the their them then there these they this those through
total under until upon very was were what when where which while who whom why will with within
would year years
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def _stems(text: str) -> set[str]:
    # A five-letter prefix is a crude but deterministic stem: allocates/allocated -> "alloc".
    return {
        w.lower()[:5] for w in _WORD.findall(text) if len(w) >= 4 and w.lower() not in _STOPWORDS
    }


def _neighbours(
    span: tuple[int, int], ends: Sequence[int], starts: Sequence[int], length: int
) -> tuple[int, int]:
    """Where the figures around ``span`` end and start: the end of the last one before it (0 if
    none) and the start of the first one after it (``length`` if none). ``ends`` and ``starts``
    are the figures' span ends and starts, each sorted; bisection keeps a long headline or body
    from being scanned once per figure."""
    before = bisect.bisect_right(ends, span[0])
    after = bisect.bisect_left(starts, span[1])
    return (ends[before - 1] if before else 0), (starts[after] if after < len(starts) else length)


# A full stop (etc.) before white space, a Chinese or Japanese full stop (no space follows it), or
# a blank line; a single newline is only hard wrapping.
_SENTENCE_END = LazyPattern(r"[.!?](?=\s)|[\u3002\uff01\uff1f]|\n[ \t]*\n")


def sentence_bounds(body: str) -> tuple[list[int], list[int]]:
    """The starts and ends of every sentence boundary in ``body``, in one linear scan."""
    bounds = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(body)]
    return [start for start, _ in bounds], [end for _, end in bounds]


class _Sentences:
    """Sentence boundaries of a body, found once (one linear scan) and then bisected; the stems
    of each sentence are computed once too, however many figures it holds (a body without
    boundaries is one sentence, and stemming it per figure made ``check`` quadratic)."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.starts, self.ends = sentence_bounds(body)
        self._stems: dict[tuple[int, int], set[str]] = {}

    def bounds(self, span: tuple[int, int]) -> tuple[int, int]:
        """Where the sentence holding ``span`` starts and ends: from the last boundary ending at
        or before its start to the first boundary starting at or after its end."""
        before = bisect.bisect_right(self.ends, span[0])
        start = self.ends[before - 1] if before else 0
        after = bisect.bisect_left(self.starts, span[1])
        end = self.starts[after] if after < len(self.starts) else len(self.body)
        return start, end

    def around(self, span: tuple[int, int]) -> str:
        """The sentence holding ``span``."""
        start, end = self.bounds(span)
        return self.body[start:end]

    def stems(self, span: tuple[int, int]) -> set[str]:
        """The stems of the sentence holding ``span``, computed once per sentence."""
        key = self.bounds(span)
        if key not in self._stems:
            self._stems[key] = _stems(self.body[key[0] : key[1]])
        return self._stems[key]


# --------------------------------------------------------------------------------------------
# Direction: "Profits fall 30%" is not "profits rose 30%"

# "raise" is a movement only with "by" before the figure ("will raise its budget by 7.2%"):
# a startup that "raises $50M" moves nothing.
_BY_ONLY = frozenset({"raise", "raises", "raised", "raising"})
_DIRECTIONS: Mapping[str, str] = dict.fromkeys(sorted(RISE_WORDS | _BY_ONLY), "up") | dict.fromkeys(
    sorted(FALL_WORDS), "down"
)
# "30% more" is a rise, but "more than 30%" and "below $60,000" are bounds: these count only
# after the figure ("30% below last year").
_AFTER_ONLY = BOUND_WORDS
# Hyphen-minus, minus sign, the en dash typeset as a minus, and plus.
_SIGNS: Mapping[str, str] = {"-": "down", "\u2212": "down", "\u2013": "down", "+": "up"}
# Nouns that name a movement only right next to the figure ("growth of 3%", "a 3% reduction");
# further off they are a subject with its own verb: "growth slowed to 3%" is no rise.
_NEXT_TO_ONLY = frozenset({"growth", "expansion", "contraction", "reduction", "minus"})
# "set up a $5M fund", "shut down ...": the particle belongs to the verb, not to the figure.
_PARTICLE_TEXT = """
set sets setting sign signs signed signing end ends ended back backs backed pick picks picked take
takes took taken make makes made put puts shut shuts turn turns turned break breaks broke broken
hand hands handed close closes closed play plays played tie ties tied line lines lined draw draws
drew drawn come comes came open opens opened shore shores shored
"""
_PARTICLE_VERBS = frozenset(_PARTICLE_TEXT.split())
_NEGATIONS = frozenset(
    {"not", "no", "never", "without", "nor", "cannot", "fail", "fails", "failed"}
)
# A clause ends at these; a direction word beyond them is about something else.
_CLAUSE_MARKS = ".;:!?,()[]\u2014\u2013"
_DIRECTION_WORD = LazyPattern(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
#: How far from the figure a direction word may stand, in words (before, after).
DIRECTION_REACH = (3, 2)
# Characters to look at either side: enough for the reach in any real text.
_DIRECTION_CHARS = 100


class Movement(NamedTuple):
    """The direction a text gives a figure ("up" or "down"), the words that say so, whether they
    are negated ("did not fall": ``negated`` is True, ``direction`` "down"), and what the figure
    is to the movement: ``"by"`` the change itself ("rose 3%", "a 3% rise"), ``"to"`` the level
    reached ("rose to 3%"), ``"from"`` the level left ("up from 3%")."""

    direction: str
    words: str
    negated: bool = False
    relation: str = "by"

    def phrase(self) -> str:
        """ "up" / "down" / "not down", as ``Hint.direction`` records it."""
        return f"not {self.direction}" if self.negated else self.direction


#: Which side of zero an amount is on: "a $5M profit" against "a $5 million loss". Read like a
#: direction ("up" is a gain), by ``movement(..., words=POLARITY)``.
POLARITY: Mapping[str, str] = dict.fromkeys(
    ("profit", "profits", "surplus", "surpluses"), "up"
) | dict.fromkeys(("loss", "losses", "deficit", "deficits"), "down")


# Words that do not count towards the reach: "rose by 30%", "fell to a record 30%", "up to 30%".
# Possessives too: "will raise its defence budget by 7.2%" reaches "raise".
_FILLER_TEXT = """
a an the by to of at as some about around nearly almost roughly just its their his her our
"""
_FILLERS = frozenset(_FILLER_TEXT.split())


def _window_words(text: str) -> list[str]:
    return [w.lower().replace("\u2019", "'") for w in _DIRECTION_WORD.findall(text)]


def movement(
    text: str,
    span: tuple[int, int],
    lo: int = 0,
    hi: int | None = None,
    table: Mapping[str, str] | None = None,
) -> Movement | None:
    """The direction ``text`` gives the figure at ``span``, or None.

    A sign stuck to the figure ("-1.2%", "+1.2%") decides first. Otherwise the direction word
    nearest the figure counts: inside the figure's clause, between ``lo`` and ``hi`` (the
    neighbouring figures), within ``DIRECTION_REACH`` words not counting fillers ("rose by 30%",
    "fell to a record 30%"); before the figure wins a tie with after it. Not a direction: "up
    to" and "more/fewer/less than" (bounds), "up"/"down" after verbs such as "set" or "shut"
    (phrasal verbs), "to cut" after the figure (a purpose), a movement noun ("growth") that is
    not next to the figure. A negation among the two words before the direction word ("did not
    fall", "failed to rise") marks it ``negated``. docs/checking.md lists the words.
    ``table`` replaces the direction words (``POLARITY``: profit against loss).
    """
    hi = len(text) if hi is None else hi
    sign = span[0] - 1
    if (
        lo <= sign < len(text)
        and text[sign] in _SIGNS
        and (sign == 0 or not text[sign - 1].isalnum())
    ):
        # "FTSE -1.2%": a sign stuck to the figure is the most direct direction there is (but
        # "5-6%" is a range and "year-on-year" a word).
        return Movement(_SIGNS[text[sign]], text[sign])
    start = max(lo, span[0] - _DIRECTION_CHARS)
    before = text[start : span[0]]
    cut = max(before.rfind(mark) for mark in _CLAUSE_MARKS)
    words_before = _window_words(before[cut + 1 :])
    if cut < 0 and start > lo and text[start - 1].isalpha() and words_before:
        words_before = words_before[1:]  # the window began inside a word
    after = text[span[1] : min(hi, span[1] + _DIRECTION_CHARS)]
    ends = [i for i in (after.find(mark) for mark in _CLAUSE_MARKS) if i >= 0]
    words_after = _window_words(after[: min(ends)] if ends else after)
    raw = [*words_before, "", *words_after]
    at = len(words_before)

    def counts(position: int) -> bool:
        word = raw[position]
        if word in _FILLERS:
            return False
        following = raw[position + 1] if position + 1 < len(raw) else ""
        bound = (word == "up" and following == "to") or (
            position < at and word in _AFTER_ONLY and following == "than"
        )
        return not bound

    before_words = [p for p in range(at - 1, -1, -1) if counts(p)][: DIRECTION_REACH[0]]
    after_words = [p for p in range(at + 1, len(raw)) if counts(p)][: DIRECTION_REACH[1]]
    order = [p for pair in itertools.zip_longest(before_words, after_words) for p in pair]
    nearest = (*before_words[:1], *after_words[:1])
    for position in order:
        if position is None:
            continue
        word = raw[position]
        direction = (_DIRECTIONS if table is None else table).get(word)
        if direction is None or (position < at and word in _AFTER_ONLY):
            continue
        if word in _NEXT_TO_ONLY and position not in nearest:
            continue
        if position > at and raw[position - 1] == "to":
            continue  # "$6.4M to accelerate blockchain": a purpose, not the figure's movement
        if word in ("up", "down") and position > 0 and raw[position - 1] in _PARTICLE_VERBS:
            continue
        between = raw[position + 1 : at]
        if word in _BY_ONLY and (position > at or "by" not in between):
            continue
        relation = "to" if "to" in between else "from" if "from" in between else "by"
        for back in (1, 2):
            if position - back >= 0 and _negates(raw[position - back]):
                words = " ".join(raw[position - back : position + 1])
                return Movement(direction, words, True, relation)
        return Movement(direction, word, False, relation)
    return None


def _negates(word: str) -> bool:
    return word in _NEGATIONS or word.endswith("n't")


# --------------------------------------------------------------------------------------------
# Diagnoses


def _stated_int(figure: Figure) -> int | None:
    """The claim's digits as an integer in units of its precision ("$4.6M" -> 46)."""
    if figure.precision <= 0 or not figure.value.is_finite():
        return None
    units = figure.value / figure.precision
    if units != units.to_integral_value():
        return None
    return int(units)


def _roundings(low: Decimal, high: Decimal, precision: Decimal) -> list[int]:
    """Every value in [low, high] rounded to ``precision``, as integers in that unit."""
    if not (low.is_finite() and high.is_finite()) or precision <= 0:
        return []
    # to_integral_value, not quantize: quantize raises InvalidOperation once the integer has more
    # digits than the context's precision, 28 (a body figure 1e28 times the claim's unit).
    first = int((low / precision).to_integral_value(rounding=ROUND_HALF_UP))
    last = int((high / precision).to_integral_value(rounding=ROUND_HALF_UP))
    if last - first > 20:
        return []
    return list(range(first, last + 1))


def _is_digit_slip(stated: int, correct: Sequence[int]) -> bool:
    """A transposition of two adjacent digits, or one wrong digit that is not a rounding step."""
    if not correct or any(abs(stated - c) <= 1 for c in correct):
        return False
    mine = str(stated)
    if len(mine) < 2:
        return False
    for value in correct:
        theirs = str(value)
        if len(theirs) != len(mine) or theirs == mine:
            continue
        diffs = [i for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a != b]
        if len(diffs) == 1:
            return True
        if (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and mine[diffs[0]] == theirs[diffs[1]]
            and mine[diffs[1]] == theirs[diffs[0]]
        ):
            return True
    return False


# The digits after a decimal separator (no nested quantifiers: linear).
_DECIMALS = LazyPattern(r"\d([.,])(\d+)")


def _coarser_claims(claim: Figure) -> list[tuple[Decimal, Decimal]]:
    """The claim's interval read with fewer significant digits, dropping only stated zeros after
    the decimal point ("$6.0M" -> [5.5M, 6.5M]); empty when the claim states no such zero."""
    if claim.qualifier is not Qualifier.NONE:
        return []
    match = _DECIMALS.search(claim.text)
    # "1,300" groups thousands: its zeros are not stated decimals.
    if match is None or (match.group(1) == "," and len(match.group(2)) == 3):
        return []
    digits = match.group(2)
    out = []
    precision = claim.precision
    for _ in range(len(digits) - len(digits.rstrip("0"))):
        precision *= 10
        out.append((claim.value - precision / 2, claim.value + precision / 2))
    return out


#: "more than X" / "under X" read as at most this far beyond X when judged against a number.
OPEN_SLACK = Decimal("0.10")
_OPEN_BELOW = (Qualifier.AT_MOST, Qualifier.LESS_THAN)


def _bounded(low: Decimal, high: Decimal, qualifier: Qualifier) -> tuple[Decimal, Decimal]:
    """An interval with its open side closed ``OPEN_SLACK`` beyond the stated bound."""
    if high.is_infinite():
        high = low * (1 + OPEN_SLACK)
    if qualifier in _OPEN_BELOW and low == 0:
        low = high * (1 - OPEN_SLACK)
    return low, high


def bounded_evidence(claim: Figure, evidence: Figure) -> Figure:
    """``evidence`` as it can support ``claim``: "more than HKD 35.7 billion" backs "150+"-style
    claims open the same way in full, but a plain number only near the bound (OPEN_SLACK)."""
    low, high = evidence.low, evidence.high
    if high.is_infinite() and claim.high.is_finite():
        high = low * (1 + OPEN_SLACK)
    if evidence.qualifier in _OPEN_BELOW and low == 0 and claim.low > 0:
        low = high * (1 - OPEN_SLACK)
    if (low, high) == (evidence.low, evidence.high):
        return evidence
    return attrs.evolve(evidence, low=low, high=high)


def _digits(figure: Figure) -> int:
    """Significant digits the figure states ("$6.4M" 2, "EUR 1 billion" 1, "HKD 50 million" 2)."""
    stated = _stated_int(figure)
    return len(str(abs(stated))) if stated else 0


def rounded_zeros(claim: Figure) -> Figure:
    """A headline integer ending in zeros read as rounded there, keeping at least two
    significant digits: "387,000 cars" for 386,810 (386,500-387,500), "₹3,700 crore" for 3,726
    crore, "1,900 companies" for 1,912; but "10,000 jobs" is 9,500-10,500, not 5,000-15,000, and
    "500 points" stays 495-505.

    Extraction gives "387,000" the precision of its last digit, and without a rate there is no
    tolerance to absorb the 0.05%: a headline that writes out the zeros rounds as one that
    writes the word ("387 thousand").
    """
    value, precision = claim.value, claim.precision
    if (
        claim.qualifier is not Qualifier.NONE
        or not value.is_finite()
        or not precision.is_finite()
        or precision <= 0
        or "." in claim.text
    ):
        return claim
    written = value / precision
    if written != written.to_integral_value() or written < 100:
        return claim
    digits = str(int(written))
    zeros = min(len(digits) - len(digits.rstrip("0")), len(digits) - 2)
    if zeros <= 0:
        return claim
    precision *= Decimal(10) ** zeros
    half = precision / 2
    return attrs.evolve(claim, low=value - half, high=value + half, precision=precision)


def _states_a_point(figure: Figure) -> bool:
    """A plain or approximate number, not a range or a bound."""
    return (
        figure.qualifier in (Qualifier.NONE, Qualifier.APPROX)
        and figure.value_high is None
        and figure.low <= figure.value <= figure.high
    )


def open_alike(claim: Figure, evidence: Figure) -> bool:
    """Both figures are open the same way: "over 200" and "more than 150", or "under $5M" and
    "less than $6 million"."""
    if claim.high.is_infinite() and evidence.high.is_infinite():
        return True
    return (
        claim.qualifier in _OPEN_BELOW
        and evidence.qualifier in _OPEN_BELOW
        and claim.low == 0
        and evidence.low == 0
    )


def overclaims(
    claim: Figure, evidence: Figure, converted: tuple[Decimal, Decimal], tolerance: Decimal
) -> bool:
    """Whether an open claim goes beyond the open evidence it overlaps: "more than 150" does not
    vouch for "over 200", nor "less than $6 million" for "under $5M". Half a unit of the claim's
    own precision is allowed, as a writer rounds the converted bound ("more than HKD 50 million"
    = more than USD 6.37 million, written "more than $6.4M")."""
    if not open_alike(claim, evidence):
        return False
    half = claim.precision / 2
    if claim.high.is_infinite():
        return claim.low - half > converted[0] * (1 + tolerance)
    return claim.high + half < converted[1] * (1 - tolerance)


_STATES_DIGITS = (Qualifier.NONE, Qualifier.APPROX, Qualifier.RANGE)
_MAGNITUDES = (Decimal(1000), Decimal("0.001"), Decimal(1000000), Decimal("0.000001"))


# --------------------------------------------------------------------------------------------
# Pairing claims with evidence


class _Candidate(NamedTuple):
    evidence: Figure
    bounded: Figure  # the evidence as it can back this claim (see bounded_evidence)
    evidence_currency: str | None
    conversion: _Conversion
    supported: bool
    distance: Decimal
    point_distance: Decimal
    context: int
    diagnosis: Diagnosis | None = None
    hint: Hint | None = None
    # The numbers fit but the figure is still wrong (a diagnosis that needs no hypothesis): the
    # opposite direction, or the body's number reused under another currency.
    conflict: Diagnosis | None = None

    def key(self) -> tuple[Any, ...]:
        if self.supported:
            # Open intervals ("150+", "more than 150") overlap many figures at distance 0; the
            # stated values' log-ratio then picks "more than 150" over "over 1,900".
            return (0, self.distance, self.point_distance, -self.context, self.evidence.span)
        rank = len(_DIAGNOSIS_ORDER) if self.diagnosis is None else _DIAGNOSIS_ORDER[self.diagnosis]
        # Among mismatches, the body sentence about the claim's clause comes first; then the
        # most specific diagnosis; then the nearest figure.
        return (1, -self.context, rank, self.distance, self.point_distance, self.evidence.span)


class _Checker:
    def __init__(
        self,
        headline: str,
        body: str,
        claims: Sequence[Figure],
        evidence: Sequence[Figure],
        reading: DollarReading,
        rates: _Rates,
        options: Options,
    ) -> None:
        self.headline = headline
        self.body = body
        self.claims = claims
        self.evidence = evidence
        self.reading = reading
        self.rates = rates
        self.options = options
        self._sentences: _Sentences | None = None
        self._named_dollars: tuple[str, ...] | None = None
        self._movements: dict[tuple[bool, bool, tuple[int, int]], Movement | None] = {}
        self._bounds: dict[bool, tuple[list[int], list[int]]] = {}

    def movement(
        self, figure: Figure, *, in_headline: bool, polar: bool = False
    ) -> Movement | None:
        """The direction the headline (claims) or the body (evidence) gives ``figure``, looked
        for only up to the neighbouring figures of the same text; with ``polar``, the side of
        zero instead (profit or loss)."""
        key = (in_headline, polar, figure.span)
        if key not in self._movements:
            text = self.headline if in_headline else self.body
            lo, hi = self.neighbours(figure.span, in_headline=in_headline)
            table = POLARITY if polar else None
            self._movements[key] = movement(text, figure.span, lo, hi, table)
        return self._movements[key]

    def neighbours(self, span: tuple[int, int], *, in_headline: bool) -> tuple[int, int]:
        """``_neighbours`` of ``span`` among the claims (headline) or the evidence (body)."""
        if in_headline not in self._bounds:
            figures = self.claims if in_headline else self.evidence
            self._bounds[in_headline] = (
                sorted(f.span[1] for f in figures),
                sorted(f.span[0] for f in figures),
            )
        ends, starts = self._bounds[in_headline]
        text = self.headline if in_headline else self.body
        return _neighbours(span, ends, starts, len(text))

    def contradiction(self, claim: Figure, figure: Figure) -> tuple[Movement, Movement] | None:
        """(the headline's, the body's) movement where they contradict each other, or None.

        "rose" against "falls", or "did not fall" against "falls"; "did not fall" against
        "rises" is no contradiction (nor support of the rise), so the number decides. A change
        and a level are different facts: "inflation falls to 3.2%" and "prices rose 3.2%" can
        both be true. Then, for money, the side of zero: "a $5M profit" against "a $5 million
        loss"."""
        said = self.movement(claim, in_headline=True)
        if said is not None and not said.negated:
            found = self.movement(figure, in_headline=False)
            if (
                found is not None
                and found.relation == said.relation
                and (found.direction != said.direction) is not found.negated
            ):
                return said, found
        if claim.kind is not Kind.MONEY:
            return None  # "profits fall 30%" against "losses fell 30%" is another subject
        said = self.movement(claim, in_headline=True, polar=True)
        if said is not None and not said.negated:
            found = self.movement(figure, in_headline=False, polar=True)
            if found is not None and not found.negated and found.direction != said.direction:
                return said, found
        return None

    def body_stems(self, figure: Figure) -> set[str]:
        if self._sentences is None:
            self._sentences = _Sentences(self.body)
        return self._sentences.stems(figure.span)

    def judge(self, claim: Figure) -> ClaimResult:
        claim = rounded_zeros(claim)
        claim_ccy = _currency_of(claim, self.reading) if claim.kind is Kind.MONEY else None
        same_kind = [f for f in self.evidence if f.kind is claim.kind]
        if claim.kind is Kind.COUNT:
            same_kind = [
                f for f in same_kind if nouns_compatible(claim, f, self.headline, self.body)
            ]
        if not same_kind:
            return self._unsupported(claim, claim_ccy, ())
        # The claim's own clause: the headline between its neighbouring claims.
        lo, hi = self.neighbours(claim.span, in_headline=True)
        context = _stems(
            self.headline[lo : claim.span[0]] + " " + self.headline[claim.span[1] : hi]
        )
        candidates: list[_Candidate] = []
        notes: list[str] = []
        for figure in same_kind:
            try:
                candidate = self._candidate(claim, claim_ccy, figure, context)
            except HeadlinecheckError as error:
                notes.append(f"“{figure.text}” skipped: {error}")
                continue
            candidates.append(candidate)
        if not candidates:
            return self._unsupported(claim, claim_ccy, tuple(dict.fromkeys(notes)))
        supported = [c for c in candidates if c.supported]
        if supported:
            best = min(supported, key=_Candidate.key)
            best = self._nearer_conflict(claim, best, candidates)
        else:
            best = self._best_mismatch(claim, claim_ccy, candidates)
        return self._result(claim, claim_ccy, best, tuple(dict.fromkeys(notes)))

    def _nearer_conflict(
        self, claim: Figure, best: _Candidate, candidates: list[_Candidate]
    ) -> _Candidate:
        """``best``, unless a figure whose number fits the claim better (and whose sentence is as
        much about it) contradicts it: "Unemployment falls to 4%" over "rose to 4.0%, up from
        3.9%" is not saved by the 3.9% that one significant digit also covers."""
        conflicts = [c for c in candidates if c.conflict is not None]
        if not conflicts:
            return best
        nearest = min(conflicts, key=lambda c: (c.point_distance, -c.context, c.evidence.span))
        if nearest.point_distance >= best.point_distance or nearest.context < best.context:
            return best
        diagnosis, hint = self._diagnose(claim, nearest)
        return nearest._replace(diagnosis=diagnosis, hint=hint)

    def _best_mismatch(
        self, claim: Figure, claim_ccy: str | None, candidates: list[_Candidate]
    ) -> _Candidate:
        """The mismatch to report. Diagnoses are only worked out when nothing supports the
        claim, and the costly stale-rate search (a scan of the pair's whole history) only for
        the candidates that would be reported without it: the best context group, none of them
        otherwise explained. Since ``stale_rate`` ranks last, this picks what ranking every
        candidate with every diagnosis would."""
        diagnosed = []
        for candidate in candidates:
            diagnosis, hint = self._diagnose(claim, candidate)
            diagnosed.append(candidate._replace(diagnosis=diagnosis, hint=hint))
        best = min(diagnosed, key=_Candidate.key)
        if best.diagnosis is not None:
            return best
        group = sorted((c for c in diagnosed if c.context == best.context), key=_Candidate.key)
        for candidate in group:
            stale = self._stale_rate(claim, claim_ccy, candidate)
            if stale is not None:
                figure = candidate.bounded
                hint = Hint((figure.low * stale.value, figure.high * stale.value), rate=stale)
                return candidate._replace(diagnosis=Diagnosis.STALE_RATE, hint=hint)
        return best

    def _candidate(
        self, claim: Figure, claim_ccy: str | None, figure: Figure, context: set[str]
    ) -> _Candidate:
        ev_ccy = _currency_of(figure, self.reading) if figure.kind is Kind.MONEY else None
        bounded = bounded_evidence(claim, figure)
        if _states_a_point(bounded) and (
            claim.qualifier is Qualifier.APPROX or _digits(claim) > _digits(bounded)
        ):
            # Compared as the number the body states, not its rounding interval: "about" already
            # widens the claim ("about $6 million" is not "$5 million"), and digits the body
            # does not state cannot come from it ("$1.4 billion" is not "EUR 1 billion").
            bounded = attrs.evolve(bounded, low=bounded.value, high=bounded.value)
        conversion = self.rates.convert(bounded, ev_ccy, claim_ccy)
        claim_iv = (claim.low, claim.high)
        conv_iv = (conversion.low, conversion.high)
        tolerance = self._tolerance(conversion)
        supported = overlaps(claim_iv, conv_iv, tolerance) and not overclaims(
            claim, bounded, conv_iv, tolerance
        )
        conflict = None
        if supported:
            conflict = self._conflict(claim, claim_ccy, figure, ev_ccy, conversion)
        return _Candidate(
            evidence=figure,
            bounded=bounded,
            evidence_currency=ev_ccy,
            conversion=conversion,
            supported=supported and conflict is None,
            distance=log_distance(claim_iv, conv_iv),
            point_distance=log_distance((claim.value, claim.value), (conversion.point,) * 2),
            context=len(context & self.body_stems(figure)),
            conflict=conflict,
        )

    def _tolerance(self, conversion: _Conversion) -> Decimal:
        """The tolerance absorbs the gap between rate sources: without a rate there is none."""
        if conversion.rate is None and conversion.rate_range is None:
            return Decimal(0)
        return self.options.tolerance

    def _conflict(
        self,
        claim: Figure,
        claim_ccy: str | None,
        figure: Figure,
        ev_ccy: str | None,
        conversion: _Conversion,
    ) -> Diagnosis | None:
        """Why a claim whose interval fits ``figure`` is wrong all the same, or None."""
        if swapped_currency(claim, claim_ccy, figure, ev_ccy, conversion.point):
            return Diagnosis.CURRENCY_CONFUSION
        if self.contradiction(claim, figure) is not None:
            return Diagnosis.WRONG_DIRECTION
        return None

    def _diagnose(
        self, claim: Figure, candidate: _Candidate
    ) -> tuple[Diagnosis | None, Hint | None]:
        """The first diagnosis (``Diagnosis`` order) that explains the mismatch, but for
        ``stale_rate`` (see ``_best_mismatch``)."""
        claim_ccy = _currency_of(claim, self.reading) if claim.kind is Kind.MONEY else None
        figure, ev_ccy, conv = candidate.bounded, candidate.evidence_currency, candidate.conversion
        if candidate.conflict is Diagnosis.WRONG_DIRECTION:
            pair = self.contradiction(claim, candidate.evidence)
            assert pair is not None
            return Diagnosis.WRONG_DIRECTION, Hint(
                (conv.low, conv.high), direction=pair[1].phrase()
            )
        if candidate.conflict is Diagnosis.CURRENCY_CONFUSION:
            return Diagnosis.CURRENCY_CONFUSION, Hint((figure.low, figure.high), currency=ev_ccy)
        if open_alike(claim, figure):
            # "over 200" for "more than 150": the hypotheses below compare intervals, and two
            # unbounded ones meet under any factor.
            return None, None
        tol = self._tolerance(conv)
        # A hypothesis must explain the claim's own number, not merely fall under "150+".
        claim_iv = _bounded(claim.low, claim.high, claim.qualifier)

        def fits(low: Decimal, high: Decimal) -> bool:
            return overlaps(claim_iv, (low, high), tol)

        if claim_ccy is not None and ev_ccy is not None:
            if ev_ccy != claim_ccy and fits(figure.low, figure.high):
                return Diagnosis.CURRENCY_CONFUSION, Hint(
                    (figure.low, figure.high), currency=ev_ccy
                )
            if isinstance(claim.currency, AmbiguousDollar):
                for other in self._other_dollars(claim.currency, claim_ccy, ev_ccy):
                    try:
                        alt = self.rates.convert(figure, ev_ccy, other)
                    except HeadlinecheckError:
                        continue
                    if fits(alt.low, alt.high):
                        return Diagnosis.CURRENCY_CONFUSION, Hint(
                            (alt.low, alt.high), rate=alt.rate, currency=other
                        )
        for factor in _MAGNITUDES:
            if fits(conv.low * factor, conv.high * factor):
                return Diagnosis.MAGNITUDE_SLIP, Hint(
                    (conv.low * factor, conv.high * factor), factor=factor
                )
        if ev_ccy != claim_ccy and conv.factor_low > 0:
            inv_low = figure.low / conv.factor_high
            inv_high = figure.high / conv.factor_low
            if fits(inv_low, inv_high):
                return Diagnosis.INVERTED_RATE, Hint((inv_low, inv_high))
        # "150+" states a bound, not digits: no rounding or typing slip to diagnose there.
        if claim.qualifier in (Qualifier.NONE, Qualifier.APPROX):
            for coarse in _coarser_claims(claim):
                if overlaps(coarse, (conv.low, conv.high), tol):
                    return Diagnosis.OVER_ROUNDED, Hint((conv.low, conv.high))
            # Digits are only comparable with digits the body states, not with an open bound.
            stated = _stated_int(claim)
            if (
                stated is not None
                and candidate.evidence.qualifier in _STATES_DIGITS
                and _digits(claim) <= _digits(candidate.evidence)
                and _is_digit_slip(stated, _roundings(conv.low, conv.high, claim.precision))
            ):
                return Diagnosis.DIGIT_SLIP, Hint((conv.low, conv.high))
        return None, None

    def _other_dollars(self, dollar: AmbiguousDollar, claim_ccy: str, ev_ccy: str) -> list[str]:
        if self._named_dollars is None:
            # Found once: asked for each candidate, a scan of the body's figures made a long
            # article quadratic (60,000 figures took minutes).
            self._named_dollars = tuple(
                dict.fromkeys(
                    f.currency
                    for f in self.evidence
                    if isinstance(f.currency, str) and f.currency in _KNOWN_DOLLARS
                )
            )
        out = []
        for code in (*dollar.candidates, *self._named_dollars):
            if code not in (claim_ccy, ev_ccy) and code not in out:
                out.append(code)
        return out

    def _stale_rate(
        self, claim: Figure, claim_ccy: str | None, candidate: _Candidate
    ) -> Rate | None:
        """The rate nearest before the article's date, more than ``stale_after_days`` and at most
        ``STALE_WITHIN_DAYS`` before it, at which the claim would be supported; or None."""
        ev_ccy, figure = candidate.evidence_currency, candidate.bounded
        if claim_ccy is None or ev_ccy is None or ev_ccy == claim_ccy or figure.low <= 0:
            return None
        if open_alike(claim, figure):
            return None  # two unbounded intervals meet at any rate
        tol = self.options.tolerance
        low, high = _bounded(claim.low, claim.high, claim.qualifier)
        # Supported at rate r iff low <= high_ev * r * (1 + tol) and low_ev * r * (1 - tol) <= high.
        r_min = low / (figure.high * (1 + tol))
        r_max = high / (figure.low * (1 - tol))
        if self.rates.published is not None:
            start = self.rates.published
        else:
            assert self.rates.window is not None
            start = self.rates.window[0]
        newest = start - timedelta(days=self.options.stale_after_days)
        oldest = start - timedelta(days=STALE_WITHIN_DAYS)
        fitting = [
            rate
            for rate in self.rates.series(ev_ccy, claim_ccy)
            if oldest <= rate.used <= newest and r_min <= rate.value <= r_max
        ]
        return max(fitting, key=_used_on, default=None)

    # ---- results and messages

    def _unsupported(
        self, claim: Figure, claim_ccy: str | None, notes: tuple[str, ...]
    ) -> ClaimResult:
        what = _kind_phrase(claim)
        if notes:
            message = (
                f"“{claim.text}” cannot be checked: no body figure could be converted ({notes[0]})."
            )
        else:
            message = f"“{claim.text}” is unsupported: the body states no {what}."
        return ClaimResult(
            claim=claim,
            verdict=Verdict.UNSUPPORTED,
            evidence=None,
            converted=None,
            rate=None,
            difference=None,
            diagnosis=None,
            message=message,
            claim_currency=claim_ccy,
            notes=notes,
        )

    def _result(
        self, claim: Figure, claim_ccy: str | None, best: _Candidate, notes: tuple[str, ...]
    ) -> ClaimResult:
        conv = best.conversion
        difference = None
        if conv.point > 0 and conv.point.is_finite() and claim.value.is_finite():
            difference = _difference(claim.value, conv.point)
        verdict = Verdict.SUPPORTED if best.supported else Verdict.MISMATCH
        suggestion = None
        if not best.supported:
            suggestion = _human(conv.point, claim_ccy, claim)
            bound = _QUALIFIER_WORDS.get(best.evidence.qualifier)
            pair = None
            if best.diagnosis is Diagnosis.WRONG_DIRECTION:
                pair = self.contradiction(claim, best.evidence)
            if bound is not None and open_alike(claim, best.bounded):
                suggestion = f"{bound} {suggestion}"  # "more than 150 companies", not "150"
            elif pair is not None and pair[1].negated:
                suggestion = None  # "did not grow 5%" supports no figure to write instead
            elif pair is not None:
                found = pair[1]
                noun = {"up": "rise", "down": "fall"}[found.direction]
                if found.words in POLARITY:
                    noun = singular(found.words)  # "a loss of USD 5 million"
                suggestion = f"a {noun} of {suggestion}"
        message = _message(self, claim, claim_ccy, best, suggestion)
        return ClaimResult(
            claim=claim,
            verdict=verdict,
            evidence=best.evidence,
            converted=(conv.low, conv.high),
            rate=conv.rate,
            difference=difference,
            diagnosis=best.diagnosis,
            message=message,
            claim_currency=claim_ccy,
            evidence_currency=best.evidence_currency,
            rate_range=conv.rate_range,
            hint=best.hint,
            suggestion=suggestion,
            notes=notes,
        )


def _difference(value: Decimal, point: Decimal) -> Decimal:
    """``value / point - 1`` to four decimal places. The context grows with the ratio: at a fixed
    28 digits, quantize raises InvalidOperation once the ratio passes about 1e24 (a headline
    "$10000000000000000000000000000" over a body "$5")."""
    with localcontext() as ctx:
        ctx.prec = 28
        ratio = value / point - 1
        ctx.prec = max(28, ratio.adjusted() + 6)
        return ratio.quantize(Decimal("0.0001"))


def _kind_phrase(claim: Figure) -> str:
    if claim.kind is Kind.MONEY:
        return "amounts of money"
    if claim.kind is Kind.PERCENT:
        return "percentages"
    noun = head_noun(claim.unit_noun)
    return f"counts of “{noun}”" if noun else "counts"


# --------------------------------------------------------------------------------------------
# Plain-language numbers

_SCALES = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
    (Decimal(10) ** 3, "thousand"),
)


def _sig(value: Decimal, digits: int) -> Decimal:
    if value == 0 or not value.is_finite():
        return value
    exponent = value.adjusted() - digits + 1
    return value.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)


def _plain(value: Decimal) -> str:
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _scale(value: Decimal) -> tuple[Decimal, str]:
    for size, word in _SCALES:
        if abs(value) >= size:
            return size, word
    return Decimal(1), ""


def amount(value: Decimal, currency: str | None, digits: int = 3) -> str:
    """ "USD 6.38 million": a number for a sub-editor, with ``digits`` significant digits."""
    if value.is_infinite():
        number = "unlimited"
    else:
        size, word = _scale(_sig(value, digits))
        number = _plain(_sig(value / size, digits)) + (f" {word}" if word else "")
    return number if currency is None else f"{currency} {number}"


def amount_range(low: Decimal, high: Decimal, currency: str | None) -> str:
    """ "USD 6.31 to 6.44 million" (one scale word, the high end's), or one amount if both
    ends read the same at three significant digits. An end half-way between two three-digit
    numbers is written with four ("EUR 1.425 to 1.435 billion", the interval of "€1.43
    billion"), since three would round both ends up and misstate the interval ("1.43 to
    1.44")."""
    if high.is_infinite():
        return f"more than {amount(low, currency)}"
    digits = 4 if any(_halfway(end) for end in (low, high)) else 3
    a, b = amount(low, currency, digits), amount(high, currency, digits)
    if a == b:
        return a
    size, word = _scale(_sig(high, digits))
    text = f"{_plain(_sig(low / size, digits))} to {_plain(_sig(high / size, digits))}"
    text += f" {word}" if word else ""
    return text if currency is None else f"{currency} {text}"


def _halfway(value: Decimal) -> bool:
    """Four significant digits ending in 5: 1.425, 499.5 million."""
    if not value.is_finite() or value == 0:
        return False
    digits = value.normalize().as_tuple().digits
    return len(digits) == 4 and digits[-1] == 5


def _significant_digits(claim: Figure) -> int:
    stated = _stated_int(claim)
    return max(2, len(str(abs(stated)))) if stated else 2


def _human(point: Decimal, currency: str | None, claim: Figure, *, drop_zeros: bool = False) -> str:
    digits = _significant_digits(claim)
    if drop_zeros:
        digits = len(point.normalize().as_tuple().digits)
    if claim.kind is Kind.MONEY:
        return amount(point, currency, digits)
    text = _grouped(_sig(point, digits))  # counts and percentages read best as plain numbers
    if claim.kind is Kind.PERCENT:
        return f"{text}%"
    if claim.kind is Kind.COUNT and claim.unit_noun:
        return f"{text} {claim.unit_noun.lower()}"
    return text


def rate_phrase(rate: Rate) -> str:
    """ "7.8393 HKD per USD (ECB, 2023-08-29)": the direction a reader knows, i.e. >= 1."""
    with localcontext() as ctx:
        ctx.prec = 28
        if rate.value >= 1:
            text = f"{_plain(_sig(rate.value, 5))} {rate.quote} per {rate.base}"
        else:
            text = f"{_plain(_sig(1 / rate.value, 5))} {rate.base} per {rate.quote}"
    when = rate.used.isoformat()
    if rate.used != rate.requested:
        when += f", the latest before {rate.requested.isoformat()}"
    path = "" if rate.path in (RatePath.DIRECT, RatePath.INVERSE) else f", {rate.path.value}"
    return f"{text} ({rate.source} {when}{path})"


def _rate_text(conv: _Conversion) -> str:
    if conv.rate is not None:
        return f"at {rate_phrase(conv.rate)}"
    if conv.rate_range is not None:
        rr = conv.rate_range
        return (
            f"at rates between {rate_phrase(rr.low)} and {rate_phrase(rr.high)}, "
            f"the range over {rr.start.isoformat()} to {rr.end.isoformat()}"
        )
    return "in the same currency, without conversion"


_QUALIFIER_WORDS: Mapping[Qualifier, str] = {
    Qualifier.MORE_THAN: "more than",
    Qualifier.AT_LEAST: "at least",
    Qualifier.AT_MOST: "at most",
    Qualifier.LESS_THAN: "less than",
    Qualifier.APPROX: "about",
}


def shown(figure: Figure) -> str:
    """A figure as messages quote it: its own text in quotes, with the qualifier and (for counts)
    the noun that extraction read around it outside the quotes: more than “150” companies."""
    text = f"“{figure.text}”"
    word = _QUALIFIER_WORDS.get(figure.qualifier)
    lowered = figure.text.lower()
    if word and not figure.text.endswith("+") and not lowered.startswith(word.split()[0]):
        text = f"{word} {text}"
    if figure.kind is Kind.COUNT and figure.unit_noun and figure.unit_noun not in figure.text:
        text = f"{text} {figure.unit_noun}"
    return text


def _reader_rate(conv: _Conversion) -> Decimal | None:
    rate = conv.rate if conv.rate is not None else None
    if rate is None and conv.rate_range is not None:
        rate = conv.rate_range.low
    return None if rate is None else rate.value


def _message(
    checker: _Checker,
    claim: Figure,
    claim_ccy: str | None,
    best: _Candidate,
    suggestion: str | None,
) -> str:
    ev = best.evidence
    conv = best.conversion
    if claim.kind is Kind.MONEY:
        conv_text = amount_range(conv.low, conv.high, claim_ccy)
    else:
        unit = "%" if claim.kind is Kind.PERCENT else ""
        # The stated number alone when that is what was compared (see _Checker._candidate).
        low, high = (conv.low, conv.high) if conv.low == conv.high else (ev.low, ev.high)
        conv_text = _count_range(low, high, unit)
    if claim.kind is Kind.MONEY and best.evidence_currency != claim_ccy:
        where = f"{shown(ev)} is {conv_text} {_rate_text(conv)}"
    else:
        where = f"{shown(ev)} means {conv_text}"
    if best.supported:
        return f"{shown(claim)} is supported: {where}."
    hint = best.hint
    head = f"{shown(claim)} does not match the body: {where}"
    write = f"write {suggestion}"
    diagnosis = best.diagnosis
    pair = checker.contradiction(claim, ev) if diagnosis is Diagnosis.WRONG_DIRECTION else None
    if pair is not None:
        said, found = pair
        fix = "the body denies it, so drop or correct the direction" if found.negated else write
        if found.words in POLARITY:
            return (
                f"{head}. The number fits, but the headline says “{said.words}” where the body "
                f"says “{found.words}”; {fix}."
            )
        return (
            f"{head}. The number fits, but the headline says “{said.words}” "
            f"({said.phrase()}) where the body says “{found.words}” ({found.phrase()}); {fix}."
        )
    if diagnosis is Diagnosis.CURRENCY_CONFUSION and hint is not None:
        if hint.currency == best.evidence_currency:
            return (
                f"{head}. The headline reuses the body's {hint.currency} number as "
                f"{claim_ccy}. {checker.reading.reason} Write {suggestion}, or name the "
                f"currency as {hint.currency}."
            )
        return (
            f"{head}. It would match only if $ meant {hint.currency}. "
            f"{checker.reading.reason} Write {suggestion}, or make the currency explicit."
        )
    if diagnosis is Diagnosis.MAGNITUDE_SLIP and hint is not None and hint.factor:
        times = "1,000" if hint.factor in (1000, Decimal("0.001")) else "1,000,000"
        bigger = "larger" if hint.factor > 1 else "smaller"
        return f"{head}. The headline is {times} times {bigger}: a million/billion slip; {write}."
    if diagnosis is Diagnosis.INVERTED_RATE and hint is not None:
        wrong, right = ("multiplies", "divide")
        if (_reader_rate(conv) or 1) >= 1:
            wrong, right = ("divides", "multiply")
        return (
            f"{head}. The headline {wrong} by the exchange rate where it should {right} "
            f"({amount_range(hint.converted[0], hint.converted[1], claim_ccy)}); {write}."
        )
    if diagnosis is Diagnosis.OVER_ROUNDED:
        coarse = _human(claim.value, claim_ccy, claim, drop_zeros=True)
        return (
            f"{head}. The headline states more precision than the body allows: {coarse} "
            f"would be right, or {suggestion}."
        )
    if diagnosis is Diagnosis.DIGIT_SLIP:
        return f"{head}. The digits look transposed or mistyped; {write}."
    if diagnosis is Diagnosis.STALE_RATE and hint is not None and hint.rate is not None:
        reference = checker.rates.published or (checker.rates.window or (hint.rate.used,))[0]
        days = abs((hint.rate.used - reference).days)
        return (
            f"{head}. The headline matches only at {rate_phrase(hint.rate)}, {days} days from "
            f"the article's date: a stale rate; {write}."
        )
    if checker.reading.source is DollarSource.BODY and isinstance(ev.currency, AmbiguousDollar):
        return f"{head}; the body supports {suggestion}. {checker.reading.reason}"
    return f"{head}; the body supports {suggestion}."


def _count_range(low: Decimal, high: Decimal, unit: str = "") -> str:
    if low == high:
        return f"{_grouped(low)}{unit}"
    if high.is_infinite():
        return f"{_grouped(low)}{unit} or more"
    if low == 0:
        return f"up to {_grouped(high)}{unit}"
    return f"{_grouped(low)}{unit} to {_grouped(high)}{unit}"


def _grouped(value: Decimal) -> str:
    text = _plain(value)
    whole, dot, fraction = text.partition(".")
    return f"{int(whole):,}{dot}{fraction}" if whole.lstrip("-").isdigit() else text


# --------------------------------------------------------------------------------------------
# Entry points


def _rate_source(rates: RateSource | str | os.PathLike[str] | None) -> RateSource:
    """``rates`` as given, the rates file(s) at a path, or the bundled table."""
    from headlinecheck.rates import RateTable

    if rates is None:
        return RateTable.load()
    if isinstance(rates, (str, os.PathLike)):
        return RateTable.load(rates)
    if not callable(getattr(rates, "rate", None)):
        # A programming error, not a rate missing for one figure: it must not become a note.
        raise TypeError(
            f"rates must be a RateTable or a path to a rates CSV, not {type(rates).__name__}"
        )
    return rates


def _window(
    source: Callable[[], RateSource],
    published: date | None,
    published_window: tuple[date, date] | None,
    options: Options,
) -> tuple[tuple[date, date] | None, bool]:
    if published is not None:
        return None, False
    if published_window is not None:
        start, end = published_window
        if start > end:
            raise ConfigError(
                "published_window starts after it ends",
                value=f"{start.isoformat()}..{end.isoformat()}",
                fix="give (start, end) with start <= end",
            )
        return (start, end), False
    last = source().coverage[1]
    return (last - timedelta(days=options.default_window_days - 1), last), True


def _check_dates(published: object, published_window: object) -> None:
    # A string such as "2023-08-29" would otherwise fail deep in the rate lookup with an
    # AttributeError; both dates together would silently ignore the window.
    if published is not None and not isinstance(published, date):
        raise ConfigError(
            "published must be a datetime.date",
            value=repr(published),
            fix="parse it first, e.g. date.fromisoformat('2023-08-29')",
        )
    if published_window is None:
        return
    if not (
        isinstance(published_window, tuple)
        and len(published_window) == 2
        and all(isinstance(day, date) for day in published_window)
    ):
        raise ConfigError(
            "published_window must be a (start, end) tuple of datetime.date",
            value=repr(published_window),
        )
    if published is not None:
        raise ConfigError(
            "give published or published_window, not both",
            value=f"{published} and {published_window[0]}..{published_window[1]}",
        )


def check_figures(
    headline: str,
    body: str,
    claims: Sequence[Figure],
    evidence: Sequence[Figure],
    *,
    published: date | None = None,
    published_window: tuple[date, date] | None = None,
    rates: RateSource | str | os.PathLike[str] | None = None,
    options: Options | None = None,
) -> Report:
    """``check`` on figures already extracted (``claims`` from ``headline``, ``evidence`` from
    ``body``); the texts are used for spans, sentence context and the dateline."""
    options = options or Options()
    _check_dates(published, published_window)
    cache: list[RateSource] = []

    def source() -> RateSource:
        if not cache:
            cache.append(_rate_source(rates))
        return cache[0]

    reading = resolve_dollar(
        claims,
        evidence,
        body,
        dollar=options.dollar,
        default_dollar=options.default_dollar,
        locale=options.locale,
    )
    needs_rates = any(f.kind is Kind.MONEY for f in claims)
    window, uncertain = (None, False)
    if needs_rates:
        window, uncertain = _window(source, published, published_window, options)
    elif published is None and published_window is not None:
        window = published_window
    checker = _Checker(
        headline, body, claims, evidence, reading, _Rates(source, published, window), options
    )
    results = tuple(checker.judge(claim) for claim in claims)
    if uncertain and window is not None:
        days = options.default_window_days
        note = f" Date unknown: the rate table's last {days} days stand in for it."
        # Only where a rate was used: a percentage or a same-currency amount needs no date.
        results = tuple(
            attrs.evolve(r, message=r.message + note) if r.rate_range is not None else r
            for r in results
        )
    ok = all(
        r.verdict is Verdict.SUPPORTED
        or (r.verdict is Verdict.UNSUPPORTED and options.unsupported == "warn")
        for r in results
    )
    return Report(
        headline=headline,
        claims=results,
        ok=ok,
        published=published,
        window=window,
        date_uncertain=uncertain,
        dollar=reading,
        options=options,
    )


def check(
    headline: str,
    body: str,
    *,
    published: date | None = None,
    published_window: tuple[date, date] | None = None,
    rates: RateSource | str | os.PathLike[str] | None = None,
    dollar: str | None = None,
    default_dollar: str = DEFAULT_DOLLAR,
    tolerance: Decimal = DEFAULT_TOLERANCE,
    unsupported: Unsupported = "warn",
    locale: str | None = None,
) -> Report:
    """Check every figure of ``headline`` against ``body``; see the module doc and
    docs/checking.md. ``rates`` defaults to the bundled ``RateTable.load()`` (loaded only if a
    conversion is needed)."""
    options = Options(
        tolerance=tolerance,
        unsupported=unsupported,
        dollar=dollar,
        default_dollar=default_dollar,
        locale=locale,
    )
    return check_figures(
        headline,
        body,
        extract(headline, locale=locale),
        extract(body, locale=locale),
        published=published,
        published_window=published_window,
        rates=rates,
        options=options,
    )


__all__ = [
    "SCHEMA",
    "ClaimResult",
    "Diagnosis",
    "DollarReading",
    "DollarSource",
    "Hint",
    "Options",
    "RateSource",
    "Report",
    "Verdict",
    "check",
    "check_figures",
]
