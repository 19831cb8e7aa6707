"""One linear scan of text into ``Figure`` values: money, counts and percentages.

How the scan works (see docs/extraction.md for what is recognised and why):

1. One precompiled regex (``scanner.scanner``) jumps from number to number: digit strings with
   their separators and an attached magnitude such as "6.4M", runs of number words such as "one
   hundred", or Chinese numerals.
2. Around each number (``reading.atom_at``), small anchored regexes over a bounded window read the
   magnitude word ("million"), a currency written after it ("50 yuan", "20€") or
   before it ("HK$", "USD ", ``money``), a percent sign, a qualifier before it ("more than",
   ``qualifiers``) and, for counts, the head noun after it (``counts``). Currency words are looked
   up in dictionaries built from CLDR, never matched by alternation.
3. Neighbouring numbers are joined into ranges ("$5-6 million", "between $5m and $6m") and main
   units with their cents ("3 dollars 50 cents", ``joining``), then each becomes a ``Figure``
   (here), its interval given by ``headlinecheck.numbers.precision``.

Every regex is either anchored at a known position or scans with no nested quantifiers, and every
window is bounded, so the time is linear in the length of the text. The engine holds no words:
they are the ``headlinecheck.lang`` records'.
"""

from __future__ import annotations

import re
from decimal import Decimal, localcontext
from functools import lru_cache

from headlinecheck import _lexicon, lang
from headlinecheck.currencies import (
    DOLLAR_CODES,
    DOLLAR_LETTERS,
    AmbiguousDollar,
    dollar_candidates,
)
from headlinecheck.extraction import invisible
from headlinecheck.extraction.counts import casualty_before
from headlinecheck.extraction.finding import finder
from headlinecheck.extraction.joining import (
    kind_of,
    share_level_left,
    try_cents,
    try_compound,
    try_range,
)
from headlinecheck.extraction.money import prepare
from headlinecheck.extraction.qualifiers import BELOW_WORDS, QUALIFIERS, qualifier_of
from headlinecheck.extraction.reading import atom_at
from headlinecheck.extraction.scanner import (
    DOLLAR_MARK_RE,
    DOLLAR_WORD_RE,
    HAN_RE,
    KANA_RE,
    LANGUAGES,
    WIDE_RE,
    Atom,
    LazyPattern,
)
from headlinecheck.extraction.uncertain import grouped_like_thousands
from headlinecheck.extraction.values import ONE, UNBOUNDED, Currency, Figure, Kind, Qualifier
from headlinecheck.numbers import (
    FIGURE_CONTEXT,
    qualified_interval,
    range_interval,
    rounding_interval,
    separators,
)

__all__ = [
    "UNBOUNDED",
    "Currency",
    "Figure",
    "Kind",
    "LazyPattern",
    "Qualifier",
    "bare_amounts",
    "casualty_before",
    "extract",
]


def _figure(text: str, a: Atom, b: Atom | None, kind: Kind, currency: Currency) -> Figure:
    """The figure for atom ``a`` (with ``b`` its range's upper end), ``currency`` resolved."""
    value = a.value * a.scale
    precision, low, high = rounding_interval(value, a.exponent, a.scale)
    stated = qualifier_of(text, a)
    qualifier = Qualifier.MORE_THAN if a.plus else QUALIFIERS.get(stated or "", Qualifier.NONE)
    value_high = None
    end = a.end
    noun = a.noun
    # The interval: printed precision, then the qualifier (numbers/precision.py).
    if b is not None:
        value_high = b.value * b.scale
        _, _, high = rounding_interval(value_high, b.exponent, b.scale)
        low, high = range_interval(qualifier, value, low, value_high, high)
        qualifier = Qualifier.RANGE
        end = b.end
        noun = noun or b.noun
    elif qualifier is not Qualifier.NONE:  # with none, the rounding interval as it is
        low, high = qualified_interval(qualifier, value, low, high, below=stated in BELOW_WORDS)
    known = _CLEANED.get  # ``_clean``'s memo first: most values are there
    return Figure(
        kind=kind,
        value=known(value) or _clean(value),
        low=known(low) or _clean(low),
        high=known(high) or _clean(high),
        currency=currency,
        span=(a.start, end),
        text=text[a.start : end],
        qualifier=qualifier,
        unit_noun=noun if kind is Kind.COUNT else None,
        precision=known(precision) or _clean(precision),
        value_high=None if value_high is None else _clean(value_high),
    )


