"""CLI wall time: one article versus a bare interpreter, and 10,000 articles with --jobs 2.

    python benchmarks/bench_cli.py [--runs 15] [--articles 10000] [--jobs 2] [--importtime]

Prints the median wall time of ``headlinecheck check one.md`` against ``python -c pass``
(target: within 2.5x), the wall time of checking generated articles (target: under 20 s for
10,000 on 2 cores), and with ``--importtime`` the slowest imports of a one-article run
(``python -X importtime``), to find what start-up pays for.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ARTICLE = """\
---
title: "{city} Sets Aside ${usd}M for Its {topic} Fund as {count}+ Companies Join"
date: {date}
---

{city}'s government said HKD {hkd} million would go to {topic} projects over two years.
The programme already counts more than {count} companies, and applications rose {pct}% on the
year, officials said. The remaining budget of HK$200 billion is not affected.

Markdown extras are not figures: `code 123`, [a link](https://example.org/99m) and
<!-- a comment with $5M -->.
"""

CITIES = ("Hong Kong", "Kowloon", "Sha Tin", "Tsuen Wan", "Sai Kung")
TOPICS = ("Blockchain", "Fintech", "Green Bond", "AI", "Biotech")


def _command() -> list[str]:
    script = Path(sys.executable).with_name("headlinecheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "headlinecheck"]


# Start-up is measured as users meet it: with byte-code caches (a development shell may set
# PYTHONDONTWRITEBYTECODE, which would make every run recompile the edited modules).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _median_wall(command: list[str], runs: int, cwd: Path) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def write_articles(directory: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for index in range(count):
        hkd = rng.choice((20, 35, 50, 80, 120, 300))
        usd = round(hkd / 7.82, 1)
        if index % 10 == 0:  # one in ten is a magnitude slip
            usd = round(usd * 1000, 1)
        text = ARTICLE.format(
            city=rng.choice(CITIES),
            topic=rng.choice(TOPICS),
            usd=usd,
            hkd=hkd,
            count=rng.choice((50, 150, 320)),
            pct=rng.choice((12, 30, 45)),
            date=f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        )
        sub = directory / f"batch{index // 500:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"article{index:05d}.md").write_text(text, encoding="utf-8")


def importtime(cwd: Path, top: int = 15) -> list[tuple[int, int, str]]:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "headlinecheck", "check", "one.md"],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=ENV,
    )
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, total, name = line.removeprefix("import time:").split("|")
        rows.append((int(own), int(total), name.strip()))
    return sorted(rows, reverse=True)[:top]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--importtime", action="store_true")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="bench-cli-"))
    try:
        write_articles(workdir, 1)
        (workdir / "batch000" / "article00000.md").rename(workdir / "one.md")
        command = _command()
        # Warm the OS file cache and the rate table's cache once before timing.
        subprocess.run(
            [*command, "check", "one.md"], cwd=workdir, stdout=subprocess.DEVNULL, env=ENV
        )
        bare = _median_wall([sys.executable, "-c", "pass"], args.runs, workdir)
        one = _median_wall([*command, "check", "one.md"], args.runs, workdir)
        print(f"python -c pass:              {bare * 1000:7.1f} ms (median of {args.runs})")
        print(
            f"headlinecheck check one.md:  {one * 1000:7.1f} ms = {one / bare:.1f}x "
            f"(target: within 2.5x)"
        )
        if args.importtime:
            print("slowest imports of that run (self us, cumulative us, module):")
            for own, total, name in importtime(workdir):
                print(f"  {own:7d} {total:7d}  {name}")

        corpus = workdir / "corpus"
        corpus.mkdir()
        write_articles(corpus, args.articles)
        start = time.perf_counter()
        done = subprocess.run(
            [*command, "check", "--quiet", "--jobs", str(args.jobs), str(corpus)],
            cwd=workdir,
            capture_output=True,
            text=True,
            env=ENV,
        )
        wall = time.perf_counter() - start
        summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "(no output)"
        print(
            f"{args.articles} articles, --jobs {args.jobs}: {wall:6.2f} s "
            f"(target: under 20 s; {os.cpu_count()} cores here); exit {done.returncode}"
        )
        print(f"  {summary}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
