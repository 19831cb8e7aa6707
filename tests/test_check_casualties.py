"""Casualty counts: "3 dead" counts people, and only the people the body says died."""

from __future__ import annotations

import pytest

from headlinecheck import check, lang
from headlinecheck.checking import Verdict
from headlinecheck.lang.en import CASUALTY_WORDS
from shared import SEED_PUBLISHED


@pytest.mark.parametrize(
    ("headline", "body", "verdict"),
    [
        ("3 Dead in Crash", "Three people were killed when the bus overturned.", "supported"),
        ("3 Dead in Crash", "Three people were later found dead.", "supported"),
        ("3 Injured in Crash", "Three people were hurt and two killed.", "supported"),
        ("5 People Killed in Crash", "Five died and two were injured.", "supported"),
        ("5 Dead", "The crash left 5 dead and 12 injured.", "supported"),
        ("12 Injured", "The crash left 5 dead and 12 injured.", "supported"),
        # The wrong number of the same casualties is a mismatch ...
        ("2 People Killed in Crash", "Five died and two were injured.", "mismatch"),
        ("4 Dead", "The crash left 5 dead and 4 wounded.", "mismatch"),
        # ... and people the body counts as something else are no evidence at all.
        ("3 Dead in Crash", "Three people were injured when the bus overturned.", "unsupported"),
        ("3 Dead in Crash", "Three people watched the bus overturn.", "unsupported"),
    ],
)
def test_casualties_count_people_with_the_same_fate(headline: str, body: str, verdict: str) -> None:
    [result] = check(headline, body, published=SEED_PUBLISHED).claims
    assert result.verdict is Verdict(verdict), result.message


def test_every_casualty_word_has_a_fate() -> None:
    assert set(lang.get("en").casualty_kinds) >= CASUALTY_WORDS
