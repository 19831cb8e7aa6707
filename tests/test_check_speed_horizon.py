"""The carried rate's movement (``horizon.movement``) is sampled over the table's last
``SAMPLE_DAYS``, not its whole history, unless the gap is too long for that sample."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from headlinecheck.checking.horizon import SAMPLE_DAYS, movement
from headlinecheck.rates import Rate, RatePath

END = date(2026, 10, 30)


class _History:
    """Ten years of daily USD/SGD: wild swings until four years ago, flat since."""

    def __init__(self) -> None:
        first = END - timedelta(days=3650)
        calm_from = END - timedelta(days=4 * 365)
        self.rates = tuple(
            Rate(
                "USD",
                "SGD",
                Decimal("1.35") if day >= calm_from or n % 2 else Decimal("1.80"),
                day,
                day,
                "test",
                RatePath.DIRECT,
            )
            for n, day in enumerate(first + timedelta(n) for n in range(3651))
        )
        self.coverage = (first, END)

    def rates_between(self, base: str, quote: str, start: date, end: date) -> tuple[Rate, ...]:
        return tuple(r for r in self.rates if start <= r.used <= end)


def test_the_movement_reads_the_recent_sample_only() -> None:
    source = _History()
    assert movement(source, "USD", "SGD", 31) == 0  # type: ignore[arg-type]


def test_a_gap_too_long_for_the_sample_reads_the_whole_history() -> None:
    source = _History()
    gap = SAMPLE_DAYS // 4 + 1  # odd: the old swings alternate daily
    assert movement(source, "USD", "SGD", gap) == Decimal("0.3333")  # type: ignore[arg-type]
