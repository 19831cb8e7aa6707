"""Finding the numbers of a text: the scanner regex's matches, from a position on, found faster.

The scanner (``scanner.scanner``) is one alternation of a digit branch and a word branch, and
the regex engine tries it at every position of the text: most of the time of a scan over prose
went into failing to start a number word at each character. :class:`Finder` gives the same
matches from the two branches apart:

* the digit branch starts with a character class, so the regex engine skips to the next digit
  in C (``digit_scanner``);
* the word branch is tried only where a number word or an article may start, found with
  ``str.find`` in the lower-cased text: "one", "twenty", "hundred", "a " (before "dozen").
  Every match of the branch starts with one of them, so the positions found are a superset of
  where a match may start, and the branch itself (``WORD_SCANNER``) decides.

A match of either branch at a position does not depend on where the search began, and no
position starts both (a digit, a letter), so the earlier of the two next matches is the next
match of the whole scanner. Text with full-width digits or Chinese numerals, or whose lower
case is not one character for one, is scanned by the whole regex as before.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache

from headlinecheck.extraction.scanner import (
    EN,
    NEVER,
    RUN_STARTS,
    LazyPattern,
    digits_branch,
    scanner,
    words_branch,
)


@lru_cache(maxsize=16)
def digit_scanner(decimal: str, group: str) -> re.Pattern[str]:
    """The scanner's digit branch alone, for text with no full-width digits: one character
    class starts it, so the regex engine skips to the next digit in C."""
    never = NEVER.format("words") + NEVER.format("han")
    return re.compile(digits_branch(decimal, group, False) + never)


#: The scanner's word branch alone, tried only where a number word may start.
WORD_SCANNER = LazyPattern(
    words_branch() + NEVER.format("num") + NEVER.format("att") + NEVER.format("han")
)
#: Lower-case words one of which starts every match of the word branch: the number words, and
#: the articles (before a space or hyphen).
WORD_STARTS = tuple(w.lower() for w in RUN_STARTS)
ARTICLES = tuple(w.lower() for w in EN.articles)


def _shortest(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words no other word is a prefix of: finding "four" finds "fourteen" too."""
    unique = sorted(set(words))
    return tuple(w for w in unique if not any(w != o and w.startswith(o) for o in unique))


#: Built on first use: what to look for in the lower-cased text, each where a match may start.
_STARTS: tuple[str, ...] = ()


def _prepare() -> None:
    global _STARTS
    # An article opens a match only before a space or hyphen and a follower ("a hundred"):
    # looking for "a " and "a-" is four passes where the followers would be seventeen.
    articles = tuple(article + sep for article in ARTICLES for sep in " -")
    _STARTS = _shortest(WORD_STARTS) + articles  # set last: it is the "ready" flag


def _word_starts(lower: str) -> list[int]:
    """Every position of ``lower`` where a match of the word branch may start, in order."""
    if not _STARTS:
        _prepare()
    found: set[int] = set()
    add = found.add
    find = lower.find
    for word in _STARTS:
        i = find(word)
        while i >= 0:
            add(i)
            i = find(word, i + 1)
    return sorted(found)


#: Where a branch's next match starts once it has none left: past every position.
_EXHAUSTED = sys.maxsize


class Finder:
    """The scanner's matches in ``text`` from a position on, as ``scanner.search(text, pos)``
    gives them; ``pos`` may only grow from one call to the next."""

    __slots__ = ("_digit", "_digit_at", "_digits", "_i", "_starts", "_word", "_word_at")

    def __init__(self, lower: str, decimal: str, group: str) -> None:
        self._digits = digit_scanner(decimal, group)
        self._digit: re.Match[str] | None = None
        self._digit_at = -1  # where ``_digit`` starts (-1: not searched yet)
        self._starts = _word_starts(lower)
        self._i = 0
        self._word: re.Match[str] | None = None
        self._word_at = -1

    def search(self, text: str, pos: int) -> re.Match[str] | None:
        # Each branch keeps its next match until ``pos`` passes its start: the match at a
        # position is the same whichever position the search began at. The starts are kept
        # as numbers, compared without a call (``_EXHAUSTED`` once a branch has no more).
        if self._digit_at < pos:
            digit = self._digit = self._digits.search(text, pos)
            self._digit_at = _EXHAUSTED if digit is None else digit.start()
        if self._word_at < pos:
            word = None
            starts, i, n = self._starts, self._i, len(self._starts)
            while i < n:
                start = starts[i]
                i += 1
                if start >= pos:
                    word = WORD_SCANNER.match(text, start)
                    if word is not None:
                        break
            self._i = i
            self._word = word
            self._word_at = _EXHAUSTED if word is None else word.start()
        # No position starts both (a digit, a letter): the earlier, or the digit's (None when
        # both are exhausted).
        return self._word if self._word_at < self._digit_at else self._digit


def finder(text: str, decimal: str, group: str, wide: bool) -> Finder | re.Pattern[str]:
    """What finds the numbers of ``text``: a ``Finder``, or the whole scanner regex (``wide``
    text, or text whose lower case is not one character for one)."""
    if not wide:
        lower = text.lower()
        if len(lower) == len(text):
            return Finder(lower, decimal, group)
    return scanner(decimal, group, wide)
