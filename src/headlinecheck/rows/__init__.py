"""Rows: an article's report, or an input error, as flat table rows, whatever the engine.

One row per headline claim, one per conversion the body states wrongly (HC120-HC122) and one
per input that could not be checked (``kind`` tells them apart), with the columns of
``COLUMNS``. The same rows feed ``headlinecheck archive`` (Parquet or JSON Lines part files),
``headlinecheck.dask.check_bag`` / ``check_dataframe`` and a Spark ``mapInPandas``
(docs/archive.md). Every amount and rate is a *string* holding the exact ``Decimal``
(``"6400000"``, ``"7.8125"``): no float column, so no rounding on the way through
Parquet, pandas or Spark; read them back with ``Decimal(text)``.

A worker checks many articles against one rate table: ``rate_table`` loads it once per process
from the rates files' paths, so a task ships only the paths, never the table.

    schema    ``COLUMNS`` (and ``SPARK_SCHEMA``), ``to_frame``, ``arrow_schema``, ``Tally``
    building  ``Settings`` (``layered``), ``Fields``, ``rate_table``, ``check_article``;
              ``claim_row``, ``conversion_row``, ``error_row``, ``article_rows``: rows
    records   ``record_rows``, ``json_lines_rows``, ``records_rows``, ``frame_rows``: records
"""

from __future__ import annotations

from headlinecheck.rows.building import (
    Fields,
    Settings,
    article_rows,
    bad_article_row,
    check_article,
    claim_row,
    conversion_row,
    error_row,
    layered,
    rate_table,
)
from headlinecheck.rows.records import (
    frame_rows,
    json_lines_rows,
    record_article,
    record_rows,
    records_rows,
)
from headlinecheck.rows.schema import (
    BAD_SETTING,
    CANNOT_CHECK,
    COLUMNS,
    NAMES,
    SPARK_SCHEMA,
    Column,
    Tally,
    arrow_schema,
    to_frame,
)

__all__ = [
    "BAD_SETTING",
    "CANNOT_CHECK",
    "COLUMNS",
    "NAMES",
    "SPARK_SCHEMA",
    "Column",
    "Fields",
    "Settings",
    "Tally",
    "arrow_schema",
    "article_rows",
    "bad_article_row",
    "check_article",
    "claim_row",
    "conversion_row",
    "error_row",
    "frame_rows",
    "json_lines_rows",
    "layered",
    "rate_table",
    "record_article",
    "record_rows",
    "records_rows",
    "to_frame",
]
