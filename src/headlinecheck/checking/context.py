"""Sentence context: which body sentence is about the headline claim's clause. Sentences and their
stems are found once per body and then bisected per figure, so checking stays linear."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from headlinecheck import lang
from headlinecheck.extraction import LazyPattern

STOPWORDS = lang.get("en").context_stop_words

WORD = LazyPattern(r"[A-Za-z][A-Za-z'’-]*")


#: ``WORD``'s matches of four characters or more, the only ones ``stems`` keeps: a match of
#: ``WORD`` is a run of its characters from its first letter, so this finds exactly those runs.
_LONG_WORD = LazyPattern(r"[A-Za-z][A-Za-z'’-]{3,}")


def stems(text: str) -> set[str]:
    """The content words of ``text``, stemmed; stop words and words under four letters dropped."""
    # ASCII text is lowered in one call (lowering other text can make letters: "K" for the
    # Kelvin sign, "i" of "İ", so only its words are lowered, one by one).
    if text.isascii():
        words = _LONG_WORD.findall(text.lower())
    else:
        words = [w.lower() for w in _LONG_WORD.findall(text)]
    # A five-letter prefix is a crude but deterministic stem: allocates/allocated -> "alloc".
    return {w[:5] for w in words if w not in STOPWORDS}


#: How many words before a body figure may hold the claim's verb or noun ("raised", "profit").
GOVERNING_WORDS = 4
#: Text up to its last digit (greedy ``.*`` backs off to it).
_LAST_DIGIT = LazyPattern(r".*\d", re.DOTALL)


def governing_stems(body: str, previous_end: int, start: int) -> set[str]:
    """The stems of the last ``GOVERNING_WORDS`` words before the figure starting at ``start``,
    back to the previous figure's end at most: "The startup raised ¥1 billion" -> {start,
    raise}. A number extraction did not read ("Dh526 million ($1 = ...") ends the reach too."""
    before = body[max(previous_end, start - 80) : start]
    digit = _LAST_DIGIT.match(before)
    if digit is not None:
        before = before[digit.end() :]
    # ``stems`` of the last words, without joining them to find them again.
    if before.isascii():
        words = WORD.findall(before.lower())[-GOVERNING_WORDS:]
    else:
        words = [w.lower() for w in WORD.findall(before)[-GOVERNING_WORDS:]]
    return {w[:5] for w in words if len(w) >= 4 and w not in STOPWORDS}


def neighbours(
    span: tuple[int, int], ends: Sequence[int], starts: Sequence[int], length: int
) -> tuple[int, int]:
    """Where the figures around ``span`` end and start: the end of the last one before it (0 if
    none) and the start of the first one after it (``length`` if none). ``ends`` and ``starts``
    are the figures' span ends and starts, each sorted; bisection keeps a long headline or body
    from being scanned once per figure."""
    before = bisect.bisect_right(ends, span[0])
    after = bisect.bisect_left(starts, span[1])
    return (ends[before - 1] if before else 0), (starts[after] if after < len(starts) else length)


# A full stop (etc.) before white space, a Chinese or Japanese full stop (no space follows it), or
# a blank line; a single newline is only hard wrapping.
_SENTENCE_END = LazyPattern(r"[.!?](?=\s)|[\u3002\uff01\uff1f]|\n[ \t]*\n")


#: ``_SENTENCE_END``'s three alternatives, scanned apart: their characters are disjoint (stops,
#: CJK stops, white space), so their matches never overlap and their union, sorted, is the
#: alternation's; a pattern of one character class is scanned several times faster.
_STOP, _CJK_STOP, _BLANK_LINE = (
    LazyPattern(r"[.!?](?=\s)"),
    LazyPattern(r"[\u3002\uff01\uff1f]"),
    LazyPattern(r"\n[ \t]*\n"),
)


def sentence_bounds(body: str) -> tuple[list[int], list[int]]:
    """The starts and ends of every sentence boundary in ``body`` (``_SENTENCE_END``), in
    linear scans."""
    bounds = [m.span() for m in _STOP.finditer(body)]
    if "\n" in body:
        bounds += [m.span() for m in _BLANK_LINE.finditer(body)]
    if not body.isascii():
        bounds += [m.span() for m in _CJK_STOP.finditer(body)]
    bounds.sort()
    return [start for start, _ in bounds], [end for _, end in bounds]


class Sentences:
    """Sentence boundaries of a body, found once (one linear scan) and then bisected; the stems
    of each sentence are computed once too, however many figures it holds (a body without
    boundaries is one sentence, and stemming it per figure made ``check`` quadratic)."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.starts, self.ends = sentence_bounds(body)
        self._stem_memo: dict[tuple[int, int], set[str]] = {}

    def bounds(self, span: tuple[int, int]) -> tuple[int, int]:
        """Where the sentence holding ``span`` starts and ends: from the last boundary ending at
        or before its start to the first boundary starting at or after its end."""
        before = bisect.bisect_right(self.ends, span[0])
        start = self.ends[before - 1] if before else 0
        after = bisect.bisect_left(self.starts, span[1])
        end = self.starts[after] if after < len(self.starts) else len(self.body)
        return start, end

    def around(self, span: tuple[int, int]) -> str:
        """The sentence holding ``span``."""
        start, end = self.bounds(span)
        return self.body[start:end]

    def stems(self, span: tuple[int, int]) -> set[str]:
        """The stems of the sentence holding ``span``, computed once per sentence."""
        return self.stems_within(self.bounds(span))

    def stems_within(self, bounds: tuple[int, int]) -> set[str]:
        """The stems of the sentence at ``bounds`` (``bounds(span)``), computed once."""
        found = self._stem_memo.get(bounds)
        if found is None:
            found = self._stem_memo[bounds] = stems(self.body[bounds[0] : bounds[1]])
        return found

    def known_stems(self, bounds: tuple[int, int]) -> set[str] | None:
        """The stems of the sentence at ``bounds`` if they were found already, else None."""
        return self._stem_memo.get(bounds)
