"""The values of a check: verdicts, diagnoses, options, the article's dollar reading, one claim's
result and the whole report with its JSON form (``Report.to_dict``, schema ``SCHEMA``)."""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, Protocol

import attrs

from headlinecheck.errors import ConfigError
from headlinecheck.extraction import Figure, LazyPattern
from headlinecheck.rates import ISO_4217, Rate, RateRange
from headlinecheck.wording import dec, figure_dict, interval, iso, rate_dict

if TYPE_CHECKING:
    from headlinecheck.checking.body_rates import BodyConversion
    from headlinecheck.checking.horizon import RateAge

#: Version tag of ``Report.to_dict()``; bump the number on any incompatible change.
SCHEMA = "headlinecheck.report/1"

DEFAULT_TOLERANCE = Decimal("0.005")
DEFAULT_DOLLAR = "USD"
#: Without a date or window, rates are taken over this many last days of the table.
DEFAULT_WINDOW_DAYS = 365
#: An article this many days after the rate table's end still gets its latest rate (``horizon``).
DEFAULT_RATE_HORIZON_DAYS = 60
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


class DollarSource(str, enum.Enum):
    """Which rule decided what a bare ``$`` means in this article."""

    PINNED = "pinned"  # the dollar= option (or article metadata such as currency:)
    LOCALE = "locale"  # the locale= option names a territory whose currency is a dollar
    BODY = "body"  # the body writes bare $ itself: headline $ is that same unit
    DATELINE = "dateline"  # "SINGAPORE (Feb 19):" opening the body, not a wire story
    CONVERSIONS = "conversions"  # the body converts amounts into one non-US dollar ("(S$10.2bn)")
    DEFAULT = "default"  # nothing else applies: the default dollar (USD unless configured)


@attrs.frozen
class DollarReading:
    """What a bare ``$`` is read as in this article, and why (one plain sentence)."""

    currency: str
    source: DollarSource
    reason: str
    #: Every other ambiguous sign of the article ("Sh", "P", "kr", "francs"): (sign, currency
    #: read, why), settled by the body's own unambiguous mentions, else its usual currency.
    signs: tuple[tuple[str, str, str], ...] = ()


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
class Considered:
    """A body figure weighed as evidence for a claim and not chosen, with why (``reason``, a
    plain phrase: "a running total", "further from the claim" ...)."""

    evidence: Figure
    supported: bool
    reason: str


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
    #: For a sum of parts (``evidence`` is then their sum, see ``checking.sums``): the parts.
    parts: tuple[Figure, ...] = ()
    #: The other body figures weighed, best first (at most ``CONSIDERED``), with why each lost.
    considered: tuple[Considered, ...] = ()
    #: A rate carried past the table's end to this article, or none within the horizon (HC123).
    rate_age: RateAge | None = None

    @property
    def beyond_horizon(self) -> bool:
        """Unsupported because the article is past the rate horizon (rule HC123)."""
        return self.rate_age is not None and self.rate_age.beyond


#: At most this many other candidates are listed in ``ClaimResult.considered``.
CONSIDERED = 5


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
        check_code(value, attribute.name)


