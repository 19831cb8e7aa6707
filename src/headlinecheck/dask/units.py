"""Units: the partitions of an archive's input (a batch of Markdown files, a run of JSON Lines
records, a JSON file, a Parquet row group), planned on the client in a stable order, and the rows
each gives when a worker reads and checks it. A unit holds paths and offsets, never data."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from headlinecheck import InputError
from headlinecheck.articles import (
    JSON_SUFFIXES,
    JSONL_SUFFIXES,
    MARKDOWN_SUFFIXES,
    BadArticle,
    read_path,
)
from headlinecheck.rows import (
    Fields,
    Settings,
    article_rows,
    bad_article_row,
    error_row,
    json_lines_rows,
    record_rows,
)

if TYPE_CHECKING:
    from headlinecheck.config import Config

PARQUET_SUFFIXES = frozenset({".parquet", ".pq"})
#: The formats ``archive`` reads (a file named on the command line is read whatever its name).
TREE_SUFFIXES = MARKDOWN_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | PARQUET_SUFFIXES
#: What a directory walk picks up besides the names the configuration's ``include`` matches
#: (Markdown by default): the record formats.
RECORD_PATTERNS = tuple(
    f"*{suffix}" for suffix in sorted(JSON_SUFFIXES | JSONL_SUFFIXES | PARQUET_SUFFIXES)
)
#: Markdown files per unit, and JSON Lines records per unit: a few seconds of work each.
FILES_PER_UNIT = 200
RECORDS_PER_UNIT = 2000
_FIELDS = Fields()
_SETTINGS = Settings()


# --- planning: inputs -> units ----------------------------------------------------------------


@attrs.frozen
class Unit:
    """One partition of the input, small to send: paths and offsets, never data.

    ``files``: Markdown/text files, whole. ``jsonl``: bytes ``start``..``stop`` of one file, whose
    first line is ``first_line`` and first record ``first_record``. ``json``: one whole file.
    ``parquet``: row group ``start`` of one file, its first row being record ``first_record``.
    ``unreadable``: a file that could not even be planned; its one row is the ``problem``.
    ``settings``: its files' own (their configuration file's), else the run's; ``fields``
    likewise, for records (the flags', else the configuration's ``fields``).
    """

    kind: str
    paths: tuple[str, ...]
    start: int = 0
    stop: int = 0
    first_line: int = 1
    first_record: int = 0
    problem: str | None = None
    settings: Settings | None = None
    fields: Fields | None = None


def input_files(inputs: Sequence[str], *, config: Config | None = None) -> list[str]:
    """The files of ``inputs`` as ``check`` finds them (``discovery.plan``): files and globs as
    given, directories walked in a stable order for what the configuration's ``include`` names
    (Markdown by default) and the record formats, less hidden, skipped, excluded (the
    configuration's ``exclude``) and git-ignored files. ``config``: the one configuration
    (``--config``), else each directory's own."""
    from headlinecheck import discovery

    planned = discovery.plan(inputs, (), config, also_include=RECORD_PATTERNS)
    return [display for display, _path, _settings in planned]


def plan(
    inputs: Sequence[str],
    fields: Fields = _FIELDS,
    *,
    files_per_unit: int = FILES_PER_UNIT,
    records_per_unit: int = RECORDS_PER_UNIT,
    settings_of: Callable[[str], Settings] | None = None,
    fields_of: Callable[[str], Fields] | None = None,
    config: Config | None = None,
) -> list[Unit]:
    """The units of ``inputs``, in a stable order (the same inputs give the same units).

    ``settings_of(path)`` gives a file's own settings (``headlinecheck archive``: its
    configuration file's, under the flags); a batch of Markdown files shares one.
    ``fields_of(path)``: a record file's own ``fields`` (else ``fields``); ``config``: the one
    configuration whose ``include``/``exclude`` the walks follow (else each directory's).
    """
    units: list[Unit] = []
    batch: list[str] = []
    batch_settings: Settings | None = None
    for path in input_files(inputs, config=config):
        own = None if settings_of is None else settings_of(path)
        suffix = Path(path).suffix.lower()
        named = None if fields_of is None else fields_of(path)
        if suffix in JSONL_SUFFIXES:
            found: Iterable[Unit] = _jsonl_units(path, records_per_unit)
        elif suffix in JSON_SUFFIXES:
            found = [Unit("json", (path,))]
        elif suffix in PARQUET_SUFFIXES:
            found = _parquet_units(path, named or fields)
        else:
            if batch and own != batch_settings:
                units.append(Unit("files", tuple(batch), settings=batch_settings))
                batch = []
            batch.append(path)
            batch_settings = own
            if len(batch) == files_per_unit:
                units.append(Unit("files", tuple(batch), settings=own))
                batch = []
            continue
        units.extend(attrs.evolve(unit, settings=own, fields=named) for unit in found)
    if batch:
        units.append(Unit("files", tuple(batch), settings=batch_settings))
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
            fix = f"name it with {flag} (or the configuration's fields); columns: {known}"
            raise InputError(f"no column {wanted!r}", path=path, fix=fix)
    first = 0
    for group in range(metadata.num_row_groups):
        yield Unit("parquet", (path,), group, group + 1, 1, first)
        first += metadata.row_group(group).num_rows


# --- running a unit ---------------------------------------------------------------------------


def unit_rows(
    unit: Unit, fields: Fields = _FIELDS, settings: Settings = _SETTINGS
) -> tuple[int, list[dict[str, Any]]]:
    """How many articles ``unit`` holds, and its rows (by ``unit.settings`` when it has them)."""
    if unit.settings is not None:
        settings = unit.settings
    if unit.fields is not None:
        fields = unit.fields
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
