"""Article readers: headline, body, date, settings, and positions in the original file."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_cases import rows
from headlinecheck.articles import (
    Article,
    ArticleSettings,
    BadArticle,
    Fields,
    from_text,
    load,
    read_bytes,
    read_path,
)
from headlinecheck.errors import ArticleError

FRONT = """\
---
title: "Hong Kong sets aside $6.4M for blockchain"
date: 2023-08-29
headlinecheck:
  ignore: [HC102]
  dollar: usd
  tolerance: 0.01
---
# Hong Kong sets aside $6.4M for blockchain

The government set aside HKD 50 million, see [the budget](https://example.org/2023/77m).
Inline `code 99` and an autolink <https://example.org/5m> are not prose.
<!-- headlinecheck-disable HC301 -->
```python
amount = 12_000_000
```
Cyberport hosts more than 150 companies.
"""


def _one(data: str | bytes, kind: str = "markdown", **kw: object) -> Article:
    raw = data.encode() if isinstance(data, str) else data
    [item] = read_bytes(raw, "a.md", kind=kind, **kw)  # type: ignore[arg-type]
    assert isinstance(item, Article), item
    return item


def _bad(data: str | bytes, kind: str = "markdown") -> BadArticle:
    raw = data.encode() if isinstance(data, str) else data
    [item] = read_bytes(raw, "a.md", kind=kind)
    assert isinstance(item, BadArticle), item
    return item


def test_front_matter_headline_date_and_settings() -> None:
    article = _one(FRONT)
    assert article.headline == "Hong Kong sets aside $6.4M for blockchain"
    assert article.published == date(2023, 8, 29)
    assert article.settings == ArticleSettings(
        ignore=frozenset({"HC102", "HC301"}), dollar="USD", tolerance=Decimal("0.01")
    )


def test_positions_point_into_the_original_file() -> None:
    article = _one(FRONT)
    lines = FRONT.splitlines()
    line, column = article.locate(article.headline.index("$6.4M"), "headline")
    assert (line, column) == (2, lines[1].index("$6.4M") + 1)
    offset = article.body.index("HKD 50 million")
    line, column = article.locate(offset, "body")
    assert lines[line - 1][column - 1 :].startswith("HKD 50 million")
    offset = article.body.index("more than 150")
    line, column = article.locate(offset, "body")
    assert lines[line - 1][column - 1 :].startswith("more than 150")


def test_code_comments_and_urls_are_blanked_to_equal_length() -> None:
    article = _one(FRONT)
    body = article.body
    for hidden in ("77m", "code 99", "5m>", "12_000_000", "headlinecheck-disable", "python"):
        assert hidden not in body
    assert "[the budget]" in body
    # The repeated title heading must not "support" the headline from inside the body.
    assert "$6.4M" not in body
    assert len(body) == len(FRONT) - article.body_origin
    assert body.count("\n") == FRONT[article.body_origin :].count("\n")


def test_first_heading_is_the_headline_without_front_matter() -> None:
    article = _one("Intro line\n\n## Not this\n# The $5M deal  #\nBody with USD 5 million.\n")
    assert article.headline == "The $5M deal"
    assert article.locate(article.headline.index("$5M")) == (4, 7)
    assert "The $5M deal" not in article.body
    assert article.published is None


def test_code_spans_in_a_heading_stay_headline_text() -> None:
    # A heading is what readers see; only the backtick delimiters are not part of it.
    article = _one("# `Hong Kong Allocates $6.4M` to ``Web3``\n\nHKD 50 million, `$9M` code.\n")
    assert article.headline == "Hong Kong Allocates $6.4M  to   Web3"
    assert article.locate(article.headline.index("$6.4M")) == (1, 24)
    assert "$9M" not in article.body  # code in the body is still no figure


def test_a_title_repeated_as_a_heading_in_code_is_still_recognised() -> None:
    article = _one('---\ntitle: "Sets aside $5M"\n---\n# `Sets aside $5M`\nUSD 5 million.\n')
    assert "$5M" not in article.body


def test_front_matter_title_with_escapes_points_at_its_start() -> None:
    article = _one('---\ntitle: "A \\"quoted\\" $5M deal"\n---\nbody\n')
    assert article.headline == 'A "quoted" $5M deal'
    assert not article.headline_exact
    assert article.locate(12) == (2, 9)


@pytest.mark.parametrize(("text", "code", "line"), rows("inputs/markdown_errors.yaml"))
def test_bad_markdown_names_code_and_line(text: str, code: str, line: int) -> None:
    bad = _bad(text)
    assert (bad.code, bad.line) == (code, line), bad
    assert bad.path == "a.md"


def test_binary_and_bad_encoding() -> None:
    assert _bad(b"\x89PNG\r\n\x1a\n\x00\x00").code == "HC901"
    bad = _bad(b"# Title\nline two\n" + b"caf\xe9 \xff\n")
    assert (bad.code, bad.line) == ("HC902", 3)
    assert "0xe9" in bad.problem


def test_utf8_bom_is_accepted() -> None:
    assert _one("\ufeff# The $5M deal\nbody".encode()).headline == "The $5M deal"


def test_plain_text_first_non_empty_line() -> None:
    article = _one("\n\n   A $5M headline\nThe body, USD 5 million.\n", kind="text")
    assert article.headline == "A $5M headline"
    assert article.locate(2) == (3, 6)
    assert article.body == "The body, USD 5 million.\n"
    assert article.locate(article.body.index("USD"), "body") == (4, 11)
    assert _bad("  \n\n", kind="text").code == "HC904"


def test_json_lines_records() -> None:
    lines = [
        json.dumps({"headline": "A $5M deal", "body": "USD 5 million", "published": "2023-01-02"}),
        "{not json",
        json.dumps({"body": "no headline"}),
        json.dumps({"headline": "B", "body": "x", "published": "soon"}),
        "",
        json.dumps({"headline": "C 30% rise", "body": "up 30%"}),
    ]
    items = read_bytes("\n".join(lines).encode(), "f.jsonl", kind="jsonl")
    kinds = [(type(i).__name__, getattr(i, "code", None), getattr(i, "line", None)) for i in items]
    assert kinds == [
        ("Article", None, None),
        ("BadArticle", "HC906", 2),
        ("BadArticle", "HC904", 3),
        ("BadArticle", "HC905", 4),
        ("Article", None, None),
    ]
    first, last = items[0], items[-1]
    assert isinstance(first, Article) and isinstance(last, Article)
    assert first.published == date(2023, 1, 2)
    assert first.locate(first.headline.index("$5M")) == (1, 17)
    assert last.locate(0) == (6, 15)


def test_json_array_with_custom_field_names() -> None:
    data = json.dumps(
        [{"title": "A $5M deal", "text": "USD 5 million", "date": "2023-01-02"}], indent=1
    )
    fields = Fields(headline="title", body="text", published="date")
    [item] = read_bytes(data.encode(), "f.json", kind="json", fields=fields)
    assert isinstance(item, Article) and item.headline == "A $5M deal"
    assert item.locate(0) == (3, 13)
    [bad] = read_bytes(data.encode(), "f.json", kind="json")
    assert isinstance(bad, BadArticle) and bad.code == "HC904"


def test_read_path_limits_size_and_reports_missing(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    big.write_text("# Big $5M\n" + "word " * 1000, encoding="utf-8")
    [item] = read_path(big, max_bytes=100)
    assert isinstance(item, BadArticle) and item.code == "HC908"
    [item] = read_path(tmp_path / "missing.md")
    assert isinstance(item, BadArticle) and item.code == "HC901"
    [item] = read_path(big, display="shown.md")
    assert isinstance(item, Article) and item.path == "shown.md"


def test_load_raises_article_error(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_text("---\ntitle: x\ndate: nope\n---\n", encoding="utf-8")
    with pytest.raises(ArticleError, match=r"x\.md:3: bad publication date 'nope'"):
        load(path)


def test_from_text_positions() -> None:
    article = from_text("The $5M deal", "First line\nUSD 5 million here", path="-")
    assert article.locate(4) == (1, 5)
    assert article.locate(article.body.index("USD"), "body") == (3, 1)


_MARKUP = st.sampled_from(
    ["`", "``", "```", "~~~", "<!--", "-->", "](", ")", "[", "]:", "<", ">", "http://", "\n", " ",
     "&nbsp;", "&amp;", "&#36;", "&#x20AC;", "&bogus;", "&"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_MARKUP, st.text(max_size=8)), max_size=60))
def test_never_raises_and_body_keeps_offsets(parts: list[str]) -> None:
    text = "# Head $5M\n" + "".join(parts)
    for kind in ("markdown", "text", "jsonl", "json"):
        for item in read_bytes(text.encode("utf-8", "surrogatepass"), "f", kind=kind):
            if isinstance(item, Article) and kind in ("markdown", "text"):
                removed = item.body_shifts[-1][1] if item.body_shifts else 0
                assert len(item.body) + removed == len(text) - item.body_origin
                for offset in range(0, len(item.body) + 1, 7):
                    line, column = item.locate(offset, "body")
                    assert line >= 1 and column >= 1


@pytest.mark.parametrize("written", rows("inputs/published_dates.yaml"))
def test_dates_readable_without_guessing(written: str) -> None:
    article = _one(f"---\ntitle: A $5M deal\npublished: {written}\n---\nbody\n")
    assert article.published == date(2023, 8, 29)


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("08/09/2023", "bad publication date '08/09/2023'"),
        ("31 September 2023", "bad publication date '31 September 2023'"),
        ("29 Augustus 2023", "bad publication date '29 Augustus 2023'"),
        ("Mon, 29 Aug 2023", "bad publication date 'Mon, 29 Aug 2023': 2023-08-29 is a Tuesday"),
    ],
)
def test_ambiguous_or_impossible_dates_are_bad_dates(written: str, problem: str) -> None:
    [item] = read_bytes(f"---\ntitle: x\ndate: {written}\n---\n".encode(), "a.md")
    assert isinstance(item, BadArticle)
    assert (item.code, item.problem, item.line) == ("HC905", problem, 3)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["29", "Aug", "August", "Tue", ",", ".", " ", "2023", "10:00", "+0800", "x"]
        )
        | st.text(max_size=4)
    )
)
def test_parse_date_gives_a_date_or_a_bad_date(parts: list[str]) -> None:
    from headlinecheck.articles import _Reject, parse_date

    try:
        assert isinstance(parse_date("".join(parts)), date)
    except _Reject as reject:
        assert reject.code == "HC905"


@pytest.mark.parametrize("written", ['""', "''", "' '"])
def test_an_empty_date_is_no_date(written: str) -> None:
    assert _one(f"---\ntitle: A $5M deal\ndate: {written}\n---\nbody\n").published is None


def test_html_entities_are_read_as_the_characters_readers_see() -> None:
    article = _one("# Q&amp;A: $6.4M\n\nIt gets HKD 50&nbsp;million &amp; &#36;9, not &bogus;.\n")
    assert article.headline == "Q&A: $6.4M"
    assert article.locate(article.headline.index("$6.4M")) == (1, 12)
    assert "HKD 50\u00a0million & $9, not &bogus;." in article.body
    for needle, column in (("million", 21), ("$9", 35), ("&bogus", 47)):
        assert article.locate(article.body.index(needle), "body") == (3, column)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["&nbsp;", "&#36;", "&amp;", "&zz;", "a", "7", "\n", " "])))
def test_entity_positions_map_back_to_the_original_characters(parts: list[str]) -> None:
    text = "# Head\n" + "".join(parts)
    article = _one(text)
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    for offset in range(len("# Head\n"), len(article.body)):
        line, column = article.locate(offset, "body")
        original = starts[line - 1] + column - 1
        char = article.body[offset]
        # A plain character maps onto itself; a decoded one onto the '&' of its entity.
        if text[original] == "&":
            assert char in "&\u00a0$"
        else:
            assert text[original] == char


# --- the simple front matter reader agrees with PyYAML -----------------------------------------

_KEYS = st.sampled_from(["title", "date", "published", "draft", "tags", "x-y", "currency"])
_WORDS = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12
)
_VALUES = st.one_of(
    _WORDS,
    _WORDS.map(lambda w: f'"{w}"'),
    _WORDS.map(lambda w: f"'{w}'"),
    st.sampled_from(["true", "False", "ON", "no", "null", "~", "0", "-12", "007", "1_000"]),
    st.sampled_from(["2023-08-29", "2023-8-9", "2023-08-29 10:00", "6.4", ".5", "1e3", "0x1F"]),
    st.sampled_from(["a: b", "a #b", "[a, b]", "{a: 1}", "&x y", "*x", "!!str 5", "a:b", "- x"]),
)


def _by_yaml(text: str) -> tuple[dict[str, object], dict[str, tuple[int, str | None]]] | None:
    import yaml

    from headlinecheck.articles.frontmatter import _yaml_loader

    loader = _yaml_loader()(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node)
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
    starts = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]
    positions = {
        str(k.value): (starts[v.start_mark.line] + v.start_mark.column, v.style or None)
        for k, v in node.value
    }
    return {str(k): v for k, v in data.items()}, positions


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_KEYS, _VALUES), min_size=1, max_size=4))
def test_simple_front_matter_agrees_with_pyyaml(pairs: list[tuple[str, str]]) -> None:
    from headlinecheck.articles.frontmatter import _simple_front_matter

    text = "".join(f"{key}: {value}\n" for key, value in pairs)
    simple = _simple_front_matter(text, 0, len(text))
    if simple is not None:
        assert simple == _by_yaml(text)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["markdown", "text", "json", "jsonl"]))
def test_any_bytes_give_articles_or_bad_articles(data: bytes, kind: str) -> None:
    for item in read_bytes(b"---\n" + data if kind == "markdown" else data, "f", kind=kind):
        assert isinstance(item, (Article, BadArticle))
        if isinstance(item, BadArticle):
            assert item.code.startswith("HC9") and item.line >= 1
