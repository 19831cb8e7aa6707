"""Rule codes: the hundreds digit is the kind of figure the headline claims, the last two digits
the outcome, so the same outcome reads the same in every kind (docs/rules.md documents each).

    HC1xx money · HC2xx counts · HC3xx percentages · HC9xx input errors
    x01 supported · x02 mismatch · x03 unsupported · 104 supported only over a guessed window
    x10 currency_confusion · x11 magnitude_slip · x12 inverted_rate · x13 digit_slip
    x14 stale_rate · x15 over_rounded · x16 wrong_direction
    120 121 122: a conversion the body itself states is off, x10^k off, or inverted
    123: a rate is needed but the article is past the rate horizon of the table's end
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from headlinecheck._slotted import Slotted

KIND_BASE = {"money": 100, "count": 200, "percent": 300}
OUTCOME_OFFSET = {"supported": 1, "mismatch": 2, "unsupported": 3, "date_uncertain": 4}
# DIAGNOSIS_OFFSET (diagnosis name -> code offset, in code order), MONEY_ONLY (the diagnoses of
# money alone: currencies and rates) and RULES (code -> Rule, in code order) are derived from the
# diagnosis registry (checking/diagnoses/) on first use (module ``__getattr__``): importing the
# registry costs about three times this module, which the CLI reads at start-up.
if TYPE_CHECKING:
    DIAGNOSIS_OFFSET: Mapping[str, int]
    MONEY_ONLY: frozenset[str]
    RULES: dict[str, Rule]


class Outcome(str, enum.Enum):
    SUPPORTED = "supported"
    MISMATCH = "mismatch"
    UNSUPPORTED = "unsupported"
    DATE_UNCERTAIN = "date_uncertain"
    INPUT_ERROR = "input_error"


class Level(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


class Rule(Slotted):
    _fields = ("code", "name", "summary", "outcome")
    __slots__ = _fields

    code: str
    name: str
    summary: str
    outcome: Outcome

    def __init__(self, code: str, name: str, summary: str, outcome: Outcome) -> None:
        self._assign(code, name, summary, outcome)


@functools.cache
def diagnosis_offsets() -> Mapping[str, int]:
    """Diagnosis name -> rule-code offset, in code order (``x10`` first), from the registry."""
    from headlinecheck.checking.diagnoses import offsets

    return dict(sorted(offsets().items(), key=lambda item: item[1]))


@functools.cache
def money_only_diagnoses() -> frozenset[str]:
    """The diagnoses that apply to money alone, from the registry."""
    from headlinecheck.checking.diagnoses import money_only

    return money_only()


def _claim_rules() -> dict[str, Rule]:
    kinds = {"money": "money", "count": "count", "percent": "percentage"}
    rules: dict[str, Rule] = {}
    for kind, base in KIND_BASE.items():
        noun = kinds[kind]
        plain = {
            "supported": (f"{noun}-supported", f"The headline's {noun} is supported by the body."),
            "mismatch": (f"{noun}-mismatch", f"The headline's {noun} disagrees with the body."),
            "unsupported": (
                f"{noun}-unsupported",
                f"The body has no {noun} figure to support the headline's.",
            ),
            "date_uncertain": (
                f"{noun}-date-uncertain",
                f"The headline's {noun} is supported only at some rates of a date window.",
            ),
        }
        outcomes = {
            "supported": Outcome.SUPPORTED,
            "mismatch": Outcome.MISMATCH,
            "unsupported": Outcome.UNSUPPORTED,
            "date_uncertain": Outcome.DATE_UNCERTAIN,
        }
        for outcome, offset in OUTCOME_OFFSET.items():
            if outcome == "date_uncertain" and kind != "money":
                continue  # only money is converted at a date
            name, summary = plain[outcome]
            code = f"HC{base + offset}"
            rules[code] = Rule(code, name, summary, outcomes[outcome])
        for diagnosis, offset in diagnosis_offsets().items():
            if diagnosis in money_only_diagnoses() and kind != "money":
                continue
            code = f"HC{base + offset}"
            words = diagnosis.replace("_", " ")
            rules[code] = Rule(
                code,
                f"{noun}-{diagnosis.replace('_', '-')}",
                f"The headline's {noun} disagrees with the body: {words}.",
                Outcome.MISMATCH,
            )
    return rules


INPUT_RULES = {
    "HC901": ("unreadable-file", "The file cannot be read, or is binary."),
    "HC902": ("bad-encoding", "The file is not valid UTF-8."),
    "HC903": ("bad-front-matter", "The YAML front matter is invalid."),
    "HC904": ("missing-headline", "No headline was found."),
    "HC905": ("bad-date", "The publication date is not a valid ISO 8601 date."),
    "HC906": ("bad-record", "A JSON / JSON Lines record is invalid."),
    "HC907": ("bad-settings", "The article's headlinecheck settings are invalid."),
    "HC908": ("file-too-large", "The file is over the size limit for an article."),
    "HC909": ("cannot-check", "The article could not be checked (e.g. no rate for its date)."),
}

#: Findings on a conversion the body itself states (checking.body_rates), at its body line.
BODY_RULES = {
    "HC120": ("money-body-conversion-off", "A conversion in the body is off at the date's rate."),
    "HC121": ("money-body-conversion-magnitude", "A conversion in the body is x10^k off."),
    "HC122": ("money-body-conversion-inverted", "A conversion in the body inverts the rate."),
}

#: A claim that needs a rate, in an article dated past the rate horizon (checking.horizon): an
#: error, so that it fails the run and shows even with --quiet.
HORIZON_RULES = {
    "HC123": ("money-rates-beyond-horizon", "The rate table ends too long before the article."),
}


@functools.cache
def all_rules() -> dict[str, Rule]:
    """Every rule, code -> Rule, in code order (``RULES``)."""
    return (
        _claim_rules()
        | {code: Rule(code, n, text, Outcome.MISMATCH) for code, (n, text) in BODY_RULES.items()}
        | {code: Rule(code, n, text, Outcome.MISMATCH) for code, (n, text) in HORIZON_RULES.items()}
        | {
            code: Rule(code, name, summary, Outcome.INPUT_ERROR)
            for code, (name, summary) in INPUT_RULES.items()
        }
    )


_DERIVED = {
    "DIAGNOSIS_OFFSET": diagnosis_offsets,
    "MONEY_ONLY": money_only_diagnoses,
    "RULES": all_rules,
}


def __getattr__(name: str) -> Any:
    """``DIAGNOSIS_OFFSET``, ``MONEY_ONLY`` and ``RULES``, derived on first use."""
    derive = _DERIVED.get(name)
    if derive is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = derive()
    globals()[name] = value
    return value


def rule_code(kind: str, verdict: str, diagnosis: str | None = None) -> str:
    """The stable code for a claim of ``kind`` judged ``verdict`` (with ``diagnosis``)."""
    base = KIND_BASE[kind]
    if verdict == "mismatch" and diagnosis is not None:
        code = f"HC{base + diagnosis_offsets().get(diagnosis, OUTCOME_OFFSET['mismatch'])}"
        if code in all_rules():
            return code
    return f"HC{base + OUTCOME_OFFSET[verdict]}"
