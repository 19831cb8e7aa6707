"""Issue 15, items 11-17: rate updates under hostile networks, archives, histories and files.

Local servers only (pytest-httpserver, or a raw socket in a thread); nothing is timed: a slow
server is caught by what it managed to send before the client gave up."""

from __future__ import annotations

import gzip
import io
import os
import socket
import threading
import time
import zipfile
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from pytest_httpserver import HTTPServer

from headlinecheck import ratesync
from headlinecheck.cli import main
from headlinecheck.errors import RateUpdateError
from headlinecheck.rates import RateTable
from headlinecheck.ratesync import ecb as ecb_module
from headlinecheck.ratesync import write as write_module

DATA = Path(__file__).parent / "data" / "rates"
ECB_CSV = (DATA / "ecb-small.csv").read_bytes()
ECB_ZIP = (DATA / "ecb-small.zip").read_bytes()
OLD = (
    "date,base,quote,rate,source\n"
    "2023-02-13,EUR,USD,1.0686,ECB\n"
    "2023-02-22,USD,HKD,7.84800,HKMA\n"
    "2023-02-14,EUR,USD,1.0759,ECB\n"
)


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _options(**changes: Any) -> ratesync.FetchOptions:
    options = ratesync.FetchOptions(retries=0, backoff=0.01, sleep=lambda _s: None)
    return attrs.evolve(options, **changes)


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "fx_rates.csv"
    path.write_bytes(OLD.encode())
    return path


def _only(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


# ----------------------------------------------------------------------------- 14, 15: archives


def test_a_repeated_currency_column_is_refused() -> None:
    doubled = ECB_CSV.replace(b"Date,USD,JPY", b"Date,USD,JPY,USD", 1)
    with pytest.raises(RateUpdateError, match=r"names USD twice \(columns 2 and 4\)"):
        ratesync.parse_ecb(_zip({"eurofxref-hist.csv": doubled}))


def test_two_thousand_columns_are_refused_at_the_header() -> None:
    header = b"Date," + b"USD," * 2000 + b"\n"
    with pytest.raises(RateUpdateError, match="more than 400 columns"):
        ratesync.parse_ecb(_zip({"eurofxref-hist.csv": header + b"2023-02-22,1.0\n"}))


def test_a_zip_of_many_members_is_refused() -> None:
    members = {f"x{n}.txt": b"" for n in range(40)} | {"eurofxref-hist.csv": ECB_CSV}
    with pytest.raises(RateUpdateError, match="holds 41 members, more than the 16 allowed"):
        ratesync.parse_ecb(_zip(members))


def test_a_zip_bomb_is_refused_by_its_ratio() -> None:
    bomb = ECB_CSV + b"\n" * 5_000_000
    with pytest.raises(RateUpdateError, match="a ratio over 200"):
        ratesync.parse_ecb(_zip({"eurofxref-hist.csv": bomb}))


def _lie_about_size(data: bytes, claimed: int) -> bytes:
    """The zip with the member's uncompressed size rewritten in both headers."""
    info = zipfile.ZipFile(io.BytesIO(data)).infolist()[0]
    raw = bytearray(data)
    real = info.file_size.to_bytes(4, "little")
    fake = claimed.to_bytes(4, "little")
    local = raw.index(b"PK\x03\x04")
    raw[local + 22 : local + 26] = fake
    central = raw.index(b"PK\x01\x02")
    assert raw[central + 24 : central + 28] == real
    raw[central + 24 : central + 28] = fake
    return bytes(raw)


@pytest.mark.parametrize("claimed", [10, 400])
def test_a_zip_whose_headers_lie_about_the_size_is_refused(claimed: int) -> None:
    # zipfile stops at the claimed size, so the member's checksum fails: never a silent cut.
    lying = _lie_about_size(_zip({"eurofxref-hist.csv": ECB_CSV}), claimed)
    with pytest.raises(RateUpdateError, match="not a readable zip"):
        ratesync.parse_ecb(lying)


def test_decoded_text_is_capped_whatever_the_headers_say(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ecb_module, "MAX_CSV_BYTES", 300)
    with pytest.raises(RateUpdateError, match="CSV is larger than 300 bytes"):
        ratesync.parse_ecb(ECB_CSV)
    with pytest.raises(RateUpdateError, match="gzip-compressed CSV is larger than 300 bytes"):
        ratesync.parse_ecb(gzip.compress(ECB_CSV))


def test_gzip_csv_is_read_like_the_csv() -> None:
    assert ratesync.parse_ecb(gzip.compress(ECB_CSV)) == ratesync.parse_ecb(ECB_CSV)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (gzip.compress(ECB_CSV)[:-30], "gzip data is truncated"),
        (b"\x1f\x8b" + b"\x00" * 40, "not readable gzip"),
        (gzip.compress(ECB_CSV + b"\n" * 1_000_000), "gzip-compressed CSV is larger than"),
        (gzip.compress(b"\xff\xfe" + ECB_CSV), "not UTF-8"),
    ],
)
def test_bad_gzip_is_refused(data: bytes, problem: str) -> None:
    with pytest.raises(RateUpdateError, match=problem):
        ratesync.parse_ecb(data)


