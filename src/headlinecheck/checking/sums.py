"""Sums: a headline total backed by the body figures the text presents as its parts.

"Two deals worth $5 billion" over "a $3 billion deal with Acme and a $2 billion deal with Beta"
is supported by 3 + 2. The search is bounded and conservative, since a sum found by chance would
be a false "supported":

- the parts are all the figures of the claim's kind (money or counts, not percentages, which do
  not add up) within one sentence or one bullet list, 2 to ``MAX_PARTS`` of them, all plain
  numbers in one currency (money) or of a compatible noun (counts); where the headline counts
  the parts ("Two deals"), any run of that many consecutive figures;
- the text presents them as parts: the sentence, or the list with the line that introduces it,
  has a cue ("combined", "in total", "together" ... ``lang.en``'s ``sum_cues``), the claim's
  headline clause has one ("total", "combined" ...), or the headline counts the parts ("Two
  deals" over two figures);
- a figure stated as a total ("bringing its total to ¥3.5 billion", "a combined $5 billion") is
  no part, nor is a run in which one figure is the sum of the others (a total with its own
  parts).

A count may also be the sum of the members of a whole named together ("arrested 15 men and
four women" for "arrest 19"; ``members``), with no cue: the conjunction presents them as one.
Parts are placed in their sentence by bisection, so the search costs what the parts and lists
cost, not sentences x parts.

The sum is a ``Figure`` spanning its parts ("$3 billion + $2 billion"; see ``sum_figure`` for
its interval), judged like any body figure, and only when no single figure supports the claim;
the report names the parts and their sum.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from headlinecheck import lang
from headlinecheck.checking.context import WORD
from headlinecheck.checking.members import member_runs
from headlinecheck.checking.nouns import nouns_compatible
from headlinecheck.checking.reading import currency_of
from headlinecheck.errors import HeadlinecheckError
from headlinecheck.extraction import Figure, Kind, LazyPattern, Qualifier

if TYPE_CHECKING:
    from headlinecheck.checking.context import Sentences
    from headlinecheck.checking.pairing import Candidate, Checker

#: At most this many parts make a sum: enough for "three deals", few enough to stay rare by chance.
MAX_PARTS = 4
SUMMABLE = frozenset({Kind.MONEY, Kind.COUNT})
_EN = lang.get("en")
SUM_CUES, HEADLINE_SUM_CUES, TOTAL_WORDS = _EN.sum_cues, _EN.headline_sum_cues, _EN.total_words
_BULLET = LazyPattern(r"^[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]+", re.MULTILINE)


def _cued(text: str, cues: Sequence[str]) -> bool:
    lowered = " ".join(w.lower() for w in WORD.findall(text))
    padded = f" {lowered} "
    return any(f" {cue} " in padded for cue in cues)


def is_total(body: str, figure: Figure) -> bool:
    """Whether the figure is stated as a total: a total word among the three words before it."""
    before = WORD.findall(body[max(0, figure.span[0] - 40) : figure.span[0]])[-3:]
    return any(word.lower() in TOTAL_WORDS for word in before)


def headline_cued(clause: str) -> bool:
    """The claim's headline clause says it is a total ("combined", "in total", "total" ...)."""
    return _cued(clause, HEADLINE_SUM_CUES)


@functools.lru_cache(maxsize=4096)
def body_cued(text: str) -> bool:
    """The sentence (or list) presents its figures as parts of a total."""
    return _cued(text, SUM_CUES)


def counted_parts(claim: Figure, claims: Sequence[Figure]) -> frozenset[int]:
    """How many things another headline figure counts ("Two deals worth $5 billion": 2)."""
    return frozenset(
        int(c.value)
        for c in claims
        if c is not claim
        and c.kind is Kind.COUNT
        and c.unit_noun
        and c.qualifier is Qualifier.NONE
        and c.value == c.value.to_integral_value()
        and 2 <= c.value <= MAX_PARTS
    )


def groups(body: str, sentences: Sentences) -> Iterator[tuple[int, int, str]]:
    """(start, end, cue text) of every sentence and every bullet list of ``body``."""
    for start, end in zip([0, *sentences.ends], [*sentences.starts, len(body)], strict=True):
        yield start, end, body[start:end]
    yield from list_blocks(body)


