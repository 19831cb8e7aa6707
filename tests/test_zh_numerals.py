"""Property: any integer below 10**16, written the ways Chinese text writes it, reads back exactly.

The writer is here, in the test (no cn2an): Han numerals grouped by 萬/億/兆 with 零 for the
gaps, in either script; digits grouped by the same magnitudes ("3億500萬"); plain ASCII and
full-width digits; positional Han digits with 〇 ("一五〇〇").
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from headlinecheck.extraction import extract
from headlinecheck.numbers import parse_han, read_han

_DIGITS = "零一二三四五六七八九"
_SMALL = ((1000, "千"), (100, "百"), (10, "十"))
_BIG = {
    "traditional": ((10**12, "兆"), (10**8, "億"), (10**4, "萬")),
    "simplified": ((10**12, "兆"), (10**8, "亿"), (10**4, "万")),
}
_NUMBERS = st.integers(min_value=1, max_value=10**16 - 1)
_SCRIPTS = st.sampled_from(sorted(_BIG))


def _section(n: int, *, leading: bool, two: str) -> str:
    """0 < n < 10000 in Han numerals; ``leading``: nothing written before it (so "十五")."""
    out: list[str] = []
    zero = False
    for unit, char in _SMALL:
        d = n // unit % 10
        if d == 0:
            zero = zero or bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        if d == 1 and unit == 10 and leading and not out:
            out.append(char)  # "十五", not "一十五"
        else:
            digit = two if d == 2 and unit >= 100 else _DIGITS[d]
            out.append(digit + char)
    d = n % 10
    if d:
        if zero:
            out.append("零")
        out.append(_DIGITS[d])
    return "".join(out)


def han(n: int, script: str, two: str = "二") -> str:
    """``n`` in Han numerals grouped by 萬/億/兆, with 零 where a place is skipped."""
    out: list[str] = []
    rest = n
    gap = False
    for unit, char in (*_BIG[script], (1, "")):
        part = rest // unit
        rest %= unit
        if part == 0:
            gap = gap or bool(out)
            continue
        if out and (gap or part < 1000):
            out.append("零")
        out.append(_section(part, leading=not out, two=two) + char)
        gap = False
    return "".join(out)


def grouped_digits(n: int, script: str, wide: bool) -> str:
    """``n`` in digits grouped by the same magnitudes: "3億500萬", "１２萬３４５６"."""
    out: list[str] = []
    rest = n
    for unit, char in (*_BIG[script], (1, "")):
        part = rest // unit
        rest %= unit
        if part:
            out.append(str(part) + char)
    text = "".join(out)
    return _wide(text) if wide else text


def _wide(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def _reads(text: str, n: int) -> None:
    read = read_han(text, 0)
    assert read is not None, text
    assert read.end == len(text), text
    assert read.value == n, text
    assert not read.more


@given(_NUMBERS, _SCRIPTS, st.sampled_from(["二", "兩", "两"]))
def test_han_numerals_read_back(n: int, script: str, two: str) -> None:
    text = han(n, script, two)
    _reads(text, n)
    assert parse_han(text) == n


@given(_NUMBERS, _SCRIPTS, st.booleans())
def test_grouped_digits_read_back(n: int, script: str, wide: bool) -> None:
    _reads(grouped_digits(n, script, wide), n)


@given(_NUMBERS, st.booleans())
def test_plain_digits_read_back(n: int, wide: bool) -> None:
    text = _wide(str(n)) if wide else str(n)
    _reads(text, n)


@given(_NUMBERS.filter(lambda n: "0" in str(n)))
def test_positional_han_digits_with_a_circle_read_back(n: int) -> None:
    text = "".join("〇" if d == "0" else _DIGITS[int(d)] for d in str(n))
    _reads(text, n)


@given(_NUMBERS, _SCRIPTS, st.sampled_from(["han", "digits", "wide"]))
def test_amounts_in_yuan_are_extracted_exactly(n: int, script: str, form: str) -> None:
    number = han(n, script) if form == "han" else grouped_digits(n, script, form == "wide")
    figures = extract(f"政府撥款{number}元")
    assert [f.value for f in figures] == [Decimal(n)], number


def test_the_writer_writes_what_the_press_writes() -> None:
    assert han(15, "traditional") == "十五"
    assert han(105, "traditional") == "一百零五"
    assert han(1_0000_0000_5000, "simplified") == "一兆零五千"
    assert han(6_0700_0000, "traditional") == "六億零七百萬"
    assert han(49_9592_0000_0000, "traditional") == "四十九兆九千五百九十二億"
    assert grouped_digits(6_0700_0000, "traditional", False) == "6億700萬"


_ALPHABET = (
    "0123456789０１２３４５６７８９.,．"
    "零〇一二兩两三四五六七八九十廿百千萬万億亿兆"
    "多餘 點元港幣間人成%％約逾至第"
)


@given(st.text(alphabet=_ALPHABET, max_size=40), st.integers(min_value=0, max_value=40))
def test_reading_any_chinese_text_never_raises(text: str, start: int) -> None:
    start = min(start, len(text))
    read = read_han(text, start)
    if read is not None:
        assert start < read.end <= len(text)
        assert read.value >= 0 and read.scale >= 1
    for figure in extract(text):
        assert figure.low <= figure.value <= figure.high
        assert text[figure.span[0] : figure.span[1]] == figure.text
