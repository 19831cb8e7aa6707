"""Findings with stable rule codes, and their renderers: text, JSON, SARIF 2.1.0, GitHub.

Rule codes (docs/rules.md documents each): the hundreds digit is the kind of figure the headline
claims, the last two digits are the outcome, so the same outcome reads the same in every kind.

    HC1xx money · HC2xx counts · HC3xx percentages · HC9xx input errors
    x01 supported · x02 mismatch · x03 unsupported · 104 supported only over a guessed window
    x10 currency_confusion · x11 magnitude_slip · x12 inverted_rate · x13 digit_slip
    x14 stale_rate · x15 over_rounded · x16 wrong_direction

A supported claim is a finding of level "note": shown in text output (unless ``--quiet``), kept in
JSON, never a failure and left out of SARIF and GitHub output, which are for problems.
This module formats; it never decides a verdict (that is ``check``'s job).
"""

from __future__ import annotations

import enum
import os
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any

import attrs

from headlinecheck.extract import Qualifier

if TYPE_CHECKING:
    from headlinecheck.articles import Article
    from headlinecheck.checking import ClaimResult
    from headlinecheck.checking import Report as CheckReport
    from headlinecheck.extract import Figure
    from headlinecheck.rates import RateRange

RUN_SCHEMA = "headlinecheck.run/1"
KIND_BASE = {"money": 100, "count": 200, "percent": 300}
OUTCOME_OFFSET = {"supported": 1, "mismatch": 2, "unsupported": 3, "date_uncertain": 4}
DIAGNOSIS_OFFSET = {
    "currency_confusion": 10,
    "magnitude_slip": 11,
    "inverted_rate": 12,
    "digit_slip": 13,
    "stale_rate": 14,
    "over_rounded": 15,
    "wrong_direction": 16,
}
#: Diagnoses that only make sense for money (they are about currencies and rates).
MONEY_ONLY = frozenset({"currency_confusion", "inverted_rate", "stale_rate"})


class Outcome(str, enum.Enum):
    SUPPORTED = "supported"
    MISMATCH = "mismatch"
    UNSUPPORTED = "unsupported"
    DATE_UNCERTAIN = "date_uncertain"
    INPUT_ERROR = "input_error"


class Level(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@attrs.frozen
class Rule:
    code: str
    name: str
    summary: str
    outcome: Outcome


def _claim_rules() -> dict[str, Rule]:
    kinds = {"money": "money", "count": "count", "percent": "percentage"}
    rules: dict[str, Rule] = {}
    for kind, base in KIND_BASE.items():
        noun = kinds[kind]
        plain = {
            "supported": (f"{noun}-supported", f"The headline's {noun} is supported by the body."),
            "mismatch": (f"{noun}-mismatch", f"The headline's {noun} disagrees with the body."),
            "unsupported": (
                f"{noun}-unsupported",
                f"The body has no {noun} figure to support the headline's.",
            ),
            "date_uncertain": (
                f"{noun}-date-uncertain",
                f"The headline's {noun} is supported only at some rates of a date window.",
            ),
        }
        outcomes = {
            "supported": Outcome.SUPPORTED,
            "mismatch": Outcome.MISMATCH,
            "unsupported": Outcome.UNSUPPORTED,
            "date_uncertain": Outcome.DATE_UNCERTAIN,
        }
        for outcome, offset in OUTCOME_OFFSET.items():
            if outcome == "date_uncertain" and kind != "money":
                continue  # only money is converted at a date
            name, summary = plain[outcome]
            code = f"HC{base + offset}"
            rules[code] = Rule(code, name, summary, outcomes[outcome])
        for diagnosis, offset in DIAGNOSIS_OFFSET.items():
            if diagnosis in MONEY_ONLY and kind != "money":
                continue
            code = f"HC{base + offset}"
            words = diagnosis.replace("_", " ")
            rules[code] = Rule(
                code,
                f"{noun}-{diagnosis.replace('_', '-')}",
                f"The headline's {noun} disagrees with the body: {words}.",
                Outcome.MISMATCH,
            )
    return rules


INPUT_RULES = {
    "HC901": ("unreadable-file", "The file cannot be read, or is binary."),
    "HC902": ("bad-encoding", "The file is not valid UTF-8."),
    "HC903": ("bad-front-matter", "The YAML front matter is invalid."),
    "HC904": ("missing-headline", "No headline was found."),
    "HC905": ("bad-date", "The publication date is not a valid ISO 8601 date."),
    "HC906": ("bad-record", "A JSON / JSON Lines record is invalid."),
    "HC907": ("bad-settings", "The article's headlinecheck settings are invalid."),
    "HC908": ("file-too-large", "The file is over the size limit for an article."),
    "HC909": ("cannot-check", "The article could not be checked (e.g. no rate for its date)."),
}

RULES: dict[str, Rule] = _claim_rules() | {
    code: Rule(code, name, summary, Outcome.INPUT_ERROR)
    for code, (name, summary) in INPUT_RULES.items()
}


def rule_code(kind: str, verdict: str, diagnosis: str | None = None) -> str:
    """The stable code for a claim of ``kind`` judged ``verdict`` (with ``diagnosis``)."""
    base = KIND_BASE[kind]
    if verdict == "mismatch" and diagnosis is not None:
        code = f"HC{base + DIAGNOSIS_OFFSET.get(diagnosis, OUTCOME_OFFSET['mismatch'])}"
        if code in RULES:
            return code
    return f"HC{base + OUTCOME_OFFSET[verdict]}"


@attrs.frozen
class Location:
    path: str
    line: int
    column: int
    end_column: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_column": self.end_column,
        }


