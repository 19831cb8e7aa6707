"""Chinese articles: the currency of a bare 元, and the headline figures written with no unit.

A bare 元 is the local currency of the paper: Hong Kong dollars in a Hong Kong paper, New
Taiwan dollars in a Taiwanese one, renminbi on the mainland. Extraction reads it as CLDR does
(CNY); here the article decides, before any claim is judged and never by what would match:

1. the locale's territory ("zh_Hant_HK" -> HKD), else
2. a declaration in the text ("232億元(港元,下同)"), else
3. the outlet of the dateline opening the body ("中央社台北1日電" -> TWD), else
4. the place words of headline and body, counted ("立法會", "行政院", "人民幣"); a tie keeps CNY.

A headline often drops the unit its article writes ("撥25億" over "撥款25億元"): such a figure
(``extraction.chinese_bare.unitless``) takes the kind of the body figure that writes the same number
with a unit, else an amount of 億 or more is money in the article's currency; else it is left out.
All words are ``lang.zh``'s.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

import attrs

from headlinecheck import lang
from headlinecheck.currencies import AmbiguousDollar
from headlinecheck.extraction import Figure, Kind, Qualifier
from headlinecheck.extraction.chinese_bare import casualty_counts, unitless
from headlinecheck.extraction.chinese_yuan import bare_yuan, declarations
from headlinecheck.extraction.scanner import HAN_RE

_ZH = lang.get("zh")
_YUAN = _ZH.yuan_character
_CNY = "CNY"
#: The smallest magnitude that makes a unit-less headline figure money on its own (億).
_MONEY_SCALE = 10**8


def _has_han(text: str) -> bool:
    """Whether ``text`` writes any Han character (a CJK unified ideograph, the range Chinese
    numerals and currency names are written in): one regex search, not a loop per character.
    The scanner's pattern, which ``checking.check`` also asks before importing this module."""
    return HAN_RE.search(text) is not None


def _declared(text: str) -> str | None:
    """The currency the first note "(港元,下同)" of the text declares, if it has one."""
    notes = declarations(text)
    return notes[0][1] if notes else None


def yuan_reading(headline: str, body: str, locale: str | None) -> tuple[str, str] | None:
    """(currency, why) for a bare 元 in this article, or None (CLDR's CNY stands)."""
    if locale is not None:
        territory = locale.replace("-", "_").rsplit("_", 1)[-1].upper()
        code = _ZH.yuan_territories.get(territory)
        if code is not None and locale.lower().startswith("zh"):
            return code, f"the locale {locale}"
    text = headline + "\n" + body
    declared = _declared(text)
    if declared is not None:
        return declared, "the article's own note"
    opening = body.lstrip().lstrip("(（【[")[:12]  # "（联合早报讯）", "【明報專訊】"
    for outlet, code in _ZH.yuan_outlets.items():
        if opening.startswith(outlet):
            return code, f"the dateline of {outlet}"
    counts: dict[str, int] = {}
    for word, code in _ZH.yuan_places.items():
        found = text.count(word)
        if found:
            counts[code] = counts.get(code, 0) + found
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    code = ranked[0][0]
    return code, "the places the article names"


def _bare_yuan(figure: Figure, text: str) -> bool:
    """Whether the figure's currency is a bare 元 read as CLDR's CNY (not "人民幣100元",
    "1202亿元人民币")."""
    return figure.currency == _CNY and bare_yuan(figure, text)


def _with(figure: Figure, text: str, code: str | None) -> Figure:
    if code is None:
        return figure
    if isinstance(figure.currency, AmbiguousDollar) and figure.currency.symbol == _YUAN:
        return attrs.evolve(figure, currency=code)
    if code != _CNY and _bare_yuan(figure, text):
        return attrs.evolve(figure, currency=code)
    return figure


def _number_text(figure: Figure) -> str:
    """The digits and numerals a figure writes, without its qualifier or unit."""
    return "".join(ch for ch in figure.text if ch.isdigit() or ch in _NUMERALS)


_NUMERALS = frozenset(
    [*_ZH.numeral_digits, *_ZH.numeral_small, *_ZH.numeral_big, *_ZH.numeral_points]
)


def _adopt(bare: Figure, written: dict[str, Figure], code: str) -> Figure | None:
    """The kind of a unit-less figure: that of the body figure writing the same number with a
    unit (``written``: number text -> the first such figure), in its currency ("3万8千" over
    "新台币3万8千元" is TWD, whatever a bare 元 is); else money in the article's currency
    ``code`` when it is 億 or more; else none."""
    same = written.get(_number_text(bare))
    if (same is not None and same.kind is Kind.COUNT) or (same is None and bare.unit_noun):
        return bare  # a count, of what the body counts or of what stands before it
    if same is not None and same.kind is Kind.MONEY:
        return attrs.evolve(bare, kind=Kind.MONEY, currency=same.currency)
    if bare.precision >= _MONEY_SCALE or bare.value >= _MONEY_SCALE:
        return attrs.evolve(bare, kind=Kind.MONEY, currency=code)
    return None


