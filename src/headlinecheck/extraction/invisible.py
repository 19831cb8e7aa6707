"""Invisible characters inside figures: read "$\\u200b50M" as "$50M", spans kept true.

Copy-pasted headlines carry characters a reader never sees: zero-width spaces and joiners, the
word joiner, a byte-order mark, bidirectional marks and overrides, the soft hyphen, the combining
grapheme joiner and variation selectors, or a stray combining accent on a sign or a digit. Left in
place they split "$" from "50M" and the claim disappears without a word. ``strip`` removes them
before the scan and remembers where every kept character was; ``restore`` maps each figure's span
back onto the original text, so reports, carets and editors' offsets point at what was written.

A combining mark is removed only where it follows a character that is not a letter: on a letter
it is part of the word (decomposed Vietnamese "đồng", French "é") and stays.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from headlinecheck.extraction.lazy import LazyPattern
from headlinecheck.extraction.values import Figure

#: Format characters (Unicode category Cf) and the joiners and selectors of category Mn that
#: render as nothing: soft hyphen, combining grapheme joiner, Arabic letter mark, Mongolian
#: selectors, zero-width space/joiners, bidi marks, embeddings, overrides and isolates, word
#: joiner and invisible operators, variation selectors, byte-order mark, interlinear annotation
#: marks, tag characters.
_FORMAT = (
    "\u00ad\u034f\u061c\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufe00-\ufe0f\ufeff\ufff9-\ufffb\U000e0001\U000e0020-\U000e007f\U000e0100-\U000e01ef"
)
#: Combining diacritical marks (the base block, extended, supplement, for symbols, half marks).
_COMBINING = "\u0300-\u036e\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"

# Compiled on first use: an ASCII text needs none of them.
_ANY_RE = LazyPattern(f"[{_FORMAT}{_COMBINING}]")
_FORMAT_RE = LazyPattern(f"[{_FORMAT}]")
_COMBINING_RE = LazyPattern(f"[{_COMBINING}]")


def strip(text: str) -> tuple[str, list[int] | None]:
    """``text`` without its invisible characters, and the original index of each kept one.

    The index list is ``None`` when nothing was removed (the common case costs one search).
    Only the matches are visited in Python: a text full of accents on letters costs one pass of
    the regex, not a loop over its characters."""
    if text.isascii() or _ANY_RE.search(text) is None:
        return text, None
    cuts: list[int] = []
    on_letter = False  # whether the marks at this point sit on a letter ("ệ": e + two marks)
    after = -1  # the index just past the last match
    for match in _ANY_RE.finditer(text):
        i = match.start()
        if i != after:  # a visible character comes right before this one
            on_letter = i > 0 and text[i - 1].isalpha()
        after = i + 1
        if on_letter and not _FORMAT_RE.match(text, i) and _COMBINING_RE.match(text, i):
            continue  # an accent of the letter (not the joiner U+034F among them): the word's
        cuts.append(i)
    if not cuts:
        return text, None
    pieces: list[str] = []
    where: list[int] = []
    start = 0
    for cut in [*cuts, len(text)]:
        pieces.append(text[start:cut])
        where.extend(range(start, cut))
        start = cut + 1
    return "".join(pieces), where


def restore(
    figures: Sequence[Figure], original: str, where: list[int] | None
) -> tuple[Figure, ...]:
    """``figures`` read from ``strip``'s text, their spans and texts moved onto ``original``."""
    if where is None:
        return tuple(figures)
    moved: list[Figure] = []
    for figure in figures:
        start, end = figure.span
        span = (where[start], where[end - 1] + 1)  # a figure is never empty
        moved.append(attrs.evolve(figure, span=span, text=original[span[0] : span[1]]))
    return tuple(moved)