@attrs.frozen
class Finding:
    """One line of output: a rule code at a place in a file, with a message."""

    code: str
    location: Location
    message: str
    evidence: Location | None = None
    suppressed: bool = False
    fix: str | None = None
    # Where the suppression was written: "article" (front matter or a disable comment) or
    # "config" (the configuration file); SARIF tells the two apart.
    suppressed_by: str | None = None

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


@attrs.frozen
class FileResult:
    """What checking one file produced: its findings, how many articles were checked, and
    (when asked for: JSON output) each article's ``Report.to_dict()``."""

    path: str
    findings: tuple[Finding, ...] = ()
    reports: tuple[Mapping[str, Any], ...] = ()
    articles: int = 0


@attrs.frozen
class Run:
    """A whole ``headlinecheck check`` run."""

    files: tuple[FileResult, ...]
    fail_on: str = "mismatch"
    version: str = ""

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for result in self.files for f in result.findings)

    @property
    def failures(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.fails(self.fail_on))

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0

    def summary(self) -> dict[str, int]:
        findings = self.findings
        counts = Counter(f.outcome.value for f in findings if not f.suppressed)
        return {
            "files": len(self.files),
            "articles": sum(result.articles for result in self.files),
            "claims": sum(1 for f in findings if f.outcome is not Outcome.INPUT_ERROR),
            "supported": counts[Outcome.SUPPORTED.value],
            "mismatch": counts[Outcome.MISMATCH.value],
            "unsupported": counts[Outcome.UNSUPPORTED.value],
            "date_uncertain": counts[Outcome.DATE_UNCERTAIN.value],
            "input_errors": counts[Outcome.INPUT_ERROR.value],
            "suppressed": sum(1 for f in findings if f.suppressed),
            "failures": len(self.failures),
        }


# --- text ------------------------------------------------------------------------------------

_COLOURS = {Level.ERROR: "31", Level.WARNING: "33", Level.NOTE: "32"}


def use_colour(stream: IO[str]) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


