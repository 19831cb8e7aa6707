"""JUnit XML, as CI systems (GitLab, Jenkins, Azure Pipelines, CircleCI) show test results.

One ``<testsuite>`` per file, one ``<testcase>`` per finding: a finding at the failing level is a
``<failure>`` (an input error an ``<error>``), a warning passes with its message in
``<system-out>``, a suppressed finding is ``<skipped>``. Texts pass through ``escape.printable``
first: XML 1.0 cannot hold most control characters at all, not even as references.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from headlinecheck.report.escape import printable
from headlinecheck.report.findings import DEFAULT_OPTIONS, Finding, RenderOptions, Run
from headlinecheck.report.rules import Level, Outcome


def _attr(text: str) -> str:
    return quoteattr(printable(text))


def _text(text: str) -> str:
    # Line breaks between the message and its fix are real ones; any other control is escaped.
    return "\n".join(escape(printable(line)) for line in text.split("\n"))


def _case(finding: Finding, fail_on: str) -> str:
    where = finding.location
    name = f"{finding.code} {finding.rule.name} at {where.line}:{where.column}"
    head = f"    <testcase name={_attr(name)} classname={_attr(where.path)}"
    head += f' file={_attr(where.path)} line="{where.line}"'
    detail = finding.message
    if finding.fix and finding.outcome is not Outcome.INPUT_ERROR:
        detail += f"\n{finding.fix}"  # an input error's fix is already part of its message
    if finding.suppressed:
        return f'{head}>\n      <skipped message="suppressed"/>\n    </testcase>'
    level = finding.level(fail_on)
    if level is Level.ERROR:
        tag = "error" if finding.outcome is Outcome.INPUT_ERROR else "failure"
        return (
            f"{head}>\n      <{tag} type={_attr(finding.code)} message={_attr(finding.message)}>"
            f"{_text(detail)}</{tag}>\n    </testcase>"
        )
    if level is Level.WARNING:
        return f"{head}>\n      <system-out>{_text(detail)}</system-out>\n    </testcase>"
    return f"{head}/>"


def render_junit(run: Run, options: RenderOptions = DEFAULT_OPTIONS) -> str:
    suites = []
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for result in run.files:
        cases = [_case(finding, run.fail_on) for finding in result.findings]
        counts = {
            "tests": len(result.findings),
            "failures": sum(
                1
                for f in result.findings
                if f.fails(run.fail_on) and f.outcome is not Outcome.INPUT_ERROR
            ),
            "errors": sum(
                1
                for f in result.findings
                if f.fails(run.fail_on) and f.outcome is Outcome.INPUT_ERROR
            ),
            "skipped": sum(1 for f in result.findings if f.suppressed),
        }
        if result.error is not None:
            counts["tests"] += 1
            counts["errors"] += 1
            cases.append(
                f'    <testcase name="internal error" classname={_attr(result.path)}>\n'
                f'      <error type="internal" message={_attr(result.error)}/>\n    </testcase>'
            )
        for key, value in counts.items():
            totals[key] += value
        numbers = " ".join(f'{key}="{value}"' for key, value in counts.items())
        suites.append(
            f"  <testsuite name={_attr(result.path)} {numbers}>\n"
            + "".join(case + "\n" for case in cases)
            + "  </testsuite>"
        )
    numbers = " ".join(f'{key}="{value}"' for key, value in totals.items())
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<testsuites name="headlinecheck" {numbers}>\n'
        + "".join(suite + "\n" for suite in suites)
        + "</testsuites>\n"
    )
