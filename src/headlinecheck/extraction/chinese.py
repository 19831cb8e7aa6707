"""Chinese written around a number: compounds ("6億700萬"), percentages ("百分之二十五", "三成"),
qualifiers before and after it ("逾", "約", "左右", "3000多萬"), measure words and what they count
("150間", "1死", "112人受傷"), ranks ("第11位", "排名全球17位") and sub-units ("五元三毛"). The
figures written with no unit at all ("撥25億") are ``chinese_bare``'s.

Chinese writes these straight against the number, with no spaces, so they are read by character
from a known position, never by a regex over the text; every look is bounded, so the reading is
linear. Every word is ``lang.zh``'s.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from headlinecheck import lang
from headlinecheck.extraction.scanner import Atom
from headlinecheck.numbers import read_han

ZH = lang.get("zh")

_UNIT_CHARACTERS = frozenset([*ZH.numeral_small, *ZH.numeral_big])
_MORE = frozenset(ZH.more_marks)
_BIG = ZH.numeral_big
_ONE = Decimal(1)


def _longest_first(words: object) -> tuple[str, ...]:
    return tuple(sorted(sorted(set(words)), key=len, reverse=True))  # type: ignore[call-overload]


_BEFORE = _longest_first([*ZH.qualifiers, *ZH.range_openers])
_AFTER = _longest_first(ZH.qualifiers_after)
_EXCEPTIONS = ZH.qualifier_exceptions
_MEASURES = _longest_first(ZH.measure_words)
_COUNT_NOUNS = _longest_first(ZH.count_nouns)
_CASUALTIES = _longest_first(ZH.casualty_marks)
#: Before the number only words of two characters or more: "死" alone is also "死者".
_CASUALTIES_BEFORE = tuple(w for w in _CASUALTIES if len(w) > 1)
_STREAK_OPENERS = tuple(w for w in _longest_first(ZH.streak_openers) if w)
_STREAK_MARKS = ZH.streak_marks
_STREAK = ZH.streak
_DURATIONS = ZH.duration_nouns
#: The records over periods by their first two characters ("年新高" under "年新"): a number
#: followed by 年 looks at a dozen words, not every record.
_PERIOD_RECORDS: dict[str, tuple[str, ...]] = {}
for _word in _longest_first(ZH.period_records):
    _PERIOD_RECORDS[_word[:2]] = (*_PERIOD_RECORDS.get(_word[:2], ()), _word)
_PERIOD_STARTS = frozenset(word[0] for word in ZH.period_records)
_UNCOUNTED = _longest_first(ZH.uncounted_after_measure)
_PEOPLE = ZH.measure_words.get("人", "")
#: Nouns of people counted with no measure word ("警員"): after a casualty word they are who it
#: describes, so a count further on is of other people.
_PEOPLE_NOUNS = _longest_first(w for w, n in ZH.count_nouns.items() if n == _PEOPLE and len(w) > 1)
#: The measure word a duration is counted with ("18個月", "3個小時").
_PERIODS = ZH.measure_words.get("個", "")
#: Where a clause ends: a casualty word beyond it is about something else.
_CLAUSE_MARKS = frozenset(",，、;；。:：!！?？()（）「」 ")
_REACH = 12
_RANK_WORDS = _longest_first(ZH.rank_words)
#: How far before the number a rank word may stand ("排議程11位": 排, a noun, the number).
_RANK_REACH = 5


def is_cjk(ch: str) -> bool:
    """Whether ``ch`` is a CJK character or full-width sign (the range money.py reads too)."""
    return bool(ch) and ord(ch[0]) > 0x2E7F


#: ``match_word``'s words by their first character, per tuple of words (kept, so that its id
#: stays its own): a look at the few words starting with the character, not at all of them.
_BY_FIRST: dict[int, tuple[tuple[str, ...], dict[str, tuple[str, ...]]]] = {}


def match_word(text: str, pos: int, words: tuple[str, ...]) -> str | None:
    """The longest of ``words`` written at ``pos`` (they are longest first)."""
    cached = _BY_FIRST.get(id(words))
    if cached is None or cached[0] is not words:
        index: dict[str, tuple[str, ...]] = {}
        for word in words:
            index[word[:1]] = (*index.get(word[:1], ()), word)
        cached = _BY_FIRST[id(words)] = (words, index)
    for word in cached[1].get(text[pos : pos + 1], ()):
        if text.startswith(word, pos):
            return word
    return None


class ChineseNumber(NamedTuple):
    """A number read the Chinese way: value in units of ``scale``, the exponent of its last
    stated digit, where it ends, and whether "多"/"餘" opened it above."""

    value: Decimal
    exponent: int
    scale: Decimal
    end: int
    more: bool


def number_follows(text: str, end: int) -> bool:
    """Whether the digits ending at ``end`` go on the Chinese way: a magnitude ("6億"), "多"
    ("3000多萬", "10多家") or a spaced magnitude ("1 億")."""
    ch = text[end : end + 1]
    if ch in _UNIT_CHARACTERS or ch in _MORE:
        return True
    return ch == " " and text[end + 1 : end + 2] in _BIG


def read_number(text: str, start: int) -> ChineseNumber | None:
    """The Chinese number at ``start`` (``numbers.read_han``), or None.

    A unit with no digit before it is one of that unit ("千人", "逾萬人") unless a word before
    it makes it vague ("數百人", "幾千"); a lone 萬/億 only after a qualifier ("逾萬", "上萬"),
    since it also starts names ("萬達").
    """
    lone = text[start : start + 1] in _UNIT_CHARACTERS
    if lone and any(text.startswith(w, start - len(w)) for w in ZH.vague_before if w):
        return None
    read = read_han(text, start)
    if read is None and text[start : start + 1] in _BIG:
        if qualifier_before(text, start, 0) is None and lone_qualifier(text, start) is None:
            return None
        unit = Decimal(_BIG[text[start]])
        end = start + 1
        more = text[end : end + 1] in _MORE
        return ChineseNumber(_ONE, 0, unit, end + more, more)
    if read is None or read.value == 0:
        return None
    stated = read.unit.as_tuple().exponent
    exponent = stated if isinstance(stated, int) else 0
    return ChineseNumber(read.value / read.scale, exponent, read.scale, read.end, read.more)


def percent_prefix(text: str, start: int, floor: int) -> int | None:
    """Where "百分之" starts right before ``start`` ("百分之二十五"), or None."""
    for prefix in ZH.percent_prefixes:
        at = start - len(prefix)
        if at >= floor and text.startswith(prefix, at):
            return at
    return None


def skip_percent_prefix(text: str, start: int) -> int | None:
    """Where the number after a "百分之" at ``start`` begins, so that its "百" is no hundred."""
    for prefix in ZH.percent_prefixes:
        if text.startswith(prefix, start):
            return start + len(prefix)
    return None


def read_tenths(text: str, atom: Atom) -> bool:
    """ "三成" (30%), "兩成半" (25%) after the atom's number: make it that percentage."""
    end = atom.end
    for mark in ZH.tenth_marks:
        if not text.startswith(mark, end):
            continue
        after = end + len(mark)
        if text[after : after + 1] in ZH.tenth_blockers:
            return False  # "成長", "成為": a word, not tenths
        if atom.has_magnitude and atom.scale != 1:
            return False
        atom.percent = True
        atom.scale *= 10
        if ZH.half_mark and text.startswith(ZH.half_mark, after):
            atom.value += Decimal("0.5")
            atom.exponent = min(atom.exponent, -1)
            after += len(ZH.half_mark)
        elif (tenth := _one_digit(text, after)) is not None and atom.exponent == 0:
            atom.value += Decimal(tenth) / 10  # "7成2": 72%
            atom.exponent = -1
            after += 1
        elif text[after : after + 1] in _MORE:
            atom.plus = True  # "三成多": more than 30%
            after += 1
        atom.end = after
        return True
    return False


