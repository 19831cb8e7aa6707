"""What follows a number: a magnitude word ("million", with a locale "Mrd."), a percent sign or
word ("%", "per cent", "Prozent") and the connector before a currency ("1,2 milliard d'euros").

English and Chinese magnitudes are read in every text; with a locale, its CLDR words (generated
into ``_lexicon``) and its ``lang`` record's are tried first, so that the locale's reading wins
where they differ: German and French "Billion" is 10**12.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from headlinecheck import _lexicon, lang
from headlinecheck.extraction.scanner import (
    EN,
    GAP_NEXT,
    LANGUAGES,
    MAGNITUDE_STARTS,
    MAGNITUDE_WORDS_RE,
    SPACES_SET,
    gap_end,
    is_word_char,
)
from headlinecheck.numbers import MAGNITUDES

_PERCENT_WORDS = tuple(w for language in LANGUAGES for w in language.percent_words)
_PERCENT_STARTS = frozenset(w[0] for w in _PERCENT_WORDS) | {w[0].upper() for w in _PERCENT_WORDS}
_PERCENT_REACH = max(map(len, _PERCENT_WORDS))
_LOWERCASE_PERCENT = EN.lowercase_percent_words


def magnitude_after(text: str, pos: int, locale: str | None) -> tuple[Decimal, int] | None:
    """The magnitude word after a number ending at ``pos`` ("million", with a locale "Mrd."):
    its scale and end. A soft hyphen (U+00AD) is a gap too: "50\u00admillion"."""
    # ``gap_end``'s common case inline: one plain space, then no other gap character.
    if text[pos : pos + 1] == " " and text[pos + 1 : pos + 2] not in GAP_NEXT:
        start = pos + 1
    else:
        start = gap_end(text, pos)
    c = text[start : start + 1]
    if locale is not None:
        words = _locale_words(locale)
        if words is not None and c in words.magnitude_starts:
            mm = words.magnitude.match(text, start)
            if mm is not None:
                return words.scales[mm.group("m").lower().rstrip(".")], mm.end()
    if c in MAGNITUDE_STARTS:
        mm = MAGNITUDE_WORDS_RE.match(text, start)
        if mm is not None and (mm.group("m") or start == pos):
            key = (mm.group("m") or mm.group("c")).lower()
            scale = MAGNITUDES.get(key)  # the written word itself, mostly ("million")
            if scale is None:
                scale = MAGNITUDES[" ".join(key.split())]  # "lakh  crore", across a line
            return scale, mm.end()
    return None


def percent_after(text: str, pos: int, locale: str | None) -> int | None:
    """The end of a percent sign or word after a number ending at ``pos`` ("%", "per cent",
    with a locale "Prozent"), or None.

    String operations for the English forms: this runs for most numbers, and a regex of them
    cost a fifth of a millisecond to compile.
    """
    q = pos + 1 if text[pos : pos + 1] in SPACES_SET else pos
    c = text[q : q + 1]
    if c == "%" or c == "％":
        return q + 1
    if c in _PERCENT_STARTS:
        ahead = text[q : q + _PERCENT_REACH].lower()
        for word in _PERCENT_WORDS:
            end = q + len(word)
            # a Chinese word ends where it ends: the next character is no letter of it
            glued = ord(word[-1]) <= 0x2E7F and is_word_char(text[end : end + 1])
            if ahead.startswith(word) and not glued:
                if word in _LOWERCASE_PERCENT and text[q:end] != word:
                    continue
                return end
    if locale is not None:
        words = _locale_words(locale)
        if words is not None and words.percent is not None and c.lower() in words.percent_starts:
            pm = words.percent.match(text, q)
            return None if pm is None else pm.end()
    return None


def connector_end(text: str, pos: int, locale: str) -> int | None:
    """Where the currency starts after a connector at ``pos`` (at the space before it): the
    locale's ``magnitude_connectors`` ("1,2 milliard d'euros", "10 milhões de euros")."""
    language = lang.find(locale)
    for connector in () if language is None else language.magnitude_connectors:
        if text.startswith(connector, pos):
            return pos + len(connector.rstrip(" "))
    return None


class _LocaleWords(NamedTuple):
    """A locale's magnitude and percent words (CLDR's, generated into the lexicon)."""

    magnitude: re.Pattern[str]
    magnitude_starts: frozenset[str]
    scales: dict[str, Decimal]
    percent: re.Pattern[str] | None
    percent_starts: frozenset[str]


#: A letter of any alphabet: what may not follow a magnitude or percent word ("Mio" in "Mion").
_NO_LETTER = r"(?![^\W\d_])"


@lru_cache(maxsize=16)
def _locale_words(locale: str) -> _LocaleWords | None:
    """The magnitude and percent words of ``locale`` (by its id, else its language), or None.

    Tried before the English words, so that a locale's reading wins where they differ: German
    and French "Billion" is 10**12. A word CLDR writes with a dot ("Mio.") is also read without.
    """
    key = locale
    if key not in _lexicon.LOCALE_MAGNITUDES and key not in _lexicon.LOCALE_PERCENT:
        # "de_AT": the words of its language, "de" (none for "en_US": English is read anyway)
        key = locale.replace("-", "_").split("_", 1)[0]
    magnitudes = dict(_lexicon.LOCALE_MAGNITUDES.get(key, {}))
    language = lang.find(locale)
    if language is not None and language not in LANGUAGES:  # the locale's own record's words
        magnitudes.update(language.magnitude_words)
    percents = _lexicon.LOCALE_PERCENT.get(key, ())
    if not magnitudes and not percents:
        return None
    scales = {word.rstrip("."): Decimal(10) ** power for word, power in magnitudes.items()}
    alternatives = "|".join(
        re.escape(word.rstrip(".")) + (r"\.?" if word.endswith(".") else "")
        for word in sorted(magnitudes, key=len, reverse=True)
    )
    # Both are matched where the word starts (after ``gap_end``, after one optional space).
    magnitude = re.compile(rf"(?P<m>(?i:{alternatives or '(?!)'})){_NO_LETTER}")
    percent = None
    if percents:
        spelled = "|".join(re.escape(w).replace(r"\ ", "[ \u00a0]") for w in percents)
        percent = re.compile(rf"(?i:{spelled}){_NO_LETTER}")
    return _LocaleWords(
        magnitude=magnitude,
        magnitude_starts=frozenset(w[0] for w in magnitudes) | {w[0].upper() for w in magnitudes},
        scales=scales,
        percent=percent,
        percent_starts=frozenset(w[0] for w in percents),
    )
