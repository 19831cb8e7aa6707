"""Long fuzz runs for issue 15's bar: 20,000+ examples each of the rates parser and cache
reader (the suite's tests/test_rates_fuzz.py, scaled up) and of ``check`` on hostile text
(random unicode, huge numbers, RTL and zero-width marks, full-width digits, lone surrogates).
Prints counts, the slowest example and every unexpected exception; asserts nothing.

    .venv/bin/python benchmarks/fuzz_check.py [--examples N] [--only rates|check]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

#: Examples per suite example in tests/test_rates_fuzz.py (500 + 300 + 500 + 400 per scale).
RATES_PER_SCALE = 1700


class Timer:
    """Wraps a callable and keeps the slowest call (by CPU time: on a shared machine wall time
    also counts the other processes) and its input size."""

    def __init__(self, name: str, function: Callable[..., Any]) -> None:
        self.name = name
        self.function = function
        self.calls = 0
        self.slowest = (0.0, 0)
        self.slowest_call: tuple[tuple[Any, ...], dict[str, Any]] = ((), {})

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        size = sum(len(a) for a in args if isinstance(a, (str, bytes)))
        start = time.process_time()
        try:
            return self.function(*args, **kwargs)
        finally:
            took = time.process_time() - start
            self.calls += 1
            if took > self.slowest[0]:
                self.slowest = (took, size)
                self.slowest_call = (args, kwargs)

    def report(self) -> str:
        took, size = self.slowest
        return f"{self.name}: {self.calls:,} calls, slowest {took * 1000:.1f} ms CPU ({size} bytes)"

    def retime_slowest(self, rounds: int = 3) -> str:
        """The slowest input run again: a shared machine's pause shows as a fast rerun."""
        args, kwargs = self.slowest_call
        times = []
        for _ in range(rounds):
            start = time.process_time()
            with contextlib.suppress(Exception):
                self.function(*args, **kwargs)
            times.append(time.process_time() - start)
        shown = repr(args[0])[:120] if args else "-"
        best = min(times) * 1000
        return f"slowest input rerun: best {best:.1f} ms CPU of {rounds}; headline {shown}"


def run_rates(examples: int) -> int:
    scale = max(1, -(-examples // RATES_PER_SCALE))
    os.environ["HEADLINECHECK_FUZZ_SCALE"] = str(scale)
    import test_rates_fuzz as fuzz
    from headlinecheck import rates

    parse = Timer("parse_rates_csv", rates.parse_rates_csv)
    read = Timer("cache reader", rates._read_cache)
    # The tests call the names they imported: rebinding them in the test module times them.
    vars(fuzz).update(parse_rates_csv=parse, _read_cache=read)
    import tempfile

    built = fuzz.build_cache(Path(tempfile.mkdtemp(prefix="fuzz-check-")))
    rewritten = fuzz.test_fuzz_a_rewritten_cache_never_crashes_the_reader
    tests: list[tuple[str, Callable[[], None]]] = [
        ("hostile rates files", fuzz.test_fuzz_parser_raises_only_rates_file_errors),
        ("valid rows", fuzz.test_fuzz_valid_rows_come_back_exactly),
        ("damaged caches", lambda: fuzz.test_fuzz_a_damaged_cache_is_refused_or_exact(built)),
        ("rewritten caches", lambda: rewritten(built)),
    ]
    failures = 0
    print(f"rates: scale {scale} ({scale * RATES_PER_SCALE:,} examples)")
    for name, test in tests:
        start = time.perf_counter()
        try:
            test()
            state = "ok"
        except Exception:
            failures += 1
            state = "FAILED\n" + traceback.format_exc(limit=6)
        print(f"  {name}: {state} in {time.perf_counter() - start:.1f} s")
    print(f"  {parse.report()}\n  {read.report()}")
    return failures


def run_check(examples: int) -> int:
    from hypothesis import HealthCheck, given, settings

    from headlinecheck.checking import check
    from headlinecheck.errors import HeadlinecheckError
    from headlinecheck.rates import RateTable
    from hostile_text import DAYS, TEXT

    table = RateTable.load()
    check("Firm raises $5 million", "It raised USD 5 million.", rates=table)  # lazy loads
    timer = Timer("check", check)
    errors: list[str] = []
    unexpected = [0]

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(TEXT, TEXT, DAYS)
    def fuzz(headline: str, body: str, published: date | None) -> None:
        try:
            timer(headline, body, published=published, rates=table)
        except HeadlinecheckError:
            pass
        except Exception as error:
            unexpected[0] += 1
            if len(errors) < 5:
                errors.append(
                    f"{type(error).__name__}: {error!s:.200} for {headline[:300]!r}"
                    f" BODY {body[:300]!r} PUB {published!r}"
                )

    start = time.perf_counter()
    fuzz()
    print(f"check: {examples:,} examples in {time.perf_counter() - start:.1f} s")
    print(f"  {timer.report()}")
    print(f"  {timer.retime_slowest()}")
    print(f"  unexpected exceptions: {unexpected[0]}")
    for line in errors:
        print(f"    {line}")
    return 1 if unexpected[0] else 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=20_000)
    parser.add_argument("--only", choices=("rates", "check"))
    args = parser.parse_args()
    failures = 0
    if args.only in (None, "rates"):
        failures += run_rates(args.examples)
    if args.only in (None, "check"):
        failures += run_check(args.examples)
    print("no failures" if not failures else f"{failures} failing part(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
