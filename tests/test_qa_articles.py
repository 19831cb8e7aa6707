"""QA regressions in reading articles: positions of bad JSON records, disable comments."""

from __future__ import annotations

import json

from headlinecheck.articles import Article, BadArticle, read_bytes


def test_bad_records_in_a_json_array_are_reported_on_their_own_line() -> None:
    records: list[object] = [
        {"headline": "A $5M deal", "body": "USD 5 million", "published": "2023-01-02"},
        {"headline": "B $5M", "body": "USD 5 million", "published": "yesterday"},
        {"body": "no headline"},
        "not an object",
        {"headline": "A $5M deal", "body": "USD 5 million"},
    ]
    data = "[\n" + ",\n".join("  " + json.dumps(r) for r in records) + "\n]\n"
    items = read_bytes(data.encode(), "f.json", kind="json")
    lines = [(i.code, i.line) if isinstance(i, BadArticle) else i.locate(0) for i in items]
    # The last record repeats the first one's headline: it must still point at its own line.
    assert lines == [(2, 17), ("HC905", 3), ("HC904", 4), ("HC906", 5), (6, 17)]


def test_a_single_json_object_still_reads() -> None:
    data = ' {"headline": "A $5M deal", "body": "USD 5 million"}'
    [item] = read_bytes(data.encode(), "f.json", kind="json")
    assert isinstance(item, Article) and item.locate(0) == (1, 16)
