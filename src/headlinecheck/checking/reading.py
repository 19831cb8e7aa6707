"""The article's reading of a bare ``$``: pinned, the locale's dollar, the body's own bare ``$``,
a dateline, the dollar the body converts into, or the default, decided before any claim is
judged and never by what would match."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import attrs

from headlinecheck import lang
from headlinecheck.checking.places import ArticlePlace, dateline, dateline_currency, wire_filed
from headlinecheck.checking.signs import (
    BARE_DOLLAR_SIGNS,
    DOLLAR_SIGNS,
    pinned_signs,
    sign_readings,
)
from headlinecheck.checking.values import (
    DEFAULT_DOLLAR,
    DollarReading,
    DollarSource,
    check_code,
)
from headlinecheck.currencies import AmbiguousDollar, territory_currency
from headlinecheck.errors import ConfigError
from headlinecheck.extraction import Figure, LazyPattern

_EN = lang.get("en")
#: Currencies that are a dollar, for a locale's currency and for other readings of a bare $.
KNOWN_DOLLARS = frozenset(
    {"USD", "HKD", "SGD", "AUD", "CAD", "NZD", "TWD", "BND", "FJD", "JMD", "TTD", "BSD", "BBD"}
)


def dateline_dollar(body: str) -> tuple[str, str] | None:
    """(currency, place) from a dateline opening ``body``, or None.

    Only a body that *starts* with an upper-case place known to use a bare ``$`` for its own
    dollar counts, and never a wire story ("(Reuters)" etc. in the first line): wire services
    write ``$`` for the US dollar wherever they file from.
    """
    opening = dateline(body)
    if opening is None or opening[1]:
        return None
    currency = dateline_currency(opening[0])
    return (currency, opening[0]) if currency in KNOWN_DOLLARS else None


def _locale_dollar(locale: str) -> str | None:
    """The territory's currency of ``locale`` ("en_SG" -> "SGD") if it is a dollar, else None."""
    try:
        code = territory_currency(locale, strict=True)
    except LookupError as error:
        raise ConfigError("unknown locale", value=locale, fix="use a form like en_SG") from error
    if code is None:
        return None
    import babel.numbers  # heavy: only when a locale is given (territory_currency loaded it)

    is_dollar = code in KNOWN_DOLLARS or "$" in babel.numbers.get_currency_symbol(code, "en")
    return code if is_dollar else None


def resolve_dollar(
    headline_figures: Sequence[Figure],
    body_figures: Sequence[Figure],
    body: str,
    *,
    dollar: str | None = None,
    default_dollar: str = DEFAULT_DOLLAR,
    locale: str | None = None,
    place: ArticlePlace | None = None,
) -> DollarReading:
    """Decide what a bare ``$`` means in this article: pin > locale > body usage > dateline >
    default; and the other ambiguous signs (``sign_readings``, by ``place`` when the body does
    not settle them). Never looks at whether a reading would make a claim match."""
    # The headline cannot vouch for itself: its signs are read as the body settles them.
    signs = sign_readings([*body_figures, *headline_figures], dollar, place)
    if dollar is not None and "$" not in pinned_signs(check_code(dollar, "dollar")):
        dollar = None  # a setting of CNY pins the ¥, of SEK the "kr", not the $
    reading = _resolve_dollar(
        body_figures, body, dollar=dollar, default_dollar=default_dollar, locale=locale
    )
    return attrs.evolve(reading, signs=signs) if signs else reading


