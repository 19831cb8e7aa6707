"""Letter signs of national presses ("N28.7 trillion", "Sh15.1bn", "P5-B", "kr 500 million") and
signs followed by their country's letters ("$US5 million"): when they are money, and which.

A sign of one letter is money only before an amount with a magnitude or grouped digits: "N95
masks", "the P5 members" and "R2-D2" are names. A sign several currencies share ("Sh": Kenya,
Uganda, Tanzania, Somalia) is settled by the locale's territory when one is given, and otherwise
left ambiguous (an ``AmbiguousDollar`` with the sign as its ``symbol``) for the checker, which
settles it from the article. The signs are data in the ``lang`` records (``letter_signs``,
``sign_letters``).
"""

from __future__ import annotations

from headlinecheck.currencies import AmbiguousDollar, territory_currency
from headlinecheck.extraction.scanner import LANGUAGES
from headlinecheck.extraction.values import Currency

#: Sign -> the currencies it may be, the usual one first.
LETTER_SIGNS: dict[str, tuple[str, ...]] = {
    sign: codes for language in LANGUAGES for sign, codes in language.letter_signs.items()
}
#: A sign written in lower case -> its capitalised spelling of the same currencies ("sh" ->
#: "Sh", "kr" -> "Kr"): one symbol, so that "sh 6.4 billion" and "Sh6.4bn" are one sign.
_SPELLINGS: dict[str, str] = {
    sign: sign.capitalize()
    for sign, codes in LETTER_SIGNS.items()
    if sign.islower() and LETTER_SIGNS.get(sign.capitalize()) == codes
}
#: Signs read as their first currency when nothing settles them ("Rs": the Indian rupee).
USUAL_SIGNS = frozenset(sign for language in LANGUAGES for sign in language.usual_signs)
#: "$US" -> "USD": a sign, then its country's letters, glued.
SIGN_LETTERS: dict[str, str] = {
    written: code for language in LANGUAGES for written, code in language.sign_letters.items()
}


def sign_currency(sign: str, locale: str | None) -> Currency:
    """The currency of a letter sign: the locale's own if it is one of the sign's, the only one
    if there is one, else ambiguous."""
    candidates = LETTER_SIGNS[sign]
    if locale is not None:
        local = territory_currency(locale)
        if local in candidates:
            return local
    if len(candidates) == 1 or sign in USUAL_SIGNS:
        return candidates[0]
    return AmbiguousDollar(candidates=candidates, symbol=_SPELLINGS.get(sign, sign))


def needs_amount(sign: str) -> bool:
    """Whether the sign is money only before a magnitude or grouped digits (one letter)."""
    return len(sign) == 1 and sign in LETTER_SIGNS