def _body_currency(evidence: Sequence[Figure], code: str) -> str:
    """The currency a headline amount with no unit is read in: ``code``, the article's bare 元,
    when the body writes money in it; else the currency most of the body's money is in ("2.1亿"
    over "2亿1000万令吉" is ringgit); else ``code``."""
    counts: dict[str, int] = {}
    for figure in evidence:
        if figure.kind is Kind.MONEY and isinstance(figure.currency, str):
            counts[figure.currency] = counts.get(figure.currency, 0) + 1
    if code in counts:
        return code
    best = max(counts.items(), key=lambda item: item[1], default=None)
    return best[0] if best is not None and 2 * best[1] > sum(counts.values()) else code


#: Where a clause of the body ends: an amount beyond it is about something else.
_CLAUSE_RE = re.compile("[,，、;；。:：!！?？\n]")


def _clause(marks: Sequence[int], size: int, span: tuple[int, int]) -> tuple[int, int]:
    """The clause holding ``span``, by the clause ``marks`` of the text (their offsets, sorted):
    from just after the mark before it to the mark after it."""
    before = bisect.bisect_left(marks, span[0])
    after = bisect.bisect_left(marks, span[1])
    return (marks[before - 1] + 1 if before else 0), (marks[after] if after < len(marks) else size)


def _body_unitless(
    body: str, evidence: Sequence[Figure], written: dict[str, Figure], code: str
) -> list[Figure]:
    """The body's unit-less amounts ("這15.4億有11億要用在"), so that a headline figure the body
    writes that way is checked against it, not against another amount: each takes the kind of
    the body figure writing the same number with a unit; one of 億 or more with no such figure
    is money only in a clause that holds money ("這15.4億有11億" but not "用戶達5億"), since a
    body, unlike a headline, writes its money with a unit."""
    found: list[Figure] = []
    rest: list[Figure] = []
    for bare in unitless(body, tuple(evidence)):
        same = written.get(_number_text(bare))
        if same is not None:
            adopted = _adopt(bare, written, code)
            if adopted is not None:
                found.append(adopted)
        elif bare.unit_noun is not None:
            found.append(bare)  # "旅遊人次達228萬": a count of 人次
        elif bare.precision >= _MONEY_SCALE or bare.value >= _MONEY_SCALE:
            rest.append(bare)
    if not rest:
        return found
    money = sorted(f.span for f in (*evidence, *found) if f.kind is Kind.MONEY)
    marks = [m.start() for m in _CLAUSE_RE.finditer(body)]
    for bare in rest:
        lo, hi = _clause(marks, len(body), bare.span)
        first = bisect.bisect_left(money, (lo, 0))  # the first amount starting in the clause
        if first < len(money) and money[first][1] <= hi:
            found.append(attrs.evolve(bare, kind=Kind.MONEY, currency=code))
    return found


_SENTENCE_RE = re.compile("[。；;!！?？\n]")


def _casualty_totals(body: str, evidence: Sequence[Figure]) -> list[Figure]:
    """The totals a body states by parts ("造成175人喪命、1400人受傷" is 1575 dead and injured,
    "死傷" of ``lang.zh``'s ``casualty_totals``): a sentence with exactly one count of each part
    and none of the total gives their sum; a part open above ("至少175人") leaves it open. Each
    count is placed in its sentence by bisection: the cost is the counts', not sentences x
    counts."""
    from headlinecheck.checking.sums import sum_figure

    totals = _ZH.casualty_totals
    wanted = {*totals, *(kind for kinds in totals.values() for kind in kinds)}
    counts = [f for f in evidence if f.kind is Kind.COUNT and f.unit_noun in wanted]
    if not counts:
        return []
    ends = [m.start() for m in _SENTENCE_RE.finditer(body)]
    sentences: dict[int, dict[str, list[Figure]]] = {}
    for figure in counts:
        at = bisect.bisect_right(ends, figure.span[0])
        sentences.setdefault(at, {}).setdefault(figure.unit_noun or "", []).append(figure)
    found: list[Figure] = []
    for by_kind in sentences.values():
        for total, kinds in totals.items():
            parts = [by_kind.get(kind, []) for kind in kinds]
            if total in by_kind or not all(len(part) == 1 for part in parts):
                continue
            run = sorted((part[0] for part in parts), key=lambda f: f.span)
            figure = attrs.evolve(sum_figure(run), unit_noun=total)
            tops = [f.high for f in run if f.high.is_infinite()]
            if tops:
                low = sum((f.low for f in run), Decimal(0))
                figure = attrs.evolve(figure, low=low, high=tops[0], qualifier=Qualifier.AT_LEAST)
            found.append(figure)
    return sorted(found, key=lambda f: f.span)