def test_a_rate_outside_the_rates_file_bounds_is_refused() -> None:
    huge = ECB_CSV.replace(b"8.2959", b"99999999999999.5", 1)
    with pytest.raises(RateUpdateError, match=r"bad HKD rate '99999999999999\.5'"):
        ratesync.parse_ecb(huge)


def test_a_zip_served_gzip_encoded_is_accepted(httpserver: HTTPServer, target: Path) -> None:
    body = gzip.compress(ECB_ZIP)
    httpserver.expect_request("/hist.zip").respond_with_data(
        body, headers={"Content-Encoding": "gzip"}
    )
    summary = ratesync.update(target, httpserver.url_for("/hist.zip"), _options())
    assert summary.changed
    table = RateTable.load(target, cache_dir=False)
    assert table.rate("EUR", "USD", date(2023, 2, 24)).value == Decimal("1.057")


@pytest.mark.parametrize(
    ("body", "encoding", "problem"),
    [
        (gzip.compress(b"\0" * 3_000_000), "gzip", "decodes to more than the 200000 bytes"),
        (gzip.compress(ECB_ZIP)[:-20], "gzip", "does not end"),
        (b"not gzip at all", "gzip", "not valid gzip"),
        (ECB_ZIP, "br", "unsupported Content-Encoding 'br'"),
    ],
)
def test_bad_encoded_bodies_are_refused(
    httpserver: HTTPServer, target: Path, body: bytes, encoding: str, problem: str
) -> None:
    httpserver.expect_request("/hist.zip").respond_with_data(
        body, headers={"Content-Encoding": encoding}
    )
    with pytest.raises(RateUpdateError, match=problem):
        ratesync.update(target, httpserver.url_for("/hist.zip"), _options(max_bytes=200_000))
    assert target.read_bytes() == OLD.encode()


# ----------------------------------------------------------------------------- 12: redirects


def test_a_redirect_on_the_same_host_is_followed(httpserver: HTTPServer, target: Path) -> None:
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/a"})
    httpserver.expect_request("/a").respond_with_data(
        "", status=302, headers={"Location": httpserver.url_for("/hist.zip")}
    )
    httpserver.expect_request("/hist.zip").respond_with_data(ECB_ZIP)
    assert ratesync.update(target, httpserver.url_for("/old"), _options()).changed


@pytest.mark.parametrize(
    ("location", "problem"),
    [
        ("http://2130706433:{port}/hist.zip", "https only"),
        ("http://127.0.0.1:{port}/hist.zip", "leaves localhost"),
        ("file:///etc/passwd", "https only"),
        ("", "redirect without a Location"),
    ],
)
def test_a_redirect_must_pass_the_url_check(
    httpserver: HTTPServer, target: Path, location: str, problem: str
) -> None:
    headers = {"Location": location.format(port=httpserver.port)} if location else {}
    httpserver.expect_request("/hist.zip").respond_with_data("", status=302, headers=headers)
    with pytest.raises(RateUpdateError, match=problem):
        ratesync.update(target, httpserver.url_for("/hist.zip"), _options(retries=2))
    assert len(httpserver.log) == 1  # refused, not retried, nothing else fetched
    assert target.read_bytes() == OLD.encode()


def test_a_redirect_loop_stops(httpserver: HTTPServer, target: Path) -> None:
    httpserver.expect_request("/loop").respond_with_data(
        "", status=307, headers={"Location": "/loop"}
    )
    with pytest.raises(RateUpdateError, match="more than 3 redirects"):
        ratesync.update(target, httpserver.url_for("/loop"), _options(max_redirects=3))
    assert len(httpserver.log) == 4


@pytest.mark.parametrize(
    ("current", "location", "problem"),
    [
        ("https://www.ecb.europa.eu/a", "http://2130706433:8080/", "https only"),
        ("https://www.ecb.europa.eu/a", "http://www.ecb.europa.eu/b", "https only"),
        ("https://localhost/a", "http://localhost/b", "drops https"),
        ("https://www.ecb.europa.eu/a", "https://ecb.example/b", "leaves www.ecb.europa.eu"),
        ("https://www.ecb.europa.eu/a", "//[::1/", "https only"),
    ],
)
def test_check_redirect_refuses(current: str, location: str, problem: str) -> None:
    with pytest.raises(RateUpdateError, match=problem):
        ratesync.check_redirect(current, location)


