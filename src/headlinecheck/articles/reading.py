"""Files -> articles: the entry points ``load``, ``read_path``, ``read_bytes`` and ``from_text``."""

from __future__ import annotations

import io
import os
import stat
from datetime import date
from pathlib import Path
from typing import BinaryIO

from headlinecheck.articles.decoding import SNIFF_BYTES, _decode, check_head, is_utf16
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

#: The most a file may hold when no ``max_bytes`` is given (library calls): far beyond any article.
ARTICLE_LIMIT = 256 * 1024 * 1024
#: A JSON Lines feed may hold this many times the per-record limit in all.
FEED_FACTOR = 100
_FIX = "raise max-bytes in [tool.headlinecheck] if this is really an article"


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
    """Read one file into its articles (one, or one per JSON record) and bad records.

    Only a regular file is opened (a FIFO would block the run for ever, a device never ends),
    its size is checked before reading, its head is checked for NUL bytes before the rest is
    read, and no more than the limit is ever read. ``max_bytes`` limits a file, or each record
    of a JSON Lines feed; a feed may be ``FEED_FACTOR`` times that in all.
    """
    name = display if display is not None else str(path)
    kind = kind_of(Path(path))
    try:
        handle = _open_regular(path)
    except _Reject as reject:
        return [BadArticle(name, reject.code, reject.problem, fix=reject.fix)]
    except OSError as error:
        return [BadArticle(name, UNREADABLE, f"cannot read file: {error.strerror or error}")]
    with handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            limit = max_bytes if max_bytes is not None else ARTICLE_LIMIT
            if kind == "jsonl":
                limit *= FEED_FACTOR
            if size > limit:
                what = "file" if max_bytes is None or kind != "jsonl" else "feed"
                problem = f"{what} is {size:,} bytes, over the {limit:,}-byte limit"
                return [BadArticle(name, TOO_LARGE, problem, fix=_FIX)]
            head = handle.read(SNIFF_BYTES)
            check_head(head)
            if kind == "jsonl" and not is_utf16(head):
                from headlinecheck.articles.feeds import read_feed

                return list(
                    read_feed(handle, name, fields, max_bytes=max_bytes, limit=limit, head=head)
                )
            data = head + handle.read(limit + 1 - len(head))
        except _Reject as reject:
            return [BadArticle(name, reject.code, reject.problem, fix=reject.fix)]
        except OSError as error:
            return [BadArticle(name, UNREADABLE, f"cannot read file: {error.strerror or error}")]
    if len(data) > limit:  # it grew since its size was taken
        return [BadArticle(name, TOO_LARGE, f"file is over the {limit:,}-byte limit", fix=_FIX)]
    return read_bytes(data, name, kind=kind, fields=fields, max_bytes=max_bytes)


def _open_regular(path: str | Path) -> BinaryIO:
    """``path`` opened for reading if it is a regular file; a ``_Reject`` if it is not."""
    not_regular = "not a regular file (a FIFO, socket or device)"
    if not stat.S_ISREG(Path(path).stat().st_mode):
        raise _Reject(UNREADABLE, not_regular)
    # Non-blocking, so that a FIFO put in the file's place since the stat cannot hang the open;
    # the descriptor's own status is what counts.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    descriptor = os.open(path, flags | getattr(os, "O_BINARY", 0))
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise _Reject(UNREADABLE, not_regular)
    return os.fdopen(descriptor, "rb")


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
    if kind == "jsonl" and not is_utf16(data):
        try:
            check_head(data)
        except _Reject as reject:
            return [BadArticle(path, reject.code, reject.problem, fix=reject.fix)]
        from headlinecheck.articles.feeds import read_feed

        return list(read_feed(io.BytesIO(data), path, fields, max_bytes=max_bytes))
    try:
        text = _decode(data)
    except _Reject as reject:
        line = data.count(b"\n", 0, reject.offset) + 1
        return [BadArticle(path, reject.code, reject.problem, line, 1, reject.fix)]
    starts = _line_starts(text)
    if kind == "json":
        from headlinecheck.articles.records import _records

        return list(_records(text, path, starts, fields))
    if kind == "jsonl":  # UTF-16: decoded whole, then read as UTF-8 lines
        from headlinecheck.articles.feeds import read_feed

        return list(read_feed(io.BytesIO(text.encode()), path, fields, max_bytes=max_bytes))
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
