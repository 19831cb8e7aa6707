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
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from headlinecheck import InputError
from headlinecheck.articles import (
    JSON_SUFFIXES,
    JSONL_SUFFIXES,
    MARKDOWN_SUFFIXES,
    Article,
    BadArticle,
    read_path,
)
from headlinecheck.rows import (
    Fields,
    Settings,
    Tally,
    arrow_schema,
    article_rows,
    bad_article_row,
    error_row,
    frame_rows,
    json_lines_rows,
    record_rows,
    to_frame,
)

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    from distributed import Client

PARQUET_SUFFIXES = frozenset({".parquet", ".pq"})
#: What a directory walk picks up (hidden files and directories are skipped).
TREE_SUFFIXES = MARKDOWN_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | PARQUET_SUFFIXES
FORMATS = ("parquet", "jsonl")
MANIFEST = "_headlinecheck.json"
#: Markdown files per unit, and JSON Lines records per unit: a few seconds of work each.
FILES_PER_UNIT = 200
RECORDS_PER_UNIT = 2000
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
#: The young-generation GC threshold while a unit is checked: the one ``headlinecheck check``
#: runs with (``headlinecheck.cli.GC_YOUNG_THRESHOLD``), for the same reason.
GC_YOUNG_THRESHOLD = 50_000


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


# --- planning: inputs -> units ----------------------------------------------------------------


@attrs.frozen
class Unit:
    """One partition of the input, small to send: paths and offsets, never data.

    ``files``: Markdown/text files, whole. ``jsonl``: bytes ``start``..``stop`` of one file, whose
    first line is ``first_line`` and first record ``first_record``. ``json``: one whole file.
    ``parquet``: row group ``start`` of one file, its first row being record ``first_record``.
    ``unreadable``: a file that could not even be planned; its one row is the ``problem``.
    """

    kind: str
    paths: tuple[str, ...]
    start: int = 0
    stop: int = 0
    first_line: int = 1
    first_record: int = 0
    problem: str | None = None


def input_files(inputs: Sequence[str]) -> list[str]:
    """The files of ``inputs``: files as given, directories walked (sorted, hidden skipped)."""
    found: list[str] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_file():
            found.append(raw)
        elif path.is_dir():
            walked = []
            for directory, dirnames, filenames in os.walk(path):
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                for name in filenames:
                    if not name.startswith(".") and Path(name).suffix.lower() in TREE_SUFFIXES:
                        walked.append(Path(directory) / name)
            found.extend(str(p) for p in sorted(walked, key=lambda p: p.parts))
        elif path.exists():
            raise InputError("not a regular file or directory", path=raw)
        else:
            raise InputError("no such file or directory", path=raw)
    seen: set[str] = set()
    return [p for p in found if not (p in seen or seen.add(p))]  # type: ignore[func-returns-value]


def plan(
    inputs: Sequence[str],
    fields: Fields = _FIELDS,
    *,
    files_per_unit: int = FILES_PER_UNIT,
    records_per_unit: int = RECORDS_PER_UNIT,
) -> list[Unit]:
    """The units of ``inputs``, in a stable order (the same inputs give the same units)."""
    units: list[Unit] = []
    batch: list[str] = []
    for path in input_files(inputs):
        suffix = Path(path).suffix.lower()
        if suffix in JSONL_SUFFIXES:
            units.extend(_jsonl_units(path, records_per_unit))
        elif suffix in JSON_SUFFIXES:
            units.append(Unit("json", (path,)))
        elif suffix in PARQUET_SUFFIXES:
            units.extend(_parquet_units(path, fields))
        else:
            batch.append(path)
            if len(batch) == files_per_unit:
                units.append(Unit("files", tuple(batch)))
                batch = []
    if batch:
        units.append(Unit("files", tuple(batch)))
    return units


def _jsonl_units(path: str, per_unit: int) -> Iterator[Unit]:
    start = offset = count = records = 0
    line = first_line = 1
    first_record = 0
    try:
        with Path(path).open("rb") as stream:
            for raw in stream:
                if raw.strip():
                    if count == per_unit:
                        yield Unit("jsonl", (path,), start, offset, first_line, first_record)
                        start, first_line, first_record, count = offset, line, records, 0
                    count += 1
                    records += 1
                offset += len(raw)
                line += 1
    except OSError as error:
        yield Unit("unreadable", (path,), problem=f"cannot read file: {error.strerror or error}")
        return
    yield Unit("jsonl", (path,), start, offset, first_line, first_record)


