"""Qualifiers before a number ("about", "more than", "up to", "between"): which one, if any.

The words are ``lang.en``'s; what interval each gives is ``headlinecheck.numbers.precision``'s.
"""

from __future__ import annotations

from headlinecheck import lang
from headlinecheck.extraction.lazy import LazyPattern
from headlinecheck.extraction.scanner import EN, WINDOW, WORD_OPENERS, Atom
from headlinecheck.numbers import Qualifier

_ZH = lang.get("zh")

#: Qualifier phrase -> the bound it gives (English, and Chinese before or after the number).
QUALIFIERS: dict[str, Qualifier] = {
    phrase: Qualifier(value)
    for table in (
        EN.qualifiers,
        _ZH.qualifiers,
        _ZH.qualifiers_after,
        _ZH.lone_unit_qualifiers,
    )
    for phrase, value in table.items()
}
#: Approximations that put the true figure below the number ("nearly 50": [45, 50.5)).
BELOW_WORDS = EN.below_qualifiers | _ZH.below_qualifiers
RANGE_OPENERS = EN.range_openers
_DETERMINERS = EN.determiners
_MONEY_QUALIFIERS = EN.money_qualifiers


def _by_last_word(phrases: list[str]) -> dict[str, tuple[str, ...]]:
    """Phrases by their last word, longest first: "than" -> ("no fewer than", ..., "more than")."""
    found: dict[str, list[str]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        found.setdefault(phrase.rsplit(" ", 1)[-1], []).append(phrase)
    return {last: tuple(group) for last, group in found.items()}


#: Qualifiers and range openers by last word, longest first: "no more than" before "more than".
_QUAL_BY_LAST = _by_last_word([*EN.qualifiers, *RANGE_OPENERS])
_RISE_TO = EN.rise_to_phrases
#: The last words of every qualifier: never a model name before a number.
QUAL_LAST = frozenset(q.rsplit(" ", 1)[-1] for q in [*EN.qualifiers, *RANGE_OPENERS])


def qualifier_of(text: str, atom: Atom) -> str | None:
    """The qualifier before ``atom`` ("more than"), read on first use.

    Only a number that becomes a figure or may open a range needs it, about half of those found
    in business text (years, dates and ids do not). ``atom.start`` no longer moves once its
    prefix is read, so reading it later gives the same answer.
    """
    if not atom.qualifier_read:
        atom.qualifier = _qualifier_before(text, atom.start, atom.floor)
        before = text[atom.start - 1 : atom.start]
        if before == " ":
            before = text[atom.start - 2 : atom.start - 1]  # "逾 1,000 億港元": spaced digits
        if atom.qualifier is None and before > "\u2e7f":  # is_cjk
            from headlinecheck.extraction import chinese  # CJK text only

            atom.qualifier = chinese.qualifier_before(text, atom.start, atom.floor)  # "逾150間"
            lone = text[atom.start] in _ZH.numeral_big or text[atom.start] in _ZH.numeral_small
            if atom.qualifier is None and lone:
                atom.qualifier = chinese.lone_qualifier(text, atom.start)  # "上萬", "上千"
        inner = text[atom.num_start - 1 : atom.num_start] if atom.num_start > atom.start else ""
        if atom.qualifier is None and inner > "\u2e7f":
            from headlinecheck.extraction import chinese

            # "新台幣約9222億元": the qualifier between the currency and the number
            atom.qualifier = chinese.qualifier_before(text, atom.num_start, atom.start)
        if atom.qualifier in _MONEY_QUALIFIERS and not _top_is_a_verb(text, atom):
            atom.qualifier = None
        atom.qualifier_read = True
    return atom.qualifier


def _top_is_a_verb(text: str, atom: Atom) -> bool:
    """ "reserves top $600 billion" (more than), not "the top 10", "top 5%" or "Top $5M deals":
    before an amount of money, after a word that is no determiner."""
    if atom.currency is None:
        return False
    words = text[max(atom.floor, atom.start - WINDOW) : atom.start].split()
    return len(words) >= 2 and words[-2].lower().strip("'’\"“") not in _DETERMINERS


_COMPARATIVES = EN.comparatives
#: Words that end a figure: the last word of a percent word ("per cent"), a magnitude word.
_FIGURE_ENDS = frozenset([*(w.rsplit(" ", 1)[-1] for w in EN.percent_words), *EN.magnitude_words])
#: A number with its magnitude letters glued on, or a percent sign: "$5bn", "Rs800b", "44%".
_GLUED_FIGURE = LazyPattern(r"\S*\d(?:[a-z]{1,3}|%)\Z")


def _after_a_figure(text: str, start: int) -> bool:
    """Whether a figure ends just before the qualifier starting at ``start``: "44 per cent
    higher than", "$5bn more than". Then the qualifier compares, and bounds nothing. (The
    figure is before the floor, which is where the figure before this one ends.)"""
    before = text[max(0, start - 16) : start].rstrip(" \u00a0").lower()
    last = before.rsplit(None, 1)[-1] if before.strip() else ""
    return last in _FIGURE_ENDS or _GLUED_FIGURE.match(last) is not None


def _qualifier_before(text: str, pos: int, floor: int) -> str | None:
    lo = pos - 24 if pos - 24 > floor else floor
    if lo >= pos:
        return None
    j = pos
    while j > lo and text[j - 1] in " \u00a0(":
        j -= 1
    # ``word_before(text, j, lo)`` inline (once per figure): no word is no qualifier.
    if j == lo or text[j - 1].isspace():
        return None
    last = text[lo:j].rsplit(None, 1)[-1].lstrip(WORD_OPENERS)
    candidates = _QUAL_BY_LAST.get(last.lower())
    if candidates is None:
        return None
    # What may stand between the qualifier and the number: spaces, then "(" and one space
    # ("over ( 5", "about (5"). String operations, not a regex: compiling the alternation of
    # every qualifier cost a third of a millisecond at each start-up.
    window = text[lo:pos].lower()
    if window.endswith(("(", "( ")):
        window = window[: window.rindex("(")]
    words = window.rstrip(" \u00a0")
    if len(words) == len(window) and words[-1:].isalpha():
        return None  # a qualifier word must be followed by a space ("~$5m" need not)
    for qualifier in candidates:
        if words.endswith(qualifier):
            cut = len(words) - len(qualifier)
            if cut == 0 or not ("a" <= words[cut - 1] <= "z"):
                if words.endswith(_RISE_TO):
                    return None  # "will go up to Rs 17,77,477 crore": a rise to it, no cap
                if qualifier in _COMPARATIVES and _after_a_figure(text, lo + cut):
                    return None  # "44 per cent higher than Rs800 billion": the base
                return qualifier
    return None
