"""One linear scan of text into ``Figure`` values: money, counts and percentages.

How the scan works (see docs/extraction.md for what is recognised and why):

1. One precompiled regex (``patterns.scanner``) jumps from number to number: digit strings with
   their separators and an attached magnitude such as "6.4M", runs of number words such as "one
   hundred", or Chinese numerals.
2. Around each number (``reading.atom_at``), small anchored regexes over a bounded window read the
   magnitude word ("million", ``affixes``), a currency written after it ("50 yuan", "20€") or
   before it ("HK$", "USD ", ``money``), a percent sign, a qualifier before it ("more than",
   ``qualifiers``) and, for counts, the head noun after it (``counts``). Currency words are looked
   up in dictionaries built from CLDR, never matched by alternation.
3. Neighbouring numbers are joined into ranges ("$5-6 million", "between $5m and $6m") and main
   units with their cents ("3 dollars 50 cents", ``joining``), then each becomes a ``Figure``
   (``figures``), its interval given by ``headlinecheck.numbers.precision``.

Every regex is either anchored at a known position or scans with no nested quantifiers, and every
window is bounded, so the time is linear in the length of the text. The engine holds no words:
they are the ``headlinecheck.lang`` records'.
"""

from __future__ import annotations

from decimal import Context, localcontext

from headlinecheck import _lexicon
from headlinecheck.extraction.atoms import Atom
from headlinecheck.extraction.counts import casualty_before
from headlinecheck.extraction.figures import Figures
from headlinecheck.extraction.joining import try_cents, try_range
from headlinecheck.extraction.money import prepare
from headlinecheck.extraction.patterns import WIDE_RE, LazyPattern, scanner
from headlinecheck.extraction.reading import atom_at
from headlinecheck.extraction.values import UNBOUNDED, Currency, Figure, Kind, Qualifier
from headlinecheck.numbers import separators

__all__ = [
    "UNBOUNDED",
    "Currency",
    "Figure",
    "Kind",
    "LazyPattern",
    "Qualifier",
    "casualty_before",
    "extract",
]


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
    # Up to 30 stated digits times a trillion must stay exact: more precision than the default 28.
    with localcontext(_CONTEXT):
        return _extract(text, decimal, group, dollar, locale)


#: Arithmetic context for extraction: wide enough that no scaled figure is ever rounded.
_CONTEXT = Context(prec=80)


def _extract(
    text: str, decimal: str, group: str, dollar: str | None, locale: str | None
) -> tuple[Figure, ...]:
    wide = not text.isascii() and WIDE_RE.search(text) is not None
    scan = scanner(decimal, group, wide)
    # Joins only ever involve two neighbouring numbers, so the numbers are streamed: ``held``
    # waits for the next one to see whether they make a range or an amount with its cents.
    figures = Figures(text, dollar, locale)
    held: Atom | None = None
    floor = 0
    pos = 0
    while True:
        m = scan.search(text, pos)
        if m is None:
            break
        atom, pos = atom_at(text, m, decimal, group, floor, locale)
        if atom is None:
            continue
        floor = atom.end
        pos = max(pos, atom.end)  # figures never overlap
        if held is None:
            held = atom
        elif try_cents(text, held, atom):
            pass  # the cents are now part of ``held``, which may still start a range
        elif try_range(text, held, atom):
            figures.add(held, atom)
            held = None
        else:
            figures.add(held, None)
            held = atom
    if held is not None:
        figures.add(held, None)
    return figures.result()
