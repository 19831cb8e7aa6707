"""Reading a long-format rates CSV: validated row by row into compact per-(base, quote, source)
groups; ``read_regular_file`` opens only regular files, with a size cap."""

from __future__ import annotations

import os
from array import array
from datetime import date
from decimal import Decimal
from pathlib import Path

from headlinecheck.errors import RatesFileError
from headlinecheck.rates.values import (
    HEADER,
    ISO_4217,
    MAX_RATE,
    MAX_RATE_CHARS,
    MAX_RATES_FILE_BYTES,
    MIN_RATE,
    Buffer,
    GroupKey,
    _csv_patterns,
)


class _Group:
    """The rows of one (base, quote, source) in one file: ascending dates, decimal strings.

    Held in the compact form of the cache (ordinals packed as native ints, ASCII values joined by
    newlines), possibly as views into the memory-mapped cache file, and unpacked only when a
    lookup needs the pair: loading touches no per-row objects and reads no unused pages.
    """

    __slots__ = ("_dates", "_packed_dates", "_packed_values", "_values", "count", "first", "last")

    def __init__(
        self, packed_dates: Buffer, packed_values: Buffer, count: int, first: int, last: int
    ):
        self._packed_dates = packed_dates
        self._packed_values = packed_values
        self._dates: array[int] | None = None
        self._values: list[str] | None = None
        self.count = count
        self.first = first
        self.last = last

    @classmethod
    def from_rows(cls, rows: dict[int, tuple[str, int]]) -> _Group:
        ordinals = sorted(rows)
        packed = array("i", ordinals).tobytes()
        values = "\n".join(rows[o][0] for o in ordinals).encode("ascii")
        return cls(packed, values, len(ordinals), ordinals[0], ordinals[-1])

    @property
    def packed(self) -> tuple[Buffer, Buffer]:
        return self._packed_dates, self._packed_values

    @property
    def dates(self) -> array[int]:
        if self._dates is None:
            dates = array("i")
            dates.frombytes(self._packed_dates)
            self._dates = dates
        return self._dates

    @property
    def values(self) -> list[str]:
        if self._values is None:
            self._values = str(self._packed_values, "ascii").split("\n")
        return self._values


def _bad(problem: str, path: Path, line: int, value: object = None, fix: str | None = None) -> None:
    raise RatesFileError(problem, path=path, line=line, value=value, fix=fix)


def parse_rates_csv(data: bytes, path: Path) -> dict[GroupKey, _Group]:
    """Parse and validate a long-format rates CSV; raise ``RatesFileError`` on the first bad row."""
    import csv
    import io

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RatesFileError(
            "rates file is not UTF-8 text", path=path, value=data[error.start : error.end]
        ) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        raise RatesFileError(
            "rates file is empty", path=path, line=1, fix="start with " + ",".join(HEADER)
        )
    names = [h.strip().lower() for h in header]
    missing = [h for h in HEADER if h not in names]
    if missing:
        raise RatesFileError(
            f"header lacks column {missing[0]!r}",
            path=path,
            line=1,
            value=",".join(header),
            fix="the header must be " + ",".join(HEADER),
        )
    i_date, i_base, i_quote, i_rate, i_source = (names.index(h) for h in HEADER)
    width = max(i_date, i_base, i_quote, i_rate, i_source) + 1
    rate_re, source_re = _csv_patterns()[1:]
    ordinals: dict[str, int] = {}
    groups: dict[GroupKey, dict[int, tuple[str, int]]] = {}
    for row in reader:
        line = reader.line_num
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        if len(row) < width:
            columns = (i_date, i_base, i_quote, i_rate, i_source)
            absent = next(HEADER[k] for k, i in enumerate(columns) if i >= len(row))
            _bad(f"row has no {absent!r} column", path, line, ",".join(row))
        day = row[i_date]
        ordinal = ordinals.get(day)
        if ordinal is None:
            ordinal = _parse_day(day, path, line)
            ordinals[day] = ordinal
        base = row[i_base]
        quote = row[i_quote]
        for code in (base, quote):
            if code not in ISO_4217:
                fix = "write ISO codes in upper case" if code.upper() in ISO_4217 else None
                _bad("unknown ISO 4217 currency code", path, line, code, fix)
        if base == quote:
            _bad("base and quote are the same currency", path, line, base)
        value = row[i_rate]
        if not rate_re.fullmatch(value):
            stripped = value.strip()
            if stripped.startswith("-") and rate_re.fullmatch(stripped[1:]):
                _bad("rate must be positive", path, line, value)
            _bad("rate is not a plain decimal number", path, line, value, "write e.g. 7.8312")
        if len(value) > 12 or value.startswith("0.00000"):
            _check_magnitude(value, path, line)
        source = row[i_source]
        if not source_re.fullmatch(source):
            _bad("source tag must be 1-32 letters, digits, '_', '.' or '-'", path, line, source)
        key = (base, quote, source)
        rows = groups.get(key)
        if rows is None:
            rows = groups[key] = {}
        earlier = rows.get(ordinal)
        if earlier is None:
            if not value.strip("0."):
                _bad("rate must be positive", path, line, value)
            rows[ordinal] = (value, line)
        elif Decimal(earlier[0]) != Decimal(value):
            _bad(
                f"conflicting duplicate: {source} {base}/{quote} on {day} is {earlier[0]} on "
                f"line {earlier[1]}",
                path,
                line,
                value,
                "keep one row per date, pair and source",
            )
    return {key: _Group.from_rows(rows) for key, rows in groups.items()}


