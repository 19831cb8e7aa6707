"""The candidates of one claim worth weighing in full: the body's figures grouped by the amount
they state (once per check), the arithmetic once per amount, and the words around a figure read
only for the few figures whose words can differ from the rest.

Within one amount, figures differ only in their words (sentence shared with the claim's clause,
governing words, "total" cue, direction) and their place in the body. A figure whose words are
all at their default (no stem of the clause in its sentence or before it, no total word before
it, no direction where the claim has one) ranks among its amount's other such figures by its
place alone, so only the first ``KEEP`` of them can be the best or be listed as considered: the
rest are counted, never weighed. The figures that may differ (the *special* ones) are found by
the positions of the clause's stems and of the total words in the lowered body (substring
searches, so a superset: each special figure is then weighed in full, as before).
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from headlinecheck.checking.candidate import Candidate, Numbers, numbers_of
from headlinecheck.checking.reading import currency_of
from headlinecheck.checking.values import CONSIDERED, DollarReading
from headlinecheck.errors import HeadlinecheckError
from headlinecheck.extraction import Figure, Kind

if TYPE_CHECKING:
    from headlinecheck.checking.body_index import BodyIndex
    from headlinecheck.checking.pairing import Checker

#: Figures with default words weighed per amount: the best and the ``CONSIDERED`` after it.
KEEP = CONSIDERED + 1


class Amount:
    """Body figures that state one amount (equal ``candidate.figure_key``): the first of them in
    the evidence's order (whose numbers stand for all), its currency, all of them by place."""

    __slots__ = ("_classes", "currency", "figure", "members")

    def __init__(self, figure: Figure, currency: str | None) -> None:
        self.figure = figure
        self.currency = currency
        self.members = [figure]
        self._classes: list[list[Figure]] | None = None

    def classes(self, index: BodyIndex) -> list[list[Figure]]:
        """The members by what their words can give any claim (``BodyIndex.signature``: the
        stems of their sentence, their governing stems, whether stated as a total), each class
        by span: members of one class weigh alike against every claim but for their place."""
        if self._classes is None:
            found: dict[object, list[Figure]] = {}
            for f in self.members:
                found.setdefault(index.signature(f), []).append(f)
            self._classes = list(found.values())
        return self._classes


def amounts(figures: Sequence[Figure], reading: DollarReading) -> list[Amount]:
    """``figures`` grouped by amount, in order of first appearance; members sorted by span."""
    # By text first: a string keeps its hash, and figures of one text nearly always state one
    # amount, so the rest of the key (Decimals, hashed anew each time) is only compared.
    by_text: dict[str, list[tuple[tuple[object, ...], Amount]]] = {}
    found: list[Amount] = []
    currencies: dict[object, str | None] = {}
    money = Kind.MONEY
    for f in figures:
        ccy = None
        if f.kind is money:
            # ``currency_of`` reads only the figure's currency (and the check's reading).
            sign = f.currency
            ccy = currencies.get(sign, "")
            if ccy == "":
                ccy = currencies[sign] = currency_of(f, reading)
        key = (f.kind, f.low, f.high, f.value, f.value_high, f.precision, f.qualifier, ccy)
        same_text = by_text.get(f.text)
        if same_text is None:
            same_text = by_text[f.text] = []
        for known, group in same_text:
            if known == key:
                group.members.append(f)
                break
        else:
            group = Amount(f, ccy)
            same_text.append((key, group))
            found.append(group)
    for group in found:
        members = group.members
        if len(members) > 1:
            spans = [f.span for f in members]
            if spans != sorted(spans):
                members.sort(key=lambda f: f.span)
    return found


class Positions:
    """Where the body's figures stand, for mapping text positions to the figures they can
    concern (built once per check, on first use)."""

    def __init__(self, evidence: Sequence[Figure]) -> None:
        order = sorted(evidence, key=lambda f: f.span)
        self.starts = [f.span[0] for f in order]
        self.ids = [id(f) for f in order]
        self.figures = order

    def figures_in(self, after: int, upto: int) -> list[Figure]:
        """The figures starting in ``(after, upto]``."""
        lo = bisect.bisect_right(self.starts, after)
        hi = bisect.bisect_right(self.starts, upto)
        return self.figures[lo:hi]

    def starting_in(self, after: int, upto: int) -> list[int]:
        """Ids of the figures starting in ``(after, upto]``."""
        lo = bisect.bisect_right(self.starts, after)
        hi = bisect.bisect_right(self.starts, upto)
        return self.ids[lo:hi]


class Regions:
    """The body's figures by sentence (``context.Sentences.bounds``): those within one sentence
    by its index, those across a boundary with their bounds."""

    def __init__(self, evidence: Sequence[Figure], starts: list[int], ends: list[int]) -> None:
        self.starts, self.ends = starts, ends
        self.by_region: dict[int, list[int]] = {}
        self.crossing: list[tuple[int, int, int]] = []
        right, left = bisect.bisect_right, bisect.bisect_left
        for f in evidence:
            before = right(ends, f.span[0])
            after = left(starts, f.span[1])
            if before == after:
                self.by_region.setdefault(before, []).append(id(f))
            else:
                lo = ends[before - 1] if before else 0
                hi = starts[after] if after < len(starts) else -1
                self.crossing.append((lo, hi, id(f)))

    def holding(self, hits: Sequence[int], length: int) -> set[int]:
        """Ids of the figures whose sentence holds one of the positions ``hits`` (sorted)."""
        out: set[int] = set()
        starts, ends = self.starts, self.ends
        for p in hits:
            k = bisect.bisect_right(ends, p)
            if p < (starts[k] if k < len(starts) else length):
                out.update(self.by_region.get(k, ()))
        for lo, hi, ident in self.crossing:
            hi = length if hi < 0 else hi
            i = bisect.bisect_left(hits, lo)
            if i < len(hits) and hits[i] < hi:
                out.add(ident)
        return out


