"""Bringing ECB reference rates into a rates file without losing anything.

- ``parse_ecb(data)`` (``ecb``): the ECB history (``eurofxref-hist.zip``, gzip or its CSV: wide,
  ``Date,USD,JPY,...`` with ``N/A`` gaps) -> ``EcbRows`` (long rows ``date,EUR,quote,rate,ECB``,
  sorted by date then quote, rate strings exactly as the ECB prints them). Deterministic; read as
  a stream with size, member-count and compression-ratio caps; a repeated column is refused.
- ``merge(old_text, new)`` (``merge``): new ECB rows replace every old ``ECB`` row; every other
  source's line is kept byte-for-byte, in its original order, after the ECB block. Refuses if
  the new ECB data covers less, or changes or drops rates the old file holds (``Revision``)
  unless ``accept_revisions``.
- ``fetch(url)`` (``fetch``, ``watchdog``): HTTPS download (plain http only for loopback test
  servers), every redirect checked like the first URL, a deadline for the whole attempt (checked
  on every body read, and enforced on every socket by a watchdog), a size cap before and after
  ``Content-Encoding``, retries with exponential backoff on network errors and 5xx.
- ``update(target, ...)`` / ``import_file(...)`` (``write``): under a lock beside the target,
  parse, merge, re-validate the result with the same reader ``RateTable`` uses, write a temp file
  beside the real target (through a symbolic link) and ``os.replace`` it if the file is still
  what was merged. On any failure the target is untouched and ``RateUpdateError`` says why.
"""

from __future__ import annotations

from pathlib import Path

from headlinecheck.errors import RateUpdateError
from headlinecheck.ratesync.ecb import MAX_CSV_BYTES, EcbRows, parse_ecb
from headlinecheck.ratesync.fetch import (
    ECB_HISTORY_URL,
    MAX_DOWNLOAD_BYTES,
    FetchOptions,
    check_redirect,
    check_url,
    fetch,
)
from headlinecheck.ratesync.merge import Revision, merge, merge_with_revisions
from headlinecheck.ratesync.write import (
    LOCK_WAIT,
    MergeSummary,
    apply,
    lock_path,
    locked,
    write_atomic,
)

__all__ = [
    "ECB_HISTORY_URL",
    "LOCK_WAIT",
    "MAX_CSV_BYTES",
    "MAX_DOWNLOAD_BYTES",
    "EcbRows",
    "FetchOptions",
    "MergeSummary",
    "Revision",
    "apply",
    "check_redirect",
    "check_url",
    "fetch",
    "import_file",
    "lock_path",
    "locked",
    "merge",
    "merge_with_revisions",
    "parse_ecb",
    "update",
    "write_atomic",
]


def update(
    target: Path,
    url: str = ECB_HISTORY_URL,
    options: FetchOptions | None = None,
    *,
    accept_revisions: bool = False,
    lock_wait: float = LOCK_WAIT,
) -> MergeSummary:
    """Download the ECB history and merge it into ``target``; see the module docstring."""
    rows = parse_ecb(fetch(url, options), origin=url)
    return apply(target, rows, accept_revisions=accept_revisions, lock_wait=lock_wait)


def import_file(
    source: Path, target: Path | None = None, *, accept_revisions: bool = False
) -> str | MergeSummary:
    """Convert a local ECB zip/CSV: the long CSV text if ``target`` is None, else merge into it."""
    from headlinecheck.errors import RatesFileError
    from headlinecheck.rates import read_regular_file
    from headlinecheck.ratesync.write import unreadable

    try:
        data = read_regular_file(source, MAX_DOWNLOAD_BYTES)
    except RatesFileError as error:
        raise RateUpdateError(f"cannot read {source}: {unreadable(error)}") from None
    rows = parse_ecb(data, origin=str(source))
    if target is None:
        return merge(None, rows)
    return apply(target, rows, accept_revisions=accept_revisions)
