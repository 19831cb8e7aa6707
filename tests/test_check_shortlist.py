"""The shortlist of matching (checking/shortlist.py) changes nothing reported: a figure left out
of the special ones reads as the default (no clause word in its sentence or before it, no total
word), figures by sentence agree with ``Sentences.bounds``, and on long bodies where one amount
repeats in many sentences the pruned check reports what the full scan does."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from headlinecheck import RateTable, check
from headlinecheck.checking import context
from headlinecheck.checking.body_index import BodyIndex
from headlinecheck.checking.context import Sentences
from headlinecheck.checking.pairing import Checker
from headlinecheck.checking.shortlist import Positions, Regions, occurrences
from headlinecheck.extraction import extract
from shared import SEED_PUBLISHED

words = st.sampled_from(
    ["Revenue", "rose", "investors", "total", "combined", "raised", "the", "Firm", "sum", "İs"]
)
figures = st.sampled_from(["$5M", "12%", "20 investors", "HK$50 million", "3.2. ", ". ", "; "])
texts = st.lists(st.one_of(words, figures), max_size=40).map(" ".join)
contexts = st.sets(st.sampled_from(["reven", "inves", "firm", "raise", "total", "rose"]))


def _index(text: str) -> tuple[BodyIndex, Sentences, list]:  # type: ignore[type-arg]
    found = list(extract(text))
    sentences = Sentences(text)
    ends = sorted(f.span[1] for f in found)

    def previous_end(span: tuple[int, int]) -> int:
        before = [end for end in ends if end <= span[0]]
        return before[-1] if before else 0

    return BodyIndex(text, found, lambda: sentences, previous_end), sentences, found


@given(text=texts, context=contexts, wants_total=st.booleans())
def test_a_figure_outside_the_special_ones_reads_as_the_default(
    text: str, context: set[str], wants_total: bool
) -> None:
    index, _, found = _index(text)
    special = index.special(context, wants_total)
    if special is None:
        return  # a body that lowers to another length: every figure is weighed
    for figure in found:
        if id(figure) not in special:
            assert index.context(figure, context) == 0
            assert index.governed(figure, context) == 0
            assert wants_total or not index.total(figure)


@given(text=texts, hits=st.lists(st.integers(0, 300), max_size=8))
def test_figures_by_sentence_agree_with_the_sentence_bounds(text: str, hits: list[int]) -> None:
    _, sentences, found = _index(text)
    hits = sorted(h for h in hits if h < len(text))
    regions = Regions(found, sentences.starts, sentences.ends)
    expected = set()
    for figure in found:
        start, end = sentences.bounds(figure.span)
        if any(start <= h < end for h in hits):
            expected.add(id(figure))
    assert regions.holding(hits, len(text)) == expected


def test_positions_and_occurrences() -> None:
    assert occurrences("aaaa", "aa") == [0, 1, 2]
    found = list(extract("$5M and $6M and $7M"))
    positions = Positions(found)
    assert positions.starting_in(0, 8) == [id(found[1])]


UNITS = (
    "It raised HK$50 million from 20 investors; sales rose 12% to US$3.2 billion. ",
    "The firm's total came to HK$50 million, a combined 20 investors. ",
    "Revenue of HK$50 million. rose. 12% after 20 investors raised US$3.2 billion. ",
)
HEADLINES = (
    "Firm raises $6.4M from 20 investors",
    "Firm: $6M, 7% rise, 8 investors, HK$9bn, $10M",
    "Revenue falls 12% as investors total 20",
    "Combined $6.4 million raised in total",
)


def _report(bundled_table: RateTable, headline: str, body: str) -> str:
    return json.dumps(
        check(headline, body, published=SEED_PUBLISHED, rates=bundled_table).to_dict(), default=str
    )


@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("unit", UNITS)
def test_many_sentences_alike_report_what_the_full_scan_does(
    bundled_table: RateTable, headline: str, unit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = unit * 30 + UNITS[(UNITS.index(unit) + 1) % len(UNITS)] * 5
    pruned = _report(bundled_table, headline, body)
    with monkeypatch.context() as patch:
        patch.setattr(Checker, "prune", False)
        full = _report(bundled_table, headline, body)
    assert pruned == full


@given(st.text(alphabet=st.sampled_from(list(".!? \t\n\u3000\u3002\uff01\uff1fab1")), max_size=60))
def test_sentence_bounds_scanned_apart_are_the_alternations(text: str) -> None:
    spans = [m.span() for m in context._SENTENCE_END.finditer(text)]
    starts, ends = context.sentence_bounds(text)
    assert list(zip(starts, ends, strict=True)) == spans
