"""The currency lexicon: ISO 4217 codes, CLDR symbols and names (via babel), the ambiguous dollar.

CONTRACT (shared by the team):
- ``AmbiguousDollar`` is the value extraction records for a bare ``$``
  (or "dollars" with no country).

The data comes from CLDR through ``scripts/build_lexicon.py``, which writes ``_lexicon.py``;
importing that module costs about a millisecond, importing babel a hundred times more. The
newsroom spellings CLDR does not carry ("S$", "Rmb", "Rs") and the preference order among
currencies that share a word are language data, in ``lang.en`` and ``lang.zh``.

Crypto-assets ("BTC", "₿", "bitcoins") are read as money too, with their ticker for a currency,
but they are no ISO 4217 codes: ``CRYPTO`` holds them, ``CODES`` never does, so no rate table
converts them (``lang._crypto``).
"""

from __future__ import annotations

from functools import lru_cache

import attrs

from headlinecheck import _lexicon, lang
from headlinecheck.lang import _crypto


@attrs.frozen
class AmbiguousDollar:
    """A bare ``$``: some dollar, which one the article's convention decides.

    ``candidates`` are ISO 4217 codes, most likely first (USD by default, then HKD, then any
    dollar currency the surrounding text names). Resolving it is the checker's job.

    The same value marks the few other currency words that name several currencies ("francs",
    "dinars", "riyals", "cents"): then ``symbol`` is that word ("franc", "¢") and ``candidates``
    the currencies it can mean, the usual one first.
    """

    candidates: tuple[str, ...] = ("USD", "HKD")
    symbol: str = "$"

    def __str__(self) -> str:
        return self.symbol


Currency = str | AmbiguousDollar

