"""Direction words: "Profits fall 30%" against "profits rose 30%" (docs/checking.md, "Wrong
direction")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from check_helpers import FakeRates
from headlinecheck.checking import Diagnosis, Verdict, check
from headlinecheck.checking.direction import movement
from headlinecheck.extraction import extract
from headlinecheck.report import RULES, rule_code

DAY = date(2023, 8, 29)
RATES = FakeRates({"EUR": Decimal("0.8"), "CHF": Decimal("0.98"), "HKD": Decimal("7.8")})


def direction_of(text: str, figure: str) -> tuple[str, str, bool] | None:
    """The movement ``text`` gives the figure written ``figure`` (found by extraction)."""
    (found,) = [f for f in extract(text) if f.text == figure]
    move = movement(text, found.span)
    return None if move is None else (move.direction, move.words, move.negated)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Profits Fall 30%", "30%", ("down", "fall", False)),
        ("Profits rose 30% last year.", "30%", ("up", "rose", False)),
        ("Revenue grew by $5 million in the quarter.", "$5 million", ("up", "grew", False)),
        ("Profit was 30% lower than a year earlier.", "30%", ("down", "lower", False)),
        ("30% more companies joined", "30%", ("up", "more", False)),
        ("Output was 4% below last year", "4%", ("down", "below", False)),
        ("Bitcoin fell below $60,000 on Friday", "$60,000", ("down", "fell", False)),
        ("Prices stayed below $60,000 on Friday", "$60,000", None),
        ("Hong Kong allocates $6.4M to accelerate blockchain", "$6.4M", None),
        ("The firm plans to cut 300 jobs", "300", ("down", "cut", False)),
        ("a 30% increase in companies", "30%", ("up", "increase", False)),
        ("Energy bills to fall by up to 20%", "20%", ("down", "fall", False)),
        ("Shares up 8% on the day", "8%", ("up", "up", False)),
        ("Exports did not fall 12% as feared", "12%", ("down", "not fall", True)),
        ("Exports didn't fall 12% as feared", "12%", ("down", "didn't fall", True)),
        ("Shares failed to rise 5% on Monday", "5%", ("up", "failed to rise", True)),
        # Bounds, levels, deals and phrasal verbs are no movement.
        ("Bills will be up to 20% higher", "20%", ("up", "higher", False)),
        ("Tenants pay up to 20% of income", "20%", None),
        ("more than 30% of staff", "30%", None),
        ("The fund set up a $50 million scheme.", "$50 million", None),
        ("The startup raised $5 million in a round.", "$5 million", None),
        ("The company reported a loss of $5 million.", "$5 million", None),
        ("It signed a $5 million contract.", "$5 million", None),
        ("Margins were 30% in the year.", "30%", None),
        # A sign stuck to the figure, or the word minus next to it.
        ("FTSE -1.2% as miners slide", "1.2%", ("down", "-", False)),
        ("GDP growth of \u22120.3% in Q2", "0.3%", ("down", "\u2212", False)),
        ("FTSE +1.2% on the day", "1.2%", ("up", "+", False)),
        ("Eurozone GDP minus 0.3%", "0.3%", ("down", "minus", False)),
        ("Forecast cut to 5-6% growth", "5-6%", ("down", "cut", False)),
        # A movement noun counts only next to the figure; further off it is a subject.
        ("The economy recorded growth of 3% in the quarter.", "3%", ("up", "growth", False)),
        ("GDP growth slowed to 3% in the quarter.", "3%", ("down", "slowed", False)),
        ("GDP growth was steady at 3% in the quarter.", "3%", None),
        # The clause ends at punctuation: "rose" is about sales, not costs.
        ("Sales rose, and costs were 5% of revenue", "5%", None),
        # Too far from the figure.
        ("Profits rose as the firm's new chief executive sold 30% of", "30%", None),
    ],
)
def test_movement(text: str, figure: str, expected: tuple[str, str, bool] | None) -> None:
    assert direction_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "relation"),
    [
        ("Profits rose 30% last year.", "30%", "by"),
        ("Revenue grew by $5 million.", "$5 million", "by"),
        ("a 30% increase in companies", "30%", "by"),
        ("The jobless rate rose to 4.0% in June", "4.0%", "to"),
        ("Profits fell to a record $5 million.", "$5 million", "to"),
        ("The rate was 4.1%, up from 3.9% in May", "3.9%", "from"),
    ],
)
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
    ("headline", "body", "verdict", "diagnosis"),
    [
        ("Profits Fall 30%", "Profits rose 30% last year.", "mismatch", "wrong_direction"),
        ("Profits Rise 30%", "Profits rose 30% last year.", "supported", None),
        ("Profits 30% higher", "Profits rose 30% last year.", "supported", None),
        ("Profits Fall 30%", "Margins were 30% last year.", "supported", None),
        ("Profit margin at 30%", "Profits fell 30% last year.", "supported", None),
        ("Exports climb 12%", "Exports did not fall 12%.", "supported", None),
        ("Exports fall 12%", "Exports did not fall 12%.", "mismatch", "wrong_direction"),
        ("Revenue Drops $5M", "Revenue grew by $5 million.", "mismatch", "wrong_direction"),
        ("Firm cuts 300 jobs", "The firm added 300 jobs.", "mismatch", "wrong_direction"),
        ("Nvidia adds $200 billion", "Nvidia lost $200 billion.", "mismatch", "wrong_direction"),
        ("Firm cuts 300 jobs", "The firm kept 300 jobs.", "supported", None),
        ("Firm cuts 300 jobs", "The firm will grow by 300 jobs.", "mismatch", "wrong_direction"),
        # A wrong number stays a number problem, whatever the direction.
        ("Profits Fall 45%", "Profits rose 30% last year.", "mismatch", None),
        # Levels against levels; a level against a change is another fact.
        (
            "Unemployment falls to 4%",
            "The rate rose to 4.0% in June.",
            "mismatch",
            "wrong_direction",
        ),
        (
            "Inflation falls to 3.2%",
            "Prices rose 3.2% in March, down from 3.5%.",
            "supported",
            None,
        ),
    ],
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
    ("headline", "body", "verdict", "suggestion"),
    [
        ("Firm posts $5M profit", "It reported a net loss of $5 million.", "mismatch", "a loss"),
        ("Firm posts $5M loss", "It reported a net loss of $5 million.", "supported", None),
        ("Deficit hits $1.7 trillion", "It showed a surplus of $1.7 trillion.", "mismatch", "a "),
        ("Firm posts -$5M result", "It reported a profit of $5 million.", "mismatch", "a profit"),
        ("Loss narrows to $5M", "The loss shrank to $5 million.", "supported", None),
        # Each figure keeps its own clause.
        (
            "$5M profit despite $2M loss",
            "A $5 million profit; a $2 million loss.",
            "supported",
            None,
        ),
        # Percentages: profits and losses are different subjects, not one amount's sign.
        ("Profits fall 30%", "Losses fell 30% last year.", "supported", None),
        ("Firm posts $5M profit", "It reported no loss of $5 million.", "supported", None),
    ],
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
