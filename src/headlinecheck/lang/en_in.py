"""Indian English: lakh and crore, and the 2-digit grouping of "1,41,383".

English text reads these magnitude words with no locale set (``en.LANGUAGE.variants_read``):
Indian outlets publish in English, and "5 lakh" means nothing else. "arab" (10**9) is recorded
and read only after a currency ("Rs 3 arab"): "5 Arab states" is no five billion.
"""

from __future__ import annotations

from headlinecheck.lang import Language

LANGUAGE = Language(
    code="en_IN",
    name="Indian English",
    magnitude_words={
        "lakh": 5,
        "lakhs": 5,
        "lac": 5,
        "lacs": 5,
        "crore": 7,
        "crores": 7,
        "lakh crore": 12,
        "lakh crores": 12,
        "cr": 7,  # "Rs 2,500 cr"
        "cr.": 7,
    },
    magnitude_letters={"cr": 7},  # "Tk 22,502cr"
    ambiguous_magnitudes={"arab": 9},
    # 12,34,567: groups of two above the first three digits. The digit reader accepts this
    # grouping in every text (numbers/digits.py); the flag says it is this variant's own.
    grouping=(3, 2),
)
