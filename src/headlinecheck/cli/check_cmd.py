"""`headlinecheck check PATH...`: check article files (or one --headline) and report findings.

Exit codes: 0 no finding at the failing level, 1 findings, 2 usage or configuration error.
Heavy modules (the checker, babel, rates, PyYAML) are imported only when there is work to do, so
that the pre-commit hook's start-up stays close to a bare ``python`` start.
"""

from __future__ import annotations

import argparse
import functools
import io
import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from headlinecheck import discovery
from headlinecheck.cli import output

if TYPE_CHECKING:
    from headlinecheck.articles import Article
    from headlinecheck.checking import Report as CheckReport
    from headlinecheck.config import Config, Settings
    from headlinecheck.report import FileResult, Finding

FAIL_ON = ("mismatch", "unsupported")
KEEP_REPORTS = ("json", "html")  # formats showing each article's full report
#: Below this many files a process pool costs more (start-up, imports, pickling) than it saves.
POOL_THRESHOLD = 24
#: The default output format when no --format is given.
FORMAT_VARIABLE = "HEADLINECHECK_OUTPUT_FORMAT"
COLOR_MODES = ("auto", "always", "never")

DESCRIPTION = """\
Check that the figures in each article's headline are supported by its body, converting
currencies at the rate of the article's date. PATHs may be files (any format is read: Markdown
with front matter, JSON, JSON Lines, plain text), directories (walked recursively for the
'include' patterns, *.md and *.markdown by default, minus 'exclude' and .gitignore) or globs.
Walks and globs skip hidden directories, node_modules, version control and virtual environments.
"""

EPILOG = """\
exit status: 0 no findings at the failing level, 1 findings, 2 usage, configuration or internal
error. Command-line flags override configuration ([tool.headlinecheck] in pyproject.toml or
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
        "--exit-zero", action="store_true", help="exit 0 even when there are failures"
    )
    parser.set_defaults(handler=run)


def add_setting_flags(group: Any) -> None:
    """The flags that override configuration settings (shared with ``headlinecheck config``)."""
    group.add_argument(
        "--date", metavar="YYYY-MM-DD", help="publication date (overrides the articles' own)"
    )
    group.add_argument("--dollar", metavar="CODE", help="what a bare '$' means, e.g. USD or HKD")
    group.add_argument("--tolerance", metavar="REL", help="relative tolerance, e.g. 0.005 or 0.5%%")
    group.add_argument(
        "--rates",
        metavar="FILE",
        action="append",
        help="rates CSV to use instead of the bundled ECB rates (repeatable; later files win)",
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

    given = {
        "tolerance": args.tolerance,
        "dollar": args.dollar,
        "fail-on": args.fail_on,
        "rates": args.rates,
        "date": args.date,
    }
    return cfg.settings_values(given, "command line", Path.cwd())


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
    from headlinecheck.errors import HeadlinecheckError, InputError

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
    flags = {**flags, "fail_on": fail_on, **{k: v for k, v in selection.items() if v}}
    keep = fmt in KEEP_REPORTS
    html = fmt == "html"

    if args.headline is not None:
        if args.paths:
            raise InputError("give either PATHs or --headline, not both")
        tasks = [_headline_task(args, base.for_path(Path.cwd()), flags, html)]
    else:
        if args.body_file is not None:
            raise InputError("--body-file needs --headline")
        if not args.paths:
            raise InputError("nothing to check", fix="give PATHs, or --headline and --body-file")
        files = [raw for raw in args.paths if raw != "-"]
        if args.stdin_filename is not None and len(files) == len(args.paths):
            raise InputError("--stdin-filename names the article read from '-'", fix="add '-'")
        tasks = [
            Task(display, str(path), settings, flags, keep_reports=keep, html=html)
            for display, path, settings in discovery.plan(
                files, args.exclude, explicit, force_exclude=args.force_exclude
            )
        ]
        if len(files) < len(args.paths):
            tasks.extend(_stdin_task(args, explicit or base, flags, keep, html))
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

    for rates in {task.flags.get("rates", task.settings.rates) for task in tasks}:
        if rates:
            # Read now, so that a bad --rates file is one usage error (exit 2), not a
            # silently unsupported claim in every article.
            rate_table(rates).validate()
    results = execute(tasks, jobs=args.jobs, progress=sys.stderr.isatty())
    results.sort(key=lambda result: result.path)
    outcome = report.Run(tuple(results), fail_on=fail_on, version=__version__)
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
    try:
        output.emit(report.render(outcome, fmt, options), target)
    except (HeadlinecheckError, OSError):
        raise  # a user's error, or the system's: one line from cli.main
    except Exception as error:  # a bug in a format must not look like findings (exit 1)
        first = (str(error).splitlines() or [""])[0][:200]
        problem = f"internal error while writing the {fmt} report: {type(error).__name__}: {first}"
        sys.stderr.write(f"headlinecheck: error: {problem}\n")
        return 2
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


def _stdin_task(
    args: argparse.Namespace, config: Config, flags: Mapping[str, Any], keep: bool, html: bool
) -> list[Task]:
    """The article on standard input ('-'), as editors and other tools pipe it: Markdown, or
    the format ``--stdin-filename`` names, with that file's configuration."""
    name = args.stdin_filename
    if name is None:
        settings = config.for_path(Path.cwd())
        data = sys.stdin.buffer.read()
        return [Task("<stdin>", "-", settings, flags, keep, data=data, html=html)]
    path = Path(name).absolute()
    from headlinecheck import config as cfg

    named = config if args.config is not None else cfg.discover(path.parent)
    cwd = Path.cwd().resolve()
    if args.force_exclude and (
        named.excludes(path) or cfg.matches_relative(path, cwd, args.exclude)
    ):
        return []  # an editor's excluded file: as if it had not been named
    from headlinecheck.articles import kind_of

    kind = kind_of(path) if path.suffix else "markdown"
    data = sys.stdin.buffer.read()
    settings = named.for_path(path)
    return [Task(name, "-", settings, flags, keep, data=data, kind=kind, html=html)]


