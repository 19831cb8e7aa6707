"""An article's report, or an input error, as rows: ``claim_row``, ``conversion_row``,
``error_row``, ``article_rows``; what to check with (``Settings``, ``layered`` from a
configuration and flags), the order of settings (``check_article``, shared with ``headlinecheck
check``) and where records keep their article (``Fields``); the rate table, loaded once per
process."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from headlinecheck import ClaimResult, HeadlinecheckError, InputError, RateTable, Report, check
from headlinecheck.articles import Article, BadArticle
from headlinecheck.config import DEFAULT_RATE_HORIZON_DAYS
from headlinecheck.rates import load_desk_rates
from headlinecheck.report import claim_findings, suppress
from headlinecheck.rows.schema import BAD_SETTING, CANNOT_CHECK, NAMES

if TYPE_CHECKING:
    from headlinecheck.checking import RateSource
    from headlinecheck.checking.body_rates import BodyConversion
    from headlinecheck.config import Settings as FileSettings


@attrs.frozen
class Fields:
    """Where a record keeps its article: column (or JSON key) names; ``id`` is optional."""

    headline: str = "headline"
    body: str = "body"
    published: str = "published"
    id: str | None = None


@attrs.frozen
class Settings:
    """How to check, with ``check``'s precedence: flags, then the article's front matter, then
    the configuration file. ``published``, ``dollar`` and ``tolerance`` are flags (they override
    the article's own); ``default_*`` and ``locale`` are the configuration's (the article's own
    win). ``rates`` are paths (cheap to send to a worker). Every value is JSON-friendly, so that a
    run's manifest records it."""

    rates: tuple[str, ...] = ()
    dollar: str | None = None
    tolerance: Decimal | None = None
    published: date | None = None
    fail_on: str = "mismatch"
    #: ``rates`` replace the bundled table instead of adding to it (``--rates-only``).
    rates_only: bool = False
    default_dollar: str | None = None
    default_tolerance: Decimal | None = None
    default_published: date | None = None
    locale: str | None = None
    rate_horizon_days: int = DEFAULT_RATE_HORIZON_DAYS
    #: Rule codes (or "all") whose claims are suppressed: their rows say so, and do not fail the
    #: run (the configuration's ``ignore`` and ``--ignore``; front matter adds the article's).
    ignore: tuple[str, ...] = ()


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


def layered(config: FileSettings, flags: Mapping[str, Any] | None = None) -> Settings:
    """``Settings`` from a file's configuration settings (``config.Config.for_path``) and the
    command-line flags (``cli.check_cmd.setting_flags``): the flags' ``published``, ``dollar``
    and ``tolerance`` over the article's front matter, the configuration's under it. ``rates``
    are left out: ``check`` and ``archive`` each resolve and load their own."""
    flags = flags or {}
    return Settings(
        dollar=flags.get("dollar"),
        tolerance=flags.get("tolerance"),
        published=flags.get("published"),
        fail_on=flags.get("fail_on", config.fail_on),
        rates_only=flags.get("rates_only", config.rates_only),
        default_dollar=config.dollar,
        default_tolerance=config.tolerance,
        default_published=config.published,
        locale=config.locale,
        rate_horizon_days=flags.get("rate_horizon_days", config.rate_horizon_days),
        ignore=tuple(sorted(config.ignore)),
    )


def check_article(article: Article, settings: Settings, rates: RateSource | None = None) -> Report:
    """Check ``article`` in ``check``'s order of settings, lowest first: the configuration
    (``settings.default_*``, ``locale``), the article's front matter, the flags
    (``settings.published``, ``dollar``, ``tolerance``). ``rates``: the table to use, else
    ``rate_table(settings.rates, settings.rates_only)``. Raises what ``headlinecheck.check``
    raises (``InputError`` for a setting it rejects). ``headlinecheck check`` and the rows both
    check through here."""
    own = article.settings
    options: dict[str, Any] = {
        "dollar": _first(settings.dollar, own.dollar),
        "locale": _first(own.locale, settings.locale),
        "rate_horizon_days": settings.rate_horizon_days,
    }
    if settings.default_dollar is not None:
        options["default_dollar"] = settings.default_dollar
    tolerance = _first(settings.tolerance, own.tolerance, settings.default_tolerance)
    if tolerance is not None:
        options["tolerance"] = tolerance
    return check(
        article.headline,
        article.body,
        published=_first(settings.published, article.published, settings.default_published),
        rates=rates if rates is not None else rate_table(settings.rates, settings.rates_only),
        unsupported="fail" if settings.fail_on == "unsupported" else "warn",
        **options,
    )


def article_rows(
    article: Article,
    settings: Settings = Settings(),
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
    findings = claim_findings(article, report)
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


def _first(*values: Any) -> Any:
    """The first value that is set (a zero tolerance is a setting)."""
    return next((value for value in values if value is not None), None)