def _resolve_dollar(
    body_figures: Sequence[Figure],
    body: str,
    *,
    dollar: str | None,
    default_dollar: str,
    locale: str | None,
) -> DollarReading:
    if dollar is not None:
        code = check_code(dollar, "dollar")
        return DollarReading(code, DollarSource.PINNED, f"$ is pinned to {code}.")
    if locale is not None:
        code_or_none = _locale_dollar(locale)
        if code_or_none is not None:
            return DollarReading(
                code_or_none,
                DollarSource.LOCALE,
                f"$ is read as {code_or_none}, the dollar of the article's locale {locale}.",
            )
    hint = dateline_dollar(body)
    bare = next((f for f in body_figures if _is_bare_dollar(f)), None)
    named = _only_named_dollar(body, body_figures) if bare is not None else None
    target = _conversion_dollar(body, body_figures) if hint is None else None
    if hint is not None:
        base_code, base_why = hint[0], f"from the dateline {hint[1]}"
    elif target is not None:
        base_code = str(target.currency)
        base_why = f"the dollar the body converts its amounts into (“({target.text})”)"
    elif named is not None:
        base_code = str(named.currency)  # a code: _only_named_dollar returns only those
        base_why = f"the only dollar the body names (“{named.text}”)"
    else:
        base_code, base_why = check_code(default_dollar, "default_dollar"), "the default dollar"
    if bare is not None:
        return DollarReading(
            base_code,
            DollarSource.BODY,
            f"The body itself writes bare $ amounts, such as “{bare.text}”, so the headline's "
            f"$ is that unit and is compared with them without conversion; against other "
            f"currencies it is read as {base_code}, {base_why}.",
        )
    if hint is not None:
        return DollarReading(
            base_code, DollarSource.DATELINE, f"$ is read as {base_code} {base_why}."
        )
    if target is not None:
        return DollarReading(
            base_code, DollarSource.CONVERSIONS, f"$ is read as {base_code}, {base_why}."
        )
    return DollarReading(
        base_code,
        DollarSource.DEFAULT,
        f"Nothing in the article says which dollar $ is, so it is read as {base_why}, {base_code}.",
    )


_CONVERTED = LazyPattern(
    r"\s*\(\s*(?:" + "|".join(map(re.escape, _EN.dollar_conversion_words)) + r")?\s*"
)


def _is_bare_dollar(figure: Figure) -> bool:
    """A bare "$" (not "Sh", "kr" or "francs", which have readings of their own)."""
    sign = figure.currency
    return isinstance(sign, AmbiguousDollar) and sign.symbol in BARE_DOLLAR_SIGNS


def _only_named_dollar(body: str, figures: Sequence[Figure]) -> Figure | None:
    """The one non-US dollar the body names ("A$5 billion") when it also writes bare $ amounts
    after it, never before it, and never converts that dollar into a bare $ ("A$5 billion ($3.6
    billion)", where the bare $ is another dollar): an Australian outlet writes "A$5 billion"
    once and "$20 billion" after."""
    if wire_filed(body):
        return None  # wire services write $ for the US dollar wherever they file from
    named = [f for f in figures if isinstance(f.currency, str) and f.currency in KNOWN_DOLLARS]
    if not named or len({f.currency for f in named}) != 1 or named[0].currency == "USD":
        return None
    dollars = [f for f in figures if f in named or _is_bare_dollar(f)]
    if dollars[0] is not named[0]:
        return None  # a bare $ before the named one ("$3 billion and HK$2 billion") is another
    for first, second in itertools.pairwise(figures):
        if (
            first.currency == named[0].currency
            and _is_bare_dollar(second)
            and _CONVERTED.fullmatch(body[first.span[1] : second.span[0]])
        ):
            return None
    return named[0]


def _conversion_dollar(body: str, figures: Sequence[Figure]) -> Figure | None:
    """The one non-US dollar the body converts other amounts into ("386.3 billion pesos (S$10.2
    billion)", "US$180 billion (S$242 billion)"): an outlet converts into its readers' dollar, so
    that is what its bare $ means. None when the body converts into US dollars or into several
    dollars, or files as a wire service."""
    if wire_filed(body):
        return None
    targets: list[Figure] = []
    for first, second in itertools.pairwise(figures):
        if (
            isinstance(second.currency, str)
            and second.currency in KNOWN_DOLLARS
            and first.currency != second.currency
            and first.kind is second.kind
            and _CONVERTED.fullmatch(body[first.span[1] : second.span[0]])
        ):
            targets.append(second)
    if not targets or len({f.currency for f in targets}) != 1 or targets[0].currency == "USD":
        return None
    return targets[0]


def currency_of(figure: Figure, reading: DollarReading) -> str | None:
    """The figure's currency, a bare ``$`` read as the article reads it."""
    currency = figure.currency
    if isinstance(currency, AmbiguousDollar):
        for sign, code, _ in reading.signs:
            if sign == currency.symbol:
                return code  # the other signs, and "¢" where the article's amounts settle it
        if currency.symbol in DOLLAR_SIGNS:
            return reading.currency
        return currency.candidates[0]
    return currency
