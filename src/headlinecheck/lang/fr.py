"""French: the words CLDR does not carry (its magnitude and percent words are in _lexicon)."""

from __future__ import annotations

from headlinecheck.lang import Language
from headlinecheck.lang._text import split as _split

LANGUAGE = Language(
    code="fr",
    name="French",
    # "1,2 milliard d'euros": the currency follows the magnitude after "de".
    magnitude_connectors=(" de ", " d'", " d’"),
    # "billions" is 10^12 in French (a "milliard" is 10^9), but the plural an English desk
    # prints after "US$58": the text's function words settle which (extraction/magnitudes.py).
    ambiguous_magnitudes={"billions": 12},
    function_words=_split("le la les des du de et est une un dans sur avec par au aux pour que"),
)
