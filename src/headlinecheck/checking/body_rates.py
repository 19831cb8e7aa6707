"""The body's own conversions, checked against the ECB rate of the article's date.

A body often converts for the reader: "HK$50 million (US$6.4 million)", "500 billion yen ($450
million)", or states its rate: "($1 = 7.8120 Hong Kong dollars)". A conversion that is wrong in
the body is wrong whatever the headline says, and no headline check can see it. Each one is
found by its shape (a money figure, then in parentheses, after at most an "about", another in a
different currency; or "(A = B)") and the first amount's stated number converted at the date's
rate (over the window's rates when there is no date), then compared with the second amount's
interval (its printed rounding, or "about"'s):

- within ``BODY_TOLERANCE`` of the stated amount's own rounding: fine, no finding;
- the stated amount matches the conversion x10, x100, x1,000 or x1,000,000 (either way): a
  magnitude slip (``MAGNITUDE``, code HC121);
- it matches the first amount divided by the rate instead of multiplied: an inverted rate
  (``INVERTED``, HC122);
- otherwise, when further off than the tolerance: off (``OFF``, HC120), with the amount the rate
  gives.

The tolerance is wider than a headline's (``Options.tolerance``): a newsroom converts at its own
rate of the day, or of a day or two before, and 3% covers every major pair's daily spread and
moves over a few days; a slip that matters is well beyond it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from headlinecheck import lang
from headlinecheck.checking.intervals import overlaps
from headlinecheck.checking.reading import currency_of
from headlinecheck.checking.shortlist import occurrences
from headlinecheck.checking.values import DollarSource
from headlinecheck.currencies import AmbiguousDollar
from headlinecheck.errors import HeadlinecheckError
from headlinecheck.extraction import Figure, Kind, LazyPattern, Qualifier
from headlinecheck.rates import ISO_4217, Rate, RatePath, RateRange
from headlinecheck.wording import amount, amount_range, figure_dict, interval, rate_dict

if TYPE_CHECKING:
    from headlinecheck.checking.conversion import Rates
    from headlinecheck.checking.values import ClaimResult, DollarReading

BODY_TOLERANCE = Decimal("0.03")
OFF, MAGNITUDE, INVERTED = "off", "magnitude", "inverted"
#: Rule code of each problem (money base 100; see report.rules).
CODES = {OFF: "HC120", MAGNITUDE: "HC121", INVERTED: "HC122"}
_FACTORS = tuple(Decimal(10) ** k for k in (1, -1, 2, -2, 3, -3, 6, -6))  # the nearest slips first
# Between an amount and its conversion: "(", "(about ", "(or ", "(approximately ", "(~".
_CONVERSION_WORDS = "|".join(map(re.escape, lang.get("en").conversion_words))
_CONVERSION_GAP = LazyPattern(rf"\s*\(\s*(?:(?:{_CONVERSION_WORDS})\s+|[~≈]\s*)?")
_RATE_GAP = LazyPattern(r"\s*=\s*")
_OPEN = LazyPattern(r"\(\s*$")


@attrs.frozen
class BodyConversion:
    """One conversion the body states, ``source`` into ``stated``, checked at the date's rate.

    ``converted`` is ``source`` at the ECB rate (``rate``, or ``rate_range`` over a window) in the
    stated amount's currency; ``problem`` is None when the body is right, else ``OFF``,
    ``MAGNITUDE`` (``factor`` says how far) or ``INVERTED``."""

    source: Figure
    stated: Figure
    source_currency: str
    stated_currency: str
    stated_rate: bool  # "($1 = 7.8120 Hong Kong dollars)" rather than "HK$50 million (US$6.4M)"
    converted: tuple[Decimal, Decimal]
    rate: Rate | None
    rate_range: RateRange | None
    problem: str | None
    factor: Decimal | None
    message: str

    @property
    def code(self) -> str | None:
        return None if self.problem is None else CODES[self.problem]

    @property
    def line(self) -> str:
        """One line for a finding: "body converts HK$50 million to US$390 million: inverted
        rate" (``message`` explains it)."""
        what = "states the rate" if self.stated_rate else "converts"
        head = f"body {what} {self.source.text} to {self.stated.text}"
        if self.problem is None:
            return f"{head}: agrees with the date's rate"
        label = {OFF: "off at the date's rate", MAGNITUDE: "a x10^k slip"}
        return f"{head}: {label.get(self.problem, 'inverted rate')}"

    def to_dict(self) -> dict[str, Any]:
        window = self.rate_range
        return {
            "source": figure_dict(self.source),
            "stated": figure_dict(self.stated),
            "source_currency": self.source_currency,
            "stated_currency": self.stated_currency,
            "stated_rate": self.stated_rate,
            "converted": interval(self.converted),
            "rate": rate_dict(self.rate),
            "rate_range": None
            if window is None
            else {
                "start": window.start.isoformat(),
                "end": window.end.isoformat(),
                "low": rate_dict(window.low),
                "high": rate_dict(window.high),
            },
            "problem": self.problem,
            "code": self.code,
            "factor": None if self.factor is None else str(self.factor),
            "message": self.message,
        }


