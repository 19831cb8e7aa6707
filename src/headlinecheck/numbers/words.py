"""Numbers written in words ("one hundred and twenty", "a dozen", "three quarters") and Chinese
numerals ("十五", "四十九兆九千億").

The words are a language's (``lang.Language``: units, tens, fractions, hundred, dozen, point;
numeral digits and units), English and Chinese unless another record is given.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

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
    "half", "a quarter", "three quarters", "two and a half" and a lone "a" (one, as in "a
    dollar"). Magnitude words ("million") are left for the caller. "and" is read only inside
    "hundred and twenty" and before "a half" or "a quarter".
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
    if (
        value is not None
        and i + 2 < len(words)
        and words[i] == language.conjunction
        and words[i + 1] in articles
        and words[i + 2] in fractions
    ):
        # "two and a half (billion)": 2.5; read apart, "a half billion" would be the figure
        return value + fractions[words[i + 2]], i + 3
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
_TENS = _ZH.numeral_tens
_POINTS = frozenset(_ZH.numeral_points)
_MORE = frozenset(_ZH.more_marks)
_UNITS = {**_SMALL, **_BIG}
#: Every character of a Chinese numeral, as one string (for a regex character class).
NUMERAL_CHARACTERS = "".join(dict.fromkeys([*_DIGITS, *_SMALL, *_BIG, *_TENS]))
#: ASCII and full-width digits -> their value.
_ARABIC = {**{str(d): d for d in range(10)}, **{chr(0xFF10 + d): d for d in range(10)}}
_ARABIC_POINTS = frozenset(".．")
#: The zero that is only ever positional ("一五〇〇"), and the one a numeral writes for a gap.
_CIRCLE = "〇"
_ONE = Decimal(1)


class HanNumber(NamedTuple):
    """A number read by :func:`read_han`: its value, the multiplier written after its last
    stated digit ("6億700萬": 10**4; its ``scale``), that digit's own unit ("1.5": 0.1), where
    it ends, and whether "多"/"餘" made it an open lower bound ("3000多萬")."""

    value: Decimal
    scale: Decimal
    unit: Decimal
    end: int
    more: bool


def _arabic_run(text: str, i: int) -> tuple[Decimal, Decimal, int] | None:
    """ASCII or full-width digits at ``i`` with "," grouping and one point: (value, unit, end)."""
    n = len(text)
    digits: list[str] = []
    decimals = -1
    j = i
    while j < n:
        ch = text[j]
        if ch in _ARABIC:
            digits.append(str(_ARABIC[ch]))
            if decimals >= 0:
                decimals += 1
            j += 1
        elif (
            ch == ","
            and decimals < 0
            and digits
            and all(text[j + k : j + k + 1] in _ARABIC for k in (1, 2, 3))
            and text[j + 4 : j + 5] not in _ARABIC
        ):
            j += 1
        elif ch in _ARABIC_POINTS and decimals < 0 and digits and text[j + 1 : j + 2] in _ARABIC:
            decimals = 0
            j += 1
        else:
            break
        if len(digits) > 40:
            return None  # an identifier, not an amount
    if not digits:
        return None
    if decimals > 0:
        value = Decimal("".join(digits[:-decimals]) + "." + "".join(digits[-decimals:]))
        return value, _ONE.scaleb(-decimals), j
    return Decimal("".join(digits)), _ONE, j


def _han_run(text: str, i: int) -> int:
    """The length of the run of Han digits at ``i``."""
    j = i
    while j < len(text) and text[j] in _DIGITS:
        j += 1
    return j - i


def _smaller_magnitude_ahead(text: str, j: int, below: int) -> bool:
    """Whether digits at ``j`` are followed (after one optional space) by a big unit smaller
    than ``below``: the "3428 萬" of "1 億 3428 萬元"."""
    while j < len(text) and (text[j] in _ARABIC or text[j] == ","):
        j += 1
    if text[j : j + 1] == " ":
        j += 1
    return text[j : j + 1] in _BIG and _BIG[text[j]] < below


def read_han(text: str, pos: int) -> HanNumber | None:
    """Read a Chinese-written number at ``pos``: Han numerals ("四十九兆九千億", "廿五"),
    positional Han digits ("一五〇〇", "六四〇．五"), digits ("1,650", "１．５") and both
    mixed with magnitudes ("6億700萬", "1 億 3428 萬", "5兆4千億", "1.5万亿", "1萬1756").

    ``十百千`` multiply the digit before them (one if none: "十五"); ``万亿兆`` close a section
    and must fall from left to right ("一万亿" is 10**12); a Han digit left over after a unit is
    the next lower place ("一千五" is 1500). "多"/"餘" after the digits or a magnitude mark an
    open lower bound and end the number. Returns None when nothing is read, or for two Han
    digits in a row that are a list ("一二"), not a number. One pass: linear in its length.
    """
    n = len(text)
    total = Decimal(0)
    section = Decimal(0)
    digit: Decimal | None = None
    unit = _ONE  # the unit of the last stated digit
    after = _ONE  # what multiplied that digit since
    last_small = 10**5
    last_big = 10**17
    last_unit = 0  # the unit just read, for "一千五"
    more = False
    read_any = False
    gap = False  # the digit read is a 零 after a unit ("3亿零5910")
    i = pos
    while i < n:
        ch = text[i]
        if ch in _ARABIC:
            if digit is not None and not (gap and digit == 0):
                break  # "3亿零5910": the 零 only marks the empty places before 5910
            run = _arabic_run(text, i)
            if run is None:
                return None
            digit, unit, i = run
            after = _ONE
            last_unit = 0
            read_any = True
            continue
        if ch in _DIGITS:
            if digit is not None and digit != 0:
                return None  # "一二": a list
            length = _han_run(text, i)
            if read_any and last_unit >= 10 and _DIGITS[ch] == 0:
                length = 1  # "五百〇七": after a unit the zero fills the empty place, as 零 does
            elif read_any and digit is None and last_unit == 10**4 and length == 4:
                # "三八七萬一八八七": the four places below 萬, digit by digit (Taiwan)
                digit = Decimal("".join(str(_DIGITS[c]) for c in text[i : i + 4]))
                unit, after, last_unit = _ONE, _ONE, 0
                i += 4
                continue
            # Positional digits ("一五〇〇", "五七八四．九") hold a 〇 or a point, or are three
            # or more before a big unit (Taiwan's "三五二億": 352億); other runs of digits are
            # lists ("一二三"), years ("一九七六") or two guesses ("五六萬": 5 or 6萬).
            positional = length >= 2 and (
                _CIRCLE in text[i : i + length]
                or (
                    (text[i + length : i + length + 1] in _POINTS)
                    and text[i + length + 1 : i + length + 2] in _DIGITS
                )
                or (length >= 3 and text[i + length : i + length + 1] in _BIG)
            )
            if length >= 2 and not positional and _DIGITS[text[i]] != 0:
                return None
            if positional and read_any:
                return None
            if positional:
                digits = "".join(str(_DIGITS[c]) for c in text[i : i + length])
                i += length
                unit = _ONE
                if text[i : i + 1] in _POINTS and text[i + 1 : i + 2] in _DIGITS:
                    fraction = _han_run(text, i + 1)
                    decimals = "".join(str(_DIGITS[c]) for c in text[i + 1 : i + 1 + fraction])
                    digits += "." + decimals
                    unit = _ONE.scaleb(-fraction)
                    i += 1 + fraction
                digit = Decimal(digits)
                after = _ONE
                last_unit = 0
                read_any = True
                continue
            value = _DIGITS[ch]
            i += 1
            unit = _ONE
            if text[i : i + 1] in _POINTS and text[i + 1 : i + 2] in _DIGITS:
                fraction = _han_run(text, i + 1)
                decimals = "".join(str(_DIGITS[c]) for c in text[i + 1 : i + 1 + fraction])
                digit = Decimal(f"{value}.{decimals}")
                unit = _ONE.scaleb(-fraction)
                i += 1 + fraction
                after = _ONE
                last_unit = 0
                read_any = True
                continue
            if last_unit >= 10 and value != 0 and text[i : i + 1] not in _UNITS:
                # "一千五", "兩萬五": a digit after a unit is the next lower place
                place = Decimal(last_unit) / 10
                digit = value * place
                unit, after = _ONE, place
                last_unit = 0
                read_any = True
                break
            gap = value == 0 and last_unit >= 10
            digit = Decimal(value)
            after = _ONE
            last_unit = 0
            read_any = True
            continue
        if ch in _TENS:
            if digit is not None:
                break
            section += _TENS[ch]
            unit, after = _ONE, Decimal(10)
            last_small = 10
            last_unit = 10
            read_any = True
            i += 1
            continue
        if ch in _MORE and read_any and not more:
            more = True
            i += 1
            if text[i : i + 1] in _UNITS:
                continue  # "3000多萬": the magnitude still applies
            break
        if ch == " " and read_any and i + 1 < n:
            nxt = text[i + 1]
            if nxt in _UNITS and digit is not None:
                i += 1  # "1 億"
                continue
            if (
                nxt in _ARABIC
                and digit is None
                and last_unit >= 10**4
                and _smaller_magnitude_ahead(text, i + 1, last_unit)
            ):
                i += 1  # "億 3428 萬"
                continue
            break
        if ch in _SMALL:
            small = _SMALL[ch]
            if small >= last_small or (more and digit is None):
                break
            if digit is None:
                if section == 0 and total != 0:
                    break  # "萬千": no digit for the unit
                unit, after = _ONE, Decimal(small)
                section += small
            else:
                section += digit * small
                after *= small
            digit = None
            last_small = small
            last_unit = small
            read_any = True
            i += 1
            continue
        if ch in _BIG:
            big = _BIG[ch]
            part = section + (digit or 0)
            if part == 0:
                if total == 0 or not (last_big == 10**4 and big == 10**8):
                    break  # a lone "萬", "億兆", "億萬": only "萬億" multiplies
                total *= big
                last_big *= big
            else:
                if big >= last_big:
                    break
                total += part * big
                last_big = big
            after *= big
            section = Decimal(0)
            digit = None
            last_small = 10**5
            last_unit = big
            read_any = True
            i += 1
            if text[i : i + 1] in _MORE and not more:
                more = True
                i += 1
                break  # "5萬餘人"
            continue
        break
    if not read_any:
        return None
    number = total + section + (digit or 0)
    if number == 0 and digit is None:
        return None
    return HanNumber(number, after, unit, i, more)


def parse_han(text: str) -> Decimal | None:
    """Read a Chinese numeral: "十五" -> 15, "一千" -> 1000, "四十九兆九千億" -> 49900000000000.

    The whole of ``text`` must be the numeral (see :func:`read_han`); None otherwise and for
    strings that are not a number (a lone "零", "一二").
    """
    read = read_han(text, 0)
    if read is None or read.end != len(text) or read.more:
        return None
    return read.value if read.value else None
