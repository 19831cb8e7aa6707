"""Direction: "Profits fall 30%" is not "profits rose 30%". The movement a text gives a figure,
and the side of zero an amount is on (profit or loss)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from typing import NamedTuple

from headlinecheck import lang
from headlinecheck.extraction import LazyPattern

_EN = lang.get("en")
RISE_WORDS, FALL_WORDS, BOUND_WORDS = _EN.rise_words, _EN.fall_words, _EN.bound_words
BY_ONLY = _EN.by_only_words
NEXT_TO_ONLY = _EN.next_to_only_words
PARTICLE_VERBS = _EN.particle_verbs
NEGATIONS = _EN.negations
FILLERS = _EN.movement_fillers
#: Signs stuck to a figure: hyphen-minus, minus sign, the en dash typeset as a minus, and plus
#: (notation, the same in every language).
SIGNS: Mapping[str, str] = {"-": "down", "\u2212": "down", "\u2013": "down", "+": "up"}

_DIRECTIONS: Mapping[str, str] = dict.fromkeys(sorted(RISE_WORDS | BY_ONLY), "up") | dict.fromkeys(
    sorted(FALL_WORDS), "down"
)
# "30% more" is a rise, but "more than 30%" and "below $60,000" are bounds: these count only
# after the figure ("30% below last year").
_AFTER_ONLY = BOUND_WORDS
# A clause ends at these; a direction word beyond them is about something else.
_CLAUSE_MARKS = ".;:!?,()[]\u2014\u2013"
#: The last clause mark of a text (greedy ``.*`` backs off to it) and the first: one regex call
#: each instead of a ``rfind``/``find`` per mark.
_LAST_MARK = LazyPattern("".join((".*[", *map(re.escape, _CLAUSE_MARKS), "]")), re.DOTALL)
_FIRST_MARK = LazyPattern("".join(("[", *map(re.escape, _CLAUSE_MARKS), "]")))
_DIRECTION_WORD = LazyPattern(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
#: How far from the figure a direction word may stand, in words (before, after).
DIRECTION_REACH = (3, 2)
# Characters to look at either side: enough for the reach in any real text.
_DIRECTION_CHARS = 100


class Movement(NamedTuple):
    """The direction a text gives a figure ("up" or "down"), the words that say so, whether they
    are negated ("did not fall": ``negated`` is True, ``direction`` "down"), and what the figure
    is to the movement: ``"by"`` the change itself ("rose 3%", "a 3% rise"), ``"to"`` the level
    reached ("rose to 3%"), ``"from"`` the level left ("up from 3%")."""

    direction: str
    words: str
    negated: bool = False
    relation: str = "by"

    def phrase(self) -> str:
        """ "up" / "down" / "not down", as ``Hint.direction`` records it."""
        return f"not {self.direction}" if self.negated else self.direction


#: Which side of zero an amount is on: "a $5M profit" against "a $5 million loss". Read like a
#: direction ("up" is a gain), by ``movement(..., table=POLARITY)``.
POLARITY: Mapping[str, str] = dict.fromkeys(_EN.gain_words, "up") | dict.fromkeys(
    _EN.loss_words, "down"
)


def _window_words(text: str) -> list[str]:
    # The pattern takes "'" and "’" alike, so either way round it finds the same words. ASCII
    # text is lowered in one call; other text word by word (lowering the Kelvin sign makes a "k").
    if text.isascii():
        return _DIRECTION_WORD.findall(text.lower())
    return [w.lower() for w in _DIRECTION_WORD.findall(text.replace("\u2019", "'"))]


def movement(
    text: str,
    span: tuple[int, int],
    lo: int = 0,
    hi: int | None = None,
    table: Mapping[str, str] | None = None,
) -> Movement | None:
    """The direction ``text`` gives the figure at ``span``, or None.

    A sign stuck to the figure ("-1.2%", "+1.2%") decides first. Otherwise the direction word
    nearest the figure counts: inside the figure's clause, between ``lo`` and ``hi`` (the
    neighbouring figures), within ``DIRECTION_REACH`` words not counting fillers ("rose by 30%",
    "fell to a record 30%"); before the figure wins a tie with after it. Not a direction: "up
    to" and "more/fewer/less than" (bounds), "up"/"down" after verbs such as "set" or "shut"
    (phrasal verbs), "to cut" after the figure (a purpose), a movement noun ("growth") that is
    not next to the figure. A negation among the two words before the direction word ("did not
    fall", "failed to rise") marks it ``negated``. docs/checking.md lists the words.
    ``table`` replaces the direction words (``POLARITY``: profit against loss).
    """
    hi = len(text) if hi is None else hi
    sign = span[0] - 1
    if (
        lo <= sign < len(text)
        and text[sign] in SIGNS
        and (sign == 0 or not text[sign - 1].isalnum() or ord(text[sign - 1]) > 0x2E7F)
    ):
        # "FTSE -1.2%", "增長-12.5%": a sign stuck to the figure is the most direct direction
        # there is (but "5-6%" is a range and "year-on-year" a word; Chinese has no hyphen).
        return Movement(SIGNS[text[sign]], text[sign])
    if _in_accounts_brackets(text, span, lo, hi):
        return Movement("down", text[span[0] - 1 : span[1] + 1])
    if table is None and lo < span[0] <= len(text) and ord(text[span[0] - 1]) > 0x2E7F:
        found = _chinese_movement(text, span[0], lo)
        if found is not None:
            return found
    start = max(lo, span[0] - _DIRECTION_CHARS)
    before = text[start : span[0]]
    last = _LAST_MARK.match(before)
    cut = -1 if last is None else last.end() - 1
    words_before = _window_words(before[cut + 1 :])
    if cut < 0 and start > lo and text[start - 1].isalpha() and words_before:
        words_before = words_before[1:]  # the window began inside a word
    after = text[span[1] : min(hi, span[1] + _DIRECTION_CHARS)]
    first = _FIRST_MARK.search(after)
    words_after = _window_words(after if first is None else after[: first.start()])
    raw = [*words_before, "", *words_after]
    at = len(words_before)

    def counts(position: int) -> bool:
        word = raw[position]
        if word in FILLERS:
            return False
        following = raw[position + 1] if position + 1 < len(raw) else ""
        bound = (word == "up" and following == "to") or (
            position < at and word in _AFTER_ONLY and following == "than"
        )
        return not bound

    before_words = [p for p in range(at - 1, -1, -1) if counts(p)][: DIRECTION_REACH[0]]
    after_words = [p for p in range(at + 1, len(raw)) if counts(p)][: DIRECTION_REACH[1]]
    order = [p for pair in itertools.zip_longest(before_words, after_words) for p in pair]
    nearest = (*before_words[:1], *after_words[:1])
    for position in order:
        if position is None:
            continue
        word = raw[position]
        direction = (_DIRECTIONS if table is None else table).get(word)
        if direction is None or (position < at and word in _AFTER_ONLY):
            continue
        if word in NEXT_TO_ONLY and position not in nearest:
            continue
        if position > at and raw[position - 1] == "to":
            continue  # "$6.4M to accelerate blockchain": a purpose, not the figure's movement
        if word in ("up", "down") and position > 0 and raw[position - 1] in PARTICLE_VERBS:
            continue
        between = raw[position + 1 : at]
        if word in BY_ONLY and (position > at or "by" not in between):
            continue
        relation = "to" if "to" in between else "from" if "from" in between else "by"
        for back in (1, 2):
            if position - back >= 0 and _negates(raw[position - back]):
                words = " ".join(raw[position - back : position + 1])
                return Movement(direction, words, True, relation)
        return Movement(direction, word, False, relation)
    return None


#: What may stand before an accounts bracket: a line start, a label's colon, a table cell.
_ACCOUNTS_OPENERS = ":|\t\n="


def _in_accounts_brackets(text: str, span: tuple[int, int], lo: int, hi: int) -> bool:
    """An amount alone in brackets where a table or a label puts a value ("Net income: ($99.99)",
    "| (€15m) |"): accounts write a negative amount so. Brackets after words or another amount
    ("HK$50 million (US$6.4 million)") are an aside, a conversion: not a sign."""
    start, end = span
    if not (lo < start and end < hi and text[start - 1] == "(" and text[end] == ")"):
        return False
    # Look past ``lo``: the neighbouring figure before the bracket is what makes it an aside.
    before = text[max(0, start - 40) : start - 1].rstrip(" \u00a0")
    return not before or before[-1] in _ACCOUNTS_OPENERS


def _negates(word: str) -> bool:
    return word in NEGATIONS or word.endswith("n't")


_ZH = lang.get("zh")
#: Chinese direction words ("年增4%", "跌至3%"), longest first; the "to" words after them.
_ZH_DIRECTIONS: Mapping[str, str] = dict.fromkeys(sorted(_ZH.rise_words), "up") | dict.fromkeys(
    sorted(_ZH.fall_words), "down"
)
_ZH_WORDS = sorted(_ZH_DIRECTIONS, key=len, reverse=True)
_ZH_TO = tuple(w for w in _ZH.range_separators if w.isalpha())
_ZH_REACH = 4


def _chinese_movement(text: str, start: int, lo: int) -> Movement | None:
    """A Chinese direction word written right before the figure at ``start`` ("年增4%",
    "跌至3%", "減少到85人"): Chinese writes it against the number, with no spaces."""
    window = text[max(lo, start - _ZH_REACH - 2) : start]
    relation = "by"
    for to in _ZH_TO:
        if window.endswith(to):
            window, relation = window[: -len(to)], "to"
            break
    for word in _ZH_WORDS:
        if window.endswith(word):
            return Movement(_ZH_DIRECTIONS[word], word, False, relation)
    return None
