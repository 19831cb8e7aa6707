"""Article files in the forms writers and tools produce, each once read wrong: JSON records (their
lines, nulls, a size limit per record), disable comments and front matter settings, setext and
empty-title headlines, TOML front matter (Hugo's, quoted keys, and its errors), YAML slips and
repeated keys, MDX, and UTF-16 with a byte-order mark."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus_cases import rows
from headlinecheck.articles import Article, BadArticle, read_bytes

ARTICLE = "---\ntitle: City sets aside $6.4M\ndate: 2023-08-29\n---\nIt set aside HKD 50 million.\n"


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


def test_an_mdx_file_is_read_as_markdown(tmp_path: Path) -> None:
    from headlinecheck.articles import Article, read_path

    # Read as plain text, "---" was the headline: no claims, and the run passed.
    jsx = "import Chart from './Chart'\n\n<Chart height={300} />\n\n"
    (tmp_path / "story.mdx").write_text(ARTICLE.replace("---\nIt", "---\n" + jsx + "It"), "utf-8")
    [article] = read_path(tmp_path / "story.mdx")
    assert isinstance(article, Article)
    assert article.headline == "City sets aside $6.4M"
    assert "300" not in article.body
    assert "HKD 50 million" in article.body


def test_toml_front_matter_as_hugo_writes_it(tmp_path: Path) -> None:
    from headlinecheck.articles import Article, read_path

    # Before, "+++" was no front matter: "no headline", or with a heading the TOML was body text.
    (tmp_path / "a.md").write_text(
        '+++\r\ntitle = "City sets aside $6.4M"\r\ndate = 2023-08-29T10:00:00+08:00\r\n'
        '[headlinecheck]\r\ndollar = "hkd"\r\n[extra]\r\ntitle = "not this"\r\n+++\r\n'
        "# City sets aside $6.4M\r\n\r\nIt set aside HKD 50 million.\r\n",
        "utf-8",
    )
    [article] = read_path(tmp_path / "a.md")
    assert isinstance(article, Article)
    assert article.headline == "City sets aside $6.4M"
    assert article.locate(16) == (2, 26)
    assert str(article.published) == "2023-08-29"
    assert article.settings.dollar == "HKD"
    assert article.body.split() == ["It", "set", "aside", "HKD", "50", "million."]


@pytest.mark.parametrize(("text", "where", "problem"), rows("inputs/front_matter_toml_errors.yaml"))
def test_bad_toml_front_matter_is_an_input_error_at_its_line(
    tmp_path: Path, text: str, where: list[int], problem: str
) -> None:
    from headlinecheck.articles import BadArticle, read_path

    (tmp_path / "a.md").write_text(text, "utf-8")
    [bad] = read_path(tmp_path / "a.md")
    assert isinstance(bad, BadArticle)
    assert (bad.code, bad.line, bad.column) == ("HC903", *where)
    assert problem in bad.problem


@pytest.mark.parametrize(("key", "where"), rows("inputs/front_matter_toml_keys.yaml"))
def test_a_quoted_toml_key_is_read_and_located(key: str, where: list[int]) -> None:
    from headlinecheck.articles import Article, read_bytes

    # '"title" = ...' was a KeyError traceback: the key's position was never found.
    text = f'+++\n{key} = "Up $5M"\n["headlinecheck"]\ndollar = "usd"\n+++\nUSD 5 million.\n'
    [article] = read_bytes(text.encode(), "a.md")
    assert isinstance(article, Article)
    assert (article.headline, article.settings.dollar) == ("Up $5M", "USD")
    assert article.locate(3) == tuple(where)


@pytest.mark.parametrize(("front", "where"), rows("inputs/front_matter_repeated_keys.yaml"))
def test_a_repeated_front_matter_key_is_an_error_not_the_last_one_silently(
    front: str, where: list[int]
) -> None:
    from headlinecheck.articles import BadArticle, read_bytes

    # Before, the second title was checked: which one the writer meant is anyone's guess.
    [bad] = read_bytes(f"---\n{front}---\nUSD 5 million.\n".encode(), "a.md")
    assert isinstance(bad, BadArticle)
    assert (bad.code, bad.line, bad.column) == ("HC903", *where)
    assert "is given twice" in bad.problem


@pytest.mark.parametrize(("title", "where", "message"), rows("inputs/front_matter_yaml_slips.yaml"))
def test_a_yaml_slip_in_the_title_says_how_to_fix_it(
    title: str, where: list[int], message: str
) -> None:
    from headlinecheck.articles import BadArticle, read_bytes

    text = f"---\ntitle: {title}\ndate: 2023-08-29\n---\nHKD 50 million.\n"
    [bad] = read_bytes(text.encode(), "a.md")
    assert isinstance(bad, BadArticle)
    assert (bad.line, bad.column) == tuple(where)
    assert message in f"{bad.problem}; {bad.fix}"


def test_a_quoted_empty_title_is_a_placeholder_like_an_empty_one() -> None:
    from headlinecheck.articles import Article, read_bytes

    # "title: ''" is what templates write; the heading was ignored and the article an HC904.
    [article] = read_bytes(b"---\ntitle: ''\n---\n# Up $5M\n\nUSD 5 million.\n", "a.md")
    assert isinstance(article, Article)
    assert (article.headline, article.locate(3)) == ("Up $5M", (4, 6))


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_read(codec: str) -> None:
    from headlinecheck.articles import Article, read_bytes

    # Windows PowerShell 5's ">" writes this; it was refused as a binary file (NUL bytes).
    text = "---\r\ntitle: Up $5M\r\n---\r\nUSD 5 million\r\n"
    data = text.encode(codec) if codec == "utf-16" else b"\xfe\xff" + text.encode(codec)
    [article] = read_bytes(data, "a.md")
    assert isinstance(article, Article)
    assert (article.headline, article.locate(3)) == ("Up $5M", (2, 11))


def test_max_bytes_limits_each_json_lines_record_not_the_feed(tmp_path: Path) -> None:
    import json

    from headlinecheck.articles import Article, BadArticle, read_path

    record = {"headline": "Up $5M", "body": "USD 5 million", "published": "2023-08-29"}
    lines = [json.dumps(record)] * 50 + [json.dumps({**record, "body": "x" * 1500})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    # Before: the 5 KB feed was one HC908 at 1,000 bytes, and none of its articles was read.
    items = read_path(tmp_path / "feed.jsonl", max_bytes=1_000)
    assert sum(isinstance(item, Article) for item in items) == 50
    [bad] = [item for item in items if isinstance(item, BadArticle)]
    assert (bad.code, bad.line) == ("HC908", 51)
    (tmp_path / "feed.json").write_text("[" + ",".join(lines) + "]", "utf-8")
    [whole] = read_path(tmp_path / "feed.json", max_bytes=1_000)  # one document: one limit
    assert isinstance(whole, BadArticle)
    assert whole.code == "HC908"


# Title text TOML writes verbatim between double quotes: no quote, backslash or control.
_TITLE = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters='"\\'), min_size=1
).filter(lambda text: text.strip() == text and text.strip())


@given(title=_TITLE, newline=st.sampled_from(["\n", "\r\n"]), pad=st.sampled_from(["", " ", "\t"]))
def test_a_toml_title_is_read_verbatim_and_located_in_the_file(
    title: str, newline: str, pad: str
) -> None:
    text = f'+++{newline}{pad}title{pad} ={pad}"{title}"{newline}date = 2023-08-29{newline}+++'
    text += f"{newline}Body.{newline}"
    [article] = read_bytes(text.encode(), "a.md")
    assert isinstance(article, Article)
    assert article.headline == title
    line, column = article.locate(0)
    assert line == 2
    assert text.splitlines()[1][column - 1 :].startswith(title)
