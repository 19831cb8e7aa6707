"""Writing a report: to standard output whatever its encoding, or atomically to a file.

Standard output may be strict ASCII, UTF-8 without surrogates, or a legacy code page
(``PYTHONIOENCODING=cp1252``) that has no ₹: a character it cannot hold is written as a
backslash escape (``\\u20b9``) instead of crashing with nothing written. A report file
(``--output-file``) is UTF-8, written beside its target and renamed over it, so that a reader
never sees half a report and a failed run leaves the old one in place.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from headlinecheck.report import FileResult, RenderOptions, Totals


def encodable(text: str, encoding: str | None) -> str:
    """``text`` with what ``encoding`` cannot hold written as backslash escapes."""
    encoding = encoding or "utf-8"
    try:
        return text.encode(encoding, "backslashreplace").decode(encoding)
    except LookupError:  # an encoding name Python does not know: stay with ASCII
        return text.encode("ascii", "backslashreplace").decode("ascii")


def emit(text: str, target: str | None) -> None:
    """Write ``text`` to standard output (``target`` None or "-") or to the file ``target``."""
    if target is None or target == "-":
        stream = sys.stdout
        stream.write(encodable(text, getattr(stream, "encoding", None)))
        stream.flush()
        return
    write_atomic(Path(target), encodable(text, "utf-8").encode("utf-8"))


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step (a temporary file in the same directory)."""
    import tempfile

    directory = path.parent
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # noqa: PTH101 - as a new file would have
        os.replace(temporary, path)  # noqa: PTH105
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)  # noqa: PTH108
        raise


class Output:
    """A report written piece by piece: to standard output as it comes (each piece made
    encodable as ``emit`` makes it), or to a temporary file beside ``target`` that ``commit``
    renames over it, as ``write_atomic`` does; ``discard`` removes it after a failure."""

    def __init__(self, target: str | None) -> None:
        self.path = None if target is None or target == "-" else Path(target)
        self.file: IO[bytes] | None = None
        self.temporary = ""
        if self.path is None:
            self.encoding = getattr(sys.stdout, "encoding", None)
        else:
            import tempfile

            self.encoding = "utf-8"
            handle, self.temporary = tempfile.mkstemp(
                prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent
            )
            self.file = os.fdopen(handle, "wb")

    def write(self, text: str) -> None:
        if not text:
            return
        if self.file is None:
            sys.stdout.write(encodable(text, self.encoding))
        else:
            self.file.write(encodable(text, "utf-8").encode("utf-8"))

    def commit(self) -> None:
        if self.file is None or self.path is None:
            sys.stdout.flush()
            return
        try:
            self.file.close()
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.temporary, 0o666 & ~umask)  # noqa: PTH101 - as a new file would have
            os.replace(self.temporary, self.path)  # noqa: PTH105
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        if self.file is not None:
            with contextlib.suppress(OSError):
                self.file.close()
            with contextlib.suppress(OSError):
                os.unlink(self.temporary)  # noqa: PTH108


def write_report(
    fmt: str,
    results: Iterable[FileResult],
    options: RenderOptions,
    totals: Totals,
    target: str | None,
    lang: str | None = None,
) -> bool:
    """Write the report of ``results`` to ``target`` as they come (``report.open_stream``),
    adding them up in ``totals``. False after a bug in a format, which is one line on
    standard error (exit 2, never the 1 of findings); users' and system errors propagate."""
    from headlinecheck.errors import HeadlinecheckError
    from headlinecheck.report.stream import open_stream

    sink = Output(target)
    try:
        writer = open_stream(fmt, sink, options, totals, lang=lang)
        for result in results:
            writer.add(result)
        writer.close()
        sink.commit()
    except (HeadlinecheckError, OSError, KeyboardInterrupt):
        sink.discard()
        raise  # a user's error, or the system's: one line from cli.main
    except Exception as error:
        sink.discard()
        first = (str(error).splitlines() or [""])[0][:200]
        problem = f"internal error while writing the {fmt} report: {type(error).__name__}: {first}"
        sys.stderr.write(f"headlinecheck: error: {problem}\n")
        return False
    return True
