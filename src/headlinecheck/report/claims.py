"""From the checker's results to findings: codes, locations and the one-line message of each
headline claim. This module words verdicts; it never decides one (that is ``check``'s job)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from headlinecheck.extraction import Qualifier
from headlinecheck.report.findings import Finding, Location, suppress_lines
from headlinecheck.report.rules import RULES, Outcome, rule_code

if TYPE_CHECKING:
    from headlinecheck.articles import Article
    from headlinecheck.checking import ClaimResult
    from headlinecheck.checking import Report as CheckReport
    from headlinecheck.extraction import Figure
    from headlinecheck.rates import RateRange


def claim_findings(article: Article, result: CheckReport, *, worded: bool = True) -> list[Finding]:
    """One finding per headline claim of ``result`` (the checker's report on ``article``).

    ``worded=False`` leaves each finding's one-line message empty (``claim_line``, most of the
    cost here): for callers that read only codes, places and suppressions, such as the rows."""
    findings = []
    for claim in result.claims:
        code = _claim_code(claim, result.date_uncertain)
        start, end = claim.claim.span
        line, column = article.locate(start, "headline")
        end_line, end_column = article.locate(end, "headline")
        evidence = None
        if claim.evidence is not None:
            ev_line, ev_column = article.locate(claim.evidence.span[0], "body")
            ev_end_line, ev_end = article.locate(claim.evidence.span[1], "body")
            evidence = Location(
                article.path,
                ev_line,
                ev_column,
                ev_end if ev_end_line == ev_line else None,
                text=" ".join(claim.evidence.text.split()),
            )
        location = Location(article.path, line, column, end_column if end_line == line else None)
        findings.append(
            Finding(
                code,
                location,
                claim_line(claim, code) if worded else "",
                evidence=evidence,
                fix=claim.message,
            )
        )
    findings.extend(conversion_findings(article, result, worded=worded))
    return suppress_lines(findings, article.settings.line_ignores)


def conversion_findings(
    article: Article, result: CheckReport, *, worded: bool = True
) -> list[Finding]:
    """One finding per conversion the body states wrongly, at the stated amount's body line
    (``worded``: as ``claim_findings``)."""
    findings = []
    for conversion in result.conversions:
        if conversion.code is None:
            continue
        line, column = article.locate(conversion.stated.span[0], "body")
        src_line, src_column = article.locate(conversion.source.span[0], "body")
        source = Location(article.path, src_line, src_column, text=conversion.source.text)
        findings.append(
            Finding(
                conversion.code,
                Location(article.path, line, column),
                conversion.line if worded else "",
                evidence=source,
                fix=conversion.message,
            )
        )
    return findings


def _claim_code(claim: ClaimResult, date_uncertain: bool) -> str:
    kind = claim.claim.kind.value
    verdict = claim.verdict.value
    if claim.beyond_horizon:
        return "HC123"  # no rate carried that far past the table's end (checking.horizon)
    if verdict == "supported" and date_uncertain and claim.rate_range is not None:
        # Supported by some rate of a guessed window: say so rather than pass silently.
        return rule_code(kind, "date_uncertain")
    diagnosis = None if claim.diagnosis is None else claim.diagnosis.value
    return rule_code(kind, verdict, diagnosis)


def claim_line(claim: ClaimResult, code: str) -> str:
    """ "headline claims $6.4M; body has HKD 50 million = USD 6.38 million at ...: supported"."""
    from headlinecheck.wording import rate_phrase

    head = f"headline claims {_figure_text(claim.claim)}"
    evidence = claim.evidence
    if evidence is None or claim.converted is None:
        reason = claim.notes[0] if claim.notes else f"body has no {_kind_noun(claim)}"
        return f"{head}; {reason}: unsupported"
    converted = _converted_text(claim)
    body = f"body has {_figure_text(evidence)}"
    if claim.claim.kind.value != "money":
        # An open bound reads plainly in words ("more than 150"); other intervals are shown.
        if converted != evidence.text and evidence.qualifier not in _OPEN_BOUNDS:
            body += f" ({converted})"
    elif claim.rate is not None:
        body += f" = {converted} at {rate_phrase(claim.rate)}"
    elif claim.rate_range is not None:
        body += f" = {converted} at {_range_phrase(claim.rate_range)}"
    outcome = RULES[code].outcome
    if claim.verdict.value == "supported":
        verdict = "supported" if outcome is Outcome.SUPPORTED else "supported, date uncertain"
        return f"{head}; {body}: {verdict}"
    diagnosis = "" if claim.diagnosis is None else f" ({claim.diagnosis.value})"
    text = f"{head}; {body}: mismatch{diagnosis}"
    if claim.suggestion:
        text += f"; the body supports {claim.suggestion}"
    return text


def _converted_text(claim: ClaimResult) -> str:
    """The evidence in the claim's terms: a point for an exact figure, else its interval."""
    from headlinecheck.wording import amount, amount_range

    assert claim.evidence is not None and claim.converted is not None
    evidence = claim.evidence
    money = claim.claim.kind.value == "money"
    exact = evidence.qualifier.value == "none" and evidence.value_high is None
    if not money:
        low, high = (evidence.value, evidence.value) if exact else claim.converted
        text = _count_text(low, high)
        return text + "%" if claim.claim.kind.value == "percent" else text
    if not exact:
        return amount_range(*claim.converted, claim.claim_currency)
    if claim.rate is not None:
        factor = claim.rate.value
    elif claim.rate_range is not None:
        factor = (claim.rate_range.low.value + claim.rate_range.high.value) / 2
    else:
        factor = Decimal(1)
    return amount(evidence.value * factor, claim.claim_currency)


