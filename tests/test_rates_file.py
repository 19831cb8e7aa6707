"""Reading rates files: every malformed row is a RatesFileError naming file, line and problem;
the compact cache is used when fresh and never trusted when stale."""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_cases import rows
from headlinecheck.errors import RatesFileError
from headlinecheck.rates import RateTable, parse_rates_csv

HEADER = "date,base,quote,rate,source\n"
GOOD = "2023-02-22,EUR,USD,1.0644,ECB\n"
SMALL = Path(__file__).parent / "data" / "rates" / "small.csv"


def _load(tmp_path: Path, text: str) -> RateTable:
    path = tmp_path / "rates.csv"
    path.write_text(text, encoding="utf-8")
    table = RateTable.load(path, cache_dir=False)
    table.validate()
    return table


@pytest.mark.parametrize(("row", "problem", "value"), rows("inputs/rates_file_rows.yaml"))
def test_bad_rows(tmp_path: Path, row: str, problem: str, value: str) -> None:
    with pytest.raises(RatesFileError) as info:
        _load(tmp_path, HEADER + GOOD + row)
    error = info.value
    assert problem in error.problem
    assert error.line == 3
    assert error.value == value
    assert error.path == str(tmp_path / "rates.csv")
    assert f"rates.csv:3: {error.problem}" in str(error)


def test_identical_duplicate_is_harmless(tmp_path: Path) -> None:
    table = _load(tmp_path, HEADER + GOOD + "2023-02-22,EUR,USD,1.06440,ECB\n")
    assert table.rate("EUR", "USD", date(2023, 2, 22)).value == Decimal("1.0644")


def test_same_date_from_two_sources_is_not_a_conflict(tmp_path: Path) -> None:
    table = _load(tmp_path, HEADER + GOOD + "2023-02-22,EUR,USD,1.07,DESK\n")
    assert table.sources == frozenset({"ECB", "DESK"})


def test_conflict_names_the_first_line(tmp_path: Path) -> None:
    with pytest.raises(RatesFileError, match="on line 2"):
        _load(tmp_path, HEADER + GOOD + "2023-02-22,EUR,USD,1.1,ECB\n")


def test_missing_header_column(tmp_path: Path) -> None:
    with pytest.raises(RatesFileError) as info:
        _load(tmp_path, "date,base,quote,rate\n" + GOOD)
    assert info.value.line == 1
    assert "'source'" in info.value.problem


def test_empty_file_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RatesFileError, match="empty"):
        _load(tmp_path, "")
    with pytest.raises(RatesFileError, match="cannot read"):
        RateTable.load(tmp_path / "nope.csv", cache_dir=False).validate()


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_bytes(HEADER.encode() + b"2023-02-22,EUR,USD,1.0\xff,ECB\n")
    with pytest.raises(RatesFileError, match="UTF-8"):
        RateTable.load(path, cache_dir=False).validate()


def test_extra_columns_blank_lines_crlf_and_column_order(tmp_path: Path) -> None:
    text = "source,rate,quote,base,date,note\r\n\r\nDESK,7.85,HKD,USD,2023-02-22,call desk\r\n"
    table = _load(tmp_path, text)
    assert table.rate("USD", "HKD", date(2023, 2, 22)).value == Decimal("7.85")


def test_unsorted_rows_are_sorted(tmp_path: Path) -> None:
    text = HEADER + "2023-02-23,EUR,USD,1.0616,ECB\n" + GOOD
    table = _load(tmp_path, text)
    assert table.rate("EUR", "USD", date(2023, 2, 22)).value == Decimal("1.0644")
    assert table.coverage == (date(2023, 2, 22), date(2023, 2, 23))


_cells = st.sampled_from(
    [
        "2023-02-22",
        "2023-02-31",
        "EUR",
        "USD",
        "usd",
        "XXY",
        "1.5",
        "0",
        "-2",
        "1e5",
        "ECB",
        "",
        " ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.lists(_cells, min_size=0, max_size=7).map(",".join),
            st.text(max_size=40),
        ),
        max_size=8,
    )
)
def test_fuzz_reader_raises_only_rates_file_error(lines: list[str]) -> None:
    data = (HEADER + "\n".join(lines)).encode("utf-8", "surrogatepass")
    try:
        groups = parse_rates_csv(data, Path("fuzz.csv"))
    except RatesFileError as error:
        assert error.path == "fuzz.csv"
        assert error.line is not None
    else:
        for group in groups.values():
            assert list(group.dates) == sorted(set(group.dates))
            assert all(Decimal(v) > 0 for v in group.values)


