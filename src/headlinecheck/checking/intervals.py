"""Interval arithmetic: whether a claim's interval meets the evidence's, how far apart they are,
and how an open bound ("more than 150") or a written-out rounding ("387,000") is read."""

from __future__ import annotations

from decimal import Context, Decimal, localcontext

import attrs

from headlinecheck.extraction import Figure, Qualifier
from headlinecheck.numbers import FIGURE_CONTEXT
from headlinecheck.wording import stated_int


def _widen(low: Decimal, high: Decimal, tolerance: Decimal) -> tuple[Decimal, Decimal]:
    return low * (1 - tolerance), high * (1 + tolerance)


def overlaps(
    claim: tuple[Decimal, Decimal], evidence: tuple[Decimal, Decimal], tolerance: Decimal
) -> bool:
    """Whether two intervals meet once ``evidence`` is widened by the relative ``tolerance``.

    Without tolerance, intervals that only touch do not meet: printed numbers round half up, so
    "6" covers [5.5, 6.5) and "5" covers [4.5, 5.5), and no amount is both. A point interval
    (a figure stated exactly) still meets an interval that ends at it.
    """
    ev_low, ev_high = _widen(evidence[0], evidence[1], tolerance)
    if tolerance:
        return claim[0] <= ev_high and ev_low <= claim[1]
    low, high = max(claim[0], ev_low), min(claim[1], ev_high)
    return low < high or (low == high and (claim[0] == claim[1] or ev_low == ev_high))


#: A claim that repeats the body's number under another currency is a currency confusion, even
#: when rounding would let it pass, once the conversion lands more than this far from it: 5% is
#: the most a rounding to two significant digits moves a number (1.05 -> 1.0), so an honest
#: conversion rounded to two digits (or near-par rates such as EUR/USD at 1.04) stays supported.
SWAP_THRESHOLD = Decimal("0.05")


def swapped_currency(
    claim: Figure,
    claim_ccy: str | None,
    evidence: Figure,
    ev_ccy: str | None,
    converted_point: Decimal,
) -> bool:
    """Whether ``claim`` writes the body's own number with another currency symbol although the
    conversion is far from it ("$1 billion" for EUR 1 billion = USD 1.24 billion): one
    significant digit spans +-50%, wide enough to hide the slip. Only a plain stated number is
    judged; "about $1 billion" says the writer rounded."""
    if claim_ccy is None or ev_ccy is None or claim_ccy == ev_ccy:
        return False
    if claim.qualifier is not Qualifier.NONE or claim.value != evidence.value:
        return False
    if claim.value <= 0 or not converted_point.is_finite():
        return False
    return abs(converted_point / claim.value - 1) > SWAP_THRESHOLD


