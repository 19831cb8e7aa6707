"""Chinese numbers with a magnitude and no unit at all ("撥25億", "逾五万", "3萬8千"): the
figures a headline, or a body referring back to an amount, writes with no currency and no
measure word. Read with ``extraction.chinese``'s number and qualifier readers; the checker
decides what they are (checking/chinese.py)."""

from __future__ import annotations

from decimal import Context, Decimal, localcontext

from headlinecheck.extraction.chinese import (
    ZH,
    ChineseNumber,
    is_cjk,
    qualifier_before,
    read_number,
)
from headlinecheck.extraction.scanner import LazyPattern
from headlinecheck.extraction.values import Figure, Kind, Qualifier
from headlinecheck.numbers import (
    MAX_DIGITS,
    NUMERAL_CHARACTERS,
    qualified_interval,
    rounding_interval,
)

_BIG = ZH.numeral_big

_NUMBER_RE = LazyPattern(f"[0-9０-９{NUMERAL_CHARACTERS}]+")


def unitless(text: str, figures: tuple[Figure, ...]) -> list[Figure]:
    """``_unitless`` in a context wide enough that no scaled figure is rounded (as ``extract``)."""
    with localcontext(Context(prec=80)):
        return _unitless(text, figures)


def _unitless(text: str, figures: tuple[Figure, ...]) -> list[Figure]:
    """Numbers with a magnitude and no unit at all, that no figure covers: "撥25億", "逾五万".

    A headline drops the unit its article writes ("636億" over "636億元"): the checker decides
    what they are (checking/chinese.py). Each is given as a count with no noun; its interval is
    its printed precision and the qualifier before it ("逾").
    """
    taken = sorted(f.span for f in figures)
    next_taken = 0  # the first figure not yet passed: the scan only moves right
    found: list[Figure] = []
    pos = 0
    while True:
        m = _NUMBER_RE.search(text, pos)
        if m is None:
            break
        start = m.start()
        pos = m.end()
        glued = start > 0 and text[start - 1].isascii() and text[start - 1].isalnum()
        if glued and (text[start].isdigit() or text[start - 1].isdigit()):
            continue  # "H5N1", "A380": digits glued to letters; but "Google千億" is a sum
        while next_taken < len(taken) and taken[next_taken][1] <= start:
            next_taken += 1
        if next_taken < len(taken) and taken[next_taken][0] < m.end():
            continue
        read = read_number(text, start)
        if read is None or read.value.adjusted() >= MAX_DIGITS:
            continue  # more digits than a number has: an identifier
        if read.scale < 10**4 and not any(ch in _BIG for ch in text[start : read.end]):
            continue  # no magnitude ("3万8千" has one, ending in 千)
        pos = max(pos, read.end)
        found.append(_figure(text, start, read, _counted_before(text, start)))
    return found


#: Measure words of two characters or more, nouns of their own ("人次"): one character is as
#: often the tail of another word ("撥款", "用戶").
_MEASURES = sorted((w for w in ZH.measure_words if len(w) > 1), key=lambda w: (-len(w), w))


def _counted_before(text: str, start: int) -> str | None:
    """What a number with no unit counts when the counted thing and a verb of reaching stand
    before it ("旅遊人次達228萬": 人次): the measure word's one spelling, or None."""
    at = start - len(qualifier_before(text, start, 0) or "")
    verb = next((w for w in _TOLL_VERBS if w and text.startswith(w, at - len(w))), None)
    if verb is None:
        return None
    at -= len(verb)
    word = next((w for w in _MEASURES if text.startswith(w, at - len(w))), None)
    return None if word is None else ZH.measure_words[word]


def _figure(text: str, start: int, read: ChineseNumber, noun: str | None) -> Figure:
    """The count read at ``start``, with the qualifier before it ("逾") in its text and interval."""
    value = read.value * read.scale
    precision, low, high = rounding_interval(value, read.exponent, read.scale)
    stated = qualifier_before(text, start, 0)
    qualifier = Qualifier.MORE_THAN if read.more else _qualifier(stated)
    low, high = qualified_interval(qualifier, value, low, high, below=stated in ZH.below_qualifiers)
    qualified_start = start - len(stated) if stated is not None else start
    return Figure(
        kind=Kind.COUNT,
        value=_clean(value),
        low=_clean(low),
        high=_clean(high),
        currency=None,
        span=(qualified_start, read.end),
        text=text[qualified_start : read.end],
        qualifier=qualifier,
        unit_noun=noun,
        precision=_clean(precision),
    )


#: Casualty words of two characters or more, longest first ("死傷" before "死"; "死" alone is
#: also "死者").
_CASUALTY_WORDS = tuple(
    sorted((w for w in ZH.casualty_marks if len(w) > 1), key=lambda w: (-len(w), w))
)
_QUALIFIERS = ("", *sorted(ZH.qualifiers, key=lambda w: (-len(w), w)))
#: "人數" and a verb of reaching between the word and its number ("死亡人數增至46"), longest first.
_TOLL_WORDS = (*sorted(ZH.toll_words, key=lambda w: (-len(w), w)), "")
_TOLL_VERBS = (*sorted(ZH.toll_verbs, key=lambda w: (-len(w), w)), "")


def casualty_counts(text: str, figures: tuple[Figure, ...]) -> list[Figure]:
    """``_casualty_counts`` in the context ``unitless`` reads in."""
    with localcontext(Context(prec=80)):
        return _casualty_counts(text, figures)


def _casualty_counts(text: str, figures: tuple[Figure, ...]) -> list[Figure]:
    """Casualties a headline writes as a word and a number, with nothing counted after it:
    "死傷破千" (the dead and injured, more than a thousand), "死亡逾百", "死亡人數增至46". The
    number stands right after the word (a toll word, a verb of reaching and a qualifier may stand
    between them) and ends its phrase: "死亡3日後" counts days. The
    figure counts the word's kind (``lang.zh``'s ``casualty_marks``), as "1000人死傷" does."""
    taken = [f.span for f in figures]
    found: list[Figure] = []
    for word in _CASUALTY_WORDS:
        at = text.find(word)
        while at >= 0:
            after = at + len(word)
            at = text.find(word, after)
            after += len(next(w for w in _TOLL_WORDS if text.startswith(w, after)))
            after += len(next(w for w in _TOLL_VERBS if text.startswith(w, after)))
            for qualifier in _QUALIFIERS:
                start = after + len(qualifier)
                if not text.startswith(qualifier, after) or not _is_number(text, start):
                    continue
                read = read_number(text, start)
                if read is None or read.value.adjusted() >= MAX_DIGITS:
                    break
                end = read.end
                if end < len(text) and is_cjk(text[end]) and text[end] not in _PHRASE_ENDS:
                    break  # "死亡3日後": something else is counted
                if any(s < end and start < e for s, e in taken):
                    break
                found.append(_figure(text, start, read, ZH.casualty_marks[word]))
                taken.append((start, end))
                break
    return sorted(found, key=lambda f: f.span)


#: Full-width marks that end a phrase (CJK by code point, but no counted thing).
_PHRASE_ENDS = frozenset("，、；。：！？（）「」『』〈〉《》\u3000")


def _is_number(text: str, start: int) -> bool:
    return _NUMBER_RE.match(text, start) is not None


def _qualifier(stated: str | None) -> Qualifier:
    value = ZH.qualifiers.get(stated or "")
    return Qualifier.NONE if value is None else Qualifier(value)


def _clean(number: Decimal) -> Decimal:
    if number.is_infinite():
        return number
    if number == number.to_integral_value():
        return number.quantize(Decimal(1))
    return number.normalize()
