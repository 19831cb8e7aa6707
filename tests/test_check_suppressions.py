"""Scoped suppressions: ``headlinecheck-disable-line`` and ``-disable-next-line`` comments silence
the findings of one line (the claim's, or its evidence's), never the whole article."""

from __future__ import annotations

import pytest

from headlinecheck import report
from headlinecheck.articles import Article, BadArticle, read_bytes
from headlinecheck.articles.model import LineIgnore
from headlinecheck.checking import check
from shared import SEED_PUBLISHED

BODY = (
    "The government has set aside HKD 50 million for the fund.\n"
    "Cyberport hosts more than 150 companies.\n"
)
HEADLINE = "# Hong Kong allocates $6.4B, and 150,000 companies\n\n"


def _article(text: str) -> Article:
    [item] = read_bytes(text.encode(), "a.md", kind="markdown")
    assert isinstance(item, Article), item
    return item


def _suppressed(text: str) -> dict[str, bool]:
    """Each claim finding's code -> whether it is suppressed."""
    article = _article(text)
    result = check(article.headline, article.body, published=SEED_PUBLISHED)
    found = report.claim_findings(article, result)
    found = report.suppress(found, article.settings.ignore)
    return {f.code: f.suppressed for f in found}


def test_without_comments_both_claims_are_findings() -> None:
    assert _suppressed(HEADLINE + BODY) == {"HC111": False, "HC211": False}


def test_a_next_line_comment_never_disables_the_whole_article() -> None:
    text = HEADLINE + "<!-- headlinecheck-disable-next-line -->\n" + BODY
    article = _article(text)
    assert article.settings.ignore == frozenset()
    assert article.settings.line_ignores == (LineIgnore(4, frozenset({"all"})),)
    # The next line holds the evidence of HC111 only: HC211's evidence is a line further.
    assert _suppressed(text) == {"HC111": True, "HC211": False}


def test_a_next_line_comment_above_the_heading_covers_only_its_codes() -> None:
    text = "<!-- headlinecheck-disable-next-line HC111 -- quoted as the minister said -->\n"
    text += HEADLINE + BODY
    article = _article(text)
    assert article.settings.line_ignores == (
        LineIgnore(2, frozenset({"HC111"}), "quoted as the minister said"),
    )
    assert _suppressed(text) == {"HC111": True, "HC211": False}


def test_a_disable_line_comment_covers_its_own_line() -> None:
    body = BODY.replace("companies.\n", "companies. <!-- headlinecheck-disable-line hc211 -->\n")
    assert _suppressed(HEADLINE + body) == {"HC111": False, "HC211": True}
    # The same comment with another code leaves the line's finding alone.
    other = body.replace("hc211", "HC111, HC110")
    assert _suppressed(HEADLINE + other) == {"HC111": False, "HC211": False}


def test_the_article_wide_comment_still_disables_the_article() -> None:
    text = HEADLINE + BODY + "\n<!-- headlinecheck-disable HC211 -->\n"
    assert _article(text).settings.line_ignores == ()
    assert _suppressed(text) == {"HC111": False, "HC211": True}


def test_a_scoped_comment_shown_in_code_is_no_instruction() -> None:
    text = HEADLINE + "`<!-- headlinecheck-disable-next-line -->`\n" + BODY
    assert _article(text).settings.line_ignores == ()


@pytest.mark.parametrize(
    ("comment", "said"),
    [
        ("<!-- headlinecheck-disable-nextline -->", "unknown suppression comment"),
        ("<!-- headlinecheck-disable-next-line HC11 -->", "'HC11' in a suppression comment"),
        ("<!-- headlinecheck-disable-line because it is quoted -->", "'because'"),
    ],
)
def test_a_malformed_scoped_comment_is_an_input_error_on_its_line(comment: str, said: str) -> None:
    # Read as "no codes" it would silence every finding of the line, or of the article.
    [item] = read_bytes((HEADLINE + comment + "\n" + BODY).encode(), "a.md", kind="markdown")
    assert isinstance(item, BadArticle)
    assert item.code == "HC907" and item.line == 3
    assert said in item.problem


def test_suppress_lines_leaves_input_errors_alone() -> None:
    error = report.input_finding("a.md", "HC907", "bad", line=3)
    [kept] = report.findings.suppress_lines([error], [LineIgnore(3, frozenset({"all"}))])
    assert not kept.suppressed