def render_text(run: Run, *, quiet: bool = False, colour: bool = False) -> str:
    def paint(text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if colour else text

    lines = []
    for finding in run.findings:
        if finding.suppressed or (quiet and not finding.fails(run.fail_on)):
            continue
        where = finding.location
        level = finding.level(run.fail_on)
        lines.append(
            f"{paint(f'{where.path}:{where.line}:{where.column}:', '1')} "
            f"{paint(finding.code, _COLOURS[level])} {finding.message}"
        )
    if not quiet or run.failures:
        lines.append(summary_line(run))
    return "".join(line + "\n" for line in lines)


def summary_line(run: Run) -> str:
    s = run.summary()
    files = _plural(s["files"], "file")
    uncertain = f", {s['date_uncertain']} date-uncertain" if s["date_uncertain"] else ""
    text = (
        f"{files}, {_plural(s['claims'], 'claim')}: {s['supported']} supported, "
        f"{s['mismatch']} mismatched, {s['unsupported']} unsupported{uncertain}; "
        f"{_plural(s['input_errors'], 'input error')}; {s['suppressed']} suppressed. "
    )
    if s["failures"]:
        return text + f"{_plural(s['failures'], 'failure')} (--fail-on {run.fail_on})."
    return text + f"No failures (--fail-on {run.fail_on})."


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


# --- JSON ------------------------------------------------------------------------------------


def to_dict(run: Run) -> dict[str, Any]:
    """One document for the whole run; each article's report is ``Report.to_dict()`` verbatim."""
    return {
        "schema": RUN_SCHEMA,
        "tool": {"name": "headlinecheck", "version": run.version},
        "fail_on": run.fail_on,
        "exit_code": run.exit_code,
        "summary": run.summary(),
        "findings": [finding.to_dict(run.fail_on) for finding in run.findings],
        "files": [
            {"path": result.path, "reports": [dict(report) for report in result.reports]}
            for result in run.files
        ],
    }


def render_json(run: Run) -> str:
    import json

    return json.dumps(to_dict(run), indent=2, ensure_ascii=False, default=str) + "\n"


# --- SARIF 2.1.0 -----------------------------------------------------------------------------

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {Level.ERROR: "error", Level.WARNING: "warning", Level.NOTE: "note"}


def _artifact(path: str) -> dict[str, Any]:
    # SARIF wants a URI reference; relative paths resolve against the checkout root, which is
    # what GitHub code scanning expects.
    from pathlib import Path
    from urllib.parse import quote

    if os.path.isabs(path):  # noqa: PTH117 - a display string, not a file to open
        return {"artifactLocation": {"uri": Path(path).as_uri()}}
    uri = quote(path.replace(os.sep, "/").removeprefix("./"))
    return {"artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"}}


def _region(location: Location) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": location.line, "startColumn": location.column}
    if location.end_column is not None and location.end_column > location.column:
        region["endColumn"] = location.end_column
    return region


def to_sarif(run: Run, rules: Mapping[str, Rule] = RULES) -> dict[str, Any]:
    """A SARIF 2.1.0 log of every non-supported finding (suppressed ones marked as such)."""
    codes = sorted(rules)
    index = {code: i for i, code in enumerate(codes)}
    results = []
    for finding in run.findings:
        if finding.outcome is Outcome.SUPPORTED:
            continue
        result: dict[str, Any] = {
            "ruleId": finding.code,
            "ruleIndex": index[finding.code],
            "level": _SARIF_LEVEL[finding.level(run.fail_on)],
            "message": {"text": finding.message},
            "locations": [
                {
                    "physicalLocation": {
                        **_artifact(finding.location.path),
                        "region": _region(finding.location),
                    }
                }
            ],
        }
        if finding.evidence is not None:
            result["relatedLocations"] = [
                {
                    "id": 1,
                    "message": {"text": "evidence in the body"},
                    "physicalLocation": {
                        **_artifact(finding.evidence.path),
                        "region": _region(finding.evidence),
                    },
                }
            ]
        if finding.suppressed:
            result["suppressions"] = [
                {"kind": "external", "justification": "headlinecheck ignore in the configuration"}
                if finding.suppressed_by == "config"
                else {"kind": "inSource", "justification": "headlinecheck ignore in the article"}
            ]
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "headlinecheck",
                        "version": run.version or "0",
                        "rules": [_sarif_rule(rules[code]) for code in codes],
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": _srcroot()}},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def _srcroot() -> str:
    from pathlib import Path

    return Path.cwd().as_uri() + "/"


def _sarif_rule(rule: Rule) -> dict[str, Any]:
    default = {
        Outcome.SUPPORTED: "note",
        Outcome.UNSUPPORTED: "warning",
        Outcome.DATE_UNCERTAIN: "warning",
        Outcome.MISMATCH: "error",
        Outcome.INPUT_ERROR: "error",
    }[rule.outcome]
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": f"{rule.summary} See docs/rules.md#{rule.code.lower()}."},
        "defaultConfiguration": {"level": default},
        "properties": {"outcome": rule.outcome.value},
    }


