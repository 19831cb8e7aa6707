"""Downloading the ECB history: HTTPS only, redirects checked hop by hop, a deadline on every
read, a size cap on the bytes received and on the bytes they decode to.

``requests`` is imported only inside ``fetch``, so the rest of ``ratesync`` stays cheap.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from headlinecheck.errors import RateUpdateError

if TYPE_CHECKING:
    import requests

ECB_HISTORY_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
#: The ECB history zip is ~0.6 MB (its CSV ~2.5 MB); anything far larger is not it.
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024
#: Redirects followed before giving up.
MAX_REDIRECTS = 5
_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
_CHUNK = 64 * 1024
_DECODERS = {"gzip": 31, "x-gzip": 31, "deflate": 47}


def check_url(url: str) -> None:
    """HTTPS only; plain http is allowed for loopback addresses (local test servers)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        host = None
        parts = None
    if (
        parts is not None
        and host
        and (parts.scheme == "https" or (parts.scheme == "http" and host in _LOOPBACK))
    ):
        return
    raise RateUpdateError(f"refusing {url[:200]!r}: rates are fetched over https only")


def check_redirect(current: str, location: str) -> str:
    """The absolute URL a redirect from ``current`` to ``location`` leads to, if it may be
    followed: it passes ``check_url``, keeps https if ``current`` had it, and stays on the host."""
    from urllib.parse import urljoin, urlsplit

    try:
        target = urljoin(current, location)
        check_url(target)
    except ValueError:
        raise RateUpdateError(
            f"redirect from {current} refusing {location[:200]!r}: not a URL (https only)"
        ) from None
    except RateUpdateError as error:
        raise RateUpdateError(f"redirect from {current} {error}") from None
    before, after = urlsplit(current), urlsplit(target)
    if before.scheme == "https" and after.scheme != "https":
        raise RateUpdateError(f"refusing the redirect from {current} to {target}: it drops https")
    if after.hostname != before.hostname:
        raise RateUpdateError(
            f"refusing the redirect from {current} to {target}: it leaves {before.hostname}"
        )
    return target


@attrs.frozen
class FetchOptions:
    """How patiently to download: per-read timeout (s), size cap, retries and their backoff.

    ``deadline`` bounds one attempt's whole body, checked before every read (default: 4 ×
    ``timeout``). Retry ``n`` (1-based) waits ``backoff * 2 ** (n - 1)`` seconds; ``sleep`` is
    injectable so tests need not wait.
    """

    timeout: float = 30.0
    max_bytes: int = MAX_DOWNLOAD_BYTES
    retries: int = 3
    backoff: float = 1.0
    sleep: Callable[[float], None] = time.sleep
    deadline: float | None = None
    max_redirects: int = MAX_REDIRECTS

    @property
    def total(self) -> float:
        return self.timeout * 4 if self.deadline is None else self.deadline


def fetch(
    url: str = ECB_HISTORY_URL,
    options: FetchOptions | None = None,
    *,
    session: requests.Session | None = None,
) -> bytes:
    """The body at ``url``; network errors and 5xx are retried ``options.retries`` times."""
    import requests
    import urllib3.exceptions

    from headlinecheck.ratesync.watchdog import Watchdog, watched_session

    opts = options or FetchOptions()
    check_url(url)
    last_problem = ""
    for attempt in range(opts.retries + 1):
        if attempt:
            opts.sleep(opts.backoff * 2 ** (attempt - 1))
        # A fresh watched session per attempt (unless the caller brings one): the watchdog cuts
        # every socket it opened at the deadline, whichever read is waiting.
        dog = Watchdog(opts.total)
        client = session or watched_session(dog)
        try:
            with dog:
                body, problem, retry = _fetch_once(client, url, opts)
        # ChunkedEncodingError: the connection closed before Content-Length bytes arrived;
        # urllib3's errors come from reading the body ourselves.
        except (
            requests.ConnectionError,
            requests.Timeout,
            requests.exceptions.ChunkedEncodingError,
            urllib3.exceptions.HTTPError,
            TimeoutError,
            ConnectionError,
        ) as error:
            problem, retry, body = f"network error: {type(error).__name__}: {error}", True, None
        except requests.RequestException as error:
            problem, retry, body = f"request failed: {error}", False, None
        finally:
            if session is None:
                client.close()
        if dog.fired:
            # Whatever came back was cut short (a body without a length would look complete).
            problem, retry, body = f"download took longer than {opts.total:g}s", True, None
        if body is not None:
            return body
        last_problem = problem
        if not retry:
            break
    tries = f" after {attempt + 1} attempts" if attempt else ""
    raise RateUpdateError(f"download of {url} failed{tries}: {last_problem}")


