"""Rate updates lose nothing: a real HTTP server on 127.0.0.1 serves good and bad responses;
after every failure the rates file is byte-for-byte what it was."""

from __future__ import annotations

import io
import time
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from headlinecheck import ratesync
from headlinecheck.cli import main
from headlinecheck.errors import RateUpdateError
from headlinecheck.rates import RateTable, parse_rates_csv

DATA = Path(__file__).parent / "data" / "rates"
ECB_CSV = (DATA / "ecb-small.csv").read_bytes()
ECB_ZIP = (DATA / "ecb-small.zip").read_bytes()
# The old file: ECB rows of a shorter history plus a newsroom's own rows, with odd but valid
# formatting that a merge must not normalise.
OLD_ECB = (
    "2023-02-13,EUR,USD,1.0686,ECB\n"
    "2023-02-13,EUR,HKD,8.3885,ECB\n"
    "2023-02-14,EUR,USD,1.0759,ECB\n"
    "2023-02-14,EUR,HKD,8.4457,ECB\n"
)
NEWSROOM = "2023-02-22,USD,HKD,7.84800,HKMA\r\n2023-02-22,EUR,GBP,0.88,desk-manual\n"
OLD = "date,base,quote,rate,source\n" + OLD_ECB[:60] + NEWSROOM + OLD_ECB[60:]
NO_SLEEP: list[float] = []


