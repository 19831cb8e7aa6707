"""`headlinecheck archive INPUT... --out DIR`: check a whole archive on Dask into a table of rows.

Exit codes as for ``check``: 0 no finding at the failing level, 1 findings (a mismatch, an input
error row, or an unsupported claim under ``--fail-on unsupported``), 2 usage or run error.
dask, distributed and pyarrow are imported only when the command runs (``headlinecheck[dask]``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from headlinecheck.cli.check_cmd import DATE_HELP

if TYPE_CHECKING:
    from headlinecheck.dask import Outcome

DESCRIPTION = """\
Check every article of an archive on Dask and write one row per headline claim, and one per
input error, into a directory of Parquet (or JSON Lines) part files. INPUTs are files or
directories (walked for Markdown, JSON, JSON Lines and Parquet files). Each part is written
atomically; --resume skips the parts a previous run over the same inputs already wrote.
"""

EPILOG = """\
exit status: 0 no findings at the failing level, 1 findings (mismatches, input errors), 2 usage
or run error. Columns: docs/archive.md.
"""


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "archive",
        help="check a whole archive on Dask into a Parquet table of claims",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files or directories of articles"
    )
    parser.add_argument(
        "--out", metavar="DIR", required=True, help="output directory of part files"
    )
    parser.add_argument(
        "--format", choices=("parquet", "jsonl"), default="parquet", help="part file format"
    )
    where = parser.add_argument_group("where to run").add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler")
    where.add_argument(
        "--workers", metavar="N", type=int, help="worker processes of a local cluster"
    )
    parser.add_argument(
        "--partition-size",
        metavar="N",
        type=int,
        help="records (or Markdown files) per partition (default: 2000 records, 200 files)",
    )
    parser.add_argument(
        "--resume", action="store_true", help="skip the parts already written in --out"
    )
    columns = parser.add_argument_group("record columns (JSON, JSON Lines, Parquet)")
    columns.add_argument(
        "--headline-col", metavar="NAME", default="headline", help="field holding the headline"
    )
    columns.add_argument(
        "--body-col", metavar="NAME", default="body", help="field holding the body"
    )
    columns.add_argument(
        "--date-col", metavar="NAME", default="published", help="field holding the date"
    )
    columns.add_argument(
        "--id-col", metavar="NAME", help="field holding an article id (default: PATH#RECORD)"
    )
    checking = parser.add_argument_group("checking")
    checking.add_argument("--date", metavar="DATE", help=DATE_HELP)
    checking.add_argument("--dollar", metavar="CODE", help="what a bare '$' means, e.g. USD")
    checking.add_argument(
        "--tolerance", metavar="REL", help="relative tolerance, e.g. 0.005 or 0.5%%"
    )
    checking.add_argument(
        "--rates",
        metavar="FILE",
        action="append",
        help="desk rates CSV on top of the bundled ECB rates: its rows win (repeatable; later "
        "files win)",
    )
    checking.add_argument(
        "--rates-only",
        metavar="FILE",
        action="append",
        help="rates CSV to use instead of the bundled ECB rates (repeatable)",
    )
    checking.add_argument(
        "--fail-on",
        choices=("mismatch", "unsupported"),
        default="mismatch",
        help="exit 1 on mismatches, or also on unsupported claims",
    )
    parser.set_defaults(handler=run)


def _settings(args: argparse.Namespace) -> Any:
    from decimal import Decimal, InvalidOperation

    import headlinecheck as hc
    from headlinecheck.cli.check_cmd import date_flag
    from headlinecheck.rows import Settings, rate_table

    published = date_flag(args.date)
    tolerance = None
    if args.tolerance is not None:
        text = args.tolerance.strip()
        try:
            tolerance = Decimal(text[:-1]) / 100 if text.endswith("%") else Decimal(text)
        except InvalidOperation:
            raise hc.InputError("bad --tolerance", value=args.tolerance) from None
    if args.rates and args.rates_only:
        raise hc.InputError(
            "give --rates (desk rates on top of the bundled table) or --rates-only (instead of "
            "it), not both",
            value="--rates, --rates-only",
        )
    only = bool(args.rates_only)
    rates = tuple(str(Path(p).resolve()) for p in (args.rates_only or args.rates or ()))
    settings = Settings(rates, args.dollar, tolerance, published, args.fail_on, rates_only=only)
    # A bad flag is one usage error here, not an error row for every article.
    options: dict[str, Any] = {"dollar": args.dollar}
    if tolerance is not None:
        options["tolerance"] = tolerance
    hc.check("Warm-up: 1%", "1%", **options)
    if rates:
        rate_table(rates, only).validate()
    return settings


def run(args: argparse.Namespace) -> int:
    import time

    from headlinecheck import InputError

    try:
        from headlinecheck import dask as archive
        from headlinecheck.rows import Fields
    except ImportError as error:
        raise InputError(
            f"headlinecheck archive needs dask, distributed and pyarrow ({error})",
            fix="pip install 'headlinecheck[dask]'",
        ) from None
    for name in ("workers", "partition_size"):
        if getattr(args, name) is not None and getattr(args, name) < 1:
            raise InputError(f"--{name.replace('_', '-')} must be at least 1")
    started = time.perf_counter()
    settings = _settings(args)
    fields = Fields(args.headline_col, args.body_col, args.date_col, args.id_col)
    sizes = {}
    if args.partition_size is not None:
        sizes = {"files_per_unit": args.partition_size, "records_per_unit": args.partition_size}
    units = archive.plan(args.inputs, fields, **sizes)
    client, cluster = _client(args)
    try:
        outcome = archive.run(
            units,
            args.out,
            client,
            fields=fields,
            settings=settings,
            fmt=args.format,
            resume=args.resume,
            progress=sys.stdout.isatty(),  # distributed draws its bar on standard output
        )
    except InputError:
        raise
    except Exception as error:  # a task that failed for good (its worker died too often, ...)
        print(f"headlinecheck: error: the run failed: {error!r}", file=sys.stderr)
        return 2
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    sys.stdout.write(summary(outcome, len(units), args.out, time.perf_counter() - started))
    return 1 if outcome.tally.failures else 0


def _client(args: argparse.Namespace) -> tuple[Any, Any]:
    from distributed import Client

    if args.scheduler is not None:
        try:
            return Client(args.scheduler, timeout=30), None
        except OSError as error:
            from headlinecheck import InputError

            problem = f"cannot reach the Dask scheduler: {error}"
            raise InputError(problem, value=args.scheduler) from None
    from headlinecheck.dask import local_cluster

    cluster = local_cluster(args.workers or os.cpu_count() or 1)
    return Client(cluster), cluster


def summary(outcome: Outcome, parts: int, out: str, seconds: float) -> str:
    tally = outcome.tally
    resumed = f", {outcome.resumed} already written" if outcome.resumed else ""
    return (
        f"headlinecheck archive: {outcome.articles:,} articles in {parts:,} partitions"
        f"{resumed} -> {out}\n"
        f"  {tally.claims:,} claims: {tally.supported:,} supported, {tally.mismatch:,} mismatch,"
        f" {tally.unsupported:,} unsupported; {tally.errors:,} input errors\n"
        f"  {tally.failures:,} failures; {seconds:.1f} s\n"
    )
