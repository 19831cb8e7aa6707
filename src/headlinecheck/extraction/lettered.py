"""Letters before a number that are money only before a magnitude: the Thai papers' baht ("B45bn",
"Bt7.5 billion", glued), the Gulf and Levant symbols ("QR5bn", "KD 3 million") and an ISO code
in a title-case headline ("Egp 308.3 Billion"). Before a bare number they are names or codes
("B2B", "QR 5", "Ngn 500"). The letters are data in the ``lang`` records (``glued_signs``,
``magnitude_signs``, ``titlecase_words``); ``money.prefix_currency`` asks here.
"""

from __future__ import annotations

from headlinecheck import _lexicon
from headlinecheck.extraction.scanner import EN, LANGUAGES, SPACES
from headlinecheck.numbers import MAGNITUDES

#: Read only glued before a magnitude of two letters or more ("B45bn"; not "B2B", "Group B 5m").
GLUED_SIGNS = frozenset(sign for language in LANGUAGES for sign in language.glued_signs)
#: Read only before a magnitude, glued or spaced ("KD 3 million"; not "QR 5").
MAGNITUDE_SIGNS = frozenset(sign for language in LANGUAGES for sign in language.magnitude_signs)
_TITLECASE_WORDS = EN.titlecase_words | {code.title() for code in EN.wordlike_codes}


def gated(word: str) -> bool:
    """Whether ``word`` is one of the letter symbols read before a magnitude only."""
    return word in GLUED_SIGNS or word in MAGNITUDE_SIGNS


def sign_stands(word: str, text: str, start: int, glued: bool) -> bool:
    """Whether the gated letter symbol ``word`` before the digits at ``start`` (``glued`` to
    them or not) is money there."""
    if word in GLUED_SIGNS:
        return glued and magnitude_after(text, start)
    return magnitude_after(text, start, shortest=1)


def titlecase_code(word: str, text: str, start: int) -> str | None:
    """The ISO code that ``word``, a current code in title case and no word ("Egp", "Ngn", not
    "Cad", "Top"), writes before a magnitude at ``start``; else None."""
    if len(word) != 3 or not word.istitle() or word in _TITLECASE_WORDS:
        return None
    upper = word.upper()
    if upper not in _lexicon.CURRENT or not magnitude_after(text, start, shortest=1):
        return None
    return upper


def magnitude_after(text: str, start: int, *, shortest: int = 2) -> bool:
    """Whether the digits at ``start`` are followed by a magnitude of ``shortest`` letters or
    more, glued or after one space ("45bn", "1.2 billion"; not "2B", "12 100")."""
    end = start
    while end < len(text) and (text[end].isdigit() or text[end] in ".,"):
        end += 1
    if text[end : end + 1] in SPACES:
        end += 1
    letters = end
    while letters < len(text) and text[letters].isascii() and text[letters].isalpha():
        letters += 1
    word = text[end:letters].lower()
    return len(word) >= shortest and word in MAGNITUDES
