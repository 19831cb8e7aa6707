"""`headlinecheck extract TEXT|FILE|-`: list the figures found in a text, or in an article file's
headline and body (read as `check` reads it), as a table or as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

#: Version of the ``--json`` layout; bump when a key changes meaning or disappears.
JSON_SCHEMA_VERSION = 1


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="list the money amounts, counts and percentages in a text or an article file",
        description=(
            "List the money amounts, counts and percentages found in TEXT, or in the headline "
            "and body of an article FILE (read as `headlinecheck check` reads it: front matter, "
            "JSON records, the configuration's fields, dollar and locale)."
        ),
    )
    parser.add_argument(
        "text",
        metavar="TEXT|FILE",
        help="the text to read, an article file, or - for standard input",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--dollar", metavar="CODE", help="read a bare $ as this currency (e.g. HKD)"
    )
    parser.add_argument(
        "--locale",
        metavar="ID",
        help="babel locale id for decimal and group separators (e.g. de_DE)",
    )
    parser.set_defaults(handler=run)


def _number(value: Decimal | None) -> str | None:
    if value is None:
        return None
    if value.is_infinite():
        return "Infinity" if value > 0 else "-Infinity"
    return format(value, "f")


def figure_to_dict(figure: Any) -> dict[str, Any]:
    """A ``Figure`` as JSON-ready data; numbers are strings so no precision is lost."""
    from headlinecheck.currencies import AmbiguousDollar

    currency = figure.currency
    if isinstance(currency, AmbiguousDollar):
        currency_data: Any = {"ambiguous": currency.symbol, "candidates": list(currency.candidates)}
    else:
        currency_data = currency
    return {
        "kind": figure.kind.value,
        "value": _number(figure.value),
        "value_high": _number(figure.value_high),
        "low": _number(figure.low),
        "high": _number(figure.high),
        "precision": _number(figure.precision),
        "currency": currency_data,
        "qualifier": figure.qualifier.value,
        "unit_noun": figure.unit_noun,
        "start": figure.span[0],
        "end": figure.span[1],
        "text": figure.text,
    }


def _currency_cell(currency: Any) -> str:
    from headlinecheck.currencies import AmbiguousDollar

    if isinstance(currency, AmbiguousDollar):
        return f"{currency.symbol}?({'|'.join(currency.candidates[:3])})"
    return "" if currency is None else str(currency)


def _names_a_file(text: str) -> bool:
    """Is TEXT a path rather than text? An existing file or directory is; so is a word that
    ends like an article file ("story.md"), so that a typo is "no such file", not "no figures
    found" in the characters of its name."""
    from pathlib import Path

    from headlinecheck.articles import ARTICLE_SUFFIXES

    if "\n" in text or "\0" in text:
        return False
    try:
        if Path(text).exists():
            return True
    except (OSError, ValueError):  # a name too long to be a file's
        return False
    return not any(c.isspace() for c in text) and Path(text).suffix.lower() in ARTICLE_SUFFIXES


def table(figures: Sequence[Any], where: Sequence[tuple[str, str]] | None = None) -> str:
    """The figures as aligned columns; ``where`` gives each its leading cells (file mode)."""
    header: tuple[str, ...] = ("kind", "value", "interval", "currency", "qualifier", "noun")
    header = (*(() if where is None else ("at", "part")), *header, "span", "text")
    rows = [header]
    for index, f in enumerate(figures):
        value = _number(f.value) or ""
        if f.value_high is not None:
            value += "-" + (_number(f.value_high) or "")
        rows.append(
            (
                *(() if where is None else where[index]),
                f.kind.value,
                value,
                f"[{_number(f.low)}, {_number(f.high)})",
                _currency_cell(f.currency),
                "" if f.qualifier.value == "none" else f.qualifier.value,
                f.unit_noun or "",
                f"{f.span[0]}-{f.span[1]}",
                f.text.replace("\n", " "),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    lines = [
        "  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[-1]])
        for row in rows
    ]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(line.rstrip() for line in lines)


def run(args: argparse.Namespace) -> int:
    from headlinecheck.extraction import extract

    if args.text != "-" and _names_a_file(args.text):
        from headlinecheck.cli import extract_file

        return extract_file.run(args)
    # A byte order mark is not text: left in, it would shift every span by one.
    text = sys.stdin.read().removeprefix("\ufeff") if args.text == "-" else args.text
    figures = extract(text, dollar=args.dollar, locale=args.locale)
    if args.json:
        data = {
            "schema_version": JSON_SCHEMA_VERSION,
            "figures": [figure_to_dict(f) for f in figures],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif figures:
        print(table(figures))
    else:
        print("no figures found")
    return 0
