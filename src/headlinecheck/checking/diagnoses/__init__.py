"""Why a mismatched claim is probably wrong: one module per diagnosis, one registry.

Each module holds its detection (``detect(case) -> Hint | None``), its message
(``message(said) -> str | None``), its rule-code offset (``OFFSET``: the code is the kind's base,
100 money / 200 count / 300 percent, plus the offset), the kinds of figure it applies to
(``KINDS``) and a docstring in the form What it finds / Why it matters / Example / Fix, from
which docs/rules.md is generated (``headlinecheck.checking.diagnoses.rules_doc``).

``REGISTRY`` is ordered: its order is the priority, most specific first, the first diagnosis that
explains a mismatch is the one reported. Adding a diagnosis is one new module here, its line in
``REGISTRY`` (and its member of ``Diagnosis``), and one YAML fixture.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import NamedTuple

from headlinecheck.checking.diagnoses import (
    currency_confusion,
    digit_slip,
    inverted_rate,
    magnitude_slip,
    over_rounded,
    stale_rate,
    wrong_direction,
)
from headlinecheck.checking.diagnoses.base import Case, Said
from headlinecheck.checking.values import Diagnosis, Hint
from headlinecheck.extraction import Kind


class Rule(NamedTuple):
    """One registered diagnosis. ``deferred`` ones are costly (a scan of a rate history) and are
    tried only for the mismatches that would be reported without them."""

    diagnosis: Diagnosis
    offset: int
    kinds: frozenset[Kind]
    detect: Callable[[Case], Hint | None]
    message: Callable[[Said], str | None]
    doc: str
    deferred: bool


def _rule(module: ModuleType) -> Rule:
    return Rule(
        module.DIAGNOSIS,
        module.OFFSET,
        module.KINDS,
        module.detect,
        module.message,
        module.__doc__ or "",
        getattr(module, "DEFERRED", False),
    )


#: Every diagnosis, in priority order.
REGISTRY: tuple[Rule, ...] = tuple(
    _rule(module)
    for module in (
        wrong_direction,
        currency_confusion,
        magnitude_slip,
        inverted_rate,
        over_rounded,
        digit_slip,
        stale_rate,
    )
)
#: Diagnosis -> its rank in the priority (0 first); no diagnosis ranks after all of them.
RANK = {rule.diagnosis: index for index, rule in enumerate(REGISTRY)}
BY_DIAGNOSIS = {rule.diagnosis: rule for rule in REGISTRY}


def offsets() -> dict[str, int]:
    """Diagnosis name -> rule-code offset, as ``report.DIAGNOSIS_OFFSET`` has it."""
    return {rule.diagnosis.value: rule.offset for rule in REGISTRY}


def money_only() -> frozenset[str]:
    """The diagnoses that apply to money alone, as ``report.MONEY_ONLY`` has them."""
    return frozenset(rule.diagnosis.value for rule in REGISTRY if rule.kinds == {Kind.MONEY})


__all__ = ["BY_DIAGNOSIS", "RANK", "REGISTRY", "Case", "Rule", "Said", "money_only", "offsets"]
