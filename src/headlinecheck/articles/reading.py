"""Files -> articles: the entry points ``load``, ``read_path``, ``read_bytes`` and ``from_text``."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

from headlinecheck.articles.decoding import _decode
from headlinecheck.articles.markdown import _parse_markdown, _parse_text
from headlinecheck.articles.model import (
    DEFAULT_FIELDS,
    JSON_SUFFIXES,
    JSONL_SUFFIXES,
    MARKDOWN_SUFFIXES,
    TOO_LARGE,
    UNREADABLE,
    Article,
    BadArticle,
    Fields,
    _bad,
    _line_starts,
    _Reject,
)
from headlinecheck.articles.records import _records


def load(path: str | Path, *, fields: Fields = DEFAULT_FIELDS) -> list[Article]:
    """Read the articles in ``path``; raise ``ArticleError`` for the first bad one."""
    articles = []
    for item in read_path(path, fields=fields):
        if isinstance(item, BadArticle):
            raise item.error()
        articles.append(item)
    return articles


def read_path(
    path: str | Path,
    *,
    fields: Fields = DEFAULT_FIELDS,
    max_bytes: int | None = None,
    display: str | None = None,
) -> list[Article | BadArticle]:
    """Read one file into its articles (one, or one per JSON record) and bad records."""
    name = display if display is not None else str(path)
    try:
        status = Path(path).stat()
        size = status.st_size
        if not stat.S_ISREG(status.st_mode):
            # A FIFO in an article directory would block the run for ever on reading it.
            return [BadArticle(name, UNREADABLE, "not a regular file (a FIFO, socket or device)")]
        kind = kind_of(Path(path))
        # A JSON Lines feed holds many articles: the limit applies to each of its records.
        if max_bytes is not None and size > max_bytes and kind != "jsonl":
            return [
                BadArticle(
                    name,
                    TOO_LARGE,
                    f"file is {size:,} bytes, over the {max_bytes:,}-byte limit",
                    fix="raise max-bytes in [tool.headlinecheck] if this is really an article",
                )
            ]
        data = Path(path).read_bytes()
    except OSError as error:
        return [BadArticle(name, UNREADABLE, f"cannot read file: {error.strerror or error}")]
    return read_bytes(data, name, kind=kind, fields=fields, max_bytes=max_bytes)


def kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "text"


def read_bytes(
    data: bytes,
    path: str,
    *,
    kind: str = "markdown",
    fields: Fields = DEFAULT_FIELDS,
    max_bytes: int | None = None,
) -> list[Article | BadArticle]:
    """Parse ``data`` (the file's bytes) as ``kind``: markdown | text | json | jsonl.

    ``max_bytes`` limits each JSON Lines record (``read_path`` limits other files as a whole).
    """
    try:
        text = _decode(data)
    except _Reject as reject:
        line = data.count(b"\n", 0, reject.offset) + 1
        return [BadArticle(path, reject.code, reject.problem, line, 1, reject.fix)]
    starts = _line_starts(text)
    if kind in ("json", "jsonl"):
        return list(
            _records(text, path, starts, fields, lines=kind == "jsonl", max_bytes=max_bytes)
        )
    try:
        parse = _parse_markdown if kind == "markdown" else _parse_text
        return [parse(text, path, starts)]
    except _Reject as reject:
        return [_bad(path, starts, reject)]


def from_text(
    headline: str, body: str, *, path: str = "-", published: date | None = None
) -> Article:
    """An article given as two strings (``--headline TEXT --body-file F``)."""
    # Positions are those of a plain-text file whose first line is the headline.
    headline = headline.strip()
    return Article(
        path,
        headline,
        body,
        published,
        body_origin=len(headline) + 1,
        line_starts=_line_starts(headline + "\n" + body),
    )
