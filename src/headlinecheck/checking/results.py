"""Results: a ``ClaimResult`` with its message and suggestion, from the pairing's best candidate.
A diagnosis's message is worded by its own module (``diagnoses/``); the rest is here."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Any

from headlinecheck import lang
from headlinecheck.checking.diagnoses import BY_DIAGNOSIS, Said
from headlinecheck.checking.direction import POLARITY
from headlinecheck.checking.intervals import OPEN_REACH, open_alike, reach
from headlinecheck.checking.nouns import head_noun, singular
from headlinecheck.checking.values import (
    CONSIDERED,
    ClaimResult,
    Considered,
    Diagnosis,
    DollarSource,
    Verdict,
)
from headlinecheck.currencies import AmbiguousDollar
from headlinecheck.extraction import Figure, Kind
from headlinecheck.wording import (
    QUALIFIER_WORDS,
    amount_range,
    count_range,
    human,
    rate_phrase,
    rate_range_phrase,
    shown,
)

MOVEMENT_NOUNS = lang.get("en").movement_nouns

if TYPE_CHECKING:
    from headlinecheck.checking.conversion import Conversion
    from headlinecheck.checking.pairing import Candidate, Checker


def unsupported(
    claim: Figure, claim_ccy: str | None, notes: tuple[str, ...], message: str | None = None
) -> ClaimResult:
    """An unsupported claim: no body figure of its kind (or none that could be converted);
    ``message`` says why when it is another reason (``unstated``)."""
    if message is None and notes:
        message = (
            f"“{claim.text}” cannot be checked: no body figure could be converted ({notes[0]})."
        )
    elif message is None:
        message = f"“{claim.text}” is unsupported: the body states no {kind_phrase(claim)}."
    return ClaimResult(
        claim=claim,
        verdict=Verdict.UNSUPPORTED,
        evidence=None,
        converted=None,
        rate=None,
        difference=None,
        diagnosis=None,
        message=message,
        claim_currency=claim_ccy,
        notes=notes,
    )


def unstated(claim: Figure, written: str, nearest: Figure) -> ClaimResult:
    """A count the body writes only without its noun (``checking.unstated``): unsupported, not a
    mismatch against ``nearest``, a figure that counts something else or a part."""
    message = (
        f"“{claim.text}” {claim.unit_noun} is unsupported: the body writes “{written}” without "
        f"saying what it counts, and its nearest counted figure, “{nearest.text}”, does not "
        "match; check the body's wording."
    )
    return unsupported(claim, None, (), message)


def result(
    checker: Checker,
    claim: Figure,
    claim_ccy: str | None,
    best: Candidate,
    notes: tuple[str, ...],
    others: Sequence[Candidate] = (),
) -> ClaimResult:
    """The claim judged by its ``best`` candidate: verdict, difference, suggestion, message;
    ``others`` are the candidates it was preferred to."""
    conv = best.conversion
    difference = None
    if conv.point > 0 and conv.point.is_finite() and claim.value.is_finite():
        difference = _difference(claim.value, conv.point)
    verdict = Verdict.SUPPORTED if best.supported else Verdict.MISMATCH
    suggestion = None
    if not best.supported:
        suggestion = human(conv.point, claim_ccy, claim)
        bound = QUALIFIER_WORDS.get(best.evidence.qualifier)
        pair = None
        if best.diagnosis is Diagnosis.WRONG_DIRECTION:
            pair = checker.contradiction(claim, best.evidence)
        if bound is not None and open_alike(claim, best.bounded):
            suggestion = f"{bound} {suggestion}"  # "more than 150 companies", not "150"
        elif pair is not None and pair[1].negated:
            suggestion = None  # "did not grow 5%" supports no figure to write instead
        elif pair is not None:
            found = pair[1]
            noun = MOVEMENT_NOUNS[found.direction]
            if found.words in POLARITY:
                noun = singular(found.words)  # "a loss of USD 5 million"
            suggestion = f"a {noun} of {suggestion}"
    message = _message(checker, claim, claim_ccy, best, suggestion)
    return ClaimResult(
        claim=claim,
        verdict=verdict,
        evidence=best.evidence,
        converted=(conv.low, conv.high),
        rate=conv.rate,
        difference=difference,
        diagnosis=best.diagnosis,
        message=message,
        claim_currency=claim_ccy,
        evidence_currency=best.evidence_currency,
        rate_range=conv.rate_range,
        hint=best.hint,
        suggestion=suggestion,
        notes=notes,
        parts=best.parts,
        considered=considered(best, others),
    )


#: Why a candidate lost, by the first element of ``Candidate.key`` in which it is worse than the
#: chosen one (the key of a supported candidate, then of a mismatch).
_SUPPORTED_REASONS = (
    "does not support the claim",
    "further from the claim",
    "a running total or aggregate",
    "further from the claim's stated value",
    "its sentence shares fewer words with the headline",
    "later in the body",
)
_MISMATCH_REASONS = (
    "does not support the claim",
    "its sentence shares fewer words with the headline",
    "a running total or aggregate",
    "no diagnosis as specific",
    "not governed by the claim's own words",
    "further from the claim",
    "further from the claim's stated value",
    "later in the body",
)


def considered(best: Candidate, others: Sequence[Candidate]) -> tuple[Considered, ...]:
    """The best ``CONSIDERED`` of ``others``, each with the reason it lost to ``best``."""
    ranked = sorted((c for c in others if c.evidence is not best.evidence), key=_key)
    return tuple(
        Considered(other.evidence, other.supported, _why(best, other))
        for other in ranked[:CONSIDERED]
    )


def _why(best: Candidate, other: Candidate) -> str:
    if other.supported and not best.supported:
        return "a running total: the claim's own words govern the figure chosen"
    if other.supported != best.supported:
        return "does not support the claim"
    chosen, key = best.key(), other.key()
    reasons = _SUPPORTED_REASONS if best.supported else _MISMATCH_REASONS
    index = next(
        (i for i, (a, b) in enumerate(zip(chosen, key, strict=True)) if a != b), len(reasons) - 1
    )
    return reasons[min(index, len(reasons) - 1)]


def _key(candidate: Candidate) -> tuple[Any, ...]:
    return candidate.key()


def sum_note(parts: tuple[Figure, ...], total: Figure, currency: str | None) -> str:
    """The parts a sum adds up and their sum, in the parts' own currency: "sum of 2 parts:
    “$3 billion”, “$2 billion” = USD 5 billion"."""
    listed = ", ".join(shown(part) for part in parts)
    return f"sum of {len(parts)} parts: {listed} = {_stated(total, currency)}"


