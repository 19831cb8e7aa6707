"""The benchmark harness refuses to time a run that did no real work (benchmarks/harness.py)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import harness  # noqa: E402  (benchmarks/ is not a package)


def _printing(text: str, code: int = 0) -> harness.Case:
    python, env = harness.python_command()
    script = f"import sys; sys.stdout.write({text!r}); sys.exit({code})"
    return harness.Case("printing", command=[*python, "-c", script], env=env, loops=1)


@pytest.mark.parametrize(
    "output",
    [
        # text (and github's tail, html's line): the summary's count
        "a.md:2:9: HC907 no rates\n1 file, 0 claims: 0 supported; 1 input error; 0 suppressed.",
        "12 files, 0 claims: 0 supported, 0 mismatched; 12 input errors; 0 suppressed.",
        '{"summary": {"claims": 0, "input_errors": 3}}',  # json
        '{"code": "HC907", "rule": "bad-settings", "outcome": "input_error"}\n',  # jsonl
        '"results": [{"ruleId": "HC901", "level": "error"}]',  # sarif
        '[{"check_name": "headlinecheck/HC907"}]',  # gitlab
        '<testcase name="HC907 bad-settings at 2:9"><error type="HC907" message="x"/>',  # junit
    ],
)
def test_a_run_reporting_an_input_error_is_refused(output: str) -> None:
    with pytest.raises(harness.Refused, match="reports an input error") as refused:
        harness.preflight(_printing(output, code=1))
    assert "'printing'" in str(refused.value.code)


def test_a_run_exiting_2_is_refused() -> None:
    with pytest.raises(harness.Refused, match="exits 2"):
        harness.preflight(_printing("headlinecheck: error: no such option", code=2))


@pytest.mark.parametrize(
    "output",
    [
        "1 file, 2 claims: 2 supported, 0 mismatched, 0 unsupported; 0 input errors; 0 suppressed.",
        '{"summary": {"claims": 2, "input_errors": 0}}',
        # a clean SARIF log lists the input rules among all rules: only results count
        '"rules": [{"id": "HC907", "properties": {"outcome": "input_error"}}], "results": []',
        "headlinecheck 0.1.0",
        "",
    ],
)
def test_a_clean_run_is_timed(output: str) -> None:
    harness.preflight(_printing(output))  # findings (exit 1) are real work too
    harness.preflight(_printing(output, code=1))


def test_a_tree_without_its_rate_table_is_refused_before_any_round(tmp_path: Path) -> None:
    # ``git archive main src`` leaves data/fx_rates.csv out: every check is a fast HC907.
    bare = tmp_path / "src"
    shutil.copytree(
        ROOT / "src" / "headlinecheck",
        bare / "headlinecheck",
        ignore=shutil.ignore_patterns("__pycache__", "data"),
    )
    article = str(ROOT / "examples" / "hong-kong-web3-budget.md")
    good, good_env = harness.cli_command("check", article)
    bad, bad_env = harness.cli_command("check", article, src=bare)
    cases = [
        harness.Case("check", command=good, env=good_env, loops=1),
        harness.Case("check (baseline)", command=bad, env=bad_env, loops=1),
    ]
    harness.preflight(cases[0])
    with pytest.raises(harness.Refused) as refused:
        harness.measure(cases, harness.Settings(rounds=1, min_seconds=0.0, memory=False))
    message = str(refused.value.code)
    assert "'check (baseline)'" in message and str(bare) in message
    assert "HC907" in message
