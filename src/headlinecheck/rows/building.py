"""An article's report, or an input error, as rows: ``claim_row``, ``conversion_row``,
``error_row``, ``article_rows``, and where records keep their article (``Fields``). What to
check with (``Settings``, ``layered``), the order of settings (``check_article``) and the rate
table are ``rows.settings``'."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from headlinecheck import ClaimResult, HeadlinecheckError, InputError, Report
from headlinecheck.articles import Article, BadArticle
from headlinecheck.report import claim_findings, suppress
from headlinecheck.rows.schema import BAD_SETTING, CANNOT_CHECK, NAMES
from headlinecheck.rows.settings import Settings, check_article

if TYPE_CHECKING:
    from headlinecheck.checking.body_rates import BodyConversion


@attrs.frozen
class Fields:
    """Where a record keeps its article: column (or JSON key) names; ``id`` is optional."""

    headline: str = "headline"
    body: str = "body"
    published: str = "published"
    id: str | None = None


def claim_row(
    result: ClaimResult,
    report: Report,
    *,
    path: str,
    article_id: str,
    record: int | None = None,
    line: int | None = None,
    column: int | None = None,
    code: str | None = None,
    suppressed: bool = False,
) -> dict[str, Any]:
    """One claim of ``report`` as a row (``line``/``column``: where the claim is, if known;
    ``code``: its rule code as ``check`` reports it, and whether an ignore covers it)."""
    claim, evidence, rate = result.claim, result.evidence, result.rate
    currency = result.claim_currency
    if currency is None and isinstance(claim.currency, str):
        currency = claim.currency
    return {
        "kind": "claim",
        "article_id": article_id,
        "path": path,
        "record": record,
        "line": line,
        "column": column,
        "claim_text": claim.text,
        "claim_start": claim.span[0],
        "claim_end": claim.span[1],
        "verdict": result.verdict.value,
        "diagnosis": None if result.diagnosis is None else result.diagnosis.value,
        "claim_value": str(claim.value),
        "claim_low": str(claim.low),
        "claim_high": str(claim.high),
        "claim_currency": currency,
        "evidence_text": None if evidence is None else evidence.text,
        "evidence_value": None if evidence is None else str(evidence.value),
        "evidence_currency": result.evidence_currency,
        "rate_pair": None if rate is None else f"{rate.base}/{rate.quote}",
        "rate_value": None if rate is None else str(rate.value),
        "rate_date": None if rate is None else rate.used.isoformat(),
        "published": None if report.published is None else report.published.isoformat(),
        "date_uncertain": report.date_uncertain,
        "message": result.message,
        "code": code,
        "suppressed": suppressed,
        "converted_low": None,
        "converted_high": None,
    }


def conversion_row(
    conversion: BodyConversion,
    report: Report,
    *,
    path: str,
    article_id: str,
    record: int | None = None,
    line: int | None = None,
    column: int | None = None,
    suppressed: bool = False,
) -> dict[str, Any]:
    """A conversion the body states wrongly (HC120-HC122, ``checking.body_rates``) as a row:
    the stated amount in the ``claim_*`` columns (its span in the body), the amount it converts
    in the ``evidence_*`` ones, the date's rate, and the amount that rate gives."""
    stated, source, rate = conversion.stated, conversion.source, conversion.rate
    low, high = conversion.converted
    return {
        "kind": "conversion",
        "article_id": article_id,
        "path": path,
        "record": record,
        "line": line,
        "column": column,
        "claim_text": stated.text,
        "claim_start": stated.span[0],
        "claim_end": stated.span[1],
        "verdict": "mismatch",
        "diagnosis": conversion.problem,
        "claim_value": str(stated.value),
        "claim_low": str(stated.low),
        "claim_high": str(stated.high),
        "claim_currency": conversion.stated_currency,
        "evidence_text": source.text,
        "evidence_value": str(source.value),
        "evidence_currency": conversion.source_currency,
        "rate_pair": None if rate is None else f"{rate.base}/{rate.quote}",
        "rate_value": None if rate is None else str(rate.value),
        "rate_date": None if rate is None else rate.used.isoformat(),
        "published": None if report.published is None else report.published.isoformat(),
        "date_uncertain": report.date_uncertain,
        "message": conversion.message,
        "code": conversion.code,
        "suppressed": suppressed,
        "converted_low": str(low),
        "converted_high": str(high),
    }


