"""Joining two neighbouring numbers: ranges ("$5-6 million", "between $5m and $6m") and a main
unit with its cents ("3 dollars 50 cents", "$20 43", "one kuai and five mao five"); "rose from
$5m to $6m" stays two figures.
"""

from __future__ import annotations

from decimal import Decimal

from headlinecheck import lang
from headlinecheck.extraction.lazy import LazyPattern
from headlinecheck.extraction.money import same_unit
from headlinecheck.extraction.qualifiers import qualifier_of
from headlinecheck.extraction.scanner import (
    CENTS_SEP_RE,
    EN,
    QUOTES,
    RANGE_SEP_RE,
    Atom,
    word_before,
)
from headlinecheck.extraction.values import ONE, Kind

_ZH = lang.get("zh")

_AND = EN.conjunction
#: "to" and the Chinese "至"/"到"; "from" and "由"/"從" (``lang.zh``).
_TO = frozenset(["to", *(w for w in _ZH.range_separators if w.isalpha())])
_FROM = frozenset(["from", *_ZH.range_openers])
#: The Chinese separators, which join a Han numeral with no unit to the unit after it.
_ZH_TO = frozenset(_ZH.range_separators)
#: Before "X to Y" these make X a change and Y the level reached, not a range.
_MOVEMENT_WORDS = EN.movement_words
#: Sub-units read only after an amount of their main unit ("five mao"), and the word after a
#: number that may be one.
_JOINED = EN.joined_subunits
#: Hyphens after a number that make it part of a compound word ("one-time", "two-year").
_HYPHENS = frozenset("-\u2010\u2011")
_WORD_AFTER = LazyPattern(r"[ \u00a0]([a-z]+)(?![A-Za-z])")


def kind_of(atom: Atom) -> Kind | None:
    """What the atom counts so far: money, a percentage, a count, or nothing yet."""
    if atom.currency is not None:
        return Kind.MONEY
    if atom.percent:
        return Kind.PERCENT
    if atom.noun is not None:
        return Kind.COUNT
    return None


def try_range(text: str, a: Atom, b: Atom) -> bool:
    """Join ``b`` into ``a`` as a range when the text between them says so."""
    between = text[a.end : b.start]
    if len(between) > 12 or not RANGE_SEP_RE.fullmatch(between):
        return False
    sep = between.strip().lower()
    if sep == _AND and qualifier_of(text, a) != "between":
        return False
    if (
        a.words
        and kind_of(a) is None
        and sep not in ("-", "–")
        and sep not in _ZH_TO
        and qualifier_of(text, a) != "between"
    ):
        return False  # "a quarter to $254 million" is not a range; "三至五億元" is
    if a.year_like and not b.has_magnitude and b.currency is None:
        return False  # "2021-22": a fiscal year
    if (
        a.year_like
        and kind_of(a) is None
        and b.has_magnitude
        and not a.value <= b.value < 10 * a.value
    ):
        return False  # "Dec. 18, 2024 to N54.2 trillion", "from 2023 to $5 billion": a year
    ka, kb = kind_of(a), kind_of(b)
    if (
        ka is Kind.PERCENT
        and kb is None
        and sep in _ZH_TO
        and not b.has_magnitude
        and text[b.start : b.start + 1] > "\u2e7f"  # a Han numeral: Chinese text only
    ):
        from headlinecheck.extraction import chinese

        if chinese.percent_prefix(text, a.num_start, a.floor) is not None:
            b.percent, kb = True, Kind.PERCENT  # "百分之五至十": five to ten per cent
    if ka is not None and kb is not None and ka != kb:
        return False
    if text[b.end - 1 : b.end] > "\u2e7f":  # CJK: only a 元 can close a named range
        from headlinecheck.extraction import chinese_ranges

        if chinese_ranges.closes_named_range(text, a, b):
            b.currency = a.currency  # "新臺幣5萬至25萬元": the 元 is the unit named before it
    if a.currency is not None and b.currency is not None and not same_unit(a.currency, b.currency):
        return False
    if a.percent != b.percent and not (a.currency is None and kb == Kind.PERCENT):
        return False
    scale = a.scale
    if not a.has_magnitude and b.has_magnitude and a.value * a.scale * b.scale <= b.value * b.scale:
        scale = a.scale * b.scale  # "$5-6 million", "2至3千萬": the magnitude applies to both
    elif b.has_magnitude and text[b.num_end - 1 : b.num_end] > "\u2e7f":
        from headlinecheck.extraction import chinese_ranges

        # "3千至5千萬元", "五至十萬元": the 萬 alone applies to both (b's scale holds its 十)
        shared = chinese_ranges.shared_scale(text, a, b)
        if shared is not None and a.value * a.scale * shared <= b.value * b.scale:
            scale = a.scale * shared
    elif b.percent and not a.percent and b.scale != 1 and a.scale == 1:
        scale = b.scale  # "5至9成": tenths, 50 to 90 per cent (not 5 per cent to 90)
    if a.value * scale > b.value * b.scale:
        return False
    if sep in _TO and (
        qualifier_of(text, a) in _FROM
        or _from_a_level(text, a)
        or (b.value * b.scale > 2 * a.value * scale and _moves_before(text, a))
    ):
        # "rose from $5m to $6m", "rose $50m to $410m", "grew by 20 to 150" state two figures
        # (a change and a level), not a range: share the unit, keep both. Close ends after a
        # verb are still a range: "cut 5 to 10 jobs", "rose 5% to 7%".
        _share_unit(a, b)
        return False
    if scale is not a.scale:
        a.has_magnitude = True
    a.scale = scale
    if a.currency is None:
        a.currency = b.currency
    if b.currency is None:
        b.currency = a.currency
    a.percent = a.percent or b.percent
    a.noun = a.noun or b.noun
    if sep in _ZH_TO and a.noun:
        from headlinecheck.extraction import chinese_ranges

        a.noun = chinese_ranges.ordinal_noun(text, a, a.noun)  # "第一至三名": ranks
    return True


