"""QA regressions in reading articles: positions of bad JSON records, disable comments."""

from __future__ import annotations

import json
from decimal import Decimal

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


def _settings_of(text: str) -> frozenset[str]:
    [item] = read_bytes(text.encode(), "a.md", kind="markdown")
    assert isinstance(item, Article), item
    return item.settings.ignore


def test_a_lower_case_code_in_a_disable_comment_is_that_code_not_all() -> None:
    text = "# Sales up 45%\n\n<!-- headlinecheck-disable hc101 -->\nSales rose 40%.\n"
    assert _settings_of(text) == frozenset({"HC101"})


def test_front_matter_ignore_accepts_lower_case_codes() -> None:
    text = "---\ntitle: Sales up 45%\nheadlinecheck: {ignore: [hc313, all]}\n---\nSales rose 40%.\n"
    assert _settings_of(text) == frozenset({"HC313", "all"})


def test_a_disable_comment_shown_in_code_does_not_suppress() -> None:
    text = (
        "# Sales up 45%\n\nSales rose 40%. To silence the checker write\n\n"
        "```markdown\n<!-- headlinecheck-disable -->\n```\n\n"
        "or inline: `<!-- headlinecheck-disable HC313 -->`.\n"
    )
    assert _settings_of(text) == frozenset()


def test_front_matter_tolerance_may_be_a_percentage_as_in_the_config_file() -> None:
    text = '---\ntitle: Sales hit $8M\nheadlinecheck: {tolerance: "0.5%"}\n---\nUSD 8 million.\n'
    [item] = read_bytes(text.encode(), "a.md", kind="markdown")
    assert isinstance(item, Article) and item.settings.tolerance == Decimal("0.005")
    [bad] = read_bytes(text.replace("0.5%", "lots").encode(), "a.md", kind="markdown")
    assert isinstance(bad, BadArticle) and bad.code == "HC907" and bad.line == 3
    assert bad.fix is not None and "'1%'" in bad.fix


def test_a_setext_heading_is_the_headline_and_is_not_read_as_body() -> None:
    text = "Firm raises $12M\r\n================\r\n\r\nIt raised $12 million.\r\n"
    [item] = read_bytes(text.encode(), "a.md", kind="markdown")
    assert isinstance(item, Article) and item.headline == "Firm raises $12M"
    assert item.locate(item.headline.index("$")) == (1, 13)
    assert "Firm" not in item.body and "=" not in item.body


def test_a_repeated_setext_title_is_not_part_of_the_body() -> None:
    text = "---\ntitle: Firm raises $12M\n---\nFirm raises $12M\n===\n\nIt raised $11 million.\n"
    [item] = read_bytes(text.encode(), "a.md", kind="markdown")
    assert isinstance(item, Article) and "$12M" not in item.body


def test_an_empty_front_matter_title_falls_back_to_the_heading() -> None:
    text = "---\ntitle:\ndate: 2023-08-29\n---\n# Firm raises $12M\n\nIt raised $12 million.\n"
    [item] = read_bytes(text.encode(), "a.md", kind="markdown")
    assert isinstance(item, Article) and item.headline == "Firm raises $12M"
    assert item.locate(0) == (5, 3) and "$12M" not in item.body


def test_skip_must_be_a_boolean() -> None:
    for value in ('"false"', "maybe", "flase"):
        text = f"---\ntitle: Firm raises $12M\nheadlinecheck:\n  skip: {value}\n---\nIt raised.\n"
        [bad] = read_bytes(text.encode(), "a.md", kind="markdown")
        assert isinstance(bad, BadArticle) and bad.code == "HC907" and bad.line == 4, value
    text = "---\ntitle: Firm raises $12M\nheadlinecheck: {skip: true}\n---\nIt raised.\n"
    [item] = read_bytes(text.encode(), "a.md", kind="markdown")
    assert isinstance(item, Article) and item.settings.skip


def test_a_null_json_body_is_an_empty_body() -> None:
    data = '{"headline": "A $5M deal", "body": null, "published": null}'
    [item] = read_bytes(data.encode(), "f.jsonl", kind="jsonl")
    assert isinstance(item, Article) and item.body == "" and item.published is None
