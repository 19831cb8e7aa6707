"""Dated FX rates: the ``RateTable`` that owns rate data, and the ``Rate`` values it hands out.

CONTRACT (shared by the team; the rates helper implements it):

    table = RateTable.load()                     # bundled data/fx_rates.csv, lazy + cached
    table = RateTable.load([path1, path2])       # later files' rows win
    r = table.rate("USD", "HKD", date(2023, 2, 22))   # -> Rate (value = HKD per 1 USD)
    rr = table.rate_range("USD", "HKD", start, end)  # -> RateRange (low / high Rates)
    table.rates_between("USD", "HKD", start, end)    # -> tuple[Rate, ...], one per date with data
    table.convert(Decimal("50"), "HKD", "USD", on)   # -> Decimal
    table.coverage                                   # -> (first date, last date)
    table.currencies                                 # -> frozenset[str]
Errors: RateNotAvailable, UnknownCurrency, RatesFileError (headlinecheck.errors).

Rates files are long CSV: header ``date,base,quote,rate,source`` (extra columns are ignored),
one row per rate: ISO date, ISO 4217 codes, a plain positive decimal = units of ``quote`` per one
``base``, and a source tag (``ECB`` for the reference rates, anything else for a newsroom's own).

Lookup rules (docs/rates.md has the long form):

- Missing dates follow a ``MissingDatePolicy``: by default the latest rate on or before the
  requested date, at most 7 days old (weekends, holidays). ``MissingDatePolicy.STRICT`` wants the
  exact date. Dates before a pair's data starts or after it ends always raise ``RateNotAvailable``.
- Paths, in order of preference on a tie: direct row, inverse row, cross via EUR, cross via USD.
  The path whose data is most recent (on or before the date) wins.
- Precision: a direct rate is the file's decimal string, unrounded. Inverse and cross rates are
  one correctly rounded division of exact products, to 12 significant digits, ROUND_HALF_EVEN
  (``DERIVED_DIGITS``). The ECB publishes 5–6 significant digits, so this rounding is at least
  six orders of magnitude below the data's own. ``convert`` multiplies with 28 significant
  digits, ROUND_HALF_EVEN.
- Several files / sources for the same (date, base, quote): the row of the source listed first in
  ``source_priority`` wins; among equally ranked sources, the later file wins; within one file a
  non-ECB source beats ``ECB`` (a newsroom adds rows to override the reference), then the tag
  that sorts first.
"""

from __future__ import annotations

import enum
import os
import re
import sys
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_EVEN, Context, Decimal
from functools import cache
from pathlib import Path
from typing import Any, ClassVar, Literal

import attrs

from headlinecheck.currencies import CODES
from headlinecheck.errors import RateNotAvailable, RatesFileError, UnknownCurrency


class RatePath(str, enum.Enum):
    """How a ``Rate`` was derived from the table's rows.

    ``IDENTITY``: a currency against itself (1). ``DIRECT``: a row for base/quote.
    ``INVERSE``: a row for quote/base, inverted. ``VIA_EUR``/``VIA_USD``: two rows crossed through
    that currency (the ECB publishes every rate against EUR).
    """

    IDENTITY = "identity"
    DIRECT = "direct"
    INVERSE = "inverse"
    VIA_EUR = "via EUR"
    VIA_USD = "via USD"


@attrs.frozen
class Rate:
    """Units of ``quote`` per one ``base`` on ``used`` (the date whose data was used)."""

    base: str
    quote: str
    value: Decimal
    requested: date
    used: date
    source: str
    path: RatePath


@attrs.frozen
class RateRange:
    """Lowest and highest rate of a pair over ``start``..``end`` (inclusive)."""

    base: str
    quote: str
    start: date
    end: date
    low: Rate
    high: Rate


@attrs.frozen
class MissingDatePolicy:
    """What to do when the requested date has no rate.

    ``max_age_days`` is how much older than the requested date the used rate may be (0 = exact
    date only). ``allow_after_end`` lets a date after the pair's last data date use that last rate
    (within ``max_age_days``); off by default, so a stale table is never silently extrapolated.
    """

    max_age_days: int = attrs.field(default=7, validator=attrs.validators.ge(0))
    allow_after_end: bool = False

    # Set below the class: the defaults and the exact-date policy.
    LATEST: ClassVar[MissingDatePolicy]
    STRICT: ClassVar[MissingDatePolicy]

    @property
    def strict(self) -> bool:
        return self.max_age_days == 0

    def describe(self) -> str:
        if self.strict:
            return "strict: exact date only"
        return f"latest on or before, at most {self.max_age_days} days old"


