"""Bringing ECB reference rates into a rates file without losing anything.

- ``parse_ecb(data)``: the ECB history (``eurofxref-hist.zip`` or its CSV: wide,
  ``Date,USD,JPY,...`` with ``N/A`` gaps) -> ``EcbRows`` (long rows ``date,EUR,quote,rate,ECB``,
  sorted by date then quote, rate strings exactly as the ECB prints them). Deterministic: same
  input, same bytes.
- ``merge(old_text, new)``: new ECB rows replace every old ``ECB`` row; every other source's line
  is kept byte-for-byte, in its original order, after the ECB block. Refuses if the new ECB data
  covers less (any currency starting later or ending earlier, or disappearing).
- ``fetch(url)``: HTTPS download (plain http only for loopback test servers) with timeouts, a size
  cap, retries with exponential backoff on network errors and 5xx.
- ``update(target, ...)`` / ``import_file(...)``: parse, merge, re-validate the result with the same
  reader ``RateTable`` uses, write a temp file beside the target and ``os.replace`` it. On any
  failure the target is untouched and ``RateUpdateError`` says why.

``requests`` is imported only inside ``fetch`` so the rest stays cheap to import.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from headlinecheck.errors import RatesFileError, RateUpdateError
from headlinecheck.rates import ECB, HEADER, ISO_4217, parse_rates_csv

if TYPE_CHECKING:
    import requests

ECB_HISTORY_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
#: The ECB history zip is ~0.6 MB (its CSV ~2 MB); anything far larger is not it.
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024
MAX_CSV_BYTES = 50 * 1024 * 1024
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
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


def parse_ecb(data: bytes, origin: str = "ECB data") -> EcbRows:
    """Parse the ECB history from zip or CSV bytes; raise ``RateUpdateError`` if it is not that."""
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = [n for n in archive.namelist() if n.lower().endswith(".csv")]
                if len(names) != 1:
                    raise _ecb_error(f"zip should hold one CSV, holds {names}", origin)
                info = archive.getinfo(names[0])
                if info.file_size > MAX_CSV_BYTES:
                    raise _ecb_error(f"CSV in zip is too large ({info.file_size} bytes)", origin)
                data = archive.read(info)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as error:
            raise _ecb_error(f"not a readable zip ({error})", origin) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _ecb_error("not UTF-8 text", origin) from None
    lines = text.splitlines()
    if not lines:
        raise _ecb_error("empty", origin)
    header = [h.strip() for h in lines[0].split(",")]
    if not header or header[0] != "Date":
        raise _ecb_error(f"first column should be 'Date', header is {lines[0][:80]!r}", origin)
    quotes = header[1:]
    for code in quotes:
        if code and code not in ISO_4217:
            raise _ecb_error(f"header names unknown currency {code!r}", origin)
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = [c.strip() for c in line.split(",")]
        day = cells[0]
        if not _ECB_DATE.fullmatch(day):
            raise _ecb_error(f"line {number}: bad date {day!r}", origin)
        try:
            date.fromisoformat(day)
        except ValueError:
            raise _ecb_error(f"line {number}: bad date {day!r}", origin) from None
        if day in seen:
            raise _ecb_error(f"line {number}: date {day} appears twice", origin)
        seen.add(day)
        if len(cells) != len(header):
            raise _ecb_error(
                f"line {number}: {len(cells)} cells, header has {len(header)} (truncated?)",
                origin,
            )
        for quote, cell in zip(quotes, cells[1:], strict=True):
            if not quote or cell in _MISSING:
                continue
            if not _ECB_RATE.fullmatch(cell) or not cell.strip("0."):
                raise _ecb_error(f"line {number}: bad {quote} rate {cell!r}", origin)
            rows.append((day, quote, cell))
    if not rows:
        raise _ecb_error("no rates in it", origin)
    rows.sort()
    return EcbRows(tuple(rows))


# --------------------------------------------------------------------------- merging


def _split_lines(text: str) -> list[str]:
    """Lines with their own endings (\n, \r\n or \r only, unlike ``str.splitlines``, which also
    splits on form feeds and U+2028), so kept rows are written back byte-for-byte."""
    return list(io.StringIO(text, newline=""))


def merge(old_text: str | None, new: EcbRows, *, allow_shrink: bool = False) -> str:
    """The new file text: header, the new ECB rows, then every non-ECB line of ``old_text``."""
    import csv

    header = ",".join(HEADER) + "\n"
    names: list[str] = list(HEADER)
    kept: list[str] = []
    old_ecb: dict[str, tuple[str, str]] = {}
    if old_text:
        lines = _split_lines(old_text)
        header = lines[0] if lines[0].endswith("\n") else lines[0] + "\n"
        names = [h.strip().lower() for h in next(csv.reader([lines[0]]))]
        if any(h not in names for h in HEADER):
            raise RateUpdateError(f"existing file has no {','.join(HEADER)} header")
        i_date, i_base, i_quote, i_source = (
            names.index(h) for h in ("date", "base", "quote", "source")
        )
        for line in lines[1:]:
            row = next(csv.reader([line]), [])
            if len(row) > max(i_date, i_quote, i_source, i_base) and row[i_source] == ECB:
                if row[i_base] != "EUR":
                    raise RateUpdateError(
                        f"existing ECB row with base {row[i_base]!r} (ECB rows are EUR-based): "
                        f"{line.strip()!r}"
                    )
                day, quote = row[i_date], row[i_quote]
                first, last = old_ecb.get(quote, (day, day))
                old_ecb[quote] = (min(first, day), max(last, day))
            elif line.strip():
                kept.append(line if line.endswith(("\n", "\r")) else line + "\n")
    if not allow_shrink:
        _check_no_shrink(old_ecb, new.coverage())
    return header + "".join(new.lines(names)) + "".join(kept)


def _check_no_shrink(old: dict[str, tuple[str, str]], new: dict[str, tuple[str, str]]) -> None:
    for quote, (first, last) in sorted(old.items()):
        if quote not in new:
            raise RateUpdateError(f"new ECB data has no {quote} rates; the old file had them")
        new_first, new_last = new[quote]
        if new_first > first or new_last < last:
            raise RateUpdateError(
                f"new ECB data covers EUR/{quote} {new_first}..{new_last}, less than the old "
                f"file's {first}..{last} (truncated download?)"
            )


def write_atomic(target: Path, text: str) -> None:
    """Write ``text`` to a temp file in ``target``'s directory, fsync, then ``os.replace``."""
    directory = target.parent
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:
        raise RateUpdateError(f"cannot write beside {target}: {error.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            # Keep the old file's permissions (mkstemp creates 0600).
            Path(tmp).chmod(target.stat().st_mode & 0o7777)
        else:
            Path(tmp).chmod(0o644)
        Path(tmp).replace(target)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise RateUpdateError(f"cannot write {target}: {error.strerror}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def apply(target: Path, new: EcbRows, *, allow_shrink: bool = False) -> MergeSummary:
    """Merge ``new`` into ``target`` (created if absent), validated, atomically."""
    old_text: str | None = None
    if target.exists():
        try:
            old_text = target.read_bytes().decode("utf-8-sig")
        except OSError as error:
            raise RateUpdateError(f"cannot read {target}: {error.strerror or error}") from None
        except UnicodeDecodeError as error:
            raise RateUpdateError(
                f"cannot read {target}: not UTF-8 text ({error.reason})"
            ) from None
    try:
        text = merge(old_text, new, allow_shrink=allow_shrink)
    except RateUpdateError as error:
        # merge() sees only text: name the file it was about, and say it was not touched.
        raise RateUpdateError(f"{target}: {error}; left it as it was") from None
    try:
        groups = parse_rates_csv(text.encode("utf-8"), target)
    except RatesFileError as error:
        raise RateUpdateError(
            f"merged file would be invalid, left {target} as it was: {error}"
        ) from None
    if text == old_text:
        return MergeSummary(target, len(new.rows), changed=False, groups=len(groups))
    write_atomic(target, text)
    return MergeSummary(target, len(new.rows), changed=True, groups=len(groups))


@attrs.frozen
class MergeSummary:
    path: Path
    ecb_rows: int
    changed: bool
    groups: int


# --------------------------------------------------------------------------- network


def check_url(url: str) -> None:
    """HTTPS only; plain http is allowed for loopback addresses (local test servers)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and parts.hostname in _LOOPBACK:
        return
    raise RateUpdateError(f"refusing {url!r}: rates are fetched over https only")


@attrs.frozen
class FetchOptions:
    """How patiently to download: per-read timeout (s), size cap, retries and their backoff.

    Retry ``n`` (1-based) waits ``backoff * 2 ** (n - 1)`` seconds; ``sleep`` is injectable so
    tests need not wait.
    """

    timeout: float = 30.0
    max_bytes: int = MAX_DOWNLOAD_BYTES
    retries: int = 3
    backoff: float = 1.0
    sleep: Callable[[float], None] = time.sleep


def fetch(
    url: str = ECB_HISTORY_URL,
    options: FetchOptions | None = None,
    *,
    session: requests.Session | None = None,
) -> bytes:
    """The body at ``url``; network errors and 5xx are retried ``options.retries`` times."""
    import requests

    opts = options or FetchOptions()
    check_url(url)
    client = session or requests.Session()
    last_problem = ""
    for attempt in range(opts.retries + 1):
        if attempt:
            opts.sleep(opts.backoff * 2 ** (attempt - 1))
        try:
            body, problem, retry = _fetch_once(client, url, opts.timeout, opts.max_bytes)
        # ChunkedEncodingError: the connection closed before Content-Length bytes arrived.
        except (
            requests.ConnectionError,
            requests.Timeout,
            requests.exceptions.ChunkedEncodingError,
        ) as error:
            problem, retry, body = f"network error: {type(error).__name__}: {error}", True, None
        except requests.RequestException as error:
            problem, retry, body = f"request failed: {error}", False, None
        if body is not None:
            return body
        last_problem = problem
        if not retry:
            break
    tries = f" after {attempt + 1} attempts" if attempt else ""
    raise RateUpdateError(f"download of {url} failed{tries}: {last_problem}")


def _fetch_once(
    client: requests.Session, url: str, timeout: float, max_bytes: int
) -> tuple[bytes | None, str, bool]:
    """(body, problem, worth retrying)."""
    with client.get(url, stream=True, timeout=(min(timeout, 10.0), timeout)) as response:
        if response.status_code >= 500:
            return None, f"HTTP {response.status_code}", True
        if response.status_code != 200:
            return None, f"HTTP {response.status_code}", False
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            return None, f"response is {declared} bytes, more than the {max_bytes} allowed", False
        chunks: list[bytes] = []
        size = 0
        deadline = time.monotonic() + timeout * 4
        for chunk in response.iter_content(chunk_size=64 * 1024):
            size += len(chunk)
            if size > max_bytes:
                return None, f"response exceeds the {max_bytes} bytes allowed", False
            if time.monotonic() > deadline:
                return None, f"download took longer than {timeout * 4:.0f}s", True
            chunks.append(chunk)
        body = b"".join(chunks)
        if declared and declared.isdigit() and int(declared) != len(body):
            return None, f"truncated: got {len(body)} of {declared} bytes", True
        return body, "", False


def update(
    target: Path, url: str = ECB_HISTORY_URL, options: FetchOptions | None = None
) -> MergeSummary:
    """Download the ECB history and merge it into ``target``; see the module docstring."""
    return apply(target, parse_ecb(fetch(url, options), origin=url))


def import_file(source: Path, target: Path | None = None) -> str | MergeSummary:
    """Convert a local ECB zip/CSV: the long CSV text if ``target`` is None, else merge into it."""
    try:
        data = source.read_bytes()
    except OSError as error:
        raise RateUpdateError(f"cannot read {source}: {error.strerror}") from None
    rows = parse_ecb(data, origin=str(source))
    if target is None:
        return merge(None, rows)
    return apply(target, rows)