#: Words between "from" and the level it names ("from the current 1 percent to 3 percent").
_LEVEL_WORDS = EN.level_words


def _from_a_level(text: str, atom: Atom) -> bool:
    """Whether "from" and one or two words of a level come just before ``atom``: "rose from the
    current 1 percent to 3 percent" is a level left and one reached, not a range."""
    words = text[max(atom.floor, atom.start - 32) : atom.start].lower().split()
    for back in (1, 2):
        if len(words) <= back or words[-back] not in _LEVEL_WORDS:
            return False
        if words[-back - 1] in _FROM:
            return True
    return False


def _moves_before(text: str, atom: Atom) -> bool:
    j = atom.start
    while j > atom.floor and text[j - 1] in " \u00a0":
        j -= 1
    return word_before(text, j, atom.floor).lower() in _MOVEMENT_WORDS


def share_level_left(text: str, a: Atom, b: Atom) -> None:
    """A bare number after a count and "from" is the level left, a count of the same thing:
    "toll rose to 253 from 200", "253 companies, up from 200"."""
    if b.noun is not None or b.currency is not None or b.percent or b.year_like or a.noun is None:
        return
    if a.currency is not None or a.percent or (b.exponent < 0 and not b.has_magnitude):
        return  # money and percentages have units of their own; "12.5" is no count
    words = [w.strip(QUOTES) for w in text[a.end : b.start].replace(",", " ").lower().split()]
    words = [w for w in words if w]
    if a.noun in words:  # "253 related companies, up from": what follows the counted noun
        words = words[len(words) - words[::-1].index(a.noun) :]
    if words and words[-1] in _LEVEL_FROM and all(w in _LEVEL_MOVES for w in words[:-1]):
        b.noun = a.noun


#: "from" of the level left: not the Chinese 從/由, whose count writes its own noun after the
#: number ("從200人"); "4682次,從8月24日起" is a date.
_LEVEL_FROM = frozenset(w for w in _FROM if w.isascii())
#: "up from", "down from": a movement word before the "from" of the level left.
_LEVEL_MOVES = frozenset(EN.rise_words | EN.fall_words) & {"up", "down"}


def _share_unit(a: Atom, b: Atom) -> None:
    if a.currency is None and b.currency is not None:
        a.currency = b.currency
        if not a.has_magnitude and b.has_magnitude:
            a.scale *= b.scale
            a.has_magnitude = True
    a.percent = a.percent or b.percent


def try_cents(text: str, a: Atom, b: Atom) -> bool:
    """Join "3 dollars 50 cents", "15 dollars and 50", "$20 43" into one amount."""
    if a.currency is None or a.has_magnitude or (a.scale is not ONE and a.scale != 1):
        return False
    between = text[a.end : b.start]
    if len(between) > 6 or not CENTS_SEP_RE.fullmatch(between):
        return False
    if a.exponent != 0:
        return _hundredths(text, a, b, between)
    if _JOINED and _joined_subunit(text, a, b):
        return True
    if b.currency is not None:
        if b.scale != Decimal("0.01") or b.has_magnitude:
            return False
    elif (
        b.percent
        or b.noun is not None
        or b.has_magnitude
        or b.exponent != 0
        or not (b.words or len(text[b.num_start : b.num_end]) == 2 or a.currency_after)
        or text[b.end : b.end + 1].isalnum()  # "50元6角": a unit we do not read follows
        or text[b.end : b.end + 1] in _HYPHENS  # "a 1,000 baht one-time grant": a compound
        or (b.words and b.value == 1 and not between.strip())  # "a 200 dollar one time fee"
    ):
        return False
    if not 0 < b.value < 100:
        return False
    a.value = a.value + b.value / 100
    a.exponent = -2
    a.end = b.end
    return True


