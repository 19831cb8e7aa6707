"""Rule codes of the diagnoses come from the diagnosis registry, derived on first use."""

from __future__ import annotations

import subprocess
import sys

from headlinecheck.checking.diagnoses import REGISTRY
from headlinecheck.extraction import Kind
from headlinecheck.report import rules


def test_importing_the_rules_does_not_import_the_registry() -> None:
    code = (
        "import sys, headlinecheck.report.rules as r\n"
        "assert 'headlinecheck.checking.diagnoses' not in sys.modules\n"
        "r.rule_code('money', 'mismatch', 'digit_slip')\n"
        "assert 'headlinecheck.checking.diagnoses' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_every_registered_diagnosis_has_its_codes() -> None:
    for rule in REGISTRY:
        name = rule.diagnosis.value
        assert rules.DIAGNOSIS_OFFSET[name] == rule.offset
        for kind, base in rules.KIND_BASE.items():
            code = f"HC{base + rule.offset}"
            assert (code in rules.RULES) is (Kind(kind) in rule.kinds)
            if code in rules.RULES:
                assert rules.rule_code(kind, "mismatch", name) == code
                assert rules.RULES[code].name.endswith(name.replace("_", "-"))
    assert {r.diagnosis.value for r in REGISTRY if r.kinds == {Kind.MONEY}} == rules.MONEY_ONLY


def test_the_codes_stand_in_code_order() -> None:
    assert list(rules.DIAGNOSIS_OFFSET.values()) == sorted(rules.DIAGNOSIS_OFFSET.values())
    claim_codes = [code for code in rules.RULES if code < "HC900" and code not in rules.BODY_RULES]
    claim_codes = [code for code in claim_codes if code not in rules.HORIZON_RULES]
    assert claim_codes == sorted(claim_codes)
    assert list(rules.RULES)[-1] == max(rules.INPUT_RULES)
