"""Generate ``src/headlinecheck/_lexicon.py`` from babel's CLDR data.

Loading babel's locale data at start-up costs tens of milliseconds; the extractor needs only a few
thousand strings from it, so they are written once into a plain Python module that imports in
about a millisecond. Re-run after upgrading babel and commit the result::

    python scripts/build_lexicon.py            # rewrite the module
    python scripts/build_lexicon.py --check    # exit 1 if the committed module is stale

What is taken from CLDR:

- ``CODES``: every ISO 4217 code CLDR names in English (current and withdrawn).
- ``SYMBOLS``: currency symbols that are not the code itself, voted over all CLDR locales; where
  English CLDR uses a symbol, its reading wins ("$" -> USD, "¥" -> JPY), otherwise the reading
  used by at least three quarters of the locales that use the symbol.
- ``LOCALE_SYMBOLS``: for the locales the extractor supports explicitly, the symbols whose
  reading differs there (zh_CN "¥" -> CNY).
- ``NAMES``: display names, singular and plural forms, lower-cased, in English and those locales.
- ``CURRENT``: codes some territory still tenders (CLDR territory currencies).
- ``HEADS``: the last word of each English name ("dollar", "franc", "riyal") -> every code it
  can mean, current codes first, then by withdrawal date; for "francs" with no country.
- ``LOCALE_MAGNITUDES``: for those locales, the magnitude words of CLDR's compact decimal formats
  (short and long, every plural form: German "Mio.", "Mrd.", "Milliarden", Brazilian "milhões")
  -> power of ten, where they differ from English ("billion" is 10**12 in French CLDR).
- ``LOCALE_PERCENT``: the words CLDR's long and short percent unit puts after a number there
  ("Prozent", "pour cent", "por cento").
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Literal

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src" / "headlinecheck" / "_lexicon.py"

#: Locales whose separators and symbols the extractor honours when given ``locale=``.
LOCALES = (
    "en_US",
    "en_GB",
    "en_HK",
    "zh_Hant_HK",
    "zh_CN",
    "de_DE",
    "fr_FR",
    "ja_JP",
    "en_IN",
    "pt_BR",
)


#: Codes that are not money a news story would quote as a price: precious metals, fund units,
#: test and "no currency" codes. Their names ("gold", "silver") are ordinary words.
#: ISO 4217's fund codes and units of account are too: their names end in "unit(s)", "value" or
#: "(Next day)", which would make "15 units" an amount of Colombian real value units.
_NOT_MONEY = frozenset(
    [
        "BOV",
        "CHE",
        "CHW",
        "CLF",
        "COU",
        "ECV",
        "MXV",
        "USN",
        "USS",
        "UYI",
        "UYW",
        "XAU",
        "XAG",
        "XPT",
        "XPD",
        "XTS",
        "XXX",
        "XBA",
        "XBB",
        "XBC",
        "XBD",
        "XDR",
        "XFO",
        "XFU",
        "XRE",
        "XUA",
        "XSU",
        "XEU",
    ]
)


def _is_ascii_letters(text: str) -> bool:
    return text.isascii() and text.replace(".", "").isalpha()


def build() -> str:
    import babel
    import babel.localedata
    from babel import Locale
    from babel.core import get_global

    english = Locale.parse("en")
    codes = sorted(english.currencies)

    # A code is current when some territory still tenders it; withdrawn codes are ranked by the
    # date their last territory dropped them, so "pesetas" prefers ESP (2002) over older ones.
    ended: dict[str, tuple[int, int, int]] = {}
    current: set[str] = set()
    for tenders in get_global("territory_currencies").values():
        for code, _start, end, tender in tenders:
            if end is None and tender:
                current.add(code)
            elif end is not None:
                ended[code] = max(ended.get(code, (0, 0, 0)), end)

    def rank(code: str) -> tuple[int, tuple[int, int, int], str]:
        if code in current:
            return (0, (0, 0, 0), code)
        last = ended.get(code, (0, 0, 0))
        return (1, (-last[0], -last[1], -last[2]), code)

    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for identifier in babel.localedata.locale_identifiers():
        try:
            loc = Locale.parse(identifier)
        except (ValueError, babel.UnknownLocaleError):  # pragma: no cover - data quirk
            continue
        for code, symbol in loc._data["currency_symbols"].items():
            if symbol != code:
                votes[symbol][code] += 1

    english_symbols = {
        symbol: code for code, symbol in english._data["currency_symbols"].items() if symbol != code
    }
    symbols: dict[str, str] = {}
    for symbol, counts in votes.items():
        # One ASCII letter ("R", "K") is a word or an initial far more often than money.
        if _is_ascii_letters(symbol) and len(symbol.replace(".", "")) < 2:
            continue
        if symbol.upper() in english.currencies:
            continue
        if symbol in english_symbols:
            symbols[symbol] = english_symbols[symbol]
            continue
        best = max(sorted(counts), key=lambda c: counts[c])
        if counts[best] * 4 >= sum(counts.values()) * 3:
            symbols[symbol] = best

    locale_symbols: dict[str, dict[str, str]] = {}
    for identifier in LOCALES:
        loc = Locale.parse(identifier)
        diff = {
            symbol: code
            for code, symbol in loc._data["currency_symbols"].items()
            if symbol != code
            and symbols.get(symbol) != code
            and symbol.upper() not in english.currencies
            and not (_is_ascii_letters(symbol) and len(symbol) < 2)
        }
        if diff:
            # Both spellings of the id: "zh_CN" as written, "zh_Hans_CN" as babel names it.
            locale_symbols[identifier] = dict(sorted(diff.items()))
            locale_symbols[str(loc)] = dict(sorted(diff.items()))

    names: dict[str, str] = {}
    clashes: set[str] = set()
    heads: dict[str, set[str]] = defaultdict(set)
    for identifier in ("en", *LOCALES):
        loc = Locale.parse(identifier)
        for code in codes:
            forms = [loc.currencies.get(code)]
            plural = loc._data["currency_names_plural"].get(code)
            if plural is not None:
                forms.extend(plural.values())
            if code in _NOT_MONEY:
                continue
            for form in forms:
                if not form:
                    continue
                key = " ".join(form.lower().replace("-", " ").split())
                if identifier != "en" and key.isascii() and " " not in key:
                    # A one-word name in another language is too often an English word:
                    # French "or" (gold), German "Rand".
                    continue
                if identifier == "en":
                    heads[key.rsplit(" ", 1)[-1]].add(code)
                if key in names and names[key] != code:
                    # English wins a clash; otherwise the name is dropped as ambiguous.
                    if identifier != "en":
                        continue
                    clashes.add(key)
                names.setdefault(key, code)
    for key in clashes:
        del names[key]
    firsts, lasts = _name_words(names)
    compact = {
        key.replace(" ", ""): code
        for key, code in sorted(names.items())
        if " " in key and key.isascii() and len(key) > 8
    }

    magnitudes, percents = _locale_words()

    lines = [
        '"""Currency lexicon generated from CLDR by scripts/build_lexicon.py. Do not edit."""',
        "",
        "# fmt: off",
        f"BABEL_VERSION = {babel.__version__!r}",
        "",
        "# The locales whose separators, symbols and words the extractor honours (locale=...).",
        "LOCALES = (",
        *(f"    {loc!r}," for loc in LOCALES),
        ")",
        "",
        "CODES = frozenset(",
        *_wrap([repr(c) for c in codes], "    ("),
        ")",
        "",
        "CURRENT = frozenset(",
        *_wrap([repr(c) for c in sorted(current)], "    ("),
        ")",
        "",
        "SYMBOLS = {",
        *(f"    {k!r}: {v!r}," for k, v in sorted(symbols.items())),
        "}",
        "",
        "LOCALE_SYMBOLS = {",
        *(f"    {k!r}: {v!r}," for k, v in sorted(locale_symbols.items())),
        "}",
        "",
        "# Names are kept as two text blocks, keys and codes in the same order: a 3,000-entry",
        "# dict literal takes ~15 ms to compile when no bytecode cache can be written, and even",
        "# from the cache it loads slower than zipping two split strings (~0.4 ms).",
        '_NAME_KEYS = """\\',
        *sorted(names),
        '"""',
        "_NAME_CODES = (",
        *_wrap_words([names[k] for k in sorted(names)]),
        ")",
        "NAMES = dict(zip(_NAME_KEYS.splitlines(), _NAME_CODES.split(), strict=True))",
        "",
        "# The first and the last words of the ASCII names (and the name without its spaces,",
        '# "saudiriyal", for names longer than eight letters): the extractor\'s cheap gates before',
        "# a name look-up. Deriving them from NAMES costs over a millisecond at each start-up.",
        "_NAME_FIRSTS = (",
        *_wrap_words(sorted(firsts)),
        ")",
        "NAME_FIRSTS = frozenset(_NAME_FIRSTS.split())",
        "_NAME_LASTS = (",
        *_wrap_words(sorted(lasts)),
        ")",
        "NAME_LASTS = frozenset(_NAME_LASTS.split())",
        "",
        '# Spaced ASCII names over eight letters run together -> code ("saudiriyal"), read by',
        "# currencies.name_currency when a word is not a name itself; as for NAMES, two blocks.",
        "COMPACT_KEYS = (",
        *_wrap_words(list(compact)),
        ")",
        "COMPACT_CODES = (",
        *_wrap_words(list(compact.values())),
        ")",
        "",
        "HEADS = {",
        *(
            line
            for k, v in sorted(heads.items())
            for line in _wrap([repr(c) for c in sorted(v, key=rank)], f"    {k!r}: (")
        ),
        "}",
        "",
        "# Magnitude words written after a number (lower case, a trailing dot as CLDR writes it)",
        "# -> power of ten, and percent words, per locale id (both spellings, as LOCALE_SYMBOLS).",
        "LOCALE_MAGNITUDES = {",
        *(line for k, v in sorted(magnitudes.items()) for line in _wrap_dict(v, f"    {k!r}: {{")),
        "}",
        "",
        "LOCALE_PERCENT = {",
        *(
            line
            for k, v in sorted(percents.items())
            for line in _wrap([repr(w) for w in v], f"    {k!r}: (")
        ),
        "}",
        "",
    ]
    return "\n".join(lines)


