"""GitHub Actions workflow commands: ``::error``/``::warning`` annotations for problems, then the
summary as a plain line.

Every property and message is escaped as the runner expects (``%``, CR, LF; ``:`` and ``,`` in
properties), then ``escape.printable`` writes any other control character as a visible escape,
so that no file name or text can end an annotation and start a command of its own.
"""

from __future__ import annotations

from headlinecheck.report.escape import printable
from headlinecheck.report.findings import DEFAULT_OPTIONS, FileResult, RenderOptions, Run, Totals
from headlinecheck.report.rules import Outcome
from headlinecheck.report.text import summary_line


def _escape_data(text: str) -> str:
    # The runner's own escapes for CR and LF first (a message may span lines), then every other
    # control character written visibly.
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(run: Run, options: RenderOptions = DEFAULT_OPTIONS) -> str:
    """``::error``/``::warning`` annotations for problems, then the summary as a plain line."""
    return "".join(github_file(result, run.fail_on) for result in run.files) + github_tail(run)


def github_file(result: FileResult, fail_on: str) -> str:
    """The annotations of one file's problems."""
    lines = []
    for finding in result.findings:
        if finding.suppressed or finding.outcome is Outcome.SUPPORTED:
            continue
        level = finding.level(fail_on)
        where = finding.location
        props = [
            f"file={_escape_property(where.path)}",
            f"line={where.line}",
            f"col={where.column}",
        ]
        if where.end_column is not None and where.end_column > where.column:
            props.append(f"endColumn={where.end_column}")
        props.append(f"title={_escape_property(finding.code + ' ' + finding.rule.name)}")
        lines.append(f"::{level.value} {','.join(props)}::{_escape_data(finding.message)}")
    return "".join(line + "\n" for line in lines)


def github_tail(run: Run | Totals) -> str:
    """An annotation per file that failed unexpectedly, then the summary line."""
    lines = []
    for result in run.errors:
        message = _escape_data(f"internal error: {result.error}")
        lines.append(f"::error file={_escape_property(result.path)}::{message}")
    lines.append(summary_line(run))
    return "".join(line + "\n" for line in lines)
