"""Counts must count the same thing: head nouns, their synonyms, and what happened to the
people a casualty count counts (killed, hurt, missing)."""

from __future__ import annotations

from collections.abc import Mapping

from headlinecheck import lang
from headlinecheck.checking.context import WORD
from headlinecheck.extraction import Figure, LazyPattern, casualty_before

_EN = lang.get("en")
CASUALTY_KINDS = _EN.casualty_kinds
CASUALTY_VERBS = _EN.people_verbs
IRREGULAR_PLURALS = _EN.singulars
_SAME_THING: Mapping[str, str] = {word: group[0] for group in _EN.synonym_groups for word in group}
_CASUALTY_REACH = 40  # characters after "people": "three people were later found dead"


def singular(word: str) -> str:
    """Crude English singular for head-noun matching ("companies" -> "company")."""
    word = word.lower()
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_NOUN_WORD = LazyPattern(r"[A-Za-z][A-Za-z'-]*")


def head_noun(noun: str | None) -> str | None:
    """The last word of a unit noun, singular ("related companies" -> "company")."""
    if not noun:
        return None
    if not noun.isascii():
        return noun  # Chinese: extraction gives one spelling per counted thing ("間", "死")
    words = _NOUN_WORD.findall(noun)
    return singular(words[-1]) if words else None


def nouns_compatible(claim: Figure, evidence: Figure, headline: str = "", body: str = "") -> bool:
    """Counts must count the same thing: the same head noun, or no noun in the claim.

    Casualties are people: "3 dead" counts the "three people" of "three people were killed",
    but not of "three people were injured". ``headline`` and ``body`` (the texts the figures'
    spans index) give the verb after "people".
    """
    want = head_noun(claim.unit_noun)
    if want is None:
        return True
    got = head_noun(evidence.unit_noun)
    if got == want or _SAME_THING.get(want, want) == _SAME_THING.get(got or "", got):
        return True
    want_kind, got_kind = CASUALTY_KINDS.get(want or ""), CASUALTY_KINDS.get(got or "")
    if want_kind is not None and got_kind is not None:
        return want_kind == got_kind
    if want_kind is not None:
        return _casualty_of(body, evidence.span, got) == want_kind
    if got_kind is not None:
        return _casualty_of(headline, claim.span, want) == got_kind
    return False


def _casualty_of(text: str, span: tuple[int, int], noun: str | None) -> str | None:
    """What happened to the ``noun`` counted at ``span``: a verb of killing before the number
    ("killing 12 passengers", "have killed 42 people"), or for people a verb after it ("three
    people were killed")."""
    before = CASUALTY_KINDS.get(casualty_before(text, span[0]) or "")
    if before is not None or noun != "person":
        return before
    return _casualty_after(text, span)


def _casualty_after(text: str, span: tuple[int, int]) -> str | None:
    """The casualty kind a verb soon after ``span`` gives its people, within the clause."""
    window = text[span[1] : span[1] + _CASUALTY_REACH]
    for mark in ".;!?,":
        cut = window.find(mark)
        if cut >= 0:
            window = window[:cut]
    for word in WORD.findall(window):
        kind = CASUALTY_VERBS.get(word.lower())
        if kind is not None:
            return kind
    return None
