"""`headlinecheck check PATH...`: check article files (or one --headline) and report findings.

Exit codes: 0 no finding at the failing level, 1 findings, 2 usage or configuration error.
Heavy modules (the checker, babel, rates, PyYAML) are imported only when there is work to do, so
that the pre-commit hook's start-up stays close to a bare ``python`` start.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

from headlinecheck import discovery
from headlinecheck.cli import check_run, output

FAIL_ON = ("mismatch", "unsupported")
KEEP_REPORTS = ("json", "html")  # formats showing each article's full report
#: The default output format when no --format is given.
FORMAT_VARIABLE = "HEADLINECHECK_OUTPUT_FORMAT"
COLOR_MODES = ("auto", "always", "never")
DATE_HELP = (
    "publication date, in a front matter form: 2023-08-29, '29 August 2023', 'Aug. 29, 2023' "
    "(overrides the articles' own)"
)

DESCRIPTION = """\
Check that the figures in each article's headline are supported by its body, converting
currencies at the rate of the article's date. PATHs may be files (any format is read: Markdown
with front matter, JSON, JSON Lines, plain text), directories (walked recursively for the
'include' patterns, *.md and *.markdown by default, minus 'exclude' and .gitignore) or globs.
Walks and globs skip hidden directories, node_modules, version control and virtual environments.
"""

EPILOG = """\
exit status: 0 no findings at the failing level, 1 findings, 2 usage, configuration or internal
error; rates-beyond-horizon findings (HC123) give --stale-rates-exit-code (default 1).
Command-line flags override configuration ([tool.headlinecheck] in pyproject.toml or
.headlinecheck.toml) and article front matter.
environment: HEADLINECHECK_OUTPUT_FORMAT sets the default --format; NO_COLOR and FORCE_COLOR
decide colour under --color auto.
"""


def formats() -> tuple[str, ...]:
    from headlinecheck.report import RENDERERS

    return RENDERERS


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help="check article headlines against their bodies",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files, directories or globs; '-' for stdin"
    )
    single = parser.add_argument_group("one article from the command line")
    single.add_argument("--headline", metavar="TEXT", help="check this headline ...")
    single.add_argument(
        "--body-file", metavar="FILE", help="... against the body in FILE ('-' for stdin)"
    )
    add_setting_flags(parser.add_argument_group("checking"))
    rules = parser.add_argument_group("rules")
    rules.add_argument(
        "--select",
        metavar="CODES",
        action="append",
        help="report only these rule codes (comma-separated; input errors HC9xx always)",
    )
    rules.add_argument(
        "--extend-select",
        metavar="CODES",
        action="append",
        help="add these rule codes to --select",
    )
    rules.add_argument(
        "--ignore",
        metavar="CODES",
        action="append",
        help="suppress these rule codes, in addition to the configuration's 'ignore'",
    )
    files = parser.add_argument_group("files")
    files.add_argument(
        "--exclude", metavar="GLOB", action="append", default=[], help="skip matching paths"
    )
    files.add_argument(
        "--force-exclude",
        action="store_true",
        help="apply exclude patterns and .gitignore to files named explicitly too (for hooks)",
    )
    files.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="the file name of the article read from '-' (for messages, configuration, format)",
    )
    files.add_argument(
        "--show-files", action="store_true", help="print the files that would be checked, and exit"
    )
    files.add_argument(
        "--jobs", "-j", metavar="N", type=int, help="worker processes (default: all cores)"
    )
    output = parser.add_argument_group("output")
    output.add_argument(
        "--format",
        choices=formats(),
        help=f"output format (default: ${FORMAT_VARIABLE}, else text)",
    )
    output.add_argument(
        "--output-file", "-o", metavar="FILE", help="write the report to FILE instead of stdout"
    )
    output.add_argument(
        "--quiet", "-q", action="store_true", help="print only failures (text format)"
    )
    output.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="explain supported claims too, and name each file's configuration on stderr",
    )
    output.add_argument(
        "--show-source",
        action="store_true",
        help="show each finding's source line with a caret (text format)",
    )
    output.add_argument(
        "--statistics",
        action="store_true",
        help="print how many findings each rule has instead of the findings",
    )
    output.add_argument(
        "--color",
        choices=COLOR_MODES,
        default="auto",
        help="colour the text format (auto: on a terminal, unless NO_COLOR; FORCE_COLOR forces)",
    )
    output.add_argument(
        "--lang", metavar="LANG", help="word the text report's verdicts in en, zh-Hant or zh-Hans"
    )
    output.add_argument(
        "--exit-zero", action="store_true", help="exit 0 even when there are failures"
    )
    parser.set_defaults(handler=run)


def add_setting_flags(group: Any) -> None:
    """The flags that override configuration settings (shared with ``headlinecheck config``)."""
    group.add_argument("--date", metavar="DATE", help=DATE_HELP)
    group.add_argument("--dollar", metavar="CODE", help="what a bare '$' means, e.g. USD or HKD")
    group.add_argument("--tolerance", metavar="REL", help="relative tolerance, e.g. 0.005 or 0.5%%")
    group.add_argument(
        "--rates",
        metavar="FILE",
        action="append",
        help="desk rates CSV added on top of the bundled ECB rates: its rows win (repeatable; "
        "later files win)",
    )
    group.add_argument(
        "--rates-only",
        metavar="FILE",
        action="append",
        help="rates CSV to use instead of the bundled ECB rates (repeatable; later files win)",
    )
    group.add_argument(
        "--rate-horizon-days",
        metavar="N",
        type=int,
        help="days past the rate table's end that its latest rate stands in (default 60); "
        "beyond them a claim needing a rate is HC123",
    )
    group.add_argument(
        "--stale-rates-exit-code",
        metavar="N",
        type=int,
        help="exit status when rates-beyond-horizon findings (HC123) fail the run (default 1)",
    )
    group.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        help="exit 1 on mismatches (default), or also on unsupported claims",
    )
    group.add_argument(
        "--config", metavar="FILE", help="use this configuration file instead of discovery"
    )


def setting_flags(args: argparse.Namespace) -> dict[str, Any]:
    """The validated ``Settings`` values given by ``add_setting_flags`` flags."""
    from headlinecheck import config as cfg
    from headlinecheck.errors import InputError

    if args.rates and args.rates_only:
        raise InputError(
            "give --rates (desk rates on top of the bundled table) or --rates-only (instead of "
            "it), not both"
        )
    given = {
        "tolerance": args.tolerance,
        "dollar": args.dollar,
        "fail-on": args.fail_on,
        "rates": args.rates or args.rates_only,
        "rates-only": None if not (args.rates or args.rates_only) else bool(args.rates_only),
        "rate-horizon-days": args.rate_horizon_days,
        "stale-rates-exit-code": args.stale_rates_exit_code,
        "date": date_flag(args.date),
    }
    try:
        return cfg.settings_values(given, "command line", Path.cwd())
    except InputError as error:
        flag = next((f"--{k}" for k in FLAG_PROBLEMS if k in error.problem), None)
        if flag is None:
            raise
        raise InputError(f"{flag}: {error.problem}", value=error.value, fix=error.fix) from None


#: Settings whose errors name the key: the flag is named instead.
FLAG_PROBLEMS = ("rate-horizon-days", "stale-rates-exit-code")


def date_flag(text: str | None, flag: str = "--date") -> date | None:
    """A ``--date`` value, in any form front matter accepts (``articles.parse_date``), with the
    same error naming the value."""
    if text is None:
        return None
    from headlinecheck.articles import parse_date
    from headlinecheck.errors import ArticleError, InputError

    try:
        return parse_date(text)
    except ArticleError as error:
        raise InputError(f"{flag}: {error.problem}", fix=error.fix) from None


def rule_codes(given: Sequence[str] | None, flag: str) -> frozenset[str] | None:
    """The codes of a repeatable comma-separated flag, validated as the configuration's
    ``ignore`` list is (and each a rule the report has), or None when the flag is not given."""
    if not given:
        return None
    from headlinecheck import config as cfg
    from headlinecheck.errors import ConfigError, InputError
    from headlinecheck.report import RULES

    codes = [code.strip() for item in given for code in item.split(",") if code.strip()]
    try:
        parsed: frozenset[str] = cfg.settings_values({"ignore": codes}, flag)["ignore"]
    except ConfigError as error:
        raise InputError(
            f"{flag} takes rule codes like HC103 (or 'all')", value=error.value
        ) from None
    unknown = sorted(code for code in parsed if code != "all" and code not in RULES)
    if unknown:
        raise InputError(
            f"{flag}: no such rule", value=unknown[0], fix="see docs/rules.md for the codes"
        )
    return parsed


def output_format(args: argparse.Namespace) -> str:
    from headlinecheck.errors import InputError

    if args.format is not None:
        return str(args.format)
    chosen = os.environ.get(FORMAT_VARIABLE, "").strip()
    if not chosen:
        return "text"
    if chosen not in formats():
        raise InputError(
            f"${FORMAT_VARIABLE} is not an output format",
            value=chosen,
            fix=f"use one of {', '.join(formats())}",
        )
    return chosen


def run(args: argparse.Namespace) -> int:
    from headlinecheck import __version__, report
    from headlinecheck import config as cfg
    from headlinecheck.errors import InputError

    fmt = output_format(args)
    flags = setting_flags(args)
    selection = {
        "cli_select": rule_codes(args.select, "--select"),
        "cli_extend_select": rule_codes(args.extend_select, "--extend-select"),
        "cli_ignore": rule_codes(args.ignore, "--ignore"),
    }
    if args.statistics and fmt not in report.STATISTICS_FORMATS:
        raise InputError(
            f"--statistics has no {fmt} form",
            fix=f"use --format {' or '.join(report.STATISTICS_FORMATS)}",
        )
    explicit = None if args.config is None else cfg.load_file(Path(args.config))
    # fail-on is one setting for the whole run: that of the first PATH's configuration.
    first = args.paths[0] if args.paths and args.paths[0] != "-" else args.stdin_filename
    base = explicit or cfg.discover(Path(first) if first else Path.cwd())
    fail_on = flags.get("fail_on", base.settings.fail_on)
    stale_exit = flags.get("stale_rates_exit_code", base.settings.stale_rates_exit_code)
    flags = {**flags, "fail_on": fail_on, **{k: v for k, v in selection.items() if v}}
    keep = fmt in KEEP_REPORTS
    html = fmt == "html"

    if args.headline is not None:
        if args.paths:
            raise InputError("give either PATHs or --headline, not both")
        tasks = [check_run.headline_task(args, base.for_path(Path.cwd()), flags, html)]
    else:
        if args.body_file is not None:
            raise InputError("--body-file needs --headline")
        if not args.paths:
            raise InputError("nothing to check", fix="give PATHs, or --headline and --body-file")
        files = [raw for raw in args.paths if raw != "-"]
        if args.stdin_filename is not None and len(files) == len(args.paths):
            raise InputError("--stdin-filename names the article read from '-'", fix="add '-'")
        tasks = [
            check_run.Task(display, str(path), settings, flags, keep_reports=keep, html=html)
            for display, path, settings in discovery.plan(
                files, args.exclude, explicit, force_exclude=args.force_exclude
            )
        ]
        if len(files) < len(args.paths):
            tasks.extend(check_run.stdin_task(args, explicit or base, flags, keep, html))
        if not tasks and not args.force_exclude:
            # Exit 0 still (a new repository has no articles yet), but a CI step pointed at
            # the wrong directory, or at files 'include' does not name, should not pass unseen.
            patterns = ", ".join(base.include)
            sys.stderr.write(f"headlinecheck: no articles found (include: {patterns})\n")
    if args.jobs is not None and args.jobs < 1:
        raise InputError("--jobs must be at least 1", value=args.jobs)
    if args.show_files:
        output.emit("".join(printable_path(task.display) + "\n" for task in tasks), None)
        return 0
    if args.verbose:
        for task in tasks:
            source = cfg.discover(Path(task.path)).source if explicit is None else explicit.source
            where = printable_path(str(source)) if source else "defaults"
            sys.stderr.write(f"headlinecheck: {printable_path(task.display)} ({where})\n")

    for rates, _ in {check_run.rates_of(task.settings, task.flags) for task in tasks}:
        if rates:
            # Read now, so that a bad --rates file is one usage error (exit 2), not a
            # silently unsupported claim in every article.
            check_run.rate_table(rates, True).validate()
    # Results are written in path order as they complete: the tasks are put in that order
    # first (a stable sort, as the results once were), so nothing waits to be sorted.
    tasks.sort(key=lambda task: task.display)
    target = args.output_file
    stream: IO[str] = sys.stdout if target is None else _NotATerminal()
    colour = fmt == "text" and report.use_colour(stream, args.color)
    options = report.RenderOptions(
        quiet=args.quiet,
        colour=colour,
        verbose=args.verbose,
        show_source=args.show_source,
        statistics=args.statistics,
    )
    lang = None  # English, the checker's own words: no catalogue (nor its module) is loaded
    if args.lang is not None or base.settings.lang != "en":  # a configured lang is normalised
        from headlinecheck import messages

        lang = messages.report_language(args.lang, base.settings.lang)
    totals = report.Totals(fail_on, __version__, stale_exit)
    results = check_run.results(tasks, jobs=args.jobs, progress=sys.stderr.isatty())
    text_lang = lang if fmt == "text" and not args.statistics else None
    if not output.write_report(fmt, results, options, totals, target, text_lang):
        return 2
    outcome = totals
    for result in outcome.errors:
        # One line per file that failed unexpectedly: a bug to report, never findings (exit 2).
        problem = f"internal error while checking {printable_path(result.path)}: {result.error}"
        sys.stderr.write(f"headlinecheck: error: {problem}\n")
    if outcome.errors:
        return 2
    return 0 if args.exit_zero else outcome.exit_code


class _NotATerminal(io.StringIO):
    """What colour detection sees for an --output-file: not a terminal."""

    def isatty(self) -> bool:
        return False


def printable_path(text: str) -> str:
    from headlinecheck.report.escape import printable

    return printable(text)
