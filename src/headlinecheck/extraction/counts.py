"""Counts: the noun a bare number counts ("150 companies", "3 dead"), unless it is a date, an id,
a model number or a distance.

Every word read here (stop words, irregular plurals, casualty words and verbs, months, id words,
distance nouns, sentence openers) is ``lang.en``'s.
"""

from __future__ import annotations

from decimal import Decimal

from headlinecheck.extraction.lazy import LazyPattern
from headlinecheck.extraction.qualifiers import QUAL_LAST, RANGE_OPENERS
from headlinecheck.extraction.scanner import (
    COMPOUND_RE,
    EN,
    NOUN_RE,
    QUOTES,
    SHARE_RE,
    SPACES,
    WORD_OPENERS,
    Atom,
    is_word_char,
)
from headlinecheck.extraction.values import ONE
from headlinecheck.numbers import NUMBER_WORDS

#: Words that count people in news of accidents and disasters ("3 dead", "12 injured").
_CASUALTY_WORDS = EN.casualty_words
_STAND_INS = EN.casualty_stand_ins
_STOP = EN.stop_words
#: Comparatives between a number and its noun ("500 more troops"): the checker reads them as
#: a change (``difference_words``); a stop word after them ends the phrase ("5 more than").
_COMPARATIVES = frozenset(EN.difference_words.get("after", ()))
_IRREGULAR_PLURALS = EN.irregular_plurals
_AND = EN.conjunction
_PERSON = EN.person
#: Verbs whose object is a number of casualties ("Earthquake kills more than 2,000 in
#: Morocco", "injuring 30"), with the casualty word that count gets ...
_KILL_VERBS = EN.casualty_verbs
#: ... and the qualifier words that may stand between such a verb and its number.
_KILL_GAP = EN.casualty_gap
_TOLL_WORDS = EN.toll_words
_TOLL_VERBS = EN.toll_verbs
_TOLL_LINKS = EN.toll_links
#: In the words between a toll's modifier and its verb, these end the toll's clause: another
#: clause's conjunction, or a verb of reaching that brought another figure to its level.
_TOLL_BREAKS = EN.clause_joiners | (_TOLL_VERBS - _TOLL_LINKS)
#: Characters inside the words between a toll and its verb that end the toll's clause.
_CLAUSE_MARKS = frozenset(",;:!?()[]")
#: The casualty word a toll gives its count: the one the verbs of killing give.
_DEAD = EN.casualty_verbs["killed"]
_MONTH_WORDS = frozenset(EN.months)
_MONTHS_BY_FIRST: dict[str, tuple[str, ...]] = {
    first: tuple(m for m in EN.months if m[0] == first)
    for first in dict.fromkeys(m[0] for m in EN.months)
}
#: The longest month name and the character after it.
_MONTH_REACH = max(map(len, EN.months)) + 1
_ID_WORDS = EN.id_words
#: Plural nouns after "100m" or "5k" that make it a distance, not a count.
_NOT_COUNTED_AFTER_LETTER = EN.distance_nouns
#: Capitalised words that start sentences before a number: not a product or model name.
_SENTENCE_OPENERS = EN.sentence_openers
_RANGE_OPENERS = RANGE_OPENERS
_NOT_IN_COMPOUNDS = EN.not_counted_in_compounds
_DASHES = frozenset("-\u2010\u2011\u2012\u2013")
#: Two numbers, each followed by a dash, just before a number: "4–4–" of "4–4–2".
_DASHED_CHAIN = LazyPattern(r"\d[-\u2010-\u2013]\d{1,3}[-\u2010-\u2013]\Z")


def _noun_after(text: str, pos: int, *, value: Decimal | None = None) -> str | None:
    """Head noun of the noun phrase starting at ``pos`` ("related companies" -> "companies").

    ``value``: the number; when it is one, the singular "person" is a head noun ("One person
    dies").
    A casualty word first ("3 dead in crash", "5 injured") counts people; it is the head
    unless a plural noun follows it ("3 injured workers" -> "workers").
    """
    m = NOUN_RE.match(text, pos)
    if m is None:
        return None
    words: list[str] = m.group("w").split(" ")
    first = True
    for i, raw in enumerate(words[:5]):
        word = raw.lower().strip("'’-")
        if word == _AND and not first and i + 1 < len(words):
            continue
        if first and word in _CASUALTY_WORDS:
            after = _noun_after(text, m.start("w") + len(raw)) if len(words) > 1 else None
            return after if after is not None and words[1].lower() == after else word
        core = word.replace("-", "")
        if first and word in _COMPARATIVES and i + 1 < len(words):
            if words[i + 1].lower() in _STOP:
                return None
            continue  # "500 more troops": the head noun comes after the comparative
        if raw.endswith(".") and raw.replace(".", "").isupper() and i + 1 < len(words):
            first = False
            continue  # "Four U.S. companies": an initialism modifies the head noun after it
        if word in _STOP or not core.isalnum():
            return None
        first = False
        if not core.isalpha():
            continue  # a modifier such as "Web3" or "F-35": the head noun comes later
        if word in _STAND_INS:
            # "41 others seriously injured": the casualty word after it, adverbs between.
            later = (w.lower() for w in words[i + 1 : i + 3])
            casualty = next((w for w in later if not w.endswith("ly")), None)
            if casualty in _CASUALTY_WORDS:
                return casualty
        if word in _IRREGULAR_PLURALS or (word == _PERSON and value == 1):
            return word
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            return word
    return None


