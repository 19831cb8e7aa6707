"""Today's articles: a rate carried past the rate table's end, and the finding beyond it (HC123).

The bundled table ends when it was last updated; an article dated after that has no rate of its
date. Within ``Options.rate_horizon_days`` (60 by default) of the table's end, the pair's latest
rate stands in for it, and the tolerance is widened by how far that pair has moved over gaps of
the same length in the table's recent history: the 99th percentile of |log change| between two
rates that many days apart over the table's last three years (``movement``; tiny for the pegged
HKD, several per cent for JPY). The
message says so: "rate of 2026-10-30, 32 days earlier; USD/HKD moved at most 0.3% over such
gaps". Past the horizon nothing stands in: a claim that needs a rate is unsupported with its own
loud code, HC123, an error shown even with ``--quiet``.

Only the public ``RateSource`` methods are used (``coverage``, ``rates_between``); the movement is
computed lazily, once per table, pair and gap length, from the pair's last three years of rates.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal

import attrs

from headlinecheck.checking.values import ClaimResult, RateSource, Verdict
from headlinecheck.errors import HeadlinecheckError
from headlinecheck.rates import Rate

#: Rule code of a claim that needs a rate beyond the horizon (money base 100; see report.rules).
CODE = "HC123"
#: The share of the history's moves the widened tolerance covers.
PERCENTILE = Decimal("0.99")

#: docs/rules.md text of HC123 (``rules_doc``).
RULE_DOC = """\
The article is dated more than the rate horizon (`rate_horizon_days`, 60 days by default) after
the rate table's last date, and a headline amount needs a rate to be checked: no rate is carried
that far, so the claim cannot be checked. It is an error, shown even with `--quiet` (a pre-commit
hook must not pass such an article in silence). Within the horizon the latest rate is used, the
tolerance widened by the pair's own 99th-percentile move over gaps of that length, and the message
says so ("rate of 2026-10-30, 32 days earlier; USD/HKD moved at most 0.3% over such gaps").
Example: an article of 2027-03-01 whose body says "HK$2 billion", checked with a table that ends
on 2026-10-30 (122 days earlier).
Fix: update the rates (`headlinecheck rates update`), or add the desk's own rates with `--rates
FILE`."""


@attrs.frozen
class RateAge:
    """A rate carried from the table's end to a later article (``rate``, with ``movement``, the
    pair's 99th-percentile relative move over gaps of ``days``), or, beyond the horizon, none."""

    base: str
    quote: str
    published: date
    table_end: date
    horizon: int
    rate: Rate | None = None
    movement: Decimal | None = None

    @property
    def beyond(self) -> bool:
        return self.rate is None

    @property
    def days(self) -> int:
        used = self.table_end if self.rate is None else self.rate.used
        return (self.published - used).days

    def phrase(self) -> str:
        """ "rate of 2026-10-30, 32 days earlier; USD/HKD moved at most 0.3% over such gaps"."""
        if self.rate is None:
            return (
                f"the rate table ends on {self.table_end.isoformat()}, {self.days} days before "
                f"the article, beyond the {self.horizon}-day rate horizon: no rate is carried so "
                f"far; update the rates (`headlinecheck rates update`) or give --rates FILE"
            )
        moved = f"{(self.movement or Decimal(0)) * 100:.2g}%"
        # The pair the way a reader knows it: USD/HKD (7.85), not HKD/USD (0.127).
        pair = f"{self.base}/{self.quote}" if self.rate.value >= 1 else f"{self.quote}/{self.base}"
        return (
            f"rate of {self.rate.used.isoformat()}, {self.days} days earlier; "
            f"{pair} moved at most {moved} over such gaps"
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "base": self.base,
            "quote": self.quote,
            "table_end": self.table_end.isoformat(),
            "days": self.days,
            "horizon_days": self.horizon,
            "beyond_horizon": self.beyond,
            "rate_date": None if self.rate is None else self.rate.used.isoformat(),
            "movement": None if self.movement is None else str(self.movement),
        }


class BeyondHorizon(HeadlinecheckError, LookupError):
    """No rate within the horizon of an article dated after the table's end."""

    def __init__(self, age: RateAge) -> None:
        self.age = age
        super().__init__(f"no {age.base}/{age.quote} rate: {age.phrase()}")


#: The moves are sampled over the last ``SAMPLE_DAYS`` of the table (three years: some 750 rates
#: a pair), not its whole history: reading 27 years of rates took most of a second on the first
#: carried look-up, and the recent past is what a carried rate risks. A gap longer than a quarter
#: of the sample (past any usual horizon) is sampled over the whole history, to keep enough moves.
SAMPLE_DAYS = 3 * 365

# (id of the table, base, quote, whole history?) -> (the table, dates as ordinals, values);
# bounded.
_HISTORY: dict[tuple[int, str, str, bool], tuple[object, list[int], list[Decimal]]] = {}
_MOVES: dict[tuple[int, str, str, int], Decimal] = {}
_MAX_CACHED = 64


def _history(
    source: RateSource, base: str, quote: str, whole: bool
) -> tuple[list[int], list[Decimal]]:
    key = (id(source), base, quote, whole)
    found = _HISTORY.get(key)
    if found is None or found[0] is not source:
        first, last = source.coverage
        if not whole:
            first = max(first, last - timedelta(days=SAMPLE_DAYS))
        rates = source.rates_between(base, quote, first, last)
        if len(_HISTORY) >= _MAX_CACHED:
            _HISTORY.clear()
            _MOVES.clear()
        found = _HISTORY[key] = (
            source,
            [r.used.toordinal() for r in rates],
            [r.value for r in rates],
        )
    return found[1], found[2]


def movement(source: RateSource, base: str, quote: str, days: int) -> Decimal:
    """The pair's 99th-percentile relative move between two rates ``days`` apart over the
    table's last ``SAMPLE_DAYS`` (``max(b/a, a/b) - 1``: the percentile of |log change|, as a
    fraction)."""
    key = (id(source), base, quote, days)
    whole = days * 4 > SAMPLE_DAYS
    if key in _MOVES and _HISTORY.get((*key[:3], whole), (None,))[0] is source:
        return _MOVES[key]
    ordinals, values = _history(source, base, quote, whole)
    moves = []
    if ordinals:
        last = ordinals[-1]
        for index, (day, value) in enumerate(zip(ordinals, values, strict=True)):
            target = day + days
            if target > last:
                break
            later = values[bisect_right(ordinals, target, lo=index) - 1]
            if value > 0 and later > 0:
                ratio = later / value
                moves.append(max(ratio, 1 / ratio) - 1)
    moves.sort()
    if not moves:
        result = Decimal(0)
    else:
        index = min(len(moves) - 1, int(PERCENTILE * len(moves)))
        result = moves[index]
    result = result.quantize(Decimal("0.0001"))
    _MOVES[key] = result
    return result


def carry(source: RateSource, base: str, quote: str, published: date, horizon: int) -> RateAge:
    """The pair's latest rate for an article dated after the table's end, within ``horizon``
    days of it; raises ``BeyondHorizon`` past it. Raises ``LookupError`` (the caller keeps its
    own error) when the article is not after the table's end or the pair has no recent rate."""
    end = source.coverage[1]
    if published <= end:
        raise LookupError("not after the table's end")
    # The pair's own recent rates (UnknownCurrency for a pair the table never had: not ours).
    recent = source.rates_between(base, quote, end - timedelta(days=max(horizon, 31)), end)
    if not recent:
        raise LookupError("the pair's rates stopped before the table's end")  # withdrawn
    latest = recent[-1]
    gap = (published - latest.used).days
    if gap > horizon:
        raise BeyondHorizon(RateAge(base, quote, published, end, horizon))
    moved = movement(source, base, quote, gap)
    carried = attrs.evolve(latest, requested=published)
    return RateAge(base, quote, published, end, horizon, carried, moved)


def with_rate_age(result: ClaimResult, ages: Mapping[tuple[str, str], RateAge]) -> ClaimResult:
    """``result`` saying so when its rate was carried past the table's end, or, unsupported
    for want of any rate within the horizon, with that loud reason (HC123)."""
    rate = result.rate
    age = None if rate is None else ages.get((rate.base, rate.quote))
    if age is not None and not age.beyond:
        return attrs.evolve(result, message=f"{result.message} ({age.phrase()}.)", rate_age=age)
    if result.verdict is not Verdict.UNSUPPORTED or result.claim_currency is None:
        return result
    beyond = [
        age for (base, quote), age in ages.items() if age.beyond and result.claim_currency == quote
    ]
    if not beyond:
        return result
    age = beyond[0]
    message = f"“{result.claim.text}” cannot be checked: {age.phrase()}."
    return attrs.evolve(result, message=message, rate_age=age, notes=(age.phrase(), *result.notes))
