"""Casualty counts: "3 dead" counts people, and only the people the body says died."""

from __future__ import annotations

import pytest

from corpus_cases import rows
from headlinecheck import check, lang
from headlinecheck.checking import Verdict
from headlinecheck.lang.en import CASUALTY_WORDS
from shared import SEED_PUBLISHED


@pytest.mark.parametrize(("headline", "body", "verdict"), rows("check/units/casualties.yaml"))
def test_casualties_count_people_with_the_same_fate(headline: str, body: str, verdict: str) -> None:
    [result] = check(headline, body, published=SEED_PUBLISHED).claims
    assert result.verdict is Verdict(verdict), result.message


def test_every_casualty_word_has_a_fate() -> None:
    assert set(lang.get("en").casualty_kinds) >= CASUALTY_WORDS