# --- what to check ---------------------------------------------------------------------------


class Task(NamedTuple):
    """One file (or the --headline article) to check; a tuple, so cheap to send to a worker."""

    display: str
    path: str
    settings: Settings
    flags: Mapping[str, Any]
    keep_reports: bool = True
    headline: str | None = None
    body: str | None = None
    data: bytes | None = None  # the article's bytes, read from standard input
    html: bool = False  # keep the body with the report (--format html)
    kind: str = "markdown"  # how to read ``data``: --stdin-filename's format, else Markdown


def _headline_task(
    args: argparse.Namespace, settings: Settings, flags: Mapping[str, Any], html: bool
) -> Task:
    from headlinecheck.errors import InputError

    if args.body_file is None:
        raise InputError("--headline needs --body-file FILE (or '-' for stdin)")
    if not args.headline.strip():
        # Otherwise "0 claims" and exit 0: an empty shell variable would pass every check.
        raise InputError("--headline is empty", fix="give the headline text to check")
    if args.body_file == "-":
        body, display = sys.stdin.read(), "<stdin>"
    else:
        try:
            body = Path(args.body_file).read_text(encoding="utf-8")
        except OSError as error:
            problem = f"cannot read body file: {error.strerror or error}"
            raise InputError(problem, path=args.body_file) from None
        except UnicodeDecodeError as error:
            problem = f"body file is not valid UTF-8 (byte 0x{error.object[error.start]:02x} at "
            problem += f"offset {error.start})"
            raise InputError(problem, path=args.body_file, fix="re-save it as UTF-8") from None
        display = args.body_file
    # A byte order mark (Windows editors) is not text: left in, it shifts columns on line 1.
    body = body.removeprefix("\ufeff")
    return Task(display, display, settings, flags, headline=args.headline, body=body, html=html)


# --- checking --------------------------------------------------------------------------------


