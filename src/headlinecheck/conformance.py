"""Score money extraction against the peer conformance corpora (JSONL), per file.

Usage::

    python -m headlinecheck.conformance DIR [--enforce-floors] [--misses]

``DIR`` holds ``*.jsonl`` files laid out as the shared conformance README describes: one case a
line with ``text`` and ``expected`` entries (``amount`` or ``min``/``max``, ``currency``).

Scoring (the README's rule): precision and recall of (amount, currency) pairs.

- An expected range (``kind`` interval) counts as its two bounds; ``under`` as its ``max``,
  ``above`` as its ``min``. Expected entries with no amount (a bare unit word) are not counted.
- A sub-unit amount ("50 cents": amount 50, ``subunit_factor`` 0.01) matches either 50 or 0.50.
- Currency ``null`` matches anything; ``"$"`` matches a bare dollar (``AmbiguousDollar``) or any
  dollar ISO code; ``"£"`` a pound likewise; an ISO code matches that code, or an ambiguous
  currency whose first candidate it is.
- Each of our money figures gives one pair, a range two (``value`` and ``value_high``); pairs are
  matched one to one. Counts and percentages are not scored.
- Amounts beyond a double's precision: the peers hold amounts as IEEE-754 binary64 doubles,
  which keep 15 significant decimal digits (C's ``DBL_DIG``), so a longer amount comes out of
  them rounded ("202107211321363588510367" as "202107211321364000000000"). An amount of ours
  with more than 15 significant digits therefore also matches its value rounded to 15
  significant digits (half away from zero). This applies to every corpus, and only to such
  long amounts: 15 digits or fewer must be equal exactly.

Floors: ``--enforce-floors`` exits 1 when a corpus listed in ``FLOORS`` scores below its floor
(the same numbers are in docs/extraction.md). They sit a little under what the extractor scores
so that a regression fails CI while ordinary noise does not.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import attrs

from headlinecheck import _lexicon
from headlinecheck.currencies import DOLLAR_CODES, AmbiguousDollar
from headlinecheck.errors import InputError
from headlinecheck.extraction import Figure, Kind, extract

#: corpus file name -> (precision floor, recall floor) for money pairs.
#: Measured 2026-12-03: Recognizers-Text P 0.995 / R 0.963, Duckling P 0.993 / R 0.974.
FLOORS: dict[str, tuple[Decimal, Decimal]] = {
    # English (measured 2026-12-03: Recognizers-Text P 0.995 / R 0.989, duckling P 0.993 /
    # R 0.974): issue 10's bar, 0.97 both ways.
    "recognizers_currency_en.jsonl": (Decimal("0.97"), Decimal("0.97")),
    "duckling_money_en.jsonl": (Decimal("0.97"), Decimal("0.97")),
    # Chinese (measured 2026-12-03: P 1.000 / R 1.000).
    "recognizers_currency_zh.jsonl": (Decimal("0.97"), Decimal("0.97")),
}

_POUND_CODES = frozenset(_lexicon.HEADS.get("pound", ()))

#: Significant decimal digits a binary64 double keeps (C's DBL_DIG).
DOUBLE_DIGITS = 15
_AT_DOUBLE = Context(prec=DOUBLE_DIGITS, rounding=ROUND_HALF_UP)


@attrs.frozen
class Expected:
    amounts: tuple[Decimal, ...]  # any of these values matches (sub-units: count or value)
    currency: str | None


@attrs.frozen
class Score:
    corpus: str
    cases: int
    expected: int
    predicted: int
    matched: int
    misses: tuple[str, ...] = ()

    @property
    def precision(self) -> Decimal:
        return _ratio(self.matched, self.predicted)

    @property
    def recall(self) -> Decimal:
        return _ratio(self.matched, self.expected)


def _ratio(part: int, whole: int) -> Decimal:
    if whole == 0:
        return Decimal(1)
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.001"))


def _decimal(text: Any, where: str) -> Decimal:
    try:
        return Decimal(str(text))
    except InvalidOperation as error:
        raise InputError("amount is not a decimal number", path=where, value=text) from error


def expected_pairs(entries: Iterable[dict[str, Any]], where: str) -> list[Expected]:
    """The (amount, currency) pairs one case expects, per the README's scoring rule."""
    pairs: list[Expected] = []
    for entry in entries:
        raw = [entry.get("amount"), entry.get("min"), entry.get("max")]
        factor = entry.get("subunit_factor")
        for amount in raw:
            if amount is None:
                continue
            value = _decimal(amount, where)
            amounts: tuple[Decimal, ...] = (value,)
            if factor is not None:
                amounts = (value, value * _decimal(factor, where))
            pairs.append(Expected(amounts=amounts, currency=entry.get("currency")))
    return pairs


