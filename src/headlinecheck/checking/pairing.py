"""Pairing: every claim with the body figure that best supports it, or else the mismatch to
report, with its diagnosis (tried in the registry's priority order)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, NamedTuple

import attrs

from headlinecheck.checking.context import Sentences, governing_stems, neighbours, stems
from headlinecheck.checking.conversion import Conversion, Rates
from headlinecheck.checking.diagnoses import RANK, REGISTRY, Case
from headlinecheck.checking.direction import POLARITY, Movement, movement
from headlinecheck.checking.intervals import (
    bounded,
    bounded_evidence,
    log_distance,
    open_alike,
    overclaims,
    overlaps,
    reach,
    rounded_zeros,
    stated_digits,
    states_a_point,
    swapped_currency,
    truncates_to,
)
from headlinecheck.checking.nouns import nouns_compatible
from headlinecheck.checking.reading import KNOWN_DOLLARS, currency_of
from headlinecheck.checking.results import result, sum_note, unsupported
from headlinecheck.checking.sums import best_sum, headline_cued, is_total
from headlinecheck.checking.values import ClaimResult, Diagnosis, DollarReading, Hint, Options
from headlinecheck.currencies import AmbiguousDollar
from headlinecheck.errors import HeadlinecheckError
from headlinecheck.extraction import Figure, Kind, Qualifier
from headlinecheck.wording import shown


class Candidate(NamedTuple):
    """One body figure weighed as evidence for one claim: converted, judged, and ranked by
    ``key`` (named tuples, not attrs classes: a tenth of the start-up cost)."""

    evidence: Figure
    bounded: Figure  # the evidence as it can back this claim (see bounded_evidence)
    evidence_currency: str | None
    conversion: Conversion
    supported: bool
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


class Checker:
    """One check: the texts, their figures, the article's ``$`` and the memoised rates; judges
    each claim (``judge``) and answers the diagnoses' questions (direction, other dollars)."""

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
                sorted(f.span[1] for f in figures),
                sorted(f.span[0] for f in figures),
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

    def body_stems(self, figure: Figure) -> set[str]:
        return self.sentences().stems(figure.span)

    def judge(self, claim: Figure) -> ClaimResult:
        claim = rounded_zeros(claim)
        claim_ccy = currency_of(claim, self.reading) if claim.kind is Kind.MONEY else None
        same_kind = [f for f in self.evidence if f.kind is claim.kind]
        if claim.kind is Kind.COUNT:
            same_kind = [
                f for f in same_kind if nouns_compatible(claim, f, self.headline, self.body)
            ]
        if not same_kind:
            return unsupported(claim, claim_ccy, ())
        # The claim's own clause: the headline between its neighbouring claims.
        lo, hi = self.neighbours(claim.span, in_headline=True)
        context = stems(self.headline[lo : claim.span[0]] + " " + self.headline[claim.span[1] : hi])
        candidates: list[Candidate] = []
        notes: list[str] = []
        wants_total = headline_cued(self.headline[lo:hi])
        for figure in same_kind:
            try:
                candidate = self.weigh(claim, claim_ccy, figure, context, wants_total)
            except HeadlinecheckError as error:
                notes.append(f"“{figure.text}” skipped: {error}")
                continue
            candidates.append(candidate)
        if not candidates:
            return unsupported(claim, claim_ccy, tuple(dict.fromkeys(notes)))
        supported = [c for c in candidates if c.supported]
        pool = candidates
        if supported:
            best = min(supported, key=Candidate.key)
            best = self._nearer_conflict(claim, best, candidates)
            rival = self._governed_rival(best, candidates)
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
            else:
                best, pool = self._best_mismatch(claim, claim_ccy, candidates)
        return result(self, claim, claim_ccy, best, tuple(dict.fromkeys(notes)), pool)

    def sentences(self) -> Sentences:
        if self._sentences is None:
            self._sentences = Sentences(self.body)
        return self._sentences

    def _governed_rival(self, best: Candidate, candidates: list[Candidate]) -> Candidate | None:
        """When only a running total supports the claim, the figure of the same sentence that
        the claim's own verb or noun governs, if it does not: "Startup raises $24 million" over
        "raised ¥1 billion ..., bringing its total to ¥3.5 billion" is about the ¥1 billion."""
        if not best.aside:
            return None
        sentence = self.sentences().bounds(best.evidence.span)
        rivals = [
            c
            for c in candidates
            if not c.supported
            and not c.aside
            and c.governed > 0
            and self.sentences().bounds(c.evidence.span) == sentence
        ]
        return min(rivals, key=lambda c: (-c.governed, c.distance, c.evidence.span), default=None)

    def _nearer_conflict(
        self, claim: Figure, best: Candidate, candidates: list[Candidate]
    ) -> Candidate:
        """``best``, unless a figure whose number fits the claim better (and whose sentence is as
        much about it) contradicts it: "Unemployment falls to 4%" over "rose to 4.0%, up from
        3.9%" is not saved by the 3.9% that one significant digit also covers."""
        conflicts = [c for c in candidates if c.conflict is not None]
        if not conflicts:
            return best
        nearest = min(conflicts, key=lambda c: (c.point_distance, -c.context, c.evidence.span))
        if nearest.point_distance >= best.point_distance or nearest.context < best.context:
            return best
        diagnosis, hint = self.diagnose(claim, nearest)
        return nearest._replace(diagnosis=diagnosis, hint=hint)

    def _best_mismatch(
        self, claim: Figure, claim_ccy: str | None, candidates: list[Candidate]
    ) -> tuple[Candidate, list[Candidate]]:
        """The mismatch to report, and every candidate diagnosed. Diagnoses are only worked out
        when nothing supports the claim, and the costly stale-rate search (a scan of the pair's
        whole history) only for the candidates that would be reported without it: the best
        context group, none of them otherwise explained. Since ``stale_rate`` ranks last, this
        picks what ranking every candidate with every diagnosis would."""
        diagnosed = []
        for candidate in candidates:
            diagnosis, hint = self.diagnose(claim, candidate)
            diagnosed.append(candidate._replace(diagnosis=diagnosis, hint=hint))
        best = min(diagnosed, key=Candidate.key)
        if best.diagnosis is not None:
            return best, diagnosed
        group = sorted(
            (c for c in diagnosed if (c.context, c.aside) == (best.context, best.aside)),
            key=Candidate.key,
        )
        deferred = [rule for rule in REGISTRY if rule.deferred and claim.kind in rule.kinds]
        for candidate in group:
            for rule in deferred:
                hint = rule.detect(self._case(claim, claim_ccy, candidate))
                if hint is not None:
                    return candidate._replace(diagnosis=rule.diagnosis, hint=hint), diagnosed
        return best, diagnosed

    def weigh(
        self,
        claim: Figure,
        claim_ccy: str | None,
        figure: Figure,
        context: set[str],
        wants_total: bool = True,
    ) -> Candidate:
        ev_ccy = currency_of(figure, self.reading) if figure.kind is Kind.MONEY else None
        bounded = bounded_evidence(claim, figure)
        if states_a_point(bounded) and (
            claim.qualifier is Qualifier.APPROX or stated_digits(claim) > stated_digits(bounded)
        ):
            # Compared as the number the body states, not its rounding interval: "about" already
            # widens the claim ("about $6 million" is not "$5 million"), and digits the body
            # does not state cannot come from it ("$1.4 billion" is not "EUR 1 billion").
            bounded = attrs.evolve(bounded, low=bounded.value, high=bounded.value)
        conversion = self.rates.convert(bounded, ev_ccy, claim_ccy)
        # Two bounds open the same way are weighed by ``overclaims``; against a plain number an
        # open bound reaches only so far ("over $5M" is not backed by "$5 billion").
        claim_iv = (claim.low, claim.high) if open_alike(claim, bounded) else reach(claim)
        conv_iv = (conversion.low, conversion.high)
        tolerance = self.tolerance(conversion)
        supported = overlaps(claim_iv, conv_iv, tolerance) and not overclaims(
            claim, bounded, conv_iv, tolerance
        )
        if not supported and ev_ccy == claim_ccy and figure.kind is claim.kind:
            supported = truncates_to(claim, figure)  # "$4.7 billion" for "$4.77 billion"
        conflict = None
        if supported:
            conflict = self._conflict(claim, claim_ccy, figure, ev_ccy, conversion)
        return Candidate(
            evidence=figure,
            bounded=bounded,
            evidence_currency=ev_ccy,
            conversion=conversion,
            supported=supported and conflict is None,
            distance=log_distance(claim_iv, conv_iv),
            point_distance=log_distance((claim.value, claim.value), (conversion.point,) * 2),
            context=len(context & self.body_stems(figure)),
            conflict=conflict,
            governed=len(context & self.governing_stems(figure)),
            aside=not wants_total and is_total(self.body, figure),
        )

    def governing_stems(self, figure: Figure) -> set[str]:
        lo, _ = self.neighbours(figure.span, in_headline=False)
        return governing_stems(self.body, lo, figure.span[0])

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