def test_check_redirect_resolves_relative_locations() -> None:
    assert (
        ratesync.check_redirect("https://www.ecb.europa.eu/stats/a.zip", "b.zip?v=2")
        == "https://www.ecb.europa.eu/stats/b.zip?v=2"
    )


# ----------------------------------------------------------------------------- 13: slow-loris


@pytest.mark.parametrize("where", ["body", "headers"])
def test_a_trickling_server_is_cut_off_at_the_deadline(target: Path, where: str) -> None:
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    sent = [0]
    total = 400
    head = f"HTTP/1.1 200 OK\r\nContent-Length: {total}\r\n"
    if where == "body":
        head, byte = head + "\r\n", b"x"
    else:
        head, byte = head + "X-Slow: ", b"a"  # one header byte at a time, never ending

    def serve() -> None:
        client, _ = server.accept()
        client.recv(65536)
        client.sendall(head.encode())
        try:
            for _ in range(total):
                client.sendall(byte)
                sent[0] += 1
                time.sleep(0.02)
        except OSError:
            pass
        finally:
            client.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        with pytest.raises(RateUpdateError, match=r"download took longer than 0\.5s"):
            ratesync.update(target, f"http://127.0.0.1:{port}/h.zip", _options(deadline=0.5))
    finally:
        thread.join(timeout=20)
        server.close()
    # Every byte came well inside the read timeout, but the client stopped at the deadline
    # instead of waiting for all of them (before: one 64 KB read swallowed the whole trickle).
    assert 0 < sent[0] < total
    assert target.read_bytes() == OLD.encode()


# ----------------------------------------------------------------------------- 11: the lock


def test_a_held_lock_is_a_clear_error(target: Path) -> None:
    with ratesync.locked(target, wait=0):
        with pytest.raises(RateUpdateError, match=r"another update holds its lock .*\.fx_rates"):
            ratesync.apply(target, ratesync.parse_ecb(ECB_ZIP), lock_wait=0.1)
        assert ratesync.lock_path(target).read_text() == f"{os.getpid()}\n"
    assert target.read_bytes() == OLD.encode()
    assert _only(target) == ["fx_rates.csv"]


def test_a_stale_lock_file_is_taken_over(target: Path) -> None:
    ratesync.lock_path(target).write_text("999999999\n")  # a crashed update left it
    assert ratesync.apply(target, ratesync.parse_ecb(ECB_ZIP), lock_wait=0).changed
    assert _only(target) == ["fx_rates.csv"]


def test_locked_writers_and_updates_lose_no_row(target: Path) -> None:
    older = ratesync.parse_ecb(ECB_CSV.replace(b"2023-02-24,", b"2023-02-25,"))
    newer = ratesync.parse_ecb(ECB_ZIP)
    errors: list[BaseException] = []

    def updates() -> None:
        try:
            for n in range(12):
                ratesync.apply(
                    target, older if n % 2 else newer, allow_shrink=True, accept_revisions=True
                )
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    thread = threading.Thread(target=updates)
    thread.start()
    for n in range(40):
        with ratesync.locked(target), target.open("a", encoding="utf-8") as handle:
            handle.write(f"2023-03-{1 + n % 28:02d},USD,JPY,{130 + n},DESK{n}\n")
    thread.join()
    assert not errors
    text = target.read_text()
    assert all(f",DESK{n}\n" in text for n in range(40))
    assert _only(target) == ["fx_rates.csv"]


