"""Checking: headline claims against body figures, converted at the article's date.

``check(headline, body, published=...)`` extracts the figures of both texts, resolves the article's
``$`` convention, pairs every headline figure (a *claim*) with the body figure that best supports
it (its *evidence*) and returns a ``Report``. Every figure is an interval; a claim is supported
when its interval overlaps the evidence interval converted into the claim's currency, widened by a
relative ``tolerance``. A mismatch is explained by a ``Diagnosis`` where one fits.

The function is pure: the rate table is an argument (anything with the ``RateSource`` methods),
loaded lazily only when no table is given. docs/checking.md documents every rule with examples.

Modules: ``values`` (results, options, report), ``reading`` (the article's ``$``),
``conversion``, ``intervals``, ``nouns``, ``context`` (sentences), ``direction``, ``pairing``,
``results`` (messages) and ``diagnoses/`` (one module per diagnosis, one registry).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from headlinecheck.checking.body_rates import check_conversions, stated_rates, with_stated_rate
from headlinecheck.checking.body_rates import pairs as conversion_pairs
from headlinecheck.checking.conversion import Rates, rate_source
from headlinecheck.checking.horizon import with_rate_age
from headlinecheck.checking.pairing import Checker
from headlinecheck.checking.places import ArticlePlace, place_readings
from headlinecheck.checking.reading import resolve_dollar
from headlinecheck.checking.signs import reread, yen_reading
from headlinecheck.checking.unitless import adopt_bare_amounts
from headlinecheck.checking.values import (
    DEFAULT_DOLLAR,
    DEFAULT_RATE_HORIZON_DAYS,
    DEFAULT_TOLERANCE,
    SCHEMA,
    ClaimResult,
    Diagnosis,
    DollarReading,
    DollarSource,
    Hint,
    Options,
    RateSource,
    Report,
    Unsupported,
    Verdict,
)
from headlinecheck.errors import ConfigError
from headlinecheck.extraction import Figure, Kind, extract, extract_with_bare
from headlinecheck.extraction.scanner import HAN_RE

if TYPE_CHECKING:
    from headlinecheck.checking.chinese import Localised


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
    return _check_figures(
        headline,
        body,
        claims,
        evidence,
        published=published,
        published_window=published_window,
        rates=rates,
        options=options,
    )


def _check_figures(
    headline: str,
    body: str,
    claims: Sequence[Figure],
    evidence: Sequence[Figure],
    *,
    published: date | None,
    published_window: tuple[date, date] | None,
    rates: RateSource | str | os.PathLike[str] | None,
    options: Options | None,
    headline_bare: Sequence[Figure] | None = None,
) -> Report:
    options = options or Options()
    _check_dates(published, published_window)
    local: Localised | None = None
    if HAN_RE.search(headline) or HAN_RE.search(body):
        # Only Chinese text has a bare 元 or unit-less figures ("撥25億") to read: other
        # articles never import the module (nor the Chinese-only extraction it uses).
        from headlinecheck.checking.chinese import localise

        local = localise(headline, body, claims, evidence, options.locale)
        claims, evidence = local.claims, local.evidence
    # "12.3 Billion"
    bare = adopt_bare_amounts(headline, body, claims, evidence, options.locale, headline_bare)
    claims, evidence = bare.claims, bare.evidence
    cache: list[RateSource] = []

    def source() -> RateSource:
        if not cache:
            cache.append(rate_source(rates))
        return cache[0]

    yen = yen_reading(claims, evidence, body, options.dollar, options.locale)
    if yen is not None:
        # The headline's ¥ as the body reads ¥ (extraction saw only the headline's words).
        claims, evidence = reread(claims, yen[0]), reread(evidence, yen[0])
    place = ArticlePlace(headline, body, options.locale)
    claims, evidence, placed = place_readings(claims, evidence, place, options.dollar)
    stated = conversion_pairs(body, evidence)
    # "$1" and "Dh3.6724" in "($1 = Dh3.6724)" are a rate, not amounts: no claim is about them,
    # and the "$1" is no bare $ of the body's own.
    in_rates = {id(f) for pair in stated if pair[2] for f in pair[:2]}
    weighed = [f for f in evidence if id(f) not in in_rates] if in_rates else evidence
    reading = resolve_dollar(
        claims,
        weighed,
        body,
        dollar=options.dollar,
        default_dollar=options.default_dollar,
        locale=options.locale,
        place=place,
    )
    if yen is not None or placed:
        own = (("¥", *yen),) if yen is not None else ()
        reading = attrs.evolve(reading, signs=(*own, *placed, *reading.signs))
    needs_rates = bool(stated) or any(f.kind is Kind.MONEY for f in claims)
    window, uncertain = (None, False)
    if needs_rates:
        window, uncertain = _window(source, published, published_window, options)
    elif published is None and published_window is not None:
        window = published_window
    rates_used = Rates(source, published, window, options.rate_horizon_days)
    if stated:
        on = published or (window[1] if window is not None else source().coverage[1])
        rates_used.stated = stated_rates(body, evidence, reading, on, stated)
    checker = Checker(headline, body, claims, weighed, reading, rates_used, options)
    results = tuple(checker.judge(claim) for claim in claims)
    if rates_used.ages:
        results = tuple(with_rate_age(r, rates_used.ages) for r in results)
    if rates_used.stated:
        results = tuple(with_stated_rate(r, rates_used.stated) for r in results)
    conversions = check_conversions(body, evidence, reading, rates_used, stated) if stated else ()
    if uncertain and window is not None:
        days = options.default_window_days
        note = f" Date unknown: the rate table's last {days} days stand in for it."
        # Only where a rate was used: a percentage or a same-currency amount needs no date.
        results = tuple(
            attrs.evolve(r, message=r.message + note) if r.rate_range is not None else r
            for r in results
        )
    if bare.notes:
        results = tuple(
            attrs.evolve(r, message=r.message + bare.notes[r.claim.span])
            if r.claim.span in bare.notes
            else r
            for r in results
        )
    if local is not None and local.note:
        results = tuple(
            attrs.evolve(r, message=r.message + local.note)
            if r.claim.span in local.headline_spans
            or (r.evidence is not None and r.evidence.span in local.body_spans)
            else r
            for r in results
        )
    ok = all(
        r.verdict is Verdict.SUPPORTED
        or (r.verdict is Verdict.UNSUPPORTED and options.unsupported == "warn")
        for r in results
    ) and all(c.problem is None for c in conversions)
    return Report(
        headline=headline,
        claims=results,
        ok=ok,
        published=published,
        window=window,
        date_uncertain=uncertain,
        dollar=reading,
        options=options,
        conversions=conversions,
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
    rate_horizon_days: int = DEFAULT_RATE_HORIZON_DAYS,
) -> Report:
    """Check every figure of ``headline`` against ``body``; see the module doc and
    docs/checking.md. ``rates`` defaults to the bundled ``RateTable.load()`` (loaded only if a
    conversion is needed); ``rate_horizon_days``: how long past the table's end its latest rate
    stands in."""
    options = Options(
        tolerance=tolerance,
        unsupported=unsupported,
        dollar=dollar,
        default_dollar=default_dollar,
        locale=locale,
        rate_horizon_days=rate_horizon_days,
    )
    claims, bare = extract_with_bare(headline, locale=locale)  # one scan for both
    return _check_figures(
        headline,
        body,
        claims,
        extract(body, locale=locale),
        published=published,
        published_window=published_window,
        rates=rates,
        options=options,
        headline_bare=bare,
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
