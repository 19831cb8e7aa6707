"""Magnitudes beyond the plain "6.4 million" and "6.4M": a capital letter after a hyphen
("P5-B", "P6.79-T"), a spelled word glued to the digits ("$785million", "RM405mil"), and the
ambiguous words ("mil", "arab") read only after a currency, in a text whose language they fit.

"mil" is a million on English wire desks ("$12.7 mil") and a thousand in Spanish and Portuguese
("R$ 10 mil"); the ``lang`` records that read it give their power and their ``function_words``.
With a locale, the locale's language decides; without one, the function words of the text vote,
and a tie between languages that have words in the text leaves the figure unread (a wrong value
is worse than a miss). A text with no function words at all is read the English way.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from headlinecheck import lang
from headlinecheck.extraction.scanner import LANGUAGES, MAGNITUDE_STARTS, MAGNITUDE_WORDS_RE

_HYPHEN_LETTERS = {
    letter: Decimal(10) ** power
    for language in LANGUAGES
    for letter, power in language.hyphen_magnitude_letters.items()
}


def hyphen_magnitude(text: str, pos: int) -> tuple[Decimal, int] | None:
    """A capital magnitude letter after a hyphen at ``pos`` ("P5-B"): its scale and end; the
    caller keeps it only for money ("a 3-B class" is no three billion)."""
    if text[pos : pos + 1] != "-":
        return None
    scale = _HYPHEN_LETTERS.get(text[pos + 1 : pos + 2])
    if scale is None:
        return None
    after = text[pos + 2 : pos + 3]
    if after.isalnum() or after == "-":
        return None  # "5-Bn", "3-B-52": not a lone letter
    return scale, pos + 2


def glued_word_at(text: str, pos: int) -> bool:
    """Whether a spelled magnitude ("million", "crore", "mil") starts at ``pos``, glued to the
    digits before it ("$785million")."""
    c = text[pos : pos + 1]
    if c in MAGNITUDE_STARTS:
        m = MAGNITUDE_WORDS_RE.match(text, pos)
        if m is not None and m.group("m"):
            return True
    return _ambiguous().match(text, pos) is not None


@lru_cache(maxsize=1)
def _records() -> tuple[lang.Language, ...]:
    """Every language record that reads an ambiguous magnitude (read once, on first use)."""
    records = (lang.get(code) for code in lang.codes())
    return tuple(r for r in records if r.ambiguous_magnitudes)


@lru_cache(maxsize=1)
def _ambiguous() -> re.Pattern[str]:
    words = sorted({w for r in _records() for w in r.ambiguous_magnitudes}, key=len, reverse=True)
    return re.compile(rf"(?i:{'|'.join(re.escape(w) for w in words)})(?![^\W\d_])")


@lru_cache(maxsize=8)
def _votes(text: str) -> dict[str, int]:
    """Function words of each language in ``text`` (cached: a body is asked once per figure)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return {r.code: sum(1 for w in words if w in r.function_words) for r in _records()}


def ambiguous_magnitude(text: str, pos: int, locale: str | None) -> tuple[Decimal, int] | None:
    """An ambiguous magnitude word after a number with a currency ending at ``pos`` (glued or
    after one space): its scale and end, or None where the text does not settle it."""
    start = pos + 1 if text[pos : pos + 1] == " " else pos
    m = _ambiguous().match(text, start)
    if m is None:
        return None
    word = m.group().lower()
    readers = [r for r in _records() if word in r.ambiguous_magnitudes]
    chosen: lang.Language | None
    own = None if locale is None else lang.find(locale)
    if own is not None:
        # The locale's language or a variant it reads ("en_PK" reads Indian "arab").
        mine = [own, *(lang.get(code) for code in own.variants_read)]
        chosen = next((r for r in readers if r in mine), None)
    else:
        votes = _votes(text)
        best = max(votes[r.code] for r in readers)
        if best == 0:  # no function words: the reading of the languages read in every text
            chosen = next((r for r in readers if r in LANGUAGES), None)
        else:
            top = [r for r in readers if votes[r.code] == best]
            powers = {r.ambiguous_magnitudes[word] for r in top}
            chosen = top[0] if len(powers) == 1 else None
    if chosen is None:
        return None
    return Decimal(10) ** chosen.ambiguous_magnitudes[word], m.end()


@lru_cache(maxsize=1)
def _signed() -> dict[str, str]:
    """ISO code -> the record whose magnitude words its sign makes read with no locale."""
    records = (lang.get(code) for code in lang.codes())
    return {currency: r.code for r in records for currency in r.sign_currencies}


def signed_magnitude(text: str, start: int, end: int, floor: int) -> tuple[Decimal, int] | None:
    """The magnitude word after the number from ``start`` to ``end`` of the language whose
    currency's sign stands before it ("RM244,530 juta": Malay after the ringgit's "RM"), read as
    that language reads it: (scale, end), or None. Called where no locale is set and a word of a
    language no text reads follows the number."""
    from headlinecheck.extraction.money import prefix_currency
    from headlinecheck.extraction.units import magnitude_after

    prefix = prefix_currency(text, start, floor, None)
    code = _signed().get(prefix[0]) if prefix is not None and isinstance(prefix[0], str) else None
    return None if code is None else magnitude_after(text, end, code)
