"""Swahili: magnitude words of the East African press ("Kshs 25 bilioni", "Sh 12 milioni")."""

from __future__ import annotations

from headlinecheck.lang import Language

LANGUAGE = Language(
    code="sw",
    name="Swahili",
    # Read with a Swahili locale only; in any other text they leave the amount unread (no figure).
    magnitude_words={"elfu": 3, "milioni": 6, "bilioni": 9, "trilioni": 12},
)
