"""An article's report, or an input error, as rows: ``claim_row``, ``error_row``,
``article_rows``; what to check with (``Settings``) and where records keep their article
(``Fields``); the rate table, loaded once per process."""

from __future__ import annotations

import functools
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from headlinecheck import ClaimResult, HeadlinecheckError, InputError, RateTable, Report, check
from headlinecheck.articles import Article, BadArticle
from headlinecheck.rates import load_desk_rates
from headlinecheck.rows.schema import BAD_SETTING, CANNOT_CHECK, NAMES


@attrs.frozen
class Fields:
    """Where a record keeps its article: column (or JSON key) names; ``id`` is optional."""

    headline: str = "headline"
    body: str = "body"
    published: str = "published"
    id: str | None = None


@attrs.frozen
class Settings:
    """How to check: what ``check``'s flags set. ``rates`` are paths (cheap to send to a worker);
    ``published``, ``dollar`` and ``tolerance`` override the article's own."""

    rates: tuple[str, ...] = ()
    dollar: str | None = None
    tolerance: Decimal | None = None
    published: date | None = None
    fail_on: str = "mismatch"
    #: ``rates`` replace the bundled table instead of adding to it (``--rates-only``).
    rates_only: bool = False


@functools.cache
def rate_table(paths: tuple[str, ...], only: bool = False) -> RateTable:
    """The bundled table with ``paths`` on top (alone with ``only``), loaded once per process."""
    return load_desk_rates(paths, only=only)


def claim_row(
    result: ClaimResult,
    report: Report,
    *,
    path: str,
    article_id: str,
    record: int | None = None,
    line: int | None = None,
    column: int | None = None,
) -> dict[str, Any]:
    """One claim of ``report`` as a row (``line``/``column``: where the claim is, if known)."""
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
        "code": None,
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


def article_rows(
    article: Article,
    settings: Settings = Settings(),
    *,
    article_id: str | None = None,
    record: int | None = None,
    line: int | None = None,
) -> list[dict[str, Any]]:
    """Check ``article`` and return its rows (none for an article whose front matter skips it).

    ``line`` is the record's line for a record (every claim gets it); without it, each claim is
    located in the file through ``article.locate``.
    """
    if article.settings.skip:
        return []
    identity = article_id if article_id is not None else _default_id(article.path, record)
    own = article.settings
    options: dict[str, Any] = {"dollar": settings.dollar or own.dollar, "locale": own.locale}
    tolerance = settings.tolerance if settings.tolerance is not None else own.tolerance
    if tolerance is not None:
        options["tolerance"] = tolerance
    where: dict[str, Any] = {"path": article.path, "article_id": identity, "record": record}
    try:
        report = check(
            article.headline,
            article.body,
            published=settings.published or article.published,
            rates=rate_table(settings.rates, settings.rates_only),
            unsupported="fail" if settings.fail_on == "unsupported" else "warn",
            **options,
        )
    except InputError as error:  # a setting of the article the checker rejects
        return [error_row(BAD_SETTING, str(error), line=line, **where)]
    except HeadlinecheckError as error:
        return [error_row(CANNOT_CHECK, f"cannot check: {error}", line=line, **where)]
    except Exception as error:  # a bug must not stop an archive of millions: a row says so
        message = f"cannot check: internal error {type(error).__name__}: {error}"
        return [error_row(CANNOT_CHECK, message, line=line, **where)]
    rows = []
    for result in report.claims:
        at_line, at_column = (line, None)
        if line is None:
            at_line, at_column = article.locate(result.claim.span[0], "headline")
        rows.append(claim_row(result, report, line=at_line, column=at_column, **where))
    return rows
