"""The currency lexicon: ISO 4217 codes, CLDR symbols and names (via babel), the ambiguous dollar.

CONTRACT (shared by the team):
- ``AmbiguousDollar`` is the value extraction records for a bare ``$``
  (or "dollars" with no country).

The data comes from CLDR through ``scripts/build_lexicon.py``, which writes ``_lexicon.py``;
importing that module costs about a millisecond, importing babel a hundred times more. The few
hand-written entries below are newsroom spellings CLDR does not carry ("S$", "Rmb", "Rs") and
the preference order among currencies that share a word; each says why.
"""

from __future__ import annotations

from functools import lru_cache

import attrs

from headlinecheck import _lexicon


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

CODES: frozenset[str] = _lexicon.CODES
CURRENT: frozenset[str] = _lexicon.CURRENT
#: Every currency CLDR calls a dollar (USD, HKD, SGD, ...).
DOLLAR_CODES: frozenset[str] = frozenset(_lexicon.HEADS["dollar"])

#: ISO codes that are also everyday words or tickers: "ALL 5 solutions", "AMD 7nm", "try 3".
#: They are read as currencies only when written in capitals right after a number.
WORDLIKE_CODES: frozenset[str] = frozenset(
    {"ALL", "AMD", "BAM", "BOB", "CUP", "GEL", "MAD", "MOP", "PEN", "RUB", "SOS", "TOP", "TRY"}
    | {"COP", "ERN", "MUR", "ANG", "BIF", "LAK", "NIO"}
)

#: Letters written before "$" that CLDR does not list (it has "US$", "HK$", "A$", "CA$", "NT$",
#: "NZ$", "MX$", "R$" itself; see ``_prefix_letters``): Singapore and U.S. newsroom spellings.
_EXTRA_DOLLAR_LETTERS = {"s": "SGD", "u.s.": "USD", "u.s": "USD", "mex": "MXN"}

#: Letter symbols CLDR gives ambiguously or not at all, as news and finance desks write them.
#: "Rs" is shared by the Indian, Pakistani and Sri Lankan rupee; Indian usage dominates news.
LETTER_SYMBOLS: dict[str, str] = {
    "Rs": "INR",
    "Rs.": "INR",
    "RM": "MYR",
    "Rmb": "CNY",
    "RMB": "CNY",
    "rmb": "CNY",
    "Rp": "IDR",
    # Egyptian English press writes the pound as "LE" (livre égyptienne).
    "LE": "EGP",
    # Colloquial Chinese: "块" (kuai) for yuan, "台币" for the New Taiwan dollar.
    "块": "CNY",
    "塊": "CNY",
    "台币": "TWD",
    "台幣": "TWD",
    "zł": "PLN",
    "Kč": "CZK",
}

#: Words that name one currency in ordinary English although CLDR lists several under them
#: (and the issue asks for this reading): bare pounds are sterling, bare rupees Indian.
_HEAD_DEFAULTS: dict[str, str] = {
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "quid": "GBP",
    "rupee": "INR",
    "rupees": "INR",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "lira": "TRY",
    "liras": "TRY",
    "lire": "ITL",
}

#: The first candidate for words several current currencies share (the rest follow in CLDR order).
_HEAD_PREFERRED: dict[str, tuple[str, ...]] = {
    "franc": ("CHF",),
    "peso": ("MXN", "PHP", "ARS"),
    "krona": ("SEK", "ISK"),
    "krone": ("NOK", "DKK"),
    "riyal": ("SAR", "QAR"),
    "dinar": ("KWD", "BHD", "JOD"),
    "rial": ("IRR", "OMR"),
    "shilling": ("KES", "UGX", "TZS"),
}

#: Currency head words that are also common English words after a number ("5 real problems",
#: "3 won", "2 marks"); they count only inside a full CLDR name ("Brazilian real").
_HEAD_BLOCKED = frozenset(
    {"real", "reals", "won", "mark", "marks", "dong", "kip", "som", "lek", "lev", "leu", "lei"}
    | {"pula", "rand", "para", "vatu", "tala", "loti", "gold"}
)

#: Sub-units: word -> (currency when no main unit is named, factor).
_CENT = AmbiguousDollar(symbol="¢")
SUBUNITS: dict[str, tuple[Currency, int]] = {
    "cent": (_CENT, 100),
    "cents": (_CENT, 100),
    "¢": (_CENT, 100),
    "penny": ("GBP", 100),
    "pennies": ("GBP", 100),
    "pence": ("GBP", 100),
    # Malaysian cents; after a number only ("20 ringgit 43 sen").
    "sen": (_CENT, 100),
    "sens": (_CENT, 100),
}


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in _lexicon.HEADS else word


def head_currency(word: str) -> Currency | None:
    """The currency a lone head word names ("dollars", "francs", "shekels"), if any."""
    if word in ("dollar", "dollars", "buck", "bucks"):
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


def name_currency(key: str) -> Currency | None:
    """Currency for a lower-case name ("hong kong dollars", "euros", "美元"), else None.

    A name run together ("saudiriyal", "egyptianpound") is read as the spaced CLDR name.
    """
    code = _lexicon.NAMES.get(key) or _compact_names().get(key)
    if code is not None:
        return code
    return head_currency(key)


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
