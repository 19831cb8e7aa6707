"""Extraction speed against the limits of a single regex pass, and linear time on hostile text.

    python benchmarks/bench_extract.py [--mb 1] [--adversarial-kb 1000] [harness options]
    python benchmarks/bench_extract.py --baseline OTHER/src [--mb 1] [harness options]

Part 1, throughput (``harness``: interleaved rounds, CPU medians): ``extract`` on the news
features, the dense briefs and the mixed corpus (features, briefs and the seed articles, repeated
to ``--mb`` MB), side by side with, on the same mixed corpus,

* the single-pass regex limit: one ``re`` pass finding currency-prefixed numbers (``HK$50``,
  ``EUR 1.2``), the least any extractor of money amounts must do;
* the prefilter limit: one pass over every digit run;
* price-parser (``Price.fromstring`` per line; it finds at most one price a line), when installed
  (``pip install .[bench]``).

The summary prints extraction's throughput as a ratio to the regex limit measured in the same run
(issue 17's goal: >= 0.5) and the goals (mixed >= 6 MB/s, dense >= 3 MB/s) as figures, not
verdicts. Part 2, for each hostile pattern: MB/s at ``--adversarial-kb`` KB (goal: none below
1 MB/s) and the time of that size over a tenth of it (linear is ~10; quadratic ~100).

``--baseline SRC`` measures instead ``extract`` on the three corpora in this tree and in another
source tree (its ``src``), side by side: one worker process per tree (``harness.Worker``), the
(corpus, tree) pairs interleaved round after round, the figures each worker's own CPU time.
"""

from __future__ import annotations

import argparse
import functools
import re
from pathlib import Path

import corpora
import harness

from headlinecheck import extract  # the public name: a baseline tree of any age has it

#: One pass for currency-prefixed numbers: a symbol or code, then a number and its magnitude.
REGEX_LIMIT = re.compile(
    r"(?:[A-Z]{1,3}\$|[$€£¥₹]|\b[A-Z]{3} ?)\d[\d,.]*(?: ?(?:million|billion|bn|m)\b)?"
)
#: The cheapest prefilter: every digit run.
DIGIT_RUNS = re.compile(r"\d+")

ADVERSARIAL = {
    "digit run": "1234567890",
    "dollar signs": "$$$$ ",
    "comma chain": "1,1,1,1,",
    "group chain": "1,234,",
    "magnitudes": "million million billion ",
    "number words": "one hundred and twenty two and ",
    "word runs": "one two three four five six seven ",
    "range chains": "$5-6-7-8-",
    "currency words": "HK$ US$ dollars euros yen ",
    "mixed": "$1,2 HK$5m- 3.4.5.6 150+ ~about ~over USD50USD ",
    "qualifiers": "more than more than at least up to ",
    "spaced digits": "1 2 3 4 5 6 7 8 9 ",
    "han numerals": "一二三四五六七八九十百千万亿元",
    "full-width": "１２３．４５６美元",
    "dollar mentions": "$5 the Singapore dollar, CAD and A$ ",
}


def _extract_all(articles: list[str]) -> object:
    return [extract(article) for article in articles]


def _scan(pattern: re.Pattern[str], articles: list[str]) -> object:
    return [sum(1 for _ in pattern.finditer(article)) for article in articles]


def price_parser_case(articles: list[str]) -> harness.Case | None:
    try:
        from price_parser import Price
    except ImportError:
        return None
    lines = [line for article in articles for line in article.splitlines() if line.strip()]

    def parse() -> object:
        return [Price.fromstring(line) for line in lines]

    return harness.Case(
        "price-parser, mixed", parse, size=corpora.nbytes(articles), reference="regex limit"
    )