def error_row(
    code: str,
    message: str,
    *,
    path: str,
    article_id: str | None = None,
    record: int | None = None,
    line: int | None = None,
    column: int | None = None,
) -> dict[str, Any]:
    """An input that could not be checked, as a row: nothing is dropped in silence."""
    row: dict[str, Any] = dict.fromkeys(NAMES)
    row.update(
        kind="error",
        article_id=article_id if article_id is not None else _default_id(path, record),
        path=path,
        record=record,
        line=line,
        column=column,
        message=message,
        code=code,
    )
    return row


def _default_id(path: str, record: int | None) -> str:
    return path if record is None else f"{path}#{record}"


def bad_article_row(
    bad: BadArticle, *, record: int | None = None, line_offset: int = 0
) -> dict[str, Any]:
    """A ``BadArticle`` (from ``headlinecheck.articles``) as an error row."""
    message = bad.problem if not bad.fix else f"{bad.problem}; {bad.fix}"
    return error_row(
        bad.code,
        message,
        path=bad.path,
        record=record,
        line=bad.line + line_offset,
        column=bad.column,
    )


#: ``article_rows``' settings when none are given: the defaults of every setting.
_DEFAULTS = Settings()


def article_rows(
    article: Article,
    settings: Settings = _DEFAULTS,
    *,
    article_id: str | None = None,
    record: int | None = None,
    line: int | None = None,
) -> list[dict[str, Any]]:
    """Check ``article`` and return its rows (none for an article whose front matter skips it):
    one per headline claim, then one per conversion the body states wrongly.

    ``line`` is the record's line for a record (every row gets it); without it, each claim (and
    each conversion's stated amount) is located in the file through ``article.locate``.
    """
    if article.settings.skip:
        return []
    identity = article_id if article_id is not None else _default_id(article.path, record)
    where: dict[str, Any] = {"path": article.path, "article_id": identity, "record": record}
    try:
        report = check_article(article, settings)
    except InputError as error:  # a setting of the article the checker rejects
        return [error_row(BAD_SETTING, str(error), line=line, **where)]
    except HeadlinecheckError as error:
        return [error_row(CANNOT_CHECK, f"cannot check: {error}", line=line, **where)]
    except Exception as error:  # a bug must not stop an archive of millions: a row says so
        message = f"cannot check: internal error {type(error).__name__}: {error}"
        return [error_row(CANNOT_CHECK, message, line=line, **where)]
    # The findings as ``check`` reports them: the claims' codes, then the body's wrong
    # conversions', with the ignores (front matter, disable comments, configuration, --ignore)
    # that suppress them.
    findings = claim_findings(article, report, worded=False)  # rows read codes, not lines
    findings = suppress(suppress(findings, article.settings.ignore), settings.ignore, by="config")
    claimed = len(report.claims)
    rows = []
    for result, finding in zip(report.claims, findings[:claimed], strict=True):
        at_line, at_column = (line, None)
        if line is None:
            at_line, at_column = article.locate(result.claim.span[0], "headline")
        rows.append(
            claim_row(
                result,
                report,
                line=at_line,
                column=at_column,
                code=finding.code,
                suppressed=finding.suppressed,
                **where,
            )
        )
    wrong = [conversion for conversion in report.conversions if conversion.code is not None]
    for conversion, finding in zip(wrong, findings[claimed:], strict=True):
        at_line, at_column = (line, None)
        if line is None:
            at_line, at_column = article.locate(conversion.stated.span[0], "body")
        rows.append(
            conversion_row(
                conversion,
                report,
                line=at_line,
                column=at_column,
                suppressed=finding.suppressed,
                **where,
            )
        )
    return rows