def count_noun(text: str, atom: Atom, floor: int, *, lettered: bool = False) -> str | None:
    """The counted noun after a bare number, unless the number is a date, an id or a code.

    ``lettered``: the number has an attached one-letter magnitude ("5m"), which is read as a
    count only before a plural noun that is not a race or a distance ("5m people", not "100m
    hurdles" or "2m tall players").
    """
    if atom.year_like or (atom.exponent < 0 and not atom.has_magnitude):
        return None
    start, end = atom.num_start, atom.end
    if text[end : end + 1] == "-" and not lettered and not atom.has_magnitude:
        return _compound_noun(text, end)  # "a 460-seat parliament"
    if end + 1 >= len(text) or text[end] not in SPACES:
        if end < len(text) and text[end].isalnum():
            return None  # "5G networks": a glued letter is a name, not a noun phrase
        return casualty_before(text, start, floor)  # "Storm kills 12", "kills 12, hurts 30"
    following = text[end + 1]
    if not (following.isascii() and following.isalpha()):
        # "TOLL CLIMBS TO 14 – AGENCY": no noun after it, but a verb of killing or a toll before
        return casualty_before(text, start, floor) if not following.isalnum() else None
    if start - 2 >= floor and text[start - 1] == "-" and text[start - 2].isalpha():
        return None  # "Covid-19 cases", "F-35 jets": the number is part of a name
    if text[start - 1 : start] in _DASHES and _DASHED_CHAIN.search(text[max(0, start - 8) : start]):
        return None  # "the 4–4–2 formation", "a 3-4-3": the end of a code, not a count
    j = start - 1 if start > floor and text[start - 1] in SPACES else start
    named = False
    if j > floor:
        c = text[j - 1]
        if c == "#" or (c.isdigit() and j != start):
            return None  # "#5", "2345 6789": an id or a phone number
        if c.isalpha() or c == ".":
            # ``word_before`` inline (``c``, a letter or dot, ends the word).
            parts = text[max(floor, j - 24) : j].rsplit(None, 1)
            written = parts[-1].lstrip(WORD_OPENERS) if parts else ""
            word = written.lower().rstrip(".")
            if word in _MONTH_WORDS or word in _ID_WORDS:
                return None
            named = (
                j != start
                and not atom.words
                and not atom.plus
                and not atom.has_magnitude
                and _is_model_name(written, word)
            )
    if _month_after(text, end):
        return None
    noun = _noun_after(text, end, value=atom.value if atom.scale is ONE else None)
    if noun is None:
        noun = _share_noun(text, end) or casualty_before(text, start, floor)
    if named and noun is not None and _written_lower(text, end, noun):
        return None  # "Boeing 737 jets", "Windows 11 Pro users": a model, not a count
    if noun is not None and atom.words and atom.value == 1 and _plural_looking(noun):
        return None  # "one decree lets ...", "the new one includes ...": a pronoun and a verb
    if lettered and (
        noun is None
        or text[end + 1 : end + 1 + len(noun)].lower() != noun
        or noun in _NOT_COUNTED_AFTER_LETTER
    ):
        return None  # "5m new users": only a noun straight after the letter is certain enough
    return noun


def _plural_looking(noun: str) -> bool:
    """Whether ``noun`` reads as a plural (or a verb's third person): after a spelled "one" it
    is no counted noun. "species", "series" and the like are plurals of themselves."""
    return (
        noun.endswith("s")
        and not noun.endswith(("ss", "us", "is"))
        and noun not in _IRREGULAR_PLURALS
    )


