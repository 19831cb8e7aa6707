"""Invisible characters inside figures: read "$\\u200b50M" as "$50M", spans kept true.

Copy-pasted headlines carry characters a reader never sees: zero-width spaces and joiners, the
word joiner, a byte-order mark, bidirectional marks and overrides, the soft hyphen, the combining
grapheme joiner and variation selectors, or a stray combining accent on a sign or a digit. Left in
place they split "$" from "50M" and the claim disappears without a word. ``strip`` removes them
before the scan and remembers where every kept character was; ``restore`` maps each figure's span
back onto the original text, so reports, carets and editors' offsets point at what was written.

A combining mark is removed only where it follows a character that is not a letter: on a letter
it is part of the word (decomposed Vietnamese "đồng", French "é") and stays. Pinyin in brackets
after a Han character ("人數(shù)"), which some mirrors print, is skipped the same way.
"""

from __future__ import annotations

import functools
import re
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


#: The fast gate of ``_circle_zeros``: ``lang.zh``'s stand-ins for the zero, which are loaded
#: only when one is in the text (tests/test_extract_invisible.py keeps the two equal).
ZERO_STAND_IN_GATE = ("○", "O")


@functools.lru_cache(maxsize=1)
def _zero_runs() -> tuple[str, str, re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """The zero 〇, its stand-ins (``lang.zh``), a run of numerals holding one, a digit, and
    the numerals."""
    from headlinecheck import lang

    zh = lang.get("zh")
    zero = next(d for d, v in zh.numeral_digits.items() if v == 0 and d != "零")
    stand_ins = "".join(zh.numeral_zero_stand_ins)
    digits = "".join(zh.numeral_digits)
    others = "".join(zh.magnitude_characters) + "".join(zh.numeral_points)
    numeral = f"[{re.escape(stand_ins + digits + others)}]"
    run = re.compile(f"{numeral}*[{re.escape(stand_ins)}]{numeral}*")
    numerals = frozenset(stand_ins + digits + others)
    return zero, stand_ins, run, re.compile(f"[{re.escape(digits)}]"), numerals


def _beside_numeral(text: str) -> bool:
    """Whether a stand-in for the zero stands next to a Han numeral ("五百O七"): found with
    ``str.find`` (a capital O is in every English text, a numeral next to it almost never)."""
    _, stand_ins, _, _, numerals = _zero_runs()
    for stand_in in stand_ins:
        at = text.find(stand_in)
        while at >= 0:
            if text[at - 1 : at] in numerals or text[at + 1 : at + 2] in numerals:
                return True
            at = text.find(stand_in, at + 1)
    return False


@functools.lru_cache(maxsize=1)
def _pinyin() -> re.Pattern[str]:
    """Pinyin in brackets after a Han character ("人數(shù)", "受災(zāi)"), which some mirrors
    print: a reader skips it, and left in place it cuts "死亡人數增至592人" in two. A tone
    mark (``lang.zh``) is required, so that "(a)" and "(下同)" stay."""
    from headlinecheck import lang

    tones = re.escape(lang.get("zh").pinyin_tones)
    # It starts with the bracket, so the regex engine scans for "(" (a look-behind first made
    # it try every character of a text); the Han character before it is tested in ``_bracketed``.
    return re.compile(f"\\((?=[a-zü]*[{tones}])[a-zü{tones}]{{1,8}}\\)")


def _bracketed(text: str) -> list[int]:
    """The indexes of the pinyin brackets of ``text`` (``_pinyin``), each after a Han character."""
    return [
        i
        for m in _pinyin().finditer(text)
        if m.start() and "\u4e00" <= text[m.start() - 1] <= "\u9fff"
        for i in range(*m.span())
    ]


def _circle_zeros(text: str) -> str:
    """``text`` with a stand-in for the zero ("○") as 〇 inside runs of numerals that hold a
    digit and do not start with it (a masked name, "林○○", "○○公司", stays). The same length:
    spans do not move."""
    zero, stand_ins, run, digit, _ = _zero_runs()
    blank = {ord(c): None for c in stand_ins}
    as_zero = {ord(c): zero for c in stand_ins}

    def replace(match: re.Match[str]) -> str:
        found = match.group()
        if found[0] in stand_ins or digit.search(found.translate(blank)) is None:
            return found
        return found.translate(as_zero)

    return run.sub(replace, text)


def strip(text: str) -> tuple[str, list[int] | None]:
    """``text`` without its invisible characters, and the original index of each kept one.

    The index list is ``None`` when nothing was removed (the common case costs one search).
    Only the matches are visited in Python: a text full of accents on letters costs one pass of
    the regex, not a loop over its characters. A white circle read as the zero 〇 (same length)
    also gives an index list, so that ``restore`` takes the figures' texts from the original."""
    if text.isascii():
        return text, None
    if (
        any(g in text for g in ZERO_STAND_IN_GATE)
        and _beside_numeral(text)  # "O" is in every English text
        and (zeroed := _circle_zeros(text)) != text
    ):
        text, unmoved = zeroed, list(range(len(text)))  # same length: every index is its own
    else:
        unmoved = None
    pinyin = _bracketed(text) if "(" in text else []
    if not pinyin and _ANY_RE.search(text) is None:
        return text, unmoved
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
    if pinyin:
        cuts = sorted({*cuts, *pinyin})
    if not cuts:
        return text, unmoved
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
