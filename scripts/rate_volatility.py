"""Print how far five currency pairs move over gaps of a few days to two months, from the bundled
rate table: the figures of docs/checking.md's staleness rule (``checking.horizon.movement``: the
99th percentile of |log change| between two rates that many days apart, over the whole history).

Run: ``PYTHONPATH=src python scripts/rate_volatility.py [--gaps 7 30 60]``.
"""

from __future__ import annotations

import argparse
import sys

from headlinecheck.checking.horizon import movement
from headlinecheck.rates import RateTable

PAIRS = (("USD", "HKD"), ("USD", "CNY"), ("EUR", "USD"), ("GBP", "USD"), ("USD", "JPY"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gaps", type=int, nargs="+", default=[7, 30, 60])
    args = parser.parse_args()
    table = RateTable.load()
    first, last = table.coverage
    print(f"bundled table {first} to {last}; 99th percentile of the move over a gap of N days")
    print("pair     " + "".join(f"{gap:>9} d" for gap in args.gaps))
    for base, quote in PAIRS:
        moves = [movement(table, base, quote, gap) for gap in args.gaps]
        print(f"{base}/{quote}  " + "".join(f"{move * 100:>10.2f}%" for move in moves))
    return 0


if __name__ == "__main__":
    sys.exit(main())
