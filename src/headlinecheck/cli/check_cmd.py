"""`headlinecheck check PATH...`: check article files (or one --headline) and report findings.

Exit codes: 0 no finding at the failing level, 1 findings, 2 usage or configuration error.
Heavy modules (the checker, babel, rates, PyYAML) are imported only when there is work to do, so
that the pre-commit hook's start-up stays close to a bare ``python`` start.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from headlinecheck.articles import Article
    from headlinecheck.check import Report as CheckReport
    from headlinecheck.config import Config, Settings
    from headlinecheck.report import FileResult, Finding

FORMATS = ("text", "json", "sarif", "github", "html")
FAIL_ON = ("mismatch", "unsupported")
KEEP_REPORTS = ("json", "html")  # formats showing each article's full report
#: Below this many files a process pool costs more (start-up, imports, pickling) than it saves.
POOL_THRESHOLD = 24
_GLOB_CHARS = frozenset("*?[")

DESCRIPTION = """\
Check that the figures in each article's headline are supported by its body, converting
currencies at the rate of the article's date. PATHs may be files (any format is read: Markdown
with front matter, JSON, JSON Lines, plain text), directories (walked recursively for the
'include' patterns, *.md and *.markdown by default, minus 'exclude' and .gitignore) or globs.
"""

EPILOG = """\
exit status: 0 no findings at the failing level, 1 findings, 2 usage or configuration error.
Command-line flags override configuration ([tool.headlinecheck] in pyproject.toml or
.headlinecheck.toml) and article front matter.
"""


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
        "--jobs", "-j", metavar="N", type=int, help="worker processes (default: all cores)"
    )
    output = parser.add_argument_group("output")
    output.add_argument("--format", choices=FORMATS, default="text", help="output format")
    output.add_argument(
        "--quiet", "-q", action="store_true", help="print only failures (text format)"
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


def run(args: argparse.Namespace) -> int:
    from headlinecheck import __version__, report
    from headlinecheck import config as cfg
    from headlinecheck.errors import InputError

    flags = setting_flags(args)
    explicit = None if args.config is None else cfg.load_file(Path(args.config))
    # fail-on is one setting for the whole run: that of the first PATH's configuration.
    first = args.paths[0] if args.paths and args.paths[0] != "-" else None
    base = explicit or cfg.discover(Path(first) if first else Path.cwd())
    fail_on = flags.get("fail_on", base.settings.fail_on)
    flags = {**flags, "fail_on": fail_on}

    html = args.format == "html"
    if args.headline is not None:
        if args.paths:
            raise InputError("give either PATHs or --headline, not both")
        tasks = [_headline_task(args, base.for_path(Path.cwd()), flags)]
    else:
        if args.body_file is not None:
            raise InputError("--body-file needs --headline")
        if not args.paths:
            raise InputError("nothing to check", fix="give PATHs, or --headline and --body-file")
        files = [raw for raw in args.paths if raw != "-"]
        tasks = [
            Task(display, str(path), settings, flags, args.format in KEEP_REPORTS, html=html)
            for display, path, settings in _plan(
                files, args.exclude, explicit, force_exclude=args.force_exclude
            )
        ]
        if len(files) < len(args.paths):
            # "-": one Markdown article on standard input, as editors and other tools pipe it.
            settings = base.for_path(Path.cwd())
            data = sys.stdin.buffer.read()
            keep = args.format in KEEP_REPORTS
            tasks.append(Task("<stdin>", "-", settings, flags, keep, data=data, html=html))
        if not tasks and not args.force_exclude:
            # Exit 0 still (a new repository has no articles yet), but a CI step pointed at
            # the wrong directory, or at files 'include' does not name, should not pass unseen.
            patterns = ", ".join(base.include)
            sys.stderr.write(f"headlinecheck: no articles found (include: {patterns})\n")
    if args.jobs is not None and args.jobs < 1:
        raise InputError("--jobs must be at least 1", value=args.jobs)

    for rates in {task.flags.get("rates", task.settings.rates) for task in tasks}:
        if rates:
            # Read now, so that a bad --rates file is one usage error (exit 2), not a
            # silently unsupported claim in every article.
            rate_table(rates).validate()
    results = execute(tasks, jobs=args.jobs, progress=sys.stderr.isatty())
    results.sort(key=lambda result: result.path)
    outcome = report.Run(tuple(results), fail_on=fail_on, version=__version__)
    colour = args.format == "text" and report.use_colour(sys.stdout)
    if args.format == "html":  # the self-contained page (headlinecheck.htmlreport)
        from headlinecheck.htmlreport import render_run

        sys.stdout.write(render_run(outcome))
    else:
        sys.stdout.write(report.render(outcome, args.format, quiet=args.quiet, colour=colour))
    sys.stdout.flush()
    return outcome.exit_code


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


def _headline_task(args: argparse.Namespace, settings: Settings, flags: Mapping[str, Any]) -> Task:
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
    html = args.format == "html"
    return Task(display, display, settings, flags, headline=args.headline, body=body, html=html)


def _plan(
    raw_paths: Sequence[str],
    cli_excludes: Sequence[str],
    explicit: Config | None,
    *,
    force_exclude: bool = False,
) -> Iterator[tuple[str, Path, Settings]]:
    """Files to check, each with its effective settings, in a stable order."""
    import glob

    from headlinecheck import config as cfg
    from headlinecheck.errors import InputError

    cwd = Path.cwd().resolve()
    # (display, resolved path, named explicitly); paths are resolved once, here or in _walk.
    chosen: list[tuple[str, Path, bool]] = []
    for raw in raw_paths:
        path = Path(raw)
        if path.is_file():
            chosen.append((raw, path.resolve(), True))
        elif path.is_dir():
            chosen.extend(_walk(path, cli_excludes, explicit, cwd))
        elif _GLOB_CHARS & set(raw):
            # Path.glob cannot take an absolute or "../" pattern as typed by a user.
            recursive = "**" in raw.replace(os.sep, "/").split("/")
            matches = _glob(raw) if recursive else sorted(glob.glob(raw))  # noqa: PTH207
            if not matches:
                # As for a missing file: a mistyped pattern must not pass CI with "0 files".
                raise InputError("no file or directory matches this pattern", path=raw)
            for match in matches:
                matched = Path(match)
                if matched.is_dir():
                    chosen.extend(_walk(matched, cli_excludes, explicit, cwd))
                elif matched.is_file():
                    chosen.append((match, matched.resolve(), False))
        elif path.exists():
            raise InputError("not a regular file or directory (a FIFO, socket or device)", path=raw)
        else:
            raise InputError("no such file or directory", path=raw)

    if force_exclude:
        chosen = [(display, path, False) for display, path, _ in chosen]
    ignored = _git_ignored([path for _, path, named in chosen if not named])
    seen: set[Path] = set()
    for display, path, named in chosen:
        if path in seen:
            continue
        seen.add(path)
        config = explicit or cfg.discover_in(path.parent)
        # The hook names every staged Markdown file: skip what a walk skips, hidden ones too.
        hidden = force_exclude and any(
            part.startswith(".") and part not in (".", "..") for part in Path(display).parts
        )
        if not named and (
            hidden
            or path in ignored
            or config.excludes(path)
            or cfg.matches_relative(path, cwd, cli_excludes)
        ):
            continue
        yield display, path, config.for_path(path)


def _glob(pattern: str) -> list[str]:
    """Expand a pattern with a ``**`` segment, without ``**`` entering symlinked directories.

    ``glob.glob(recursive=True)`` follows them: a link to a parent repeats the tree until the
    system's ELOOP limit, and two such links make the expansion exponential (a CI run that never
    ends). As with pathlib's ``recurse_symlinks=False`` (3.13), other segments still follow
    links, and wildcards skip names starting with "." unless the segment does.
    """
    parts = pattern.replace(os.sep, "/").split("/")
    dirs_only = len(parts) > 1 and parts[-1] == ""
    if dirs_only:
        parts.pop()
    fixed = 0
    while fixed < len(parts) and parts[fixed] != "**" and not _GLOB_CHARS & set(parts[fixed]):
        fixed += 1
    root = "/".join(parts[:fixed]) or ("/" if fixed else "")
    rest = tuple(parts[fixed:])
    found: list[str] = []
    start = _closure(rest, {0})
    if len(rest) in start and root and Path(root).is_dir():
        found.append(root)  # "news/**" is news/ too, as for glob.glob
    _glob_into(found, root, rest, start, dirs_only)
    return sorted(found)


def _glob_into(
    found: list[str], directory: str, rest: tuple[str, ...], states: set[int], dirs_only: bool
) -> None:
    import fnmatch

    try:
        with os.scandir(directory or ".") as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        _unreadable(error)
        return  # vanished, or not a directory: nothing matches there
    for entry in entries:
        name, hidden = entry.name, entry.name.startswith(".")
        shown = str(Path(directory) / name)
        plain: set[int] = set()  # states after a segment matching this one name
        deep: set[int] = set()  # states after a "**" consuming it
        for index in states:
            if index == len(rest):
                continue
            segment = rest[index]
            if segment == "**":
                if not hidden:
                    deep.add(index)
            elif (
                (segment.startswith(".") or not hidden)
                if _GLOB_CHARS & set(segment)
                else segment == name
            ) and fnmatch.fnmatchcase(name, segment):
                plain.add(index + 1)
        after = _closure(rest, plain | deep)
        try:
            is_dir = entry.is_dir()
            linked = entry.is_symlink()
        except OSError:
            continue
        # As in glob, a file must be matched by the last segment ("*/**" is no match for a
        # file); a directory may end the pattern by a trailing "**" matching no more.
        if (is_dir and len(rest) in after) or (
            not is_dir and not dirs_only and (len(rest) in plain or len(rest) - 1 in deep)
        ):
            found.append(shown)
        descend = _closure(rest, plain) if linked else after
        if is_dir and descend:
            _glob_into(found, shown, rest, descend, dirs_only)


def _closure(rest: tuple[str, ...], states: Iterable[int]) -> set[int]:
    """``states`` plus those reached by letting each ``**`` match no directory at all."""
    closed = set(states)
    for index in sorted(closed):
        while index < len(rest) and rest[index] == "**":
            index += 1
            closed.add(index)
    return closed


def _walk(
    root: Path, cli_excludes: Sequence[str], explicit: Config | None, cwd: Path
) -> Iterator[tuple[str, Path, bool]]:
    from headlinecheck import config as cfg

    real_root = root.resolve()
    for directory, dirnames, filenames in os.walk(real_root, onerror=_unreadable):
        here = Path(directory)
        relative = os.path.relpath(directory, real_root)
        shown = root if relative == "." else root / relative
        config = explicit or cfg.discover_in(here)
        kept = []
        for name in sorted(dirnames):
            child = here / name
            # Hidden directories (.github's issue templates, editor and tool state) hold no
            # articles; a glob's wildcards skip them too. Named on the command line, they are
            # walked.
            hidden = name.startswith(".")
            if (
                hidden
                or name in cfg.ALWAYS_EXCLUDED
                or cfg.matches_relative(child, cwd, cli_excludes)
            ):
                continue
            if not (explicit or cfg.discover_in(child)).excludes(child):
                kept.append(name)
        dirnames[:] = kept
        for name in sorted(filenames):
            if not name.startswith(".") and config.includes_name(name):
                yield str(shown / name), here / name, False


def _unreadable(error: OSError) -> None:
    """os.walk skips a directory it cannot list; CI would pass with its articles unchecked."""
    from headlinecheck.errors import InputError

    if isinstance(error, (FileNotFoundError, NotADirectoryError)):
        return  # removed while the walk ran, or a file given as a glob's directory
    raise InputError(f"cannot read directory: {error.strerror or error}", path=error.filename)


def _git_ignored(paths: Sequence[Path]) -> set[Path]:
    """The paths git ignores (.gitignore, .git/info/exclude, global excludes); none without git.

    ``paths`` are resolved; one ``git check-ignore`` runs per work tree.
    """
    if not paths:
        return set()
    import subprocess

    by_top: dict[str, list[Path]] = {}
    tops: dict[Path, str | None] = {}
    for path in paths:
        directory = path.parent
        if directory not in tops:
            tops[directory] = _git_toplevel(directory)
        top = tops[directory]
        if top is not None:
            by_top.setdefault(top, []).append(path)
    ignored: set[Path] = set()
    for top, members in by_top.items():
        try:
            done = subprocess.run(
                ["git", "-C", top, "check-ignore", "--stdin", "-z"],
                input=b"".join(os.fsencode(p) + b"\0" for p in members),
                capture_output=True,
                check=False,
            )
        except OSError:
            return set()
        # 0: some are ignored, 1: none is; anything else is git failing: then ignore nothing.
        if done.returncode == 0:
            ignored.update(Path(os.fsdecode(p)) for p in done.stdout.split(b"\0") if p)
    return ignored


def _git_toplevel(directory: Path) -> str | None:
    import subprocess

    try:
        done = subprocess.run(
            ["git", "-C", str(directory), "rev-parse", "--show-toplevel"],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:  # no git installed: nothing is ignored
        return None
    return done.stdout.strip() or None if done.returncode == 0 else None


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
    from headlinecheck.check import check

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
    """Read one file, check each of its articles, turn verdicts into findings."""
    from headlinecheck import articles, report

    settings = task.settings
    if task.headline is not None:
        items: list[articles.Article | articles.BadArticle] = [
            articles.from_text(task.headline, task.body or "", path=task.display)
        ]
    elif task.data is not None:
        fields = articles.Fields(*settings.fields)
        items = articles.read_bytes(task.data, task.display, kind="markdown", fields=fields)
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
    from headlinecheck.check import check
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
    return report.suppress(found, settings.ignore, by="config"), result
