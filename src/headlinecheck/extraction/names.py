"""Currency names split around a sign or written with dots: a country's name before a bare "$"
("Australian $5 million", "Hong Kong $50m") and a dotted country before the currency's name
("5 billion U.S. dollars"). Both are looked up in CLDR's names, which write "australian dollar"
and "us dollar".
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from headlinecheck import _lexicon
from headlinecheck.extraction.scanner import (
    SUFFIX_WORDS_RE,
    split_words,
    word_before,
    words_before,
)
from headlinecheck.extraction.values import ONE, Currency


def country_before(
    text: str, lo: int, end: int, symbol: str, locale: str | None
) -> tuple[Currency, Decimal, int] | None:
    """ "Australian $5 million", "Hong Kong $50m": a country's name before a bare "$" names its
    dollar, as "Australian dollars" does (CLDR's names, looked up with the sign as "dollar")."""
    del symbol, locale
    stop = end - 1 if end > lo and text[end - 1] == " " else end
    if word_before(text, stop, lo).lower() not in _dollar_countries():
        return None  # the common case, "$5m" after any other word: one split, no regex
    words = words_before(text, lo, stop)
    for size in range(min(len(words), 3), 0, -1):
        chunk = words[-size:]
        if not chunk[0][0][:1].isupper():
            continue
        code = _lexicon.NAMES.get(" ".join(w[0] for w in chunk).lower() + " dollar")
        if code is not None:
            return code, ONE, chunk[0][1]
    return None


@lru_cache(maxsize=1)
def _dollar_countries() -> frozenset[str]:
    """The last word before "dollar" in CLDR's dollar names ("australian", "kong")."""
    return frozenset(
        key.split()[-2] for key in _lexicon.NAMES if key.endswith(" dollar") and " " in key
    )


def dotted_name(text: str, letters: str, end: int) -> tuple[Currency, Decimal, int] | None:
    """A country written with dots before the currency's name ("U.S. dollars"): CLDR writes
    the country without them ("us dollars")."""
    if text[end : end + 1] != " ":
        return None
    m = SUFFIX_WORDS_RE.match(text, end + 1)
    if m is None:
        return None
    words = split_words(m.group("w"), m.start("w"))
    for size in range(min(len(words), 2), 0, -1):
        last = words[size - 1]
        # "6.8 billion U.S. dollars.": the sentence's full stop is no part of the name
        key = " ".join([letters, *(w[0] for w in words[:size])]).lower().rstrip(".")
        code = _lexicon.NAMES.get(key)
        if code is not None:
            return code, ONE, last[2] - (1 if last[0].endswith(".") else 0)
    return None