def render_sarif(run: Run) -> str:
    import json

    return json.dumps(to_sarif(run), indent=2, ensure_ascii=False) + "\n"


# --- GitHub Actions workflow commands --------------------------------------------------------


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(run: Run) -> str:
    """``::error``/``::warning`` annotations for problems, then the summary as a plain line."""
    lines = []
    for finding in run.findings:
        if finding.suppressed or finding.outcome is Outcome.SUPPORTED:
            continue
        level = finding.level(run.fail_on)
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
    lines.append(summary_line(run))
    return "".join(line + "\n" for line in lines)


RENDERERS = ("text", "json", "sarif", "github")


def render(run: Run, fmt: str, *, quiet: bool = False, colour: bool = False) -> str:
    if fmt == "json":
        return render_json(run)
    if fmt == "sarif":
        return render_sarif(run)
    if fmt == "github":
        return render_github(run)
    return render_text(run, quiet=quiet, colour=colour)


def input_finding(
    path: str, code: str, problem: str, line: int = 1, column: int = 1, fix: str | None = None
) -> Finding:
    message = problem if not fix else f"{problem}; {fix}"
    return Finding(code, Location(path, line, column), message, fix=fix)


def suppress(
    findings: Iterable[Finding], ignored: Collection[str], by: str = "article"
) -> list[Finding]:
    """Mark findings whose code is ignored (``all`` ignores every claim finding); ``by`` says
    where the ignore list was written ("article" or "config")."""
    marked = []
    for finding in findings:
        hit = not finding.suppressed and (
            finding.code in ignored
            or ("all" in ignored and finding.outcome is not Outcome.INPUT_ERROR)
        )
        marked.append(attrs.evolve(finding, suppressed=True, suppressed_by=by) if hit else finding)
    return marked


# --- from the checker's results to findings ---------------------------------------------------


def claim_findings(article: Article, result: CheckReport) -> list[Finding]:
    """One finding per headline claim of ``result`` (the checker's report on ``article``)."""
    findings = []
    for claim in result.claims:
        code = _claim_code(claim, result.date_uncertain)
        start, end = claim.claim.span
        line, column = article.locate(start, "headline")
        end_line, end_column = article.locate(end, "headline")
        evidence = None
        if claim.evidence is not None:
            ev_line, ev_column = article.locate(claim.evidence.span[0], "body")
            ev_end_line, ev_end = article.locate(claim.evidence.span[1], "body")
            evidence = Location(
                article.path, ev_line, ev_column, ev_end if ev_end_line == ev_line else None
            )
        location = Location(article.path, line, column, end_column if end_line == line else None)
        findings.append(
            Finding(code, location, claim_line(claim, code), evidence=evidence, fix=claim.message)
        )
    return findings


def _claim_code(claim: ClaimResult, date_uncertain: bool) -> str:
    kind = claim.claim.kind.value
    verdict = claim.verdict.value
    if verdict == "supported" and date_uncertain and claim.rate_range is not None:
        # Supported by some rate of a guessed window: say so rather than pass silently.
        return rule_code(kind, "date_uncertain")
    diagnosis = None if claim.diagnosis is None else claim.diagnosis.value
    return rule_code(kind, verdict, diagnosis)


