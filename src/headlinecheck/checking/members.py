"""Counts of the members of a whole, named together: "police arrested 15 men and four women"
counts 19 people, and 19 arrested. A run of counts joined by "and" or commas ("12 men, 5 women
and 3 children") is one sum when its head nouns are distinct members of one partition of
``lang``'s ``member_partitions`` (nouns that split a whole without overlap); the whole run or
nothing, so that no partial sum of a list passes for the total the text gives, and a run with a
count of anything else ("5 officers, 15 men and four women") is no sum of members at all.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from headlinecheck import lang
from headlinecheck.checking.nouns import head_noun
from headlinecheck.extraction import Figure, LazyPattern

PARTITIONS = lang.get("en").people.partitions
#: At most this many members in one run ("men, women, boys and girls").
MAX_MEMBERS = 4
#: The words between two joined counts: the first count's noun (and at most two more words of
#: it), then "and", a comma, or a comma and "and".
_JOIN = LazyPattern(
    r"[ \t]+((?:[A-Za-z'-]+[ \t]+){0,2}[A-Za-z'-]+)[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)"
)
#: The plural a run's whole is shown with ("“15 + four” people").
_PLURALS = {"person": "people"}


def _joined(body: str, first: Figure, second: Figure) -> bool:
    """``second`` follows ``first`` with only ``first``'s noun and a conjunction between them."""
    if not first.unit_noun or not second.unit_noun or second.span[0] <= first.span[1]:
        return False
    match = _JOIN.get().fullmatch(body, first.span[1], second.span[0])
    return match is not None and head_noun(match.group(1)) == head_noun(first.unit_noun)


def whole_of(parts: Sequence[Figure]) -> str | None:
    """The whole that the parts' distinct head nouns split ("man", "woman" -> "person")."""
    nouns = [head_noun(p.unit_noun) for p in parts]
    if len(set(nouns)) != len(nouns):
        return None
    for whole, members in PARTITIONS:
        if set(nouns) <= set(members):
            return whole
    return None


def member_runs(body: str, counts: Sequence[Figure]) -> Iterator[tuple[str, tuple[Figure, ...]]]:
    """(the whole's plural, the parts) of every maximal run of joined member counts in
    ``body`` (``counts`` in body order)."""
    run: list[Figure] = []
    for figure in [*counts, None]:
        if figure is not None and run and _joined(body, run[-1], figure):
            run.append(figure)
            continue
        if 2 <= len(run) <= MAX_MEMBERS:
            whole = whole_of(run)
            if whole is not None:
                yield _PLURALS.get(whole, whole), tuple(run)
        run = [] if figure is None else [figure]
