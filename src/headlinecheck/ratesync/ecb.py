"""Parsing the ECB history (zip, gzip or plain CSV) into long rows, with bounded memory.

The input is untrusted (a download): a zip's headers may lie, a member may be a bomb, a header
may repeat a currency hundreds of times. Every layer is read as a stream with a byte counter, so
no input gets past ``MAX_CSV_BYTES`` of decoded text or ``MAX_RATIO`` times its compressed size.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from typing import IO

import attrs

from headlinecheck.errors import RateUpdateError
from headlinecheck.rates import ECB, HEADER, ISO_4217, MAX_RATE, MAX_RATE_CHARS, MIN_RATE

#: Largest ECB CSV accepted, decoded (the real one is ~2.5 MB and grows ~90 KB a year).
MAX_CSV_BYTES = 50 * 1024 * 1024
#: Most members a zip may hold (the ECB's holds one).
MAX_ZIP_MEMBERS = 16
#: Highest decoded/compressed size ratio of a zip member or gzip body (the ECB CSV deflates
#: about 4:1; a CSV of repeated rows reaches ~100:1; a bomb ~1000:1).
MAX_RATIO = 200
#: Most columns in the header (ISO 4217 has under 300 codes, and none may repeat).
MAX_COLUMNS = 400
_CHUNK = 64 * 1024
_ECB_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ECB_RATE = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_MISSING = frozenset({"", "N/A", "n/a", "NA"})


@attrs.frozen
class EcbRows:
    """ECB rates in long form: (ISO date, quote, rate string), sorted by date then quote."""

    rows: tuple[tuple[str, str, str], ...]

    def coverage(self) -> dict[str, tuple[str, str]]:
        """Per quote currency: first and last ISO date with a rate."""
        spans: dict[str, tuple[str, str]] = {}
        for day, quote, _ in self.rows:
            first, _last = spans.get(quote, (day, day))
            spans[quote] = (min(first, day), day)
        return spans

    def lines(self, columns: Sequence[str] = HEADER) -> list[str]:
        """CSV lines in the order of ``columns`` (an existing file's header); others left empty."""
        if tuple(columns) == HEADER:
            return [f"{day},EUR,{quote},{rate},{ECB}\n" for day, quote, rate in self.rows]
        lines = []
        for day, quote, rate in self.rows:
            cells = {"date": day, "base": "EUR", "quote": quote, "rate": rate, "source": ECB}
            lines.append(",".join(cells.get(name, "") for name in columns) + "\n")
        return lines


def _ecb_error(problem: str, origin: str) -> RateUpdateError:
    return RateUpdateError(f"{origin}: {problem}")


class _Capped(io.RawIOBase):
    """A readable stream that fails once more than ``limit`` bytes came out of ``inner``."""

    def __init__(self, inner: IO[bytes] | io.RawIOBase, limit: int, what: str, origin: str) -> None:
        self.inner = inner
        self.limit = limit
        self.what = what
        self.origin = origin
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.inner.read(min(len(buffer), _CHUNK)) or b""
        self.count += len(data)
        if self.count > self.limit:
            raise _ecb_error(f"{self.what} is larger than {self.limit} bytes", self.origin)
        buffer[: len(data)] = data
        return len(data)


class _Gunzip(io.RawIOBase):
    """gzip bytes decoded as a stream, each step's output bounded (no bomb expands at once)."""

    def __init__(self, data: bytes, origin: str) -> None:
        self.data = memoryview(data)
        self.pos = 0
        self.origin = origin
        self.decoder = zlib.decompressobj(wbits=31)
        self.pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        want = min(len(buffer), _CHUNK)
        while not self.pending and not self.decoder.eof:
            tail = self.decoder.unconsumed_tail
            if not tail and self.pos >= len(self.data):
                raise _ecb_error("gzip data is truncated", self.origin)
            if not tail:
                tail = bytes(self.data[self.pos : self.pos + _CHUNK])
                self.pos += len(tail)
            try:
                self.pending = self.decoder.decompress(tail, want)
            except zlib.error as error:
                raise _ecb_error(f"not readable gzip data ({error})", self.origin) from None
        out, self.pending = self.pending[:want], self.pending[want:]
        buffer[: len(out)] = out
        return len(out)


def _open_zip(data: bytes, origin: str) -> tuple[zipfile.ZipFile, zipfile.ZipInfo]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_MEMBERS:
        raise _ecb_error(
            f"zip holds {len(infos)} members, more than the {MAX_ZIP_MEMBERS} allowed", origin
        )
    names = [i.filename for i in infos if i.filename.lower().endswith(".csv")]
    if len(names) != 1:
        raise _ecb_error(f"zip should hold one CSV, holds {names[:5]}", origin)
    info = archive.getinfo(names[0])
    if info.file_size > MAX_CSV_BYTES:
        raise _ecb_error(f"CSV in zip is too large ({info.file_size} bytes)", origin)
    if info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise _ecb_error(
            f"CSV in zip claims {info.file_size} bytes from {info.compress_size} compressed, "
            f"a ratio over {MAX_RATIO} (a zip bomb?)",
            origin,
        )
    return archive, info


def _text_lines(data: bytes, origin: str) -> Iterator[str]:
    """The lines of the CSV inside ``data`` (zip, gzip or plain), decoded as they are read."""
    archive = None
    stream: _Capped
    if data[:4] == b"PK\x03\x04":
        try:
            archive, info = _open_zip(data, origin)
            member = archive.open(info)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as error:
            raise _ecb_error(f"not a readable zip ({error})", origin) from None
        # The header's size bounds zipfile's output; the cap holds even if it did not.
        limit = min(MAX_CSV_BYTES, MAX_RATIO * max(info.compress_size, 1))
        stream = _Capped(member, limit, "CSV in zip", origin)
    elif data[:2] == b"\x1f\x8b":
        limit = min(MAX_CSV_BYTES, MAX_RATIO * len(data))
        stream = _Capped(_Gunzip(data, origin), limit, "gzip-compressed CSV", origin)
    else:
        stream = _Capped(io.BytesIO(data), MAX_CSV_BYTES, "CSV", origin)
    text = io.TextIOWrapper(io.BufferedReader(stream), encoding="utf-8-sig", newline=None)
    try:
        yield from text
    except UnicodeDecodeError:
        raise _ecb_error("not UTF-8 text", origin) from None
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as error:
        raise _ecb_error(f"not a readable zip ({error})", origin) from None
    finally:
        if archive is not None:
            archive.close()


def _quotes(header_line: str, origin: str) -> list[str]:
    if header_line.count(",") >= MAX_COLUMNS:
        raise _ecb_error(f"header has more than {MAX_COLUMNS} columns", origin)
    header = [h.strip() for h in header_line.split(",")]
    if header[0] != "Date":
        raise _ecb_error(
            f"first column should be 'Date', header is {header_line.rstrip()[:80]!r}", origin
        )
    quotes = header[1:]
    where: dict[str, int] = {}
    for column, code in enumerate(quotes, start=2):
        if not code:
            continue
        if code not in ISO_4217:
            raise _ecb_error(f"header names unknown currency {code[:20]!r}", origin)
        if code in where:
            raise _ecb_error(
                f"header names {code} twice (columns {where[code]} and {column})", origin
            )
        where[code] = column
    return quotes


def _extreme(cell: str) -> bool:
    """Too long, or outside the bounds a rates file accepts (``headlinecheck.rates``)."""
    if len(cell) <= 12 and not cell.startswith("0.00000"):
        return False
    return len(cell) > MAX_RATE_CHARS or not MIN_RATE <= Decimal(cell) < MAX_RATE


def parse_ecb(data: bytes, origin: str = "ECB data") -> EcbRows:
    """Parse the ECB history from zip, gzip or CSV bytes; ``RateUpdateError`` if it is not that."""
    lines = _text_lines(data, origin)
    header_line = next(lines, None)
    if header_line is None or not header_line.strip():
        raise _ecb_error("empty", origin)
    quotes = _quotes(header_line, origin)
    width = len(quotes) + 1
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=2):
        if not line.strip():
            continue
        cells = [c.strip() for c in line.split(",", width)]
        day = cells[0]
        if not _ECB_DATE.fullmatch(day):
            raise _ecb_error(f"line {number}: bad date {day[:20]!r}", origin)
        try:
            date.fromisoformat(day)
        except ValueError:
            raise _ecb_error(f"line {number}: bad date {day!r}", origin) from None
        if day in seen:
            raise _ecb_error(f"line {number}: date {day} appears twice", origin)
        seen.add(day)
        if len(cells) != width:
            many = f"{len(cells)}" if len(cells) < width else "more"
            raise _ecb_error(
                f"line {number}: {many} cells, header has {width} (truncated?)", origin
            )
        for quote, cell in zip(quotes, cells[1:], strict=True):
            if not quote or cell in _MISSING:
                continue
            if not _ECB_RATE.fullmatch(cell) or not cell.strip("0.") or _extreme(cell):
                raise _ecb_error(f"line {number}: bad {quote} rate {cell[:40]!r}", origin)
            rows.append((day, quote, cell))
    if not rows:
        raise _ecb_error("no rates in it", origin)
    rows.sort()
    return EcbRows(tuple(rows))