def _check_magnitude(value: str, path: Path, line: int) -> None:
    """Refuse a rate too long or too large/small for exact arithmetic (see ``MIN_RATE``)."""
    if len(value) > MAX_RATE_CHARS:
        _bad(f"rate has more than {MAX_RATE_CHARS} characters", path, line, value)
    number = Decimal(value)
    if number and not MIN_RATE <= number < MAX_RATE:
        _bad(
            f"rate is outside {MIN_RATE}..{MAX_RATE} (not a real exchange rate)",
            path,
            line,
            value,
            "check the decimal point; rates are units of quote per one base",
        )


def read_regular_file(path: Path, limit: int = MAX_RATES_FILE_BYTES) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes.

    Opened non-blocking and checked with ``fstat`` before reading, so a FIFO, a device (a link to
    /dev/zero) or a directory is refused at once instead of hanging or reading without end.
    """
    import stat

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise RatesFileError(f"cannot read rates file: {error.strerror}", path=path) from None
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = (
                "a FIFO"
                if stat.S_ISFIFO(mode)
                else "a directory"
                if stat.S_ISDIR(mode)
                else ("a device or socket")
            )
            raise RatesFileError(
                f"rates file is {kind}, not a regular file", path=path, fix="pass a CSV file"
            )
        try:
            data = handle.read(limit + 1)
        except OSError as error:
            raise RatesFileError(f"cannot read rates file: {error.strerror}", path=path) from None
    if len(data) > limit:
        raise RatesFileError(f"rates file is larger than {limit // (1024 * 1024)} MiB", path=path)
    return data


def _parse_day(text: str, path: Path, line: int) -> int:
    if _csv_patterns()[0].fullmatch(text):
        try:
            return date.fromisoformat(text).toordinal()
        except ValueError:
            pass
    raise RatesFileError("bad date, expected YYYY-MM-DD", path=path, line=line, value=text)


def bundled_rates_path() -> Path:
    """The rates file shipped with headlinecheck (package data, or the checkout's data/)."""
    here = Path(__file__).resolve().parents[1]
    for candidate in (here / "data" / "fx_rates.csv", here.parents[1] / "data" / "fx_rates.csv"):
        if candidate.is_file():
            return candidate
    raise RatesFileError(
        "the bundled rates file is missing",
        path=here / "data" / "fx_rates.csv",
        fix="reinstall headlinecheck or pass a rates file",
    )


def _bundled_or_none() -> Path | None:
    try:
        return bundled_rates_path()
    except RatesFileError:
        return None
