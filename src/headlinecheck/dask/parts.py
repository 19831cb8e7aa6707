"""Writing parts, and the run: each task checks one unit and writes its part file atomically (a
temporary name, then ``os.replace``), with its counts beside it; ``run`` plans nothing, it sends
the units to a Dask client, skips those already written under ``--resume`` (after checking the
manifest) and adds up the counts."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from headlinecheck import InputError
from headlinecheck.dask.units import Unit, unit_rows
from headlinecheck.rows import Fields, Settings, Tally, arrow_schema

if TYPE_CHECKING:
    from distributed import Client

FORMATS = ("parquet", "jsonl")
MANIFEST = "_headlinecheck.json"
_FIELDS = Fields()
_SETTINGS = Settings()
#: The young-generation GC threshold while a unit is checked: the one ``headlinecheck check``
#: runs with (``headlinecheck.cli.GC_YOUNG_THRESHOLD``), for the same reason.
GC_YOUNG_THRESHOLD = 50_000


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