def _fetch_once(
    client: requests.Session, url: str, opts: FetchOptions
) -> tuple[bytes | None, str, bool]:
    """(body, problem, worth retrying), following at most ``opts.max_redirects`` redirects."""
    deadline = time.monotonic() + opts.total
    current = url
    for _ in range(opts.max_redirects + 1):
        with client.get(
            current,
            stream=True,
            timeout=(min(opts.timeout, 10.0), opts.timeout),
            allow_redirects=False,
            headers={"Accept-Encoding": "gzip, deflate"},
        ) as response:
            status = response.status_code
            if status in _REDIRECT_CODES:
                location = response.headers.get("Location")
                if not location:
                    return None, f"HTTP {status} redirect without a Location", False
                try:
                    current = check_redirect(current, location)
                except RateUpdateError as error:
                    return None, str(error), False
                continue
            if status >= 500:
                return None, f"HTTP {status}", True
            if status != 200:
                return None, f"HTTP {status}", False
            return _read_body(response, opts, deadline)
    return None, f"more than {opts.max_redirects} redirects", False


def _socket(response: requests.Response) -> Any:
    connection = getattr(response.raw, "connection", None)
    return getattr(connection, "sock", None)


def _read_body(
    response: requests.Response, opts: FetchOptions, deadline: float
) -> tuple[bytes | None, str, bool]:
    """The body, read one network read at a time: each read may wait only until the deadline,
    and the bytes on the wire and the bytes they decode to are both capped."""
    import urllib3.exceptions

    cap = opts.max_bytes
    encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
    if encoding not in ("", "identity", *_DECODERS):
        return None, f"unsupported Content-Encoding {encoding[:40]!r}", False
    decoder = zlib.decompressobj(wbits=_DECODERS[encoding]) if encoding in _DECODERS else None
    declared_text = response.headers.get("Content-Length", "")
    declared = int(declared_text) if declared_text.isdigit() and len(declared_text) < 20 else None
    if declared is not None and declared > cap:
        return None, f"response is {declared} bytes, more than the {cap} allowed", False
    sock = _socket(response)
    chunks: list[bytes] = []
    wire = size = 0
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None, f"download took longer than {opts.total:g}s", True
        if sock is not None:
            sock.settimeout(min(opts.timeout, remaining))
        try:
            data = response.raw.read1(_CHUNK, decode_content=False)
        except (urllib3.exceptions.ReadTimeoutError, TimeoutError):
            if time.monotonic() < deadline:
                raise
            return None, f"download took longer than {opts.total:g}s", True
        if not data:
            break
        wire += len(data)
        if wire > cap:
            return None, f"response exceeds the {cap} bytes allowed", False
        if decoder is not None:
            try:
                data = decoder.decompress(data, cap - size + 1)
            except zlib.error as error:
                return None, f"body is not valid {encoding} ({error})", False
            if decoder.unconsumed_tail:
                # More output than the cap allows from this read alone.
                return None, f"response decodes to more than the {cap} bytes allowed", False
        size += len(data)
        if size > cap:
            return None, f"response decodes to more than the {cap} bytes allowed", False
        chunks.append(data)
    if declared is not None and declared != wire:
        return None, f"truncated: got {wire} of {declared} bytes", True
    if decoder is not None and not decoder.eof:
        return None, f"truncated: the {encoding} stream does not end", True
    return b"".join(chunks), "", False
