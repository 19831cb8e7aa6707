"""Start-up cost of the pre-commit path: ``headlinecheck check one.md`` against bare interpreters.

    python benchmarks/bench_startup.py [--article examples/hong-kong-web3-budget.md]
                                       [--baseline OTHER/src] [--importtime] [harness options]

Interleaved child runs (``harness``; CPU is user + system time of the child, memory its peak
RSS) of

* ``python -c pass`` - the floor every Python CLI pays;
* ``python -c "import attrs"`` - the floor of any module that builds attrs classes, and the
  reference of issue 17's goal: ``check ARTICLE`` <= 1.5x it;
* ``python -c "import re, decimal, ..."`` - the standard library a check cannot do without;
* ``headlinecheck --version`` - argument parsing and command registration only;
* ``headlinecheck check ARTICLE`` - the hook's real work;

and, with ``--baseline``, the two headlinecheck commands again against another source tree, in
the same rounds. Then the in-process split of one check run (fresh interpreter per run, medians
of the rounds): importing the CLI, the checker and its collaborators, the first check (regex
compiles, rate table, lexicon) and a second check (the steady state); with ``--importtime`` the
slowest imports of one run (``python -X importtime``).

Byte-code caches are written first (``compileall``) and ``PYTHONDONTWRITEBYTECODE`` is dropped
from the children's environment, so the numbers are the ones a pip-installed user meets.
"""

from __future__ import annotations

import argparse
import compileall
import json
import statistics
import subprocess
from pathlib import Path

import harness

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
ATTRS = "python -c 'import attrs'"


def cases(article: str, baseline: Path | None) -> list[harness.Case]:
    python, env = harness.python_command()
    found = [
        harness.Case("python -c pass", command=[*python, "-c", "pass"], env=env, loops=1),
        harness.Case(ATTRS, command=[*python, "-c", "import attrs"], env=env, loops=1),
        harness.Case(
            "python -c 'import <stdlib used>'",
            command=[*python, "-c", f"import {', '.join(STDLIB_FLOOR)}"],
            env=env,
            reference=ATTRS,
            loops=1,
        ),
    ]
    trees = [("", None)] + ([(" (baseline)", baseline)] if baseline else [])
    for suffix, src in trees:
        for label, args in (("--version", ["--version"]), ("check ARTICLE", ["check", article])):
            command, tree_env = harness.cli_command(*args, src=src)
            found.append(
                harness.Case(
                    f"headlinecheck {label}{suffix}",
                    command=command,
                    env=tree_env,
                    reference=ATTRS,
                    loops=1,
                )
            )
    return found


def phases(
    article: str, rounds: int, trees: list[tuple[str, Path | None]]
) -> dict[str, dict[str, float]]:
    """Median milliseconds of each phase per tree, the trees' runs interleaved round by round."""
    found: dict[str, dict[str, list[float]]] = {label: {} for label, _ in trees}
    for _ in range(rounds):
        for label, src in trees:
            python, env = harness.python_command(src=src)
            out = subprocess.run(
                [*python, "-c", PHASES, article],
                cwd=harness.ROOT,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            for name, value in json.loads(out.splitlines()[-1]).items():
                found[label].setdefault(name, []).append(value)
    return {
        label: {name: statistics.median(values) for name, values in split.items()}
        for label, split in found.items()
    }


def importtime(article: str, top: int = 15) -> list[tuple[int, int, str]]:
    python, env = harness.python_command()
    done = subprocess.run(
        [*python, "-X", "importtime", "-m", "headlinecheck", "check", article],
        cwd=harness.ROOT,
        capture_output=True,
        text=True,
        env=env,
    )
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, total, name = line.removeprefix("import time:").split("|")
        rows.append((int(own), int(total), name.strip()))
    return sorted(rows, reverse=True)[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", default="examples/hong-kong-web3-budget.md")
    parser.add_argument("--importtime", action="store_true", help="list the slowest imports")
    harness.add_baseline_argument(parser)
    harness.add_arguments(parser)
    parser.set_defaults(rounds=30)  # child runs are short: many rounds of one run each
    args = parser.parse_args()
    config = harness.settings(args)
    rounds = 4 if config.quick else config.rounds
    config = harness.Settings(rounds, 0.0, config.memory, config.quick)

    for src in (harness.ROOT / "src", args.baseline):
        if src is not None:
            compileall.compile_dir(str(src), quiet=1)
    print(harness.describe(config))
    print()
    results = harness.run(
        cases(args.article, args.baseline),
        config,
        "start-up (one child run per sample; vs: CPU over import attrs; goal: check <= 1.5x)",
    )
    by_name = {r.case.name: r for r in results}
    for name in ("headlinecheck check ARTICLE", "headlinecheck check ARTICLE (baseline)"):
        if name in by_name:
            wall = by_name[name].wall_median / by_name[ATTRS].wall_median
            cpu = by_name[name].cpu_median / by_name[ATTRS].cpu_median
            bare = by_name[name].wall_median / by_name["python -c pass"].wall_median
            print(
                f"{name}: {wall:.2f}x import attrs by wall, {cpu:.2f}x by CPU; "
                f"{bare:.1f}x python -c pass by wall"
            )
    print()
    trees = [("this tree", None)] + ([("baseline", args.baseline)] if args.baseline else [])
    print("in-process phases (fresh interpreter per run, trees interleaved, median wall ms):")
    for label, split in phases(args.article, min(rounds, 15), trees).items():
        print(f"  {label:10} " + "  ".join(f"{k} {v:.1f}" for k, v in split.items()))
    if args.importtime:
        print("slowest imports of one check run (self us, cumulative us, module):")
        for own, total, name in importtime(args.article):
            print(f"  {own:7d} {total:7d}  {name}")


if __name__ == "__main__":
    main()
