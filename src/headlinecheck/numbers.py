"""Numbers as news text writes them: digits, separators, number words, magnitudes, precision.

This module knows nothing about currencies. It turns the text of a number into a ``Decimal`` and
says how precisely the writer stated it. The one rule for precision lives in
:func:`rounding_interval`: a printed number commits to half a unit of its last stated digit either
side ("6.4 million" -> [6.35 million, 6.45 million)).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

#: Longest digit string (without separators) read as a number; longer runs are identifiers.
MAX_DIGITS = 30

#: Magnitude words and suffixes -> multiplier. Keys are lower-case except the one-letter
#: suffixes, whose case matters only in that "m"/"M" both mean million (never milli in news).
MAGNITUDES: dict[str, Decimal] = {
    "k": Decimal(1000),
    "thousand": Decimal(1000),
    "m": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "mio": Decimal(10) ** 6,
    "million": Decimal(10) ** 6,
    "b": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "bln": Decimal(10) ** 9,
    "billion": Decimal(10) ** 9,
    "t": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
    "trn": Decimal(10) ** 12,
    "trillion": Decimal(10) ** 12,
    "lakh": Decimal(10) ** 5,
    "lakhs": Decimal(10) ** 5,
    "lac": Decimal(10) ** 5,
    "lacs": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7,
    "crores": Decimal(10) ** 7,
    "lakh crore": Decimal(10) ** 12,
    "lakh crores": Decimal(10) ** 12,
    # Chinese and Japanese magnitudes, written straight after the digits.
    "百": Decimal(100),
    "千": Decimal(1000),
    "万": Decimal(10) ** 4,
    "萬": Decimal(10) ** 4,
    "十万": Decimal(10) ** 5,
    "百万": Decimal(10) ** 6,
    "千万": Decimal(10) ** 7,
    "亿": Decimal(10) ** 8,
    "億": Decimal(10) ** 8,
    "万亿": Decimal(10) ** 12,
    "兆": Decimal(10) ** 12,
}

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_FRACTIONS = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "quarters": Decimal("0.25")}

#: Every word that can start or continue a spelled-out number (lower case).
NUMBER_WORDS: frozenset[str] = frozenset(
    [*_UNITS, *_TENS, *_FRACTIONS, "hundred", "dozen", "a", "an", "and"]
)


@lru_cache(maxsize=32)
def separators(locale: str | None) -> tuple[str, str]:
    """``(decimal, group)`` separators for a babel locale id; English ones when ``None``.

    babel is imported only here, and only when a locale is asked for, so plain extraction never
    pays for loading CLDR data.
    """
    if locale is None:
        return ".", ","
    import babel.core
    import babel.numbers

    try:
        return (
            babel.numbers.get_decimal_symbol(locale),
            babel.numbers.get_group_symbol(locale),
        )
    except (ValueError, LookupError, babel.core.UnknownLocaleError) as error:
        from headlinecheck.errors import InputError

        raise InputError(
            "unknown locale", value=locale, fix="use a babel locale id such as 'de_DE'"
        ) from error


def digits_pattern(decimal: str, group: str) -> str:
    """Regex source for one written number with the given separators (no signs, no exponent).

    Groups are 3 digits, or 2 then 3 as in Indian "12,34,567"; a plain digit run needs no group.
    Every repetition is delimited by a separator, so matching is linear.
    """
    dec = re.escape(decimal)
    # Locales that group with a (narrow) no-break space are also written with a plain space.
    grp = "[\u00a0\u202f ]" if group.isspace() else re.escape(group)
    return (
        rf"(?:[0-9]{{1,3}}(?:{grp}[0-9]{{2,3}})*{grp}[0-9]{{3}}|[0-9]+)(?:{dec}[0-9]+)?|{dec}[0-9]+"
    )


def parse_digits(text: str, decimal: str = ".", group: str = ",") -> tuple[Decimal, int] | None:
    """Value and exponent of the last stated digit ("6.40" -> (6.40, -2)); None if too long."""
    if group.isspace():
        cleaned = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    else:
        cleaned = text.replace(group, "")
    if decimal != ".":
        cleaned = cleaned.replace(decimal, ".")
    if len(cleaned) > MAX_DIGITS + 1:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    whole, _, fraction = cleaned.partition(".")
    if cleaned.isascii() and (whole + fraction).isdigit():
        # Plain "123.45": the exponent is minus the digits after the point; ``as_tuple`` would
        # build a tuple of every digit to say the same.
        return value, -len(fraction)
    _, _, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    return value, exponent


def _below_hundred(words: list[str], i: int) -> tuple[int, int] | None:
    if i < len(words) and words[i] in _TENS:
        value = _TENS[words[i]]
        i += 1
        if i < len(words) and 0 < _UNITS.get(words[i], 0) < 10:
            value += _UNITS[words[i]]
            i += 1
        return value, i
    if i < len(words) and words[i] in _UNITS:
        return _UNITS[words[i]], i + 1
    return None


def parse_words(words: list[str]) -> tuple[Decimal, int] | None:
    """Read lower-case number words from the start of ``words``: ``(value, words consumed)``.

    Handles "one hundred and twenty", "forty five" (hyphens split by the caller), "a dozen",
    "half", "a quarter", "three quarters" and a lone "a" (one, as in "a dollar"). Magnitude words
    ("million") are left for the caller. "and" is read only inside "hundred and twenty".
    """
    value: Decimal | None
    first = _below_hundred(words, 0)
    if first is not None:
        value, i = Decimal(first[0]), first[1]
    elif words and words[0] in ("a", "an"):
        value, i = Decimal(1), 1
    else:
        value, i = None, 0
    if value is not None and i < len(words) and words[i] == "hundred":
        value *= 100
        i += 1
        rest = None
        if i + 1 < len(words) and words[i] == "and":
            rest = _below_hundred(words, i + 1)
        elif i < len(words):
            rest = _below_hundred(words, i)
        if rest is not None:
            value += rest[0]
            i = rest[1]
    if value is not None and i < len(words) and words[i] == "dozen":
        value *= 12
        i += 1
    if i < len(words) and words[i] in _FRACTIONS:
        value = (value if value is not None else Decimal(1)) * _FRACTIONS[words[i]]
        i += 1
        if i < len(words) and words[i] in ("a", "an"):
            i += 1  # "half a million": the caller applies the magnitude after "a"
    if value is None:
        return None
    if i + 1 < len(words) and words[i] == "point" and _UNITS.get(words[i + 1], 10) < 10:
        # spoken decimals: "one point three" -> 1.3, one digit word per decimal place
        digits = []
        i += 1
        while i < len(words) and _UNITS.get(words[i], 10) < 10:
            digits.append(str(_UNITS[words[i]]))
            i += 1
        value += Decimal("0." + "".join(digits))
    return value, i


_HAN_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_HAN_SMALL = {"十": 10, "百": 100, "千": 1000}
_HAN_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}


def parse_han(text: str) -> Decimal | None:
    """Read a Chinese numeral: "十五" -> 15, "一千" -> 1000, "四十九兆九千億" -> 49900000000000.

    ``十百千`` multiply the digit before them (one if none: "十五"); ``万亿兆`` close a section
    ("一万亿" is 10**12). Returns None for strings that are not a numeral (a lone "零").
    """
    total = 0
    section = 0
    digit: int | None = None
    for ch in text:
        if ch in _HAN_DIGITS:
            if digit is not None and digit != 0:
                return None  # "一二": two digits in a row is a list, not a number
            digit = _HAN_DIGITS[ch]
        elif ch in _HAN_SMALL:
            section += (1 if digit is None else digit) * _HAN_SMALL[ch]
            digit = None
        else:
            unit = _HAN_BIG[ch]
            part = section + (digit or 0)
            total = total * unit if part == 0 else total + part * unit
            section = 0
            digit = None
    value = total + section + (digit or 0)
    return Decimal(value) if value else None


#: ``10**e`` for the exponents printed numbers have ("6.4" -> 0.1): one Decimal each, reused for
#: every figure (exact at any precision: a single digit).
_UNITS_OF_TEN: dict[int, Decimal] = {e: Decimal(1).scaleb(e) for e in range(-12, 1)}


def rounding_interval(
    value: Decimal, exponent: int, scale: Decimal
) -> tuple[Decimal, Decimal, Decimal]:
    """THE precision rule: ``(precision, low, high)`` for a number printed to ``10**exponent``.

    ``value`` is already scaled by ``scale`` (its magnitude: 10**6 for "million"). A printed number
    commits to half a unit of its last stated digit either side, so "$6.4M" (exponent -1, scale
    10**6) is [6.35M, 6.45M) and "HK$200 billion" is [199.5bn, 200.5bn). ``high`` is exclusive.
    """
    unit = _UNITS_OF_TEN.get(exponent)
    if unit is None:
        unit = Decimal(1).scaleb(exponent)
    precision = unit * scale
    half = precision / 2
    return precision, value - half, value + half
