"""Generate a synthetic news archive: N articles of ~3 KB as JSON Lines shards (seeded).

    python benchmarks/make_archive.py OUT_DIR [--articles 10000] [--per-file 250] [--seed 14]

Each record has ``id``, ``headline``, ``body`` and ``published``; headlines state an amount,
a count or a percentage that the body supports, contradicts (a slipped digit, the wrong unit,
a currency mix-up) or does not mention. The same seed gives the same archive, byte for byte.
``--articles 1000000`` writes ~3 GB in 4,000 files.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
from datetime import date, timedelta
from pathlib import Path

CITIES = ("Hong Kong", "Singapore", "Frankfurt", "London", "Toronto", "Sydney", "Zurich")
TOPICS = ("infrastructure", "green bond", "fintech", "housing", "transport", "health")
UNITS = {"HKD": "HK$", "SGD": "S$", "EUR": "EUR ", "GBP": "£", "CAD": "C$", "AUD": "A$"}
FILLER = (
    "Officials said the programme would be reviewed at the end of the year, and that further "
    "details would follow once the committee had met. Analysts were divided on the outlook, "
    "with several pointing to the slowing economy and others to strong demand from abroad. "
    "The announcement came after weeks of talks between the ministry and industry groups. "
)


def article(rng: random.Random, number: int) -> dict[str, str]:
    city, topic = rng.choice(CITIES), rng.choice(TOPICS)
    code = rng.choice(list(UNITS))
    amount = rng.randrange(2, 900)
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(3400))
    shown = amount
    roll = rng.random()
    if roll < 0.1:
        shown = amount * 10 + rng.randrange(1, 9)  # a slipped digit
    elif roll < 0.15:
        shown = amount * 1000  # billion for million
    headline = f"{city} sets aside {UNITS[code]}{shown} million for {topic}"
    if rng.random() < 0.3:
        headline += f" as {rng.randrange(3, 90)}% of firms sign up"
    body = (
        f"{city.upper()} — The government will spend {code} {amount} million on {topic} "
        f"projects over {rng.randrange(2, 6)} years, it said on Tuesday. "
        f"About {rng.randrange(3, 90)} percent of firms have applied. "
    )
    while len(body) < 2900:
        body += FILLER
    return {
        "id": f"a{number:08d}",
        "headline": headline,
        "body": body,
        "published": day.isoformat(),
    }


def write(out: Path, articles: int, per_file: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for first in range(0, articles, per_file):
        path = out / f"shard-{first // per_file:06d}.jsonl"
        with path.open("w", encoding="utf-8") as stream:
            for number in range(first, min(first + per_file, articles)):
                stream.write(json.dumps(article(rng, number), ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--per-file", type=int, default=250)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    paths = write(args.out, args.articles, args.per_file, args.seed)
    size = sum(p.stat().st_size for p in paths)
    # One article at a time is built and written: memory stays flat whatever --articles is.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{args.articles:,} articles in {len(paths):,} files, {size / 1e6:,.1f} MB -> {args.out}"
        f" (peak RSS {peak:,.0f} MB)"
    )


if __name__ == "__main__":
    main()
