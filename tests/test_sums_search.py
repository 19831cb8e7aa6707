"""The sums search (``sums.part_sum``) places parts in their sentences and lists by bisection;
this compares it with the plain search that scans every sentence and list for every part."""

from __future__ import annotations

from collections.abc import Sequence
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from headlinecheck.checking import check, pairing, sums
from headlinecheck.checking.candidate import Candidate
from headlinecheck.checking.pairing import Checker
from headlinecheck.checking.reading import currency_of
from headlinecheck.errors import HeadlinecheckError
from headlinecheck.extraction import Figure, Kind
from headlinecheck.rates import RateTable
from shared import SEED_PUBLISHED


def brute_best_sum(
    checker: Checker,
    claim: Figure,
    claim_ccy: str | None,
    same_kind: Sequence[Figure],
    context: set[str],
    clause: str,
) -> Candidate | None:
    """Every group against every part: the search as it was before bisection."""
    if claim.kind not in sums.SUMMABLE:
        return None
    parts = [f for f in same_kind if sums.plain_part(f) and not sums.is_total(checker.body, f)]
    if len(parts) < 2:
        return None
    from_headline = sums.headline_cued(clause)
    counted = sums.counted_parts(claim, checker.claims)
    found: list[Candidate] = []
    for start, end, cue_text in sums.groups(checker.body, checker.sentences()):
        inside = [f for f in parts if start <= f.span[0] and f.span[1] <= end]
        if len(inside) < 2:
            continue
        cued = from_headline or sums.body_cued(cue_text)
        for run in sums.runs(inside, counted):
            if not (cued or len(run) in counted) or sums.holds_its_total(run):
                continue
            if claim.kind is Kind.MONEY and len({currency_of(f, checker.reading) for f in run}) > 1:
                continue
            try:
                candidate = checker.weigh(claim, claim_ccy, sums.sum_figure(run), context)
            except HeadlinecheckError:
                continue
            if candidate.supported:
                found.append(candidate._replace(parts=run))
    return min(found, key=lambda c: c.key(), default=None)


AMOUNTS = st.sampled_from(("$2 billion", "$3 billion", "$1 billion", "HK$2 billion", "$5 billion"))
COUNTS = st.sampled_from(("12 people", "18 people", "30 people", "4 deals", "2 deals"))
CUES = st.sampled_from(("", " in total", " combined", " together"))
JOINS = st.sampled_from((" and ", ", ", ". ", "; ", "\n- "))


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, str]:
    figures = draw(st.lists(st.one_of(AMOUNTS, COUNTS), min_size=2, max_size=7))
    body = "It spent " + figures[0]
    for figure in figures[1:]:
        body += draw(JOINS) + "then " + figure
    body += draw(CUES) + "."
    if draw(st.booleans()):
        body = "The plan has parts:\n- " + body
    total = draw(st.sampled_from(("$5 billion", "$6 billion", "30", "48", "$4 billion")))
    head = draw(st.sampled_from(("Two deals worth {}", "Firm spends {} in total", "{} killed")))
    return head.format(total), body


def _both(
    bundled_table: RateTable, headline: str, body: str
) -> list[tuple[Candidate | None, Candidate | None]]:
    """(bisected, plain) result of every sums search ``check`` makes for the article."""
    seen: list[tuple[Candidate | None, Candidate | None]] = []

    def both(*args: object) -> Candidate | None:
        fast = sums.part_sum(*args)  # type: ignore[arg-type]
        seen.append((fast, brute_best_sum(*args)))  # type: ignore[arg-type]
        return fast

    with mock.patch.object(pairing, "best_sum", both):
        check(headline, body, published=SEED_PUBLISHED, rates=bundled_table)
    return seen


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_the_bisected_search_finds_what_the_plain_search_finds(
    bundled_table: RateTable, article: tuple[str, str]
) -> None:
    for fast, plain in _both(bundled_table, *article):
        assert fast == plain


def test_both_searches_find_a_sum_in_a_sentence_and_in_a_list(bundled_table: RateTable) -> None:
    for body in (
        "It spent $1 billion, then $2 billion and then $2 billion in total.",
        "The plan has parts:\n- $2 billion\n- $3 billion\nIt spent $9 billion in all.",
    ):
        seen = _both(bundled_table, "Firm spends $5 billion in total", body)
        assert len(seen) == 1
        fast, plain = seen[0]
        assert fast is not None
        assert fast == plain
        assert sum(p.value for p in fast.parts) == 5_000_000_000
