"""Checking time against body size, and matching time against claims x body figures.

    python benchmarks/bench_check_scaling.py [--quick] [--part scaling|matching] [harness options]
    python benchmarks/bench_check_scaling.py --part matching --baseline OTHER/src [--rounds N]

Part 1 (issue 15, item 6): ``check`` on 10 KB, 100 KB and 1 MB of Chinese and English prose;
"vs" is each size's CPU time over the size before it, near 10 when ``check`` is linear in the
body (40 KB of Chinese once took 5.8 s, 80 KB 17.6 s). ``--quick`` stops at 100 KB.

Part 2 (issue 17): matching alone (``check_figures`` on figures extracted beforehand): 1 claim
against 10,000 body figures and 50 claims against 1,000 (goals 20 ms and 100 ms), and a warm
``check`` of a 5 KB article, extraction included (goal 1 ms). The goals are printed beside the
figures; nothing fails on them.

``--baseline OTHER/src`` compares this tree with another, interleaved: each round runs the
cases once in a child per tree (in an order rotated each round), each child timing its calls
in its own process (``harness.alternate``), and prints both trees' medians side by side.
"""

from __future__ import annotations

import argparse
import functools
from datetime import date
from pathlib import Path

import corpora
import harness

from headlinecheck import check
from headlinecheck.checking import check_figures
from headlinecheck.extraction import extract
from headlinecheck.rates import RateTable

HEADLINE = "Revenue rises 30% to $5M as the firm hires 150 people"
# Chinese prose ends its sentences with 。 and no space: before the fix one "sentence" was the
# whole body. The English body has no ". " at all (clauses joined by semicolons), its worst case.
CHINESE = "公司去年收入增长了30%，达到5000万美元；员工人数为150人，比前年多了12人。"
ENGLISH = "revenue rose 30% to $5 million; the firm hired 150 people, up from 138 people; "
SIZES = (10_000, 100_000, 1_000_000)
PUBLISHED = date(2023, 8, 29)
#: Body figures for the matching cases: money in two currencies, counts and percentages.
FIGURES_UNIT = "It raised HK$50 million from 20 investors; sales rose 12% to US$3.2 billion. "
CLAIM_UNITS = ("${n}M", "{n}% rise", "{n} investors", "HK${n}bn")


def _body(unit: str, size: int) -> str:
    return unit * (size // len(unit.encode("utf-8")) + 1)


def scaling(config: harness.Settings, rates: RateTable) -> list[harness.Case]:
    sizes = SIZES[:2] if config.quick else SIZES
    cases = []
    for name, unit in (("Chinese", CHINESE), ("English", ENGLISH)):
        previous = None
        for size in sizes:
            body = _body(unit, size)
            label = f"{name} {size // 1000:,} KB"
            cases.append(
                harness.Case(
                    label,
                    functools.partial(check, HEADLINE, body, published=PUBLISHED, rates=rates),
                    size=len(body.encode("utf-8")),
                    reference=previous,
                )
            )
            previous = label
    return cases


def _headline(claims: int) -> str:
    parts = [CLAIM_UNITS[i % len(CLAIM_UNITS)].format(n=6 + i) for i in range(claims)]
    return "Firm: " + ", ".join(parts)


def matching(config: harness.Settings, rates: RateTable) -> list[harness.Case]:
    cases = []
    shapes = ((1, 1_000), (1, 10_000), (50, 1_000)) if not config.quick else ((1, 1_000), (5, 200))
    for claims, figures in shapes:
        per_unit = len(extract(FIGURES_UNIT))
        body = FIGURES_UNIT * max(1, figures // per_unit)
        headline = _headline(claims)
        claim_figures, body_figures = extract(headline), extract(body)

        def run(
            h: str = headline, b: str = body, c: object = claim_figures, e: object = body_figures
        ) -> object:
            return check_figures(h, b, c, e, published=PUBLISHED, rates=rates)  # type: ignore[arg-type]

        cases.append(
            harness.Case(
                f"match {len(claim_figures)} x {len(body_figures):,}",
                run,
                items=len(claim_figures) * len(body_figures),
            )
        )
    # A dense brief's headline over 5 KB of dense briefs (some 75 figures).
    headline, _, first = corpora.BRIEFS[0].partition("\n")
    body = (first + "".join(corpora.BRIEFS[1:]) * 3)[:5_000]
    article = headline + "\n" + body
    cases.append(
        harness.Case(
            "check 5 KB brief (warm)",
            lambda: check(headline, body, published=PUBLISHED, rates=rates),
            size=len(article.encode("utf-8")),
        )
    )
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--part",
        choices=("all", "scaling", "matching"),
        default="all",
        help="run only part 1 (scaling) or part 2 (matching)",
    )
    harness.add_arguments(parser)
    harness.add_baseline_argument(parser)
    parser.add_argument("--emit-json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    config = harness.settings(args)
    if args.baseline is not None:
        _against(args, config)
        return
    rates = RateTable.load()
    rates.validate()
    if args.emit_json:
        cases = [] if args.part == "matching" else scaling(config, rates)
        cases += [] if args.part == "scaling" else matching(config, rates)
        print(harness.emit(harness.measure(cases, config)))
        return
    print(harness.describe(config))
    print()
    if args.part != "matching":
        harness.run(scaling(config, rates), config, "check vs body size (vs: over the size before)")
    if args.part == "scaling":
        return
    harness.run(matching(config, rates), config, MATCHING_TITLE)


MATCHING_TITLE = (
    "matching alone (items/s: claim x figure pairs a second); goals: 1 x 10,000 <= 20 ms, "
    "50 x 1,000 <= 100 ms, warm 5 KB check <= 1 ms"
)


def _against(args: argparse.Namespace, config: harness.Settings) -> None:
    """``--baseline SRC``: this tree and SRC alternately, one child per tree and round, each
    measuring in its own process (``harness.alternate``)."""
    passed = ["--part", args.part, "--min-seconds", str(config.min_seconds), "--no-memory"]
    passed += ["--quick"] if config.quick else []
    trees = {"this tree": harness.ROOT / "src", "baseline": args.baseline}
    print(harness.describe(config) + "; trees alternate, one child per tree and round")
    print()
    results = harness.alternate(Path(__file__), passed, trees, config.rounds)
    print(harness.ab_table(results, "check_figures / check, CPU per call (" + MATCHING_TITLE + ")"))


if __name__ == "__main__":
    main()
