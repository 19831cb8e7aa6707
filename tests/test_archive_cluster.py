"""headlinecheck archive on a real LocalCluster of 2 worker processes (marked ``cluster``).

Small on purpose (a dozen articles, a few seconds each): what is tested is the engine's
bookkeeping (rows equal to the single-process run, a killed worker, resume), not speed.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

import pyarrow.parquet
from distributed import Client, get_task_stream

import headlinecheck as hc
from headlinecheck import dask as archive
from headlinecheck import rows
from headlinecheck.cli import main
from test_archive import RECORDS, make_archive

pytestmark = pytest.mark.cluster

FIELDS = rows.Fields(id="id")


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with archive.local_cluster(2) as cluster, Client(cluster) as connected:
        yield connected


def _units(tree: Path) -> list[archive.Unit]:
    # Small partitions: many units, so that both workers get some.
    units = archive.plan([str(tree / "md")], FIELDS, files_per_unit=1)
    return units + archive.plan([str(tree / "feed.jsonl")], FIELDS, records_per_unit=2)


def _written(out: Path, count: int) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for index in range(count):
        part = out / archive.part_name(index, "parquet")
        found.extend(pyarrow.parquet.read_table(part).to_pylist())
    return found


def _single_process(units: list[archive.Unit]) -> list[dict[str, Any]]:
    return [row for unit in units for row in archive.unit_rows(unit, FIELDS)[1]]


def test_cluster_rows_equal_the_single_process_run(client: Client, tmp_path: Path) -> None:
    tree = make_archive(tmp_path)
    units = _units(tree)
    with get_task_stream(client) as stream:
        outcome = archive.run(units, str(tmp_path / "out"), client, fields=FIELDS)
    assert len({task["worker"] for task in stream.data}) == 2  # both processes did work
    got = _written(tmp_path / "out", len(units))
    assert got == _single_process(units)
    assert outcome.articles == 3 + 8 and outcome.written == len(units) == 3 + 4
    assert outcome.tally == rows.Tally.of(got)
    # ... and the verdicts are the checker's own, article by article.
    by_id = {r["article_id"]: r for r in got if r["path"].endswith("feed.jsonl")}
    for record in RECORDS:
        if "headline" in record and record["published"] != "2024-13-45":
            day = record["published"]
            report = hc.check(
                record["headline"],
                record["body"],
                published=None if day is None else date.fromisoformat(day),
            )
            assert by_id[record["id"]]["verdict"] == report.claims[0].verdict.value


def test_a_killed_worker_loses_no_rows(client: Client, tmp_path: Path) -> None:
    tree = make_archive(tmp_path)
    units = _units(tree)
    marker = tmp_path / "killed"

    def dies_once(unit: archive.Unit, index: int, **options: Any) -> dict[str, int]:
        import os
        import signal

        if index == 2 and not marker.exists():
            marker.write_text(str(os.getpid()))
            os.kill(os.getpid(), signal.SIGKILL)  # the whole worker process, mid-task
        return archive.write_unit(unit, index, **options)

    outcome = archive.run(units, str(tmp_path / "out"), client, fields=FIELDS, task=dies_once)
    assert marker.exists()  # a worker really died
    assert _written(tmp_path / "out", len(units)) == _single_process(units)
    assert outcome.written == len(units)
    assert not list((tmp_path / "out").glob(".*.tmp"))  # no temporary left behind


def test_resume_skips_written_parts_and_refuses_other_inputs(
    client: Client, tmp_path: Path
) -> None:
    tree = make_archive(tmp_path)
    units = _units(tree)
    out = tmp_path / "out"
    first = archive.run(units, str(out), client, fields=FIELDS)
    (out / archive.part_name(1, "parquet")).unlink()  # as if the run had stopped there
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*")}
    with pytest.raises(hc.InputError, match="--resume"):
        archive.run(units, str(out), client, fields=FIELDS)
    again = archive.run(units, str(out), client, fields=FIELDS, resume=True)
    assert (again.written, again.resumed) == (1, len(units) - 1)
    assert (again.articles, again.tally) == (first.articles, first.tally)
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("part-*") if p.name in stamps} == stamps
    assert _written(out, len(units)) == _single_process(units)
    with pytest.raises(hc.InputError, match="cannot resume"):
        archive.run(units[:-1], str(out), client, fields=FIELDS, resume=True)


def test_cli_archive_writes_parts_prints_a_summary_and_exits_like_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tree = make_archive(tmp_path)
    out = tmp_path / "claims.parquet"
    argv = [str(tree / "md"), str(tree / "feed.jsonl"), "--out", str(out), "--workers", "1"]
    assert main(["archive", *argv, "--id-col", "id"]) == 1  # mismatches and bad records
    summary = capsys.readouterr().out
    assert "11 articles" in summary and "input errors" in summary
    table = pyarrow.parquet.read_table(out).to_pylist()  # the directory reads as one table
    assert {r["kind"] for r in table} == {"claim", "error"}
    assert main(["archive", *argv, "--id-col", "id"]) == 2  # exists: needs --resume
    assert "--resume" in capsys.readouterr().err
    assert main(["archive", *argv, "--id-col", "id", "--resume"]) == 1
    assert "already written" in capsys.readouterr().out
    clean = tmp_path / "clean.jsonl"
    clean.write_text('{"headline": "Up 5%", "body": "It rose 5%."}\n', encoding="utf-8")
    plain = ["archive", str(clean), "--out", str(tmp_path / "c"), "--workers", "1"]
    assert main([*plain, "--format", "jsonl"]) == 0
    assert '"verdict": "supported"' in (tmp_path / "c" / "part-000000.jsonl").read_text()
