"""Measure the rate table: cold and warm load of the bundled file, lookup throughput, and the
start-up cost it adds to a CLI run. Prints numbers; asserts nothing.

    .venv/bin/python benchmarks/bench_rates.py [--rounds N]

"before" = parsing the CSV (no cache: the first run on a machine, or HEADLINECHECK_NO_CACHE=1);
"after" = the memory-mapped cache in $HEADLINECHECK_CACHE_DIR (a temp dir here, so the user's
cache is left alone).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from headlinecheck.rates import RateTable, bundled_rates_path  # noqa: E402

LOOKUP = (
    "from datetime import date; from headlinecheck.rates import RateTable; "
    "RateTable.load().rate('USD', 'HKD', date(2023, 2, 22))"
)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def _median_run(argv: list[str], env: dict[str, str], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run(argv, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _median(action: object, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    rounds = parser.parse_args().rounds
    path = bundled_rates_path()
    print(f"bundled file: {path} ({path.stat().st_size / 1e6:.1f} MB)")

    with tempfile.TemporaryDirectory() as cache:
        cache_dir = Path(cache)

        def parse_csv() -> None:
            RateTable.load(path, cache_dir=False).rate("USD", "HKD", date(2023, 2, 22))

        def from_cache() -> None:
            RateTable.load(path, cache_dir=cache_dir).rate("USD", "HKD", date(2023, 2, 22))

        from_cache()  # writes the cache
        print("\nin process: load + first USD/HKD lookup")
        print(f"  before (parse CSV, no cache) {_ms(_median(parse_csv, max(3, rounds // 2)))}")
        print(f"  after  (memory-mapped cache) {_ms(_median(from_cache, rounds * 10))}")

        table = RateTable.load(path, cache_dir=cache_dir)
        pairs = [("USD", "HKD"), ("HKD", "USD"), ("EUR", "USD"), ("USD", "EUR"), ("GBP", "JPY"),
                 ("CNY", "SGD"), ("USD", "USD")]  # fmt: skip
        first = date(2006, 1, 1)
        span = (date(2026, 10, 1) - first).days
        rng = random.Random(7)
        queries = [
            (*rng.choice(pairs), first + timedelta(rng.randrange(span))) for _ in range(20000)
        ]
        for base, quote, _ in queries[:50]:
            table.rate(base, quote, date(2023, 2, 22))  # unpack the series once
        start = time.perf_counter()
        for base, quote, day in queries:
            table.rate(base, quote, day)
        elapsed = time.perf_counter() - start
        print(
            f"\nlookups: {len(queries) / elapsed:,.0f} rate() calls/s (mixed pairs, random dates)"
        )
        on = date(2023, 2, 22)

        def repeat() -> None:
            for _ in range(10000):
                table.rate("USD", "HKD", on)

        per_call = _median(repeat, rounds) / 10000
        print(f"rate('USD', 'HKD', 2023-02-22), warm: {per_call * 1e6:.1f} us/call (median)")
        import pickle

        try:
            data = pickle.dumps(table)
        except TypeError as error:  # before RateTable.__reduce__
            print(f"pickled table: cannot pickle ({error})")
        else:
            start = time.perf_counter()
            pickle.loads(data).rate("USD", "HKD", on)
            took = _ms(time.perf_counter() - start)
            print(f"pickled table: {len(data)} bytes; unpickle + first lookup {took}")
        start = time.perf_counter()
        year = table.rates_between("USD", "HKD", date(2023, 1, 1), date(2023, 12, 31))
        took = _ms(time.perf_counter() - start)
        print(f"rates_between USD/HKD over 2023: {len(year)} rates in {took}")
        fresh = RateTable.load(path, cache_dir=cache_dir)
        first_day, last_day = fresh.coverage
        start = time.perf_counter()
        history = fresh.rates_between("USD", "HKD", first_day, last_day)
        took = _ms(time.perf_counter() - start)
        print(f"rates_between USD/HKD, whole history: {len(history)} rates in {took} (first call)")

        env = dict(os.environ, HEADLINECHECK_CACHE_DIR=cache, PYTHONPATH=str(ROOT / "src"))
        # Measure what an installed package sees: compiled bytecode, not a recompile per run.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        no_cache = dict(env, HEADLINECHECK_NO_CACHE="1")
        baseline = _median_run([sys.executable, "-c", "pass"], env, rounds)
        imported = _median_run([sys.executable, "-c", "import headlinecheck.rates"], env, rounds)
        before = _median_run([sys.executable, "-c", LOOKUP], no_cache, max(3, rounds // 2))
        after = _median_run([sys.executable, "-c", LOOKUP], env, rounds)
        cli = [sys.executable, "-m", "headlinecheck", "rates", "show", "USD", "HKD",
               "--date", "2023-08-29"]  # fmt: skip
        show = _median_run(cli, env, rounds)
        print("\nnew process, wall time (median)")
        print(f"  python -c pass                         {_ms(baseline)}")
        print(f"  import headlinecheck.rates             {_ms(imported)}")
        print(f"  load + lookup, before (no cache)       {_ms(before)}")
        print(f"  load + lookup, after (cache)           {_ms(after)}")
        print(
            f"  headlinecheck rates show (cache)       {_ms(show)}  ({show / baseline:.1f}x pass)"
        )
        print(f"  rate table's own share, after          {_ms(after - imported)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
