"""The place an article is about, and the currency words and signs it settles ("Rs", "rupees",
"pounds", "Sh", "dinars"): each names several currencies, and a Pakistani story's rupees are
not India's.

Extraction reads "Rs" and "rupees" as the Indian rupee and "pounds" as sterling, their usual
currencies, since a text alone says no more. The checker re-reads them once per article
(``place_readings``), and never by what would make a claim match:

1. the currency setting (``dollar=``), when it is one of the word's currencies;
2. else the locale's currency ("en_PK"), when it is one of them;
3. else the currency of the place of its dateline ("ISLAMABAD:", wire stories too);
4. else the one of them the article writes so that no doubt is left ("PKR 5 billion",
   "₹40 crore", "£5m", "Indian rupees"): a story from London about Egypt that writes "£" keeps
   its "pounds" sterling;
5. else the currency of the place the headline and body name most ("Pakistan", "Karachi"),
   when it is named at least twice as often as any other place of the word's currencies;
6. else the usual reading stands.

The places are language data (``lang.en`` ``places``). The other shared signs, which extraction
leaves ambiguous ("Sh", "kr", "dinars"), are read in ``checking.signs`` by the same steps
(``settle``), with the sign's usual currency as the last.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs

from headlinecheck import lang
from headlinecheck.currencies import name_currency, shared_by, territory_currency
from headlinecheck.extraction import Figure, LazyPattern
from headlinecheck.extraction.scanner import alternation
from headlinecheck.extraction.signs import LETTER_SIGNS, USUAL_SIGNS

_EN = lang.get("en")
PLACES = _EN.places
_BY_DATELINE = {place.upper(): code for place, code in PLACES.items()}
_WIRE_TAG = LazyPattern(
    r"\((?:" + "|".join(re.escape(name) for name in _EN.wire_services) + r")\)", re.IGNORECASE
)
# An upper-case place of one to three words opening the body, then "(", ",", ":" or a dash.
_DATELINE = LazyPattern(r"\s*([A-Z]+(?: [A-Z]+){0,2})\s?[(,:\u2014\u2013-]")


# Grouped by first letter, longest first, so that "South Sudan" is not read as "Sudan" nor
# "New Delhi" as "Delhi"; no look-behind at its start, so that the regex engine scans for the
# places' first letters only (word boundaries are tested on the few matches, ``_named``).
@functools.cache
def _place_pattern() -> re.Pattern[str]:
    return re.compile(alternation(list(PLACES)))  # built on first use: ~300 places


_WORD = LazyPattern(r"[^\W\d_]+\.?")

Reading = tuple[str, str, str]
"""(the sign or word as written, the currency it is read as, why)."""


def dateline(body: str) -> tuple[str, bool] | None:
    """(the upper-case place opening ``body``, whether a wire tag follows it), or None."""
    first_line = body.lstrip()[:200].split("\n", 1)[0]
    match = _DATELINE.match(first_line)
    if match is None:
        return None
    return match.group(1), _WIRE_TAG.search(first_line) is not None


def wire_filed(body: str) -> bool:
    """Whether the body's first line carries a wire service's tag ("(Reuters)")."""
    return _WIRE_TAG.search(body.split("\n", 1)[0]) is not None


def dateline_currency(place: str) -> str | None:
    """The currency of an upper-case dateline place ("SYDNEY" -> "AUD"), if it is known."""
    return _BY_DATELINE.get(place)


class ArticlePlace:
    """Where an article is: its locale, its dateline and the places it names, read on demand."""

    __slots__ = ("_body", "_counts", "_headline", "_locale")

    def __init__(self, headline: str, body: str, locale: str | None = None) -> None:
        self._headline, self._body, self._locale = headline, body, locale
        self._counts: dict[str, tuple[int, str]] | None = None

    def _named(self) -> dict[str, tuple[int, str]]:
        """Currency -> (how often the article names one of its places, the first one named)."""
        if self._counts is None:
            counts: dict[str, tuple[int, str]] = {}
            for text in (self._headline, self._body):
                for match in _place_pattern().finditer(text):
                    start, end = match.span()
                    if (start and text[start - 1].isalnum()) or text[end : end + 1].isalnum():
                        continue  # inside a word: "Indiana", "Omani" is "Oman" + "i"
                    code = PLACES[match.group()]
                    count, first = counts.get(code, (0, match.group()))
                    counts[code] = (count + 1, first)
            self._counts = counts
        return self._counts

    def situated(self, word: str, candidates: Sequence[str]) -> tuple[str, str] | None:
        """(currency, why) for ``word`` by the article's locale or dateline, when that place's
        currency is one of ``candidates``; else None."""
        if self._locale is not None:
            local = territory_currency(self._locale)
            if local is not None and local in candidates:
                return local, (
                    f"{word} is read as {local}, the currency of the article's locale "
                    f"{self._locale}."
                )
        opening = dateline(self._body)
        code = None if opening is None else dateline_currency(opening[0])
        if opening is not None and code is not None and code in candidates:
            return code, f"{word} is read as {code}: the article is datelined {opening[0]}."
        return None

    def named(self, word: str, candidates: Sequence[str]) -> tuple[str, str] | None:
        """(currency, why) for ``word`` by the places the headline and body name, when one of
        the ``candidates`` is named at least twice as often as any other; else None."""
        named = sorted(
            (count, code, first)
            for code, (count, first) in self._named().items()
            if code in candidates
        )[::-1]
        if named and (len(named) == 1 or named[0][0] >= 2 * named[1][0]):
            count, code, first = named[0]
            times = "once" if count == 1 else "twice" if count == 2 else f"{count} times"
            rest = (
                "and no place of its other currencies"
                if len(named) == 1
                else "at least twice as often as a place of any other"
            )
            return code, f"{word} is read as {code}: the article names {first} {times}, {rest}."
        return None


def settle(
    word: str,
    candidates: Sequence[str],
    written: Sequence[str],
    place: ArticlePlace | None,
    pinned: str | None,
) -> tuple[str, str] | None:
    """(currency, why) of a sign or word that several currencies share, by the steps of the
    module's docstring; None when nothing settles it (its usual reading stands). ``written``
    are the currencies the article writes so that no doubt is left, in order."""
    if pinned is not None and pinned in candidates:
        return pinned, f"{word} is pinned to {pinned}."
    situated = None if place is None else place.situated(word, candidates)
    if situated is not None:
        return situated
    code = next((code for code in written if code in candidates), None)
    if code is not None:
        return code, f"{word} is read as {code}, the one of its currencies the article names."
    return None if place is None else place.named(word, candidates)


@functools.cache
def _usual_codes() -> frozenset[str]:
    """The usual currencies of the shared signs and words ("INR", "GBP")."""
    words = (shared_by(word) for word in _EN.currency_defaults)
    return frozenset(LETTER_SIGNS[sign][0] for sign in USUAL_SIGNS) | {
        codes[0] for codes in words if codes is not None
    }


def shared_word(figure: Figure) -> tuple[str, tuple[str, ...]] | None:
    """(the sign or word as written, its currencies, the usual first) when ``figure`` is read as
    the usual currency of a sign or word others share ("Rs 5 billion", "5 billion rupees"); None
    for a full name ("Indian rupees") or a figure read otherwise."""
    if figure.currency not in _usual_codes():
        return None
    previous = ""
    for match in _WORD.get().finditer(figure.text):
        token = match.group()
        if token in USUAL_SIGNS:
            candidates: tuple[str, ...] | None = LETTER_SIGNS[token]
        else:
            candidates = shared_by(token.lower().rstrip("."))
            if candidates is not None and name_currency(f"{previous} {token}".lower()):
                return None  # "Indian rupees": the name settles it
        if candidates is not None:
            return (token, candidates) if figure.currency == candidates[0] else None
        previous = token
    return None


def place_readings(
    claims: Sequence[Figure],
    evidence: Sequence[Figure],
    place: ArticlePlace,
    pinned: str | None,
) -> tuple[tuple[Figure, ...], tuple[Figure, ...], tuple[Reading, ...]]:
    """``claims`` and ``evidence`` with each shared sign or word read as the article reads it
    (see the module's docstring), and a reading for each one whose currency changed."""
    figures = (*claims, *evidence)
    usual = _usual_codes()
    shared = {
        id(f): found
        for f in figures
        if type(f.currency) is str and f.currency in usual and (found := shared_word(f))
    }
    if not shared:
        return tuple(claims), tuple(evidence), ()
    plain = [f.currency for f in figures if id(f) not in shared and isinstance(f.currency, str)]
    codes: dict[str, tuple[str, str] | None] = {}
    readings: dict[str, Reading] = {}
    for word, candidates in shared.values():
        key = _key(word)
        if key in codes:
            continue
        codes[key] = settled = settle(word, candidates, plain, place, pinned)
        if settled is not None and settled[0] != candidates[0]:
            readings[word] = (word, *settled)

    def reread(figure: Figure) -> Figure:
        found = shared.get(id(figure))
        if found is None:
            return figure
        settled = codes[_key(found[0])]
        if settled is None or settled[0] == figure.currency:
            return figure
        return attrs.evolve(figure, currency=settled[0])

    return (
        tuple(reread(f) for f in claims),
        tuple(reread(f) for f in evidence),
        tuple(readings.values()),
    )


def _key(word: str) -> str:
    """One key for a word's spellings: "Rs", "Rs." and "RS"; "rupee", "rupees" and "Rupees"."""
    return word.lower().rstrip(".s")
