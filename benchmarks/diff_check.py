"""Differential check of ``check``: the same reports from two source trees, article by article.

    python benchmarks/diff_check.py OTHER/src [--devset DIR ...] [--quick]

Checks, with this tree and with ``OTHER/src`` (each in a child process), every article of the
devsets (``--devset`` files or folders of ``*.jsonl``; by default ``../shared/devset`` and
``devset/``), with its date and again with none (the rate table's last days stand in), the check
and diagnosis cases of ``tests/corpus``, the benchmark corpora (each brief and feature's first
line against the rest), the matching cases of ``bench_check_scaling.py`` at small sizes and
generated articles (random clauses of money, counts and percentages with movement and total
words, some against a date past the rate table's end). Prints every report that differs, as
JSON of ``Report.to_dict`` from both trees, and exits 1 if any does. A check, not a benchmark:
it prints no times.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import corpora

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEVSETS = (ROOT.parent / "shared" / "devset", Path("/work/shared/devset"), ROOT / "devset")
DAY = date(2023, 8, 29)

AMOUNTS = (
    "$5 million",
    "$6M",
    "HK$50 million",
    "US$3.2 billion",
    "€4.1 billion",
    "¥720 million",
    "£45m",
    "more than $5 million",
    "about HK$6.4 million",
    "$4.7 billion",
    "HKD 500 million",
)
COUNTS = ("150 people", "20 investors", "more than 150 companies", "12 deals", "8 investors")
PERCENTS = ("12%", "30%", "about 3%", "3.2%", "4%")
VERBS = (
    "rose",
    "fell",
    "raised",
    "hired",
    "reported a profit of",
    "reported a loss of",
    "bringing its total to",
    "did not fall",
    "a combined",
    "in total",
)
SUBJECTS = ("Revenue", "The firm", "Profit", "Sales", "The startup", "Unemployment", "Shares")


#: One case: (label, headline, body, keyword arguments of ``check``, with dates as ISO strings).
Item = tuple[str, str, str, dict[str, Any]]


def _generated(count: int, seed: int) -> list[Item]:
    rng = random.Random(seed)
    figures = AMOUNTS + COUNTS + PERCENTS

    def clause() -> str:
        return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(figures)}"

    items: list[Item] = []
    for n in range(count):
        sentences = [
            "; ".join(clause() for _ in range(rng.randint(1, 3))) + ". "
            for _ in range(rng.randint(1, 30))
        ]
        headline = ", ".join(clause() for _ in range(rng.randint(1, 3)))
        published = rng.choice([DAY, date(2026, 12, 1), date(2019, 3, 4)])
        items.append((f"generated {n}", headline, "".join(sentences), {"published": published}))
    return items


def _scaling(quick: bool) -> list[Item]:
    sys.path.insert(0, str(HERE))
    import bench_check_scaling as bench

    from headlinecheck.extraction import extract

    items: list[Item] = []
    shapes = ((1, 200), (5, 200), (50, 400)) if quick else ((1, 1000), (5, 2000), (50, 1000))
    for claims, figures in shapes:
        per_unit = len(extract(bench.FIGURES_UNIT))
        body = bench.FIGURES_UNIT * max(1, figures // per_unit)
        headline = bench._headline(claims)
        items.append((f"scaling {claims} x {figures}", headline, body, {"published": DAY}))
    for name, unit in (("Chinese", bench.CHINESE), ("English", bench.ENGLISH)):
        body = bench._body(unit, 10_000)
        items.append((f"scaling {name}", bench.HEADLINE, body, {"published": DAY}))
    headline, _, first = corpora.BRIEFS[0].partition("\n")
    body = (first + "".join(corpora.BRIEFS[1:]) * 3)[:5_000]
    items.append(("scaling 5 KB brief", headline, body, {"published": DAY}))
    return items


def _corpus_cases() -> list[Item]:
    import yaml

    items: list[Item] = []
    for folder in ("check", "diagnoses"):
        for path in sorted((ROOT / "tests" / "corpus" / folder).glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            cases = data.get("cases", []) if isinstance(data, dict) else data
            for n, case in enumerate(cases):
                if not (isinstance(case, dict) and "headline" in case and "body" in case):
                    continue
                kwargs: dict[str, Any] = {}
                if isinstance(case.get("published"), date):
                    kwargs["published"] = case["published"]
                if case.get("dollar"):
                    kwargs["dollar"] = case["dollar"]
                label = f"{path.relative_to(ROOT)} case {case.get('id', n)}"
                items.append((label, case["headline"], case["body"], kwargs))
    return items


def _devset(paths: list[Path]) -> list[Item]:
    files: list[Path] = []
    for path in paths:
        files += sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    items: list[Item] = []
    seen: set[Path] = set()
    for path in files:
        if not path.exists() or path.resolve() in seen:
            continue
        seen.add(path.resolve())
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            label = f"{path.name} {record.get('id')}"
            headline, body = record["headline"], record["body"]
            if record.get("published"):
                day = date.fromisoformat(record["published"])
                items.append((label, headline, body, {"published": day}))
            items.append((label + " (no date)", headline, body, {}))
    return items


def _corpora() -> list[Item]:
    items: list[Item] = []
    for n, article in enumerate(corpora.BRIEFS + corpora.FEATURES + corpora.seed_articles()):
        headline, _, body = article.strip().lstrip("#").partition("\n")
        items.append((f"corpora {n}", headline.strip(), body, {"published": DAY}))
    return items


def items(devsets: list[Path], quick: bool) -> list[Item]:
    found = _devset(devsets) + _corpus_cases() + _corpora() + _scaling(quick)
    found += _generated(40 if quick else 300, 17)
    # Past the table's end: the carried rate and its age.
    found += [
        (label + " (late)", h, b, {"published": date(2026, 12, 1) + timedelta(days=40)})
        for label, h, b, _ in _generated(10, 23)
    ]
    return found


def child(path: str, devsets: list[Path], quick: bool) -> None:
    """Check every item in this process's tree; pickle the JSON of each report (or the error)."""
    from headlinecheck import check
    from headlinecheck.rates import RateTable

    table = RateTable.load()
    out: list[str] = []
    for _label, headline, body, kwargs in items(devsets, quick):
        try:
            report = check(headline, body, rates=table, **kwargs)
            out.append(json.dumps(report.to_dict(), sort_keys=True, ensure_ascii=False))
        except Exception as error:  # the difference is what is reported
            out.append(f"error: {type(error).__name__}: {error}")
    Path(path).write_bytes(pickle.dumps(out))


