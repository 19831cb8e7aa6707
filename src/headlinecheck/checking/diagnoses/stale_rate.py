"""stale_rate: the headline converted at an old rate.

What it finds: The headline amount matches only at a rate from 180 days (the
`stale_after_days` option) to 3 years before the article: an old conversion reused. A rate from
longer ago, or after the article, is taken for coincidence and explains nothing: the finding is
then a plain mismatch.
Why it matters: over the whole history almost any near miss finds some rate; within a window a
writer may still have had at hand (last year's report), the old rate is the likely story.
Example: a 2023-06-01 headline "¥720M" over "USD 6.4 million": that is the conversion at the
rate of 2021-12-02 (about 113 yen per dollar); at the article's rate (about 140) it is about
¥900M.
Fix: convert at the rate of the article's date; the message shows that amount.

The search (``Rates.latest_fitting``: the window found by bisection over the pair's dates, searched
from its newest end, memoised) still reads the pair's whole history once per check, so it runs
last and only for the candidates that would be reported without it (``DEFERRED``).
"""

from __future__ import annotations

from datetime import timedelta

from headlinecheck.checking.diagnoses.base import MONEY_ONLY, Case, Said
from headlinecheck.checking.values import STALE_WITHIN_DAYS, Diagnosis, Hint
from headlinecheck.wording import rate_phrase

DIAGNOSIS = Diagnosis.STALE_RATE
OFFSET = 14
KINDS = MONEY_ONLY
DEFERRED = True


def detect(case: Case) -> Hint | None:
    """The rate nearest before the article's date, more than ``stale_after_days`` and at most
    ``STALE_WITHIN_DAYS`` before it, at which the claim would be supported."""
    checker, candidate, claim_ccy = case.checker, case.candidate, case.claim_ccy
    ev_ccy, figure = candidate.evidence_currency, candidate.bounded
    if claim_ccy is None or ev_ccy is None or ev_ccy == claim_ccy or figure.low <= 0:
        return None
    if case.open:
        return None  # two unbounded intervals meet at any rate
    tol = checker.options.tolerance
    low, high = case.claim_iv
    # Supported at rate r iff low <= high_ev * r * (1 + tol) and low_ev * r * (1 - tol) <= high.
    r_min = low / (figure.high * (1 + tol))
    r_max = high / (figure.low * (1 - tol))
    rates = checker.rates
    if rates.published is not None:
        start = rates.published
    else:
        assert rates.window is not None
        start = rates.window[0]
    newest = start - timedelta(days=checker.options.stale_after_days)
    oldest = start - timedelta(days=STALE_WITHIN_DAYS)
    stale = rates.latest_fitting(ev_ccy, claim_ccy, (oldest, newest), (r_min, r_max))
    if stale is None:
        return None
    return Hint((figure.low * stale.value, figure.high * stale.value), rate=stale)


def message(said: Said) -> str | None:
    hint = said.best.hint
    if hint is None or hint.rate is None:
        return None
    rates = said.checker.rates
    reference = rates.published or (rates.window or (hint.rate.used,))[0]
    days = abs((hint.rate.used - reference).days)
    return (
        f"{said.head}. The headline matches only at {rate_phrase(hint.rate)}, {days} days from "
        f"the article's date: a stale rate; {said.write}."
    )
