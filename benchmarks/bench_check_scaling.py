"""Checking time against body size: 10 KB, 100 KB and 1 MB of Chinese and English prose.

Run: ``PYTHONPATH=src python benchmarks/bench_check_scaling.py`` (prints times and the ratio of
each size to the one before; ``--quick`` stops at 100 KB). ``check`` is linear in the body when
each ratio is near 10: sentences and their stems are computed once per body, not once per figure
(issue 15, item 6: 40 KB of Chinese took 5.8 s, 80 KB 17.6 s).
"""

from __future__ import annotations

import argparse
import time
from datetime import date

from headlinecheck import check
from headlinecheck.rates import RateTable

HEADLINE = "Revenue rises 30% to $5M as the firm hires 150 people"
# Chinese prose ends its sentences with 。 and no space: before the fix one "sentence" was the
# whole body. The English body has no ". " at all (clauses joined by semicolons), its worst case.
CHINESE = "公司去年收入增长了30%，达到5000万美元；员工人数为150人，比前年多了12人。"
ENGLISH = "revenue rose 30% to $5 million; the firm hired 150 people, up from 138 people; "
SIZES = (10_000, 100_000, 1_000_000)


def _body(unit: str, size: int) -> str:
    return unit * (size // len(unit.encode("utf-8")) + 1)


def _time(body: str, rates: RateTable) -> float:
    start = time.perf_counter()
    check(HEADLINE, body, published=date(2023, 8, 29), rates=rates)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="stop at 100 KB")
    args = parser.parse_args()
    rates = RateTable.load()
    sizes = SIZES[:2] if args.quick else SIZES
    for name, unit in (("Chinese", CHINESE), ("English", ENGLISH)):
        previous = None
        for size in sizes:
            seconds = _time(_body(unit, size), rates)
            ratio = "" if previous is None else f"  x{seconds / previous:.1f}"
            print(f"{name:8} {size // 1000:>5} KB  {seconds:8.3f} s{ratio}")
            previous = seconds


if __name__ == "__main__":
    main()
