"""Counts must count the same thing: head nouns, their synonyms, and what happened to the
people a casualty count counts (killed, hurt, missing)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal

import attrs

from headlinecheck import lang
from headlinecheck.checking.context import WORD
from headlinecheck.extraction import Figure, LazyPattern, casualty_before

_EN = lang.get("en")
CASUALTY_KINDS = _EN.casualty_kinds
CASUALTY_VERBS = _EN.people_verbs
IRREGULAR_PLURALS = _EN.singulars
_SAME_THING: Mapping[str, str] = {word: group[0] for group in _EN.synonym_groups for word in group}
_PEOPLE = _EN.people
_MEMBERS = frozenset(m for _, members in _PEOPLE.partitions for m in members)
_WHOLES = frozenset(whole for whole, _ in _PEOPLE.partitions)
PERSON_ROLES, PERSON_MODIFIERS, BACK_POINTERS = (
    _PEOPLE.roles,
    _PEOPLE.modifiers,
    _PEOPLE.back_pointers,
)
GENERIC_NOUNS = _PEOPLE.generic_nouns
_PERSON = _EN.person
#: Nouns counting people, whom a verb after the count may say were killed or hurt.
_PERSON_NOUNS = frozenset({_PERSON, *PERSON_ROLES, *_MEMBERS, *_WHOLES})
#: "of its 22 investors": the whole a later count of a generic noun counts the members of.
_PARTITIVE = LazyPattern(
    rf"\bof\s+(?:(?:{'|'.join(map(re.escape, _EN.share_determiners))})\s+)?\d[\d,]*\s+"
    r"([A-Za-z][A-Za-z'-]*)",
    re.IGNORECASE,
)
_CLAUSE_END = LazyPattern(r"[.;!?](?=\s)")
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
    if got is not None and _modified(body, evidence, got) == want:
        return True  # "300 suspects": "300 suspected criminals"
    if got in GENERIC_NOUNS and _partitive_whole(body, evidence) == want:
        return True  # "4 investors": "of its 22 investors using public capital, 4 units"
    if got == want == _PERSON:
        # "19 people hurt" are not the "19 people died" of the body.
        said, found = _casualty_after(headline, claim.span), _casualty_after(body, evidence.span)
        return said is None or found is None or said == found
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
    people were killed", "30 passengers were killed")."""
    before = CASUALTY_KINDS.get(casualty_before(text, span[0]) or "")
    if before is not None or noun not in _PERSON_NOUNS:
        return before
    return _casualty_after(text, span)  # "30 passengers were killed", "five miners died"


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


def _modified(body: str, evidence: Figure, got: str) -> str | None:
    """The noun a modifier right after the number makes of the count ("300 suspected criminals"
    -> "suspect"), or None."""
    words = WORD.findall(body[evidence.span[1] : evidence.span[1] + 40])
    if len(words) < 2 or singular(words[1]) != got:
        return None
    return PERSON_MODIFIERS.get(words[0].lower())


def compatible_counts(
    claim: Figure, figures: Sequence[Figure], headline: str = "", body: str = ""
) -> list[Figure]:
    """The body counts that count what ``claim`` counts (``nouns_compatible``); only when there
    is none, the counts that point back at the same people under another person noun
    (``same_people``): "three men" and "the three criminals"; and only when there is none of
    those, the members of a whole the claim counts, named together, whose sum fits the claim
    ("19 people" over "15 men and four women": the checker's sums then add them)."""
    found = [f for f in figures if nouns_compatible(claim, f, headline, body)]
    if found:
        return found
    found = [f for f in figures if same_people(claim, f, body)]
    return found or _fitting_members(claim, figures, headline, body)


def _fitting_members(
    claim: Figure, figures: Sequence[Figure], headline: str, body: str
) -> list[Figure]:
    """The counts of every run of members named together whose whole the claim counts and
    whose sum, give or take half the coarsest member's precision, meets the claim's interval:
    only a sum that may support the claim makes its members worth weighing."""
    from headlinecheck.checking.members import member_runs  # it reads ``head_noun`` here

    found: list[Figure] = []
    for whole, run in member_runs(body, figures):
        total = sum((f.value for f in run), Decimal(0))
        half = max(f.precision for f in run) / 2
        if total + half < claim.low or total - half >= claim.high:
            continue
        figure = attrs.evolve(run[0], unit_noun=whole, span=(run[0].span[0], run[-1].span[1]))
        if nouns_compatible(claim, figure, headline, body):
            found.extend(run)
    return found


def same_people(claim: Figure, evidence: Figure, body: str) -> bool:
    """Whether ``evidence`` may count the claim's people under another person noun: one noun
    says who they are ("man", "person"), the other what they did or what befell them
    ("criminal", "victim"), and a word before the body's number points back at people already
    named ("the three criminals"). Two nouns of who ("men", "women") or of what ("suspects",
    "victims") are different people."""
    want, got = head_noun(claim.unit_noun), head_noun(evidence.unit_noun)
    if want is None or got is None:
        return False
    who = _MEMBERS | _WHOLES
    if not ((want in who and got in PERSON_ROLES) or (want in PERSON_ROLES and got in who)):
        return False
    before = WORD.findall(body[max(0, evidence.span[0] - 20) : evidence.span[0]])
    return bool(before) and before[-1].lower() in BACK_POINTERS


def _partitive_whole(body: str, evidence: Figure) -> str | None:
    """The noun of the last "of (its) N <noun>" before ``evidence`` in its clause, singular."""
    window = body[max(0, evidence.span[0] - 120) : evidence.span[0]]
    window = _CLAUSE_END.get().split(window)[-1]
    found = list(_PARTITIVE.get().finditer(window))
    return singular(found[-1].group(1)) if found else None
