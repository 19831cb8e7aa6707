"""One number with what surrounds it (``Atom``), and the small text steps every reader takes.

An atom is mutable and internal: the readers fill it in (currency, percent, qualifier, noun),
the joiners merge two of them, and ``figures`` turns it into a frozen ``Figure``.
"""

from __future__ import annotations

from decimal import Decimal

from headlinecheck.extraction.patterns import WORD_SPLIT_RE
from headlinecheck.extraction.values import Currency

#: How far back a currency or qualifier may start before its number (characters).
WINDOW = 40

SPACES = " \u00a0\u202f"
SPACES_SET = frozenset(SPACES)
#: What may stand between a number and its magnitude word (see ``gap_end``).
_GAP_CHARS = " \t\u00a0\u202f"
_GAP_NEXT = frozenset(_GAP_CHARS + "\r\n")


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

    def __init__(
        self,
        *,
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


def word_before(text: str, end: int, floor: int) -> str:
    """The last word (letters and dots) ending at ``end``, looking back at most 24 characters."""
    if text[end - 1 : end].isspace():
        return ""
    # Only the last word is wanted: one split from the right.
    parts = text[max(floor, end - 24) : end].rsplit(None, 1)
    if not parts:
        return ""
    return parts[-1].lstrip("([{\"'“‘-")


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
        if text[pos + 1 : pos + 2] not in _GAP_NEXT:
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
