"""JSON Lines feeds, streamed: each line one record, read and located on its own.

A feed is read a megabyte at a time; blank lines are counted, never kept, and no table of every
line's offset is built: 100 million empty lines cost a count of their newlines. A line longer
than the record limit is skipped without being kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from headlinecheck.articles.model import (
    BAD_ENCODING,
    TOO_LARGE,
    Article,
    BadArticle,
    Fields,
    _bad,
    _Reject,
)
from headlinecheck.articles.patterns import Lazy
from headlinecheck.articles.records import _loads, _record

CHUNK = 1 << 20
_NOT_BLANK = Lazy(rb"[^ \t\r\n\x0b\x0c]")
_FIX = "raise max-bytes in [tool.headlinecheck] if this is really an article"


def read_feed(
    stream: BinaryIO,
    path: str,
    fields: Fields,
    *,
    max_bytes: int | None = None,
    limit: int | None = None,
    head: bytes = b"",
) -> Iterator[Article | BadArticle]:
    """The records of a JSON Lines ``stream`` (``head``: bytes already read from it).

    ``max_bytes`` limits each record, ``limit`` the whole feed (for a file that grows while it
    is read: ``read_path`` has refused one too large already).
    """
    lines = feed_lines(stream, head, max_bytes, limit)
    number = 0
    while True:
        try:
            number, data, size = next(lines)
        except StopIteration:
            return
        except _Reject as reject:
            yield BadArticle(path, reject.code, reject.problem, number + 1, 1, reject.fix)
            return
        if data is None:
            problem = f"record is {size:,} bytes, over the {max_bytes or 0:,}-byte limit"
            yield BadArticle(path, TOO_LARGE, problem, number, 1, _FIX)
            continue
        if number == 1 and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]  # a byte order mark, as Windows editors write one
            if not data.strip():
                continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            problem = (
                f"not valid UTF-8 (byte 0x{data[error.start]:02x} at column {error.start + 1})"
            )
            fix = "re-save the file as UTF-8"
            yield BadArticle(path, BAD_ENCODING, problem, number, error.start + 1, fix)
            continue
        try:
            record = _loads(text, 0)
        except _Reject as reject:
            yield _bad(path, (0,), reject, number - 1)
            continue
        yield _record(record, text, path, (0,), fields, 0, number - 1)


def feed_lines(
    stream: BinaryIO,
    head: bytes = b"",
    max_line: int | None = None,
    limit: int | None = None,
) -> Iterator[tuple[int, bytes | None, int]]:
    """(1-based line number, the line or None if over ``max_line`` bytes, its size) per line
    of ``stream`` that is not blank; raises ``_Reject`` past ``limit`` bytes in all."""
    total = len(head)

    def read() -> bytes:
        nonlocal total
        chunk = stream.read(CHUNK)
        total += len(chunk)
        if limit is not None and total > limit:
            raise _Reject(TOO_LARGE, f"feed is over the {limit:,}-byte limit", fix=_FIX)
        return chunk

    buffer, line, at, eof = head, 1, 0, False
    while True:
        if not eof:
            chunk = read()
            eof = not chunk
            buffer, at = buffer[at:] + chunk, 0
        while True:
            found = _NOT_BLANK().search(buffer, at)
            if found is None:
                line += buffer.count(b"\n", at)
                at = len(buffer)
                break
            begin = max(buffer.rfind(b"\n", at, found.start()) + 1, at)
            line += buffer.count(b"\n", at, begin)
            end = buffer.find(b"\n", found.start())
            if end >= 0 or eof:
                end = len(buffer) if end < 0 else end
                size = end - begin
                keep = max_line is None or size <= max_line
                yield line, buffer[begin:end] if keep else None, size
                at = end
                continue
            # The line goes on past the buffer: gather the rest of it, or only count it.
            pieces, size, rest = [buffer[begin:]], len(buffer) - begin, b""
            while True:
                chunk = read()
                if not chunk:
                    eof = True
                    break
                cut = chunk.find(b"\n")
                if cut >= 0:
                    chunk, rest = chunk[:cut], chunk[cut:]
                size += len(chunk)
                if max_line is not None and size > max_line:
                    pieces = []
                else:
                    pieces.append(chunk)
                if cut >= 0:
                    break
            keep = max_line is None or size <= max_line
            yield line, b"".join(pieces) if keep else None, size
            buffer, at = rest, 0
        if eof:
            return
