"""magnitude_slip: the headline is 1,000 or 1,000,000 times too large or too small.

What it finds: The headline figure matches the body's once multiplied or divided by 1,000 or
1,000,000: million written for billion, thousand for million. An open lower bound ("over",
"more than", "tops", "at least", "150+") reaches at most 3 times its figure, so it does not hide
the slip: "Firm raises over $5M" over "raised $5 billion" is one; behind such a bound a x10 gap
is one too ("over 150 hurt" over "1,500 people hurt").
Why it matters: the slip is the commonest large error in a headline and the number's digits
look right, so a reader does not see it.
Example (money): headline "$6.4B" over "HKD 50 million".
Example (count): headline "150,000 companies" over "more than 150 companies".
Example (percent): headline "300% rise" over "0.3% rise" is a x1000 slip.
Fix: use the magnitude of the body ("$6.4M").
Fix (count): use the body's magnitude.
Fix (percent): use the body's figure.
"""

from __future__ import annotations

from decimal import Decimal

from headlinecheck.checking.diagnoses.base import ALL_KINDS, Case, Said
from headlinecheck.checking.intervals import overlaps, reach
from headlinecheck.checking.values import Diagnosis, Hint

DIAGNOSIS = Diagnosis.MAGNITUDE_SLIP
OFFSET = 11
KINDS = ALL_KINDS

FACTORS = (Decimal(1000), Decimal("0.001"), Decimal(1000000), Decimal("0.000001"))
#: Behind an open lower bound a misplaced digit too: "over 150" for 1,500.
OPEN_FACTORS = (Decimal("0.1"), Decimal(10), *FACTORS)


def detect(case: Case) -> Hint | None:
    if case.open:
        return None
    conv = case.candidate.conversion
    claim = case.claim
    if claim.high.is_infinite():
        # The bound's own reach, not OPEN_SLACK: "over $5M" over "$12 billion" is a slip.
        claim_iv = reach(claim)
        for factor in OPEN_FACTORS:
            if overlaps(claim_iv, (conv.low * factor, conv.high * factor), case.tolerance):
                return Hint((conv.low * factor, conv.high * factor), factor=factor)
        return None
    for factor in FACTORS:
        if case.fits(conv.low * factor, conv.high * factor):
            return Hint((conv.low * factor, conv.high * factor), factor=factor)
    return None


def message(said: Said) -> str | None:
    hint = said.best.hint
    if hint is None or not hint.factor:
        return None
    bigger = "larger" if hint.factor > 1 else "smaller"
    if hint.factor in (10, Decimal("0.1")):
        slip = f"The headline is 10 times {bigger}: a misplaced digit"
    else:
        times = "1,000" if hint.factor in (1000, Decimal("0.001")) else "1,000,000"
        slip = f"The headline is {times} times {bigger}: a million/billion slip"
    return f"{said.head}. {slip}; {said.write}."
