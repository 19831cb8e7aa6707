"""Rows of the body's own wrong conversions (HC120-HC122), and the order of settings that
``headlinecheck check`` and the rows share (``rows.check_article``)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from headlinecheck import report
from headlinecheck.articles import Article, from_text, read_bytes, read_path
from headlinecheck.cli import main
from headlinecheck.config import Settings as FileSettings
from headlinecheck.rows import (
    NAMES,
    Fields,
    Settings,
    Tally,
    article_rows,
    check_article,
    layered,
    record_rows,
)

INVERTED = {  # 50 x 7.85 instead of 50 / 7.85: HKD 50 million is USD 6.37 million
    "headline": "Hong Kong allocates HK$50 million",
    "body": "The government set aside HK$50 million (US$390 million) for it.",
    "published": "2023-08-29",
}
MARKDOWN = (
    "---\npublished: 2023-08-29\n---\n# Hong Kong allocates $6.4M\n\n"
    "The government set aside HKD 50 million.\n"
    "That is HK$50 million (US$390 million) in all.\n"
)


def _article(text: str = MARKDOWN, name: str = "a.md") -> Article:
    [article] = read_bytes(text.encode(), name, kind="markdown")
    assert isinstance(article, Article)
    return article


def test_a_wrong_body_conversion_is_one_row_with_its_amounts_rate_and_message() -> None:
    found = record_rows(INVERTED, path="feed.jsonl", index=0, line=7)
    assert [tuple(row) for row in found] == [NAMES] * len(found)
    [conversion] = [row for row in found if row["kind"] == "conversion"]
    assert conversion["code"] == "HC122" and conversion["diagnosis"] == "inverted"
    assert conversion["verdict"] == "mismatch" and conversion["suppressed"] is False
    body = INVERTED["body"]
    assert conversion["claim_text"] == "US$390 million"
    start, end = conversion["claim_start"], conversion["claim_end"]
    assert body[start:end] == "US$390 million"  # a conversion's span is in the body
    assert (conversion["claim_value"], conversion["claim_currency"]) == ("390000000", "USD")
    assert (conversion["evidence_text"], conversion["evidence_value"]) == (
        "HK$50 million",
        "50000000",
    )
    assert conversion["evidence_currency"] == "HKD"
    pair, rate = conversion["rate_pair"], Decimal(conversion["rate_value"])
    assert pair in ("HKD/USD", "USD/HKD") and conversion["rate_date"] == "2023-08-29"
    low, high = Decimal(conversion["converted_low"]), Decimal(conversion["converted_high"])
    per_usd = rate if pair == "USD/HKD" else 1 / rate
    assert low <= Decimal(50_000_000) / per_usd <= high
    assert Decimal(6_000_000) < low <= high < Decimal(7_000_000)
    assert "6.3" in conversion["message"] or "6.4" in conversion["message"]
    assert conversion["line"] == 7 and conversion["record"] == 0
    claims = [row for row in found if row["kind"] == "claim"]
    assert claims and all(row["converted_low"] is None for row in claims)


def test_conversion_rows_match_checks_findings_and_locate_the_stated_amount() -> None:
    article = _article()
    found = article_rows(article)
    result = check_article(article, Settings())
    findings = report.claim_findings(article, result)
    assert [row["code"] for row in found] == [finding.code for finding in findings]
    [conversion] = [row for row in found if row["kind"] == "conversion"]
    [finding] = [finding for finding in findings if finding.code == "HC122"]
    assert (conversion["line"], conversion["column"]) == (
        finding.location.line,
        finding.location.column,
    )
    assert (conversion["line"], conversion["column"]) == (
        7,
        MARKDOWN.splitlines()[6].index("US$") + 1,
    )


def test_a_right_conversion_gives_no_row() -> None:
    right = {**INVERTED, "body": "The government set aside HK$50 million (US$6.4 million)."}
    assert [row["kind"] for row in record_rows(right, path="p", index=0)] == ["claim"]


def test_ignores_suppress_conversion_rows_and_they_fail_the_run_like_findings() -> None:
    found = record_rows(INVERTED, path="p", index=0)
    tally = Tally.of(found)
    assert tally.conversions == 1
    claim_failures = sum(
        1 for row in found if row["kind"] == "claim" and row["verdict"] == "mismatch"
    )
    assert tally.failures == claim_failures + 1
    quiet = record_rows(INVERTED, path="p", index=0, settings=Settings(ignore=("HC122",)))
    [conversion] = [row for row in quiet if row["kind"] == "conversion"]
    assert conversion["suppressed"] is True
    assert Tally.of(quiet).failures == claim_failures and Tally.of(quiet).conversions == 1
    commented = MARKDOWN.replace("in all.", "in all. <!-- headlinecheck-disable-line HC122 -->")
    [row] = [r for r in article_rows(_article(commented)) if r["kind"] == "conversion"]
    assert row["suppressed"] is True


def test_parquet_and_json_lines_parts_hold_conversion_rows(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from headlinecheck.dask import Unit, write_unit

    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(INVERTED) + "\n", encoding="utf-8")
    unit = Unit("jsonl", (str(feed),), 0, feed.stat().st_size)
    import pyarrow.parquet

    for fmt in ("parquet", "jsonl"):
        out = tmp_path / fmt
        out.mkdir()
        stats = write_unit(unit, 0, out=str(out), fields=Fields(), settings=Settings(), fmt=fmt)
        assert stats["conversions"] == 1
        part = out / f"part-000000.{fmt}"
        if fmt == "parquet":
            written = pyarrow.parquet.read_table(part).to_pylist()
        else:
            written = [json.loads(line) for line in part.read_text(encoding="utf-8").splitlines()]
        assert [row["kind"] for row in written].count("conversion") == 1
        assert written == record_rows(INVERTED, path=str(feed), index=0, line=1)


# --- the order of settings, shared with check -------------------------------------------------


def test_layered_puts_flags_over_front_matter_over_the_configuration() -> None:
    text = "---\npublished: 2024-03-01\nheadlinecheck:\n  tolerance: 0.9\n---\n# {h}\n\n{b}\n"
    article = _article(text.format(h="Deal worth EUR 15 million", b="It is worth $10.9 million."))
    config = FileSettings(tolerance=Decimal("0.001"), published=date(2020, 1, 1))
    plain = check_article(article, layered(config))
    assert plain.published == date(2024, 3, 1)  # the front matter's date over the config's
    assert plain.options.tolerance == Decimal("0.9")  # and its tolerance
    flagged = check_article(
        article, layered(config, {"tolerance": Decimal("0.01"), "published": date(2024, 3, 4)})
    )
    assert flagged.options.tolerance == Decimal("0.01") and flagged.published == date(2024, 3, 4)
    bare = from_text("Deal worth EUR 15 million", "It is worth $10.9 million.", path="x")
    assert check_article(bare, layered(config)).published == date(2020, 1, 1)
    assert check_article(bare, layered(config)).options.tolerance == Decimal("0.001")
    assert check_article(bare, layered(FileSettings(dollar="HKD"))).options.default_dollar == "HKD"
    assert layered(FileSettings(fail_on="unsupported")).fail_on == "unsupported"
    assert layered(FileSettings(), {"fail_on": "mismatch"}).fail_on == "mismatch"


def test_check_and_the_rows_agree_on_an_articles_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "---\npublished: 2024-03-01\nheadlinecheck:\n  tolerance: 0.9\n---\n"
        "# Deal worth EUR 15 million\n\nIt is worth $10.9 million.\n"
    )
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    (tmp_path / ".headlinecheck.toml").write_text('tolerance = "0.001"\n', encoding="utf-8")
    [article] = read_path(path)
    assert isinstance(article, Article)
    settings = layered(FileSettings(tolerance=Decimal("0.001")))
    [row] = article_rows(article, settings)
    assert row["verdict"] == "supported"  # the front matter's tolerance wins over the config
    assert main(["check", str(path), "--format", "json"]) == 0
    [claim] = json.loads(capsys.readouterr().out)["files"][0]["reports"][0]["claims"]
    assert claim["verdict"] == row["verdict"]
    assert main(["check", str(path), "--tolerance", "0.001", "--format", "json"]) == 1
    capsys.readouterr()
    [row] = article_rows(article, layered(FileSettings(), {"tolerance": Decimal("0.001")}))
    assert row["verdict"] == "mismatch"
