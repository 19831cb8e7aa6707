"""Numbers whose value the text does not settle: they give no figure, never a wrong one.

A figure the checker compares must be the amount the text means. Each test here finds a number
that would otherwise be read as less than it is:

- a magnitude word of a language the text is not read in ("Rp 5 triliun", "€5 Milliarden" with
  no locale; the words are generated into ``lang/_unread_magnitudes``);
- a magnitude letter after a space ("$5 M", "US$ 3 B"): letters are read glued to the digits
  only ("$5M"), and apart they may be a unit or a label;
- a fraction after the number ("$3½m", "$3 1/2 million");
- a magnitude word cut off by an ellipsis or the end of a headline ("$16.3 bill..");
- a part before "of" ("three-quarters of a billion dollars" is no billion), and a half after a
  number in digits ("$2 and a half billion" is neither $2 nor half a billion);
- a number torn from the one before it: a decimal or a thousands group broken by a space ("0. 83
  percent", "76. 7 billion", "30, 000 graduates"), the tail of a fiscal year ("2022-23 to Rs900");
- with no locale, money written "€1.500" or "2.500 dollars": a thousands group or a price in
  tenths of a cent, in a currency of two minor digits (three-digit ones, "KWD 1.250", are read);
- "Rs. 7.500 crores": a dot grouping thousands before a lakh or crore, or three decimals?
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from headlinecheck.currencies import THREE_MINOR_DIGITS, AmbiguousDollar, Currency
from headlinecheck.extraction.lazy import LazyPattern
from headlinecheck.extraction.scanner import LANGUAGES, gap_end
from headlinecheck.numbers import is_vulgar_fraction

#: A letter of any alphabet.
_NO_LETTER = r"(?![^\W\d_])"


@lru_cache(maxsize=1)
def _unread_magnitudes() -> tuple[re.Pattern[str], frozenset[str]]:
    from headlinecheck.lang._unread_magnitudes import WORDS

    alternatives = "|".join(
        re.escape(w).replace(r"\ ", "[ \u00a0]") for w in sorted(WORDS, key=len, reverse=True)
    )
    starts = frozenset(w[0] for w in WORDS) | {w[0].upper() for w in WORDS}
    return re.compile(rf"(?i:{alternatives}){_NO_LETTER}"), starts


@lru_cache(maxsize=1)
def _spaced_letters() -> re.Pattern[str]:
    """The magnitude letters ("m", "bn", "T"), alone after one space: not a hyphenated word
    ("K-pop", "T-shirts") and no word goes on after them."""
    either = {w for language in LANGUAGES for w in language.magnitude_letters}
    exact = {
        w
        for language in LANGUAGES
        for w in (*language.exact_magnitude_letters, *language.money_magnitude_letters)
    }
    words = sorted(
        {*(w for w in either), *(w.upper() for w in either), *exact}, key=len, reverse=True
    )
    return re.compile(rf" (?:{'|'.join(map(re.escape, words))})(?![\w-])")


@lru_cache(maxsize=1)
def _cut_off_magnitude() -> re.Pattern[str]:
    """A magnitude word cut off after two letters or more, then an ellipsis or the end of the
    text ("$16.3 bill..", "$5 mil…"): the word, and so the amount, is not all there."""
    spelled = {
        word.lower().rstrip(".")
        for language in LANGUAGES
        for table in (
            language.magnitude_words,
            language.magnitude_letters,
            language.exact_magnitude_letters,
            language.ambiguous_magnitudes,
        )
        for word in table
    }
    prefixes = {
        word[:size] for word in spelled if word.isalpha() for size in range(2, len(word))
    } - spelled  # "$12.7 mil" is read ("mil" is a magnitude of its own)
    words = "|".join(map(re.escape, sorted(prefixes, key=len, reverse=True)))
    return re.compile(rf" (?i:{words})(?:\.\.|\u2026|\Z)")


_FRACTION_AFTER = LazyPattern(r"[ \u00a0]?\d{1,2}/\d{1,2}(?![\d/])")


@lru_cache(maxsize=1)
def _and_a_fraction() -> re.Pattern[str]:
    """ " and a half", " and a quarter" after a number ("$2 and a half billion")."""
    conjunctions = {language.conjunction for language in LANGUAGES if language.conjunction}
    articles = {a for language in LANGUAGES for a in language.articles}
    fractions = {f for language in LANGUAGES for f in language.fractions}

    def either(words: set[str]) -> str:
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))

    return re.compile(
        rf"[ \u00a0](?i:{either(conjunctions)})[ \u00a0](?i:{either(articles)})[ -]"
        rf"(?i:{either(fractions)})(?![^\W\d_])"
    )


def unsettled_after(text: str, pos: int) -> bool:
    """Whether what follows a number ending at ``pos`` leaves its value unsettled (a foreign
    magnitude word, a spaced magnitude letter, a fraction). Called where no magnitude was
    read after it."""
    c = text[pos : pos + 1]
    if not c:
        return False
    if is_vulgar_fraction(c) or (c in " \u00a0" and is_vulgar_fraction(text[pos + 1 : pos + 2])):
        return True
    if c == " " and _spaced_letters().match(text, pos) is not None:
        return True
    if (c in " \u00a0" and text[pos + 1 : pos + 2].isdigit()) and _FRACTION_AFTER.match(text, pos):
        return True
    if c == " " and _and_a_fraction().match(text, pos) is not None:
        return True  # "$2 and a half billion": the half belongs to the 2
    if c == " " and _cut_off_magnitude().match(text, pos) is not None:
        return True  # "$16.3 bill..": a headline cut off inside its magnitude word
    start = gap_end(text, pos)
    pattern, starts = _unread_magnitudes()
    return text[start : start + 1] in starts and pattern.match(text, start) is not None


@lru_cache(maxsize=1)
def _part_before() -> re.Pattern[str]:
    """Matched against the reversed text before a number: "... three-quarters of " reversed
    starts " fo sretrauq"."""
    words = sorted({w for language in LANGUAGES for w in language.part_words}, key=len)
    reversed_words = "|".join(re.escape(w[::-1]) for w in reversed(words))
    return re.compile(rf"[ \u00a0]+(?i:fo)[ \u00a0]+(?i:{reversed_words})(?![^\W\d_])")


#: How far back a part word is looked for: "three-quarters of " and the like.
_PART_REACH = 24


def part_before(text: str, start: int) -> bool:
    """Whether a part word and "of" come just before the number starting at ``start``
    ("three-quarters of a billion", "a third of a million dollars")."""
    if start < 4 or text[start - 1] not in " \u00a0":
        return False
    behind = text[max(0, start - _PART_REACH) : start][::-1]
    if _part_before().match(behind) is not None:
        return True
    after_digit = _AFTER_DIGIT_AND.match(behind)
    after_word = _after_magnitude_and().match(behind)
    # ... and the number is "a half" or "a quarter" ("2 and a half billion"; "2 and a dollar" is;
    # "a trillion and a half shillings" is 1.5 trillion, never half a shilling)
    if after_digit is not None:
        joint = start - after_digit.end() + 1
    elif after_word is not None:
        joint = start - after_word.end("and")
    else:
        return False
    return _and_a_fraction().match(text, joint) is not None


_TORN_DECIMAL = LazyPattern(r"(?<![\w.,])\d{1,3}\. \Z")
_TORN_GROUP = LazyPattern(r"(?<![\w.,])\d{1,3}, \Z")
_TORN_GROUPS = LazyPattern(r"(?<![\w.,])\d{1,3}(?:, \d{3})+, \Z")
_FISCAL_YEAR = LazyPattern(r"(?<!\d)(?:1[89]|20)\d\d[-\u2013]\Z")
#: How far back a torn number's head is looked for: "10, 825, " and the like.
_TORN_REACH = 16


def torn_before(text: str, start: int, end: int) -> bool:
    """Whether the digits at ``start:end`` are the tail of a number torn by a space or a year
    before them: "0. 83 percent" (0.83), "228. 4 HK dollars", "30, 000 graduates" (30,000),
    "10, 825, 968 votes", "fiscal 2022-23 to Rs900". Read alone the tail is a wrong value.
    Kept: "in 2019. 30 people" (a year ends the sentence), "On March 5, 300 people" (a group
    of three digits not starting with 0 after one number)."""
    if start < 2:
        return False
    behind = text[max(0, start - _TORN_REACH) : start]
    size = end - start
    if behind.endswith(". "):
        return size <= 2 and _TORN_DECIMAL.search(behind) is not None
    if behind.endswith(", "):
        if size != 3:
            return False
        if _TORN_GROUPS.search(behind) is not None:
            return True
        return text[start] == "0" and _TORN_GROUP.search(behind) is not None
    return size == 2 and _FISCAL_YEAR.search(behind) is not None


#: Reversed: a digit, "and", then the number ("2 and a half billion": "a half" is no figure).
_AFTER_DIGIT_AND = LazyPattern(r"[ \u00a0](?i:dna)[ \u00a0]\d")


@lru_cache(maxsize=1)
def _after_magnitude_and() -> re.Pattern[str]:
    """Reversed: a spelled magnitude and "and" (or a comma) before the number ("a million and a
    half dollars" reversed starts " dna noillim a"): the half belongs to the million."""
    pairs = {
        (word, language.conjunction)
        for language in LANGUAGES
        if language.conjunction
        for word in language.magnitude_words
        if word.isalpha() and len(word) > 3
    }
    conjunctions = "|".join(sorted({re.escape(c[::-1]) for _, c in pairs}, key=len, reverse=True))
    words = "|".join(sorted({re.escape(w[::-1]) for w, _ in pairs}, key=len, reverse=True))
    joint = rf"(?P<and>[ \u00a0](?i:{conjunctions})[ \u00a0]|[ \u00a0],)"
    return re.compile(rf"{joint}(?i:{words})(?![^\W\d_])")


def grouped_like_thousands(number: str, currency: Currency) -> bool:
    """Whether money written ``number`` with no magnitude ("1.500", "25.000") reads as a
    thousands group rather than three decimals: the currency has two minor digits."""
    whole, point, fraction = number.partition(".")
    if not point or len(fraction) != 3 or not (1 <= len(whole) <= 3) or "," in number:
        return False
    if isinstance(currency, AmbiguousDollar):
        return not any(code in THREE_MINOR_DIGITS for code in currency.candidates)
    return currency not in THREE_MINOR_DIGITS


#: "7.500", "12.000": one to three digits, a dot, three digits ending in two zeros.
_DOT_GROUPED = LazyPattern(r"\d{1,3}\.\d00\Z")
#: The Indian magnitudes, a lakh and a crore, as scales.
_LAKHS = frozenset({Decimal(10) ** 5, Decimal(10) ** 7})


def grouped_before_lakhs(number: str, scale: Decimal) -> bool:
    """Whether ``number`` before a lakh or a crore may be a thousands group written with a dot:
    "Rs. 7.500 crores" is 7.5 crore or 7,500 crore, and Indian amounts in crores run to
    thousands; "Rs 155.966 billion" and "Rs 2.5 crore" are read."""
    return scale in _LAKHS and _DOT_GROUPED.match(number) is not None


def tail_of_spelled(text: str, start: int) -> bool:
    """Whether the number words at ``start`` end a longer spelled number whose head was not
    joined to them: "one hundred ninety seven thousand and two hundred forty eight birr" read
    from "two" is 248 birr, not the amount; so is "... million, six hundred and forty-five
    thousand dollars"."""
    if start < 6 or text[start - 1] not in " \u00a0":
        return False
    return _after_magnitude_and().match(text[max(0, start - _PART_REACH) : start][::-1]) is not None