# ----------------------------------------------------------------------------- cache


def _cache_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("rates-*.bin"))


def test_cache_is_written_and_reused(tmp_path: Path) -> None:
    source = tmp_path / "rates.csv"
    source.write_bytes(SMALL.read_bytes())
    cache = tmp_path / "cache"
    first = RateTable.load(source, cache_dir=cache)
    expected = first.rate("USD", "HKD", date(2023, 2, 22))
    (written,) = _cache_files(cache)
    stamp = written.stat().st_mtime_ns
    again = RateTable.load(source, cache_dir=cache)
    assert again.rate("USD", "HKD", date(2023, 2, 22)) == expected
    assert again.coverage == first.coverage
    assert written.stat().st_mtime_ns == stamp


def test_stale_cache_is_not_trusted(tmp_path: Path) -> None:
    source = tmp_path / "rates.csv"
    source.write_text(HEADER + GOOD)
    cache = tmp_path / "cache"
    assert RateTable.load(source, cache_dir=cache).rate(
        "EUR", "USD", date(2023, 2, 22)
    ).value == Decimal("1.0644")
    source.write_text(HEADER + "2023-02-22,EUR,USD,1.0645,ECB\n")  # same size, new content
    os.utime(source, ns=(1, 1))
    value = RateTable.load(source, cache_dir=cache).rate("EUR", "USD", date(2023, 2, 22)).value
    assert value == Decimal("1.0645")


def test_touched_but_unchanged_file_keeps_its_cache(tmp_path: Path) -> None:
    source = tmp_path / "rates.csv"
    source.write_text(HEADER + GOOD)
    cache = tmp_path / "cache"
    RateTable.load(source, cache_dir=cache).validate()
    os.utime(source, ns=(10**18, 10**18))
    assert RateTable.load(source, cache_dir=cache).rate(
        "EUR", "USD", date(2023, 2, 22)
    ).value == Decimal("1.0644")


def test_corrupt_cache_falls_back_to_the_csv(tmp_path: Path) -> None:
    source = tmp_path / "rates.csv"
    source.write_bytes(SMALL.read_bytes())
    cache = tmp_path / "cache"
    RateTable.load(source, cache_dir=cache).validate()
    (written,) = _cache_files(cache)
    written.write_bytes(written.read_bytes()[:200])
    table = RateTable.load(source, cache_dir=cache)
    assert table.rate("EUR", "USD", date(2023, 2, 24)).value == Decimal("1.057")


def test_unwritable_cache_dir_is_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    table = RateTable.load(SMALL, cache_dir=blocker / "cache")
    assert table.rate("EUR", "USD", date(2023, 2, 24)).value == Decimal("1.057")


def test_cache_dir_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEADLINECHECK_CACHE_DIR", str(tmp_path / "env-cache"))
    RateTable.load(SMALL).validate()
    assert len(_cache_files(tmp_path / "env-cache")) == 1


# ----------------------------------------------------------------------------- hostile files


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("10000000000000000000000000", "outside"),  # 1e25
        ("1000000000000", "outside"),  # 1e12
        ("0.00000000000000000000000000001", "outside"),  # 1e-29
        ("0.0000000000001", "outside"),  # 1e-13
        ("1." + "0" * 40, "more than 32 characters"),
    ],
)
def test_rates_outside_the_sane_bounds_are_refused(
    tmp_path: Path, value: str, problem: str
) -> None:
    with pytest.raises(RatesFileError) as info:
        _load(tmp_path, HEADER + GOOD + f"2023-02-23,EUR,USD,{value},ECB\n")
    assert problem in info.value.problem
    assert info.value.line == 3
    assert info.value.value == value


@pytest.mark.parametrize("value", ["999999999999.99", "0.000000000001", "19641.12345678"])
def test_rates_at_the_bounds_load_and_convert(tmp_path: Path, value: str) -> None:
    table = _load(tmp_path, HEADER + f"2023-02-23,EUR,USD,{value},ECB\n")
    day = date(2023, 2, 23)
    assert table.rate("EUR", "USD", day).value == Decimal(value)
    assert table.convert(Decimal("1e9"), "USD", "EUR", day) > 0


def test_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "rates.csv"
    os.mkfifo(fifo)
    with pytest.raises(RatesFileError) as info:
        RateTable.load(fifo, cache_dir=tmp_path / "cache").validate()
    assert "FIFO" in info.value.problem
    assert info.value.path == str(fifo)