def claim_line(claim: ClaimResult, code: str) -> str:
    """ "headline claims $6.4M; body has HKD 50 million = USD 6.38 million at ...: supported"."""
    from headlinecheck.wording import rate_phrase

    head = f"headline claims {_figure_text(claim.claim)}"
    evidence = claim.evidence
    if evidence is None or claim.converted is None:
        reason = claim.notes[0] if claim.notes else f"body has no {_kind_noun(claim)}"
        return f"{head}; {reason}: unsupported"
    converted = _converted_text(claim)
    body = f"body has {_figure_text(evidence)}"
    if claim.claim.kind.value != "money":
        # An open bound reads plainly in words ("more than 150"); other intervals are shown.
        if converted != evidence.text and evidence.qualifier not in _OPEN_BOUNDS:
            body += f" ({converted})"
    elif claim.rate is not None:
        body += f" = {converted} at {rate_phrase(claim.rate)}"
    elif claim.rate_range is not None:
        body += f" = {converted} at {_range_phrase(claim.rate_range)}"
    outcome = RULES[code].outcome
    if claim.verdict.value == "supported":
        verdict = "supported" if outcome is Outcome.SUPPORTED else "supported, date uncertain"
        return f"{head}; {body}: {verdict}"
    diagnosis = "" if claim.diagnosis is None else f" ({claim.diagnosis.value})"
    text = f"{head}; {body}: mismatch{diagnosis}"
    if claim.suggestion:
        text += f"; the body supports {claim.suggestion}"
    return text


def _converted_text(claim: ClaimResult) -> str:
    """The evidence in the claim's terms: a point for an exact figure, else its interval."""
    from headlinecheck.wording import amount, amount_range

    assert claim.evidence is not None and claim.converted is not None
    evidence = claim.evidence
    money = claim.claim.kind.value == "money"
    exact = evidence.qualifier.value == "none" and evidence.value_high is None
    if not money:
        low, high = (evidence.value, evidence.value) if exact else claim.converted
        text = _count_text(low, high)
        return text + "%" if claim.claim.kind.value == "percent" else text
    if not exact:
        return amount_range(*claim.converted, claim.claim_currency)
    if claim.rate is not None:
        factor = claim.rate.value
    elif claim.rate_range is not None:
        factor = (claim.rate_range.low.value + claim.rate_range.high.value) / 2
    else:
        factor = Decimal(1)
    return amount(evidence.value * factor, claim.claim_currency)


def _range_phrase(span: RateRange) -> str:
    """ "7.7657-7.8487 HKD per USD (ECB, 2025-10-31 to 2026-10-30, no single date)"."""
    low, high = span.low, span.high
    if low.value >= 1:
        values, unit = (low.value, high.value), f"{low.quote} per {low.base}"
    else:  # show the direction a reader knows, >= 1
        values, unit = (1 / low.value, 1 / high.value), f"{low.base} per {low.quote}"
    first, last = sorted(values)
    sources = low.source if low.source == high.source else f"{low.source}/{high.source}"
    return (
        f"{first:.5g}–{last:.5g} {unit} ({sources}, {span.start.isoformat()} to "
        f"{span.end.isoformat()}, no single date)"
    )


#: Qualifier words stand outside a figure's span ("more than" + "150"); put one back for display.
_QUALIFIER_WORDS = {
    Qualifier.APPROX: "about",
    Qualifier.AT_LEAST: "at least",
    Qualifier.MORE_THAN: "more than",
    Qualifier.AT_MOST: "at most",
    Qualifier.LESS_THAN: "less than",
}


_OPEN_BOUNDS = frozenset(
    {Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.AT_MOST, Qualifier.LESS_THAN}
)


def _figure_text(figure: Figure) -> str:
    """The figure as written, with its qualifier and, for a count, its noun ("more than 150
    companies"). A qualifier written inside the span ("150+") is not repeated."""
    text = " ".join(figure.text.split())  # a figure may wrap across lines in the source
    word = _QUALIFIER_WORDS.get(figure.qualifier)
    if word and text[-1:] != "+":
        text = f"{word} {text}"
    noun = figure.unit_noun
    if noun and noun.casefold() not in figure.text.casefold():
        return f"{text} {noun}"
    return text


def _kind_noun(claim: ClaimResult) -> str:
    kind = claim.claim.kind.value
    if kind == "money":
        return "amount of money"
    if kind == "percent":
        return "percentage"
    return f"count of {claim.claim.unit_noun}" if claim.claim.unit_noun else "count"


def _count_text(low: Decimal, high: Decimal) -> str:
    def plain(value: Decimal) -> str:
        text = format(value, ",f")
        return text.rstrip("0").rstrip(".") if "." in text else text

    if high.is_infinite():
        return f"{plain(low)} or more"
    return plain(low) if low == high else f"{plain(low)} to {plain(high)}"
