"""Pairing: every claim with the body figure that best supports it, or else the mismatch to
report, with its diagnosis (tried in the registry's priority order)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

import attrs

from headlinecheck.checking.body_index import BodyIndex
from headlinecheck.checking.candidate import Candidate as Candidate  # named from here too
from headlinecheck.checking.candidate import Numbers, numbers_of
from headlinecheck.checking.context import Sentences, neighbours, stems
from headlinecheck.checking.conversion import Conversion, Rates
from headlinecheck.checking.diagnoses import REGISTRY, Case
from headlinecheck.checking.differences import best_difference
from headlinecheck.checking.direction import POLARITY, Movement, movement
from headlinecheck.checking.intervals import (
    bounded,
    open_alike,
    rounded_zeros,
    stated_digits,
    swapped_currency,
)
from headlinecheck.checking.nouns import compatible_counts
from headlinecheck.checking.ranking import best_mismatch, governed_rival, nearer_conflict
from headlinecheck.checking.reading import KNOWN_DOLLARS, currency_of
from headlinecheck.checking.results import (
    difference_note,
    result,
    sum_note,
    unstated,
    unsupported,
)
from headlinecheck.checking.shortlist import Shortlist
from headlinecheck.checking.sums import best_sum, headline_cued
from headlinecheck.checking.unstated import unstated_count
from headlinecheck.checking.values import (
    CONSIDERED,
    ClaimResult,
    Diagnosis,
    DollarReading,
    Hint,
    Options,
)
from headlinecheck.currencies import AmbiguousDollar
from headlinecheck.errors import HeadlinecheckError
from headlinecheck.extraction import Figure, Kind
from headlinecheck.wording import shown


class Checker:
    """One check: the texts, their figures, the article's ``$`` and the memoised rates; judges
    each claim (``judge``) and answers the diagnoses' questions (direction, other dollars)."""

    #: Skip work that cannot change the report (memos; figures that cannot be reported left
    #: unweighed); False weighs and diagnoses every figure: the tests' reference.
    prune = True

    def __init__(
        self,
        headline: str,
        body: str,
        claims: Sequence[Figure],
        evidence: Sequence[Figure],
        reading: DollarReading,
        rates: Rates,
        options: Options,
    ) -> None:
        self.headline = headline
        self.body = body
        self.claims = claims
        self.evidence = evidence
        self.reading = reading
        self.rates = rates
        self.options = options
        self._sentences: Sentences | None = None
        self._named_dollars: tuple[str, ...] | None = None
        self._movements: dict[tuple[bool, bool, tuple[int, int]], Movement | None] = {}
        self._bounds: dict[bool, tuple[list[int], list[int]]] = {}
        self.index = BodyIndex(body, evidence, self.sentences, self._previous_end)
        self._digits: dict[tuple[Decimal, Decimal], int] = {}

    def movement(
        self, figure: Figure, *, in_headline: bool, polar: bool = False
    ) -> Movement | None:
        """The direction the headline (claims) or the body (evidence) gives ``figure``, looked
        for only up to the neighbouring figures of the same text; with ``polar``, the side of
        zero instead (profit or loss)."""
        key = (in_headline, polar, figure.span)
        if key not in self._movements:
            text = self.headline if in_headline else self.body
            lo, hi = self.neighbours(figure.span, in_headline=in_headline)
            table = POLARITY if polar else None
            self._movements[key] = movement(text, figure.span, lo, hi, table)
        return self._movements[key]

    def neighbours(self, span: tuple[int, int], *, in_headline: bool) -> tuple[int, int]:
        """``neighbours`` of ``span`` among the claims (headline) or the evidence (body)."""
        if in_headline not in self._bounds:
            figures = self.claims if in_headline else self.evidence
            self._bounds[in_headline] = (
                sorted([f.span[1] for f in figures]),
                sorted([f.span[0] for f in figures]),
            )
        ends, starts = self._bounds[in_headline]
        text = self.headline if in_headline else self.body
        return neighbours(span, ends, starts, len(text))

    def contradiction(self, claim: Figure, figure: Figure) -> tuple[Movement, Movement] | None:
        """(the headline's, the body's) movement where they contradict each other, or None.

        "rose" against "falls", or "did not fall" against "falls"; "did not fall" against
        "rises" is no contradiction (nor support of the rise), so the number decides. A change
        and a level are different facts: "inflation falls to 3.2%" and "prices rose 3.2%" can
        both be true. Then, for money, the side of zero: "a $5M profit" against "a $5 million
        loss"."""
        said = self.movement(claim, in_headline=True)
        if said is not None and not said.negated:
            found = self.movement(figure, in_headline=False)
            if (
                found is not None
                and found.relation == said.relation
                and (found.direction != said.direction) is not found.negated
            ):
                return said, found
        if claim.kind is not Kind.MONEY:
            return None  # "profits fall 30%" against "losses fell 30%" is another subject
        said = self.movement(claim, in_headline=True, polar=True)
        if said is not None and not said.negated:
            found = self.movement(figure, in_headline=False, polar=True)
            if found is not None and not found.negated and found.direction != said.direction:
                return said, found
        return None

    def judge(self, claim: Figure) -> ClaimResult:
        claim = rounded_zeros(claim)
        claim_ccy = currency_of(claim, self.reading) if claim.kind is Kind.MONEY else None
        same_kind = self.index.of_kind(claim.kind)
        if claim.kind is Kind.COUNT:
            same_kind = compatible_counts(claim, same_kind, self.headline, self.body)
        if not same_kind:
            return unsupported(claim, claim_ccy, ())
        # The claim's own clause: the headline between its neighbouring claims.
        lo, hi = self.neighbours(claim.span, in_headline=True)
        context = stems(self.headline[lo : claim.span[0]] + " " + self.headline[claim.span[1] : hi])
        notes: list[str] = []
        wants_total = headline_cued(self.headline[lo:hi])
        if self.prune:
            shortlist = Shortlist(self, claim, claim_ccy, same_kind, context, wants_total, notes)
            if not shortlist.fitting and not shortlist.unfit:
                return unsupported(claim, claim_ccy, tuple(dict.fromkeys(notes)))
            candidates = shortlist.fitting_candidates()
            count = shortlist.supported
            more: Callable[[bool], list[Candidate]] = shortlist.unfit_candidates
        else:
            candidates, rest = self._weigh_all(
                claim, claim_ccy, same_kind, context, wants_total, notes
            )
            if not candidates and not rest:
                return unsupported(claim, claim_ccy, tuple(dict.fromkeys(notes)))
            count, more = sum(c.supported for c in candidates), lambda _: rest
        supported = [c for c in candidates if c.supported]
        best = min(supported, key=Candidate.key) if supported else None
        if best is not None:
            best = nearer_conflict(self, claim, best, candidates)
        # A figure whose numbers do not fit ranks after every supported one: needed only when
        # fewer than the best and ``CONSIDERED`` others are supported, or for a running total's
        # rival (``_governed_rival``); otherwise leaving it out changes nothing reported.
        if best is None or best.aside or count <= CONSIDERED or not self.prune:
            candidates.extend(more(best is not None))
        pool = candidates
        if best is not None:
            rival = governed_rival(self, best, candidates)
            if rival is not None:
                notes.append(
                    f"{shown(best.evidence)} is a running total; the headline's own words "
                    f"govern {shown(rival.evidence)} in the same sentence"
                )
                diagnosis, hint = self.diagnose(claim, rival)
                best = rival._replace(diagnosis=diagnosis, hint=hint)
        else:
            summed = best_sum(self, claim, claim_ccy, same_kind, context, self.headline[lo:hi])
            if summed is not None:
                best = summed
                notes.append(sum_note(summed.parts, summed.evidence, summed.evidence_currency))
            elif (
                differed := best_difference(self, claim, claim_ccy, same_kind, context)
            ) is not None:
                best = differed[0]
                notes.append(difference_note(differed[1], best.evidence, best.evidence_currency))
            else:
                best, pool = best_mismatch(self, claim, claim_ccy, candidates)
                if claim.kind is Kind.COUNT and best.diagnosis is None:
                    spans = [f.span for f in self.evidence]
                    bare = unstated_count(claim, self.body, self.sentences(), spans)
                    if bare is not None:
                        return unstated(claim, bare, best.evidence)
        return result(self, claim, claim_ccy, best, tuple(dict.fromkeys(notes)), pool)

    def _weigh_all(
        self,
        claim: Figure,
        claim_ccy: str | None,
        same_kind: Sequence[Figure],
        context: set[str],
        wants_total: bool,
        notes: list[str],
    ) -> tuple[list[Candidate], list[Candidate]]:
        """Every figure weighed in full (``prune`` off): the candidates whose numbers fit, and
        the rest."""
        fitting: list[tuple[Figure, str | None, Numbers]] = []
        unfit: list[tuple[Figure, str | None, Numbers]] = []
        for figure in same_kind:
            ev_ccy = currency_of(figure, self.reading) if figure.kind is Kind.MONEY else None
            try:
                numbers = numbers_of(self, claim, claim_ccy, figure, ev_ccy, None)
            except HeadlinecheckError as error:
                notes.append(f"“{figure.text}” skipped: {error}")
                continue
            (fitting if numbers.supported else unfit).append((figure, ev_ccy, numbers))
        candidates = [
            self._candidate(claim, claim_ccy, *weighed, context, wants_total) for weighed in fitting
        ]
        rest = [
            self._candidate(claim, claim_ccy, *weighed, context, wants_total) for weighed in unfit
        ]
        return candidates, rest

    def sentences(self) -> Sentences:
        if self._sentences is None:
            self._sentences = Sentences(self.body)
        return self._sentences

    def weigh(
        self,
        claim: Figure,
        claim_ccy: str | None,
        figure: Figure,
        context: set[str],
        wants_total: bool = True,
        memo: dict[tuple[Any, ...], Numbers | HeadlinecheckError] | None = None,
    ) -> Candidate:
        """``figure`` as evidence for ``claim``; with ``memo`` (one per claim), figures stating
        the same amount share the arithmetic (``candidate.numbers_of``)."""
        ev_ccy = currency_of(figure, self.reading) if figure.kind is Kind.MONEY else None
        numbers = numbers_of(self, claim, claim_ccy, figure, ev_ccy, memo)
        return self._candidate(claim, claim_ccy, figure, ev_ccy, numbers, context, wants_total)

    def _candidate(
        self,
        claim: Figure,
        claim_ccy: str | None,
        figure: Figure,
        ev_ccy: str | None,
        numbers: Numbers,
        context: set[str],
        wants_total: bool,
    ) -> Candidate:
        bounds, conversion, supported, distance, point_distance = numbers
        bounded = figure if bounds is None else attrs.evolve(figure, low=bounds[0], high=bounds[1])
        conflict = None
        if supported:
            conflict = self._conflict(claim, claim_ccy, figure, ev_ccy, conversion)
        index = self.index
        return Candidate(
            evidence=figure,
            bounded=bounded,
            evidence_currency=ev_ccy,
            conversion=conversion,
            supported=supported and conflict is None,
            distance=distance,
            point_distance=point_distance,
            context=index.context(figure, context),
            conflict=conflict,
            governed=index.governed(figure, context),
            aside=not wants_total and index.total(figure),
        )

    def _previous_end(self, span: tuple[int, int]) -> int:
        return self.neighbours(span, in_headline=False)[0]

    def stated_digits(self, figure: Figure) -> int:
        """``intervals.stated_digits``, memoised by value and precision."""
        key = (figure.value, figure.precision)
        found = self._digits.get(key)
        if found is None:
            found = self._digits[key] = stated_digits(figure)
        return found

    def tolerance(self, conversion: Conversion) -> Decimal:
        """The tolerance absorbs the gap between rate sources: without a rate there is none."""
        if conversion.rate is None and conversion.rate_range is None:
            return Decimal(0)
        return self.options.tolerance + conversion.slack

    def _conflict(
        self,
        claim: Figure,
        claim_ccy: str | None,
        figure: Figure,
        ev_ccy: str | None,
        conversion: Conversion,
    ) -> Diagnosis | None:
        """Why a claim whose interval fits ``figure`` is wrong all the same, or None."""
        if swapped_currency(claim, claim_ccy, figure, ev_ccy, conversion.point):
            return Diagnosis.CURRENCY_CONFUSION
        if self.contradiction(claim, figure) is not None:
            return Diagnosis.WRONG_DIRECTION
        return None

    def diagnose(self, claim: Figure, candidate: Candidate) -> tuple[Diagnosis | None, Hint | None]:
        """The first diagnosis in the registry's order that explains the mismatch, but for the
        deferred ones (see ``_best_mismatch``)."""
        claim_ccy = currency_of(claim, self.reading) if claim.kind is Kind.MONEY else None
        case = self._case(claim, claim_ccy, candidate)
        for rule in REGISTRY:
            if rule.deferred or claim.kind not in rule.kinds:
                continue
            hint = rule.detect(case)
            if hint is not None:
                return rule.diagnosis, hint
        return None, None

    def _case(self, claim: Figure, claim_ccy: str | None, candidate: Candidate) -> Case:
        return Case(
            checker=self,
            claim=claim,
            claim_ccy=claim_ccy,
            candidate=candidate,
            claim_iv=bounded(claim.low, claim.high, claim.qualifier),
            tolerance=self.tolerance(candidate.conversion),
            open=open_alike(claim, candidate.bounded),
        )

    def other_dollars(self, dollar: AmbiguousDollar, claim_ccy: str, ev_ccy: str) -> list[str]:
        if self._named_dollars is None:
            # Found once: asked for each candidate, a scan of the body's figures made a long
            # article quadratic (60,000 figures took minutes).
            self._named_dollars = tuple(
                dict.fromkeys(
                    f.currency
                    for f in self.evidence
                    if isinstance(f.currency, str) and f.currency in KNOWN_DOLLARS
                )
            )
        out = []
        for code in (*dollar.candidates, *self._named_dollars):
            if code not in (claim_ccy, ev_ccy) and code not in out:
                out.append(code)
        return out