def _parquet_units(path: str, fields: Fields) -> Iterator[Unit]:
    import pyarrow.parquet

    try:
        metadata = pyarrow.parquet.ParquetFile(path).metadata
    except (OSError, ValueError) as error:  # pyarrow's ArrowInvalid is a ValueError
        yield Unit("unreadable", (path,), problem=f"cannot read Parquet file: {error}")
        return
    names = set(metadata.schema.names)
    for wanted, flag in ((fields.headline, "--headline-col"), (fields.body, "--body-col")):
        if wanted not in names:
            known = ", ".join(sorted(names))
            fix = f"name it with {flag}; columns: {known}"
            raise InputError(f"no column {wanted!r}", path=path, fix=fix)
    first = 0
    for group in range(metadata.num_row_groups):
        yield Unit("parquet", (path,), group, group + 1, 1, first)
        first += metadata.row_group(group).num_rows


# --- running a unit ---------------------------------------------------------------------------


def unit_rows(
    unit: Unit, fields: Fields = _FIELDS, settings: Settings = _SETTINGS
) -> tuple[int, list[dict[str, Any]]]:
    """How many articles ``unit`` holds, and its rows."""
    rows: list[dict[str, Any]] = []
    if unit.kind == "files":
        articles = 0
        for path in unit.paths:
            for item in read_path(path):
                articles += 1
                if isinstance(item, BadArticle):
                    rows.append(bad_article_row(item))
                else:
                    rows.extend(article_rows(item, settings))
        return articles, rows
    [path] = unit.paths
    if unit.kind == "unreadable":
        return 1, [error_row("HC901", unit.problem or "cannot read file", path=path)]
    if unit.kind == "parquet":
        records = _parquet_records(path, unit.start, fields)
        for offset, record in enumerate(records):
            index = unit.first_record + offset
            rows.extend(
                record_rows(record, path=path, index=index, fields=fields, settings=settings)
            )
        return len(records), rows
    try:
        with Path(path).open("rb") as stream:
            stream.seek(unit.start)
            data = stream.read(unit.stop - unit.start) if unit.kind == "jsonl" else stream.read()
    except OSError as error:
        return 1, [error_row("HC901", f"cannot read file: {error.strerror or error}", path=path)]
    if unit.kind == "jsonl":
        found = json_lines_rows(
            data,
            path=path,
            first_line=unit.first_line,
            first_record=unit.first_record,
            fields=fields,
            settings=settings,
        )
        return sum(1 for raw in data.split(b"\n") if raw.strip()), list(found)
    return _json_rows(data, path, fields, settings)


def _parquet_records(path: str, group: int, fields: Fields) -> list[dict[str, Any]]:
    import pyarrow.parquet

    handle = pyarrow.parquet.ParquetFile(path)
    wanted = [fields.headline, fields.body, fields.published, fields.id]
    names = set(handle.schema_arrow.names)
    columns = [c for c in dict.fromkeys(wanted) if c is not None and c in names]
    records: list[dict[str, Any]] = handle.read_row_group(group, columns=columns).to_pylist()
    return records


def _json_rows(
    data: bytes, path: str, fields: Fields, settings: Settings
) -> tuple[int, list[dict[str, Any]]]:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        problem = f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"
        return 1, [error_row("HC902", problem, path=path)]
    except ValueError as error:
        return 1, [error_row("HC906", f"invalid JSON: {error}", path=path)]
    records = document if isinstance(document, list) else [document]
    rows: list[dict[str, Any]] = []
    for index, record in enumerate(records):
        rows.extend(record_rows(record, path=path, index=index, fields=fields, settings=settings))
    return len(records), rows


# --- writing parts, and the run ---------------------------------------------------------------


def part_name(index: int, fmt: str) -> str:
    return f"part-{index:06d}.{fmt}"


def _stats_path(out: str, index: int) -> Path:
    return Path(out) / f"_part-{index:06d}.stats.json"


def _replace_atomically(final: Path, write: Callable[[Path], object]) -> None:
    temporary = final.with_name(f".{final.name}.{uuid.uuid4().hex}.tmp")
    try:
        write(temporary)
        temporary.replace(final)
    finally:
        temporary.unlink(missing_ok=True)


