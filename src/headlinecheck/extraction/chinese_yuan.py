"""Chinese currencies written around a number: sub-units after the main unit ("五元三毛"), and
a bare 元 whose currency the text itself names: "預算3000億元(新台幣,下同)", "撥款232億元
(港元,下同)", "5億元新台幣". The note names the currency of that amount and of every bare 元
after it, so ``extract`` reads them so, with no article around it; a name straight after the 元
is its currency. A bare 元 neither covers stays CLDR's CNY, and the checker reads it by the
article (checking/chinese.py). Every word is ``lang.zh``'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs

from headlinecheck import lang
from headlinecheck.extraction.chinese import match_word
from headlinecheck.extraction.scanner import Atom
from headlinecheck.extraction.values import Currency, Figure
from headlinecheck.numbers import NUMERAL_CHARACTERS, read_han

_ZH = lang.get("zh")
_YUAN = _ZH.yuan_character
_CNY = "CNY"
_MARK = _ZH.yuan_declaration
#: How far before the mark the currency name may start: "(單位:新台幣,下同)".
_REACH = 8
_OPEN = "(（"
_CLOSE = ")）"
#: What may stand right before a bare 元: the number ("232億元", "五元", "3000多萬元").
_NUMBER = frozenset(NUMERAL_CHARACTERS) | frozenset(_ZH.more_marks) | frozenset(" 0123456789")


def named_after(text: str, pos: int, locale: str | None) -> tuple[str, int] | None:
    """A currency name of two characters or more written straight after a bare 元 ending at
    ``pos`` ("5億元新台幣", "100億元港幣", "1202亿元人民币"): (its code, where it ends), or None.
    The name is the currency: the 元 is only its unit."""
    from headlinecheck import _lexicon
    from headlinecheck.currencies import symbol_currency

    if ord(text[pos : pos + 1] or "\0") <= 0x2E7F:
        return None
    for size in (4, 3, 2):
        key = text[pos : pos + size]
        if len(key) == size:
            code = _lexicon.NAMES.get(key) or symbol_currency(key, locale)
            if isinstance(code, str):
                return code, pos + size
    return None


_QUALIFIERS = tuple(_ZH.qualifiers)
_QUALIFIER_ENDS = frozenset(w[-1] for w in _QUALIFIERS)


def named_before(
    text: str, j: int, floor: int, locale: str | None
) -> tuple[Currency, Decimal, int] | None:
    """The currency name ending at ``j``, written with no space before a number ("元100",
    "人民币100"), or before a qualifier that comes first ("新台幣約9222億元"): (code, 1, where
    the name starts), or None."""
    from headlinecheck import _lexicon
    from headlinecheck.currencies import symbol_currency

    ends = [j]
    if text[j - 1 : j] in _QUALIFIER_ENDS:  # one look for most numbers, then the words
        ends += [j - len(w) for w in _QUALIFIERS if text.endswith(w, floor, j)]
    for end in ends:
        for size in (4, 3, 2, 1) if end == j else (4, 3, 2):
            if end - size < floor:
                continue
            if size == 1 and j - 2 >= floor and ord(text[j - 2]) > 0x2E7F and text[j - 2].isalpha():
                continue  # "廣元52人": one character glued to a word ends the word, no sign
            key = text[end - size : end]
            code = _lexicon.NAMES.get(key) or symbol_currency(key, locale)
            if code is not None:
                return code, Decimal(1), end - size
    return None


def declarations(text: str) -> list[tuple[int, str]]:
    """Each note "(港元,下同)" of ``text``: (where its bracket opens, the ISO code it names).

    Only a bracketed note closed right after the mark counts: "上下同心" holds the mark too.
    """
    from headlinecheck import _lexicon
    from headlinecheck.currencies import LETTER_SYMBOLS

    found: list[tuple[int, str]] = []
    at = text.find(_MARK) if _MARK else -1
    while at >= 0:
        end = at + len(_MARK)
        lo = max(0, at - _REACH)
        opened = max(text.rfind(ch, lo, at) for ch in _OPEN)
        if opened >= 0 and text[end : end + 1] in tuple(_CLOSE):
            window = text[opened + 1 : at]
            code = None
            for size in range(min(len(window), 4), 1, -1):
                for start in range(len(window) - size, -1, -1):
                    key = window[start : start + size]
                    code = _lexicon.NAMES.get(key) or LETTER_SYMBOLS.get(key)
                    if code is not None and key != _YUAN:
                        break
                    code = None
                if code is not None:
                    break
            if code is not None:
                found.append((opened, code))
        at = text.find(_MARK, end)
    return found


def bare_yuan(figure: Figure, text: str) -> bool:
    """Whether the figure's unit is a bare 元 written after its number ("232億元", "五元三毛"),
    not a named currency ("232億港元", "新臺幣5萬至25萬元") nor the renminbi named around it
    ("人民幣100元", "1202亿元人民币")."""
    written = figure.text
    at = written.find(_YUAN)
    if at <= 0 or written[at - 1] not in _NUMBER:
        return False
    head = next((i for i, ch in enumerate(written) if ch in _NUMBER and ch != " "), 0)
    if written[:head].strip() and written[:head].strip() not in _ZH.qualifiers:
        return False  # a currency named before the number
    around = written + text[figure.span[1] : figure.span[1] + 4]
    return not any(word in around for word in _ZH.yuan_explicit)


def declared(text: str, figures: Sequence[Figure]) -> Sequence[Figure]:
    """``figures`` with each bare 元 read as the note before it declares, from the amount the
    note follows on: the figure ending right before the note, and every one after it up to the
    next note."""
    notes = declarations(text)
    if not notes:
        return figures
    starts: list[tuple[int, str]] = []
    for opened, code in notes:
        before = [f for f in figures if f.span[1] <= opened and opened - f.span[1] <= 1]
        starts.append((before[-1].span[0] if before else opened, code))
    out: list[Figure] = []
    for figure in figures:
        under = None
        for start, named in starts:
            if figure.span[0] >= start:
                under = named
        if under is not None and figure.currency == _CNY and bare_yuan(figure, text):
            figure = attrs.evolve(figure, currency=under)
        out.append(figure)
    return out


_SUBUNITS = tuple(sorted(_ZH.subunit_characters, key=len, reverse=True))
_JOINERS = tuple(_ZH.subunit_joiners)


def read_subunits(text: str, atom: Atom) -> None:
    """ "五元三毛", "两美元又三美分", "50元6角三分": the sub-units after a main unit, added in."""
    if atom.scale != 1 or atom.exponent != 0 or not isinstance(atom.currency, str):
        return
    pos = atom.end
    added = Decimal(0)
    last = 1
    for _ in range(2):
        at = pos
        joiner = match_word(text, at, _JOINERS)
        if joiner is not None:
            at += len(joiner)
        read = read_han(text, at)
        if read is None or read.more or read.scale != 1 or not 0 < read.value < 100:
            break
        word = match_word(text, read.end, _SUBUNITS)
        if word is None:
            break
        currency, factor = _ZH.subunit_characters[word]
        if (currency is not None and currency != atom.currency) or factor <= last:
            break
        added += read.value / factor
        last = factor
        pos = read.end + len(word)
    if added:
        atom.value += added
        atom.exponent = -2 if last == 100 else -1
        atom.end = pos
