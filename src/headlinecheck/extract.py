"""One linear scan of text into ``Figure`` values: money, counts and percentages.

CONTRACT (shared by the team): the value classes below are the interface other modules use.

How the scan works (see docs/extraction.md for what is recognised and why):

1. One precompiled regex jumps from number to number (digit strings with their separators and an
   attached magnitude such as "6.4M", or runs of number words such as "one hundred").
2. Around each number, small anchored regexes over a bounded window read the magnitude word
   ("million"), a currency written after it ("50 yuan", "20€") or before it ("HK$", "USD "),
   a percent sign, a qualifier before it ("more than") and, for counts, the head noun after it.
   Currency words are looked up in dictionaries built from CLDR, never matched by alternation.
3. A pass over the numbers found joins ranges ("$5-6 million", "between $5m and $6m") and main
   units with their cents ("3 dollars 50 cents"), then turns each into a ``Figure``.

Every regex is either anchored at a known position or scans with no nested quantifiers, and every
window is bounded, so the time is linear in the length of the text.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterator
from decimal import Context, Decimal, localcontext
from functools import lru_cache
from typing import Any, NamedTuple

import attrs

from headlinecheck import _lexicon
from headlinecheck.currencies import (
    DOLLAR_CODES,
    DOLLAR_LETTERS,
    LETTER_SYMBOLS,
    SUBUNITS,
    AmbiguousDollar,
    code_currency,
    dollar_candidates,
    head_currency,
    name_currency,
    symbol_currency,
)
from headlinecheck.numbers import (
    MAGNITUDES,
    MAX_DIGITS,
    NUMBER_WORDS,
    digits_pattern,
    parse_digits,
    parse_han,
    parse_words,
    rounding_interval,
    separators,
)

#: Upper bound of an interval that is open above ("more than 150", "150+").
UNBOUNDED = Decimal("Infinity")
#: Shared scale of one: Decimals are immutable, and building one costs as much as a lookup.
_ONE = Decimal(1)


class Kind(str, enum.Enum):
    """What a figure counts: an amount of money, a count of things, or a percentage."""

    MONEY = "money"
    COUNT = "count"
    PERCENT = "percent"


class Qualifier(str, enum.Enum):
    """How the text bounds a figure ("about", "more than", "up to", a range); see
    docs/extraction.md for the words and the interval each gives."""

    NONE = "none"
    APPROX = "approx"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    RANGE = "range"


Currency = str | AmbiguousDollar | None


@attrs.frozen
class Figure:
    """A figure found in text.

    ``value`` is the number as written, scaled by its magnitude ("$6.4M" -> 6400000); for a range
    it is the lower stated bound and ``value_high`` the upper one. ``low``/``high`` is the interval
    the text commits to: the printed precision (half a unit of the last stated digit, see
    ``precision``) widened by the qualifier. An interval open above has ``high == UNBOUNDED``; one
    open below ("under $5m") has ``low == 0``. ``precision`` is one unit of the last stated digit
    ("$6.4M" -> 100000, "HKD 50 million" -> 1000000).
    """

    kind: Kind
    value: Decimal
    low: Decimal
    high: Decimal
    currency: Currency
    span: tuple[int, int]
    text: str
    qualifier: Qualifier = Qualifier.NONE
    unit_noun: str | None = None
    precision: Decimal = Decimal(1)
    value_high: Decimal | None = None


# --------------------------------------------------------------------------- lexical tables

#: How far back a currency or qualifier may start before its number (characters).
_WINDOW = 40

_APPROX_WIDTH = Decimal("0.1")

_QUALIFIERS: dict[str, Qualifier] = {
    "about": Qualifier.APPROX,
    "around": Qualifier.APPROX,
    "approximately": Qualifier.APPROX,
    "approx.": Qualifier.APPROX,
    "approx": Qualifier.APPROX,
    "roughly": Qualifier.APPROX,
    "some": Qualifier.APPROX,
    "circa": Qualifier.APPROX,
    "nearly": Qualifier.APPROX,
    "almost": Qualifier.APPROX,
    "close to": Qualifier.APPROX,
    "just under": Qualifier.APPROX,
    # Headline verbs of reaching a level: "reserves near $600 billion", "gold tops $2,400".
    "near": Qualifier.APPROX,
    "nears": Qualifier.APPROX,
    "nearing": Qualifier.APPROX,
    "over": Qualifier.MORE_THAN,
    "more than": Qualifier.MORE_THAN,
    "greater than": Qualifier.MORE_THAN,
    "higher than": Qualifier.MORE_THAN,
    "above": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "exceeding": Qualifier.MORE_THAN,
    "surpassing": Qualifier.MORE_THAN,
    "top": Qualifier.MORE_THAN,  # money only: "reserves top $600 billion", not "top 10"
    "tops": Qualifier.MORE_THAN,
    "topped": Qualifier.MORE_THAN,
    "exceeds": Qualifier.MORE_THAN,
    "exceeded": Qualifier.MORE_THAN,
    "surpasses": Qualifier.MORE_THAN,
    "surpassed": Qualifier.MORE_THAN,
    "at least": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST,
    "not less than": Qualifier.AT_LEAST,
    "no fewer than": Qualifier.AT_LEAST,
    "at most": Qualifier.AT_MOST,
    "no more than": Qualifier.AT_MOST,
    "not more than": Qualifier.AT_MOST,
    "up to": Qualifier.AT_MOST,
    "under": Qualifier.LESS_THAN,
    "below": Qualifier.LESS_THAN,
    "less than": Qualifier.LESS_THAN,
    "fewer than": Qualifier.LESS_THAN,
    "lower than": Qualifier.LESS_THAN,
}
#: "nearly"/"almost"/"just under"/"nears" say the true figure is below the number: [v - 10%, v].
_BELOW_WORDS = frozenset({"nearly", "almost", "just under", "nears", "nearing"})
_RANGE_OPENERS = frozenset({"between", "from"})


# --------------------------------------------------------------------------- patterns


class LazyPattern:
    """A regex compiled on first use, so importing (and a run that never needs it) stays cheap."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    # ``match`` and ``search`` run several times per number found: they skip the call to ``get``
    # once the pattern is compiled.
    def get(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return (self._compiled or self.get()).match(text, pos)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return (self._compiled or self.get()).search(text, pos)

    def fullmatch(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return (self._compiled or self.get()).fullmatch(text, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.get().finditer(text)

    def findall(self, text: str) -> list[Any]:
        return self.get().findall(text)


_lazy = LazyPattern


def _by_last_word(phrases: list[str]) -> dict[str, tuple[str, ...]]:
    """Phrases by their last word, longest first: "than" -> ("no fewer than", ..., "more than")."""
    found: dict[str, list[str]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        found.setdefault(phrase.rsplit(" ", 1)[-1], []).append(phrase)
    return {last: tuple(group) for last, group in found.items()}


#: Qualifiers and range openers by last word, longest first: "no more than" before "more than".
_QUAL_BY_LAST = _by_last_word([*_QUALIFIERS, *_RANGE_OPENERS])

_MONTHS = (
    "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|"
    "sep|sept|september|oct|october|nov|november|dec|december"
)
_STOP_WORDS = """
a an the of in on at to for from by with as per than and or but nor so yet if then is are
was were be been being has have had do does did will would shall should can could may
might must its it this that these those their there here his her our your my them they we
you he she who whom which what when where while since until till after before into onto
about over under more less most least some all any each every other another such only
also just very much many few both either neither not no yes up down out off again further
once times percent per cent pct year years month months week weeks day days hour hours
minute minutes second seconds
"""
_STOP = frozenset(_STOP_WORDS.split())
_IRREGULAR_WORDS = """
people children men women staff personnel police cattle aircraft sheep fish deer species
series media data
"""
_IRREGULAR_PLURALS = frozenset(_IRREGULAR_WORDS.split())
#: What may stand between a number and its magnitude word (see ``_gap_end``).
_GAP_CHARS = " \t\u00a0\u202f"
_GAP_NEXT = frozenset(_GAP_CHARS + "\r\n")
#: Matched where ``_gap_end`` says a word may start; Chinese magnitudes only straight after the
#: digits.
_MAGNITUDE_WORDS_RE = _lazy(
    r"(?P<m>(?i:thousand|million|billion|trillion|lakh crores?|lakhs?|lacs?|crores?"
    r"|mn|mln|mio|bn|bln|tn|trn))(?![A-Za-z])"
    r"|(?P<c>万亿|千万|百万|十万|万|萬|亿|億|千|百|兆)"
)
# "pc" is British newspaper style ("Shares up 5pc"), and only in lower case ("5 PC" is a computer).
_PERCENT_WORDS = ("per cent", "per\u00a0cent", "percent", "pct", "pc")


def _symbol_chars() -> str:
    chars = {ch for key in _lexicon.SYMBOLS for ch in key if unicodedata.category(ch) == "Sc"}
    chars.update("¢＄￥￡￦")
    return "".join(sorted(chars))


# Start-up: the regex compiler builds a 64K-entry table for every character class holding a
# character above U+00FF ("’", the narrow no-break space, currency signs), about a quarter of a
# millisecond each. So the patterns below keep such characters out of their classes: a symbol
# is matched as any sign (``[^\w\s]``) and checked against ``_SYMBOL_CHARS`` afterwards, spaces
# around a match are stepped over in Python, and "’" inside a word is a literal that may repeat
# (``[A-Za-z']*(?:’[A-Za-z']*)*``: each round starts with "’", so it stays linear).
_SUFFIX_SYMBOL_RE = _lazy(
    r"(?P<l>[A-Za-z]{1,3})?(?P<s>[^\w\s])(?P<r>[A-Z]{2}(?![A-Za-z]))?(?![0-9])"
)
#: The letters before a currency sign ("US", "HK", "U.S."), up to the sign (matched in the text
#: before it).
_PREFIX_LETTERS_RE = _lazy(r"(?<![A-Za-z.])(?P<l>[A-Za-z]{1,3}|[Uu]\.[Ss]\.?)(?P<sp>[ ]?)\Z")
_WORD = r"[A-Za-z][A-Za-z']*(?:’[A-Za-z']*)*\.?"
_SUFFIX_WORDS_RE = _lazy(rf"(?P<w>{_WORD}(?:[ -]{_WORD}){{0,3}})")
_PREFIX_WORDS_RE = _lazy(rf"(?<![A-Za-z.])(?P<w>{_WORD}(?:[ -]{_WORD}){{0,3}})\Z")
_DOTTED_RE = _lazy(r"[ \u00a0]?(?P<d>[A-Za-z](?:\.[A-Za-z])+\.?)(?![A-Za-z])")
_WORD_SPLIT_RE = _lazy(_WORD)
_NOUN_WORD = r"[A-Za-z][A-Za-z0-9'-]*(?:’[A-Za-z0-9'-]*)*"
_NOUN_RE = _lazy(rf"[ \u00a0]?(?P<w>{_NOUN_WORD}(?:[ ]{_NOUN_WORD}){{0,4}})")
# A mainland dateline opening the text ("BEIJING — ... ¥10 billion") makes its "¥" the yuan.
_CNY_HINT_RE = _lazy(
    r"yuan|renminbi|\bRMB\b|\bRmb\b|\bCNY\b|人民币|人民幣|元"
    r"|^\s*(?:BEIJING|SHANGHAI|SHENZHEN|GUANGZHOU|HANGZHOU|CHONGQING|TIANJIN|WUHAN|CHENGDU)\b"
)
_KANA_RE = _lazy(r"[\u3040-\u30ff]")
_HAN_RE = _lazy(r"[\u4e00-\u9fff]")

_WORD_NUMBERS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred|dozen|half|quarter|quarters"
)
_A_FOLLOWERS = (
    "hundred|thousand|million|billion|trillion|dozen|quarter|half|dollar|pound|euro|penny|"
    "cent|yen|buck|lakh|crore"
)


def _alternation(words: list[str], *, capital: bool = False) -> str:
    """Words as a regex alternation grouped by first letter, longest first (a cheap trie).

    ``capital`` also takes each word capitalised, as ``[Tt](?:en|...)``: half the branches of
    listing "Ten" beside "ten", so the scanner compiles in about half the time. (A deeper trie
    compiles slower: the regex compiler's time goes with the number of groups.)
    """
    by_first: dict[str, list[str]] = {}
    # Sorted before the stable sort by length, so the pattern text is the same in every
    # process (set order varies with string hashing): compiled programs are cached by text.
    for word in sorted(sorted(set(words)), key=len, reverse=True):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))

    def head(first: str) -> str:
        return f"[{first.upper()}{first}]" if capital and first.upper() != first else first

    def tail(rest: list[str]) -> str:
        # A lone ending needs no group: one group less for the regex compiler at start-up.
        return rest[0] if len(rest) == 1 else f"(?:{'|'.join(rest)})"

    return "|".join(f"{head(first)}{tail(rest)}" for first, rest in sorted(by_first.items()))


@lru_cache(maxsize=16)
def _scanner(decimal: str, group: str, wide: bool = True) -> re.Pattern[str]:
    """The one scanning regex: a digit run, or a run of number words.

    A digit run is taken whole ("1.2.3", "1,1,1" included) and validated afterwards, so the scan
    never backtracks into it; every branch starts with a digit or a letter from a small set,
    which keeps the regex engine's per-position work low. Word runs are bounded.
    """
    seps = decimal + ("\u00a0\u202f " if group.isspace() else group)
    words = _WORD_NUMBERS.split("|")
    first = _alternation(words, capital=True)
    follow = _alternation([*words, "and", "point", "a"])
    # ``wide`` adds full-width digits and Chinese numerals; plain ASCII text is scanned without
    # them, which is a third faster.
    digit = "[0-9０-９]" if wide else "[0-9]"
    point = "．" if wide else ""
    # Without the Chinese branch the group still exists (it never matches) but costs nothing at
    # each position, as an always-failing branch would.
    han = rf"|(?P<han>[{_HAN_NUMERALS}]{{1,24}})" if wide else r"(?:(?P<han>(?!)))?"
    return re.compile(
        rf"(?P<num>{digit}(?:{digit}|[{re.escape(seps)}{point}](?={digit})){{0,{_MAX_RUN}}})"
        r"(?P<att>mln|mn|bln|bn|trn|tn|[kKmMbBc])?"
        rf"|\b(?P<words>(?:{first}|[Aa]n?(?=[ -](?:{_A_FOLLOWERS})\b))\b"
        rf"(?:[ -](?:{follow})\b){{0,8}})" + han
    )


#: Chinese numerals: read only when a currency follows ("十五美元", "四十九兆九千億元").
_HAN_NUMERALS = "零〇一二两兩三四五六七八九十百千万萬亿億兆"
#: Full-width digits and point, as Chinese and Japanese text writes them.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
#: The characters only the wide scanner reads: the scanner differs on nothing else. This class
#: compiles in a quarter of a millisecond; one of the CJK blocks took 2 ms (the regex compiler
#: marks each of its 28,000 code points), on every text with a curly quote or a dash.
_WIDE_RE = _lazy(f"[０-９．{_HAN_NUMERALS}]")

#: Longest digit run (with separators) the scanner takes in one step. The bound keeps the regex
#: engine from stacking one backtrack point per character on a megabyte of digits; a longer run
#: is skipped with a single-class regex, which runs in constant memory.
_MAX_RUN = 48


@lru_cache(maxsize=16)
def _run_rest(decimal: str, group: str) -> re.Pattern[str]:
    seps = decimal + ("\u00a0\u202f " if group.isspace() else group)
    return re.compile(rf"[0-9０-９．{re.escape(seps)}]*")


@lru_cache(maxsize=16)
def _valid_number(decimal: str, group: str) -> re.Pattern[str]:
    return re.compile(digits_pattern(decimal, group))


# --------------------------------------------------------------------------- atoms


class _Atom:
    """One number with what surrounds it, before ranges are joined (mutable, internal).

    A plain slotted class, not an attrs class: it is never compared, hashed or shown, and
    building an attrs class costs most of a millisecond at every start-up.
    """

    __slots__ = (
        "consumed_before",
        "currency",
        "currency_after",
        "end",
        "exponent",
        "floor",
        "has_magnitude",
        "noun",
        "num_end",
        "num_start",
        "percent",
        "plus",
        "qualifier",
        "qualifier_read",
        "scale",
        "start",
        "value",
        "words",
        "year_like",
    )

    def __init__(
        self,
        *,
        start: int,
        end: int,
        num_start: int,
        num_end: int,
        value: Decimal,
        exponent: int,
        scale: Decimal,
        has_magnitude: bool,
        words: bool,
    ) -> None:
        self.start = start
        self.end = end
        self.num_start = num_start
        self.num_end = num_end
        self.value = value
        self.exponent = exponent
        self.scale = scale
        self.has_magnitude = has_magnitude
        self.words = words
        self.currency: Currency = None
        self.currency_after = False
        self.percent = False
        self.plus = False
        self.qualifier: str | None = None
        self.qualifier_read = False  # see ``_qualifier``
        self.floor = 0
        self.noun: str | None = None
        self.year_like = False
        self.consumed_before = 0


_SPACES = " \u00a0\u202f"
_SPACES_SET = frozenset(_SPACES)
_SYMBOL_CHARS = frozenset(_symbol_chars())
_MONTH_WORDS = frozenset(_MONTHS.split("|"))
_ID_WORDS = frozenset(["no", "nos", "number", "version", "v", "ver", "rev", "room", "page", "p"])


def _currency_words() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case words that can start / end a currency written in words: cheap gates."""
    # The names' own first and last words ("saudi", "riyal", "saudiriyal") are generated into
    # the lexicon by scripts/build_lexicon.py: deriving them here cost a millisecond a run.
    singles = {code.lower() for code in _lexicon.CODES}
    singles |= set(_lexicon.HEADS) | {"dollar", "dollars", "buck", "bucks", "sterling"}
    singles |= {"yuan", "renminbi", "rmb", "quid"} | set(SUBUNITS)
    singles |= {symbol.lower() for symbol in LETTER_SYMBOLS}
    singles |= {symbol.lower().rstrip(".") for symbol in LETTER_SYMBOLS}
    return _lexicon.NAME_FIRSTS | singles, _lexicon.NAME_LASTS | singles


#: Filled on the first call of ``extract`` (building them costs milliseconds at import).
_FIRST_WORDS: frozenset[str] = frozenset()
_LAST_WORDS: frozenset[str] = frozenset()
_HEAD_ONLY: frozenset[str] = frozenset()
_QUAL_LAST = frozenset(q.rsplit(" ", 1)[-1] for q in [*_QUALIFIERS, *_RANGE_OPENERS])
_AHEAD_WORD = r"[A-Za-z][A-Za-z.']*(?:’[A-Za-z.']*)*"
_WORDS_AHEAD_RE = _lazy(rf"({_AHEAD_WORD})(?:[ -]({_AHEAD_WORD}))?")


def _word_before(text: str, end: int, floor: int) -> str:
    """The last word (letters and dots) ending at ``end``, looking back at most 24 characters."""
    if text[end - 1 : end].isspace():
        return ""
    # Only the last word is wanted: one split from the right.
    parts = text[max(floor, end - 24) : end].rsplit(None, 1)
    if not parts:
        return ""
    return parts[-1].lstrip("([{\"'“‘-")


_MAGNITUDE_STARTS = frozenset("tmbklcTMBKLC万萬亿億千百兆十")


def _gap_end(text: str, pos: int) -> int:
    """Where a word after a number ending at ``pos`` may start: after a hyphen (or a soft
    hyphen) or a gap there, else ``pos``.

    A gap is a short run of spaces with at most one line break ("HKD 50\nmillion" in
    hard-wrapped Markdown): up to four spaces or tabs, an optional line break, up to four more
    after it. Walked here rather than written into the magnitude regexes: a character class
    with the narrow no-break space costs the regex compiler a quarter of a millisecond.
    """
    c = text[pos : pos + 1]
    if c == "-" or c == "\u00ad":
        return pos + 1
    if c == " ":
        if text[pos + 1 : pos + 2] not in _GAP_NEXT:
            return pos + 1  # the common case, one plain space: no loop
    elif not c or (c not in _GAP_CHARS and c not in "\r\n"):
        return pos
    i, n = pos, len(text)
    while i < n and i - pos < 4 and text[i] in _GAP_CHARS:
        i += 1
    if text.startswith("\r\n", i):
        i += 2
    elif text.startswith("\n", i):
        i += 1
    else:
        return i
    start = i
    while i < n and i - start < 4 and text[i] in _GAP_CHARS:
        i += 1
    return i


def _next_char(text: str, pos: int) -> str:
    """The character at ``pos``, or after a hyphen or a gap there; " " at the end."""
    i = _gap_end(text, pos)
    return text[i : i + 1] or " "


def _magnitude_after(text: str, pos: int, locale: str | None) -> tuple[Decimal, int] | None:
    """The magnitude word after a number ending at ``pos`` ("million", with a locale "Mrd."):
    its scale and end. A soft hyphen (U+00AD) is a gap too: "50\u00admillion"."""
    start = _gap_end(text, pos)
    c = text[start : start + 1]
    if locale is not None:
        words = _locale_words(locale)
        if words is not None and c in words.magnitude_starts:
            mm = words.magnitude.match(text, start)
            if mm is not None:
                return words.scales[mm.group("m").lower().rstrip(".")], mm.end()
    if c in _MAGNITUDE_STARTS:
        mm = _MAGNITUDE_WORDS_RE.match(text, start)
        if mm is not None and (mm.group("m") or start == pos):
            key = " ".join((mm.group("m") or mm.group("c")).lower().split())
            return MAGNITUDES[key], mm.end()
    return None


def _percent_after(text: str, pos: int, locale: str | None) -> int | None:
    """The end of a percent sign or word after a number ending at ``pos`` ("%", "per cent",
    with a locale "Prozent"), or None.

    String operations for the English forms: this runs for most numbers, and a regex of them
    cost a fifth of a millisecond to compile.
    """
    q = pos + 1 if text[pos : pos + 1] in _SPACES_SET else pos
    c = text[q : q + 1]
    if c == "%" or c == "％":
        return q + 1
    if c == "p" or c == "P":
        ahead = text[q : q + 8].lower()
        for word in _PERCENT_WORDS:
            end = q + len(word)
            if ahead.startswith(word) and not _is_word_char(text[end : end + 1]):
                if word == "pc" and text[q : q + 2] != "pc":
                    continue
                return end
    if locale is not None:
        words = _locale_words(locale)
        if words is not None and words.percent is not None and c.lower() in words.percent_starts:
            pm = words.percent.match(text, q)
            return None if pm is None else pm.end()
    return None


def _is_word_char(c: str) -> bool:
    """Whether ``c`` is a regex word character (what a ``\\b`` tests); False for ""."""
    return c.isalnum() or c == "_"


#: Words that join a magnitude to its currency in French and Portuguese ("1,2 milliard d'euros",
#: "10 milhões de euros"). CLDR has no such data, so they are written here.
_CONNECTORS: dict[str, tuple[str, ...]] = {"fr": (" de ", " d'", " d’"), "pt": (" de ",)}


def _connector_end(text: str, pos: int, locale: str) -> int | None:
    """Where the currency starts after a connector at ``pos`` (at the space before it)."""
    for connector in _CONNECTORS.get(locale.replace("-", "_").split("_", 1)[0], ()):
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
    # Both are matched where the word starts (after ``_gap_end``, after one optional space).
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


def _is_mcode(word: str) -> bool:
    return len(word) == 4 and word[0] == "M" and word.isupper() and word[1:] in _lexicon.CODES


def _split_words(text: str, base: int) -> list[tuple[str, int, int]]:
    return [(m.group(), base + m.start(), base + m.end()) for m in _WORD_SPLIT_RE.finditer(text)]


def _word_currency(word: str, *, after_number: bool) -> tuple[Currency, Decimal] | None:
    """A single word as a currency: code, letter symbol, head word, "MUSD"; with a scale."""
    bare = word[:-1] if word.endswith(".") else word
    if word in LETTER_SYMBOLS:
        return LETTER_SYMBOLS[word], _ONE
    if bare in LETTER_SYMBOLS:
        return LETTER_SYMBOLS[bare], _ONE
    code = code_currency(bare, after_number=after_number)
    if code is not None:
        return code, _ONE
    if len(bare) == 4 and bare[0] == "M" and bare.isupper():
        code = code_currency(bare[1:], after_number=True)
        if code is not None:
            return code, MAGNITUDES["million"]
    lower = bare.lower()
    if lower in SUBUNITS and after_number:
        currency, factor = SUBUNITS[lower]
        return currency, Decimal(1) / factor
    found = name_currency(lower)
    if found is not None:
        return found, _ONE
    return None


def _suffix_currency(
    text: str, pos: int, locale: str | None, *, words_only: bool = False
) -> tuple[Currency, Decimal, int] | None:
    """Currency written after a number at ``pos``: (currency, scale factor, end).

    With ``words_only`` (the number already has a currency before it) a symbol after it is
    left alone: in "$ 20 $ 37" the second "$" starts the next amount.
    """
    if pos >= len(text):
        return None
    q = pos + 1 if text[pos] in _SPACES or text[pos] == "-" else pos
    c = text[q : q + 1]
    if not c:
        return None
    if c.isascii() and c.isalpha():
        w = _WORDS_AHEAD_RE.match(text, q)
        assert w is not None
        first, second = w.group(1), w.group(2)
        glued_symbol = text[w.end(1) : w.end(1) + 1] in _SYMBOL_CHARS  # "3.14US$"
        if not (
            glued_symbol
            or first.lower().rstrip(".") in _FIRST_WORDS
            or "." in first
            or _is_mcode(first)
            or (second is not None and second.lower().rstrip(".") in _lexicon.HEADS)
        ):
            return None
    elif c not in _SYMBOL_CHARS and ord(c) <= 0x2E7F:
        return None
    m = None if words_only else _SUFFIX_SYMBOL_RE.match(text, q if text[pos] in _SPACES else pos)
    if m is not None and m.group("s") not in _SYMBOL_CHARS:
        m = None
    if m is not None:
        letters, symbol, right = m.group("l"), m.group("s"), m.group("r")
        if symbol in SUBUNITS and not letters:
            currency, factor = SUBUNITS[symbol]
            return currency, Decimal(1) / factor, m.end("s")
        if letters:
            code = symbol_currency(letters + symbol, locale)
            if code is None and symbol == "$":
                code = DOLLAR_LETTERS.get(letters.lower()) or code_currency(
                    letters, after_number=True
                )
            if code is not None:
                return code, _ONE, m.end("s")
        elif right:
            code = symbol_currency(symbol + right, locale)
            if code is not None:
                return code, _ONE, m.end("r")
        if not letters:
            bare = _bare_symbol(symbol, locale)
            if bare is not None:
                return bare, _ONE, m.end("s")
    ch = text[pos]
    if ch == " " and pos + 1 < len(text):
        ch = text[pos + 1]
        start = pos + 1
    else:
        start = pos
    if ord(ch) > 0x2E7F:  # CJK: names are written straight after the digits, no spaces
        for size in (4, 3, 2, 1):
            key = text[start : start + size]
            if len(key) < size:
                continue
            key = key.replace("圆", "元").replace("圓", "元")  # the formal character for yuan
            code = _lexicon.NAMES.get(key) or symbol_currency(key, locale)
            if code is not None:
                return code, _ONE, start + size
        return None
    dotted = _DOTTED_RE.match(text, pos)
    if dotted is not None:
        # "L.E", "l.e.": a dotted abbreviation reads as its capital letters ("LE")
        code = LETTER_SYMBOLS.get(dotted.group("d").replace(".", "").upper())
        if code is not None:
            return code, _ONE, dotted.end()
    m = _SUFFIX_WORDS_RE.match(text, q)
    if m is None:
        return None
    words = _split_words(m.group("w"), m.start("w"))
    for size in range(len(words), 0, -1):
        end = words[size - 1][2]
        if end < len(text) and text[end].isdigit():
            continue  # "3 USD50": the code belongs to the next number
        hit: tuple[Currency, Decimal] | None
        if size == 1:
            hit = _word_currency(words[0][0], after_number=True)
        else:
            key = " ".join(w[0] for w in words[:size]).lower().rstrip(".")
            code = _lexicon.NAMES.get(key)
            hit = (code, _ONE) if code is not None else None
            if hit is None and size == 2:
                # "pounds sterling": two currency words that agree are one name
                one = _word_currency(words[0][0], after_number=True)
                if one is not None and one == _word_currency(words[1][0], after_number=True):
                    hit = one
            modifier = words[0][0]
            if (
                hit is None
                and size == 2
                and modifier.lower() not in _STOP
                and modifier.lower() not in NUMBER_WORDS
                and _word_currency(modifier, after_number=True) is None
            ):
                # one modifier before a currency word: "42 malaysia ringgit"
                head = head_currency(words[1][0].lower().rstrip("."))
                hit = (head, _ONE) if head is not None else None
        if hit is not None:
            if words[size - 1][0].endswith(".") and not _keeps_dot(words[size - 1][0]):
                end -= 1
            return hit[0], hit[1], end
    return None


def _bare_symbol(symbol: str, locale: str | None) -> Currency:
    """A symbol on its own: "$" (and "＄") is some dollar, whatever CLDR's default reading.

    The full-width yen sign is JPY in Japanese and CNY in Chinese CLDR data alike, so it is read
    as "¥" is: by the locale, else JPY unless the text is Chinese (see ``_Figures``).
    """
    if symbol in ("$", "＄"):
        return AmbiguousDollar()
    if symbol == "￥":
        return symbol_currency("￥", locale) or symbol_currency("¥", locale)
    return symbol_currency(symbol, locale)


def _keeps_dot(word: str) -> bool:
    return word in LETTER_SYMBOLS


def _prefix_currency(
    text: str, start: int, floor: int, locale: str | None
) -> tuple[Currency, Decimal, int] | None:
    """Currency written before the number at ``start``: (currency, scale factor, its start)."""
    j = start - 1 if start > floor and text[start - 1] in _SPACES else start
    if j <= floor:
        return None
    c = text[j - 1]
    if ord(c) > 0x2E7F and c not in _SYMBOL_CHARS:
        # CJK: "元100", "人民币100" are written with no space
        for size in (4, 3, 2, 1):
            if j - size < floor:
                continue
            key = text[j - size : j]
            code = _lexicon.NAMES.get(key) or symbol_currency(key, locale)
            if code is not None:
                return code, _ONE, j - size
        return None
    if c not in _SYMBOL_CHARS:
        if not (c.isascii() and (c.isalpha() or c == ".")):
            return None
        word = _word_before(text, j, floor).lower()
        known = word in _LAST_WORDS or word.rstrip(".") in _LAST_WORDS
        if not known and not _is_mcode(word.upper()):
            return None
    lo = max(floor, start - _WINDOW)
    if c in _SYMBOL_CHARS:
        # The sign is ``c``; at most five characters ("U.S. ") of letters precede it, so the
        # search for them starts there instead of 40 characters back.
        symbol = c
        head = text[lo : j - 1]
        m = _PREFIX_LETTERS_RE.search(head, max(0, len(head) - 5))
        letters = m.group("l") if m is not None else None
        if m is not None and letters:
            key = letters.lower()
            spaced = bool(m.group("sp"))
            # One letter spaced from the symbol is a word or an initial, not part of it:
            # "Series C $50M" is dollars ("US $50M" and "C$50M" keep their letters). Lower-case
            # "c $" is the exception: tokenised, lower-cased text (the Recognizers-Text corpus)
            # writes "C$" so, and prose has no lower-case one-letter "c" before an amount.
            if not spaced or len(key.replace(".", "")) >= 2 or letters == "c":
                code = symbol_currency(letters + symbol, locale)
                if code is None and symbol == "$":
                    code = DOLLAR_LETTERS.get(key) or code_currency(letters, after_number=True)
                if code is not None:
                    return code, _ONE, lo + m.start("l")
        if symbol in SUBUNITS:
            return None
        bare = _bare_symbol(symbol, locale)
        if bare is not None:
            return bare, _ONE, j - 1
        return None
    # The words end at ``j``: before the number, or before the one space ahead of it.
    m = _PREFIX_WORDS_RE.search(text[lo:j])
    if m is None:
        return None
    words = _split_words(m.group("w"), lo + m.start("w"))
    for size in range(min(len(words), 4), 0, -1):
        chunk = words[-size:]
        hit: tuple[Currency, Decimal] | None
        if size == 1:
            hit = _word_currency(chunk[0][0], after_number=False)
            if hit is not None and hit[0] is not None and chunk[0][0].lower() in _HEAD_ONLY:
                hit = (hit[0], Decimal(-1))  # a bare head word: caller checks the number
        else:
            code = _lexicon.NAMES.get(" ".join(w[0] for w in chunk).lower())
            hit = (code, _ONE) if code is not None else None
        if hit is not None:
            return hit[0], hit[1], chunk[0][1]
    return None


def _is_head_word(word: str) -> bool:
    return head_currency(word) is not None and word.upper() not in _lexicon.CODES


def _prepare() -> None:
    global _FIRST_WORDS, _LAST_WORDS, _HEAD_ONLY
    if _FIRST_WORDS:
        return
    heads = frozenset(w for w in _lexicon.HEADS if _is_head_word(w)) | {"dollar", "dollars"}
    _HEAD_ONLY = heads
    firsts, _LAST_WORDS = _currency_words()
    _FIRST_WORDS = firsts  # set last: it is the "ready" flag


def _noun_after(text: str, pos: int, *, value: Decimal | None = None) -> str | None:
    """Head noun of the noun phrase starting at ``pos`` ("related companies" -> "companies").

    ``value``: the number; when it is one, the singular "person" is a head noun ("One person
    dies").
    A casualty word first ("3 dead in crash", "5 injured") counts people; it is the head
    unless a plural noun follows it ("3 injured workers" -> "workers").
    """
    m = _NOUN_RE.match(text, pos)
    if m is None:
        return None
    words: list[str] = m.group("w").split(" ")
    first = True
    for i, raw in enumerate(words[:5]):
        word = raw.lower().strip("'’-")
        if word == "and" and not first and i + 1 < len(words):
            continue
        if first and word in CASUALTY_WORDS:
            after = _noun_after(text, m.start("w") + len(raw)) if len(words) > 1 else None
            return after if after is not None and words[1].lower() == after else word
        core = word.replace("-", "")
        if word in _STOP or not core.isalnum():
            return None
        first = False
        if not core.isalpha():
            continue  # a modifier such as "Web3" or "F-35": the head noun comes later
        if word in _IRREGULAR_PLURALS or (word == "person" and value == 1):
            return word
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            return word
    return None


#: Words that count people in news of accidents and disasters ("3 dead", "12 injured", "five
#: died"). Public: a count with one of these as its ``unit_noun`` counts people (for the checker).
CASUALTY_WORDS = frozenset(["dead", "died", "killed", "injured", "wounded", "missing", "hurt"])


def _qualifier(text: str, atom: _Atom) -> str | None:
    """The qualifier before ``atom`` ("more than"), read on first use.

    Only a number that becomes a figure or may open a range needs it, about half of those found
    in business text (years, dates and ids do not). ``atom.start`` no longer moves once its
    prefix is read, so reading it later gives the same answer.
    """
    if not atom.qualifier_read:
        atom.qualifier = _qualifier_before(text, atom.start, atom.floor)
        if atom.qualifier == "top" and not _top_is_a_verb(text, atom):
            atom.qualifier = None
        atom.qualifier_read = True
    return atom.qualifier


def _top_is_a_verb(text: str, atom: _Atom) -> bool:
    """ "reserves top $600 billion" (more than), not "the top 10", "top 5%" or "Top $5M deals":
    before an amount of money, after a word that is no determiner."""
    if atom.currency is None:
        return False
    words = text[max(atom.floor, atom.start - _WINDOW) : atom.start].split()
    return len(words) >= 2 and words[-2].lower().strip("'’\"“") not in _DETERMINERS


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})


def _qualifier_before(text: str, pos: int, floor: int) -> str | None:
    lo = max(floor, pos - 24)
    if lo >= pos:
        return None
    j = pos
    while j > lo and text[j - 1] in " \u00a0(":
        j -= 1
    candidates = _QUAL_BY_LAST.get(_word_before(text, j, lo).lower())
    if candidates is None:
        return None
    # What may stand between the qualifier and the number: spaces, then "(" and one space
    # ("over ( 5", "about (5"). String operations, not a regex: compiling the alternation of
    # every qualifier cost a third of a millisecond at each start-up.
    window = text[lo:pos].lower()
    if window.endswith(("(", "( ")):
        window = window[: window.rindex("(")]
    words = window.rstrip(" \u00a0")
    if len(words) == len(window):
        return None  # the qualifier must be followed by a space
    for qualifier in candidates:
        if words.endswith(qualifier):
            cut = len(words) - len(qualifier)
            if cut == 0 or not ("a" <= words[cut - 1] <= "z"):
                return qualifier
    return None


@lru_cache(maxsize=1024)
def _read_words(words_text: str) -> tuple[Decimal, int, int, bool] | None:
    """Number words as the scanner found them ("three", "one hundred and twenty"): value,
    exponent of the last stated digit, length of the part read, and whether it starts with
    "a"/"an"; None if they do not make a number.

    Cached: the same few words ("two", "three", "a half") come back again and again, and
    reading them splits and parses the run each time. The result depends on the words alone.
    """
    tokens = _split_words(words_text.replace("-", " "), 0)
    read = parse_words([t[0].lower() for t in tokens])
    if read is None:
        return None
    value, used = read
    stated = value.as_tuple().exponent
    exponent = stated if isinstance(stated, int) and stated < 0 else 0
    return value, exponent, tokens[used - 1][2], tokens[0][0].lower() in ("a", "an")


def _atom_at(
    text: str,
    m: re.Match[str],
    decimal: str,
    group: str,
    floor: int,
    locale: str | None,
) -> tuple[_Atom | None, int]:
    """Build the atom for scanner match ``m``; returns (atom or None, position to scan on)."""
    words_text = m.group("words")
    att = m.group("att")
    han = m.group("han")
    if han is not None:
        value = parse_han(han)
        if value is None:
            return None, m.end()
        exponent = 0
        num_start, num_end = m.span("han")
        is_words = True
        glued = False
        a_first = False
    elif words_text is None:
        num_start, num_end = m.span("num")
        number = m.group("num")
        if not number.isascii():
            number = number.translate(_FULLWIDTH)
        if num_end - num_start > _MAX_RUN and text[num_end : num_end + 1].isdigit():
            rest = _run_rest(decimal, group).match(text, num_end)
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
        if not plain and _valid_number(decimal, group).fullmatch(number) is None:
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
                and not (after == "p" and _percent_after(text, num_end, locale) is not None)
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
    scale = _ONE
    has_magnitude = False
    cents = att == "c"  # "43c": cents written the Australian and newsroom way
    if cents:
        att = None
        end = scan_on = m.end("att")
    if att is not None:
        scale = MAGNITUDES[att.lower()]
        has_magnitude = True
        end = m.end("att")
        scan_on = end
    else:
        magnitude = _magnitude_after(text, end, locale)
        if magnitude is not None:
            scale, end = magnitude
            has_magnitude = True
    atom = _Atom(
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
    percent_end = _percent_after(text, end, locale)
    if percent_end is not None:
        atom.percent = True
        atom.end = percent_end
    prefix = None if atom.percent or cents else _prefix_currency(text, num_start, floor, locale)
    if prefix is not None and prefix[1] < 0:
        # A lone currency word before a number ("dollar 22.5 million") is money only if the
        # number cannot be a year or a title: "Euro 2024" is a tournament.
        if not has_magnitude and (exponent == 0 and 1000 <= value <= 2200):
            prefix = None
        else:
            prefix = (prefix[0], _ONE, prefix[2])
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
            linked = _connector_end(text, end, locale)
            if linked is not None:
                suffix = _suffix_currency(text, linked, locale)
        if suffix is None:
            suffix = _suffix_currency(text, end, locale, words_only=prefix is not None)
        if suffix is not None and (prefix is None or _same_unit(prefix[0], suffix[0])):
            if prefix is None:
                atom.currency = suffix[0]
                atom.currency_after = True
                atom.scale *= suffix[1]
            atom.end = end = suffix[2]
            magnitude = None if atom.has_magnitude else _magnitude_after(text, end, locale)
            if magnitude is not None:
                atom.scale *= magnitude[0]
                atom.has_magnitude = True
                atom.end = end = magnitude[1]
    # "100m sprint", "5k run": an attached letter is a magnitude for money, and for a count only
    # when a plural noun follows straight away ("5m people", see ``_count_noun``); otherwise the
    # number is kept only to close a range ("$5-6m").
    lettered = att is not None and atom.currency is None and not atom.percent
    if han is not None and atom.currency is None:
        return None, m.end()  # "一" and "十" are everywhere in Chinese prose
    lone_a = is_words and a_first and value == 1
    if lone_a and atom.currency is None and not atom.percent and not has_magnitude:
        return None, scan_on
    atom.floor = floor  # for ``_qualifier``
    atom.year_like = (
        not is_words
        and exponent == 0
        and not has_magnitude
        and len(m.group("num") or "") == 4
        and 1800 <= value <= 2100
    )
    if atom.currency is None and not atom.percent:
        atom.noun = _count_noun(text, atom, floor, lettered=lettered)
    return atom, scan_on


def _same_unit(a: Currency, b: Currency) -> bool:
    if a == b:
        return True
    dollars = (isinstance(a, AmbiguousDollar) and a.symbol == "$") or a in DOLLAR_CODES
    return dollars and (isinstance(b, AmbiguousDollar) and b.symbol == "$")


def _count_noun(text: str, atom: _Atom, floor: int, *, lettered: bool = False) -> str | None:
    """The counted noun after a bare number, unless the number is a date, an id or a code.

    ``lettered``: the number has an attached one-letter magnitude ("5m"), which is read as a
    count only before a plural noun that is not a race or a distance ("5m people", not "100m
    hurdles" or "2m tall players").
    """
    if atom.year_like or (atom.exponent < 0 and not atom.has_magnitude):
        return None
    start, end = atom.num_start, atom.end
    if end + 1 >= len(text) or text[end] not in _SPACES:
        if end < len(text) and text[end].isalnum():
            return None  # "5G networks": a glued letter is a name, not a noun phrase
        return casualty_before(text, start, floor)  # "Storm kills 12", "kills 12, hurts 30"
    following = text[end + 1]
    if not (following.isascii() and following.isalpha()):
        return None
    if start - 2 >= floor and text[start - 1] == "-" and text[start - 2].isalpha():
        return None  # "Covid-19 cases", "F-35 jets": the number is part of a name
    j = start - 1 if start > floor and text[start - 1] in _SPACES else start
    named = False
    if j > floor:
        c = text[j - 1]
        if c == "#" or (c.isdigit() and j != start):
            return None  # "#5", "2345 6789": an id or a phone number
        if c.isalpha() or c == ".":
            written = _word_before(text, j, floor)
            word = written.lower().rstrip(".")
            if word in _MONTH_WORDS or word in _ID_WORDS:
                return None
            named = (
                j != start
                and not atom.words
                and not atom.plus
                and not atom.has_magnitude
                and _is_model_name(written, word)
            )
    if _month_after(text, end):
        return None
    noun = _noun_after(text, end, value=atom.value if atom.scale is _ONE else None)
    if noun is None:
        noun = _share_noun(text, end) or casualty_before(text, start, floor)
    if named and noun is not None and _written_lower(text, end, noun):
        return None  # "Boeing 737 jets", "Windows 11 Pro users": a model, not a count
    if lettered and (
        noun is None
        or text[end + 1 : end + 1 + len(noun)].lower() != noun
        or noun in _NOT_COUNTED_AFTER_LETTER
    ):
        return None  # "5m new users": only a noun straight after the letter is certain enough
    return noun


#: Verbs whose object is a number of casualties ("Earthquake kills more than 2,000 in
#: Morocco", "injuring 30"), with the casualty word that count gets.
_KILL_VERBS: dict[str, str] = dict.fromkeys(("kill", "kills", "killed", "killing"), "killed") | (
    dict.fromkeys(("injure", "injures", "injured", "injuring"), "injured")
)
#: Qualifier words that may stand between such a verb and its number.
_KILL_GAP = frozenset({"more", "than", "over", "at", "least", "nearly", "almost", "about", "some"})


def casualty_before(text: str, start: int, floor: int = 0) -> str | None:
    """The casualty word ("killed", "injured") for a number at ``start`` that a verb of killing
    or injuring takes ("kills more than 2,000"), else None; ``text`` is read from ``floor``."""
    words = text[max(floor, start - 40) : start].lower().split()
    for word in reversed(words[-4:]):
        if word in _KILL_VERBS:
            return _KILL_VERBS[word]
        if word not in _KILL_GAP:
            return None
    return None


_SHARE_RE = _lazy(r" of (?:the |its |their )?[1-9][0-9,]* ")


def _share_noun(text: str, pos: int) -> str | None:
    """The noun of "411 of the 650 seats": a part counts what its whole counts."""
    m = _SHARE_RE.match(text, pos)
    return None if m is None else _noun_after(text, m.end())


def _month_after(text: str, pos: int) -> bool:
    """Whether a month name follows the space at ``pos`` ("25 April", "5 Jan.")."""
    if text[pos : pos + 1] not in (" ", "\u00a0"):
        return False
    # The longest month name and the character after it, which must end the word (as a regex
    # \b would: no letter, digit or "_").
    ahead = text[pos + 1 : pos + 11].lower()
    for month in _MONTHS_BY_FIRST.get(ahead[:1], ()):
        if ahead.startswith(month) and not _is_word_char(ahead[len(month) : len(month) + 1]):
            return True
    return False


_MONTHS_BY_FIRST: dict[str, tuple[str, ...]] = {
    first: tuple(m for m in _MONTHS.split("|") if m[0] == first) for first in "jfmasond"
}


#: Plural nouns after "100m" or "5k" that make it a distance, not a count.
_DISTANCE_WORDS = """
hurdles runners races relays laps heats finals sprints sprinters swimmers walkers riders
metres meters miles kilometres kilometers
"""
_NOT_COUNTED_AFTER_LETTER = frozenset(_DISTANCE_WORDS.split())
#: Capitalised words that start sentences before a number: not a product or model name.
_OPENER_WORDS = """
only just exactly roughly fully another nearly almost even still today yesterday now
including plus top latest last first next those these all both
"""
_SENTENCE_OPENERS = frozenset(_OPENER_WORDS.split())


def _written_lower(text: str, pos: int, noun: str) -> bool:
    """Whether ``noun`` (found in the phrase at ``pos``) is written in lower case there."""
    window = text[pos : pos + 80]
    at = window.lower().find(noun)
    return at >= 0 and window[at].islower()


def _is_model_name(written: str, word: str) -> bool:
    """Whether the word written before a number makes it a model or product number.

    Only a capitalised word (an ampersand allowed: "S&P") that is no function word, qualifier
    or number word ("Boeing", "Windows", "iPhone"), and only when the counted noun is in lower
    case: in a title-case headline ("Cyberport Welcomes 150+ Companies") the noun is capitalised
    too, and it stays a count. A possessive ("Boeing's 200 engineers") is no name.
    """
    core = written.rstrip(".")
    return (
        len(core) > 1
        and core.replace("&", "").isalpha()  # "S&P 500 hits a record"
        and not core.islower()
        and word not in _STOP
        and word not in _QUAL_LAST
        and word not in NUMBER_WORDS
        and word not in _SENTENCE_OPENERS
        and word not in _RANGE_OPENERS
    )


# --------------------------------------------------------------------------- joining


_RANGE_SEP_RE = _lazy(r"[ \u00a0]*(?:-|–|—|to|and|through)[ \u00a0]*$", re.IGNORECASE)
_CENTS_SEP_RE = _lazy(r"[ \u00a0]*(?:and[ \u00a0]+)?$", re.IGNORECASE)


def _kind(atom: _Atom) -> Kind | None:
    if atom.currency is not None:
        return Kind.MONEY
    if atom.percent:
        return Kind.PERCENT
    if atom.noun is not None:
        return Kind.COUNT
    return None


def _try_range(text: str, a: _Atom, b: _Atom) -> bool:
    """Join ``b`` into ``a`` as a range when the text between them says so."""
    between = text[a.end : b.start]
    if len(between) > 12 or not _RANGE_SEP_RE.fullmatch(between):
        return False
    sep = between.strip().lower()
    if sep == "and" and _qualifier(text, a) != "between":
        return False
    if a.words and _kind(a) is None and sep not in ("-", "–") and _qualifier(text, a) != "between":
        return False  # "a quarter to $254 million" is not a range
    if a.year_like and not b.has_magnitude and b.currency is None:
        return False  # "2021-22": a fiscal year
    ka, kb = _kind(a), _kind(b)
    if ka is not None and kb is not None and ka != kb:
        return False
    if a.currency is not None and b.currency is not None and not _same_unit(a.currency, b.currency):
        return False
    if a.percent != b.percent and not (a.currency is None and kb == Kind.PERCENT):
        return False
    scale = a.scale
    if not a.has_magnitude and b.has_magnitude and a.value * a.scale * b.scale <= b.value * b.scale:
        scale = a.scale * b.scale  # "$5-6 million": the magnitude applies to both
    if a.value * scale > b.value * b.scale:
        return False
    if sep == "to" and (
        _qualifier(text, a) == "from"
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
    return True


# Words of movement, read here for "rose $50m to $410m" and by the checker for the direction
# of a claim ("Profits fall 30%" is not "profits rose 30%").
_RISE_TEXT = """
rise rises rising risen rose up gain gains gained gaining jump jumps jumped jumping surge surges
surged surging climb climbs climbed climbing increase increases increased increasing grow grows
grew grown growing growth soar soars soared soaring rally rallies rallied rallying boost boosts
boosted boosting hike hikes hiked hiking higher spike spikes spiked rebound rebounds rebounded
leap leaps leapt leaped expand expands expanded expanding expansion hire hires hired hiring
accelerate accelerates accelerated accelerating add adds added adding more above
"""
_FALL_TEXT = """
fall falls fell fallen falling down drop drops dropped dropping decline declines declined declining
slump slumps slumped slumping plunge plunges plunged plunging plummet plummets plummeted
plummeting shrink shrinks shrank shrunk shrinking cut cuts cutting decrease decreases decreased
decreasing lower lowered lowers lowering slide slides slid sliding sink sinks sank sunk sinking
tumble tumbles tumbled tumbling dip dips dipped dipping slip slips slipped slipping lose loses lost
losing shed sheds shedding slash slashes slashed slashing reduce reduces reduced reducing
reduction contracted contraction ease eases eased axe axes axed axing slow slows slowed slowing
wipe wipes wiped wiping erase erases erased erasing minus fewer less below
"""
# Deliberately left out: "raise" (a startup raises money), "contract" (a contract is a deal),
# "loss" (a loss is a level, not a movement), "advance" (a loan), "easing" (quantitative easing).
RISE_WORDS = frozenset(_RISE_TEXT.split())
FALL_WORDS = frozenset(_FALL_TEXT.split())
#: Comparatives among them that bound a figure they stand before ("more than 150", "below
#: $60,000") and move only one they follow ("30% more").
BOUND_WORDS = frozenset({"more", "fewer", "less", "above", "below"})
# Before "X to Y" these make X a change and Y the level reached, not a range ("more than 5 to
# 10" is a range).
_MOVEMENT_WORDS = (RISE_WORDS | FALL_WORDS | {"by"}) - BOUND_WORDS


def _moves_before(text: str, atom: _Atom) -> bool:
    j = atom.start
    while j > atom.floor and text[j - 1] in " \u00a0":
        j -= 1
    return _word_before(text, j, atom.floor).lower() in _MOVEMENT_WORDS


def _share_unit(a: _Atom, b: _Atom) -> None:
    if a.currency is None and b.currency is not None:
        a.currency = b.currency
        if not a.has_magnitude and b.has_magnitude:
            a.scale *= b.scale
            a.has_magnitude = True
    a.percent = a.percent or b.percent


def _try_cents(text: str, a: _Atom, b: _Atom) -> bool:
    """Join "3 dollars 50 cents", "15 dollars and 50", "$20 43" into one amount."""
    if a.currency is None or a.has_magnitude or a.exponent != 0 or a.scale != 1:
        return False
    between = text[a.end : b.start]
    if len(between) > 6 or not _CENTS_SEP_RE.fullmatch(between):
        return False
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
    ):
        return False
    if not 0 < b.value < 100:
        return False
    a.value = a.value + b.value / 100
    a.exponent = -2
    a.end = b.end
    return True


# --------------------------------------------------------------------------- figures


def _interval(
    value: Decimal, low: Decimal, high: Decimal, qualifier: str | None
) -> tuple[Decimal, Decimal]:
    kind = _QUALIFIERS.get(qualifier or "", Qualifier.NONE)
    if kind is Qualifier.APPROX:
        wide_low = min(low, value * (1 - _APPROX_WIDTH))
        if qualifier in _BELOW_WORDS:
            return wide_low, high
        return wide_low, max(high, value * (1 + _APPROX_WIDTH))
    if kind in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        return value, UNBOUNDED
    if kind in (Qualifier.AT_MOST, Qualifier.LESS_THAN):
        return Decimal(0), value
    return low, high


def _figure_kind(a: _Atom, b: _Atom | None) -> Kind | None:
    kind = _kind(a)
    if kind is None and b is not None:
        kind = _kind(b)
    return kind


def _figure(text: str, a: _Atom, b: _Atom | None, kind: Kind, currency: Currency) -> Figure:
    """The figure for atom ``a`` (with ``b`` its range's upper end), ``currency`` resolved."""
    value = a.value * a.scale
    precision, low, high = rounding_interval(value, a.exponent, a.scale)
    stated = _qualifier(text, a)
    qualifier = Qualifier.MORE_THAN if a.plus else _QUALIFIERS.get(stated or "", Qualifier.NONE)
    value_high = None
    end = a.end
    noun = a.noun
    if b is not None:
        value_high = b.value * b.scale
        _, _, high = rounding_interval(value_high, b.exponent, b.scale)
        if qualifier is Qualifier.APPROX:
            low = min(low, value * (1 - _APPROX_WIDTH))
            high = max(high, value_high * (1 + _APPROX_WIDTH))
        qualifier = Qualifier.RANGE
        end = b.end
        noun = noun or b.noun
    elif a.plus:
        low, high = value, UNBOUNDED
    else:
        low, high = _interval(value, low, high, stated)
    return Figure(
        kind=kind,
        value=_clean(value),
        low=_clean(low),
        high=_clean(high),
        currency=currency,
        span=(a.start, end),
        text=text[a.start : end],
        qualifier=qualifier,
        unit_noun=noun if kind is Kind.COUNT else None,
        precision=_clean(precision),
        value_high=None if value_high is None else _clean(value_high),
    )


def _clean(number: Decimal) -> Decimal:
    """Drop trailing zeros without going to exponent notation: 6400000.0 -> 6400000."""
    # Four calls a figure: comparing with the integral value is a third of the cost of
    # ``as_tuple``, which builds a tuple of every digit.
    if number.is_infinite():
        return number
    if number == number.to_integral_value():
        return number.quantize(_ONE)  # whole: exponent 0 ("6400000.0", "64E+5" -> 6400000)
    return number.normalize()


# Both start with a character class, so the regex engine skips ahead quickly; the boundary
# before the match is checked after its first character for the same reason.
_DOLLAR_WORD_RE = _lazy(r"[Dd](?<![A-Za-z][Dd])(?:ollars?|OLLARS?)(?![A-Za-z])")
_DOLLAR_MARK_RE = _lazy(r"[A-Z](?<![A-Za-z][A-Z])[A-Z]{0,2}(?:\$|(?![A-Za-z]))")


def _dollar_mentions(text: str) -> list[str]:
    """Dollar currencies the text names anywhere ("Singapore dollars", "A$", "TWD"), in order.

    Two cheap scans instead of one alternation of every name: for the word "dollar", whose
    preceding words are looked up as a CLDR name, and for capitals, looked up as a code or as
    letters before "$". Codes count only in capitals ("CAD", not the "cad" of design tools).
    """
    found: list[tuple[int, str]] = []
    # Every match contains one of these: two substring tests spare a regex pass over the text.
    mentions_word = "ollar" in text or "OLLAR" in text
    for m in _DOLLAR_WORD_RE.finditer(text) if mentions_word else ():
        words = text[max(0, m.start() - 30) : m.end()].lower().split()
        for size in (4, 3, 2):
            code = _lexicon.NAMES.get(" ".join(words[-size:]))
            if code is not None and code in DOLLAR_CODES:
                found.append((m.start(), code))
                break
    for m in _DOLLAR_MARK_RE.finditer(text):
        mark = m.group()
        if mark.endswith("$"):
            code = DOLLAR_LETTERS.get(mark[:-1].lower())
        else:
            code = mark if mark in DOLLAR_CODES and mark in _lexicon.CURRENT else None
        if code is not None:
            found.append((m.start(), code))
    found.sort()
    return [code for _, code in found if code not in ("USD", "HKD")]


class _Figures:
    """Figures in text order as their atoms are joined (mutable, internal).

    Each figure is built once, with its currency resolved, as soon as its atoms are final; a
    frozen instance costs as much to copy as to build. Only a bare "$" waits for the end of
    the text, since its candidates include dollars named after it; the rest are built at once
    so that a long text does not keep every atom alive (garbage collection would then cost
    more than linear time).
    """

    __slots__ = ("chinese", "dollar", "found", "locale", "named", "text", "waiting")

    def __init__(self, text: str, dollar: str | None, locale: str | None) -> None:
        self.text = text
        self.dollar = dollar
        self.locale = locale
        self.found: list[Figure | tuple[_Atom, _Atom | None]] = []
        self.named: list[str] = []  # dollar codes written in figures, for bare "$" candidates
        self.chinese: bool | None = None
        self.waiting = False  # a bare "$" waits in ``found``

    def add(self, a: _Atom, b: _Atom | None) -> None:
        kind = _figure_kind(a, b)
        if kind is None:
            return
        text = self.text
        currency = a.currency if kind is Kind.MONEY else None
        if isinstance(currency, AmbiguousDollar) and currency.symbol == "$":
            if self.dollar is None:
                self.found.append((a, b))  # built in ``result``; the atoms no longer change
                self.waiting = True
                return
            currency = self.dollar
        elif currency == "JPY" and self.locale is None:
            end = a.end if b is None else b.end
            if "¥" in text[a.start : end] or "￥" in text[a.start : end]:
                if self.chinese is None:
                    self.chinese = bool(_CNY_HINT_RE.search(text)) or (
                        bool(_HAN_RE.search(text)) and not _KANA_RE.search(text)
                    )
                if self.chinese:
                    currency = "CNY"
        elif isinstance(currency, str) and currency in DOLLAR_CODES:
            self.named.append(currency)
        self.found.append(_figure(text, a, b, kind, currency))

    def result(self) -> tuple[Figure, ...]:
        """The figures, a bare "$" with the candidates the whole text gives it."""
        bare: Currency = None
        if self.waiting:
            context = tuple(dict.fromkeys([*_dollar_mentions(self.text), *self.named]))
            local = _lexicon.LOCALE_SYMBOLS.get(self.locale or "", {})
            # One value for every bare "$" of the text: they all have the same candidates.
            bare = AmbiguousDollar(dollar_candidates(context, local.get("$", "USD")))
        return tuple(
            f if isinstance(f, Figure) else _figure(self.text, f[0], f[1], Kind.MONEY, bare)
            for f in self.found
        )


def extract(
    text: str, *, dollar: str | None = None, locale: str | None = None
) -> tuple[Figure, ...]:
    """Every money amount, count and percentage in ``text``, in text order.

    ``dollar`` pins a bare "$" (and "dollars" with no country) to one ISO code, e.g. "HKD";
    otherwise it is an ``AmbiguousDollar``. ``locale`` (a babel id such as "de_DE") selects the
    decimal and group separators and the local reading of symbols ("¥" is CNY in zh_CN).
    """
    if dollar is not None:
        dollar = dollar.upper()
        if dollar not in _lexicon.CODES:
            from headlinecheck.errors import UnknownCurrency

            raise UnknownCurrency(dollar)
    _prepare()
    decimal, group = separators(locale)
    # Up to 30 stated digits times a trillion must stay exact: more precision than the default 28.
    with localcontext(_CONTEXT):
        return _extract(text, decimal, group, dollar, locale)


#: Arithmetic context for extraction: wide enough that no scaled figure is ever rounded.
_CONTEXT = Context(prec=80)


def _extract(
    text: str, decimal: str, group: str, dollar: str | None, locale: str | None
) -> tuple[Figure, ...]:
    wide = not text.isascii() and _WIDE_RE.search(text) is not None
    scanner = _scanner(decimal, group, wide)
    # Joins only ever involve two neighbouring numbers, so the numbers are streamed: ``held``
    # waits for the next one to see whether they make a range or an amount with its cents.
    figures = _Figures(text, dollar, locale)
    held: _Atom | None = None
    floor = 0
    pos = 0
    while True:
        m = scanner.search(text, pos)
        if m is None:
            break
        atom, pos = _atom_at(text, m, decimal, group, floor, locale)
        if atom is None:
            continue
        floor = atom.end
        pos = max(pos, atom.end)  # figures never overlap
        if held is None:
            held = atom
        elif _try_cents(text, held, atom):
            pass  # the cents are now part of ``held``, which may still start a range
        elif _try_range(text, held, atom):
            figures.add(held, atom)
            held = None
        else:
            figures.add(held, None)
            held = atom
    if held is not None:
        figures.add(held, None)
    return figures.result()