def execute(tasks: Sequence[Task], *, jobs: int | None, progress: bool) -> list[FileResult]:
    """Check every task, in a process pool when it pays off; results in task order."""
    workers = min(jobs or os.cpu_count() or 1, len(tasks))
    if workers <= 1 or len(tasks) < POOL_THRESHOLD:
        return list(_progress(map(check_task, tasks), len(tasks), progress))
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Imported before the pool starts so that forked workers inherit the loaded checker and
    # rate tables instead of each importing them again.
    _prepare(tasks)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    chunk = max(1, min(64, len(tasks) // (workers * 8)))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(_progress(pool.map(check_task, tasks, chunksize=chunk), len(tasks), progress))


def _progress(results: Iterable[FileResult], total: int, show: bool) -> Iterator[FileResult]:
    # A one-line counter on stderr, only on a terminal and only for runs long enough to need
    # one. No progress library: a counter is all that is shown, and tqdm/rich would add a
    # dependency and import time to every pre-commit run for it.
    show = show and total >= POOL_THRESHOLD
    for done, result in enumerate(results, 1):
        if show and (done % 50 == 0 or done == total):
            sys.stderr.write(f"\rheadlinecheck: {done}/{total} files")
            sys.stderr.flush()
        yield result
    if show:
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()


def _prepare(tasks: Sequence[Task]) -> None:
    from headlinecheck.checking import check

    # One small check here compiles whatever the checker and extraction build on first use,
    # once, before the workers are forked, instead of once in every worker.
    check("Warm-up: $1 million", "USD 1 million, 2 companies, 3%", published=None)
    for rates in {task.flags.get("rates", task.settings.rates) for task in tasks}:
        rate_table(rates)


def _first(*values: Any) -> Any:
    """The first value that is set (``0`` counts: a zero tolerance is a setting)."""
    return next((value for value in values if value is not None), None)


@functools.cache
def rate_table(paths: tuple[Path, ...]) -> Any:
    """The rate table for a tuple of rates files (the bundled one for ``()``), once per process."""
    from headlinecheck.rates import RateTable

    return RateTable.load(list(paths)) if paths else RateTable.load()


def check_task(task: Task) -> FileResult:
    """Read one file, check each of its articles, turn verdicts into findings.

    An unexpected error (a bug) is the file's ``error``, not a traceback: the other files are
    still checked and reported, and the run exits 2, never 1 as for findings.
    """
    try:
        return _check_file(task)
    except (KeyboardInterrupt, MemoryError):
        raise
    except Exception as error:  # a crash must not look like findings
        from headlinecheck import report

        return report.FileResult(task.display, error=f"{type(error).__name__}: {error}")


def _check_file(task: Task) -> FileResult:
    from headlinecheck import articles, report

    settings = task.settings
    if task.headline is not None:
        items: list[articles.Article | articles.BadArticle] = [
            articles.from_text(task.headline, task.body or "", path=task.display)
        ]
    elif task.data is not None:
        fields = articles.Fields(*settings.fields)
        items = articles.read_bytes(task.data, task.display, kind=task.kind, fields=fields)
    else:
        items = articles.read_path(
            task.path,
            fields=articles.Fields(*settings.fields),
            max_bytes=settings.max_bytes,
            display=task.display,
        )
    findings: list[report.Finding] = []
    reports: list[dict[str, Any]] = []
    checked = 0
    for item in items:
        if isinstance(item, articles.BadArticle):
            findings.append(
                report.input_finding(
                    item.path, item.code, item.problem, item.line, item.column, item.fix
                )
            )
        elif not item.settings.skip:
            found, result = _check_article(item, settings, task.flags)
            findings.extend(found)
            if result is not None:
                checked += 1
                # Only JSON shows the full reports; others would only pay to pickle them.
                if task.keep_reports:  # the HTML page also shows the body
                    reports.append(result.to_dict() | ({"body": item.body} if task.html else {}))
    return report.FileResult(task.display, tuple(findings), tuple(reports), checked)


def _check_article(
    article: Article, settings: Settings, flags: Mapping[str, Any]
) -> tuple[list[Finding], CheckReport | None]:
    from headlinecheck import report
    from headlinecheck.checking import check
    from headlinecheck.errors import HeadlinecheckError, InputError

    own = article.settings
    # Precedence: config < article front matter < command-line flags.
    published = _first(flags.get("published"), article.published, settings.published)
    tolerance = _first(flags.get("tolerance"), own.tolerance, settings.tolerance)
    options: dict[str, Any] = {
        "dollar": _first(flags.get("dollar"), own.dollar),
        "locale": _first(own.locale, settings.locale),
    }
    if settings.dollar is not None:
        options["default_dollar"] = settings.dollar
    if tolerance is not None:
        options["tolerance"] = tolerance
    try:
        result = check(
            article.headline,
            article.body,
            published=published,
            rates=rate_table(flags.get("rates", settings.rates)),
            unsupported="fail" if flags.get("fail_on") == "unsupported" else "warn",
            **options,
        )
    except InputError as error:  # a setting the checker rejects (a front matter locale, ...)
        # Point at the setting the message names; its value may come from the configuration or a
        # flag instead, and then the headline is the best place left.
        named = [at for name, at in own.origins if name in str(error)]
        line, column = article.position(named[0]) if named else article.locate(0, "headline")
        return [report.input_finding(article.path, "HC907", str(error), line, column)], None
    except HeadlinecheckError as error:
        line, column = article.locate(0, "headline")
        finding = report.input_finding(
            article.path, "HC909", f"cannot check: {error}", line, column
        )
        return [finding], None
    found = report.claim_findings(article, result)
    found = report.suppress(found, own.ignore)
    found = report.suppress(found, settings.ignore, by="config")
    selected = flags.get("cli_select") or frozenset({"all"})
    if flags.get("cli_extend_select") and "all" not in selected:
        selected = selected | flags["cli_extend_select"]
    found = report.select(found, selected)
    return report.suppress(found, flags.get("cli_ignore") or (), by="command-line"), result
