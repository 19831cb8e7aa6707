"""Magnitude words and suffixes -> multiplier, gathered from the ``lang`` records."""

from __future__ import annotations

from decimal import Decimal

from headlinecheck import lang
from headlinecheck.lang import Language


def magnitudes_of(languages: list[Language]) -> dict[str, Decimal]:
    """Every magnitude word, letter and character of ``languages`` -> its multiplier."""
    table: dict[str, Decimal] = {}
    for language in languages:
        for words in (
            language.magnitude_letters,
            language.magnitude_words,
            language.magnitude_characters,
        ):
            table.update((word, Decimal(10) ** power) for word, power in words.items())
    return table


def read_in_every_text() -> list[Language]:
    """The languages whose magnitudes are read with no locale: English (with the variants it
    reads) and Chinese."""
    english = lang.get("en")
    return [english, *(lang.get(code) for code in english.variants_read), lang.get("zh")]


#: Keys are lower-case except the one-letter suffixes, whose case matters only in that "m"/"M"
#: both mean million (never milli in news).
MAGNITUDES: dict[str, Decimal] = magnitudes_of(read_in_every_text())