def try_compound(text: str, a: Atom, b: Atom) -> bool:
    """Join "Rs 2 crore 50 lakh", "1 crore 20 lakh rupees" and "1 million 200 thousand people"
    into one amount: a smaller magnitude straight after a larger one, one space between. Read
    apart, each would be a figure smaller than the amount meant."""
    if a.percent or b.percent or a.plus:
        return False
    if a.words and b.words and a.has_magnitude and not b.has_magnitude:
        return _words_after_magnitude(text, a, b)  # "four thousand five hundred graduates"
    if a.has_magnitude and not b.has_magnitude and not b.words:
        return _digits_after_magnitude(text, a, b)  # "ten lakh 77 thousand 444 beneficiaries"
    if not (a.has_magnitude and b.has_magnitude):
        return False
    if text[a.end : b.start] != " " or not b.value * b.scale < a.scale:
        return False
    if a.exponent < 0:
        return False  # "Rs. 18.95 billion 77.12 million": a decimal has no smaller part after it
    if a.currency is not None and b.currency is not None:
        return False  # "$5 million $300 thousand": two amounts
    if a.noun is not None and a.noun != b.noun:
        return False  # "5 million people 200 thousand ...": the first is whole
    a.value = (a.value * a.scale + b.value * b.scale) / b.scale
    a.scale, a.exponent, a.end = b.scale, b.exponent, b.end
    if a.currency is None and b.currency is not None:
        a.currency, a.currency_after = b.currency, b.currency_after
    a.noun = b.noun
    return True


def _words_after_magnitude(text: str, a: Atom, b: Atom) -> bool:
    """Join "four thousand five hundred" (4,500): number words smaller than the magnitude
    before them, one space between. Read apart they are two figures, 4,000 and 500."""
    if text[a.end : b.start] != " " or not b.value * b.scale < a.scale:
        return False
    if a.noun is not None and a.noun != b.noun:
        if b.currency is None or not text[b.start : b.end].lower().endswith(a.noun):
            return False  # the noun read after "four thousand" is the one after "five hundred"
        a.noun = None  # "Four Thousand Five Hundred Dollars": the "noun" was the currency
    if a.currency is not None and (b.currency is not None or a.currency_after):
        return False  # "three thousand dollars two hundred times": the currency closed it
    a.value = a.value * a.scale + b.value * b.scale
    a.scale, a.exponent, a.end = ONE, b.exponent, b.end
    if a.currency is None and b.currency is not None:
        a.currency, a.currency_after = b.currency, b.currency_after
    a.noun = b.noun
    return True


def _digits_after_magnitude(text: str, a: Atom, b: Atom) -> bool:
    """Join "77 thousand 444" (77,444): a bare number with a spelled magnitude, one space, then
    whole digits smaller than that magnitude. Read apart, "444 beneficiaries" is the count of a
    number whose head was "three crores ten lakh 77 thousand"."""
    if text[a.end : b.start] != " " or a.noun is not None or a.currency is not None or a.percent:
        return False
    if b.percent or b.exponent != 0 or b.scale != 1 or not 0 < b.value < a.scale:
        return False
    words = text[a.num_end : a.end].split()
    if not words or len(words[-1]) < 4 or not words[-1].isalpha():
        return False  # "5m 300 staff": a magnitude letter may be a unit; "1亿 1": no word
    a.value = a.value * a.scale + b.value
    a.scale, a.exponent, a.end = ONE, 0, b.end
    a.currency, a.currency_after, a.noun = b.currency, b.currency_after, b.noun
    return True


def _bare_digit(atom: Atom) -> bool:
    """A plain whole number with nothing of its own: no unit, magnitude, percent or noun."""
    return (
        atom.currency is None
        and atom.noun is None
        and not atom.percent
        and not atom.has_magnitude
        and atom.exponent == 0
        and atom.scale == 1
    )


def _joined_subunit(text: str, a: Atom, b: Atom) -> bool:
    """Join "one kuai and five mao", "1 yuan 5 jiao": ``b`` a whole number of a sub-unit of
    ``a``'s currency, which is read only here (``lang`` ``joined_subunits``)."""
    m = _WORD_AFTER.match(text, b.end)
    joined = None if m is None else _JOINED.get(m.group(1))
    if joined is None or joined[0] != a.currency or not _bare_digit(b):
        return False
    factor = joined[1]
    if not 0 < b.value < factor:
        return False
    assert m is not None
    a.value = a.value + b.value / factor
    a.exponent = -len(str(factor)) + 1
    a.end = m.end(1)
    return True


def _hundredths(text: str, a: Atom, b: Atom, between: str) -> bool:
    """After a tenth ("five mao"), a digit on its own is the hundredth: "five mao five" is 0.55,
    as is "5 jiao 5 fen"."""
    if between not in (" ", "\u00a0") or a.exponent != -1 or not _bare_digit(b):
        return False
    word = text[a.start : a.end].rsplit(None, 1)[-1]
    joined = _JOINED.get(word)
    if joined is None or joined[1] != 10 or not 0 < b.value < 10:
        return False
    m = _WORD_AFTER.match(text, b.end)
    if m is not None and _JOINED.get(m.group(1)) == (a.currency, 100):
        end = m.end(1)  # "5 jiao 6 fen"
    elif text[b.end : b.end + 1].isalnum():
        return False
    else:
        end = b.end
    a.value = a.value + b.value / 100
    a.exponent = -2
    a.end = end
    return True
