"""Score headline verdicts against a labelled devset (JSONL), per file.

Usage::

    python -m headlinecheck.evaluate PATH [PATH ...] [--floor ACCURACY] [--quiet]

Each line of a file is one record of the shared devset schema (``../shared/devset/README.md``):
``headline``, ``body``, ``published`` (ISO date) and ``claims``, each claim with its
``headline_text`` (an exact substring of the headline) and a ``label``: ``supported``,
``mismatch`` or ``unverifiable``.

Scoring:

- ``unverifiable`` and ``contested`` claims are skipped (the devset's own rule).
- A labelled claim is paired with the checker's claim whose headline span overlaps the first
  occurrence of its ``headline_text``; none is a miss with the verdict ``none``.
- ``supported`` is right when the verdict is ``supported``; ``mismatch`` when it is ``mismatch``.
  A ``mismatch`` record judged ``supported`` is counted apart as a *false supported*: the error
  that lets a wrong headline be published.

Exit status: 0, or 1 with ``--floor`` when a file's accuracy is below it or any false supported
is found; 2 when a file cannot be read (the message names the file and line).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from headlinecheck.errors import InputError

if TYPE_CHECKING:
    from headlinecheck.checking import ClaimResult

# The labels that are scored; each is right when the verdict has the same value.
_SCORED = frozenset({"supported", "mismatch"})


@attrs.frozen
class Miss:
    record: str
    headline_text: str
    label: str
    got: str

    def __str__(self) -> str:
        return f"{self.record}: {self.headline_text!r} labelled {self.label}, got {self.got}"


@attrs.frozen
class Score:
    path: str
    right: int
    scored: int
    false_supported: int
    misses: tuple[Miss, ...]

    @property
    def accuracy(self) -> Decimal:
        if not self.scored:
            return Decimal(0)
        return (Decimal(self.right) / Decimal(self.scored)).quantize(Decimal("0.001"))


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read: {error}", path=path) from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            raise InputError(f"not JSON: {error}", path=path, line=number) from None
        if not isinstance(record, dict):
            raise InputError("a record must be a JSON object", path=path, line=number)
        for key in ("id", "headline", "body", "published", "claims"):
            if key not in record:
                raise InputError(f"record has no {key!r}", path=path, line=number)
        yield number, record


def _published(path: Path, number: int, value: object) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InputError(
            "published is not an ISO date", path=path, line=number, value=str(value)[:40]
        ) from None


def _verdict_at(report_claims: Iterable[ClaimResult], start: int, end: int) -> str:
    for result in report_claims:
        low, high = result.claim.span
        if low < end and start < high:
            return str(result.verdict.value)
    return "none"


def score_file(path: Path) -> Score:
    """The verdicts of ``headlinecheck.check`` on every record of ``path``, against its labels."""
    from headlinecheck.checking import check

    right = scored = false_supported = 0
    misses: list[Miss] = []
    for number, record in _records(path):
        headline = str(record["headline"])
        published = _published(path, number, record["published"])
        report = check(headline, str(record["body"]), published=published)
        for claim in record["claims"]:
            label = claim.get("label")
            if label not in _SCORED or claim.get("contested"):
                continue
            text = str(claim.get("headline_text", ""))
            start = headline.find(text)
            if not text or start < 0:
                raise InputError(
                    "headline_text is not in the headline", path=path, line=number, value=text[:40]
                )
            got = _verdict_at(report.claims, start, start + len(text))
            scored += 1
            if got == label:
                right += 1
                continue
            if label == "mismatch" and got == "supported":
                false_supported += 1
            misses.append(Miss(str(record["id"]), text, label, got))
    return Score(str(path), right, scored, false_supported, tuple(misses))


def render(scores: Sequence[Score]) -> str:
    rows = [f"{'file':<40} {'right':>6} {'scored':>6} {'accuracy':>8} {'false supported':>15}"]
    for s in scores:
        name = Path(s.path).name
        rows.append(
            f"{name:<40} {s.right:>6} {s.scored:>6} {s.accuracy!s:>8} {s.false_supported:>15}"
        )
    return "\n".join(rows)


def _accuracy(text: str) -> Decimal:
    """``--floor``: a decimal from 0 to 1 (argparse reports anything else as a usage error)."""
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not between 0 and 1")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m headlinecheck.evaluate",
        description="Score headline verdicts against labelled devset files (JSONL).",
    )
    parser.add_argument("paths", metavar="PATH", type=Path, nargs="+")
    parser.add_argument(
        "--floor",
        type=_accuracy,
        metavar="ACCURACY",
        help="exit 1 when a file's accuracy is below this (0 to 1) or a mismatch is supported",
    )
    parser.add_argument("--quiet", action="store_true", help="print the table only, no misses")
    args = parser.parse_args(argv)
    scores: list[Score] = []
    failed = False
    for path in args.paths:
        try:
            scores.append(score_file(path))
        except InputError as error:
            print(f"evaluate: error: {error}", file=sys.stderr)
            failed = True
    if not args.quiet:
        for s in scores:
            for miss in s.misses:
                print(f"[{Path(s.path).name}] {miss}")
        print()
    print(render(scores))
    if failed:
        return 2
    if args.floor is not None:
        low = [s for s in scores if s.accuracy < args.floor or s.false_supported]
        for s in low:
            print(
                f"FLOOR: {s.path}: accuracy {s.accuracy} (floor {args.floor}), "
                f"{s.false_supported} false supported",
                file=sys.stderr,
            )
        return 1 if low else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
