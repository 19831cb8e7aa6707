"""The rate cache: each file's packed series in a cache directory, memory-mapped on load, and
trusted only when intact (crc32) and describing the source as it is now (identity or sha256)."""

from __future__ import annotations

import os
import sys
from array import array
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from headlinecheck.errors import RatesFileError
from headlinecheck.rates.parse import _Group, bundled_rates_path, parse_rates_csv, read_regular_file
from headlinecheck.rates.values import MAX_RATES_FILE_BYTES, Buffer, GroupKey, MissingDatePolicy

if TYPE_CHECKING:
    from headlinecheck.rates.table import RateTable

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


def _restore(
    files: tuple[tuple[Path | None, str | None], ...],
    policy: MissingDatePolicy,
    source_priority: tuple[str, ...],
    cache: Path | Literal[False] | None,
) -> RateTable:
    """A pickled ``RateTable`` again (see ``RateTable.__reduce__``): loaded anew, each file
    bound to the SHA-256 it had when pickled."""
    from headlinecheck.rates.table import RateTable

    paths = [bundled_rates_path() if path is None else path for path, _ in files]
    table = RateTable.load(paths, policy=policy, source_priority=source_priority, cache_dir=cache)
    for file, (_, digest) in zip(table._files, files, strict=True):
        file.expected = digest
    return table
