"""Fuzzing the rates file parser and the rate cache reader (issue 15's fuzz bar).

The examples per test come from the ``rates-fuzz`` settings profile: 2,000+ in the suite in
all, multiplied by ``$HEADLINECHECK_FUZZ_SCALE`` (``benchmarks/fuzz_check.py`` sets it for a
20,000-example run). Properties:

- the parser raises only ``RatesFileError`` naming the file, and what it accepts is within the
  documented bounds; valid rows always come back exactly;
- a cache with any byte changed, cut or added is either refused (``_Miss``) or read back equal
  to the file it describes; a cache rewritten with a matching checksum never crashes the reader.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zlib
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from headlinecheck.errors import RatesFileError
from headlinecheck.rates import (
    MAX_RATE,
    MAX_RATE_CHARS,
    MIN_RATE,
    RateTable,
    _Miss,
    _read_cache,
    cache_file,
    parse_rates_csv,
)

#: Examples per test in the suite: 1,700 here and the 300 of test_rates_file's reader fuzz.
EXAMPLES = 500
SCALE = max(1, int(os.environ.get("HEADLINECHECK_FUZZ_SCALE", "1") or 1))
settings.register_profile(
    "rates-fuzz",
    max_examples=EXAMPLES * SCALE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
FUZZ = settings.get_profile("rates-fuzz")
FEWER = settings(FUZZ, max_examples=max(1, FUZZ.max_examples * 3 // 5))
SOME = settings(FUZZ, max_examples=max(1, FUZZ.max_examples * 4 // 5))
HEADER = "date,base,quote,rate,source\n"
PATH = Path("fuzz.csv")
SAMPLE = (Path(__file__).parent / "data" / "rates" / "small.csv").read_bytes()

_hostile_numbers = st.one_of(
    st.integers(min_value=0, max_value=10**60).map(str),
    st.just("1" * 5000),
    st.just("0." + "0" * 40 + "1"),
    st.builds(lambda a, b: f"{a}.{b}", st.integers(0, 10**20), st.integers(0, 10**20)),
    st.sampled_from(["1e5", "NaN", "Infinity", "-1.5", "+2", "1,5", "１.５", "٣.٥", "1_0", " 1.5"]),
    st.sampled_from(["1E+5000", "5E-30", "0.000000000001", "999999999999.9", "1000000000000"]),
)
_marks = st.sampled_from(["\u200b", "\u200d", "\u2060", "\ufeff", "\u200e", "\u202e", "\u00ad"])
_cell = st.one_of(
    st.sampled_from(["2023-02-22", "2023-02-31", "99999-01-01", "EUR", "USD", "usd", "XXY"]),
    st.sampled_from(["ECB", "DESK", "", " ", '"', '""', "a" * 33, "\x00", "\r", "\n"]),
    _hostile_numbers,
    st.builds(lambda m, s: m + s, _marks, st.sampled_from(["USD", "1.5", "ECB"])),
    st.text(max_size=8),
)
_row = st.lists(_cell, min_size=0, max_size=6).map(",".join)


@FUZZ
@given(
    st.lists(_row, max_size=8),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.sampled_from([HEADER, "\ufeff" + HEADER, "rate,source,date,quote,base,x\n", ""]),
)
def test_fuzz_parser_raises_only_rates_file_errors(rows: list[str], end: str, head: str) -> None:
    data = (head + end.join(rows)).encode("utf-8", "surrogatepass")
    try:
        groups = parse_rates_csv(data, PATH)
    except RatesFileError as error:
        assert error.path == str(PATH)
        return
    for group in groups.values():
        assert list(group.dates) == sorted(set(group.dates))
        assert len(group.values) == group.count == len(group.dates)
        for value in group.values:
            assert len(value) <= MAX_RATE_CHARS
            assert MIN_RATE <= Decimal(value) < MAX_RATE


_day = st.dates(min_value=date(1999, 1, 1), max_value=date(2030, 12, 31))
_code = st.sampled_from(["EUR", "USD", "HKD", "JPY", "CYP"])
_rate = st.builds(
    lambda whole, fraction, places: f"{whole}.{fraction:0{places}d}".rstrip(".") or "1",
    st.integers(0, 10**11),
    st.integers(1, 10**9),
    st.integers(9, 12),
)
_source = st.sampled_from(["ECB", "DESK", "hk-ma.2", "A" * 32, "x_y"])


@FEWER
@given(st.lists(st.tuples(_day, _code, _code, _rate, _source), max_size=15))
def test_fuzz_valid_rows_come_back_exactly(rows: list[tuple[date, str, str, str, str]]) -> None:
    expected: dict[tuple[str, str, str], dict[int, str]] = {}
    lines = []
    for day, base, quote, rate, source in rows:
        key = (base, quote, source)
        if base == quote or day.toordinal() in expected.get(key, {}) or not rate.strip("0."):
            continue
        expected.setdefault(key, {})[day.toordinal()] = rate
        lines.append(f"{day.isoformat()},{base},{quote},{rate},{source}\n")
    groups = parse_rates_csv((HEADER + "".join(lines)).encode(), PATH)
    assert {
        key: dict(zip(group.dates, group.values, strict=True)) for key, group in groups.items()
    } == expected


# ----------------------------------------------------------------------------- cache reader


Built = tuple[Path, Path, bytes, dict[tuple[str, str, str], tuple[bytes, bytes]]]


def build_cache(directory: Path) -> Built:
    """A rates file, its cache, the cache's bytes and the packed groups it must read back."""
    source = directory / "rates.csv"
    source.write_bytes(SAMPLE)
    cache = directory / "cache"
    RateTable.load(source, cache_dir=cache).validate()
    target = cache_file(cache, source.resolve())
    truth = {
        key: (bytes(g.packed[0]), bytes(g.packed[1]))
        for key, g in parse_rates_csv(SAMPLE, source).items()
    }
    return source, target, target.read_bytes(), truth


