"""Reading one number where the scanner found it: its value, attached magnitude, the magnitude word
("million", "Mrd.") or percent sign after it, the currency before or after it and, for a bare
number, the noun it counts (an ``Atom``).

Digits are read by ``headlinecheck.numbers`` (separators, last stated digit), number words and
Chinese numerals by its readers of the ``lang`` records; what follows a number by ``units``, the
notations the locale's separators miss by ``grouping``, the rarer magnitudes by ``magnitudes``,
letter signs by ``signs`` and weights by ``weights``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from headlinecheck.currencies import SUBUNITS
from headlinecheck.extraction.counts import count_noun
from headlinecheck.extraction.grouping import Prefix, decimal_comma, regroup, spoken_decimals
from headlinecheck.extraction.magnitudes import ambiguous_magnitude, glued_word_at, hyphen_magnitude
from headlinecheck.extraction.money import prefix_currency, same_unit, suffix_currency
from headlinecheck.extraction.scanner import (
    EN,
    FULLWIDTH,
    MAX_RUN,
    MONEY_LETTERS,
    Atom,
    run_rest,
    split_words,
    valid_number,
)
from headlinecheck.extraction.signs import needs_amount
from headlinecheck.extraction.uncertain import (
    grouped_before_lakhs,
    part_before,
    tail_of_spelled,
    torn_before,
    unsettled_after,
)
from headlinecheck.extraction.units import (
    connector_end,
    magnitude_after,
    percent_after,
)
from headlinecheck.extraction.values import ONE
from headlinecheck.extraction.weights import is_weight
from headlinecheck.numbers import MAGNITUDES, MAX_DIGITS, parse_digits, parse_words

if TYPE_CHECKING:
    # Imported where a number meets CJK text (``_CJK_BELOW``): other text never loads it.
    from headlinecheck.extraction import chinese

# --------------------------------------------------------------------------- numbers

_ARTICLES = frozenset(EN.articles)
#: What may continue a number as digit groups the locale does not write ("1'250", "25 000").
_GROUP_STARTS = frozenset("'’ \u00a0\u202f\u2009")
#: One character compared with this is ``chinese.is_cjk`` without the call: CJK characters and
#: full-width signs sort above it (a string comparison, on the hot path of every number).
_CJK_BELOW = "\u2e7f"
#: First letters of the spoken point ("13-point-eight"): a cheap gate before its regex.
_POINT_STARTS = frozenset(EN.point[:1] + EN.point[:1].upper())


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
    grouped = False  # digits with separators: an amount a one-letter sign may stand before
    prefix_read = False  # the currency before the number, when ``regroup`` had to read it
    read_prefix: Prefix | None = None
    number, att, words_text, han = m.group("num", "att", "words", "han")
    zh: chinese.ChineseNumber | None = None
    found = 0  # the length of the digits the scanner found
    if han is not None:
        from headlinecheck.extraction import chinese

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
        found = len(number)
        if not number.isascii():
            number = number.translate(FULLWIDTH)
        if num_end - num_start > MAX_RUN and text[num_end : num_end + 1].isdigit():
            rest = run_rest(decimal, group).match(text, num_end)
            return None, rest.end() if rest is not None else num_end  # an identifier
        before = text[num_start - 1] if num_start else ""
        if (
            before == "_"
            or before.isdigit()
            or (before in ",./" and num_start >= 2 and text[num_start - 2].isdigit())
        ):
            return None, m.end()  # the tail of an overlong run, "x_1", or "9/11", "24/7"
        if before == decimal and (num_start < 2 or not text[num_start - 2].isalnum()):
            num_start -= 1  # ".5"
            number = decimal + number
            before = text[num_start - 1] if num_start else ""
        plain = number.isdigit()
        grouped = not plain
        comma_decimal = False
        if not plain and valid_number(decimal, group).fullmatch(number) is None:
            follows = (
                att is not None
                or percent_after(text, num_end, locale) is not None
                or magnitude_after(text, num_end, locale) is not None
            )
            if not decimal_comma(number, decimal, group, follows):
                return None, m.end()  # "1.2.3", "1,1,1": a version or a list, not a number
            comma_decimal = True  # "a 9,61% increase" in English text from South Africa
        nxt = text[num_end : num_end + 2]
        if len(nxt) == 2 and nxt[0] in ".," and nxt[1].isdigit():
            return None, m.end()  # "2.3" where "." is no separator of the locale: uncertain
        if (
            plain
            and att is None
            and text[num_end : num_end + 1] in ("-", " ")
            and text[num_end + 1 : num_end + 2] in _POINT_STARTS
        ):
            spoken = spoken_decimals(text, num_end)
            if spoken is not None:  # "13-point-eight trillion won" (broadcast copy)
                number, num_end, plain = f"{number}.{spoken[0]}", spoken[1], False
        if (
            plain
            and len(number) <= 3
            and att is None
            and text[num_end : num_end + 1] in _GROUP_STARTS
            and text[num_end + 1 : num_end + 2].isdigit()
        ):
            regrouped = regroup(text, number, num_start, num_end, group, floor, locale)
            if regrouped is not None:
                if not regrouped.digits:
                    return None, regrouped.end
                number, num_end = regrouped.digits, regrouped.end
                grouped = True
                if regrouped.prefix_read:  # "R 1 500 000": the currency is read already
                    prefix_read, read_prefix = True, regrouped.prefix
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
                and not glued_word_at(text, num_end)
            ):
                return None, m.end()  # "14th", "5kg", "3x"; but "5pc", "5pct" are percentages
        parsed = (
            (Decimal(number), 0)
            if plain and len(number) <= MAX_DIGITS
            else parse_digits(number, ",", ".")
            if comma_decimal
            else parse_digits(number, decimal, group)
        )
        if parsed is None:
            return None, m.end()
        if plain and torn_before(text, num_start, num_end):
            return None, m.end()  # "0. 83 percent", "30, 000 graduates": a torn number
        value, exponent = parsed
        after_digits = text[num_end : num_end + 1]
        if att is None and (
            after_digits > _CJK_BELOW
            or (after_digits == " " and text[num_end + 1 : num_end + 2] > _CJK_BELOW)
        ):
            from headlinecheck.extraction import chinese

            if chinese.number_follows(text, num_end):
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
        if a_first and part_before(text, num_start):
            return None, m.end()  # "three-quarters of a billion": no billion
        if tail_of_spelled(text, num_start):
            return None, m.end()  # "... thousand and two hundred forty eight birr": no 248
        num_end = num_start + length
        is_words = True
        glued = False
    scan_on = num_end
    end = num_end
    scale = ONE
    has_magnitude = False
    money_only = False
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
        if magnitude is None and text[end : end + 1] == "-":
            magnitude = hyphen_magnitude(text, end)
            money_only = magnitude is not None  # "P5-B": a magnitude for money only
        if magnitude is not None:
            scale, end = magnitude
            has_magnitude = True
            if not is_words and grouped_before_lakhs(text[num_start:num_end], scale):
                return None, m.end()  # "Rs. 7.500 crores": 7.5 crore, or 7,500?
        elif unsettled_after(text, end):
            from headlinecheck.extraction.magnitudes import signed_magnitude

            if (signed := signed_magnitude(text, num_start, end, floor)) is None:  # "RM5 juta"
                return None, m.end()  # "Rp 5 triliun" with no locale, "$5 M", "$3½m": no figure
            (scale, end), has_magnitude = signed, True
    if has_magnitude and zh is None:
        larger = magnitude_after(
            text, end, locale
        )  # "Rs 22k cr", "22 thousand crore": 22,000 crore
        if larger is not None and larger[0] > scale:
            scale, end = scale * larger[0], larger[1]
    # start, end, num_start, num_end, value, exponent, scale, has_magnitude, words
    atom = Atom(num_start, end, num_start, num_end, value, exponent, scale, has_magnitude, is_words)
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
    cjk_after = text[end : end + 1] > _CJK_BELOW  # or before: "百分之24.4,"
    if not atom.percent and (cjk_after or zh or text[num_start - 1 : num_start] > _CJK_BELOW):
        from headlinecheck.extraction import chinese

        percent_start = chinese.percent_prefix(text, num_start, floor)
        if percent_start is not None:
            atom.percent = True  # "百分之二十五"
            atom.start = percent_start
        elif cjk_after:
            chinese.read_tenths(text, atom)  # "三成", "兩成半"
    if atom.percent or cents:
        prefix = None
    elif prefix_read:
        prefix = read_prefix
    else:
        prefix = prefix_currency(text, num_start, floor, locale)
    if prefix is not None and prefix[1] < 0:
        # A lone currency word before a number ("dollar 22.5 million") is money only if the
        # number cannot be a year or a title: "Euro 2024" is a tournament.
        if not has_magnitude and (exponent == 0 and 1000 <= value <= 2200):
            prefix = None
        else:
            prefix = (prefix[0], ONE, prefix[2])
    if (
        prefix is not None
        and not (has_magnitude or grouped)
        and needs_amount(text[prefix[2] : num_start].strip())
    ):
        prefix = None  # "N95 masks", "the P5 members": a one-letter sign needs an amount
    if glued and prefix is None:
        # Letters glued to digits ("Web3", "H5N1", "MP3") make an identifier unless they are
        # a currency: "USD115", "Rs20", "Rmb2.5bn".
        return None, scan_on
    if prefix is not None:
        atom.currency = prefix[0]
        atom.scale *= prefix[1]
        atom.start = prefix[2]
        if not atom.has_magnitude and not atom.percent:
            ambiguous = ambiguous_magnitude(text, end, locale)  # "$12.7 mil", "Rs 3 arab"
            if ambiguous is not None:
                atom.scale *= ambiguous[0]
                atom.has_magnitude = has_magnitude = True
                atom.end = end = ambiguous[1]
                scan_on = max(scan_on, end)
    if not atom.percent and not atom.plus and not cents:
        suffix = None
        if prefix is None and atom.has_magnitude and locale is not None:
            # Before the plain reading, in which "de francs" would be one modifier and a name.
            linked = connector_end(text, end, locale)
            if linked is not None:
                suffix = suffix_currency(text, linked, locale)
        if suffix is None:
            suffix = suffix_currency(
                text, end, locale, words_only=prefix is not None, after_magnitude=has_magnitude
            )
        if (
            suffix is not None
            and prefix is None
            and not atom.has_magnitude
            and is_weight(text, num_start, end, suffix[2], floor)
        ):
            return None, suffix[2]  # "weighs 5 pounds": a weight
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
    if money_only and atom.currency is None:
        return None, scan_on  # "a 3-B class": a hyphen letter is a magnitude for money only
    if zh is not None and zh.more:
        atom.plus = True  # "3000多萬", "5萬餘人": more than
    if (
        atom.currency is not None
        and not atom.has_magnitude
        and atom.currency_after
        and text[atom.end - 1 : atom.end] > _CJK_BELOW
    ):
        from headlinecheck.extraction import chinese_yuan

        chinese_yuan.read_subunits(text, atom)  # "五元三毛", "50元6角"
    if text[atom.end : atom.end + 1] > _CJK_BELOW:
        from headlinecheck.extraction import chinese_after

        chinese_after.read_after(text, atom, floor)  # "232億元左右", "150間", "1死", "200人以上"
        scan_on = max(scan_on, atom.end)
    elif han is None and text[atom.end : atom.end + 1] == " ":
        from headlinecheck.extraction import chinese_after

        chinese_after.spaced_count(text, atom, num_start, floor)  # "有 18 人失蹤"
        scan_on = max(scan_on, atom.end)
    if han is not None and atom.currency is None and not atom.percent and atom.noun is None:
        from headlinecheck.extraction import chinese_ranges

        if not chinese_ranges.in_range(text, num_start, atom.end):
            return None, m.end()  # "一" and "十" are everywhere in Chinese prose
    lone_a = is_words and a_first and value == 1
    if lone_a and atom.currency is None and not atom.percent and not has_magnitude:
        return None, scan_on
    atom.floor = floor  # for ``qualifier``
    atom.year_like = (
        not is_words
        and exponent == 0
        and not has_magnitude
        and found == 4  # the digits as found, not as regrouped
        and 1800 <= value <= 2100
    )
    # "5t" alone is five tonnes: a money letter closes a range ("$3-5t") but counts nothing.
    if (
        atom.currency is None
        and not atom.percent
        and atom.noun is None
        and att not in MONEY_LETTERS
    ):
        atom.noun = count_noun(text, atom, floor, lettered=lettered)
    return atom, scan_on
