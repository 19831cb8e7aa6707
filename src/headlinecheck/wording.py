"""Numbers as a reader sees them: amounts, ranges, rates and counts in words, and the JSON form
of figures and rates. Shared by ``checking`` (messages) and ``report`` (finding lines); it never
judges a figure.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Any

from headlinecheck.currencies import AmbiguousDollar
from headlinecheck.extraction import Figure, Kind, Qualifier
from headlinecheck.numbers import FIGURE_CONTEXT
from headlinecheck.rates import Rate, RatePath, RateRange

_SCALES = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
    (Decimal(10) ** 3, "thousand"),
)

#: How a message writes a figure's qualifier ("more than “150” companies").
QUALIFIER_WORDS: Mapping[Qualifier, str] = {
    Qualifier.MORE_THAN: "more than",
    Qualifier.AT_LEAST: "at least",
    Qualifier.AT_MOST: "at most",
    Qualifier.LESS_THAN: "less than",
    Qualifier.APPROX: "about",
}


def significant(value: Decimal, digits: int) -> Decimal:
    """``value`` rounded half up to ``digits`` significant digits."""
    if value == 0 or not value.is_finite():
        return value
    exponent = value.adjusted() - digits + 1
    # quantize needs the coefficient to fit the context: wide enough for any figure extracted
    # (up to 30 stated digits times a trillion) and any digits asked for.
    with localcontext() as context:
        context.prec = max(context.prec, value.adjusted() - exponent + 2, 80)
        return value.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)


def plain(value: Decimal) -> str:
    """Fixed-point text without trailing zeros: "6.4", "50"."""
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
        size, word = _scale(significant(value, digits))
        number = plain(significant(value / size, digits)) + (f" {word}" if word else "")
    return number if currency is None else f"{currency} {number}"


#: The most significant digits a stated figure is written with (a converted one has more).
_STATED_MAX = 7


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
        # A figure stated finer than three digits ("Rs 10.52 billion", "N315.563 billion") is
        # written as stated, its interval's midpoint, not rounded to a number it does not say.
        middle = ((low + high) / 2).normalize()
        stated = len(middle.as_tuple().digits)
        return amount(middle, currency, stated) if digits < stated <= _STATED_MAX else a
    size, word = _scale(significant(high, digits))
    text = f"{plain(significant(low / size, digits))} to {plain(significant(high / size, digits))}"
    text += f" {word}" if word else ""
    return text if currency is None else f"{currency} {text}"


def _halfway(value: Decimal) -> bool:
    """Four significant digits ending in 5: 1.425, 499.5 million."""
    if not value.is_finite() or value == 0:
        return False
    digits = value.normalize().as_tuple().digits
    return len(digits) == 4 and digits[-1] == 5


def stated_int(figure: Figure) -> int | None:
    """The figure's digits as an integer in units of its precision ("$4.6M" -> 46)."""
    if figure.precision <= 0 or not figure.value.is_finite():
        return None
    with localcontext(FIGURE_CONTEXT):
        units = figure.value / figure.precision
        if units != units.to_integral_value():
            return None
        return int(units)


def _significant_digits(claim: Figure) -> int:
    stated = stated_int(claim)
    return max(2, len(str(abs(stated)))) if stated else 2


def human(point: Decimal, currency: str | None, claim: Figure, *, drop_zeros: bool = False) -> str:
    """``point`` written like ``claim`` (its kind, noun and at least its digits): what a
    message suggests writing instead ("USD 6.4 million", "1,912 companies", "6.4%")."""
    digits = _significant_digits(claim)
    if drop_zeros:
        digits = len(point.normalize().as_tuple().digits)
    if claim.kind is Kind.MONEY:
        return amount(point, currency, digits)
    text = grouped(significant(point, digits))  # counts and percentages read best as plain numbers
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
            text = f"{plain(significant(rate.value, 5))} {rate.quote} per {rate.base}"
        else:
            text = f"{plain(significant(1 / rate.value, 5))} {rate.base} per {rate.quote}"
    when = rate.used.isoformat()
    if rate.used != rate.requested:
        when += f", the latest before {rate.requested.isoformat()}"
    path = "" if rate.path in (RatePath.DIRECT, RatePath.INVERSE) else f", {rate.path.value}"
    return f"{text} ({rate.source} {when}{path})"


def rate_range_phrase(rates: RateRange) -> str:
    """ "rates between ... and ..., the range over START to END"."""
    return (
        f"rates between {rate_phrase(rates.low)} and {rate_phrase(rates.high)}, "
        f"the range over {rates.start.isoformat()} to {rates.end.isoformat()}"
    )


def shown(figure: Figure) -> str:
    """A figure as messages quote it: its own text in quotes, with the qualifier and (for counts)
    the noun that extraction read around it outside the quotes: more than “150” companies."""
    text = f"“{figure.text}”"
    word = QUALIFIER_WORDS.get(figure.qualifier)
    lowered = figure.text.lower()
    if word and not figure.text.endswith("+") and not lowered.startswith(word.split()[0]):
        text = f"{word} {text}"
    if figure.kind is Kind.COUNT and figure.unit_noun and figure.unit_noun not in figure.text:
        text = f"{text} {figure.unit_noun}"
    return text


def count_range(low: Decimal, high: Decimal, unit: str = "") -> str:
    """A count or percentage interval: "150 or more", "up to 5%", "1,912 to 1,913"."""
    if low == high:
        return f"{grouped(low)}{unit}"
    if high.is_infinite():
        return f"{grouped(low)}{unit} or more"
    if low == 0:
        return f"up to {grouped(high)}{unit}"
    return f"{grouped(low)}{unit} to {grouped(high)}{unit}"


def grouped(value: Decimal) -> str:
    """Plain text with thousands grouped: "1,912", "6.4"."""
    text = plain(value)
    whole, dot, fraction = text.partition(".")
    return f"{int(whole):,}{dot}{fraction}" if whole.lstrip("-").isdigit() else text


# ---- the JSON form


def iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def interval(pair: tuple[Decimal, Decimal] | None) -> list[str] | None:
    return None if pair is None else [str(pair[0]), str(pair[1])]


def figure_dict(figure: Figure) -> dict[str, Any]:
    """A ``Figure`` as JSON-ready data (also used by the report renderers)."""
    currency = figure.currency
    return {
        "kind": figure.kind.value,
        "text": figure.text,
        "span": [figure.span[0], figure.span[1]],
        "value": str(figure.value),
        "value_high": dec(figure.value_high),
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
    """A ``Rate`` with its provenance as JSON-ready data."""
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