def log_distance(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> Decimal:
    """|log| of the ratio across the gap between two positive intervals; 0 when they overlap."""
    ratio = gap_ratio(a, b)
    if ratio == 1 or ratio.is_infinite():
        return ratio - 1 if ratio == 1 else ratio
    with localcontext() as ctx:
        ctx.prec = 20
        return ratio.ln()


_ONE = Decimal(1)
_INFINITY = Decimal("Infinity")
#: The context of ``gap_ratio``: a module-level one spares a ``localcontext`` per pair.
_RATIO = Context(prec=20)


def gap_ratio(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> Decimal:
    """The ratio (>= 1) across the gap between two positive intervals, 1 when they overlap:
    ``log_distance`` without the logarithm. It orders pairs as ``log_distance`` does (the
    logarithm is increasing), at the cost of one division instead of a 20-digit ``ln``, which
    took most of the matching time; ranking (``pairing.Candidate.key``) compares only this."""
    if a[0] > b[1]:
        big, small = a[0], b[1]
    elif b[0] > a[1]:
        big, small = b[0], a[1]
    else:
        return _ONE
    if small <= 0 or big.is_infinite():
        return _INFINITY
    return _RATIO.divide(big, small)


#: "more than X" / "under X" read as at most this far beyond X when judged against a number.
OPEN_SLACK = Decimal("0.10")
OPEN_BELOW = (Qualifier.AT_MOST, Qualifier.LESS_THAN)


def bounded(low: Decimal, high: Decimal, qualifier: Qualifier) -> tuple[Decimal, Decimal]:
    """An interval with its open side closed ``OPEN_SLACK`` beyond the stated bound."""
    if high.is_infinite():
        high = low * (1 + OPEN_SLACK)
    if qualifier in OPEN_BELOW and low == 0:
        low = high * (1 - OPEN_SLACK)
    return low, high


#: How far an open lower bound reaches when a plain number must back it: "over 150", "more than
#: $5M", "tops $600 million" and "150+" are read as at most ``OPEN_REACH`` times their bound. A
#: writer rounds a figure down to the nearest round number (1, 2, 5, 10, 20 ...), which is never
#: more than 2.5 times below it; a wider gap is a slip that the open side would otherwise hide
#: ("over $5M" for "$5 billion"). Open upper bounds ("under $5M") keep their open side.
OPEN_REACH = Decimal(3)


def reach(claim: Figure) -> tuple[Decimal, Decimal]:
    """The interval of a claim as a plain body number can back it: an open lower bound closed at
    ``OPEN_REACH`` times the bound, anything else as it is."""
    if claim.high.is_infinite() and claim.low > 0 and claim.low.is_finite():
        return claim.low, claim.low * OPEN_REACH
    return claim.low, claim.high


def bounded_evidence(claim: Figure, evidence: Figure) -> Figure:
    """``evidence`` as it can support ``claim``: "more than HKD 35.7 billion" backs "150+"-style
    claims open the same way in full, but a plain number only near the bound (OPEN_SLACK)."""
    low, high = evidence.low, evidence.high
    if high.is_infinite() and claim.high.is_finite():
        high = low * (1 + OPEN_SLACK)
    if evidence.qualifier in OPEN_BELOW and low == 0 and claim.low > 0:
        low = high * (1 - OPEN_SLACK)
    if (low, high) == (evidence.low, evidence.high):
        return evidence
    return attrs.evolve(evidence, low=low, high=high)


def stated_digits(figure: Figure) -> int:
    """Significant digits the figure states ("$6.4M" 2, "EUR 1 billion" 1, "HKD 50 million" 2)."""
    stated = stated_int(figure)
    return len(str(abs(stated))) if stated else 0


def rounded_zeros(claim: Figure) -> Figure:
    """A headline integer ending in zeros read as rounded there, keeping at least two
    significant digits: "387,000 cars" for 386,810 (386,500-387,500), "₹3,700 crore" for 3,726
    crore, "1,900 companies" for 1,912; but "10,000 jobs" is 9,500-10,500, not 5,000-15,000, and
    "500 points" stays 495-505.

    Extraction gives "387,000" the precision of its last digit, and without a rate there is no
    tolerance to absorb the 0.05%: a headline that writes out the zeros rounds as one that
    writes the word ("387 thousand").
    """
    value, precision = claim.value, claim.precision
    if (
        claim.qualifier is not Qualifier.NONE
        or not value.is_finite()
        or not precision.is_finite()
        or precision <= 0
        or "." in claim.text
    ):
        return claim
    written = value / precision
    if written != written.to_integral_value() or written < 100:
        return claim
    digits = str(int(written))
    zeros = min(len(digits) - len(digits.rstrip("0")), len(digits) - 2)
    if zeros <= 0:
        return claim
    precision *= Decimal(10) ** zeros
    half = precision / 2
    return attrs.evolve(claim, low=value - half, high=value + half, precision=precision)


def states_a_point(figure: Figure) -> bool:
    """A plain or approximate number, not a range or a bound."""
    return (
        figure.qualifier in (Qualifier.NONE, Qualifier.APPROX)
        and figure.value_high is None
        and figure.low <= figure.value <= figure.high
    )


def open_alike(claim: Figure, evidence: Figure) -> bool:
    """Both figures are open the same way: "over 200" and "more than 150", or "under $5M" and
    "less than $6 million"."""
    if claim.high.is_infinite() and evidence.high.is_infinite():
        return True
    return (
        claim.qualifier in OPEN_BELOW
        and evidence.qualifier in OPEN_BELOW
        and claim.low == 0
        and evidence.low == 0
    )


def overclaims(
    claim: Figure, evidence: Figure, converted: tuple[Decimal, Decimal], tolerance: Decimal
) -> bool:
    """Whether an open claim goes beyond the open evidence it overlaps: "more than 150" does not
    vouch for "over 200", nor "less than $6 million" for "under $5M". Half a unit of the claim's
    own precision is allowed, as a writer rounds the converted bound ("more than HKD 50 million"
    = more than USD 6.37 million, written "more than $6.4M")."""
    if not open_alike(claim, evidence):
        return False
    half = claim.precision / 2
    if claim.high.is_infinite():
        return claim.low - half > converted[0] * (1 + tolerance)
    return claim.high + half < converted[1] * (1 - tolerance)


def _plain_pair(claim: Figure, evidence: Figure) -> bool:
    """Both plain figures: no qualifier, no range."""
    return (
        claim.qualifier is Qualifier.NONE
        and evidence.qualifier is Qualifier.NONE
        and claim.value_high is None
        and evidence.value_high is None
    )


def _finer_plain(claim: Figure, evidence: Figure, digits: int) -> bool:
    """A plain pair, the claim of ``digits`` or more stated digits and the evidence stated more
    finely: what a cut or a misrounding needs."""
    return (
        _plain_pair(claim, evidence)
        and stated_digits(claim) >= digits
        and evidence.precision < claim.precision
    )


#: Two plain figures in one unit this close are one number rounded twice (a two-thousandth).
CLOSE_POINTS = Decimal("0.0005")


def agrees_closely(claim: Figure, evidence: Figure) -> bool:
    """Whether the headline figure and the body's, both plain and in one unit, are within a
    two-thousandth of each other: one number rounded at different places ("Sh302.3 billion"
    for "Sh302.2 billion", 0.03%); "$6 million" for "$5 million" is not."""
    if not _plain_pair(claim, evidence) or evidence.value <= 0:
        return False
    with localcontext(FIGURE_CONTEXT):
        return abs(claim.value - evidence.value) <= CLOSE_POINTS * evidence.value


def truncates_to(claim: Figure, evidence: Figure) -> bool:
    """Whether the headline figure is the body's, cut off rather than rounded at its last digit
    ("$4.7 billion" for "$4.77 billion", "N655bn" for "N655.93bn"): headlines truncate.

    Only for plain figures of two or more stated digits in the same unit: a one-digit "$5
    billion" cut from "$5.9 billion" hides a sixth of the amount, a truncated "4.7" at most a
    fiftieth.
    """
    if not _finer_plain(claim, evidence, 2):
        return False
    with localcontext(FIGURE_CONTEXT):
        if not claim.value <= evidence.value < claim.value + claim.precision:
            return False
        cut = (evidence.value // claim.precision) * claim.precision
    return cut == claim.value


def misrounds_to(claim: Figure, evidence: Figure) -> bool:
    """Whether the headline figure is the body's rounded up at its last digit where it should
    have been rounded down ("N392.786bn" for "N392,785,113,356"): the mirror of a truncation,
    for four or more stated digits only, where one unit in the last is a thousandth at most (a
    two-digit "$11 billion" for "$10.2 billion" overstates by a twelfth)."""
    if not _finer_plain(claim, evidence, 4):
        return False
    with localcontext(FIGURE_CONTEXT):
        return claim.value - claim.precision <= evidence.value < claim.value - claim.precision / 2
