"""digit_slip: two digits transposed, or one mistyped.

What it finds: The headline figure's digits differ from the body's (converted and rounded to
the headline's precision) by two adjacent digits swapped, or by one wrong digit that is not a
rounding step.
Why it matters: the figure has the right size and the right look, so neither writer nor editor
notices it; only a comparison digit by digit does.
Example (money): headline "$4.6M" over "HKD 50 million" (about 6.4 million).
Example (count): headline "510 companies" over "150 companies".
Example (percent): headline "13% rise" over "31% rise".
Fix: correct the digits ("$6.4M").
Fix (count): correct the digits.
Fix (percent): correct the digits.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from headlinecheck.checking.diagnoses.base import ALL_KINDS, Case, Said
from headlinecheck.checking.intervals import stated_digits
from headlinecheck.checking.values import Diagnosis, Hint
from headlinecheck.extraction import Qualifier
from headlinecheck.wording import stated_int

DIAGNOSIS = Diagnosis.DIGIT_SLIP
OFFSET = 13
KINDS = ALL_KINDS

# Evidence that states digits (not an open bound) is comparable digit by digit.
_STATES_DIGITS = (Qualifier.NONE, Qualifier.APPROX, Qualifier.RANGE)


def roundings(low: Decimal, high: Decimal, precision: Decimal) -> list[int]:
    """Every value in [low, high] rounded to ``precision``, as integers in that unit."""
    if not (low.is_finite() and high.is_finite()) or precision <= 0:
        return []
    # to_integral_value, not quantize: quantize raises InvalidOperation once the integer has more
    # digits than the context's precision, 28 (a body figure 1e28 times the claim's unit).
    first = int((low / precision).to_integral_value(rounding=ROUND_HALF_UP))
    last = int((high / precision).to_integral_value(rounding=ROUND_HALF_UP))
    if last - first > 20:
        return []
    return list(range(first, last + 1))


def is_digit_slip(stated: int, correct: Sequence[int]) -> bool:
    """A transposition of two adjacent digits, or one wrong digit that is not a rounding step."""
    if not correct or any(abs(stated - c) <= 1 for c in correct):
        return False
    mine = str(stated)
    if len(mine) < 2:
        return False
    for value in correct:
        theirs = str(value)
        if len(theirs) != len(mine) or theirs == mine:
            continue
        diffs = [i for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a != b]
        if len(diffs) == 1:
            return True
        if (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and mine[diffs[0]] == theirs[diffs[1]]
            and mine[diffs[1]] == theirs[diffs[0]]
        ):
            return True
    return False


def detect(case: Case) -> Hint | None:
    claim, candidate = case.claim, case.candidate
    if case.open or claim.qualifier not in (Qualifier.NONE, Qualifier.APPROX):
        return None
    conv = candidate.conversion
    stated = stated_int(claim)
    if (
        stated is not None
        and candidate.evidence.qualifier in _STATES_DIGITS
        and stated_digits(claim) <= stated_digits(candidate.evidence)
        and is_digit_slip(stated, roundings(conv.low, conv.high, claim.precision))
    ):
        return Hint((conv.low, conv.high))
    return None


def message(said: Said) -> str | None:
    return f"{said.head}. The digits look transposed or mistyped; {said.write}."
