"""The JSON format (one document, schema ``headlinecheck.run/1``) and JSON Lines (one finding a
line). Named so as not to shadow the standard library's ``json``."""

from __future__ import annotations

import json
from typing import Any

from headlinecheck.report.escape import json_text
from headlinecheck.report.findings import DEFAULT_OPTIONS, RenderOptions, Run
from headlinecheck.report.rules import RULES

RUN_SCHEMA = "headlinecheck.run/1"


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


def statistics(run: Run, options: RenderOptions = DEFAULT_OPTIONS) -> list[dict[str, Any]]:
    return [
        {"code": code, "rule": RULES[code].name, "count": count}
        for code, count in run.statistics(failures_only=options.quiet)
    ]


def render_json(run: Run, options: RenderOptions = DEFAULT_OPTIONS) -> str:
    data: Any = statistics(run, options) if options.statistics else to_dict(run)
    return json_text(json.dumps(data, indent=2, ensure_ascii=False, default=str)) + "\n"


def render_jsonl(run: Run, options: RenderOptions = DEFAULT_OPTIONS) -> str:
    """One JSON object a line: each finding as in the JSON format's ``findings``."""
    records: list[Any] = (
        statistics(run, options)
        if options.statistics
        else [finding.to_dict(run.fail_on) for finding in run.findings]
    )
    return "".join(
        json_text(json.dumps(record, ensure_ascii=False, default=str)) + "\n" for record in records
    )
