"""Chinese ranges: "三至五億元", "3千至5千萬元", "五至九成", "新臺幣5萬至25萬元". A range's ends
share what one of them writes: the unit of the second ("億元", "成"), the currency named
before the first. ``joining.try_range`` asks here once it has two Chinese ends. Every word is
``lang.zh``'s.
"""

from __future__ import annotations

from decimal import Decimal

from headlinecheck import lang
from headlinecheck.extraction.scanner import Atom
from headlinecheck.numbers import NUMERAL_CHARACTERS

ZH = lang.get("zh")
_BIG = ZH.numeral_big
#: Longest first: "～" and "~" are one character, "至" and "到" too, but a record may add more.
_RANGE_SEPARATORS = tuple(sorted(ZH.range_separators, key=len, reverse=True))
_NUMBER_CHARACTERS = frozenset(NUMERAL_CHARACTERS) | frozenset("0123456789０１２３４５６７８９")


def _numeral(ch: str) -> bool:
    return ch != "" and ch in _NUMBER_CHARACTERS


def in_range(text: str, start: int, end: int) -> bool:
    """Whether the Han numeral from ``start`` to ``end``, with no unit of its own, opens or
    closes a range ("三至五億元", "五至九成", "百分之五至十"): kept, so that the range takes
    the unit of its other end; dropped, the range would read as its other end alone (5億)."""
    for sep in _RANGE_SEPARATORS:
        if text.startswith(sep, end) and _numeral(text[end + len(sep) : end + len(sep) + 1]):
            return True
    for sep in _RANGE_SEPARATORS:
        at = start - len(sep)
        if at >= 1 and text.startswith(sep, at) and _numeral(text[at - 1]):
            return True
    return False


def shared_scale(text: str, a: Atom, b: Atom) -> Decimal | None:
    """The magnitude a range's first end ``a`` takes from its second ``b``: the big unit (萬, 億,
    兆) ending ``b``'s number when ``a``'s has none and nothing follows it ("三至五億元",
    "3千至5千萬元", "三十至五十億元": 億 and 萬 apply to both ends); None otherwise. Taken from the
    characters, not from ``b``'s scale, which holds the 十 of "五十億" too."""
    if a.end != a.num_end or b.num_end - b.num_start < 2:
        return None
    if any(ch in _BIG for ch in text[a.num_start : a.num_end]):
        return None  # "3萬至5億元": each end has its own
    factor = Decimal(1)
    at = b.num_end
    while at > b.num_start and text[at - 1] in _BIG:
        factor *= _BIG[text[at - 1]]  # "萬億" is 10**12
        at -= 1
    return None if factor == 1 else factor


def closes_named_range(text: str, a: Atom, b: Atom) -> bool:
    """Whether ``b`` ends a range with a bare 元 whose currency ``a`` names before it
    ("新臺幣5萬至25萬元", "港幣3至5億元")."""
    return (
        isinstance(a.currency, str)
        and not a.currency_after
        and b.currency == _YUAN_CODE
        and b.currency_after
        and text[b.end - 1 : b.end] == _YUAN
    )


_YUAN = ZH.yuan_character
_YUAN_CODE = "CNY"


def ordinal_noun(text: str, a: Atom, noun: str) -> str:
    """The noun of a range whose first end follows the ordinal prefix ("第一至三名", "第1至3位"):
    ranks, counted apart as "第11位" is; ``noun`` otherwise."""
    prefix = ZH.ordinal_prefix
    if prefix and text.startswith(prefix, a.start - len(prefix)) and not noun.startswith(prefix):
        return prefix + noun
    return noun
