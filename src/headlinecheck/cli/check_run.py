"""The tasks of a `headlinecheck check` run, and checking them: one ``Task`` per file (or the
article on standard input, or the ``--headline``), checked in this process or in a pool of
workers, each giving a ``FileResult`` of findings; ``check_cmd`` parses the
command line and renders the run.
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
    from headlinecheck.checking import Report as CheckReport
    from headlinecheck.config import Config, Settings
    from headlinecheck.report import FileResult, Finding

#: Below this many files a process pool costs more (start-up, imports, pickling) than it saves.
POOL_THRESHOLD = 24


def stdin_task(
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


def headline_task(
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
    return list(results(tasks, jobs=jobs, progress=progress))


#: Files sent to a worker at a time: enough to make the round trip small beside checking them.
CHUNK = 4
#: Chunks a pool has in flight per worker: enough to keep every worker busy while the results
#: are written, few enough that finished results do not pile up waiting for a slow one.
IN_FLIGHT = 4


def results(tasks: Sequence[Task], *, jobs: int | None, progress: bool) -> Iterator[FileResult]:
    """Check every task, in a process pool when it pays off, yielding the results in task
    order as they complete: a run writes each file's findings as soon as those before it are
    written, and holds at most ``IN_FLIGHT`` chunks per worker at a time."""
    workers = min(jobs or os.cpu_count() or 1, len(tasks))
    if workers <= 1 or len(tasks) < POOL_THRESHOLD:
        yield from _progress(map(check_task, tasks), len(tasks), progress)
        return
    yield from _progress(_pooled(tasks, workers), len(tasks), progress)


def _pooled(tasks: Sequence[Task], workers: int) -> Iterator[FileResult]:
    import multiprocessing
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    # Imported before the pool starts so that forked workers inherit the loaded checker and
    # rate tables instead of each importing them again.
    _prepare(tasks)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        # Chunks of a fixed size: a chunk that grew with the run (once a sixteenth of the tasks)
        # made the results in flight, and the peak memory, grow with it.
        chunk = CHUNK
        pending: deque[Future[list[FileResult]]] = deque()
        for start in range(0, len(tasks), chunk):
            pending.append(pool.submit(check_chunk, tasks[start : start + chunk]))
            if len(pending) >= workers * IN_FLIGHT:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def check_chunk(tasks: Sequence[Task]) -> list[FileResult]:
    """``check_task`` over a chunk of tasks (one round trip to a worker)."""
    return [check_task(task) for task in tasks]


def _progress(results: Iterable[FileResult], total: int, show: bool) -> Iterator[FileResult]:
    # A one-line counter on stderr, only on a terminal and only for runs long enough to need
    # one. No progress library: a counter is all that is shown, and tqdm/rich would add a
    # dependency and import time to every pre-commit run for it.
    show = show and total >= POOL_THRESHOLD
    shown = False
    for done, result in enumerate(results, 1):
        if shown:
            # The report is written as the results come: the counter must not share its line.
            sys.stderr.write("\r\x1b[K")
            shown = False
        yield result
        if show and (done % 50 == 0 or done == total):
            sys.stderr.write(f"\rheadlinecheck: {done}/{total} files")
            sys.stderr.flush()
            shown = True
    if show:
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()


def _prepare(tasks: Sequence[Task]) -> None:
    from headlinecheck.checking import check

    # One small check here compiles whatever the checker and extraction build on first use,
    # once, before the workers are forked, instead of once in every worker.
    check("Warm-up: $1 million", "USD 1 million, 2 companies, 3%", published=None)
    for rates, only in {rates_of(task.settings, task.flags) for task in tasks}:
        rate_table(rates, only)


def rates_of(settings: Settings, flags: Mapping[str, Any]) -> tuple[tuple[Path, ...], bool]:
    """The rates files of a task and whether they replace the bundled table (``rates_only``)."""
    rates: tuple[Path, ...] = tuple(flags.get("rates", settings.rates))
    return rates, bool(flags.get("rates_only", settings.rates_only))


@functools.cache
def rate_table(paths: tuple[Path, ...], only: bool = False) -> Any:
    """The rate table for a tuple of rates files, once per process: the bundled table with the
    files' rows on top (they win), or the files alone when ``only``; the bundled one for ``()``."""
    from headlinecheck.rates import load_desk_rates

    return load_desk_rates(paths, only=only)


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
    from headlinecheck.errors import HeadlinecheckError, InputError
    from headlinecheck.rows import check_article, layered

    own = article.settings
    try:
        # The order of settings (config < front matter < flags), as the archive's rows apply it.
        result = check_article(
            article, layered(settings, flags), rates=rate_table(*rates_of(settings, flags))
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
