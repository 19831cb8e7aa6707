"""wrong_direction: the number fits, but the headline moves it the other way.

What it finds: The body supports the headline's number, but the headline moves it the
opposite way: it says the figure fell where the body says it rose, or the reverse; or a
profit where the body reports a loss (a surplus against a deficit). Only explicit direction
words next to the figure on both sides count (rise/rose/up/gain/jump/surge/climb/increase/grow/...
against fall/fell/down/drop/decline/slump/plunge/shrink/cut/decrease/..., or a sign: "-1.2%");
a body that denies the headline's movement ("did not fall" for "falls") counts too, a figure
without a direction on either side is judged on its number alone, and a level ("rose to 3%") is
never set against a change ("rose 3%"). docs/checking.md gives the full rules.
Why it matters: the number alone passes, so without this rule the headline's worst error, a
rise reported as a fall, would be marked supported.
Example (money): headline "Revenue drops $5M" over "revenue grew by $5 million last year";
"Firm posts $5M profit" over "the firm reported a net loss of $5 million".
Example (count): headline "Cyberport sheds 150 companies" over "the park gained 150 companies
this year".
Example (percent): headline "Profits fall 30%" over "Profits rose 30% last year".
Fix: use the body's direction ("Revenue grows $5M", "Firm posts $5M loss"), or correct the body.
Fix (count): use the body's direction, or correct the body.
Fix (percent): use the body's direction ("Profits rise 30%"), or correct the body.
"""

from __future__ import annotations

from headlinecheck.checking.diagnoses.base import ALL_KINDS, Case, Said
from headlinecheck.checking.direction import POLARITY
from headlinecheck.checking.values import Diagnosis, Hint

DIAGNOSIS = Diagnosis.WRONG_DIRECTION
OFFSET = 16
KINDS = ALL_KINDS


def detect(case: Case) -> Hint | None:
    """Found while pairing (the number fits, the direction does not): see
    ``Checker.contradiction``."""
    candidate = case.candidate
    if candidate.conflict is not Diagnosis.WRONG_DIRECTION:
        return None
    pair = case.checker.contradiction(case.claim, candidate.evidence)
    assert pair is not None
    conv = candidate.conversion
    return Hint((conv.low, conv.high), direction=pair[1].phrase())


def message(said: Said) -> str | None:
    pair = said.checker.contradiction(said.claim, said.best.evidence)
    if pair is None:
        return None
    head = said.head
    heading, found = pair
    fix = "the body denies it, so drop or correct the direction" if found.negated else said.write
    if found.words in POLARITY:
        return (
            f"{head}. The number fits, but the headline says “{heading.words}” where the body "
            f"says “{found.words}”; {fix}."
        )
    return (
        f"{head}. The number fits, but the headline says “{heading.words}” "
        f"({heading.phrase()}) where the body says “{found.words}” ({found.phrase()}); {fix}."
    )