def _one_digit(text: str, pos: int) -> int | None:
    """The one digit at ``pos`` ("2" of "7成2"), in digits or a Han numeral, if no other digit,
    numeral or measure word follows it."""
    c = text[pos : pos + 1]
    value = int(c) if c.isascii() and c.isdigit() else ZH.numeral_digits.get(c)
    if value is None:
        return None
    nxt = text[pos + 1 : pos + 2]
    if nxt.isdigit() or nxt in ZH.numeral_digits or nxt in ZH.magnitude_characters:
        return None
    if match_word(text, pos + 1, _MEASURES) is not None:
        return None  # "3成2人": two people
    return value


def qualifier_before(text: str, pos: int, floor: int) -> str | None:
    """The Chinese qualifier (or "from" word) written right before ``pos``: "逾", "約為", "由"."""
    lo = max(floor, pos - 6)
    window = text[lo:pos].rstrip(" ")
    for word in _BEFORE:
        if window.endswith(word):
            if any(window.endswith(ex) and len(ex) > len(word) for ex in _EXCEPTIONS):
                return None  # "打破" ends in "破"
            if any(window.endswith(ex) and ex.endswith(word) for ex in _EXCEPTIONS):
                return None
            return word
    return None


def lone_qualifier(text: str, start: int) -> str | None:
    """ "上" of "上萬": a qualifier read only before a unit with no digit."""
    for word in ZH.lone_unit_qualifiers:
        if start >= len(word) and text.startswith(word, start - len(word)):
            if any(text.startswith(ex, start - len(ex)) for ex in _EXCEPTIONS if ex.endswith(word)):
                return None  # "加上千萬元", "網上千人": a word ending in 上
            return word
    return None