def _pin(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """A currency setting must pin some sign the article leaves in doubt ($, ¥, kr ...)."""
    if value is not None:
        from headlinecheck.checking.signs import pinned_signs

        pinned_signs(check_code(value, attribute.name), attribute.name)


def _upper_code(value: str) -> str:
    # "hkd" is HKD, as the CLI and configuration files already read it.
    return value.strip().upper() if isinstance(value, str) else value


def _upper_optional_code(value: str | None) -> str | None:
    return None if value is None else _upper_code(value)


def _positive(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        raise ConfigError(f"{attribute.name} must be at least 1", value=value)


def _non_negative(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(
            f"{attribute.name} must be a whole number of days, 0 or more", value=value
        )


@attrs.frozen
class Options:
    """The settings of a check, validated on construction (``ConfigError``) and echoed in
    ``Report.to_dict`` for reproducibility."""

    tolerance: Decimal = attrs.field(default=DEFAULT_TOLERANCE, converter=_tolerance)
    unsupported: Unsupported = attrs.field(default="warn", validator=_one_of_modes)
    #: A currency setting (front matter ``currency:``): pins each ambiguous sign it can be, a
    #: dollar the bare ``$``, JPY or CNY the ``¥`` (see ``checking.signs``).
    dollar: str | None = attrs.field(default=None, converter=_upper_optional_code, validator=_pin)
    default_dollar: str = attrs.field(
        default=DEFAULT_DOLLAR, converter=_upper_code, validator=_optional_code
    )
    locale: str | None = None
    default_window_days: int = attrs.field(default=DEFAULT_WINDOW_DAYS, validator=_positive)
    stale_after_days: int = attrs.field(default=STALE_AFTER_DAYS, validator=_positive)
    #: How many days past the rate table's end its latest rate stands in (``checking.horizon``).
    rate_horizon_days: int = attrs.field(default=DEFAULT_RATE_HORIZON_DAYS, validator=_non_negative)


@attrs.frozen
class Report:
    """The verdicts on one headline. ``ok`` is False on any mismatch (and on an unsupported
    claim when ``options.unsupported == "fail"``), and on a conversion the body states wrongly
    (``conversions``).

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
    #: The conversions the body itself states, checked at the date's rate (``body_rates``).
    conversions: tuple[BodyConversion, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data under ``SCHEMA`` (see docs/checking.md)."""
        counts = dict.fromkeys((v.value for v in Verdict), 0)
        for result in self.claims:
            counts[result.verdict.value] += 1
        return {
            "schema": SCHEMA,
            "headline": self.headline,
            "ok": self.ok,
            "published": iso(self.published),
            "window": None if self.window is None else [iso(d) for d in self.window],
            "date_uncertain": self.date_uncertain,
            "dollar": {
                "currency": self.dollar.currency,
                "source": self.dollar.source.value,
                "reason": self.dollar.reason,
                **(
                    {
                        "signs": [
                            {"sign": sign, "currency": code, "reason": why}
                            for sign, code, why in self.dollar.signs
                        ]
                    }
                    if self.dollar.signs
                    else {}
                ),
            },
            "options": {
                "tolerance": str(self.options.tolerance),
                "unsupported": self.options.unsupported,
                "dollar": self.options.dollar,
                "default_dollar": self.options.default_dollar,
                "locale": self.options.locale,
                "default_window_days": self.options.default_window_days,
                "stale_after_days": self.options.stale_after_days,
                "rate_horizon_days": self.options.rate_horizon_days,
            },
            "summary": counts,
            "claims": [result_dict(r) for r in self.claims],
            "body_conversions": [c.to_dict() for c in self.conversions],
        }


def result_dict(result: ClaimResult) -> dict[str, Any]:
    """One ``ClaimResult`` as JSON-ready data."""
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
        "converted": interval(result.converted),
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
        "difference": dec(result.difference),
        "hint": (
            None
            if hint is None
            else {
                "converted": interval(hint.converted),
                "rate": rate_dict(hint.rate),
                "factor": dec(hint.factor),
                "currency": hint.currency,
                "direction": hint.direction,
            }
        ),
        "suggestion": result.suggestion,
        "notes": list(result.notes),
        "parts": [figure_dict(part) for part in result.parts],
        "considered": [
            {
                "evidence": figure_dict(other.evidence),
                "supported": other.supported,
                "reason": other.reason,
            }
            for other in result.considered
        ],
        "rate_age": None if result.rate_age is None else result.rate_age.to_dict(),
    }


_CODE = LazyPattern(r"[A-Z]{3}")


def check_code(code: str, option: str) -> str:
    if not _CODE.fullmatch(code) or code not in ISO_4217:
        raise ConfigError(
            f"{option} must be an ISO 4217 code", value=code, fix="e.g. USD, HKD, SGD"
        )
    return code