def pairs(body: str, figures: Sequence[Figure]) -> list[tuple[Figure, Figure, bool]]:
    """(amount, its stated conversion, whether it is a stated rate) for every conversion the
    body writes; one scan over consecutive money figures."""
    # Every gap either pattern matches holds a "(" or an "=": a body without one has no pairs,
    # and where they are few beside the money figures, a gap without one (found by bisecting
    # their positions) is not sliced and matched.
    if "(" not in body and "=" not in body:  # memchr: a fraction of what counting costs
        return []
    marked = body.count("(") + body.count("=")
    money = [f for f in figures if f.kind is Kind.MONEY and f.value_high is None]
    marks = (
        sorted(occurrences(body, "(") + occurrences(body, "=")) if marked * 4 < len(money) else []
    )
    out = []
    conversion, rate, opening = _CONVERSION_GAP.get(), _RATE_GAP.get(), _OPEN.get()
    after = bisect.bisect_left
    for first, second in itertools.pairwise(money):
        start, end = first.span[1], second.span[0]
        if marks:
            k = after(marks, start)
            if k == marked or marks[k] >= end:
                continue
        gap = body[start:end]
        if conversion.fullmatch(gap):
            out.append((first, second, False))
        elif rate.fullmatch(gap) and opening.search(body[: first.span[0]]):
            out.append((first, second, True))
    return out


def _stated(figure: Figure) -> tuple[Decimal, Decimal]:
    """The converted amount as the body states it: its rounding interval, or "about"'s wider
    one; a bound is read as its number."""
    if figure.qualifier in (Qualifier.NONE, Qualifier.APPROX):
        return figure.low, figure.high
    half = figure.precision / 2
    return figure.value - half, figure.value + half


#: The dollars a bare "$" is tried as when the article's reading of it is only a guess.
OTHER_DOLLARS = ("USD", "AUD", "CAD", "NZD", "SGD", "HKD")


def _readings(figure: Figure, reading: DollarReading) -> list[str | None]:
    """The currencies ``figure`` may be in: the article's reading of a bare "$" first, then,
    when that reading is a default or the body's own usage, the other common dollars (an
    Australian outlet's "10 million yuan ($1.66 million)" is in Australian dollars)."""
    currency = figure.currency
    if isinstance(currency, AmbiguousDollar) and currency.symbol != "$":
        return list(currency.candidates)  # "pesos": MXN, PHP, ARS ... whichever agrees
    first = currency_of(figure, reading)
    if not isinstance(currency, AmbiguousDollar) or reading.source not in (
        DollarSource.DEFAULT,
        DollarSource.BODY,
    ):
        return [first]
    return [first, *(code for code in OTHER_DOLLARS if code != first)]