def write_unit(
    unit: Unit, index: int, *, out: str, fields: Fields, settings: Settings, fmt: str = "parquet"
) -> dict[str, int]:
    """Check ``unit`` and write its part file (atomically); return its counts.

    The counts go to a stats file beside it first: the part's appearance is what marks the unit
    done, so a resumed run finds both or treats the unit as not yet written.
    """
    import gc

    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], GC_YOUNG_THRESHOLD), *thresholds[1:])
    try:
        articles, rows = unit_rows(unit, fields, settings)
    finally:
        gc.set_threshold(*thresholds)
    stats = {"articles": articles, **attrs.asdict(Tally.of(rows, settings.fail_on))}
    _replace_atomically(
        _stats_path(out, index), lambda p: p.write_text(json.dumps(stats), encoding="utf-8")
    )
    final = Path(out) / part_name(index, fmt)
    if fmt == "jsonl":
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        _replace_atomically(final, lambda p: p.write_text(text, encoding="utf-8"))
    else:
        import pyarrow
        import pyarrow.parquet

        table = pyarrow.Table.from_pylist(rows, schema=arrow_schema())
        _replace_atomically(final, lambda p: pyarrow.parquet.write_table(table, p))
    return stats


def manifest(units: Sequence[Unit], fields: Fields, settings: Settings, fmt: str) -> dict[str, Any]:
    """What a resumed run must share with the first: the units, their files, the settings."""
    files: dict[str, list[int]] = {}
    for unit in units:
        for path in unit.paths:
            status = Path(path).stat()
            files[path] = [status.st_size, status.st_mtime_ns]
    found = {
        "schema": "headlinecheck.archive/1",
        "format": fmt,
        "fields": attrs.asdict(fields),
        "settings": attrs.asdict(settings),
        "files": files,
        "units": [attrs.asdict(unit) for unit in units],
    }
    # As JSON reads it back (lists, strings), so that a resumed run compares like with like.
    loaded: dict[str, Any] = json.loads(json.dumps(found, default=str))
    return loaded


@attrs.frozen
class Outcome:
    """What a run did: the counts over every part, and how many parts it wrote or found."""

    articles: int
    tally: Tally
    written: int
    resumed: int


def run(
    units: Sequence[Unit],
    out: str,
    client: Client,
    *,
    fields: Fields = _FIELDS,
    settings: Settings = _SETTINGS,
    fmt: str = "parquet",
    resume: bool = False,
    progress: bool = False,
    task: Callable[..., dict[str, int]] = write_unit,
) -> Outcome:
    """Write the parts of ``units`` into the directory ``out`` through ``client``."""
    directory = Path(out)
    wanted = manifest(units, fields, settings, fmt)
    written_before = directory.exists() and any(directory.iterdir())
    if written_before and not resume:
        raise InputError(
            "output directory exists and is not empty",
            path=out,
            fix="pass --resume to finish that run, or choose another --out",
        )
    if resume and written_before:
        try:
            found = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            found = None
        if found != wanted:
            raise InputError(
                "cannot resume: the inputs or settings differ from the run that wrote it",
                path=out,
                fix="rerun with the same inputs and flags, or choose another --out",
            )
    directory.mkdir(parents=True, exist_ok=True)
    _replace_atomically(
        directory / MANIFEST, lambda p: p.write_text(json.dumps(wanted), encoding="utf-8")
    )
    done = [(directory / part_name(i, fmt)).exists() for i in range(len(units))]
    todo = [i for i in range(len(units)) if not done[i]]
    futures = client.map(
        task,
        [units[i] for i in todo],
        todo,
        out=str(directory.resolve()),
        fields=fields,
        settings=settings,
        fmt=fmt,
        pure=False,
    )
    if progress and futures:
        from distributed import progress as show_progress

        show_progress(futures)
    results = client.gather(futures)
    for index in (i for i in range(len(units)) if done[i]):
        results.append(json.loads(_stats_path(out, index).read_text(encoding="utf-8")))
    articles = sum(r.pop("articles") for r in results)
    tally = sum((Tally(**r) for r in results), Tally())
    return Outcome(articles, tally, written=len(todo), resumed=len(units) - len(todo))