def _clean(number: Decimal) -> Decimal:
    """Drop trailing zeros without going to exponent notation: 6400000.0 -> 6400000."""
    # Four calls a figure, mostly on the same few values (a precision of 1, 0.5 either side):
    # the answer depends on the value alone (always under ``FIGURE_CONTEXT``), so it is
    # memoised by value. Zero is left out: -0 equals 0 but cleans to itself.
    cleaned = _CLEANED.get(number)
    if cleaned is not None:
        return cleaned
    if number.is_infinite():
        cleaned = number
    elif number == number.to_integral_value():
        # Comparing with the integral value is a third of the cost of ``as_tuple``.
        cleaned = number.quantize(ONE)  # whole: exponent 0 ("6400000.0", "64E+5" -> 6400000)
    else:
        cleaned = number.normalize()
    if number:
        if len(_CLEANED) >= _CLEANED_MAX:
            _CLEANED.clear()  # bounded: a long text of distinct numbers stays linear in memory
        _CLEANED[number] = cleaned
    return cleaned


_CLEANED: dict[Decimal, Decimal] = {}
_CLEANED_MAX = 4096
#: What stands between the two ends of a range written with a dash ("$3-5m", "$3–5m").
_RANGE_DASHES = frozenset({"-", "\u2013"})


def _dollar_mentions(text: str) -> list[str]:
    """Dollar currencies the text names anywhere ("Singapore dollars", "A$", "TWD"), in order.

    Two cheap scans instead of one alternation of every name: for the word "dollar", whose
    preceding words are looked up as a CLDR name, and for capitals, looked up as a code or as
    letters before "$". Codes count only in capitals ("CAD", not the "cad" of design tools).
    """
    found: list[tuple[int, str]] = []
    # Every match contains one of these: two substring tests spare a regex pass over the text.
    mentions_word = "ollar" in text or "OLLAR" in text
    for m in DOLLAR_WORD_RE.finditer(text) if mentions_word else ():
        words = text[max(0, m.start() - 30) : m.end()].lower().split()
        for size in (4, 3, 2):
            code = _lexicon.NAMES.get(" ".join(words[-size:]))
            if code is not None and code in DOLLAR_CODES:
                found.append((m.start(), code))
                break
    for m in DOLLAR_MARK_RE.finditer(text):
        mark = m.group()
        if mark.endswith("$"):
            code = DOLLAR_LETTERS.get(mark[:-1].lower())
        else:
            code = mark if mark in DOLLAR_CODES and mark in _lexicon.CURRENT else None
        if code is not None:
            found.append((m.start(), code))
    found.sort()
    return [code for _, code in found if code not in ("USD", "HKD")]


@lru_cache(maxsize=1)
def _yuan_parts() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    words = tuple(w for language in LANGUAGES for w in language.yuan_words)
    marks = tuple(m for language in LANGUAGES for m in language.yuan_marks)
    cities = "|".join(c for language in LANGUAGES for c in language.dateline_cities)
    marked = re.compile("|".join(rf"\b{re.escape(mark)}\b" for mark in marks))
    return words, marks, marked, re.compile(rf"\s*(?:{cities})\b")


def _yuan_hinted(text: str) -> bool:
    """Whether ``scanner.CNY_HINT_RE`` matches in ``text``, by its alternatives apart: a
    substring test per word, the marks' regex only where a mark occurs, the dateline at the
    start alone (the alternation, tried at every position, took half a millisecond on 5 KB)."""
    words, marks, marked, dateline = _yuan_parts()
    return (
        any(word in text for word in words)
        or (any(mark in text for mark in marks) and marked.search(text) is not None)
        or dateline.match(text) is not None
    )