@functools.lru_cache(maxsize=8)
def list_blocks(body: str) -> tuple[tuple[int, int, str], ...]:
    """Blocks of consecutive bullet lines, with the line before the block as part of the cue
    (found once per body, however many claims look for sums in it)."""
    return tuple(_lists(body))


def _lists(body: str) -> Iterator[tuple[int, int, str]]:
    block: list[tuple[int, int]] = []
    for match in _BULLET.finditer(body):
        line_end = body.find("\n", match.end())
        line_end = len(body) if line_end < 0 else line_end
        if block and body[block[-1][1] : match.start()].strip():
            yield _block(body, block)
            block = []
        block.append((match.start(), line_end))
    if block:
        yield _block(body, block)


def _block(body: str, block: list[tuple[int, int]]) -> tuple[int, int, str]:
    start, end = block[0][0], block[-1][1]
    intro = body.rfind("\n", 0, max(0, start - 1))
    return start, end, body[intro + 1 : end]


def grouped_parts(
    body: str, sentences: Sentences, parts: Sequence[Figure]
) -> Iterator[tuple[str, list[Figure]]]:
    """(cue text, parts inside, in the order of ``parts``) of every sentence and bullet list of
    ``groups`` holding two parts or more: each part finds its sentence by bisection and each
    list bisects the parts, so the cost goes with the parts and lists, not sentences x parts."""
    ends, starts = sentences.ends, sentences.starts
    by_sentence: dict[int, list[Figure]] = {}
    for figure in parts:
        k = bisect.bisect_right(ends, figure.span[0])
        if figure.span[1] <= (starts[k] if k < len(starts) else len(body)):
            by_sentence.setdefault(k, []).append(figure)  # (across a sentence end: in none)
    for k in sorted(by_sentence):
        if len(by_sentence[k]) >= 2:
            start, end = (ends[k - 1] if k else 0), (starts[k] if k < len(starts) else len(body))
            yield body[start:end], by_sentence[k]
    blocks = list_blocks(body)
    if not blocks:
        return
    firsts = [f.span[0] for f in parts]
    in_order = all(a <= b for a, b in itertools.pairwise(firsts))
    for start, end, cue_text in blocks:
        lo, hi = (
            (bisect.bisect_left(firsts, start), bisect.bisect_right(firsts, end))
            if in_order
            else (0, len(parts))
        )
        inside = [f for f in parts[lo:hi] if start <= f.span[0] and f.span[1] <= end]
        if len(inside) >= 2:
            yield cue_text, inside


def runs(figures: Sequence[Figure], counted: frozenset[int]) -> Iterator[tuple[Figure, ...]]:
    """The sums to try in one sentence or list: all its figures (2 to ``MAX_PARTS`` of them),
    and where the headline counts k things, every run of k consecutive ones. A partial sum of
    an uncounted list ("€2 billion + €2 billion" of three items) is no total the text gives."""
    if 2 <= len(figures) <= MAX_PARTS:
        yield tuple(figures)
    for size in sorted(counted):
        if size < len(figures):
            for first in range(len(figures) - size + 1):
                yield tuple(figures[first : first + size])


def plain_part(figure: Figure) -> bool:
    return (
        figure.qualifier in (Qualifier.NONE, Qualifier.APPROX)
        and figure.value_high is None
        and figure.value > 0
        and figure.low.is_finite()
        and figure.high.is_finite()
    )


#: A part within this fraction of the sum of the others is their total.
TOTAL_GAP = Decimal("0.05")


def holds_its_total(parts: Sequence[Figure]) -> bool:
    """One of three or more parts is the sum of the others: a total with its own parts ("$3
    billion and $2 billion, $5 billion in all"). Stated values are compared, within
    ``TOTAL_GAP`` (rounded parts: 5.3 for 3.1 + 2.1); their intervals would meet too easily (3
    and 2)."""
    if len(parts) < 3:
        return False
    total = sum((p.value for p in parts), Decimal(0))
    return any(abs(2 * part.value - total) <= TOTAL_GAP * part.value for part in parts)


