"""Direction words: "Profits fall 30%" against "profits rose 30%" (docs/checking.md, "Wrong
direction")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from check_helpers import FakeRates
from corpus_cases import rows
from headlinecheck.checking import Diagnosis, Verdict, check
from headlinecheck.checking.direction import movement
from headlinecheck.extraction import extract
from headlinecheck.report import RULES, rule_code
from shared import SEED_PUBLISHED

DAY = SEED_PUBLISHED
RATES = FakeRates({"EUR": Decimal("0.8"), "CHF": Decimal("0.98"), "HKD": Decimal("7.8")})


def direction_of(text: str, figure: str) -> tuple[str, str, bool] | None:
    """The movement ``text`` gives the figure written ``figure`` (found by extraction)."""
    (found,) = [f for f in extract(text) if f.text == figure]
    move = movement(text, found.span)
    return None if move is None else (move.direction, move.words, move.negated)


@pytest.mark.parametrize(("text", "figure", "expected"), rows("check/direction/movement.yaml"))
def test_movement(text: str, figure: str, expected: list[str | bool] | None) -> None:
    # The table writes (direction, words, negated) as a YAML list.
    assert direction_of(text, figure) == (None if expected is None else tuple(expected))


@pytest.mark.parametrize(("text", "figure", "relation"), rows("check/direction/relations.yaml"))
def test_movement_tells_a_change_from_a_level(text: str, figure: str, relation: str) -> None:
    (found,) = [f for f in extract(text) if f.text == figure]
    move = movement(text, found.span)
    assert move is not None and move.relation == relation


def test_neighbouring_figures_bound_the_search() -> None:
    text = "Sales rose 5% and costs fell 2%"
    five, two = extract(text)
    assert movement(text, five.span, 0, two.span[0]) == ("up", "rose", False, "by")
    assert movement(text, two.span, five.span[1], len(text)) == ("down", "fell", False, "by")
    # "fell from 30% to 20%": the 20% is a level reached, the fall belongs to the 30%.
    text = "Profits fell from 30% to 20%"
    thirty, twenty = extract(text)
    assert movement(text, twenty.span, thirty.span[1], len(text)) is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.data())
def test_movement_never_raises_and_names_words_of_the_text(text: str, data: st.DataObject) -> None:
    # Spans may point past the text: check_figures takes figures it did not extract itself.
    start = data.draw(st.integers(0, len(text) + 5))
    end = data.draw(st.integers(start, len(text) + 10))
    move = movement(text, (start, end))
    if move is not None:
        assert move.direction in ("up", "down")
        assert move.words.split()[-1] in text.lower().replace("\u2019", "'")


def test_movement_scan_is_bounded() -> None:
    # Only ~100 characters either side are read, however long the text.
    text = "rose " * 100_000 + "30%" + " fell" * 100_000
    span = (text.index("30%"), text.index("30%") + 3)
    assert movement(text, span) == ("up", "rose", False, "by")


@pytest.mark.parametrize(
    ("headline", "body", "verdict", "diagnosis"), rows("check/direction/verdicts.yaml")
)
def test_direction_verdicts(headline: str, body: str, verdict: str, diagnosis: str | None) -> None:
    (result,) = check(headline, body, published=DAY, rates=RATES).claims
    assert result.verdict is Verdict(verdict), result.message
    assert (result.diagnosis and result.diagnosis.value) == diagnosis, result.message


def test_wrong_direction_result_says_both_words_and_suggests_the_body_movement() -> None:
    report = check("Profits Fall 30%", "Profits rose 30% last year.", published=DAY, rates=RATES)
    (result,) = report.claims
    assert result.hint is not None and result.hint.direction == "up"
    assert result.suggestion == "a rise of 30%"
    assert "“fall” (down)" in result.message and "“rose” (up)" in result.message
    assert not report.ok
    assert report.to_dict()["claims"][0]["hint"]["direction"] == "up"


def test_denied_movement_suggests_no_figure() -> None:
    # "did not fall 12%" backs no 12% of any direction: there is nothing to write instead.
    report = check("Exports fall 12%", "Exports did not fall 12%.", published=DAY, rates=RATES)
    (result,) = report.claims
    assert result.hint is not None and result.hint.direction == "not down"
    assert result.suggestion is None
    assert "“not fall” (not down)" in result.message


def test_a_body_figure_with_the_right_direction_wins() -> None:
    body = "Profits rose 30% in Asia. In Europe they fell 30%."
    (result,) = check("Profits fall 30%", body, published=DAY, rates=RATES).claims
    assert result.verdict is Verdict.SUPPORTED
    assert result.evidence is not None and result.evidence.span[0] > body.index("Europe")


def test_wrong_direction_has_a_rule_code_in_every_kind() -> None:
    assert rule_code("money", "mismatch", "wrong_direction") == "HC116"
    assert rule_code("count", "mismatch", "wrong_direction") == "HC216"
    assert rule_code("percent", "mismatch", "wrong_direction") == "HC316"
    assert {"HC116", "HC216", "HC316"} <= set(RULES)


_WORDS = """rose fell up down to by from not didn't failed set than more less growth slowed
Profits Sales costs 30% $5M 12% 150 companies HKD 50 million the a , . - + −"""
_TOKENS = (*_WORDS.split(), " ", "up to", "more than", "did not")
token_texts = st.lists(st.sampled_from(_TOKENS), max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(token_texts, token_texts)
def test_wrong_direction_always_names_two_movements(headline: str, body: str) -> None:
    report = check(headline, body, published=DAY, rates=RATES)
    for result in report.claims:
        if result.diagnosis is Diagnosis.WRONG_DIRECTION:
            assert result.hint is not None
            assert result.hint.direction in ("up", "down", "not up", "not down")
            assert result.verdict is Verdict.MISMATCH
            assert "The number fits" in result.message


@pytest.mark.parametrize(
    ("headline", "body", "verdict", "suggestion"), rows("check/direction/profit_loss.yaml")
)
def test_profit_against_loss(
    headline: str, body: str, verdict: str, suggestion: str | None
) -> None:
    report = check(headline, body, published=DAY, rates=RATES)
    for result in report.claims:
        assert result.verdict is Verdict(verdict), result.message
    if suggestion is not None:
        (result,) = report.claims
        assert result.diagnosis is Diagnosis.WRONG_DIRECTION
        assert result.suggestion is not None and result.suggestion.startswith(suggestion)