def test_a_link_to_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "rates.csv"
    link.symlink_to("/dev/zero")
    with pytest.raises(RatesFileError) as info:
        RateTable.load(link, cache_dir=False).validate()
    assert "not a regular file" in info.value.problem


def test_an_oversized_rates_file_is_refused(tmp_path: Path) -> None:
    from headlinecheck.rates import read_regular_file

    path = tmp_path / "rates.csv"
    path.write_text(HEADER + GOOD * 10)
    assert read_regular_file(path, limit=10_000).startswith(b"date,")
    with pytest.raises(RatesFileError) as info:
        read_regular_file(path, limit=100)
    assert "larger than" in info.value.problem


def _built_cache(tmp_path: Path) -> tuple[Path, Path, Path]:
    source = tmp_path / "rates.csv"
    source.write_bytes(SMALL.read_bytes())
    cache = tmp_path / "cache"
    RateTable.load(source, cache_dir=cache).validate()
    (written,) = _cache_files(cache)
    return source, cache, written


def _flip_a_digit(written: Path) -> None:
    """Change the first stored rate's first digit, keeping size and mtime."""
    data = bytearray(written.read_bytes())
    stamp = written.stat()
    at = data.index(b"8.3885")  # EUR/HKD on 2023-02-13 in the values blob
    data[at] = ord("9")
    written.write_bytes(bytes(data))
    os.utime(written, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))


def test_one_changed_digit_in_the_cache_is_not_used(tmp_path: Path) -> None:
    source, cache, written = _built_cache(tmp_path)
    expected = RateTable.load(source, cache_dir=False).rates_between(
        "EUR", "HKD", date(2023, 1, 1), date(2023, 12, 31)
    )
    _flip_a_digit(written)
    table = RateTable.load(source, cache_dir=cache)
    assert table.rates_between("EUR", "HKD", date(2023, 1, 1), date(2023, 12, 31)) == expected
    # ...and the cache was rebuilt from the CSV.
    assert RateTable.load(source, cache_dir=False).rates_between(
        "EUR", "HKD", date(2023, 1, 1), date(2023, 12, 31)
    ) == RateTable.load(source, cache_dir=cache).rates_between(
        "EUR", "HKD", date(2023, 1, 1), date(2023, 12, 31)
    )


def test_a_non_digit_byte_in_the_cache_does_not_crash(tmp_path: Path) -> None:
    source, cache, written = _built_cache(tmp_path)
    data = bytearray(written.read_bytes())
    data[data.index(b"8.3885")] = ord("x")
    written.write_bytes(bytes(data))
    table = RateTable.load(source, cache_dir=cache)
    assert table.rate("EUR", "USD", date(2023, 2, 24)).value == Decimal("1.057")
    assert len(table.rates_between("EUR", "HKD", date(2023, 1, 1), date(2023, 12, 31))) > 0


def test_a_fifo_at_the_cache_path_does_not_hang(tmp_path: Path) -> None:
    source, cache, written = _built_cache(tmp_path)
    written.unlink()
    os.mkfifo(written)
    table = RateTable.load(source, cache_dir=cache)
    assert table.rate("EUR", "USD", date(2023, 2, 24)).value == Decimal("1.057")


def test_a_changed_source_with_restored_size_and_mtime_is_reparsed(tmp_path: Path) -> None:
    source = tmp_path / "rates.csv"
    source.write_text(HEADER + GOOD)
    os.utime(source, ns=(10**18, 10**18))
    cache = tmp_path / "cache"
    assert RateTable.load(source, cache_dir=cache).rate(
        "EUR", "USD", date(2023, 2, 22)
    ).value == Decimal("1.0644")
    source.write_text(HEADER + "2023-02-22,EUR,USD,1.0645,ECB\n")
    os.utime(source, ns=(10**18, 10**18))
    value = RateTable.load(source, cache_dir=cache).rate("EUR", "USD", date(2023, 2, 22)).value
    assert value == Decimal("1.0645")


def test_verify_cache_reports_and_rebuilds_a_corrupt_cache(tmp_path: Path) -> None:
    from headlinecheck.rates import verify_cache

    source, cache, written = _built_cache(tmp_path)
    assert verify_cache(source, cache).startswith("intact")
    _flip_a_digit(written)
    assert "checksum mismatch" in verify_cache(source, cache)
    assert verify_cache(source, cache).startswith("intact")
    written.unlink()
    assert verify_cache(source, cache).startswith("absent, written")
