"""headlinecheck archive on a LocalCluster of 2 workers against ``check --jobs 2``.

    python benchmarks/bench_archive.py [--articles 20000] [--workers 2] [--repeat 1] [--keep DIR]
        [--only archive|check]
    nohup python benchmarks/bench_archive.py --articles 1000000 --keep /data/archive-1m \
        --repeat 2 > bench-1m.log 2>&1 &
        # ~3 GB of input in 4,000 shards; some 15-30 minutes per engine and run on 2 cores

Generates the seeded synthetic archive of benchmarks/make_archive.py (~3 KB articles in JSON
Lines shards of 250; one article in memory at a time), then prints for each engine the wall
time, articles/s, the peak resident memory of each worker process and the CPU seconds per
article. The archive run goes through the same functions as ``headlinecheck archive`` (plan,
then run on a Client); its wall time includes starting the cluster. ``check`` writes its text
report to /dev/null. ``--repeat N`` alternates the two N times: on a shared machine the load
changes from one run to the next, and the CPU per article shows the engines' cost without it.
Goal (issue 14): the archive's throughput at least 90% of ``check --jobs 2``, its per-worker
memory flat as N grows. ``--keep DIR`` generates into DIR once and reuses it: a marker file
(``.generated``, which the walks skip) records the article count once every shard is written, so
an interrupted generation, or another ``--articles``, is generated again rather than measured.
Every line is printed as it is known, with the time of day, so a log of an unattended run shows
how far it got.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_archive import write


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def bench_archive(
    inputs: Path, out: Path, workers: int
) -> tuple[float, float, Any, list[float], float]:
    """Wall time, time to start the cluster, the run's outcome, each worker's peak RSS and the
    CPU seconds of the workers and of this process (client, scheduler, planning) together."""
    from distributed import Client

    from headlinecheck import dask as archive
    from headlinecheck.rows import Fields

    cpu = _cpu_s()
    started = time.perf_counter()
    with archive.local_cluster(workers) as cluster, Client(cluster) as client:
        starting = time.perf_counter() - started
        fields = Fields(id="id")
        outcome = archive.run(archive.plan([str(inputs)], fields), str(out), client, fields=fields)
        wall = time.perf_counter() - started
        peaks = sorted(client.run(_peak_mb).values())
        cpu = sum(client.run(_cpu_s).values()) + _cpu_s() - cpu
    return wall, starting, outcome, peaks, cpu


def bench_check(inputs: Path, jobs: int) -> tuple[float, float, list[float], float]:
    """``check --jobs N`` over the shards: wall time, the parent's peak RSS and its pool
    workers' (sampled every 0.2 s with psutil, which distributed depends on), and the CPU
    seconds of the whole process tree."""
    import threading

    import psutil

    files = sorted(str(p) for p in inputs.glob("*.jsonl"))
    command = [sys.executable, "-m", "headlinecheck", "check", *files, "--jobs", str(jobs), "-q"]
    cpu = _cpu_s(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    peaks: dict[int, float] = {}
    done = threading.Event()

    def sample() -> None:
        parent = psutil.Process(process.pid)
        while not done.is_set():
            try:
                for each in (parent, *parent.children(recursive=True)):
                    rss = each.memory_info().rss / 2**20
                    peaks[each.pid] = max(peaks.get(each.pid, 0.0), rss)
            except psutil.Error:
                pass  # a process that ended between listing and reading
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    status = process.wait()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    parent_peak = peaks.pop(process.pid, 0.0)
    if status not in (0, 1):
        raise SystemExit(f"check exited {status}: the figures would not be a check run's")
    cpu = _cpu_s(resource.RUSAGE_CHILDREN) - cpu
    return wall, parent_peak, sorted(peaks.values()), cpu


def say(line: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {line}", flush=True)


def generated(inputs: Path, articles: int) -> None:
    """The seeded archive of ``articles`` in ``inputs``: reused when complete, else written."""
    marker = inputs / ".generated"
    wanted = {"articles": articles, "per_file": 250, "seed": 14}
    try:
        if json.loads(marker.read_text(encoding="utf-8")) == wanted:
            return
    except (OSError, ValueError):
        pass
    say(f"generating {articles:,} articles into {inputs} ...")
    shutil.rmtree(inputs, ignore_errors=True)
    write(inputs, articles, 250, 14)
    marker.write_text(json.dumps(wanted), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="generate into (and reuse) this directory")
    parser.add_argument("--only", choices=("archive", "check"), help="run one engine only")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-archive-"))
    inputs = args.keep or scratch / "in"
    try:
        generated(inputs, args.articles)
        shards = list(inputs.glob("*.jsonl"))
        size = sum(p.stat().st_size for p in shards)
        say(f"input: {args.articles:,} articles, {len(shards):,} shards, {size / 1e6:,.0f} MB")
        for _ in range(args.repeat):
            rate = cpu = check_rate = check_cpu = 0.0
            if args.only != "check":
                rate, cpu = run_archive(inputs, scratch / "out", args.workers)
            if args.only != "archive":
                check_rate, check_cpu = run_check(inputs, args.workers, args.articles)
            if rate and check_rate:
                say(
                    f"archive / check throughput: {rate / check_rate:.0%} (goal: at least 90%);"
                    f" check's CPU per article / archive's: {check_cpu / cpu:.0%}"
                    " (the same ratio, less the load of other processes)"
                )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def run_archive(inputs: Path, out: Path, workers: int) -> tuple[float, float]:
    """One archive run, printed; its articles/s and CPU seconds."""
    shutil.rmtree(out, ignore_errors=True)
    wall, starting, outcome, peaks, cpu = bench_archive(inputs, out, workers)
    articles, tally = outcome.articles, outcome.tally
    if tally.errors:
        raise SystemExit(f"the archive run has {tally.errors:,} error rows: {tally}")
    rate = articles / wall
    shown = ", ".join(f"{p:,.0f}" for p in peaks)
    say(
        f"archive of {articles:,} articles, LocalCluster of {workers}:"
        f" {wall:,.1f} s wall"
        f" ({starting:.1f} s starting the cluster), {rate:,.0f} articles/s"
        f" ({articles / (wall - starting):,.0f} once started),"
        f" peak RSS per worker {shown} MB (client process {_peak_mb():,.0f} MB);"
        f" {tally.claims:,} claims, {tally.mismatch:,} mismatch;"
        f" CPU {cpu:,.1f} s ({cpu / articles * 1000:.2f} ms per article)"
    )
    return rate, cpu


def run_check(inputs: Path, jobs: int, articles: int) -> tuple[float, float]:
    """One ``check --jobs`` run, printed; its articles/s and CPU seconds."""
    check_wall, parent_peak, worker_peaks, check_cpu = bench_check(inputs, jobs)
    check_rate = articles / check_wall
    shown = ", ".join(f"{p:,.0f}" for p in worker_peaks)
    say(
        f"check --jobs {jobs}: {check_wall:,.1f} s wall,"
        f" {check_rate:,.0f} articles/s, peak RSS per worker {shown} MB"
        f" (its parent process {parent_peak:,.0f} MB);"
        f" CPU {check_cpu:,.1f} s ({check_cpu / articles * 1000:.2f} ms per article)"
    )
    return check_rate, check_cpu


if __name__ == "__main__":
    main()
