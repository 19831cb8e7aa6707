"""Figures longer than Decimal's default 28 digits are compared and worded exactly.

Found by ``benchmarks/fuzz_check.py``: a headline "$999…9亿" (30 stated digits) over a body figure
of the same amount raised DivisionImpossible in the truncation test.
"""

from __future__ import annotations

from decimal import Decimal

from headlinecheck.checking.intervals import stated_digits, truncates_to
from headlinecheck.extraction import Figure, Kind
from headlinecheck.wording import stated_int

NINES = "9" * 30


def _money(value: str, precision: str, text: str) -> Figure:
    amount = Decimal(value)
    half = Decimal(precision) / 2
    return Figure(
        kind=Kind.MONEY,
        value=amount,
        low=amount - half,
        high=amount + half,
        currency="USD",
        span=(0, len(text)),
        text=text,
        precision=Decimal(precision),
    )


CLAIM = _money(NINES + "0" * 8, "1E+8", f"${NINES}亿")


def test_thirty_stated_digits_are_read_back_exactly() -> None:
    assert stated_int(CLAIM) == int(NINES)
    assert stated_digits(CLAIM) == 30


def test_a_long_figure_cut_at_its_last_digit_is_a_truncation() -> None:
    body = _money(NINES + "12345678.5", "0.1", f"${NINES}12345678.5")
    assert truncates_to(CLAIM, body)


def test_a_long_figure_one_unit_above_is_not_a_truncation() -> None:
    body = _money("1" + "0" * 38 + ".5", "0.1", "$1" + "0" * 38 + ".5")
    assert not truncates_to(CLAIM, body)