def qualifier_after(text: str, atom: Atom) -> None:
    """ "左右", "以上", "以下" written after the figure: its qualifier, read here and kept."""
    pos = atom.end + 1 if text[atom.end : atom.end + 1] == " " else atom.end
    word = match_word(text, pos, _AFTER)
    if word is None:
        return
    atom.qualifier = word
    atom.qualifier_read = True
    atom.end = pos + len(word)


def _casualty_before(text: str, start: int, floor: int) -> str | None:
    """A casualty word in the clause before the number at ``start`` ("死亡365人")."""
    lo = max(floor, start - _REACH)
    i = start
    while i > lo and text[i - 1] not in _CLAUSE_MARKS:
        i -= 1
    window = text[i:start]
    best: tuple[int, str] | None = None
    for word in _CASUALTIES_BEFORE:
        at = window.rfind(word)
        if at >= 0 and match_word(window, at + len(word), _PEOPLE_NOUNS) is not None:
            continue  # "一名輕傷警員…兩名": the word describes other people
        if at >= 0 and (best is None or at > best[0]):
            best = (at, ZH.casualty_marks[word])
    return None if best is None else best[1]


def _counted_currency(text: str, atom: Atom, pos: int) -> bool:
    """Whether a currency name of two characters or more follows the measure word ending at
    ``pos`` ("20个比特币", "3個港元"); if so ``atom`` becomes that money. One character is no
    name here: "5个元素" counts elements."""
    from headlinecheck import _lexicon
    from headlinecheck.currencies import symbol_currency

    for size in (4, 3, 2):
        key = text[pos : pos + size]
        if len(key) < size:
            continue
        code = _lexicon.NAMES.get(key) or symbol_currency(key)
        if code is not None:
            atom.currency = code
            atom.currency_after = True
            atom.end = pos + size
            return True
    return False


def _streak(text: str, atom: Atom) -> tuple[str, int] | None:
    """A run of periods ("連25紅", "連續二十五個月", "连续3年", "連跌兩個月"): (``STREAK``, its
    end), or None. A mark between the opener and the number ("連跌") needs a period after it."""
    start = atom.start
    marked = text[start - 1 : start] in _STREAK_MARKS  # "連跌兩個月"
    if not any(text.startswith(w, start - marked - len(w)) for w in _STREAK_OPENERS):
        return None
    pos = atom.end
    if not marked and text[pos : pos + 1] in _STREAK_MARKS:
        return _STREAK, pos + 1
    measure = match_word(text, pos, _MEASURES)
    after = pos + len(measure) if measure is not None else pos
    period = match_word(text, after, _DURATIONS)
    if period is None:
        return None
    return _STREAK, after + len(period)


def _ranked(text: str, start: int, floor: int) -> bool:
    """Whether a rank word ("排名", "位列", "排") stands a few characters before ``start``, in
    its clause, and is no part of a word that ranks nothing ("安排", "排隊")."""
    if any(text.startswith(w, start - len(w)) for w in ZH.rank_blockers if w):
        return False  # "排名前10名": the top ten
    lo = max(floor, start - _RANK_REACH)
    i = start
    while i > lo and text[i - 1] not in _CLAUSE_MARKS:
        i -= 1
    window = text[i:start]
    for word in _RANK_WORDS:
        at = window.rfind(word)
        if at < 0:
            continue
        pos = i + at
        if not any(
            text.startswith(ex, pos - ex.index(word)) for ex in ZH.rank_exceptions if word in ex
        ):
            return True
    return False


