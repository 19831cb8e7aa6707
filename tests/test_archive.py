"""headlinecheck.dask without a cluster: planning units, every input format, the Python API.

``make_archive`` (a small archive in every input format) serves tests/test_archive_cluster.py too.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask")
pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

import headlinecheck as hc
from headlinecheck import dask as archive
from headlinecheck import rows

# JSON Lines records, as a feed holds them (dumped to feed.jsonl and one.json below).
RECORDS: list[dict[str, Any]] = [
    {
        "id": "r0",
        "headline": "Acme profit rises to $5 million",
        "body": "Acme said profit rose to $5.0 million.",
        "published": "2024-01-02",
    },
    {
        "id": "r1",
        "headline": "Deal worth EUR 20 million",
        "body": "The deal is worth $10.9 million.",
        "published": "2024-03-01",
    },
    {"id": "r2", "headline": "Sales up 12%", "body": "Sales rose 12 percent.", "published": None},
    {"id": "r3", "body": "a record without a headline"},
    {
        "id": "r4",
        "headline": "Budget of HKD 50 million",
        "body": "The budget is HK$50 million.",
        "published": "2023-06-30",
    },
    {
        "id": "r5",
        "headline": "Firm fined $2 billion",
        "body": "The fine was $2 million.",
        "published": "2024-02-05",
    },
    {"id": "r6", "headline": "Bad date $1 million", "body": "$1m", "published": "2024-13-45"},
]

MARKDOWN = {
    "a.md": "---\npublished: 2024-01-02\n---\n# Profit hits $5 million\n\nProfit was $5m.\n",
    "b.md": "# Revenue of EUR 3 billion\n\nRevenue was EUR 3.6 billion in 2023.\n",
    "sub/c.md": "---\npublished: [oops\n---\n# Broken front matter $1\n",
    ".hidden/d.md": "# Not read $1 million\n\n$1m\n",
}


def make_archive(root: Path) -> Path:
    """Markdown files, a JSON Lines feed (with a blank line and a broken one), a JSON file and
    a Parquet file of two row groups, under ``root / "archive"``."""
    import pyarrow
    import pyarrow.parquet

    archive = root / "archive"
    for name, text in MARKDOWN.items():
        path = archive / "md" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    lines = [json.dumps(r) for r in RECORDS[:4]] + ["", "{broken"]
    lines += [json.dumps(r) for r in RECORDS[4:]]
    (archive / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (archive / "one.json").write_text(json.dumps(RECORDS[:2]), encoding="utf-8")
    table = pyarrow.Table.from_pylist(
        [
            {
                "uid": number,
                "title": r.get("headline"),
                "text": r["body"],
                "day": date.fromisoformat(r["published"]) if r.get("published") else None,
            }
            for number, r in enumerate(RECORDS[:3] + RECORDS[4:6])
        ]
    )
    pyarrow.parquet.write_table(table, archive / "table.parquet", row_group_size=3)
    return archive


PARQUET_FIELDS = rows.Fields("title", "text", "day", "uid")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return make_archive(tmp_path)


def test_directories_are_walked_in_order_without_hidden_files(tree: Path) -> None:
    found = [Path(p).relative_to(tree).as_posix() for p in archive.input_files([str(tree)])]
    # As check walks: a directory's files (sorted), then its subdirectories.
    assert found == ["feed.jsonl", "one.json", "table.parquet", "md/a.md", "md/b.md", "md/sub/c.md"]
    with pytest.raises(hc.InputError, match="no such file"):
        archive.input_files([str(tree / "missing")])


def test_json_lines_units_split_the_file_exactly(tree: Path) -> None:
    feed = tree / "feed.jsonl"
    units = archive.plan([str(feed)], records_per_unit=3)
    assert [(u.first_line, u.first_record) for u in units] == [(1, 0), (4, 3), (8, 6)]
    data = feed.read_bytes()
    assert b"".join(data[u.start : u.stop] for u in units) == data
    assert units[0].start == 0 and units[-1].stop == len(data)


def test_json_lines_rows_point_at_file_lines_across_units(tree: Path) -> None:
    feed = str(tree / "feed.jsonl")
    whole = archive.unit_rows(archive.plan([feed])[0], rows.Fields(id="id"))
    split = [
        archive.unit_rows(u, rows.Fields(id="id")) for u in archive.plan([feed], records_per_unit=2)
    ]
    assert sum(count for count, _ in split) == whole[0] == 8
    assert [r for _, found in split for r in found] == whole[1]
    by_line = {r["line"]: r for r in whole[1]}
    assert by_line[6]["kind"] == "error" and "invalid JSON" in by_line[6]["message"]
    assert by_line[4]["code"] == "HC904" and by_line[4]["article_id"] == "r3"
    assert by_line[2]["verdict"] == "mismatch" and by_line[2]["record"] == 1
    assert by_line[9]["code"] == "HC905" and by_line[9]["record"] == 7
    assert 5 not in by_line  # the blank line is no record


def test_parquet_rows_come_by_row_group_with_global_record_numbers(tree: Path) -> None:
    units = archive.plan([str(tree / "table.parquet")], PARQUET_FIELDS)
    assert [(u.start, u.first_record) for u in units] == [(0, 0), (1, 3)]
    found = [r for u in units for r in archive.unit_rows(u, PARQUET_FIELDS)[1]]
    assert [(r["record"], r["article_id"], r["verdict"]) for r in found] == [
        (0, "0", "supported"),
        (1, "1", "mismatch"),
        (2, "2", "supported"),
        (3, "3", "supported"),
        (4, "4", "mismatch"),
    ]
    assert found[1]["published"] == "2024-03-01"  # a date32 column
    with pytest.raises(hc.InputError, match="no column 'headline'"):
        archive.plan([str(tree / "table.parquet")])


def test_markdown_files_and_their_errors(tree: Path) -> None:
    units = archive.plan([str(tree / "md")], files_per_unit=2)
    assert [len(u.paths) for u in units] == [2, 1]
    found = [r for u in units for r in archive.unit_rows(u)[1]]
    assert [(Path(r["path"]).name, r["kind"], r["line"]) for r in found] == [
        ("a.md", "claim", 4),
        ("b.md", "claim", 1),
        ("c.md", "error", 3),  # where the YAML parser gave up
    ]
    assert found[1]["verdict"] == "mismatch" and found[2]["code"] == "HC903"


def test_a_json_file_is_one_unit_of_records(tree: Path) -> None:
    [unit] = archive.plan([str(tree / "one.json")])
    count, found = archive.unit_rows(unit)
    assert count == 2 and [r["record"] for r in found] == [0, 1]
    (tree / "bad.json").write_text("[1,", encoding="utf-8")
    assert archive.unit_rows(archive.plan([str(tree / "bad.json")])[0])[1][0]["code"] == "HC906"


def test_check_dataframe_equals_the_single_process_rows() -> None:
    pandas = pytest.importorskip("pandas")
    import dask.dataframe

    frame = pandas.DataFrame(RECORDS)
    expected = rows.frame_rows(frame, fields=rows.Fields(id="id"))
    lazy = archive.check_dataframe(dask.dataframe.from_pandas(frame, npartitions=3), id_col="id")
    got = lazy.compute(scheduler="sync")
    pandas.testing.assert_frame_equal(got.reset_index(drop=True), expected.reset_index(drop=True))
    assert list(got["record"]) == list(expected["record"])
    with pytest.raises(hc.InputError, match="no column 'title'"):
        archive.check_dataframe(
            dask.dataframe.from_pandas(frame, npartitions=1), headline_col="title"
        )


def test_check_bag_rows(tmp_path: Path) -> None:
    import dask.bag

    from headlinecheck.articles import read_path

    (tmp_path / "a.md").write_text(MARKDOWN["a.md"], encoding="utf-8")
    items = [*RECORDS[:3], *read_path(tmp_path / "a.md")]
    bag = dask.bag.from_sequence(items, npartitions=2)
    got = archive.check_bag(bag).compute(scheduler="sync")
    assert [r["article_id"] for r in got] == [
        "<bag>#0:0",
        "<bag>#0:1",
        "<bag>#1:0",
        str(tmp_path / "a.md"),
    ]
    assert [r["verdict"] for r in got] == ["supported", "mismatch", "supported", "supported"]


def test_docs_cli_documents_every_archive_flag_as_the_parser_has_it() -> None:
    import test_cli_docs

    parser = test_cli_docs._subparsers()["archive"]
    text = test_cli_docs.DOC.read_text(encoding="utf-8")
    assert test_cli_docs.table(parser) in text, "docs/cli.md: regenerate the archive table"
    for action in parser._actions:
        for flag in action.option_strings:
            assert flag == "-h" or flag == "--help" or f"`{flag}" in text, flag


def test_an_unreadable_parquet_file_is_an_error_row_not_a_stop(tmp_path: Path) -> None:
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"not parquet at all")
    [unit] = archive.plan([str(broken)])
    count, [row] = archive.unit_rows(unit)
    assert (count, row["kind"], row["code"]) == (1, "error", "HC901")
    assert "cannot read Parquet file" in row["message"] and row["path"] == str(broken)
