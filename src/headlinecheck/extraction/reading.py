"""Reading one number where the scanner found it: its value, attached magnitude, the magnitude word
("million", "Mrd.") or percent sign after it, the currency before or after it and, for a bare
number, the noun it counts (an ``Atom``).

Digits are read by ``headlinecheck.numbers`` (separators, last stated digit), number words and
Chinese numerals by its readers of the ``lang`` records. English and Chinese magnitudes are read
in every text; with a locale, its CLDR words (generated into ``_lexicon``) are tried first, so
that the locale's reading wins where they differ: German and French "Billion" is 10**12.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from headlinecheck import _lexicon, lang
from headlinecheck.currencies import SUBUNITS
from headlinecheck.extraction import chinese
from headlinecheck.extraction.counts import count_noun
from headlinecheck.extraction.money import prefix_currency, same_unit, suffix_currency
from headlinecheck.extraction.scanner import (
    EN,
    FULLWIDTH,
    LANGUAGES,
    MAGNITUDE_STARTS,
    MAGNITUDE_WORDS_RE,
    MAX_RUN,
    SPACES_SET,
    Atom,
    gap_end,
    is_word_char,
    run_rest,
    split_words,
    valid_number,
)
from headlinecheck.extraction.values import ONE
from headlinecheck.numbers import MAGNITUDES, MAX_DIGITS, parse_digits, parse_words

_PERCENT_WORDS = tuple(w for language in LANGUAGES for w in language.percent_words)
_PERCENT_STARTS = frozenset(w[0] for w in _PERCENT_WORDS) | {w[0].upper() for w in _PERCENT_WORDS}
_PERCENT_REACH = max(map(len, _PERCENT_WORDS))
_LOWERCASE_PERCENT = EN.lowercase_percent_words


def magnitude_after(text: str, pos: int, locale: str | None) -> tuple[Decimal, int] | None:
    """The magnitude word after a number ending at ``pos`` ("million", with a locale "Mrd."):
    its scale and end. A soft hyphen (U+00AD) is a gap too: "50\u00admillion"."""
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
            key = " ".join((mm.group("m") or mm.group("c")).lower().split())
            return MAGNITUDES[key], mm.end()
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
            if ahead.startswith(word) and not is_word_char(text[end : end + 1]):
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
    magnitudes = _lexicon.LOCALE_MAGNITUDES.get(key, {})
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


# --------------------------------------------------------------------------- numbers

_ARTICLES = frozenset(EN.articles)


@lru_cache(maxsize=1024)
def _read_words(words_text: str) -> tuple[Decimal, int, int, bool] | None:
    """Number words as the scanner found them ("three", "one hundred and twenty"): value,
    exponent of the last stated digit, length of the part read, and whether it starts with
    "a"/"an"; None if they do not make a number.

    Cached: the same few words ("two", "three", "a half") come back again and again, and
    reading them splits and parses the run each time. The result depends on the words alone.
    """
    tokens = split_words(words_text.replace("-", " "), 0)
    read = parse_words([t[0].lower() for t in tokens])
    if read is None:
        return None
    value, used = read
    stated = value.as_tuple().exponent
    exponent = stated if isinstance(stated, int) and stated < 0 else 0
    return value, exponent, tokens[used - 1][2], tokens[0][0].lower() in _ARTICLES


def atom_at(
    text: str,
    m: re.Match[str],
    decimal: str,
    group: str,
    floor: int,
    locale: str | None,
) -> tuple[Atom | None, int]:
    """Build the atom for scanner match ``m``; returns (atom or None, position to scan on)."""
    words_text = m.group("words")
    att = m.group("att")
    han = m.group("han")
    zh: chinese.ChineseNumber | None = None
    if han is not None:
        skip = chinese.skip_percent_prefix(text, m.start("han"))
        if skip is not None:
            return None, skip  # the "百" of "百分之二十五" is no hundred
        zh = chinese.read_number(text, m.start("han"))
        if zh is None:
            return None, m.end()
        value, exponent = zh.value, zh.exponent
        num_start, num_end = m.start("han"), zh.end
        is_words = True
        glued = False
        a_first = False
    elif words_text is None:
        num_start, num_end = m.span("num")
        number = m.group("num")
        if not number.isascii():
            number = number.translate(FULLWIDTH)
        if num_end - num_start > MAX_RUN and text[num_end : num_end + 1].isdigit():
            rest = run_rest(decimal, group).match(text, num_end)
            return None, rest.end() if rest is not None else num_end  # an identifier
        before = text[num_start - 1] if num_start else ""
        if (
            before == "_"
            or before.isdigit()
            or (before in ",." and num_start >= 2 and text[num_start - 2].isdigit())
        ):
            return None, m.end()  # the tail of an overlong run, or "x_1"
        if before == decimal and (num_start < 2 or not text[num_start - 2].isalnum()):
            num_start -= 1  # ".5"
            number = decimal + number
            before = text[num_start - 1] if num_start else ""
        plain = number.isdigit()
        if not plain and valid_number(decimal, group).fullmatch(number) is None:
            return None, m.end()  # "1.2.3", "1,1,1": a version or a list, not a number
        if att is not None:
            after_att = text[m.end("att") : m.end("att") + 1]
            if after_att.isascii() and after_att.isalnum():
                att = None  # "5min", "3rd": not a magnitude
        if att is None:
            after = text[num_end : num_end + 1]
            if (
                after.isascii()
                and (after.islower() or after.isdigit())
                and after != ""
                and not (after == "p" and percent_after(text, num_end, locale) is not None)
            ):
                return None, m.end()  # "14th", "5kg", "3x"; but "5pc", "5pct" are percentages
        parsed = (
            (Decimal(number), 0)
            if plain and len(number) <= MAX_DIGITS
            else parse_digits(number, decimal, group)
        )
        if parsed is None:
            return None, m.end()
        value, exponent = parsed
        if att is None and chinese.number_follows(text, num_end):
            zh = chinese.read_number(text, num_start)  # "6億700萬", "3000多萬", "1 億"
            if zh is not None:
                value, exponent, num_end = zh.value, zh.exponent, zh.end
        is_words = False
        glued = before.isascii() and before.isalpha()
    else:
        read = _read_words(words_text)
        if read is None:
            return None, m.end()
        value, exponent, length, a_first = read
        num_start = m.start("words")
        num_end = num_start + length
        is_words = True
        glued = False
    scan_on = num_end
    end = num_end
    scale = ONE
    has_magnitude = False
    cents = att == "c"  # "43c": cents written the Australian and newsroom way
    if cents:
        att = None
        end = scan_on = m.end("att")
    if zh is not None:
        scale = zh.scale
        has_magnitude = zh.scale >= 100
    elif att is not None:
        scale = MAGNITUDES[att.lower()]
        has_magnitude = True
        end = m.end("att")
        scan_on = end
    else:
        magnitude = magnitude_after(text, end, locale)
        if magnitude is not None:
            scale, end = magnitude
            has_magnitude = True
    atom = Atom(
        start=num_start,
        end=end,
        num_start=num_start,
        num_end=num_end,
        value=value,
        exponent=exponent,
        scale=scale,
        has_magnitude=has_magnitude,
        words=is_words,
    )
    if cents:
        currency, factor = SUBUNITS["¢"]
        atom.currency, atom.scale = currency, Decimal(1) / factor
        atom.currency_after = True
    if text.startswith("+", end):
        atom.plus = True
        atom.end = end = end + 1
    percent_end = percent_after(text, end, locale)
    if percent_end is not None:
        atom.percent = True
        atom.end = percent_end
    cjk_after = chinese.is_cjk(text[end : end + 1])
    if not atom.percent and (cjk_after or zh is not None):
        percent_start = chinese.percent_prefix(text, num_start, floor)
        if percent_start is not None:
            atom.percent = True  # "百分之二十五"
            atom.start = percent_start
        elif cjk_after:
            chinese.read_tenths(text, atom)  # "三成", "兩成半"
    prefix = None if atom.percent or cents else prefix_currency(text, num_start, floor, locale)
    if prefix is not None and prefix[1] < 0:
        # A lone currency word before a number ("dollar 22.5 million") is money only if the
        # number cannot be a year or a title: "Euro 2024" is a tournament.
        if not has_magnitude and (exponent == 0 and 1000 <= value <= 2200):
            prefix = None
        else:
            prefix = (prefix[0], ONE, prefix[2])
    if glued and prefix is None:
        # Letters glued to digits ("Web3", "H5N1", "MP3") make an identifier unless they are
        # a currency: "USD115", "Rs20", "Rmb2.5bn".
        return None, scan_on
    if prefix is not None:
        atom.currency = prefix[0]
        atom.scale *= prefix[1]
        atom.start = prefix[2]
    if not atom.percent and not atom.plus and not cents:
        suffix = None
        if prefix is None and atom.has_magnitude and locale is not None:
            # Before the plain reading, in which "de francs" would be one modifier and a name.
            linked = connector_end(text, end, locale)
            if linked is not None:
                suffix = suffix_currency(text, linked, locale)
        if suffix is None:
            suffix = suffix_currency(text, end, locale, words_only=prefix is not None)
        if suffix is not None and (prefix is None or same_unit(prefix[0], suffix[0])):
            if prefix is None:
                atom.currency = suffix[0]
                atom.currency_after = True
                atom.scale *= suffix[1]
            atom.end = end = suffix[2]
            magnitude = None if atom.has_magnitude else magnitude_after(text, end, locale)
            if magnitude is not None:
                atom.scale *= magnitude[0]
                atom.has_magnitude = True
                atom.end = end = magnitude[1]
    # "100m sprint", "5k run": an attached letter is a magnitude for money, and for a count only
    # when a plural noun follows straight away ("5m people", see ``count_noun``); otherwise the
    # number is kept only to close a range ("$5-6m").
    lettered = att is not None and atom.currency is None and not atom.percent
    if zh is not None and zh.more:
        atom.plus = True  # "3000多萬", "5萬餘人": more than
    if (
        atom.currency is not None
        and not atom.has_magnitude
        and atom.currency_after
        and chinese.is_cjk(text[atom.end - 1 : atom.end])
    ):
        chinese.read_subunits(text, atom)  # "五元三毛", "50元6角"
    if chinese.is_cjk(text[atom.end : atom.end + 1]):
        chinese.qualifier_after(text, atom)  # "232億元左右"
        if atom.currency is None and not atom.percent:
            counted = chinese.count_at(text, atom, floor)  # "150間", "1死", "8人失联"
            if counted is not None:
                atom.noun, atom.end = counted
                scan_on = max(scan_on, atom.end)
                if not atom.qualifier_read:
                    chinese.qualifier_after(text, atom)  # "200人以上"
    if han is not None and atom.currency is None and not atom.percent and atom.noun is None:
        return None, m.end()  # "一" and "十" are everywhere in Chinese prose
    lone_a = is_words and a_first and value == 1
    if lone_a and atom.currency is None and not atom.percent and not has_magnitude:
        return None, scan_on
    atom.floor = floor  # for ``qualifier``
    atom.year_like = (
        not is_words
        and exponent == 0
        and not has_magnitude
        and len(m.group("num") or "") == 4
        and 1800 <= value <= 2100
    )
    if atom.currency is None and not atom.percent and atom.noun is None:
        atom.noun = count_noun(text, atom, floor, lettered=lettered)
    return atom, scan_on
