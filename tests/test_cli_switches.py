"""The lint switches and output formats of `headlinecheck check`, run as real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

_SCRIPT = Path(sys.executable).with_name("headlinecheck")
COMMAND = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "headlinecheck"]

WRONG = """---
title: "Firm raises $50M in new round"
date: 2023-08-29
dollar: USD
---

The company said it had raised USD 5 million from investors.
"""
RIGHT = WRONG.replace("$50M", "$5M")


def run(
    *args: str, cwd: Path, stdin: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "HEADLINECHECK_OUTPUT_FORMAT"}
    return subprocess.run(
        [*COMMAND, "check", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        env={**environment, **env},
        timeout=300,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "wrong.md").write_text(WRONG, encoding="utf-8")
    (tmp_path / "right.md").write_text(RIGHT, encoding="utf-8")
    return tmp_path


def test_exit_zero_keeps_the_findings_but_exits_0(repo: Path) -> None:
    plain = run("wrong.md", cwd=repo)
    zero = run("wrong.md", "--exit-zero", cwd=repo)
    assert plain.returncode == 1
    assert zero.returncode == 0
    assert "HC102" in zero.stdout


def test_statistics_counts_findings_per_rule(repo: Path) -> None:
    result = run("wrong.md", "right.md", "--statistics", cwd=repo)
    counts = {line.split()[1]: int(line.split()[0]) for line in result.stdout.splitlines()[:-1]}
    assert counts == {"HC101": 1, "HC102": 1}


def test_ignore_on_the_command_line_suppresses_a_code(repo: Path) -> None:
    result = run("wrong.md", "--ignore", "HC102", cwd=repo)
    assert result.returncode == 0, result.stdout
    assert "1 suppressed" in result.stdout


def test_an_unknown_rule_code_is_a_usage_error(repo: Path) -> None:
    result = run("wrong.md", "--select", "HC999", cwd=repo)
    assert result.returncode == 2
    assert "HC999" in result.stderr


def test_output_file_receives_the_report(repo: Path) -> None:
    result = run("wrong.md", "--format", "sarif", "-o", "out.sarif", cwd=repo)
    assert result.returncode == 1
    assert result.stdout == ""
    sarif = json.loads((repo / "out.sarif").read_text(encoding="utf-8"))
    assert sarif["runs"][0]["results"][0]["ruleId"] == "HC102"


def test_jsonl_is_one_object_per_finding(repo: Path) -> None:
    result = run("wrong.md", "right.md", "--format", "jsonl", cwd=repo)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(row["code"] for row in rows) == ["HC101", "HC102"]


def test_the_environment_sets_the_default_format(repo: Path) -> None:
    result = run("wrong.md", cwd=repo, HEADLINECHECK_OUTPUT_FORMAT="jsonl")
    assert json.loads(result.stdout.splitlines()[0])["code"] == "HC102"


def test_junit_has_a_failure_per_mismatch(repo: Path) -> None:
    result = run("wrong.md", "right.md", "--format", "junit", cwd=repo)
    root = ET.fromstring(result.stdout)
    assert root.tag == "testsuites"
    assert root.get("tests") == "2"
    assert root.get("failures") == "1"
    failures = root.findall(".//testcase/failure")
    assert len(failures) == 1
    assert failures[0].get("type") == "HC102"
    assert (failures[0].text or "").splitlines()[1].startswith("“$50M” does not match the body")


def test_gitlab_code_quality_lists_only_problems(repo: Path) -> None:
    result = run("wrong.md", "right.md", "--format", "gitlab", cwd=repo)
    issues = json.loads(result.stdout)
    assert len(issues) == 1
    (issue,) = issues
    assert issue["check_name"] == "headlinecheck/HC102"
    assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
    assert issue["location"]["path"] == "wrong.md"
    assert issue["location"]["lines"]["begin"] == 2
    assert len(issue["fingerprint"]) >= 32


def test_stdin_filename_names_the_article_read_from_stdin(repo: Path) -> None:
    result = run("-", "--stdin-filename", "news/story.md", cwd=repo, stdin=WRONG)
    assert result.stdout.startswith("news/story.md:2:")


def test_show_files_lists_and_does_not_check(repo: Path) -> None:
    result = run(".", "--show-files", cwd=repo)
    assert result.returncode == 0
    assert sorted(Path(line).name for line in result.stdout.split()) == ["right.md", "wrong.md"]


def test_text_shows_the_evidence_line_and_the_explanation(repo: Path) -> None:
    result = run("wrong.md", "--show-source", cwd=repo)
    assert '  evidence: body line 7: "USD 5 million"' in result.stdout
    assert "  why: " in result.stdout
    assert "^^^^" in result.stdout


def test_colour_always_and_never(repo: Path) -> None:
    always = run("wrong.md", "--color", "always", cwd=repo)
    never = run("wrong.md", "--color", "never", cwd=repo, FORCE_COLOR="1")
    assert "\x1b[" in always.stdout
    assert "\x1b[" not in never.stdout


def test_a_bad_flag_prints_the_usage_of_the_subcommand(repo: Path) -> None:
    result = run("wrong.md", "--bogus", cwd=repo)
    assert result.returncode == 2
    assert result.stderr.startswith("usage: headlinecheck check ")
    assert "headlinecheck check: error: unrecognized arguments: --bogus" in result.stderr


def test_an_undecodable_file_name_does_not_crash_any_format(repo: Path) -> None:
    Path(os.fsdecode(os.fsencode(repo) + b"/odd\xff.md")).write_bytes(WRONG.encode("utf-8"))
    for fmt in ("text", "json", "sarif", "github", "junit", "gitlab"):
        result = run(".", "--format", fmt, cwd=repo)
        assert result.returncode == 1, (fmt, result.stderr)
        assert "Traceback" not in result.stderr


def test_a_legacy_encoded_stdout_gets_the_report_not_a_crash(repo: Path) -> None:
    (repo / "rupees.md").write_text(WRONG.replace("USD 5 million", "₹50 crore"), encoding="utf-8")
    result = subprocess.run(
        [*COMMAND, "check", "rupees.md"],
        cwd=repo,
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "cp1252"},
        timeout=300,
    )
    assert result.returncode in (0, 1), result.stderr
    assert b"Traceback" not in result.stderr
    assert result.stdout.decode("cp1252").startswith("rupees.md:2:")


def test_a_file_name_cannot_inject_a_workflow_command(repo: Path) -> None:
    (repo / "n\n::error file=x,line=1::y.md").write_text(WRONG, encoding="utf-8")
    result = run(".", "--format", "github", cwd=repo)
    assert not any(line.startswith("::error file=x,line=1") for line in result.stdout.splitlines())
    text = run(".", cwd=repo)
    assert "\n::error file=x" not in text.stdout
    assert "\x1b" not in text.stdout
