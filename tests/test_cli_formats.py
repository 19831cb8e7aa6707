"""JUnit XML and GitLab Code Quality output, validated against their schemas (tests/data/).

``junit.xsd`` is the Jenkins xUnit plugin's JUnit layout with the attributes GitLab and others
read (``file``, ``line``); ``gitlab-codequality.schema.json`` is GitLab's documented list of Code
Quality fields. The run covers every kind of finding: a mismatch, a supported claim, an
unsupported claim (a warning), a suppressed one, an input error, and file names that need escaping.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from test_cli_switches import RIGHT, WRONG, run

xmlschema = pytest.importorskip("xmlschema")

DATA = Path(__file__).parent / "data"

UNSUPPORTED = WRONG.replace("Firm raises $50M in new round", "Firm hires 300 engineers").replace(
    "USD 5 million", "USD 50 million"
)
SUPPRESSED = WRONG.replace("dollar: USD\n", "dollar: USD\nheadlinecheck:\n  ignore: [HC102]\n")
BAD_DATE = WRONG.replace("date: 2023-08-29", "date: 08/09/2023")


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("formats")
    (root / "news").mkdir()
    files = {
        "wrong.md": WRONG,
        "right.md": RIGHT,
        "news/unsupported.md": UNSUPPORTED,
        "suppressed.md": SUPPRESSED,
        "bad-date.md": BAD_DATE,
        'odd & <"name">.md': WRONG,
    }
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def _report(repo: Path, fmt: str) -> str:
    result = run(".", "--format", fmt, cwd=repo)
    assert result.returncode == 1, result.stderr
    return result.stdout


def test_junit_is_valid_against_the_schema(repo: Path) -> None:
    schema = xmlschema.XMLSchema(DATA / "junit.xsd")
    text = _report(repo, "junit")
    schema.validate(text)
    root = ET.fromstring(text)
    outcomes = {
        case.get("name", "").split()[0] + " " + (case[0].tag if len(case) else "pass")
        for case in root.iter("testcase")
    }
    assert outcomes == {
        "HC101 pass",
        "HC102 failure",
        "HC102 skipped",
        "HC203 system-out",
        "HC905 error",
    }
    suites = root.findall("testsuite")
    for key in ("tests", "failures", "errors", "skipped"):
        assert int(root.get(key, "")) == sum(int(s.get(key, "")) for s in suites), key
    assert root.get("failures") == "2"  # wrong.md and the odd name
    assert root.get("errors") == "1"
    assert {s.get("name") for s in suites} >= {'odd & <"name">.md', "news/unsupported.md"}


def test_junit_names_each_finding_once_without_repeating_its_fix(repo: Path) -> None:
    root = ET.fromstring(_report(repo, "junit"))
    (error,) = root.iter("error")
    # An input error's message already ends with its fix ("...; write it as YYYY-MM-DD").
    assert error.get("message", "").endswith("write it as YYYY-MM-DD (ISO 8601)")
    assert error.text == error.get("message")
    (failure, _) = root.iter("failure")
    assert (failure.text or "").splitlines()[1].startswith("“$50M” does not match the body")


def test_the_schema_rejects_junit_that_readers_would_not_know(repo: Path) -> None:
    # The schema is a real check: the same document with a count that is no number, or an
    # attribute no reader knows, fails it.
    schema = xmlschema.XMLSchema(DATA / "junit.xsd")
    text = _report(repo, "junit")
    assert not schema.is_valid(text.replace('tests="', 'tests="x', 1))
    assert not schema.is_valid(text.replace("<testcase ", '<testcase severity="high" ', 1))


def test_an_internal_error_is_valid_junit_too() -> None:
    from headlinecheck.report import FileResult, Run
    from headlinecheck.report.junit import render_junit

    schema = xmlschema.XMLSchema(DATA / "junit.xsd")
    text = render_junit(Run((FileResult("a.md", error="ValueError: <boom> & \x07"),)))
    schema.validate(text)
    assert ET.fromstring(text).get("errors") == "1"


def _gitlab_schema() -> Any:
    schema = json.loads((DATA / "gitlab-codequality.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_gitlab_is_valid_against_the_schema(repo: Path) -> None:
    issues = json.loads(_report(repo, "gitlab"))
    _gitlab_schema().validate(issues)
    assert sorted(issue["check_name"] for issue in issues) == [
        "headlinecheck/HC102",
        "headlinecheck/HC102",
        "headlinecheck/HC203",
        "headlinecheck/HC905",
    ]
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)
    paths = {issue["location"]["path"] for issue in issues}
    assert "news/unsupported.md" in paths
    assert 'odd & <"name">.md' in paths


def test_gitlab_fingerprints_survive_a_line_moving(repo: Path, tmp_path: Path) -> None:
    (tmp_path / "wrong.md").write_text(WRONG, encoding="utf-8")
    before = json.loads(run("wrong.md", "--format", "gitlab", cwd=tmp_path).stdout)
    moved = WRONG.replace("The company", "A new paragraph.\n\nThe company")
    (tmp_path / "wrong.md").write_text(moved.replace("---\ntitle", "---\n# x\ntitle"), "utf-8")
    after = json.loads(run("wrong.md", "--format", "gitlab", cwd=tmp_path).stdout)
    assert after[0]["location"]["lines"]["begin"] == before[0]["location"]["lines"]["begin"] + 1
    assert after[0]["fingerprint"] == before[0]["fingerprint"]


def test_the_schema_rejects_gitlab_issues_gitlab_would_drop() -> None:
    validator = _gitlab_schema()
    good = {
        "description": "d",
        "check_name": "c",
        "fingerprint": "f",
        "severity": "major",
        "location": {"path": "a.md", "lines": {"begin": 1}},
    }
    validator.validate([good])
    for bad in (
        {**good, "severity": "error"},
        {**good, "location": {"path": "./a.md", "lines": {"begin": 1}}},
        {**good, "location": {"path": "a.md"}},
        {k: v for k, v in good.items() if k != "fingerprint"},
    ):
        assert not validator.is_valid([bad]), bad


# --- SARIF columns ----------------------------------------------------------------------------

#: Characters outside the Basic Multilingual Plane: one code point each, two UTF-16 code units.
ASTRAL = "😀𠀋"
ASTRAL_ARTICLE = WRONG.replace('title: "Firm', f'title: "{ASTRAL} Firm').replace(
    "The company said", f"{ASTRAL} The company said"
)


def _utf16_column(line: str, column: int) -> int:
    return len(line[: column - 1].encode("utf-16-le")) // 2 + 1


def test_sarif_columns_are_the_unit_its_column_kind_names(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(ASTRAL_ARTICLE, encoding="utf-8")
    done = run("--format", "sarif", "a.md", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    log = json.loads(done.stdout)
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    (sarif_run,) = log["runs"]
    # SARIF counts columns in UTF-16 code units unless the run's columnKind says otherwise: the
    # columns here are code points (as in the text and JSON formats), and the run says so.
    assert sarif_run["columnKind"] == "unicodeCodePoints"
    (result,) = sarif_run["results"]
    lines = ASTRAL_ARTICLE.splitlines()
    for where, figure in (
        (result["locations"][0], "$50M"),
        (result["relatedLocations"][0], "USD 5 million"),
    ):
        region = where["physicalLocation"]["region"]
        line = lines[region["startLine"] - 1]
        assert line.index(figure) + 1 == region["startColumn"]
        assert region["endColumn"] - region["startColumn"] == len(figure)
        # The UTF-16 column is two further on: a tool that ignored columnKind would be off.
        assert _utf16_column(line, region["startColumn"]) == region["startColumn"] + 2
    text = run("a.md", cwd=tmp_path).stdout
    start = result["locations"][0]["physicalLocation"]["region"]
    assert text.startswith(f"a.md:{start['startLine']}:{start['startColumn']}: HC")