def predicted_pairs(figures: Iterable[Figure]) -> list[tuple[Decimal, object]]:
    pairs: list[tuple[Decimal, object]] = []
    for figure in figures:
        if figure.kind is not Kind.MONEY:
            continue
        pairs.append((figure.value, figure.currency))
        if figure.value_high is not None:
            pairs.append((figure.value_high, figure.currency))
    return pairs


def currency_matches(expected: str | None, got: object) -> bool:
    if expected is None:
        return True
    if expected == "$":
        if isinstance(got, AmbiguousDollar):
            return got.symbol == "$"
        return got in DOLLAR_CODES
    if expected == "£":
        if isinstance(got, AmbiguousDollar):
            return got.symbol == "pound"
        return got in _POUND_CODES
    if isinstance(got, AmbiguousDollar):
        return bool(got.candidates) and got.candidates[0] == expected
    return got == expected


def amount_matches(want: Expected, value: Decimal) -> bool:
    """Whether our ``value`` is one of the expected amounts, or (when it has more significant
    digits than a double keeps) is one once rounded as a double-holding peer rounds it."""
    if value in want.amounts:
        return True
    digits = value.normalize().as_tuple().digits
    if len(digits) <= DOUBLE_DIGITS:
        return False
    return _AT_DOUBLE.plus(value) in want.amounts


def match_case(expected: list[Expected], predicted: list[tuple[Decimal, object]]) -> int:
    """How many expected pairs find a distinct predicted pair (greedy, in order)."""
    used = [False] * len(predicted)
    matched = 0
    for want in expected:
        for i, (value, currency) in enumerate(predicted):
            if used[i] or not amount_matches(want, value):
                continue
            if currency_matches(want.currency, currency):
                used[i] = True
                matched += 1
                break
    return matched


def score_file(path: Path) -> Score:
    cases = expected_total = predicted_total = matched_total = 0
    misses: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                case = json.loads(line)
                text = case["text"]
                entries = case["expected"]
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise InputError(
                    f"not a conformance case: {error}", path=path, line=number
                ) from error
            expected = expected_pairs(entries, where)
            predicted = predicted_pairs(extract(text))
            matched = match_case(expected, predicted)
            cases += 1
            expected_total += len(expected)
            predicted_total += len(predicted)
            matched_total += matched
            if matched != len(expected) or matched != len(predicted):
                got = ", ".join(f"{v} {c}" for v, c in predicted) or "-"
                want = ", ".join(f"{'/'.join(map(str, e.amounts))} {e.currency}" for e in expected)
                misses.append(
                    f"{case.get('id', number)}: {text[:90]!r}\n"
                    f"    want {want or '-'}\n    got  {got}"
                )
    return Score(path.name, cases, expected_total, predicted_total, matched_total, tuple(misses))


def score_directory(directory: Path) -> list[Score]:
    if not directory.is_dir():
        raise InputError("not a directory", path=directory, fix="pass the conformance folder")
    files = sorted(directory.glob("*.jsonl"))
    if not files:
        raise InputError("no *.jsonl corpus files", path=directory)
    return [score_file(path) for path in files]


def render(scores: Sequence[Score]) -> str:
    header = (
        "corpus",
        "cases",
        "expected",
        "predicted",
        "matched",
        "precision",
        "recall",
        "floor P/R",
    )
    rows = [header]
    for s in scores:
        floor = FLOORS.get(s.corpus)
        rows.append(
            (
                s.corpus,
                str(s.cases),
                str(s.expected),
                str(s.predicted),
                str(s.matched),
                str(s.precision),
                str(s.recall),
                "-" if floor is None else f"{floor[0]}/{floor[1]}",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def below_floors(scores: Sequence[Score]) -> list[str]:
    problems = []
    for s in scores:
        floor = FLOORS.get(s.corpus)
        if floor is None:
            continue
        if s.precision < floor[0]:
            problems.append(f"{s.corpus}: precision {s.precision} is below the floor {floor[0]}")
        if s.recall < floor[1]:
            problems.append(f"{s.corpus}: recall {s.recall} is below the floor {floor[1]}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m headlinecheck.conformance",
        description="Score money extraction against conformance corpora (*.jsonl) in DIR.",
    )
    parser.add_argument("directory", metavar="DIR", type=Path)
    parser.add_argument(
        "--enforce-floors", action="store_true", help="exit 1 when a score is below its floor"
    )
    parser.add_argument("--misses", action="store_true", help="list the cases not fully matched")
    args = parser.parse_args(argv)
    try:
        scores = score_directory(args.directory)
    except InputError as error:
        print(f"conformance: error: {error}", file=sys.stderr)
        return 2
    if args.misses:
        for s in scores:
            for miss in s.misses:
                print(f"[{s.corpus}] {miss}")
        print()
    print(render(scores))
    problems = below_floors(scores)
    for problem in problems:
        print(f"FLOOR: {problem}", file=sys.stderr)
    return 1 if args.enforce_floors and problems else 0


if __name__ == "__main__":
    sys.exit(main())
