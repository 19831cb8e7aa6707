"""Article files -> ``Article`` values: a headline, a body, a date, settings, and positions.

Formats: Markdown with optional YAML or TOML front matter (``.md``, ``.markdown``), JSON (an object
or a list of objects) and JSON Lines records, and plain text (anything else). A file that cannot be
read as an article becomes a ``BadArticle`` (a value carrying a stable HC9xx code, the path and
line) so that one broken file never stops the others being checked; :func:`load` raises
``ArticleError`` instead, for library callers.

Modules: ``model`` (the values and positions), ``decoding`` (bytes -> text), ``markdown``
(headline and body), ``frontmatter`` (YAML/TOML and the article's settings), ``dates``
(:func:`parse_date`), ``records`` (JSON/JSONL, imported only for such files), ``patterns``
(``Lazy``: the readers' regexes, compiled on first use) and ``reading`` (files -> articles).
"""

from __future__ import annotations

from headlinecheck.articles.dates import parse_date
from headlinecheck.articles.model import (
    ARTICLE_SUFFIXES,
    BAD_DATE,
    BAD_ENCODING,
    BAD_FRONT_MATTER,
    BAD_RECORD,
    BAD_SETTINGS,
    JSON_SUFFIXES,
    JSONL_SUFFIXES,
    MARKDOWN_SUFFIXES,
    NO_HEADLINE,
    TEXT_SUFFIXES,
    TOO_LARGE,
    UNREADABLE,
    Article,
    ArticleSettings,
    BadArticle,
    Fields,
    Part,
    _Reject,
)
from headlinecheck.articles.reading import from_text, kind_of, load, read_bytes, read_path

__all__ = [
    "ARTICLE_SUFFIXES",
    "BAD_DATE",
    "BAD_ENCODING",
    "BAD_FRONT_MATTER",
    "BAD_RECORD",
    "BAD_SETTINGS",
    "JSONL_SUFFIXES",
    "JSON_SUFFIXES",
    "MARKDOWN_SUFFIXES",
    "NO_HEADLINE",
    "TEXT_SUFFIXES",
    "TOO_LARGE",
    "UNREADABLE",
    "Article",
    "ArticleSettings",
    "BadArticle",
    "Fields",
    "Part",
    "_Reject",
    "from_text",
    "kind_of",
    "load",
    "parse_date",
    "read_bytes",
    "read_path",
]
