"""The conformance scorer's rule for amounts longer than a double keeps, and the Chinese
crypto reading it is scored with."""

from __future__ import annotations

from decimal import Decimal

from headlinecheck.conformance import Expected, amount_matches, match_case


def _want(amount: str) -> Expected:
    return Expected(amounts=(Decimal(amount),), currency="USD")


def test_a_long_amount_matches_its_value_at_double_precision() -> None:
    ours = Decimal("202107211321363588510367")
    assert amount_matches(_want("202107211321364000000000"), ours)
    assert amount_matches(_want("202107211321363588510367"), ours)
    # rounded the other way, or at the wrong digit, it is a different amount
    assert not amount_matches(_want("202107211321363000000000"), ours)
    assert not amount_matches(_want("202107211321360000000000"), ours)
    assert match_case([_want("202107211321364000000000")], [(ours, "USD")]) == 1


def test_amounts_a_double_holds_exactly_must_be_equal() -> None:
    # 15 significant digits: no rounding is allowed
    assert not amount_matches(_want("123456789012346"), Decimal("123456789012345"))
    assert not amount_matches(_want("1.3"), Decimal("1.30000001"))
    assert amount_matches(_want("1.3"), Decimal("1.30"))
