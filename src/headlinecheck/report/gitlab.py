"""GitLab Code Quality: a JSON array of issues, the subset of the Code Climate format GitLab
reads (description, check_name, fingerprint, severity, location.path and location.lines.begin).

Problems only (supported and suppressed findings are left out). Fingerprints are stable across
runs while the finding is the same: the code, the path, the message and the finding's rank among
identical ones, not its line (an edit above it would otherwise make it "new").
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import Any

from headlinecheck.report.escape import json_text, printable
from headlinecheck.report.findings import DEFAULT_OPTIONS, RenderOptions, Run
from headlinecheck.report.rules import Level, Outcome


def _severity(level: Level, outcome: Outcome) -> str:
    if outcome is Outcome.INPUT_ERROR:
        return "critical"
    return "major" if level is Level.ERROR else "minor"


def to_gitlab(run: Run) -> list[dict[str, Any]]:
    issues = []
    seen: dict[tuple[str, str, str], int] = {}
    for finding in run.findings:
        if finding.suppressed or finding.outcome is Outcome.SUPPORTED:
            continue
        # GitLab wants a path relative to the repository root, with forward slashes.
        path = printable(finding.location.path).replace(os.sep, "/").removeprefix("./")
        key = (finding.code, path, finding.message)
        seen[key] = seen.get(key, 0) + 1
        digest = hashlib.sha256("\0".join((*key, str(seen[key]))).encode("utf-8", "replace"))
        issues.append(
            {
                "description": f"{finding.code} {finding.message}",
                "check_name": f"headlinecheck/{finding.code}",
                "fingerprint": digest.hexdigest(),
                "severity": _severity(finding.level(run.fail_on), finding.outcome),
                "location": {"path": path, "lines": {"begin": finding.location.line}},
            }
        )
    for result in run.errors:
        path = printable(result.path).replace(os.sep, "/").removeprefix("./")
        digest = hashlib.sha256(f"internal\0{path}".encode("utf-8", "replace"))
        issues.append(
            {
                "description": f"internal error: {result.error}",
                "check_name": "headlinecheck/internal-error",
                "fingerprint": digest.hexdigest(),
                "severity": "blocker",
                "location": {"path": path, "lines": {"begin": 1}},
            }
        )
    return issues


def render_gitlab(run: Run, options: RenderOptions = DEFAULT_OPTIONS) -> str:
    return json_text(json.dumps(to_gitlab(run), indent=2, ensure_ascii=False)) + "\n"