#: Default policy: latest on or before the date, at most 7 days old.
LATEST = MissingDatePolicy()
#: Exact date only.
STRICT = MissingDatePolicy(max_age_days=0)
MissingDatePolicy.LATEST = LATEST
MissingDatePolicy.STRICT = STRICT

#: Significant digits of inverse and cross rates.
DERIVED_DIGITS = 12
_DERIVED = Context(prec=DERIVED_DIGITS, rounding=ROUND_HALF_EVEN)
# Products of a handful of 6-digit rates are exact well within this precision.
_EXACT = Context(prec=100, rounding=ROUND_HALF_EVEN)
#: Context of ``RateTable.convert``.
CONVERT_CONTEXT = Context(prec=28, rounding=ROUND_HALF_EVEN)

HEADER = ("date", "base", "quote", "rate", "source")
#: Accepted rates: ``MIN_RATE <= rate < MAX_RATE``. Real rates span about 1e-7 (a TRL per GBP)
#: to 1e7; the bounds leave five orders of magnitude either side, and keep every cross rate (a
#: product or quotient of two rows) within 1e-24..1e24, where 28-digit Decimal arithmetic and
#: quantizing stay exact-to-context instead of raising ``InvalidOperation``.
MIN_RATE = Decimal("1e-12")
MAX_RATE = Decimal("1e12")
#: Longest rate string accepted (digits and the point).
MAX_RATE_CHARS = 32
#: Largest rates file read; the whole ECB history in long form is ~7 MB.
MAX_RATES_FILE_BYTES = 64 * 1024 * 1024
ECB = "ECB"
_PATH_ORDER = (RatePath.DIRECT, RatePath.INVERSE, RatePath.VIA_EUR, RatePath.VIA_USD)

# ISO 4217 codes, current and historic, from CLDR (the lexicon): the ECB history holds withdrawn
# ones such as CYP, EEK and TRL, so historic codes must load.
ISO_4217 = CODES


