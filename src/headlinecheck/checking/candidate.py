"""A body figure weighed as evidence for one claim (``Candidate``), and the part of the weighing
that reads only the figure's numbers and currency (``Numbers``, memoised per claim by
``pairing.Checker.weigh``)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from headlinecheck.checking.conversion import Conversion
from headlinecheck.checking.diagnoses import RANK
from headlinecheck.checking.intervals import (
    bounded_evidence,
    gap_ratio,
    misrounds_to,
    open_alike,
    overclaims,
    overlaps,
    reach,
    states_a_point,
    truncates_to,
)
from headlinecheck.checking.values import Diagnosis, Hint
from headlinecheck.errors import HeadlinecheckError
from headlinecheck.extraction import Figure, Qualifier

if TYPE_CHECKING:
    from headlinecheck.checking.pairing import Checker


class Candidate(NamedTuple):
    """One body figure weighed as evidence for one claim: converted, judged, and ranked by
    ``key`` (named tuples, not attrs classes: a tenth of the start-up cost)."""

    evidence: Figure
    bounded: Figure  # the evidence as it can back this claim (see bounded_evidence)
    evidence_currency: str | None
    conversion: Conversion
    supported: bool
    # How far apart the claim and the converted evidence are, as the ratio across the gap (1
    # when they overlap; ``intervals.gap_ratio``): ordered as their log distance.
    distance: Decimal
    point_distance: Decimal
    context: int
    diagnosis: Diagnosis | None = None
    hint: Hint | None = None
    # The numbers fit but the figure is still wrong (a diagnosis that needs no hypothesis): the
    # opposite direction, or the body's number reused under another currency.
    conflict: Diagnosis | None = None
    # For a sum (``evidence`` is then the sum's figure, see ``sums``): the body figures added up.
    parts: tuple[Figure, ...] = ()
    # How many of the claim's clause words (its verb and noun: "raises") stand right before the
    # figure in the body ("raised ¥1 billion"): the figure the sentence says the claim is about.
    governed: int = 0
    # The figure is stated as a running total or aggregate ("bringing its total to ¥3.5
    # billion") and the headline does not claim a total: evidence of last resort.
    aside: bool = False

    def key(self) -> tuple[Any, ...]:
        if self.supported:
            # Open intervals ("150+", "more than 150") overlap many figures at distance 0; the
            # stated values' log-ratio then picks "more than 150" over "over 1,900".
            return (
                0,
                self.distance,
                self.aside,
                self.point_distance,
                -self.context,
                self.evidence.span,
            )
        rank = len(RANK) if self.diagnosis is None else RANK[self.diagnosis]
        # Among mismatches, the body sentence about the claim's clause comes first; then a
        # figure that is no running total; then the most specific diagnosis; then the figure
        # the claim's own words govern; then the nearest figure.
        return (
            1,
            -self.context,
            self.aside,
            rank,
            -self.governed,
            self.distance,
            self.point_distance,
            self.evidence.span,
        )


class Numbers(NamedTuple):
    """What ``Checker.weigh`` works out from a figure's numbers and currency alone."""

    bounds: tuple[Decimal, Decimal] | None  # the evidence's (low, high) as compared, if changed
    conversion: Conversion
    supported: bool  # the interval fits (before any conflict)
    distance: Decimal
    point_distance: Decimal


def figure_key(figure: Figure, currency: str | Candidate | None) -> tuple[Any, ...]:
    """What ``weigh_numbers`` reads of a body figure: figures with equal keys weigh alike against
    one claim. The text is part of it: equal Decimals may differ in exponent ("5E+6",
    "5000000"), which the report's figures would show. ``currency`` is the figure's currency as
    read, or the candidate that holds it."""
    if isinstance(currency, Candidate):
        currency = currency.evidence_currency
    return (
        figure.text,
        figure.kind,
        figure.low,
        figure.high,
        figure.value,
        figure.value_high,
        figure.precision,
        figure.qualifier,
        currency,
    )


def weigh_numbers(
    checker: Checker, claim: Figure, claim_ccy: str | None, figure: Figure, ev_ccy: str | None
) -> Numbers:
    """The arithmetic of ``Checker.weigh``: what reads only the figure's numbers and currency
    (and the claim's)."""
    bounded = bounded_evidence(claim, figure)
    if states_a_point(bounded) and (
        claim.qualifier is Qualifier.APPROX
        or checker.stated_digits(claim) > checker.stated_digits(bounded)
    ):
        # Compared as the number the body states, not its rounding interval: "about" already
        # widens the claim ("about $6 million" is not "$5 million"), and digits the body
        # does not state cannot come from it ("$1.4 billion" is not "EUR 1 billion").
        bounded = attrs.evolve(bounded, low=bounded.value, high=bounded.value)
    conversion = checker.rates.convert(bounded, ev_ccy, claim_ccy)
    # Two bounds open the same way are weighed by ``overclaims``; against a plain number an
    # open bound reaches only so far ("over $5M" is not backed by "$5 billion").
    claim_iv = (claim.low, claim.high) if open_alike(claim, bounded) else reach(claim)
    conv_iv = (conversion.low, conversion.high)
    tolerance = checker.tolerance(conversion)
    supported = overlaps(claim_iv, conv_iv, tolerance) and not overclaims(
        claim, bounded, conv_iv, tolerance
    )
    if not supported and ev_ccy == claim_ccy and figure.kind is claim.kind:
        # "$4.7 billion" for "$4.77 billion"; "N392.786bn" for "N392,785,113,356"
        supported = truncates_to(claim, figure) or misrounds_to(claim, figure)
    bounds = None if bounded is figure else (bounded.low, bounded.high)
    return Numbers(
        bounds,
        conversion,
        supported,
        gap_ratio(claim_iv, conv_iv),
        gap_ratio((claim.value, claim.value), (conversion.point,) * 2),
    )


def numbers_of(
    checker: Checker,
    claim: Figure,
    claim_ccy: str | None,
    figure: Figure,
    ev_ccy: str | None,
    memo: dict[tuple[Any, ...], Numbers | HeadlinecheckError] | None,
) -> Numbers:
    """``weigh_numbers``, memoised in ``memo`` (one per claim) by ``figure_key``; a conversion
    error is remembered and raised again."""
    if memo is None:
        return weigh_numbers(checker, claim, claim_ccy, figure, ev_ccy)
    key = figure_key(figure, ev_ccy)
    found = memo.get(key)
    if found is None:
        try:
            found = weigh_numbers(checker, claim, claim_ccy, figure, ev_ccy)
        except HeadlinecheckError as error:
            found = error
        memo[key] = found
    if isinstance(found, HeadlinecheckError):
        raise found
    return found