def test_a_writer_ignoring_the_lock_is_merged_again(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = write_module._temp
    calls = [0]

    def append_meanwhile(path: Path, text: str) -> Path:
        calls[0] += 1
        if calls[0] == 1:
            with path.open("a", encoding="utf-8") as handle:
                handle.write("2023-02-22,USD,JPY,134.9,DESK\n")
        return temp(path, text)

    monkeypatch.setattr(write_module, "_temp", append_meanwhile)
    assert ratesync.apply(target, ratesync.parse_ecb(ECB_ZIP)).changed
    assert calls[0] == 2
    text = target.read_text()
    assert text.endswith("2023-02-22,USD,HKD,7.84800,HKMA\n2023-02-22,USD,JPY,134.9,DESK\n")
    assert "2023-02-24,EUR,USD,1.057,ECB\n" in text
    assert _only(target) == ["fx_rates.csv"]


def test_a_file_that_keeps_changing_is_left_to_its_writer(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = write_module._temp

    def append_always(path: Path, text: str) -> Path:
        with path.open("a", encoding="utf-8") as handle:
            handle.write("2023-02-22,USD,JPY,134.9,DESK\n")
        return temp(path, text)

    monkeypatch.setattr(write_module, "_temp", append_always)
    with pytest.raises(RateUpdateError, match="kept changing while it was merged"):
        ratesync.apply(target, ratesync.parse_ecb(ECB_ZIP))
    assert target.read_text() == OLD + "2023-02-22,USD,JPY,134.9,DESK\n" * 5
    assert _only(target) == ["fx_rates.csv"]


# ----------------------------------------------------------------------------- 16: revisions


def test_a_changed_historical_rate_is_refused_and_named(target: Path) -> None:
    revised = ECB_CSV.replace(b"2023-02-13,1.0686,", b"2023-02-13,1.0700,")
    with pytest.raises(RateUpdateError) as caught:
        ratesync.apply(target, ratesync.parse_ecb(revised))
    message = str(caught.value)
    assert message.startswith(f"{target}: the new ECB data changes 1 rate(s) already in the file")
    assert "2023-02-13 EUR/USD 1.0686 -> 1.0700" in message
    assert "--accept-revisions" in message
    assert target.read_bytes() == OLD.encode()
    summary = ratesync.apply(target, ratesync.parse_ecb(revised), accept_revisions=True)
    assert summary.revisions == (ratesync.Revision("2023-02-13", "USD", "1.0686", "1.0700"),)
    assert "2023-02-13,EUR,USD,1.0700,ECB\n" in target.read_text()


def test_the_same_value_written_differently_is_no_revision(tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text("date,base,quote,rate,source\n2023-02-24,EUR,USD,1.05700,ECB\n")
    assert ratesync.apply(path, ratesync.parse_ecb(ECB_ZIP)).revisions == ()


def test_a_dropped_row_and_a_doubled_history_are_revisions(target: Path) -> None:
    dropped = ECB_CSV.replace(b"2023-02-14,1.0759,", b"2023-02-14,N/A,")
    with pytest.raises(RateUpdateError, match=r"2023-02-14 EUR/USD 1.0759 -> removed"):
        ratesync.apply(target, ratesync.parse_ecb(dropped))
    ratesync.apply(target, ratesync.parse_ecb(ECB_ZIP))
    rows = ratesync.parse_ecb(ECB_ZIP).rows
    doubled = ratesync.EcbRows(tuple((d, q, str(2 * float(r))) for d, q, r in rows))
    with pytest.raises(RateUpdateError, match=r"changes 49 rate\(s\).*; and 39 more\)"):
        ratesync.apply(target, doubled)


def test_cli_refuses_revisions_unless_accepted(
    tmp_path: Path, target: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "ecb.csv"
    source.write_bytes(ECB_CSV.replace(b"2023-02-13,1.0686,", b"2023-02-13,1.0700,"))
    argv = ["rates", "import-ecb", str(source), "--output", str(target)]
    assert main(argv) == 2
    assert "2023-02-13 EUR/USD 1.0686 -> 1.0700" in capsys.readouterr().err
    assert target.read_bytes() == OLD.encode()
    assert main([*argv, "--accept-revisions"]) == 0
    assert f"{target}: revised 2023-02-13 EUR/USD 1.0686 -> 1.0700" in capsys.readouterr().out


# ----------------------------------------------------------------------------- 17: symlinks


@pytest.fixture
def link(tmp_path: Path, target: Path) -> Iterator[Path]:
    elsewhere = tmp_path / "links"
    elsewhere.mkdir()
    path = elsewhere / "rates.csv"
    path.symlink_to(target)
    yield path


def test_an_update_through_a_link_writes_the_target(link: Path, target: Path) -> None:
    mode = 0o640
    target.chmod(mode)
    assert ratesync.apply(link, ratesync.parse_ecb(ECB_ZIP)).changed
    assert link.is_symlink() and link.resolve() == target
    assert "2023-02-24,EUR,USD,1.057,ECB\n" in target.read_text()
    assert target.stat().st_mode & 0o777 == mode
    assert _only(link) == ["rates.csv"] and _only(target) == ["fx_rates.csv", "links"]


def test_cli_update_through_a_link(httpserver: HTTPServer, link: Path, target: Path) -> None:
    httpserver.expect_request("/hist.zip").respond_with_data(ECB_ZIP)
    url = httpserver.url_for("/hist.zip")
    assert main(["rates", "update", "--url", url, "--file", str(link), "--retries", "0"]) == 0
    assert link.is_symlink()
    assert target.read_text().endswith("2023-02-22,USD,HKD,7.84800,HKMA\n")


def test_write_atomic_through_a_chain_of_links(tmp_path: Path, target: Path) -> None:
    first = tmp_path / "one.csv"
    second = tmp_path / "two.csv"
    second.symlink_to(target)
    first.symlink_to(second)
    ratesync.write_atomic(first, "date,base,quote,rate,source\n")
    assert first.is_symlink() and second.is_symlink()
    assert target.read_text() == "date,base,quote,rate,source\n"
