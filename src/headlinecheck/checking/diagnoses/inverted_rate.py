"""inverted_rate: the headline converted in the wrong direction.

What it finds: The headline amount matches the body amount multiplied by the exchange rate
where it should have been divided (or the reverse).
Why it matters: at rates far from 1 (yen, rupees, Hong Kong dollars) the result is off by the
square of the rate, and still looks like a plausible number.
Example: headline "$390M" over "HKD 50 million" (50 million × 7.85 ≈ 392 million).
Fix: convert in the other direction ("$6.4M").
"""

from __future__ import annotations

from decimal import Decimal

from headlinecheck.checking.conversion import Conversion
from headlinecheck.checking.diagnoses.base import MONEY_ONLY, Case, Said
from headlinecheck.checking.values import Diagnosis, Hint
from headlinecheck.wording import amount_range

DIAGNOSIS = Diagnosis.INVERTED_RATE
OFFSET = 12
KINDS = MONEY_ONLY


def detect(case: Case) -> Hint | None:
    candidate = case.candidate
    figure, conv = candidate.bounded, candidate.conversion
    if case.open or candidate.evidence_currency == case.claim_ccy or conv.factor_low <= 0:
        return None
    inv_low = figure.low / conv.factor_high
    inv_high = figure.high / conv.factor_low
    return Hint((inv_low, inv_high)) if case.fits(inv_low, inv_high) else None


def _reader_rate(conv: Conversion) -> Decimal | None:
    rate = conv.rate
    if rate is None and conv.rate_range is not None:
        rate = conv.rate_range.low
    return None if rate is None else rate.value


def message(said: Said) -> str | None:
    hint = said.best.hint
    if hint is None:
        return None
    wrong, right = ("multiplies", "divide")
    if (_reader_rate(said.best.conversion) or 1) >= 1:
        wrong, right = ("divides", "multiply")
    return (
        f"{said.head}. The headline {wrong} by the exchange rate where it should {right} "
        f"({amount_range(hint.converted[0], hint.converted[1], said.claim_ccy)}); {said.write}."
    )
