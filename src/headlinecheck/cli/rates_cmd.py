"""`headlinecheck rates`: show, verify, update and import the dated FX rates.

headlinecheck rates show USD HKD --date 2023-02-22 [--rates FILE] [--strict | --max-age N]
headlinecheck rates verify [PATH] [--band LOW HIGH] [--pair BASE QUOTE] [--since DATE]
headlinecheck rates update [--url URL] [--file PATH] [--accept-revisions]
headlinecheck rates import-ecb PATH [--output FILE] [--accept-revisions]
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


def _iso_date(text: str) -> date:
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}")


def _decimal(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or value <= 0:
        raise argparse.ArgumentTypeError(f"not a positive number: {text!r}")
    return value


def _seconds(text: str) -> float:
    # requests raises a bare ValueError on a negative timeout, after the command has started.
    return float(_decimal(text))


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"not a whole number, 0 or more: {text!r}")
    return value


_REVISIONS_HELP = "take new ECB values for rates the file already holds (listed); default: refuse"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "rates", help="show, verify, update or import the dated FX rates"
    )
    parser.set_defaults(handler=lambda _args: _usage(parser))
    commands = parser.add_subparsers(dest="rates_command", metavar="ACTION")

    show = commands.add_parser("show", help="print the rate of a pair on a date")
    show.add_argument("base", help="ISO 4217 code of the currency converted from, e.g. USD")
    show.add_argument("quote", help="ISO 4217 code of the currency converted to, e.g. HKD")
    show.add_argument("--date", type=_iso_date, required=True, help="YYYY-MM-DD")
    show.add_argument(
        "--rates", type=Path, action="append", help="rates CSV (repeatable; later files win)"
    )
    age = show.add_mutually_exclusive_group()
    age.add_argument("--strict", action="store_true", help="require a rate on that exact date")
    age.add_argument(
        "--max-age", type=int, metavar="DAYS", help="how old the rate may be (default 7)"
    )
    show.set_defaults(handler=run_show)

    verify = commands.add_parser(
        "verify", help="validate a rates file and list days a pair leaves a band"
    )
    verify.add_argument("path", nargs="?", type=Path, help="rates CSV (default: bundled)")
    verify.add_argument(
        "--band",
        nargs=2,
        type=_decimal,
        metavar=("LOW", "HIGH"),
        help="allowed range (default: HKD peg 7.75-7.85 widened by 0.01%%)",
    )
    verify.add_argument(
        "--pair",
        nargs=2,
        metavar=("BASE", "QUOTE"),
        help="pair checked against the band (default: USD HKD, skipped if the file lacks it)",
    )
    verify.add_argument(
        "--since", type=_iso_date, help="first day checked (default: 2005-05-18 for the peg)"
    )
    verify.add_argument(
        "--strict", action="store_true", help="exit 1 when any day is outside the band"
    )
    verify.set_defaults(handler=run_verify)

    update = commands.add_parser("update", help="download the ECB history and merge it in")
    update.add_argument("--url", help="ECB eurofxref-hist.zip URL (https)")
    update.add_argument("--file", type=Path, help="rates CSV to update (default: bundled)")
    update.add_argument("--timeout", type=_seconds, default=30.0, help="seconds (default 30)")
    update.add_argument("--retries", type=_count, default=3, help="retries on network errors")
    update.add_argument("--accept-revisions", action="store_true", help=_REVISIONS_HELP)
    update.set_defaults(handler=run_update)

    imp = commands.add_parser("import-ecb", help="convert a local ECB zip/CSV to long CSV")
    imp.add_argument("source", type=Path, help="eurofxref-hist.zip or eurofxref-hist.csv")
    imp.add_argument(
        "--output", type=Path, help="merge into this rates CSV (default: print to stdout)"
    )
    imp.add_argument("--accept-revisions", action="store_true", help=_REVISIONS_HELP)
    imp.set_defaults(handler=run_import)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    print(
        "headlinecheck rates: error: choose an action: show, verify, update, import-ecb",
        file=sys.stderr,
    )
    return EXIT_USAGE


def _policy(args: argparse.Namespace) -> Any:
    from headlinecheck.rates import STRICT, MissingDatePolicy

    if args.strict:
        return STRICT
    if args.max_age is not None:
        if args.max_age < 0:
            from headlinecheck.errors import InputError

            raise InputError("--max-age must be 0 or more", value=args.max_age)
        return MissingDatePolicy(max_age_days=args.max_age)
    return None


def run_show(args: argparse.Namespace) -> int:
    from headlinecheck.rates import RateTable

    table = RateTable.load(args.rates, policy=_policy(args))
    rate = table.rate(args.base, args.quote, args.date)
    note = "" if rate.used == rate.requested else f" (latest on or before {rate.requested})"
    print(f"{rate.base}/{rate.quote} {rate.value}")
    print(f"  1 {rate.base} = {rate.value} {rate.quote}")
    print(f"  date used: {rate.used}{note}")
    print(f"  source: {rate.source}, path: {rate.path.value}")
    return EXIT_OK


def run_verify(args: argparse.Namespace) -> int:
    from headlinecheck.errors import InputError
    from headlinecheck.rates import (
        HKD_PEG_BAND,
        HKD_PEG_SINCE,
        HKD_PEG_SLACK,
        RateTable,
        outside_band,
        verify_cache,
        widen,
    )

    table = RateTable.load(args.path, cache_dir=False)
    table.validate()
    first, last = table.coverage
    print(
        f"{table.paths[0]}: valid; {first} to {last}, {len(table.currencies)} currencies, "
        f"sources {', '.join(sorted(table.sources))}"
    )
    if not os.environ.get("HEADLINECHECK_NO_CACHE"):
        # The cache `check` reads is compared with the file just validated, and rebuilt if not
        # intact or not the same rates.
        print(f"cache: {verify_cache(table.paths[0])}")
    base, quote = (code.strip().upper() for code in args.pair or ("USD", "HKD"))
    if args.band:
        low, high = sorted(args.band)
        since = args.since
    else:
        low, high = widen(HKD_PEG_BAND, HKD_PEG_SLACK)
        since = args.since or HKD_PEG_SINCE
    if args.pair:
        # An explicit pair that cannot be checked is a mistake, not a clean result.
        table.check_pair(base, quote)
    elif base not in table.currencies or quote not in table.currencies:
        print(f"no {base}/{quote} rates to check against the band")
        return EXIT_OK
    if since is not None and since > last:
        # rates_between would raise ValueError (a traceback) for an empty range.
        raise InputError(
            f"--since {since} is after the end of the rates ({last})",
            fix="give an earlier --since",
        )
    outliers = outside_band(table, base, quote, (low, high), since)
    for rate in outliers:
        print(
            f"warning: {rate.used} {base}/{quote} {rate.value} outside {low}..{high}"
            f" ({rate.source}, {rate.path.value})"
        )
    print(f"{len(outliers)} day(s) of {base}/{quote} outside {low}..{high} since {since or first}")
    return EXIT_FINDINGS if outliers and args.strict else EXIT_OK


def _writable_target(target: Path) -> None:
    """Refuse a target that cannot be written before downloading (up to 30 s, and retries)."""
    from headlinecheck.errors import InputError

    if target.is_dir():
        raise InputError("is a directory, not a rates CSV file", path=target)
    if not target.parent.is_dir():
        raise InputError("no such directory for the rates file", path=target.parent)


def run_update(args: argparse.Namespace) -> int:
    from headlinecheck import ratesync
    from headlinecheck.rates import bundled_rates_path, clear_default_cache

    target = args.file or bundled_rates_path()
    _writable_target(target)
    options = ratesync.FetchOptions(timeout=args.timeout, retries=args.retries)
    summary = ratesync.update(
        target,
        args.url or ratesync.ECB_HISTORY_URL,
        options,
        accept_revisions=args.accept_revisions,
    )
    clear_default_cache()
    state = "updated" if summary.changed else "already up to date"
    print(f"{summary.path}: {state} ({summary.ecb_rows} ECB rows)")
    _print_revisions(summary)
    return EXIT_OK


def _print_revisions(summary: Any) -> None:
    for revision in summary.revisions:
        print(f"{summary.path}: revised {revision.describe()}")


def run_import(args: argparse.Namespace) -> int:
    from headlinecheck import ratesync

    if args.output is not None:
        _writable_target(args.output)
    result = ratesync.import_file(args.source, args.output, accept_revisions=args.accept_revisions)
    if isinstance(result, str):
        sys.stdout.write(result)
    else:
        state = "written" if result.changed else "unchanged"
        print(f"{result.path}: {state} ({result.ecb_rows} ECB rows)")
        _print_revisions(result)
    return EXIT_OK
