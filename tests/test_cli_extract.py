"""`headlinecheck extract FILE` reads an article file; `--date` takes the front matter forms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from headlinecheck.cli import main

ARTICLE = """---
title: "Park gets $6.4M as 150+ companies move in"
date: 2023-08-29
headlinecheck:
  dollar: HKD
---

The government set aside HKD 50 million.
"""


@pytest.fixture
def article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "park.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_a_file_is_read_as_an_article(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "park.md"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "park.md:2:9: Park gets $6.4M as 150+ companies move in"
    rows = [line.split() for line in out[3:]]
    # line:column in the file, the part, and the front matter's dollar applied to the bare "$"
    assert [row[:5] for row in rows] == [
        ["2:19", "headline", "money", "6400000", "[6350000,"],
        ["2:28", "headline", "count", "150", "[150,"],
        ["8:26", "body", "money", "50000000", "[49500000,"],
    ]
    assert rows[0][6] == "HKD"
    assert out[-1].endswith("HKD 50 million")


def test_the_flag_wins_over_the_front_matter(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "--json", "--dollar", "USD", "park.md"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] == 1 and data["path"] == "park.md"
    (story,) = data["articles"]
    assert story["published"] == "2023-08-29"
    first = story["figures"][0]
    assert (first["currency"], first["part"], first["line"], first["column"]) == (
        "USD",
        "headline",
        2,
        19,
    )
    assert [f["part"] for f in story["figures"]] == ["headline", "headline", "body"]


def test_each_record_of_a_feed_is_an_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    records = [
        {"headline": "Firm raises $5M", "body": "It raised USD 5 million.", "published": None},
        {"headline": "No figure here", "body": "Nor here.", "published": "29 August 2023"},
    ]
    (tmp_path / "feed.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"
    )
    assert main(["extract", "--json", "feed.jsonl"]) == 0
    first, second = json.loads(capsys.readouterr().out)["articles"]
    assert [f["text"] for f in first["figures"]] == ["$5M", "USD 5 million"]
    assert {f["line"] for f in first["figures"]} == {1}
    assert (second["figures"], second["published"], second["line"]) == ([], "2023-08-29", 2)


def test_a_missing_article_file_is_an_error_not_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "story.md"]) == 2
    assert "story.md: no such file" in capsys.readouterr().err
    # Text that only looks a little like a path is still text.
    assert main(["extract", "HK$50/month"]) == 0
    assert "HK$50" in capsys.readouterr().out


def test_a_bad_article_is_an_error_line_naming_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.md").write_text(ARTICLE.replace("2023-08-29", "08/09/2023"), "utf-8")
    assert main(["extract", "bad.md"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == (
        "headlinecheck: error: bad.md:3:7: HC905 bad publication date '08/09/2023'; "
        "write it as YYYY-MM-DD (ISO 8601)"
    )


def test_a_directory_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    assert main(["extract", "news"]) == 2
    assert "news: is a directory" in capsys.readouterr().err


@pytest.mark.parametrize(
    "given", ["2023-08-29", "29 August 2023", "Aug. 29, 2023", "Tue, 29 Aug 2023 10:00:00 +0800"]
)
def test_date_takes_the_front_matter_forms(
    given: str, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    undated = ARTICLE.replace("date: 2023-08-29\n", "")
    article.write_text(undated, encoding="utf-8")
    assert main(["check", "park.md", "--date", given, "--format", "json"]) in (0, 1)
    report = json.loads(capsys.readouterr().out)["files"][0]["reports"][0]
    assert report["published"] == "2023-08-29"
    assert main(["config", "--date", given]) == 0
    assert 'date = "2023-08-29"' in capsys.readouterr().out


@pytest.mark.parametrize(
    ("given", "problem"),
    [
        ("08/09/2023", "--date: bad publication date '08/09/2023'"),
        ("Mon, 29 Aug 2023", "'Mon, 29 Aug 2023': 2023-08-29 is a Tuesday"),
        ("31 June 2023", "bad publication date '31 June 2023'"),
    ],
)
def test_a_bad_date_is_a_usage_error_naming_the_value(
    given: str, problem: str, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in ("check", "config"):
        assert main([command, "park.md", "--date", given]) == 2
        err = capsys.readouterr().err
        assert problem in err
        assert err.count("\n") == 1
