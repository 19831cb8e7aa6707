"""over_rounded: the headline states more precision than the body allows.

What it finds: The headline figure would be right without the zeros it states after the
decimal point: "$6.0M" claims 5.95–6.05 million, "6 million" would be supported. It ranks
before stale_rate: "$13.0 Billion" over "£10.5 billion" on 2023-03-01 (USD 12.7 billion) also
matches at a 2022 rate, but a zero the body cannot back is the error the headline certainly
makes, an old rate only a guess, so over_rounded is reported.
Why it matters: a stated zero is a claim of precision; a reader takes "6.0" to be exact to a
tenth.
Example (money): headline "$6.0M" over "HKD 50 million" (about 6.37 million).
Example (count): headline "6.0 million users" over "6.38 million users" ("6 million" would be
supported).
Example (percent): headline "6.0% rise" over "a 6.4% rise" ("6%" would be supported).
Fix: write "$6.4M", or round honestly ("$6M", "about $6M").
Fix (count): drop the false precision ("6 million", "over 6 million") or quote the body's figure.
Fix (percent): write "6.4%", or round without the trailing zero ("6%").
"""

from __future__ import annotations

from decimal import Decimal

from headlinecheck.checking.diagnoses.base import ALL_KINDS, Case, Said
from headlinecheck.checking.intervals import overlaps
from headlinecheck.checking.values import Diagnosis, Hint
from headlinecheck.extraction import Figure, LazyPattern, Qualifier
from headlinecheck.wording import human

DIAGNOSIS = Diagnosis.OVER_ROUNDED
OFFSET = 15
KINDS = ALL_KINDS

# The digits after a decimal separator (no nested quantifiers: linear).
_DECIMALS = LazyPattern(r"\d([.,])(\d+)")


def coarser_claims(claim: Figure) -> list[tuple[Decimal, Decimal]]:
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


def detect(case: Case) -> Hint | None:
    # "150+" states a bound, not digits: no rounding slip to diagnose there.
    if case.open or case.claim.qualifier not in (Qualifier.NONE, Qualifier.APPROX):
        return None
    conv = case.candidate.conversion
    for coarse in coarser_claims(case.claim):
        if overlaps(coarse, (conv.low, conv.high), case.tolerance):
            return Hint((conv.low, conv.high))
    return None


def message(said: Said) -> str | None:
    coarse = human(said.claim.value, said.claim_ccy, said.claim, drop_zeros=True)
    return (
        f"{said.head}. The headline states more precision than the body allows: {coarse} "
        f"would be right, or {said.suggestion}."
    )