#: Magnitudes English already reads after a number, with its own meaning ("M" is attached).
_ENGLISH_MAGNITUDES = {
    "k": 3, "thousand": 3, "m": 6, "mn": 6, "mln": 6, "mio": 6, "million": 6,
    "b": 9, "bn": 9, "bln": 9, "billion": 9, "t": 12, "tn": 12, "trn": 12, "trillion": 12,
}  # fmt: skip


def _locale_words() -> tuple[dict[str, dict[str, int]], dict[str, tuple[str, ...]]]:
    """Magnitude and percent words after a number, per supported locale, from CLDR.

    A compact pattern such as "00 Mrd'.'" at key 10000000000 is two digits of the number
    and the word "Mrd." for 10**9 (the key over ten to the digits less one). Words of one letter
    ("k", "M") are left out: spaced from the number they are initials far more often than
    magnitudes, and attached they are read already. Chinese and Japanese magnitudes (万, 億)
    are read for every text by the extractor, so only words in an alphabet are kept.
    """
    import babel.numbers
    import babel.units
    from babel import Locale

    magnitudes: dict[str, dict[str, int]] = {}
    percents: dict[str, tuple[str, ...]] = {}
    # The bare languages too ("de"), for locales that are not listed ("de_AT"): a sibling's
    # words could be regional ("Cr" for crore is en_IN's, not English).
    languages = [Locale.parse(identifier).language for identifier in LOCALES]
    for identifier in dict.fromkeys([*LOCALES, *languages]):
        loc = Locale.parse(identifier)
        found: dict[str, int] = {}
        for length in ("short", "long"):
            for forms in loc.compact_decimal_formats.get(length, {}).values():
                for key, pattern in forms.items():
                    text = pattern.pattern
                    zeros = text.count("0")
                    if not zeros:
                        continue  # French "mille" alone, for exactly one thousand
                    word = " ".join(text.replace("0", "").replace("'", "").split()).lower()
                    if len(word.rstrip(".")) < 2 or not word.rstrip(".").isalpha():
                        continue
                    if any(ord(ch) > 0x2E7F for ch in word):
                        continue
                    power = len(key) - 1 - (zeros - 1)
                    if _ENGLISH_MAGNITUDES.get(word) == power:
                        continue
                    if found.setdefault(word, power) != power:  # pragma: no cover - data quirk
                        raise SystemExit(f"{identifier}: {word!r} means two magnitudes")
        words: set[str] = set()
        lengths: tuple[Literal["long", "short"], ...] = ("long", "short")
        for length in lengths:
            for number in (0, 1, 2, 3.5, 100):
                formatted = babel.units.format_unit(
                    number, "concentr-percent", locale=loc, length=length
                )
                shown = babel.numbers.format_decimal(number, locale=loc)
                before, _, after = formatted.partition(shown)
                word = " ".join(after.split()).lower()
                # Only words after the number. "%" and the English words are read in every
                # text; babel falls back to the unit's id ("concentr-percent") where CLDR has
                # no name for it (Chinese), which is no word of the language.
                if before.strip() or not word or "%" in word:
                    continue
                if word not in ("percent", "per cent") and "concentr" not in word:
                    words.add(word)
        for spelling in dict.fromkeys([identifier, str(loc)]):
            if found:
                magnitudes[spelling] = dict(sorted(found.items()))
            if words:
                percents[spelling] = tuple(sorted(words))
    return magnitudes, percents


