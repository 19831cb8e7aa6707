"""What a diagnosis module is given: the mismatched candidate (``Case``) to explain, and the
finished judgement (``Said``) to word its message from."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from headlinecheck.checking.intervals import overlaps
from headlinecheck.extraction import Figure, Kind

if TYPE_CHECKING:
    from headlinecheck.checking.pairing import Candidate, Checker

ALL_KINDS = frozenset(Kind)
MONEY_ONLY = frozenset({Kind.MONEY})


class Case(NamedTuple):
    """A claim and one body figure it does not match, as a detector sees them.

    ``claim_iv`` is the claim's interval with an open side closed (a hypothesis must explain the
    claim's own number, not merely fall under "150+"); ``tolerance`` the relative slack of the
    conversion; ``open`` whether claim and evidence are open the same way ("over 200" against
    "more than 150"), where two unbounded intervals meet under any hypothesis.
    """

    checker: Checker
    claim: Figure
    claim_ccy: str | None
    candidate: Candidate
    claim_iv: tuple[Decimal, Decimal]
    tolerance: Decimal
    open: bool

    def fits(self, low: Decimal, high: Decimal) -> bool:
        """Whether the claim would be supported by the interval [low, high]."""
        return overlaps(self.claim_iv, (low, high), self.tolerance)


class Said(NamedTuple):
    """A mismatch as its message is written: ``head`` is "“$6.4B” does not match the body:
    “HKD 50 million” is USD 6.31 to 6.44 million at ..." and ``suggestion`` what to write."""

    checker: Checker
    claim: Figure
    claim_ccy: str | None
    best: Candidate
    suggestion: str | None
    head: str

    @property
    def write(self) -> str:
        return f"write {self.suggestion}"
