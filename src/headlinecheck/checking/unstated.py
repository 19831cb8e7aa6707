"""A toll the body writes without its noun: never a mismatch.

"Brazil flood death toll could top 1,000" over "the number killed by the floods could top 1,000;
Nova Friburgo counted 365 dead": the body's own "1,000" has no noun, so it is read as no count of
the dead, and the nearest counted figure, 365 dead, is a part. Reporting the headline as a
mismatch against the part would be a false alarm. Where the body writes the claim's very number,
bare, and the casualty word nearest before it in its sentence names the claim's kind (a toll, a
verb of killing: the dead), with no word of another kind just after it ("30 were injured"), the
claim is left unsupported, with a message that says why: a miss rather than a wrong verdict.
"""

from __future__ import annotations

from headlinecheck import lang
from headlinecheck.checking.context import Sentences
from headlinecheck.extraction import Figure, LazyPattern
from headlinecheck.numbers import parse_digits

_EN = lang.get("en")
_KINDS = _EN.casualty_kinds
_VERBS = _EN.casualty_verbs
_TOLLS = _EN.toll_words
_DEAD = _KINDS[_VERBS["killed"]]
#: A number in digits, comma-grouped or not, not glued to a letter, a digit or a decimal.
_BARE_NUMBER = LazyPattern(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?!\w|[.,]\d)")
_WORD = LazyPattern(r"[A-Za-z]+")
#: How many words after the number may say what it counts ("30 were injured").
_AFTER = 2


def _kind(word: str) -> str | None:
    """The casualty kind a word names ("deaths", "toll", "killing": dead), or None."""
    word = word.lower()
    if word in _TOLLS:
        return _DEAD
    word = _VERBS.get(word, word)
    found = _KINDS.get(word)
    if found is None and word.endswith("ies"):
        found = _KINDS.get(word[:-3] + "y")  # "injuries"
    if found is None and word.endswith("s"):
        found = _KINDS.get(word[:-1])  # "deaths"
    return found


def unstated_count(
    claim: Figure, body: str, sentences: Sentences, counted: list[tuple[int, int]]
) -> str | None:
    """The body's bare writing of ``claim``'s number ("1,000") where its sentence makes it a
    toll of the claim's kind, if any; ``counted`` are the spans of the body's figures (a number
    inside one is not bare)."""
    kind = _kind(claim.unit_noun or "")
    if kind is None or not claim.value.is_finite():
        return None
    for match in _BARE_NUMBER.finditer(body):
        span = match.span()
        if any(a < span[1] and span[0] < b for a, b in counted):
            continue
        read = parse_digits(match.group())
        if read is None or read[0] != claim.value:
            continue
        start, end = sentences.bounds(span)
        after = [_kind(m.group()) for m in _WORD.get().finditer(body, span[1], end)][:_AFTER]
        if any(k is not None and k != kind for k in after):
            continue  # "30 were injured": a count of another kind
        before = (
            _kind(m.group()) for m in reversed(list(_WORD.get().finditer(body, start, span[0])))
        )
        if next((k for k in before if k is not None), None) == kind:
            return match.group()
    return None