def throughput(config: harness.Settings, size: int) -> None:
    features = corpora.repeat(corpora.FEATURES, size // 4)
    briefs = corpora.repeat(corpora.BRIEFS, size // 4)
    mixed = corpora.mixed(size)
    figures = sum(len(extract(article)) for article in mixed)
    cases = [
        harness.Case("regex limit", lambda: _scan(REGEX_LIMIT, mixed), size=corpora.nbytes(mixed)),
        harness.Case(
            "digit-run prefilter",
            lambda: _scan(DIGIT_RUNS, mixed),
            size=corpora.nbytes(mixed),
            reference="regex limit",
        ),
        harness.Case(
            "extract, mixed",
            lambda: _extract_all(mixed),
            size=corpora.nbytes(mixed),
            items=figures,
            reference="regex limit",
        ),
        harness.Case(
            "extract, features",
            lambda: _extract_all(features),
            size=corpora.nbytes(features),
            reference="regex limit",
        ),
        harness.Case(
            "extract, dense briefs",
            lambda: _extract_all(briefs),
            size=corpora.nbytes(briefs),
            reference="regex limit",
        ),
    ]
    parser = price_parser_case(mixed)
    if parser is not None:
        cases.append(parser)
    title = (
        f"Throughput (mixed corpus {corpora.nbytes(mixed) / 1e6:.2f} MB, {len(mixed)} articles, "
        f"{figures:,} figures; items/s = figures/s; vs = CPU time over the regex limit's)"
    )
    results = {r.case.name: r for r in harness.run(cases, config, title)}
    limit = results["regex limit"].mb_per_s
    assert limit is not None
    for name in ("extract, mixed", "extract, features", "extract, dense briefs"):
        rate = results[name].mb_per_s
        assert rate is not None
        print(f"{name:22} {rate:6.2f} MB/s = {rate / limit:.2f} of the regex limit ({limit:.1f})")
    if parser is None:
        print("price-parser: not installed (pip install .[bench]) - not measured")
    print("goals (issue 17): mixed >= 6 MB/s, dense briefs >= 3 MB/s, ratio to the limit >= 0.5")
    print()


def _corpora(size: int) -> dict[str, list[str]]:
    return {
        "extract, mixed": corpora.mixed(size),
        "extract, features": corpora.repeat(corpora.FEATURES, size // 4),
        "extract, dense briefs": corpora.repeat(corpora.BRIEFS, size // 4),
    }


def serve(size: int) -> None:
    """The worker of ``--baseline``: ``extract`` over each corpus, timed on request."""
    texts = _corpora(size)
    harness.serve({name: functools.partial(_extract_all, a) for name, a in texts.items()})


def versus_baseline(config: harness.Settings, size: int, baseline: Path) -> None:
    texts = _corpora(size)
    cases = [
        harness.Case(name, _remote, size=corpora.nbytes(articles))
        for name, articles in texts.items()
    ]
    args = ["--mb", str(size / 1e6)]
    script = Path(__file__).resolve()
    workers = {
        "this tree": harness.Worker(script, args),
        "baseline": harness.Worker(script, args, baseline),
    }
    try:
        results = harness.measure_workers(cases, workers, config)
    finally:
        for worker in workers.values():
            worker.close()
    title = (
        f"extract in this tree and in {baseline} (one worker process each; vs = CPU time "
        "over this tree's)"
    )
    print(harness.table(results, title))
    print()
    by_name = {r.case.name: r for r in results}
    for case in cases:
        ours, theirs = by_name[f"{case.name} [this tree]"], by_name[f"{case.name} [baseline]"]
        change = ours.cpu_median / theirs.cpu_median - 1
        print(
            f"{case.name:22} this tree {ours.mb_per_s:5.2f} MB/s, baseline "
            f"{theirs.mb_per_s:5.2f} MB/s: CPU time {change:+.1%} (goal: at most +5%)"
        )


def _remote() -> object:
    raise RuntimeError("runs in a worker")


def linearity(config: harness.Settings, kilobytes: int) -> None:
    large_size = kilobytes * 1000
    small_size = large_size // 10
    cases = []
    for name, unit in ADVERSARIAL.items():
        large = (unit * (large_size // len(unit) + 1))[:large_size]
        small = large[:small_size]
        cases.append(
            harness.Case(
                f"{name} /10", functools.partial(extract, small), size=len(small.encode("utf-8"))
            )
        )
        cases.append(
            harness.Case(
                name,
                functools.partial(extract, large),
                size=len(large.encode("utf-8")),
                reference=f"{name} /10",
            )
        )
    title = (
        f"Hostile text ({kilobytes:,} KB and a tenth of it per pattern; vs = the time of the "
        "full size over a tenth: linear ~10x)"
    )
    results = harness.run(cases, config, title)
    slow = [
        f"{r.case.name} {r.mb_per_s:.2f}"
        for r in results
        if r.case.reference and r.mb_per_s is not None and r.mb_per_s < 1
    ]
    print(f"patterns below 1 MB/s (goal: none): {', '.join(slow) or 'none'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="mixed corpus size (default 1)")
    parser.add_argument("--adversarial-kb", type=int, default=1000, help="hostile text size")
    parser.add_argument("--skip-adversarial", action="store_true")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    harness.add_arguments(parser)
    harness.add_baseline_argument(parser)
    args = parser.parse_args()
    config = harness.settings(args)
    size = 50_000 if config.quick else int(args.mb * 1e6)
    if args.serve:
        serve(int(args.mb * 1e6))
        return
    print(harness.describe(config))
    print()
    if args.baseline is not None:
        versus_baseline(config, size, args.baseline)
        return
    throughput(config, size)
    if not args.skip_adversarial:
        kilobytes = 20 if config.quick else args.adversarial_kb
        # Hostile patterns: fewer rounds, each sample is a long text already.
        hostile = harness.Settings(
            min(config.rounds, 3), min(config.min_seconds, 0.2), config.memory, config.quick
        )
        linearity(hostile, kilobytes)


if __name__ == "__main__":
    main()