def _year(text: str, atom: Atom) -> bool:
    """Whether the number is a year ("2024年新高", "2024大選")."""
    digits = text[atom.num_start : atom.num_end]
    return len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100


def _year_or_ordinal(text: str, atom: Atom) -> bool:
    """Whether the number is a year or follows the ordinal prefix ("第3季新高"): no count of
    the periods after it."""
    prefix = ZH.ordinal_prefix
    return _year(text, atom) or (bool(prefix) and text.startswith(prefix, atom.start - len(prefix)))


def count_at(text: str, atom: Atom, floor: int) -> tuple[str, int] | None:
    """What the bare number of ``atom`` counts, in one spelling, and where that ends: a measure
    word ("150間" -> 間, "4项" -> 項), a casualty after or before a count of people ("1人死亡",
    "死亡365人" -> 死), a noun counted with no measure word ("1死", "2企"); an ordinal ("第11位")
    counts apart ("第人"). A duration ("18個月") is no count."""
    pos = atom.end
    at = atom.num_start
    if any(text.startswith(w, at - len(w)) for w in ZH.date_prefixes if w):
        return None  # "初六人潮": the sixth day, not six people
    if at >= 2 and text[at - 1] == "-" and text[at - 2].isascii() and text[at - 2].isalpha():
        return None  # "COVID-19個案", "F-16戰機": a name, not a count
    streak = _streak(text, atom)
    if streak is not None:
        return streak
    if text[pos : pos + 1] in _PERIOD_STARTS and not _year_or_ordinal(text, atom):
        record = match_word(text, pos, _PERIOD_RECORDS.get(text[pos : pos + 2], ()))
        if record is not None:  # "創7年新低": seven years
            return ZH.period_records[record], pos + len(record)
    measure = match_word(text, pos, _MEASURES)
    if measure is not None and text[atom.num_start : atom.num_end] in ZH.articles:
        return None  # "一个计划": a plan, not one
    if measure is not None:
        noun = ZH.measure_words[measure]
        pos += len(measure)
        if _counted_currency(text, atom, pos):
            return None  # "20个比特币": twenty bitcoins are money, not a count
        period_at = pos + (text[pos : pos + 1] in _MORE)  # "7個多月"
        if noun == _PERIODS and match_word(text, period_at, _DURATIONS) is not None:
            return None  # "18個月": a duration; but "626戶天然氣用戶" counts households
        if match_word(text, pos, _UNCOUNTED) is not None:
            return None  # "1.5個百分點": percentage points
        if noun == _PEOPLE:
            casualty = match_word(text, pos, _CASUALTIES)
            if casualty is not None:
                noun = ZH.casualty_marks[casualty]
                pos += len(casualty)
            else:
                noun = _casualty_before(text, atom.start, floor) or noun
    else:
        word = match_word(text, pos, _COUNT_NOUNS)
        if word is None:
            return None
        if _year(text, atom):
            return None  # "2024大選", "2020企業": a year before a noun, not a count of it
        lone = text[atom.num_start : atom.num_end] in ZH.articles
        if lone and word not in ZH.casualty_marks and ZH.count_nouns[word] != _PEOPLE:
            return None  # "一大亮點": "a" big highlight; but "一死兩傷", "一嫌犯" count people
        if text[pos + len(word) : pos + len(word) + 1] in ZH.count_noun_blockers.get(word, ()):
            return None  # "大幅": a word, not big things counted
        noun = ZH.count_nouns[word]
        pos += len(word)
    prefix = ZH.ordinal_prefix
    opening = atom.start - (text[atom.start - 1 : atom.start] == " ")  # "第 3 名"
    if prefix and opening >= len(prefix) and text.startswith(prefix, opening - len(prefix)):
        noun = prefix + noun
    elif prefix and measure in ZH.rank_measures and _ranked(text, atom.start, floor):
        noun = prefix + noun  # "排議程11位" is "第11位"
    elif measure in ZH.ordinal_measures:
        return None  # "25度": degrees, not a count
    return noun, pos
