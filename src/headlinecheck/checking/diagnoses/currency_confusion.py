"""currency_confusion: the headline's number is the body's, under another currency.

What it finds: The headline reuses the body's number with another currency, typically a bare
`$` for a different dollar; or it matches only if `$` meant another dollar than the article's
reading of it.
Why it matters: one significant digit spans ±50%, wide enough to hide the slip: "$1 billion"
over "EUR 1 billion" (USD 1.24 billion at 1.2379 USD per EUR on 2018-01-29) repeats the body's
number under another symbol and is more than 5% from the converted amount, so it is a currency
confusion, not a rounding.
Example: headline "Hong Kong allocates $50M" over "HKD 50 million": `$` reads as USD here, and
USD 50 million is about eight times the body's amount.
Fix: write the converted amount ("$6.4M") or name the currency ("HK$50M").
"""

from __future__ import annotations

from headlinecheck.checking.diagnoses.base import MONEY_ONLY, Case, Said
from headlinecheck.checking.signs import YEN_SIGNS
from headlinecheck.checking.values import Diagnosis, Hint
from headlinecheck.currencies import AmbiguousDollar
from headlinecheck.errors import HeadlinecheckError
from headlinecheck.extraction import Figure

DIAGNOSIS = Diagnosis.CURRENCY_CONFUSION
OFFSET = 10
KINDS = MONEY_ONLY


def detect(case: Case) -> Hint | None:
    candidate, claim, claim_ccy = case.candidate, case.claim, case.claim_ccy
    figure, ev_ccy = candidate.bounded, candidate.evidence_currency
    if candidate.conflict is Diagnosis.CURRENCY_CONFUSION:
        return Hint((figure.low, figure.high), currency=ev_ccy)
    if case.open or claim_ccy is None or ev_ccy is None:
        return None
    if ev_ccy != claim_ccy and case.fits(figure.low, figure.high):
        return Hint((figure.low, figure.high), currency=ev_ccy)
    if isinstance(claim.currency, AmbiguousDollar):
        for other in case.checker.other_dollars(claim.currency, claim_ccy, ev_ccy):
            try:
                alt = case.checker.rates.convert(figure, ev_ccy, other)
            except HeadlinecheckError:
                continue
            if case.fits(alt.low, alt.high):
                return Hint((alt.low, alt.high), rate=alt.rate, currency=other)
    return None


def _sign(figure: Figure | None) -> str | None:
    if figure is None:
        return None
    if isinstance(figure.currency, AmbiguousDollar):
        return "$" if figure.currency.symbol in ("$", "＄") else figure.currency.symbol
    return next((sign for sign in YEN_SIGNS if sign in figure.text), None)


def in_doubt(said: Said) -> tuple[str, str] | None:
    """(the sign in doubt, why the article reads it so): the claim's ambiguous sign, else the
    evidence's; None when both name their currency ("EUR 50 million")."""
    reading = said.checker.reading
    for figure in (said.claim, said.best.evidence):
        sign = _sign(figure)
        if sign is None:
            continue
        if sign == "$":
            return sign, reading.reason
        key = "¥" if sign in YEN_SIGNS else sign
        why = next((why for own, _, why in reading.signs if own == key), "")
        if not why and key == "¥":
            why = (
                f"Nothing in the body says whether ¥ is the yen or the yuan, so "
                f"“{figure.text}” is read as {figure.currency}."
            )
        return sign, why
    return None


def message(said: Said) -> str | None:
    hint = said.best.hint
    if hint is None:
        return None
    doubt = in_doubt(said)
    sign, reason = doubt if doubt is not None else ("$", "")
    reason = f" {reason}" if reason else ""
    if hint.currency == said.best.evidence_currency:
        return (
            f"{said.head}. The headline reuses the body's {hint.currency} number as "
            f"{said.claim_ccy}.{reason} Write {said.suggestion}, or name the "
            f"currency as {hint.currency}."
        )
    return (
        f"{said.head}. It would match only if {sign} meant {hint.currency}.{reason} "
        f"Write {said.suggestion}, or make the currency explicit."
    )
