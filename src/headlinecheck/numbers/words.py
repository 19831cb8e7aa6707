"""Numbers written in words ("one hundred and twenty", "a dozen", "three quarters") and Chinese
numerals ("十五", "四十九兆九千億").

The words are a language's (``lang.Language``: units, tens, fractions, hundred, dozen, point;
numeral digits and units), English and Chinese unless another record is given.
"""

from __future__ import annotations

from decimal import Decimal

from headlinecheck import lang
from headlinecheck.lang import Language

_EN = lang.get("en")


def number_words(language: Language) -> frozenset[str]:
    """Every word that can start or continue a spelled-out number in ``language`` (lower case)."""
    extra = (language.hundred, language.dozen, language.conjunction, *language.articles)
    return frozenset([*language.units, *language.tens, *language.fractions, *extra]) - {""}


#: Every English word that can start or continue a spelled-out number (lower case).
NUMBER_WORDS: frozenset[str] = number_words(_EN)


def _below_hundred(words: list[str], i: int, language: Language) -> tuple[int, int] | None:
    units, tens = language.units, language.tens
    if i < len(words) and words[i] in tens:
        value = tens[words[i]]
        i += 1
        if i < len(words) and 0 < units.get(words[i], 0) < 10:
            value += units[words[i]]
            i += 1
        return value, i
    if i < len(words) and words[i] in units:
        return units[words[i]], i + 1
    return None


def parse_words(words: list[str], language: Language = _EN) -> tuple[Decimal, int] | None:
    """Read lower-case number words from the start of ``words``: ``(value, words consumed)``.

    Handles "one hundred and twenty", "forty five" (hyphens split by the caller), "a dozen",
    "half", "a quarter", "three quarters" and a lone "a" (one, as in "a dollar"). Magnitude words
    ("million") are left for the caller. "and" is read only inside "hundred and twenty".
    """
    units, fractions, articles = language.units, language.fractions, language.articles
    value: Decimal | None
    first = _below_hundred(words, 0, language)
    if first is not None:
        value, i = Decimal(first[0]), first[1]
    elif words and words[0] in articles:
        value, i = Decimal(1), 1
    else:
        value, i = None, 0
    if value is not None and i < len(words) and words[i] == language.hundred:
        value *= 100
        i += 1
        rest = None
        if i + 1 < len(words) and words[i] == language.conjunction:
            rest = _below_hundred(words, i + 1, language)
        elif i < len(words):
            rest = _below_hundred(words, i, language)
        if rest is not None:
            value += rest[0]
            i = rest[1]
    if value is not None and i < len(words) and words[i] == language.dozen:
        value *= 12
        i += 1
    if i < len(words) and words[i] in fractions:
        value = (value if value is not None else Decimal(1)) * fractions[words[i]]
        i += 1
        if i < len(words) and words[i] in articles:
            i += 1  # "half a million": the caller applies the magnitude after "a"
    if value is None:
        return None
    if i + 1 < len(words) and words[i] == language.point and units.get(words[i + 1], 10) < 10:
        # spoken decimals: "one point three" -> 1.3, one digit word per decimal place
        digits = []
        i += 1
        while i < len(words) and units.get(words[i], 10) < 10:
            digits.append(str(units[words[i]]))
            i += 1
        value += Decimal("0." + "".join(digits))
    return value, i


_ZH = lang.get("zh")
_DIGITS = _ZH.numeral_digits
_SMALL = _ZH.numeral_small
_BIG = _ZH.numeral_big
#: Every character of a Chinese numeral, as one string (for a regex character class).
NUMERAL_CHARACTERS = "".join(dict.fromkeys([*_DIGITS, *_SMALL, *_BIG]))


def parse_han(text: str) -> Decimal | None:
    """Read a Chinese numeral: "十五" -> 15, "一千" -> 1000, "四十九兆九千億" -> 49900000000000.

    ``十百千`` multiply the digit before them (one if none: "十五"); ``万亿兆`` close a section
    ("一万亿" is 10**12). Returns None for strings that are not a numeral (a lone "零").
    """
    total = 0
    section = 0
    digit: int | None = None
    for ch in text:
        if ch in _DIGITS:
            if digit is not None and digit != 0:
                return None  # "一二": two digits in a row is a list, not a number
            digit = _DIGITS[ch]
        elif ch in _SMALL:
            section += (1 if digit is None else digit) * _SMALL[ch]
            digit = None
        else:
            unit = _BIG[ch]
            part = section + (digit or 0)
            total = total * unit if part == 0 else total + part * unit
            section = 0
            digit = None
    value = total + section + (digit or 0)
    return Decimal(value) if value else None