def _zip(csv: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("eurofxref-hist.csv", csv)
    return buffer.getvalue()


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "fx_rates.csv"
    path.write_bytes(OLD.encode())
    return path


def _update(target: Path, url: str, **changes: Any) -> ratesync.MergeSummary:
    options = ratesync.FetchOptions(retries=2, backoff=0.01, sleep=NO_SLEEP.append)
    return ratesync.update(target, url, attrs.evolve(options, **changes))


def _untouched(target: Path) -> None:
    assert target.read_bytes() == OLD.encode()
    assert [p.name for p in target.parent.iterdir() if p.name != target.name] == []


# ----------------------------------------------------------------------------- parsing


def test_parse_ecb_zip_and_csv_agree() -> None:
    from_zip = ratesync.parse_ecb(ECB_ZIP)
    assert from_zip == ratesync.parse_ecb(ECB_CSV)
    assert from_zip.rows[0] == ("2007-12-31", "CYP", "0.585274")
    assert ("2023-02-22", "HKD", "8.3512") in from_zip.rows
    assert not any(quote == "CYP" and day > "2007-12-31" for day, quote, _ in from_zip.rows)


def test_import_is_deterministic_and_matches_the_fixture() -> None:
    text = ratesync.merge(None, ratesync.parse_ecb(ECB_ZIP))
    assert text.encode() == (DATA / "small.csv").read_bytes()


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty"),
        (b"<html>Service unavailable</html>", "first column should be 'Date'"),
        (ECB_ZIP[: len(ECB_ZIP) // 2], "not a readable zip"),
        (b"PK\x03\x04" + b"\x00" * 200, "not a readable zip"),
        (ECB_CSV.replace(b"8.3512", b"8.3x12"), "bad HKD rate"),
        (ECB_CSV.replace(b"8.3512", b"-8.3512"), "bad HKD rate"),
        (ECB_CSV.replace(b"2023-02-22", b"2023-02-32"), "bad date"),
        (ECB_CSV.replace(b"2023-02-21", b"2023-02-22"), "appears twice"),
        (ECB_CSV.replace(b"Date,USD", b"Date,USX"), "unknown currency 'USX'"),
        (ECB_CSV[: ECB_CSV.index(b"8.3512")], "cells"),
        (b"Date,USD,\n", "no rates"),
    ],
)
def test_parse_ecb_rejects(data: bytes, problem: str) -> None:
    with pytest.raises(RateUpdateError, match=problem):
        ratesync.parse_ecb(data)


# ----------------------------------------------------------------------------- merging


def test_merge_replaces_ecb_rows_and_keeps_other_lines_byte_for_byte(target: Path) -> None:
    summary = ratesync.apply(target, ratesync.parse_ecb(ECB_ZIP))
    assert summary.changed
    data = target.read_bytes()
    assert data.endswith(NEWSROOM.encode())
    assert data.startswith((DATA / "small.csv").read_bytes())
    table = RateTable.load(target, cache_dir=False)
    assert table.rate("USD", "HKD", date(2023, 2, 22)).source == "HKMA"
    assert table.rate("EUR", "USD", date(2023, 2, 24)).value == Decimal("1.057")


def test_merge_twice_is_a_no_op(target: Path) -> None:
    ratesync.apply(target, ratesync.parse_ecb(ECB_ZIP))
    before = target.read_bytes()
    assert not ratesync.apply(target, ratesync.parse_ecb(ECB_ZIP)).changed
    assert target.read_bytes() == before


def test_shrinking_coverage_is_refused(target: Path) -> None:
    ratesync.apply(target, ratesync.parse_ecb(ECB_ZIP))
    before = target.read_bytes()
    recent_only = b"\n".join(line for line in ECB_CSV.split(b"\n") if not line.startswith(b"200"))
    with pytest.raises(RateUpdateError, match="new ECB data has no CYP rates"):
        ratesync.apply(target, ratesync.parse_ecb(recent_only))
    assert target.read_bytes() == before


def test_merge_that_would_produce_an_invalid_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    original = b"date,base,quote,rate,source\n2023-02-22,USD,HKD,oops,DESK\n"
    path.write_bytes(original)
    with pytest.raises(RateUpdateError, match="would be invalid"):
        ratesync.apply(path, ratesync.parse_ecb(ECB_ZIP))
    assert path.read_bytes() == original


def test_failed_replace_leaves_the_file_and_no_temp(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: Path, other: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(RateUpdateError, match="No space left"):
        ratesync.apply(target, ratesync.parse_ecb(ECB_ZIP))
    _untouched(target)


def test_new_file_is_created(tmp_path: Path) -> None:
    path = tmp_path / "new.csv"
    ratesync.apply(path, ratesync.parse_ecb(ECB_ZIP))
    assert path.read_bytes() == (DATA / "small.csv").read_bytes()


# ----------------------------------------------------------------------------- network


def test_good_download(httpserver: HTTPServer, target: Path) -> None:
    httpserver.expect_request("/hist.zip").respond_with_data(
        ECB_ZIP, content_type="application/zip"
    )
    summary = _update(target, httpserver.url_for("/hist.zip"))
    assert summary.changed and summary.ecb_rows == 50 - 1
    assert target.read_bytes().endswith(NEWSROOM.encode())


@pytest.mark.parametrize(
    "body",
    [ECB_ZIP[:-40], b"\x00garbage\xff" * 50, b"<html>maintenance</html>"],
    ids=["truncated", "corrupt", "html"],
)
def test_bad_bodies_leave_the_file(httpserver: HTTPServer, target: Path, body: bytes) -> None:
    httpserver.expect_request("/hist.zip").respond_with_data(body)
    with pytest.raises(RateUpdateError):
        _update(target, httpserver.url_for("/hist.zip"))
    _untouched(target)


def test_oversized_response_is_refused(httpserver: HTTPServer, target: Path) -> None:
    httpserver.expect_request("/hist.zip").respond_with_data(ECB_ZIP)
    with pytest.raises(RateUpdateError, match=r"more than the 100 allowed"):
        _update(target, httpserver.url_for("/hist.zip"), max_bytes=100)
    _untouched(target)


def test_oversized_stream_without_length_is_cut_off(httpserver: HTTPServer, target: Path) -> None:
    def endless(_request: Request) -> Response:
        return Response((b"x" * 65536 for _ in range(100)), direct_passthrough=True)

    httpserver.expect_request("/hist.zip").respond_with_handler(endless)
    with pytest.raises(RateUpdateError, match="exceeds"):
        _update(target, httpserver.url_for("/hist.zip"), max_bytes=200_000)
    _untouched(target)


def test_slow_server_times_out_and_is_retried(httpserver: HTTPServer, target: Path) -> None:
    def slow(_request: Request) -> Response:
        time.sleep(1.0)
        return Response(ECB_ZIP)

    httpserver.expect_request("/hist.zip").respond_with_handler(slow)
    sleeps: list[float] = []
    with pytest.raises(RateUpdateError, match=r"after 2 attempts.*Timeout"):
        _update(
            target, httpserver.url_for("/hist.zip"), timeout=0.3, retries=1, sleep=sleeps.append
        )
    assert sleeps == [0.01]
    _untouched(target)


def test_server_error_is_retried_with_backoff(httpserver: HTTPServer, target: Path) -> None:
    httpserver.expect_request("/err.zip").respond_with_data("oops", status=500)
    sleeps: list[float] = []
    with pytest.raises(RateUpdateError, match="after 4 attempts: HTTP 500"):
        _update(target, httpserver.url_for("/err.zip"), retries=3, backoff=0.5, sleep=sleeps.append)
    assert sleeps == [0.5, 1.0, 2.0]
    assert sum(request.path == "/err.zip" for request, _ in httpserver.log) == 4
    _untouched(target)


def test_transient_error_then_success(httpserver: HTTPServer, target: Path) -> None:
    httpserver.expect_oneshot_request("/hist.zip").respond_with_data("busy", status=503)
    httpserver.expect_request("/hist.zip").respond_with_data(ECB_ZIP)
    assert _update(target, httpserver.url_for("/hist.zip")).changed


def test_not_found_is_not_retried(httpserver: HTTPServer, target: Path) -> None:
    httpserver.expect_request("/gone.zip").respond_with_data("nope", status=404)
    with pytest.raises(RateUpdateError, match="HTTP 404"):
        _update(target, httpserver.url_for("/gone.zip"))
    assert sum(request.path == "/gone.zip" for request, _ in httpserver.log) == 1
    _untouched(target)


def test_body_shorter_than_declared_is_retried_then_refused(target: Path) -> None:
    import socket
    import threading

    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]

    def serve() -> None:
        for _ in range(2):
            client, _ = server.accept()
            client.recv(65536)
            head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(ECB_ZIP)}\r\n\r\n".encode()
            client.sendall(head + ECB_ZIP[:100])
            client.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        with pytest.raises(RateUpdateError, match="after 2 attempts: network error"):
            _update(target, f"http://127.0.0.1:{port}/hist.zip", retries=1)
    finally:
        thread.join(timeout=5)
        server.close()
    _untouched(target)


