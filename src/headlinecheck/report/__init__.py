"""Findings with stable rule codes, and their renderers, one module per format.

    rules        rule codes (KIND_BASE + outcome or diagnosis offset), RULES, rule_code
    findings     Location, Finding, FileResult, Run, Totals, RenderOptions, suppress, select
    claims       the checker's results as findings, with their one-line messages
    escape       control characters and undecodable bytes made safe to print
    text · json_format (json, jsonl) · sarif · github · junit · gitlab   the formats
    stream       a run's report written file by file as the files are checked

This package formats; it never decides a verdict (that is the checker's job). Names are
re-exported here lazily (``headlinecheck.report.Finding`` is ``report.findings.Finding``), so
importing the package costs nothing until a name is used.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from headlinecheck._exports import lazy_exports

#: Output format -> "module:function" under ``headlinecheck.report``; every renderer is
#: ``function(run: Run, options: RenderOptions) -> str``. A new format is one line here.
FORMATS: dict[str, str] = {
    "text": "text:render_text",
    "json": "json_format:render_json",
    "jsonl": "json_format:render_jsonl",
    "sarif": "sarif:render_sarif",
    "github": "github:render_github",
    "junit": "junit:render_junit",
    "gitlab": "gitlab:render_gitlab",
    "html": "html_format:render_html",
}
RENDERERS = tuple(FORMATS)
#: Formats that show ``--statistics`` (others have no place for counts).
STATISTICS_FORMATS = ("text", "json", "jsonl")


def render(
    run: Run,
    fmt: str,
    options: RenderOptions | None = None,
    *,
    quiet: bool = False,
    colour: bool = False,
) -> str:
    """``run`` in the output format ``fmt`` (a key of ``FORMATS``; unknown ones give text)."""
    from headlinecheck.report.findings import RenderOptions

    if options is None:
        options = RenderOptions(quiet=quiet, colour=colour)
    module, function = FORMATS.get(fmt, FORMATS["text"]).split(":")
    renderer = getattr(import_module(f"headlinecheck.report.{module}"), function)
    return str(renderer(run, options))


_EXPORTS = {
    "rules": (
        "KIND_BASE",
        "OUTCOME_OFFSET",
        "DIAGNOSIS_OFFSET",
        "MONEY_ONLY",
        "INPUT_RULES",
        "RULES",
        "Outcome",
        "Level",
        "Rule",
        "rule_code",
    ),
    "findings": (
        "Location",
        "Finding",
        "FileResult",
        "Run",
        "RenderOptions",
        "Totals",
        "input_finding",
        "suppress",
        "select",
    ),
    "claims": ("claim_findings", "claim_line"),
    "escape": ("printable", "json_text"),
    "text": ("use_colour", "render_text", "render_statistics", "summary_line", "COLOR_MODES"),
    "json_format": ("RUN_SCHEMA", "to_dict", "render_json", "render_jsonl"),
    "sarif": ("SARIF_SCHEMA", "to_sarif", "render_sarif"),
    "github": ("render_github",),
    "junit": ("render_junit",),
    "gitlab": ("to_gitlab", "render_gitlab"),
    "stream": ("Stream", "open_stream"),
}
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())


if TYPE_CHECKING:
    from headlinecheck.report.claims import claim_findings as claim_findings
    from headlinecheck.report.claims import claim_line as claim_line
    from headlinecheck.report.escape import json_text as json_text
    from headlinecheck.report.escape import printable as printable
    from headlinecheck.report.findings import FileResult as FileResult
    from headlinecheck.report.findings import Finding as Finding
    from headlinecheck.report.findings import Location as Location
    from headlinecheck.report.findings import RenderOptions as RenderOptions
    from headlinecheck.report.findings import Run as Run
    from headlinecheck.report.findings import Totals as Totals
    from headlinecheck.report.findings import input_finding as input_finding
    from headlinecheck.report.findings import select as select
    from headlinecheck.report.findings import suppress as suppress
    from headlinecheck.report.github import render_github as render_github
    from headlinecheck.report.gitlab import render_gitlab as render_gitlab
    from headlinecheck.report.gitlab import to_gitlab as to_gitlab
    from headlinecheck.report.json_format import RUN_SCHEMA as RUN_SCHEMA
    from headlinecheck.report.json_format import render_json as render_json
    from headlinecheck.report.json_format import render_jsonl as render_jsonl
    from headlinecheck.report.json_format import to_dict as to_dict
    from headlinecheck.report.junit import render_junit as render_junit
    from headlinecheck.report.rules import DIAGNOSIS_OFFSET as DIAGNOSIS_OFFSET
    from headlinecheck.report.rules import INPUT_RULES as INPUT_RULES
    from headlinecheck.report.rules import KIND_BASE as KIND_BASE
    from headlinecheck.report.rules import MONEY_ONLY as MONEY_ONLY
    from headlinecheck.report.rules import OUTCOME_OFFSET as OUTCOME_OFFSET
    from headlinecheck.report.rules import RULES as RULES
    from headlinecheck.report.rules import Level as Level
    from headlinecheck.report.rules import Outcome as Outcome
    from headlinecheck.report.rules import Rule as Rule
    from headlinecheck.report.rules import rule_code as rule_code
    from headlinecheck.report.sarif import SARIF_SCHEMA as SARIF_SCHEMA
    from headlinecheck.report.sarif import render_sarif as render_sarif
    from headlinecheck.report.sarif import to_sarif as to_sarif
    from headlinecheck.report.stream import Stream as Stream
    from headlinecheck.report.stream import open_stream as open_stream
    from headlinecheck.report.text import COLOR_MODES as COLOR_MODES
    from headlinecheck.report.text import render_statistics as render_statistics
    from headlinecheck.report.text import render_text as render_text
    from headlinecheck.report.text import summary_line as summary_line
    from headlinecheck.report.text import use_colour as use_colour
