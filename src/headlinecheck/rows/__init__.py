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
    settings  ``Settings`` (``layered``), ``rate_table``, ``check_article``
    building  ``Fields``; ``claim_row``, ``conversion_row``, ``error_row``, ``article_rows``: rows
    records   ``record_rows``, ``json_lines_rows``, ``records_rows``, ``frame_rows``: records

Names are re-exported here lazily (``rows.Tally`` is ``rows.schema.Tally``): ``headlinecheck
check`` checks through ``rows.settings`` alone and never loads the other three.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from headlinecheck._exports import lazy_exports

_EXPORTS = {
    "settings": ("Settings", "check_article", "layered", "rate_table"),
    "building": (
        "Fields",
        "article_rows",
        "bad_article_row",
        "claim_row",
        "conversion_row",
        "error_row",
    ),
    "records": ("frame_rows", "json_lines_rows", "record_article", "record_rows", "records_rows"),
    "schema": (
        "BAD_SETTING",
        "CANNOT_CHECK",
        "COLUMNS",
        "NAMES",
        "SPARK_SCHEMA",
        "Column",
        "Tally",
        "arrow_schema",
        "to_frame",
    ),
}
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())


if TYPE_CHECKING:
    from headlinecheck.rows.building import Fields as Fields
    from headlinecheck.rows.building import article_rows as article_rows
    from headlinecheck.rows.building import bad_article_row as bad_article_row
    from headlinecheck.rows.building import claim_row as claim_row
    from headlinecheck.rows.building import conversion_row as conversion_row
    from headlinecheck.rows.building import error_row as error_row
    from headlinecheck.rows.records import frame_rows as frame_rows
    from headlinecheck.rows.records import json_lines_rows as json_lines_rows
    from headlinecheck.rows.records import record_article as record_article
    from headlinecheck.rows.records import record_rows as record_rows
    from headlinecheck.rows.records import records_rows as records_rows
    from headlinecheck.rows.schema import BAD_SETTING as BAD_SETTING
    from headlinecheck.rows.schema import CANNOT_CHECK as CANNOT_CHECK
    from headlinecheck.rows.schema import COLUMNS as COLUMNS
    from headlinecheck.rows.schema import NAMES as NAMES
    from headlinecheck.rows.schema import SPARK_SCHEMA as SPARK_SCHEMA
    from headlinecheck.rows.schema import Column as Column
    from headlinecheck.rows.schema import Tally as Tally
    from headlinecheck.rows.schema import arrow_schema as arrow_schema
    from headlinecheck.rows.schema import to_frame as to_frame
    from headlinecheck.rows.settings import Settings as Settings
    from headlinecheck.rows.settings import check_article as check_article
    from headlinecheck.rows.settings import layered as layered
    from headlinecheck.rows.settings import rate_table as rate_table
