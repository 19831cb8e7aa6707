"""The scanning regex and the other patterns of extraction, built from the ``lang`` records and
compiled lazily; ``Atom`` (one number with what surrounds it) and the small text steps every
reader takes.

The scanner regex (:func:`scanner`) jumps from number to number: a digit run with its separators
and an attached magnitude letter ("6.4M"), a run of number words ("one hundred"), or Chinese
numerals. The other patterns are anchored at a known position or scan with no nested
quantifiers, so matching is linear in the length of the text. An atom is mutable and internal:
the readers fill it in (currency, percent, qualifier, noun), the joiners merge two of them, and
the package turns it into a frozen ``Figure``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache

from headlinecheck import _lexicon, lang
from headlinecheck.currencies import CRYPTO_SIGNS
from headlinecheck.extraction.lazy import LazyPattern as LazyPattern
from headlinecheck.extraction.values import Currency
from headlinecheck.numbers import NUMERAL_CHARACTERS, digits_pattern

_lazy = LazyPattern

EN = lang.get("en")
#: The languages read in every text: English with its variants, and Chinese.
LANGUAGES = lang.read_in_every_text()


def longest_first(words: Iterable[str]) -> list[str]:
    """Words longest first, ties in code-point order: the same pattern text in every process."""
    return sorted(sorted(set(words)), key=len, reverse=True)


def _either(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in longest_first(words))


def _symbol_chars() -> str:
    chars = {ch for key in _lexicon.SYMBOLS for ch in key if unicodedata.category(ch) == "Sc"}
    chars.update("¢＄￥￡￦", CRYPTO_SIGNS)  # "₿": no ISO currency, so not in CLDR's symbols
    return "".join(sorted(chars))


SYMBOL_CHARS = frozenset(_symbol_chars())

_SPELLED_MAGNITUDES = [w for language in LANGUAGES for w in language.magnitude_words]
_MAGNITUDE_CHARACTERS = [w for language in LANGUAGES for w in language.magnitude_characters]
#: A magnitude word where ``gap_end`` says a word may start; Chinese magnitudes only straight
#: after the digits.
MAGNITUDE_WORDS_RE = _lazy(
    rf"(?P<m>(?i:{_either(_SPELLED_MAGNITUDES)}))(?![A-Za-z])"
    rf"|(?P<c>{_either(_MAGNITUDE_CHARACTERS)})"
)
#: First characters of every magnitude word: a cheap gate before the regex.
MAGNITUDE_STARTS = frozenset(
    [w[0] for w in _SPELLED_MAGNITUDES]
    + [w[0].upper() for w in _SPELLED_MAGNITUDES]
    + [w[0] for w in _MAGNITUDE_CHARACTERS]
)

# Start-up: the regex compiler builds a 64K-entry table for every character class holding a
# character above U+00FF ("’", the narrow no-break space, currency signs), about a quarter of a
# millisecond each. So the patterns below keep such characters out of their classes: a symbol
# is matched as any sign (``[^\w\s]``) and checked against ``SYMBOL_CHARS`` afterwards, spaces
# around a match are stepped over in Python, and "’" inside a word is a literal that may repeat
# (``[A-Za-z']*(?:’[A-Za-z']*)*``: each round starts with "’", so it stays linear).
SUFFIX_SYMBOL_RE = _lazy(
    r"(?P<l>[A-Za-z]{1,3})?(?P<s>[^\w\s])(?P<r>[A-Z]{2}(?![A-Za-z]))?(?![0-9])"
)
#: The letters before a currency sign ("US", "HK", "U.S."), up to the sign (matched in the text
#: before it).
PREFIX_LETTERS_RE = _lazy(r"(?<![A-Za-z.])(?P<l>[A-Za-z]{1,3}|[Uu]\.[Ss]\.?)(?P<sp>[ ]?)\Z")
_WORD = r"[A-Za-z][A-Za-z']*(?:’[A-Za-z']*)*\.?"
SUFFIX_WORDS_RE = _lazy(rf"(?P<w>{_WORD}(?:[ -]{_WORD}){{0,3}})")
PREFIX_WORDS_RE = _lazy(rf"(?<![A-Za-z.])(?P<w>{_WORD}(?:[ -]{_WORD}){{0,3}})\Z")
DOTTED_RE = _lazy(r"[ \u00a0]?(?P<d>[A-Za-z](?:\.[A-Za-z])+\.?)(?![A-Za-z])")
WORD_SPLIT_RE = _lazy(_WORD)
# A word of a noun phrase, or a dotted capital initialism as its modifier ("U.S.", "U.K.").
_NOUN_WORD = r"(?:(?:[A-Z]\.){2,}(?= [A-Za-z])|[A-Za-z][A-Za-z0-9'-]*(?:’[A-Za-z0-9'-]*)*)"
NOUN_RE = _lazy(rf"[ \u00a0]?(?P<w>{_NOUN_WORD}(?:[ ]{_NOUN_WORD}){{0,4}})")
#: "-seat Sejm": a lower-case singular word after a hyphen, then a space and another word.
COMPOUND_RE = _lazy(r"-([a-z]{3,})(?<!s) [A-Za-z]")
_AHEAD_WORD = r"[A-Za-z][A-Za-z.']*(?:’[A-Za-z.']*)*"
WORDS_AHEAD_RE = _lazy(rf"({_AHEAD_WORD})(?:[ -]({_AHEAD_WORD}))?")


def _yuan_hints() -> str:
    hints: list[str] = []
    cities: list[str] = []
    for language in LANGUAGES:
        hints += [re.escape(word) for word in language.yuan_words]
        hints += [rf"\b{re.escape(mark)}\b" for mark in language.yuan_marks]
        cities += language.dateline_cities
    return "|".join(hints) + rf"|^\s*(?:{'|'.join(cities)})\b"


#: Words that make a text's "¥" the yuan, or a mainland dateline opening it ("BEIJING — ...").
CNY_HINT_RE = _lazy(_yuan_hints())
KANA_RE = _lazy(r"[\u3040-\u30ff]")
HAN_RE = _lazy(r"[\u4e00-\u9fff]")

_SPACE = "[ \u00a0]"
#: What stands between the ends of a range ("5-6", "5 to 6", "between 5 and 6").
_RANGE_WORDS = dict.fromkeys(w for language in LANGUAGES for w in language.range_separators)
RANGE_SEP_RE = _lazy(
    rf"{_SPACE}*(?:-|–|—|{'|'.join(map(re.escape, _RANGE_WORDS))}){_SPACE}*$", re.IGNORECASE
)
#: What stands between a main unit and its cents ("3 dollars 50", "15 dollars and 50").
CENTS_SEP_RE = _lazy(rf"{_SPACE}*(?:{EN.conjunction}{_SPACE}+)?$", re.IGNORECASE)
#: "411 of the 650 seats": a part counts what its whole counts.
SHARE_RE = _lazy(rf" of (?:{'|'.join(f'{w} ' for w in EN.share_determiners)})?[1-9][0-9,]* ")
# Both start with a character class, so the regex engine skips ahead quickly; the boundary
# before the match is checked after its first character for the same reason.
DOLLAR_WORD_RE = _lazy(r"[Dd](?<![A-Za-z][Dd])(?:ollars?|OLLARS?)(?![A-Za-z])")
DOLLAR_MARK_RE = _lazy(r"[A-Z](?<![A-Za-z][A-Z])[A-Z]{0,2}(?:\$|(?![A-Za-z]))")


def alternation(words: list[str], *, capital: bool = False) -> str:
    """Words as a regex alternation grouped by first letter, longest first (a cheap trie).

    ``capital`` also takes each word capitalised, as ``[Tt](?:en|...)``: half the branches of
    listing "Ten" beside "ten", so the scanner compiles in about half the time. (A deeper trie
    compiles slower: the regex compiler's time goes with the number of groups.)
    """
    by_first: dict[str, list[str]] = {}
    # Sorted before the stable sort by length, so the pattern text is the same in every
    # process (set order varies with string hashing): compiled programs are cached by text.
    for word in longest_first(words):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))

    def head(first: str) -> str:
        return f"[{first.upper()}{first}]" if capital and first.upper() != first else first

    def tail(rest: list[str]) -> str:
        # A lone ending needs no group: one group less for the regex compiler at start-up.
        return rest[0] if len(rest) == 1 else f"(?:{'|'.join(rest)})"

    return "|".join(f"{head(first)}{tail(rest)}" for first, rest in sorted(by_first.items()))


#: Number words that start a run ("three", "a hundred"): units, tens, hundred, dozen, fractions.
RUN_STARTS = [*EN.units, *EN.tens, EN.hundred, EN.dozen, *EN.fractions]
#: ... and those that only continue one; the first article ("a") as in "one and a half".
_FOLLOW_WORDS = [*RUN_STARTS, EN.conjunction, EN.point, *EN.articles[:1]]
_ARTICLES = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in longest_first(EN.articles))
#: The followers that are numbers ("a Million", "A Hundred" in title-case headlines) are read
#: capitalised too; the currency words only in lower case ("A Pound of Flesh" is no money).
_NUMBER_FOLLOWERS = {*EN.magnitude_words, *RUN_STARTS, EN.hundred, EN.dozen}
_ARTICLE_FOLLOWERS = "|".join(
    f"[{w[0].upper()}{w[0]}]{w[1:]}" if w in _NUMBER_FOLLOWERS else w for w in EN.article_followers
)
_LETTERS = [w for language in LANGUAGES for w in language.magnitude_letters]
_EXACT_LETTERS = [
    w
    for language in LANGUAGES
    for w in (*language.exact_magnitude_letters, *language.money_magnitude_letters)
]
#: Attached letters that are a magnitude for money only ("$5t"; "5t" is five tonnes).
MONEY_LETTERS = frozenset(w for language in LANGUAGES for w in language.money_magnitude_letters)
#: Magnitude letters attached to the digits: the longer ones in any case ("5bn", "5Bn"), those
#: read in one case only ("$3T", "$250MM"), then one letter in either case; "c" is cents ("43c").
_ATTACHED = (
    "(?i:"
    + "|".join(longest_first(w for w in _LETTERS if len(w) > 1))
    + ")|"
    + "|".join(longest_first(_EXACT_LETTERS))
    + "|["
    + "".join(f"{w}{w.upper()}" for w in sorted(w for w in _LETTERS if len(w) == 1))
    + "c]"
)

#: Full-width digits and point, as Chinese and Japanese text writes them.
FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
#: The characters only the wide scanner reads: the scanner differs on nothing else. This class
#: compiles in a quarter of a millisecond; one of the CJK blocks took 2 ms (the regex compiler
#: marks each of its 28,000 code points), on every text with a curly quote or a dash.
WIDE_RE = _lazy(f"[０-９．{NUMERAL_CHARACTERS}]")

#: Longest digit run (with separators) the scanner takes in one step. The bound keeps the regex
#: engine from stacking one backtrack point per character on a megabyte of digits; a longer run
#: is skipped with a single-class regex, which runs in constant memory.
MAX_RUN = 48


def digits_branch(decimal: str, group: str, wide: bool) -> str:
    """The scanner's first branch: a digit run with its separators and an attached letter."""
    seps = decimal + ("\u00a0\u202f " if group.isspace() else group)
    # ``wide`` adds full-width digits; plain text is scanned without them.
    digit = "[0-9０-９]" if wide else "[0-9]"
    point = "．" if wide else ""
    return (
        rf"(?P<num>{digit}(?:{digit}|[{re.escape(seps)}{point}](?={digit})){{0,{MAX_RUN}}})"
        rf"(?P<att>{_ATTACHED})?"
    )


def _any_case(words: list[str]) -> str:
    """``alternation`` of ``words`` in any case: lower, capitalised, in capitals (one pattern
    of the lower-case size; "fOUr" is read too, which no text writes)."""
    return f"(?i:{alternation(words)})"


def words_branch() -> str:
    """The scanner's second branch: a run of number words ("one hundred and twenty")."""
    # Lower case, capitalised ("Half A Billion" in title case) and in capitals: tabloid
    # headlines shout their figures ("charged FOUR THOUSAND on hotels").
    first = _any_case(RUN_STARTS)
    follow = _any_case(_FOLLOW_WORDS)
    return (
        rf"\b(?P<words>(?:{first}|(?:{_ARTICLES})(?=[ -](?:{_ARTICLE_FOLLOWERS})\b))\b"
        rf"(?:[ -](?:{follow})\b){{0,8}})"
    )


#: An optional group that never matches: the branch a pattern lacks still has its name.
NEVER = "(?:(?P<{}>(?!)))?"


@lru_cache(maxsize=16)
def scanner(decimal: str, group: str, wide: bool = True) -> re.Pattern[str]:
    """The one scanning regex: a digit run, or a run of number words.

    A digit run is taken whole ("1.2.3", "1,1,1" included) and validated afterwards, so the scan
    never backtracks into it; every branch starts with a digit or a letter from a small set,
    which keeps the regex engine's per-position work low. Word runs are bounded. Text without
    full-width digits or Chinese numerals is scanned by its two halves instead
    (``finding.Finder``), which gives the same matches in a quarter of the time.
    """
    # Without the Chinese branch (``wide``) the group still exists (it never matches) but costs
    # nothing at each position, as an always-failing branch would.
    han = rf"|(?P<han>[{NUMERAL_CHARACTERS}]{{1,24}})" if wide else NEVER.format("han")
    return re.compile(f"{digits_branch(decimal, group, wide)}|{words_branch()}{han}")


@lru_cache(maxsize=16)
def run_rest(decimal: str, group: str) -> re.Pattern[str]:
    """The rest of an overlong digit run, skipped in one step."""
    seps = decimal + ("\u00a0\u202f " if group.isspace() else group)
    return re.compile(rf"[0-9０-９．{re.escape(seps)}]*")


@lru_cache(maxsize=16)
def valid_number(decimal: str, group: str) -> re.Pattern[str]:
    """One well-formed number with these separators (``numbers.digits_pattern``)."""
    return re.compile(digits_pattern(decimal, group))


# --------------------------------------------------------------------------- atoms

#: How far back a currency or qualifier may start before its number (characters).
WINDOW = 40

SPACES = " \u00a0\u202f"
SPACES_SET = frozenset(SPACES)
#: What may stand between a number and its magnitude word (see ``gap_end``).
_GAP_CHARS = " \t\u00a0\u202f"
GAP_NEXT = frozenset(_GAP_CHARS + "\r\n")


class Atom:
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

    # Positional: one is built for every number found, and keyword arguments cost a third more.
    def __init__(
        self,
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
        self.qualifier_read = False  # see ``qualifiers.qualifier``
        self.floor = 0
        self.noun: str | None = None
        self.year_like = False
        self.consumed_before = 0


#: What ``word_before`` strips from the front of a word: opening brackets, quotes, a hyphen.
WORD_OPENERS = "([{\"'“‘-"
#: Quotation marks around a word ("'around 253'"), stripped where words are compared.
QUOTES = "'‘’\"“”"


def word_before(text: str, end: int, floor: int) -> str:
    """The last word (letters and dots) ending at ``end``, looking back at most 24 characters."""
    if text[end - 1 : end].isspace():
        return ""
    # Only the last word is wanted: one split from the right.
    parts = text[max(floor, end - 24) : end].rsplit(None, 1)
    if not parts:
        return ""
    return parts[-1].lstrip(WORD_OPENERS)


def gap_end(text: str, pos: int) -> int:
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
        if text[pos + 1 : pos + 2] not in GAP_NEXT:
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


def is_word_char(c: str) -> bool:
    """Whether ``c`` is a regex word character (what a ``\\b`` tests); False for ""."""
    return c.isalnum() or c == "_"


def split_words(text: str, base: int) -> list[tuple[str, int, int]]:
    """The words of ``text`` with their spans, offset by ``base``."""
    return [(m.group(), base + m.start(), base + m.end()) for m in WORD_SPLIT_RE.finditer(text)]


def words_before(text: str, lo: int, end: int) -> list[tuple[str, int, int]]:
    """The words (at most four) that end at ``end``, read from ``lo``, with their spans."""
    m = PREFIX_WORDS_RE.search(text[lo:end])
    return [] if m is None else split_words(m.group("w"), lo + m.start("w"))
