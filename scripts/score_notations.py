"""Score ``headlinecheck.extract`` on a table of world money notations (the first money figure).

    python scripts/score_notations.py tests/corpus/extract/world_money.yaml

Prints each miss (no money read), each wrong reading (another value or currency, or money where
the case says there is none) and a summary line. Exit 0 always: a measurement, not a test.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

import headlinecheck as hc


def _currency_ok(currency: Any, want: Any) -> bool:
    if want == "$":
        return getattr(currency, "symbol", None) == "$"
    if isinstance(want, list):
        candidates = list(getattr(currency, "candidates", [currency]))
        return candidates[:1] == want[:1]
    return bool(currency == want)


def main(path: str) -> int:
    cases = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    right = missed = wrong = 0
    for case in cases:
        figures = [
            f
            for f in hc.extract(case["text"], locale=case.get("locale"))
            if f.kind.value == "money"
        ]
        if case.get("money") == "none":
            if figures:
                wrong += 1
                print(f"FALSE  {case['text']!r}: {figures[0].value} {figures[0].currency}")
            else:
                right += 1
            continue
        if not figures:
            missed += 1
            print(f"MISS   {case['text']!r}")
            continue
        first = figures[0]
        if first.value == Decimal(case["value"]) and _currency_ok(first.currency, case["currency"]):
            right += 1
        else:
            wrong += 1
            print(f"WRONG  {case['text']!r}: {first.value} {first.currency}")
    print(f"{len(cases)} cases: {right} right, {missed} missed, {wrong} wrong")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
