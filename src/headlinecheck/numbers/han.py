"""Chinese numerals ("十五", "四十九兆九千億"); the characters are ``lang.zh``'s."""

from __future__ import annotations

from decimal import Decimal

from headlinecheck import lang

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
