"""Instructions per ``check`` on the benchmarks' articles, counted by callgrind: the same count
for the same tree and input whatever else the machine runs (docs/performance.md).

    python benchmarks/count_check.py [--cases serve,brief,match,archive] [--runs 3] [--src SRC]
    python benchmarks/count_check.py --case serve --runs 3        # the measured child itself

For each case, runs this script under ``valgrind --tool=callgrind`` with collection off except
inside one ``functools.reduce`` call that makes the ``--runs`` measured runs (start-up, the rate
table and a warm-up run never count), and prints the instructions per run. ``--src`` measures
another tree (``git archive REV src data``, compiled with ``python -m compileall``); the hash
seed is fixed, and counts then repeat within about 0.5% (when the cyclic GC runs moves them).

Cases, each built from the other benchmarks' generators:

- ``serve``: ``check`` of the four 5,106-byte articles of ``bench_serve.article`` (seeds 0-3);
- ``serve-extract``: the same articles' extraction alone (``extract_with_bare`` of the headline,
  ``extract`` of the body);
- ``brief``: the warm ``check`` of the 5 KB dense brief of ``bench_check_scaling.py``;
- ``match``: ``check_figures``, 1 claim x 10,000 body figures (``bench_check_scaling.py``);
- ``archive``: a unit of 8 ``make_archive`` articles (~3 KB, seed 14) through
  ``rows.json_lines_rows``, a new unit each run, as an archive worker checks them.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = ("serve", "serve-extract", "brief", "match", "archive")
PUBLISHED = date(2023, 8, 29)


def _serve_requests() -> list[dict[str, str]]:
    import bench_serve

    return [json.loads(bench_serve.article(5106, seed)) for seed in range(4)]


def workload(case: str, runs: int) -> Callable[[], object]:
    """One run of ``case`` (a function doing the work), in this process."""
    from headlinecheck import check
    from headlinecheck.checking import check_figures
    from headlinecheck.extraction import extract, extract_with_bare
    from headlinecheck.rates import RateTable

    rates = RateTable.load()
    if case == "serve":
        requests = _serve_requests()
        return lambda: [
            check(
                r["headline"],
                r["body"],
                published=date.fromisoformat(r["published"]),
                rates=rates,
            )
            for r in requests
        ]
    if case == "serve-extract":
        requests = _serve_requests()
        return lambda: [(extract_with_bare(r["headline"]), extract(r["body"])) for r in requests]
    if case == "brief":
        import corpora

        headline, _, first = corpora.BRIEFS[0].partition("\n")
        body = (first + "".join(corpora.BRIEFS[1:]) * 3)[:5_000]
        return lambda: check(headline, body, published=PUBLISHED, rates=rates)
    if case == "match":
        import bench_check_scaling as scaling

        unit = scaling.FIGURES_UNIT
        body = unit * max(1, 10_000 // len(extract(unit)))
        headline = scaling._headline(1)
        claims, figures = extract(headline), extract(body)
        return lambda: check_figures(
            headline, body, claims, figures, published=PUBLISHED, rates=rates
        )
    if case == "archive":
        import make_archive

        from headlinecheck.rows import Fields
        from headlinecheck.rows.records import json_lines_rows

        rng = random.Random(14)
        articles = [make_archive.article(rng, n) for n in range(8 * (runs + 1))]
        units: Iterator[bytes] = iter(
            "\n".join(json.dumps(a) for a in articles[at : at + 8]).encode()
            for at in range(0, len(articles), 8)
        )
        fields = Fields(id="id")
        return lambda: list(json_lines_rows(next(units), path="unit.jsonl", fields=fields))
    raise SystemExit(f"unknown case {case!r}; one of {', '.join(CASES)}")


def child(case: str, runs: int) -> None:
    """Warm up, then make the measured runs inside the one call callgrind collects."""
    run = workload(case, runs)
    run()

    def step(done: int, _: int) -> int:
        run()
        return done + 1

    functools.reduce(step, range(runs + 1))  # ``runs`` calls of ``step``


def count(case: str, runs: int, src: str | None) -> float:
    """Instructions per run of ``case`` (``src``: the tree to import, else this one's)."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    tree = src or str(HERE.parent / "src")
    env["PYTHONPATH"] = os.pathsep.join([tree, str(HERE)])
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        command = [
            "valgrind",
            "--tool=callgrind",
            "--collect-atstart=no",
            "--toggle-collect=functools_reduce",
            f"--callgrind-out-file={out}",
            sys.executable,
            __file__,
            "--case",
            case,
            "--runs",
            str(runs),
        ]
        subprocess.run(command, check=True, env=env, capture_output=True)
        found = re.search(r"^(?:summary|totals): (\d+)", out.read_text(), re.MULTILINE)
    if found is None:
        raise SystemExit(f"{case}: callgrind wrote no total")
    return int(found.group(1)) / runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated cases")
    parser.add_argument("--runs", type=int, default=3, help="measured runs per case")
    parser.add_argument("--src", help="another tree's src directory to measure")
    parser.add_argument("--case", help=argparse.SUPPRESS)  # the measured child
    args = parser.parse_args()
    if args.case:
        child(args.case, args.runs)
        return
    for case in args.cases.split(","):
        print(f"{case:14s} {count(case, args.runs, args.src) / 1e6:9.2f} M instructions per run")


if __name__ == "__main__":
    main()
