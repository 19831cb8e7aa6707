"""French: the words CLDR does not carry (its magnitude and percent words are in _lexicon)."""

from __future__ import annotations

from headlinecheck.lang import Language

LANGUAGE = Language(
    code="fr",
    name="French",
    # "1,2 milliard d'euros": the currency follows the magnitude after "de".
    magnitude_connectors=(" de ", " d'", " d’"),
)