#: ISO 4217 codes, current and historic (CLDR). Crypto-assets are not among them.
CODES: frozenset[str] = _lexicon.CODES
CURRENT: frozenset[str] = _lexicon.CURRENT
#: The crypto-assets read as money ("BTC", "ETH"): tickers, not ISO 4217 codes, never converted.
CRYPTO: frozenset[str] = frozenset(_crypto.ASSETS)
#: Their currency signs ("₿"), for the scanner's set of signs.
CRYPTO_SIGNS: frozenset[str] = frozenset(_crypto.SIGNS)
#: The ISO 4217 currencies with three minor digits: "KWD 1.250" is one dinar and a quarter,
#: where "€1.500" or "$2.500" is a thousands group the text's locale does not write.
THREE_MINOR_DIGITS: frozenset[str] = frozenset(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"])
#: Every currency CLDR calls a dollar (USD, HKD, SGD, ...).
DOLLAR_CODES: frozenset[str] = frozenset(_lexicon.HEADS["dollar"])

_EN = lang.get("en")
_ZH = lang.get("zh")

#: ISO codes that are also everyday words or tickers: "ALL 5 solutions", "AMD 7nm", "try 3".
#: They are read as currencies only when written in capitals right after a number.
WORDLIKE_CODES: frozenset[str] = _EN.wordlike_codes

#: Letters written before "$" that CLDR does not list (see ``_prefix_letters``).
_EXTRA_DOLLAR_LETTERS = _EN.dollar_letters

#: Letter symbols CLDR gives ambiguously or not at all, as news and finance desks write them
#: (``lang.en`` and ``lang.zh``: "Rs", "Rmb", "块").
LETTER_SYMBOLS: dict[str, str] = {**_EN.letter_symbols, **_ZH.letter_symbols}
#: ... and the letter signs read as their usual currency when nothing settles them ("Rs").
LETTER_SYMBOLS.update((sign, _EN.letter_signs[sign][0]) for sign in _EN.usual_signs)
#: ... and the crypto-assets' tickers and signs ("BTC", "XBT", "₿"), in capitals only.
LETTER_SYMBOLS.update(_crypto.TICKERS)
LETTER_SYMBOLS.update(_crypto.SIGNS)

#: Words that name one currency in ordinary English although CLDR lists several under them.
_HEAD_DEFAULTS = _EN.currency_defaults
#: The first candidate for words several current currencies share (the rest follow in CLDR order).
_HEAD_PREFERRED = _EN.currency_preferences
#: Currency head words that are also common English words after a number; they count only
#: inside a full CLDR name ("Brazilian real").
_HEAD_BLOCKED = _EN.blocked_heads
_DOLLAR_WORDS = _EN.dollar_words


def is_crypto(code: object) -> bool:
    """Whether ``code`` is a crypto-asset's ticker ("BTC"): money, but no ISO 4217 currency."""
    return code in CRYPTO


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in _lexicon.HEADS else word


def head_currency(word: str) -> Currency | None:
    """The currency a lone head word names ("dollars", "francs", "shekels"), if any."""
    if word in _DOLLAR_WORDS:
        return AmbiguousDollar()
    if word in _HEAD_DEFAULTS:
        return _HEAD_DEFAULTS[word]
    if word in _HEAD_BLOCKED:
        return None
    codes = _lexicon.HEADS.get(word)
    if codes is None:
        return None
    current = [code for code in codes if code in CURRENT]
    if not current:
        return codes[0]
    if len(current) == 1:
        return current[0]
    head = _singular(word)
    preferred = _HEAD_PREFERRED.get(head, ())
    ordered = tuple(dict.fromkeys([*preferred, *current]))
    return AmbiguousDollar(candidates=ordered, symbol=head)


def shared_by(word: str) -> tuple[str, ...] | None:
    """The current currencies a word read as its usual one ("rupees" -> INR, "pounds" -> GBP)
    shares with others, the usual one first; None for a word no other currency shares."""
    usual = _HEAD_DEFAULTS.get(word)
    codes = _lexicon.HEADS.get(_singular(word)) if usual is not None else None
    if usual is None or not codes:
        return None
    others = [code for code in codes if code in CURRENT and code != usual]
    return (usual, *others) if others else None


def name_currency(key: str) -> Currency | None:
    """Currency for a lower-case name ("hong kong dollars", "euros", "美元"), else None.

    A name run together ("saudiriyal", "egyptianpound") is read as the spaced CLDR name.
    """
    code = _lexicon.NAMES.get(key) or _compact_names().get(key)
    if code is not None:
        return code
    return head_currency(key)


#: The words that are a currency only after a number, with how many of them make one of it:
#: sub-units ("cents", "satoshis": word -> currency when no main unit is named, factor) and the
#: whole units that are also names or titles before a number ("kuai", "bitcoins": factor 1).
#: A sub-unit's main unit may be a head word: "centavos" are hundredths of whichever peso the
#: word "peso" names.
_CENT = AmbiguousDollar(symbol="¢")


def _main_unit(code: str | None) -> Currency:
    if code is None:
        return _CENT
    return (head_currency(code) or _CENT) if code.islower() else code


SUBUNITS: dict[str, tuple[Currency, int]] = {
    word: (_main_unit(code), factor) for word, (code, factor) in _EN.subunits.items()
}
SUBUNITS["¢"] = (_CENT, 100)
SUBUNITS.update(_crypto.SUBUNITS)
SUBUNITS.update((word, (code, 1)) for word, code in _EN.after_number_words.items())
SUBUNITS.update((word, (code, 1)) for word, code in _crypto.WORDS.items())


@lru_cache(maxsize=1)
def _compact_names() -> dict[str, str]:
    # Generated by scripts/build_lexicon.py: deriving it from NAMES took ~0.6 ms a run.
    keys, codes = _lexicon.COMPACT_KEYS.split(), _lexicon.COMPACT_CODES.split()
    return dict(zip(keys, codes, strict=True))


def code_currency(token: str, *, after_number: bool) -> str | None:
    """An ISO code written as a word: "USD", "usd"; None for wordlike codes in prose."""
    upper = token.upper()
    if upper not in CODES:
        return None
    if token != upper and token != token.lower():
        return None  # "Bob", "Top": a name or a sentence start, not a code
    if upper in WORDLIKE_CODES and not (after_number and token == upper):
        return None
    return upper


def _prefix_letters() -> dict[str, str]:
    table: dict[str, str] = {}
    for symbol, code in _lexicon.SYMBOLS.items():
        if symbol.endswith("$") and symbol[:-1].replace(".", "").isalpha():
            table[symbol[:-1].lower()] = code
    table.update(_EXTRA_DOLLAR_LETTERS)
    return table


#: Letters before "$" -> code: "hk" -> HKD ("HK$", "hk $"), also any ISO code ("usd$", "mxn$").
DOLLAR_LETTERS: dict[str, str] = _prefix_letters()


def symbol_currency(symbol: str, locale: str | None = None) -> str | None:
    """ISO code for a currency symbol ("€", "HK$", "$US", "₹") as CLDR reads it in ``locale``.

    "$" itself comes back as "USD"; the extractor turns it into an ``AmbiguousDollar``.
    """
    if locale is not None:
        local = _lexicon.LOCALE_SYMBOLS.get(locale)
        if local is not None and symbol in local:
            return local[symbol]
    code = _lexicon.SYMBOLS.get(symbol)
    if code is not None:
        return code
    return LETTER_SYMBOLS.get(symbol)


def dollar_candidates(context: tuple[str, ...], first: str = "USD") -> tuple[str, ...]:
    """USD (or the locale's dollar) first, then HKD, then dollars the text names, in order."""
    return tuple(dict.fromkeys((first, "USD", "HKD", *context)))


@lru_cache(maxsize=64)
def territory_currency(locale: str, *, strict: bool = False) -> str | None:
    """The current currency of ``locale``'s territory ("en_KE" -> "KES"), or None (no
    territory, no currency, or with ``strict`` False an unknown locale; with ``strict`` an
    unknown locale is a LookupError).

    babel is imported only here, and only when a locale is given.
    """
    import babel
    import babel.numbers

    try:
        territory = babel.Locale.parse(locale.replace("-", "_")).territory
    except (ValueError, babel.UnknownLocaleError) as error:
        if strict:
            raise LookupError(f"unknown locale {locale!r}") from error
        return None
    if not territory:
        return None
    currencies = babel.numbers.get_territory_currencies(territory)
    return str(currencies[0]) if currencies else None
