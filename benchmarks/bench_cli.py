"""CLI time: one article against bare interpreters, and a bulk run of generated articles.

    python benchmarks/bench_cli.py [--articles 10000] [--jobs 2] [--baseline OTHER/src]
                                   [harness options]

Interleaved child runs (``harness``: CPU is the user + system time of the child and what it
waited for, memory its peak RSS): ``python -c pass``, ``python -c 'import attrs'`` and
``headlinecheck check one.md`` (issue 17's goal: <= 1.5x ``import attrs``), then
``headlinecheck check --quiet --jobs N`` over ``--articles`` generated ~0.5 KB Markdown
articles (one in ten with a magnitude slip) in 500-file folders, as articles per CPU-second
(per core) and per wall-second. ``--baseline`` runs the headlinecheck commands against another
source tree too, in the same rounds.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
from pathlib import Path

import harness

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
ATTRS = "python -c 'import attrs'"


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    harness.add_baseline_argument(parser)
    harness.add_arguments(parser)
    parser.set_defaults(rounds=15)  # one-article runs; the bulk runs take at most 3 rounds
    args = parser.parse_args()
    config = harness.settings(args)
    count = 200 if config.quick else args.articles
    workdir = Path(tempfile.mkdtemp(prefix="bench-cli-"))
    try:
        write_articles(workdir, 1)
        (workdir / "batch000" / "article00000.md").rename(workdir / "one.md")
        corpus = workdir / "corpus"
        corpus.mkdir()
        write_articles(corpus, count)
        python, env = harness.python_command()
        trees = [("", None)] + ([(" (baseline)", args.baseline)] if args.baseline else [])
        one = [
            harness.Case("python -c pass", command=[*python, "-c", "pass"], env=env, loops=1),
            harness.Case(ATTRS, command=[*python, "-c", "import attrs"], env=env, loops=1),
        ]
        bulk = []
        for suffix, src in trees:
            command, tree_env = harness.cli_command("check", "one.md", src=src)
            one.append(
                harness.Case(
                    f"check one.md{suffix}",
                    command=command,
                    cwd=workdir,
                    env=tree_env,
                    reference=ATTRS,
                    loops=1,
                )
            )
            jobs = ("check", "--quiet", "--jobs", str(args.jobs), str(corpus))
            command, tree_env = harness.cli_command(*jobs, src=src)
            bulk.append(
                harness.Case(
                    f"{count:,} articles, --jobs {args.jobs}{suffix}",
                    command=command,
                    cwd=workdir,
                    env=tree_env,
                    items=count,
                    reference=f"{count:,} articles, --jobs {args.jobs}" if suffix else None,
                    loops=1,
                )
            )
        rounds = 4 if config.quick else config.rounds
        print(harness.describe(harness.Settings(rounds, 0.0, config.memory)))
        print()
        results = harness.run(
            one,
            harness.Settings(rounds, 0.0, config.memory, config.quick),
            "one article (vs: CPU time over import attrs's; goal <= 1.5x)",
        )
        by_name = {r.case.name: r for r in results}
        for suffix, _ in trees:
            mine = by_name[f"check one.md{suffix}"]
            print(
                f"check one.md{suffix}: {mine.wall_median / by_name[ATTRS].wall_median:.2f}x "
                f"import attrs by wall, {mine.cpu_median / by_name[ATTRS].cpu_median:.2f}x by CPU"
            )
        print()
        bulk_results = harness.run(
            bulk,
            harness.Settings(min(config.rounds, 3), 0.0, config.memory, config.quick),
            "bulk (rate: articles per CPU-second, i.e. per core; goal >= 1,000/s per core)",
        )
        for result in bulk_results:
            print(
                f"{result.case.name}: {count / result.wall_median:,.0f} articles/s by wall, "
                f"{count / result.cpu_median:,.0f} per CPU-second"
            )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
