"""Hand-built figures, a small fake rate source and report invariants for checker tests."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import attrs

from headlinecheck.checking import Report, Verdict
from headlinecheck.currencies import AmbiguousDollar
from headlinecheck.errors import RateNotAvailable, UnknownCurrency
from headlinecheck.extraction import UNBOUNDED, Figure, Kind, Qualifier
from headlinecheck.rates import Rate, RatePath, RateRange


def money(
    text: str,
    value: str,
    currency: str | AmbiguousDollar | None,
    precision: str,
    *,
    at: int = 0,
    qualifier: Qualifier = Qualifier.NONE,
    approx: str = "0.1",
) -> Figure:
    """A money Figure with the extraction's interval rules (half a unit; about = +-10%)."""
    v, p = Decimal(value), Decimal(precision)
    low, high = v - p / 2, v + p / 2
    if qualifier is Qualifier.APPROX:
        low, high = v * (1 - Decimal(approx)), v * (1 + Decimal(approx))
    elif qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        low, high = v, UNBOUNDED
    return Figure(
        kind=Kind.MONEY,
        value=v,
        low=low,
        high=high,
        currency=currency,
        span=(at, at + len(text)),
        text=text,
        qualifier=qualifier,
        precision=p,
    )


def count(
    text: str, value: str, noun: str | None, *, at: int = 0, open_above: bool = False
) -> Figure:
    v = Decimal(value)
    return Figure(
        kind=Kind.COUNT,
        value=v,
        low=v if open_above else v - Decimal("0.5"),
        high=UNBOUNDED if open_above else v + Decimal("0.5"),
        currency=None,
        span=(at, at + len(text)),
        text=text,
        qualifier=Qualifier.MORE_THAN if open_above else Qualifier.NONE,
        unit_noun=noun,
    )


DOLLAR = AmbiguousDollar()


@attrs.frozen
class FakeRates:
    """Units of quote per base, constant except where ``history`` gives dated values."""

    per_usd: dict[str, Decimal]
    first: date = date(2000, 1, 3)
    last: date = date(2026, 6, 30)
    history: dict[str, dict[date, Decimal]] = attrs.field(factory=dict)

    @property
    def coverage(self) -> tuple[date, date]:
        return self.first, self.last

    def _per_usd(self, code: str, on: date) -> Decimal:
        if code == "USD":
            return Decimal(1)
        if code not in self.per_usd:
            raise UnknownCurrency(code, known="the fake table")
        dated = self.history.get(code, {})
        earlier = [d for d in dated if d <= on]
        return dated[max(earlier)] if earlier else self.per_usd[code]

    def rate(self, base: str, quote: str, on: date) -> Rate:
        if not self.first <= on <= self.last:
            raise RateNotAvailable(base, quote, on, coverage=self.coverage)
        value = self._per_usd(quote, on) / self._per_usd(base, on)
        return Rate(base, quote, value, on, on, "FAKE", RatePath.VIA_USD)

    def rates_between(self, base: str, quote: str, start: date, end: date) -> tuple[Rate, ...]:
        days = sorted({start, end, *(d for h in self.history.values() for d in h)})
        return tuple(self.rate(base, quote, d) for d in days if start <= d <= end)

    def rate_range(self, base: str, quote: str, start: date, end: date) -> RateRange:
        days = range(0, (end - start).days + 1, 7)
        rates = [self.rate(base, quote, start + timedelta(days=n)) for n in days]
        rates.append(self.rate(base, quote, end))
        low = min(rates, key=lambda r: r.value)
        high = max(rates, key=lambda r: r.value)
        return RateRange(base, quote, start, end, low, high)


def assert_consistent_claims(report: Report, headline: str) -> None:
    """What every report must hold, whatever the text: each claim has a message and points at
    its own headline text, has evidence unless unsupported, and a diagnosis only if mismatched."""
    for result in report.claims:
        assert result.message
        assert headline[result.claim.span[0] : result.claim.span[1]] == result.claim.text
        assert (result.evidence is None) is (result.verdict is Verdict.UNSUPPORTED)
        assert result.diagnosis is None or result.verdict is Verdict.MISMATCH
