"""Figures longer than Decimal's default 28 digits are compared and worded exactly.

Found by ``benchmarks/fuzz_check.py``: a headline "$999…9亿" (30 stated digits) over a body figure
of the same amount raised DivisionImpossible in the truncation test.
"""

from __future__ import annotations

import pytest

from check_helpers import money
from headlinecheck.checking import Verdict, check
from headlinecheck.checking.intervals import stated_digits, truncates_to
from headlinecheck.wording import stated_int

NINES = "9" * 30


CLAIM = money(f"${NINES}亿", NINES + "0" * 8, "USD", "1E+8")


def test_thirty_stated_digits_are_read_back_exactly() -> None:
    assert stated_int(CLAIM) == int(NINES)
    assert stated_digits(CLAIM) == 30


def test_a_long_figure_cut_at_its_last_digit_is_a_truncation() -> None:
    body = money(f"${NINES}12345678.5", NINES + "12345678.5", "USD", "0.1")
    assert truncates_to(CLAIM, body)


def test_a_long_figure_one_unit_above_is_not_a_truncation() -> None:
    body = money("$1" + "0" * 38 + ".5", "1" + "0" * 38 + ".5", "USD", "0.1")
    assert not truncates_to(CLAIM, body)


@pytest.mark.parametrize("zeros", [24, 26, 28])
def test_a_body_figure_far_beyond_the_claim_is_a_verdict_not_a_crash(zeros: int) -> None:
    # Hardening (issue 15, item 3): the digit-slip test rounded the converted interval with
    # Decimal.quantize, which raises InvalidOperation past 28 digits (the 28-zero case crashed).
    report = check("Firm raises $5", f"It raised ${'1' + '0' * zeros}.")
    assert [c.verdict for c in report.claims] == [Verdict.MISMATCH]


def test_a_body_figure_too_long_to_read_supports_nothing() -> None:
    # Past the extractor's digit-run limit the figure is not read at all: no value is invented.
    report = check("Firm raises $5", f"It raised ${'1' + '0' * 40}.")
    assert [c.verdict for c in report.claims] == [Verdict.UNSUPPORTED]