def run(src: str, devsets: list[Path], quick: bool) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "out.pickle"
        command = [sys.executable, __file__, "--child", str(path)]
        command += [arg for d in devsets for arg in ("--devset", str(d))]
        command += ["--quick"] if quick else []
        env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{HERE}"}
        subprocess.run(command, check=True, env=env)
        result: list[str] = pickle.loads(path.read_bytes())
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", nargs="?", help="the other tree's src directory")
    parser.add_argument(
        "--devset", type=Path, action="append", help="a devset *.jsonl or folder of them"
    )
    parser.add_argument("--quick", action="store_true", help="fewer generated articles")
    parser.add_argument("--show", type=int, default=5, help="differing reports printed in full")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    devsets = args.devset or [d for d in DEVSETS if d.exists()]
    if args.child:
        child(args.child, devsets, args.quick)
        return
    if not args.other:
        parser.error("name the other tree's src directory")
    mine = run(str(ROOT / "src"), devsets, args.quick)
    other = run(args.other, devsets, args.quick)
    labels = [label for label, *_ in items(devsets, args.quick)]
    differ = [(label, a, b) for label, a, b in zip(labels, mine, other, strict=True) if a != b]
    for n, (label, a, b) in enumerate(differ):
        print("differs:", label)
        if n < args.show:
            print("  this tree: ", a)
            print("  other tree:", b)
    print(f"{len(mine)} reports compared, {len(differ)} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