#: Where a clause ends, for a list of items joined by "、" (which it does not end).
_LIST_CLAUSE_RE = re.compile("[,，;；。:：!！?？\n]")
#: How far before a count its "各" and the verb after it may stand ("各奪走1條性命").
_EACH_REACH = 4


def _each_totals(body: str, evidence: Sequence[Figure]) -> list[Figure]:
    """The totals a body states as so many for each of a list ("花蓮縣、台東縣各奪走1條性命"
    is 2 dead): a count with ``lang.zh``'s ``each_marks`` a few characters before it, after
    two or more items joined by "、" in its clause, times the number of items."""
    from headlinecheck.checking.sums import sum_figure

    found: list[Figure] = []
    for figure in evidence:
        if figure.kind is not Kind.COUNT or figure.unit_noun is None:
            continue
        start = figure.span[0]
        window = body[max(0, start - _EACH_REACH) : start]
        at = max(window.rfind(mark) for mark in _ZH.each_marks) if _ZH.each_marks else -1
        if at < 0 or not _has_han(window[at:]) or _CLAUSE_RE.search(window, at):
            continue
        mark_at = start - len(window) + at
        marks = _LIST_CLAUSE_RE.finditer(body, 0, mark_at)
        clause_start = max((m.end() for m in marks), default=0)
        items = body[clause_start:mark_at].count("、") + 1
        if items >= 2:
            total = sum_figure([figure] * items)
            found.append(attrs.evolve(total, text=f"{items} × {figure.text}"))
    return found


class Localised(NamedTuple):
    """``localise``'s answer: the figures, and the note for the claims whose own figure or
    evidence was read by the article's convention (their spans in headline and body)."""

    claims: Sequence[Figure]
    evidence: Sequence[Figure]
    note: str = ""
    headline_spans: frozenset[tuple[int, int]] = frozenset()
    body_spans: frozenset[tuple[int, int]] = frozenset()


def localise(
    headline: str,
    body: str,
    claims: Sequence[Figure],
    evidence: Sequence[Figure],
    locale: str | None,
) -> Localised:
    """The figures of a Chinese article with its bare 元 read by its convention and the
    unit-less headline figures added; other articles' figures unchanged."""
    if not (_has_han(headline) or _has_han(body)):
        return Localised(claims, evidence)
    reading = yuan_reading(headline, body, locale)
    code = reading[0] if reading is not None else None
    new_evidence = [_with(f, body, code) for f in evidence]
    new_claims = [_with(f, headline, code) for f in claims]
    bare_claims = unitless(headline, tuple(new_claims))
    written: dict[str, Figure] = {}
    for figure in new_evidence:
        if figure.kind is not Kind.PERCENT:
            written.setdefault(_number_text(figure), figure)
    money = _body_currency(new_evidence, code or _CNY)
    added = [found for bare in bare_claims if (found := _adopt(bare, written, money)) is not None]
    added_evidence = _body_unitless(body, new_evidence, written, money)
    # "死傷破千": casualties written as a word and a number, and the totals a body gives by parts
    added += casualty_counts(headline, tuple(new_claims))
    added_evidence += casualty_counts(body, tuple(new_evidence))
    added_evidence += _casualty_totals(body, [*new_evidence, *added_evidence])
    added_evidence += _each_totals(body, new_evidence)  # "花蓮縣、台東縣各1條性命"
    headline_spans = {new.span for new, old in zip(new_claims, claims, strict=True) if new != old}
    headline_spans |= {f.span for f in added if f.kind is Kind.MONEY and f.currency == code}
    body_spans = {new.span for new, old in zip(new_evidence, evidence, strict=True) if new != old}
    if code is not None and code != _CNY:
        # a bare 元 that extraction read by the text's own note ("(港元,下同)") already
        headline_spans |= {
            f.span for f in new_claims if f.currency == code and bare_yuan(f, headline)
        }
        body_spans |= {f.span for f in new_evidence if f.currency == code and bare_yuan(f, body)}
    body_spans |= {f.span for f in added_evidence if f.kind is Kind.MONEY and f.currency == code}
    if added:
        new_claims = sorted([*new_claims, *added], key=lambda f: f.span)
    if added_evidence:
        new_evidence = sorted([*new_evidence, *added_evidence], key=lambda f: f.span)
    note = ""
    if reading is not None and (headline_spans or body_spans):
        note = f" A bare 元 is read as {reading[0]}, from {reading[1]}."
    return Localised(
        new_claims, new_evidence, note, frozenset(headline_spans), frozenset(body_spans)
    )