def _compound_noun(text: str, pos: int) -> str | None:
    """The singular noun after the hyphen at ``pos`` of a count compound ("460-seat Sejm",
    "12-member panel"), if another word follows it; None for measures, ratings and times."""
    m = COMPOUND_RE.match(text, pos)
    if m is None:
        return None
    word = m.group(1).lower()
    if word in _STOP or word in _NOT_IN_COMPOUNDS or word in NUMBER_WORDS:
        return None
    return word


def casualty_before(text: str, start: int, floor: int = 0) -> str | None:
    """The casualty word ("killed", "injured") for a number at ``start`` that a verb of killing
    or injuring takes ("kills more than 2,000"), else None; ``text`` is read from ``floor``."""
    words = text[max(floor, start - 40) : start].lower().split()
    for written in reversed(words[-4:]):
        word = written.strip(QUOTES)  # "revised down by 'about 100'"
        if word in _KILL_VERBS:
            return _KILL_VERBS[word]
        if word in _TOLL_VERBS and _toll_before(text, start, floor):
            return _DEAD  # "Death toll from floods climbs to 85"
        if word not in _KILL_GAP:
            return None
    return None


def _toll_before(text: str, start: int, floor: int) -> bool:
    """Whether a death toll is named in the words before ``start`` ("toll from the floods")."""
    window = text[max(floor, start - 80) : start].lower()
    if any(w.strip(",;:") in _TOLL_WORDS for w in window.split()):
        return True
    return floor > max(0, start - 80) and _toll_subject_before(text, start)


def _toll_subject_before(text: str, start: int) -> bool:
    """Whether the clause ending at ``start`` opens with a toll and what it is the toll of,
    other figures among them: "deaths from Monday's 6.6-magnitude quake hit 94", "deaths from
    the three typhoons have climbed to 14". Nothing may end the clause in between: a comma or
    a full stop, a conjunction, a verb of reaching ("deaths hit 94 and injuries rose to 300")."""
    words = text[max(0, start - 80) : start].lower().split()
    # The verb of reaching and the qualifiers before ``start`` (``casualty_before`` read them).
    end = len(words)
    while end > 0 and (words[end - 1] in _TOLL_VERBS or words[end - 1] in _KILL_GAP):
        end -= 1
    for i in range(end - 1, -1, -1):
        word = words[i]
        if word in _TOLL_WORDS and i + 1 < end and words[i + 1] in _TOLL_LINKS:
            return True
        if word in _TOLL_BREAKS or word.endswith(".") or not _CLAUSE_MARKS.isdisjoint(word):
            return False
    return False


def _share_noun(text: str, pos: int) -> str | None:
    """The noun of "411 of the 650 seats": a part counts what its whole counts."""
    if not text.startswith(" of ", pos):
        return None  # every match starts so: no regex call for the common case
    m = SHARE_RE.match(text, pos)
    return None if m is None else _noun_after(text, m.end())


def _month_after(text: str, pos: int) -> bool:
    """Whether a month name follows the space at ``pos`` ("25 April", "5 Jan.")."""
    if text[pos : pos + 1] not in (" ", "\u00a0"):
        return False
    # The longest month name and the character after it, which must end the word (as a regex
    # \b would: no letter, digit or "_").
    months = _MONTHS_BY_FIRST.get(text[pos + 1 : pos + 2].lower())
    if months is None:
        return False
    ahead = text[pos + 1 : pos + 1 + _MONTH_REACH].lower()
    for month in months:
        if ahead.startswith(month) and not is_word_char(ahead[len(month) : len(month) + 1]):
            return True
    return False


def _written_lower(text: str, pos: int, noun: str) -> bool:
    """Whether ``noun`` (found in the phrase at ``pos``) is written in lower case there."""
    window = text[pos : pos + 80]
    at = window.lower().find(noun)
    return at >= 0 and window[at].islower()


def _is_model_name(written: str, word: str) -> bool:
    """Whether the word written before a number makes it a model or product number.

    Only a capitalised word (an ampersand allowed: "S&P") that is no function word, qualifier
    or number word ("Boeing", "Windows", "iPhone"), and only when the counted noun is in lower
    case: in a title-case headline ("Cyberport Welcomes 150+ Companies") the noun is capitalised
    too, and it stays a count. A possessive ("Boeing's 200 engineers") is no name.
    """
    core = written.rstrip(".")
    return (
        len(core) > 1
        and core.replace("&", "").isalpha()  # "S&P 500 hits a record"
        and not core.islower()
        and word not in _STOP
        and word not in QUAL_LAST
        and word not in NUMBER_WORDS
        and word not in _SENTENCE_OPENERS
        and word not in _RANGE_OPENERS
    )
