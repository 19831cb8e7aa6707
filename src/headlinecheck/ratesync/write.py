"""Writing a merged rates file: under a lock, compared before it is replaced, atomically, and
through a symbolic link to the file it names.

- ``locked(target)``: an ``fcntl.flock`` on ``.NAME.lock`` beside the (resolved) target. Two
  updates never interleave; a third-party writer that takes the same lock is never lost. The
  lock dies with its process, so a lock file left by a crash is simply taken over.
- ``apply``: under the lock, read the file, merge, validate, write a temp file, then re-read the
  file and replace it only if it is still what was merged; otherwise merge again (a writer that
  ignores the lock appended meanwhile), up to ``MERGE_ATTEMPTS`` times.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import attrs

from headlinecheck.errors import RatesFileError, RateUpdateError
from headlinecheck.rates import MAX_RATES_FILE_BYTES, parse_rates_csv, read_regular_file
from headlinecheck.ratesync.ecb import EcbRows
from headlinecheck.ratesync.merge import Revision, merge_with_revisions, revisions_error

#: Seconds an update waits for another one's lock before giving up.
LOCK_WAIT = 30.0
#: Merges tried when the file keeps changing under a writer that ignores the lock.
MERGE_ATTEMPTS = 5


@attrs.frozen
class MergeSummary:
    path: Path
    ecb_rows: int
    changed: bool
    groups: int
    #: ECB rates of the old file that the new data changed or dropped (accepted).
    revisions: tuple[Revision, ...] = ()


def real_target(target: Path) -> Path:
    """The file ``target`` names: a symbolic link is written through, never replaced."""
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def lock_path(target: Path) -> Path:
    real = real_target(target)
    return real.with_name(f".{real.name}.lock")


def _holder(path: Path) -> str:
    try:
        text = path.read_text("ascii", "replace")[:40].strip()
    except OSError:
        return ""
    return f" (process {text})" if text.isdigit() else ""


@contextlib.contextmanager
def locked(target: Path, wait: float = LOCK_WAIT) -> Iterator[Path]:
    """Hold the update lock of ``target`` (waiting up to ``wait`` s); yields the real target."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: the compare step in apply() remains
        yield real_target(target)
        return
    real = real_target(target)
    path = lock_path(target)
    deadline = time.monotonic() + wait
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    while True:
        try:
            fd = os.open(path, flags, 0o644)
        except OSError as error:
            raise RateUpdateError(f"cannot create the lock file {path}: {error.strerror}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            if time.monotonic() >= deadline:
                raise RateUpdateError(
                    f"{real}: another update holds its lock {path}{_holder(path)}; "
                    "try again once it has finished"
                ) from None
            time.sleep(0.05)
            continue
        except OSError as error:
            os.close(fd)
            raise RateUpdateError(f"cannot lock {path}: {error.strerror}") from None
        # The holder before us unlinks the file as it finishes: a lock on that old inode is no
        # lock at all, so take the one now at the path.
        try:
            current = path.lstat().st_ino
        except FileNotFoundError:
            current = -1
        if current == os.fstat(fd).st_ino:
            break
        os.close(fd)
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        yield real
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
        os.close(fd)


def unreadable(error: RatesFileError) -> str:
    """Why a file could not be read, without the reader's "cannot read rates file" prefix."""
    return error.problem.removeprefix("cannot read rates file: ")


def _read(target: Path) -> bytes | None:
    if not target.exists():
        return None
    try:
        return read_regular_file(target)
    except RatesFileError as error:
        raise RateUpdateError(f"cannot read {target}: {unreadable(error)}") from None


def _decode(data: bytes | None, target: Path) -> str | None:
    try:
        return None if data is None else data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RateUpdateError(f"cannot read {target}: not UTF-8 text ({error.reason})") from None


def _temp(target: Path, text: str) -> Path:
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:
        raise RateUpdateError(f"cannot write beside {target}: {error.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        # Keep the old file's permissions (mkstemp creates 0600).
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o644
        Path(tmp).chmod(mode)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise RateUpdateError(f"cannot write {target}: {error.strerror}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _replace(tmp: Path, target: Path, expected: bytes | None) -> bool:
    """Move ``tmp`` over ``target`` if ``target`` still holds ``expected``; else drop ``tmp``."""
    try:
        if _read(target) != expected:
            tmp.unlink(missing_ok=True)
            return False
        tmp.replace(target)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise RateUpdateError(f"cannot write {target}: {error.strerror}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return True


def write_atomic(target: Path, text: str) -> None:
    """Write ``text`` to a temp file beside the real target, fsync, then ``os.replace``."""
    real = real_target(target)
    tmp = _temp(real, text)
    try:
        tmp.replace(real)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise RateUpdateError(f"cannot write {real}: {error.strerror}") from None


def apply(
    target: Path,
    new: EcbRows,
    *,
    allow_shrink: bool = False,
    accept_revisions: bool = False,
    lock_wait: float = LOCK_WAIT,
) -> MergeSummary:
    """Merge ``new`` into ``target`` (created if absent), validated, locked and atomically."""
    with locked(target, lock_wait) as real:
        for _ in range(MERGE_ATTEMPTS):
            data = _read(real)
            old_text = _decode(data, real)
            try:
                text, revisions = merge_with_revisions(old_text, new, allow_shrink=allow_shrink)
                if revisions and not accept_revisions:
                    raise revisions_error(revisions)
            except RateUpdateError as error:
                # The merge sees only text: name the file it was about, and say it was not touched.
                raise RateUpdateError(f"{target}: {error}; left it as it was") from None
            encoded = text.encode("utf-8")
            if len(encoded) > MAX_RATES_FILE_BYTES:
                raise RateUpdateError(
                    f"merged file would be larger than {MAX_RATES_FILE_BYTES} bytes, "
                    f"left {target} as it was"
                )
            try:
                groups = parse_rates_csv(encoded, target)
            except RatesFileError as error:
                raise RateUpdateError(
                    f"merged file would be invalid, left {target} as it was: {error}"
                ) from None
            summary = MergeSummary(target, len(new.rows), True, len(groups), revisions)
            if text == old_text:
                return attrs.evolve(summary, changed=False)
            if _replace(_temp(real, text), real, data):
                return summary
    raise RateUpdateError(
        f"{target} kept changing while it was merged ({MERGE_ATTEMPTS} attempts); left it as it was"
    )
