"""Differential check of extraction: the same figures from two source trees, text by text.

    python benchmarks/diff_extract.py OTHER/src [--devset DIR] [--conformance DIR]

Extracts every text of the benchmark corpora (features, briefs, the seed articles), slices of
them cut at arbitrary offsets, the hostile patterns of ``bench_extract.py``, the test corpora
(``tests/corpus``, ``tests/data/conformance``) and, when given, the devset articles and the
conformance cases, with this tree and with ``OTHER/src``, each in a child process; prints
every text whose figures differ (as ``repr`` of the tuple ``extract`` returns) and exits 1 if
any does. Each text is also read with a few locales and a pinned dollar, and by
``bare_amounts``. A check, not a benchmark: it prints no times.
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
from pathlib import Path

import corpora

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
#: Locales each corpus text is also read with (None: the default English reading).
LOCALES = (None, "de_DE", "fr_FR", "en_IN", "zh_CN", "pt_BR", "vi_VN", "en_ZA")


def _jsonl_texts(path: Path, *keys: str) -> list[str]:
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            texts += [record[key] for key in keys if isinstance(record.get(key), str)]
    return texts


def _yaml_texts(path: Path) -> list[str]:
    import yaml

    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str) and any(ch.isdigit() for ch in node):
            found.append(node)

    walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return found


def texts(devset: Path | None, conformance: Path | None) -> tuple[list[str], list[str]]:
    """(long texts, read with every locale; short texts, read with the default only)."""
    from bench_extract import ADVERSARIAL

    long = corpora.FEATURES + corpora.BRIEFS + corpora.seed_articles()
    rng = random.Random(17)
    slices = []
    for article in list(long):
        for _ in range(12):
            start = rng.randrange(len(article))
            slices.append(article[start : start + rng.randrange(1, 400)])
    hostile = [(unit * (3000 // len(unit) + 1))[:3000] for unit in ADVERSARIAL.values()]
    short: list[str] = []
    for path in sorted((ROOT / "tests" / "corpus").rglob("*.yaml")):
        short += _yaml_texts(path)
    for path in sorted((ROOT / "tests" / "data" / "conformance").glob("*.jsonl")):
        short += _jsonl_texts(path, "text")
    if devset is not None:
        for path in sorted(devset.glob("*.jsonl")):
            long += _jsonl_texts(path, "headline", "body")
    if conformance is not None:
        for path in sorted(conformance.glob("*.jsonl")):
            short += _jsonl_texts(path, "text")
    return long + hostile, slices + short


def child(path: str, devset: Path | None, conformance: Path | None) -> None:
    """Extract every text in this process's tree; pickle the reprs to ``path``."""
    from headlinecheck.extraction import bare_amounts, extract

    long, short = texts(devset, conformance)
    out: list[str] = []
    for text in long:
        for locale in LOCALES:
            out.append(repr(extract(text, locale=locale)))
        out.append(repr(extract(text, dollar="HKD")))
        out.append(repr(bare_amounts(text)))
    for text in short:
        out.append(repr(extract(text)))
    Path(path).write_bytes(pickle.dumps(out))


def run(src: str, devset: Path | None, conformance: Path | None) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "out.pickle"
        command = [sys.executable, __file__, "--child", str(path)]
        if devset is not None:
            command += ["--devset", str(devset)]
        if conformance is not None:
            command += ["--conformance", str(conformance)]
        env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{HERE}"}
        subprocess.run(command, check=True, env=env)
        result: list[str] = pickle.loads(path.read_bytes())
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", nargs="?", help="the other tree's src directory")
    parser.add_argument("--devset", type=Path, help="directory of the devset *.jsonl")
    parser.add_argument("--conformance", type=Path, help="directory of the conformance *.jsonl")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.devset, args.conformance)
        return
    if not args.other:
        parser.error("name the other tree's src directory")
    mine = run(str(ROOT / "src"), args.devset, args.conformance)
    other = run(args.other, args.devset, args.conformance)
    long, short = texts(args.devset, args.conformance)
    labels = [
        f"{kind} of long text {i}"
        for i in range(len(long))
        for kind in [*(f"locale {loc}" for loc in LOCALES), "dollar HKD", "bare_amounts"]
    ] + [f"short text {i}: {text[:60]!r}" for i, text in enumerate(short)]
    differ = [label for label, a, b in zip(labels, mine, other, strict=True) if a != b]
    for label in differ[:20]:
        print("differs:", label)
    print(f"{len(mine)} extractions compared, {len(differ)} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
