"""How the article reads its ambiguous currency signs: the yen sign, the other signs and
currency words several currencies share, and which signs a currency setting pins. The one owner
of these readings (the bare ``$`` is ``reading.resolve_dollar``'s, which asks here first).

``¥`` (and the full-width ``￥``) is the yen or the yuan. Extraction reads a text's ``¥`` as the
yuan when that text has a yuan word or a mainland dateline ("BEIJING —"); a headline alone has
neither, so "China unveils ¥1 Trillion plan" reads as yen over a body whose ``¥`` is the yuan.
The checker re-reads the headline's ``¥`` as the body reads it (``yen_reading``): the pinned
setting, else the locale's currency when it is the yen or the yuan ("zh_CN", "ja_JP"), else the
body's own ``¥`` amounts, else the one of yen or yuan the body names, else the body's yuan words
or dateline; with none of these, extraction's reading stands.

A currency setting (``dollar=``, front matter ``currency:``) pins the ambiguous signs it can be:
a dollar or peso pins ``$``, JPY or CNY pins ``¥``, SEK pins "kr", and so on (``pinned_signs``).
A setting no ambiguous sign can be (EUR: ``€`` is never in doubt) would change nothing, and is
refused (``ConfigError``) rather than accepted in silence.

Every other ambiguous sign ("Sh", "P", "kr", "francs") is read once per article
(``sign_readings``): as the setting when it is one of the sign's currencies, else by the
article's locale or dateline, else as the one of them the body names, else by the places the
article names (``checking.places``, which also re-reads the signs and words extraction reads as
their usual currency: "Rs", "rupees", "pounds"), else as its usual currency.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

import attrs

from headlinecheck.checking.places import ArticlePlace, settle
from headlinecheck.currencies import AmbiguousDollar
from headlinecheck.errors import ConfigError
from headlinecheck.extraction import Figure, Kind

YEN_SIGNS = ("¥", "￥")
YEN_CODES = frozenset({"JPY", "CNY"})
_NAMES = {"JPY": "yen", "CNY": "yuan"}


@cache
def sign_codes() -> dict[str, frozenset[str]]:
    """Ambiguous sign -> every currency it can be: "$" (every CLDR dollar and peso, and every
    currency CLDR writes with a "$"), "¥", the letter signs ("kr", "Sh", "P") and the currency
    words several currencies share ("francs", "pounds")."""
    from headlinecheck import _lexicon
    from headlinecheck.currencies import CURRENT, DOLLAR_CODES
    from headlinecheck.extraction.signs import LETTER_SIGNS

    dollars = set(DOLLAR_CODES) | set(_lexicon.HEADS.get("peso", ()))
    dollars |= {code for symbol, code in _lexicon.SYMBOLS.items() if "$" in symbol}
    out: dict[str, frozenset[str]] = {"$": frozenset(dollars), "¥": YEN_CODES}
    for sign, codes in LETTER_SIGNS.items():
        out[sign] = frozenset(codes)
    for word, codes in _lexicon.HEADS.items():
        current = [code for code in codes if code in CURRENT]
        if len(current) > 1 and word not in out:
            out[word] = frozenset(current)
    return out


def pinned_signs(code: str, option: str = "dollar") -> tuple[str, ...]:
    """The ambiguous signs a currency setting of ``code`` pins ("$" for HKD, "¥" for CNY); a
    ``ConfigError`` when there are none, since the setting would change nothing."""
    signs = tuple(sign for sign, codes in sign_codes().items() if code in codes)
    if not signs:
        raise ConfigError(
            f"{option} {code} would change nothing: no ambiguous currency sign can be {code}",
            value=code,
            fix="name a currency a sign leaves in doubt: a dollar or peso for $ (USD, HKD, "
            "MXN), JPY or CNY for ¥, SEK or NOK for kr; or remove the setting",
        )
    return signs


#: Signs read as the article's dollar: "$" and its cents ...
DOLLAR_SIGNS = frozenset({"$", "＄", "¢"})
#: ... and those of a bare dollar amount.
BARE_DOLLAR_SIGNS = DOLLAR_SIGNS - {"¢"}


def sign_readings(
    figures: Sequence[Figure], pinned: str | None = None, place: ArticlePlace | None = None
) -> tuple[tuple[str, str, str], ...]:
    """How each ambiguous sign other than "$" is read ("Sh", "P", "kr", "francs"): as the
    currency setting when it is one of the sign's, else by the article's locale or dateline,
    else as the one of its currencies the body names, else by the places the article names
    (``checking.places.settle``), else the usual one, the first."""
    written = [f.currency for f in figures if isinstance(f.currency, str)]
    readings: dict[str, tuple[str, str, str]] = {}
    cents = bare = False
    for figure in figures:
        sign = figure.currency
        if not isinstance(sign, AmbiguousDollar):
            continue
        if sign.symbol in DOLLAR_SIGNS:
            cents = cents or sign.symbol == "¢"
            bare = bare or sign.symbol in BARE_DOLLAR_SIGNS
            continue
        if sign.symbol in readings:
            continue
        found = settle(sign.symbol, sign.candidates, written, place, pinned)
        if found is None:
            own = sign.candidates[0]
            others = ", ".join(sign.candidates[1:])
            found = (
                own,
                (
                    f"Nothing in the article says which currency {sign.symbol} is, so it is read "
                    f"as {own}, its usual currency"
                    + (f" (it may also be {others})." if others else ".")
                ),
            )
        readings[sign.symbol] = (sign.symbol, *found)
    if cents and not bare and pinned is None:
        cent = cent_reading(written)
        if cent is not None:
            readings["¢"] = cent
    return tuple(readings.values())


def cent_reading(written: Sequence[str]) -> tuple[str, str, str] | None:
    """How "¢" and "cents" are read in an article that writes no bare "$" (``sign_readings``
    asks only then): as hundredths of the currency most of its amounts are in (``written``:
    the currencies its figures name; "R5 billion ... 30 cents" in a South African story: ZAR);
    None where no one currency leads (the cents are then the article's dollar's)."""
    ranked = Counter(written).most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    code = ranked[0][0]
    return (
        "¢",
        code,
        (
            f"¢ and “cents” are read as hundredths of {code}, the currency most of the article's "
            "amounts are in."
        ),
    )


def _writes_yen(figure: Figure) -> bool:
    return (
        figure.kind is Kind.MONEY
        and figure.currency in YEN_CODES
        and any(sign in figure.text for sign in YEN_SIGNS)
    )


def yen_reading(
    claims: Sequence[Figure],
    evidence: Sequence[Figure],
    body: str,
    pinned: str | None,
    locale: str | None = None,
) -> tuple[str, str] | None:
    """(currency, why) of the article's ``¥`` when the headline or the body writes one, else
    None. Never looks at whether a reading would make a claim match."""
    own = [f for f in evidence if _writes_yen(f)]
    if not own and not any(_writes_yen(f) for f in claims):
        return None
    if pinned in YEN_CODES:
        return pinned, f"¥ is pinned to {pinned}."
    if locale is not None:
        from headlinecheck.currencies import territory_currency

        local = territory_currency(locale)
        if local in YEN_CODES:
            return local, f"¥ is read as {local}, the currency of the article's locale {locale}."
    if own:
        code = str(own[0].currency)
        return code, (
            f"¥ is read as {code} ({_NAMES[code]}), as the body reads its own ¥ amounts "
            f"(“{own[0].text}”)."
        )
    named = [f for f in evidence if f.kind is Kind.MONEY and f.currency in YEN_CODES]
    codes = {str(f.currency) for f in named}
    if len(codes) == 1:
        code = codes.pop()
        return code, (
            f"¥ is read as {code}, the one of yen and yuan the body names (“{named[0].text}”)."
        )
    from headlinecheck.extraction.scanner import CNY_HINT_RE

    if CNY_HINT_RE.search(body):
        return "CNY", "¥ is read as CNY (yuan): the body has yuan words or a mainland dateline."
    return None


def reread(figures: Sequence[Figure], code: str) -> tuple[Figure, ...]:
    """``figures`` with every ``¥`` amount read as ``code``."""
    return tuple(
        attrs.evolve(f, currency=code) if _writes_yen(f) and f.currency != code else f
        for f in figures
    )
