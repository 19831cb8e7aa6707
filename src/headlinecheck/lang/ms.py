"""Malay: magnitude words of the Malaysian press ("RM393.8 bilion", "RM244,530 juta")."""

from __future__ import annotations

from headlinecheck.lang import Language

LANGUAGE = Language(
    code="ms",
    name="Malay",
    # Read with a Malay locale, or after the ringgit's sign ("RM244,530 juta": Malaysia groups
    # and points as English does); in any other text they leave the amount unread (no figure).
    magnitude_words={"ribu": 3, "juta": 6, "bilion": 9, "trilion": 12},
    sign_currencies=frozenset({"MYR"}),
)
