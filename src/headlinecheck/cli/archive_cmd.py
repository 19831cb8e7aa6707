"""`headlinecheck archive INPUT... --out DIR`: check a whole archive on Dask into a table of rows.

Exit codes as for ``check``: 0 no finding at the failing level, 1 findings (a mismatch, an input
error row, or an unsupported claim under ``--fail-on unsupported``; suppressed claims do not
count), ``--stale-rates-exit-code`` for rates-beyond-horizon failures, 2 usage or run error.
Configuration files are found and read by ``headlinecheck.config``, the flags parsed by
``check_cmd.setting_flags``: the same settings as ``check``.
dask, distributed and pyarrow are imported only when the command runs (``headlinecheck[dask]``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from headlinecheck.cli.check_cmd import add_setting_flags

if TYPE_CHECKING:
    from headlinecheck.config import Settings as FileSettings
    from headlinecheck.dask import Outcome
    from headlinecheck.rows import Fields, Settings

DESCRIPTION = """\
Check every article of an archive on Dask and write one row per headline claim, and one per
input error, into a directory of Parquet (or JSON Lines) part files. INPUTs are files or
directories (walked for Markdown, JSON, JSON Lines and Parquet files). Each part is written
atomically; --resume skips the parts a previous run over the same inputs already wrote.
"""

EPILOG = """\
exit status: 0 no findings at the failing level, 1 findings (mismatches, input errors), 2 usage
or run error; rates-beyond-horizon failures (HC123) give --stale-rates-exit-code (default 1).
Configuration is read as for check ([tool.headlinecheck] in pyproject.toml or
.headlinecheck.toml, found from each file's directory, or --config FILE); flags override it.
Columns: docs/archive.md.
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
    columns = parser.add_argument_group(
        "record columns (JSON, JSON Lines, Parquet; default: the configuration's fields)"
    )
    columns.add_argument(
        "--headline-col", metavar="NAME", help="field holding the headline (default: headline)"
    )
    columns.add_argument(
        "--body-col", metavar="NAME", help="field holding the body (default: body)"
    )
    columns.add_argument(
        "--date-col", metavar="NAME", help="field holding the date (default: published)"
    )
    columns.add_argument(
        "--id-col", metavar="NAME", help="field holding an article id (default: PATH#RECORD)"
    )
    checking = parser.add_argument_group("checking")
    add_setting_flags(checking)  # as for check: they override the configuration files
    checking.add_argument(
        "--ignore",
        metavar="CODES",
        action="append",
        help="suppress these rule codes, in addition to the configuration's 'ignore': their rows "
        "say so, and they do not fail the run",
    )
    parser.set_defaults(handler=run)


class _Configured:
    """The settings of each input file as ``check`` finds them: ``--config FILE``, else the
    configuration file discovered from the file's directory, with its ``[[overrides]]`` for the
    path, under the command-line flags. ``fail-on`` and ``stale-rates-exit-code`` are one for the
    run: the first INPUT's configuration's, as for ``check``. A record file's columns are the
    ``--*-col`` flags, else its configuration's ``fields``."""

    def __init__(self, args: argparse.Namespace) -> None:
        from headlinecheck import config as cfg
        from headlinecheck.cli.check_cmd import rule_codes, setting_flags

        self.columns = (args.headline_col, args.body_col, args.date_col)
        self.id_col: str | None = args.id_col
        self.flags = setting_flags(args)
        self.ignore = rule_codes(args.ignore, "--ignore") or frozenset()
        self.explicit = None if args.config is None else cfg.load_file(Path(args.config))
        base = self.explicit or cfg.discover(Path(args.inputs[0]))
        self.fail_on: str = self.flags.get("fail_on", base.settings.fail_on)
        self.stale_exit: int = self.flags.get(
            "stale_rates_exit_code", base.settings.stale_rates_exit_code
        )
        self.run_settings: Settings = self.rows_settings(base.settings)
        self.run_fields: Fields = self.fields(base.settings)

    def file_settings(self, path: str) -> FileSettings:
        from headlinecheck import config as cfg

        found = self.explicit or cfg.discover(Path(path))
        return found.for_path(Path(path).absolute())

    def __call__(self, path: str) -> Settings:
        return self.rows_settings(self.file_settings(path))

    def fields_of(self, path: str) -> Fields:
        return self.fields(self.file_settings(path))

    def fields(self, own: FileSettings) -> Fields:
        """The record columns: each flag given, else the configuration's ``fields``."""
        from headlinecheck.rows import Fields

        headline, body, published = (
            flag or field for flag, field in zip(self.columns, own.fields, strict=True)
        )
        return Fields(headline, body, published, id=self.id_col)

    def rows_settings(self, own: FileSettings) -> Settings:
        """``rows.Settings`` from a file's configuration settings and the flags, in the order of
        ``check`` (``rows.layered``), its rates files resolved for the workers."""
        import attrs

        from headlinecheck.rows import layered

        rates = self.flags.get("rates", own.rates)
        return attrs.evolve(
            layered(own, {**self.flags, "fail_on": self.fail_on}),
            rates=tuple(str(Path(p).resolve()) for p in rates),
            ignore=tuple(sorted(own.ignore | self.ignore)),
        )


def run(args: argparse.Namespace) -> int:
    import time

    from headlinecheck import InputError

    try:
        from headlinecheck import dask as archive
    except ImportError as error:
        raise InputError(
            f"headlinecheck archive needs dask, distributed and pyarrow ({error})",
            fix="pip install 'headlinecheck[dask]'",
        ) from None
    for name in ("workers", "partition_size"):
        if getattr(args, name) is not None and getattr(args, name) < 1:
            raise InputError(f"--{name.replace('_', '-')} must be at least 1")
    started = time.perf_counter()
    configured = _Configured(args)
    settings = configured.run_settings
    fields = configured.run_fields
    sizes = {}
    if args.partition_size is not None:
        sizes = {"files_per_unit": args.partition_size, "records_per_unit": args.partition_size}
    units = archive.plan(
        args.inputs,
        fields,
        settings_of=configured,
        fields_of=configured.fields_of,
        config=configured.explicit,
        **sizes,
    )
    from headlinecheck.rows import rate_table

    for rates, only in {(u.settings.rates, u.settings.rates_only) for u in units if u.settings}:
        if rates:
            # Read now, so that a bad rates file is one usage error (exit 2), not an error row
            # for every article.
            rate_table(rates, only).validate()
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
    return outcome.tally.exit_code(configured.stale_exit)


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
    suppressed = f", {tally.suppressed:,} suppressed" if tally.suppressed else ""
    wrong = f"; {tally.conversions:,} wrong body conversions" if tally.conversions else ""
    return (
        f"headlinecheck archive: {outcome.articles:,} articles in {parts:,} partitions"
        f"{resumed} -> {out}\n"
        f"  {tally.claims:,} claims: {tally.supported:,} supported, {tally.mismatch:,} mismatch,"
        f" {tally.unsupported:,} unsupported{suppressed}{wrong}; {tally.errors:,} input errors\n"
        f"  {tally.failures:,} failures; {seconds:.1f} s\n"
    )
