"""docs/rules.md is generated from the diagnosis registry; `headlinecheck rule` prints it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from headlinecheck import report as rp
from headlinecheck.checking.diagnoses import REGISTRY
from headlinecheck.cli.rule_cmd import nearest, rule_sections, rules_markdown

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "rules.md"
ENV = {
    **os.environ,
    "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
}


def hc(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "headlinecheck", "rule", *args],
        capture_output=True,
        text=True,
        env=ENV,
    )


def test_docs_rules_md_is_the_generated_text() -> None:
    assert DOC.read_text(encoding="utf-8") == rules_markdown(), (
        "docs/rules.md is stale: run PYTHONPATH=src python scripts/build_rules_doc.py"
    )


def test_every_rule_code_has_one_section_with_its_name() -> None:
    sections = rule_sections()
    assert set(sections) == set(rp.RULES)
    for code, text in sections.items():
        assert text.startswith(f"### {code} {rp.RULES[code].name}\n\n")
        assert "Example" in text and "\nFix: " in text, code


def test_a_diagnosis_section_comes_from_its_module_docstring() -> None:
    sections = rule_sections()
    for rule in REGISTRY:
        what = re.search(r"What it finds: (\S+ \S+ \S+ \S+)", rule.doc)
        assert what is not None
        for base in rp.KIND_BASE.values():
            code = f"HC{base + rule.offset}"
            if code in sections:
                assert what.group(1) in sections[code], code
    # Per-kind examples: the count section shows the count example, not the money one.
    assert '"150,000 companies"' in sections["HC211"]
    assert '"$6.4B"' not in sections["HC211"]


def test_rule_prints_one_section() -> None:
    done = hc("hc111")
    assert done.returncode == 0, done.stderr
    assert done.stdout == rule_sections()["HC111"]
    by_name = hc("money-magnitude-slip")
    assert by_name.stdout == done.stdout


def test_rule_all_prints_the_rules_doc() -> None:
    done = hc("--all")
    assert done.returncode == 0
    assert done.stdout == DOC.read_text(encoding="utf-8")


@pytest.mark.parametrize(("code", "suggested"), [("HC117", "HC116"), ("HC905x", "HC905")])
def test_an_unknown_code_is_a_usage_error_naming_the_nearest(code: str, suggested: str) -> None:
    done = hc(code)
    assert done.returncode == 2
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert f"unknown rule code (got '{code}'); did you mean {suggested}?" in done.stderr


def test_rule_needs_a_code_or_all() -> None:
    assert hc().returncode == 2
    assert hc("HC111", "--all").returncode == 2


def test_nearest_code_is_numeric_when_the_code_has_digits() -> None:
    codes = list(rp.RULES)
    assert nearest("HC204", codes) == "HC203"
    assert nearest("HC999", codes) == "HC909"
    assert nearest("money-magnitude", codes) in codes
