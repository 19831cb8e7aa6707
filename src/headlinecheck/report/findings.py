"""Findings: a rule code at a place in a file, with a message; a file's and a run's findings.

A supported claim is a finding of level "note": shown in text output (unless ``--quiet``), kept in
JSON, never a failure and left out of SARIF, GitHub, JUnit failures and GitLab output, which are
for problems.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from headlinecheck._slotted import Slotted
from headlinecheck.report.rules import BODY_RULES, HORIZON_RULES, RULES, Level, Outcome, Rule

if TYPE_CHECKING:
    from headlinecheck.articles.model import LineIgnore


class Location(Slotted):
    _fields = ("path", "line", "column", "end_column", "text")
    __slots__ = _fields
    #: ``text`` is the text found there as written (the evidence's figure), for human formats;
    #: not in JSON, and not part of the location's identity.
    _not_compared = frozenset({"text"})

    path: str
    line: int
    column: int
    end_column: int | None
    text: str | None

    def __init__(
        self,
        path: str,
        line: int,
        column: int,
        end_column: int | None = None,
        text: str | None = None,
    ) -> None:
        self._assign(path, line, column, end_column, text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_column": self.end_column,
        }


class Finding(Slotted):
    """One line of output: a rule code at a place in a file, with a message."""

    _fields = ("code", "location", "message", "evidence", "suppressed", "fix", "suppressed_by")
    __slots__ = _fields

    code: str
    location: Location
    message: str
    evidence: Location | None
    suppressed: bool
    fix: str | None
    # Where the suppression was written: "article" (front matter or a disable comment),
    # "config" (the configuration file) or "command-line" (--ignore, --select); SARIF tells
    # in-source suppressions from external ones.
    suppressed_by: str | None

    def __init__(
        self,
        code: str,
        location: Location,
        message: str,
        evidence: Location | None = None,
        suppressed: bool = False,
        fix: str | None = None,
        suppressed_by: str | None = None,
    ) -> None:
        self._assign(code, location, message, evidence, suppressed, fix, suppressed_by)

    @property
    def rule(self) -> Rule:
        return RULES[self.code]

    @property
    def outcome(self) -> Outcome:
        return self.rule.outcome

    def fails(self, fail_on: str) -> bool:
        """Does this finding fail the run under ``--fail-on fail_on``?"""
        return not self.suppressed and self.level(fail_on) is Level.ERROR

    def level(self, fail_on: str) -> Level:
        """The level the finding has (suppressed or not) under ``--fail-on fail_on``."""
        if self.outcome is Outcome.SUPPORTED:
            return Level.NOTE
        below_mismatch = (Outcome.UNSUPPORTED, Outcome.DATE_UNCERTAIN)
        if self.outcome in below_mismatch and fail_on != "unsupported":
            return Level.WARNING
        return Level.ERROR

    def to_dict(self, fail_on: str) -> dict[str, Any]:
        return {
            "code": self.code,
            "rule": self.rule.name,
            "outcome": self.outcome.value,
            "level": self.level(fail_on).value,
            **self.location.to_dict(),
            "message": self.message,
            "evidence": None if self.evidence is None else self.evidence.to_dict(),
            "suppressed": self.suppressed,
            "fix": self.fix,
        }


class FileResult(Slotted):
    """What checking one file produced: its findings, how many articles were checked, and
    (when asked for: JSON output) each article's ``Report.to_dict()``.

    ``error`` is an unexpected failure while checking the file (a bug, not a finding): the run
    then exits 2, and the other files are still reported.
    """

    _fields = ("path", "findings", "reports", "articles", "error")
    __slots__ = _fields

    path: str
    findings: tuple[Finding, ...]
    reports: tuple[Mapping[str, Any], ...]
    articles: int
    error: str | None

    def __init__(
        self,
        path: str,
        findings: tuple[Finding, ...] = (),
        reports: tuple[Mapping[str, Any], ...] = (),
        articles: int = 0,
        error: str | None = None,
    ) -> None:
        self._assign(path, findings, reports, articles, error)


class Run(Slotted):
    """A whole ``headlinecheck check`` run."""

    _fields = ("files", "fail_on", "version", "stale_rates_exit_code")
    __slots__ = _fields

    files: tuple[FileResult, ...]
    fail_on: str
    version: str
    #: The exit status a failing rates-beyond-horizon finding (HC123) gives the run; other
    #: failures give 1, and the run exits with the highest.
    stale_rates_exit_code: int

    def __init__(
        self,
        files: tuple[FileResult, ...],
        fail_on: str = "mismatch",
        version: str = "",
        stale_rates_exit_code: int = 1,
    ) -> None:
        self._assign(files, fail_on, version, stale_rates_exit_code)

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for result in self.files for f in result.findings)

    @property
    def failures(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.fails(self.fail_on))

    @property
    def errors(self) -> tuple[FileResult, ...]:
        """Files whose checking failed unexpectedly."""
        return tuple(result for result in self.files if result.error is not None)

    @property
    def exit_code(self) -> int:
        if self.errors:
            return 2  # a crash must never look like findings
        return max(
            (self.stale_rates_exit_code if f.code in HORIZON_RULES else 1 for f in self.failures),
            default=0,
        )

    def summary(self) -> dict[str, int]:
        """Counts for the summary line and JSON: ``claims`` are the headline claims (suppressed
        ones too); ``supported`` ... ``date_uncertain`` and ``beyond_horizon`` (HC123) split the
        unsuppressed ones; ``body_conversions`` are the body's own conversions found off
        (HC120-HC122), findings on the body rather than claims."""
        return Totals.of(self).summary()

    def statistics(self, *, failures_only: bool = False) -> list[tuple[str, int]]:
        """(code, count) of every rule with an unsuppressed finding, most frequent first."""
        return Totals.of(self).statistics(failures_only=failures_only)


class Totals:
    """The counts of a run, added up file by file: what the summary line, ``--statistics``,
    the JSON summary and the exit status need, without holding the findings (a streamed run
    keeps only these and the files that failed unexpectedly)."""

    __slots__ = (
        "articles",
        "claims",
        "codes",
        "errors",
        "fail_on",
        "failing_codes",
        "failures",
        "files",
        "stale_rates_exit_code",
        "suppressed",
        "tallies",
        "version",
        "worst",
    )

    def __init__(
        self, fail_on: str = "mismatch", version: str = "", stale_rates_exit_code: int = 1
    ) -> None:
        self.fail_on = fail_on
        self.version = version
        self.stale_rates_exit_code = stale_rates_exit_code
        self.files = 0
        self.articles = 0
        self.claims = 0
        self.tallies: Counter[str] = Counter()
        self.suppressed = 0
        self.failures = 0
        self.codes: Counter[str] = Counter()  # unsuppressed findings per rule
        self.failing_codes: Counter[str] = Counter()
        self.worst = 0  # the exit status of the failures so far
        self.errors: list[FileResult] = []

    @classmethod
    def of(cls, run: Run) -> Totals:
        totals = cls(run.fail_on, run.version, run.stale_rates_exit_code)
        for result in run.files:
            totals.add(result)
        return totals

    def add(self, result: FileResult) -> None:
        self.files += 1
        self.articles += result.articles
        if result.error is not None:
            self.errors.append(result)
        fail_on = self.fail_on
        for finding in result.findings:
            tally = _tally(finding)
            if tally not in _NOT_CLAIMS:
                self.claims += 1
            if finding.suppressed:
                self.suppressed += 1
                continue
            self.tallies[tally] += 1
            self.codes[finding.code] += 1
            if finding.fails(fail_on):
                self.failures += 1
                self.failing_codes[finding.code] += 1
                code = self.stale_rates_exit_code if finding.code in HORIZON_RULES else 1
                self.worst = max(self.worst, code)

    @property
    def exit_code(self) -> int:
        return 2 if self.errors else self.worst

    def summary(self) -> dict[str, int]:
        """As ``Run.summary``."""
        counts = self.tallies
        return {
            "files": self.files,
            "articles": self.articles,
            "claims": self.claims,
            "supported": counts[Outcome.SUPPORTED.value],
            "mismatch": counts[Outcome.MISMATCH.value],
            "unsupported": counts[Outcome.UNSUPPORTED.value],
            "date_uncertain": counts[Outcome.DATE_UNCERTAIN.value],
            "beyond_horizon": counts[_HORIZON],
            "body_conversions": counts[_BODY],
            "input_errors": counts[Outcome.INPUT_ERROR.value],
            "suppressed": self.suppressed,
            "failures": self.failures,
        }

    def statistics(self, *, failures_only: bool = False) -> list[tuple[str, int]]:
        """As ``Run.statistics``."""
        counts = self.failing_codes if failures_only else self.codes
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


_HORIZON, _BODY = "beyond_horizon", "body_conversions"
_NOT_CLAIMS = (_BODY, Outcome.INPUT_ERROR.value)


def _tally(finding: Finding) -> str:
    """The summary count a finding adds to: its outcome, or one of the two apart."""
    if finding.code in HORIZON_RULES:
        return _HORIZON
    if finding.code in BODY_RULES:
        return _BODY
    return finding.outcome.value


def input_finding(
    path: str, code: str, problem: str, line: int = 1, column: int = 1, fix: str | None = None
) -> Finding:
    message = problem if not fix else f"{problem}; {fix}"
    return Finding(code, Location(path, line, column), message, fix=fix)


def suppress(
    findings: Iterable[Finding], ignored: Collection[str], by: str = "article"
) -> list[Finding]:
    """Mark findings whose code is ignored (``all`` ignores every claim finding); ``by`` says
    where the ignore list was written ("article", "config" or "command-line")."""
    marked = []
    for finding in findings:
        hit = not finding.suppressed and (
            finding.code in ignored
            or ("all" in ignored and finding.outcome is not Outcome.INPUT_ERROR)
        )
        marked.append(finding.evolve(suppressed=True, suppressed_by=by) if hit else finding)
    return marked


def suppress_lines(findings: Iterable[Finding], scoped: Iterable[LineIgnore]) -> list[Finding]:
    """Mark the claim findings a line-scoped comment (``headlinecheck-disable-line`` or
    ``-disable-next-line``) covers: the finding's own line, or the line of its evidence, must be
    the comment's line and its code one of the comment's (or the comment names none). Nothing
    else in the article is touched."""
    scoped = tuple(scoped)
    if not scoped:
        return list(findings)
    marked = []
    for finding in findings:
        lines = {finding.location.line}
        if finding.evidence is not None:
            lines.add(finding.evidence.line)
        hit = (
            not finding.suppressed
            and finding.outcome is not Outcome.INPUT_ERROR
            and any(s.covers(finding.code, line) for s in scoped for line in lines)
        )
        marked.append(finding.evolve(suppressed=True, suppressed_by="article") if hit else finding)
    return marked


def select(findings: Iterable[Finding], selected: Collection[str]) -> list[Finding]:
    """Mark claim findings whose code is not ``selected`` (``all`` selects every one) as
    suppressed from the command line. Input errors are always kept: a file that cannot be read
    must not pass because a selection left its code out; ``--ignore`` names them if need be."""
    if "all" in selected:
        return list(findings)
    marked = []
    for finding in findings:
        hit = (
            not finding.suppressed
            and finding.outcome is not Outcome.INPUT_ERROR
            and finding.code not in selected
        )
        marked.append(
            finding.evolve(suppressed=True, suppressed_by="command-line") if hit else finding
        )
    return marked


class RenderOptions(Slotted):
    """How to render a run; renderers ignore what their format has no use for."""

    _fields = ("quiet", "colour", "verbose", "show_source", "statistics")
    __slots__ = _fields

    quiet: bool  # only failures (and the summary when there are some)
    colour: bool
    verbose: bool  # explain supported claims too
    show_source: bool  # the source line under each finding, with a caret
    statistics: bool  # counts per rule instead of findings

    def __init__(
        self,
        quiet: bool = False,
        colour: bool = False,
        verbose: bool = False,
        show_source: bool = False,
        statistics: bool = False,
    ) -> None:
        self._assign(quiet, colour, verbose, show_source, statistics)


#: The options a renderer uses when given none (frozen, so one shared value is safe).
DEFAULT_OPTIONS = RenderOptions()
