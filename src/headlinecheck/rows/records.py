"""Records (JSON Lines, JSON, Parquet rows, data frames) as rows: a record's article, or the
error row saying why it has none."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator, Mapping
from numbers import Integral
from typing import TYPE_CHECKING, Any

from headlinecheck.articles import BAD_DATE, BAD_RECORD, NO_HEADLINE, Article, from_text, parse_date
from headlinecheck.rows.building import Fields, article_rows, error_row
from headlinecheck.rows.schema import to_frame
from headlinecheck.rows.settings import Settings

if TYPE_CHECKING:
    import pandas

_FIELDS = Fields()
_SETTINGS = Settings()


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
    fields: Fields = _FIELDS,
    settings: Settings = _SETTINGS,
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
    fields: Fields = _FIELDS,
    settings: Settings = _SETTINGS,
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
    fields: Fields = _FIELDS,
    settings: Settings = _SETTINGS,
) -> Iterator[dict[str, Any]]:
    """The rows of ``(index, record)`` pairs."""
    for index, record in records:
        yield from record_rows(record, path=path, index=index, fields=fields, settings=settings)


def frame_rows(
    frame: pandas.DataFrame,
    *,
    path: str = "<frame>",
    fields: Fields = _FIELDS,
    settings: Settings = _SETTINGS,
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