def sum_figure(parts: Sequence[Figure]) -> Figure:
    """The parts as one body figure spanning them all. Its interval is the sum of the stated
    values give or take half the coarsest part's precision, as a writer adds the numbers the
    body prints: "$2 billion + $2 billion + $1 billion" is 4.5 to 5.5 billion, not the 3.5 to
    6.5 billion the three roundings could add up to (which "$4 billion" would fit). An
    approximate part ("about $3 billion") keeps the sum of the intervals."""
    first = parts[0]
    value = sum((p.value for p in parts), Decimal(0))
    precision = max(p.precision for p in parts)
    low, high = value - precision / 2, value + precision / 2
    approx = any(p.qualifier is Qualifier.APPROX for p in parts)
    if approx:
        low = sum((p.low for p in parts), Decimal(0))
        high = sum((p.high for p in parts), Decimal(0))
    return attrs.evolve(
        first,
        value=value,
        low=low,
        high=high,
        span=(first.span[0], parts[-1].span[1]),
        text=" + ".join(" ".join(p.text.split()) for p in parts),
        qualifier=Qualifier.APPROX if approx else Qualifier.NONE,
        precision=precision,
    )


def best_sum(
    checker: Checker,
    claim: Figure,
    claim_ccy: str | None,
    same_kind: Sequence[Figure],
    context: set[str],
    clause: str,
) -> Candidate | None:
    """The best-fitting sum that supports ``claim``: of parts (``part_sum``) or, for a count, of
    members named together (``members``); None if there is none."""
    found = part_sum(checker, claim, claim_ccy, same_kind, context, clause)
    if claim.kind is Kind.COUNT:
        members = list(_member_sums(checker, claim, context))
        return min([*members, found] if found else members, key=lambda c: c.key(), default=None)
    return found


def part_sum(
    checker: Checker,
    claim: Figure,
    claim_ccy: str | None,
    same_kind: Sequence[Figure],
    context: set[str],
    clause: str,
) -> Candidate | None:
    """The best-fitting sum of parts that supports ``claim`` (see ``sums``), or None."""
    if claim.kind not in SUMMABLE:
        return None
    from_headline = headline_cued(clause)
    counted = counted_parts(claim, checker.claims)
    found: list[Candidate] = []
    every = bool(from_headline or counted)
    for _, inside, cued_text in _part_groups(checker, same_kind, every):
        cued = from_headline or cued_text
        for run in runs(inside, counted):
            if not (cued or len(run) in counted) or holds_its_total(run):
                continue
            if claim.kind is Kind.MONEY and len({currency_of(f, checker.reading) for f in run}) > 1:
                continue  # the parts of a sum are in one currency
            try:
                candidate = checker.weigh(claim, claim_ccy, sum_figure(run), context)
            except HeadlinecheckError:
                continue
            if candidate.supported:
                found.append(candidate._replace(parts=run))
    return min(found, key=lambda c: c.key(), default=None)


def _part_groups(
    checker: Checker, same_kind: Sequence[Figure], every: bool
) -> list[tuple[str, list[Figure], bool]]:
    """``grouped_parts`` of the plain parts of ``same_kind``, each with whether its text is
    cued (``body_cued``); only the cued ones unless ``every``. Memoised per check for a kind's
    list of figures (a filtered list that kept them all is the same list)."""
    if not same_kind:
        return []
    whole = len(same_kind) == len(checker.index.of_kind(same_kind[0].kind))
    key = ("part groups", same_kind[0].kind, every)
    memo = checker.index.memo
    if whole and key in memo:
        return memo[key]  # type: ignore[return-value]
    parts = [f for f in same_kind if plain_part(f) and not checker.index.total(f)]
    groups = []
    if len(parts) >= 2:
        for cue_text, inside in grouped_parts(checker.body, checker.sentences(), parts):
            cued = body_cued(cue_text)
            if cued or every:
                groups.append((cue_text, inside, cued))
    if whole:
        memo[key] = groups
    return groups


def _member_sums(checker: Checker, claim: Figure, context: set[str]) -> Iterator[Candidate]:
    """The sums of members named together (``members``) whose whole the claim counts: "15 men
    and four women" for "arrest 19"; no cue needed, the conjunction presents them as one."""
    for whole, run in member_runs(checker.body, checker.index.of_kind(Kind.COUNT)):
        if not all(plain_part(f) and not checker.index.total(f) for f in run):
            continue
        figure = attrs.evolve(sum_figure(run), unit_noun=whole)
        if not nouns_compatible(claim, figure, checker.headline, checker.body):
            continue
        try:
            candidate = checker.weigh(claim, None, figure, context)
        except HeadlinecheckError:
            continue
        if candidate.supported:
            yield candidate._replace(parts=run)