@cache
def _csv_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Date, rate and source patterns of a CSV row, compiled on first use (a run served by the
    rate cache parses no CSV)."""
    # All linear: fixed-width or a single repetition with no nesting.
    return (
        re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"),
        re.compile(r"[0-9]+(?:\.[0-9]+)?"),
        re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,31}"),
    )


# (base, quote, source)
GroupKey = tuple[str, str, str]
# bytes, or a memoryview into the mapped cache file
Buffer = bytes | memoryview


# --------------------------------------------------------------------------- parsing


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


# --------------------------------------------------------------------------- cache

# Native int size and byte order are part of the format: a cache is only valid where written.
_CACHE_MAGIC = f"HLCRATES 3 {sys.byteorder} {array('i').itemsize}"
#: A cache file larger than this is not one of ours (the bundled table's is ~3 MB).
MAX_CACHE_BYTES = 4 * MAX_RATES_FILE_BYTES
#: A source changed less than this many seconds before its cache was written may change again
#: within the file system's timestamp granularity: its identity is not trusted, its hash is.
_RACY_SECONDS = 2


def default_cache_dir() -> Path:
    """``$HEADLINECHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/headlinecheck``, else ~/.cache/..."""
    explicit = os.environ.get("HEADLINECHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "headlinecheck"


def cache_file(cache_dir: Path, source: Path) -> Path:
    """Where the cache of ``source`` (a resolved path) lives in ``cache_dir``."""
    # crc32 of the name, not a cryptographic hash: the cache header names its source, so a
    # colliding name is only a cache miss.
    import zlib

    name = zlib.crc32(os.fsencode(source))
    return cache_dir / f"rates-{source.stem[:40]}-{name:08x}.bin"


def _identity(stat: os.stat_result) -> str:
    """What must stay equal for a cache to be trusted without hashing its source: ctime cannot be
    set back by a user (``os.utime`` moves it forward), so an edit that restores size and mtime
    still changes it. A source changed moments before the cache was written is "racy"."""
    import time

    changed = max(stat.st_mtime_ns, stat.st_ctime_ns)
    if time.time_ns() - changed < _RACY_SECONDS * 10**9:
        return "racy"
    return f"{stat.st_dev}:{stat.st_ino}:{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ctime_ns}"


def _write_cache(
    target: Path, source: Path, stat: os.stat_result, digest: str, groups: dict[GroupKey, _Group]
) -> None:
    """Best effort: a cache that cannot be written only costs speed, never correctness.

    Layout: magic line, ``crc32 length`` line, then the body (source name, identity, sha256 of
    the source, group count, one line per group, packed blobs); the crc covers the whole body.
    """
    import tempfile
    import zlib

    name = os.fsdecode(os.fsencode(source))
    if "\n" in name or not name.isprintable():
        return
    lines = [name, _identity(stat), digest, str(len(groups))]
    blobs: list[Buffer] = []
    offset = 0
    for (base, quote, tag), group in sorted(groups.items()):
        dates, values = group.packed
        dlen, vlen = len(memoryview(dates)), len(memoryview(values))
        lines.append(
            f"{base} {quote} {tag} {group.count} {group.first} {group.last} {offset} {dlen} {vlen}"
        )
        blobs += (dates, values)
        offset += dlen + vlen
    body = ("\n".join(lines) + "\n").encode("utf-8", "surrogateescape") + b"".join(blobs)
    head = f"{_CACHE_MAGIC}\n{zlib.crc32(body):08x} {len(body)}\n".encode("ascii")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".rates-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(head + body)
            Path(tmp).replace(target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass


class _Miss(Exception):
    """Why a cache was not used (a message for `rates verify`)."""


def _map_cache(target: Path) -> Any:
    """The cache file memory-mapped, if it is a regular file of plausible size."""
    import mmap
    import stat

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(target, flags)
    except FileNotFoundError:
        raise _Miss("absent") from None
    except OSError as error:
        raise _Miss(f"unreadable ({error.strerror})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _Miss("not a regular file")
        if not 0 < info.st_size <= MAX_CACHE_BYTES:
            raise _Miss(f"implausible size ({info.st_size} bytes)")
        return mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError) as error:
        raise _Miss(f"unreadable ({error})") from None
    finally:
        os.close(fd)


def _read_cache(
    target: Path, stat: os.stat_result, source: Path, *, trust_identity: bool = True
) -> tuple[dict[GroupKey, _Group], bool, str]:
    """Groups from the cache if it is intact and describes ``source`` as it is now, whether its
    identity line should be refreshed, and the source's sha256; raise ``_Miss`` otherwise.

    Intact: its crc32 matches its whole body. Describes the source: the source's identity (device,
    inode, size, mtime, ctime) is the recorded one, else the source's sha256 is the recorded one.
    """
    import zlib

    mapped = _map_cache(target)
    try:
        view = memoryview(mapped)
        end = mapped.find(b"\n")
        second = mapped.find(b"\n", end + 1)
        if end < 0 or second < 0 or bytes(view[:end]) != _CACHE_MAGIC.encode("ascii"):
            raise _Miss("not a cache of this version")
        crc_text, _, length_text = bytes(view[end + 1 : second]).decode("ascii").partition(" ")
        start = second + 1
        if not (length_text.isdigit() and int(length_text) == len(mapped) - start):
            raise _Miss("truncated or padded")
        if f"{zlib.crc32(view[start:]):08x}" != crc_text:
            raise _Miss("checksum mismatch (corrupt or edited)")
        lines: list[str] = []
        pos = start
        while len(lines) < 4:
            end = mapped.find(b"\n", pos)
            lines.append(bytes(view[pos:end]).decode("utf-8", "surrogateescape"))
            pos = end + 1
        name, identity, digest, count_text = lines
        if name != os.fsdecode(os.fsencode(source)):
            raise _Miss("made for another file")
        refresh = False
        if not trust_identity or identity == "racy" or identity != _identity(stat):
            if _digest(read_regular_file(source)) != digest:
                raise _Miss("stale (the rates file changed)")
            refresh = _identity(stat) != "racy"
        entries = []
        for _ in range(int(count_text)):
            end = mapped.find(b"\n", pos)
            entries.append(bytes(view[pos:end]).decode("ascii").split(" "))
            pos = end + 1
        groups: dict[GroupKey, _Group] = {}
        itemsize = array("i").itemsize
        for base, quote, tag, n, first, last, off, dlen, vlen in entries:
            begin = pos + int(off)
            mid = begin + int(dlen)
            stop = mid + int(vlen)
            if stop > len(mapped) or int(dlen) != int(n) * itemsize:
                raise _Miss("inconsistent")
            groups[(base, quote, tag)] = _Group(
                view[begin:mid], view[mid:stop], int(n), int(first), int(last)
            )
        return groups, refresh, digest
    except (ValueError, UnicodeDecodeError, OSError) as error:
        raise _Miss(f"unreadable ({error})") from None


def _digest(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _stat_regular(path: Path) -> os.stat_result:
    import stat as stat_module

    try:
        stat = path.stat()
    except OSError as error:
        raise RatesFileError(f"cannot read rates file: {error.strerror}", path=path) from None
    if not stat_module.S_ISREG(stat.st_mode):
        # read_regular_file names what it is, without opening a FIFO for long.
        read_regular_file(path)
    return stat


class _RatesFile:
    """One rates file, read on first use (from the cache when it is intact and fresh).

    ``digest`` is the sha256 of the bytes the groups came from, once loaded. ``expected`` (set
    when a pickled table is restored) is the digest the groups must come from.
    """

    def __init__(self, path: Path, cache_dir: Path | None, expected: str | None = None) -> None:
        self.path = path
        self.cache_dir = cache_dir
        self.expected = expected
        self.digest: str | None = None
        self._groups: dict[GroupKey, _Group] | None = None

    @property
    def groups(self) -> dict[GroupKey, _Group]:
        if self._groups is None:
            groups, digest = self._load()
            if self.expected is not None and digest != self.expected:
                raise RatesFileError(
                    "rates file is not the one the table was pickled from (its SHA-256 differs)",
                    path=self.path,
                    fix="give every worker the same rates file",
                )
            self._groups, self.digest = groups, digest
        return self._groups

    def _load(self) -> tuple[dict[GroupKey, _Group], str]:
        stat = _stat_regular(self.path)
        if self.cache_dir is None:
            data = read_regular_file(self.path)
            return parse_rates_csv(data, self.path), _digest(data)
        resolved = self.path.resolve()
        target = cache_file(self.cache_dir, resolved)
        try:
            groups, refresh, digest = _read_cache(target, stat, resolved)
        except _Miss:
            pass
        else:
            if refresh:
                _write_cache(target, resolved, stat, digest, groups)
            return groups, digest
        data = read_regular_file(self.path)
        groups = parse_rates_csv(data, self.path)
        digest = _digest(data)
        _write_cache(target, resolved, stat, digest, groups)
        return groups, digest


def verify_cache(path: Path, cache_dir: Path | None = None) -> str:
    """Check the cache of ``path`` against a fresh parse of it, rebuild it if it is not intact
    or does not match, and say what was found (for `rates verify`)."""
    directory = cache_dir or default_cache_dir()
    stat = _stat_regular(path)
    data = read_regular_file(path)
    parsed = parse_rates_csv(data, path)
    resolved = path.resolve()
    target = cache_file(directory, resolved)
    try:
        cached, _, _ = _read_cache(target, stat, resolved, trust_identity=False)
    except _Miss as miss:
        state = "absent, written" if str(miss) == "absent" else f"{miss}; rebuilt"
    else:
        same = cached.keys() == parsed.keys() and all(
            (bytes(cached[k].packed[0]), bytes(cached[k].packed[1]))
            == (bytes(parsed[k].packed[0]), bytes(parsed[k].packed[1]))
            for k in parsed
        )
        if same:
            return f"intact ({target})"
        state = "did not match the file; rebuilt"
    _write_cache(target, resolved, stat, _digest(data), parsed)
    return f"{state} ({target})"


# --------------------------------------------------------------------------- lookup


class _Series:
    """A (base, quote) series after merging files and sources: one value per date."""

    __slots__ = ("_decimals", "dates", "sources", "values")

    def __init__(self, dates: Sequence[int], values: Sequence[str], sources: Sequence[str]):
        self.dates = dates
        self.values = values
        self.sources = sources
        self._decimals: list[Decimal] | None = None

    def at_or_before(self, ordinal: int) -> int:
        """Index of the latest date <= ordinal, or -1."""
        return bisect_right(self.dates, ordinal) - 1

    def decimal(self, index: int) -> Decimal:
        if self._decimals is not None:
            return self._decimals[index]
        return Decimal(self.values[index])

    def convert_all(self) -> None:
        """Keep every value as a Decimal: worth it once a caller walks a long stretch."""
        if self._decimals is None:
            self._decimals = [Decimal(v) for v in self.values]


class _Single(Sequence[str]):
    """The same source tag for every date of a single-source series, without a list."""

    def __init__(self, tag: str, length: int) -> None:
        self.tag = tag
        self.length = length

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, index: int) -> str:  # type: ignore[override]
        return self.tag


class _Leg:
    """How to get from the pivot currency to one side: a series used as stored or inverted.

    A plain slotted class: private, and an attrs class here would only add import time.
    """

    __slots__ = ("inverted", "series")

    def __init__(self, series: _Series, *, inverted: bool) -> None:
        self.series = series
        self.inverted = inverted


def _common_dates(legs: tuple[_Leg, ...], lo: int, hi: int) -> Iterator[tuple[int, list[int]]]:
    """Dates in ``lo..hi`` on which every leg has a row, with the row indexes: a merge join."""
    bounds = [
        (leg.series.dates, bisect_left(leg.series.dates, lo), bisect_right(leg.series.dates, hi))
        for leg in legs
    ]
    if len(bounds) == 1:
        dates, i, j = bounds[0]
        for k in range(i, j):
            yield dates[k], [k]
        return
    (dates_a, i, end_a), (dates_b, k, end_b) = bounds
    while i < end_a and k < end_b:
        a, b = dates_a[i], dates_b[k]
        if a == b:
            yield a, [i, k]
            i += 1
            k += 1
        elif a < b:
            i += 1
        else:
            k += 1


def _day(ordinal: int) -> date:
    return date.fromordinal(ordinal)


_DEFAULT_TABLE: RateTable | None = None


def bundled_rates_path() -> Path:
    """The rates file shipped with headlinecheck (package data, or the checkout's data/)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "data" / "fx_rates.csv", here.parents[1] / "data" / "fx_rates.csv"):
        if candidate.is_file():
            return candidate
    raise RatesFileError(
        "the bundled rates file is missing",
        path=here / "data" / "fx_rates.csv",
        fix="reinstall headlinecheck or pass a rates file",
    )


@attrs.frozen
class RateTable:
    """Dated rates from one or more long-format CSV files; see the module docstring."""

    paths: tuple[Path, ...]
    policy: MissingDatePolicy = LATEST
    source_priority: tuple[str, ...] = ()
    _files: tuple[_RatesFile, ...] = attrs.field(default=(), eq=False, repr=False)
    _series: dict[tuple[str, str], _Series | None] = attrs.field(factory=dict, eq=False, repr=False)
    _between: dict[tuple[str, str, int, int], tuple[Rate, ...]] = attrs.field(
        factory=dict, eq=False, repr=False
    )
    #: ``cache_dir`` as given to ``load`` (None: the default directory), for pickling.
    _cache: Path | Literal[False] | None = attrs.field(default=None, eq=False, repr=False)
    #: Values computed once from the loaded files (the currency set).
    _memo: dict[str, frozenset[str]] = attrs.field(factory=dict, eq=False, repr=False)
    #: Per pair: its candidate paths and their common coverage, found once.
    _routes: dict[tuple[str, str], tuple[list[tuple[RatePath, tuple[_Leg, ...]]], int, int]] = (
        attrs.field(factory=dict, eq=False, repr=False)
    )

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as a recipe, not as rates: the files' paths (the bundled file by name), the
        options, and the SHA-256 of every file already read. Unpickling (on a Dask worker, say)
        reads the same files lazily through that machine's cache and refuses any that differ."""
        bundled = _bundled_or_none()
        files = tuple(
            (None if bundled is not None and f.path == bundled else f.path, f.digest)
            for f in self._files
        )
        return (_restore, (files, self.policy, self.source_priority, self._cache))

    @classmethod
    def load(
        cls,
        path: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None = None,
        *,
        policy: MissingDatePolicy | None = None,
        source_priority: Sequence[str] = (),
        cache_dir: Path | Literal[False] | None = None,
    ) -> RateTable:
        """A table over ``path`` (one file or several, later ones win), else the bundled file.

        Files are read on first lookup, through a compact cache in ``cache_dir`` (default
        ``default_cache_dir()``; ``False`` disables it). ``RateTable.load()`` with no arguments
        returns one shared instance.
        """
        global _DEFAULT_TABLE
        default = path is None and policy is None and not source_priority and cache_dir is None
        if default and _DEFAULT_TABLE is not None:
            return _DEFAULT_TABLE
        if path is None:
            paths: tuple[Path, ...] = (bundled_rates_path(),)
        elif isinstance(path, (str, os.PathLike)):
            paths = (Path(path),)
        else:
            paths = tuple(Path(p) for p in path)
        if not paths:
            raise ValueError("RateTable.load needs at least one file")
        given = cache_dir if cache_dir is None or cache_dir is False else Path(cache_dir)
        if cache_dir is None and not os.environ.get("HEADLINECHECK_NO_CACHE"):
            cache_dir = default_cache_dir()
        directory = cache_dir if isinstance(cache_dir, Path) else None
        table = cls(
            paths,
            policy or LATEST,
            tuple(source_priority),
            tuple(_RatesFile(p, directory) for p in paths),
            cache=given,
        )
        if default:
            _DEFAULT_TABLE = table
        return table

    def validate(self) -> None:
        """Read every file now, raising ``RatesFileError`` for the first malformed row."""
        for file in self._files:
            _ = file.groups

    # ---------------------------------------------------------------- overview

    def _groups(self) -> Iterator[tuple[int, GroupKey, _Group]]:
        for index, file in enumerate(self._files):
            for key, group in file.groups.items():
                yield index, key, group

    @property
    def coverage(self) -> tuple[date, date]:
        """First and last date with any rate."""
        firsts, lasts = [], []
        for _, _, group in self._groups():
            firsts.append(group.first)
            lasts.append(group.last)
        if not firsts:
            raise RatesFileError("the rates files hold no rates", path=self.paths[0])
        return _day(min(firsts)), _day(max(lasts))

    @property
    def currencies(self) -> frozenset[str]:
        """Every currency with at least one rate (including EUR for the ECB data)."""
        known = self._memo.get("currencies")
        if known is None:
            codes: set[str] = set()
            for _, (base, quote, _src), _ in self._groups():
                codes.update((base, quote))
            known = self._memo["currencies"] = frozenset(codes)
        return known

    @property
    def sources(self) -> frozenset[str]:
        return frozenset(key[2] for _, key, _ in self._groups())

    # ---------------------------------------------------------------- series

    def _rank(self, file_index: int, source: str) -> tuple[int, int, int, str]:
        priority = (
            self.source_priority.index(source)
            if source in self.source_priority
            else len(self.source_priority)
        )
        # Sorted ascending: the first element wins.
        return (priority, -file_index, 1 if source == ECB else 0, source)

    def _get_series(self, base: str, quote: str) -> _Series | None:
        key = (base, quote)
        if key in self._series:
            return self._series[key]
        found = [
            (self._rank(i, src), group)
            for i, (b, q, src), group in self._groups()
            if b == base and q == quote
        ]
        series: _Series | None
        if not found:
            series = None
        elif len(found) == 1:
            (_, _, _, tag), group = found[0]
            series = _Series(group.dates, group.values, _Single(tag, group.count))
        else:
            found.sort(key=lambda item: item[0])
            merged: dict[int, tuple[str, str]] = {}
            # Lowest rank last, so the winner's row is the one left standing.
            for (_, _, _, tag), group in reversed(found):
                for ordinal, value in zip(group.dates, group.values, strict=True):
                    merged[ordinal] = (value, tag)
            ordinals = sorted(merged)
            series = _Series(
                array("i", ordinals),
                [merged[o][0] for o in ordinals],
                [merged[o][1] for o in ordinals],
            )
        self._series[key] = series
        return series

    def _leg(self, pivot: str, code: str) -> _Leg | None:
        """Rates of ``code`` per one ``pivot``."""
        series = self._get_series(pivot, code)
        if series is not None:
            return _Leg(series, inverted=False)
        series = self._get_series(code, pivot)
        return None if series is None else _Leg(series, inverted=True)

    def _paths(self, base: str, quote: str) -> list[tuple[RatePath, tuple[_Leg, ...]]]:
        """Candidate ways to the pair: (path, legs). One leg: pivot = base."""
        found: list[tuple[RatePath, tuple[_Leg, ...]]] = []
        direct = self._get_series(base, quote)
        if direct is not None:
            found.append((RatePath.DIRECT, (_Leg(direct, inverted=False),)))
        inverse = self._get_series(quote, base)
        if inverse is not None:
            found.append((RatePath.INVERSE, (_Leg(inverse, inverted=True),)))
        for pivot, path in (("EUR", RatePath.VIA_EUR), ("USD", RatePath.VIA_USD)):
            if pivot in (base, quote):
                continue
            to_base = self._leg(pivot, base)
            to_quote = self._leg(pivot, quote)
            if to_base is not None and to_quote is not None:
                found.append((path, (to_base, to_quote)))
        return found

    @staticmethod
    def _value(legs: tuple[_Leg, ...], indexes: Sequence[int]) -> tuple[Decimal, str]:
        """Quote per base from the legs' rows at ``indexes``, as one rounded division."""
        if len(legs) == 1:
            leg, index = legs[0], indexes[0]
            value = leg.series.decimal(index)
            source = leg.series.sources[index]
            return (_DERIVED.divide(1, value) if leg.inverted else value), source
        # legs = (pivot->base, pivot->quote): quote/base = (quote per pivot) / (base per pivot).
        # An inverted leg stores pivot per code, so its value moves to the other side of the bar;
        # products of two published rates are exact, so there is a single rounding.
        to_base, to_quote = legs
        b = to_base.series.decimal(indexes[0])
        q = to_quote.series.decimal(indexes[1])
        numerator: Decimal | int
        denominator: Decimal | int
        if not to_base.inverted:
            numerator, denominator = (1, _EXACT.multiply(q, b)) if to_quote.inverted else (q, b)
        else:
            numerator, denominator = (b, q) if to_quote.inverted else (_EXACT.multiply(q, b), 1)
        first = to_base.series.sources[indexes[0]]
        second = to_quote.series.sources[indexes[1]]
        source = first if first == second else f"{first}+{second}"
        return _DERIVED.divide(numerator, denominator), source

    @staticmethod
    def _latest_common(legs: tuple[_Leg, ...], ordinal: int) -> tuple[int, list[int]] | None:
        """Latest date <= ordinal on which every leg has a row, with each leg's row index."""
        target = ordinal
        while True:
            indexes = [leg.series.at_or_before(target) for leg in legs]
            if min(indexes) < 0:
                return None
            days = [leg.series.dates[i] for leg, i in zip(legs, indexes, strict=True)]
            earliest = min(days)
            if earliest == max(days):
                return earliest, indexes
            target = earliest

    # ---------------------------------------------------------------- public lookups

    def check_pair(self, base: str, quote: str) -> tuple[str, str]:
        """The pair's codes upper-cased; `UnknownCurrency` if ISO 4217 or the table lacks one."""
        codes = self.currencies
        checked = []
        for code in (base, quote):
            upper = code.strip().upper()
            if upper not in ISO_4217:
                raise UnknownCurrency(code)
            if upper not in codes:
                raise UnknownCurrency(upper, known="the rate table")
            checked.append(upper)
        return checked[0], checked[1]

    def rate(
        self, base: str, quote: str, on: date, *, policy: MissingDatePolicy | None = None
    ) -> Rate:
        """Units of ``quote`` per one ``base`` in force on ``on`` under ``policy``."""
        if isinstance(on, datetime):
            # A timestamp's written day is the day (as for front matter); kept whole, it made
            # Rate.requested a datetime and read as "the latest rate before 10:00 that day".
            on = on.date()
        base, quote = self.check_pair(base, quote)
        policy = policy or self.policy
        if base == quote:
            return Rate(base, quote, Decimal(1), on, on, "identity", RatePath.IDENTITY)
        route = self._routes.get((base, quote))
        if route is None:
            paths = self._paths(base, quote)
            if not paths:
                raise RateNotAvailable(
                    base, quote, on, coverage=self.coverage, reason="no rates connect this pair"
                )
            route = self._routes[(base, quote)] = (paths, *self._pair_coverage(paths))
        paths, first, last = route
        ordinal = on.toordinal()
        best: tuple[int, RatePath, tuple[_Leg, ...], list[int]] | None = None
        for path, legs in paths:
            found = self._latest_common(legs, ordinal)
            if found is not None and (best is None or found[0] > best[0]):
                best = (found[0], path, legs, found[1])
        if ordinal < first:
            raise RateNotAvailable(
                base,
                quote,
                on,
                coverage=(_day(first), _day(last)),
                reason="before the data for this pair starts",
            )
        if ordinal > last and not policy.allow_after_end:
            raise RateNotAvailable(
                base,
                quote,
                on,
                coverage=(_day(first), _day(last)),
                reason=(
                    "after the data for this pair ends; run `headlinecheck rates update`"
                    if _day(last) >= self.coverage[1]
                    else f"its rates stop on {_day(last)} (currency withdrawn or suspended)"
                ),
            )
        if best is None or ordinal - best[0] > policy.max_age_days:
            latest = "" if best is None else f"; latest earlier rate is {_day(best[0])}"
            raise RateNotAvailable(
                base,
                quote,
                on,
                coverage=(_day(first), _day(last)),
                reason=f"no rate under policy '{policy.describe()}'{latest}",
            )
        used, path, legs, indexes = best
        value, source = self._value(legs, indexes)
        return Rate(base, quote, value, on, _day(used), source, path)

    def _pair_coverage(self, paths: list[tuple[RatePath, tuple[_Leg, ...]]]) -> tuple[int, int]:
        """Earliest and latest date on which some path has rows for every leg."""
        firsts = [max(leg.series.dates[0] for leg in legs) for _, legs in paths]
        lasts = [min(leg.series.dates[-1] for leg in legs) for _, legs in paths]
        return min(firsts), max(lasts)

    def rates_between(self, base: str, quote: str, start: date, end: date) -> tuple[Rate, ...]:
        """One exact-date ``Rate`` per date in ``start..end`` that has data, ascending."""
        base, quote = self.check_pair(base, quote)
        if start > end:
            raise ValueError(f"start {start} is after end {end}")
        if base == quote:
            return tuple(
                Rate(base, quote, Decimal(1), d, d, "identity", RatePath.IDENTITY)
                for d in (start + timedelta(n) for n in range((end - start).days + 1))
            )
        lo, hi = start.toordinal(), end.toordinal()
        memo_key = (base, quote, lo, hi)
        remembered = self._between.get(memo_key)
        if remembered is not None:
            return remembered
        found = [
            (path, legs, list(_common_dates(legs, lo, hi)))
            for path, legs in self._paths(base, quote)
        ]
        found = [entry for entry in found if entry[2]]
        rows: Iterable[tuple[int, RatePath, tuple[_Leg, ...], list[int]]]
        if len(found) == 1:
            # The usual case (ECB data only): one path, its dates already ascending.
            path, legs, dates = found[0]
            rows = ((ordinal, path, legs, indexes) for ordinal, indexes in dates)
        else:
            chosen: dict[int, tuple[RatePath, tuple[_Leg, ...], list[int]]] = {}
            for path, legs, dates in found:
                for ordinal, indexes in dates:
                    chosen.setdefault(ordinal, (path, legs, indexes))
            rows = ((ordinal, *chosen[ordinal]) for ordinal in sorted(chosen))
        if sum(len(dates) for _, _, dates in found) > 1000:
            for _, legs, _ in found:
                for leg in legs:
                    leg.series.convert_all()
        value_of = self._value
        rates = []
        for ordinal, path, legs, indexes in rows:
            value, source = value_of(legs, indexes)
            day = _day(ordinal)
            rates.append(Rate(base, quote, value, day, day, source, path))
        # Whole-history series back the checker's stale-rate diagnosis, asked once per pair per
        # article: remember a few, bounded so a long batch cannot grow without limit.
        if len(self._between) >= 32:
            self._between.clear()
        result = self._between[memo_key] = tuple(rates)
        return result

    def rate_range(
        self,
        base: str,
        quote: str,
        start: date,
        end: date,
        *,
        policy: MissingDatePolicy | None = None,
    ) -> RateRange:
        """Lowest and highest rate over ``start..end``, including the rate in force at ``start``.

        A window starting on a weekend includes the policy's rate for ``start`` (the rate then in
        force), so a window with no trading day still has a range.
        """
        rates = list(self.rates_between(base, quote, start, end))
        if not rates or rates[0].used != start:
            try:
                rates.insert(0, self.rate(base, quote, start, policy=policy))
            except RateNotAvailable:
                if not rates:
                    raise
        low = min(rates, key=lambda r: r.value)
        high = max(rates, key=lambda r: r.value)
        return RateRange(low.base, low.quote, start, end, low, high)

    def convert(
        self,
        amount: Decimal,
        base: str,
        quote: str,
        on: date,
        *,
        policy: MissingDatePolicy | None = None,
    ) -> Decimal:
        """``amount`` of ``base`` in ``quote`` at the rate of ``on`` (28 significant digits)."""
        return CONVERT_CONTEXT.multiply(amount, self.rate(base, quote, on, policy=policy).value)


def _bundled_or_none() -> Path | None:
    try:
        return bundled_rates_path()
    except RatesFileError:
        return None


def _restore(
    files: tuple[tuple[Path | None, str | None], ...],
    policy: MissingDatePolicy,
    source_priority: tuple[str, ...],
    cache: Path | Literal[False] | None,
) -> RateTable:
    """A pickled ``RateTable`` again (see ``RateTable.__reduce__``)."""
    paths = [bundled_rates_path() if path is None else path for path, _ in files]
    table = RateTable.load(paths, policy=policy, source_priority=source_priority, cache_dir=cache)
    for file, (_, digest) in zip(table._files, files, strict=True):
        file.expected = digest
    return table


def clear_default_cache() -> None:
    """Forget the shared ``RateTable.load()`` instance (for tests and after an update)."""
    global _DEFAULT_TABLE
    _DEFAULT_TABLE = None


# --------------------------------------------------------------------------- sanity checks

#: The Hong Kong dollar's convertibility band (HKD per USD), in force since 2005-05-18.
HKD_PEG_BAND = (Decimal("7.75"), Decimal("7.85"))
HKD_PEG_SINCE = date(2005, 5, 18)
#: ECB cross rates carry the rounding of two 5-digit rates; 0.01% absorbs it.
HKD_PEG_SLACK = Decimal("0.0001")


def widen(band: tuple[Decimal, Decimal], slack: Decimal) -> tuple[Decimal, Decimal]:
    low, high = band
    return low * (1 - slack), high * (1 + slack)


def outside_band(
    table: RateTable,
    base: str,
    quote: str,
    band: tuple[Decimal, Decimal],
    start: date | None = None,
    end: date | None = None,
) -> tuple[Rate, ...]:
    """Every exact-date rate of the pair in ``start..end`` (default: all data) outside ``band``."""
    first, last = table.coverage
    low, high = band
    rates = table.rates_between(base, quote, max(start or first, first), min(end or last, last))
    return tuple(r for r in rates if not low <= r.value <= high)
