"""Ranking the candidates of one claim beyond the plain best by ``Candidate.key``: a nearer
figure that contradicts the best (``nearer_conflict``), the figure the claim's own words govern
over a running total (``governed_rival``), and the mismatch to report when nothing supports the
claim, diagnosed only as far as it can matter (``best_mismatch``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from headlinecheck.checking.candidate import Candidate, figure_key
from headlinecheck.checking.diagnoses import REGISTRY
from headlinecheck.checking.values import CONSIDERED, Diagnosis, Hint
from headlinecheck.extraction import Figure

if TYPE_CHECKING:
    from headlinecheck.checking.pairing import Checker


def governed_rival(
    checker: Checker, best: Candidate, candidates: list[Candidate]
) -> Candidate | None:
    """When only a running total supports the claim, the figure of the same sentence that
    the claim's own verb or noun governs, if it does not: "Startup raises $24 million" over
    "raised ¥1 billion ..., bringing its total to ¥3.5 billion" is about the ¥1 billion. A
    total the claim's words govern as much ("arrested a total of 1,284 suspects") is its own."""
    if not best.aside:
        return None
    sentence = checker.sentences().bounds(best.evidence.span)
    rivals = [
        c
        for c in candidates
        if not c.supported
        and not c.aside
        and c.governed > best.governed  # "arrested a total of 1,284 suspects: 301 ..."
        and checker.sentences().bounds(c.evidence.span) == sentence
    ]
    return min(rivals, key=lambda c: (-c.governed, c.distance, c.evidence.span), default=None)


def nearer_conflict(
    checker: Checker, claim: Figure, best: Candidate, candidates: list[Candidate]
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
    diagnosis, hint = checker.diagnose(claim, nearest)
    return nearest._replace(diagnosis=diagnosis, hint=hint)


def best_mismatch(
    checker: Checker, claim: Figure, claim_ccy: str | None, candidates: list[Candidate]
) -> tuple[Candidate, list[Candidate]]:
    """The mismatch to report, and the candidates (diagnosed as far as they can matter).
    Diagnoses are only worked out when nothing supports the claim, and the costly stale-rate
    search only for the candidates that would be reported without it: the best context
    group, none of them otherwise explained. Since ``stale_rate`` ranks last, this picks
    what ranking every candidate with every diagnosis would."""
    diagnosed: list[Candidate] = []
    # A mismatch ranks by its context group (words shared, running total), then diagnosis:
    # groups are diagnosed best first until the best and the ``CONSIDERED`` after it are
    # known; later groups cannot rank among them and are returned undiagnosed.
    by_group: dict[tuple[int, bool], list[Candidate]] = {}
    memo: dict[tuple[Any, ...], tuple[Diagnosis | None, Hint | None]] = {}
    for candidate in candidates:
        by_group.setdefault((-candidate.context, candidate.aside), []).append(candidate)
    for group_key in sorted(by_group):
        if len(diagnosed) > CONSIDERED and checker.prune:
            diagnosed.extend(by_group[group_key])
            continue
        for candidate in by_group[group_key]:
            # The detectors read the candidate's numbers, currency and conversion, and its
            # figure's text only through a conflict: figures stating the same amount
            # without one share their diagnosis.
            key = None if candidate.conflict else figure_key(candidate.evidence, candidate)
            key = key if checker.prune else None
            found = memo.get(key) if key is not None else None
            if found is None:
                found = checker.diagnose(claim, candidate)
                if key is not None:
                    memo[key] = found
            diagnosed.append(candidate._replace(diagnosis=found[0], hint=found[1]))
    best = min(diagnosed, key=Candidate.key)
    if best.diagnosis is not None:
        return best, diagnosed
    group = sorted(
        (c for c in diagnosed if (c.context, c.aside) == (best.context, best.aside)),
        key=Candidate.key,
    )
    deferred = [rule for rule in REGISTRY if rule.deferred and claim.kind in rule.kinds]
    tried: set[tuple[Any, ...]] = set()
    for candidate in group:
        # The stale-rate search reads only numbers and currencies: an amount tried is done.
        key = figure_key(candidate.evidence, candidate) if checker.prune else None
        if key is not None and key in tried:
            continue
        tried.add(key or ())
        for rule in deferred:
            hint = rule.detect(checker._case(claim, claim_ccy, candidate))
            if hint is not None:
                return candidate._replace(diagnosis=rule.diagnosis, hint=hint), diagnosed
    return best, diagnosed