def check_conversions(
    body: str,
    figures: Sequence[Figure],
    reading: DollarReading,
    rates: Rates,
    known: Sequence[tuple[Figure, Figure, bool]] | None = None,
) -> tuple[BodyConversion, ...]:
    """Every conversion the body states, checked (see the module doc); one that cannot be
    converted (no rate for the pair) is left out. A bare "$" whose reading is a guess is tried
    as each common dollar: the conversion is flagged only when it agrees under none. ``known``:
    ``pairs(body, figures)`` when already known."""
    out = []
    for source, stated, is_rate in pairs(body, figures) if known is None else known:
        if isinstance(source.currency, AmbiguousDollar) and isinstance(
            stated.currency, AmbiguousDollar
        ):
            continue  # "R $ 88.2 billion ($ 17.6 bn)" read as two bare dollars: no judging
        tried = [
            _check(source, stated, src_ccy, dst_ccy, is_rate, rates)
            for src_ccy in _readings(source, reading)
            for dst_ccy in _readings(stated, reading)
        ]
        found = [one for one in tried if one is not None]
        if found:
            # The article's own reading, unless another dollar makes the conversion agree;
            # only the one kept is worded.
            agreeing = [one for one in found if one.problem is None]
            kept = agreeing[0] if agreeing else found[0]
            out.append(attrs.evolve(kept, message=_worded(kept)))
    return tuple(out)


def _check(
    source: Figure,
    stated: Figure,
    src_ccy: str | None,
    dst_ccy: str | None,
    is_rate: bool,
    rates: Rates,
) -> BodyConversion | None:
    if src_ccy not in ISO_4217 or dst_ccy not in ISO_4217 or src_ccy == dst_ccy:
        # "$5 (US$5)" under a US$ reading converts nothing; "pesos" names no one currency.
        return None
    # The writer converts the number the body prints, so that number is converted; its
    # rounding interval ("¥1 billion": 0.5 to 1.5 billion) would excuse anything.
    low = high = source.value
    try:
        found = rates.lookup(src_ccy, dst_ccy)
    except HeadlinecheckError:
        return None
    if isinstance(found, Rate):
        r_low = r_high = found.value
        rate, window = found, None
    else:
        r_low, r_high = found.low.value, found.high.value
        rate, window = None, found
    converted = (low * r_low, high * r_high)
    # A rate carried past the table's end (``horizon``) gets the pair's own observed movement.
    tolerance = BODY_TOLERANCE + rates.slack(src_ccy, dst_ccy)
    problem, factor = _problem(_stated(stated), converted, (low / r_high, high / r_low), tolerance)
    return BodyConversion(
        source, stated, src_ccy, dst_ccy, is_rate, converted, rate, window, problem, factor, ""
    )  # worded by ``_worded`` once chosen among the readings tried


def _worded(found: BodyConversion) -> str:
    return _message(
        found.source,
        found.stated,
        found.stated_currency,
        found.converted,
        found.problem,
        found.factor,
        found.stated_rate,
    )


def _problem(
    said: tuple[Decimal, Decimal],
    converted: tuple[Decimal, Decimal],
    inverted: tuple[Decimal, Decimal],
    tolerance: Decimal = BODY_TOLERANCE,
) -> tuple[str | None, Decimal | None]:
    if overlaps(said, converted, tolerance):
        return None, None
    for factor in _FACTORS:
        if overlaps(said, (converted[0] * factor, converted[1] * factor), tolerance):
            return MAGNITUDE, factor
    if overlaps(said, inverted, tolerance):
        return INVERTED, None
    return OFF, None


