"""Indonesian: magnitude words CLDR does not carry ("Rp5,2 triliun", "Rp 300 miliar")."""

from __future__ import annotations

from headlinecheck.lang import Language

LANGUAGE = Language(
    code="id",
    name="Indonesian",
    # Read with an Indonesian locale only: "juta" and "miliar" mean nothing else.
    magnitude_words={"ribu": 3, "juta": 6, "miliar": 9, "milyar": 9, "triliun": 12},
)