def _range_phrase(span: RateRange) -> str:
    """ "7.7657-7.8487 HKD per USD (ECB, 2025-10-31 to 2026-10-30, no single date)"."""
    low, high = span.low, span.high
    if low.value >= 1:
        values, unit = (low.value, high.value), f"{low.quote} per {low.base}"
    else:  # show the direction a reader knows, >= 1
        values, unit = (1 / low.value, 1 / high.value), f"{low.base} per {low.quote}"
    first, last = sorted(values)
    sources = low.source if low.source == high.source else f"{low.source}/{high.source}"
    return (
        f"{first:.5g}–{last:.5g} {unit} ({sources}, {span.start.isoformat()} to "
        f"{span.end.isoformat()}, no single date)"
    )


#: Qualifier words stand outside a figure's span ("more than" + "150"); put one back for display.
_QUALIFIER_WORDS = {
    Qualifier.APPROX: "about",
    Qualifier.AT_LEAST: "at least",
    Qualifier.MORE_THAN: "more than",
    Qualifier.AT_MOST: "at most",
    Qualifier.LESS_THAN: "less than",
}


_OPEN_BOUNDS = frozenset(
    {Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.AT_MOST, Qualifier.LESS_THAN}
)


def _figure_text(figure: Figure) -> str:
    """The figure as written, with its qualifier and, for a count, its noun ("more than 150
    companies"). A qualifier written inside the span ("150+") is not repeated."""
    text = " ".join(figure.text.split())  # a figure may wrap across lines in the source
    word = _QUALIFIER_WORDS.get(figure.qualifier)
    if word and text[-1:] != "+":
        text = f"{word} {text}"
    noun = figure.unit_noun
    if noun and noun.casefold() not in figure.text.casefold():
        return f"{text} {noun}"
    return text


def _kind_noun(claim: ClaimResult) -> str:
    kind = claim.claim.kind.value
    if kind == "money":
        return "amount of money"
    if kind == "percent":
        return "percentage"
    return f"count of {claim.claim.unit_noun}" if claim.claim.unit_noun else "count"


def _count_text(low: Decimal, high: Decimal) -> str:
    def plain(value: Decimal) -> str:
        text = format(value, ",f")
        return text.rstrip("0").rstrip(".") if "." in text else text

    if high.is_infinite():
        return f"{plain(low)} or more"
    return plain(low) if low == high else f"{plain(low)} to {plain(high)}"
