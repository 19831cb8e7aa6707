"""Bulk runs: articles per second and peak memory of ``headlinecheck check`` as the run grows.

    python benchmarks/bench_bulk.py [--articles 10000,100000] [--jobs 2] [--format text]
                                    [--archives DIR] [--baseline OTHER/src] [harness options]

Generates (``make_archive.py``, seeded, ~3 KB articles in JSON Lines shards of 250) one archive
per size in ``--archives`` (kept there and reused: 100,000 articles are ~300 MB), then runs
``headlinecheck check --jobs N --format F 'ARCHIVE/*.jsonl'`` over each, interleaved
(``harness``: CPU is user + system time of the child and its workers, memory the peak RSS of
the largest process). Issue 17's goals: >= 1,000 articles per CPU-second (per core), and the
peak RSS of the largest run within 10% of the smallest's (a run streams its report instead of
holding every result). ``--baseline`` runs the same commands against another source tree.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import harness

HERE = Path(__file__).resolve().parent


def archive(root: Path, count: int) -> Path:
    """The archive of ``count`` articles under ``root``, generated unless it is there."""
    target = root / f"articles-{count}"
    if not (target / ".complete").exists():
        subprocess.run(
            [sys.executable, str(HERE / "make_archive.py"), str(target), "--articles", str(count)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        (target / ".complete").write_text("", encoding="utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--articles", default="10000,100000", help="comma-separated run sizes (articles)"
    )
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--format", default="text", help="output format (written to /dev/null)")
    parser.add_argument("--archives", type=Path, help="where to keep the generated archives")
    harness.add_baseline_argument(parser)
    harness.add_arguments(parser)
    parser.set_defaults(rounds=1)  # each sample is one long run
    args = parser.parse_args()
    config = harness.settings(args)
    sizes = [200, 1000] if config.quick else [int(n) for n in args.articles.split(",")]
    root = args.archives or Path(tempfile.gettempdir()) / "headlinecheck-bench-bulk"
    root.mkdir(parents=True, exist_ok=True)
    trees = [("", None)] + ([(" (baseline)", args.baseline)] if args.baseline else [])
    cases = []
    for count in sizes:
        pattern = str(archive(root, count) / "*.jsonl")
        for suffix, src in trees:
            flags = ("check", "--jobs", str(args.jobs), "--format", args.format, pattern)
            command, env = harness.cli_command(*flags, src=src)
            cases.append(
                harness.Case(
                    f"{count:,} articles{suffix}",
                    command=command,
                    env=env,
                    items=count,
                    reference=f"{count:,} articles" if suffix else None,
                    loops=1,
                )
            )
    settings = harness.Settings(config.rounds, 0.0, config.memory, config.quick)
    print(harness.describe(settings))
    print()
    results = harness.run(
        cases,
        settings,
        f"bulk, --jobs {args.jobs} --format {args.format} (rate: articles per CPU-second, "
        "i.e. per core; goal >= 1,000/s)",
    )
    for result in results:
        count = result.case.items
        peak = result.peak_median
        shown = f"{abs(peak) / 2**20:.1f} MiB" if peak is not None else "-"
        print(
            f"{result.case.name}: {count / result.cpu_median:,.0f} articles per CPU-second, "
            f"{count / result.wall_median:,.0f} per wall-second, peak RSS {shown}"
        )
    for suffix, _ in trees:
        mine = [r for r in results if r.case.name.endswith(" articles" + suffix)]
        peaks = [r.peak_median for r in mine if r.peak_median is not None]
        if len(peaks) >= 2 and peaks[0]:
            growth = abs(peaks[-1]) / abs(peaks[0]) - 1
            print(
                f"peak RSS{suffix}, {mine[-1].case.name} over {mine[0].case.name}: "
                f"{growth:+.1%} (goal: within 10%)"
            )


if __name__ == "__main__":
    main()
