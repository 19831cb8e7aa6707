"""The shortcuts of matching (issue 17) change nothing reported: the pruned check against the full
scan (``Checker.prune = False``) on generated articles, the ratio used for ranking against the log
distance, the context prefilter against stemming, the stale-rate search against a linear scan.
Nothing here is timed (benchmarks/bench_check_scaling.py measures)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from headlinecheck import RateTable, check
from headlinecheck.checking.body_index import BodyIndex
from headlinecheck.checking.context import Sentences, stems
from headlinecheck.checking.conversion import Rates
from headlinecheck.checking.intervals import gap_ratio, log_distance
from headlinecheck.checking.pairing import Checker
from headlinecheck.extraction import extract
from headlinecheck.rates import Rate, RatePath
from shared import PAST_TABLE_END, SEED_PUBLISHED

AMOUNTS = ("$5 million", "HK$50 million", "US$3.2 billion", "€4.1 billion", "¥720 million")
COUNTS = ("150 people", "20 investors", "more than 150 companies", "12 deals")
PERCENTS = ("12%", "30%", "about 3%")
VERBS = ("rose", "fell", "raised", "hired", "reported a profit of", "bringing its total to")
SUBJECTS = ("Revenue", "The firm", "Profit", "Sales", "The startup")

clause = st.builds(
    lambda subject, verb, figure: f"{subject} {verb} {figure}",
    st.sampled_from(SUBJECTS),
    st.sampled_from(VERBS),
    st.sampled_from(AMOUNTS + COUNTS + PERCENTS),
)
sentence = st.lists(clause, min_size=1, max_size=3).map(lambda parts: "; ".join(parts) + ". ")
body = st.lists(sentence, min_size=1, max_size=14).map("".join)
headline = st.lists(clause, min_size=1, max_size=3).map(", ".join)


def _report(bundled_table: RateTable, head: str, text: str, published: date) -> str:
    report = check(head, text, published=published, rates=bundled_table)
    return json.dumps(report.to_dict(), sort_keys=True, default=str)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(head=headline, text=body, published=st.sampled_from([SEED_PUBLISHED, PAST_TABLE_END]))
def test_the_pruned_check_reports_what_the_full_scan_does(
    bundled_table: RateTable, head: str, text: str, published: date
) -> None:
    pruned = _report(bundled_table, head, text, published)
    Checker.prune = False
    try:
        full = _report(bundled_table, head, text, published)
    finally:
        Checker.prune = True
    assert pruned == full


def test_repeated_figures_keep_the_considered_list_of_the_full_scan(
    bundled_table: RateTable,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Many figures that fit and many that do not: the pruned check leaves the unfit ones
    # unweighed, yet lists the same five runners-up, with the same reasons.
    text = "It raised HK$50 million from 20 investors; sales rose 12% to US$3.2 billion. " * 40
    pruned = check("Firm raises $6.4M", text, published=SEED_PUBLISHED, rates=bundled_table)
    with monkeypatch.context() as patch:
        patch.setattr(Checker, "prune", False)
        full = check("Firm raises $6.4M", text, published=SEED_PUBLISHED, rates=bundled_table)
    assert len(pruned.claims[0].considered) == 5
    assert pruned.to_dict() == full.to_dict()


positive = st.decimals(min_value=Decimal("0.001"), max_value=Decimal("1e12"), places=3)


@given(st.lists(st.tuples(positive, positive), min_size=3, max_size=3))
def test_the_ranking_ratio_orders_pairs_as_the_log_distance(
    bounds: list[tuple[Decimal, Decimal]],
) -> None:
    claim = tuple(sorted(bounds[0]))
    a, b = (tuple(sorted(x)) for x in bounds[1:])
    ratio_a, ratio_b = gap_ratio(claim, a), gap_ratio(claim, b)  # type: ignore[arg-type]
    log_a, log_b = log_distance(claim, a), log_distance(claim, b)  # type: ignore[arg-type]
    assert (ratio_a == 1) is (log_a == 0)
    if log_a < log_b:
        assert ratio_a < ratio_b
    if ratio_a < ratio_b:
        assert log_a <= log_b


words = st.sampled_from(
    ["Revenue", "rose", "firms", "FIRMS", "İstanbul", "profit", "total", "raised", "the", "ßig"]
)


@given(
    text=st.lists(st.one_of(words, st.sampled_from(["$5M", "12%", ". ", "; "])), max_size=30).map(
        " ".join
    ),
    context=st.sets(st.sampled_from(["reven", "firms", "profi", "raise", "istan", "total"])),
)
def test_the_context_prefilter_agrees_with_stemming(text: str, context: set[str]) -> None:
    figures = extract(text)
    sentences = Sentences(text)
    index = BodyIndex(text, figures, lambda: sentences, lambda span: 0)
    for figure in figures:
        start, end = sentences.bounds(figure.span)
        assert index.context(figure, context) == len(context & stems(text[start:end]))


class _Series:
    """A rate source with a hand-made history (only what ``Rates`` asks of it)."""

    def __init__(self, rates: tuple[Rate, ...]) -> None:
        self.rates = rates
        self.coverage = (rates[0].used, rates[-1].used)

    def rates_between(self, base: str, quote: str, start: date, end: date) -> tuple[Rate, ...]:
        return tuple(r for r in self.rates if start <= r.used <= end)


@given(
    values=st.lists(st.integers(min_value=100, max_value=160), min_size=1, max_size=60),
    window=st.tuples(st.integers(0, 70), st.integers(0, 70)),
    fits=st.tuples(st.integers(100, 160), st.integers(100, 160)),
)
def test_the_stale_rate_search_finds_what_a_scan_does(
    values: list[int], window: tuple[int, int], fits: tuple[int, int]
) -> None:
    first = date(2020, 1, 1)
    # Two rates a date at times: the first the source gives must win, as ``max`` picked it.
    rates = tuple(
        Rate(
            "USD",
            "JPY",
            Decimal(v),
            first + timedelta(i // 2),
            first + timedelta(i // 2),
            "X",
            RatePath.DIRECT,
        )
        for i, v in enumerate(values)
    )
    source = _Series(rates)
    rates_used = Rates(lambda: source, SEED_PUBLISHED, None)  # type: ignore[arg-type,return-value]
    oldest, newest = (first + timedelta(d) for d in sorted(window))
    low, high = (Decimal(v) for v in sorted(fits))
    scanned = max(
        (r for r in rates if oldest <= r.used <= newest and low <= r.value <= high),
        key=lambda r: r.used,
        default=None,
    )
    found = rates_used.latest_fitting("USD", "JPY", (oldest, newest), (low, high))
    assert found is scanned