class Figures:
    """Figures in text order as their atoms are joined (mutable, internal).

    Each figure is built once, with its currency resolved, as soon as its atoms are final; a
    frozen instance costs as much to copy as to build. Only a bare "$" waits for the end of
    the text, since its candidates include dollars named after it; the rest are built at once
    so that a long text does not keep every atom alive (garbage collection would then cost
    more than linear time).
    """

    __slots__ = ("bare", "chinese", "dollar", "found", "locale", "named", "text", "waiting")

    def __init__(
        self, text: str, dollar: str | None, locale: str | None, *, keep_bare: bool = False
    ) -> None:
        self.text = text
        #: With ``keep_bare``: the numbers with a magnitude and no unit ("12.3 billion", see
        #: ``bare_amounts``), which are no figure of ``extract``.
        self.bare: list[Figure] | None = [] if keep_bare else None
        self.dollar = dollar
        self.locale = locale
        self.found: list[Figure | tuple[Atom, Atom | None]] = []
        self.named: list[str] = []  # dollar codes written in figures, for bare "$" candidates
        self.chinese: bool | None = None
        self.waiting = False  # a bare "$" waits in ``found``

    def add(self, a: Atom, b: Atom | None) -> None:
        # ``joining.kind_of`` inline: once per number.
        kind = (
            Kind.MONEY
            if a.currency is not None
            else Kind.PERCENT
            if a.percent
            else Kind.COUNT
            if a.noun is not None
            else None
        )
        if kind is None and b is not None:
            kind = kind_of(b)
        if kind is None:
            if self.bare is not None and b is None and a.has_magnitude and a.scale >= _BARE_SCALE:
                self.bare.append(_figure(self.text, a, None, Kind.COUNT, None))
            return
        text = self.text
        currency = a.currency if kind is Kind.MONEY else None
        if (
            currency is not None
            and (a.exponent == -3 or (b is not None and b.exponent == -3))
            and self.locale is None
            and not a.has_magnitude
            and any(
                grouped_like_thousands(text[x.num_start : x.num_end], currency)
                for x in (a, b)
                if x is not None
            )
        ):
            return  # "€1.500", "2.500 dollars": a thousands group or three decimals
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
                    self.chinese = _yuan_hinted(text) or (
                        bool(HAN_RE.search(text)) and not KANA_RE.search(text)
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
    prepare()
    decimal, group = separators(locale)
    clean, where = invisible.strip(text)
    with localcontext(FIGURE_CONTEXT):
        return invisible.restore(_extract(clean, decimal, group, dollar, locale), text, where)


#: The smallest magnitude a number with no unit must carry to be a bare amount: a lakh.
_BARE_SCALE = 10**5
#: The mark of a note declaring what a bare 元 is: "(新台幣,下同)" (``chinese_yuan``).
_YUAN_NOTE = lang.get("zh").yuan_declaration


def bare_amounts(text: str, *, locale: str | None = None) -> tuple[Figure, ...]:
    """The numbers with a magnitude of a lakh or more and no unit at all ("a loss of 11.13 lakh
    crore", "12.3 Billion allocation", "half a million"), which ``extract`` leaves out: a
    headline may drop the currency its body writes. Each is a count with no noun; the checker
    decides what it is (``checking/unitless.py``)."""
    return extract_with_bare(text, locale=locale)[1]


def extract_with_bare(
    text: str, *, locale: str | None = None
) -> tuple[tuple[Figure, ...], tuple[Figure, ...]]:
    """``extract(text, locale=locale)`` and ``bare_amounts(text, locale=locale)`` from one scan
    of ``text`` (the bare amounts are the numbers that scan leaves out)."""
    prepare()
    decimal, group = separators(locale)
    clean, where = invisible.strip(text)
    with localcontext(FIGURE_CONTEXT):
        into = Figures(clean, None, locale, keep_bare=True)
        figures = _extract(clean, decimal, group, None, locale, into)
    assert into.bare is not None
    return invisible.restore(figures, text, where), invisible.restore(into.bare, text, where)


def _extract(
    text: str,
    decimal: str,
    group: str,
    dollar: str | None,
    locale: str | None,
    into: Figures | None = None,
) -> tuple[Figure, ...]:
    wide = not text.isascii() and WIDE_RE.search(text) is not None
    scan = finder(text, decimal, group, wide)
    # Joins only ever involve two neighbouring numbers, so the numbers are streamed: ``held``
    # waits for the next one to see whether they make a range or an amount with its cents.
    figures = Figures(text, dollar, locale) if into is None else into
    held: Atom | None = None
    floor = 0
    pos = 0
    while True:
        m = scan.search(text, pos)
        if m is None:
            break
        atom, pos = atom_at(text, m, decimal, group, floor, locale)
        if atom is None:
            if held is not None and text[held.end : m.start()] in _RANGE_DASHES:
                held = None  # "$3-5 m": a range whose end cannot be read; nor can its start
            continue
        floor = atom.end
        if atom.end > pos:
            pos = atom.end  # figures never overlap
        if held is not None and held.noun is not None and atom.noun is None:
            share_level_left(text, held, atom)  # "toll rose to 253 from 200": 200 dead too
        if held is None:
            held = atom
        # The first tests of ``try_cents`` (a currency) and ``try_range`` (at most 12
        # characters between) inline: most neighbours are neither.
        elif (held.currency is not None and try_cents(text, held, atom)) or try_compound(
            text, held, atom
        ):
            pass  # the cents are now part of ``held``, which may still start a range
        elif atom.start - held.end <= 12 and try_range(text, held, atom):
            figures.add(held, atom)
            held = None
        else:
            figures.add(held, None)
            held = atom
    if held is not None:
        figures.add(held, None)
    found = figures.result()
    if _YUAN_NOTE and _YUAN_NOTE in text:
        from headlinecheck.extraction import chinese_yuan

        found = tuple(chinese_yuan.declared(text, found))  # "3000億元(新台幣,下同)"
    return found
