"""Headline amounts with no unit: "Investors lost 11.13 lakh crore", "12.3 Billion allocation",
"must forfeit more than half a million".

A headline may drop the currency its body writes. Such a number (a magnitude of a lakh or more,
no currency, no counted noun: ``extraction.bare_amounts``) is checked only where the body
settles what it is, and never reported as a mismatch, for the checker cannot know which figure
it meant:

- where body amounts that its interval meets are money in one currency, it is read as that
  currency ("12.3 Billion" over "12.33 billion Shillings" is UGX), and the report says so;
- where the body writes the same kind of bare amount ("a loss of 11.13 lakh crore"), the two
  are compared as they stand;
- otherwise it is left out.

The headline is scanned once for its figures and its bare amounts together
(``extraction.extract_with_bare``, which ``check`` uses); the body is scanned a second time
only when the headline holds such a number.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

import attrs

from headlinecheck.checking.intervals import overlaps
from headlinecheck.extraction import Figure, Kind, bare_amounts

_NO_TOLERANCE = Decimal(0)


class Adopted(NamedTuple):
    """The claims and evidence with the bare amounts added, and a note per claim span."""

    claims: Sequence[Figure]
    evidence: Sequence[Figure]
    notes: dict[tuple[int, int], str]


def _meets(claim: Figure, figure: Figure) -> bool:
    return overlaps((claim.low, claim.high), (figure.low, figure.high), _NO_TOLERANCE)


def adopt_bare_amounts(
    headline: str,
    body: str,
    claims: Sequence[Figure],
    evidence: Sequence[Figure],
    locale: str | None,
    headline_bare: Sequence[Figure] | None = None,
) -> Adopted:
    """``claims`` and ``evidence`` with the headline's bare amounts the body settles;
    ``headline_bare``: ``bare_amounts(headline)`` when already known
    (``extraction.extract_with_bare``)."""
    if headline_bare is None:
        headline_bare = bare_amounts(headline, locale=locale)
    if not headline_bare:
        return Adopted(claims, evidence, {})
    taken = [f.span for f in claims]
    bare = [f for f in headline_bare if not any(a < f.span[1] and f.span[0] < b for a, b in taken)]
    if not bare:
        return Adopted(claims, evidence, {})
    body_bare: tuple[Figure, ...] | None = None
    added: list[Figure] = []
    extra: list[Figure] = []
    notes: dict[tuple[int, int], str] = {}
    for claim in bare:
        money = [f for f in evidence if f.kind is Kind.MONEY and _meets(claim, f)]
        currencies = {f.currency for f in money}
        if money and len(currencies) == 1 and money[0].currency is not None:
            # The body's own currency value, an ambiguous "shillings" included: the checker
            # then reads both the same way.
            currency = money[0].currency
            added.append(attrs.evolve(claim, kind=Kind.MONEY, currency=currency, unit_noun=None))
            notes[claim.span] = (
                f" The headline names no currency: “{claim.text}” is read in the currency of "
                f"the body's “{money[0].text}”."
            )
            continue
        if body_bare is None:
            body_bare = bare_amounts(body, locale=locale)
        same = [f for f in body_bare if _meets(claim, f)]
        if same:
            added.append(claim)
            extra.extend(f for f in same if f not in extra)
            notes[claim.span] = (
                f" Neither the headline nor the body names a unit for “{claim.text}”: it is "
                f"compared with the body's “{same[0].text}” as a number."
            )
    if not added:
        return Adopted(claims, evidence, {})
    new_claims = sorted([*claims, *added], key=lambda f: f.span)
    new_evidence = sorted([*evidence, *extra], key=lambda f: f.span) if extra else evidence
    return Adopted(new_claims, new_evidence, notes)
