"""Checking an archive on Dask: ``check_bag``, ``check_dataframe``, and the partitioned runs of
``headlinecheck archive``.

Every function here is engine glue around ``headlinecheck.rows``: a partition of input becomes
rows there, here it is scheduled, retried and written. A run plans its *units* (partitions of the
input: a batch of Markdown files, a run of JSON Lines records, a Parquet row group) on the client,
then each task reads its unit, checks it and writes one part file atomically (a temporary name,
then ``os.replace``), so a worker killed mid-task leaves no half-written part and Dask's retry
writes it again. ``--resume`` skips the parts already there; a manifest in the output directory
makes sure they come from the same inputs and settings.

dask, distributed and pyarrow are optional (``pip install headlinecheck[dask]``) and imported
inside the functions that use them; ``import dask`` here is the real dask library.

    (here)  ``check_bag``, ``check_dataframe``, ``local_cluster`` and its ``WORKER_CONFIG``
    units   ``Unit``, ``input_files``, ``plan``; ``unit_rows``: what a unit holds, as rows
    parts   ``write_unit`` (one part, atomically), ``manifest``, ``run`` and its ``Outcome``
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from headlinecheck import InputError
from headlinecheck.articles import Article, BadArticle
from headlinecheck.dask.parts import (
    FORMATS,
    GC_YOUNG_THRESHOLD,
    MANIFEST,
    Outcome,
    manifest,
    part_name,
    run,
    write_unit,
)
from headlinecheck.dask.units import (
    FILES_PER_UNIT,
    PARQUET_SUFFIXES,
    RECORDS_PER_UNIT,
    TREE_SUFFIXES,
    Unit,
    input_files,
    plan,
    unit_rows,
)
from headlinecheck.rows import (
    Fields,
    Settings,
    article_rows,
    bad_article_row,
    frame_rows,
    record_rows,
    to_frame,
)

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

__all__ = [
    "FILES_PER_UNIT",
    "FORMATS",
    "GC_YOUNG_THRESHOLD",
    "MANIFEST",
    "PARQUET_SUFFIXES",
    "RECORDS_PER_UNIT",
    "TREE_SUFFIXES",
    "WORKER_CONFIG",
    "Outcome",
    "Unit",
    "check_bag",
    "check_dataframe",
    "input_files",
    "local_cluster",
    "manifest",
    "part_name",
    "plan",
    "run",
    "unit_rows",
    "write_unit",
]

_FIELDS = Fields()
_SETTINGS = Settings()
#: Dask settings for workers that run pure-Python checking: the statistical profiler (a stack
#: sample every 10 ms, taking the GIL from the task), the twice-a-second system monitor and the
#: event loop's 20 ms watchdog tick cost some 10% of a worker's CPU here and show nothing a run
#: of this command needs.
WORKER_CONFIG: dict[str, object] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.admin.tick.interval": "1s",
}


# --- the Python API ---------------------------------------------------------------------------


def check_bag(
    bag: dask.bag.Bag,
    *,
    fields: Fields = _FIELDS,
    settings: Settings = _SETTINGS,
    path: str = "<bag>",
) -> dask.bag.Bag:
    """A bag of rows (dicts with ``rows.COLUMNS``) from a bag of articles.

    Elements may be ``Article`` / ``BadArticle`` values (from ``headlinecheck.articles``) or
    records (mappings named by ``fields``). A record's ``record`` is its position in its bag
    partition and its default ``article_id`` ``PATH#PARTITION:POSITION``.
    """
    import dask.bag
    from dask.delayed import delayed

    parts = [
        delayed(_bag_partition)(part, number, path, fields, settings)
        for number, part in enumerate(bag.to_delayed())
    ]
    return dask.bag.from_delayed(parts)


def _bag_partition(
    items: Iterable[object], number: int, path: str, fields: Fields, settings: Settings
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for position, item in enumerate(items):
        if isinstance(item, Article):
            out.extend(article_rows(item, settings))
        elif isinstance(item, BadArticle):
            out.append(bad_article_row(item))
        else:
            found = record_rows(item, path=path, index=position, fields=fields, settings=settings)
            for row in found:
                if row["article_id"] == f"{path}#{position}":  # no id of its own
                    row["article_id"] = f"{path}#{number}:{position}"
            out.extend(found)
    return out


def check_dataframe(
    frame: dask.dataframe.DataFrame,
    *,
    headline_col: str = "headline",
    body_col: str = "body",
    date_col: str = "published",
    id_col: str | None = None,
    settings: Settings = _SETTINGS,
    path: str = "<frame>",
) -> dask.dataframe.DataFrame:
    """A frame of rows (``rows.COLUMNS``) from a frame of articles, one partition per partition.

    ``record`` is the input row's index label (when an integer, else its position in the
    partition). Amounts are strings: ``Decimal(text)`` gives them back exactly.
    """
    for column in (headline_col, body_col):
        if column not in frame.columns:
            known = ", ".join(map(str, frame.columns))
            raise InputError(f"no column {column!r} in the frame", fix=f"columns: {known}")
    fields = Fields(headline_col, body_col, date_col, id_col)
    return frame.map_partitions(
        frame_rows, path=path, fields=fields, settings=settings, meta=to_frame([])
    )


def local_cluster(workers: int) -> Any:
    """A ``distributed.LocalCluster`` of ``workers`` single-threaded processes, with
    ``WORKER_CONFIG`` and the dashboard on a free port (two runs at once must not clash)."""
    import logging

    import dask.config
    from distributed import LocalCluster

    with dask.config.set(WORKER_CONFIG):
        return LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            # Workers log a traceback when the scheduler stops first as the cluster closes: the
            # run reports its own failures, so only what would stop it is shown.
            silence_logs=logging.CRITICAL,
        )