@pytest.fixture(scope="module")
def built() -> Iterator[Built]:
    directory = Path(tempfile.mkdtemp(prefix="rates-fuzz-"))
    yield build_cache(directory)
    shutil.rmtree(directory, ignore_errors=True)


def _read(source: Path, target: Path, data: bytes) -> dict[tuple[str, str, str], object] | None:
    target.write_bytes(data)
    try:
        groups, _, _ = _read_cache(target, source.stat(), source.resolve())
    except _Miss:
        return None
    return {key: (bytes(g.packed[0]), bytes(g.packed[1])) for key, g in groups.items()}


_edit = st.tuples(
    st.sampled_from(["flip", "cut", "insert", "delete"]),
    st.floats(min_value=0, max_value=1, allow_nan=False),
    st.binary(min_size=1, max_size=8),
)


def _apply(data: bytes, edits: list[tuple[str, float, bytes]]) -> bytes:
    buffer = bytearray(data)
    for kind, where, payload in edits:
        at = int(where * max(len(buffer) - 1, 0))
        if kind == "flip" and buffer:
            buffer[at] ^= payload[0] or 1
        elif kind == "cut":
            del buffer[at:]
        elif kind == "insert":
            buffer[at:at] = payload
        else:
            del buffer[at : at + len(payload)]
    return bytes(buffer)


@FUZZ
@given(st.lists(_edit, min_size=1, max_size=4))
def test_fuzz_a_damaged_cache_is_refused_or_exact(
    built: Built,
    edits: list[tuple[str, float, bytes]],
) -> None:
    source, target, good, truth = built
    damaged = _apply(good, edits)
    result = _read(source, target, damaged)
    assert result is None or result == truth


def _with_checksum(data: bytes) -> bytes:
    """``data``'s body under a fresh magic/checksum head: only the body's sense is checked."""
    magic, _, rest = data.partition(b"\n")
    _, _, body = rest.partition(b"\n")
    return magic + f"\n{zlib.crc32(body):08x} {len(body)}\n".encode() + body


@SOME
@given(st.lists(_edit, min_size=1, max_size=4))
def test_fuzz_a_rewritten_cache_never_crashes_the_reader(
    built: Built,
    edits: list[tuple[str, float, bytes]],
) -> None:
    source, target, good, _truth = built
    head_end = good.index(b"\n", good.index(b"\n") + 1) + 1
    body = _apply(good[head_end:], edits)
    _read(source, target, _with_checksum(good[:head_end] + body))


def test_the_intact_cache_reads_back_exactly(
    built: Built,
) -> None:
    source, target, good, truth = built
    assert _read(source, target, good) == truth
    assert _read(source, target, _with_checksum(good)) == truth