def _wrap_dict(items: dict[str, int], opener: str) -> list[str]:
    """``opener`` + a dict display of ``items``, wrapped under 100 columns."""
    lines = _wrap([f"{k!r}: {v!r}" for k, v in items.items()], opener)
    lines[-1] = lines[-1][: -len("),")] + "},"
    return lines


def _name_words(names: dict[str, str]) -> tuple[set[str], set[str]]:
    """First and last words of the ASCII names, and long names without their spaces."""
    firsts: set[str] = set()
    lasts: set[str] = set()
    for key in names:
        if key.isascii():
            parts = key.split()
            firsts.add(parts[0])
            lasts.add(parts[-1])
            if len(parts) > 1 and len(key) > 8:
                firsts.add(key.replace(" ", ""))  # "saudiriyal"
                lasts.add(key.replace(" ", ""))
    return firsts, lasts


def _wrap_words(words: list[str]) -> list[str]:
    """Space-separated words as implicitly joined string literals under 100 columns."""
    lines: list[str] = []
    line = ""
    for word in words:
        if line and len(line) + len(word) + 8 > 96:
            lines.append(f"    {line + ' '!r}")
            line = ""
        line += (" " if line else "") + word
    lines.append(f"    {line!r}")
    return lines


def _wrap(items: list[str], opener: str) -> list[str]:
    """``opener`` + items as a tuple display, wrapped under 100 columns (ruff's limit)."""
    lines: list[str] = []
    line = opener
    for item in items:
        if len(line) + len(item) + 2 > 96:
            lines.append(line.rstrip())
            line = "        "
        line += item + ", "
    lines.append(line.rstrip() + "),")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the module is stale")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is stale: run python scripts/build_lexicon.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
