"""Differences: a headline change backed by the two levels the body gives.

"Security budget to reduce by UGX 700b" over "security will get Shs 2.9trillion, down from Shs
3.6tn" is supported by 3.6 − 2.9; so is "Government to spend ₹4.5 lakh crore more" over "first
estimated to cost ₹20.38 lakh crore, the cost has risen to ₹24.85 lakh crore". The search is as
conservative as the one for sums, since a difference found by chance would be a false
"supported":

- the claim is a change: a word of change stands right before it ("cut by $5 million", and the
  movement verbs: "cuts 300 jobs") or right after it ("₹4.5 lakh crore more"), ``lang.en``'s
  ``difference_words``;
- the levels are two neighbouring plain figures of the claim's kind in one body sentence, with
  no other figure of that kind between them, in one currency (money);
- the words between them link an old level and a new one: they end with a link ("X, down from
  Y", "X compared with Y"), or with "to" after a movement word ("estimated at X, but has risen
  to Y") or with "to" when "from" stands right before the first level ("from X to Y").

The difference is a ``Figure`` spanning both levels ("Shs 3.6tn − Shs 2.9trillion"), give or
take half the coarser level's precision (as a writer subtracts the numbers the body prints),
judged like any body figure, and only when no single figure or sum supports the claim.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

from headlinecheck import lang
from headlinecheck.checking.reading import currency_of
from headlinecheck.checking.sums import SUMMABLE, plain_part
from headlinecheck.errors import HeadlinecheckError
from headlinecheck.extraction import Figure, Kind, LazyPattern, Qualifier

if TYPE_CHECKING:
    from headlinecheck.checking.pairing import Candidate, Checker

_EN = lang.get("en")
_WORDS = _EN.difference_words
_MOVES = _EN.rise_words | _EN.fall_words
#: Movement words that make the figure right after them a change ("cuts 300 jobs", "adds
#: $2bn"); not the bounds ("more than 150") nor "raise" (a startup raises its level).
_CHANGE_VERBS = _MOVES - _EN.bound_words - _EN.by_only_words
#: The links as word sequences ("compared with" -> ("compared", "with")) ...
_LINKS = tuple(tuple(link.split()) for link in _WORDS.get("links", ()))
#: ... the one-word ones, which may also open the first level ("from") ...
_OPENING_LINKS = frozenset(link[0] for link in _LINKS if len(link) == 1)
#: ... and the word before the level reached ("to").
_REACHED = frozenset(_WORDS.get("reached", ()))
#: The most characters between two levels: a clause, not a paragraph.
MAX_GAP = 80
_WORD = LazyPattern(r"[^\W\d_]+\.?")


def claims_change(headline: str, claim: Figure) -> bool:
    """Whether the headline presents ``claim`` as a change ("by UGX 700b", "$5m more")."""
    before = _WORD.get().findall(headline[max(0, claim.span[0] - 20) : claim.span[0]])
    after = _WORD.get().findall(headline[claim.span[1] : claim.span[1] + 20])
    last = before[-1].lower() if before else ""
    return bool(
        last in _WORDS.get("before", ())
        or last in _CHANGE_VERBS
        or (after and after[0].lower() in _WORDS.get("after", ()))
    )


def _links(body: str, first: Figure, second: Figure) -> bool:
    """Whether the words between two levels link an old level and a new one (module doc)."""
    between = body[first.span[1] : second.span[0]]
    if len(between) > MAX_GAP or ";" in between:
        return False
    words = [w.lower() for w in _WORD.get().findall(between)]
    if not words:
        return False
    if any(tuple(words[-len(link) :]) == link for link in _LINKS):
        return True
    if words[-1] not in _REACHED:
        return False
    # "from X to Y", "from the previous X to Y": a one-word link opens the first level.
    opening = _WORD.get().findall(body[max(0, first.span[0] - 30) : first.span[0]])
    return any(w in _MOVES for w in words[:-1]) or any(
        w.lower() in _OPENING_LINKS for w in opening[-3:]
    )


def level_pairs(checker: Checker, same_kind: Sequence[Figure]) -> Iterator[tuple[Figure, Figure]]:
    """Neighbouring plain figures of ``same_kind`` in one sentence whose words link them."""
    sentences = checker.sentences()
    for first, second in itertools.pairwise(same_kind):
        if not (plain_part(first) and plain_part(second)):
            continue
        if first.span[1] > second.span[0] or sentences.bounds(first.span) != sentences.bounds(
            second.span
        ):
            continue
        if _links(checker.body, first, second):
            yield first, second


def difference_figure(first: Figure, second: Figure) -> Figure:
    """The two levels' difference as one body figure spanning them, larger minus smaller."""
    high, low = (first, second) if first.value >= second.value else (second, first)
    value = high.value - low.value
    precision = max(first.precision, second.precision)
    return attrs.evolve(
        first,
        value=value,
        low=value - precision / 2,
        high=value + precision / 2,
        span=(first.span[0], second.span[1]),
        text=f"{' '.join(high.text.split())} − {' '.join(low.text.split())}",
        qualifier=Qualifier.NONE,
        precision=precision,
        value_high=None,
    )


def best_difference(
    checker: Checker,
    claim: Figure,
    claim_ccy: str | None,
    same_kind: Sequence[Figure],
    context: set[str],
) -> tuple[Candidate, tuple[Figure, Figure]] | None:
    """The best-fitting difference of two levels that supports ``claim``, with the levels; None
    if the headline claims no change or no difference supports it."""
    if claim.kind not in SUMMABLE or not claims_change(checker.headline, claim):
        return None
    found = []
    for first, second in level_pairs(checker, same_kind):
        if claim.kind is Kind.MONEY and currency_of(first, checker.reading) != currency_of(
            second, checker.reading
        ):
            continue  # the levels of one thing are in one currency
        if first.value == second.value:
            continue
        try:
            candidate = checker.weigh(claim, claim_ccy, difference_figure(first, second), context)
        except HeadlinecheckError:
            continue
        if candidate.supported:
            found.append((candidate, (first, second)))
    return min(found, key=lambda pair: pair[0].key(), default=None)