def difference_note(levels: tuple[Figure, Figure], difference: Figure, currency: str | None) -> str:
    """The two levels a change is the difference of, and the difference: "difference of 2
    levels: “Shs 3.6tn” − “Shs 2.9trillion” = UGX 700 billion"."""
    ordered = sorted(levels, key=lambda level: level.value, reverse=True)
    listed = " − ".join(shown(level) for level in ordered)
    return f"difference of 2 levels: {listed} = {_stated(difference, currency)}"


def _stated(figure: Figure, currency: str | None) -> str:
    """A figure's stated value in words: an amount in ``currency``, or a count."""
    if figure.kind is Kind.MONEY:
        return amount_range(figure.value, figure.value, currency)
    return count_range(figure.value, figure.value)


def _difference(value: Decimal, point: Decimal) -> Decimal:
    """``value / point - 1`` to four decimal places. The context grows with the ratio: at a fixed
    28 digits, quantize raises InvalidOperation once the ratio passes about 1e24 (a headline
    "$10000000000000000000000000000" over a body "$5")."""
    with localcontext() as ctx:
        ctx.prec = 28
        ratio = value / point - 1
        ctx.prec = max(28, ratio.adjusted() + 6)
        return ratio.quantize(Decimal("0.0001"))


def kind_phrase(claim: Figure) -> str:
    if claim.kind is Kind.MONEY:
        return "amounts of money"
    if claim.kind is Kind.PERCENT:
        return "percentages"
    noun = head_noun(claim.unit_noun)
    return f"counts of “{noun}”" if noun else "counts"


def _rate_text(conv: Conversion) -> str:
    if conv.rate is not None:
        return f"at {rate_phrase(conv.rate)}"
    if conv.rate_range is not None:
        return f"at {rate_range_phrase(conv.rate_range)}"
    return "in the same currency, without conversion"


def _message(
    checker: Checker,
    claim: Figure,
    claim_ccy: str | None,
    best: Candidate,
    suggestion: str | None,
) -> str:
    ev = best.evidence
    conv = best.conversion
    if claim.kind is Kind.MONEY:
        conv_text = amount_range(conv.low, conv.high, claim_ccy)
    else:
        unit = "%" if claim.kind is Kind.PERCENT else ""
        # The stated number alone when that is what was compared (see pairing.Checker.weigh).
        low, high = (conv.low, conv.high) if conv.low == conv.high else (ev.low, ev.high)
        conv_text = count_range(low, high, unit)
    if claim.kind is Kind.MONEY and best.evidence_currency != claim_ccy:
        where = f"{shown(ev)} is {conv_text} {_rate_text(conv)}"
    else:
        where = f"{shown(ev)} means {conv_text}"
    if best.parts:
        where = f"the sum of its {len(best.parts)} parts in the body, {where}"
    if best.supported:
        return f"{shown(claim)} is supported: {where}."
    head = f"{shown(claim)} does not match the body: {where}"
    rule = None if best.diagnosis is None else BY_DIAGNOSIS[best.diagnosis]
    if rule is not None:
        text = rule.message(Said(checker, claim, claim_ccy, best, suggestion, head))
        if text is not None:
            return text
    if claim.high.is_infinite() and conv.low > reach(claim)[1]:
        # "more than 150" over "600": true as far as it goes, but the bound is no longer the news.
        return (
            f"{head}: an open bound reaches at most {OPEN_REACH} times its figure; "
            f"the body supports {suggestion}."
        )
    if checker.reading.source is DollarSource.BODY and isinstance(ev.currency, AmbiguousDollar):
        return f"{head}; the body supports {suggestion}. {checker.reading.reason}"
    return f"{head}; the body supports {suggestion}."
