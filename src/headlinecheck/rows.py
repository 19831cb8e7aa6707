"""Rows: an article's report, or an input error, as flat table rows, whatever the engine.

One row per headline claim and one row per input that could not be checked (``kind`` tells them
apart), with the columns of ``COLUMNS``. The same rows feed ``headlinecheck archive`` (Parquet or
JSON Lines part files), ``headlinecheck.dask.check_bag`` / ``check_dataframe`` and a Spark
``mapInPandas`` (docs/archive.md). Every amount and rate is a *string* holding the exact
``Decimal`` (``"6400000"``, ``"7.8125"``): no float column, so no rounding on the way through
Parquet, pandas or Spark; read them back with ``Decimal(text)``.

A worker checks many articles against one rate table: ``rate_table`` loads it once per process
from the rates files' paths, so a task ships only the paths, never the table.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from numbers import Integral
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from headlinecheck import ClaimResult, HeadlinecheckError, InputError, RateTable, Report, check
from headlinecheck.articles import (
    BAD_DATE,
    BAD_RECORD,
    NO_HEADLINE,
    Article,
    BadArticle,
    from_text,
    parse_date,
)
from headlinecheck.rates import load_desk_rates

if TYPE_CHECKING:
    import pandas
    import pyarrow


class Column(NamedTuple):
    name: str
    type: str  # "string" | "int64" | "bool"; every column may be null
    doc: str


#: The row schema, in column order. Amounts, rates and dates are strings (see the module doc).
COLUMNS: tuple[Column, ...] = (
    Column("kind", "string", '"claim" (one headline figure judged) or "error" (an input error)'),
    Column("article_id", "string", "the --id-col value, else the path (+ '#record' for records)"),
    Column("path", "string", "the input file"),
    Column("record", "int64", "0-based record index in a JSON Lines, JSON or Parquet file"),
    Column("line", "int64", "1-based line in the file: the claim's (Markdown), the record's"),
    Column("column", "int64", "1-based column of the claim or error (Markdown and text files)"),
    Column("claim_text", "string", "the claim as written in the headline"),
    Column("claim_start", "int64", "start offset of the claim in the headline"),
    Column("claim_end", "int64", "end offset (exclusive) of the claim in the headline"),
    Column("verdict", "string", "supported | mismatch | unsupported"),
    Column("diagnosis", "string", "why a mismatch is probably wrong (docs/checking.md), or null"),
    Column("claim_value", "string", "the claim's value as a decimal string"),
    Column("claim_low", "string", "low end of the interval the claim commits to"),
    Column("claim_high", "string", "high end of it ('Infinity' when open above)"),
    Column("claim_currency", "string", "ISO 4217 code the claim was read in, or null"),
    Column("evidence_text", "string", "the body figure judged against, as written"),
    Column("evidence_value", "string", "its value as a decimal string"),
    Column("evidence_currency", "string", "its ISO 4217 code, or null"),
    Column("rate_pair", "string", "the conversion used, BASE/QUOTE, or null"),
    Column("rate_value", "string", "units of QUOTE per BASE as a decimal string"),
    Column("rate_date", "string", "the date (YYYY-MM-DD) whose rate was used"),
    Column("published", "string", "the article's date (YYYY-MM-DD), or null when unknown"),
    Column("date_uncertain", "bool", "no date: a default window of rates stood in for it"),
    Column("message", "string", "the verdict or the error, in words"),
    Column("code", "string", "the input error's rule code (HC9xx, docs/rules.md), else null"),
)
NAMES: tuple[str, ...] = tuple(column.name for column in COLUMNS)
#: The schema as Spark DDL, for ``mapInPandas(..., schema=SPARK_SCHEMA)``.
_SPARK_TYPES = {"string": "string", "int64": "bigint", "bool": "boolean"}
SPARK_SCHEMA = ", ".join(f"{c.name} {_SPARK_TYPES[c.type]}" for c in COLUMNS)

#: Code of an article the checker could not check (docs/rules.md).
CANNOT_CHECK = "HC909"
BAD_SETTING = "HC907"


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


# --- a report or an error -> rows -------------------------------------------------------------


def _text(value: object) -> str | None:
    return None if value is None else str(value)


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


# --- records (JSON Lines, JSON, Parquet, data frames) -> rows -----------------------------------


class _BadRecord(Exception):
    def __init__(self, code: str, problem: str, fix: str | None = None) -> None:
        super().__init__(problem)
        self.code, self.problem, self.fix = code, problem, fix


def _missing(value: object) -> bool:
    # None, NaN (pandas' missing number) and NaT (which is never equal to itself either).
    return value is None or (isinstance(value, float) and math.isnan(value)) or value != value


def record_article(record: Mapping[str, Any], fields: Fields, *, path: str) -> Article:
    """The article a record holds; raises ``_BadRecord`` with an HC9xx code if there is none."""
    headline = record.get(fields.headline)
    body = record.get(fields.body)
    body = "" if _missing(body) else body
    if not isinstance(headline, str) or not headline.strip():
        fix = "name the columns with --headline-col and --body-col"
        raise _BadRecord(NO_HEADLINE, f"record has no {fields.headline!r} text", fix)
    if not isinstance(body, str):
        raise _BadRecord(BAD_RECORD, f"record field {fields.body!r} is not text")
    raw = record.get(fields.published)
    published = None
    if not _missing(raw):
        try:
            published = parse_date(raw)
        except Exception as error:  # parse_date's own rejection, with its words and fix
            problem = getattr(error, "problem", str(error))
            raise _BadRecord(BAD_DATE, problem, getattr(error, "fix", None)) from None
    return from_text(headline, body, path=path, published=published)


def record_rows(
    record: object,
    *,
    path: str,
    index: int,
    fields: Fields = Fields(),
    settings: Settings = Settings(),
    line: int | None = None,
) -> list[dict[str, Any]]:
    """The rows of one record (a mapping of field names to values; anything else is an error)."""
    article_id = None
    if isinstance(record, Mapping) and fields.id is not None:
        value = record.get(fields.id)
        article_id = None if _missing(value) else str(value)
    try:
        if not isinstance(record, Mapping):
            raise _BadRecord(BAD_RECORD, "a record must be a JSON object")
        article = record_article(record, fields, path=path)
    except _BadRecord as bad:
        message = bad.problem if not bad.fix else f"{bad.problem}; {bad.fix}"
        return [
            error_row(bad.code, message, path=path, article_id=article_id, record=index, line=line)
        ]
    return article_rows(article, settings, article_id=article_id, record=index, line=line)


def json_lines_rows(
    data: bytes,
    *,
    path: str,
    first_line: int = 1,
    first_record: int = 0,
    fields: Fields = Fields(),
    settings: Settings = Settings(),
) -> Iterator[dict[str, Any]]:
    """The rows of JSON Lines ``data`` (a whole file, or a run of its lines starting at line
    ``first_line``, whose first non-blank line is record ``first_record``)."""
    record = first_record
    for number, raw in enumerate(data.split(b"\n"), first_line):
        if not raw.strip():
            continue
        try:
            value = json.loads(raw)
        except UnicodeDecodeError as error:
            problem = f"not valid UTF-8 (byte 0x{raw[error.start]:02x} at column {error.start})"
            yield error_row(
                "HC902", problem + "; re-save the file as UTF-8", path=path, record=record,
                line=number,
            )  # fmt: skip
        except ValueError as error:
            problem = f"invalid JSON: {getattr(error, 'msg', error)}"
            yield error_row(BAD_RECORD, problem, path=path, record=record, line=number)
        else:
            yield from record_rows(
                value, path=path, index=record, fields=fields, settings=settings, line=number
            )
        record += 1


def records_rows(
    records: Iterable[tuple[int, object]],
    *,
    path: str,
    fields: Fields = Fields(),
    settings: Settings = Settings(),
) -> Iterator[dict[str, Any]]:
    """The rows of ``(index, record)`` pairs."""
    for index, record in records:
        yield from record_rows(record, path=path, index=index, fields=fields, settings=settings)


def frame_rows(
    frame: pandas.DataFrame,
    *,
    path: str = "<frame>",
    fields: Fields = Fields(),
    settings: Settings = Settings(),
) -> pandas.DataFrame:
    """The rows of a pandas frame of records (``record`` is the row's index label when it is an
    integer, else its position), as a frame with ``COLUMNS``: what ``mapInPandas`` and
    ``map_partitions`` need."""
    labels = list(frame.index)
    pairs = (
        (int(label) if isinstance(label, Integral) else position, record)
        for position, (label, record) in enumerate(
            zip(labels, frame.to_dict("records"), strict=True)
        )
    )
    return to_frame(records_rows(pairs, path=path, fields=fields, settings=settings))


# --- rows -> tables ---------------------------------------------------------------------------


def to_frame(rows: Iterable[Mapping[str, Any]]) -> pandas.DataFrame:
    """Rows as a pandas frame with ``COLUMNS`` and nullable dtypes (empty rows keep them)."""
    import pandas

    frame = pandas.DataFrame(list(rows), columns=list(NAMES))
    dtypes = {"string": "string", "int64": "Int64", "bool": "boolean"}
    return frame.astype({c.name: dtypes[c.type] for c in COLUMNS})


def arrow_schema(metadata: Mapping[str, str] | None = None) -> pyarrow.Schema:
    """``COLUMNS`` as an Arrow schema (for Parquet), with optional key-value metadata."""
    import pyarrow

    types = {"string": pyarrow.string(), "int64": pyarrow.int64(), "bool": pyarrow.bool_()}
    return pyarrow.schema(
        [pyarrow.field(c.name, types[c.type]) for c in COLUMNS],
        metadata=dict(metadata) if metadata else None,
    )


@attrs.frozen
class Tally:
    """What a set of rows holds, and whether it fails the run under ``fail_on``."""

    claims: int = 0
    supported: int = 0
    mismatch: int = 0
    unsupported: int = 0
    errors: int = 0
    failures: int = 0

    @classmethod
    def of(cls, rows: Iterable[Mapping[str, Any]], fail_on: str = "mismatch") -> Tally:
        counts = dict.fromkeys(("supported", "mismatch", "unsupported"), 0)
        claims = errors = failures = 0
        for row in rows:
            if row["kind"] == "error":
                errors += 1
                failures += 1
                continue
            claims += 1
            verdict = row["verdict"]
            counts[verdict] += 1
            failures += verdict == "mismatch" or (fail_on == verdict == "unsupported")
        return cls(claims, errors=errors, failures=failures, **counts)

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            *(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other), strict=True))
        )