def occurrences(text: str, word: str) -> list[int]:
    """Every position where ``word`` starts in ``text``, overlapping ones included."""
    out = []
    at = text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def may_contradict(checker: Checker, claim: Figure) -> bool:
    """Whether any body figure can contradict the claim's direction (``Checker.contradiction``
    returns None for every figure otherwise)."""
    said = checker.movement(claim, in_headline=True)
    if said is not None and not said.negated:
        return True
    if claim.kind is not Kind.MONEY:
        return False
    said = checker.movement(claim, in_headline=True, polar=True)
    return said is not None and not said.negated


Weighed = tuple[Amount, Numbers]


class Shortlist:
    """One claim's amounts, split by whether their numbers fit, and the candidates built."""

    def __init__(
        self,
        checker: Checker,
        claim: Figure,
        claim_ccy: str | None,
        same_kind: Sequence[Figure],
        context: set[str],
        wants_total: bool,
        notes: list[str],
    ) -> None:
        self.checker, self.claim, self.claim_ccy = checker, claim, claim_ccy
        self.context, self.wants_total = context, wants_total
        self.fitting: list[Weighed] = []
        self.unfit: list[Weighed] = []
        memo: dict[tuple[object, ...], Numbers | HeadlinecheckError] = {}
        for amount in checker.index.amounts(same_kind, checker.reading):
            try:
                numbers = numbers_of(
                    checker, claim, claim_ccy, amount.figure, amount.currency, memo
                )
            except HeadlinecheckError as error:
                notes.append(f"“{amount.figure.text}” skipped: {error}")
                continue
            (self.fitting if numbers.supported else self.unfit).append((amount, numbers))
        self.special = checker.index.special(context, wants_total)
        #: Supported figures among the fitting ones, weighed or not (see ``build``).
        self.supported = 0

    def build(self, weighed: Iterable[Weighed], everything: bool = False) -> list[Candidate]:
        """The candidates of ``weighed``: every special figure, and the first ``KEEP`` others
        of each amount (all with ``everything``); counts the supported ones in ``supported``."""
        checker, claim, claim_ccy = self.checker, self.claim, self.claim_ccy
        context, wants_total = self.context, self.wants_total
        special = None if everything else self.special
        out: list[Candidate] = []
        for amount, numbers in weighed:
            members = amount.members
            if special is None:
                runs = [members]
            elif not special:
                runs = [[], members]
            elif sum(id(f) in special for f in members) <= KEEP:
                runs = [[f for f in members if id(f) in special]]
                runs.append([f for f in members if id(f) not in special])
            else:
                runs = [[], *amount.classes(checker.index)]
            for n, run in enumerate(runs):
                # The first run is weighed whole; of each later one (figures that weigh alike
                # but for their place) the first ``KEEP``, the rest counted as the last of them.
                chosen = run if n == 0 else run[:KEEP]
                built = [
                    checker._candidate(
                        claim, claim_ccy, f, amount.currency, numbers, context, wants_total
                    )
                    for f in chosen
                ]
                self.supported += sum(c.supported for c in built)
                if len(run) > len(chosen):
                    self.supported += (len(run) - len(chosen)) * built[-1].supported
                out.extend(built)
        return out

    def fitting_candidates(self) -> list[Candidate]:
        everything = bool(self.fitting) and may_contradict(self.checker, self.claim)
        return self.build(self.fitting, everything)

    def unfit_candidates(self, undiagnosed: bool = False) -> list[Candidate]:
        """The candidates whose numbers do not fit. ``undiagnosed`` (a claim something supports,
        so they are never diagnosed): those without special words then differ only in their
        numbers' distance and place, and only the ``KEEP`` nearest of them are weighed."""
        supported = self.supported
        try:
            if not undiagnosed or self.special is None:
                return self.build(self.unfit)
            special = self.special
            out: list[Candidate] = []
            plain: list[tuple[Decimal, Decimal, tuple[int, int], Figure, Amount, Numbers]] = []
            for amount, numbers in self.unfit:
                kept = 0
                for f in amount.members:
                    if id(f) in special:
                        out.extend(self.build([(_single(amount, f), numbers)], everything=True))
                    elif kept < KEEP:
                        kept += 1
                        distance, point = numbers.distance, numbers.point_distance
                        plain.append((distance, point, f.span, f, amount, numbers))
                    elif not special:
                        break
            for *_, f, amount, numbers in heapq.nsmallest(KEEP, plain, key=lambda p: p[:3]):
                out.extend(self.build([(_single(amount, f), numbers)], everything=True))
            return out
        finally:
            self.supported = supported


def _single(amount: Amount, figure: Figure) -> Amount:
    """``amount`` as weighed for one of its figures."""
    one = Amount(amount.figure, amount.currency)
    one.members = [figure]
    return one