def _message(
    source: Figure,
    stated: Figure,
    currency: str,
    converted: tuple[Decimal, Decimal],
    problem: str | None,
    factor: Decimal | None,
    is_rate: bool,
) -> str:
    what = "rate" if is_rate else "conversion"
    head = (
        f"the body's {what} “{source.text}” = “{stated.text}”: at the ECB rate of the date "
        f"“{source.text}” is {amount_range(converted[0], converted[1], currency)}"
    )
    if problem is None:
        return f"{head}; it agrees."
    point = (converted[0] + converted[1]) / 2
    write = f"write {amount(point, currency)}"
    if problem == MAGNITUDE and factor is not None:
        times = factor if factor > 1 else 1 / factor
        side = "larger" if factor > 1 else "smaller"
        return f"{head}; the body's figure is {times:,f} times {side}: {write}."
    if problem == INVERTED:
        inverted = "the body divided by the rate instead of multiplying (or the reverse)"
        return f"{head}; {inverted}: {write}."
    return f"{head}, more than {BODY_TOLERANCE:%} from the body's figure: {write}."


#: The ``Rate.source`` of a rate the article itself states (``stated_rates``).
ARTICLE = "rate stated in the article"


class StatedRate(NamedTuple):
    """A rate the article states, for a pair the table lacks: ``rate`` (units of its quote per
    one base), ``slack`` (the relative rounding of the stated figures it comes from) and
    ``text`` (the body's words: "Dh25 billion ($6.81 billion)")."""

    rate: Rate
    slack: Decimal
    text: str


def _rounding(figure: Figure) -> Decimal:
    """Half a unit of the figure's last stated digit, relative to it (0 for "$1" in a rate)."""
    if figure.value <= 0 or figure.qualifier is not Qualifier.NONE:
        return Decimal("Infinity")
    return figure.precision / 2 / figure.value


def stated_rates(
    body: str,
    figures: Sequence[Figure],
    reading: DollarReading,
    on: date,
    found: Sequence[tuple[Figure, Figure, bool]] | None = None,
) -> dict[tuple[str, str], StatedRate]:
    """(base, quote) -> the rate the body states for it, both ways round, from its conversions
    ("Dh25 billion ($6.81 billion)") and stated rates ("($1 = Dh3.6724)"); the first one wins.
    A conversion of an approximate amount ("about $1.2 billion") states no rate."""
    out: dict[tuple[str, str], StatedRate] = {}
    if found is None:
        found = pairs(body, figures)
    # "KES 390 billion ($1 = 130 shillings)": the "$1" opens a rate, it converts nothing.
    units = {id(first) for first, _, is_rate in found if is_rate}
    for first, second, is_rate in found:
        if not is_rate and id(second) in units:
            continue
        base, quote = currency_of(first, reading), currency_of(second, reading)
        if base is None or quote is None or base == quote or first.value <= 0:
            continue
        if base not in ISO_4217 or quote not in ISO_4217:
            continue
        # "$1 = Dh3.6724": the unit is exact; a converted amount carries its own rounding.
        # The writer converts the number the body prints (see ``_check``): only the converted
        # amount's rounding is in doubt; in "$1 = Dh3.6724" that of the rate.
        slack = _rounding(second)
        if not slack.is_finite():
            continue
        text = f"“{first.text}” = “{second.text}”"
        value = second.value / first.value
        for b, q, v in ((base, quote, value), (quote, base, 1 / value)):
            if (b, q) not in out:
                rate = Rate(b, q, v, on, on, ARTICLE, RatePath.DIRECT)
                out[(b, q)] = StatedRate(rate, slack, text)
    return out


def with_stated_rate(
    result: ClaimResult, stated: Mapping[tuple[str, str], StatedRate]
) -> ClaimResult:
    """``result`` saying so when a rate the article states converted its evidence."""
    rate = result.rate
    if rate is None or rate.source != ARTICLE:
        return result
    found = stated.get((rate.base, rate.quote))
    if found is None:
        return result
    note = f"the article's own {found.text}; the rate table has none for {rate.base}/{rate.quote}"
    return attrs.evolve(result, message=f"{result.message} ({note}.)", notes=(*result.notes, note))
