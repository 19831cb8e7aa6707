"""headlinecheck.rows: reports and input errors as engine-neutral table rows."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import headlinecheck as hc
from headlinecheck import rows
from headlinecheck.articles import Article, read_path

GOOD = {
    "headline": "Acme profit rises to $5 million",
    "body": "Acme said profit rose to $5.0 million.",
    "published": "2024-01-02",
}
WRONG = {
    "headline": "Deal worth EUR 20 million",
    "body": "The deal is worth $10.9 million.",
    "published": "2024-03-01",
}


def _jsonl(*records: object) -> bytes:
    return b"".join(
        (r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in records
    )


def test_every_column_is_documented_and_rows_have_exactly_the_columns() -> None:
    assert len(set(rows.NAMES)) == len(rows.COLUMNS)
    assert all(c.doc and c.type in ("string", "int64", "bool") for c in rows.COLUMNS)
    found = list(rows.json_lines_rows(_jsonl(GOOD, b"{oops"), path="a.jsonl"))
    assert [tuple(r) for r in found] == [rows.NAMES, rows.NAMES]


def test_claim_rows_carry_the_reports_verdicts_and_exact_decimals() -> None:
    report = hc.check(WRONG["headline"], WRONG["body"], published=date(2024, 3, 1))
    [row] = rows.record_rows(WRONG, path="a.jsonl", index=0)
    [result] = report.claims
    assert row["kind"] == "claim"
    assert row["verdict"] == result.verdict.value == "mismatch"
    assert row["claim_text"] == "EUR 20 million"
    assert (row["claim_start"], row["claim_end"]) == result.claim.span
    assert row["claim_value"] == str(result.claim.value) == "20000000"
    assert row["evidence_value"] == "10900000"
    assert (row["claim_currency"], row["evidence_currency"]) == ("EUR", "USD")
    assert result.rate is not None
    assert Decimal(row["rate_value"]) == result.rate.value
    assert row["rate_date"] == result.rate.used.isoformat()
    assert row["rate_pair"] == "USD/EUR"
    assert row["message"] == result.message
    assert row["published"] == "2024-03-01"
    assert row["article_id"] == "a.jsonl#0" and row["record"] == 0


def test_bad_records_become_error_rows_with_their_line_and_record() -> None:
    data = _jsonl(GOOD, b"", b"not json", [1], {"body": "x"}, {**GOOD, "published": "31/31/2024"})
    found = list(rows.json_lines_rows(data, path="feed.jsonl", first_line=10, first_record=5))
    errors = [r for r in found if r["kind"] == "error"]
    assert [(r["code"], r["line"], r["record"]) for r in errors] == [
        ("HC906", 12, 6),
        ("HC906", 13, 7),
        ("HC904", 14, 8),
        ("HC905", 15, 9),
    ]
    assert "invalid JSON" in errors[0]["message"]
    assert "31/31/2024" in errors[3]["message"]
    assert found[0]["kind"] == "claim" and found[0]["line"] == 10


def test_id_field_names_the_article_and_missing_values_are_no_date() -> None:
    fields = rows.Fields(headline="title", body="text", published="day", id="uid")
    record = {"title": GOOD["headline"], "text": GOOD["body"], "day": float("nan"), "uid": 42}
    [row] = rows.record_rows(record, path="p", index=3, fields=fields)
    assert row["article_id"] == "42"
    assert row["published"] is None and row["date_uncertain"] is True


def test_markdown_article_rows_are_located_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\npublished: 2024-01-02\n---\n# Profit hits $5 million\n\nProfit was $5m.\n"
    )
    [article] = read_path(path)
    assert isinstance(article, Article)
    [row] = rows.article_rows(article)
    assert (row["line"], row["column"]) == (4, 15)
    assert row["record"] is None and row["article_id"] == str(path)


def test_front_matter_skip_gives_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\nheadlinecheck:\n  skip: true\n---\n# Profit hits $5 million\n\nNone.\n")
    [article] = read_path(path)
    assert isinstance(article, Article)
    assert rows.article_rows(article) == []


def test_settings_override_the_article() -> None:
    record = {**WRONG, "headline": "Deal worth EUR 15 million"}
    [row] = rows.record_rows(record, path="p", index=0)
    assert row["verdict"] == "mismatch"
    settings = rows.Settings(tolerance=Decimal("0.9"))
    [row] = rows.record_rows(record, path="p", index=0, settings=settings)
    assert row["verdict"] == "supported"


def test_rate_table_is_loaded_once_per_paths() -> None:
    assert rows.rate_table(()) is rows.rate_table(())


def test_parquet_keeps_decimal_strings_exactly(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    found = list(rows.records_rows([(0, WRONG), (1, "x")], path="p"))
    table = __import__("pyarrow").Table.from_pylist(found, schema=rows.arrow_schema())
    pq.write_table(table, tmp_path / "t.parquet")
    back = pq.read_table(tmp_path / "t.parquet").to_pylist()
    assert back == found
    assert pq.read_schema(tmp_path / "t.parquet").field("rate_value").type == "string"


def test_frame_rows_use_the_index_as_record() -> None:
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame([GOOD, WRONG, {"headline": None}], index=[10, 11, 12])
    out = rows.frame_rows(frame, path="f")
    assert list(out.columns) == list(rows.NAMES)
    assert list(out["record"]) == [10, 11, 12]
    assert list(out["kind"]) == ["claim", "claim", "error"]
    assert rows.to_frame([]).dtypes["record"] == "Int64"


def test_tally_counts_and_fails_like_check() -> None:
    found = list(rows.records_rows([(0, GOOD), (1, WRONG), (2, {})], path="p"))
    tally = rows.Tally.of(found)
    assert (tally.claims, tally.supported, tally.mismatch, tally.errors) == (2, 1, 1, 1)
    assert tally.failures == 2
    assert (tally + tally).claims == 4
    clean = rows.Tally.of(list(rows.records_rows([(0, GOOD)], path="p")))
    assert clean.failures == 0


def test_findings_built_for_rows_differ_from_checks_only_in_their_message(tmp_path: Path) -> None:
    from headlinecheck.report import claim_findings
    from headlinecheck.rows.settings import check_article

    path = tmp_path / "a.md"
    path.write_text(
        "---\npublished: 2024-01-02\n---\n"
        "# Profit hits $7 million and 40% margin <!-- headlinecheck-disable-line HC102 -->\n"
        "\nProfit was $5m, a 40% margin.\n"
    )
    [article] = read_path(path)
    assert isinstance(article, Article)
    report = check_article(article, rows.Settings())
    worded = claim_findings(article, report)
    unworded = claim_findings(article, report, worded=False)
    assert [f.evolve(message="") for f in worded] == unworded
    assert all(f.message for f in worded) and any(f.suppressed for f in worded)
