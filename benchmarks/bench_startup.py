"""Start-up cost of the pre-commit path: ``headlinecheck check one.md`` against a bare interpreter.

    python benchmarks/bench_startup.py [--runs 30] [--article examples/hong-kong-web3-budget.md]

Prints, over ``--runs`` runs each (median and minimum, milliseconds):

* ``python -c pass`` - the floor every Python CLI pays;
* ``python -c "import attrs"`` - the floor of any module that builds attrs classes;
* ``python -c "import re, decimal, ..."`` - the standard library a check cannot do without;
* ``headlinecheck --version`` - argument parsing and command registration only;
* ``headlinecheck check ARTICLE`` - the hook's real work (target: 2.5x ``python -c pass``);

then the in-process split of one check run (fresh interpreter per run, medians): importing the CLI,
importing the checker and its collaborators, the first check (regex compiles, rate table, lexicon)
and a second check of the same article (the steady state).

Byte-code caches are written first (``compileall``) and ``PYTHONDONTWRITEBYTECODE`` is dropped
from the children's environment, so the numbers are the ones a pip-installed user meets.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

# Run in a child interpreter: each phase's wall time, in milliseconds, as one JSON line.
PHASES = """
import time
t0 = time.perf_counter()
import io, contextlib, json, sys
import headlinecheck.cli as cli
t1 = time.perf_counter()
import headlinecheck.checking, headlinecheck.report, headlinecheck.articles, headlinecheck.config
t2 = time.perf_counter()
argv = ["check", sys.argv[1]]
with contextlib.redirect_stdout(io.StringIO()):
    cli.main(argv)
t3 = time.perf_counter()
with contextlib.redirect_stdout(io.StringIO()):
    cli.main(argv)
t4 = time.perf_counter()
print(json.dumps({
    "cli import": 1000 * (t1 - t0),
    "core imports": 1000 * (t2 - t1),
    "first check": 1000 * (t3 - t2),
    "second check": 1000 * (t4 - t3),
}))
"""


#: The standard-library modules a check run cannot do without (regexes, Decimal money, dates,
#: argument parsing, paths): their import alone is the floor below which no rewrite of ours goes.
STDLIB_FLOOR = ("re", "decimal", "datetime", "argparse", "pathlib")


def _command() -> list[str]:
    script = Path(sys.executable).with_name("headlinecheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "headlinecheck"]


class Timing(NamedTuple):
    wall: list[float]
    cpu: list[float]


def _wall(command: list[str], runs: int) -> Timing:
    """Wall and CPU (user + system) milliseconds of ``runs`` runs; CPU is steadier on a busy box."""
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(
            command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV
        )
        wall.append(1000 * (time.perf_counter() - start))
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        used = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        cpu.append(1000 * used)
    return Timing(wall, cpu)


def _row(label: str, timing: Timing, floor: Timing | None = None) -> str:
    median = statistics.median(timing.wall)
    cpu = statistics.median(timing.cpu)
    ratio = ""
    if floor is not None:
        ratio = f"  {median / statistics.median(floor.wall):.2f}x"
    return (
        f"{label:<34} wall median {median:6.1f} min {min(timing.wall):6.1f}"
        f"  cpu median {cpu:6.1f} ms{ratio}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--article", default="examples/hong-kong-web3-budget.md")
    args = parser.parse_args()

    compileall.compile_dir(str(ROOT / "src"), quiet=1)
    headlinecheck = _command()
    python = [sys.executable]
    _wall([*headlinecheck, "check", args.article], 3)  # warm the page cache

    bare = _wall([*python, "-c", "pass"], args.runs)
    print(_row("python -c pass", bare))
    print(_row("python -c 'import attrs'", _wall([*python, "-c", "import attrs"], args.runs), bare))
    stdlib = _wall([*python, "-c", f"import {', '.join(STDLIB_FLOOR)}"], args.runs)
    print(_row("python -c 'import <stdlib used>'", stdlib, bare))
    print(_row("headlinecheck --version", _wall([*headlinecheck, "--version"], args.runs), bare))
    check = _wall([*headlinecheck, "check", args.article], args.runs)
    print(_row("headlinecheck check ARTICLE", check, bare))
    print("(ratios: median wall time over that of python -c pass; target 2.5x)")

    phases: dict[str, list[float]] = {}
    for _ in range(args.runs):
        out = subprocess.run(
            [*python, "-c", PHASES, args.article],
            cwd=ROOT,
            env=ENV,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for name, value in json.loads(out.splitlines()[-1]).items():
            phases.setdefault(name, []).append(value)
    print("in-process phases (median ms):")
    print("  " + "  ".join(f"{name} {statistics.median(v):.1f}" for name, v in phases.items()))


if __name__ == "__main__":
    main()
