"""Spanish: the words CLDR does not carry (its magnitude and percent words are in _lexicon)."""

from __future__ import annotations

from headlinecheck.lang import Language

LANGUAGE = Language(
    code="es",
    name="Spanish",
    # "10 millones de dólares": the currency follows the magnitude after "de".
    magnitude_connectors=(" de ",),
    # "$10 mil" is ten thousand pesos: the vote against the English wire reading of "mil".
    ambiguous_magnitudes={"mil": 3},
    function_words=frozenset(
        [
            "de",
            "la",
            "el",
            "los",
            "las",
            "del",
            "en",
            "y",
            "que",
            "por",
            "con",
            "para",
            "un",
            "una",
            "al",
        ]
    ),
)
