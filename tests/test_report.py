"""Rule codes, findings and the four renderers (text, JSON, SARIF 2.1.0, GitHub)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from check_helpers import DOLLAR, count, money
from headlinecheck import report as rp
from headlinecheck.articles import from_text
from headlinecheck.checking import check_figures
from headlinecheck.rates import RateTable
from shared import SEED_PUBLISHED

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))


def _finding(code: str, path: str = "news/a.md", line: int = 2, **kw: object) -> rp.Finding:
    return rp.Finding(code, rp.Location(path, line, 5, 10), f"message for {code}", **kw)  # type: ignore[arg-type]


def _run(*findings: rp.Finding, fail_on: str = "mismatch") -> rp.Run:
    files = [
        rp.FileResult(f.location.path, (f,), ({"schema": "headlinecheck.report/1"},), 1)
        for f in findings
    ]
    return rp.Run(tuple(files), fail_on=fail_on, version="9.9")


SAMPLE = (
    _finding("HC101"),
    _finding("HC111", evidence=rp.Location("news/a.md", 7, 3, 17)),
    _finding("HC203", path="news/b, c.md"),
    _finding("HC102", suppressed=True),
    rp.input_finding("bad.md", "HC903", "invalid YAML front matter: oops", 3, 1),
)


def test_code_scheme_is_stable() -> None:
    assert rp.rule_code("money", "supported") == "HC101"
    assert rp.rule_code("money", "mismatch") == "HC102"
    assert rp.rule_code("count", "unsupported") == "HC203"
    assert rp.rule_code("money", "date_uncertain") == "HC104"
    assert "HC204" not in rp.RULES  # counts are never converted, so never date-uncertain
    expected = {
        "currency_confusion": "HC110",
        "magnitude_slip": "HC111",
        "inverted_rate": "HC112",
        "digit_slip": "HC113",
        "stale_rate": "HC114",
        "over_rounded": "HC115",
    }
    for diagnosis, code in expected.items():
        assert rp.rule_code("money", "mismatch", diagnosis) == code
    assert rp.rule_code("count", "mismatch", "magnitude_slip") == "HC211"
    # A money-only diagnosis on a count, or one we do not know, is a plain mismatch.
    assert rp.rule_code("count", "mismatch", "currency_confusion") == "HC202"
    assert rp.rule_code("money", "mismatch", "some_new_diagnosis") == "HC102"
    names = [rule.name for rule in rp.RULES.values()]
    assert len(names) == len(set(names))


def test_every_rule_is_documented_with_example_and_fix() -> None:
    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    sections = dict(re.findall(r"^### (HC\d{3})[^\n]*\n(.*?)(?=^### |\Z)", text, re.M | re.S))
    assert set(sections) == set(rp.RULES)
    for code, body in sections.items():
        assert "Example" in body and "Fix" in body, code


def test_levels_follow_fail_on() -> None:
    unsupported = _finding("HC103")
    assert unsupported.level("mismatch") is rp.Level.WARNING
    assert not unsupported.fails("mismatch")
    assert unsupported.fails("unsupported")
    assert _finding("HC101").level("unsupported") is rp.Level.NOTE
    assert _finding("HC110").fails("mismatch")
    assert not _finding("HC110", suppressed=True).fails("mismatch")
    assert rp.input_finding("x", "HC901", "binary").fails("mismatch")


def test_text_lines_and_summary() -> None:
    out = rp.render_text(_run(*SAMPLE))
    assert out.splitlines() == [
        "news/a.md:2:5: HC101 message for HC101",
        "news/a.md:2:5: HC111 message for HC111",
        "  evidence: body line 7",
        "news/b, c.md:2:5: HC203 message for HC203",
        "bad.md:3:1: HC903 invalid YAML front matter: oops",
        "5 files, 4 claims: 1 supported, 1 mismatched, 1 unsupported; 1 input error;"
        " 1 suppressed. 2 failures (--fail-on mismatch).",
    ]
    quiet = rp.render_text(_run(*SAMPLE), quiet=True).splitlines()
    quiet = [line for line in quiet if not line.startswith("  ")]
    assert [line.split()[1] for line in quiet[:-1]] == ["HC111", "HC903"]
    assert rp.render_text(_run(_finding("HC101")), quiet=True) == ""
    assert "\x1b[" not in rp.render_text(_run(*SAMPLE))
    assert "\x1b[31mHC111\x1b[0m" in rp.render_text(_run(*SAMPLE), colour=True)


def test_body_conversions_and_horizon_findings_are_counted_apart() -> None:
    run = _run(_finding("HC101"), _finding("HC120"), _finding("HC123"), _finding("HC122"))
    summary = run.summary()
    # HC120/HC122 are the body's own conversions, not claims; HC123 is a claim, not a mismatch.
    assert (summary["claims"], summary["supported"], summary["mismatch"]) == (2, 1, 0)
    assert (summary["beyond_horizon"], summary["body_conversions"]) == (1, 2)
    assert summary["failures"] == 3
    assert rp.summary_line(run) == (
        "4 files, 2 claims: 1 supported, 0 mismatched, 0 unsupported, 1 beyond the rate horizon; "
        "2 body conversions off; 0 input errors; 0 suppressed. 3 failures (--fail-on mismatch)."
    )
    one = rp.summary_line(_run(_finding("HC101"), _finding("HC120")))
    assert one.startswith("2 files, 1 claim: 1 supported, 0 mismatched, 0 unsupported; 1 body ")
    assert "1 body conversion off; 0 input errors" in one
    # JSON has the same counts, and --statistics counts each rule as the findings are.
    assert json.loads(rp.render_json(run))["summary"] == summary
    stats = json.loads(rp.render_json(run, rp.RenderOptions(statistics=True)))
    assert {row["code"]: row["count"] for row in stats} == {
        "HC101": 1,
        "HC120": 1,
        "HC122": 1,
        "HC123": 1,
    }
    assert rp.render_text(run, rp.RenderOptions(statistics=True)).endswith(
        rp.summary_line(run) + "\n"
    )


def test_a_suppressed_body_conversion_is_not_a_claim() -> None:
    summary = _run(_finding("HC121", suppressed=True), _finding("HC102")).summary()
    assert (summary["claims"], summary["body_conversions"], summary["suppressed"]) == (1, 0, 1)


def test_the_stale_rates_exit_code_is_the_highest_status() -> None:
    horizon = _finding("HC123")
    assert rp.Run((rp.FileResult("a", (horizon,)),)).exit_code == 1
    for code, others, expected in [(3, (), 3), (0, (), 0), (0, ("HC102",), 1), (3, ("HC102",), 3)]:
        findings = (horizon, *(_finding(other) for other in others))
        run = rp.Run((rp.FileResult("a", findings),), stale_rates_exit_code=code)
        assert run.exit_code == expected, (code, others)
    suppressed = _finding("HC123", suppressed=True)
    assert rp.Run((rp.FileResult("a", (suppressed,)),), stale_rates_exit_code=3).exit_code == 0


def test_colour_only_on_a_tty(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert rp.use_colour(Tty())  # type: ignore[arg-type]
    monkeypatch.setenv("NO_COLOR", "1")
    assert not rp.use_colour(Tty())  # type: ignore[arg-type]


def test_json_document() -> None:
    document = json.loads(rp.render_json(_run(*SAMPLE)))
    assert document["schema"] == rp.RUN_SCHEMA
    assert document["exit_code"] == 1
    assert document["summary"] == {
        "files": 5,
        "articles": 5,
        "claims": 4,
        "supported": 1,
        "mismatch": 1,
        "unsupported": 1,
        "date_uncertain": 0,
        "beyond_horizon": 0,
        "body_conversions": 0,
        "input_errors": 1,
        "suppressed": 1,
        "failures": 2,
    }
    first = document["findings"][1]
    assert first == {
        "code": "HC111",
        "rule": "money-magnitude-slip",
        "outcome": "mismatch",
        "level": "error",
        "path": "news/a.md",
        "line": 2,
        "column": 5,
        "end_column": 10,
        "message": "message for HC111",
        "evidence": {"path": "news/a.md", "line": 7, "column": 3, "end_column": 17},
        "suppressed": False,
        "fix": None,
    }
    assert document["files"][0]["reports"] == [{"schema": "headlinecheck.report/1"}]


def test_sarif_is_valid_and_lists_problems_only() -> None:
    log = rp.to_sarif(_run(*SAMPLE, fail_on="unsupported"))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    results = log["runs"][0]["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("HC111", "error"),
        ("HC203", "error"),
        ("HC102", "error"),
        ("HC903", "error"),
    ]
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    assert results[0]["relatedLocations"][0]["physicalLocation"]["region"] == {
        "startLine": 7,
        "startColumn": 3,
        "endColumn": 17,
    }
    assert results[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "news/b%2C%20c.md"
    )
    assert results[2]["suppressions"][0]["kind"] == "inSource"
    absolute = rp.to_sarif(_run(_finding("HC102", path="/srv/news/a b.md")))
    jsonschema.Draft4Validator(SCHEMA).validate(absolute)
    location = absolute["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "file:///srv/news/a%20b.md"}


def test_github_annotations_escape_properties_and_data() -> None:
    finding = rp.Finding("HC110", rp.Location("a,b:c.md", 3, 7), "50% off\nline two", fix=None)
    out = rp.render_github(_run(finding, _finding("HC101"), _finding("HC103")))
    lines = out.splitlines()
    assert lines[0] == (
        "::error file=a%2Cb%3Ac.md,line=3,col=7,title=HC110 money-currency-confusion"
        "::50%25 off%0Aline two"
    )
    assert lines[1].startswith("::warning file=news/a.md,line=2,col=5,endColumn=10,title=HC103")
    assert len(lines) == 3  # the supported claim is not annotated; then the summary


# --- from the checker's own results ----------------------------------------------------------

BODY = "Officials set aside HKD 50 million. Cyberport hosts more than 150 companies."


def _check(
    bundled_table: RateTable, headline: str, claim_text: str, value: str, precision: str
) -> tuple[rp.Finding, ...]:
    article = from_text(headline, BODY, path="draft.md", published=SEED_PUBLISHED)
    claims = [money(claim_text, value, DOLLAR, precision, at=headline.index(claim_text))]
    evidence = [
        money("HKD 50 million", "50000000", "HKD", "1000000", at=BODY.index("HKD")),
        count("more than 150", "150", "companies", at=BODY.index("more"), open_above=True),
    ]
    result = check_figures(
        headline, BODY, claims, evidence, published=SEED_PUBLISHED, rates=bundled_table
    )
    return tuple(rp.claim_findings(article, result))


def test_supported_claim_line_shows_the_arithmetic(bundled_table: RateTable) -> None:
    [finding] = _check(
        bundled_table, "HK sets aside $6.4M for chains", "$6.4M", "6400000", "100000"
    )
    assert finding.code == "HC101"
    assert (finding.location.line, finding.location.column, finding.location.end_column) == (
        1,
        15,
        20,
    )
    assert finding.evidence == rp.Location("draft.md", 2, 21, 35)
    assert finding.evidence.text == "HKD 50 million"
    assert re.fullmatch(
        r"headline claims \$6\.4M; body has HKD 50 million = USD 6\.3\d million at "
        r"7\.8\d+ HKD per USD \(ECB 2023-08-2\d.*\): supported",
        finding.message,
    ), finding.message


def test_mismatch_claim_line_names_diagnosis_and_suggestion(bundled_table: RateTable) -> None:
    [finding] = _check(
        bundled_table, "HK sets aside $6.4B for chains", "$6.4B", "6400000000", "100000000"
    )
    assert finding.code == "HC111"
    assert finding.message.endswith(
        ": mismatch (magnitude_slip); the body supports USD 6.4 million"
    )
    assert finding.fix is not None and "1,000 times larger" in finding.fix


def test_a_figure_wrapped_across_lines_is_shown_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from headlinecheck.cli import main

    article = tmp_path / "wrapped.md"
    article.write_text(
        "---\ntitle: Hong Kong allocates $6.4M for Web3\ndate: 2023-08-29\n---\n"
        "The budget sets aside HKD 50\nmillion for Web3 work.\n",
        encoding="utf-8",
    )
    assert main(["check", str(article)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.endswith(
        "body has HKD 50 million = USD 6.37 million at 7.8469 HKD per USD "
        "(ECB 2023-08-29, via EUR): supported"
    )


def test_show_source_numbers_lines_as_the_reader_does(tmp_path: Path) -> None:
    # A form feed and U+2028 are inside a line for the article reader (lines end at "\n").
    path = tmp_path / "a.md"
    path.write_bytes("one\x0cstill one\r\ntwo\u2028still two\nthree\n".encode())
    from headlinecheck.report.text import read_source

    lines = read_source(str(path))
    assert lines is not None
    assert lines[:3] == ["one\x0cstill one", "two\u2028still two", "three"]
