"""Numbers written in digits: separators per locale, the pattern of one number, its value."""

from __future__ import annotations

import re
from decimal import Context, Decimal, InvalidOperation
from functools import lru_cache

#: Longest digit string (without separators) read as a number; longer runs are identifiers.
MAX_DIGITS = 30

#: Arithmetic on figures: wide enough that a figure of ``MAX_DIGITS`` stated digits times any
#: magnitude, its value in units of its precision, and sums and quotients near it are exact
#: (Decimal's default 28 digits would round them, and ``//`` would raise DivisionImpossible).
FIGURE_CONTEXT = Context(prec=80)


def is_vulgar_fraction(c: str) -> bool:
    """Whether ``c`` is a vulgar fraction character ("½", "¾", "⅓"): Latin-1's three and the
    Number Forms block's; a number they follow is no whole amount ("3½")."""
    return "\u00bc" <= c <= "\u00be" or "\u2150" <= c <= "\u215e"


@lru_cache(maxsize=32)
def separators(locale: str | None) -> tuple[str, str]:
    """``(decimal, group)`` separators for a babel locale id; English ones when ``None``.

    babel is imported only here, and only when a locale is asked for, so plain extraction never
    pays for loading CLDR data.
    """
    if locale is None:
        return ".", ","
    import babel.core
    import babel.numbers

    try:
        return (
            babel.numbers.get_decimal_symbol(locale),
            babel.numbers.get_group_symbol(locale),
        )
    except (ValueError, LookupError, babel.core.UnknownLocaleError) as error:
        from headlinecheck.errors import InputError

        raise InputError(
            "unknown locale", value=locale, fix="use a babel locale id such as 'de_DE'"
        ) from error


def digits_pattern(decimal: str, group: str) -> str:
    """Regex source for one written number with the given separators (no signs, no exponent).

    Groups are 3 digits, or 2 then 3 as in Indian "12,34,567" (``lang.en_in``'s grouping, read
    in every text); a plain digit run needs no group. Every repetition is delimited by a
    separator, so matching is linear.
    """
    dec = re.escape(decimal)
    # Locales that group with a (narrow) no-break space are also written with a plain space.
    grp = "[\u00a0\u202f ]" if group.isspace() else re.escape(group)
    return (
        rf"(?:[0-9]{{1,3}}(?:{grp}[0-9]{{2,3}})*{grp}[0-9]{{3}}|[0-9]+)(?:{dec}[0-9]+)?|{dec}[0-9]+"
    )


@lru_cache(maxsize=4096)
def parse_digits(text: str, decimal: str = ".", group: str = ",") -> tuple[Decimal, int] | None:
    """Value and exponent of the last stated digit ("6.40" -> (6.40, -2)); None if too long.

    Memoised (bounded): the answer depends on the arguments alone, and the same grouped and
    decimal numbers ("1,500", "3.2") come back in a text again and again."""
    if group.isspace():
        cleaned = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    else:
        cleaned = text.replace(group, "")
    if decimal != ".":
        cleaned = cleaned.replace(decimal, ".")
    if len(cleaned) > MAX_DIGITS + 1:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    whole, _, fraction = cleaned.partition(".")
    if cleaned.isascii() and (whole + fraction).isdigit():
        # Plain "123.45": the exponent is minus the digits after the point; ``as_tuple`` would
        # build a tuple of every digit to say the same.
        return value, -len(fraction)
    _, _, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    return value, exponent
