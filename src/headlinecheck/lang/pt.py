"""Portuguese: the words CLDR does not carry (its magnitude and percent words are in _lexicon)."""

from __future__ import annotations

from headlinecheck.lang import Language

LANGUAGE = Language(
    code="pt",
    name="Portuguese",
    # "10 milhões de euros": the currency follows the magnitude after "de".
    magnitude_connectors=(" de ",),
    # "R$ 10 mil" is ten thousand reais: the vote against the English wire reading of "mil".
    ambiguous_magnitudes={"mil": 3},
    function_words=frozenset(
        [
            "de",
            "da",
            "do",
            "das",
            "dos",
            "em",
            "no",
            "na",
            "para",
            "com",
            "que",
            "os",
            "as",
            "um",
            "uma",
            "por",
        ]
    ),
)
