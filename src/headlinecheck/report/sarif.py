"""SARIF 2.1.0: every non-supported finding, suppressed ones marked as such (GitHub code
scanning and other SARIF viewers).

Columns are Unicode code points, as everywhere in the report (``Location``), and the run says so
with ``columnKind``: without it SARIF reads columns as UTF-16 code units, two for a character
outside the Basic Multilingual Plane ("😀", "𠀋")."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from typing import Any

from headlinecheck.report.escape import json_text
from headlinecheck.report.findings import DEFAULT_OPTIONS, Finding, Location, RenderOptions, Run
from headlinecheck.report.rules import RULES, Level, Outcome, Rule

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SURROGATES = re.compile("[\ud800-\udfff]")
_SARIF_LEVEL = {Level.ERROR: "error", Level.WARNING: "warning", Level.NOTE: "note"}


def _artifact(path: str) -> dict[str, Any]:
    # SARIF wants a URI reference; relative paths resolve against the checkout root, which is
    # what GitHub code scanning expects.
    from pathlib import Path
    from urllib.parse import quote

    if os.path.isabs(path):  # noqa: PTH117 - a display string, not a file to open
        return {"artifactLocation": {"uri": Path(path).as_uri()}}
    # A name with undecodable bytes (surrogate escapes) is quoted from its bytes: %FF.
    raw = os.fsencode(path) if _SURROGATES.search(path) else path.encode("utf-8")
    uri = quote(raw.replace(os.sep.encode(), b"/").removeprefix(b"./"))
    return {"artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"}}


_IN_SOURCE = {"kind": "inSource", "justification": "headlinecheck ignore in the article"}
_SUPPRESSIONS = {
    "config": {"kind": "external", "justification": "headlinecheck ignore in the configuration"},
    "command-line": {
        "kind": "external",
        "justification": "headlinecheck --ignore or --select on the command line",
    },
}


def _region(location: Location) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": location.line, "startColumn": location.column}
    if location.end_column is not None and location.end_column > location.column:
        region["endColumn"] = location.end_column
    return region


def to_sarif(run: Run, rules: Mapping[str, Rule] = RULES) -> dict[str, Any]:
    """A SARIF 2.1.0 log of every non-supported finding (suppressed ones marked as such)."""
    codes = sorted(rules)
    index = {code: i for i, code in enumerate(codes)}
    results = [
        sarif_result(finding, index, run.fail_on)
        for finding in run.findings
        if finding.outcome is not Outcome.SUPPORTED
    ]
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


def sarif_result(finding: Finding, index: Mapping[str, int], fail_on: str) -> dict[str, Any]:
    """One finding as a SARIF result (``index``: rule code -> its place in the rules list)."""
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": index[finding.code],
        "level": _SARIF_LEVEL[finding.level(fail_on)],
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
        result["suppressions"] = [_SUPPRESSIONS.get(finding.suppressed_by or "", _IN_SOURCE)]
    return result


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


def render_sarif(run: Run, options: RenderOptions = DEFAULT_OPTIONS) -> str:
    return json_text(json.dumps(to_sarif(run), indent=2, ensure_ascii=False)) + "\n"
