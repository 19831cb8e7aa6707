"""Hypothesis strategies for hostile article text: random unicode, lone surrogates, huge
numbers, RTL and zero-width marks, full-width and Arabic-Indic digits, every currency marker.

Shared by the suite's fuzz of ``check`` (tests/test_check_fuzz.py, 2,000 examples) and the long
run (benchmarks/fuzz_check.py, 20,000), so both draw the same inputs.
"""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

MARKS = st.sampled_from(["\u200b", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202e",
                         "\u00ad", "\u034f", "\u0301", "\u061c"])  # fmt: skip
MARKERS = st.sampled_from(["$", "US$", "HK$", "€", "£", "¥", "₹", "RMB ", "USD ", "HKD ", "Rs ",
                           "元", "港元", "美元", "＄"])  # fmt: skip
NUMBERS = st.one_of(
    st.integers(0, 10**40).map(str),
    st.integers(1, 5000).map(lambda n: "9" * n),
    st.sampled_from(["５０", "١٢٣", "1,234.5", "1.5e24", "0.0000001", "1e-29", "١٫٥"]),
    st.decimals(allow_nan=False, allow_infinity=False).map(str),
)
WORDS = st.sampled_from([" million", " billion", "bn", "m", " trillion", "亿", "万", "", " crore",
                         " lakh", "%", " per cent"])  # fmt: skip
FIGURE = st.builds(lambda a, b, c, d: a + b + c + d, MARKERS, st.one_of(st.just(""), MARKS),
                   NUMBERS, WORDS)  # fmt: skip
NOISE = st.text(
    alphabet=st.one_of(st.characters(), st.characters(categories=["Cs"]), MARKS), max_size=40
)
TEXT = st.lists(st.one_of(FIGURE, NOISE, st.sampled_from([". ", "。", "\n", " "])),
                max_size=12).map("".join)  # fmt: skip
DAYS = st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2035, 12, 31)))