def test_connection_refused(target: Path) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(RateUpdateError, match="network error"):
        _update(target, f"http://127.0.0.1:{port}/hist.zip", retries=0)
    _untouched(target)


@pytest.mark.parametrize(
    "url",
    [
        "http://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip",
        "ftp://127.0.0.1/hist.zip",
        "file:///etc/passwd",
        "http://127.0.0.1.example.com/hist.zip",
        "https:///nohost",
    ],
)
def test_only_https_or_loopback_http(url: str, target: Path) -> None:
    with pytest.raises(RateUpdateError, match="https only"):
        _update(target, url)
    _untouched(target)


# ----------------------------------------------------------------------------- CLI


def test_cli_update_and_failure(
    httpserver: HTTPServer, target: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/bad.zip").respond_with_data("oops", status=500)
    code = main(
        [
            "rates",
            "update",
            "--url",
            httpserver.url_for("/bad.zip"),
            "--file",
            str(target),
            "--retries",
            "0",
        ]
    )
    assert code == 2
    assert "headlinecheck: error: download of" in capsys.readouterr().err
    _untouched(target)
    httpserver.expect_request("/hist.zip").respond_with_data(ECB_ZIP)
    code = main(
        ["rates", "update", "--url", httpserver.url_for("/hist.zip"), "--file", str(target)]
    )
    assert code == 0
    assert "updated" in capsys.readouterr().out


def test_cli_import_ecb(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rates", "import-ecb", str(DATA / "ecb-small.zip")]) == 0
    assert capsys.readouterr().out == (DATA / "small.csv").read_text()
    output = tmp_path / "out.csv"
    assert main(["rates", "import-ecb", str(DATA / "ecb-small.csv"), "--output", str(output)]) == 0
    assert output.read_bytes() == (DATA / "small.csv").read_bytes()
    assert main(["rates", "import-ecb", str(tmp_path / "missing.zip")]) == 2
    assert "cannot read" in capsys.readouterr().err


# ----------------------------------------------------------------------------- fuzzing

_ECB_CODES = ["USD", "JPY", "HKD", "CYP"]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_fuzz_parse_ecb_raises_only_update_errors(data: bytes) -> None:
    try:
        rows = ratesync.parse_ecb(data)
    except RateUpdateError:
        return
    assert rows.rows == tuple(sorted(rows.rows))


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.dates(min_value=date(1999, 1, 1), max_value=date(2030, 12, 31)),
        st.lists(
            st.one_of(
                st.just("N/A"),
                st.decimals(min_value=Decimal("0.0001"), max_value=Decimal(99999), places=4),
            ),
            min_size=len(_ECB_CODES),
            max_size=len(_ECB_CODES),
        ),
        min_size=1,
        max_size=15,
    )
)
def test_fuzz_ecb_round_trip(days: dict[date, list[Decimal | str]]) -> None:
    lines = ["Date," + ",".join(_ECB_CODES) + ","]
    expected = []
    for day in sorted(days, reverse=True):
        cells = [c if isinstance(c, str) else f"{c:f}" for c in days[day]]
        lines.append(f"{day.isoformat()}," + ",".join(cells) + ",")
        expected += [
            (day.isoformat(), q, c) for q, c in zip(_ECB_CODES, cells, strict=True) if c != "N/A"
        ]
    csv = "\n".join(lines).encode()
    if not expected:
        with pytest.raises(RateUpdateError, match="no rates"):
            ratesync.parse_ecb(csv)
        return
    parsed = ratesync.parse_ecb(_zip(csv))
    assert parsed.rows == tuple(sorted(expected))
    text = ratesync.merge(None, parsed)
    table_groups = parse_rates_csv(text.encode(), Path("merged.csv"))
    assert sum(group.count for group in table_groups.values()) == len(expected)


def test_merge_follows_the_existing_header_order(tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    original = "source,rate,quote,base,date,note\nDESK,7.85,HKD,USD,2023-02-22,\u2028call\x0cdesk\n"
    path.write_bytes(original.encode())
    ratesync.apply(path, ratesync.parse_ecb(ECB_ZIP))
    data = path.read_bytes().decode()
    assert data.startswith("source,rate,quote,base,date,note\nECB,0.585274,CYP,EUR,2007-12-31,\n")
    assert data.endswith(original.split("\n", 1)[1])
    table = RateTable.load(path, cache_dir=False)
    assert table.rate("EUR", "USD", date(2023, 2, 24)).value == Decimal("1.057")
    assert table.rate("USD", "HKD", date(2023, 2, 22)).source == "DESK"
